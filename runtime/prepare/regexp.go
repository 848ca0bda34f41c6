package prepare

import (
	"strings"

	"github.com/dop251/goja"
	"github.com/dop251/goja/ast"
)

// regexp reports a regular expression literal that cannot compile. V8 rejects it when it parses
// the module; goja only when the literal is evaluated (inside a function), so an error would
// otherwise come late, as a catchable exception. The pattern is checked by goja itself, which
// compiles a regular expression literal at the top level of a script when it compiles the
// script; a pattern goja cannot handle is reported here even in code that never runs.
func (r *rewriter) regexp(e *ast.RegExpLiteral) {
	off := int(e.Idx) - 1
	seen := map[rune]bool{}
	for _, f := range e.Flags {
		if !strings.ContainsRune("dgimsuyv", f) || seen[f] {
			r.fail(r.src.syntaxErrorAt(off, 1, "Invalid regular expression flags"))
			return
		}
		seen[f] = true
	}
	if seen['u'] && seen['v'] {
		r.fail(r.src.syntaxErrorAt(off, 1, "Invalid regular expression flags"))
		return
	}
	if _, err := goja.Compile("", e.Literal+";", false); err != nil {
		msg := err.Error()
		if cse, ok := err.(*goja.CompilerSyntaxError); ok {
			msg = cse.Message
		}
		r.fail(r.src.syntaxErrorAt(off, len(e.Literal), "Invalid regular expression: "+e.Literal+": "+msg))
	}
}
