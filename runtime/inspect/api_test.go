package inspect

import (
	"strings"
	"testing"

	"github.com/dop251/goja"
)

// run evaluates src in a fresh runtime that has an Inspector.
func run(t *testing.T, hooks Hooks, src string) (*Inspector, goja.Value) {
	t.Helper()
	rt := goja.New()
	in := New(rt, hooks)
	v, err := rt.RunString(src)
	if err != nil {
		t.Fatal(err)
	}
	return in, v
}

// Exceptions thrown while rendering propagate as JavaScript exceptions, as in node.
func TestExceptionsPropagate(t *testing.T) {
	for _, tc := range []struct{ name, src, msg string }{
		{"custom inspect", `({ [Symbol.for('nodejs.util.inspect.custom')]() { throw new Error('boom') } })`, "boom"},
		{"toStringTag getter", `({ get [Symbol.toStringTag]() { throw new Error('tag') } })`, "tag"},
		{"toStringTag getter on class", `new (class A { get [Symbol.toStringTag]() { throw new Error('cls') } })()`, "cls"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			in, v := run(t, Hooks{}, tc.src)
			ex := in.Runtime().Try(func() { in.Inspect(v, DefaultOptions()) })
			if ex == nil || !strings.Contains(ex.Error(), tc.msg) {
				t.Fatalf("got exception %v, want one mentioning %q", ex, tc.msg)
			}
		})
	}
}

func TestTableRejectsNonArrayProperties(t *testing.T) {
	in, v := run(t, Hooks{}, `[{ a: 1 }]`)
	for props, want := range map[string]string{
		`'x'`:  `The "properties" argument must be an instance of Array. Received type string ('x')`,
		`({})`: `The "properties" argument must be an instance of Array. Received an instance of Object`,
		`5`:    `The "properties" argument must be an instance of Array. Received type number (5)`,
		`null`: `The "properties" argument must be an instance of Array. Received null`,
		`'a very long string that goes on and on'`: `The "properties" argument must be an instance of Array. Received type string ('a very long string that g...')`,
	} {
		p, err := in.Runtime().RunString(props)
		if err != nil {
			t.Fatal(err)
		}
		ex := in.Runtime().Try(func() { in.Table(v, p) })
		if ex == nil {
			t.Fatalf("%s: no exception", props)
		}
		obj := ex.Value().(*goja.Object)
		if got := obj.Get("message").String(); got != want {
			t.Errorf("%s: message %q, want %q", props, got, want)
		}
		if got := obj.Get("code").String(); got != "ERR_INVALID_ARG_TYPE" {
			t.Errorf("%s: code %q", props, got)
		}
	}
}

// The JavaScript inspect function takes node's options object and the legacy arguments.
func TestInspectFunction(t *testing.T) {
	in, _ := run(t, Hooks{}, `0`)
	rt := in.Runtime()
	_ = rt.Set("inspect", in.InspectFunction())
	for src, want := range map[string]string{
		`inspect({ a: { b: { c: {} } } }, false, 0)`:                  `{ a: [Object] }`,
		`inspect({ a: { b: { c: { d: 1 } } } }, false, null)`:         "{\n  a: { b: { c: { d: 1 } } }\n}",
		`inspect({ a: 1 }, { compact: false })`:                       "{\n  a: 1\n}",
		`inspect('x')`:                                                `'x'`,
		`inspect.custom === Symbol.for('nodejs.util.inspect.custom')`: `true`,
		`inspect.name`: `inspect`,
	} {
		v, err := rt.RunString(src)
		if err != nil {
			t.Fatalf("%s: %v", src, err)
		}
		if got := v.String(); got != want {
			t.Errorf("%s = %q, want %q", src, got, want)
		}
	}
}

