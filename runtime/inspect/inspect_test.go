package inspect

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/dop251/goja"
)

// goldenCase is one entry of testdata/golden.json, as record.js wrote it from real node.
type goldenCase struct {
	Name   string `json:"name"`
	Output string `json:"output"`
}

// knownDifferences are cases where loopviz cannot print what node prints, and why.
var knownDifferences = map[string]string{
	"weakmap showHidden entries": "goja keeps a WeakMap's entries in a private Go map of weak pointers; " +
		"loopviz prints <items unknown>, as node does without showHidden",
}

// harnessCase is one case of cases.js as the goja harness collected it.
type harnessCase struct {
	kind string
	name string
	fn   goja.Callable
	opts goja.Value
}

// fakePromise is the test's stand-in for loopviz's own promises: a plain object that only the
// Host hook knows to be a promise.
type fakePromise struct {
	state  PromiseState
	result goja.Value
}

// harness is a goja runtime with an Inspector, the HOST helpers and the cases of cases.js.
type harness struct {
	rt       *goja.Runtime
	in       *Inspector
	cases    []harnessCase
	promises map[*goja.Object]fakePromise
	sources  map[*goja.Object]string
	timeouts map[*goja.Object]bool
}

const hostSource = `(function (register, isHost, withSource, registerTimeout) {
	// Named Promise, like loopviz's own implementation, with the same toStringTag.
	function Promise() {}
	class Timeout {}
	Object.defineProperty(Promise.prototype, Symbol.toStringTag, { value: 'Promise', configurable: true });
	const make = (state, v) => { const p = new Promise(); register(p, state, v); return p; };
	return {
		pending: () => make(0),
		resolved: (v) => (isHost(v) ? v : make(1, v)),
		rejected: (v) => make(2, v),
		// A function compiled from other source text, like loopviz's rewritten async functions.
		rewritten: (src, name) => withSource({ [name]: function () {} }[name], src),
		timeout: () => { const t = new Timeout(); registerTimeout(t); return t; },
	};
})`

func newHarness(t testing.TB) *harness {
	t.Helper()
	h := &harness{rt: goja.New(), promises: map[*goja.Object]fakePromise{}, sources: map[*goja.Object]string{}, timeouts: map[*goja.Object]bool{}}
	h.in = New(h.rt, Hooks{
		Host: func(obj *goja.Object) (Host, bool) {
			if h.timeouts[obj] {
				return h.timeoutHost(), true
			}
			p, ok := h.promises[obj]
			if !ok {
				return Host{}, false
			}
			return PromiseHost(p.state, p.result), true
		},
		FunctionSource: func(fn *goja.Object) (string, bool) {
			src, ok := h.sources[fn]
			return src, ok
		},
	})
	factory, err := h.rt.RunString(hostSource)
	if err != nil {
		t.Fatal(err)
	}
	mk, _ := goja.AssertFunction(factory)
	register := func(call goja.FunctionCall) goja.Value {
		h.promises[call.Argument(0).(*goja.Object)] = fakePromise{state: PromiseState(call.Argument(1).ToInteger()), result: call.Argument(2)}
		return goja.Undefined()
	}
	isHost := func(call goja.FunctionCall) goja.Value {
		o, ok := call.Argument(0).(*goja.Object)
		_, known := h.promises[o]
		return h.rt.ToValue(ok && known)
	}
	withSource := func(call goja.FunctionCall) goja.Value {
		h.sources[call.Argument(0).(*goja.Object)] = call.Argument(1).String()
		return call.Argument(0)
	}
	registerTimeout := func(call goja.FunctionCall) goja.Value {
		h.timeouts[call.Argument(0).(*goja.Object)] = true
		return goja.Undefined()
	}
	host, err := mk(goja.Undefined(), h.rt.ToValue(register), h.rt.ToValue(isHost), h.rt.ToValue(withSource), h.rt.ToValue(registerTimeout))
	if err != nil {
		t.Fatal(err)
	}
	add := func(kind string) func(goja.FunctionCall) goja.Value {
		return func(call goja.FunctionCall) goja.Value {
			fn, ok := goja.AssertFunction(call.Argument(1))
			if !ok {
				panic(h.rt.NewTypeError("case " + call.Argument(0).String() + ": not a function"))
			}
			h.cases = append(h.cases, harnessCase{kind: kind, name: call.Argument(0).String(), fn: fn, opts: call.Argument(2)})
			return goja.Undefined()
		}
	}
	src, err := os.ReadFile(filepath.Join("testdata", "cases.js"))
	if err != nil {
		t.Fatal(err)
	}
	prog, err := goja.Compile("cases.js", "(function (log, show, inspect, format, table, HOST) {\n"+string(src)+"\n})", false)
	if err != nil {
		t.Fatal(err)
	}
	wrapper, err := h.rt.RunProgram(prog)
	if err != nil {
		t.Fatal(err)
	}
	run, _ := goja.AssertFunction(wrapper)
	if _, err := run(goja.Undefined(), h.rt.ToValue(add("log")), h.rt.ToValue(add("show")), h.rt.ToValue(add("inspect")),
		h.rt.ToValue(add("format")), h.rt.ToValue(add("table")), host); err != nil {
		t.Fatal(err)
	}
	return h
}

