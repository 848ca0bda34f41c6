package inspect

import (
	"regexp"
	"strings"

	"github.com/dop251/goja"
)

// formatError is node's error rendering: err.stack when it is set (else Error.prototype.toString
// in brackets), the constructor name worked into the first line when the stack does not show it,
// [Error: msg] brackets when there are no "    at" frames, and the lines indented to the current
// level. It also returns the keys to print in braces after it: own enumerable properties that
// the stack does not already show, plus [cause] and AggregateError's [errors].
func (s *state) formatError(err *goja.Object, ctor string, ctorNull bool, tag string, keys []propEntry) (string, []propEntry) {
	name := "Error"
	if n := err.Get("name"); !isNullish(n) {
		name = s.in.callValue(s.in.js.toString, n).String()
	}
	stack := s.stackString(err)

	// Keys that repeat what the stack shows are left out (node's removeDuplicateErrorKeys).
	if !s.opts.ShowHidden && len(keys) != 0 {
		for _, dup := range []string{"name", "message", "stack"} {
			i := indexKey(keys, dup)
			if i < 0 {
				continue
			}
			v := err.Get(dup)
			if v == nil {
				v = goja.Undefined()
			}
			if strings.Contains(stack, s.in.callValue(s.in.js.toString, v).String()) {
				keys = append(keys[:i:i], keys[i+1:]...)
			}
		}
	}
	if s.in.callValue(s.in.js.has, err, s.in.str("cause")).ToBoolean() && indexKey(keys, "cause") < 0 {
		keys = append(keys, s.prop(err, "cause"))
	}
	if errs := err.Get("errors"); errs != nil && s.in.callValue(s.in.js.isArray, errs).ToBoolean() && indexKey(keys, "errors") < 0 {
		keys = append(keys, s.prop(err, "errors"))
	}

	stack = improveStack(stack, ctor, ctorNull, name, tag)

	// The frames start after the message, which may itself contain "\n    at".
	pos := -1
	if msg := err.Get("message"); msg != nil && msg.ToBoolean() {
		if isString(msg) {
			m := msg.String()
			if i := strings.Index(stack, m); i > 0 {
				pos = i + len(m)
			}
		}
	}
	from := pos
	if from < 0 {
		from = 0
	}
	if !strings.Contains(stack[from:], "\n    at") {
		stack = "[" + stack + "]"
	}
	if s.indent != 0 {
		stack = strings.ReplaceAll(stack, "\n", "\n"+spaces(s.indent))
	}
	return stack, keys
}

// stackString is err.stack when truthy, else Error.prototype.toString(err).
func (s *state) stackString(err *goja.Object) string {
	if st := err.Get("stack"); st != nil && st.ToBoolean() {
		return s.in.callValue(s.in.js.toString, st).String()
	}
	return s.in.callValue(s.in.js.errorString, err).String()
}

func indexKey(keys []propEntry, name string) int {
	for i, k := range keys {
		if isString(k.key) && k.key.String() == name {
			return i
		}
	}
	return -1
}

var (
	nullProtoErrorStart = regexp.MustCompile(`^([A-Z][a-z_ A-Z0-9[\]()-]+)(?::|\n\s+at)`)
	nullProtoErrorWhole = regexp.MustCompile(`^([a-z_A-Z0-9-]*Error)$`)
)

// improveStack works the constructor's name into the stack's first line when the stack starts
// with the error's name but the constructor differs ("MyErr [Error]: msg"), and marks null
// prototypes ("[Error: null prototype]: msg"). Stacks that look unusual are left alone.
func improveStack(stack, ctor string, ctorNull bool, name, tag string) string {
	n := len(name)
	looksNormal := strings.HasSuffix(name, "Error") && strings.HasPrefix(stack, name) &&
		(len(stack) == n || stack[n] == ':' || stack[n] == '\n')
	if !ctorNull && !looksNormal {
		return stack
	}
	fallback := "Error"
	if ctorNull {
		m := nullProtoErrorStart.FindStringSubmatch(stack)
		if m == nil {
			m = nullProtoErrorWhole.FindStringSubmatch(stack)
		}
		fallback = ""
		if m != nil {
			fallback = m[1]
		}
		n = len(fallback)
		if fallback == "" {
			fallback = "Error"
		}
	}
	p := prefix(ctor, ctorNull, tag, fallback, "")
	p = p[:len(p)-1]
	if name == p {
		return stack
	}
	if strings.Contains(p, name) {
		if n == 0 {
			return p + ": " + stack
		}
		return p + stack[n:]
	}
	return p + " [" + name + "]" + stack[n:]
}
