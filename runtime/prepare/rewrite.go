package prepare

import (
	"strconv"
	"strings"

	"github.com/dop251/goja/ast"
	"github.com/dop251/goja/file"
	"github.com/dop251/goja/token"
	"github.com/dop251/goja/unistring"
)

// rewriter walks the whole AST once, in source order, rewriting in place:
//   - statement hooks (`__lv.s(id);`) before statements, in loop bodies, in function bodies;
//   - async functions and async generators into generators driven by __lv (async.go);
//   - for await into a loop over __lv.asyncIter (forawait.go).
//
// It visits every node type of goja's ast package: a nested function can hide anywhere an
// expression can.
type rewriter struct {
	src   *source
	hooks bool
	stmts []Pos
	ctx   *fnCtx
	top   *fnCtx // an ES module's top level (its code may await)
	err   error  // the first error met; the walk goes on to the end regardless
	seq   int    // numbers the temporaries of each for await

	forAwait     map[int]bool                       // offsets of the `await` of each `for await` (blanked for goja's parser)
	methods      map[int]*methodPatch               // `async *m() {}` object methods parsed apart, by offset
	usedAwait    map[int]bool                       // forAwait entries matched to a loop
	superHelpers map[*ast.ArrowFunctionLiteral]bool // the `(k) => super[k]` arrows lowerSuper made
	usedMeth     map[int]bool                       // methods swapped in
	topAwait     bool                               // an await at the top level of an ES module
}

// fnCtx is what the walk knows about the function it is in. Arrow functions are transparent for
// `arguments`, `super` and `new.target`: what their bodies use, their parent uses too.
type fnCtx struct {
	parent *fnCtx
	module bool // the module wrapper
	arrow  bool
	async  bool
	gen    bool

	initializer bool // a class field initializer or static block, or a function declaring `arguments`: no alias

	argRefs      []*ast.Identifier // references to `arguments` in the function's own code
	arrowArgRefs []*ast.Identifier // references to `arguments` in arrow functions inside it
	usesEval     bool              // a direct eval could read `arguments` or the parameters
	superAt      file.Idx          // first `super`, 0 if none
	newTargetAt  file.Idx          // first `new.target`, 0 if none

	// labelAlias maps the outer labels of a label chain on a loop (`a: b: for`) to the
	// innermost one: goja rejects `continue a` there.
	labelAlias map[unistring.String]unistring.String
}

func (r *rewriter) fail(err error) {
	if r.err == nil {
		r.err = err
	}
}

func (r *rewriter) enter(c *fnCtx) *fnCtx {
	c.parent = r.ctx
	r.ctx = c
	return c
}

// leave pops c. An arrow hands what it used on to its parent.
func (r *rewriter) leave(c *fnCtx) {
	r.ctx = c.parent
	if c.arrow && c.parent != nil {
		p := c.parent
		p.arrowArgRefs = append(append(p.arrowArgRefs, c.argRefs...), c.arrowArgRefs...)
		p.usesEval = p.usesEval || c.usesEval
		if p.superAt == 0 {
			p.superAt = c.superAt
		}
		if p.newTargetAt == 0 {
			p.newTargetAt = c.newTargetAt
		}
	}
}

func unistr(s string) unistring.String { return unistring.NewFromString(s) }

// aliasArguments works around goja, which reads `arguments` wrongly inside arrow functions (the
// arrow's own arguments, or a Go panic, unless the enclosing function reads it too): the arrows'
// references are renamed to a constant the enclosing function's body sets first,
//
//	function f() { const __lv_args = arguments; ... () => __lv_args[0] ... }
//
// skip is the number of arrow references (from the parameters' defaults) to leave alone, since
// they run before the body; ownSkip likewise for the function's own references. The function's
// own references in its body are renamed too, and the alias is a `let`: sloppy code may assign
// `arguments`, and an arrow's assignment must be seen by the function as node shows it
// (`function h() { (() => { arguments = 0 })(); return arguments }` returns 0; found by
// FuzzBehaviour). It returns the statements to put after the body's directives.
func (r *rewriter) aliasArguments(c *fnCtx, skip, ownSkip int) []ast.Statement {
	refs := c.arrowArgRefs
	if skip > len(refs) {
		skip = len(refs)
	}
	own := c.argRefs[min(ownSkip, len(c.argRefs)):]
	c.argRefs = append(c.argRefs, refs[:skip]...)
	refs = refs[skip:]
	c.arrowArgRefs = nil
	if len(refs) == 0 || c.initializer {
		c.argRefs = append(c.argRefs, refs...)
		return nil
	}
	for _, id := range refs {
		id.Name = argumentsAlias
	}
	for _, id := range own {
		id.Name = argumentsAlias
	}
	in := &inst{pos: refs[0].Idx}
	decl := in.build(tplArgumentsAlias)
	c.argRefs = append(c.argRefs, in.argRefs...)
	return decl
}

