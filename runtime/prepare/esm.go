package prepare

import (
	"slices"
	"sort"
	"strings"

	"github.com/dop251/goja/ast"
	"github.com/dop251/goja/file"
	"github.com/dop251/goja/token"
)

// ES modules. goja has none, so loopviz prepares them itself. A module's text becomes
//
//	(function __lv_module(__lv_imp, __lv_i, __lv_x, __lv) {
//	  with (__lv_imp) {
//	    return function* __lv_esm() {
//	      "use strict";
//	      __lv_x({ a: () => a, default: () => __lv_default, ... });
//	      yield;
//	      BODY
//	    };
//	  }
//	})
//
// __lv_imp is an object with a getter for each imported binding (so an import reads the
// exporter's variable at the moment it is used: a live binding), and the module body is a
// strict generator inside a `with` over it (the wrapper itself is sloppy, as `with` wants): the
// body needs no rewriting of its references. Calling the generator and its first next() is the
// module's instantiation: function declarations are hoisted, and __lv_x receives a getter for
// each local export (reading a `let` before its declaration throws, as in a cycle in node).
// The next resumption evaluates the body. Top-level `await` is an await of an async function
// body (the generator is driven by __lv.async); a module without one runs to its end in one
// resumption. BODY is the module text with its import and export declarations overwritten in
// place (esmsyntax.go), so every position is the user's; `import(x)` calls __lv_i(x), and
// `import.meta` reads __lv_i.meta.

// ESModuleFunc is the name of an ES module body's generator, as stack frames show it.
const ESModuleFunc = "__lv_esm"

// NoArguments replaces `arguments` at the top level of an ES module, where it is not defined.
const NoArguments = "__lv_no_arguments"

// DefaultBinding is the local variable behind `export default <expression>`.
const DefaultBinding = "__lv_default"

// ModuleResult is a prepared ES module.
type ModuleResult struct {
	Result
	Imports  []Import // import declarations, in order
	Requests []Import // every module requested (imports and re-exports), in order
	Exports  []Export // local exports and named re-exports
	Stars    []Import // export * from
	// TopLevelAwait: the body awaits at its top level (it evaluates asynchronously).
	TopLevelAwait bool
}

