package runtime

import (
	"strconv"
	"strings"

	"github.com/dop251/goja"
	"github.com/loopviz/loopviz/runtime/inspect"
	"github.com/loopviz/loopviz/sim"
)

// console: Node's Console writing to the virtual stdout and stderr, with
// values formatted by the inspector exactly as util.format does.

// write records program output in the trace.
func (r *runner) write(s sim.Stream, text string) {
	if text == "" {
		return
	}
	r.loop.Write(s, text)
}

// consoleLine formats console arguments and writes them as one line, indented
// by the current console.group depth.
func (r *runner) consoleLine(s sim.Stream, args []goja.Value) {
	text := r.insp.Format(args, inspect.DefaultOptions())
	r.writeLine(s, text)
}

func (r *runner) writeLine(s sim.Stream, text string) {
	if r.groupInd != "" {
		text = r.groupInd + strings.ReplaceAll(text, "\n", "\n"+r.groupInd)
	}
	r.consoleWrite(s, text+"\n")
}

func (r *runner) installConsole() {
	rt := r.rt
	con := rt.NewObject()
	out := func(s sim.Stream) func(goja.FunctionCall) goja.Value {
		return func(c goja.FunctionCall) goja.Value {
			r.consoleLine(s, c.Arguments)
			return goja.Undefined()
		}
	}
	for _, m := range []struct {
		name string
		s    sim.Stream
	}{{"log", sim.Stdout}, {"info", sim.Stdout}, {"debug", sim.Stdout}, {"error", sim.Stderr}, {"warn", sim.Stderr}} {
		r.consoleMethod(con, m.name, out(m.s))
	}
	r.consoleMethod(con, "trace", func(c goja.FunctionCall) goja.Value {
		msg := "Trace"
		if len(c.Arguments) > 0 {
			msg += ": " + r.insp.Format(c.Arguments, inspect.DefaultOptions())
		}
		r.writeLine(sim.Stderr, msg+r.renderFrames(r.userFrames(0), true))
		return goja.Undefined()
	})
	r.consoleMethod(con, "dir", func(c goja.FunctionCall) goja.Value {
		opts := inspect.DefaultOptions()
		opts.CustomInspect = false
		opts = r.insp.ParseOptions(c.Argument(1), opts)
		r.writeLine(sim.Stdout, r.insp.Inspect(c.Argument(0), opts))
		return goja.Undefined()
	})
	r.consoleMethod(con, "table", func(c goja.FunctionCall) goja.Value {
		if len(c.Arguments) == 0 {
			r.writeLine(sim.Stdout, "")
			return goja.Undefined()
		}
		r.writeLine(sim.Stdout, r.insp.Table(c.Argument(0), c.Argument(1)))
		return goja.Undefined()
	})
	r.consoleMethod(con, "assert", func(c goja.FunctionCall) goja.Value {
		if c.Argument(0).ToBoolean() {
			return goja.Undefined()
		}
		rest := c.Arguments
		if len(rest) > 0 {
			rest = rest[1:]
		}
		if len(rest) == 0 {
			r.writeLine(sim.Stderr, "Assertion failed")
			return goja.Undefined()
		}
		if s, ok := rest[0].Export().(string); ok {
			rest = append([]goja.Value{rt.ToValue("Assertion failed: " + s)}, rest[1:]...)
		} else {
			rest = append([]goja.Value{rt.ToValue("Assertion failed:")}, rest...)
		}
		r.consoleLine(sim.Stderr, rest)
		return goja.Undefined()
	})
	label := func(c goja.FunctionCall) string {
		if v := c.Argument(0); !goja.IsUndefined(v) {
			return v.String()
		}
		return "default"
	}
	r.consoleMethod(con, "time", func(c goja.FunctionCall) goja.Value {
		l := label(c)
		if _, ok := r.consoleTm[l]; ok {
			r.EmitWarning("Warning", "Label '"+l+"' already exists for console.time()")
			return goja.Undefined()
		}
		r.world.Charge(sim.CostClockRead)
		r.consoleTm[l] = r.world.Now()
		return goja.Undefined()
	})
	timeEnd := func(end bool) func(goja.FunctionCall) goja.Value {
		return func(c goja.FunctionCall) goja.Value {
			l := label(c)
			start, ok := r.consoleTm[l]
			if !ok {
				fn := "console.timeLog()"
				if end {
					fn = "console.timeEnd()"
				}
				r.EmitWarning("Warning", "No such label '"+l+"' for "+fn)
				return goja.Undefined()
			}
			r.world.Charge(sim.CostClockRead)
			text := l + ": " + formatDuration(r.world.Now()-start)
			if !end && len(c.Arguments) > 1 {
				text += " " + r.insp.Format(c.Arguments[1:], inspect.DefaultOptions())
			}
			if end {
				delete(r.consoleTm, l)
			}
			r.writeLine(sim.Stdout, text)
			return goja.Undefined()
		}
	}
	r.consoleMethod(con, "timeEnd", timeEnd(true))
	r.consoleMethod(con, "timeLog", timeEnd(false))
	r.consoleMethod(con, "count", func(c goja.FunctionCall) goja.Value {
		l := label(c)
		r.counts[l]++
		r.writeLine(sim.Stdout, l+": "+strconv.Itoa(r.counts[l]))
		return goja.Undefined()
	})
	r.consoleMethod(con, "countReset", func(c goja.FunctionCall) goja.Value {
		l := label(c)
		if _, ok := r.counts[l]; !ok {
			r.EmitWarning("Warning", "Count for '"+l+"' does not exist")
			return goja.Undefined()
		}
		r.counts[l] = 0
		return goja.Undefined()
	})
	group := func(c goja.FunctionCall) goja.Value {
		if len(c.Arguments) > 0 {
			r.consoleLine(sim.Stdout, c.Arguments)
		}
		r.groupInd += "  "
		return goja.Undefined()
	}
	r.consoleMethod(con, "group", group)
	r.consoleMethod(con, "groupCollapsed", group)
	r.consoleMethod(con, "groupEnd", func(goja.FunctionCall) goja.Value {
		if len(r.groupInd) >= 2 {
			r.groupInd = r.groupInd[2:]
		}
		return goja.Undefined()
	})
	_ = rt.GlobalObject().DefineDataProperty("console", con, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
}

// consoleMethod defines an enumerable console method (Node's are enumerable).
func (r *runner) consoleMethod(con *goja.Object, name string, f func(goja.FunctionCall) goja.Value) {
	_ = con.Set(name, r.fn(name, 0, f))
}

// formatDuration is Node's formatTime for console.timeEnd: "1.234ms", "2.500s".
func formatDuration(d sim.Time) string {
	ms := float64(d) / float64(sim.Millisecond)
	if ms >= 1000 {
		if ms >= 60000 {
			minutes := int(ms / 60000)
			secs := (ms - float64(minutes)*60000) / 1000
			return strconv.Itoa(minutes) + ":" + pad2(secs) + " (m:ss.mmm)"
		}
		return strconv.FormatFloat(ms/1000, 'f', 3, 64) + "s"
	}
	s := strconv.FormatFloat(ms, 'f', 3, 64)
	s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	return s + "ms"
}

func pad2(secs float64) string {
	s := strconv.FormatFloat(secs, 'f', 3, 64)
	if secs < 10 {
		s = "0" + s
	}
	return s
}

func itoa(n int) string { return strconv.Itoa(n) }

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}
