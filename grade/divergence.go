package grade

import (
	"github.com/loopviz/loopviz/sim"
)

// Divergence is where, in a run, the loop did something other than what an
// answer expected.
type Divergence struct {
	// Output is the step that printed the loop's line at the divergent line,
	// or -1 when the loop printed no such line (the answer has extra lines).
	Output int
	// Step is where to open the simulator: the step that ran the callback
	// which printed the line (its why says why that callback ran now), or
	// the output step itself when the main module printed it, or the run's
	// last step when the loop printed nothing more.
	Step  int
	Label string // the label of Step: "run nextTick(anonymous)"
	Why   string // the why of Step
}

// LineStep returns the step that began printing stdout line n (0-based) of
// the run, or -1 if the run printed fewer lines.
func LineStep(tr *sim.Trace, n int) int {
	line, atStart := 0, true
	for _, o := range tr.Output {
		if o.Stream != sim.Stdout {
			continue
		}
		for i := 0; i < len(o.Text); i++ {
			if atStart {
				if line == n {
					return int(o.Step)
				}
				atStart = false
			}
			if o.Text[i] == '\n' {
				line++
				atStart = true
			}
		}
	}
	return -1
}

// Diverge maps a verdict's divergent line to the step of the run tr where
// the loop printed its line instead (tr must be a run that printed the
// verdict's closest output). ok is false for a right answer or an empty
// trace.
func Diverge(tr *sim.Trace, v Verdict) (d Divergence, ok bool) {
	if v.Right() || tr == nil || tr.Len() == 0 {
		return Divergence{}, false
	}
	out := -1
	if v.Kind != Extra {
		out = LineStep(tr, v.Line)
	}
	d.Output = out
	if out < 0 {
		// The loop printed nothing more: what it did instead is to run out
		// of work and end. Show the first lifecycle step after its last line.
		d.Step = tr.Len() - 1
		from := 0
		if n := len(tr.Output); n > 0 {
			from = int(tr.Output[n-1].Step) + 1
		}
		for i := from; i < tr.Len(); i++ {
			if s := tr.Step(i); s.Kind == sim.KindLifecycle && s.Why != "" {
				d.Step = i
				break
			}
		}
	} else {
		d.Step = enclosingCallback(tr, out)
	}
	s := tr.Step(d.Step)
	d.Label, d.Why = tr.StepLabel(d.Step), s.Why
	if d.Step == out && s.Phase == sim.PhaseMain {
		d.Why = mainWhy
	}
	return d, true
}

// mainWhy explains a line the main module printed: the usual surprise is
// that it comes before callbacks queued above it.
const mainWhy = "The main module prints this line itself, synchronously: Node runs the whole main module, top to bottom, before any queued callback (nextTick, promise, timer, immediate) gets its turn."

// enclosingCallback is the step that started the callback running at step
// out, or out itself when that is the main module (its "run main module"
// says nothing about why a line came first).
func enclosingCallback(tr *sim.Trace, out int) int {
	loop := tr.Step(out).Loop
	for i := out; i >= 0; i-- {
		s := tr.Step(i)
		if s.Kind != sim.KindCallbackStart || s.Loop != loop {
			continue
		}
		if e := tr.Entry(s.Entry); e != nil && e.Kind == sim.EntryMain {
			return out
		}
		return i
	}
	return out
}
