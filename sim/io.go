package sim

import (
	"container/heap"
	"fmt"
	"slices"
	"strings"
)

// ioQueue holds I/O in flight (events that complete at a virtual time: a
// network reply, a timer inside the OS) and completed I/O waiting for the poll
// phase.
type ioQueue struct {
	future ioHeap
	seq    int64
	ready  fifo[Task]
	// readiness holds the events scheduled with ScheduleReadiness, in flight
	// or ready: they never keep the loop alive by themselves.
	readiness map[EntryID]bool
	// atPoll holds events the loop notices only when its next poll phase
	// begins (ScheduleAtNextPoll); atPollStrong counts those that keep the
	// loop alive.
	atPoll       []ioEvent
	atPollStrong int
	polls        int64 // poll phases begun
}

type ioEvent struct {
	at     Time
	seq    int64
	task   Task
	what   string
	strong bool // an atPoll event that keeps the loop alive
}

type ioHeap []ioEvent

func (h ioHeap) Len() int { return len(h) }
func (h ioHeap) Less(i, j int) bool {
	if h[i].at != h[j].at {
		return h[i].at < h[j].at
	}
	return h[i].seq < h[j].seq
}
func (h ioHeap) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *ioHeap) Push(x any)   { *h = append(*h, x.(ioEvent)) }
func (h *ioHeap) Pop() any {
	old := *h
	v := old[len(old)-1]
	*h = old[:len(old)-1]
	return v
}

func (q *ioQueue) active() int {
	return len(q.future) + q.ready.len() - len(q.readiness) + q.atPollStrong
}
func (q *ioQueue) pendingCount() int { return len(q.future) }
func (q *ioQueue) readyCount() int   { return q.ready.len() }

// ScheduleIO registers I/O handled by the operating system (not the
// threadpool) that completes at virtual time at; its callback then runs in the
// poll phase. Pending I/O keeps the loop alive.
func (l *Loop) ScheduleIO(at Time, what string, t Task) {
	q := &l.io
	q.seq++
	heap.Push(&q.future, ioEvent{at: at, seq: q.seq, task: t, what: what})
	l.record(Step{Kind: KindIOStart, Level: LevelAPI, Entry: t.Entry, Queue: QueueIO, Arg: int64(at),
		Label: fmt.Sprintf("%s in flight until %v", what, at),
		Why:   "The operating system does this I/O itself, without the threadpool; the loop learns it is done when it polls."})
}

// ScheduleReadiness registers a handle becoming ready at virtual time at (a
// socket with data to read, a listening socket with a connection to accept).
// Unlike ScheduleIO it does not keep the loop alive: in libuv an active,
// ref'd handle does that, not its readiness, so a program whose only socket
// is unref'd exits even though data for it has arrived. If the loop runs on,
// the callback runs in the poll phase like any I/O callback.
func (l *Loop) ScheduleReadiness(at Time, what string, t Task) {
	if l.io.readiness == nil {
		l.io.readiness = map[EntryID]bool{}
	}
	l.io.readiness[t.Entry] = true
	l.ScheduleIO(at, what, t)
}

// ScheduleAtNextPoll registers readiness the loop can only notice when its
// next poll phase begins: libuv hands a handle's new interest to epoll there
// (uv__io_poll applies its watcher queue before waiting), so a socket that
// just started reading, or just began connecting, is reported after every
// handle that was already being watched and became ready before then.
// keepAlive says whether it keeps the loop alive (a pending connect request
// does; a socket's readability does not, its handle does).
func (l *Loop) ScheduleAtNextPoll(what string, t Task, keepAlive bool) {
	q := &l.io
	q.atPoll = append(q.atPoll, ioEvent{at: l.now, task: t, what: what, strong: keepAlive})
	if keepAlive {
		q.atPollStrong++
	}
	l.record(Step{Kind: KindIOStart, Level: LevelAPI, Entry: t.Entry, Queue: QueueIO, Arg: int64(l.now),
		Label: what + " (noticed at the next poll phase)",
		Why:   "libuv registers a handle's interest in I/O when the next poll phase begins; from then on the operating system reports it."})
}

// PollCount is the number of poll phases begun so far.
func (l *Loop) PollCount() int64 { return l.io.polls }

// noticeRegistrations is the start of uv__io_poll: handles registered since
// the last poll phase are reported now, behind what was already ready.
func (l *Loop) noticeRegistrations() {
	q := &l.io
	for _, ev := range q.atPoll {
		if ev.strong {
			q.atPollStrong--
		} else {
			if q.readiness == nil {
				q.readiness = map[EntryID]bool{}
			}
			q.readiness[ev.task.Entry] = true
		}
		q.ready.push(ev.task)
		e := l.w.Trace.Entry(ev.task.Entry)
		l.record(Step{Kind: KindEnqueue, Entry: ev.task.Entry, Queue: QueuePoll,
			Label: "queue " + e.Label + " for the poll phase",
			Why:   fmt.Sprintf("%s: the poll phase began and the operating system reports it.", ev.what)})
	}
	q.atPoll = nil
}