const argumentsAlias = "__lv_args"

// declaresArguments reports a parameter, var, or top-level declaration of the body named
// arguments.
func declaresArguments(fn *ast.FunctionLiteral) bool {
	for _, b := range fn.ParameterList.List {
		if id, ok := b.Target.(*ast.Identifier); ok && id.Name == "arguments" {
			return true
		}
	}
	if id, ok := fn.ParameterList.Rest.(*ast.Identifier); ok && id.Name == "arguments" {
		return true
	}
	for _, d := range fn.DeclarationList {
		for _, b := range d.List {
			if id, ok := b.Target.(*ast.Identifier); ok && id.Name == "arguments" {
				return true
			}
		}
	}
	for _, st := range fn.Body.List {
		switch st := st.(type) {
		case *ast.LexicalDeclaration:
			for _, b := range st.List {
				if id, ok := b.Target.(*ast.Identifier); ok && id.Name == "arguments" {
					return true
				}
			}
		case *ast.FunctionDeclaration:
			if st.Function.Name != nil && st.Function.Name.Name == "arguments" {
				return true
			}
		case *ast.ClassDeclaration:
			if st.Class.Name != nil && st.Class.Name.Name == "arguments" {
				return true
			}
		}
	}
	return false
}

// afterDirectives inserts stmts after the directive prologue of a body.
func afterDirectives(list, stmts []ast.Statement) []ast.Statement {
	if len(stmts) == 0 {
		return list
	}
	n := 0
	for n < len(list) && isDirective(list[n]) {
		n++
	}
	out := make([]ast.Statement, 0, len(list)+len(stmts))
	out = append(out, list[:n]...)
	out = append(out, stmts...)
	return append(out, list[n:]...)
}

// ---------- hooks ----------

// hook returns `__lv.s(id);` for a statement starting at byte offset off.
func (r *rewriter) hook(off int) ast.Statement {
	id := len(r.stmts)
	r.stmts = append(r.stmts, r.src.pos(off))
	idx := file.Idx(off + 1)
	return &ast.ExpressionStatement{Expression: &ast.CallExpression{
		Callee:           &ast.DotExpression{Left: &ast.Identifier{Name: "__lv", Idx: idx}, Identifier: ast.Identifier{Name: "s", Idx: idx}},
		LeftParenthesis:  idx,
		ArgumentList:     []ast.Expression{&ast.NumberLiteral{Idx: idx, Literal: strconv.Itoa(id), Value: int64(id)}},
		RightParenthesis: idx,
	}}
}

func isHook(s ast.Statement) bool {
	es, ok := s.(*ast.ExpressionStatement)
	if !ok {
		return false
	}
	call, ok := es.Expression.(*ast.CallExpression)
	if !ok {
		return false
	}
	dot, ok := call.Callee.(*ast.DotExpression)
	if !ok {
		return false
	}
	id, ok := dot.Left.(*ast.Identifier)
	return ok && id.Name == "__lv" && dot.Identifier.Name == "s"
}

func hasHook(list []ast.Statement) bool {
	for _, s := range list {
		if isHook(s) {
			return true
		}
	}
	return false
}

// hookable: statements that do something where they stand. A function declaration is hoisted
// (it does nothing at its place), an empty statement does nothing.
func hookable(s ast.Statement) bool {
	switch s.(type) {
	case *ast.FunctionDeclaration, *ast.EmptyStatement, *ast.BadStatement:
		return false
	}
	return true
}

