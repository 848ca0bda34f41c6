package runtime

import (
	"github.com/dop251/goja"
	"github.com/loopviz/loopviz/sim"
)

// Web globals that load on first use: URL and URLSearchParams (lib/url.js),
// crypto with Crypto, CryptoKey and SubtleCrypto (lib/webcrypto.js), and
// performance with its entry and observer classes (lib/perf_hooks.js). Most
// programs never touch them, so a run pays for none of that JavaScript until
// the program names one.

// lazyGlobal is one global backed by a library module's export.
type lazyGlobal struct {
	name       string
	lib        func(r *runner) *goja.Object // the module that defines it
	export     string                       // its name there ("" is the module itself)
	enumerable bool
	accessor   bool // node keeps it an accessor (get/set); otherwise it becomes a plain value on first use
	readOnly   bool // an accessor without a setter (crypto)
}

var lazyGlobals = []lazyGlobal{
	{name: "URL", lib: urlLib, export: "URL"},
	{name: "URLSearchParams", lib: urlLib, export: "URLSearchParams"},
	{name: "crypto", lib: webcryptoLib, export: "crypto", enumerable: true, accessor: true, readOnly: true},
	{name: "Crypto", lib: webcryptoLib, export: "Crypto", accessor: true},
	{name: "CryptoKey", lib: webcryptoLib, export: "CryptoKey", accessor: true},
	{name: "SubtleCrypto", lib: webcryptoLib, export: "SubtleCrypto", accessor: true},
	{name: "performance", lib: perfLib, export: "performance", enumerable: true, accessor: true},
	{name: "Performance", lib: perfLib, export: "Performance", accessor: true},
	{name: "PerformanceEntry", lib: perfLib, export: "PerformanceEntry", accessor: true},
	{name: "PerformanceMark", lib: perfLib, export: "PerformanceMark", accessor: true},
	{name: "PerformanceMeasure", lib: perfLib, export: "PerformanceMeasure", accessor: true},
	{name: "PerformanceObserver", lib: perfLib, export: "PerformanceObserver", accessor: true},
	{name: "PerformanceObserverEntryList", lib: perfLib, export: "PerformanceObserverEntryList", accessor: true},
	{name: "PerformanceResourceTiming", lib: perfLib, export: "PerformanceResourceTiming", accessor: true},
}

func urlLib(r *runner) *goja.Object       { return r.builtin("url").(*goja.Object) }
func perfLib(r *runner) *goja.Object      { return r.builtin("perf_hooks").(*goja.Object) }
func webcryptoLib(r *runner) *goja.Object { return r.libOnce("webcrypto") }

// libOnce evaluates one of loopviz's internal library modules (not one the
// program can require) once per run.
func (r *runner) libOnce(name string) *goja.Object {
	key := "loopviz:" + name
	if v, ok := r.builtins[key]; ok {
		return v.(*goja.Object)
	}
	v := r.loadLib(name, "node:internal/"+name).(*goja.Object)
	r.builtins[key] = v
	return v
}

// installLazyGlobals defines the lazy globals and the internal hooks their
// modules use.
func (r *runner) installLazyGlobals(global *goja.Object) {
	rt := r.rt
	flag := func(b bool) goja.Flag {
		if b {
			return goja.FLAG_TRUE
		}
		return goja.FLAG_FALSE
	}
	for _, g := range lazyGlobals {
		// A setter (or the first read of a value global) replaces the
		// accessor with a plain property, as node's lazy globals do.
		replace := func(v goja.Value) {
			_ = global.DefineDataProperty(g.name, v, goja.FLAG_TRUE, goja.FLAG_TRUE, flag(g.enumerable))
		}
		getter := r.fn("get "+g.name, 0, func(goja.FunctionCall) goja.Value {
			v := g.lib(r).Get(g.export)
			if !g.accessor {
				replace(v)
			}
			return v
		})
		var setter *goja.Object
		if !g.readOnly {
			setter = r.fn("set "+g.name, 1, func(c goja.FunctionCall) goja.Value {
				replace(c.Argument(0))
				return goja.Undefined()
			})
		}
		var set goja.Value
		if setter != nil {
			set = setter
		}
		_ = global.DefineAccessorProperty(g.name, getter, set, goja.FLAG_TRUE, flag(g.enumerable))
	}
	_ = r.internal.Set("performanceNow", r.fn("now", 0, func(goja.FunctionCall) goja.Value {
		r.world.Charge(sim.CostClockRead)
		return rt.ToValue(float64(sim.Bootstrap+r.world.Now()) / float64(sim.Millisecond))
	}))
	// performance.timeOrigin + performance.now() is Date.now(), as in node:
	// both clocks count the bootstrap from the epoch (see wallClock).
	_ = r.internal.Set("timeOrigin", float64(sim.Epoch))
	_ = r.internal.Set("webcrypto", r.fn("webcrypto", 0, func(goja.FunctionCall) goja.Value {
		return r.libOnce("webcrypto")
	}))
	_ = r.internal.Set("received", func(c goja.FunctionCall) goja.Value {
		return rt.ToValue(r.receivedDesc(c.Argument(0)))
	})
}
