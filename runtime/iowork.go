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
func (r *runner) installIOWork(in *goja.Object) {
	_ = in.Set("poolWork", func(c goja.FunctionCall) goja.Value {
		label, cost, cb, args := r.ioArgs(c)
		work := r.loop.NewEntry(sim.Entry{Kind: sim.EntryWork, Label: label})
		done := r.loop.NewEntry(sim.Entry{Kind: sim.EntryIO, Label: label + " callback", Func: r.funcName(c.Argument(2))})
		r.loop.SubmitWork(work, cost, sim.Task{Entry: done, Fn: func() error {
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
	_ = in.Set("ioAfter", func(c goja.FunctionCall) goja.Value {
		label, delay, cb, args := r.ioArgs(c)
		done := r.loop.NewEntry(sim.Entry{Kind: sim.EntryIO, Label: label + " callback", Func: r.funcName(c.Argument(2))})
		r.loop.ScheduleIO(r.world.Now()+delay, label, sim.Task{Entry: done, Fn: func() error {
			return r.call(cb, goja.Undefined(), args...)
		}})
		return goja.Undefined()
	})
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
