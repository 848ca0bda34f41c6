package prepare

import (
	"reflect"
	"strings"

	"github.com/dop251/goja/ast"
	"github.com/dop251/goja/file"
	"github.com/dop251/goja/token"
	"github.com/dop251/goja/unistring"
)

// `super` inside an async method. The method's body moves into a generator
// function, which has no `super` of its own, so every `super.x` and `super[k]`
// of the body (arrows included, other functions and classes not) becomes a
// call of an arrow the method itself defines, where `super` is still the
// method's:
//
//	async m(a) { return super.m(a) + 1 }
//	→ m(a) { const __lv_super = (k) => super[k];
//	         return __lv.async((function* __lv_async_m() { return __lv_super("m").call(this, a) + 1 }).call(this)) }
//
// `this` in the generator is the method's (it is called with .call(this)), so
// a super method sees the right receiver. Assigning to a super property is
// still unsupported.

const superHelper = "__lv_super"

// lowerSuper rewrites the super references of body and returns the statement
// that defines the helper, or an error for a super assignment.
func (r *rewriter) lowerSuper(body ast.Node, pos file.Idx) (ast.Statement, error) {
	var bad file.Idx
	replaceExprs(body, r.superHelpers, nil, func(e ast.Expression) ast.Expression {
		switch e := e.(type) {
		case *ast.AssignExpression:
			if superMember(e.Left) != nil && bad == 0 {
				bad = e.Left.Idx0()
			}
		case *ast.UnaryExpression:
			if (e.Operator == token.INCREMENT || e.Operator == token.DECREMENT) && superMember(e.Operand) != nil && bad == 0 {
				bad = e.Operand.Idx0()
			}
		}
		return e
	})
	if bad != 0 {
		return nil, r.src.unsupportedAt(int(bad)-1, "loopviz does not support assigning to a super property inside async methods yet")
	}
	// Calls first (top-down): super.m(a) must become a call with this, before
	// its callee is rewritten on its own.
	replaceExprs(body, r.superHelpers, func(e ast.Expression) ast.Expression {
		if e, ok := e.(*ast.CallExpression); ok {
			if key := superMember(e.Callee); key != nil {
				pos := e.Callee.Idx0()
				e.Callee = &ast.DotExpression{Left: superGet(key, pos), Identifier: ast.Identifier{Name: "call", Idx: pos}}
				e.ArgumentList = append([]ast.Expression{&ast.ThisExpression{Idx: pos}}, e.ArgumentList...)
			}
		}
		return e
	}, nil)
	replaceExprs(body, r.superHelpers, nil, func(e ast.Expression) ast.Expression {
		if key := superMember(e); key != nil {
			return superGet(key, e.Idx0())
		}
		return e
	})
	k := &ast.Identifier{Name: "k", Idx: pos}
	arrow := &ast.ArrowFunctionLiteral{
		Start:         pos,
		ParameterList: &ast.ParameterList{Opening: pos, List: []*ast.Binding{{Target: k}}, Closing: pos},
		Body: &ast.ExpressionBody{Expression: &ast.BracketExpression{
			Left: &ast.SuperExpression{Idx: pos}, Member: &ast.Identifier{Name: "k", Idx: pos}, LeftBracket: pos, RightBracket: pos,
		}},
		Source: "(k) => super[k]",
	}
	if r.superHelpers == nil {
		r.superHelpers = map[*ast.ArrowFunctionLiteral]bool{}
	}
	r.superHelpers[arrow] = true // an enclosing async method must leave it be
	return &ast.LexicalDeclaration{Idx: pos, Token: token.CONST, List: []*ast.Binding{{
		Target: &ast.Identifier{Name: superHelper, Idx: pos}, Initializer: arrow,
	}}}, nil
}

// superMember returns the key of `super.x` (as a string literal) or
// `super[k]`, or nil for anything else.
func superMember(e ast.Expression) ast.Expression {
	switch e := e.(type) {
	case *ast.DotExpression:
		if _, ok := e.Left.(*ast.SuperExpression); ok {
			return &ast.StringLiteral{Idx: e.Identifier.Idx, Literal: `"` + e.Identifier.Name.String() + `"`, Value: e.Identifier.Name}
		}
	case *ast.BracketExpression:
		if _, ok := e.Left.(*ast.SuperExpression); ok {
			return e.Member
		}
	}
	return nil
}

func superGet(key ast.Expression, pos file.Idx) ast.Expression {
	return &ast.CallExpression{
		Callee:           &ast.Identifier{Name: unistring.String(superHelper), Idx: pos},
		LeftParenthesis:  pos,
		ArgumentList:     []ast.Expression{key},
		RightParenthesis: pos,
	}
}

var exprType = reflect.TypeOf((*ast.Expression)(nil)).Elem()

// replaceExprs walks root and replaces every expression held in an
// ast.Expression field or slice element with what pre returns before its
// children are visited, then with what post returns after (either may be
// nil). It does not enter function literals other than the generators of
// async arrows, nor classes (their `super` is their own), nor the arrows in skip.
func replaceExprs(root any, skip map[*ast.ArrowFunctionLiteral]bool, pre, post func(ast.Expression) ast.Expression) {
	var visit func(v reflect.Value)
	visit = func(v reflect.Value) {
		switch v.Kind() {
		case reflect.Interface:
			if v.IsNil() {
				return
			}
			settable := v.Type() == exprType && v.CanSet()
			if settable && pre != nil {
				if e, ok := v.Interface().(ast.Expression); ok {
					if n := pre(e); n != e {
						v.Set(reflect.ValueOf(n))
					}
				}
			}
			visit(v.Elem())
			if settable && post != nil {
				if e, ok := v.Interface().(ast.Expression); ok {
					if n := post(e); n != e {
						v.Set(reflect.ValueOf(n))
					}
				}
			}
		case reflect.Ptr:
			if v.IsNil() || !inAST(v.Type()) {
				return
			}
			switch n := v.Interface().(type) {
			case *ast.FunctionLiteral:
				// The generator an async arrow became still uses the
				// enclosing method's super; any other function has its own.
				if !n.Generator || n.Name == nil || !strings.HasPrefix(n.Name.Name.String(), asyncPrefix) {
					return
				}
			case *ast.ClassLiteral:
				return
			case *ast.ArrowFunctionLiteral:
				if skip[n] {
					return
				}
			}
			visit(v.Elem())
		case reflect.Struct:
			if !inAST(v.Type()) {
				return
			}
			for i := 0; i < v.NumField(); i++ {
				visit(v.Field(i))
			}
		case reflect.Slice:
			for i := 0; i < v.Len(); i++ {
				visit(v.Index(i))
			}
		}
	}
	visit(reflect.ValueOf(root))
}
