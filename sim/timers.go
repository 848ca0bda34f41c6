package sim

import (
	"container/heap"
	"fmt"
	"math"
)

// TimeoutMax is the largest delay Node accepts: 2^31-1 ms. Larger delays (and
// anything below 1, or not a number) become 1 ms.
const TimeoutMax = 1<<31 - 1

// ClampDelay applies Node's rule to a delay already converted to a number: it
// returns the delay Node will use and whether it overflowed (Node then prints a
// TimeoutOverflowWarning).
func ClampDelay(after float64) (ms float64, overflow bool) {
	if after >= 1 && after <= TimeoutMax {
		return after, false
	}
	return 1, after > TimeoutMax
}

// OverflowWarning is the text of Node's TimeoutOverflowWarning for a delay.
func OverflowWarning(after string) string {
	return after + " does not fit into a 32-bit signed integer.\nTimeout duration was set to 1."
}

// Timer is a Timeout object of Node: a setTimeout or setInterval.
type Timer struct {
	loop  *Loop
	Entry EntryID

	fn          func() error // the callback; nil once cleared
	idleTimeout float64      // the delay in ms; -1 once unenrolled
	repeat      float64      // setInterval's delay; 0 for setTimeout
	start       int64        // _idleStart: loop time (ms) when it was (re)armed
	refed       bool
	destroyed   bool

	list       *timerList
	prev, next *Timer
}

// timerList is Node's TimersList: every timer with one duration, in the order
// they were armed. Lists are ordered by expiry, then by creation.
type timerList struct {
	msecs      int64
	expiry     int64
	id         int64
	head, tail *Timer
	index      int // in the heap
}

func (tl *timerList) append(t *Timer) {
	t.list = tl
	t.prev, t.next = tl.tail, nil
	if tl.tail != nil {
		tl.tail.next = t
	} else {
		tl.head = t
	}
	tl.tail = t
}

func (tl *timerList) remove(t *Timer) {
	if t.list != tl {
		return
	}
	if t.prev != nil {
		t.prev.next = t.next
	} else {
		tl.head = t.next
	}
	if t.next != nil {
		t.next.prev = t.prev
	} else {
		tl.tail = t.prev
	}
	t.prev, t.next, t.list = nil, nil, nil
}

// timerQueue holds the lists: a map from duration to list (lookups only, never
// iterated) and a priority queue of lists.
type timerQueue struct {
	byMs     map[int64]*timerList
	pq       listHeap
	nextID   int64
	refCount int // ref'd timers still to fire: they keep the loop alive
	count    int // timers still to fire
}

func (q *timerQueue) init() { q.byMs = map[int64]*timerList{} }

type listHeap []*timerList

func (h listHeap) Len() int { return len(h) }
func (h listHeap) Less(i, j int) bool {
	if h[i].expiry != h[j].expiry {
		return h[i].expiry < h[j].expiry
	}
	return h[i].id < h[j].id
}
func (h listHeap) Swap(i, j int) {
	h[i], h[j] = h[j], h[i]
	h[i].index = i
	h[j].index = j
}
func (h *listHeap) Push(x any) {
	tl := x.(*timerList)
	tl.index = len(*h)
	*h = append(*h, tl)
}
func (h *listHeap) Pop() any {
	old := *h
	tl := old[len(old)-1]
	*h = old[:len(old)-1]
	tl.index = -1
	return tl
}

func (q *timerQueue) peek() *timerList {
	if len(q.pq) == 0 {
		return nil
	}
	return q.pq[0]
}

// freshNow is Node's getLibuvNow(): it updates libuv's cached time first.
func (l *Loop) freshNow() int64 {
	l.updateTime()
	return l.nowMs
}

// TimerSpec describes a new setTimeout or setInterval.
type TimerSpec struct {
	Entry  EntryID
	Fn     func() error
	Delay  float64 // after ClampDelay
	Repeat bool    // setInterval
}

// SetTimeout arms a new timer (setTimeout, or setInterval when spec.Repeat).
func (l *Loop) SetTimeout(spec TimerSpec) *Timer {
	l.Charge(CostSchedule)
	t := &Timer{loop: l, Entry: spec.Entry, fn: spec.Fn, idleTimeout: spec.Delay, refed: true}
	if spec.Repeat {
		t.repeat = spec.Delay
	}
	l.timers.refCount++
	l.timers.count++
	l.insertTimer(t, spec.Delay, l.freshNow(), "arm")
	return t
}

