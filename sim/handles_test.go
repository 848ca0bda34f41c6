package sim

import (
	"fmt"
	"strings"
	"testing"
)

// TestHandlesKeepTheLoopAlive: a ref'd open handle keeps the loop running
// (here until a timer closes it); an unref'd one lets the process exit.
func TestHandlesKeepTheLoopAlive(t *testing.T) {
	tests := []struct {
		name string
		ref  bool
		want string
		end  Time
	}{
		{"ref'd server lives until closed", true, "main close-timer", 50 * Millisecond},
		{"unref'd server lets the loop end", false, "main", 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := newProg(t, Config{})
			var h EntryID
			res := p.run(func() error {
				h = p.l.OpenHandle("server :3000", "server.listen(3000)", tc.ref)
				d, _ := ClampDelay(50)
				tm := p.l.SetTimeout(TimerSpec{Entry: p.entry(EntryTimer, "close-timer"), Delay: d, Fn: p.cb("close-timer", func() error {
					p.l.CloseHandle(h)
					return nil
				})})
				if !tc.ref {
					tm.Unref() // with the handle unref'd too, nothing keeps the loop alive
				}
				return nil
			})
			if res.ExitCode != 0 {
				t.Fatalf("exit code %d", res.ExitCode)
			}
			p.expect(tc.want)
			if tc.ref && p.w.Now() < tc.end {
				t.Errorf("loop ended at %v, before the handle closed at %v", p.w.Now(), tc.end)
			}
		})
	}
}

// TestUnrefAndRefAgain: ref/unref steps change liveness and the snapshot.
func TestUnrefAndRefAgain(t *testing.T) {
	p := newProg(t, Config{})
	var h EntryID
	p.run(func() error {
		h = p.l.OpenHandle("socket 127.0.0.1:3000", "net.connect(3000)", true)
		p.l.SetHandleRef(h, false)
		p.l.SetHandleRef(h, false) // no change: no step
		return nil
	})
	tr := p.w.Trace
	refs := 0
	for _, s := range tr.All() {
		if s.Kind == KindHandleRef {
			refs++
		}
	}
	if refs != 1 {
		t.Errorf("%d handle-ref steps, want 1", refs)
	}
	last := tr.Snapshot(tr.Len() - 1)
	if len(last.Handles) != 1 || last.Handles[0].Ref {
		t.Errorf("snapshot handles = %+v, want one unref'd socket", last.Handles)
	}
}

// TestSnapshotShowsInFlightIOAndStreams follows network I/O from in flight to
// the poll queue, a cancelled delivery, and a stream's buffer level.
func TestSnapshotShowsInFlightIOAndStreams(t *testing.T) {
	p := newProg(t, Config{})
	var reply, lost, st EntryID
	p.run(func() error {
		reply = p.entry(EntryIO, "reply")
		lost = p.entry(EntryIO, "lost")
		p.l.ScheduleIO(2*Millisecond, "the reply", Task{Entry: reply, Fn: p.cb("reply")})
		p.l.ScheduleIO(1*Millisecond, "a packet", Task{Entry: lost, Fn: p.cb("lost")})
		st = p.l.OpenStream("Writable", "new Writable()", 16)
		p.l.SetBufferLevel(st, 10)
		p.l.SetBufferLevel(st, 10) // unchanged: no step
		p.l.SetBufferLevel(st, 20)
		if !p.l.CancelIO(lost) {
			t.Error("CancelIO did not find the packet in flight")
		}
		return nil
	})
	p.expect("main reply")
	tr := p.w.Trace
	describe := func(s *Snapshot) string {
		var b strings.Builder
		for _, v := range s.InFlight {
			fmt.Fprintf(&b, "inflight %s@%v ", tr.Entry(v.Entry).Label, v.Due)
		}
		for _, h := range s.Handles {
			fmt.Fprintf(&b, "%s %d/%d ", tr.Entry(h.Entry).Label, h.Level, h.HighWater)
		}
		return strings.TrimSpace(b.String())
	}
	// After main's last step: the reply still in flight, the stream at 20 of 16.
	var atEnd, atPoll int
	for i, s := range tr.All() {
		if s.Kind == KindCallbackEnd && atEnd == 0 {
			atEnd = i
		}
		if s.Kind == KindEnqueue && s.Queue == QueuePoll {
			atPoll = i
		}
	}
	for _, tc := range []struct {
		step int
		want string
	}{
		{atEnd, "inflight reply@2ms Writable 20/16"},
		{atPoll, "Writable 20/16"},
	} {
		if got := describe(tr.Snapshot(tc.step)); got != tc.want {
			t.Errorf("step %d: got %q, want %q", tc.step, got, tc.want)
		}
		if got := describe(snapshotFromReplay(tr, tc.step)); got != tc.want {
			t.Errorf("step %d replayed: got %q, want %q", tc.step, got, tc.want)
		}
	}
	buffers := 0
	for _, s := range tr.All() {
		if s.Kind == KindBuffer {
			buffers++
		}
	}
	if buffers != 2 {
		t.Errorf("%d buffer steps, want 2", buffers)
	}
}

