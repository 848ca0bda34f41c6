package runtime

import (
	"github.com/dop251/goja"
)

// iterRecord is an Iterator Record: the iterator, its next method, and
// whether it is done.
type iterRecord struct {
	r    *runner
	it   *goja.Object
	next goja.Callable
	done bool
}

// notIterable builds V8's message for a value without Symbol.iterator.
func (r *runner) notIterable(v goja.Value) string {
	switch {
	case v == nil || goja.IsUndefined(v):
		return "undefined is not iterable (cannot read property Symbol(Symbol.iterator))"
	case goja.IsNull(v):
		return "object null is not iterable (cannot read property Symbol(Symbol.iterator))"
	}
	if _, ok := v.(*goja.Object); ok {
		if _, fn := goja.AssertFunction(v); fn {
			return r.str(v) + " is not iterable (cannot read property Symbol(Symbol.iterator))"
		}
		return "object is not iterable (cannot read property Symbol(Symbol.iterator))"
	}
	return r.typeOf(v) + " " + r.str(v) + " is not iterable (cannot read property Symbol(Symbol.iterator))"
}

func (r *runner) typeOf(v goja.Value) string {
	switch {
	case v == nil || goja.IsUndefined(v):
		return "undefined"
	case goja.IsNull(v):
		return "object"
	}
	// A symbol exports as a string: test for it first.
	if _, ok := v.(*goja.Symbol); ok {
		return "symbol"
	}
	switch v.ExportType().Kind().String() {
	case "string":
		return "string"
	case "bool":
		return "boolean"
	case "int64", "float64":
		return "number"
	}
	if _, ok := goja.AssertFunction(v); ok {
		return "function"
	}
	if _, ok := v.Export().(interface{ BitLen() int }); ok {
		return "bigint"
	}
	return "object"
}

// getIterator is GetIterator(v, sync); it panics with a TypeError (a
// JavaScript throw) for a value that is not iterable.
func (r *runner) getIterator(v goja.Value) *iterRecord {
	if v == nil || goja.IsUndefined(v) || goja.IsNull(v) {
		r.throwTypeError("%s", r.notIterable(v))
	}
	obj := v.ToObject(r.rt)
	m := obj.GetSymbol(goja.SymIterator)
	fn, ok := goja.AssertFunction(m)
	if !ok {
		r.throwTypeError("%s", r.notIterable(v))
	}
	itv, err := fn(v)
	r.rethrow(err)
	it, ok := itv.(*goja.Object)
	if !ok {
		r.throwTypeError("Result of the Symbol.iterator method is not an object")
	}
	next, _ := goja.AssertFunction(it.Get("next"))
	if next == nil {
		r.throwTypeError("%s is not a function", r.str(it.Get("next")))
	}
	return &iterRecord{r: r, it: it, next: next}
}

// step is IteratorStep + IteratorValue; ok is false when the iterator is done.
// A throw from the iterator marks the record done and propagates.
func (ir *iterRecord) step() (goja.Value, bool) {
	r := ir.r
	res, err := ir.next(ir.it)
	if err != nil {
		ir.done = true
		r.rethrow(err)
	}
	obj, ok := res.(*goja.Object)
	if !ok {
		ir.done = true
		r.throwTypeError("Iterator result %s is not an object", r.str(res))
	}
	if obj.Get("done").ToBoolean() {
		ir.done = true
		return nil, false
	}
	v := obj.Get("value")
	if v == nil {
		v = goja.Undefined()
	}
	return v, true
}

// close is IteratorClose for an abrupt completion: call return() and ignore
// what it does.
func (ir *iterRecord) close() {
	if ir.done {
		return
	}
	ir.done = true
	if ret, ok := goja.AssertFunction(ir.it.Get("return")); ok {
		_ = ir.r.rt.Try(func() { _, _ = ret(ir.it) })
	}
}

// combinator implements Promise.all, allSettled, any and race: one shared
// shape (PerformPromiseAll and friends) with a different element handler.
func (r *runner) combinator(this goja.Value, iterable goja.Value, kind string) goja.Value {
	cap := r.newCapability(this)
	C := this.(*goja.Object)
	rejectCap := func(v goja.Value) goja.Value {
		r.must(cap.reject(v))
		return cap.promise
	}
	var resolveFn goja.Callable
	if ex := r.rt.Try(func() {
		var ok bool
		resolveFn, ok = goja.AssertFunction(C.Get("resolve"))
		if !ok {
			r.throwTypeError("Promise resolve or reject function is not callable")
		}
	}); ex != nil {
		return rejectCap(ex.Value())
	}
	var ir *iterRecord
	if ex := r.rt.Try(func() { ir = r.getIterator(iterable) }); ex != nil {
		return rejectCap(ex.Value())
	}
	ex := r.rt.Try(func() { r.performCombinator(kind, ir, C, cap, resolveFn) })
	if ex != nil {
		ir.close()
		return rejectCap(ex.Value())
	}
	return cap.promise
}

func (r *runner) performCombinator(kind string, ir *iterRecord, C *goja.Object, cap *capability, resolveFn goja.Callable) {
	rt := r.rt
	var values []goja.Value
	remaining := 1
	finish := func() {
		switch kind {
		case "any":
			agg := r.newAggregateError(values, "All promises were rejected")
			r.must(cap.reject(agg))
		default:
			r.must(cap.resolve(rt.NewArray(toAny(values)...)))
		}
	}
	rejectJS := r.jsResolver(cap.reject)
	resolveJS := r.jsResolver(cap.resolve)
	for index := 0; ; index++ {
		next, ok := ir.step()
		if !ok {
			remaining--
			if remaining == 0 && kind != "race" {
				finish()
			}
			return
		}
		nextPromise, err := resolveFn(C, next)
		r.rethrow(err)
		if kind == "race" {
			r.invoke(nextPromise, "then", resolveJS, rejectJS)
			continue
		}
		values = append(values, goja.Undefined())
		i := index
		called := false
		element := func(v goja.Value) goja.Value {
			if called {
				return goja.Undefined()
			}
			called = true
			values[i] = v
			remaining--
			if remaining == 0 {
				finish()
			}
			return goja.Undefined()
		}
		settled := func(status, key string) *goja.Object {
			return r.fn("", 1, func(c goja.FunctionCall) goja.Value {
				o := rt.NewObject()
				_ = o.Set("status", status)
				_ = o.Set(key, c.Argument(0))
				return element(o)
			})
		}
		remaining++
		switch kind {
		case "all":
			r.invoke(nextPromise, "then", r.fn("", 1, func(c goja.FunctionCall) goja.Value { return element(c.Argument(0)) }), rejectJS)
		case "allSettled":
			r.invoke(nextPromise, "then", settled("fulfilled", "value"), settled("rejected", "reason"))
		case "any":
			r.invoke(nextPromise, "then", resolveJS, r.fn("", 1, func(c goja.FunctionCall) goja.Value { return element(c.Argument(0)) }))
		}
	}
}

func toAny(vs []goja.Value) []any {
	out := make([]any, len(vs))
	for i, v := range vs {
		out[i] = v
	}
	return out
}

// newAggregateError builds an AggregateError the way V8 does for Promise.any.
func (r *runner) newAggregateError(errs []goja.Value, msg string) goja.Value {
	ctor, ok := goja.AssertConstructor(r.rt.Get("AggregateError"))
	if !ok {
		return r.newError("Error", msg)
	}
	obj, err := ctor(nil, r.rt.NewArray(toAny(errs)...), r.rt.ToValue(msg))
	r.rethrow(err)
	return obj
}
