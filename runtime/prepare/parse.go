package prepare

import (
	"fmt"
	"strings"

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
//   - goja's parser does not know `for await`: where it stops at one, the `await` is replaced by
//     as many spaces and the parse retried; the places are remembered, and the rewriter restores
//     the meaning and the Source text of the functions around them.
//   - Nor does it know `async *m() {}` in an object literal: see asyncGeneratorMethod.

const (
	methodOpen    = "(class{" // see asyncGeneratorMethod
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

	// inMethod: found while parsing an object's async generator method apart, from methodAt.
	inMethod bool
	methodAt int
}

// module is a parsed module body, before rewriting.
type module struct {
	name     string
	body     []ast.Statement
	decls    []*ast.VariableDeclaration
	work     string               // the text as the parser saw it (hashbang and some words blanked)
	forAwait map[int]bool         // offset of each blanked `for await`'s await
	methods  map[int]*methodPatch // `async *m() {}` object methods, by the offset of `async`
	inner    *parseError          // a syntax error inside such a method, parsed apart

	// ES modules: the import/export declarations read so far (esmsyntax.go), and the first
	// error found reading one.
	dynImport bool // a CommonJS module calls import(): `import(` became `__lv.i(`
	esm       *esmDecls
	esmSrc    *source
	esmErr    error
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
		// Only the first error is sure to be where the parser stopped: the ones after it may
		// come from its recovery, at code that is fine.
		if m.esm != nil {
			ok, err := m.esm.handle(m, m.esmSrc, errs[0])
			if err != nil {
				m.esmErr = err
				return prog, errs, nil
			}
			if ok {
				continue
			}
		}
		if m.esm == nil && m.blankDynamicImport(errs[0]) {
			continue
		}
		if !m.blank(errs[0]) {
			return prog, errs, nil
		}
	}
}

// blank handles an error goja's parser makes on valid code: `for await` (the await is replaced
// by spaces) and `async *m() {}` in an object literal (asyncGeneratorMethod).
func (m *module) blank(e parseError) bool {
	if m.blankForAwait(e) {
		return true
	}
	w, off := m.work, e.off
	if e.eof || off >= len(w) || e.msg != "Unexpected token *" {
		return false
	}
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
	if prev, start := wordBefore(w, star); prev == "async" && (start == 0 || w[start-1] != '#' && w[start-1] != '.') {
		return m.asyncGeneratorMethod(start, star)
	}
	return false
}

// blankForAwait blanks the `await` of a `for await` goja stopped at.
func (m *module) blankForAwait(e parseError) bool {
	w, off := m.work, e.off
	if e.eof || off >= len(w) || off > 0 && isIdentByte(w[off-1]) || wordAt(w, off) != "await" {
		return false
	}
	if prev, _ := wordBefore(w, off); prev != "for" {
		return false
	}
	m.work = w[:off] + "     " + w[off+5:]
	m.forAwait[off] = true
	return true
}

// methodPatch is an `async *m() {}` method of an object literal, parsed on its own.
type methodPatch struct {
	key      ast.Expression
	computed bool
	fn       *ast.FunctionLiteral
	star     int // offset of the '*'
}

// asyncGeneratorMethod handles `async *m() {}` in an object literal, which goja's parser only
// knows in classes: the method (from its `async` at offset at) is parsed as the first member of
// a class, its positions moved to the user's, and in the text it is replaced by a placeholder of
// the same length, `a(){   }`, whose property the rewriter swaps back (m.methods).
func (m *module) asyncGeneratorMethod(at, star int) bool {
	delta := at - len(methodOpen)
	for {
		prog, errs, err := parseText(m.name, methodOpen+m.work[at:], asScript)
		if err != nil || prog == nil {
			return false
		}
		if len(errs) > 0 {
			// A for await or another such method inside this one.
			if e := errs[0]; e.off+delta > at && m.blank(parseError{off: e.off + delta, msg: e.msg, eof: e.eof, mode: e.mode}) {
				continue
			}
		}
		// goja's recovery from the rest of the object literal may wrap the class in other
		// nodes: look for it by position (it starts at offset 1 of the snippet).
		var cl *ast.ClassLiteral
		eachNode(prog, func(n any) {
			if c, ok := n.(*ast.ClassLiteral); ok && c.Class == 2 && cl == nil {
				cl = c
			}
		})
		var md *ast.MethodDefinition
		if cl != nil && len(cl.Body) > 0 {
			md, _ = cl.Body[0].(*ast.MethodDefinition)
		}
		end := -1 // the method's closing brace
		if md != nil && !md.Static && md.Kind == ast.PropertyKindMethod && md.Body.Async && md.Body.Generator && md.Body.Body.RightBrace != 0 {
			end = int(md.Body.Body.RightBrace) - 1 + delta
		}
		if end < 0 || len(errs) > 0 && errs[0].off+delta <= end {
			if len(errs) > 0 && errs[0].off > len(methodOpen) && m.inner == nil {
				// A syntax error inside the method: the one to report.
				e := errs[0]
				e.off += delta
				e.inMethod, e.methodAt = true, at
				m.inner = &e
			}
			return false
		}
		shiftPositions(md, delta)
		n := end + 1 - at
		m.work = m.work[:at] + "a(){" + strings.Repeat(" ", n-5) + "}" + m.work[end+1:]
		m.methods[at] = &methodPatch{key: md.Key, computed: md.Computed, fn: md.Body, star: star}
		return true
	}
}

// parseModule parses the module text (s.text), or returns its syntax error.
func parseModule(s *source) (*module, error) {
	m := &module{name: s.name, work: blankHashbang(s.text), forAwait: map[int]bool{}, methods: map[int]*methodPatch{}}
	prog, errs, err := m.parse(asScript)
	if err != nil {
		return nil, err
	}
	if len(errs) == 0 {
		m.body, m.decls = prog.Body, prog.DeclarationList
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
				return m, nil
			}
		} else if !werrs[0].eof {
			others = werrs
		}
		if len(others) == 0 {
			return nil, m.syntaxError(s, parseError{off: len(s.text), msg: "Unexpected end of input", eof: true})
		}
	}
	if m.inner != nil && others[0].off <= m.inner.off {
		// goja stopped at the method's '*'; the error is inside it.
		return nil, m.syntaxError(s, *m.inner)
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

// blankDynamicImport turns `import(` in a CommonJS module into `__lv.i(`, a call of the
// module's importer (same length).
func (m *module) blankDynamicImport(e parseError) bool {
	w, off := m.work, e.off
	if e.eof || off >= len(w) || off > 0 && (isIdentByte(w[off-1]) || w[off-1] == '.') || wordAt(w, off) != "import" {
		return false
	}
	if next := skipSpace(w, off+6); next >= len(w) || w[next] != '(' {
		return false
	}
	m.work = w[:off] + "__lv.i" + w[off+6:]
	m.dynImport = true
	return true
}
