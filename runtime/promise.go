package runtime

import (
	"github.com/dop251/goja"
	"github.com/loopviz/loopviz/sim"
)

// loopviz's own Promise, written from the ECMAScript specification (section
// "Promise Objects") so that every job is queued on the model's microtask
// queue, where the trace can show it and what queued it. Tick counts follow
// from the spec: resolving with a thenable costs a NewPromiseResolveThenableJob
// plus the reaction it registers, which is why `return promise` from an async
// function takes two extra ticks, as in Node.

type promiseState uint8

const (
	pending promiseState = iota
	fulfilled
	rejected
)

// promise is the internal state of one Promise object.
type promise struct {
	id     int64
	obj    *goja.Object
	state  promiseState
	result goja.Value
	// The reactions registered while pending: the first pair inline (most
	// promises get one then), the rest in a slice.
	first   reactionPair
	more    []reactionPair
	n       int
	handled bool
}

// reactionPair is what one then() registers: a fulfil and a reject reaction.
type reactionPair struct{ onFulfilled, onRejected *reaction }

// each calls f on the registered pairs, in registration order.
func (p *promise) each(f func(reactionPair)) {
	if p.n > 0 {
		f(p.first)
	}
	for _, pr := range p.more {
		f(pr)
	}
}

// reaction is a PromiseReaction record: what to run when a promise settles.
type reaction struct {
	cap       *capability                          // the derived promise; nil for await and internal reactions
	handler   goja.Callable                        // a JavaScript handler
	goHandler func(goja.Value) (goja.Value, error) // an internal handler (await, finally, combinators)
	label     string                               // names the job in the trace
	origin    string                               // what queued it, when not a then() (an await)
	fn        string                               // the handler's name
}

// capability is a PromiseCapability record.
type capability struct {
	r       *runner
	promise goja.Value
	own     *promise  // set when the promise is one of ours
	once    *resolver // our promise's resolving functions, when we built it
	// A promise built by another constructor (a subclass) is settled
	// through the functions its executor received.
	resolveFn, rejectFn goja.Callable
}

// resolve settles the capability's promise with v (the spec's Call of
// [[Resolve]]); an error is a throw from a foreign resolve function, or a stop.
func (c *capability) resolve(v goja.Value) error {
	if c.once != nil {
		return c.once.resolve(v)
	}
	_, err := c.resolveFn(goja.Undefined(), v)
	return c.r.jsErr(err)
}

// reject rejects the capability's promise with v.
func (c *capability) reject(v goja.Value) error {
	if c.once != nil {
		return c.once.reject(v)
	}
	_, err := c.rejectFn(goja.Undefined(), v)
	return c.r.jsErr(err)
}

// resolver is a pair of resolving functions sharing one "already resolved"
// flag (CreateResolvingFunctions), as one allocation.
type resolver struct {
	r    *runner
	p    *promise
	done bool
}

func (x *resolver) resolve(v goja.Value) error {
	if x.done {
		return nil
	}
	x.done = true
	return x.r.resolvePromise(x.p, v)
}

func (x *resolver) reject(v goja.Value) error {
	if x.done {
		return nil
	}
	x.done = true
	x.r.rejectPromise(x.p, v)
	return nil
}

// promiseShell is the JavaScript part of the Promise constructor, compiled once.
var promiseShell = goja.MustCompile("node:internal/promise", `(function (construct) {
  return function Promise(executor) {
    return construct(new.target, executor);
  };
})`, false)

