package ui

import (
	"strconv"
	"strings"

	"github.com/loopviz/loopviz/sim"
)

func (f *frame) poolTitle() string {
	busy := 0
	for _, sl := range f.snap.Slots {
		if sl.Entry != 0 {
			busy++
		}
	}
	title := strconv.Itoa(busy) + "/" + strconv.Itoa(f.tl.run.poolSize()) + " busy"
	if n := len(f.snap.Work); n > 0 {
		title += " · " + strconv.Itoa(n) + " waiting"
	}
	return title
}

// pool draws one row per threadpool slot (idle, or its job with a bar that
// fills up to the job's finish time) and the work waiting for a free slot.
func (f *frame) pool(w, h int) block {
	th := f.th
	t := f.tl.trace
	s := f.snap
	size := f.tl.run.poolSize()
	out := make(block, 0, h)
	if !f.tl.usage.pool {
		r := newRow(w).pad(1)
		r.add(th.dim, strconv.Itoa(size)+" slots, not used by this program (fs, dns.lookup, crypto and zlib use them)")
		return append(out, r.String())
	}
	slotRows := min(size, h-1)
	barW := 12
	if w < 50 {
		barW = 6
	}
	numW := len(strconv.Itoa(size))
	for i := 0; i < slotRows; i++ {
		r := newRow(w).pad(1)
		if i == slotRows-1 && slotRows < size {
			busy := 0
			for _, sl := range s.Slots[min(i, len(s.Slots)):] {
				if sl.Entry != 0 {
					busy++
				}
			}
			r.add(th.dim, "… "+strconv.Itoa(size-i)+" more slots, "+strconv.Itoa(busy)+" busy")
			out = append(out, r.String())
			break
		}
		num := strconv.Itoa(i + 1)
		r.pad(numW - len(num))
		r.add(th.dim, num+" ")
		var sl sim.SlotView
		if i < len(s.Slots) {
			sl = s.Slots[i]
		}
		if sl.Entry == 0 {
			r.add(th.barEmpty, strings.Repeat("░", barW))
			r.add(th.dim, " idle")
			out = append(out, r.String())
			continue
		}
		frac := 1.0
		if span := sl.End - sl.Start; span > 0 {
			frac = float64(s.Time-sl.Start) / float64(span)
		}
		f.bar(r, frac, barW)
		r.add(th.dim, " until "+sl.End.String()+"  ")
		r.add(th.text, t.EntryLabel(sl.Entry))
		out = append(out, r.String())
	}
	if len(out) < h {
		r := newRow(w).pad(1)
		if len(s.Work) == 0 {
			r.add(th.dim, "no work waiting for a slot")
		} else {
			r.add(th.queue[sim.QueueWork], "waiting ")
			for i, id := range s.Work {
				if r.room() < 8 {
					r.add(th.dim, "…")
					break
				}
				if i > 0 {
					r.add(th.dim, " · ")
				}
				r.add(th.text, t.EntryLabel(id))
			}
		}
		out = append(out, r.String())
	}
	return out
}

// bar draws a progress bar of barW cells filled to frac (0..1), with eighth
// blocks for the partial cell.
func (f *frame) bar(r *row, frac float64, barW int) {
	th := f.th
	frac = max(0, min(frac, 1))
	eighths := int(frac*float64(barW*8) + 0.5)
	full := eighths / 8
	var b strings.Builder
	b.WriteString(strings.Repeat("█", full))
	rest := barW - full
	if part := eighths % 8; part > 0 && rest > 0 {
		b.WriteRune([]rune("▏▎▍▌▋▊▉")[part-1])
		rest--
	}
	r.add(th.barFull, b.String())
	r.add(th.barEmpty, strings.Repeat("░", rest))
}

// io draws operating-system I/O in flight (soonest first) and the open
// handles and streams, a stream with its buffer against its highWaterMark.
func (f *frame) io(w, h int) block {
	th := f.th
	t := f.tl.trace
	s := f.snap
	out := make(block, 0, h)
	if len(s.InFlight) == 0 && len(s.Handles) == 0 {
		r := newRow(w).pad(1)
		if f.tl.usage.io {
			r.add(th.dim, "nothing in flight, no open handles or streams")
		} else {
			r.add(th.dim, "no network I/O, handles or streams in this program")
		}
		return append(out, r.String())
	}
	total := len(s.InFlight) + len(s.Handles)
	for i := 0; i < total && len(out) < h; i++ {
		r := newRow(w).pad(1)
		if len(out) == h-1 && i < total-1 {
			r.add(th.dim, "… "+strconv.Itoa(total-i)+" more")
			out = append(out, r.String())
			break
		}
		if i < len(s.InFlight) {
			v := s.InFlight[i]
			r.add(th.queue[sim.QueueIO], "~ ")
			r.add(th.text, t.EntryLabel(v.Entry))
			r.add(th.dim, "  in flight until "+v.Due.String())
			out = append(out, r.String())
			continue
		}
		hv := s.Handles[i-len(s.InFlight)]
		e := t.Entry(hv.Entry)
		if e.Kind == sim.EntryStream {
			r.add(th.queue[sim.QueueIO], "≋ ")
			frac := 0.0
			if hv.HighWater > 0 {
				frac = float64(hv.Level) / float64(hv.HighWater)
			}
			f.bar(r, frac, 8)
			over := ""
			if hv.Level > hv.HighWater {
				over = " over"
			}
			r.add(th.dim, " "+sizeOf(hv.Level)+"/"+sizeOf(hv.HighWater)+over+" ")
			r.add(th.text, e.Label)
		} else {
			if hv.Ref {
				r.add(th.queue[sim.QueueIO], "● ")
				r.add(th.text, e.Label)
				r.add(th.dim, "  ref'd: keeps the loop alive")
			} else {
				r.add(th.dim, "○ ")
				r.add(th.text, e.Label)
				r.add(th.dim, "  unref'd")
			}
		}
		out = append(out, r.String())
	}
	return out
}