// insertTimer is Node's insert(): append the timer to the list for its
// duration, creating the list if there is none.
func (l *Loop) insertTimer(t *Timer, msecs float64, start int64, how string) {
	ms := int64(math.Trunc(msecs))
	t.start = start
	q := &l.timers
	tl := q.byMs[ms]
	if tl == nil {
		tl = &timerList{msecs: ms, expiry: start + ms, id: q.nextID}
		q.nextID++
		q.byMs[ms] = tl
		heap.Push(&q.pq, tl)
	}
	if t.list != nil {
		t.list.remove(t)
	}
	tl.append(t)
	due := Time(start+ms) * Millisecond
	e := l.w.Trace.Entry(t.Entry)
	e.Due = due
	e.Delay = ms
	why := fmt.Sprintf("The timer starts now (loop time %dms) and is due %dms later. Node keeps one list per duration; due lists run in the timers phase.", start, ms)
	switch how {
	case "rearm":
		why = fmt.Sprintf("setInterval re-arms its timer after each run: due again %dms after it started.", ms)
	case "refresh":
		why = fmt.Sprintf("refresh() restarts the timer from now (loop time %dms), moving it to the end of its list.", start)
	}
	l.record(Step{Kind: KindEnqueue, Level: LevelAPI, Entry: t.Entry, Queue: QueueTimers, Arg: int64(due),
		Label: fmt.Sprintf("%s %s, due at %dms", how, e.Label, start+ms), Why: why})
}

// unenroll removes a timer from its list (Node's unenroll).
func (l *Loop) unenroll(t *Timer) {
	if t.destroyed {
		return
	}
	t.destroyed = true
	l.timers.count--
	if tl := t.list; tl != nil {
		tl.remove(t)
		if tl.head == nil && l.timers.byMs[tl.msecs] == tl {
			heap.Remove(&l.timers.pq, tl.index)
			delete(l.timers.byMs, tl.msecs)
		}
	}
	if t.refed {
		l.timers.refCount--
	}
	t.idleTimeout = -1
}

// Clear is clearTimeout / clearInterval.
func (t *Timer) Clear() {
	if t == nil || t.fn == nil {
		return
	}
	l := t.loop
	t.fn = nil
	wasQueued := !t.destroyed
	l.unenroll(t)
	if wasQueued {
		e := l.w.Trace.Entry(t.Entry)
		l.record(Step{Kind: KindCancel, Level: LevelAPI, Entry: t.Entry, Queue: QueueTimers,
			Label: "clear " + e.Label, Why: "Clearing a timer removes it from its list: its callback will never run."})
	}
}

// Refresh is timeout.refresh(): restart the timer from the current time.
// Node re-arms even a timer that has already fired.
func (t *Timer) Refresh() {
	if t.fn == nil {
		return
	}
	l := t.loop
	if t.idleTimeout < 0 {
		t.idleTimeout = t.repeat
		if t.idleTimeout <= 0 {
			return
		}
	}
	if t.destroyed {
		t.destroyed = false
		l.timers.count++
		if t.refed {
			l.timers.refCount++
		}
	}
	l.insertTimer(t, t.idleTimeout, l.freshNow(), "refresh")
}

// Ref makes the timer keep the loop alive (the default).
func (t *Timer) Ref() {
	if !t.refed {
		t.refed = true
		if !t.destroyed {
			t.loop.timers.refCount++
		}
	}
}

// Unref lets the loop end even if the timer has not fired.
func (t *Timer) Unref() {
	if t.refed {
		t.refed = false
		if !t.destroyed {
			t.loop.timers.refCount--
		}
	}
}

// HasRef reports whether the timer keeps the loop alive.
func (t *Timer) HasRef() bool { return t.refed }

// Active reports whether the timer is still waiting to fire.
func (t *Timer) Active() bool { return !t.destroyed && t.fn != nil }

// Start is the loop time (ms) when the timer was last armed (Node's _idleStart).
func (t *Timer) Start() int64 { return t.start }

