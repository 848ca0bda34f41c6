package inspect

import (
	"reflect"
	"sort"
	"strings"

	"github.com/dop251/goja"
)

// functionBase renders [Function: f], [AsyncFunction: f], [class A extends B] and their
// variants. Whether a function is a class, async or a generator is read from what goja knows
// and from its source text, since loopviz compiles async functions into ordinary ones whose
// Function.prototype.toString still shows the user's "async function".
func (s *state) functionBase(fn *goja.Object, info implInfo, ctor string, ctorNull bool, tag string) string {
	src, fromHook := "", false
	if s.in.hooks.FunctionSource != nil {
		src, fromHook = s.in.hooks.FunctionSource(fn)
	}
	if !fromHook {
		src = s.in.callValue(s.in.js.funcToString, fn).String()
	}
	if looksLikeClass(src) {
		return s.classBase(fn, ctor, ctorNull, tag)
	}
	srcFlavor := sourceFlavor(src)
	isAsync := info.flavor == flavorAsync || srcFlavor&srcAsync != 0
	isGen := info.flavor == flavorGenerator || srcFlavor&srcGenerator != 0
	typ := "Function"
	if isGen {
		typ = "Generator" + typ
	}
	if isAsync {
		typ = "Async" + typ
	}
	base := "[" + typ
	if ctorNull {
		base += " (null prototype)"
	}
	name := fn.Get("name")
	if name != nil && isString(name) && name.String() == "" {
		base += " (anonymous)"
	} else {
		n := "undefined"
		if name != nil {
			n = s.in.callValue(s.in.js.toString, name).String()
		}
		base += ": " + n
	}
	base += "]"
	// A function whose kind comes from its source text was compiled into an ordinary function,
	// so its constructor is Function: that is not worth mentioning, as node would not.
	rewritten := typ != "Function" && srcFlavor != 0 && isFunctionCtor(ctor)
	if ctor != typ && !ctorNull && !rewritten {
		base += " " + ctor
	}
	if tag != "" && ctor != tag {
		base += " [" + tag + "]"
	}
	return base
}

func isFunctionCtor(name string) bool {
	switch name {
	case "Function", "AsyncFunction", "GeneratorFunction", "AsyncGeneratorFunction":
		return true
	}
	return false
}

// classBase renders [class A], [class B extends A], [class (anonymous)].
func (s *state) classBase(fn *goja.Object, ctor string, ctorNull bool, tag string) string {
	name := ""
	if s.in.callValue(s.in.js.hasOwn, fn, s.in.str("name")).ToBoolean() {
		if n := fn.Get("name"); n != nil && n.ToBoolean() {
			name = s.in.callValue(s.in.js.toString, n).String()
		}
	}
	if name == "" {
		name = "(anonymous)"
	}
	base := "class " + name
	if ctor != "Function" && !ctorNull {
		base += " [" + ctor + "]"
	}
	if tag != "" && ctor != tag {
		base += " [" + tag + "]"
	}
	if ctorNull {
		base += " extends [null prototype]"
	} else if proto := fn.Prototype(); proto != nil {
		if super := proto.Get("name"); super != nil && super.ToBoolean() {
			base += " extends " + s.in.callValue(s.in.js.toString, super).String()
		}
	}
	return "[" + base + "]"
}

// looksLikeClass is node's test on Function.prototype.toString: "class" ... "{" ... "}" with no
// parenthesis before the body's brace unless a class heritage explains it.
func looksLikeClass(src string) bool {
	if !strings.HasPrefix(src, "class") || !strings.HasSuffix(src, "}") {
		return false
	}
	body := src[5 : len(src)-1]
	brace := strings.IndexByte(body, '{')
	if brace < 0 {
		return false
	}
	if !strings.Contains(body[:brace], "(") {
		return true
	}
	// A parenthesis inside a comment does not count: /^(\s+[^(]*?)\s*{/ on the body without
	// comments.
	stripped := stripComments(body)
	brace = strings.IndexByte(stripped, '{')
	return brace > 0 && isSpace(stripped[0]) && !strings.Contains(stripped[:brace], "(")
}

func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'
}

func isIdentChar(c byte) bool {
	return c == '_' || c == '$' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}

