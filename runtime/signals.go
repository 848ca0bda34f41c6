package runtime

import (
	"github.com/dop251/goja"
	"github.com/loopviz/loopviz/sim"
)

// Signals, for graceful-shutdown demos: process.kill(process.pid, sig) either
// delivers the signal to the program's listeners (in the poll phase, where
// libuv's signal watcher reports it) or, with no listener, ends the process
// at once as the operating system's default action does.

// signalNumbers are Linux's.
var signalNumbers = map[string]int{
	"SIGHUP": 1, "SIGINT": 2, "SIGQUIT": 3, "SIGILL": 4, "SIGTRAP": 5, "SIGABRT": 6, "SIGIOT": 6, "SIGBUS": 7,
	"SIGFPE": 8, "SIGKILL": 9, "SIGUSR1": 10, "SIGSEGV": 11, "SIGUSR2": 12, "SIGPIPE": 13, "SIGALRM": 14,
	"SIGTERM": 15, "SIGCHLD": 17, "SIGCONT": 18, "SIGSTOP": 19, "SIGTSTP": 20, "SIGTTIN": 21, "SIGTTOU": 22,
	"SIGURG": 23, "SIGXCPU": 24, "SIGXFSZ": 25, "SIGVTALRM": 26, "SIGPROF": 27, "SIGWINCH": 28, "SIGIO": 29,
	"SIGPOLL": 29, "SIGPWR": 30, "SIGSYS": 31,
}

// ignoredByDefault are the signals whose default action does not end the process.
var ignoredByDefault = map[string]bool{"SIGCHLD": true, "SIGCONT": true, "SIGURG": true, "SIGWINCH": true}

func signalName(num int) string {
	best := ""
	for name, n := range signalNumbers {
		if n == num && (best == "" || name < best) {
			best = name
		}
	}
	return best
}

// kill is process.kill(pid[, signal]).
func (r *runner) kill(c goja.FunctionCall) goja.Value {
	pid := c.Argument(0)
	if _, ok := pid.Export().(int64); !ok {
		if f, isF := pid.Export().(float64); !isF || f != float64(int64(f)) {
			panic(r.nodeError("TypeError", "ERR_INVALID_ARG_TYPE", "The \"pid\" argument must be of type number. Received "+r.receivedDesc(pid)))
		}
	}
	sig := "SIGTERM"
	if s := c.Argument(1); !goja.IsUndefined(s) && !goja.IsNull(s) {
		if n, ok := s.Export().(int64); ok {
			if n == 0 {
				sig = ""
			} else if sig = signalName(int(n)); sig == "" {
				panic(r.nodeError("TypeError", "ERR_UNKNOWN_SIGNAL", "Unknown signal: "+s.String()))
			}
		} else if str := s.String(); signalNumbers[str] != 0 {
			sig = str
		} else {
			panic(r.nodeError("TypeError", "ERR_UNKNOWN_SIGNAL", "Unknown signal: "+str))
		}
	}
	if pid.ToInteger() != Pid {
		e := r.newError("Error", "kill ESRCH")
		_ = e.Set("errno", -3)
		_ = e.Set("code", "ESRCH")
		_ = e.Set("syscall", "kill")
		panic(e)
	}
	if sig == "" {
		return r.rt.ToValue(true) // signal 0 only checks the process exists
	}
	listeners := r.process.Get("listenerCount")
	count := int64(0)
	if fn, ok := goja.AssertFunction(listeners); ok {
		v, err := fn(r.process, r.rt.ToValue(sig))
		r.rethrow(err)
		count = v.ToInteger()
	}
	if count == 0 && !ignoredByDefault[sig] {
		r.interrupt(r.loop.Terminate(128+signalNumbers[sig],
			sig+" has no listener, so its default action applies: the process ends at once, without 'exit' listeners."))
		return r.rt.ToValue(true)
	}
	id := r.loop.NewEntry(sim.Entry{Kind: sim.EntryIO, Label: "deliver " + sig})
	r.loop.ScheduleIO(r.world.Now(), "The signal "+sig, sim.Task{Entry: id, Fn: func() error {
		_, err := r.Emit(sig, sig)
		return err
	}})
	return r.rt.ToValue(true)
}