func isDirective(s ast.Statement) bool {
	es, ok := s.(*ast.ExpressionStatement)
	if !ok {
		return false
	}
	_, ok = es.Expression.(*ast.StringLiteral)
	return ok
}

// strictDirective returns the "use strict" directive statement of a function body, if any.
func strictDirective(list []ast.Statement) ast.Statement {
	for _, s := range list {
		if !isDirective(s) {
			return nil
		}
		lit := s.(*ast.ExpressionStatement).Expression.(*ast.StringLiteral)
		if lit.Literal == `"use strict"` || lit.Literal == `'use strict'` {
			return s
		}
	}
	return nil
}

// stmtStart is the offset where a statement starts in the user's text.
func (r *rewriter) stmtStart(s ast.Statement) int {
	switch s := s.(type) {
	case *ast.IfStatement:
		return r.ifStart(s)
	case *ast.ExpressionStatement:
		return r.exprStart(s.Expression)
	case *ast.LabelledStatement:
		return int(s.Label.Idx) - 1
	}
	return int(s.Idx0()) - 1
}

// exprStart is where an expression starts, counting the parentheses goja's nodes leave out: a
// statement or an arrow body never follows an unmatched '(' of an enclosing construct, so every
// '(' right before the expression belongs to it.
func (r *rewriter) exprStart(e ast.Expression) int {
	text := r.src.text
	off := int(e.Idx0()) - 1
	for {
		p := skipSpaceBack(text, off)
		if p > 0 && text[p-1] == '(' {
			off = p - 1
			continue
		}
		return off
	}
}

// ifStart finds the `if` keyword: goja leaves IfStatement.If at 0. Between `if` and the test
// there are only spaces and parentheses (comments are not expected there).
func (r *rewriter) ifStart(s *ast.IfStatement) int {
	if s.If != 0 {
		return int(s.If) - 1
	}
	text := r.src.text
	test := int(s.Test.Idx0()) - 1
	if test < 0 {
		// Some expressions carry no position (goja leaves new.target's at 0):
		// look back from the consequent for the keyword instead.
		test = max(0, int(s.Consequent.Idx0())-1)
		if i := strings.LastIndex(text[:test], "if"); i >= 0 {
			return i
		}
		return test
	}
	off := test
	for {
		p := skipSpaceBack(text, off)
		if p > 0 && text[p-1] == '(' {
			off = p - 1
			continue
		}
		off = p
		break
	}
	if w, start := wordBefore(text, off); w == "if" {
		return start
	}
	return test
}

// ---------- statements ----------

// statements rewrites a statement list, hooking each statement. In a function or module body
// the directive prologue stays first and unhooked, so "use strict" keeps working.
func (r *rewriter) statements(list []ast.Statement, body bool) []ast.Statement {
	out := make([]ast.Statement, 0, 2*len(list))
	i := 0
	if body {
		for i < len(list) && isDirective(list[i]) {
			out = append(out, list[i])
			i++
		}
	}
	for ; i < len(list); i++ {
		s := list[i]
		if r.hooks && hookable(s) {
			out = append(out, r.hook(r.stmtStart(s)))
		}
		out = append(out, r.statement(s))
	}
	return out
}

// functionBody rewrites a function's statements. With hooks, every call passes at least one:
// a body without a hooked statement gets one at its closing brace (where V8's debugger stops in
// an empty function).
func (r *rewriter) functionBody(b *ast.BlockStatement) {
	b.List = r.statements(b.List, true)
	if r.hooks && !hasHook(b.List) {
		b.List = append(b.List, r.hook(int(b.RightBrace)-1))
	}
}

// asBlock rewrites a statement that is the body of an if, else or with: a single statement is
// put in a block so that it gets its own hook. A function declaration stays as it is (Annex B
// gives `if (x) function f() {}` its own meaning).
func (r *rewriter) asBlock(s ast.Statement) ast.Statement {
	switch b := s.(type) {
	case *ast.BlockStatement:
		b.List = r.statements(b.List, false)
		return b
	case *ast.FunctionDeclaration:
		return r.statement(b)
	}
	if !r.hooks {
		return r.statement(s)
	}
	return &ast.BlockStatement{LeftBrace: s.Idx0(), List: r.statements([]ast.Statement{s}, false), RightBrace: s.Idx1() - 1}
}

