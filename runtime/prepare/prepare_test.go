package prepare

import (
	"errors"
	"strings"
	"testing"

	"github.com/dop251/goja"
)

func TestUnsupported(t *testing.T) {
	tests := []struct{ src, want string }{
		{"class A extends B { async m() { super.x = 1; } }", "t.js:1:33: loopviz does not support assigning to a super property inside async methods yet"},
		{"function F() { const f = async () => new.target; }", "t.js:1:38: loopviz does not support 'new.target' inside async arrow functions yet"},
	}
	for _, tt := range tests {
		_, err := CommonJS("t.js", tt.src, Options{Hooks: true})
		var ue *UnsupportedError
		if !errors.As(err, &ue) || err.Error() != tt.want {
			t.Errorf("%q: got %T %v, want %s", tt.src, err, err, tt.want)
		}
	}
	// super in a method nested in an async function is that method's own: fine.
	if _, err := CommonJS("t.js", "async function f() { return { m() { return super.toString(); } }; }", Options{}); err != nil {
		t.Errorf("nested method with super: %v", err)
	}
}

func TestResultCompilesAgain(t *testing.T) {
	res, err := CommonJS("t.js", "async function f() { for await (const x of y) {} }\nmodule.exports = f;", Options{Hooks: true})
	if err != nil {
		t.Fatal(err)
	}
	prg, err := goja.CompileAST(res.Program, false)
	if err != nil {
		t.Fatal(err)
	}
	vm := goja.New()
	v, err := vm.RunProgram(prg)
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := goja.AssertFunction(v); !ok {
		t.Fatalf("program evaluated to %v", v)
	}
	if res.Source != "async function f() { for await (const x of y) {} }\nmodule.exports = f;" {
		t.Errorf("Source = %q", res.Source)
	}
}

func TestWrapperToString(t *testing.T) {
	r, err := runModule(t, "t.js", "console.log(arguments.callee.toString());", Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := "function (exports, require, module, __filename, __dirname) {\nconsole.log(arguments.callee.toString());\n}"
	if strings.Join(r.out, "\n") != want {
		t.Errorf("got %q", r.out)
	}
}

func TestSyntaxErrorRender(t *testing.T) {
	_, err := CommonJS("/home/u/a.js", "let x = 1;\n\tfoo(x, 2;\n", Options{})
	var se *SyntaxError
	if !errors.As(err, &se) {
		t.Fatalf("got %v", err)
	}
	if got, want := se.Error(), "/home/u/a.js:2:9: SyntaxError: missing ) after argument list"; got != want {
		t.Errorf("Error() = %q, want %q", got, want)
	}
	if got, want := se.Render(), "/home/u/a.js:2\n\tfoo(x, 2;\n\t       ^\n\nSyntaxError: missing ) after argument list\n"; got != want {
		t.Errorf("Render() = %q, want %q", got, want)
	}
}
