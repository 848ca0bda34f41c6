package sim

import (
	"fmt"
	"strings"
	"testing"
)

// fakeHost stands in for the JavaScript side: callbacks are Go closures that
// append to a log, process listeners are Go functions.
type fakeHost struct {
	log       []string
	listeners map[string][]func(args ...Value) error
	stderr    []string
	w         *World
}

func (h *fakeHost) on(event string, f func(args ...Value) error) {
	if h.listeners == nil {
		h.listeners = map[string][]func(args ...Value) error{}
	}
	h.listeners[event] = append(h.listeners[event], f)
}

func (h *fakeHost) Emit(event string, args ...Value) (bool, error) {
	ls := h.listeners[event]
	for _, f := range ls {
		if err := f(args...); err != nil {
			return true, err
		}
	}
	return len(ls) > 0, nil
}
func (h *fakeHost) ReportFatal(err Value)        { h.stderr = append(h.stderr, fmt.Sprint(err)) }
func (h *fakeHost) RejectionError(r Value) Value { return r }
func (h *fakeHost) EmitWarning(name, msg string) {
	h.stderr = append(h.stderr, name+": "+msg)
}
func (h *fakeHost) Stack() []Frame          { return nil }
func (h *fakeHost) Describe(v Value) string { return fmt.Sprint(v) }

// prog is a tiny DSL for writing programs against the model in tests.
type prog struct {
	t *testing.T
	h *fakeHost
	w *World
	l *Loop
}

func newProg(t *testing.T, cfg Config) *prog {
	h := &fakeHost{}
	w := NewWorld(cfg, h)
	h.w = w
	return &prog{t: t, h: h, w: w, l: w.Main()}
}

func (p *prog) say(s string) { p.h.log = append(p.h.log, s) }

// cb makes a callback that logs name and then runs body.
func (p *prog) cb(name string, body ...func() error) func() error {
	return func() error {
		p.say(name)
		for _, b := range body {
			if err := b(); err != nil {
				return err
			}
		}
		return nil
	}
}

func (p *prog) entry(kind EntryKind, label string) EntryID {
	return p.l.NewEntry(Entry{Kind: kind, Label: label})
}

func (p *prog) tick(name string, body ...func() error) func() error {
	return func() error {
		p.l.QueueTick(Task{Entry: p.entry(EntryTick, name), Fn: p.cb(name, body...)})
		return nil
	}
}

func (p *prog) micro(name string, body ...func() error) func() error {
	return func() error {
		p.l.QueueMicrotask(Task{Entry: p.entry(EntryMicrotask, name), Fn: p.cb(name, body...)}, "")
		return nil
	}
}

func (p *prog) timeout(name string, delay float64, body ...func() error) func() error {
	return func() error {
		d, _ := ClampDelay(delay)
		p.l.SetTimeout(TimerSpec{Entry: p.entry(EntryTimer, name), Fn: p.cb(name, body...), Delay: d})
		return nil
	}
}

func (p *prog) immediate(name string, body ...func() error) func() error {
	return func() error {
		p.l.SetImmediate(p.entry(EntryImmediate, name), p.cb(name, body...))
		return nil
	}
}

func (p *prog) work(name string, cost Time, body ...func() error) func() error {
	return func() error {
		p.l.SubmitWork(p.entry(EntryWork, name), cost, Task{Entry: p.entry(EntryIO, name+" cb"), Fn: p.cb(name, body...)})
		return nil
	}
}

func (p *prog) throw(v string) func() error {
	return func() error { return &Thrown{Value: v} }
}

func (p *prog) busy(d Time) func() error {
	return func() error { p.w.Charge(d); return nil }
}

func (p *prog) run(main ...func() error) Result {
	return p.w.Run(p.cb("main", main...))
}

func (p *prog) expect(want string) {
	p.t.Helper()
	if got := strings.Join(p.h.log, " "); got != want {
		p.t.Errorf("order:\n got %s\nwant %s", got, want)
	}
}

