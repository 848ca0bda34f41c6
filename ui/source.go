package ui

import (
	"strings"
)

// tokClass is what a piece of JavaScript source is, for colouring.
type tokClass uint8

const (
	tokPlain   tokClass = iota
	tokKeyword          // function, await, return...
	tokLiteral          // true, false, null, undefined, this
	tokString           // '...', "...", `...`
	tokNumber
	tokComment
	tokBuiltin // globals the event loop is about: setTimeout, Promise, process...
	numTokClasses
)

// span is a run of source text of one class.
type span struct {
	class tokClass
	text  string
}

// sourceFile is a file's text split into coloured lines, made once per run.
type sourceFile struct {
	path  string
	lines [][]span
}

// tabWidth is how many columns a tab advances to (the next multiple of).
const tabWidth = 4

func newSourceFile(path string, src []byte) *sourceFile {
	f := &sourceFile{path: path}
	text := strings.ReplaceAll(string(src), "\r\n", "\n")
	text = strings.TrimSuffix(text, "\n")
	if text == "" && len(src) == 0 {
		return f
	}
	var lx lexer
	for _, line := range strings.Split(text, "\n") {
		f.lines = append(f.lines, lx.line(sanitize(expandTabs(line))))
	}
	return f
}

func expandTabs(s string) string {
	if !strings.Contains(s, "\t") {
		return s
	}
	var b strings.Builder
	col := 0
	for _, r := range s {
		if r == '\t' {
			n := tabWidth - col%tabWidth
			b.WriteString(strings.Repeat(" ", n))
			col += n
			continue
		}
		b.WriteRune(r)
		col++
	}
	return b.String()
}

// lexer colours JavaScript one line at a time, carrying block comments and
// template literals across lines. It is a highlighter, not a parser: a
// regular expression literal shows as plain text.
type lexer struct {
	inComment  bool // inside /* ... */
	inTemplate bool // inside `...`
}

func (lx *lexer) line(s string) []span {
	var out []span
	emit := func(c tokClass, text string) {
		if text == "" {
			return
		}
		if n := len(out); n > 0 && out[n-1].class == c {
			out[n-1].text += text
			return
		}
		out = append(out, span{c, text})
	}
	i := 0
	for i < len(s) {
		switch {
		case lx.inComment:
			end := strings.Index(s[i:], "*/")
			if end < 0 {
				emit(tokComment, s[i:])
				return out
			}
			emit(tokComment, s[i:i+end+2])
			i += end + 2
			lx.inComment = false
		case lx.inTemplate:
			j := closeQuote(s, i, '`')
			if j < 0 {
				emit(tokString, s[i:])
				return out
			}
			emit(tokString, s[i:j+1])
			i = j + 1
			lx.inTemplate = false
		case strings.HasPrefix(s[i:], "//"):
			emit(tokComment, s[i:])
			return out
		case strings.HasPrefix(s[i:], "/*"):
			lx.inComment = true
			emit(tokComment, "/*")
			i += 2
		case s[i] == '`':
			lx.inTemplate = true
			emit(tokString, "`")
			i++
		case s[i] == '\'' || s[i] == '"':
			j := closeQuote(s, i+1, s[i])
			if j < 0 {
				j = len(s) - 1
			}
			emit(tokString, s[i:j+1])
			i = j + 1
		case isDigit(s[i]) || (s[i] == '.' && i+1 < len(s) && isDigit(s[i+1])):
			j := i + 1
			for j < len(s) && (isIdentPart(s[j]) || s[j] == '.') {
				j++
			}
			emit(tokNumber, s[i:j])
			i = j
		case isIdentStart(s[i]):
			j := i + 1
			for j < len(s) && isIdentPart(s[j]) {
				j++
			}
			word := s[i:j]
			// A property name (after a dot) is never a keyword: p.then, obj.new.
			if i > 0 && s[i-1] == '.' {
				emit(tokPlain, word)
			} else {
				emit(wordClass(word), word)
			}
			i = j
		default:
			j := i + 1
			for j < len(s) && !startsToken(s, j) {
				j++
			}
			emit(tokPlain, s[i:j])
			i = j
		}
	}
	return out
}

// closeQuote finds the unescaped quote q at or after i, or -1.
func closeQuote(s string, i int, q byte) int {
	for ; i < len(s); i++ {
		switch s[i] {
		case '\\':
			i++
		case q:
			return i
		}
	}
	return -1
}

func startsToken(s string, i int) bool {
	c := s[i]
	return c == '\'' || c == '"' || c == '`' || isDigit(c) || isIdentStart(c) ||
		(c == '/' && i+1 < len(s) && (s[i+1] == '/' || s[i+1] == '*'))
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }
func isIdentStart(c byte) bool {
	return c == '_' || c == '$' || c >= 0x80 || (c|0x20 >= 'a' && c|0x20 <= 'z')
}
func isIdentPart(c byte) bool { return isIdentStart(c) || isDigit(c) }

func wordClass(w string) tokClass {
	switch w {
	case "async", "await", "break", "case", "catch", "class", "const", "continue", "debugger",
		"default", "delete", "do", "else", "export", "extends", "finally", "for", "function",
		"if", "import", "in", "instanceof", "let", "new", "of", "return", "static", "super",
		"switch", "throw", "try", "typeof", "var", "void", "while", "with", "yield":
		return tokKeyword
	case "true", "false", "null", "undefined", "this", "NaN", "Infinity":
		return tokLiteral
	case "setTimeout", "setInterval", "setImmediate", "clearTimeout", "clearInterval",
		"clearImmediate", "queueMicrotask", "process", "Promise", "console", "require",
		"module", "exports", "__filename", "__dirname", "globalThis", "Error":
		return tokBuiltin
	}
	return tokPlain
}