// ESModule prepares the text of an ES module. Errors are as for CommonJS.
func ESModule(filename, src string, opts Options) (*ModuleResult, error) {
	s := newSource(filename, stripBOM(src))
	d := &esmDecls{kept: map[int]string{}, keptAt: map[int]int{}}
	m := &module{name: s.name, work: blankHashbang(s.text), forAwait: map[int]bool{}, methods: map[int]*methodPatch{}, esm: d, esmSrc: s}
	prog, errs, err := m.parse(asAsyncFunction)
	if err != nil {
		return nil, err
	}
	if m.esmErr != nil {
		return nil, m.esmErr
	}
	if len(errs) > 0 {
		if m.inner != nil && errs[0].off <= m.inner.off {
			return nil, m.syntaxError(s, *m.inner)
		}
		return nil, m.syntaxError(s, errs[0])
	}
	fn := wrapperOfMode(prog, len(s.text), asAsyncFunction)
	if fn == nil {
		return nil, s.syntaxErrorAt(len(s.text), 0, "Unexpected end of input")
	}
	shiftPositions(fn, -len(asyncFnPrefix))
	m.body, m.decls = fn.Body.List, fn.DeclarationList

	res := &ModuleResult{Imports: d.imports, Requests: d.requests, Stars: d.stars}
	if err := d.check(s, m.body); err != nil {
		return nil, err
	}
	locals := topLevelNames(m.body, m.decls)
	exports, err := d.localExports(s, m.body, locals)
	if err != nil {
		return nil, err
	}
	res.Exports = exports
	nameDefaults(m.body, d)
	if err := d.checkImports(s, m.body, locals); err != nil {
		return nil, err
	}

	r := &rewriter{
		src:       s,
		hooks:     opts.Hooks,
		forAwait:  m.forAwait,
		methods:   m.methods,
		usedAwait: map[int]bool{},
		usedMeth:  map[int]bool{},
	}
	top := r.enter(&fnCtx{module: true, async: true})
	r.top = top
	body := r.statements(m.body, true)
	// A module has no `arguments`: its references (and those of top-level arrows) name a
	// variable that does not exist, so typeof gives "undefined" and a read throws (the runtime
	// words the ReferenceError as V8 does).
	for _, id := range append(top.argRefs, top.arrowArgRefs...) {
		id.Name = NoArguments
	}
	top.arrowArgRefs = nil
	r.leave(top)
	if r.err != nil {
		return nil, r.err
	}
	if top.newTargetAt != 0 {
		at := skipSpace(s.text, int(top.newTargetAt)-1+3)
		if at < len(s.text) && s.text[at] == '.' {
			at = skipSpace(s.text, at+1)
		}
		return nil, s.syntaxErrorAt(at, 6, "new.target expression is not allowed here")
	}
	for off := range m.forAwait {
		if !r.usedAwait[off] {
			return nil, s.syntaxErrorAt(off, 5, "Unexpected reserved word")
		}
	}
	for at := range m.methods {
		if !r.usedMeth[at] {
			return nil, s.syntaxErrorAt(m.methods[at].star, 1, "Unexpected token '*'")
		}
	}
	res.TopLevelAwait = r.topAwait

	prog = &ast.Program{
		Body: []ast.Statement{&ast.ExpressionStatement{Expression: esmWrapper(s.text, body, m.decls, exports, d.hasDefaultExpr())}},
		File: file.NewFile(filename, s.text, 1),
	}
	compiled, err := compile(s, prog)
	if err != nil {
		return nil, err
	}
	res.Result = Result{Program: prog, Stmts: r.stmts, Source: s.text, Compiled: compiled}
	return res, nil
}

// wrapperOfMode is wrapperOf for a parse in the given mode.
func wrapperOfMode(prog *ast.Program, n int, mode parseMode) *ast.FunctionLiteral {
	if prog == nil || len(prog.Body) != 1 {
		return nil
	}
	es, ok := prog.Body[0].(*ast.ExpressionStatement)
	if !ok {
		return nil
	}
	fn, ok := es.Expression.(*ast.FunctionLiteral)
	if !ok || fn.Body.RightBrace != file.Idx(len(mode.prefix())+n+2) {
		return nil
	}
	return fn
}

func (d *esmDecls) hasDefaultExpr() bool {
	for _, k := range d.kept {
		if k == "default-expr" {
			return true
		}
	}
	return false
}

// check makes sure every blanked declaration stood between top-level statements (import and
// export are only allowed there), and that there is one default export at most.
func (d *esmDecls) check(s *source, body []ast.Statement) error {
	for _, rg := range d.ranges {
		for _, st := range body {
			if int(st.Idx0())-1 < rg[0] && int(st.Idx1())-1 > rg[0] {
				// V8 reads `import` there as the start of an expression, and stops at what follows.
				tok := wordAt(s.text, rg[0])
				if tok == "import" {
					l := &esmLexer{text: s.text, off: rg[0] + 6}
					return unexpected(s, l.next())
				}
				return s.syntaxErrorAt(rg[0], len(tok), "Unexpected token '"+tok+"'")
			}
		}
	}
	for off := range d.kept {
		found := false
		for _, st := range body {
			if int(st.Idx0())-1 == off {
				found = true
			}
		}
		if !found {
			at := d.keptAt[off]
			return s.syntaxErrorAt(at, 6, "Unexpected token 'export'")
		}
	}
	if off := topLevelReturn(body); off >= 0 {
		return s.syntaxErrorAt(off, 6, "Illegal return statement")
	}
	if len(d.defaults) > 1 {
		// V8 declares a variable ".default" for it, and marks the second declaration (from
		// `default` when it is an expression).
		at := skipSpace(s.text, d.defaults[1]+6)
		switch after := skipSpace(s.text, at+7); wordAt(s.text, after) {
		case "function", "class", "async":
			at = after
		}
		end := len(s.text)
		if nl := strings.IndexAny(s.text[at:], ";\r\n"); nl >= 0 {
			end = at + nl
		}
		return s.syntaxErrorAt(at, end-at, "Identifier '.default' has already been declared")
	}
	return nil
}