func (f *frame) outputTitle() string {
	n := f.tl.linesAt(f.step)
	title := strconv.Itoa(n) + " lines"
	if n == 1 {
		title = "1 line"
	}
	if f.ayg != nil {
		return title + " · " + f.ayg.title()
	}
	if f.predicted != nil {
		right, wrong := f.predictionScore()
		title += " · your prediction: " + strconv.Itoa(right) + " ✓ " + strconv.Itoa(wrong) + " ✗"
	}
	if f.pick >= 0 {
		title += " · pick one: ↑↓ enter esc"
	}
	return title
}

// outputWindow is the first output line shown in a pane h lines high: the
// last lines printed, or the lines around the one being picked.
func outputWindow(printed, h, pick int) int {
	if pick >= 0 {
		return max(0, min(pick-h/2, printed-h))
	}
	return max(0, printed-h)
}

// output draws what the program printed so far: stderr marked "!", and the
// lines this step printed marked "▶".
func (f *frame) output(w, h int) block {
	if f.ayg != nil {
		printed := f.outputLines(w, h)
		return f.ayg.draw(f.th, w, h, printed)
	}
	return f.outputLines(w, h)
}

func (f *frame) outputLines(w, h int) block {
	th := f.th
	tl := f.tl
	printed := tl.linesAt(f.step)
	out := make(block, 0, h)
	if printed == 0 {
		return append(out, newRow(w).pad(1).add(th.dim, "nothing printed yet").String())
	}
	cur := int32(-1)
	if st := tl.trace.Step(f.step); st.Kind == sim.KindOutput {
		cur = int32(st.Arg)
	}
	// The stdout lines before the window, to number the ones in it.
	first := outputWindow(printed, h, f.pick)
	k := 0
	for i := 0; i < first; i++ {
		if !tl.lines[i].stderr {
			k++
		}
	}
	for i := first; i < printed && len(out) < h; i++ {
		l := tl.lines[i]
		r := newRow(w)
		mark, markP, textP := " ", th.text, th.stdout
		if l.stderr {
			textP = th.stderr
		}
		if l.output == cur {
			mark, markP, textP = "▶", th.accent, th.outCurrent
			if l.stderr {
				textP = th.stderr
			}
		}
		if i == f.pick {
			mark, markP, textP = "›", th.accent, th.outPick
		}
		r.add(markP, mark)
		if l.stderr {
			r.add(th.stderr, "!")
		} else {
			r.pad(1)
		}
		r.add(textP, l.text)
		if f.predicted != nil && !l.stderr {
			f.predictionMark(r, k, l.text)
		}
		if !l.stderr {
			k++
		}
		if i == f.pick || (l.output == cur && !l.stderr) {
			r.fill(textP, " ")
		}
		out = append(out, r.String())
	}
	return out
}

// predictionMark marks stdout line k against the user's prediction: ✓ when
// they predicted this line here, else ✗ and what they said.
func (f *frame) predictionMark(r *row, k int, text string) {
	th := f.th
	switch {
	case k < len(f.predicted) && f.predicted[k] == strings.TrimRight(text, " \t"):
		r.add(th.okText, "  ✓")
	case k < len(f.predicted):
		r.add(th.errorText, "  ✗ you: ")
		r.add(th.dim, f.predicted[k])
	default:
		r.add(th.errorText, "  ✗ you: ")
		r.add(th.dim, "(no more lines)")
	}
}

// predictionScore counts the stdout lines printed so far that the user
// predicted right and wrong.
func (f *frame) predictionScore() (right, wrong int) {
	k := 0
	for i := 0; i < f.tl.linesAt(f.step); i++ {
		l := f.tl.lines[i]
		if l.stderr {
			continue
		}
		if k < len(f.predicted) && f.predicted[k] == strings.TrimRight(l.text, " \t") {
			right++
		} else {
			wrong++
		}
		k++
	}
	return right, wrong
}
