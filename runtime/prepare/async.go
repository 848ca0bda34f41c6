package prepare

import (
	"strconv"

	"github.com/dop251/goja/ast"
)

// Async functions become ordinary functions that hand a generator to the runtime:
//
//	async function f(a) { await g(a); }
//	=> function f(a) { return __lv.async(function* __lv_async_f() { yield g(a); }.call(this)); }
//
// The outer function keeps the node's name, parameters (so .length), position and Source (so
// toString() still prints `async function f(a) {...}`); the generator gets the body and the
// var declarations. Async generators are the same with __lv.asyncGen. The templates are in
// template.go; the choice between them is made here.

const asyncPrefix = "__lv_async_"

// asyncFunction rewrites an async function or async generator: declaration, expression or
// method. c is the context its body was walked in.
func (r *rewriter) asyncFunction(fn *ast.FunctionLiteral, c *fnCtx, name string) {
	pos := fn.Function
	var superDef ast.Statement
	if c.superAt != 0 {
		def, err := r.lowerSuper(fn.Body, pos)
		if err != nil {
			r.fail(err)
			return
		}
		superDef = def
	}
	gen := &ast.FunctionLiteral{
		Function:        pos,
		Name:            &ast.Identifier{Name: unistr(asyncPrefix + name), Idx: pos},
		ParameterList:   &ast.ParameterList{Opening: fn.ParameterList.Opening, Closing: fn.ParameterList.Closing},
		Body:            fn.Body,
		DeclarationList: fn.DeclarationList,
		Source:          fn.Source,
		Generator:       true,
	}
	run := "async"
	if fn.Generator {
		run = "asyncGen"
	}
	in := &inst{
		pos:   pos,
		names: map[string]string{"$run": run, "$name": asyncPrefix + name},
		exprs: map[string]ast.Expression{"$gen": gen},
	}
	params := fn.ParameterList
	canThrow := paramsCanThrow(params)
	var body []ast.Statement
	switch {
	case !canThrow && !(len(c.argRefs) > 0 || c.usesEval) && !redeclares(fn.DeclarationList, params):
		body = in.build(tplAsyncCall)
	case !canThrow:
		// Same simple parameters on both: `arguments` stays mapped to them in sloppy code,
		// and `var a` in the body still starts with the argument's value.
		gen.ParameterList = params
		fn.ParameterList = cloneParams(params)
		body = in.build(tplAsyncApply)
	case fn.Generator:
		// An async generator binds its parameters when called, before it returns: a throw
		// there is synchronous, which is what the generator's own binding does.
		gen.ParameterList = params
		fn.ParameterList = placeholders(params, false)
		body = in.build(tplAsyncApply)
	default:
		gen.ParameterList = params
		fn.ParameterList = placeholders(params, false)
		body = in.build(tplAsyncTryApply)
	}
	// `this` of a sloppy function called plainly is the global object: the outer function must
	// be as strict as the body it hands `this` to.
	if superDef != nil {
		body = append([]ast.Statement{superDef}, body...)
	}
	if d := strictDirective(fn.Body.List); d != nil {
		body = append([]ast.Statement{d}, body...)
	}
	fn.Body = &ast.BlockStatement{LeftBrace: fn.Body.LeftBrace, List: body, RightBrace: fn.Body.RightBrace}
	fn.DeclarationList = nil
	fn.Async, fn.Generator = false, false
}

// asyncArrow rewrites an async arrow function (its body is already a block). The generator is
// called with the arrow's `this`. Its `arguments` references stay the arrow's, that is the
// enclosing function's: they go up to it and become __lv_args (aliasArguments) like those of
// any arrow.
func (r *rewriter) asyncArrow(a *ast.ArrowFunctionLiteral, c *fnCtx, name string) {
	var superDef ast.Statement
	if c.superAt != 0 && !enclosedByAsync(c) {
		def, err := r.lowerSuper(a.Body, a.Start)
		if err != nil {
			r.fail(err)
			return
		}
		superDef = def
	}
	if c.newTargetAt != 0 {
		r.fail(r.src.unsupportedAt(int(c.newTargetAt)-1, "loopviz does not support 'new.target' inside async arrow functions yet"))
		return
	}
	pos := a.Start
	body := a.Body.(*ast.BlockStatement)
	gen := &ast.FunctionLiteral{
		Function:        pos,
		Name:            &ast.Identifier{Name: unistr(asyncPrefix + name), Idx: pos},
		ParameterList:   &ast.ParameterList{Opening: a.ParameterList.Opening, Closing: a.ParameterList.Closing},
		Body:            body,
		DeclarationList: a.DeclarationList,
		Source:          a.Source,
		Generator:       true,
	}
	in := &inst{
		pos:   pos,
		names: map[string]string{"$run": "async", "$name": asyncPrefix + name},
		exprs: map[string]ast.Expression{"$gen": gen},
	}
	params := a.ParameterList
	canThrow := paramsCanThrow(params)
	var out []ast.Statement
	if !canThrow && !redeclares(a.DeclarationList, params) {
		out = in.build(tplAsyncCall)
	} else {
		gen.ParameterList = params
		var args []ast.Expression
		if canThrow {
			a.ParameterList, args = arrowPlaceholders(params)
		} else {
			a.ParameterList = cloneParams(params)
			args = paramArgs(a.ParameterList)
		}
		in.lists = map[string][]ast.Expression{"$args": args}
		if canThrow {
			out = in.build(tplAsyncTryArgs)
		} else {
			out = in.build(tplAsyncArgs)
		}
	}
	if superDef != nil {
		out = append([]ast.Statement{superDef}, out...)
	}
	a.Body = &ast.BlockStatement{LeftBrace: body.LeftBrace, List: out, RightBrace: body.RightBrace}
	a.DeclarationList = nil
	a.Async = false
}