func TestOrdering(t *testing.T) {
	tests := []struct {
		name string
		main func(p *prog) []func() error
		want string
	}{
		{"nextTick before promise", func(p *prog) []func() error {
			return []func() error{p.micro("p"), p.tick("t")}
		}, "main t p"},
		{"ticks queued by ticks run before microtasks", func(p *prog) []func() error {
			return []func() error{p.micro("p"), p.tick("t1", p.tick("t2"))}
		}, "main t1 t2 p"},
		{"tick queued by a microtask waits for the microtask queue", func(p *prog) []func() error {
			return []func() error{p.micro("p1", p.tick("t")), p.micro("p2", p.micro("p3"))}
		}, "main p1 p2 p3 t"},
		{"timers in delay order", func(p *prog) []func() error {
			return []func() error{p.timeout("b", 20), p.timeout("a", 10), p.timeout("c", 20)}
		}, "main a b c"},
		{"drain between timers", func(p *prog) []func() error {
			return []func() error{p.timeout("a", 5, p.tick("ta"), p.micro("pa")), p.timeout("b", 5)}
		}, "main a ta pa b"},
		{"drain between immediates", func(p *prog) []func() error {
			return []func() error{p.immediate("a", p.micro("pa")), p.immediate("b")}
		}, "main a pa b"},
		{"immediate queued in check phase waits a turn", func(p *prog) []func() error {
			return []func() error{p.immediate("a", p.immediate("c")), p.immediate("b")}
		}, "main a b c"},
		{"immediate before timeout inside a timer", func(p *prog) []func() error {
			return []func() error{p.timeout("t", 5, p.timeout("t0", 0), p.immediate("i"))}
		}, "main t i t0"},
		{"busy main module makes timer due first", func(p *prog) []func() error {
			return []func() error{p.timeout("t", 0), p.immediate("i"), p.busy(2 * Millisecond)}
		}, "main t i"},
		{"main-module race defaults to the immediate", func(p *prog) []func() error {
			return []func() error{p.timeout("t", 0), p.immediate("i")}
		}, "main i t"},
		{"clamped delays share a list", func(p *prog) []func() error {
			return []func() error{p.timeout("a", 1), p.timeout("b", 0), p.timeout("c", -5)}
		}, "main a b c"},
		{"a 5ms timer armed later in the same ms runs in the same list", func(p *prog) []func() error {
			return []func() error{p.timeout("a", 5), p.busy(2 * Millisecond), p.timeout("b", 3)}
		}, "main a b"},
		{"threadpool FIFO with four slots", func(p *prog) []func() error {
			return []func() error{
				p.work("w1", 10*Millisecond), p.work("w2", 20*Millisecond), p.work("w3", 30*Millisecond),
				p.work("w4", 40*Millisecond), p.work("w5", 5*Millisecond),
			}
		}, "main w1 w5 w2 w3 w4"},
		{"poll callbacks drain per callback", func(p *prog) []func() error {
			return []func() error{p.work("w1", Millisecond, p.tick("t1")), p.work("w2", 2*Millisecond)}
		}, "main w1 t1 w2"},
		{"immediate before timeout inside an I/O callback", func(p *prog) []func() error {
			return []func() error{p.work("w", Millisecond, p.timeout("t", 0), p.immediate("i"))}
		}, "main w i t"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := newProg(t, Config{})
			res := p.run(tc.main(p)...)
			if res.Stop != nil {
				t.Fatalf("stopped: %v", res.Stop)
			}
			p.expect(tc.want)
		})
	}
}

func TestMainModuleRaceAlternative(t *testing.T) {
	p := newProg(t, Config{Choices: []int{1}})
	p.run(p.timeout("t", 0), p.immediate("i"))
	p.expect("main t i")
	if len(p.w.Trace.Races) != 1 {
		t.Fatalf("races = %d, want 1", len(p.w.Trace.Races))
	}
}

func TestThreadpoolTieIsARace(t *testing.T) {
	for choice, want := range []string{"main a b", "main b a"} {
		p := newProg(t, Config{Choices: []int{choice}})
		p.run(p.work("a", 5*Millisecond), p.work("b", 5*Millisecond))
		p.expect(want)
	}
}

// TestThreadpoolNearTieIsARace: long jobs started microseconds apart finish
// in any order (threads run at slightly different speeds); short jobs that
// far apart, relative to their cost, do not race.
func TestThreadpoolNearTieIsARace(t *testing.T) {
	for choice, want := range []string{"main a b", "main b a"} {
		p := newProg(t, Config{Choices: []int{choice}})
		p.run(p.work("a", 80*Millisecond), p.busy(50*Microsecond), p.work("b", 80*Millisecond))
		p.expect(want)
		if len(p.w.Trace.Races) != 1 {
			t.Errorf("choice %d: %d races, want 1", choice, len(p.w.Trace.Races))
		}
	}
	p := newProg(t, Config{Choices: []int{1}})
	p.run(p.work("a", 80*Microsecond), p.busy(50*Microsecond), p.work("b", 80*Microsecond))
	p.expect("main a b")
	if len(p.w.Trace.Races) != 0 {
		t.Errorf("short jobs 50µs apart: %d races, want none", len(p.w.Trace.Races))
	}
}

