package sim

import (
	"slices"
	"sort"
)

// Snapshot is the state of the model right after one step: what every queue
// holds, the timers, the threadpool, the stack and the output so far. The UI is
// a pure function of a snapshot.
type Snapshot struct {
	Step     int
	LaneStep int // the latest step of this snapshot's loop, at or before Step
	Time     Time
	Iter     int
	Loop     int
	Phase    Phase
	Draining Queue // QueueTick or QueueMicrotask while the loop drains one; else QueueNone
	Stack    []Frame
	Running  EntryID // the callback running at this step, if any

	Ticks      []EntryID
	Microtasks []EntryID
	Timers     []TimerView // in the order Node will run them
	Immediates []EntryID
	Pending    []EntryID // pending-callbacks phase
	Poll       []EntryID // completed I/O waiting for the poll phase
	Closing    []EntryID
	Work       []EntryID      // threadpool work waiting for a free slot
	Slots      []SlotView     // one per threadpool slot
	InFlight   []InFlightView // operating-system I/O in flight, soonest first
	Handles    []HandleView   // open handles and live streams, oldest first

	Output []Output // everything written up to and including this step

	// Lanes is every loop of the run that has started by this step, by lane
	// id, each as of its own latest step (a one-loop run has just one). The
	// fields above are those of the loop that took this step; a lane's
	// Output holds what that loop wrote.
	Lanes []*Snapshot
}

// TimerView is a pending timer and when it is due.
type TimerView struct {
	Entry EntryID
	Due   Time
}

// SlotView is one threadpool slot: idle (Entry 0) or running a work item.
type SlotView struct {
	Entry EntryID
	Start Time
	End   Time
}

// state is the part of a snapshot that steps change incrementally. It is kept
// live while the trace grows and copied into keyframes, so that the snapshot
// at any step costs a bounded replay instead of a replay from the start.
// Keyframes and snapshots own deep copies, so a state is mutated in place.
type state struct {
	queues   [QueueWork + 1][]EntryID // FIFO queues; QueueTimers unused
	timers   []TimerView
	slots    []SlotView
	inflight []InFlightView
	handles  []HandleView
	draining Queue
	running  EntryID
	last     int // the loop's latest step, -1 before its first
}

func newState() *state { return &state{last: -1} }

func (s *state) clone() *state {
	c := &state{draining: s.draining, running: s.running, last: s.last}
	for i, q := range s.queues {
		c.queues[i] = slices.Clone(q)
	}
	c.timers = slices.Clone(s.timers)
	c.slots = slices.Clone(s.slots)
	c.inflight = slices.Clone(s.inflight)
	c.handles = slices.Clone(s.handles)
	return c
}

func (s *state) size() int {
	n := len(s.timers) + len(s.slots) + len(s.inflight) + len(s.handles)
	for _, q := range s.queues {
		n += len(q)
	}
	return n
}

func removeEntry(q []EntryID, id EntryID) []EntryID {
	if len(q) > 0 && q[0] == id {
		return q[1:] // the usual FIFO case: O(1)
	}
	if i := slices.Index(q, id); i >= 0 {
		return append(q[:i], q[i+1:]...)
	}
	return q
}

// apply updates the state with step i of t.
func (s *state) apply(t *Trace, i int) {
	st := t.Step(i)
	s.last = i
	switch st.Kind {
	case KindEnqueue:
		if st.Queue == QueueTimers {
			s.removeTimer(st.Entry)
			tv := TimerView{Entry: st.Entry, Due: Time(st.Arg)}
			at := sort.Search(len(s.timers), func(j int) bool {
				o := s.timers[j]
				return o.Due > tv.Due || (o.Due == tv.Due && o.Entry > tv.Entry)
			})
			s.timers = slices.Insert(s.timers, at, tv)
		} else if st.Queue != QueueNone {
			s.queues[st.Queue] = append(s.queues[st.Queue], st.Entry)
			if st.Queue == QueuePoll && len(s.inflight) > 0 {
				s.removeInFlight(st.Entry)
			}
		}
	case KindIOStart:
		v := InFlightView{Entry: st.Entry, Due: Time(st.Arg)}
		at := sort.Search(len(s.inflight), func(j int) bool {
			o := s.inflight[j]
			return o.Due > v.Due || (o.Due == v.Due && o.Entry > v.Entry)
		})
		s.inflight = slices.Insert(s.inflight, at, v)
	case KindHandleOpen:
		e := t.Entry(st.Entry)
		s.handles = append(s.handles, HandleView{Entry: st.Entry, Ref: st.Arg == 1, HighWater: e.Delay})
	case KindHandleClose:
		if i := s.handleIndex(st.Entry); i >= 0 {
			s.handles = slices.Delete(s.handles, i, i+1)
		}
	case KindHandleRef:
		if i := s.handleIndex(st.Entry); i >= 0 {
			s.handles[i].Ref = st.Arg == 1
		}
	case KindBuffer:
		if i := s.handleIndex(st.Entry); i >= 0 {
			s.handles[i].Level = st.Arg
		}
	case KindCallbackStart:
		s.dequeue(st.Queue, st.Entry)
		s.running = st.Entry
		if st.Queue != QueueTick && st.Queue != QueueMicrotask {
			s.draining = QueueNone
		}
	case KindCallbackEnd:
		s.running = 0
	case KindCancel:
		s.dequeue(st.Queue, st.Entry)
	case KindWorkStart:
		s.queues[QueueWork] = removeEntry(s.queues[QueueWork], st.Entry)
		for int(st.Arg) >= len(s.slots) {
			s.slots = append(s.slots, SlotView{})
		}
		s.slots[st.Arg] = SlotView{Entry: st.Entry, Start: st.Time, End: t.Entry(st.Entry).Due}
	case KindWorkDone:
		if int(st.Arg) < len(s.slots) {
			s.slots[st.Arg] = SlotView{}
		}
	case KindDrain:
		s.draining = st.Queue
		s.running = 0
	case KindPhase:
		s.draining = QueueNone
		s.running = 0
	}
}