// timersPhase runs the timers phase: Node's RunTimers when its libuv timer is
// due, then the drain when RunTimers' callback scope closes.
func (l *Loop) timersPhase() error {
	l.enterPhase(PhaseTimers)
	head := l.timers.peek()
	if head == nil {
		return nil
	}
	now := l.nowMs
	if head.expiry == now+1 && l.raceObservable() {
		// Real Node reads a millisecond clock: whether the next millisecond has
		// begun by now depends on timing the model cannot know.
		c := l.w.choose(l, fmt.Sprintf("is the %dms timer due yet?", head.msecs),
			fmt.Sprintf("A timer is due at %dms and the loop time is %dms. Node reads a millisecond clock, so whether the next millisecond has already begun depends on how fast the machine is: in real Node this goes either way.", head.expiry, now),
			"not yet: the loop moves on", "yes: the clock has reached the next millisecond")
		if c == 1 {
			l.Charge(Time(now+1)*Millisecond - l.now)
			l.updateTime()
			now = l.nowMs
		}
	}
	if head.expiry > now {
		return nil
	}
	for {
		for {
			err := l.processTimers(&now)
			if th := thrown(err); th != nil {
				// RunTimers calls processTimers again after a handled exception,
				// without draining in between.
				if err := l.fatal(th.Value, false); err != nil {
					return err
				}
				continue
			}
			if err != nil {
				return err
			}
			break
		}
		// RunTimers re-arms libuv's timer for the next list before its callback
		// scope drains, at least a millisecond after libuv's cached loop time.
		// Arming a timer refreshes that cached time; if the drain arms one late
		// enough (after a slow first console.log, say), libuv finds its timer
		// already due and runs the timers again in this same phase.
		var handleDue int64
		next := l.timers.peek()
		if next != nil {
			handleDue = max(next.expiry, l.nowMs+1)
		}
		if err := l.closeScope(); err != nil {
			return err
		}
		if next == nil || l.timers.peek() == nil || l.nowMs < handleDue || l.nowMs <= now {
			return nil
		}
		now = l.nowMs
		l.record(Step{Kind: KindPhase, Phase: PhaseTimers, Label: fmt.Sprintf("timers again at %dms (iteration %d)", now, l.iter),
			Why: fmt.Sprintf("A timer armed while the last timer's microtasks ran refreshed libuv's clock to %dms, past the moment libuv's timer for the next list was set for (%dms): libuv runs Node's timers again in the same phase.", now, handleDue)})
	}
}

// raceObservable reports whether something other than timers would run before
// the next timers phase, so that when a timer fires could change the output.
func (l *Loop) raceObservable() bool {
	return l.immediates.refCount > 0 || l.immediates.count() > 0 || l.io.readyCount() > 0 || l.pending.len() > 0 || l.closing.len() > 0
}

// processTimers is Node's: run every list whose expiry has come, in order,
// draining ticks and microtasks between lists.
func (l *Loop) processTimers(now *int64) error {
	ranAtLeastOneList := false
	for {
		tl := l.timers.peek()
		if tl != nil && ranAtLeastOneList && tl.expiry == *now+1 && tl.head != nil {
			l.nextMsRace(tl.head, tl.msecs, now)
		}
		if tl == nil || tl.expiry > *now {
			return nil
		}
		if ranAtLeastOneList {
			if err := l.runNextTicks(); err != nil {
				return err
			}
		} else {
			ranAtLeastOneList = true
		}
		if err := l.listOnTimeout(tl, now); err != nil {
			return err
		}
	}
}

