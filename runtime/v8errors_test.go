package runtime

import "testing"

// The expected messages are what node v20.20.2 printed for the same lines.
func TestV8Message(t *testing.T) {
	tests := []struct {
		msg, line string
		col       int
		want      string
	}{
		{"Object has no member 'foo'", "  () => { o.foo() },", 16, "o.foo is not a function"},
		{"Value is not an object: undefined", "  () => { f() },", 12, "f is not a function"},
		{"Cannot read property 'c' of undefined", "  () => { o.a.b.c },", 17, "Cannot read properties of undefined (reading 'c')"},
		{"Cannot read property 'x' of undefined", "  () => { null.x },", 16, "Cannot read properties of null (reading 'x')"},
		{"Cannot convert undefined or null to object", "  () => { null.x = 1 },", 16, "Cannot set properties of null (setting 'x')"},
		{"Cannot convert undefined or null to object", "  () => { undefined.foo = 1 },", 21, "Cannot set properties of undefined (setting 'foo')"},
		{"Value is not an object: undefined", "  () => { new f() },", 11, "f is not a constructor"},
		{"Cannot read property 'call' of undefined or null", "  () => { this.handler.call() },", 16, "Cannot read properties of undefined (reading 'call')"},
		{"Cannot read property 'map' of undefined or null", "  () => { o.a.list.map(x => x) },", 15, "Cannot read properties of undefined (reading 'map')"},
		{"No initial value", "[].reduce((a, b) => a)", 4, "Reduce of empty array with no initial value"},
		{"Malformed URI", "decodeURIComponent('%')", 1, "URI malformed"},
		{"Cannot convert 1.5 to a BigInt", "BigInt(1.5)", 1, "The number 1.5 cannot be converted to a BigInt because it is not an integer"},
		{"Class constructor cannot be invoked without 'new'", "  () => { class B {} B() },", 23, "Class constructor B cannot be invoked without 'new'"},
		{"Object has no member 'fetch'", "    await this.api[0].fetch(id);", 28, "this.api[0].fetch is not a function"},
		{"Value is not object coercible", "function connect({ host, port }) { return `${host}:${port}`; }", 1, "Cannot destructure property 'host' of 'undefined' as it is undefined."},
		{"Value is not object coercible", "try { const { a } = null; } catch (e) {}", 7, "Cannot destructure property 'a' of 'null' as it is null."},
		{"Cannot convert undefined or null to object", "try { const [x] = null; } catch (e) {}", 7, "null is not iterable"},
		{"Cannot access a variable before initialization", "  console.log(tdz);", 15, "Cannot access 'tdz' before initialization"},
		{"something else entirely", "x", 1, "something else entirely"},
	}
	for _, tc := range tests {
		if got := v8Message(tc.msg, tc.line, tc.col); got != tc.want {
			t.Errorf("v8Message(%q, %q, %d) = %q, want %q", tc.msg, tc.line, tc.col, got, tc.want)
		}
	}
}

func TestV8MessageTellsNullFromUndefined(t *testing.T) {
	lines := []string{
		"const user = null;",
		"let cfg;",
		"cfg = { port: 1 };",
		"cfg = undefined;",
		"user.name; cfg.port;",
	}
	if got := v8MessageIn("Cannot read property 'name' of undefined", lines, 5, 6); got != "Cannot read properties of null (reading 'name')" {
		t.Errorf("user: %q", got)
	}
	if got := v8MessageIn("Cannot read property 'port' of undefined", lines, 5, 17); got != "Cannot read properties of undefined (reading 'port')" {
		t.Errorf("cfg: %q", got)
	}
}
