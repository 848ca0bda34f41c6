package prepare

import (
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/dop251/goja"
)

// TestStmtPositions checks where each statement hook sits (Result.Stmts, in hook id order).
func TestStmtPositions(t *testing.T) {
	tests := []struct {
		name, src string
		want      string // "line:col" of each hook, in id order
	}{
		{"statements", "a();\n  b();", "1:1 2:3"},
		{"if-else", "if (x) y(); else z();", "1:1 1:8 1:18"},
		{"if-parens", "if ((x)) { y(); }", "1:1 1:12"},
		{"else-if", "if (a) { b(); } else if (c) d();", "1:1 1:10 1:22 1:29"},
		{"parenthesized-expression", "  (function () {})();", "1:3 1:17"},
		{"for-empty-block", "for (;;) {}", "1:1 1:10"},
		{"while-empty-statement", "while (x) ;", "1:1 1:11"},
		{"while-true", "while (true) {}", "1:1 1:14"},
		{"do-while", "do x(); while (y);", "1:1 1:4"},
		{"for-in-of", "for (const k in o) f(k);\nfor (const v of a) { g(v); }", "1:1 1:20 2:1 2:22"},
		{"label", "L: for (;;) x();", "1:1 1:13"},
		{"label-block", "L: { break L; }", "1:1 1:6"},
		{"function-declaration-not-hooked", "function f() {}\nf();", "1:15 2:1"},
		{"function-body", "function f(a) {\n  return a;\n}", "2:3"},
		{"arrow-expression-body", "const g = x => x * 2;", "1:1 1:16"},
		{"arrow-parenthesized-body", "const g = () => ({ a: 1 });", "1:1 1:17"},
		{"directives-not-hooked", "'use strict';\nfoo();", "2:1"},
		{"function-directive", "function f() { 'use strict'; return 1; }", "1:30"},
		{"switch", "switch (x) { case 1: a(); break; default: b(); }", "1:1 1:22 1:27 1:43"},
		{"class-static-block-and-method", "class A { static { s(); } m() { return 1; } }", "1:1 1:20 1:33"},
		{"try-catch-finally", "try { a(); } catch { b(); } finally { c(); }", "1:1 1:7 1:22 1:39"},
		{"async-function", "async function f() { await g(); }", "1:22"},
		{"async-arrow-expression", "const f = async () => await g();", "1:1 1:23"},
		{"for-await", "async function f() {\n  for await (const x of y) z(x);\n}", "2:3 2:28"},
		{"for-await-empty-body", "async function f() { for await (const x of y) {} }", "1:22 1:47"},
		{"utf8-bytes", "x = 'é'; a();", "1:1 1:11"},
		{"hashbang", "#!/usr/bin/env node\nfoo();", "2:1"},
		{"bom", "\uFEFFfoo();\nbar();", "1:1 2:1"},
		{"top-level-return", "a();\nif (x) return;\nb();", "1:1 2:1 2:8 3:1"},
		{"let-const-class", "let a = 1;\nconst b = 2;\nclass C {}", "1:1 2:1 3:1"},
		{"with", "with (o) x();", "1:1 1:10"},
		{"empty-statement-not-hooked", "a();;", "1:1"},
		{"object-async-generator-method", "({ async *m() { a(); } });", "1:1 1:17"},
		{"object-async-generator-method-line-2", "x = {\n  async *m() {\n    for await (const v of w) b(v);\n  },\n};", "1:1 3:5 3:30"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := CommonJS("t.js", tt.src, Options{Hooks: true})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, p := range res.Stmts {
				got = append(got, fmt.Sprintf("%d:%d", p.Line, p.Col))
			}
			if g := strings.Join(got, " "); g != tt.want {
				t.Errorf("hooks at %s, want %s\n%s", g, tt.want, printJS(res.Program))
			}
		})
	}
}

func TestNodeColumn(t *testing.T) {
	src := "'é😀'; x\r\nab\u2028é x"
	for _, tt := range []struct{ line, col, want int }{
		{1, 1, 1}, {1, 4, 3}, {1, 8, 5}, {1, 11, 8}, {2, 3, 3}, {3, 4, 3},
	} {
		if got := NodeColumn(src, tt.line, tt.col); got != tt.want {
			t.Errorf("NodeColumn(%d:%d) = %d, want %d", tt.line, tt.col, got, tt.want)
		}
	}
}

