package ui

import (
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/loopviz/loopviz/sim"
)

// busyProgram fills every queue at once: thousands of timers, immediates,
// nextTicks and microtasks, a threadpool with work waiting, and output.
const busyProgram = `const crypto = require('crypto');
for (let i = 0; i < 40; i++) crypto.pbkdf2('s', 'salt', 1000 * (i + 1), 32, 'sha256', () => {});
for (let i = 0; i < 2000; i++) setTimeout(() => {}, 1 + (i % 50));
for (let i = 0; i < 2000; i++) setImmediate(() => {});
for (let i = 0; i < 2000; i++) process.nextTick(() => {});
for (let i = 0; i < 2000; i++) Promise.resolve(i).then(() => {});
for (let i = 0; i < 300; i++) console.log('line', i);
console.log('end of main');
`

// busyStep is the last step of the main module: every queue is full.
func busyStep(b *testing.B, run *Run) int {
	for i := run.Trace.Len() - 1; i >= 0; i-- {
		if s := run.Trace.Step(i); s.Kind == sim.KindCallbackEnd && s.Phase == sim.PhaseMain {
			return i
		}
	}
	b.Fatal("no end of the main module")
	return 0
}

// BenchmarkRenderBusyFrame200x60 draws one frame at 200x60 with every
// queue holding thousands of entries (the snapshot is taken once, as the
// viewer does when it moves).
func BenchmarkRenderBusyFrame200x60(b *testing.B) {
	run := runSource(b, "/loopviz/busy.js", []byte(busyProgram))
	v := newViewer(run, "busy.js", sim.LevelAPI)
	v.goTo(busyStep(b, run))
	if n := len(v.snap.Timers) + len(v.snap.Immediates) + len(v.snap.Ticks) + len(v.snap.Microtasks); n < 8000 {
		b.Fatalf("the snapshot holds %d entries, want 8000", n)
	}
	th := newTheme(ThemeDark)
	help := shortHelpView(th, newViewerKeys(), 200)
	b.ReportAllocs()
	for b.Loop() {
		_ = v.frame(th, 200, 60, help, "").draw()
	}
}

// longProgram records well over 100,000 steps.
const longProgram = `let n = 0;
function hop() { n++; if (n < 35000) setImmediate(hop); }
hop();
for (let i = 0; i < 35000; i++) Promise.resolve(i).then(() => { n++; });
`

// BenchmarkStepToEndAndBack presses G then g in a viewer of a 100,000-step
// trace, drawing the screen after each press: what the user waits for.
func BenchmarkStepToEndAndBack(b *testing.B) {
	run := runSource(b, "/loopviz/long.js", []byte(longProgram))
	if run.Trace.Len() < 100_000 {
		b.Fatalf("the trace has %d steps, want 100,000", run.Trace.Len())
	}
	tm := &testModel{m: New(Options{File: run.File, Run: fixedRun(run), Theme: ThemeDark, ThemeSet: true, Level: sim.LevelAPI})}
	tm.send(windowSize(200, 60))
	msg := tm.m.startRun(false)()
	tm.send(msg)
	b.ReportAllocs()
	for b.Loop() {
		tm.send(keyMsg("G"))
		_ = tm.m.content()
		tm.send(keyMsg("g"))
		_ = tm.m.content()
	}
	if tm.m.view.step != 0 {
		b.Fatalf("g left the viewer at step %d", tm.m.view.step)
	}
	b.ReportMetric(float64(run.Trace.Len()), "steps")
}

// BenchmarkOpenLongRun builds the viewer's indexes for a 100,000-step trace:
// the one pass over the trace that makes every later move cheap.
func BenchmarkOpenLongRun(b *testing.B) {
	run := runSource(b, "/loopviz/long.js", []byte(longProgram))
	b.ReportAllocs()
	for b.Loop() {
		_ = newViewer(run, "long.js", sim.LevelAPI)
	}
	b.ReportMetric(float64(run.Trace.Len()), "steps")
}

func windowSize(w, h int) tea.WindowSizeMsg { return tea.WindowSizeMsg{Width: w, Height: h} }
