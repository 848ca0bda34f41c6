package runtime

import (
	"strconv"
	"unicode/utf16"

	"github.com/dop251/goja"
)

// JSON.parse stays goja's, but its error messages are V8's: programs print
// e.message, and V8 words every kind of bad JSON its own way, with the
// position (in UTF-16 units) and, for an unexpected token, some context.

// installJSON wraps JSON.parse so its SyntaxErrors carry V8's messages.
func (r *runner) installJSON() {
	rt := r.rt
	j := rt.Get("JSON").ToObject(rt)
	orig, ok := goja.AssertFunction(j.Get("parse"))
	if !ok {
		return
	}
	r.method(j, "parse", 2, func(c goja.FunctionCall) goja.Value {
		v, err := orig(c.This, c.Arguments...)
		if err == nil {
			return v
		}
		if _, ok := err.(*goja.Exception); ok {
			if msg := jsonError(c.Argument(0).String()); msg != "" {
				panic(r.newError("SyntaxError", msg))
			}
		}
		r.rethrow(err)
		return nil
	})
}

// jsonError returns V8's message for invalid JSON text, or "" if it is valid.
func jsonError(src string) (msg string) {
	p := &jsonParser{s: utf16.Encode([]rune(src)), src: src}
	defer func() {
		if e := recover(); e != nil {
			if m, ok := e.(jsonMsg); ok {
				msg = string(m)
				return
			}
			panic(e)
		}
	}()
	p.skipWS()
	p.value()
	p.skipWS()
	if p.i < len(p.s) {
		p.fail("Unexpected non-whitespace character after JSON at position " + strconv.Itoa(p.i))
	}
	return ""
}

type jsonMsg string

type jsonParser struct {
	s   []uint16
	src string
	i   int
}

func (p *jsonParser) fail(msg string) { panic(jsonMsg(msg)) }

func (p *jsonParser) at(msg string) { p.fail(msg + " in JSON at position " + strconv.Itoa(p.i)) }

func (p *jsonParser) eof() { p.fail("Unexpected end of JSON input") }

// unexpected reports the token at p.i with V8's context: the whole text when
// it is short, else ten characters either side.
func (p *jsonParser) unexpected() {
	if p.src == "undefined" || p.src == "NaN" {
		p.fail(`"` + p.src + `" is not valid JSON`)
	}
	tok := string(utf16.Decode(p.s[p.i : p.i+1]))
	ctx := `"` + p.src + `"`
	if len(p.s) > 20 {
		start, end := max(0, p.i-10), min(len(p.s), p.i+10)
		ctx = `"` + string(utf16.Decode(p.s[start:end])) + `"`
		if start > 0 {
			ctx = "..." + ctx
		}
		if end < len(p.s) {
			ctx += "..."
		}
	}
	p.fail("Unexpected token '" + tok + "', " + ctx + " is not valid JSON")
}

func (p *jsonParser) skipWS() {
	for p.i < len(p.s) {
		switch p.s[p.i] {
		case ' ', '\t', '\n', '\r':
			p.i++
		default:
			return
		}
	}
}

func (p *jsonParser) value() {
	if p.i >= len(p.s) {
		p.eof()
	}
	switch c := p.s[p.i]; {
	case c == '{':
		p.object()
	case c == '[':
		p.array()
	case c == '"':
		p.str()
	case c == '-' || c >= '0' && c <= '9':
		p.number()
	case c == 't':
		p.literal("true")
	case c == 'f':
		p.literal("false")
	case c == 'n':
		p.literal("null")
	default:
		p.unexpected()
	}
}

func (p *jsonParser) literal(word string) {
	for k := 0; k < len(word); k++ {
		if p.i >= len(p.s) {
			p.eof()
		}
		if p.s[p.i] != uint16(word[k]) {
			p.unexpected()
		}
		p.i++
	}
}

func (p *jsonParser) object() {
	p.i++ // {
	p.skipWS()
	if p.i < len(p.s) && p.s[p.i] == '}' {
		p.i++
		return
	}
	if p.i >= len(p.s) || p.s[p.i] != '"' {
		p.at("Expected property name or '}'")
	}
	for {
		p.str()
		p.skipWS()
		if p.i >= len(p.s) || p.s[p.i] != ':' {
			p.at("Expected ':' after property name")
		}
		p.i++
		p.skipWS()
		p.value()
		p.skipWS()
		if p.i >= len(p.s) {
			p.at("Expected ',' or '}' after property value")
		}
		switch p.s[p.i] {
		case '}':
			p.i++
			return
		case ',':
			p.i++
			p.skipWS()
			if p.i >= len(p.s) || p.s[p.i] != '"' {
				p.at("Expected double-quoted property name")
			}
		default:
			p.at("Expected ',' or '}' after property value")
		}
	}
}

func (p *jsonParser) array() {
	p.i++ // [
	p.skipWS()
	if p.i < len(p.s) && p.s[p.i] == ']' {
		p.i++
		return
	}
	for {
		p.skipWS()
		p.value()
		p.skipWS()
		if p.i >= len(p.s) {
			p.at("Expected ',' or ']' after array element")
		}
		switch p.s[p.i] {
		case ']':
			p.i++
			return
		case ',':
			p.i++
		default:
			p.at("Expected ',' or ']' after array element")
		}
	}
}

func (p *jsonParser) str() {
	p.i++ // "
	for {
		if p.i >= len(p.s) {
			p.at("Unterminated string")
		}
		c := p.s[p.i]
		switch {
		case c == '"':
			p.i++
			return
		case c < 0x20:
			p.at("Bad control character in string literal")
		case c == '\\':
			p.i++
			if p.i >= len(p.s) {
				p.at("Unterminated string")
			}
			switch p.s[p.i] {
			case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
				p.i++
			case 'u':
				for k := 1; k <= 4; k++ {
					if p.i+k >= len(p.s) || !isHex(p.s[p.i+k]) {
						p.i += k
						p.at("Bad Unicode escape")
					}
				}
				p.i += 5
			default:
				p.at("Bad escaped character")
			}
		default:
			p.i++
		}
	}
}

func isHex(c uint16) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}

func (p *jsonParser) digit() bool {
	return p.i < len(p.s) && p.s[p.i] >= '0' && p.s[p.i] <= '9'
}

func (p *jsonParser) number() {
	if p.s[p.i] == '-' {
		p.i++
		if !p.digit() {
			p.at("No number after minus sign")
		}
	}
	if p.s[p.i] == '0' {
		p.i++
		if p.digit() {
			p.at("Unexpected number")
		}
	} else {
		for p.digit() {
			p.i++
		}
	}
	if p.i < len(p.s) && p.s[p.i] == '.' {
		p.i++
		if !p.digit() {
			p.at("Unterminated fractional number")
		}
		for p.digit() {
			p.i++
		}
	}
	if p.i < len(p.s) && (p.s[p.i] == 'e' || p.s[p.i] == 'E') {
		p.i++
		if p.i < len(p.s) && (p.s[p.i] == '+' || p.s[p.i] == '-') {
			p.i++
		}
		if !p.digit() {
			p.at("Exponent part is missing a number")
		}
		for p.digit() {
			p.i++
		}
	}
}
