package ui

import (
	"hash/fnv"
	"slices"
	"strconv"
	"strings"

	"github.com/loopviz/loopviz/grade"
	"github.com/loopviz/loopviz/sim"
)

// asYouGo is "predict as you go": the simulator stops before every line the
// program prints and asks which of the lines still to come is next, so the
// user meets each rule at the step where it applies.
type asYouGo struct {
	lines   []string // stdout lines in the order the run prints them
	steps   []int    // the step that prints each line
	next    int      // the line to guess next
	asking  bool     // stopped before steps[next], waiting for a guess
	stopAt  int      // the step the question is asked at
	choices []string // the distinct lines still to come, shuffled
	cursor  int
	right   int
	wrong   int
	said    string // feedback on the last guess
	ok      bool   // the last guess was right
}

func newAsYouGo(tr *sim.Trace) *asYouGo {
	a := &asYouGo{}
	var cur strings.Builder
	start := -1
	for _, o := range tr.Output {
		if o.Stream != sim.Stdout {
			continue
		}
		for i := 0; i < len(o.Text); i++ {
			if start < 0 {
				start = int(o.Step)
			}
			if o.Text[i] == '\n' {
				a.lines = append(a.lines, strings.TrimRight(cur.String(), " \t\r"))
				a.steps = append(a.steps, start)
				cur.Reset()
				start = -1
				continue
			}
			cur.WriteByte(o.Text[i])
		}
	}
	if start >= 0 {
		a.lines = append(a.lines, strings.TrimRight(cur.String(), " \t\r"))
		a.steps = append(a.steps, start)
	}
	return a
}

// done reports that every line has been guessed.
func (a *asYouGo) done() bool { return a.next >= len(a.lines) }

// gate stops a move forward that would print the next line: the viewer goes
// to the step before it and asks. old is where the viewer was.
//
// It stops at the last step of the viewer's level before the line, not at
// the statement that prints it: the source pane would give the answer away.
func (a *asYouGo) gate(v *viewer, old int) {
	if a.done() || a.asking {
		if a.asking && v.step != a.stopAt {
			v.goTo(a.stopAt)
		}
		return
	}
	target := a.steps[a.next]
	if old < target && v.step >= target {
		a.stopAt = max(min(old, target-1), v.tl.prev(v.level, target))
		v.goTo(a.stopAt)
		a.ask()
	}
}

// ask lists the distinct lines still to come, in a shuffled order that
// depends only on what is left (the same question looks the same).
func (a *asYouGo) ask() {
	var left []string
	for _, l := range a.lines[a.next:] {
		if !slices.Contains(left, l) {
			left = append(left, l)
		}
	}
	h := fnv.New64a()
	for _, l := range left {
		h.Write([]byte(l))
		h.Write([]byte{0})
	}
	seed := h.Sum64()
	for i := len(left) - 1; i > 0; i-- {
		seed = seed*6364136223846793005 + 1442695040888963407
		j := int((seed >> 33) % uint64(i+1))
		left[i], left[j] = left[j], left[i]
	}
	a.choices, a.cursor, a.asking = left, 0, true
}

// guess answers the question with choice i and moves the viewer onto the
// step that prints the line.
func (a *asYouGo) guess(v *viewer, i int) {
	if !a.asking || i < 0 || i >= len(a.choices) {
		return
	}
	want := a.lines[a.next]
	if a.choices[i] == want {
		a.right++
		a.ok, a.said = true, "✓ right: "+strconv.Quote(want)
	} else {
		a.wrong++
		a.ok, a.said = false, "✗ you said "+strconv.Quote(a.choices[i])+"; the loop prints "+strconv.Quote(want)+"."
		if d, ok := grade.Diverge(v.tl.trace, grade.Verdict{Kind: grade.WrongLine, Line: a.next}); ok {
			a.said += " " + d.Label + ": " + d.Why
		}
	}
	a.asking = false
	v.goTo(a.steps[a.next])
	a.next++
}

// title is the Output pane's note while predicting as you go.
func (a *asYouGo) title() string {
	s := "as you go: " + strconv.Itoa(a.right) + " ✓ " + strconv.Itoa(a.wrong) + " ✗"
	if a.done() {
		s += " · all " + strconv.Itoa(len(a.lines)) + " lines guessed"
	}
	return s
}

// draw is the question, drawn in the Output pane under the lines printed so
// far.
func (a *asYouGo) draw(th *theme, w, h int, printed block) block {
	var q block
	if a.asking {
		q = append(q, newRow(w).pad(1).add(th.warnText, "? which line does the program print next?").String())
		for i, c := range a.choices {
			r := newRow(w)
			text := c
			if text == "" {
				text = "(empty line)"
			}
			if i == a.cursor {
				r.add(th.listCursor, " ▸ "+label(i)+" "+text+" ")
			} else {
				r.pad(3).add(th.accent, label(i)+" ").add(th.text, text)
			}
			q = append(q, r.String())
		}
	}
	if a.said != "" {
		p := th.okText
		if !a.ok {
			p = th.errorText
		}
		for _, l := range wrap(a.said, w-2) {
			q = append(q, newRow(w).pad(1).add(p, l).String())
		}
	}
	if a.done() && !a.asking {
		q = append(q, newRow(w).pad(1).add(th.bold, "You guessed "+strconv.Itoa(a.right)+" of "+strconv.Itoa(len(a.lines))+" lines right.").String())
	}
	room := max(h-len(q), 0)
	if len(printed) > room {
		printed = printed[len(printed)-room:]
	}
	out := append(block{}, printed...)
	out = append(out, q...)
	if len(out) > h {
		out = out[:h]
	}
	return out
}
