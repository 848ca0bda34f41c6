package runtime

import (
	"github.com/dop251/goja"
	"github.com/loopviz/loopviz/sim"
)

// Async generators, from the spec's AsyncGenerator objects: a queue of
// next/throw/return requests, each with its own promise, served one at a
// time by a body that runs as a prepared generator (awaits arrive as
// awaitMarker, `yield* e` as yieldStarMarker, plain yields as values).

type agState uint8

const (
	agSuspendedStart agState = iota
	agSuspendedYield
	agExecuting
	agAwaitingReturn
	agCompleted
)

type completionKind uint8

const (
	compNormal completionKind = iota
	compThrow
	compReturn
)

type agRequest struct {
	kind  completionKind
	value goja.Value
	cap   *capability
}

type asyncGen struct {
	r     *runner
	co    *coroutine
	obj   *goja.Object
	state agState
	queue []agRequest

	// delegate is the inner async iterator while the body runs `yield*`.
	delegate *goja.Object
}

var agSym = goja.NewSymbol("loopviz.asyncGenerator")

func (r *runner) asyncGeneratorProto() *goja.Object {
	if p, ok := r.rt.GlobalObject().GetSymbol(agSym).(*goja.Object); ok {
		return p
	}
	proto := r.rt.NewObject()
	_ = proto.DefineDataPropertySymbol(goja.SymToStringTag, r.rt.ToValue("AsyncGenerator"), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	_ = proto.DefineDataPropertySymbol(symAsyncIterator, r.fn("[Symbol.asyncIterator]", 0, func(c goja.FunctionCall) goja.Value { return c.This }), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	for _, m := range []struct {
		name string
		kind completionKind
	}{{"next", compNormal}, {"return", compReturn}, {"throw", compThrow}} {
		m := m
		r.method(proto, m.name, 1, func(c goja.FunctionCall) goja.Value { return r.asyncGenRequest(c.This, m.kind, c.Argument(0)) })
	}
	_ = r.rt.GlobalObject().DefineDataPropertySymbol(agSym, proto, goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE)
	return proto
}

// asyncGenerator is __lv.asyncGen(generatorObject): the async generator object
// an async generator function returns.
func (r *runner) asyncGenerator(c goja.FunctionCall) goja.Value {
	co := r.newCoroutine(c.Argument(0))
	co.name = r.asyncName(c.Argument(1))
	obj := r.rt.CreateObject(r.asyncGeneratorProto())
	g := &asyncGen{r: r, co: co, obj: obj}
	_ = obj.DefineDataPropertySymbol(agSym, r.rt.ToValue(g), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE)
	return obj
}

func (r *runner) asyncGenRequest(this goja.Value, kind completionKind, v goja.Value) goja.Value {
	cap := r.newCapability(r.promiseCtor)
	var g *asyncGen
	if obj, ok := this.(*goja.Object); ok {
		if v := obj.GetSymbol(agSym); v != nil {
			g, _ = v.Export().(*asyncGen)
		}
	}
	if g == nil {
		r.must(cap.reject(r.newError("TypeError", "AsyncGenerator method called on incompatible receiver "+r.describeForError(this))))
		return cap.promise
	}
	state := g.state
	switch kind {
	case compNormal:
		if state == agCompleted {
			r.must(cap.resolve(r.iterResult(goja.Undefined(), true)))
			return cap.promise
		}
		g.queue = append(g.queue, agRequest{kind, v, cap})
		if state == agSuspendedStart || state == agSuspendedYield {
			r.must(g.resume(kind, v))
		}
	case compReturn:
		g.queue = append(g.queue, agRequest{kind, v, cap})
		if state == agSuspendedStart || state == agCompleted {
			g.state = agAwaitingReturn
			r.must(g.awaitReturn())
		} else if state == agSuspendedYield {
			// A return request resumes the generator at its yield after
			// awaiting the value (AsyncGeneratorUnwrapYieldResumption).
			r.must(g.unwrapResumption(kind, v))
		}
	case compThrow:
		if state == agSuspendedStart {
			g.state = agCompleted
			state = agCompleted
		}
		if state == agCompleted {
			r.must(cap.reject(v))
			return cap.promise
		}
		g.queue = append(g.queue, agRequest{kind, v, cap})
		if state == agSuspendedYield {
			r.must(g.resume(kind, v))
		}
	}
	return cap.promise
}

func (r *runner) iterResult(v goja.Value, done bool) *goja.Object {
	o := r.rt.NewObject()
	_ = o.Set("value", v)
	_ = o.Set("done", done)
	return o
}

// resume continues the generator with a completion: into the body, or into
// the inner iterator of a running yield*.
func (g *asyncGen) resume(kind completionKind, v goja.Value) error {
	g.state = agExecuting
	if g.delegate != nil {
		return g.delegateStep(kind, v)
	}
	return g.run(kind, v)
}

// run resumes the body and handles what it does next.
func (g *asyncGen) run(kind completionKind, v goja.Value) error {
	co := g.co
	method := co.next
	switch kind {
	case compThrow:
		method = co.throw
	case compReturn:
		method = co.ret
	}
	val, done, err := co.resume(method, v)
	if err != nil {
		if th, ok := err.(*sim.Thrown); ok {
			return g.finish(compThrow, th.Value.(goja.Value))
		}
		return err
	}
	if done {
		// The body awaited a `return e` itself (the preparation made it
		// `return yield __lv.await(e)`); falling off the end awaits nothing.
		return g.finish(compNormal, val)
	}
	switch m := val.Export().(type) {
	case *awaitMarker:
		return co.await(m.v,
			func(x goja.Value) error { return g.run(compNormal, x) },
			func(x goja.Value) error { return g.run(compThrow, x) },
			"resume "+co.displayName()+" after await")
	case *yieldStarMarker:
		var it goja.Value
		if ex := g.r.rt.Try(func() { it = g.r.asyncIterator(m.v) }); ex != nil {
			return g.run(compThrow, ex.Value())
		}
		g.delegate = it.(*goja.Object)
		return g.delegateStep(compNormal, goja.Undefined())
	}
	// yield v: await v, then hand it to the oldest request.
	return co.await(val,
		func(x goja.Value) error { return g.yield(x) },
		func(x goja.Value) error { return g.run(compThrow, x) },
		"yield from "+co.displayName())
}

// yield is AsyncGeneratorYield: settle the oldest request with the value, then
// go on with the next request or suspend.
func (g *asyncGen) yield(v goja.Value) error {
	if err := g.completeStep(compNormal, v, false); err != nil {
		return err
	}
	if len(g.queue) > 0 {
		next := g.queue[0]
		return g.unwrapResumption(next.kind, next.value)
	}
	g.state = agSuspendedYield
	return nil
}

// unwrapResumption is AsyncGeneratorUnwrapYieldResumption: a return request
// awaits its value first.
func (g *asyncGen) unwrapResumption(kind completionKind, v goja.Value) error {
	if kind != compReturn {
		return g.resume(kind, v)
	}
	g.state = agExecuting
	return g.co.await(v,
		func(x goja.Value) error {
			if g.delegate != nil {
				return g.delegateStep(compReturn, x)
			}
			return g.run(compReturn, x)
		},
		func(x goja.Value) error { return g.resume(compThrow, x) },
		"return from "+g.co.displayName())
}

// delegateStep is one turn of yield* over an async iterator.
func (g *asyncGen) delegateStep(kind completionKind, v goja.Value) error {
	r := g.r
	it := g.delegate
	name := "next"
	switch kind {
	case compThrow:
		name = "throw"
	case compReturn:
		name = "return"
	}
	m := it.Get(name)
	fn, ok := goja.AssertFunction(m)
	if !ok {
		g.delegate = nil
		switch kind {
		case compReturn:
			return g.run(compReturn, v)
		case compThrow:
			if ret, ok := goja.AssertFunction(it.Get("return")); ok {
				_, _ = ret(it)
			}
			return g.run(compThrow, r.newError("TypeError", "The iterator does not provide a 'throw' method"))
		}
		return g.run(compThrow, r.newError("TypeError", r.str(m)+" is not a function"))
	}
	res, err := fn(it, v)
	if err := r.jsErr(err); err != nil {
		g.delegate = nil
		if th, ok := err.(*sim.Thrown); ok {
			return g.run(compThrow, th.Value.(goja.Value))
		}
		return err
	}
	return g.co.await(res, func(x goja.Value) error {
		obj, ok := x.(*goja.Object)
		if !ok {
			g.delegate = nil
			return g.run(compThrow, r.newError("TypeError", "Iterator result "+r.str(x)+" is not an object"))
		}
		value := obj.Get("value")
		if value == nil {
			value = goja.Undefined()
		}
		if obj.Get("done").ToBoolean() {
			g.delegate = nil
			if kind == compReturn {
				return g.run(compReturn, value)
			}
			return g.run(compNormal, value)
		}
		return g.yield(value)
	}, func(x goja.Value) error {
		g.delegate = nil
		return g.run(compThrow, x)
	}, "resume yield* in "+g.co.displayName())
}

// finish completes the body: settle the oldest request, then drain the queue.
func (g *asyncGen) finish(kind completionKind, v goja.Value) error {
	g.state = agCompleted
	g.delegate = nil
	if err := g.completeStep(kind, v, true); err != nil {
		return err
	}
	return g.drainQueue()
}

// completeStep is AsyncGeneratorCompleteStep: settle the oldest request.
func (g *asyncGen) completeStep(kind completionKind, v goja.Value, done bool) error {
	if len(g.queue) == 0 {
		return nil
	}
	req := g.queue[0]
	g.queue = g.queue[1:]
	if kind == compThrow {
		return req.cap.reject(v)
	}
	return req.cap.resolve(g.r.iterResult(v, done))
}

// drainQueue is AsyncGeneratorDrainQueue: a completed generator answers what
// is still queued.
func (g *asyncGen) drainQueue() error {
	for len(g.queue) > 0 {
		req := g.queue[0]
		switch req.kind {
		case compReturn:
			g.state = agAwaitingReturn
			return g.awaitReturn()
		case compThrow:
			if err := g.completeStep(compThrow, req.value, true); err != nil {
				return err
			}
		default:
			if err := g.completeStep(compNormal, goja.Undefined(), true); err != nil {
				return err
			}
		}
	}
	return nil
}

// awaitReturn is AsyncGeneratorAwaitReturn.
func (g *asyncGen) awaitReturn() error {
	v := g.queue[0].value
	return g.co.await(v, func(x goja.Value) error {
		g.state = agCompleted
		if err := g.completeStep(compNormal, x, true); err != nil {
			return err
		}
		return g.drainQueue()
	}, func(x goja.Value) error {
		g.state = agCompleted
		if err := g.completeStep(compThrow, x, true); err != nil {
			return err
		}
		return g.drainQueue()
	}, "return from "+g.co.displayName())
}