// timeoutHost renders a Timeout from Go state, the way loopviz's runtime renders its timers.
func (h *harness) timeoutHost() Host {
	rt := h.rt
	onTimeout, _ := rt.RunString("(function () {})")
	refed := goja.NewSymbol("refed")
	return Host{Type: "Timeout", Entries: func(r *Renderer) []string {
		return []string{
			r.Property(rt.ToValue("_idleTimeout"), rt.ToValue(1000)),
			r.Property(rt.ToValue("_idlePrev"), goja.Null()),
			r.Property(rt.ToValue("_onTimeout"), onTimeout),
			r.Property(rt.ToValue("_repeat"), goja.Null()),
			r.Property(rt.ToValue("_destroyed"), rt.ToValue(false)),
			r.Property(refed, rt.ToValue(true)),
		}
	}}
}

// render runs one case the way record.js runs it in node.
func (h *harness) render(c harnessCase) (out string, err error) {
	v, err := c.fn(goja.Undefined())
	if err != nil {
		return "", err
	}
	args := func() []goja.Value {
		o := v.(*goja.Object)
		n := int(o.Get("length").ToInteger())
		a := make([]goja.Value, n)
		for i := range a {
			a[i] = o.Get(strconv.Itoa(i))
		}
		return a
	}
	ex := h.rt.Try(func() {
		switch c.kind {
		case "show":
			out = h.in.Format([]goja.Value{v}, DefaultOptions()) + "\n"
		case "log":
			out = h.in.Format(args(), DefaultOptions()) + "\n"
		case "format":
			out = h.in.Format(args(), DefaultOptions())
		case "inspect":
			out = h.in.Inspect(v, h.in.ParseOptions(c.opts, DefaultOptions()))
		case "table":
			a := args()
			props := goja.Undefined()
			if len(a) > 1 {
				props = a[1]
			}
			out = h.in.Table(a[0], props) + "\n"
		}
	})
	if ex != nil {
		return "", ex
	}
	return out, nil
}

func loadGolden(t testing.TB) []goldenCase {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", "golden.json"))
	if err != nil {
		t.Fatal(err)
	}
	var golden []goldenCase
	if err := json.Unmarshal(data, &golden); err != nil {
		t.Fatal(err)
	}
	return golden
}

// TestGolden renders every case of cases.js and compares it with what node printed.
func TestGolden(t *testing.T) { testGolden(t) }

// TestGoldenWithoutFastPath does the same through the JavaScript helpers only.
func TestGoldenWithoutFastPath(t *testing.T) {
	fastPath = false
	defer func() { fastPath = true }()
	testGolden(t)
}

func testGolden(t *testing.T) {
	golden := loadGolden(t)
	h := newHarness(t)
	if len(h.cases) != len(golden) {
		t.Fatalf("cases.js has %d cases, golden.json %d: run `node testdata/record.js`", len(h.cases), len(golden))
	}
	for i, c := range h.cases {
		g := golden[i]
		t.Run(c.name, func(t *testing.T) {
			if g.Name != c.name {
				t.Fatalf("golden.json has %q here: run `node testdata/record.js`", g.Name)
			}
			if why, ok := knownDifferences[c.name]; ok {
				t.Skip(why)
			}
			got, err := h.render(c)
			if err != nil {
				t.Fatalf("%s: %v", c.kind, err)
			}
			if got != g.Output {
				t.Errorf("%s mismatch\n--- node\n%s\n--- loopviz\n%s", c.kind, g.Output, got)
			}
		})
	}
}

// TestGoldenIsFresh re-records the golden file with node, when node is on the PATH, and fails
// if testdata/golden.json is stale.
func TestGoldenIsFresh(t *testing.T) {
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node is not on the PATH")
	}
	out := filepath.Join(t.TempDir(), "golden.json")
	cmd := exec.Command(node, filepath.Join("testdata", "record.js"), out)
	if msg, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("record.js: %v\n%s", err, msg)
	}
	fresh, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	stored, err := os.ReadFile(filepath.Join("testdata", "golden.json"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(fresh, stored) {
		t.Fatal("testdata/golden.json is stale: run `node testdata/record.js` in runtime/inspect")
	}
}