// loopBody rewrites the body of a loop so that every iteration passes a hook.
func (r *rewriter) loopBody(s ast.Statement) ast.Statement {
	if !r.hooks {
		return r.statement(s)
	}
	b, ok := s.(*ast.BlockStatement)
	if !ok {
		b = &ast.BlockStatement{LeftBrace: s.Idx0(), List: []ast.Statement{s}, RightBrace: s.Idx1() - 1}
	}
	start := r.stmtStart(s)
	b.List = r.statements(b.List, false)
	if !hasHook(b.List) {
		b.List = append([]ast.Statement{r.hook(start)}, b.List...)
	}
	return b
}

func isLoop(s ast.Statement) bool {
	switch s.(type) {
	case *ast.ForStatement, *ast.ForInStatement, *ast.ForOfStatement, *ast.WhileStatement, *ast.DoWhileStatement:
		return true
	}
	return false
}

func (r *rewriter) statement(s ast.Statement) ast.Statement {
	switch s := s.(type) {
	case *ast.BlockStatement:
		s.List = r.statements(s.List, false)
	case *ast.ExpressionStatement:
		s.Expression = r.expr(s.Expression, "")
	case *ast.VariableStatement:
		r.bindings(s.List)
	case *ast.LexicalDeclaration:
		r.bindings(s.List)
	case *ast.FunctionDeclaration:
		r.function(s.Function, "")
	case *ast.ClassDeclaration:
		r.class(s.Class, "")
	case *ast.IfStatement:
		s.If = file.Idx(r.ifStart(s) + 1)
		s.Test = r.expr(s.Test, "")
		s.Consequent = r.asBlock(s.Consequent)
		if s.Alternate != nil {
			s.Alternate = r.asBlock(s.Alternate)
		}
	case *ast.WithStatement:
		s.Object = r.expr(s.Object, "")
		s.Body = r.asBlock(s.Body)
	case *ast.WhileStatement:
		s.Test = r.expr(s.Test, "")
		s.Body = r.loopBody(s.Body)
	case *ast.DoWhileStatement:
		s.Body = r.loopBody(s.Body)
		s.Test = r.expr(s.Test, "")
	case *ast.ForStatement:
		r.strayAwait(int(s.For)-1, s)
		r.forInit(s.Initializer)
		s.Test = r.expr(s.Test, "")
		s.Update = r.expr(s.Update, "")
		s.Body = r.loopBody(s.Body)
	case *ast.ForInStatement:
		r.strayAwait(int(s.For)-1, s)
		r.forInto(s.Into)
		s.Source = r.expr(s.Source, "")
		s.Body = r.loopBody(s.Body)
	case *ast.ForOfStatement:
		if off, ok := r.awaitOf(s); ok {
			return r.forAwaitOf(s, off, nil)
		}
		r.forInto(s.Into)
		s.Source = r.expr(s.Source, "")
		s.Body = r.loopBody(s.Body)
	case *ast.LabelledStatement:
		// A label stays on its statement: wrapping it in a block would detach `continue label`.
		labels := []*ast.LabelledStatement{s}
		inner := s.Statement
		for {
			l, ok := inner.(*ast.LabelledStatement)
			if !ok {
				break
			}
			labels = append(labels, l)
			inner = l.Statement
		}
		if len(labels) > 1 && isLoop(inner) {
			c := r.ctx
			if c.labelAlias == nil {
				c.labelAlias = map[unistring.String]unistring.String{}
			}
			last := labels[len(labels)-1].Label.Name
			for _, l := range labels[:len(labels)-1] {
				c.labelAlias[l.Label.Name] = last
			}
			defer func() {
				for _, l := range labels[:len(labels)-1] {
					delete(c.labelAlias, l.Label.Name)
				}
			}()
		}
		if fo, ok := inner.(*ast.ForOfStatement); ok {
			if off, ok := r.awaitOf(fo); ok {
				return r.forAwaitOf(fo, off, labels)
			}
		}
		s.Statement = r.statement(s.Statement)
	case *ast.BranchStatement:
		if s.Token == token.CONTINUE && s.Label != nil {
			if to, ok := r.ctx.labelAlias[s.Label.Name]; ok {
				s.Label = &ast.Identifier{Name: to, Idx: s.Label.Idx}
			}
		}
	case *ast.SwitchStatement:
		s.Discriminant = r.expr(s.Discriminant, "")
		for _, c := range s.Body {
			r.statement(c)
		}
	case *ast.CaseStatement:
		s.Test = r.expr(s.Test, "")
		s.Consequent = r.statements(s.Consequent, false)
	case *ast.TryStatement:
		s.Body.List = r.statements(s.Body.List, false)
		if s.Catch != nil {
			r.statement(s.Catch)
		}
		if s.Finally != nil {
			s.Finally.List = r.statements(s.Finally.List, false)
		}
	case *ast.CatchStatement:
		if s.Parameter != nil {
			s.Parameter = r.target(s.Parameter)
		}
		s.Body.List = r.statements(s.Body.List, false)
		if r.hooks {
			r.caught(s)
		}
	case *ast.ReturnStatement:
		s.Argument = r.expr(s.Argument, "")
		if s.Argument != nil && r.ctx.async && r.ctx.gen {
			// `return x` in an async generator awaits x in the body (so a
			// try/finally around it sees a rejection); falling off the end
			// does not await at all.
			s.Argument = r.awaitValue(s.Return, s.Argument)
		}
	case *ast.ThrowStatement:
		s.Argument = r.expr(s.Argument, "")
	case *ast.EmptyStatement, *ast.DebuggerStatement, *ast.BadStatement:
	}
	return s
}