// catchUp delivers threadpool completions and I/O events that are due by now,
// in time order, so the trace shows them where they happened.
func (l *Loop) catchUp() {
	now := l.now
	for {
		poolEnd, poolOK := l.pool.nextEnd()
		ioOK := len(l.io.future) > 0 && l.io.future[0].at <= now
		if poolOK && poolEnd <= now && (!ioOK || poolEnd <= l.io.future[0].at) {
			l.pool.finishUntil(poolEnd)
			continue
		}
		if ioOK {
			ev := heap.Pop(&l.io.future).(ioEvent)
			l.io.ready.push(ev.task)
			e := l.w.Trace.Entry(ev.task.Entry)
			l.record(Step{Kind: KindEnqueue, Entry: ev.task.Entry, Queue: QueuePoll,
				Label: "queue " + e.Label + " for the poll phase",
				Why:   fmt.Sprintf("%s completed in the operating system; the loop picks up its callback in the poll phase.", ev.what)})
			continue
		}
		return
	}
}

// nextEvent is the earliest time something in flight completes.
func (l *Loop) nextEvent() (Time, bool) {
	t, ok := l.pool.nextEnd()
	if len(l.io.future) > 0 && (!ok || l.io.future[0].at < t) {
		t, ok = l.io.future[0].at, true
	}
	return t, ok
}

// pollPhase is libuv's poll: compute how long it may block, wait that long on
// the virtual clock (or until I/O completes), then run the I/O callbacks that
// were ready when it woke.
func (l *Loop) pollPhase() error {
	l.enterPhase(PhasePoll)
	l.io.polls++
	l.catchUp()
	l.noticeRegistrations()
	if l.io.ready.len() == 0 && l.pollMayBlock() {
		until, ok := l.nextEvent()
		if tt, tok := l.nextTimer(); tok && (!ok || tt < until) {
			until, ok = tt, true
		}
		multi := l.w.others(l)
		if !ok && len(l.io.atPoll) == 0 && l.io.ready.len() == 0 {
			if !multi {
				return l.idleForever()
			}
			// Another loop may still send something: wait for it.
			until, ok = forever, true
		}
		if ok && until > l.now {
			from := l.now
			why := l.waitWhy()
			if !multi {
				l.now = until
			} else if !l.waitUntil(until) {
				return l.idleForever()
			} else if l.w.halt != nil {
				return l.w.halt
			}
			l.record(Step{Kind: KindClock, Arg: int64(l.now - from),
				Label: fmt.Sprintf("wait %v in poll (until %v)", l.now-from, l.now),
				Why:   why})
			l.catchUp()
		}
	}
	l.updateTime()
	n := l.io.ready.len()
	for i := 0; i < n; i++ {
		t := l.io.ready.pop()
		delete(l.io.readiness, t.Entry)
		if err := l.makeCallback(t, QueuePoll); err != nil {
			return err
		}
	}
	return nil
}

// idleForever stops a run whose loop would block in poll with nothing that
// can ever wake it: no timer, no I/O in flight, only ref'd handles (a
// listening server) keeping it alive. Node waits there until it is killed;
// loopviz says so and stops.
func (l *Loop) idleForever() error {
	var names []string
	ids := make([]EntryID, 0, len(l.handleRefs))
	for id, h := range l.handleRefs {
		if h.open && h.ref {
			ids = append(ids, id)
		}
	}
	slices.Sort(ids)
	for _, id := range ids {
		names = append(names, l.w.Trace.Entry(id).Label)
	}
	what := "ref'd handles keep"
	switch len(names) {
	case 0:
	case 1:
		what = names[0] + " keeps"
	default:
		what = strings.Join(names, ", ") + " keep"
	}
	msg := "the event loop waits forever: nothing is scheduled, yet " + what +
		" it alive; node would wait here until the process is killed"
	l.record(Step{Kind: KindStop, Label: "waiting forever",
		Why: "Open, ref'd handles keep the loop alive, but no timer, I/O or signal is pending that could ever run a callback."})
	return &Stop{Reason: "idle", Message: msg}
}

// pollMayBlock is uv_backend_timeout != 0: nothing else is ready to run.
func (l *Loop) pollMayBlock() bool {
	if l.stopped || !l.alive() {
		return false
	}
	if l.pending.len() > 0 || l.closing.len() > 0 {
		return false
	}
	// Node keeps an idle handle active while ref'd immediates are queued, so
	// that poll does not block when the check phase has work.
	return l.immediates.refCount == 0
}

func (l *Loop) waitWhy() string {
	tt, tok := l.nextTimer()
	et, eok := l.nextEvent()
	switch {
	case eok && (!tok || et <= tt):
		return "Nothing is ready to run, so the loop blocks in the poll phase until the next I/O completes."
	case tok:
		return "Nothing is ready to run, so the loop blocks in the poll phase until the next timer is due."
	}
	return "Nothing is ready to run, so the loop blocks in the poll phase."
}