func TestInterval(t *testing.T) {
	p := newProg(t, Config{})
	n := 0
	var iv *Timer
	p.run(func() error {
		iv = p.l.SetTimeout(TimerSpec{Entry: p.entry(EntryInterval, "iv"), Delay: 10, Repeat: true, Fn: func() error {
			n++
			p.say(fmt.Sprint("iv", n))
			if n == 3 {
				iv.Clear()
			}
			return nil
		}})
		return nil
	})
	p.expect("main iv1 iv2 iv3")
	if now := p.w.Now(); now < 30*Millisecond || now > 31*Millisecond {
		t.Errorf("clock = %v, want about 30ms", now)
	}
}

func TestUnrefTimerDoesNotKeepLoopAlive(t *testing.T) {
	p := newProg(t, Config{})
	p.run(func() error {
		tm := p.l.SetTimeout(TimerSpec{Entry: p.entry(EntryTimer, "u"), Delay: 10, Fn: p.cb("u")})
		tm.Unref()
		return nil
	})
	p.expect("main")
}

func TestClearTimeoutFromAnotherTimer(t *testing.T) {
	p := newProg(t, Config{})
	var b *Timer
	p.run(func() error {
		p.l.SetTimeout(TimerSpec{Entry: p.entry(EntryTimer, "a"), Delay: 5, Fn: func() error { p.say("a"); b.Clear(); return nil }})
		b = p.l.SetTimeout(TimerSpec{Entry: p.entry(EntryTimer, "b"), Delay: 10, Fn: p.cb("b")})
		return nil
	})
	p.expect("main a")
}

func TestBeforeExitAndExit(t *testing.T) {
	p := newProg(t, Config{})
	again := true
	p.h.on("beforeExit", func(args ...Value) error {
		p.say(fmt.Sprint("beforeExit", args[0]))
		if again {
			again = false
			return p.timeout("late", 1)()
		}
		return nil
	})
	p.h.on("exit", func(args ...Value) error {
		p.say(fmt.Sprint("exit", args[0]))
		p.l.QueueTick(Task{Entry: p.entry(EntryTick, "x"), Fn: p.cb("tick-in-exit")})
		return p.micro("micro-in-exit")()
	})
	res := p.run(func() error { p.w.SetExitCode(3); return nil })
	p.expect("main beforeExit3 late beforeExit3 exit3 micro-in-exit")
	if res.ExitCode != 3 {
		t.Errorf("exit code = %d, want 3", res.ExitCode)
	}
}

func TestUncaughtException(t *testing.T) {
	t.Run("no listener", func(t *testing.T) {
		p := newProg(t, Config{})
		p.h.on("exit", func(args ...Value) error { p.say(fmt.Sprint("exit", args[0])); return nil })
		res := p.run(p.timeout("t", 1, p.throw("boom")), p.timeout("never", 5))
		p.expect("main t exit1")
		if res.ExitCode != 1 || len(p.h.stderr) != 1 || p.h.stderr[0] != "boom" {
			t.Errorf("exit %d stderr %q", res.ExitCode, p.h.stderr)
		}
	})
	t.Run("tick throws: the drain is abandoned until the next callback", func(t *testing.T) {
		p := newProg(t, Config{})
		p.h.on("uncaughtException", func(args ...Value) error { p.say(fmt.Sprint("caught-", args[0])); return nil })
		p.run(p.tick("t1", p.throw("x1")), p.tick("t2"), p.micro("p1"), p.timeout("timeout", 0), p.immediate("imm"), p.busy(2*Millisecond))
		p.expect("main t1 caught-x1 timeout t2 p1 imm")
	})
	t.Run("timer throws: the next timer runs before the drain", func(t *testing.T) {
		p := newProg(t, Config{})
		p.h.on("uncaughtException", func(args ...Value) error { p.say(fmt.Sprint("caught-", args[0])); return nil })
		p.run(p.timeout("A", 1, p.tick("tickA"), p.throw("xa")), p.timeout("B", 1))
		p.expect("main A caught-xa B tickA")
	})
	t.Run("immediate throws: the batch goes on, then the drain", func(t *testing.T) {
		p := newProg(t, Config{})
		p.h.on("uncaughtException", func(args ...Value) error { p.say(fmt.Sprint("caught-", args[0])); return nil })
		p.run(p.immediate("I1", p.tick("tick1"), p.throw("xi")), p.immediate("I2"), p.timeout("T", 5))
		p.expect("main I1 caught-xi I2 tick1 T")
	})
	t.Run("exit listener sets the code", func(t *testing.T) {
		p := newProg(t, Config{})
		p.h.on("exit", func(args ...Value) error { p.w.SetExitCode(7); return nil })
		res := p.run(p.throw("boom"))
		if res.ExitCode != 7 {
			t.Errorf("exit code = %d, want 7", res.ExitCode)
		}
	})
}