// localExports completes the export list with the declarations after a blanked `export`, and
// checks that every exported local exists and no name is exported twice.
func (d *esmDecls) localExports(s *source, body []ast.Statement, locals map[string]bool) ([]Export, error) {
	var out []Export
	for _, st := range body {
		off := int(st.Idx0()) - 1
		kind, ok := d.kept[off]
		if !ok {
			continue
		}
		switch kind {
		case "decl":
			for _, n := range declaredNames(st) {
				out = append(out, Export{Name: n, Local: n, Off: off})
			}
		case "default-decl":
			names := declaredNames(st)
			if len(names) == 1 {
				out = append(out, Export{Name: "default", Local: names[0], Off: off})
			}
		case "default-expr":
			out = append(out, Export{Name: "default", Local: DefaultBinding, Off: off})
		}
	}
	imported := map[string]bool{}
	for _, imp := range d.imports {
		for _, n := range imp.Names {
			imported[n.Local] = true
		}
	}
	for _, e := range d.exports {
		if e.From == "" && !locals[e.Local] && !imported[e.Local] {
			return nil, s.syntaxErrorAt(e.Off, len(e.Local), "Export '"+e.Local+"' is not defined in module")
		}
		out = append(out, e)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Off < out[j].Off })
	seen := map[string]bool{}
	for _, e := range out {
		if seen[e.Name] {
			return nil, s.syntaxErrorAt(e.Off, len(wordAt(s.text, e.Off)), "Duplicate export of '"+e.Name+"'")
		}
		seen[e.Name] = true
	}
	return out, nil
}

// checkImports reports an imported name declared twice.
func (d *esmDecls) checkImports(s *source, body []ast.Statement, locals map[string]bool) error {
	seen := map[string]bool{}
	for _, imp := range d.imports {
		for _, n := range imp.Names {
			if seen[n.Local] {
				// V8 marks the second declaration from its `import` to the name.
				return s.syntaxErrorAt(imp.At, n.Off+len(n.Local)-imp.At, "Identifier '"+n.Local+"' has already been declared")
			}
			if locals[n.Local] {
				// V8 marks the declaration that comes second: the module's own.
				return s.syntaxErrorAt(declarationOf(s, body, n.Local), len(n.Local), "Identifier '"+n.Local+"' has already been declared")
			}
			seen[n.Local] = true
		}
	}
	return nil
}

// declarationOf finds where a top-level statement declares name.
func declarationOf(s *source, body []ast.Statement, name string) int {
	for _, st := range body {
		if !slices.Contains(declaredNames(st), name) {
			continue
		}
		from, to := int(st.Idx0())-1, min(int(st.Idx1())-1, len(s.text))
		for i := from; i < to; i++ {
			if strings.HasPrefix(s.text[i:], name) && (i == 0 || !isIdentByte(s.text[i-1])) &&
				(i+len(name) >= len(s.text) || !isIdentByte(s.text[i+len(name)])) && (i < from+3 || wordAt(s.text, i) == name) {
				if i > from {
					return i
				}
			}
		}
		return from
	}
	return 0
}

// declaredNames are the names a top-level declaration binds.
func declaredNames(st ast.Statement) []string {
	var out []string
	switch st := st.(type) {
	case *ast.VariableStatement:
		for _, b := range st.List {
			out = append(out, bindingNames(b.Target)...)
		}
	case *ast.LexicalDeclaration:
		for _, b := range st.List {
			out = append(out, bindingNames(b.Target)...)
		}
	case *ast.FunctionDeclaration:
		if st.Function.Name != nil {
			out = append(out, st.Function.Name.Name.String())
		}
	case *ast.ClassDeclaration:
		if st.Class.Name != nil {
			out = append(out, st.Class.Name.Name.String())
		}
	}
	return out
}

