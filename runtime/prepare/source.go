package prepare

import (
	"sort"
	"strings"
	"unicode/utf16"

	"github.com/dop251/goja/file"
)

// source is the user's text as node sees it (byte order mark removed) with its line table.
//
// Offsets are byte offsets into text. goja numbers the same positions as file.Idx = offset+1,
// because the program is compiled against a file.File of exactly this text with base 1.
type source struct {
	name  string
	text  string
	lines []int // byte offset where each line starts; lines[0] == 0
}

func newSource(name, text string) *source {
	s := &source{name: name, text: text, lines: []int{0}}
	for i := 0; i < len(text); {
		switch c := text[i]; {
		case c == '\n':
			i++
			s.lines = append(s.lines, i)
		case c == '\r':
			i++
			if i < len(text) && text[i] == '\n' {
				i++
			}
			s.lines = append(s.lines, i)
		case c == 0xE2 && strings.HasPrefix(text[i:], "\u2028"), c == 0xE2 && strings.HasPrefix(text[i:], "\u2029"):
			// JavaScript counts LINE SEPARATOR and PARAGRAPH SEPARATOR as line breaks, and so do
			// goja's positions and V8's.
			i += 3
			s.lines = append(s.lines, i)
		default:
			i++
		}
	}
	return s
}

// pos returns the 1-based line and byte column of a byte offset: the numbering goja uses in
// its stack frames (file.Position).
func (s *source) pos(off int) Pos {
	if off < 0 {
		off = 0
	}
	if off > len(s.text) {
		off = len(s.text)
	}
	line := sort.Search(len(s.lines), func(i int) bool { return s.lines[i] > off }) - 1
	return Pos{Line: line + 1, Col: off - s.lines[line] + 1}
}

// idxPos is pos for a goja file.Idx.
func (s *source) idxPos(idx file.Idx) Pos { return s.pos(int(idx) - 1) }

// offset is the inverse of pos, clamped to the text.
func (s *source) offset(p Pos) int {
	if p.Line < 1 {
		return 0
	}
	if p.Line > len(s.lines) {
		return len(s.text)
	}
	off := s.lines[p.Line-1] + p.Col - 1
	if off < 0 {
		off = 0
	}
	if off > len(s.text) {
		off = len(s.text)
	}
	return off
}

// lineText returns line n (1-based) without its terminator.
func (s *source) lineText(n int) string {
	if n < 1 || n > len(s.lines) {
		return ""
	}
	start := s.lines[n-1]
	end := len(s.text)
	if n < len(s.lines) {
		end = s.lines[n]
	}
	line := s.text[start:end]
	line = strings.TrimSuffix(line, "\n")
	line = strings.TrimSuffix(line, "\r")
	line = strings.TrimSuffix(line, "\u2028")
	line = strings.TrimSuffix(line, "\u2029")
	return line
}

// NodeColumn converts a column as goja reports it (1-based, counted in bytes of UTF-8, as in
// Result.Stmts and in goja's StackFrame.Position) on the given line of src into the column node
// prints in stack traces (1-based, counted in UTF-16 code units). src is the module text with any
// byte order mark removed (Result.Source). Both agree on ASCII lines.
func NodeColumn(src string, line, col int) int {
	s := newSource("", src)
	return s.nodeCol(Pos{Line: line, Col: col})
}

func (s *source) nodeCol(p Pos) int {
	if p.Line < 1 || p.Line > len(s.lines) {
		return p.Col
	}
	start := s.lines[p.Line-1]
	end := s.offset(p)
	if end < start {
		return p.Col
	}
	return utf16Len(s.text[start:end]) + 1
}

func utf16Len(str string) int {
	n := 0
	for _, r := range str {
		n += len(utf16.Encode([]rune{r}))
	}
	return n
}

// stripBOM removes a leading byte order mark, as node's CommonJS loader does before compiling.
func stripBOM(text string) string { return strings.TrimPrefix(text, "\uFEFF") }

// blankHashbang turns a leading "#!" line into a line comment of the same length. V8 accepts a
// hashbang at the very start of a script; goja does not. Same length keeps every position.
func blankHashbang(text string) string {
	if strings.HasPrefix(text, "#!") {
		return "//" + text[2:]
	}
	return text
}

func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'
}

func isIdentByte(c byte) bool {
	return c == '_' || c == '$' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}

// skipSpaceBack returns the offset just after the last non-space byte before off.
func skipSpaceBack(text string, off int) int {
	for off > 0 && isSpace(text[off-1]) {
		off--
	}
	return off
}

// skipSpace returns the offset of the first non-space byte at or after off.
func skipSpace(text string, off int) int {
	for off < len(text) && isSpace(text[off]) {
		off++
	}
	return off
}

// wordBefore returns the identifier-like word that ends at end (after skipping spaces back from
// end) and its start offset, or "" when there is none.
func wordBefore(text string, end int) (string, int) {
	end = skipSpaceBack(text, end)
	start := end
	for start > 0 && isIdentByte(text[start-1]) {
		start--
	}
	return text[start:end], start
}

// wordAt returns the identifier-like word starting at off.
func wordAt(text string, off int) string {
	end := off
	for end < len(text) && isIdentByte(text[end]) {
		end++
	}
	return text[off:end]
}
