package ui

import (
	"github.com/loopviz/loopviz/sim"
)

// clock merges the steps of one or two runs into one virtual timeline, so
// that two programs shown side by side step together: moment k of the
// clock is a step of one of the runs, and each run shows its latest step at
// or before moment k. Steps are ordered by virtual time, the left run first
// on a tie.
type clock struct {
	moments []moment
	// stepAt[side][k] is side's step at moment k.
	stepAt [2][]int32
}

// moment is one step of one run on the merged timeline.
type moment struct {
	time sim.Time
	side uint8
	step int32
}

// newClock merges the steps each timeline's viewer stops at, at level: a
// merge by virtual time that keeps each run's own order (a run with several
// loops need not have its step times in order), the left run first on a tie.
func newClock(level sim.Level, tls ...*timeline) *clock {
	c := &clock{}
	stops := make([][]int32, len(tls))
	for side, tl := range tls {
		stops[side] = stopsOf(tl, level)
	}
	next := make([]int, len(tls))
	for {
		pick := -1
		var at sim.Time
		for side, tl := range tls {
			if next[side] >= len(stops[side]) {
				continue
			}
			t := tl.trace.Step(int(stops[side][next[side]])).Time
			if pick < 0 || t < at {
				pick, at = side, t
			}
		}
		if pick < 0 {
			break
		}
		c.moments = append(c.moments, moment{at, uint8(pick), stops[pick][next[pick]]})
		next[pick]++
	}
	for side := range tls {
		at := make([]int32, len(c.moments))
		cur := int32(0)
		for k, m := range c.moments {
			if int(m.side) == side {
				cur = m.step
			}
			at[k] = cur
		}
		c.stepAt[side] = at
	}
	return c
}

// stopsOf is the steps a viewer at level stops at.
func stopsOf(tl *timeline, level sim.Level) []int32 {
	if level < sim.LevelStatement {
		return tl.atLevel[level]
	}
	all := make([]int32, tl.trace.Len())
	for i := range all {
		all[i] = int32(i)
	}
	return all
}

func (c *clock) len() int { return len(c.moments) }

// step is side's step at moment k.
func (c *clock) step(side, k int) int { return int(c.stepAt[side][k]) }

// time is the virtual time of moment k.
func (c *clock) time(k int) sim.Time { return c.moments[k].time }

// momentOf is the moment of side's step n (the first moment showing it).
func (c *clock) momentOf(side, n int) int {
	for k, m := range c.moments {
		if int(m.side) == side && int(m.step) >= n {
			return k
		}
	}
	return len(c.moments) - 1
}

// advance is the moment autoplay goes to from k: at least one moment on,
// and at least pace of virtual time on, so that a dense stretch (thousands
// of ticks in a millisecond) passes at the chosen pace while an idle gap
// passes in one frame. It stops early at a marked moment.
func (c *clock) advance(k int, pace sim.Time, marked func(int) bool) int {
	last := len(c.moments) - 1
	if k >= last {
		return last
	}
	until := c.moments[k].time + pace
	n := k + 1
	for n < last && !marked(n) && c.moments[n+1].time <= until {
		n++
	}
	return n
}
