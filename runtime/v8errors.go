package runtime

import (
	"github.com/loopviz/loopviz/runtime/prepare"
	"regexp"
	"strings"
)

// goja words some runtime errors differently from V8, and programs print
// e.message. v8Message rewrites the common ones into V8's wording. Where V8
// names the expression ("o.foo is not a function"), the expression is read
// from the user's source at the position goja reports.

var (
	reReadProp   = regexp.MustCompile(`^Cannot read property '(.*)' of (undefined or null|undefined|null)$`)
	reNoMember   = regexp.MustCompile(`^Object has no member '(.*)'$`)
	reNotObject  = regexp.MustCompile(`^Value is not an object: (.*)$`)
	reClassCtor  = regexp.MustCompile(`^Class constructor cannot be invoked without 'new'$`)
	reBigIntConv = regexp.MustCompile(`^Cannot convert (.*) to a BigInt$`)
)

var staticMessages = map[string]string{
	"No initial value": "Reduce of empty array with no initial value",
	"Malformed URI":    "URI malformed",
	"toFixed() precision must be between 0 and 100":     "toFixed() digits argument must be between 0 and 100",
	"toPrecision() precision must be between 1 and 100": "toPrecision() argument must be between 1 and 100",
	"Value is not a constructor":                        "", // handled with the source below
}

// v8Message returns V8's message for a goja error message raised at line:col
// (1-based) of a line of source, or msg unchanged when there is no rule.
func v8Message(msg, line string, col int) string {
	return v8MessageIn(msg, []string{line}, 1, col)
}

// v8MessageIn is v8Message with the whole file at hand (lines, 1-based lineNo),
// which lets it tell a null base from an undefined one when the program
// assigned null to it in plain sight.
func v8MessageIn(msg string, lines []string, lineNo, col int) string {
	if msg == prepare.NoArguments+" is not defined" {
		return "arguments is not defined" // an ES module's top level has no arguments
	}
	line := ""
	if lineNo >= 1 && lineNo <= len(lines) {
		line = lines[lineNo-1]
	}
	nullish := func(base, said string) string { return nullishIn(base, said, lines, lineNo) }
	if m, ok := staticMessages[msg]; ok && m != "" {
		return m
	}
	at := col - 1 // 0-based index into line
	if m := reReadProp.FindStringSubmatch(msg); m != nil {
		base := exprBefore(line, dotBefore(line, at))
		return "Cannot read properties of " + nullish(base, m[2]) + " (reading '" + m[1] + "')"
	}
	if m := reNoMember.FindStringSubmatch(msg); m != nil {
		if callee := exprBefore(line, at); callee != "" {
			return callee + " is not a function"
		}
		return "undefined is not a function"
	}
	if m := reNotObject.FindStringSubmatch(msg); m != nil {
		if strings.HasPrefix(rest(line, at), "new ") {
			if c := calleeAfterNew(line, at+4); c != "" {
				return c + " is not a constructor"
			}
		}
		if rest(line, at) != "" && line[at] == '(' {
			if callee := exprBefore(line, at); callee != "" {
				return callee + " is not a function"
			}
		}
		return msg
	}
	if msg == "Value is not a constructor" {
		if strings.HasPrefix(rest(line, at), "new ") {
			if c := calleeAfterNew(line, at+4); c != "" {
				return c + " is not a constructor"
			}
		}
		return msg
	}
	if reClassCtor.MatchString(msg) {
		if at < len(line) && line[at] == '(' {
			if callee := exprBefore(line, at); callee != "" {
				return "Class constructor " + lastName(callee) + " cannot be invoked without 'new'"
			}
		}
		return msg
	}
	if msg == "Cannot convert undefined or null to object" {
		// `const [x] = null`: array destructuring of a nullish value.
		if init, ok := arrayPatternInit(line, at); ok {
			return init + " is not iterable"
		}
		// goja raises this for `x.p = v` on a nullish x (V8: "Cannot set
		// properties of ..."); col is at p.
		prop := identAt(line, at)
		dot := dotBefore(line, at)
		if prop != "" && dot >= 0 && isAssignmentAfter(line, at+len(prop)) {
			base := exprBefore(line, dot)
			return "Cannot set properties of " + nullish(base, "undefined") + " (setting '" + prop + "')"
		}
		return msg
	}
	if msg == "Cannot access a variable before initialization" {
		if name := identAt(line, at); name != "" {
			return "Cannot access '" + name + "' before initialization"
		}
		return msg
	}
	if msg == "Value is not object coercible" {
		if fixed, ok := destructureMessage(line, at, lines, lineNo); ok {
			return fixed
		}
		return msg
	}
	if m := reBigIntConv.FindStringSubmatch(msg); m != nil {
		return "The number " + m[1] + " cannot be converted to a BigInt because it is not an integer"
	}
	return msg
}

func rest(line string, at int) string {
	if at < 0 || at >= len(line) {
		return ""
	}
	return line[at:]
}

// nullishIn picks "null" or "undefined" for the base of a failed property
// access. goja's message cannot tell them apart, so: the null literal, or a
// base whose last visible assignment (searching back from the failing line)
// is `= null`, is null; anything else is undefined, the far commoner case.
func nullishIn(base, said string, lines []string, lineNo int) string {
	if base == "null" || said == "null" {
		return "null"
	}
	if base == "" || strings.ContainsAny(base, "()[]") {
		return "undefined"
	}
	re, err := regexp.Compile(`(?:^|[^\w$.])` + regexp.QuoteMeta(base) + `\s*=\s*([^=;,)]*)`)
	if err != nil {
		return "undefined"
	}
	for i := min(lineNo, len(lines)) - 1; i >= 0; i-- {
		ms := re.FindAllStringSubmatch(lines[i], -1)
		if len(ms) == 0 {
			continue
		}
		if strings.TrimSpace(ms[len(ms)-1][1]) == "null" {
			return "null"
		}
		return "undefined"
	}
	return "undefined"
}

