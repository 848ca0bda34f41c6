package sim

import (
	"fmt"
	"strings"
	"testing"
)

// on is the prog DSL bound to another loop of the same world.
func (p *prog) on(l *Loop) *prog { return &prog{t: p.t, h: p.h, w: p.w, l: l} }

// at logs name with the loop's clock in whole milliseconds.
func (p *prog) at(name string) func() error {
	return func() error { p.say(fmt.Sprintf("%s@%d", name, p.l.Now().Ms())); return nil }
}

// spawn starts a loop (a worker thread) that runs main as its program. Like
// a Worker object, a handle keeps the parent alive until the worker's exit
// reaches it.
func (p *prog) spawn(name string, delay Time, out **Loop, main func(wp *prog) []func() error) func() error {
	return func() error {
		parent := p.l
		h := parent.OpenHandle(name, "new Worker()", true)
		*out = parent.StartLoop(LaneSpec{Name: name, Kind: LaneThread, Delay: delay, Jitter: delay / 10, Host: p.h},
			func(nl *Loop) {
				wp := p.on(nl)
				nl.RunProgram(wp.cb(name+" main", main(wp)...))
				id := parent.NewEntry(Entry{Kind: EntryIO, Label: name + " exit"})
				nl.Send(parent, LatencyThreadMessage, name+" exit", Task{Entry: id, Fn: func() error { parent.CloseHandle(h); return nil }})
			})
		return nil
	}
}

// send posts a message from p's loop to *to; its callback runs there.
func (p *prog) send(to **Loop, name string, body ...func() error) func() error {
	return func() error {
		tp := p.on(*to)
		id := (*to).NewEntry(Entry{Kind: EntryIO, Label: name})
		p.l.Send(*to, LatencyThreadMessage, name, Task{Entry: id, Fn: tp.cb(name, body...)})
		return nil
	}
}

func TestLoopsRunInParallel(t *testing.T) {
	// The worker computes for 200 ms; the main loop's 50 ms heartbeat keeps
	// firing on time meanwhile, and the worker's result arrives afterwards.
	p := newProg(t, Config{})
	var worker *Loop
	res := p.run(
		p.spawn("worker 1", 10*Millisecond, &worker, func(wp *prog) []func() error {
			return []func() error{wp.at("w start"), wp.busy(200 * Millisecond), wp.at("w done"),
				wp.send(&p.l, "result", p.at("main got result"))}
		}),
		p.timeout("beat", 50, p.at("beat1"), p.timeout("beat", 50, p.at("beat2"), p.timeout("beat", 50, p.at("beat3")))),
	)
	if res.Stop != nil {
		t.Fatal(res.Stop)
	}
	p.expect("main worker 1 main w start@10 beat beat1@50 beat beat2@100 beat beat3@150 w done@210 result main got result@210")
	if got := len(p.w.Trace.Lanes); got != 2 {
		t.Fatalf("lanes: %d", got)
	}
}

func TestSendWakesAWaitingLoop(t *testing.T) {
	// A worker waiting for messages wakes when one lands, not before.
	p := newProg(t, Config{})
	var worker *Loop
	var port EntryID
	p.run(
		p.spawn("worker 1", 5*Millisecond, &worker, func(wp *prog) []func() error {
			return []func() error{func() error { port = wp.l.OpenHandle("parentPort", "", true); return nil }}
		}),
		p.timeout("send", 30, p.send(&worker, "ping", func() error {
			p.on(worker).at("w got ping")()
			worker.CloseHandle(port)
			return nil
		})),
	)
	p.expect("main worker 1 main send ping w got ping@30")
	if n := len(p.w.Trace.Lanes); n != 2 {
		t.Fatal(n)
	}
	var wakeStep *Step
	for _, s := range p.w.Trace.All() {
		if s.Loop == 1 && s.Kind == KindClock {
			wakeStep = s
		}
	}
	if wakeStep == nil || !strings.Contains(wakeStep.Label, "until 30.05ms") {
		t.Fatalf("the worker's wait should end when the message lands: %+v", wakeStep)
	}
}

func TestEveryLoopWaitingForeverStops(t *testing.T) {
	p := newProg(t, Config{})
	var worker *Loop
	res := p.run(
		p.spawn("worker 1", 5*Millisecond, &worker, func(wp *prog) []func() error {
			return []func() error{func() error { wp.l.OpenHandle("parentPort", "", true); return nil }}
		}),
	)
	if res.Stop == nil || res.Stop.Reason != "idle" {
		t.Fatalf("want an idle stop, got %+v", res.Stop)
	}
}

func TestLoopsDueTogetherAreARace(t *testing.T) {
	// Two workers whose timers fire at the same virtual time: either may
	// run first, and the choice flips the order.
	for _, tc := range []struct {
		choices []int
		want    string
	}{
		{nil, "a@20 b@20"},
		{[]int{0, 0, 1}, "b@20 a@20"},
	} {
		p := newProg(t, Config{Choices: tc.choices})
		var a, b *Loop
		p.run(
			p.spawn("a", 2*Millisecond, &a, func(wp *prog) []func() error { return []func() error{wp.timeout("t", 18, wp.at("a"))} }),
			p.spawn("b", 2*Millisecond, &b, func(wp *prog) []func() error { return []func() error{wp.timeout("t", 18, wp.at("b"))} }),
		)
		got := strings.Join(filter(p.h.log, "@20"), " ")
		if got != tc.want {
			t.Errorf("choices %v: got %q want %q (races %+v)", tc.choices, got, tc.want, p.w.Trace.Races)
		}
	}
}

func filter(log []string, sub string) []string {
	var out []string
	for _, s := range log {
		if strings.Contains(s, sub) {
			out = append(out, s)
		}
	}
	return out
}

