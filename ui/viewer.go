package ui

import (
	"github.com/loopviz/loopviz/sim"
)

// speeds are the autoplay speeds, in steps per second.
var speeds = []int{1, 2, 4, 8, 16, 32, 64}

const defaultSpeed = 2 // index into speeds: 4 steps per second

// viewer is the simulator screen's state: a run, where the user is in it,
// how fine the steps are, autoplay, and the output line being picked.
// Moving only changes the step; what is drawn is computed from the step.
type viewer struct {
	run   *Run
	tl    *timeline
	name  string
	step  int
	level sim.Level
	snap  *sim.Snapshot // of step

	playing bool
	speed   int      // index into speeds
	pick    int      // output line being picked, or -1
	ayg     *asYouGo // predicting as you go, or nil
	lane    int      // the lane the panes show: -1 follows the step's lane
}

func newViewer(run *Run, name string, level sim.Level) *viewer {
	v := &viewer{run: run, tl: newTimeline(run), name: name, level: level, speed: defaultSpeed, pick: -1, lane: -1}
	start := 0
	if v.tl.openAtProblem {
		start = int(v.tl.problems[0].step)
	}
	v.goTo(start)
	return v
}

// goTo moves to step n (clamped) and takes its snapshot, which replays at
// most the steps since the trace's nearest keyframe.
func (v *viewer) goTo(n int) {
	last := v.tl.trace.Len() - 1
	n = max(0, min(n, last))
	if v.snap != nil && n == v.step {
		return
	}
	v.step = n
	v.snap = v.tl.trace.Snapshot(n)
}

func (v *viewer) atEnd() bool { return v.step >= v.tl.last(v.level) }

func (v *viewer) next()         { v.goTo(v.tl.next(v.level, v.step)) }
func (v *viewer) prev()         { v.goTo(v.tl.prev(v.level, v.step)) }
func (v *viewer) first()        { v.goTo(v.tl.first(v.level)) }
func (v *viewer) last()         { v.goTo(v.tl.last(v.level)) }
func (v *viewer) nextCallback() { v.goTo(after(v.tl.callbacks, v.step)) }
func (v *viewer) prevCallback() { v.goTo(before(v.tl.callbacks, v.step)) }
func (v *viewer) nextPhase()    { v.goTo(after(v.tl.phaseChanges, v.step)) }
func (v *viewer) prevPhase()    { v.goTo(before(v.tl.phaseChanges, v.step)) }

// cycleLevel switches loop -> api -> statement -> loop. The step stays; if
// the new level does not stop there, the next move goes to one that does.
func (v *viewer) cycleLevel() {
	v.level = (v.level + 1) % (sim.LevelStatement + 1)
}

// jumpToPhase goes to the next step where the loop enters phase p (the
// main module and exit count as phases), wrapping round to the first one
// when there is none later; it stays put when the run never enters p.
func (v *viewer) jumpToPhase(p sim.Phase) {
	t := v.tl.trace
	enters := func(i int32) bool {
		s := t.Step(int(i))
		if s.Phase != p {
			return false
		}
		if p == sim.PhaseMain || p == sim.PhaseExit {
			return i == 0 || t.Step(int(i)-1).Phase != p
		}
		return s.Kind == sim.KindPhase
	}
	first := -1
	for _, i := range v.tl.phaseChanges {
		if !enters(i) {
			continue
		}
		if int(i) > v.step {
			v.goTo(int(i))
			return
		}
		if first < 0 {
			first = int(i)
		}
	}
	if p == sim.PhaseMain && first < 0 {
		first = 0
	}
	if first >= 0 {
		v.goTo(first)
	}
}

// jumpToLine goes to the step that printed output line i.
func (v *viewer) jumpToLine(i int) {
	if i < 0 || i >= len(v.tl.lines) {
		return
	}
	v.goTo(int(v.tl.trace.Output[v.tl.lines[i].output].Step))
}

// printed is how many output lines the program has printed by this step.
func (v *viewer) printed() int { return v.tl.linesAt(v.step) }

// startPick starts picking an output line, at the last one printed.
func (v *viewer) startPick() bool {
	n := v.printed()
	if n == 0 {
		return false
	}
	v.pick = n - 1
	return true
}

func (v *viewer) movePick(d int) {
	if v.pick >= 0 {
		v.pick = max(0, min(v.pick+d, v.printed()-1))
	}
}

// keepPlace puts a viewer of a new run of the same file where the user was
// in the old one: the same level, and the same position among the level's
// steps (the last one if the new run is shorter).
func (v *viewer) keepPlace(old *viewer) {
	v.level = old.level
	v.speed = old.speed
	pos, _ := old.tl.countAt(old.level, old.step)
	if v.level >= sim.LevelStatement {
		v.goTo(pos - 1)
		return
	}
	list := v.tl.atLevel[v.level]
	if len(list) == 0 {
		v.goTo(0)
		return
	}
	v.goTo(int(list[max(0, min(pos-1, len(list)-1))]))
}

// frame gathers what the screen shows at the current step.
func (v *viewer) frame(th *theme, w, h int, shortHelp, fullHelp string) *frame {
	f := &frame{
		tl: v.tl, snap: v.snap, step: v.step, level: v.level, th: th,
		lay:  computeLayout(w, h, v.tl.usage),
		name: v.name, playing: v.playing, speed: speeds[v.speed], pick: v.pick, ayg: v.ayg,
		shortHelp: shortHelp, fullHelp: fullHelp,
	}
	if len(v.snap.Lanes) > 1 {
		f.lanes = v.snap.Lanes
		want, chose := v.snap.Loop, v.lane >= 0
		if chose {
			want = v.lane
		}
		for i, ls := range f.lanes {
			if ls.Loop == want {
				f.focus = i
			}
		}
		f.chose = chose
		// The panes show the focused lane; the output stays the program's.
		ls := *f.lanes[f.focus]
		ls.Output, ls.Step = v.snap.Output, v.snap.Step
		f.snap = &ls
	}
	return f
}

// cycleLane moves the panes to the next lane; after the last they follow
// the step's lane again.
func (v *viewer) cycleLane() {
	n := len(v.tl.trace.Lanes)
	if n <= 1 {
		return
	}
	v.lane++
	if v.lane >= n {
		v.lane = -1
	}
}
