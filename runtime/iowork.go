package runtime

import (
	"github.com/dop251/goja"
	"github.com/loopviz/loopviz/sim"
)

// Generic I/O for the library modules written in JavaScript: a job on the
// libuv threadpool, or an operation the operating system completes by itself
// (network I/O, DNS queries), each calling back in the poll phase.

// installIOWork adds poolWork and ioAfter to the internal object.
//
//	internal.poolWork(label, costNs, callback, ...args)  threadpool job; callback(...args) when done
//	internal.ioAfter(label, delayNs, callback, ...args)  OS I/O completing after delayNs; callback(...args)
//	internal.block(label, costNs)                        synchronous work on the main thread
//	internal.charge(costNs)                              main-thread time a system call takes, silently
//	internal.readyAfter(label, delayNs, callback, ...args) a handle becoming ready (readable, a connection
//	                                                     to accept); like ioAfter, but only the handle keeps
//	                                                     the loop alive, not this event
//
// ioAfter returns an id that cancelIO(id) withdraws while the I/O is still in
// flight. Handles and streams, for liveness and the trace:
//
//	internal.openHandle(label, origin, ref) -> id   a server or socket; ref'd keeps the loop alive
//	internal.refHandle(id, ref)                      server.ref()/unref()
//	internal.closeHandle(id)                         it stops keeping the loop alive
//	internal.readyAtPoll(label, keepAlive, callback, ...args)  readiness of a handle that started watching
//	                                                 since the last poll phase: noticed when the next begins
//	internal.pollCount() -> n                        poll phases begun so far
//	internal.onClose(label, callback, ...args)       a close callback for the close phase
//	internal.onPending(label, callback, ...args)     a completed request's callback (a shutdown, a write
//	                                                 that had to wait) for libuv's pending queue
//	internal.openStream(label, origin, highWaterMark) -> id
//	internal.bufferLevel(id, level)                  a stream's buffered amount changed
//	internal.closeStream(id)
func (r *runner) installIOWork(in *goja.Object) {
	_ = in.Set("poolWork", func(c goja.FunctionCall) goja.Value {
		label, cost, cb, args := r.ioArgs(c)
		work := r.loop.NewEntry(sim.Entry{Kind: sim.EntryWork, Label: label})
		done := r.loop.NewEntry(sim.Entry{Kind: sim.EntryIO, Label: label + " callback", Func: r.funcName(c.Argument(2))})
		r.submitWork(work, cost, sim.Task{Entry: done, Fn: func() error {
			return r.call(cb, goja.Undefined(), args...)
		}})
		return goja.Undefined()
	})
	// block(label, costNs): synchronous work (a Sync crypto or zlib call)
	// that keeps the main thread busy for costNs.
	_ = in.Set("block", func(c goja.FunctionCall) goja.Value {
		cost := sim.Time(c.Argument(1).ToInteger())
		r.world.Charge(cost)
		r.loop.Record(sim.KindAPI, c.Argument(0).String()+" blocks the main thread for "+cost.String(),
			"A Sync call does its work on the main thread: no callback, timer or I/O completion can run until it returns.")
		return goja.Undefined()
	})
	// charge(costNs): the time a system call keeps the main thread (a send
	// on loopback, an accept), like a console write's cost: no trace step.
	_ = in.Set("charge", func(cost int64) {
		if cost > 0 {
			r.world.Charge(sim.Time(cost))
		}
	})
	_ = in.Set("ioAfter", func(c goja.FunctionCall) goja.Value {
		label, delay, cb, args := r.ioArgs(c)
		done := r.loop.NewEntry(sim.Entry{Kind: sim.EntryIO, Label: label + " callback", Func: r.funcName(c.Argument(2))})
		r.loop.ScheduleIO(r.world.Now()+delay, label, sim.Task{Entry: done, Fn: func() error {
			return r.call(cb, goja.Undefined(), args...)
		}})
		return r.rt.ToValue(int64(done))
	})
	_ = in.Set("readyAfter", func(c goja.FunctionCall) goja.Value {
		label, delay, cb, args := r.ioArgs(c)
		done := r.loop.NewEntry(sim.Entry{Kind: sim.EntryIO, Label: label + " callback", Func: r.funcName(c.Argument(2))})
		r.loop.ScheduleReadiness(r.world.Now()+delay, label, sim.Task{Entry: done, Fn: func() error {
			return r.call(cb, goja.Undefined(), args...)
		}})
		return r.rt.ToValue(int64(done))
	})
	_ = in.Set("readyAtPoll", func(c goja.FunctionCall) goja.Value {
		cb, ok := goja.AssertFunction(c.Argument(2))
		if !ok {
			r.throwTypeError("loopviz: internal I/O wants a callback")
		}
		args := append([]goja.Value(nil), c.Arguments[min(3, len(c.Arguments)):]...)
		label := c.Argument(0).String()
		done := r.loop.NewEntry(sim.Entry{Kind: sim.EntryIO, Label: label + " callback", Func: r.funcName(c.Argument(2))})
		r.loop.ScheduleAtNextPoll(label, sim.Task{Entry: done, Fn: func() error {
			return r.call(cb, goja.Undefined(), args...)
		}}, c.Argument(1).ToBoolean())
		return r.rt.ToValue(int64(done))
	})
	_ = in.Set("pollCount", func() int64 { return r.loop.PollCount() })
	_ = in.Set("cancelIO", func(id int64) bool { return r.loop.CancelIO(sim.EntryID(id)) })
	_ = in.Set("openHandle", func(label, origin string, ref bool) int64 {
		return int64(r.loop.OpenHandle(label, origin, ref))
	})
	_ = in.Set("refHandle", func(id int64, ref bool) { r.loop.SetHandleRef(sim.EntryID(id), ref) })
	_ = in.Set("closeHandle", func(id int64) { r.loop.CloseHandle(sim.EntryID(id)) })
	_ = in.Set("onClose", func(c goja.FunctionCall) goja.Value {
		cb, ok := goja.AssertFunction(c.Argument(1))
		if !ok {
			r.throwTypeError("loopviz: internal onClose wants a callback")
		}
		args := append([]goja.Value(nil), c.Arguments[min(2, len(c.Arguments)):]...)
		e := r.loop.NewEntry(sim.Entry{Kind: sim.EntryClose, Label: c.Argument(0).String(), Func: r.funcName(c.Argument(1))})
		r.loop.QueueClose(sim.Task{Entry: e, Fn: func() error { return r.call(cb, goja.Undefined(), args...) }})
		return goja.Undefined()
	})
	_ = in.Set("onPending", func(c goja.FunctionCall) goja.Value {
		cb, ok := goja.AssertFunction(c.Argument(1))
		if !ok {
			r.throwTypeError("loopviz: internal onPending wants a callback")
		}
		args := append([]goja.Value(nil), c.Arguments[min(2, len(c.Arguments)):]...)
		e := r.loop.NewEntry(sim.Entry{Kind: sim.EntryIO, Label: c.Argument(0).String(), Func: r.funcName(c.Argument(1))})
		r.loop.QueuePending(sim.Task{Entry: e, Fn: func() error { return r.call(cb, goja.Undefined(), args...) }})
		return goja.Undefined()
	})
	_ = in.Set("openStream", func(label, origin string, hwm int64) int64 {
		return int64(r.loop.OpenStream(label, origin, hwm))
	})
	_ = in.Set("bufferLevel", func(id, level int64) { r.loop.SetBufferLevel(sim.EntryID(id), level) })
	_ = in.Set("closeStream", func(id int64) { r.loop.CloseHandle(sim.EntryID(id)) })
}