func TestHostHideProperties(t *testing.T) {
	var handle *goja.Object
	hooks := Hooks{Host: func(o *goja.Object) (Host, bool) {
		if o != handle {
			return Host{}, false
		}
		return Host{Type: "Immediate", HideProperties: true, Entries: func(r *Renderer) []string {
			return []string{r.Property(r.s.in.str("_onImmediate"), goja.Undefined())}
		}}, true
	}}
	in, v := run(t, hooks, `(function () { class Immediate {} const i = new Immediate(); i.secret = 1; return i; })()`)
	handle = v.(*goja.Object)
	if got, want := in.Inspect(v, DefaultOptions()), "Immediate { _onImmediate: undefined }"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	opts := DefaultOptions()
	opts.Depth = -1
	if got, want := in.Inspect(v, opts), "[Immediate]"; got != want {
		t.Errorf("beyond depth: got %q, want %q", got, want)
	}
}

func TestOptionsInfinity(t *testing.T) {
	in, v := run(t, Hooks{}, `({ a: { b: { c: { d: { e: [1, 2, 3] } } } } })`)
	opts := DefaultOptions()
	opts.Depth = Infinity
	opts.BreakLength = Infinity
	// What node prints for util.inspect(v, { depth: Infinity, breakLength: Infinity }): the
	// compact rule still breaks the outer levels.
	if got, want := in.Inspect(v, opts), "{\n  a: {\n    b: {\n      c: { d: { e: [ 1, 2, 3 ] } }\n    }\n  }\n}"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// Patching built-ins after New does not change what is printed.
func TestPatchedBuiltins(t *testing.T) {
	in, v := run(t, Hooks{}, `
		Object.keys = () => ['nope'];
		Reflect.ownKeys = () => ['nope'];
		Object.getOwnPropertyDescriptor = () => undefined;
		Map.prototype.entries = function* () { yield ['fake', 1]; };
		({ a: [1, 2], m: new Map([['k', 'v']]), o: Object.create(null) })`)
	want := "{\n  a: [ 1, 2 ],\n  m: Map(1) { 'k' => 'v' },\n  o: [Object: null prototype] {}\n}" // node's output
	for _, fast := range []bool{true, false} {
		fastPath = fast
		if got := in.Inspect(v, DefaultOptions()); got != want {
			t.Errorf("fast path %v: got %q, want %q", fast, got, want)
		}
	}
	fastPath = true
}

func TestSourceFlavor(t *testing.T) {
	for src, want := range map[string]int{
		"async function f() {}":         srcAsync,
		"async function* f() {}":        srcAsync | srcGenerator,
		"async function /* x */ *f(){}": srcAsync | srcGenerator,
		"async () => 1":                 srcAsync,
		"async (a, (b)) => 1":           srcAsync,
		"async x => x":                  srcAsync,
		"async m() {}":                  srcAsync,
		"async *m() {}":                 srcAsync | srcGenerator,
		"async [k]() {}":                srcAsync,
		"async() {}":                    0,
		"async(a) { return ')' }":       0,
		"async => 1":                    0,
		"asyncish() {}":                 0,
		"function* g() {}":              srcGenerator,
		"function *g() {}":              srcGenerator,
		"*g() {}":                       srcGenerator,
		"function f() {}":               0,
		"() => 1":                       0,
		"get x() {}":                    0,
	} {
		if got := sourceFlavor(src); got != want {
			t.Errorf("sourceFlavor(%q) = %d, want %d", src, got, want)
		}
	}
}

// goja's own promises (loopviz replaces them, but raw goja code may still make some).
func TestNativePromise(t *testing.T) {
	in, v := run(t, Hooks{}, `[Promise.resolve(1), new Promise(() => {}), Promise.reject(new RangeError('r')), Promise.resolve({ a: { b: {} } })]`)
	v.(*goja.Object).Get("2").(*goja.Object).Export().(*goja.Promise).Result().(*goja.Object).Set("stack", "RangeError: r")
	want := "[\n  Promise { 1 },\n  Promise { <pending> },\n  Promise { <rejected> [RangeError: r] },\n  Promise { { a: [Object] } }\n]" // node prints this too
	if got := in.Inspect(v, DefaultOptions()); got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
