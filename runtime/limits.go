package runtime

import (
	"fmt"
	"math"
	rt "runtime"
	"runtime/debug"
	"runtime/metrics"
	"sync"
	"time"

	"github.com/dop251/goja"
	"github.com/loopviz/loopviz/sim"
)

// The bounds on memory and wall time. goja has no heap limit of its own, so
// loopviz keeps a program's memory under MemoryCap in three ways:
//
//   - built-ins that build a big string or walk a big array in one native
//     call (which no statement hook can interrupt) check the size first:
//     String.prototype.repeat, padStart and padEnd, Array.prototype.join and
//     fill, Array.from, and the array methods that visit every index;
//   - a watchdog samples the Go heap while the program runs and stops the
//     run once the live heap passes LiveHeapStop;
//   - the loopviz command sets Go's soft memory limit to MemoryCap, so the
//     collector works harder rather than letting garbage pile up past it.
//
// The same watchdog stops a run that has taken longer than
// Options.MaxWallTime (DefaultMaxWallTime). Unlike the statement and step
// budgets, these two depend on the machine: they are a safety net for
// programs that node itself could not finish (node dies of heap exhaustion
// on `new Array(1e9).fill(0)`), not part of the model.
const (
	// MemoryCap is the memory loopviz means to stay under (docs/SECURITY.md).
	// A run keeps its whole trace for stepping back, and goja's objects are
	// several times V8's: the engine benchmark's chain of a million promises,
	// which node builds in about 100 MB, holds close to 1 GiB here while it
	// runs. The cap leaves room for that.
	MemoryCap = 2 << 30
	// GCMemoryLimit is the soft memory limit the loopviz command gives Go's
	// collector: below MemoryCap, since the limit is soft and the collector
	// runs concurrently with the program.
	GCMemoryLimit = MemoryCap - 256<<20
	// LiveHeapStop is the live heap at which the watchdog stops a run,
	// leaving room under MemoryCap for garbage and the trace's readers.
	LiveHeapStop = 1536 << 20
	// DefaultMaxWallTime bounds one run's wall time. The statement and step
	// budgets end every ordinary run within seconds.
	DefaultMaxWallTime = 30 * time.Second

	// V8MaxStringLength is V8's longest string (node 20, 64-bit): a longer
	// one is a RangeError "Invalid string length", in node and in loopviz.
	V8MaxStringLength = 1<<29 - 24
	// MaxStringLength is the longest string a built-in may build in one call
	// under loopviz: goja keeps a non-ASCII string as UTF-16, so 2^27 code
	// units is up to 256 MiB. Longer (up to V8's limit) stops the run.
	MaxStringLength = 1 << 27
	// MaxArrayElements is the most array indices one built-in call may visit
	// or fill: a goja array slot is 16 bytes, so 2^24 of them is 256 MiB.
	MaxArrayElements = 1 << 24
)

// watchdogPeriod is how often the watchdog looks at the heap and the clock.
const watchdogPeriod = 2 * time.Millisecond

// limitSignal is what the watchdog interrupts the JavaScript with. It is
// turned into the run's Stop on the run's own goroutine (see jsErr), where the
// model can say what was running.
type limitSignal struct{ reason, what string }

func (s *limitSignal) Error() string { return s.what }

// startWatchdog starts the run's watchdog; the returned function stops it.
func (r *runner) startWatchdog() (stop func()) {
	limit := r.opts.MaxWallTime
	if limit <= 0 {
		limit = DefaultMaxWallTime
	}
	limited := debug.SetMemoryLimit(-1) < math.MaxInt64 // the loopviz command sets GCMemoryLimit
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		start := time.Now()
		tick := time.NewTicker(watchdogPeriod)
		defer tick.Stop()
		// The live heap is what the last collection kept; the objects figure
		// also counts what was allocated since, garbage or not, so it sees a
		// big allocation at once (with the command's soft memory limit,
		// garbage alone never takes it past MemoryCap).
		sample := []metrics.Sample{{Name: "/gc/heap/live:bytes"}, {Name: "/memory/classes/heap/objects:bytes"}}
		for {
			select {
			case <-done:
				return
			case <-tick.C:
			}
			if took := time.Since(start); took > limit {
				r.rt.Interrupt(&limitSignal{"time", fmt.Sprintf("the wall-time bound was reached: the run took longer than %v (loopviz's bound on one run)", limit)})
				return
			}
			metrics.Read(sample)
			if !limited && sample[1].Value.Kind() == metrics.KindUint64 && sample[1].Value.Uint64() > MemoryCap {
				// Past the cap with garbage included: without the command's
				// soft limit (a test, a benchmark) the collector may simply
				// not have run. Collect, and judge by what is live. Under the
				// soft limit garbage cannot take the heap there, and waiting
				// for a collection would let a program that doubles a string
				// in a loop allocate several times the cap meanwhile.
				rt.GC()
				metrics.Read(sample)
			}
			if sample[0].Value.Kind() == metrics.KindUint64 && sample[0].Value.Uint64() > LiveHeapStop ||
				sample[1].Value.Kind() == metrics.KindUint64 && sample[1].Value.Uint64() > MemoryCap {
				r.memoryHeavy = true
				r.rt.Interrupt(&limitSignal{"memory", fmt.Sprintf("the memory cap was reached: the program's heap passed %d MiB live, or %d MiB in all (loopviz keeps a run under %d MiB)", LiveHeapStop>>20, MemoryCap>>20, MemoryCap>>20)})
				return
			}
		}
	}()
	return func() {
		close(done)
		wg.Wait()
		// Let the next run start from a heap without this run's garbage,
		// so its live-heap reading is its own.
		if r.memoryHeavy {
			rt.GC()
		}
	}
}

