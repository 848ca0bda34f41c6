package ui

import (
	"bytes"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/exp/teatest/v2"
	"github.com/loopviz/loopviz/sim"
)

// TestFlowForwardFiveBackFive drives the real bubbletea program: open a
// scenario, step forward five times and back five times; the final screen
// must be the first one.
func TestFlowForwardFiveBackFive(t *testing.T) {
	run := runCorpus(t, "await-async1-async2")
	opts := Options{File: run.File, Run: fixedRun(run), Theme: ThemePlain, ThemeSet: true, Level: sim.LevelAPI}

	// The first screen, as the model draws it once the run is loaded.
	first := newTestModel(t, opts, 120, 40).screen()

	// Record where the viewer is when each key arrives, to see it moved.
	var seen []int
	record := tea.WithFilter(func(m tea.Model, msg tea.Msg) tea.Msg {
		if _, ok := msg.(tea.KeyPressMsg); ok {
			if v := m.(*Model).view; v != nil {
				seen = append(seen, v.step)
			}
		}
		return msg
	})
	tm := teatest.NewTestModel(t, New(opts), teatest.WithInitialTermSize(120, 40), teatest.WithProgramOptions(record))
	// Wait until the viewer is drawn: keys sent before the run finishes
	// would find nothing to move.
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool { return bytes.Contains(b, []byte("Call stack")) },
		teatest.WithDuration(10*time.Second))
	for range 5 {
		tm.Send(tea.KeyPressMsg{Code: tea.KeyRight})
	}
	for range 5 {
		tm.Send(tea.KeyPressMsg{Code: tea.KeyLeft})
	}
	tm.Send(tea.KeyPressMsg{Code: 'q', Text: "q"})
	final := tm.FinalModel(t, teatest.WithFinalTimeout(10*time.Second)).(*Model)
	if final.view == nil {
		t.Fatal("the run never loaded")
	}
	if len(seen) != 11 || seen[5] <= seen[4] || seen[5] == 0 {
		t.Errorf("the viewer did not move five steps and back: at each key it was at %v", seen)
	}
	if final.view.step != 0 {
		t.Errorf("after five steps forward and five back the viewer is at step %d, want 0", final.view.step)
	}
	if got := final.content(); got != first {
		t.Errorf("the screen after five steps forward and five back differs from the first:\n%s\n---- first ----\n%s", got, first)
	}
}
