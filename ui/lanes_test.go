package ui

import (
	"fmt"
	"strings"
	"testing"

	"github.com/charmbracelet/x/exp/golden"
	"github.com/loopviz/loopviz/sim"
)

// laneSizes are the sizes the several-loops view is frozen at.
var laneSizes = [][2]int{{120, 40}, {160, 50}}

// laneFrames are steps of programs with several loops worth freezing.
var laneFrames = []struct {
	scenario, name string
	pick           func(tl *timeline) int
	focus          int // FocusLane
}{
	// The worker computes while the main thread's heartbeat timer runs.
	{"worker-cpu-heartbeat", "heartbeat-while-worker-computes", firstStep(func(tl *timeline, i int, s *sim.Step) bool {
		if s.Loop != 0 || s.Kind != sim.KindCallbackStart || s.Queue != sim.QueueTimers {
			return false
		}
		snap := tl.trace.Snapshot(i)
		return len(snap.Lanes) > 1 && snap.Lanes[1].Running != 0
	}), 0},
	// The same moment with the worker's lane in the panes.
	{"worker-cpu-heartbeat", "worker-lane-focused", firstStep(func(tl *timeline, i int, s *sim.Step) bool {
		if s.Loop != 0 || s.Kind != sim.KindCallbackStart || s.Queue != sim.QueueTimers {
			return false
		}
		snap := tl.trace.Snapshot(i)
		return len(snap.Lanes) > 1 && snap.Lanes[1].Running != 0
	}), 2},
	// The worker's result is on its way to the main thread.
	{"worker-cpu-heartbeat", "message-in-flight", firstStep(func(tl *timeline, i int, s *sim.Step) bool {
		return s.Loop == 0 && s.Kind == sim.KindIOStart && strings.Contains(tl.trace.StepLabel(i), "a message for")
	}), 0},
	// A worker blocked in Atomics.wait while the main thread runs.
	{"worker-atomics-wait-notify", "worker-blocked", printed("notified"), 0},
}

// TestLaneFrames freezes the several-loops view: a lanes pane with a row per
// loop, the panes showing one lane, messages in flight between them.
// Rewrite with: go test ./ui -run TestLaneFrames -update
func TestLaneFrames(t *testing.T) {
	runs := map[string]*Run{}
	for _, lf := range laneFrames {
		run := runs[lf.scenario]
		if run == nil {
			run = runCorpus(t, lf.scenario)
			runs[lf.scenario] = run
		}
		tl := newTimeline(run)
		step := lf.pick(tl)
		if step == tl.trace.Len()-1 {
			t.Fatalf("%s/%s: no step matched", lf.scenario, lf.name)
		}
		for _, size := range laneSizes {
			for _, theme := range []ThemeName{ThemeDark, ThemePlain} {
				t.Run(fmt.Sprintf("%s/%s/%dx%d/%s", lf.scenario, lf.name, size[0], size[1], theme), func(t *testing.T) {
					frame := Render(run, RenderOptions{Step: step, Width: size[0], Height: size[1], Theme: theme, Level: sim.LevelAPI, FocusLane: lf.focus})
					checkFrameShape(t, frame, size[0], size[1])
					if !strings.Contains(frame, "Lanes") {
						t.Errorf("a run with several loops shows its lanes")
					}
					golden.RequireEqual(t, frame)
				})
			}
		}
	}
}

// TestLaneFramesFit draws every step of a several-loops run at every lane
// size and the compact size, with each lane focused in turn.
func TestLaneFramesFit(t *testing.T) {
	run := runCorpus(t, "worker-atomics-wait-notify")
	for _, size := range append(laneSizes, [2]int{80, 24}) {
		for focus := 0; focus <= len(run.Trace.Lanes); focus++ {
			for i := 0; i < run.Trace.Len(); i += 3 {
				frame := Render(run, RenderOptions{Step: i, Width: size[0], Height: size[1], Theme: ThemeLight, Level: sim.LevelAPI, FocusLane: focus})
				checkFrameShape(t, frame, size[0], size[1])
				if t.Failed() {
					t.Fatalf("step %d at %dx%d, lane %d", i, size[0], size[1], focus)
				}
			}
		}
	}
}

// TestLaneKeyCyclesFocus: L walks through the lanes and back to following
// the step.
func TestLaneKeyCyclesFocus(t *testing.T) {
	run := runCorpus(t, "worker-cpu-heartbeat")
	v := newViewer(run, "x", sim.LevelAPI)
	var seen []int
	for range len(run.Trace.Lanes) + 1 {
		v.cycleLane()
		seen = append(seen, v.lane)
	}
	if fmt.Sprint(seen) != "[0 1 -1]" {
		t.Fatalf("L cycles %v, want [0 1 -1]", seen)
	}
}
