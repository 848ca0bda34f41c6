package prepare

import (
	"fmt"

	"github.com/dop251/goja/ast"
	"github.com/dop251/goja/file"
	"github.com/dop251/goja/parser"
)

// Parsing keeps goja's positions those of the user's text:
//
//   - The text is parsed as a script, as it is. Its statements then become the body of the
//     module wrapper function, built in the AST (prepare.go): no text is added, so every
//     file.Idx is the user's offset + 1.
//   - Only when the script parse complains of a top-level `return` (legal in a CommonJS module,
//     which node compiles as a function body) is the text parsed again inside
//     "(function(){" ... "\n})", and every position of the result moved back by the prefix.
//   - goja's parser does not know `for await` nor `async *m() {}` in object literals. Where it
//     stops at one, the `await` / `async` is replaced by as many spaces and the parse retried;
//     the places are remembered and the rewriter restores the meaning (and parse.go the
//     functions' Source text).

const (
	fnPrefix      = "(function(){"
	asyncFnPrefix = "(async function(){"
	fnSuffix      = "\n})"
)

type parseMode int

const (
	asScript parseMode = iota
	asFunction
	asAsyncFunction
)

func (m parseMode) prefix() string {
	switch m {
	case asFunction:
		return fnPrefix
	case asAsyncFunction:
		return asyncFnPrefix
	}
	return ""
}

// parseError is one of goja's parse errors, placed in the user's text.
type parseError struct {
	off  int    // byte offset in the user's text
	msg  string // goja's message
	eof  bool   // at the end of the user's text (or in the wrapper's closing text)
	mode parseMode
}

// module is a parsed module body, before rewriting.
type module struct {
	name      string
	body      []ast.Statement
	decls     []*ast.VariableDeclaration
	work      string       // the text as the parser saw it (hashbang and some words blanked)
	forAwait  map[int]bool // offset of each blanked `for await`'s await
	asyncStar map[int]int  // offset of the '*' of each blanked `async *m()` -> offset of async
}

// parseText runs goja's parser once over text in the given mode.
func parseText(name, text string, mode parseMode) (prog *ast.Program, errs []parseError, internal error) {
	prefix := mode.prefix()
	full := text
	if prefix != "" {
		full = prefix + text + fnSuffix
	}
	defer func() {
		if x := recover(); x != nil {
			prog, errs, internal = nil, nil, &InternalError{File: name, Detail: fmt.Sprintf("goja's parser panicked: %v", x)}
		}
	}()
	prog, err := parser.ParseFile(nil, name, full, 0, parser.WithDisableSourceMaps)
	if err == nil {
		return prog, nil, nil
	}
	list, ok := err.(parser.ErrorList)
	if !ok || len(list) == 0 {
		return nil, nil, &InternalError{File: name, Detail: err.Error()}
	}
	fs := newSource(name, full)
	for _, e := range list {
		off := fs.offset(Pos{Line: e.Position.Line, Col: e.Position.Column}) - len(prefix)
		pe := parseError{off: off, msg: e.Message, mode: mode}
		if pe.off < 0 {
			pe.off = 0
		}
		if pe.off >= len(text) {
			pe.off, pe.eof = len(text), true
		}
		errs = append(errs, pe)
	}
	return prog, errs, nil
}

// parse parses m.work in a mode, blanking `for await` and `async *` as goja stumbles on them.
func (m *module) parse(mode parseMode) (*ast.Program, []parseError, error) {
	for {
		prog, errs, err := parseText(m.name, m.work, mode)
		if err != nil || len(errs) == 0 {
			return prog, errs, err
		}
		changed := false
		for _, e := range errs {
			if m.blank(e) {
				changed = true
			}
		}
		if !changed {
			return prog, errs, nil
		}
	}
}

