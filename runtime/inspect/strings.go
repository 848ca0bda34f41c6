package inspect

import (
	"strings"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/dop251/goja"
)

// units returns the UTF-16 code units of a JavaScript string value, lone surrogates included
// (a Go string would have replaced them).
func units(v goja.Value) []uint16 {
	if s, ok := v.(goja.String); ok {
		n := s.Length()
		u := make([]uint16, n)
		for i := 0; i < n; i++ {
			u[i] = s.CharAt(i)
		}
		return u
	}
	return utf16.Encode([]rune(v.String()))
}

// isString reports whether v is a string primitive.
func isString(v goja.Value) bool {
	_, ok := v.(goja.String)
	return ok
}

// quoteString renders a string the way node shows it inside objects: single quotes unless the
// string contains one, then double quotes, then backticks (unless it holds "${"), escaping control
// characters, lone surrogates and the chosen quote.
func quoteString(u []uint16) string {
	quote := uint16('\'')
	if indexUnit(u, '\'') >= 0 {
		switch {
		case indexUnit(u, '"') < 0:
			quote = '"'
		case indexUnit(u, '`') < 0 && !containsTemplate(u):
			quote = '`'
		}
	}
	var b strings.Builder
	b.Grow(len(u) + 2)
	b.WriteByte(byte(quote))
	escapeUnits(&b, u, quote)
	b.WriteByte(byte(quote))
	return b.String()
}

// escapeUnits writes u with node's escapes; quote (0 for none) is escaped with a backslash.
func escapeUnits(b *strings.Builder, u []uint16, quote uint16) {
	for i := 0; i < len(u); i++ {
		c := u[i]
		switch {
		case c == quote && quote != 0:
			b.WriteByte('\\')
			b.WriteByte(byte(c))
		case c == '\\':
			b.WriteString(`\\`)
		case c < 0x20 || c >= 0x7f && c <= 0x9f:
			b.WriteString(controlEscape(c))
		case c < 0x80:
			b.WriteByte(byte(c))
		case utf16.IsSurrogate(rune(c)):
			if c < 0xdc00 && i+1 < len(u) && u[i+1] >= 0xdc00 && u[i+1] <= 0xdfff {
				b.WriteRune(utf16.DecodeRune(rune(c), rune(u[i+1])))
				i++
				continue
			}
			b.WriteString(`\u`)
			b.WriteString(hex4(c))
		default:
			b.WriteRune(rune(c))
		}
	}
}

func controlEscape(c uint16) string {
	switch c {
	case '\b':
		return `\b`
	case '\t':
		return `\t`
	case '\n':
		return `\n`
	case '\f':
		return `\f`
	case '\r':
		return `\r`
	}
	const digits = "0123456789ABCDEF"
	return `\x` + string(digits[c>>4&15]) + string(digits[c&15])
}

func hex4(c uint16) string {
	const digits = "0123456789abcdef"
	return string([]byte{digits[c>>12], digits[c>>8&15], digits[c>>4&15], digits[c&15]})
}

func indexUnit(u []uint16, c uint16) int {
	for i, x := range u {
		if x == c {
			return i
		}
	}
	return -1
}

func containsTemplate(u []uint16) bool {
	for i := 0; i+1 < len(u); i++ {
		if u[i] == '$' && u[i+1] == '{' {
			return true
		}
	}
	return false
}

// isIdentifierKey reports whether node prints key unquoted: /^[a-zA-Z_][a-zA-Z_0-9]*$/.
func isIdentifierKey(key string) bool {
	if key == "" {
		return false
	}
	for i := 0; i < len(key); i++ {
		c := key[i]
		switch {
		case c == '_', c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z':
		case c >= '0' && c <= '9' && i > 0:
		default:
			return false
		}
	}
	return true
}

// escapeSymbolKey renders a symbol used as a property key: Symbol(desc) with the description's
// control characters and single quotes escaped (node escapes keys, not symbol values).
func escapeSymbolKey(desc string) string {
	var b strings.Builder
	escapeUnits(&b, utf16.Encode([]rune(desc)), '\'')
	return b.String()
}

// jsLen is the length of s in UTF-16 code units, JavaScript's String.prototype.length.
func jsLen(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return n + jsLenSlow(s[i:])
		}
		n++
	}
	return n
}

func jsLenSlow(s string) int {
	n := 0
	for _, r := range s {
		if r >= 0x10000 {
			n += 2
		} else {
			n++
		}
	}
	return n
}