func TestProcessExitSkipsPendingWork(t *testing.T) {
	p := newProg(t, Config{})
	p.h.on("exit", func(args ...Value) error {
		p.say(fmt.Sprint("exit", args[0]))
		return p.micro("exit-promise")()
	})
	res := p.run(p.tick("t"), p.timeout("timer", 1, func() error {
		p.w.SetExitCode(3)
		return p.l.Exit()
	}, p.cb("after")), p.timeout("never", 1))
	p.expect("main t timer exit3")
	if res.ExitCode != 3 {
		t.Errorf("exit code = %d, want 3", res.ExitCode)
	}
}

type promiseStub struct{ id int64 }

func TestUnhandledRejections(t *testing.T) {
	reject := func(p *prog, id int64) func() error {
		return func() error { p.l.PromiseRejected(id, promiseStub{id}, fmt.Sprint("r", id)); return nil }
	}
	handle := func(p *prog, id int64) func() error {
		return func() error { p.l.PromiseHandled(id, promiseStub{id}); return nil }
	}
	t.Run("crash in throw mode", func(t *testing.T) {
		p := newProg(t, Config{})
		res := p.run(reject(p, 1), p.timeout("never", 0))
		p.expect("main")
		if res.ExitCode != 1 || len(p.h.stderr) != 1 {
			t.Errorf("exit %d stderr %q", res.ExitCode, p.h.stderr)
		}
	})
	t.Run("handler in a tick is in time", func(t *testing.T) {
		p := newProg(t, Config{})
		res := p.run(reject(p, 1), p.tick("t", handle(p, 1)), p.timeout("later", 0))
		p.expect("main t later")
		if res.ExitCode != 0 {
			t.Errorf("exit %d", res.ExitCode)
		}
	})
	t.Run("late handler with listener: rejectionHandled", func(t *testing.T) {
		p := newProg(t, Config{})
		p.h.on("unhandledRejection", func(args ...Value) error { p.say(fmt.Sprint("unhandled-", args[0])); return nil })
		p.h.on("rejectionHandled", func(args ...Value) error { p.say("handled-late"); return nil })
		p.run(reject(p, 1), p.timeout("t", 1, handle(p, 1)))
		p.expect("main unhandled-r1 t handled-late")
	})
}

func TestStarvationStopsDeterministically(t *testing.T) {
	run := func() (Result, int) {
		p := newProg(t, Config{MaxStatements: 50_000})
		var f func() error
		f = func() error {
			if err := p.l.Statement(0); err != nil {
				return err
			}
			p.l.QueueTick(Task{Entry: p.entry(EntryTick, "again"), Fn: f})
			return nil
		}
		res := p.run(p.timeout("starved", 0), func() error {
			p.l.QueueTick(Task{Entry: p.entry(EntryTick, "again"), Fn: f})
			return nil
		})
		return res, p.w.Trace.Len()
	}
	res, n := run()
	if res.Stop == nil || res.Stop.Reason != "starvation" {
		t.Fatalf("stop = %+v, want starvation", res.Stop)
	}
	if !strings.Contains(res.Stop.Message, "nextTick queue never emptied") || !strings.Contains(res.Stop.Message, "1 timer") {
		t.Errorf("message = %q", res.Stop.Message)
	}
	if _, n2 := run(); n2 != n {
		t.Errorf("second run recorded %d steps, first %d", n2, n)
	}
}

