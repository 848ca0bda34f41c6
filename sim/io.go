package sim

import (
	"container/heap"
	"fmt"
)

// ioQueue holds I/O in flight (events that complete at a virtual time: a
// network reply, a timer inside the OS) and completed I/O waiting for the poll
// phase.
type ioQueue struct {
	future ioHeap
	seq    int64
	ready  fifo[Task]
}

type ioEvent struct {
	at   Time
	seq  int64
	task Task
	what string
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

func (q *ioQueue) active() int       { return len(q.future) + q.ready.len() }
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

// catchUp delivers threadpool completions and I/O events that are due by now,
// in time order, so the trace shows them where they happened.
func (l *Loop) catchUp() {
	now := l.w.now
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
	l.catchUp()
	if l.io.ready.len() == 0 && l.pollMayBlock() {
		until, ok := l.nextEvent()
		if tt, tok := l.nextTimer(); tok && (!ok || tt < until) {
			until, ok = tt, true
		}
		if ok && until > l.w.now {
			from := l.w.now
			l.w.now = until
			l.record(Step{Kind: KindClock, Arg: int64(until - from),
				Label: fmt.Sprintf("wait %v in poll (until %v)", until-from, until),
				Why:   l.waitWhy()})
			l.catchUp()
		}
	}
	l.updateTime()
	n := l.io.ready.len()
	for i := 0; i < n; i++ {
		if err := l.makeCallback(l.io.ready.pop(), QueuePoll); err != nil {
			return err
		}
	}
	return nil
}

// pollMayBlock is uv_backend_timeout != 0: nothing else is ready to run.
func (l *Loop) pollMayBlock() bool {
	if l.w.stopped || !l.alive() {
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