// bindingNames are the identifiers a binding target (a name or a pattern) declares.
func bindingNames(t ast.BindingTarget) []string {
	var out []string
	var walk func(n ast.Node)
	walk = func(n ast.Node) {
		switch n := n.(type) {
		case *ast.Identifier:
			out = append(out, n.Name.String())
		case *ast.ArrayPattern:
			for _, el := range n.Elements {
				if el != nil {
					walk(el)
				}
			}
			if n.Rest != nil {
				walk(n.Rest)
			}
		case *ast.ObjectPattern:
			for _, p := range n.Properties {
				switch p := p.(type) {
				case *ast.PropertyShort:
					out = append(out, p.Name.Name.String())
				case *ast.PropertyKeyed:
					walk(p.Value)
				}
			}
			if n.Rest != nil {
				walk(n.Rest)
			}
		case *ast.AssignExpression:
			walk(n.Left)
		case *ast.Binding:
			walk(n.Target)
		}
	}
	walk(t)
	return out
}

// topLevelNames are the names declared at the top level of the module.
func topLevelNames(body []ast.Statement, decls []*ast.VariableDeclaration) map[string]bool {
	out := map[string]bool{}
	for _, d := range decls {
		for _, b := range d.List {
			for _, n := range bindingNames(b.Target) {
				out[n] = true
			}
		}
	}
	for _, st := range body {
		for _, n := range declaredNames(st) {
			out[n] = true
		}
	}
	return out
}

// esmWrapper builds the module function described at the top of this file.
func esmWrapper(text string, body []ast.Statement, decls []*ast.VariableDeclaration, exports []Export, defaultExpr bool) *ast.FunctionLiteral {
	id := func(n string) *ast.Identifier { return &ast.Identifier{Name: unistr(n), Idx: 1} }
	end := file.Idx(len(text))
	if end < 1 {
		end = 1
	}
	var props []ast.Property
	for _, e := range exports {
		if e.From != "" {
			continue
		}
		props = append(props, &ast.PropertyKeyed{
			Key:  &ast.StringLiteral{Idx: 1, Literal: `"` + e.Name + `"`, Value: unistr(e.Name)},
			Kind: ast.PropertyKindValue,
			Value: &ast.ArrowFunctionLiteral{Start: 1, ParameterList: &ast.ParameterList{Opening: 1, Closing: 1},
				Body: &ast.ExpressionBody{Expression: id(e.Local)}, Source: "() => " + e.Local},
		})
	}
	prologue := []ast.Statement{
		&ast.ExpressionStatement{Expression: &ast.StringLiteral{Idx: 1, Literal: `"use strict"`, Value: "use strict"}},
	}
	if defaultExpr {
		prologue = append(prologue, &ast.LexicalDeclaration{Idx: 1, Token: token.LET, List: []*ast.Binding{{Target: id(DefaultBinding)}}})
	}
	prologue = append(prologue,
		&ast.ExpressionStatement{Expression: &ast.CallExpression{Callee: id("__lv_x"), LeftParenthesis: 1, RightParenthesis: 1,
			ArgumentList: []ast.Expression{&ast.ObjectLiteral{LeftBrace: 1, RightBrace: 1, Value: props}}}},
		&ast.ExpressionStatement{Expression: &ast.YieldExpression{Yield: 1}},
	)
	gen := &ast.FunctionLiteral{
		Function:        1,
		Name:            id(ESModuleFunc),
		ParameterList:   &ast.ParameterList{Opening: 1, Closing: 1},
		Body:            &ast.BlockStatement{LeftBrace: 1, List: append(prologue, body...), RightBrace: end},
		DeclarationList: decls,
		Generator:       true,
		Source:          text,
	}
	params := &ast.ParameterList{Opening: 1, Closing: 1}
	for _, p := range []string{"__lv_imp", "__lv_i", "__lv_x", "__lv"} {
		params.List = append(params.List, &ast.Binding{Target: id(p)})
	}
	with := &ast.WithStatement{With: 1, Object: id("__lv_imp"), Body: &ast.BlockStatement{LeftBrace: 1, RightBrace: 1,
		List: []ast.Statement{&ast.ReturnStatement{Return: 1, Argument: gen}}}}
	return &ast.FunctionLiteral{
		Function:      1,
		Name:          id(ModuleFunc),
		ParameterList: params,
		Body:          &ast.BlockStatement{LeftBrace: 1, List: []ast.Statement{with}, RightBrace: end},
		Source:        text,
	}
}