// listOnTimeout is Node's: run the due timers of one list, draining between
// timers; a timer armed too recently stops the list and re-files it.
func (l *Loop) listOnTimeout(tl *timerList, now *int64) error {
	ranAtLeastOneTimer := false
	prevStart := int64(-1)
	for tl.head != nil {
		t := tl.head
		if ranAtLeastOneTimer {
			switch diff := *now - t.start; {
			case diff == tl.msecs && l.timerRaceObservable(tl, *now):
				// Due exactly now by the model's clock. Real code runs slower or
				// faster than the cost model, so node's millisecond clock may
				// already have moved on when this timer was armed (between it and
				// the timer before it, when both share a stamp).
				e := l.w.Trace.Entry(t.Entry)
				what := fmt.Sprintf("was %s armed in the millisecond the model's clock says?", e.Label)
				if t.start == prevStart {
					what = fmt.Sprintf("was %s armed in the same millisecond as the timer before it?", e.Label)
				}
				c := l.w.choose(l, what,
					fmt.Sprintf("The timer was armed at %dms by the model's clock and is due now. Node stamps each timer with a millisecond clock read when it is armed: if the next millisecond had begun by then, the timer is due a millisecond later and waits for another timers phase. In real Node this goes either way.", t.start),
					"yes: it runs now", "no: the clock had ticked, so it is not due yet")
				if c == 1 {
					t.start++
				}
			case diff == tl.msecs-1:
				l.nextMsRace(t, tl.msecs, now)
			}
		}
		if diff := *now - t.start; diff < tl.msecs {
			tl.expiry = max(t.start+tl.msecs, *now+1)
			tl.id = l.timers.nextID
			l.timers.nextID++
			if tl.index >= 0 {
				heap.Fix(&l.timers.pq, tl.index)
			}
			return nil
		}
		if ranAtLeastOneTimer {
			if err := l.runNextTicks(); err != nil {
				return err
			}
			if t.list != tl {
				continue // a tick cleared or moved it
			}
		} else {
			ranAtLeastOneTimer = true
		}
		tl.remove(t)
		if t.fn == nil {
			if !t.destroyed {
				t.destroyed = true
				l.timers.count--
				if t.refed {
					l.timers.refCount--
				}
			}
			continue
		}
		var start int64
		if t.repeat > 0 {
			start = l.freshNow()
		}
		prevStart = t.start
		err := l.invoke(Task{Entry: t.Entry, Fn: t.fn}, QueueTimers, true)
		if t.repeat > 0 && t.idleTimeout != -1 && t.fn != nil {
			t.idleTimeout = t.repeat
			l.insertTimer(t, t.idleTimeout, start, "rearm")
		} else if t.list == nil && !t.destroyed {
			t.destroyed = true
			l.timers.count--
			if t.refed {
				l.timers.refCount--
			}
		}
		if err != nil {
			return err
		}
	}
	if l.timers.byMs[tl.msecs] == tl {
		delete(l.timers.byMs, tl.msecs)
		if tl.index >= 0 {
			heap.Remove(&l.timers.pq, tl.index)
		}
	}
	return nil
}

// nextMsRace is the race of a timer due one millisecond after the loop time
// while the timers phase is under way (the timer after one that just ran, or
// the next list): whether that millisecond has begun depends on the machine's
// speed. When the model chooses that it has, the loop time moves on a
// millisecond and the timer runs in this phase.
func (l *Loop) nextMsRace(t *Timer, msecs int64, now *int64) {
	if !l.timerRaceObservable(t.list, *now) {
		return
	}
	e := l.w.Trace.Entry(t.Entry)
	c := l.w.choose(l, fmt.Sprintf("is %s due yet?", e.Label),
		fmt.Sprintf("%s is due at %dms and the loop time is %dms. Node reads a millisecond clock, so whether the next millisecond has begun while the timers phase runs depends on how fast the machine is: in real Node this goes either way.", e.Label, t.start+msecs, *now),
		"not yet: it waits for another timers phase", "yes: the clock has reached the next millisecond")
	if c == 1 {
		if next := Time(*now+1) * Millisecond; next > l.now {
			l.Charge(next - l.now)
		}
		l.updateTime()
		*now = l.nowMs
	}
}

// timerRaceObservable reports whether running a timer of list tl in this
// timers phase rather than the next could change the output: something other
// than timers would run in between, or may be queued before the next timer,
// or another list is due by then.
func (l *Loop) timerRaceObservable(tl *timerList, now int64) bool {
	// Ticks and microtasks still to drain may queue an immediate (the race is
	// decided before Node drains between two timers, so it cannot wait to see).
	if l.raceObservable() || l.ticks.len() > 0 || l.micro.len() > 0 {
		return true
	}
	for _, other := range l.timers.pq {
		if other != tl && other.expiry <= now+1 {
			return true
		}
	}
	return false
}

// nextTimer is when the earliest timer list expires, if any.
func (l *Loop) nextTimer() (Time, bool) {
	tl := l.timers.peek()
	if tl == nil {
		return 0, false
	}
	return Time(tl.expiry) * Millisecond, true
}
