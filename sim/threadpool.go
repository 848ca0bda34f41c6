package sim

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
)

// threadpool models libuv's threadpool: a fixed number of slots (threads) and
// a FIFO queue of work waiting for one. A slot picks up the next queued work
// the moment it finishes the previous one, whatever the main thread is doing;
// the finished work's callback then waits for the poll phase.
type threadpool struct {
	l     *Loop
	slots []*work
	queue fifo[*work]
	inUse int
	used  bool // work was submitted: the size is fixed
}

type work struct {
	entry EntryID
	cost  Time
	done  Task
	start Time
	end   Time
	slot  int
}

func newThreadpool(l *Loop, size int) *threadpool {
	return &threadpool{l: l, slots: make([]*work, size)}
}

// busy is how many slots are running work.
func (p *threadpool) busy() int { return p.inUse }

// active is how much work is queued or running: each keeps the loop alive.
func (p *threadpool) active() int { return p.inUse + p.queue.len() }

// tieFraction: jobs finishing within cost/tieFraction of each other race.
const tieFraction = 20

// ThreadpoolSize is the number of threadpool slots (UV_THREADPOOL_SIZE).
func (l *Loop) ThreadpoolSize() int { return len(l.pool.slots) }

// ThreadpoolUsed reports whether any work has been submitted: libuv sizes its
// pool then, and later changes of UV_THREADPOOL_SIZE have no effect.
func (l *Loop) ThreadpoolUsed() bool { return l.pool.used }

// SetThreadpoolSize sizes the pool (1 to 1024) before its first use, as
// libuv reads UV_THREADPOOL_SIZE when the first work is submitted. After
// that it does nothing and returns false.
func (l *Loop) SetThreadpoolSize(n int) bool {
	if l.pool.used || n < 1 {
		return false
	}
	l.pool.slots = make([]*work, min(n, 1024))
	if lanes := l.w.Trace.Lanes; int(l.id) < len(lanes) {
		lanes[l.id].PoolSize = len(l.pool.slots)
	}
	return true
}

// SubmitWork puts a work item on the threadpool: it runs for cost on the first
// free slot, then done is called in the poll phase.
func (l *Loop) SubmitWork(entry EntryID, cost Time, done Task) {
	p := l.pool
	p.used = true
	w := &work{entry: entry, cost: cost, done: done}
	e := l.w.Trace.Entry(entry)
	l.record(Step{Kind: KindEnqueue, Level: LevelAPI, Entry: entry, Queue: QueueWork,
		Label: "submit " + e.Label + " to the threadpool",
		Why:   fmt.Sprintf("This work runs on one of libuv's %d threadpool threads, off the main thread; work waits in a FIFO queue while every thread is busy.", len(p.slots))})
	p.queue.push(w)
	p.startQueued(l.now)
}

// startQueued gives queued work to free slots, at time at.
func (p *threadpool) startQueued(at Time) {
	for p.queue.len() > 0 {
		slot := -1
		for i, s := range p.slots {
			if s == nil {
				slot = i
				break
			}
		}
		if slot < 0 {
			return
		}
		w := p.queue.pop()
		w.slot, w.start, w.end = slot, at, at+w.cost
		p.slots[slot] = w
		p.inUse++
		e := p.l.w.Trace.Entry(w.entry)
		e.Due = w.end
		p.l.record(Step{Kind: KindWorkStart, Level: LevelLoop, Entry: w.entry, Queue: QueueWork, Arg: int64(slot),
			Label: fmt.Sprintf("threadpool thread %d starts %s (until %v)", slot+1, e.Label, w.end),
			Why:   "A threadpool thread was free, so it took the oldest queued work."})
	}
}

// nextEnd is when the earliest running work finishes.
func (p *threadpool) nextEnd() (Time, bool) {
	var best Time
	found := false
	for _, s := range p.slots {
		if s != nil && (!found || s.end < best) {
			best, found = s.end, true
		}
	}
	return best, found
}

// finishUntil completes, in time order, all work that ends by t, starting
// queued work on the freed slots; completions become ready for the poll phase.
//
// Jobs that finish close together are a race: real threads run at slightly
// different speeds, so of jobs whose finishing times are within a twentieth
// of their cost of each other (five pbkdf2 calls started a few microseconds
// apart, say), any may finish first. The one chosen finishes at the earliest
// of their times.
func (p *threadpool) finishUntil(t Time) {
	for {
		end, ok := p.nextEnd()
		if !ok || end > t {
			return
		}
		var tied []*work
		for _, s := range p.slots {
			if s != nil && s.end-end <= s.cost/tieFraction {
				tied = append(tied, s)
			}
		}
		slices.SortStableFunc(tied, func(a, b *work) int { return cmp.Compare(a.end, b.end) })
		if len(tied) > 1 {
			opts := make([]string, len(tied))
			for i, w := range tied {
				opts[i] = p.l.w.Trace.Entry(w.entry).Label + " first"
			}
			what := "threadpool jobs finishing at " + end.String()
			why := strconv.Itoa(len(tied)) + " threadpool jobs finish at the same virtual time; real threads could finish in any order."
			if tied[len(tied)-1].end != end {
				what = "threadpool jobs finishing close together at " + end.String()
				why = strconv.Itoa(len(tied)) + " threadpool jobs finish within a twentieth of their running time of each other; real threads run at slightly different speeds, so any of them could finish first."
			}
			c := p.l.w.choose(p.l, what, why, opts...)
			tied[0], tied[c] = tied[c], tied[0]
			tied[0].end = end
		}
		for _, w := range tied[:1] {
			p.slots[w.slot] = nil
			p.inUse--
			e := p.l.w.Trace.Entry(w.entry)
			p.l.record(Step{Kind: KindWorkDone, Entry: w.entry, Queue: QueueWork, Arg: int64(w.slot),
				Label: fmt.Sprintf("threadpool thread %d finished %s", w.slot+1, e.Label),
				Why:   "The work is done; its callback waits for the poll phase on the main thread."})
			p.l.io.ready.push(w.done)
			de := p.l.w.Trace.Entry(w.done.Entry)
			p.l.record(Step{Kind: KindEnqueue, Entry: w.done.Entry, Queue: QueuePoll,
				Label: "queue " + de.Label + " for the poll phase",
				Why:   "Completed threadpool work is handed back to the loop, which runs its callback in the poll phase."})
			p.startQueued(w.end)
		}
	}
}
