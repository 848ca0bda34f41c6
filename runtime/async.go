package runtime

import (
	"fmt"
	"strings"

	"github.com/dop251/goja"
	"github.com/loopviz/loopviz/sim"
)

// Async functions arrive here prepared as generators (package prepare): each
// `await e` became `yield e`. The runner below drives the generator the way the
// spec's Await does: PromiseResolve(%Promise%, e), then PerformPromiseThen with
// continuations and no derived promise. So `await` of a native promise costs
// one tick, of a thenable two, as in Node.

// asyncPrefix names the generator that holds an async function's body.
const asyncPrefix = "__lv_async_"

// coroutine drives one generator object.
type coroutine struct {
	r     *runner
	gen   *goja.Object
	next  goja.Callable
	throw goja.Callable
	ret   goja.Callable
	name  string // the async function's name, for the trace
}

func (r *runner) newCoroutine(v goja.Value) *coroutine {
	gen, ok := v.(*goja.Object)
	if !ok {
		r.throwTypeError("loopviz: internal error: async body is not a generator")
	}
	co := &coroutine{r: r, gen: gen}
	co.next, _ = goja.AssertFunction(gen.Get("next"))
	co.throw, _ = goja.AssertFunction(gen.Get("throw"))
	co.ret, _ = goja.AssertFunction(gen.Get("return"))
	return co
}

// resume runs the generator until it yields or finishes. A JavaScript throw
// out of the body comes back as a *sim.Thrown; a stop as itself.
func (co *coroutine) resume(method goja.Callable, arg goja.Value) (value goja.Value, done bool, err error) {
	// An async function's body runs as a generator called from Go: three goja
	// frames more than V8 spends on it. The depth check discounts them.
	co.r.resuming++
	res, err := method(co.gen, arg)
	co.r.resuming--
	if err != nil {
		return nil, true, co.r.jsErr(err)
	}
	obj := res.(*goja.Object)
	value = obj.Get("value")
	if value == nil {
		value = goja.Undefined()
	}
	return value, obj.Get("done").ToBoolean(), nil
}

// await registers the generator's continuation on v, as the spec's Await.
func (co *coroutine) await(v goja.Value, onFulfilled, onRejected func(goja.Value) error, label string) error {
	r := co.r
	var p *promise
	if ex := r.rt.Try(func() { p = r.promiseResolveOwn(v) }); ex != nil {
		// PromiseResolve threw (a getter on constructor): the await throws.
		return onRejected(ex.Value())
	}
	wrap := func(f func(goja.Value) error) func(goja.Value) (goja.Value, error) {
		return func(x goja.Value) (goja.Value, error) { return nil, f(x) }
	}
	origin := "await in " + co.displayName() + " on promise"
	r.performThen(p,
		&reaction{goHandler: wrap(onFulfilled), label: label, fn: co.name, origin: origin},
		&reaction{goHandler: wrap(onRejected), label: label + " (throw)", fn: co.name, origin: origin})
	return nil
}

// asyncFunction is __lv.async(generatorObject): start an async function's body
// and return its promise.
func (r *runner) asyncFunction(c goja.FunctionCall) goja.Value {
	co := r.newCoroutine(c.Argument(0))
	co.name = r.asyncName(c.Argument(1))
	p := r.newPromise()
	resolve, reject := r.resolvingFunctions(p)
	var step func(method goja.Callable, arg goja.Value) error
	step = func(method goja.Callable, arg goja.Value) error {
		v, done, err := co.resume(method, arg)
		if err != nil {
			if th, ok := err.(*sim.Thrown); ok {
				return reject(th.Value.(goja.Value))
			}
			return err
		}
		if done {
			return resolve(v)
		}
		return co.await(v,
			func(x goja.Value) error { return step(co.next, x) },
			func(x goja.Value) error { return step(co.throw, x) },
			"resume "+co.displayName()+" after await")
	}
	r.must(step(co.next, goja.Undefined()))
	return p.obj
}

func (co *coroutine) displayName() string {
	if co.name == "" {
		return "async function"
	}
	return "async " + co.name
}

// asyncName is the name of the async function being started: given by the
// preparation, or else read off the call stack (the prepared function that
// called __lv.async is the async function itself).
func (r *runner) asyncName(v goja.Value) string {
	if v != nil && !goja.IsUndefined(v) {
		return strings.TrimPrefix(v.String(), asyncPrefix)
	}
	r.stackBuf = r.rt.CaptureCallStack(2, r.stackBuf[:0])
	if len(r.stackBuf) == 2 && isUserSource(r.stackBuf[1].SrcName()) {
		if n := r.stackBuf[1].FuncName(); n != "<anonymous>" {
			return n
		}
	}
	return ""
}

// awaitMarker is what `await e` becomes inside an async generator: the runner
// tells awaits apart from yields by it.
type awaitMarker struct{ v goja.Value }