func TestSnapshotMatchesLiveQueues(t *testing.T) {
	p := newProg(t, Config{})
	p.run(p.timeout("t1", 10), p.timeout("t2", 5), p.immediate("i1"), p.tick("k1"), p.micro("m1"),
		p.work("w1", 3*Millisecond), p.work("w2", 3*Millisecond), p.work("w3", 3*Millisecond),
		p.work("w4", 3*Millisecond), p.work("w5", 3*Millisecond))
	tr := p.w.Trace
	// Find the step right after main's last enqueue: every queue is populated.
	var at int
	for i, s := range tr.All() {
		if s.Kind == KindCallbackEnd {
			at = i
			break
		}
	}
	s := tr.Snapshot(at)
	label := func(ids []EntryID) string {
		var out []string
		for _, id := range ids {
			out = append(out, tr.Entry(id).Label)
		}
		return strings.Join(out, ",")
	}
	var timers []string
	for _, tv := range s.Timers {
		timers = append(timers, tr.Entry(tv.Entry).Label)
	}
	busy := 0
	for _, sl := range s.Slots {
		if sl.Entry != 0 {
			busy++
		}
	}
	got := fmt.Sprintf("ticks=%s micro=%s timers=%s imm=%s work=%s busy=%d",
		label(s.Ticks), label(s.Microtasks), strings.Join(timers, ","), label(s.Immediates), label(s.Work), busy)
	want := "ticks=k1 micro=m1 timers=t2,t1 imm=i1 work=w5 busy=4"
	if got != want {
		t.Errorf("snapshot:\n got %s\nwant %s", got, want)
	}
	// Snapshots from keyframes equal a replay from the start at every step.
	for i := range tr.Len() {
		a := tr.Snapshot(i)
		b := replay(tr, i)
		if fmt.Sprint(a.Ticks, a.Microtasks, a.Timers, a.Immediates, a.Work, a.Slots) !=
			fmt.Sprint(b.queues[QueueTick], b.queues[QueueMicrotask], b.timers, b.queues[QueueImmediate], b.queues[QueueWork], b.slots) {
			t.Fatalf("step %d: keyframe snapshot differs from replay", i)
		}
	}
}

func replay(t *Trace, n int) *state {
	s := newState()
	for i := 0; i <= n; i++ {
		s.apply(t, i)
	}
	return s
}

func TestKeyframesAcrossLongTraces(t *testing.T) {
	p := newProg(t, Config{})
	body := []func() error{}
	for i := 0; i < 3000; i++ {
		body = append(body, p.tick(fmt.Sprint("k", i)))
	}
	p.run(body...)
	tr := p.w.Trace
	if len(tr.keyframes) == 0 {
		t.Fatal("no keyframes in a long trace")
	}
	for _, i := range []int{0, 100, 2999, 3500, tr.Len() - 1} {
		a, b := tr.Snapshot(i), replay(tr, i)
		if len(a.Ticks) != len(b.queues[QueueTick]) {
			t.Errorf("step %d: %d ticks, replay says %d", i, len(a.Ticks), len(b.queues[QueueTick]))
		}
	}
}

func TestClampDelay(t *testing.T) {
	tests := []struct {
		in       float64
		want     float64
		overflow bool
	}{
		{0, 1, false}, {-5, 1, false}, {1.7, 1.7, false}, {10, 10, false},
		{TimeoutMax, TimeoutMax, false}, {TimeoutMax + 1, 1, true},
	}
	for _, tc := range tests {
		got, of := ClampDelay(tc.in)
		if got != tc.want || of != tc.overflow {
			t.Errorf("ClampDelay(%v) = %v, %v; want %v, %v", tc.in, got, of, tc.want, tc.overflow)
		}
	}
}

func TestTimeString(t *testing.T) {
	for in, want := range map[Time]string{0: "0ms", 1500 * Microsecond: "1.5ms", 12*Millisecond + 345*Microsecond: "12.345ms", 7 * Nanosecond: "0ms"} {
		if got := in.String(); got != want {
			t.Errorf("%d.String() = %q, want %q", int64(in), got, want)
		}
	}
}

func TestHandledTickExceptionLeavesTicksForTheCheckPhase(t *testing.T) {
	p := newProg(t, Config{})
	p.h.on("uncaughtException", func(args ...Value) error { p.say(fmt.Sprint("handler-", args[0])); return nil })
	p.run(p.tick("t1", p.throw("x")), p.tick("t2"), p.micro("p"), p.immediate("i1", p.tick("ti1")), p.immediate("i2"))
	p.expect("main t1 handler-x t2 p i1 ti1 i2")
}

