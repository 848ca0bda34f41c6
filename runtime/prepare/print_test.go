package prepare

import (
	"fmt"
	"strings"

	"github.com/dop251/goja/ast"
	"github.com/dop251/goja/token"
)

// printJS renders an AST as JavaScript for humans and golden files: compound operands are
// parenthesized rather than ranked by precedence, hooks print as `__lv.s(id)`.
func printJS(n any) string {
	p := &printer{}
	switch n := n.(type) {
	case *ast.Program:
		p.stmts(n.Body)
	case ast.Statement:
		p.stmt(n)
	case ast.Expression:
		p.expr(n)
	}
	return p.b.String()
}

type printer struct {
	b      strings.Builder
	indent int
}

func (p *printer) w(format string, args ...any) { fmt.Fprintf(&p.b, format, args...) }

func (p *printer) nl() {
	p.b.WriteByte('\n')
	p.b.WriteString(strings.Repeat("  ", p.indent))
}

func (p *printer) stmts(list []ast.Statement) {
	for i, s := range list {
		if i > 0 {
			p.nl()
		}
		p.stmt(s)
	}
}

func (p *printer) block(b *ast.BlockStatement) {
	if len(b.List) == 0 {
		p.w("{}")
		return
	}
	p.w("{")
	p.indent++
	p.nl()
	p.stmts(b.List)
	p.indent--
	p.nl()
	p.w("}")
}

func (p *printer) stmt(s ast.Statement) {
	switch s := s.(type) {
	case *ast.BlockStatement:
		p.block(s)
	case *ast.ExpressionStatement:
		if _, ok := s.Expression.(*ast.FunctionLiteral); ok {
			p.w("(")
			p.expr(s.Expression)
			p.w(");")
			return
		}
		p.expr(s.Expression)
		p.w(";")
	case *ast.VariableStatement:
		p.w("var ")
		p.bindings(s.List)
		p.w(";")
	case *ast.LexicalDeclaration:
		p.w("%s ", s.Token)
		p.bindings(s.List)
		p.w(";")
	case *ast.FunctionDeclaration:
		p.expr(s.Function)
	case *ast.ClassDeclaration:
		p.expr(s.Class)
	case *ast.IfStatement:
		p.w("if (")
		p.expr(s.Test)
		p.w(") ")
		p.stmt(s.Consequent)
		if s.Alternate != nil {
			p.w(" else ")
			p.stmt(s.Alternate)
		}
	case *ast.WithStatement:
		p.w("with (")
		p.expr(s.Object)
		p.w(") ")
		p.stmt(s.Body)
	case *ast.WhileStatement:
		p.w("while (")
		p.expr(s.Test)
		p.w(") ")
		p.stmt(s.Body)
	case *ast.DoWhileStatement:
		p.w("do ")
		p.stmt(s.Body)
		p.w(" while (")
		p.expr(s.Test)
		p.w(");")
	case *ast.ForStatement:
		p.w("for (")
		switch i := s.Initializer.(type) {
		case *ast.ForLoopInitializerExpression:
			p.expr(i.Expression)
		case *ast.ForLoopInitializerVarDeclList:
			p.w("var ")
			p.bindings(i.List)
		case *ast.ForLoopInitializerLexicalDecl:
			p.w("%s ", i.LexicalDeclaration.Token)
			p.bindings(i.LexicalDeclaration.List)
		}
		p.w("; ")
		p.expr(s.Test)
		p.w("; ")
		p.expr(s.Update)
		p.w(") ")
		p.stmt(s.Body)
	case *ast.ForInStatement:
		p.w("for (")
		p.into(s.Into)
		p.w(" in ")
		p.expr(s.Source)
		p.w(") ")
		p.stmt(s.Body)
	case *ast.ForOfStatement:
		p.w("for (")
		p.into(s.Into)
		p.w(" of ")
		p.expr(s.Source)
		p.w(") ")
		p.stmt(s.Body)
	case *ast.LabelledStatement:
		p.w("%s: ", s.Label.Name)
		p.stmt(s.Statement)
	case *ast.SwitchStatement:
		p.w("switch (")
		p.expr(s.Discriminant)
		p.w(") {")
		for _, c := range s.Body {
			p.nl()
			if c.Test == nil {
				p.w("default:")
			} else {
				p.w("case ")
				p.expr(c.Test)
				p.w(":")
			}
			p.indent++
			for _, st := range c.Consequent {
				p.nl()
				p.stmt(st)
			}
			p.indent--
		}
		p.nl()
		p.w("}")
	case *ast.TryStatement:
		p.w("try ")
		p.block(s.Body)
		if s.Catch != nil {
			p.w(" catch ")
			if s.Catch.Parameter != nil {
				p.w("(")
				p.expr(s.Catch.Parameter)
				p.w(") ")
			}
			p.block(s.Catch.Body)
		}
		if s.Finally != nil {
			p.w(" finally ")
			p.block(s.Finally)
		}
	case *ast.ReturnStatement:
		p.w("return")
		if s.Argument != nil {
			p.w(" ")
			p.expr(s.Argument)
		}
		p.w(";")
	case *ast.ThrowStatement:
		p.w("throw ")
		p.expr(s.Argument)
		p.w(";")
	case *ast.BranchStatement:
		p.w("%s", s.Token)
		if s.Label != nil {
			p.w(" %s", s.Label.Name)
		}
		p.w(";")
	case *ast.EmptyStatement:
		p.w(";")
	case *ast.DebuggerStatement:
		p.w("debugger;")
	default:
		p.w("/* %T */", s)
	}
}