// enclosedByAsync reports whether the function an arrow's `super` belongs to
// (the nearest enclosing non-arrow function) is async: its own lowering then
// rewrites the arrow's super references too.
func enclosedByAsync(c *fnCtx) bool {
	for p := c.parent; p != nil; p = p.parent {
		if !p.arrow {
			return p.async
		}
	}
	return false
}

// paramsCanThrow: binding these parameters can run code (defaults) or throw (destructuring).
func paramsCanThrow(pl *ast.ParameterList) bool {
	for _, b := range pl.List {
		if b.Initializer != nil {
			return true
		}
		if _, ok := b.Target.(*ast.Identifier); !ok {
			return true
		}
	}
	if pl.Rest != nil {
		if _, ok := pl.Rest.(*ast.Identifier); !ok {
			return true
		}
	}
	return false
}

// redeclares reports a var of the body named like a parameter: `var a` must start with the
// argument's value, which a generator closing over the parameter would not see.
func redeclares(decls []*ast.VariableDeclaration, pl *ast.ParameterList) bool {
	if len(decls) == 0 {
		return false
	}
	params := map[string]bool{}
	for _, b := range pl.List {
		if id, ok := b.Target.(*ast.Identifier); ok {
			params[id.Name.String()] = true
		}
	}
	if id, ok := pl.Rest.(*ast.Identifier); ok {
		params[id.Name.String()] = true
	}
	if len(params) == 0 {
		return false
	}
	found := false
	for _, d := range decls {
		for _, b := range d.List {
			if id, ok := b.Target.(*ast.Identifier); ok {
				found = found || params[id.Name.String()]
				continue
			}
			// A pattern: any identifier in it may be a declared name (over-approximating
			// only costs an apply).
			eachNode(b.Target, func(n any) {
				if id, ok := n.(*ast.Identifier); ok && params[id.Name.String()] {
					found = true
				}
			})
		}
	}
	return found
}

// cloneParams copies a simple parameter list (identifiers, maybe a rest identifier).
func cloneParams(pl *ast.ParameterList) *ast.ParameterList {
	out := &ast.ParameterList{Opening: pl.Opening, Closing: pl.Closing}
	for _, b := range pl.List {
		id := b.Target.(*ast.Identifier)
		out.List = append(out.List, &ast.Binding{Target: &ast.Identifier{Name: id.Name, Idx: id.Idx}})
	}
	if id, ok := pl.Rest.(*ast.Identifier); ok {
		out.Rest = &ast.Identifier{Name: id.Name, Idx: id.Idx}
	}
	return out
}

// expectedArgs is a function's .length: the parameters before the first default or rest.
func expectedArgs(pl *ast.ParameterList) int {
	n := 0
	for _, b := range pl.List {
		if b.Initializer != nil {
			break
		}
		n++
	}
	return n
}

// placeholders is a parameter list of the same .length whose names nobody reads (the
// generator gets the arguments object); with rest, it also collects the remaining arguments.
func placeholders(pl *ast.ParameterList, rest bool) *ast.ParameterList {
	out := &ast.ParameterList{Opening: pl.Opening, Closing: pl.Closing}
	n := expectedArgs(pl)
	for i := 0; i < n; i++ {
		out.List = append(out.List, &ast.Binding{Target: &ast.Identifier{Name: unistr("__lv_p" + strconv.Itoa(i)), Idx: pl.List[i].Idx0()}})
	}
	if rest {
		out.Rest = &ast.Identifier{Name: "__lv_rest", Idx: pl.Closing}
	}
	return out
}

// arrowPlaceholders: (__lv_p0, ..., ...__lv_rest), and the arguments that pass them all on.
func arrowPlaceholders(pl *ast.ParameterList) (*ast.ParameterList, []ast.Expression) {
	out := placeholders(pl, true)
	return out, paramArgs(out)
}

// paramArgs lists the parameters of a simple parameter list as call arguments.
func paramArgs(pl *ast.ParameterList) []ast.Expression {
	var args []ast.Expression
	for _, b := range pl.List {
		id := b.Target.(*ast.Identifier)
		args = append(args, &ast.Identifier{Name: id.Name, Idx: id.Idx})
	}
	if id, ok := pl.Rest.(*ast.Identifier); ok {
		args = append(args, &ast.SpreadElement{Expression: &ast.Identifier{Name: id.Name, Idx: id.Idx}})
	}
	return args
}