// submitWork puts work on the threadpool. Before the first job it sizes the
// pool from process.env.UV_THREADPOOL_SIZE, as libuv does: a program that
// sets it at the top of the file, before any pool use, gets that many slots.
func (r *runner) submitWork(work sim.EntryID, cost sim.Time, done sim.Task) {
	if !r.loop.ThreadpoolUsed() && r.process != nil {
		if env, ok := r.process.Get("env").(*goja.Object); ok {
			if v := env.Get("UV_THREADPOOL_SIZE"); v != nil && !goja.IsUndefined(v) {
				if n := int(v.ToInteger()); n > 0 && r.loop.SetThreadpoolSize(n) {
					r.loop.Record(sim.KindAPI, "threadpool sized to "+v.String()+" (UV_THREADPOOL_SIZE)",
						"libuv creates its threadpool at the first job, reading UV_THREADPOOL_SIZE then; changing it later has no effect.")
				}
			}
		}
	}
	r.loop.SubmitWork(work, cost, done)
}

func (r *runner) ioArgs(c goja.FunctionCall) (string, sim.Time, goja.Callable, []goja.Value) {
	cb, ok := goja.AssertFunction(c.Argument(2))
	if !ok {
		r.throwTypeError("loopviz: internal I/O wants a callback")
	}
	var args []goja.Value
	if len(c.Arguments) > 3 {
		args = append(args, c.Arguments[3:]...)
	}
	return c.Argument(0).String(), sim.Time(c.Argument(1).ToInteger()), cb, args
}