func (r *rewriter) bindings(list []*ast.Binding) {
	for _, b := range list {
		r.binding(b)
	}
}

// binding rewrites `target = initializer`; an anonymous function initializer takes the name of
// an identifier target, as the language names it.
func (r *rewriter) binding(b *ast.Binding) {
	b.Target = r.target(b.Target)
	name := ""
	if id, ok := b.Target.(*ast.Identifier); ok {
		name = id.Name.String()
	}
	b.Initializer = r.expr(b.Initializer, name)
}

func (r *rewriter) target(t ast.BindingTarget) ast.BindingTarget {
	if t == nil {
		return nil
	}
	if bt, ok := r.expr(t, "").(ast.BindingTarget); ok {
		return bt
	}
	return t
}

func (r *rewriter) forInit(i ast.ForLoopInitializer) {
	switch i := i.(type) {
	case *ast.ForLoopInitializerExpression:
		i.Expression = r.expr(i.Expression, "")
	case *ast.ForLoopInitializerVarDeclList:
		r.bindings(i.List)
	case *ast.ForLoopInitializerLexicalDecl:
		r.bindings(i.LexicalDeclaration.List)
	}
}

func (r *rewriter) forInto(i ast.ForInto) {
	switch i := i.(type) {
	case *ast.ForIntoVar:
		r.binding(i.Binding)
	case *ast.ForDeclaration:
		i.Target = r.target(i.Target)
	case *ast.ForIntoExpression:
		i.Expression = r.expr(i.Expression, "")
	}
}

// ---------- expressions ----------