// dotBefore returns the index of the '.' (or '?.') just before the identifier
// at index at, or -1.
func dotBefore(line string, at int) int {
	i := at - 1
	for i >= 0 && (line[i] == ' ' || line[i] == '\t') {
		i--
	}
	if i >= 0 && line[i] == '.' {
		if i > 0 && line[i-1] == '?' {
			return i - 1
		}
		return i
	}
	return -1
}

// exprBefore returns the member-expression text that ends just before index
// end: identifiers, this, dots and balanced [..] and (..) groups, as V8 prints
// a callee ("o.a.b", "arr[0]", "this.handler").
func exprBefore(line string, end int) string {
	if end < 0 || end > len(line) {
		return ""
	}
	i := end - 1
	for i >= 0 && (line[i] == ' ' || line[i] == '\t') {
		i--
	}
	stop := i + 1
	for i >= 0 {
		c := line[i]
		switch {
		case isIdentByte(c) || c == '.' || c == '?':
			i--
		case c == ']' || c == ')':
			open := byte('[')
			if c == ')' {
				open = '('
			}
			depth := 0
			for i >= 0 {
				if line[i] == c {
					depth++
				} else if line[i] == open {
					depth--
					if depth == 0 {
						break
					}
				}
				i--
			}
			i--
		default:
			return strings.TrimLeft(line[i+1:stop], ".?")
		}
	}
	return strings.TrimLeft(line[:stop], ".?")
}

// calleeAfterNew reads the constructor expression after `new `.
func calleeAfterNew(line string, from int) string {
	j := from
	for j < len(line) && (isIdentByte(line[j]) || line[j] == '.') {
		j++
	}
	return line[from:j]
}

func identAt(line string, at int) string {
	j := at
	for j < len(line) && isIdentByte(line[j]) {
		j++
	}
	if at < 0 || at >= len(line) {
		return ""
	}
	return line[at:j]
}

func isAssignmentAfter(line string, at int) bool {
	s := strings.TrimLeft(rest(line, at), " \t")
	if len(s) == 0 {
		return false
	}
	if s[0] == '=' {
		return len(s) == 1 || s[1] != '='
	}
	for _, op := range []string{"+=", "-=", "*=", "/=", "%=", "**=", "||=", "&&=", "??=", "|=", "&=", "^=", "<<=", ">>="} {
		if strings.HasPrefix(s, op) {
			return true
		}
	}
	return false
}

func isIdentByte(c byte) bool {
	return c == '_' || c == '$' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}

func lastName(expr string) string {
	if i := strings.LastIndexByte(expr, '.'); i >= 0 {
		return expr[i+1:]
	}
	return expr
}

// destructureMessage builds V8's "Cannot destructure property 'a' of 'null'
// as it is null." from the object pattern at or after index at: its first
// key, and the value it destructures (the initializer, or an absent argument).
func destructureMessage(line string, at int, lines []string, lineNo int) (string, bool) {
	open := strings.IndexByte(rest(line, at), '{')
	if open < 0 {
		return "", false
	}
	open += at
	key := firstPatternKey(line[open+1:])
	if key == "" {
		return "", false
	}
	close := matchBrace(line, open)
	init := ""
	if close > 0 {
		after := strings.TrimLeft(line[close+1:], " \t")
		if strings.HasPrefix(after, "=") && !strings.HasPrefix(after, "==") && !strings.HasPrefix(after, "=>") {
			init = strings.TrimSpace(after[1:])
			init = strings.TrimRight(strings.SplitN(init, ";", 2)[0], " ")
		}
	}
	if init == "" {
		// A destructured parameter called without its argument.
		return "Cannot destructure property '" + key + "' of 'undefined' as it is undefined.", true
	}
	kind := nullishIn(init, "", lines, lineNo)
	return "Cannot destructure property '" + key + "' of '" + init + "' as it is " + kind + ".", true
}

// firstPatternKey reads the first property name of an object pattern's body.
func firstPatternKey(body string) string {
	body = strings.TrimLeft(body, " \t")
	if strings.HasPrefix(body, "...") {
		return ""
	}
	j := 0
	for j < len(body) && isIdentByte(body[j]) {
		j++
	}
	return body[:j]
}

// matchBrace returns the index of the } closing the { at open, or -1.
func matchBrace(line string, open int) int {
	depth := 0
	for i := open; i < len(line); i++ {
		switch line[i] {
		case '{':
			depth++
		case '}':
			depth--
			if depth == 0 {
				return i
			}
		}
	}
	return -1
}

// arrayPatternInit reads `[...] = init` at or after index at and returns init.
func arrayPatternInit(line string, at int) (string, bool) {
	s := rest(line, at)
	for _, kw := range []string{"const ", "let ", "var "} {
		s = strings.TrimPrefix(s, kw)
	}
	s = strings.TrimLeft(s, " \t")
	if !strings.HasPrefix(s, "[") {
		return "", false
	}
	depth := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '[':
			depth++
		case ']':
			depth--
			if depth == 0 {
				after := strings.TrimLeft(s[i+1:], " \t")
				if !strings.HasPrefix(after, "=") || strings.HasPrefix(after, "==") {
					return "", false
				}
				init := strings.TrimSpace(strings.SplitN(after[1:], ";", 2)[0])
				return init, init != ""
			}
		}
	}
	return "", false
}