// nameDefaults gives an anonymous function, class or arrow after `export default` the name
// "default", as the spec's NamedEvaluation does: `__lv_default = EXPR` would name it
// __lv_default, so EXPR becomes `({ default: EXPR }).default`, which names it after the key.
func nameDefaults(body []ast.Statement, d *esmDecls) {
	for _, st := range body {
		if d.kept[int(st.Idx0())-1] != "default-expr" {
			continue
		}
		es, ok := st.(*ast.ExpressionStatement)
		if !ok {
			continue
		}
		as, ok := es.Expression.(*ast.AssignExpression)
		if !ok {
			continue
		}
		anonymous := false
		switch e := as.Right.(type) {
		case *ast.FunctionLiteral:
			anonymous = e.Name == nil
		case *ast.ClassLiteral:
			anonymous = e.Name == nil
		case *ast.ArrowFunctionLiteral:
			anonymous = true
		}
		if !anonymous {
			continue
		}
		at := as.Right.Idx0()
		key := &ast.StringLiteral{Idx: at, Literal: `"default"`, Value: "default"}
		obj := &ast.ObjectLiteral{LeftBrace: at, RightBrace: at, Value: []ast.Property{
			&ast.PropertyKeyed{Key: key, Kind: ast.PropertyKindValue, Value: as.Right},
		}}
		as.Right = &ast.BracketExpression{Left: obj, Member: &ast.StringLiteral{Idx: at, Literal: `"default"`, Value: "default"}, LeftBracket: at, RightBracket: at}
	}
}

// topLevelReturn finds a return statement outside any function (a syntax error in a module),
// or returns -1.
func topLevelReturn(list []ast.Statement) int {
	var walk func(st ast.Statement) int
	walk = func(st ast.Statement) int {
		switch st := st.(type) {
		case *ast.ReturnStatement:
			return int(st.Return) - 1
		case *ast.BlockStatement:
			return topLevelReturn(st.List)
		case *ast.IfStatement:
			if off := walk(st.Consequent); off >= 0 || st.Alternate == nil {
				return off
			}
			return walk(st.Alternate)
		case *ast.ForStatement:
			return walk(st.Body)
		case *ast.ForInStatement:
			return walk(st.Body)
		case *ast.ForOfStatement:
			return walk(st.Body)
		case *ast.WhileStatement:
			return walk(st.Body)
		case *ast.DoWhileStatement:
			return walk(st.Body)
		case *ast.LabelledStatement:
			return walk(st.Statement)
		case *ast.TryStatement:
			if off := walk(st.Body); off >= 0 {
				return off
			}
			if st.Catch != nil {
				if off := walk(st.Catch.Body); off >= 0 {
					return off
				}
			}
			if st.Finally != nil {
				return walk(st.Finally)
			}
		case *ast.SwitchStatement:
			for _, c := range st.Body {
				if off := topLevelReturn(c.Consequent); off >= 0 {
					return off
				}
			}
		}
		return -1
	}
	for _, st := range list {
		if off := walk(st); off >= 0 {
			return off
		}
	}
	return -1
}