// stopForSize stops the run because a single built-in call would need more
// memory than the cap allows: the call does nothing, and the stop takes
// effect as it returns.
func (r *runner) stopForSize(what string) {
	r.sizeStopped = true
	r.memoryHeavy = true
	r.interrupt(&limitSignal{"memory", "the memory cap stopped a built-in call: " + what + fmt.Sprintf(" (loopviz keeps a run under %d MiB; node would run out of heap on this too, or nearly)", MemoryCap>>20)})
}

// installLimits wraps the built-ins that can allocate or loop without bound
// in one native call with a size check. Only calls whose sizes can be read
// without side effects are checked (a primitive string, a genuine array, a
// number argument); the checks never change what an ordinary call does.
func (r *runner) installLimits() {
	rt := r.rt
	strProto := rt.Get("String").ToObject(rt).Get("prototype").ToObject(rt)
	r.wrapBuiltin(strProto, "repeat", func(c goja.FunctionCall) {
		s, ok := primitiveString(c.This)
		n, ok2 := number(c.Argument(0))
		if ok && ok2 && (math.Trunc(n) < 0 || math.IsInf(n, 1)) {
			// V8 names the count; goja's message stops at "Invalid count value".
			panic(r.newError("RangeError", "Invalid count value: "+c.Argument(0).String()))
		}
		if ok && ok2 && n > 0 && !math.IsInf(n, 0) && s > 0 {
			r.checkStringLength(float64(s)*math.Trunc(n), "String.prototype.repeat")
		}
	})
	for _, name := range []string{"padStart", "padEnd"} {
		r.wrapBuiltin(strProto, name, func(c goja.FunctionCall) {
			s, ok := primitiveString(c.This)
			n, ok2 := number(c.Argument(0))
			if !ok || !ok2 || n <= float64(s) {
				return
			}
			if f := c.Argument(1); !goja.IsUndefined(f) {
				if fl, ok := primitiveString(f); !ok || fl == 0 {
					return
				}
			}
			r.checkStringLength(math.Trunc(n), "String.prototype."+name)
		})
	}

	arrProto := rt.Get("Array").ToObject(rt).Get("prototype").ToObject(rt)
	r.wrapBuiltin(arrProto, "join", func(c goja.FunctionCall) {
		n, ok := r.arrayLength(c.This)
		if !ok || n <= 1 {
			return
		}
		sep := 1
		if a := c.Argument(0); !goja.IsUndefined(a) {
			if sep, ok = primitiveString(a); !ok {
				return
			}
		}
		r.checkStringLength(float64(sep)*float64(n-1), "Array.prototype.join")
		r.checkArrayLength(n, "Array.prototype.join")
	})
	r.wrapBuiltin(arrProto, "fill", func(c goja.FunctionCall) {
		n, ok := r.arrayLength(c.This)
		if !ok {
			return
		}
		start, end := 0.0, float64(n)
		if a := c.Argument(1); !goja.IsUndefined(a) {
			if start, ok = number(a); !ok {
				return
			}
		}
		if a := c.Argument(2); !goja.IsUndefined(a) {
			if end, ok = number(a); !ok {
				return
			}
		}
		k, final := relIndex(start, n), relIndex(end, n)
		if final > k {
			r.checkArrayLength(final-k, "Array.prototype.fill")
		}
	})
	// The methods that visit every index of an array, holes included, in
	// one native loop.
	for _, name := range []string{"forEach", "map", "filter", "reduce", "reduceRight", "some", "every",
		"find", "findIndex", "findLast", "findLastIndex", "indexOf", "lastIndexOf", "includes", "reverse",
		"sort", "copyWithin", "flat", "flatMap", "slice", "splice", "concat", "toString", "toLocaleString",
		"toSorted", "toReversed", "toSpliced", "with"} {
		if goja.IsUndefined(arrProto.Get(name)) {
			continue
		}
		r.wrapBuiltin(arrProto, name, func(c goja.FunctionCall) {
			if n, ok := r.arrayLength(c.This); ok {
				r.checkArrayLength(n, "Array.prototype."+name)
			}
		})
	}

	arrayCtor := rt.Get("Array").ToObject(rt)
	objCtor := rt.Get("Object").ToObject(rt)
	getOwn, _ := goja.AssertFunction(objCtor.Get("getOwnPropertyDescriptor"))
	r.wrapBuiltin(arrayCtor, "from", func(c goja.FunctionCall) {
		// Array.from({length: n}) builds n elements in one native loop. Only
		// a plain object with a data property "length" is measured (reading
		// it has no side effect); iterables step through JavaScript.
		o, ok := c.Argument(0).(*goja.Object)
		if !ok || o.ClassName() != "Object" {
			return
		}
		if it := o.GetSymbol(goja.SymIterator); it != nil && !goja.IsUndefined(it) {
			return
		}
		d, err := getOwn(goja.Undefined(), o, rt.ToValue("length"))
		if err != nil {
			return
		}
		desc, ok := d.(*goja.Object)
		if !ok {
			return
		}
		if n, ok := number(desc.Get("value")); ok && n > MaxArrayElements {
			r.stopForSize(fmt.Sprintf("Array.from would build %s elements, over the bound of %s elements in one call", grouped(n), grouped(MaxArrayElements)))
		}
	})
}