func TestSiblingsStartingTogetherAreARace(t *testing.T) {
	for _, tc := range []struct {
		choices []int
		want    string
	}{
		{nil, "a b"},
		{[]int{1}, "b a"},
	} {
		p := newProg(t, Config{Choices: tc.choices})
		var a, b *Loop
		p.run(
			p.spawn("a", 10*Millisecond, &a, func(wp *prog) []func() error { return nil }),
			p.busy(10*Microsecond),
			p.spawn("b", 10*Millisecond, &b, func(wp *prog) []func() error { return nil }),
		)
		var got []string
		for _, s := range p.h.log {
			if s == "a main" || s == "b main" {
				got = append(got, strings.TrimSuffix(s, " main"))
			}
		}
		if strings.Join(got, " ") != tc.want {
			t.Errorf("choices %v: got %v want %s", tc.choices, got, tc.want)
		}
		if len(p.w.Trace.Races) != 1 || !strings.Contains(p.w.Trace.Races[0].What, "which starts first") {
			t.Errorf("races: %+v", p.w.Trace.Races)
		}
	}
}

func TestBlockAndWake(t *testing.T) {
	// Atomics.wait in a worker, released by the main thread 40 ms later.
	p := newProg(t, Config{})
	var worker *Loop
	var woken bool
	p.run(
		p.spawn("worker 1", 5*Millisecond, &worker, func(wp *prog) []func() error {
			return []func() error{wp.at("wait"), func() error {
				var err error
				woken, err = wp.l.Block(0, false, "Atomics.wait")
				return err
			}, wp.at("released")}
		}),
		p.timeout("notify", 40, p.at("notify"), func() error { p.l.Wake(worker, 0); return nil }),
	)
	p.expect("main worker 1 main wait@5 notify notify@40 released@40")
	if !woken {
		t.Error("Block should report it was woken")
	}
	// Bounded wait: times out.
	p = newProg(t, Config{})
	p.run(p.spawn("worker 1", 5*Millisecond, &worker, func(wp *prog) []func() error {
		return []func() error{func() error {
			var err error
			woken, err = wp.l.Block(wp.l.Now()+7*Millisecond, true, "Atomics.wait")
			return err
		}, wp.at("timed out")}
	}))
	p.expect("main worker 1 main timed out@12")
	if woken {
		t.Error("a timed-out wait is not woken")
	}
}

func TestKillAndEndWithMain(t *testing.T) {
	p := newProg(t, Config{})
	var a, b *Loop
	p.run(
		p.spawn("a", 5*Millisecond, &a, func(wp *prog) []func() error {
			return []func() error{wp.timeout("never", 100, wp.at("a timer"))}
		}),
		p.spawn("b", 5*Millisecond, &b, func(wp *prog) []func() error {
			return []func() error{func() error { wp.l.OpenHandle("port", "", true); return nil }}
		}),
		p.timeout("kill", 20, func() error { p.l.Kill(a, "terminate()"); return nil }),
	)
	if !a.Done() || !b.Done() {
		t.Fatal("every loop ends with the main one")
	}
	for _, s := range p.h.log {
		if strings.HasPrefix(s, "a timer") {
			t.Fatal("a killed loop runs nothing more")
		}
	}
}

func TestLaneSnapshots(t *testing.T) {
	p := newProg(t, Config{})
	var worker *Loop
	p.run(
		p.spawn("worker 1", 5*Millisecond, &worker, func(wp *prog) []func() error {
			return []func() error{wp.timeout("w", 10), wp.immediate("wi")}
		}),
		p.timeout("m", 30),
	)
	tr := p.w.Trace
	// At the worker's last enqueue (its immediate), the main lane still has
	// its timer and the worker lane has its timer and immediate.
	n := -1
	for i, s := range tr.All() {
		if s.Loop == 1 && s.Kind == KindEnqueue && s.Queue == QueueImmediate {
			n = i
		}
	}
	snap := tr.Snapshot(n)
	if snap.Loop != 1 || len(snap.Lanes) != 2 {
		t.Fatalf("snapshot loop %d, %d lanes", snap.Loop, len(snap.Lanes))
	}
	if len(snap.Lanes[0].Timers) != 1 || len(snap.Lanes[1].Timers) != 1 || len(snap.Lanes[1].Immediates) != 1 || len(snap.Lanes[0].Immediates) != 0 {
		t.Fatalf("lanes: main %+v worker %+v", snap.Lanes[0], snap.Lanes[1])
	}
}

func TestManyLoopsAreDeterministic(t *testing.T) {
	trace := func() string {
		p := newProg(t, Config{})
		ws := make([]*Loop, 4)
		var main []func() error
		for i := range ws {
			name := fmt.Sprintf("w%d", i)
			main = append(main, p.spawn(name, Time(3+i)*Millisecond, &ws[i], func(wp *prog) []func() error {
				return []func() error{wp.busy(Time(7*i+1) * Millisecond), wp.at(name), wp.send(&p.l, name+" msg", p.at(name+" msg"))}
			}))
		}
		main = append(main, p.timeout("t", 5, p.at("t")))
		p.run(main...)
		var b strings.Builder
		for i, s := range p.w.Trace.All() {
			fmt.Fprintf(&b, "%d %d %v %s\n", i, s.Loop, s.Time, p.w.Trace.StepLabel(i))
		}
		return strings.Join(p.h.log, " ") + "\n" + b.String()
	}
	a, b := trace(), trace()
	if a != b {
		t.Fatal("two runs of the same program differ")
	}
	if !strings.HasPrefix(a, "main w0 main w1 main w0@4 w0 msg w0 msg@4 t t@5 w2 main w3 main w1@12") {
		t.Errorf("order: %s", a[:200])
	}
}