// blank replaces the word goja stopped at, if it is the `await` of `for await` or the `async`
// of `async *method`.
func (m *module) blank(e parseError) bool {
	w, off := m.work, e.off
	if e.eof || off >= len(w) {
		return false
	}
	if wordAt(w, off) == "await" && (off == 0 || !isIdentByte(w[off-1])) {
		if prev, _ := wordBefore(w, off); prev == "for" {
			m.work = w[:off] + "     " + w[off+5:]
			m.forAwait[off] = true
			return true
		}
	}
	if e.msg == "Unexpected token *" {
		// goja places this error just after the '*'.
		star := off
		if w[star] != '*' {
			if p := skipSpaceBack(w, off); p > 0 && w[p-1] == '*' {
				star = p - 1
			}
		}
		if w[star] != '*' {
			return false
		}
		if prev, start := wordBefore(w, star); prev == "async" {
			m.work = w[:start] + "     " + w[start+5:]
			m.asyncStar[star] = start
			return true
		}
	}
	return false
}

// parseModule parses the module text (s.text), or returns its syntax error.
func parseModule(s *source) (*module, error) {
	m := &module{name: s.name, work: blankHashbang(s.text), forAwait: map[int]bool{}, asyncStar: map[int]int{}}
	prog, errs, err := m.parse(asScript)
	if err != nil {
		return nil, err
	}
	if len(errs) == 0 {
		m.body, m.decls = prog.Body, prog.DeclarationList
		m.restoreSources(s)
		return m, nil
	}
	var others []parseError
	for _, e := range errs {
		if e.msg != "Illegal return statement" {
			others = append(others, e)
		}
	}
	if len(others) < len(errs) {
		wprog, werrs, err := m.parse(asFunction)
		if err != nil {
			return nil, err
		}
		if len(werrs) == 0 {
			if fn := wrapperOf(wprog, len(s.text)); fn != nil {
				shiftPositions(fn, -len(fnPrefix))
				m.body, m.decls = fn.Body.List, fn.DeclarationList
				m.restoreSources(s)
				return m, nil
			}
		} else if !werrs[0].eof {
			others = werrs
		}
		if len(others) == 0 {
			return nil, m.syntaxError(s, parseError{off: len(s.text), msg: "Unexpected end of input", eof: true})
		}
	}
	return nil, m.syntaxError(s, others[0])
}

// wrapperOf returns the function of a "(function(){" + text + "\n})" parse, if the text did
// not close it early.
func wrapperOf(prog *ast.Program, n int) *ast.FunctionLiteral {
	if len(prog.Body) != 1 {
		return nil
	}
	es, ok := prog.Body[0].(*ast.ExpressionStatement)
	if !ok {
		return nil
	}
	fn, ok := es.Expression.(*ast.FunctionLiteral)
	if !ok || fn.Body.RightBrace != file.Idx(len(fnPrefix)+n+2) {
		return nil
	}
	return fn
}

// restoreSources gives back their original text to the Source of functions and classes that
// contain a blanked word.
func (m *module) restoreSources(s *source) {
	if len(m.forAwait) == 0 && len(m.asyncStar) == 0 {
		return
	}
	var blanks []int
	for off := range m.forAwait {
		blanks = append(blanks, off)
	}
	for _, off := range m.asyncStar {
		blanks = append(blanks, off)
	}
	fix := func(src *string, end int) {
		start := end - len(*src)
		if start < 0 || end > len(s.text) {
			return
		}
		for _, b := range blanks {
			if b+5 > start && b < end {
				*src = s.text[start:end]
				return
			}
		}
	}
	eachNode(&ast.Program{Body: m.body, DeclarationList: m.decls}, func(n any) {
		switch n := n.(type) {
		case *ast.FunctionLiteral:
			fix(&n.Source, int(n.Body.Idx1())-1)
		case *ast.ArrowFunctionLiteral:
			fix(&n.Source, int(n.Body.Idx1())-1)
		case *ast.ClassLiteral:
			fix(&n.Source, int(n.RightBrace))
		case *ast.ClassStaticBlock:
			fix(&n.Source, int(n.Block.Idx1())-1)
		}
	})
}