func TestHandledTickExceptionBetweenImmediates(t *testing.T) {
	p := newProg(t, Config{})
	p.h.on("uncaughtException", func(args ...Value) error { p.say(fmt.Sprint("handler-", args[0])); return nil })
	p.run(p.immediate("i1", p.tick("bad", p.throw("x")), p.tick("t2")), p.immediate("i2"), p.immediate("i3"))
	p.expect("main i1 bad handler-x i2 t2 i3")
}

func TestHandledMainModuleExceptionStillDrains(t *testing.T) {
	p := newProg(t, Config{})
	p.h.on("uncaughtException", func(args ...Value) error { p.say(fmt.Sprint("caught-", args[0])); return nil })
	p.run(p.tick("tick"), p.timeout("timer", 0), p.micro("promise"), p.busy(2*Millisecond), p.throw("main"))
	p.expect("main caught-main tick promise timer")
}

// TestThreadpoolModel is the threadpool's table: which slot runs what, when
// each job starts (after waiting in the FIFO queue) and when it finishes.
func TestThreadpoolModel(t *testing.T) {
	type job struct {
		name string
		cost Time
	}
	tests := []struct {
		name string
		size int
		jobs []job
		want string // "name:start-end" in completion order, times in ms
	}{
		{"fits in the pool", 4, []job{{"a", 10 * Millisecond}, {"b", 20 * Millisecond}},
			"a:0-10 b:0-20"},
		{"the fifth waits for a slot", 4, []job{{"a", 10 * Millisecond}, {"b", 10 * Millisecond}, {"c", 10 * Millisecond}, {"d", 10 * Millisecond}, {"e", 10 * Millisecond}},
			"a:0-10 b:0-10 c:0-10 d:0-10 e:10-20"},
		{"FIFO, not shortest first", 1, []job{{"long", 30 * Millisecond}, {"short", 1 * Millisecond}, {"mid", 5 * Millisecond}},
			"long:0-30 short:30-31 mid:31-36"},
		{"a freed slot takes the oldest waiting job", 2, []job{{"a", 5 * Millisecond}, {"b", 20 * Millisecond}, {"c", 5 * Millisecond}, {"d", 5 * Millisecond}},
			"a:0-5 c:5-10 d:10-15 b:0-20"},
		{"eight slots run eight at once", 8, []job{{"a", 7 * Millisecond}, {"b", 7 * Millisecond}, {"c", 7 * Millisecond}, {"d", 7 * Millisecond}, {"e", 7 * Millisecond}},
			"a:0-7 b:0-7 c:0-7 d:0-7 e:0-7"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := newProg(t, Config{ThreadpoolSize: tc.size})
			var body []func() error
			for _, j := range tc.jobs {
				body = append(body, p.work(j.name, j.cost))
			}
			p.run(body...)
			tr := p.w.Trace
			start := map[EntryID]Time{}
			var got []string
			for _, s := range tr.All() {
				switch s.Kind {
				case KindWorkStart:
					start[s.Entry] = s.Time
				case KindWorkDone:
					e := tr.Entry(s.Entry)
					got = append(got, fmt.Sprintf("%s:%d-%d", e.Label, start[s.Entry].Ms(), e.Due.Ms()))
				}
			}
			if g := strings.Join(got, " "); g != tc.want {
				t.Errorf("got  %s\nwant %s", g, tc.want)
			}
		})
	}
}

func TestThreadpoolSizeIsFixedAtFirstUse(t *testing.T) {
	p := newProg(t, Config{ThreadpoolSize: 4})
	if !p.l.SetThreadpoolSize(8) || p.l.ThreadpoolSize() != 8 {
		t.Fatal("resizing before the first job should work")
	}
	p.run(p.work("a", Millisecond), func() error {
		if p.l.SetThreadpoolSize(2) {
			t.Error("resizing after the first job should have no effect")
		}
		return nil
	})
	if p.l.ThreadpoolSize() != 8 {
		t.Errorf("size %d, want 8", p.l.ThreadpoolSize())
	}
	// The trace keeps the size the program gave, for views drawing the pool.
	if got := p.w.Trace.Lanes[0].PoolSize; got != 8 {
		t.Errorf("the trace's main lane says %d slots, want 8", got)
	}
}
