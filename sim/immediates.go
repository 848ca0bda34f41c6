package sim

// Immediate is a setImmediate callback waiting for the check phase.
type Immediate struct {
	loop      *Loop
	Entry     EntryID
	fn        func() error
	refed     bool
	destroyed bool
}

// immediateQueue holds the immediates for the next check phase and, while a
// check phase runs, the batch it took (outstanding). Immediates queued during
// the check phase wait for the next one.
type immediateQueue struct {
	queue       []*Immediate
	outstanding []*Immediate
	refCount    int
	live        int // queued and not yet run or cleared
}

func (q *immediateQueue) count() int { return q.live }

// SetImmediate queues a callback for the check phase.
func (l *Loop) SetImmediate(id EntryID, fn func() error) *Immediate {
	l.Charge(CostSchedule)
	im := &Immediate{loop: l, Entry: id, fn: fn, refed: true}
	l.immediates.queue = append(l.immediates.queue, im)
	l.immediates.refCount++
	l.immediates.live++
	why := "setImmediate callbacks run in the check phase, right after the poll phase of this iteration."
	if l.phase == PhaseCheck {
		why = "The check phase only runs the immediates that were queued before it began: this one waits for the next iteration."
	}
	l.record(Step{Kind: KindEnqueue, Level: LevelAPI, Entry: id, Queue: QueueImmediate, Why: why})
	return im
}

// Clear is clearImmediate.
func (im *Immediate) Clear() {
	if im == nil || im.destroyed {
		return
	}
	l := im.loop
	q := &l.immediates
	im.destroyed = true
	q.live--
	if im.refed {
		q.refCount--
	}
	im.refed = false
	im.fn = nil
	for i, o := range q.queue {
		if o == im {
			q.queue = append(q.queue[:i], q.queue[i+1:]...)
			break
		}
	}
	e := l.w.Trace.Entry(im.Entry)
	l.record(Step{Kind: KindCancel, Level: LevelAPI, Entry: im.Entry, Queue: QueueImmediate,
		Label: "clear " + e.Label, Why: "clearImmediate removes the callback before the check phase reaches it."})
}

// Ref makes the immediate keep the loop alive (the default).
func (im *Immediate) Ref() {
	if !im.refed && !im.destroyed {
		im.refed = true
		im.loop.immediates.refCount++
	}
}

// Unref lets the loop end without running the immediate.
func (im *Immediate) Unref() {
	if im.refed && !im.destroyed {
		im.refed = false
		im.loop.immediates.refCount--
	}
}

// HasRef reports whether the immediate keeps the loop alive.
func (im *Immediate) HasRef() bool { return im.refed }

// checkPhase is Node's CheckImmediate: processImmediate runs the batch; after an
// exception that a listener handled, it is called again for the rest of the
// batch, without a drain in between.
func (l *Loop) checkPhase() error {
	l.enterPhase(PhaseCheck)
	q := &l.immediates
	if q.live == 0 && len(q.outstanding) == 0 {
		return nil
	}
	// Before processImmediate, Node runs its native immediates inside a
	// callback scope of their own; closing it drains the tick and microtask
	// queues. Normally they are empty by now, but ticks left behind by a drain
	// that an exception cut short run here, before the first immediate.
	if err := l.closeScope(); err != nil {
		return err
	}
	for {
		err := l.processImmediate()
		if th := thrown(err); th != nil {
			if err := l.fatal(th.Value, false); err != nil {
				return err
			}
			if len(q.outstanding) > 0 {
				continue // MakeCallback failed: no drain; go on with the batch
			}
			return nil
		}
		if err != nil {
			return err
		}
		if err := l.closeScope(); err != nil {
			return err
		}
		if len(q.outstanding) == 0 {
			return nil
		}
	}
}

// processImmediate is Node's: take the queued immediates (or what an exception
// left of the previous batch) and run them, draining between each.
func (l *Loop) processImmediate() error {
	q := &l.immediates
	if len(q.outstanding) == 0 {
		q.outstanding, q.queue = q.queue, nil
	}
	ranAtLeastOne := false
	for len(q.outstanding) > 0 {
		im := q.outstanding[0]
		if ranAtLeastOne {
			if err := l.runNextTicks(); err != nil {
				return err
			}
		} else {
			ranAtLeastOne = true
		}
		if im.destroyed {
			q.outstanding = q.outstanding[1:]
			continue
		}
		im.destroyed = true
		q.live--
		if im.refed {
			q.refCount--
		}
		im.refed = false
		q.outstanding = q.outstanding[1:]
		fn := im.fn
		im.fn = nil
		if err := l.invoke(Task{Entry: im.Entry, Fn: fn}, QueueImmediate, true); err != nil {
			return err
		}
	}
	q.outstanding = nil
	return nil
}
