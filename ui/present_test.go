package ui

import (
	"strings"
	"testing"

	"github.com/loopviz/loopviz/sim"
)

func presentOf(t *testing.T, names ...string) *Present {
	t.Helper()
	var sides []PresentSide
	for _, n := range names {
		sides = append(sides, PresentSide{Run: runCorpus(t, n), Name: n})
	}
	p := NewPresent(PresentOptions{Sides: sides, Theme: ThemePlain, ThemeSet: true})
	p.width, p.height = 120, 40
	return p
}

// TestClockMergesRuns checks the shared virtual clock: moments in time
// order, and each side's step never going back.
func TestClockMergesRuns(t *testing.T) {
	p := presentOf(t, "immediate-chain", "timers-different-delays")
	c := p.clock
	if c.len() < 10 {
		t.Fatalf("only %d moments", c.len())
	}
	sides := map[uint8]bool{}
	for k := 1; k < c.len(); k++ {
		if c.time(k) < c.time(k-1) {
			t.Fatalf("moment %d goes back in time: %v after %v", k, c.time(k), c.time(k-1))
		}
		for side := 0; side < 2; side++ {
			if c.step(side, k) < c.step(side, k-1) {
				t.Fatalf("side %d steps back at moment %d", side, k)
			}
		}
		sides[c.moments[k].side] = true
	}
	if !sides[0] || !sides[1] {
		t.Errorf("the merged clock lacks a side: %v", sides)
	}
	// A dense stretch passes at the pace; an idle gap in one frame.
	k := 0
	next := c.advance(k, sim.Millisecond, func(int) bool { return false })
	if next <= k || c.time(next) > c.time(k)+sim.Millisecond && next != k+1 {
		t.Errorf("advance from %d went to %d (%v -> %v)", k, next, c.time(k), c.time(next))
	}
}

// TestPresentPausesAtMarks plays a demo: autoplay stops at each mark, and
// the mark's note is in the narration there.
func TestPresentPausesAtMarks(t *testing.T) {
	p := NewPresent(PresentOptions{Sides: []PresentSide{{Run: runCorpus(t, "starve-tick-recursion"), Name: "starve",
		Marks: []PresentMark{{"main done", "the main module is done"}, {"setTimeout 0 finally runs", "at last, the timer"}}}},
		Theme: ThemePlain, ThemeSet: true})
	p.width, p.height = 120, 40
	if len(p.marks) != 2 {
		t.Fatalf("%d marks resolved, want 2", len(p.marks))
	}
	for i, want := range []string{"the main module is done", "at last, the timer"} {
		p.playing = true
		for n := 0; p.playing && n < 100000; n++ {
			p.step()
		}
		if p.k != p.marks[i] {
			t.Fatalf("autoplay stopped at moment %d, want mark %d at %d", p.k, i+1, p.marks[i])
		}
		if s := p.content(); !strings.Contains(s, "◆ mark "+string(rune('1'+i))+": "+want) {
			t.Errorf("at mark %d the narration lacks its note:\n%s", i+1, s)
		}
	}
}

// TestPresentNotesAndPins: a note stays on screen from its step on, and
// pins choose the panes.
func TestPresentNotesAndPins(t *testing.T) {
	p := presentOf(t, "io-pbkdf2-pool-of-4")
	p.goTo(5)
	p.notes[p.k] = "remember this one"
	p.goTo(p.k + 10)
	if !strings.Contains(p.content(), "remember this one") {
		t.Errorf("the note is gone ten steps later")
	}
	p.goTo(2)
	if strings.Contains(p.content(), "remember this one") {
		t.Errorf("the note shows before its step")
	}
	if s := p.content(); strings.Contains(s, "Call stack") || !strings.Contains(s, "Queues") {
		t.Errorf("default pins: want loop, queues and output only")
	}
	p.togglePin("stack")
	p.togglePin("queues")
	if s := p.content(); !strings.Contains(s, "Call stack") || strings.Contains(s, "Queues") {
		t.Errorf("after pinning the stack and unpinning the queues: %v", p.pins)
	}
	for _, n := range Panes {
		p.togglePin(n)
	}
	if len(p.pins) == 0 {
		t.Errorf("the last pane cannot be unpinned")
	}
}
