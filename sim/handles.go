package sim

import (
	"container/heap"
	"fmt"
)

// Handles are libuv's long-lived objects (servers, sockets, signal watchers)
// and, for display only, JavaScript streams. A ref'd, open handle keeps the
// loop alive; a stream never does (it is not a libuv object) but shows how full
// its buffer is against its highWaterMark.

// HandleView is an open handle or stream in a snapshot.
type HandleView struct {
	Entry     EntryID // its Entry: Kind EntryHandle or EntryStream, Label, Origin
	Ref       bool    // keeps the loop alive (always false for a stream)
	Level     int64   // a stream's buffered amount (bytes, or objects in object mode)
	HighWater int64   // a stream's highWaterMark
}

// InFlightView is operating-system I/O in flight: a network reply, a
// connection being accepted, a DNS query.
type InFlightView struct {
	Entry EntryID // the callback that will run in the poll phase
	Due   Time
}

type handleState struct {
	ref  bool
	open bool
}

// OpenHandle registers a handle (a server, a socket) and returns its entry.
// With ref it keeps the loop alive until it is closed or unref'd.
func (l *Loop) OpenHandle(label, origin string, ref bool) EntryID {
	id := l.NewEntry(Entry{Kind: EntryHandle, Label: label, Origin: origin})
	if l.handleRefs == nil {
		l.handleRefs = map[EntryID]*handleState{}
	}
	l.handleRefs[id] = &handleState{ref: ref, open: true}
	if ref {
		l.handles++
	}
	l.record(Step{Kind: KindHandleOpen, Level: LevelAPI, Entry: id, Arg: boolArg(ref),
		Label: "open " + label,
		Why:   handleWhy(ref)})
	return id
}

// OpenStream registers a JavaScript stream so the trace can show its buffer
// level against highWaterMark. It never keeps the loop alive.
func (l *Loop) OpenStream(label, origin string, highWater int64) EntryID {
	id := l.NewEntry(Entry{Kind: EntryStream, Label: label, Origin: origin, Delay: highWater})
	l.record(Step{Kind: KindHandleOpen, Level: LevelAPI, Entry: id,
		Label: "create " + label,
		Why:   "A stream is a JavaScript object, not a libuv handle: it never keeps the loop alive by itself; whatever feeds it (a file read, a socket) does."})
	return id
}

// SetHandleRef refs or unrefs an open handle (server.unref(), socket.ref()).
func (l *Loop) SetHandleRef(id EntryID, ref bool) {
	h := l.handleRefs[id]
	if h == nil || !h.open || h.ref == ref {
		return
	}
	h.ref = ref
	if ref {
		l.handles++
	} else {
		l.handles--
	}
	verb := "unref"
	why := "An unref'd handle stays open but no longer keeps the loop alive: the process may exit while it is open."
	if ref {
		verb = "ref"
		why = "A ref'd handle keeps the loop alive for as long as it is open."
	}
	l.record(Step{Kind: KindHandleRef, Level: LevelAPI, Entry: id, Arg: boolArg(ref),
		Label: verb + " " + l.w.Trace.Entry(id).Label, Why: why})
}

// CloseHandle closes a handle or forgets a stream. A handle stops keeping the
// loop alive at once; its close callback, if any, is queued separately with
// QueueClose.
func (l *Loop) CloseHandle(id EntryID) {
	e := l.w.Trace.Entry(id)
	if e.Kind == EntryHandle {
		h := l.handleRefs[id]
		if h == nil || !h.open {
			return
		}
		h.open = false
		if h.ref {
			l.handles--
		}
		delete(l.handleRefs, id)
	}
	l.record(Step{Kind: KindHandleClose, Level: LevelAPI, Entry: id,
		Label: "close " + e.Label,
		Why:   "Closed: it no longer keeps the loop alive."})
}

// SetBufferLevel records how much a stream holds now. Consecutive equal
// levels record nothing.
func (l *Loop) SetBufferLevel(id EntryID, level int64) {
	if l.levels == nil {
		l.levels = map[EntryID]int64{}
	}
	if old, ok := l.levels[id]; ok && old == level {
		return
	}
	l.levels[id] = level
	e := l.w.Trace.Entry(id)
	why := "Below its highWaterMark the stream asks for more; at or above it, write() returns false (or reading pauses) until it drains."
	l.record(Step{Kind: KindBuffer, Level: LevelAPI, Entry: id, Arg: level,
		Label: fmt.Sprintf("%s buffers %d of %d", e.Label, level, e.Delay), Why: why})
}

// CancelIO withdraws operating-system I/O still in flight (a socket destroyed
// before its data arrived). It reports whether the entry was in flight.
func (l *Loop) CancelIO(entry EntryID) bool {
	q := &l.io
	for i, ev := range q.future {
		if ev.task.Entry == entry {
			heap.Remove(&q.future, i)
			delete(q.readiness, entry)
			l.record(Step{Kind: KindCancel, Level: LevelAPI, Entry: entry, Queue: QueueIO,
				Label: "cancel " + l.w.Trace.Entry(entry).Label,
				Why:   "Its handle was closed before the operating system delivered it."})
			return true
		}
	}
	for i, ev := range q.atPoll {
		if ev.task.Entry == entry {
			q.atPoll = append(q.atPoll[:i], q.atPoll[i+1:]...)
			if ev.strong {
				q.atPollStrong--
			}
			l.record(Step{Kind: KindCancel, Level: LevelAPI, Entry: entry, Queue: QueueIO,
				Label: "cancel " + l.w.Trace.Entry(entry).Label,
				Why:   "Its handle was closed before the operating system delivered it."})
			return true
		}
	}
	return false
}

func boolArg(b bool) int64 {
	if b {
		return 1
	}
	return 0
}

func handleWhy(ref bool) string {
	if ref {
		return "An open, ref'd handle keeps the event loop alive: the process does not exit while it is open."
	}
	return "The handle is open but unref'd: it does not keep the loop alive."
}