// expr rewrites an expression and returns what replaces it. name is the name the language
// gives an anonymous function or class in this position ("" if none).
func (r *rewriter) expr(e ast.Expression, name string) ast.Expression {
	switch e := e.(type) {
	case nil:
		return nil
	case *ast.Identifier:
		r.ident(e)
	case *ast.AwaitExpression:
		e.Argument = r.expr(e.Argument, "")
		return r.await(e)
	case *ast.YieldExpression:
		e.Argument = r.expr(e.Argument, "")
		return r.yield(e)
	case *ast.ArrayLiteral:
		r.exprs(e.Value)
	case *ast.ArrayPattern:
		r.exprs(e.Elements)
		e.Rest = r.expr(e.Rest, "")
	case *ast.ObjectLiteral:
		for i, p := range e.Value {
			e.Value[i] = r.property(p)
		}
	case *ast.ObjectPattern:
		for i, p := range e.Properties {
			e.Properties[i] = r.property(p)
		}
		e.Rest = r.expr(e.Rest, "")
	case *ast.AssignExpression:
		e.Left = r.expr(e.Left, "")
		hint := ""
		if id, ok := e.Left.(*ast.Identifier); ok {
			switch e.Operator {
			case token.ASSIGN, token.LOGICAL_AND, token.LOGICAL_OR, token.COALESCE:
				hint = id.Name.String()
			}
		}
		e.Right = r.expr(e.Right, hint)
	case *ast.BinaryExpression:
		e.Left = r.expr(e.Left, "")
		e.Right = r.expr(e.Right, "")
	case *ast.BracketExpression:
		e.Left = r.expr(e.Left, "")
		e.Member = r.expr(e.Member, "")
	case *ast.CallExpression:
		e.Callee = r.expr(e.Callee, "")
		r.exprs(e.ArgumentList)
	case *ast.NewExpression:
		e.Callee = r.expr(e.Callee, "")
		r.exprs(e.ArgumentList)
	case *ast.ConditionalExpression:
		e.Test = r.expr(e.Test, "")
		e.Consequent = r.expr(e.Consequent, "")
		e.Alternate = r.expr(e.Alternate, "")
	case *ast.DotExpression:
		e.Left = r.expr(e.Left, "")
	case *ast.PrivateDotExpression:
		e.Left = r.expr(e.Left, "")
	case *ast.OptionalChain:
		e.Expression = r.expr(e.Expression, "")
	case *ast.Optional:
		e.Expression = r.expr(e.Expression, "")
	case *ast.SequenceExpression:
		r.exprs(e.Sequence)
	case *ast.SpreadElement:
		e.Expression = r.expr(e.Expression, "")
	case *ast.TemplateLiteral:
		e.Tag = r.expr(e.Tag, "")
		r.exprs(e.Expressions)
	case *ast.UnaryExpression:
		e.Operand = r.expr(e.Operand, "")
	case *ast.FunctionLiteral:
		r.function(e, name)
	case *ast.ArrowFunctionLiteral:
		r.arrow(e, name)
	case *ast.ClassLiteral:
		r.class(e, name)
	case *ast.Binding:
		r.binding(e)
	case *ast.PropertyKeyed, *ast.PropertyShort:
		return r.property(e.(ast.Property))
	case *ast.SuperExpression:
		if r.ctx.superAt == 0 {
			r.ctx.superAt = e.Idx
		}
	case *ast.MetaProperty:
		if e.Meta != nil && e.Meta.Name == "new" && r.ctx.newTargetAt == 0 {
			r.ctx.newTargetAt = e.Meta.Idx
		}
	case *ast.RegExpLiteral:
		r.regexp(e)
	case *ast.ThisExpression, *ast.PrivateIdentifier, *ast.BadExpression,
		*ast.BooleanLiteral, *ast.NullLiteral, *ast.NumberLiteral, *ast.StringLiteral:
	}
	return e
}

func (r *rewriter) exprs(list []ast.Expression) {
	for i, e := range list {
		list[i] = r.expr(e, "") // array holes are nil and stay nil
	}
}

func (r *rewriter) ident(id *ast.Identifier) {
	switch id.Name {
	case "arguments":
		r.ctx.argRefs = append(r.ctx.argRefs, id)
	case "eval":
		r.ctx.usesEval = true
	}
}

