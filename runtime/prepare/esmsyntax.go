package prepare

import (
	"strings"
)

// goja's parser knows neither import/export declarations nor import() and import.meta. When it
// stops at one of these words, the ES module preparation reads the construct itself from the
// text (a small tokenizer: the declarations have a regular shape), records what it says, and
// overwrites it with text of the same length that goja does parse, so every position stays the
// user's:
//
//	import d, {a as b} from './m.mjs';   spaces, with a ';' in place of the last character
//	export { a, b as c };                the same
//	export * from './m.mjs'              the same
//	export const x = 1, y = 2;           `export` blanked: the declaration stays
//	export function f() {}               the same (class, async function, function*)
//	export default function f() {}       `export default` blanked: a declaration of f
//	export default 1 + 2;                `__lv_default =` (padded): an assignment
//	import('./m.mjs')                    `__lv_i('./m.mjs')`: a call of the module's importer
//	import.meta                          `__lv_i.meta`

// esmToken is one token of an import or export declaration.
type esmToken struct {
	off  int
	text string // the token; a string literal keeps its quotes
	str  bool   // a string literal
}

// value is a string literal's value (escapes other than \\ and \' \" are kept as written).
func (t esmToken) value() string {
	if !t.str || len(t.text) < 2 {
		return t.text
	}
	s := t.text[1 : len(t.text)-1]
	if strings.IndexByte(s, '\\') < 0 {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+1 < len(s) {
			i++
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// esmLexer reads tokens of an import or export declaration from off.
type esmLexer struct {
	text string
	off  int
}

// skip skips spaces and comments; it reports whether a line break was crossed.
func (l *esmLexer) skip() bool {
	nl := false
	for l.off < len(l.text) {
		c := l.text[l.off]
		switch {
		case c == '\n' || c == '\r':
			nl = true
			l.off++
		case isSpace(c):
			l.off++
		case c == '/' && strings.HasPrefix(l.text[l.off:], "//"):
			end := strings.IndexAny(l.text[l.off:], "\r\n")
			if end < 0 {
				l.off = len(l.text)
			} else {
				l.off += end
			}
		case c == '/' && strings.HasPrefix(l.text[l.off:], "/*"):
			end := strings.Index(l.text[l.off+2:], "*/")
			if end < 0 {
				l.off = len(l.text)
				return nl
			}
			if strings.ContainsAny(l.text[l.off:l.off+2+end], "\r\n") {
				nl = true
			}
			l.off += end + 4
		default:
			return nl
		}
	}
	return nl
}

// next returns the next token; text is "" at the end of the input.
func (l *esmLexer) next() esmToken {
	l.skip()
	return l.scan()
}

// peek returns the next token without consuming it, and whether a line break comes first.
func (l *esmLexer) peek() (esmToken, bool) {
	save := l.off
	nl := l.skip()
	t := l.scan()
	l.off = save
	return t, nl
}

func (l *esmLexer) scan() esmToken {
	start := l.off
	if start >= len(l.text) {
		return esmToken{off: start}
	}
	c := l.text[start]
	switch {
	case c == '\'' || c == '"':
		i := start + 1
		for i < len(l.text) && l.text[i] != c && l.text[i] != '\n' {
			if l.text[i] == '\\' {
				i++
			}
			i++
		}
		if i >= len(l.text) || l.text[i] != c {
			l.off = min(i, len(l.text))
			return esmToken{off: start, text: l.text[start:l.off]}
		}
		l.off = i + 1
		return esmToken{off: start, text: l.text[start:l.off], str: true}
	case isIdentByte(c):
		l.off += len(wordAt(l.text, start))
		return esmToken{off: start, text: l.text[start:l.off]}
	}
	l.off++
	return esmToken{off: start, text: l.text[start:l.off]}
}

// ImportName is one binding an import declaration creates.
type ImportName struct {
	Import string // the exported name imported: a name, "default", or "*" for a namespace
	Local  string // the local binding
	Off    int    // where the name is in the text (for errors)
}

// Import is one static import declaration, or the module a re-export reads from.
type Import struct {
	At    int    // offset of the declaration's `import` (or `export`)
	Spec  string // the module specifier, as written
	Off   int    // offset of the specifier's string literal
	Names []ImportName
	Type  string // the `with { type: '...' }` attribute, if any
}

// Export is one name the module exports.
type Export struct {
	Name   string // the exported name
	Local  string // the local binding it reads ("" for a re-export)
	From   string // the module re-exported from, for `export {a} from` and `export * as ns from`
	Import string // the name imported from From ("*" for `export * as ns`)
	Off    int    // where the export is in the text (for errors)
}

// esmDecls collects what the import and export declarations of a module say.
type esmDecls struct {
	imports  []Import
	exports  []Export
	stars    []Import // export * from
	requests []Import // every module requested, in order: imports and re-exports
	// Blanked ranges of whole declarations (must lie between top-level statements).
	ranges [][2]int
	// Offsets of the declarations kept after a blanked `export` / `export default`, with the
	// export's kind: "decl" (names from the declaration), "default-decl" (a named function or
	// class), "default-expr" (an assignment to __lv_default).
	kept   map[int]string
	keptAt map[int]int // the `export` of each kept declaration
	// The offsets of `export default` declarations, to report a second one.
	defaults []int
}

// handle is called with each parse error; it rewrites m.work when the error is at an
// import/export construct it can read, and returns false (leaving the error) otherwise.
func (d *esmDecls) handle(m *module, s *source, e parseError) (bool, error) {
	w, off := m.work, e.off
	if e.eof || off >= len(w) || off > 0 && (isIdentByte(w[off-1]) || w[off-1] == '.') {
		return false, nil
	}
	switch wordAt(w, off) {
	case "import":
		return d.importAt(m, s, off)
	case "export":
		return d.exportAt(m, s, off)
	}
	return false, nil
}

// blankRange overwrites [from, to) with spaces (line breaks kept), and the last character with
// ';' when semi is set.
func (m *module) blankRange(from, to int, semi bool) {
	b := []byte(m.work)
	for i := from; i < to; i++ {
		if b[i] != '\n' && b[i] != '\r' {
			b[i] = ' '
		}
	}
	if semi && to > from && b[to-1] != '\n' && b[to-1] != '\r' {
		b[to-1] = ';'
	}
	m.work = string(b)
}

func (m *module) replaceAt(off int, with string) {
	m.work = m.work[:off] + with + m.work[off+len(with):]
}

func unexpected(s *source, t esmToken) error {
	if t.text == "" {
		return s.syntaxErrorAt(len(s.text), 0, "Unexpected end of input")
	}
	if t.str {
		return s.syntaxErrorAt(t.off, len(t.text), "Unexpected string")
	}
	if isIdentByte(t.text[0]) {
		return s.syntaxErrorAt(t.off, len(t.text), "Unexpected identifier '"+t.text+"'")
	}
	return s.syntaxErrorAt(t.off, len(t.text), "Unexpected token '"+t.text+"'")
}

func isName(t esmToken) bool {
	return t.text != "" && !t.str && isIdentByte(t.text[0]) && (t.text[0] < '0' || t.text[0] > '9')
}

// importAt reads `import` at off: a declaration, import() or import.meta.
func (d *esmDecls) importAt(m *module, s *source, off int) (bool, error) {
	l := &esmLexer{text: m.work, off: off + 6}
	t, _ := l.peek()
	switch t.text {
	case "(":
		m.replaceAt(off, "__lv_i")
		return true, nil
	case ".":
		l.next()
		if p := l.next(); p.text != "meta" {
			return false, unexpected(s, p)
		}
		m.replaceAt(off, "__lv_i")
		return true, nil
	}
	imp := Import{At: off}
	t = l.next()
	if !t.str {
		// The import clause.
		if isName(t) {
			imp.Names = append(imp.Names, ImportName{Import: "default", Local: t.text, Off: t.off})
			t = l.next()
			if t.text == "," {
				t = l.next()
			} else if t.text != "from" {
				return false, unexpected(s, t)
			}
		}
		switch t.text {
		case "*":
			if as := l.next(); as.text != "as" {
				return false, unexpected(s, as)
			}
			n := l.next()
			if !isName(n) {
				return false, unexpected(s, n)
			}
			imp.Names = append(imp.Names, ImportName{Import: "*", Local: n.text, Off: n.off})
			t = l.next()
		case "{":
			for {
				n := l.next()
				if n.text == "}" {
					break
				}
				if !isName(n) && !n.str {
					return false, unexpected(s, n)
				}
				in := ImportName{Import: n.value(), Local: n.text, Off: n.off}
				nx := l.next()
				if nx.text == "as" {
					loc := l.next()
					if !isName(loc) {
						return false, unexpected(s, loc)
					}
					in.Local, in.Off = loc.text, loc.off
					nx = l.next()
				} else if n.str {
					return false, unexpected(s, nx)
				}
				imp.Names = append(imp.Names, in)
				if nx.text == "}" {
					break
				}
				if nx.text != "," {
					return false, unexpected(s, nx)
				}
			}
			t = l.next()
		}
		if t.text != "from" {
			return false, unexpected(s, t)
		}
		t = l.next()
	}
	if !t.str {
		return false, unexpected(s, t)
	}
	imp.Spec, imp.Off = t.value(), t.off
	if err := d.attributes(l, s, &imp); err != nil {
		return false, err
	}
	end := d.statementEnd(l)
	m.blankRange(off, end, true)
	d.ranges = append(d.ranges, [2]int{off, end})
	d.imports = append(d.imports, imp)
	d.requests = append(d.requests, imp)
	return true, nil
}

// attributes reads `with { type: 'json' }` (or the older `assert`) after a specifier.
func (d *esmDecls) attributes(l *esmLexer, s *source, imp *Import) error {
	t, nl := l.peek()
	if t.text != "with" && !(t.text == "assert" && !nl) {
		return nil
	}
	l.next()
	if b := l.next(); b.text != "{" {
		return unexpected(s, b)
	}
	for {
		k := l.next()
		if k.text == "}" {
			return nil
		}
		if c := l.next(); c.text != ":" {
			return unexpected(s, c)
		}
		v := l.next()
		if !v.str {
			return unexpected(s, v)
		}
		if k.value() == "type" {
			imp.Type = v.value()
		}
		switch n := l.next(); n.text {
		case "}":
			return nil
		case ",":
		default:
			return unexpected(s, n)
		}
	}
}

// statementEnd consumes an optional ';' and returns the offset after the declaration.
func (d *esmDecls) statementEnd(l *esmLexer) int {
	end := l.off
	if t, _ := l.peek(); t.text == ";" {
		l.next()
		end = l.off
	}
	return end
}

// exportAt reads an export declaration at off.
func (d *esmDecls) exportAt(m *module, s *source, off int) (bool, error) {
	l := &esmLexer{text: m.work, off: off + 6}
	t := l.next()
	switch t.text {
	case "var", "let", "const", "function", "class", "async":
		if t.text == "async" {
			if f, nl := l.peek(); f.text != "function" || nl {
				return false, unexpected(s, f)
			}
		}
		m.blankRange(off, off+6, false)
		d.kept[t.off] = "decl"
		d.keptAt[t.off] = off
		return true, nil
	case "default":
		return d.exportDefault(m, s, off, l, t)
	case "*":
		exp := Export{Off: t.off}
		n := l.next()
		if n.text == "as" {
			name := l.next()
			if !isName(name) && !name.str {
				return false, unexpected(s, name)
			}
			exp.Name, exp.Import, exp.Off = name.value(), "*", name.off
			n = l.next()
		}
		if n.text != "from" {
			return false, unexpected(s, n)
		}
		spec := l.next()
		if !spec.str {
			return false, unexpected(s, spec)
		}
		imp := Import{Spec: spec.value(), Off: spec.off}
		if err := d.attributes(l, s, &imp); err != nil {
			return false, err
		}
		end := d.statementEnd(l)
		m.blankRange(off, end, true)
		d.ranges = append(d.ranges, [2]int{off, end})
		d.requests = append(d.requests, imp)
		if exp.Name != "" {
			exp.From = imp.Spec
			d.exports = append(d.exports, exp)
		} else {
			d.stars = append(d.stars, imp)
		}
		return true, nil
	case "{":
		var list []Export
		for {
			n := l.next()
			if n.text == "}" {
				break
			}
			if !isName(n) && !n.str {
				return false, unexpected(s, n)
			}
			exp := Export{Name: n.value(), Local: n.text, Off: n.off}
			nx := l.next()
			if nx.text == "as" {
				name := l.next()
				if !isName(name) && !name.str {
					return false, unexpected(s, name)
				}
				exp.Name = name.value()
				nx = l.next()
			}
			list = append(list, exp)
			if nx.text == "}" {
				break
			}
			if nx.text != "," {
				return false, unexpected(s, nx)
			}
		}
		if f, _ := l.peek(); f.text == "from" {
			l.next()
			spec := l.next()
			if !spec.str {
				return false, unexpected(s, spec)
			}
			imp := Import{Spec: spec.value(), Off: spec.off}
			if err := d.attributes(l, s, &imp); err != nil {
				return false, err
			}
			for i := range list {
				list[i].From, list[i].Import, list[i].Local = imp.Spec, list[i].Local, ""
				if strings.HasPrefix(list[i].Import, "'") || strings.HasPrefix(list[i].Import, "\"") {
					list[i].Import = esmToken{text: list[i].Import, str: true}.value()
				}
			}
			d.requests = append(d.requests, imp)
		} else {
			for _, e := range list {
				if strings.HasPrefix(e.Local, "'") || strings.HasPrefix(e.Local, "\"") {
					return false, s.syntaxErrorAt(e.Off, len(e.Local), "Unexpected string")
				}
			}
		}
		end := d.statementEnd(l)
		m.blankRange(off, end, true)
		d.ranges = append(d.ranges, [2]int{off, end})
		d.exports = append(d.exports, list...)
		return true, nil
	}
	return false, unexpected(s, t)
}

// exportDefault reads `export default ...`; def is the `default` token.
func (d *esmDecls) exportDefault(m *module, s *source, off int, l *esmLexer, def esmToken) (bool, error) {
	d.defaults = append(d.defaults, off)
	after := l.off
	t := l.next()
	named := false
	switch t.text {
	case "function", "class":
		n := l.next()
		if n.text == "*" {
			n = l.next()
		}
		named = isName(n) && n.text != "extends"
	case "async":
		if f, nl := l.peek(); f.text == "function" && !nl {
			l.next()
			n := l.next()
			if n.text == "*" {
				n = l.next()
			}
			named = isName(n)
		}
	}
	if named {
		m.blankRange(off, after, false)
		d.kept[t.off] = "default-decl"
		d.keptAt[t.off] = off
		return true, nil
	}
	const assign = "__lv_default="
	if after-off < len(assign)+1 || strings.ContainsAny(m.work[off:off+len(assign)], "\r\n/") {
		return false, s.unsupportedAt(off, "loopviz cannot prepare this `export default` (write `export` and `default` on one line, one space apart)")
	}
	m.blankRange(off, after, false)
	m.replaceAt(off, assign)
	d.kept[off] = "default-expr"
	d.keptAt[off] = off
	return true, nil
}