func (s *state) dequeue(q Queue, id EntryID) {
	if q == QueueTimers {
		s.removeTimer(id)
	} else if q == QueueIO {
		s.removeInFlight(id)
	} else if q != QueueNone {
		s.queues[q] = removeEntry(s.queues[q], id)
	}
}

func (s *state) removeTimer(id EntryID) {
	if i := slices.IndexFunc(s.timers, func(tv TimerView) bool { return tv.Entry == id }); i >= 0 {
		s.timers = append(s.timers[:i], s.timers[i+1:]...)
	}
}

func (s *state) removeInFlight(id EntryID) {
	if i := slices.IndexFunc(s.inflight, func(v InFlightView) bool { return v.Entry == id }); i >= 0 {
		s.inflight = slices.Delete(s.inflight, i, i+1)
	}
}

func (s *state) handleIndex(id EntryID) int {
	return slices.IndexFunc(s.handles, func(h HandleView) bool { return h.Entry == id })
}

// keyframe is a copy of every loop's state right after step Step.
type keyframe struct {
	Step   int
	States []*state
}

// laneState is loop id's live state, made on its first step.
func (t *Trace) laneState(id uint16) *state {
	for int(id) >= len(t.states) {
		t.states = append(t.states, newState())
	}
	return t.states[id]
}

func cloneStates(ss []*state) []*state {
	c := make([]*state, len(ss))
	for i, s := range ss {
		c[i] = s.clone()
	}
	return c
}

// minKeyframeGap is the fewest steps between keyframes. The gap also grows with
// the size of the state, so keyframes never cost more memory than the steps
// they cover, and a snapshot replays at most max(minKeyframeGap, state size) steps.
const minKeyframeGap = 256

func (t *Trace) maybeKeyframe(i int) {
	t.sinceKey++
	if t.sinceKey < minKeyframeGap {
		return
	}
	sz := 0
	for _, s := range t.states {
		sz += s.size()
	}
	if t.sinceKey < sz {
		return
	}
	t.keyframes = append(t.keyframes, keyframe{Step: i, States: cloneStates(t.states)})
	t.sinceKey = 0
}

// Snapshot returns the state of the model right after step n.
func (t *Trace) Snapshot(n int) *Snapshot {
	if t.Len() == 0 {
		return &Snapshot{}
	}
	n = max(0, min(n, t.Len()-1))
	k := sort.Search(len(t.keyframes), func(i int) bool { return t.keyframes[i].Step > n }) - 1
	var states []*state
	from := 0
	if k >= 0 {
		states = cloneStates(t.keyframes[k].States)
		from = t.keyframes[k].Step + 1
	}
	for i := from; i <= n; i++ {
		id := int(t.Step(i).Loop)
		for id >= len(states) {
			states = append(states, newState())
		}
		states[id].apply(t, i)
	}
	outs := sort.Search(len(t.Output), func(i int) bool { return int(t.Output[i].Step) > n })
	output := t.Output[:outs:outs]
	st := t.Step(n)
	snap := t.laneSnapshot(states[st.Loop], n)
	snap.Output = output
	if len(states) > 1 {
		for id, ls := range states {
			if ls.last < 0 {
				continue
			}
			lane := t.laneSnapshot(ls, ls.last)
			lane.Step = n
			for _, o := range output {
				if int(o.Loop) == id {
					lane.Output = append(lane.Output, o)
				}
			}
			snap.Lanes = append(snap.Lanes, lane)
		}
	} else {
		snap.Lanes = []*Snapshot{snap}
	}
	return snap
}

// laneSnapshot is one loop's view as of its step n.
func (t *Trace) laneSnapshot(s *state, n int) *Snapshot {
	st := t.Step(n)
	return &Snapshot{
		Step:       n,
		LaneStep:   n,
		Time:       st.Time,
		Iter:       int(st.Iter),
		Loop:       int(st.Loop),
		Phase:      st.Phase,
		Draining:   s.draining,
		Running:    s.running,
		Stack:      t.Stack(st.Stack),
		Ticks:      s.queues[QueueTick],
		Microtasks: s.queues[QueueMicrotask],
		Timers:     s.timers,
		Immediates: s.queues[QueueImmediate],
		Pending:    s.queues[QueuePending],
		Poll:       s.queues[QueuePoll],
		Closing:    s.queues[QueueClose],
		Work:       s.queues[QueueWork],
		Slots:      s.slots,
		InFlight:   s.inflight,
		Handles:    s.handles,
	}
}
