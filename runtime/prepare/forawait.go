package prepare

import (
	"strconv"

	"github.com/dop251/goja/ast"
	"github.com/dop251/goja/token"
)

// goja's parser rejects `for await`. parse.go blanks the `await` (same length, so positions stay
// put) and records where it was; here each blanked loop is matched back and lowered to
// tplForAwait.

// awaitOf reports whether a for-of loop was written `for await`, and where the await was.
func (r *rewriter) awaitOf(s *ast.ForOfStatement) (int, bool) {
	off, ok := r.blankedAwait(int(s.For) - 1)
	return off, ok
}

// blankedAwait looks for a blanked `await` right after the `for` keyword at forOff.
func (r *rewriter) blankedAwait(forOff int) (int, bool) {
	if len(r.forAwait) == 0 {
		return 0, false
	}
	off := skipSpace(r.src.text, forOff+3)
	if r.forAwait[off] {
		r.usedAwait[off] = true
		return off, true
	}
	return 0, false
}

// strayAwait reports `for await` on a loop that is not for-of, as V8 does.
func (r *rewriter) strayAwait(forOff int, s ast.Statement) {
	off, ok := r.blankedAwait(forOff)
	if !ok {
		return
	}
	if !r.ctx.async {
		e := r.src.syntaxErrorAt(off, 5, "Unexpected reserved word")
		e.ModuleSyntax = r.ctx.module
		r.fail(e)
		return
	}
	text := r.src.text
	switch s := s.(type) {
	case *ast.ForInStatement:
		in := skipSpace(text, int(s.Into.Idx1())-1)
		r.fail(r.src.syntaxErrorAt(in, 2, "Unexpected token 'in'"))
	case *ast.ForStatement:
		var list []*ast.Binding
		switch i := s.Initializer.(type) {
		case *ast.ForLoopInitializerVarDeclList:
			list = i.List
		case *ast.ForLoopInitializerLexicalDecl:
			list = i.LexicalDeclaration.List
		}
		if len(list) > 0 && list[0].Initializer != nil {
			b := list[0]
			start := int(b.Idx0()) - 1
			r.fail(r.src.syntaxErrorAt(start, int(b.Idx1())-1-start, "for-await-of loop variable declaration may not have an initializer."))
			return
		}
		semi := skipSpace(text, off+5)
		if semi < len(text) && text[semi] == '(' {
			semi = skipSpace(text, semi+1)
		}
		if s.Initializer != nil {
			semi = skipSpace(text, int(s.Initializer.Idx1())-1)
		}
		r.fail(r.src.syntaxErrorAt(semi, 1, "Unexpected token ';'"))
	}
}

// forAwaitOf lowers `labels: for await (into of source) body` (see tplForAwait).
func (r *rewriter) forAwaitOf(s *ast.ForOfStatement, awaitOff int, labels []*ast.LabelledStatement) ast.Statement {
	c := r.ctx
	if !c.async {
		// V8: `await` is a reserved word here ("for await" outside an async function).
		e := r.src.syntaxErrorAt(awaitOff, 5, "Unexpected reserved word")
		e.ModuleSyntax = c.module
		r.fail(e)
	}
	r.forInto(s.Into)
	src := r.expr(s.Source, "")

	body, ok := s.Body.(*ast.BlockStatement)
	if !ok {
		body = &ast.BlockStatement{LeftBrace: s.Body.Idx0(), List: []ast.Statement{s.Body}, RightBrace: s.Body.Idx1() - 1}
	}
	bodyStart := r.stmtStart(s.Body)
	body.List = r.statements(body.List, false)
	var hook []ast.Statement
	if r.hooks && !hasHook(body.List) {
		hook = append(hook, r.hook(bodyStart))
	}
	if !c.async {
		return s
	}

	r.seq++
	names := map[string]string{}
	for _, n := range forAwaitNames {
		names[n] = "__lv_" + n[1:] + strconv.Itoa(r.seq)
	}
	value := &ast.Identifier{Name: unistr(names["$v"]), Idx: s.For}
	in := &inst{
		pos:    s.For,
		names:  names,
		exprs:  map[string]ast.Expression{"$src": src},
		stmts:  map[string][]ast.Statement{"$hook": hook, "$bind": {forAwaitBind(s.Into, value)}, "$body": {body}},
		await:  r.awaitValue,
		labels: labels,
	}
	out := in.build(tplForAwait)
	c.argRefs = append(c.argRefs, in.argRefs...)
	return out[0]
}

// forAwaitBind assigns the iteration value to the loop's target, in the target's own form.
func forAwaitBind(into ast.ForInto, value *ast.Identifier) ast.Statement {
	switch i := into.(type) {
	case *ast.ForDeclaration:
		tok := token.LET
		if i.IsConst {
			tok = token.CONST
		}
		return &ast.LexicalDeclaration{Idx: i.Idx, Token: tok, List: []*ast.Binding{{Target: i.Target, Initializer: value}}}
	case *ast.ForIntoVar:
		// The name is already declared (the parser put it in the function's DeclarationList).
		return &ast.VariableStatement{Var: i.Binding.Idx0(), List: []*ast.Binding{{Target: i.Binding.Target, Initializer: value}}}
	case *ast.ForIntoExpression:
		return &ast.ExpressionStatement{Expression: &ast.AssignExpression{Operator: token.ASSIGN, Left: i.Expression, Right: value}}
	}
	return &ast.EmptyStatement{Semicolon: value.Idx}
}
