package prepare

import (
	"fmt"

	"github.com/dop251/goja"
	"github.com/dop251/goja/ast"
	"github.com/dop251/goja/file"
)

// Pos is a place in the user's original text: 1-based line, and 1-based column counted in
// bytes of UTF-8, the way goja's StackFrame.Position counts (NodeColumn converts to node's).
type Pos struct{ Line, Col int }

// Options tune the preparation.
type Options struct {
	// Hooks inserts statement hooks: true for user code, false for loopviz's own JS library.
	Hooks bool
}

// Result is a prepared module.
type Result struct {
	// Program evaluates to the module wrapper function. Compile it with
	// goja.CompileAST(Program, false), or use Compiled.
	Program *ast.Program
	// Stmts[id] is where statement hook id sits in the user's text.
	Stmts []Pos
	// Source is the text every position refers to: the module text without its byte order
	// mark (as node strips it).
	Source string
	// Compiled is Program compiled by goja (CommonJS compiles it to report the syntax errors
	// goja's compiler finds, such as redeclarations).
	Compiled *goja.Program
	// DynamicImport: a CommonJS module calls import(), prepared as __lv.i(spec); the runtime
	// gives the module an __lv whose i imports relative to it.
	DynamicImport bool
}

// ModuleFunc is the name of the module wrapper function, as stack frames show it.
const ModuleFunc = "__lv_module"

// wrapperParams are the module wrapper's parameters: node's five, then loopviz's runtime.
var wrapperParams = []string{"exports", "require", "module", "__filename", "__dirname", "__lv"}

// CommonJS prepares the text of a CommonJS module. Errors are *SyntaxError (node's wording and
// place), *UnsupportedError (valid JavaScript loopviz cannot run yet) or *InternalError.
func CommonJS(filename, src string, opts Options) (*Result, error) {
	s := newSource(filename, stripBOM(src))
	m, err := parseModule(s)
	if err != nil {
		return nil, err
	}
	if n, tooMany := measure(m.body); n != nil {
		p := s.idxPos(n.Idx0())
		return nil, &NestingError{File: filename, Line: p.Line, Col: s.nodeCol(p), SourceLine: s.lineText(p.Line)}
	} else if tooMany {
		return nil, &TooLargeError{File: filename}
	}

	r := &rewriter{
		src:       s,
		hooks:     opts.Hooks,
		forAwait:  m.forAwait,
		methods:   m.methods,
		usedAwait: map[int]bool{},
		usedMeth:  map[int]bool{},
	}
	top := r.enter(&fnCtx{module: true})
	body := r.statements(m.body, true)
	alias := r.aliasArguments(top, 0, 0)
	r.leave(top)
	if r.err != nil {
		return nil, r.err
	}
	for off := range m.forAwait {
		if !r.usedAwait[off] {
			return nil, s.syntaxErrorAt(off, 5, "Unexpected reserved word")
		}
	}
	star := -1
	for at, p := range m.methods {
		if !r.usedMeth[at] && (star < 0 || p.star < star) {
			star = p.star
		}
	}
	if star >= 0 {
		// Not an object literal's method after all.
		return nil, s.syntaxErrorAt(star, 1, "Unexpected token '*'")
	}
	var prologue []ast.Statement
	if len(top.argRefs) > 0 {
		// The module's own `arguments` must look like node's: five arguments.
		prologue = (&inst{pos: 1}).build(tplModuleArguments)
	}
	body = afterDirectives(body, append(prologue, alias...))

	prog := &ast.Program{
		Body: []ast.Statement{&ast.ExpressionStatement{Expression: wrapper(s.text, body, m.decls)}},
		File: file.NewFile(filename, s.text, 1),
	}
	compiled, err := compile(s, prog)
	if err != nil {
		return nil, err
	}
	return &Result{Program: prog, Stmts: r.stmts, Source: s.text, Compiled: compiled, DynamicImport: m.dynImport}, nil
}

// wrapper builds node's module wrapper around the module body, in the AST.
func wrapper(text string, body []ast.Statement, decls []*ast.VariableDeclaration) *ast.FunctionLiteral {
	params := &ast.ParameterList{Opening: 1, Closing: 1}
	for _, p := range wrapperParams {
		params.List = append(params.List, &ast.Binding{Target: &ast.Identifier{Name: unistr(p), Idx: 1}})
	}
	end := file.Idx(len(text))
	if end < 1 {
		end = 1
	}
	return &ast.FunctionLiteral{
		Function: 1,
		// Named so that stack frames of module top-level code are recognisable
		// (the runtime shows them as node's "Object.<anonymous>").
		Name:            &ast.Identifier{Name: unistr(ModuleFunc), Idx: 1},
		ParameterList:   params,
		Body:            &ast.BlockStatement{LeftBrace: 1, List: body, RightBrace: end},
		DeclarationList: decls,
		// What node shows for the wrapper (it compiles the module with compileFunction).
		Source: "function (exports, require, module, __filename, __dirname) {\n" + text + "\n}",
	}
}

// compile compiles the prepared program, mapping goja's compile-time syntax errors.
func compile(s *source, prog *ast.Program) (p *goja.Program, err error) {
	defer func() {
		if x := recover(); x != nil {
			p, err = nil, &InternalError{File: s.name, Detail: fmt.Sprintf("goja's compiler panicked: %v", x)}
		}
	}()
	p, err = goja.CompileAST(prog, false)
	if err != nil {
		return nil, compileError(s, prog, err)
	}
	return p, nil
}