// installPromise creates the Promise constructor and prototype and makes them global.
func (r *runner) installPromise() {
	rt := r.rt
	// The constructor is a thin JavaScript shell: only JavaScript sees
	// new.target, which tells `new Promise()` from `Promise()` and gives
	// subclasses their prototype. Everything else is native.
	construct := func(c goja.FunctionCall) goja.Value {
		nt, ok := c.Argument(0).(*goja.Object)
		if !ok {
			r.throwTypeError("Promise constructor cannot be invoked without 'new'")
		}
		executor, ok := goja.AssertFunction(c.Argument(1))
		if !ok {
			r.throwTypeError("Promise resolver %s is not a function", r.describeForError(c.Argument(1)))
		}
		proto, ok := nt.Get("prototype").(*goja.Object)
		if !ok {
			proto = r.promiseProto
		}
		p := r.initPromise(rt.CreateObject(proto))
		res, rej := r.resolvingFunctions(p)
		_, err := executor(goja.Undefined(), r.jsResolver(res), r.jsResolver(rej))
		if err != nil {
			if e := r.jsErr(err); e != nil {
				if th, ok := e.(*sim.Thrown); ok {
					r.must(rej(th.Value.(goja.Value)))
				} else {
					r.interrupt(e)
				}
			}
		}
		return p.obj
	}
	shell, err := rt.RunProgram(promiseShell)
	if err != nil {
		panic(err)
	}
	mk, _ := goja.AssertFunction(shell)
	ctorV, err := mk(goja.Undefined(), rt.ToValue(construct))
	if err != nil {
		panic(err)
	}
	ctor := ctorV.(*goja.Object)
	r.promiseCtor = ctor
	_ = ctor.DefineDataProperty("name", rt.ToValue("Promise"), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	_ = ctor.DefineDataProperty("length", rt.ToValue(1), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	proto := ctor.Get("prototype").(*goja.Object)
	r.promiseProto = proto
	_ = proto.DefineDataPropertySymbol(goja.SymToStringTag, rt.ToValue("Promise"), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	_ = proto.DefineDataProperty("constructor", ctor, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	_ = ctor.DefineAccessorPropertySymbol(goja.SymSpecies, r.fn("get [Symbol.species]", 0, func(c goja.FunctionCall) goja.Value { return c.This }), nil, goja.FLAG_TRUE, goja.FLAG_FALSE)

	r.method(proto, "then", 2, func(c goja.FunctionCall) goja.Value {
		p := r.thisPromise(c.This, "Promise.prototype.then")
		cap := r.newCapability(r.speciesConstructor(p.obj))
		onF, onR := r.thenReactions(c.Argument(0), c.Argument(1), cap)
		r.performThen(p, onF, onR)
		return cap.promise
	})
	r.method(proto, "catch", 1, func(c goja.FunctionCall) goja.Value {
		return r.invoke(c.This, "then", goja.Undefined(), c.Argument(0))
	})
	r.method(proto, "finally", 1, func(c goja.FunctionCall) goja.Value {
		obj, ok := c.This.(*goja.Object)
		if !ok {
			r.throwTypeError("Promise.prototype.finally called on a non-object")
		}
		C := r.speciesConstructor(obj)
		onFinally := c.Argument(0)
		fin, ok := goja.AssertFunction(onFinally)
		if !ok {
			return r.invoke(obj, "then", onFinally, onFinally)
		}
		thenFinally := r.fn("", 1, func(c goja.FunctionCall) goja.Value {
			value := c.Argument(0)
			res, err := fin(goja.Undefined())
			r.rethrow(err)
			p := r.promiseResolve(C, res)
			return r.invoke(p, "then", r.fn("", 0, func(goja.FunctionCall) goja.Value { return value }))
		})
		catchFinally := r.fn("", 1, func(c goja.FunctionCall) goja.Value {
			reason := c.Argument(0)
			res, err := fin(goja.Undefined())
			r.rethrow(err)
			p := r.promiseResolve(C, res)
			return r.invoke(p, "then", r.fn("", 0, func(goja.FunctionCall) goja.Value { panic(reason) }))
		})
		return r.invoke(obj, "then", thenFinally, catchFinally)
	})

	r.method(ctor, "resolve", 1, func(c goja.FunctionCall) goja.Value {
		C, ok := c.This.(*goja.Object)
		if !ok {
			r.throwTypeError("PromiseResolve called on non-object")
		}
		return r.promiseResolve(C, c.Argument(0))
	})
	r.method(ctor, "reject", 1, func(c goja.FunctionCall) goja.Value {
		cap := r.newCapability(c.This)
		r.must(cap.reject(c.Argument(0)))
		return cap.promise
	})
	r.method(ctor, "all", 1, func(c goja.FunctionCall) goja.Value { return r.combinator(c.This, c.Argument(0), "all") })
	r.method(ctor, "allSettled", 1, func(c goja.FunctionCall) goja.Value { return r.combinator(c.This, c.Argument(0), "allSettled") })
	r.method(ctor, "any", 1, func(c goja.FunctionCall) goja.Value { return r.combinator(c.This, c.Argument(0), "any") })
	r.method(ctor, "race", 1, func(c goja.FunctionCall) goja.Value { return r.combinator(c.This, c.Argument(0), "race") })

	_ = rt.GlobalObject().DefineDataProperty("Promise", ctor, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
}

// initPromise gives a freshly constructed object its promise state. The state
// lives in a Go map keyed by the object, not in a hidden property: wrapping a
// Go pointer as a JavaScript value costs more than the rest of a reaction.
func (r *runner) initPromise(obj *goja.Object) *promise {
	r.nextPromise++
	p := &promise{id: r.nextPromise, obj: obj}
	r.promises[obj] = p
	return p
}

// newPromise creates a pending promise of the intrinsic Promise.
func (r *runner) newPromise() *promise {
	return r.initPromise(r.rt.CreateObject(r.promiseProto))
}

// promiseOf returns the state of a promise object, or nil for anything else.
func (r *runner) promiseOf(v goja.Value) *promise {
	obj, ok := v.(*goja.Object)
	if !ok {
		return nil
	}
	return r.promises[obj]
}

func (r *runner) thisPromise(v goja.Value, method string) *promise {
	p := r.promiseOf(v)
	if p == nil {
		r.throwTypeError("Method %s called on incompatible receiver %s", method, r.describeForError(v))
	}
	return p
}

// resolvingFunctions is CreateResolvingFunctions: a resolve and a reject that
// share one "already resolved" flag.
func (r *runner) resolvingFunctions(p *promise) (resolve, reject func(goja.Value) error) {
	x := &resolver{r: r, p: p}
	return x.resolve, x.reject
}

// jsResolver exposes a resolving function to JavaScript.
func (r *runner) jsResolver(f func(goja.Value) error) *goja.Object {
	return r.fn("", 1, func(c goja.FunctionCall) goja.Value {
		r.must(f(c.Argument(0)))
		return goja.Undefined()
	})
}

// must turns a model error met inside a native function into an interrupt, so
// JavaScript stops at once and the model sees the error.
func (r *runner) must(err error) {
	if err != nil {
		if th, ok := err.(*sim.Thrown); ok {
			panic(th.Value)
		}
		r.interrupt(err)
	}
}

// rethrow propagates what a nested JavaScript call returned.
func (r *runner) rethrow(err error) {
	if err == nil {
		return
	}
	if e := r.jsErr(err); e != nil {
		if th, ok := e.(*sim.Thrown); ok {
			panic(th.Value)
		}
		r.interrupt(e)
		panic(r.rt.ToValue(e.Error())) // unreachable in practice: the interrupt ends the run
	}
}

// resolvePromise is the body of a resolve function.
func (r *runner) resolvePromise(p *promise, resolution goja.Value) error {
	obj, ok := resolution.(*goja.Object)
	if !ok {
		r.fulfillPromise(p, resolution)
		return nil
	}
	if obj == p.obj {
		r.rejectPromise(p, r.newError("TypeError", "Chaining cycle detected for promise #<Promise>"))
		return nil
	}
	then, err := r.tryGet(obj, "then")
	if err != nil {
		if th, ok := err.(*sim.Thrown); ok {
			r.rejectPromise(p, th.Value.(goja.Value))
			return nil
		}
		return err
	}
	thenFn, ok := goja.AssertFunction(then)
	if !ok {
		r.fulfillPromise(p, resolution)
		return nil
	}
	e := sim.Entry{Kind: sim.EntryMicrotask, Label: "call then() of a thenable", Origin: "resolving a promise with a thenable", Target: int32(p.id)}
	if inner := r.promiseOf(obj); inner != nil {
		e.Label, e.Origin, e.Promise = "adopt the state of another promise", "resolving with promise", int32(inner.id)
	}
	id := r.loop.NewEntry(e)
	r.loop.QueueMicrotask(sim.Task{Entry: id, Fn: func() error {
		res, rej := r.resolvingFunctions(p)
		_, err := thenFn(obj, r.jsResolver(res), r.jsResolver(rej))
		if err := r.jsErr(err); err != nil {
			if th, ok := err.(*sim.Thrown); ok {
				return rej(th.Value.(goja.Value))
			}
			return err
		}
		return nil
	}}, "Resolving a promise with another promise (or any thenable) does not adopt its state at once: a job calls its then() first, which costs an extra tick.")
	return nil
}

func (r *runner) fulfillPromise(p *promise, v goja.Value) {
	if p.state != pending {
		return
	}
	p.state, p.result = fulfilled, v
	p.each(func(pr reactionPair) { r.queueReaction(pr.onFulfilled, p, v, "fulfilment of promise") })
	p.first, p.more, p.n = reactionPair{}, nil, 0
}

func (r *runner) rejectPromise(p *promise, reason goja.Value) {
	if p.state != pending {
		return
	}
	p.state, p.result = rejected, reason
	if !p.handled {
		r.loop.PromiseRejected(p.id, p.obj, reason)
	}
	p.each(func(pr reactionPair) { r.queueReaction(pr.onRejected, p, reason, "rejection of promise") })
	p.first, p.more, p.n = reactionPair{}, nil, 0
}

// performThen is PerformPromiseThen. Each reaction carries the capability
// (derived promise) it settles, if any.
func (r *runner) performThen(p *promise, onFulfilled, onRejected *reaction) {
	switch p.state {
	case pending:
		if p.n == 0 {
			p.first = reactionPair{onFulfilled, onRejected}
		} else {
			p.more = append(p.more, reactionPair{onFulfilled, onRejected})
		}
		p.n++
	case fulfilled:
		r.queueReaction(onFulfilled, p, p.result, ".then on already fulfilled promise")
	case rejected:
		if !p.handled {
			r.loop.PromiseHandled(p.id, p.obj)
		}
		r.queueReaction(onRejected, p, p.result, ".then on already rejected promise")
	}
	p.handled = true
}

// jsReaction fills in a reaction for a handler given to then(); a handler that
// is not callable makes a pass-through reaction.
func (r *runner) jsReaction(re *reaction, h goja.Value, cap *capability, label string) {
	re.cap = cap
	if fn, ok := goja.AssertFunction(h); ok {
		re.handler = fn
		re.fn = r.funcName(h)
		re.label = r.label(label, h)
	}
}

// thenReactions builds the two reactions of then(onFulfilled, onRejected) in
// one allocation.
func (r *runner) thenReactions(onFulfilled, onRejected goja.Value, cap *capability) (*reaction, *reaction) {
	pair := new([2]reaction)
	r.jsReaction(&pair[0], onFulfilled, cap, "then callback")
	r.jsReaction(&pair[1], onRejected, cap, "catch callback")
	return &pair[0], &pair[1]
}

// queueReaction is NewPromiseReactionJob plus HostEnqueuePromiseJob.
func (r *runner) queueReaction(re *reaction, from *promise, arg goja.Value, origin string) {
	if re.origin != "" {
		origin = re.origin
	}
	e := sim.Entry{Kind: sim.EntryMicrotask, Label: re.label, Origin: origin, Func: re.fn, Promise: int32(from.id)}
	if e.Label == "" {
		e.Label = "pass the result on"
	}
	if re.cap != nil && re.cap.own != nil {
		e.Target = int32(re.cap.own.id)
	}
	id := r.loop.NewEntry(e)
	fulfil := from.state == fulfilled
	r.loop.QueueMicrotask(sim.Task{Entry: id, Fn: func() error { return r.runReaction(re, fulfil, arg) }}, "")
}

// runReaction is the body of a PromiseReactionJob.
func (r *runner) runReaction(re *reaction, fulfil bool, arg goja.Value) error {
	var result, thrown goja.Value
	switch {
	case re.goHandler != nil:
		v, err := re.goHandler(arg)
		if err != nil {
			if th, ok := err.(*sim.Thrown); ok {
				thrown = th.Value.(goja.Value)
			} else {
				return err
			}
		}
		result = v
	case re.handler != nil:
		v, err := re.handler(goja.Undefined(), arg)
		if err := r.jsErr(err); err != nil {
			if th, ok := err.(*sim.Thrown); ok {
				thrown = th.Value.(goja.Value)
			} else {
				return err
			}
		}
		result = v
	case fulfil:
		result = arg
	default:
		thrown = arg
	}
	if re.cap == nil {
		return nil
	}
	if thrown != nil {
		return r.reportJobError(re.cap.reject(thrown))
	}
	if result == nil {
		result = goja.Undefined()
	}
	return r.reportJobError(re.cap.resolve(result))
}

// reportJobError handles an exception thrown by a user-supplied capability
// function (a Promise subclass's resolver): it escapes the job, and Node
// reports it as uncaught.
func (r *runner) reportJobError(err error) error {
	if th, ok := err.(*sim.Thrown); ok {
		return r.loop.ReportException(th.Value)
	}
	return err
}

// newCapability is NewPromiseCapability(C). For the intrinsic Promise it
// builds the promise directly; for anything else it calls the constructor with
// an executor, as the spec does, so subclasses work.
func (r *runner) newCapability(C goja.Value) *capability {
	if C == r.promiseCtor {
		p := r.newPromise()
		return &capability{r: r, promise: p.obj, own: p, once: &resolver{r: r, p: p}}
	}
	ctor, ok := goja.AssertConstructor(C)
	if !ok {
		r.throwTypeError("%s is not a constructor", r.describeForError(C))
	}
	var resolveV, rejectV goja.Value = goja.Undefined(), goja.Undefined()
	executor := r.fn("", 2, func(c goja.FunctionCall) goja.Value {
		if !goja.IsUndefined(resolveV) || !goja.IsUndefined(rejectV) {
			r.throwTypeError("Promise executor has already been invoked with non-undefined arguments")
		}
		resolveV, rejectV = c.Argument(0), c.Argument(1)
		return goja.Undefined()
	})
	obj, err := ctor(nil, executor)
	r.rethrow(err)
	resFn, ok1 := goja.AssertFunction(resolveV)
	rejFn, ok2 := goja.AssertFunction(rejectV)
	if !ok1 || !ok2 {
		r.throwTypeError("Promise resolve or reject function is not callable")
	}
	return &capability{r: r, promise: obj, resolveFn: resFn, rejectFn: rejFn, own: r.promiseOf(obj)}
}

// speciesConstructor is SpeciesConstructor(O, %Promise%).
func (r *runner) speciesConstructor(o *goja.Object) goja.Value {
	c := o.Get("constructor")
	if c == nil || goja.IsUndefined(c) {
		return r.promiseCtor
	}
	co, ok := c.(*goja.Object)
	if !ok {
		r.throwTypeError("The .constructor property is not an object")
	}
	s := co.GetSymbol(goja.SymSpecies)
	if s == nil || goja.IsUndefined(s) || goja.IsNull(s) || s == goja.Value(r.promiseCtor) {
		return r.promiseCtor
	}
	if _, ok := goja.AssertConstructor(s); ok {
		return s
	}
	r.throwTypeError("object.constructor[Symbol.species] is not a constructor")
	return nil
}

// promiseResolve is PromiseResolve(C, x).
func (r *runner) promiseResolve(C goja.Value, x goja.Value) goja.Value {
	if p := r.promiseOf(x); p != nil {
		if p.obj.Get("constructor") == C {
			return x
		}
	}
	cap := r.newCapability(C)
	r.must(cap.resolve(x))
	return cap.promise
}

// promiseResolveOwn is PromiseResolve(%Promise%, x) returning our state.
func (r *runner) promiseResolveOwn(x goja.Value) *promise {
	v := r.promiseResolve(r.promiseCtor, x)
	return r.promiseOf(v)
}

// invoke calls obj[name](args...) from native code, propagating exceptions.
func (r *runner) invoke(v goja.Value, name string, args ...goja.Value) goja.Value {
	obj := v.ToObject(r.rt)
	m := obj.Get(name)
	fn, ok := goja.AssertFunction(m)
	if !ok {
		r.throwTypeError("%s is not a function", name)
	}
	res, err := fn(v, args...)
	r.rethrow(err)
	return res
}

// tryGet reads a property, returning a thrown getter's exception as an error.
func (r *runner) tryGet(obj *goja.Object, name string) (v goja.Value, err error) {
	ex := r.rt.Try(func() { v = obj.Get(name) })
	if ex != nil {
		return nil, &sim.Thrown{Value: ex.Value()}
	}
	if v == nil {
		v = goja.Undefined()
	}
	return v, nil
}

// funcName is a function's name property, or "".
func (r *runner) funcName(v goja.Value) string {
	obj, ok := v.(*goja.Object)
	if !ok {
		return ""
	}
	n := obj.Get("name")
	if n == nil {
		return ""
	}
	if s, ok := n.Export().(string); ok {
		return s
	}
	return ""
}
