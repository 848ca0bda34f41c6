package prepare

import (
	"fmt"
	"strings"
)

// SyntaxError is a syntax error in the user's module, worded and placed as node 20 reports it
// where the mapping below knows how (see messageFor), otherwise with goja's wording.
type SyntaxError struct {
	File string
	// Line and Col are 1-based. Col counts UTF-16 code units, as node's columns do; on ASCII
	// lines it equals goja's byte column.
	Line, Col  int
	Message    string // without the "SyntaxError: " prefix
	SourceLine string // the text of line Line, without its line break
	// Len is the length of the offending token in UTF-16 code units (node's caret ^^^), 0 at
	// the end of the input.
	Len int
	// ModuleSyntax reports an error that node 20 answers by retrying the file as an ES module
	// when its type is ambiguous (a .js file outside a "type" package): an import or export
	// statement, import.meta, or await / for await at the top level of the module.
	ModuleSyntax bool
}

// Error returns "file:line:col: SyntaxError: message".
func (e *SyntaxError) Error() string {
	return fmt.Sprintf("%s:%d:%d: SyntaxError: %s", e.File, e.Line, e.Col, e.Message)
}

// Render returns the block node prints on stderr for an uncaught syntax error in a CommonJS
// module, up to (not including) the stack trace:
//
//	file:line
//	source line
//	    ^^^
//	<blank line>
//	SyntaxError: message
//
// It follows node's own rendering (GetErrorSource in src/node_errors.cc): the caret line is
// Col-1 characters, each a tab where the source line's byte at that index is a tab, else a space,
// then Len carets; it is left out when the marked range runs past the end of the line.
func (e *SyntaxError) Render() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s:%d\n%s\n", e.File, e.Line, e.SourceLine)
	start, end := e.Col-1, e.Col-1+e.Len
	if start >= 0 && end <= len(e.SourceLine) {
		for i := 0; i < start; i++ {
			if e.SourceLine[i] == '\t' {
				b.WriteByte('\t')
			} else {
				b.WriteByte(' ')
			}
		}
		b.WriteString(strings.Repeat("^", e.Len))
		b.WriteByte('\n')
	}
	fmt.Fprintf(&b, "\nSyntaxError: %s\n", e.Message)
	return b.String()
}

// UnsupportedError is valid JavaScript that loopviz cannot run yet.
type UnsupportedError struct {
	File      string
	Line, Col int // as in SyntaxError
	Message   string
}

// Error returns "file:line:col: message".
func (e *UnsupportedError) Error() string {
	return fmt.Sprintf("%s:%d:%d: %s", e.File, e.Line, e.Col, e.Message)
}

// InternalError reports a panic inside goja's parser or compiler, or a rewrite that goja refused
// to compile. It is always a bug (in goja or here), never the user's fault.
type InternalError struct {
	File   string
	Detail string
}

func (e *InternalError) Error() string {
	return fmt.Sprintf("%s: internal error while preparing the module (please report it): %s", e.File, e.Detail)
}

// syntaxErrorAt builds a SyntaxError at a byte offset of the text; width is the caret width in
// bytes of the text (converted to code points).
func (s *source) syntaxErrorAt(off, width int, msg string) *SyntaxError {
	p := s.pos(off)
	e := &SyntaxError{
		File:       s.name,
		Line:       p.Line,
		Col:        s.nodeCol(p),
		Message:    msg,
		SourceLine: s.lineText(p.Line),
	}
	if width > 0 {
		end := off + width
		if end > len(s.text) {
			end = len(s.text)
		}
		e.Len = utf16Len(s.text[off:end])
	}
	return e
}

func (s *source) unsupportedAt(off int, msg string) *UnsupportedError {
	p := s.pos(off)
	return &UnsupportedError{File: s.name, Line: p.Line, Col: s.nodeCol(p), Message: msg}
}

// Words V8 calls "strict mode reserved" (only reserved in strict code).
var strictReserved = map[string]bool{
	"implements": true, "interface": true, "let": true, "package": true, "private": true,
	"protected": true, "public": true, "static": true, "yield": true,
}

// punctuators, longest first, to measure the token node puts its caret under.
var punctuators = []string{
	">>>=", "...", "===", "!==", "**=", "<<=", ">>=", ">>>", "&&=", "||=", "??=",
	"=>", "==", "!=", "<=", ">=", "&&", "||", "??", "?.", "++", "--", "+=", "-=", "*=", "/=",
	"%=", "&=", "|=", "^=", "**", "<<", ">>",
}

// tokenAt returns the text of the token starting at off (best effort: words, numbers, strings,
// punctuators).
func tokenAt(text string, off int) string {
	if off >= len(text) {
		return ""
	}
	c := text[off]
	switch {
	case isIdentByte(c) || c == '#':
		end := off + 1
		for end < len(text) && (isIdentByte(text[end]) || (c >= '0' && c <= '9' && text[end] == '.')) {
			end++
		}
		return text[off:end]
	case c == '.' && off+1 < len(text) && text[off+1] >= '0' && text[off+1] <= '9':
		end := off + 1
		for end < len(text) && isIdentByte(text[end]) {
			end++
		}
		return text[off:end]
	case c == '\'' || c == '"':
		end := off + 1
		for end < len(text) && text[end] != c && text[end] != '\n' && text[end] != '\r' {
			if text[end] == '\\' {
				end++
			}
			end++
		}
		if end < len(text) && text[end] == c {
			end++
		}
		if end > len(text) {
			end = len(text)
		}
		return text[off:end]
	}
	for _, p := range punctuators {
		if strings.HasPrefix(text[off:], p) {
			return p
		}
	}
	// One character (possibly multi-byte).
	for i, r := range text[off:] {
		if i == 0 {
			_ = r
			continue
		}
		return text[off : off+i]
	}
	return text[off:]
}

// canStartOperand reports whether a token can only begin an operand, so that "await <token>" in
// a function that is not async is V8's "await is only valid in async functions" rather than a
// plain unexpected token.
func canStartOperand(tok string) bool {
	if tok == "" {
		return false
	}
	switch tok[0] {
	case '\'', '"', '!', '~', '{':
		return true
	}
	if !isIdentByte(tok[0]) {
		return false
	}
	switch tok {
	case "in", "of", "instanceof":
		return false // binary operators: "await in x" is valid sloppy code
	}
	return true
}

// keywords V8 reports as "Unexpected token 'kw'"; goja says "Unexpected reserved word".
var keywords = map[string]bool{
	"break": true, "case": true, "catch": true, "class": true, "const": true, "continue": true,
	"debugger": true, "default": true, "delete": true, "do": true, "else": true, "export": true,
	"extends": true, "finally": true, "for": true, "function": true, "if": true, "import": true,
	"in": true, "instanceof": true, "new": true, "return": true, "super": true, "switch": true,
	"this": true, "throw": true, "try": true, "typeof": true, "var": true, "void": true,
	"while": true, "with": true, "null": true, "true": true, "false": true,
}

// messages goja words differently from V8 (the rest are the same text or mapped by rule).
var sameErrorOtherWords = map[string]string{
	"Illegal continue statement":                         "Illegal continue statement: no surrounding iteration statement",
	"Already saw a default in switch":                    "More than one default clause in switch statement",
	"Octal literals are not allowed in strict mode":      "Octal literals are not allowed in strict mode.",
	"Delete of an unqualified identifier in strict mode": "Delete of an unqualified identifier in strict mode.",
	"Invalid regular expression: missing /":              "Invalid regular expression: missing /",
	"Unexpected token ILLEGAL":                           "Invalid or unexpected token",
}