func (r *rewriter) property(p ast.Property) ast.Property {
	switch p := p.(type) {
	case *ast.PropertyKeyed:
		if patch, ok := r.methods[int(p.Key.Idx0())-1]; ok && !p.Computed && p.Kind == ast.PropertyKindMethod {
			r.usedMeth[int(p.Key.Idx0())-1] = true
			p.Key, p.Computed, p.Value = patch.key, patch.computed, patch.fn
		}
		if p.Computed {
			p.Key = r.expr(p.Key, "")
		}
		name := ""
		if !p.Computed {
			name = keyName(p.Key)
		}
		if fn, ok := p.Value.(*ast.FunctionLiteral); ok && p.Kind != ast.PropertyKindValue {
			r.function(fn, name)
		} else {
			p.Value = r.expr(p.Value, name)
		}
	case *ast.PropertyShort:
		r.ident(&p.Name) // `{arguments}` reads `arguments`
		p.Initializer = r.expr(p.Initializer, p.Name.Name.String())
	case *ast.SpreadElement:
		p.Expression = r.expr(p.Expression, "")
	}
	return p
}

// keyName is the name a non-computed property key gives a function.
func keyName(key ast.Expression) string {
	switch k := key.(type) {
	case *ast.StringLiteral:
		return k.Value.String()
	case *ast.Identifier:
		return k.Name.String()
	case *ast.PrivateIdentifier:
		return "#" + k.Name.String()
	case *ast.NumberLiteral:
		switch v := k.Value.(type) {
		case int64:
			return strconv.FormatInt(v, 10)
		case float64:
			return strconv.FormatFloat(v, 'g', -1, 64)
		}
		return k.Literal
	}
	return ""
}

// ---------- functions and classes ----------

// fixSource gives back its original text to the Source of a function or class that contains a
// blanked `for await` (src ends at offset end).
func (r *rewriter) fixSource(src *string, end int) {
	if len(r.forAwait) == 0 {
		return
	}
	start := end - len(*src)
	if start < 0 || end > len(r.src.text) {
		return
	}
	for b := range r.forAwait {
		if b+5 > start && b < end {
			*src = r.src.text[start:end]
			return
		}
	}
}

// function rewrites a function literal: declaration, expression, method, getter or setter.
// name is the name it has or is given by its position.
func (r *rewriter) function(fn *ast.FunctionLiteral, name string) {
	r.fixSource(&fn.Source, int(fn.Body.Idx1())-1)
	if fn.Name != nil {
		name = fn.Name.Name.String()
	}
	// A function with its own variable named arguments keeps the arrows' references as they are.
	c := r.enter(&fnCtx{async: fn.Async, gen: fn.Generator, initializer: declaresArguments(fn)})
	r.params(fn.ParameterList)
	inParams, ownInParams := len(c.arrowArgRefs), len(c.argRefs)
	r.functionBody(fn.Body)
	fn.Body.List = afterDirectives(fn.Body.List, r.aliasArguments(c, inParams, ownInParams))
	r.leave(c)
	if fn.Async {
		r.asyncFunction(fn, c, name)
	}
}

func (r *rewriter) params(pl *ast.ParameterList) {
	if pl == nil {
		return
	}
	r.bindings(pl.List)
	pl.Rest = r.expr(pl.Rest, "")
}

func (r *rewriter) arrow(a *ast.ArrowFunctionLiteral, name string) {
	r.fixSource(&a.Source, int(a.Body.Idx1())-1)
	c := r.enter(&fnCtx{arrow: true, async: a.Async})
	r.params(a.ParameterList)
	switch b := a.Body.(type) {
	case *ast.BlockStatement:
		r.functionBody(b)
	case *ast.ExpressionBody:
		start := r.exprStart(b.Expression)
		b.Expression = r.expr(b.Expression, "")
		if r.hooks || a.Async {
			// `x => e` becomes `x => { __lv.s(id); return e; }`: every call passes a hook.
			idx := file.Idx(start + 1)
			block := &ast.BlockStatement{LeftBrace: idx, RightBrace: b.Expression.Idx1() - 1}
			if r.hooks {
				block.List = append(block.List, r.hook(start))
			}
			block.List = append(block.List, &ast.ReturnStatement{Return: idx, Argument: b.Expression})
			a.Body = block
		}
	}
	if a.Async {
		r.asyncArrow(a, c, name)
	}
	r.leave(c)
}

