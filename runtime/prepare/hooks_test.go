package prepare

import (
	"fmt"
	"strings"
	"testing"

	"github.com/dop251/goja"
	"github.com/dop251/goja/ast"
)

// TestRunawayLoopsPassHooks runs endless loops and functions that do nothing, with a hook that
// interrupts the runtime after 1000 calls (as loopviz bounds runaway code): every one must stop.
func TestRunawayLoopsPassHooks(t *testing.T) {
	for _, src := range []string{
		"while (true) {}",
		"while (true);",
		"for (;;) {}",
		"for (;;);",
		"do {} while (true);",
		"do ; while (true)",
		"L: for (;;) { continue L; }",
		"a: b: while (true) { continue a; }",
		"while (true) { function f() {} }",
		"for (const x of (function* () { for (;;) yield 1; })()) ;",
		"for (const k in { a: 1 }) { for (;;) {} }",
		"function f() {} for (;;) f();",
		"const f = () => {}; for (;;) f();",
		"function r() { r(); } r();",
		"const r = () => r(); r();",
		"class A { m() {} } const a = new A(); for (;;) a.m();",
		"async function f() { for (;;) await null; } f();",
		"async function* g() { for (;;) yield 1; } (async () => { for await (const x of g()) {} })();",
		"(async () => { for await (const x of (function* () { for (;;) yield 1; })()) ; })();",
	} {
		t.Run(src, func(t *testing.T) {
			calls := 0
			_, err := runModuleWith(t, "t.js", src, Options{Hooks: true}, func(vm *goja.Runtime, id int) {
				calls++
				if calls == 1000 {
					vm.Interrupt("runaway")
				}
			})
			if err != nil {
				t.Fatal(err)
			}
			if calls < 1000 {
				t.Errorf("stopped after %d hook calls", calls)
			}
		})
	}
}

func TestWhileTrueHasAHookInItsBody(t *testing.T) {
	res, err := CommonJS("t.js", "while(true){}", Options{Hooks: true})
	if err != nil {
		t.Fatal(err)
	}
	wrapper := res.Program.Body[0].(*ast.ExpressionStatement).Expression.(*ast.FunctionLiteral)
	loop := wrapper.Body.List[1].(*ast.WhileStatement)
	body := loop.Body.(*ast.BlockStatement)
	if len(body.List) != 1 || !isHook(body.List[0]) {
		t.Fatalf("while body is not one hook:\n%s", printJS(res.Program))
	}
	if p := res.Stmts[1]; p != (Pos{1, 12}) {
		t.Errorf("body hook at %v, want 1:12", p)
	}
}

// TestHookCountsStatements: one hook call per statement executed (a statement is anything but a
// function declaration, an empty statement or a directive; an arrow's expression body counts as
// one return statement).
func TestHookCountsStatements(t *testing.T) {
	src := `let total = 0;
function add(x) {
  total += x;
}
for (let i = 0; i < 3; i++) {
  add(i);
}
if (total > 2) console.log('big'); else console.log('small');
const f = (x) => x * 2;
f(1); f(2);
`
	// Lines of the statements in execution order.
	want := "1 5 6 3 6 3 6 3 8 8 9 10 9 10 9"
	r, err := runModule(t, "t.js", src, Options{Hooks: true})
	if err != nil {
		t.Fatal(err)
	}
	res, _ := CommonJS("t.js", src, Options{Hooks: true})
	var lines []string
	for _, id := range r.hooks {
		lines = append(lines, fmt.Sprint(res.Stmts[id].Line))
	}
	if got := strings.Join(lines, " "); got != want {
		t.Errorf("statements ran on lines %s, want %s", got, want)
	}
	if len(r.hooks) != 15 {
		t.Errorf("%d hook calls, want 15", len(r.hooks))
	}
}

func TestNoHooksWithoutOption(t *testing.T) {
	src := "for (;;) { if (x) break; }\nasync function f() { await 1; }\nconst g = () => 1;"
	res, err := CommonJS("t.js", src, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Stmts) != 0 || strings.Contains(printJS(res.Program), "__lv.s(") {
		t.Errorf("hooks without Options.Hooks:\n%s", printJS(res.Program))
	}
}

func TestHookCountsAsyncStatements(t *testing.T) {
	src := `async function f() {
  for await (const x of [1, 2]) {}
  const y = await 3;
  return y;
}
f();
`
	want := "6 2 2 2 3 4" // f(); the for await; its body twice; the rest after the awaits
	r, err := runModule(t, "t.js", src, Options{Hooks: true})
	if err != nil {
		t.Fatal(err)
	}
	res, _ := CommonJS("t.js", src, Options{Hooks: true})
	var lines []string
	for _, id := range r.hooks {
		lines = append(lines, fmt.Sprint(res.Stmts[id].Line))
	}
	if got := strings.Join(lines, " "); got != want {
		t.Errorf("statements ran on lines %s, want %s", got, want)
	}
}
