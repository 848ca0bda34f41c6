package prepare

import (
	_ "embed"
	"errors"
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/dop251/goja"
)

//go:embed testdata/lvruntime.js
var lvRuntimeJS string

var lvRuntime = goja.MustCompile("lvruntime.js", lvRuntimeJS, false)

// run is the outcome of running a prepared module with the test runtime.
type run struct {
	out   []string // console.log lines, then "uncaught: ..." for an uncaught error
	hooks []int    // the ids __lv.s saw, in order
}

// runModule prepares src and runs it on a fresh goja runtime with the test-only __lv: the module
// body first, then (goja drains its promise jobs whenever a call from Go returns) the timers in
// order of due time.
func runModule(t testing.TB, name, src string, opts Options) (*run, error) {
	return runModuleWith(t, name, src, opts, nil)
}

// runModuleWith is runModule with a hook of the test's own (called as well as recorded).
func runModuleWith(t testing.TB, name, src string, opts Options, hook func(vm *goja.Runtime, id int)) (*run, error) {
	t.Helper()
	res, err := CommonJS(name, src, opts)
	if err != nil {
		return nil, err
	}
	out := &run{}
	vm, runTimers := testVM(out, name)
	factory, err := vm.RunProgram(lvRuntime)
	if err != nil {
		return nil, err
	}
	mkLv, _ := goja.AssertFunction(factory)
	lv, err := mkLv(goja.Undefined(), vm.ToValue(func(id int) {
		out.hooks = append(out.hooks, id)
		if hook != nil {
			hook(vm, id)
		}
	}))
	if err != nil {
		return nil, err
	}
	wrapperValue, err := vm.RunProgram(res.Compiled)
	if err != nil {
		return nil, err
	}
	runTimers(wrapperValue, lv)
	return out, nil
}

// testVM makes a fresh goja runtime with console.log, setTimeout and a fixed clock and random
// source, and a function that runs a module wrapper on it (with lv as its __lv), then its timers in
// order of due time, recording the output and any uncaught error in out.
func testVM(out *run, name string) (*goja.Runtime, func(wrapperValue, lv goja.Value)) {
	vm := goja.New()
	vm.SetMaxCallStackSize(2000)
	vm.SetRandSource(func() float64 { return 0.5 })
	vm.SetTimeSource(func() time.Time { return time.Unix(1e9, 0).UTC() })

	console := vm.NewObject()
	_ = console.Set("log", func(call goja.FunctionCall) goja.Value {
		parts := make([]string, len(call.Arguments))
		for i, a := range call.Arguments {
			parts[i] = a.String()
		}
		out.out = append(out.out, strings.Join(parts, " "))
		return goja.Undefined()
	})
	_ = vm.Set("console", console)

	type timer struct {
		due, seq int64
		fn       goja.Callable
	}
	var timers []timer
	var now, seq int64
	_ = vm.Set("setTimeout", func(call goja.FunctionCall) goja.Value {
		fn, ok := goja.AssertFunction(call.Argument(0))
		if !ok {
			panic(vm.NewTypeError("callback is not a function"))
		}
		d := call.Argument(1).ToInteger()
		if d < 1 {
			d = 1
		}
		seq++
		timers = append(timers, timer{due: now + d, seq: seq, fn: fn})
		return goja.Undefined()
	})

	uncaught := func(err error) {
		if ex, ok := err.(*goja.Exception); ok {
			v := ex.Value()
			if o, ok := v.(*goja.Object); ok && o.Get("message") != nil {
				out.out = append(out.out, "uncaught: "+o.Get("name").String()+": "+o.Get("message").String())
				return
			}
			out.out = append(out.out, "uncaught: "+v.String())
			return
		}
		var so *goja.StackOverflowError
		if errors.As(err, &so) {
			// Its message names the frame it stopped in: the harness's or the program's.
			out.out = append(out.out, "uncaught: stack overflow")
			return
		}
		out.out = append(out.out, "uncaught: "+err.Error())
	}
	return vm, func(wrapperValue, lv goja.Value) {
		wrapper, ok := goja.AssertFunction(wrapperValue)
		if !ok {
			out.out = append(out.out, fmt.Sprintf("uncaught: program evaluated to %v, not a function", wrapperValue))
			return
		}
		module := vm.NewObject()
		exports := vm.NewObject()
		_ = module.Set("exports", exports)
		require := vm.ToValue(func(string) goja.Value { panic(vm.NewTypeError("no require in tests")) })
		args := []goja.Value{exports, require, module, vm.ToValue("/t/" + name), vm.ToValue("/t")}
		if lv != nil {
			args = append(args, lv)
		}
		if _, err := wrapper(exports, args...); err != nil {
			uncaught(err)
			return
		}
		for len(timers) > 0 {
			sort.Slice(timers, func(i, j int) bool {
				if timers[i].due != timers[j].due {
					return timers[i].due < timers[j].due
				}
				return timers[i].seq < timers[j].seq
			})
			tm := timers[0]
			timers = timers[1:]
			now = tm.due
			if _, err := tm.fn(goja.Undefined()); err != nil {
				uncaught(err)
				return
			}
		}
	}
}

// TestShow prints the prepared code of the file named by $SHOW (a debugging aid).
func TestShow(t *testing.T) {
	name := os.Getenv("SHOW")
	if name == "" {
		t.Skip("set SHOW=file.js to print its prepared code")
	}
	src, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	res, err := CommonJS(name, string(src), Options{Hooks: os.Getenv("HOOKS") != ""})
	if err != nil {
		t.Fatal(err)
	}
	fmt.Println(printJS(res.Program))
	if r, err := runModule(t, name, string(src), Options{Hooks: true}); err != nil {
		fmt.Println("error:", err)
	} else {
		fmt.Println("--- output\n" + strings.Join(r.out, "\n"))
	}
}