// yieldStarMarker is what `yield* e` becomes inside an async generator.
type yieldStarMarker struct{ v goja.Value }

func (r *runner) installLV() {
	rt := r.rt
	lv := rt.NewObject()
	r.lv = lv
	_ = lv.Set("s", func(c goja.FunctionCall) goja.Value {
		if err := r.loop.Statement(int32(c.Argument(0).ToInteger())); err != nil {
			r.interrupt(err)
			return goja.Undefined()
		}
		if r.stackDepth()-asyncExtraFrames*r.resuming > maxJSDepth {
			panic(r.newError("RangeError", "Maximum call stack size exceeded"))
		}
		return goja.Undefined()
	})
	_ = lv.Set("caught", func(c goja.FunctionCall) goja.Value {
		v := c.Argument(0)
		r.fixError(v)
		return v
	})
	_ = lv.Set("async", r.asyncFunction)
	_ = lv.Set("asyncGen", r.asyncGenerator)
	_ = lv.Set("await", func(c goja.FunctionCall) goja.Value { return rt.ToValue(&awaitMarker{c.Argument(0)}) })
	_ = lv.Set("yieldStar", func(c goja.FunctionCall) goja.Value { return rt.ToValue(&yieldStarMarker{c.Argument(0)}) })
	_ = lv.Set("asyncIter", func(c goja.FunctionCall) goja.Value { return r.asyncIterator(c.Argument(0)) })
}

// asyncIterator is GetIterator(obj, async): obj[Symbol.asyncIterator](), or a
// sync iterator wrapped by CreateAsyncFromSyncIterator.
func (r *runner) asyncIterator(v goja.Value) goja.Value {
	if v == nil || goja.IsUndefined(v) || goja.IsNull(v) {
		r.throwTypeError("%s", strings.Replace(r.notIterable(v), "Symbol(Symbol.iterator)", "Symbol(Symbol.asyncIterator)", 1))
	}
	obj := v.ToObject(r.rt)
	if m, ok := goja.AssertFunction(obj.GetSymbol(symAsyncIterator)); ok {
		it, err := m(v)
		r.rethrow(err)
		if _, ok := it.(*goja.Object); !ok {
			r.throwTypeError("Result of the Symbol.asyncIterator method is not an object")
		}
		return it
	}
	sync := r.getIterator(v)
	return r.asyncFromSyncIterator(sync)
}

// asyncFromSyncIterator is CreateAsyncFromSyncIterator: each result's value is
// awaited before it is handed out.
func (r *runner) asyncFromSyncIterator(ir *iterRecord) goja.Value {
	rt := r.rt
	it := rt.NewObject()
	continuation := func(res goja.Value) goja.Value {
		cap := r.newCapability(r.promiseCtor)
		obj, ok := res.(*goja.Object)
		if !ok {
			r.must(cap.reject(r.newError("TypeError", fmt.Sprintf("Iterator result %s is not an object", r.str(res)))))
			return cap.promise
		}
		done := obj.Get("done").ToBoolean()
		value := obj.Get("value")
		if value == nil {
			value = goja.Undefined()
		}
		var wrapper *promise
		if ex := rt.Try(func() { wrapper = r.promiseResolveOwn(value) }); ex != nil {
			r.must(cap.reject(ex.Value()))
			return cap.promise
		}
		onFul := &reaction{cap: cap, label: "unwrap a value of a sync iterator", goHandler: func(x goja.Value) (goja.Value, error) {
			o := rt.NewObject()
			_ = o.Set("value", x)
			_ = o.Set("done", done)
			return o, nil
		}}
		r.performThen(wrapper, onFul, &reaction{cap: cap})
		return cap.promise
	}
	callStep := func(name string, c goja.FunctionCall) goja.Value {
		m := ir.it.Get(name)
		fn, ok := goja.AssertFunction(m)
		if !ok {
			cap := r.newCapability(r.promiseCtor)
			if name == "return" {
				o := rt.NewObject()
				_ = o.Set("value", c.Argument(0))
				_ = o.Set("done", true)
				r.must(cap.resolve(o))
			} else {
				r.must(cap.reject(c.Argument(0)))
			}
			return cap.promise
		}
		var res goja.Value
		var err error
		if len(c.Arguments) > 0 {
			res, err = fn(ir.it, c.Argument(0))
		} else {
			res, err = fn(ir.it)
		}
		if err != nil {
			cap := r.newCapability(r.promiseCtor)
			if e := r.jsErr(err); e != nil {
				if th, ok := e.(*sim.Thrown); ok {
					r.must(cap.reject(th.Value.(goja.Value)))
					return cap.promise
				}
				r.interrupt(e)
			}
			return cap.promise
		}
		return continuation(res)
	}
	for _, name := range []string{"next", "return", "throw"} {
		name := name
		r.method(it, name, 1, func(c goja.FunctionCall) goja.Value { return callStep(name, c) })
	}
	return it
}