func (p *printer) into(i ast.ForInto) {
	switch i := i.(type) {
	case *ast.ForIntoVar:
		p.w("var ")
		p.expr(i.Binding)
	case *ast.ForDeclaration:
		if i.IsConst {
			p.w("const ")
		} else {
			p.w("let ")
		}
		p.expr(i.Target)
	case *ast.ForIntoExpression:
		p.expr(i.Expression)
	}
}

func (p *printer) bindings(list []*ast.Binding) {
	for i, b := range list {
		if i > 0 {
			p.w(", ")
		}
		p.expr(b)
	}
}

func (p *printer) exprs(list []ast.Expression) {
	for i, e := range list {
		if i > 0 {
			p.w(", ")
		}
		if e != nil {
			p.expr(e)
		}
	}
}

// operand prints a subexpression, parenthesized unless it is atomic.
func (p *printer) operand(e ast.Expression) {
	switch e.(type) {
	case *ast.Identifier, *ast.NumberLiteral, *ast.StringLiteral, *ast.BooleanLiteral, *ast.NullLiteral,
		*ast.ThisExpression, *ast.CallExpression, *ast.DotExpression, *ast.BracketExpression,
		*ast.ArrayLiteral, *ast.ObjectLiteral, *ast.TemplateLiteral, *ast.RegExpLiteral:
		p.expr(e)
	default:
		p.w("(")
		p.expr(e)
		p.w(")")
	}
}

func (p *printer) params(pl *ast.ParameterList) {
	p.w("(")
	for i, b := range pl.List {
		if i > 0 {
			p.w(", ")
		}
		p.expr(b)
	}
	if pl.Rest != nil {
		if len(pl.List) > 0 {
			p.w(", ")
		}
		p.w("...")
		p.expr(pl.Rest)
	}
	p.w(")")
}

func (p *printer) key(k ast.Expression, computed bool) {
	if computed {
		p.w("[")
		p.expr(k)
		p.w("]")
		return
	}
	switch k := k.(type) {
	case *ast.StringLiteral:
		p.w("%s", k.Literal)
	case *ast.PrivateIdentifier:
		p.w("#%s", k.Name)
	default:
		p.expr(k)
	}
}

func (p *printer) function(f *ast.FunctionLiteral, method bool) {
	if f.Async {
		p.w("async ")
	}
	if !method {
		p.w("function")
	}
	if f.Generator {
		p.w("*")
	}
	if f.Name != nil {
		if !method {
			p.w(" ")
		}
		p.w("%s", f.Name.Name)
	}
	p.params(f.ParameterList)
	p.w(" ")
	p.block(f.Body)
}