// positions records, at each here() call, the position and function name of the calling frame,
// and at the end the position of an uncaught error's first frame.
type positions struct {
	calls []string
	err   string
}

func (p *positions) sorted() string {
	c := append([]string(nil), p.calls...)
	sort.Strings(c)
	return strings.Join(c, " ") + " | " + p.err
}

func newHereRuntime(p *positions) *goja.Runtime {
	vm := goja.New()
	_ = vm.Set("here", func() {
		st := vm.CaptureCallStack(2, nil)
		pos := st[1].Position()
		p.calls = append(p.calls, fmt.Sprintf("%d:%d", pos.Line, pos.Column))
	})
	return vm
}

func (p *positions) uncaught(err error) {
	if ex, ok := err.(*goja.Exception); ok && len(ex.Stack()) > 0 {
		pos := ex.Stack()[0].Position()
		p.err = fmt.Sprintf("%d:%d", pos.Line, pos.Column)
		return
	}
	if err != nil {
		p.err = err.Error()
	}
}

// runNative runs src as a plain goja script (goja's own async functions): the reference for
// where goja reports positions.
func runNative(src string) *positions {
	p := &positions{}
	vm := newHereRuntime(p)
	var rejected error
	vm.SetPromiseRejectionTracker(func(pr *goja.Promise, op goja.PromiseRejectionOperation) {
		if op == goja.PromiseRejectionReject {
			if o, ok := pr.Result().(*goja.Object); ok {
				rejected = errFromObject(o)
			}
		}
	})
	_, err := vm.RunScript("t.js", src)
	if err == nil {
		err = rejected
	}
	p.uncaught(err)
	return p
}

// rejectedPosition reads the first frame of an error object's stack ("at f (file:L:C(n))").
type stackErr struct{ pos string }

func (e stackErr) Error() string { return e.pos }

func errFromObject(o *goja.Object) error {
	stack := o.Get("stack")
	if stack == nil {
		return nil
	}
	for _, line := range strings.Split(stack.String(), "\n") {
		line = strings.TrimSpace(line)
		if !strings.HasPrefix(line, "at ") {
			continue
		}
		// "at f (t.js:3:5(12))" or "at t.js:3:5(12)"
		i := strings.LastIndex(line, ".js:")
		if i < 0 {
			continue
		}
		rest := line[i+4:]
		parts := strings.SplitN(rest, ":", 2)
		col := parts[1]
		if j := strings.IndexAny(col, "()"); j >= 0 {
			col = col[:j]
		}
		return stackErr{parts[0] + ":" + col}
	}
	return nil
}

// runPrepared runs src prepared, with the test __lv.
func runPrepared(t *testing.T, src string) *positions {
	t.Helper()
	res, err := CommonJS("t.js", src, Options{Hooks: true})
	if err != nil {
		t.Fatal(err)
	}
	p := &positions{}
	vm := newHereRuntime(p)
	var rejected error
	vm.SetPromiseRejectionTracker(func(pr *goja.Promise, op goja.PromiseRejectionOperation) {
		if op == goja.PromiseRejectionReject {
			if o, ok := pr.Result().(*goja.Object); ok {
				rejected = errFromObject(o)
			}
		}
	})
	factory, err := vm.RunProgram(lvRuntime)
	if err != nil {
		t.Fatal(err)
	}
	mk, _ := goja.AssertFunction(factory)
	lv, err := mk(goja.Undefined(), vm.ToValue(func(int) {}))
	if err != nil {
		t.Fatal(err)
	}
	w, err := vm.RunProgram(res.Compiled)
	if err != nil {
		t.Fatal(err)
	}
	fn, _ := goja.AssertFunction(w)
	exports := vm.NewObject()
	_, err = fn(exports, exports, goja.Undefined(), vm.NewObject(), vm.ToValue("t.js"), vm.ToValue("."), lv)
	if err == nil {
		err = rejected
	}
	p.uncaught(err)
	return p
}