func stripComments(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '/' && i+1 < len(s) && s[i+1] == '/' {
			for i < len(s) && s[i] != '\n' {
				i++
			}
			continue
		}
		if s[i] == '/' && i+1 < len(s) && s[i+1] == '*' {
			end := strings.Index(s[i+2:], "*/")
			if end < 0 {
				break
			}
			i += end + 3
			continue
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

const (
	srcAsync = 1 << iota
	srcGenerator
)

// sourceFlavor reads async and generator markers off a function's source text:
// "async function", "async () =>", "async x =>", "async m() {}", "function*", "*m() {}",
// "async *m() {}". A method named async ("async() {}") and an arrow whose parameter is called
// async ("async => 1") are neither.
func sourceFlavor(src string) int {
	t := tokenizer{src: src}
	first := t.next()
	flavor := 0
	if first == "async" {
		second := t.peek()
		switch {
		case second == "" || second == "=>":
			return 0
		case second == "(":
			// async (params) => body is an async arrow; async(params) { body } is a method.
			save := t.pos
			t.next()
			if !t.skipBalanced('(', ')') {
				return 0
			}
			if t.peek() != "=>" {
				return 0
			}
			t.pos = save
			return srcAsync
		case second == "*":
			return srcAsync | srcGenerator
		case second == "function":
			flavor = srcAsync
			t.next()
			if t.peek() == "*" {
				flavor |= srcGenerator
			}
			return flavor
		}
		return srcAsync
	}
	switch first {
	case "function":
		if t.peek() == "*" {
			return srcGenerator
		}
	case "*":
		return srcGenerator
	}
	return 0
}

// tokenizer splits the head of a function's source into identifiers and punctuation, skipping
// white space and comments. It is only ever asked for the first few tokens.
type tokenizer struct {
	src string
	pos int
}

func (t *tokenizer) skipSpace() {
	for t.pos < len(t.src) {
		c := t.src[t.pos]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f':
			t.pos++
		case c == '/' && t.pos+1 < len(t.src) && t.src[t.pos+1] == '/':
			for t.pos < len(t.src) && t.src[t.pos] != '\n' {
				t.pos++
			}
		case c == '/' && t.pos+1 < len(t.src) && t.src[t.pos+1] == '*':
			end := strings.Index(t.src[t.pos+2:], "*/")
			if end < 0 {
				t.pos = len(t.src)
				return
			}
			t.pos += end + 4
		default:
			return
		}
	}
}

func (t *tokenizer) next() string {
	t.skipSpace()
	if t.pos >= len(t.src) {
		return ""
	}
	start := t.pos
	c := t.src[t.pos]
	if isIdentChar(c) {
		for t.pos < len(t.src) && isIdentChar(t.src[t.pos]) {
			t.pos++
		}
		return t.src[start:t.pos]
	}
	if c == '=' && t.pos+1 < len(t.src) && t.src[t.pos+1] == '>' {
		t.pos += 2
		return "=>"
	}
	t.pos++
	return t.src[start:t.pos]
}

func (t *tokenizer) peek() string {
	save := t.pos
	tok := t.next()
	t.pos = save
	return tok
}

// skipBalanced skips from just after an opening bracket to just after its match, ignoring
// brackets inside strings, template literals and comments.
func (t *tokenizer) skipBalanced(open, close byte) bool {
	depth := 1
	for t.pos < len(t.src) {
		t.skipSpace()
		if t.pos >= len(t.src) {
			break
		}
		c := t.src[t.pos]
		switch c {
		case '\'', '"', '`':
			t.pos++
			for t.pos < len(t.src) && t.src[t.pos] != c {
				if t.src[t.pos] == '\\' {
					t.pos++
				}
				t.pos++
			}
			t.pos++
			continue
		case open:
			depth++
		case close:
			depth--
			if depth == 0 {
				t.pos++
				return true
			}
		}
		t.pos++
	}
	return false
}

// v8FunctionKeys puts a function's own keys in V8's order (length, name, arguments, caller,
// prototype, then the rest; goja creates prototype first) and adds the arguments and caller
// properties, null, that V8 gives every sloppy-mode ordinary function and goja does not.
func (s *state) v8FunctionKeys(fn *goja.Object, keys []propEntry) []propEntry {
	rank := func(p propEntry) int {
		if !isString(p.key) {
			return 5
		}
		switch p.key.String() {
		case "length":
			return 0
		case "name":
			return 1
		case "arguments":
			return 2
		case "caller":
			return 3
		case "prototype":
			return 4
		}
		return 5
	}
	if isSloppyFunction(fn) && indexKey(keys, "arguments") < 0 {
		null := goja.Null()
		keys = append(keys,
			propEntry{key: s.in.str("arguments"), data: true, value: null},
			propEntry{key: s.in.str("caller"), data: true, value: null})
	}
	sort.SliceStable(keys, func(i, j int) bool { return rank(keys[i]) < rank(keys[j]) })
	return keys
}

// isSloppyFunction reports an ordinary (non-arrow, non-method, non-class) function compiled in
// sloppy mode, read from goja's private state like classify does.
func isSloppyFunction(fn *goja.Object) bool {
	self := selfOf(fn)
	if !self.IsValid() || self.IsNil() {
		return false
	}
	impl := self.Elem()
	if impl.Kind() != reflect.Ptr || impl.Elem().Type().Name() != "funcObject" {
		return false
	}
	strict := impl.Elem().FieldByName("strict")
	return strict.IsValid() && strict.Kind() == reflect.Bool && !strict.Bool()
}