func (p *printer) expr(e ast.Expression) {
	switch e := e.(type) {
	case nil:
	case *ast.Identifier:
		p.w("%s", e.Name)
	case *ast.PrivateIdentifier:
		p.w("#%s", e.Name)
	case *ast.NumberLiteral:
		p.w("%s", e.Literal)
	case *ast.StringLiteral:
		p.w("%s", e.Literal)
	case *ast.BooleanLiteral:
		p.w("%t", e.Value)
	case *ast.NullLiteral:
		p.w("null")
	case *ast.RegExpLiteral:
		p.w("%s", e.Literal)
	case *ast.ThisExpression:
		p.w("this")
	case *ast.SuperExpression:
		p.w("super")
	case *ast.MetaProperty:
		p.w("%s.%s", e.Meta.Name, e.Property.Name)
	case *ast.TemplateLiteral:
		p.operandOpt(e.Tag)
		p.w("`")
		for i, el := range e.Elements {
			p.w("%s", el.Literal)
			if i < len(e.Expressions) {
				p.w("${")
				p.expr(e.Expressions[i])
				p.w("}")
			}
		}
		p.w("`")
	case *ast.ArrayLiteral:
		p.w("[")
		p.exprs(e.Value)
		p.w("]")
	case *ast.ArrayPattern:
		p.w("[")
		p.exprs(e.Elements)
		if e.Rest != nil {
			if len(e.Elements) > 0 {
				p.w(", ")
			}
			p.w("...")
			p.expr(e.Rest)
		}
		p.w("]")
	case *ast.ObjectLiteral:
		p.w("{ ")
		for i, pr := range e.Value {
			if i > 0 {
				p.w(", ")
			}
			p.expr(pr)
		}
		p.w(" }")
	case *ast.ObjectPattern:
		p.w("{ ")
		for i, pr := range e.Properties {
			if i > 0 {
				p.w(", ")
			}
			p.expr(pr)
		}
		if e.Rest != nil {
			p.w(", ...")
			p.expr(e.Rest)
		}
		p.w(" }")
	case *ast.PropertyShort:
		p.w("%s", e.Name.Name)
		if e.Initializer != nil {
			p.w(" = ")
			p.expr(e.Initializer)
		}
	case *ast.PropertyKeyed:
		switch e.Kind {
		case ast.PropertyKindGet, ast.PropertyKindSet:
			p.w("%s ", e.Kind)
			p.key(e.Key, e.Computed)
			f := e.Value.(*ast.FunctionLiteral)
			p.params(f.ParameterList)
			p.w(" ")
			p.block(f.Body)
		case ast.PropertyKindMethod:
			f := e.Value.(*ast.FunctionLiteral)
			if f.Async {
				p.w("async ")
			}
			if f.Generator {
				p.w("*")
			}
			p.key(e.Key, e.Computed)
			p.params(f.ParameterList)
			p.w(" ")
			p.block(f.Body)
		default:
			p.key(e.Key, e.Computed)
			p.w(": ")
			p.expr(e.Value)
		}
	case *ast.SpreadElement:
		p.w("...")
		p.operand(e.Expression)
	case *ast.Binding:
		p.expr(e.Target)
		if e.Initializer != nil {
			p.w(" = ")
			p.expr(e.Initializer)
		}
	case *ast.AssignExpression:
		p.expr(e.Left)
		if e.Operator == token.ASSIGN {
			p.w(" = ")
		} else {
			p.w(" %s= ", e.Operator)
		}
		p.operand(e.Right)
	case *ast.BinaryExpression:
		p.operand(e.Left)
		p.w(" %s ", e.Operator)
		p.operand(e.Right)
	case *ast.UnaryExpression:
		if e.Postfix {
			p.operand(e.Operand)
			p.w("%s", e.Operator)
			return
		}
		op := e.Operator.String()
		p.w("%s", op)
		if op[0] >= 'a' && op[0] <= 'z' {
			p.w(" ")
		}
		p.operand(e.Operand)
	case *ast.ConditionalExpression:
		p.operand(e.Test)
		p.w(" ? ")
		p.operand(e.Consequent)
		p.w(" : ")
		p.operand(e.Alternate)
	case *ast.SequenceExpression:
		p.exprs(e.Sequence)
	case *ast.DotExpression:
		p.operand(e.Left)
		p.w(".%s", e.Identifier.Name)
	case *ast.PrivateDotExpression:
		p.operand(e.Left)
		p.w(".#%s", e.Identifier.Name)
	case *ast.BracketExpression:
		p.operand(e.Left)
		p.w("[")
		p.expr(e.Member)
		p.w("]")
	case *ast.OptionalChain:
		p.expr(e.Expression)
	case *ast.Optional:
		p.expr(e.Expression)
		p.w("?.")
	case *ast.CallExpression:
		p.operand(e.Callee)
		p.w("(")
		p.exprs(e.ArgumentList)
		p.w(")")
	case *ast.NewExpression:
		p.w("new ")
		p.operand(e.Callee)
		p.w("(")
		p.exprs(e.ArgumentList)
		p.w(")")
	case *ast.YieldExpression:
		p.w("yield")
		if e.Delegate {
			p.w("*")
		}
		if e.Argument != nil {
			p.w(" ")
			p.operand(e.Argument)
		}
	case *ast.AwaitExpression:
		p.w("await ")
		p.operand(e.Argument)
	case *ast.FunctionLiteral:
		p.function(e, false)
	case *ast.ArrowFunctionLiteral:
		if e.Async {
			p.w("async ")
		}
		p.params(e.ParameterList)
		p.w(" => ")
		switch b := e.Body.(type) {
		case *ast.BlockStatement:
			p.block(b)
		case *ast.ExpressionBody:
			p.operand(b.Expression)
		}
	case *ast.ClassLiteral:
		p.w("class")
		if e.Name != nil {
			p.w(" %s", e.Name.Name)
		}
		if e.SuperClass != nil {
			p.w(" extends ")
			p.operand(e.SuperClass)
		}
		p.w(" {")
		p.indent++
		for _, el := range e.Body {
			p.nl()
			switch el := el.(type) {
			case *ast.MethodDefinition:
				if el.Static {
					p.w("static ")
				}
				if el.Kind == ast.PropertyKindGet || el.Kind == ast.PropertyKindSet {
					p.w("%s ", el.Kind)
				}
				if el.Body.Async {
					p.w("async ")
				}
				if el.Body.Generator {
					p.w("*")
				}
				p.key(el.Key, el.Computed)
				p.params(el.Body.ParameterList)
				p.w(" ")
				p.block(el.Body.Body)
			case *ast.FieldDefinition:
				if el.Static {
					p.w("static ")
				}
				p.key(el.Key, el.Computed)
				if el.Initializer != nil {
					p.w(" = ")
					p.expr(el.Initializer)
				}
				p.w(";")
			case *ast.ClassStaticBlock:
				p.w("static ")
				p.block(el.Block)
			}
		}
		p.indent--
		p.nl()
		p.w("}")
	default:
		p.w("/* %T */", e)
	}
}

func (p *printer) operandOpt(e ast.Expression) {
	if e != nil {
		p.operand(e)
	}
}
