package sim

import "fmt"

// rejectionTracker is Node's bookkeeping of rejected promises nobody handled
// yet. A rejection is only reported once the tick and microtask queues are
// empty, so a handler attached in a nextTick or a microtask is in time; one
// attached later (in a timer, say) is too late, and 'rejectionHandled' follows.
type rejectionTracker struct {
	maybe        map[int64]*rejection // by promise id; lookups only
	pending      []int64              // promise ids in the order they were rejected
	asyncHandled []*rejection
	lastUID      int
	toWarn       bool
}

type rejection struct {
	promise Value
	reason  Value
	uid     int
	warned  bool
}

// PromiseRejected tells the model that promise id was rejected with no handler
// attached (V8's kPromiseRejectWithNoHandler).
func (l *Loop) PromiseRejected(id int64, promise, reason Value) {
	r := &l.rejections
	if r.maybe == nil {
		r.maybe = map[int64]*rejection{}
	}
	r.lastUID++
	r.maybe[id] = &rejection{promise: promise, reason: reason, uid: r.lastUID}
	r.pending = append(r.pending, id)
	r.toWarn = true
	l.record(Step{Kind: KindAPI, Level: LevelAPI, Label: fmt.Sprintf("promise #%d rejected with no handler", id),
		Why: "Node notes the rejection; if no handler is attached by the time the tick and microtask queues are empty, it is reported as unhandled."})
}

// PromiseHandled tells the model that a handler was attached to promise id
// after it was rejected without one (V8's kPromiseHandlerAddedAfterReject).
func (l *Loop) PromiseHandled(id int64, promise Value) {
	r := &l.rejections
	info := r.maybe[id]
	if info != nil {
		delete(r.maybe, id)
		if info.warned {
			r.asyncHandled = append(r.asyncHandled, info)
			r.toWarn = true
			l.record(Step{Kind: KindAPI, Level: LevelAPI, Label: fmt.Sprintf("late handler for promise #%d", id),
				Why: "A handler was attached to a rejection that was already reported as unhandled: Node will emit 'rejectionHandled'."})
			return
		}
		l.record(Step{Kind: KindAPI, Level: LevelAPI, Label: fmt.Sprintf("handler attached to rejected promise #%d", id),
			Why: "The handler came before the queues emptied, so the rejection is handled in time."})
	}
	if len(r.maybe) == 0 && len(r.asyncHandled) == 0 {
		r.toWarn = false
	}
}

// processPromiseRejections is Node's: emit 'rejectionHandled' for late
// handlers, then report each rejection still unhandled: to 'unhandledRejection'
// listeners, or (Node 20's default mode, throw) as an uncaught exception.
func (l *Loop) processPromiseRejections() (bool, error) {
	r := &l.rejections
	host := l.host
	scheduled := len(r.asyncHandled) > 0
	for len(r.asyncHandled) > 0 {
		info := r.asyncHandled[0]
		r.asyncHandled = r.asyncHandled[1:]
		l.record(Step{Kind: KindLifecycle, Label: "emit 'rejectionHandled'",
			Why: "A rejection reported as unhandled got a handler later: Node tells 'rejectionHandled' listeners, or warns."})
		handled, err := host.Emit("rejectionHandled", info.promise)
		if err != nil {
			return false, err
		}
		if !handled {
			host.EmitWarning("PromiseRejectionHandledWarning", fmt.Sprintf("Promise rejection was handled asynchronously (rejection id: %d)", info.uid))
		}
	}
	for n := len(r.pending); n > 0; n-- {
		id := r.pending[0]
		r.pending = r.pending[1:]
		info := r.maybe[id]
		if info == nil {
			continue
		}
		info.warned = true
		desc := ""
		if host != nil {
			desc = host.Describe(info.reason)
		}
		l.record(Step{Kind: KindError, Label: fmt.Sprintf("unhandled rejection of promise #%d: %s", id, desc),
			Why: "The tick and microtask queues are empty and this rejected promise still has no handler: Node reports it to 'unhandledRejection' listeners; with none, it becomes an uncaught exception."})
		handled, err := host.Emit("unhandledRejection", info.reason, info.promise)
		if err != nil {
			return false, err
		}
		if !handled {
			if err := l.fatal(host.RejectionError(info.reason), true); err != nil {
				return false, err
			}
		}
		scheduled = true
	}
	return scheduled || len(r.pending) > 0, nil
}