func (r *rewriter) class(cl *ast.ClassLiteral, name string) {
	r.fixSource(&cl.Source, int(cl.RightBrace))
	if cl.SuperClass != nil {
		cl.SuperClass = r.expr(cl.SuperClass, "")
	}
	for _, el := range cl.Body {
		switch el := el.(type) {
		case *ast.MethodDefinition:
			// Computed keys are evaluated in the enclosing function (they may await).
			if el.Computed {
				el.Key = r.expr(el.Key, "")
			}
			key := ""
			if !el.Computed {
				key = keyName(el.Key)
			}
			r.function(el.Body, key)
		case *ast.FieldDefinition:
			if el.Computed {
				el.Key = r.expr(el.Key, "")
			}
			key := ""
			if !el.Computed {
				key = keyName(el.Key)
			}
			// An initializer runs as a method of the instance (or class): its own `this`,
			// `super` and (forbidden) `arguments`.
			c := r.enter(&fnCtx{initializer: true})
			el.Initializer = r.expr(el.Initializer, key)
			r.leave(c)
		case *ast.ClassStaticBlock:
			r.fixSource(&el.Source, int(el.Block.Idx1())-1)
			c := r.enter(&fnCtx{initializer: true})
			el.Block.List = r.statements(el.Block.List, false)
			r.leave(c)
		}
	}
}

// ---------- await and yield ----------

func (r *rewriter) await(e *ast.AwaitExpression) ast.Expression {
	c := r.ctx
	if !c.async {
		msg := msgAwaitOnlyAsync
		if r.top != nil {
			msg = "Unexpected reserved word" // in a module, await is reserved outside async functions
		}
		r.fail(r.src.syntaxErrorAt(int(e.Await)-1, 5, msg))
		return e
	}
	return r.awaitValue(e.Await, e.Argument)
}

// awaitValue is `await arg` in the current (async) function: `yield arg` in an async function,
// `yield __lv.await(arg)` in an async generator, where a plain yield means yield.
func (r *rewriter) awaitValue(pos file.Idx, arg ast.Expression) ast.Expression {
	if r.ctx == r.top && r.top != nil {
		r.topAwait = true
	}
	if r.ctx.gen {
		arg = lvCall(pos, "await", arg)
	}
	return &ast.YieldExpression{Yield: pos, Argument: arg}
}

func (r *rewriter) yield(e *ast.YieldExpression) ast.Expression {
	if r.ctx.async && r.ctx.gen && e.Delegate {
		return &ast.YieldExpression{Yield: e.Yield, Argument: lvCall(e.Yield, "yieldStar", e.Argument)}
	}
	return e
}

// caught passes the caught value through `__lv.caught(e)` first thing in the
// catch block: goja words some errors differently from V8, and the runtime
// mends them before the program reads e.message. A destructuring parameter
// becomes `catch (__lv_e) { let PATTERN = __lv.caught(__lv_e); ... }`.
func (r *rewriter) caught(s *ast.CatchStatement) {
	pos := s.Catch
	switch p := s.Parameter.(type) {
	case nil:
		return
	case *ast.Identifier:
		call := &ast.ExpressionStatement{Expression: lvCall(pos, "caught", &ast.Identifier{Name: p.Name, Idx: p.Idx})}
		s.Body.List = append([]ast.Statement{call}, s.Body.List...)
	default:
		tmp := &ast.Identifier{Name: "__lv_e", Idx: pos}
		decl := &ast.LexicalDeclaration{Idx: pos, Token: token.LET, List: []*ast.Binding{{
			Target:      p,
			Initializer: lvCall(pos, "caught", &ast.Identifier{Name: tmp.Name, Idx: pos}),
		}}}
		s.Parameter = tmp
		s.Body.List = append([]ast.Statement{decl}, s.Body.List...)
	}
}

// lvCall is `__lv.<fn>(args...)` at pos.
func lvCall(pos file.Idx, fn string, args ...ast.Expression) *ast.CallExpression {
	return &ast.CallExpression{
		Callee:           &ast.DotExpression{Left: &ast.Identifier{Name: "__lv", Idx: pos}, Identifier: ast.Identifier{Name: unistr(fn), Idx: pos}},
		LeftParenthesis:  pos,
		ArgumentList:     args,
		RightParenthesis: pos,
	}
}

const msgAwaitOnlyAsync = "await is only valid in async functions and the top level bodies of modules"