// TestRuntimePositions checks that goja reports the user's positions when the prepared program
// runs: here() sees its caller at the same line:col, and an uncaught error (or rejection) has
// the same first frame, as when goja runs the original text itself.
func TestRuntimePositions(t *testing.T) {
	tests := []struct{ name, src string }{
		{"line-1", "here(); here();\n  here();"},
		{"throw-line-1", "  here(); throw new Error('x');"},
		{"type-error-line-1", "var o = null; here(); o.x;"},
		{"in-function", "function f() {\n  here();\n  return g();\n}\nfunction g() { here(); }\nf();"},
		{"loops-and-ifs", "for (let i = 0; i < 2; i++) if (i) here(); else { here(); }\nwhile (false) here();"},
		{"arrow-expression", "const f = (x) => here(x);\nf(1);"},
		{"async-before-await", "async function f() { here(); }\nf();"},
		{"async-after-await", "async function f() {\n  await null;\n  here();\n  throw new Error('late');\n}\nf();"},
		{"async-arrow", "const f = async () => { await 1; here(); };\nf();"},
		{"async-method", "class A { async m() { await 0;\n here(); } }\nnew A().m();"},
		{"rejection-in-async", "(async () => { await null; null.x; })();"},
		{"utf8", "const s = 'é😀'; here(); throw new Error(s);"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			native := runNative(tt.src)
			prepared := runPrepared(t, tt.src)
			if native.sorted() != prepared.sorted() {
				t.Errorf("prepared: %s\nnative:   %s", prepared.sorted(), native.sorted())
			}
			if len(native.calls) == 0 && native.err == "" {
				t.Errorf("the test observed nothing")
			}
		})
	}
}

// TestRuntimePositionsOnlyPrepared covers what goja cannot run natively: positions must be
// those of the here() calls in the text (goja reports a call at its '(').
func TestRuntimePositionsOnlyPrepared(t *testing.T) {
	tests := []struct{ name, src string }{
		{"top-level-return", "here();\nif (true) { here(); return; }"},
		{"for-await", "(async () => {\n  for await (const x of [1, 2]) here();\n})();"},
		{"async-generator", "async function* g() { yield 1; here(); }\n(async () => { for await (const v of g()) here(); })();"},
		{"hashbang", "#!/usr/bin/env node\nhere();"},
		{"bom", "\uFEFFhere(); here();"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := stripBOM(tt.src)
			s := newSource("t.js", src)
			var want []string
			for off := strings.Index(src, "here("); off >= 0; {
				p := s.pos(off + 4)
				want = append(want, fmt.Sprintf("%d:%d", p.Line, p.Col))
				next := strings.Index(src[off+1:], "here(")
				if next < 0 {
					break
				}
				off += 1 + next
			}
			got := runPrepared(t, tt.src)
			g := append([]string(nil), got.calls...)
			sort.Strings(g)
			sort.Strings(want)
			// Every here() in the text runs at least once.
			if strings.Join(dedupe(g), " ") != strings.Join(dedupe(want), " ") || got.err != "" {
				t.Errorf("here() seen at %v (err %q), want %v", g, got.err, want)
			}
		})
	}
}

func dedupe(s []string) []string {
	var out []string
	for i, v := range s {
		if i == 0 || v != s[i-1] {
			out = append(out, v)
		}
	}
	return out
}

// TestAsyncFrameNames: in the stack, the body of an async function runs in a frame named
// __lv_async_<name> (the runtime strips the prefix).
func TestAsyncFrameNames(t *testing.T) {
	src := `async function foo() { here(); }
const bar = async () => { here(); };
class A { async m() { here(); } static async *gen() { here(); yield 1; } }
const o = { baz: async function () { here(); }, async *qux() { here(); } };
foo(); bar(); new A().m(); A.gen().next(); o.baz(); o.qux().next();`
	res, err := CommonJS("t.js", src, Options{})
	if err != nil {
		t.Fatal(err)
	}
	vm := goja.New()
	var names []string
	_ = vm.Set("here", func() {
		names = append(names, vm.CaptureCallStack(2, nil)[1].FuncName())
	})
	factory, _ := vm.RunProgram(lvRuntime)
	mk, _ := goja.AssertFunction(factory)
	lv, _ := mk(goja.Undefined(), vm.ToValue(func(int) {}))
	w, err := vm.RunProgram(res.Compiled)
	if err != nil {
		t.Fatal(err)
	}
	fn, _ := goja.AssertFunction(w)
	if _, err := fn(goja.Undefined(), goja.Undefined(), goja.Undefined(), vm.NewObject(), goja.Undefined(), goja.Undefined(), lv); err != nil {
		t.Fatal(err)
	}
	want := "__lv_async_foo __lv_async_bar __lv_async_m __lv_async_gen __lv_async_baz __lv_async_qux"
	if got := strings.Join(names, " "); got != want {
		t.Errorf("frames %s, want %s", got, want)
	}
}