// wrapBuiltin replaces obj[name] by a native function of the same name and
// length that runs check and then the original.
func (r *runner) wrapBuiltin(obj *goja.Object, name string, check func(goja.FunctionCall)) {
	origVal := obj.Get(name)
	orig, ok := goja.AssertFunction(origVal)
	if !ok {
		return
	}
	length := int(origVal.ToObject(r.rt).Get("length").ToInteger())
	r.method(obj, name, length, func(c goja.FunctionCall) goja.Value {
		check(c)
		if r.sizeStopped {
			return goja.Undefined()
		}
		v, err := orig(c.This, c.Arguments...)
		if err != nil {
			panic(err)
		}
		return v
	})
}

// checkStringLength throws V8's RangeError for a string longer than V8 can
// hold and stops the run for one longer than loopviz's cap.
func (r *runner) checkStringLength(n float64, what string) {
	switch {
	case n > V8MaxStringLength:
		panic(r.newError("RangeError", "Invalid string length"))
	case n > MaxStringLength:
		r.stopForSize(fmt.Sprintf("%s would build a string of %s characters, over the bound of %s", what, grouped(n), grouped(MaxStringLength)))
	}
}

// checkArrayLength stops the run when one built-in call would visit more
// than MaxArrayElements indices.
func (r *runner) checkArrayLength(n int64, what string) {
	if n > MaxArrayElements && !r.sizeStopped {
		r.stopForSize(fmt.Sprintf("%s over %s elements, over the bound of %s elements in one call", what, grouped(float64(n)), grouped(MaxArrayElements)))
	}
}

// arrayLength is the length of a genuine array (not a proxy, whose "length"
// could run a trap).
func (r *runner) arrayLength(v goja.Value) (int64, bool) {
	o, ok := v.(*goja.Object)
	if !ok || o.ClassName() != "Array" {
		return 0, false
	}
	return o.Get("length").ToInteger(), true
}

// primitiveString is the length (in UTF-16 code units) of a primitive string.
func primitiveString(v goja.Value) (int, bool) {
	if s, ok := v.(goja.String); ok {
		return s.Length(), true
	}
	return 0, false
}

// number is the value of a primitive number (its conversion has no side effect).
func number(v goja.Value) (float64, bool) {
	if v == nil {
		return 0, false
	}
	switch v.ExportType().Kind().String() {
	case "int64", "float64":
		return v.ToFloat(), true
	}
	return 0, false
}

// relIndex is the spec's relative index of Array.prototype.fill and friends.
func relIndex(rel float64, n int64) int64 {
	rel = math.Trunc(rel)
	if math.IsNaN(rel) {
		rel = 0
	}
	if rel < 0 {
		return max(int64(math.Max(rel+float64(n), 0)), 0)
	}
	return int64(math.Min(rel, float64(n)))
}

// grouped writes a count with thousands separators: 1,000,000,000.
func grouped(n float64) string {
	s := fmt.Sprintf("%.0f", n)
	var out []byte
	for i := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			out = append(out, ',')
		}
		out = append(out, s[i])
	}
	return string(out)
}

// limitStop turns the watchdog's or a size check's signal into the run's
// Stop, with the model's account of what was running (starvation, say).
func (r *runner) limitStop(s *limitSignal) *sim.Stop {
	return r.loop.Limit(s.reason, s.what)
}