// stringWidth approximates node's getStringWidth: the columns s takes in a terminal. Control
// characters and combining marks take none, East Asian wide characters and emoji take two.
func stringWidth(s string) int {
	w := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < 0x80 {
			if c >= 0x20 && c != 0x7f {
				w++
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		w += runeWidth(r)
	}
	return w
}

func runeWidth(r rune) int {
	switch {
	case r < 0x20, r >= 0x7f && r < 0xa0:
		return 0
	case r == 0x200b, r >= 0x200c && r <= 0x200f, r >= 0xfe00 && r <= 0xfe0f, r >= 0xe0100 && r <= 0xe01ef:
		return 0
	case unicode.Is(unicode.Mn, r), unicode.Is(unicode.Me, r):
		return 0
	case isWide(r):
		return 2
	}
	return 1
}

// isWide reports East Asian Wide and Fullwidth characters and emoji presentation characters.
func isWide(r rune) bool {
	switch {
	case r < 0x1100:
		return false
	case r <= 0x115f, r == 0x2329, r == 0x232a,
		r >= 0x231a && r <= 0x231b, r >= 0x23e9 && r <= 0x23ec, r == 0x23f0, r == 0x23f3,
		r >= 0x25fd && r <= 0x25fe, r >= 0x2614 && r <= 0x2615, r >= 0x2648 && r <= 0x2653,
		r == 0x267f, r == 0x2693, r == 0x26a1, r >= 0x26aa && r <= 0x26ab, r >= 0x26bd && r <= 0x26be,
		r >= 0x26c4 && r <= 0x26c5, r == 0x26ce, r == 0x26d4, r == 0x26ea, r >= 0x26f2 && r <= 0x26f3,
		r == 0x26f5, r == 0x26fa, r == 0x26fd, r == 0x2705, r >= 0x270a && r <= 0x270b, r == 0x2728,
		r == 0x274c, r == 0x274e, r >= 0x2753 && r <= 0x2755, r == 0x2757, r >= 0x2795 && r <= 0x2797,
		r == 0x27b0, r == 0x27bf, r >= 0x2b1b && r <= 0x2b1c, r == 0x2b50, r == 0x2b55,
		r >= 0x2e80 && r <= 0x303e, r >= 0x3041 && r <= 0x33ff, r >= 0x3400 && r <= 0x4dbf,
		r >= 0x4e00 && r <= 0x9fff, r >= 0xa000 && r <= 0xa4cf, r >= 0xa960 && r <= 0xa97f,
		r >= 0xac00 && r <= 0xd7a3, r >= 0xf900 && r <= 0xfaff, r >= 0xfe10 && r <= 0xfe19,
		r >= 0xfe30 && r <= 0xfe6f, r >= 0xff00 && r <= 0xff60, r >= 0xffe0 && r <= 0xffe6,
		r >= 0x16fe0 && r <= 0x18cff, r >= 0x1b000 && r <= 0x1b2ff,
		r == 0x1f004, r == 0x1f0cf, r == 0x1f18e, r >= 0x1f191 && r <= 0x1f19a,
		r >= 0x1f200 && r <= 0x1f251, r >= 0x1f300 && r <= 0x1f320, r >= 0x1f32d && r <= 0x1f335,
		r >= 0x1f337 && r <= 0x1f37c, r >= 0x1f37e && r <= 0x1f393, r >= 0x1f3a0 && r <= 0x1f3ca,
		r >= 0x1f3cf && r <= 0x1f3d3, r >= 0x1f3e0 && r <= 0x1f3f0, r == 0x1f3f4, r >= 0x1f3f8 && r <= 0x1f43e,
		r == 0x1f440, r >= 0x1f442 && r <= 0x1f4fc, r >= 0x1f4ff && r <= 0x1f53d, r >= 0x1f54b && r <= 0x1f54e,
		r >= 0x1f550 && r <= 0x1f567, r == 0x1f57a, r >= 0x1f595 && r <= 0x1f596, r == 0x1f5a4,
		r >= 0x1f5fb && r <= 0x1f64f, r >= 0x1f680 && r <= 0x1f6c5, r == 0x1f6cc, r >= 0x1f6d0 && r <= 0x1f6d2,
		r >= 0x1f6d5 && r <= 0x1f6d7, r >= 0x1f6dc && r <= 0x1f6df, r >= 0x1f6eb && r <= 0x1f6ec,
		r >= 0x1f6f4 && r <= 0x1f6fc, r >= 0x1f7e0 && r <= 0x1f7eb, r == 0x1f7f0,
		r >= 0x1f90c && r <= 0x1f93a, r >= 0x1f93c && r <= 0x1f945, r >= 0x1f947 && r <= 0x1f9ff,
		r >= 0x1fa70 && r <= 0x1faff, r >= 0x20000 && r <= 0x3fffd:
		return true
	}
	return false
}