func snapshotFromReplay(t *Trace, n int) *Snapshot {
	s := replay(t, n)
	return &Snapshot{InFlight: s.inflight, Handles: s.handles}
}

// TestReadinessDoesNotKeepTheLoopAlive: data arriving for an unref'd socket
// does not keep the process alive; while something else does, its callback
// runs in the poll phase like any I/O callback.
func TestReadinessDoesNotKeepTheLoopAlive(t *testing.T) {
	tests := []struct {
		name  string
		timer bool
		want  string
	}{
		{"alone, the loop ends", false, "main"},
		{"a later timer keeps the loop running", true, "main readable later"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := newProg(t, Config{})
			p.run(func() error {
				h := p.l.OpenHandle("socket 127.0.0.1:51234 -> :3000", "net.connect(3000)", false)
				_ = h
				p.l.ScheduleReadiness(p.w.Now(), "data", Task{Entry: p.entry(EntryIO, "readable"), Fn: p.cb("readable")})
				if tc.timer {
					return p.timeout("later", 5)()
				}
				return nil
			})
			p.expect(tc.want)
		})
	}
}

// TestPendingAfterPoll: a callback deferred to the pending queue during the
// poll phase runs right after poll, before the check phase (libuv 1.45+);
// one deferred during the timers phase runs in the pending phase, before
// poll-phase I/O.
func TestPendingAfterPoll(t *testing.T) {
	p := newProg(t, Config{})
	pending := func(name string) func() error {
		return func() error {
			p.l.QueuePending(Task{Entry: p.entry(EntryIO, name), Fn: p.cb(name)})
			return nil
		}
	}
	p.run(func() error {
		p.l.ScheduleIO(p.w.Now(), "I/O", Task{Entry: p.entry(EntryIO, "io"), Fn: p.cb("io", pending("after-poll"), p.immediate("check"))})
		return p.timeout("timer", 5, pending("in-pending"), func() error {
			p.l.ScheduleIO(p.w.Now(), "I/O", Task{Entry: p.entry(EntryIO, "io2"), Fn: p.cb("io2")})
			return nil
		})()
	})
	p.expect("main io after-poll check timer in-pending io2")
}

// TestAtNextPoll: readiness of a handle registered since the last poll phase
// is reported after readiness of handles already watched, even if it was
// scheduled first; a strong one keeps the loop alive, a weak one does not.
func TestAtNextPoll(t *testing.T) {
	p := newProg(t, Config{})
	p.run(func() error {
		p.l.ScheduleAtNextPoll("new socket readable", Task{Entry: p.entry(EntryIO, "new"), Fn: p.cb("new")}, false)
		p.l.ScheduleReadiness(p.w.Now(), "old socket readable", Task{Entry: p.entry(EntryIO, "old"), Fn: p.cb("old")})
		return nil
	})
	p.expect("main")
	p = newProg(t, Config{})
	p.run(func() error {
		p.l.ScheduleAtNextPoll("connect done", Task{Entry: p.entry(EntryIO, "connect"), Fn: p.cb("connect")}, true)
		p.l.ScheduleReadiness(p.w.Now(), "old socket readable", Task{Entry: p.entry(EntryIO, "old"), Fn: p.cb("old")})
		return nil
	})
	p.expect("main old connect")
	if got := p.l.PollCount(); got != 1 {
		t.Errorf("PollCount = %d, want 1", got)
	}
}

// TestCloseCallbacksLastClosedFirst: libuv runs a close phase's callbacks
// from the most recently closed handle back; one queued during the phase
// waits for the next.
func TestCloseCallbacksLastClosedFirst(t *testing.T) {
	p := newProg(t, Config{})
	closing := func(name string, body ...func() error) func() error {
		return func() error {
			p.l.QueueClose(Task{Entry: p.entry(EntryClose, name), Fn: p.cb(name, body...)})
			return nil
		}
	}
	p.run(closing("a"), closing("b", closing("d")), closing("c"), p.immediate("check"))
	p.expect("main check c b a d")
}

// TestIdleForever: a ref'd handle with nothing scheduled would block node
// forever; the run stops at once and names the handle.
func TestIdleForever(t *testing.T) {
	p := newProg(t, Config{})
	res := p.run(func() error {
		p.l.OpenHandle("TCP server :3000", "server.listen(3000)", true)
		return nil
	})
	if res.Stop == nil || res.Stop.Reason != "idle" || !strings.Contains(res.Stop.Message, "TCP server :3000 keeps it alive") {
		t.Fatalf("stop = %+v, want an idle stop naming the server", res.Stop)
	}
}
