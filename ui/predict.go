package ui

import (
	"hash/fnv"
	"strconv"
	"strings"

	"github.com/loopviz/loopviz/grade"
	"github.com/loopviz/loopviz/progress"
)

// Puzzle is a "predict the output" puzzle as the prediction screen shows it.
type Puzzle struct {
	ID          string
	Title       string
	Topic       string // the topic's name
	TopicID     string
	Difficulty  int // 1 to 3
	Hints       []string
	Explanation string
	Lesson      string // the related lesson's id ("" for none)
	Racy        bool
	File        string // where it is on disk, to run it
	Source      []byte
	Lines       []string        // what the program prints, in one right order; shown shuffled
	State       []StateQuestion // questions about the loop's state, asked when predicting as you go
}

// Judged is an answer graded by the caller, who runs the program.
type Judged struct {
	Verdict grade.Verdict
	Orders  int  // how many outputs are right (more than one: the program races)
	Run     *Run // the run that printed the closest right output: the step-through
	// Divergence is where that run printed something else than the answer
	// (when Verdict is wrong and HasDivergence).
	Divergence    grade.Divergence
	HasDivergence bool
}

// JudgeFunc grades an answer to a puzzle. Its error is for a program that
// could not run at all.
type JudgeFunc func(p *Puzzle, answer string) (*Judged, error)

// RecordFunc saves an attempt; its error is shown as a warning.
type RecordFunc func(a progress.Attempt) error

// maxAttempts is how many answers a puzzle takes before the answer is shown.
const maxAttempts = 2

// predictMode is what the prediction screen is doing.
type predictMode uint8

const (
	modeOrder   predictMode = iota // arranging the shuffled lines
	modeTyping                     // typing the order as letters
	modeOpen                       // typing the answer freely
	modeJudging                    // waiting for the verdict
	modeVerdict                    // showing the verdict
)

// predict is the prediction screen's state: one puzzle, the user's answer
// so far, hints revealed, attempts, and the last verdict.
type predict struct {
	p      *Puzzle
	src    *sourceFile
	order  []int // the user's order: indices into p.Lines
	labels []int // each line's letter: its place in the first, shuffled order
	cursor int   // the selected position in order
	mode   predictMode
	typed  string // modeTyping: the letters typed so far
	open   string // modeOpen: the answer typed so far
	hints  int    // hints revealed
	tries  int    // answers submitted
	judged *Judged
	points int // earned by a right answer
	// hintsHere: the hints do not fit under the code and go in the answer
	// pane (worked out by draw for the size being drawn).
	hintsHere bool
	err       string // the last judge failed
	warn      string // saving progress failed
}

func newPredict(p *Puzzle) *predict {
	pr := &predict{p: p, src: newSourceFile(p.ID+".js", p.Source), order: shuffled(p.ID, len(p.Lines))}
	pr.labels = make([]int, len(p.Lines))
	for pos, i := range pr.order {
		pr.labels[i] = pos
	}
	return pr
}

// shuffled is a deterministic shuffle of 0..n-1 seeded by the puzzle's id,
// so the same puzzle always starts from the same (wrong) order.
func shuffled(id string, n int) []int {
	order := make([]int, n)
	for i := range order {
		order[i] = i
	}
	h := fnv.New64a()
	h.Write([]byte(id))
	seed := h.Sum64()
	for i := n - 1; i > 0; i-- {
		seed = seed*6364136223846793005 + 1442695040888963407
		j := int((seed >> 33) % uint64(i+1))
		order[i], order[j] = order[j], order[i]
	}
	inOrder := true
	for i, v := range order {
		if v != i {
			inOrder = false
		}
	}
	if inOrder && n > 1 { // never hand out the answer
		order = append(order[1:], order[0])
	}
	return order
}

// label is the letter a line keeps wherever it moves: the order can be
// typed as letters.
func label(i int) string {
	if i < 26 {
		return string(rune('a' + i))
	}
	return strconv.Itoa(i)
}

// answer is the user's prediction as text: what they typed in the open
// answer mode, else the lines in their order.
func (pr *predict) answer() string {
	if pr.mode == modeOpen {
		return pr.open
	}
	return pr.orderAnswer()
}

func (pr *predict) move(d int) {
	if len(pr.order) > 0 {
		pr.cursor = max(0, min(pr.cursor+d, len(pr.order)-1))
	}
}

// carry moves the selected line up (d < 0) or down, keeping it selected.
func (pr *predict) carry(d int) {
	j := pr.cursor + d
	if j < 0 || j >= len(pr.order) {
		return
	}
	pr.order[pr.cursor], pr.order[j] = pr.order[j], pr.order[pr.cursor]
	pr.cursor = j
}

// applyTyped puts the typed letters' lines first, in the typed order, and
// the others after them as they were. Unknown letters and repeats are
// ignored.
func (pr *predict) applyTyped() {
	var first []int
	seen := map[int]bool{}
	for _, r := range pr.typed {
		for i := range pr.p.Lines {
			if label(pr.labels[i]) == string(r) && !seen[i] {
				first = append(first, i)
				seen[i] = true
			}
		}
	}
	for _, i := range pr.order {
		if !seen[i] {
			first = append(first, i)
		}
	}
	pr.order, pr.cursor, pr.typed = first, 0, ""
}

// revealHint shows the next hint, if any is left.
func (pr *predict) revealHint() bool {
	if pr.hints < len(pr.p.Hints) {
		pr.hints++
		return true
	}
	return false
}

// canRetry reports whether a wrong answer may be tried again.
func (pr *predict) canRetry() bool {
	return pr.judged != nil && !pr.judged.Verdict.Right() && pr.tries < maxAttempts
}

// solved reports a right verdict.
func (pr *predict) solved() bool { return pr.judged != nil && pr.judged.Verdict.Right() }

// stars draws a difficulty.
func stars(n int) string {
	return strings.Repeat("★", n) + strings.Repeat("☆", max(3-n, 0))
}

// predictLayout places the prediction screen's parts.
type predictLayout struct {
	header, code, answer, help rect
}

// computePredictLayout gives the code the room its longest line needs (the
// code is what the user reasons about), leaving the answer at least 32
// columns.
func computePredictLayout(w, h, longest int) predictLayout {
	codeW := max(min(longest+8, w-32), 40)
	return predictLayout{
		header: rect{0, 0, w, 1},
		code:   rect{0, 1, codeW, h - 2},
		answer: rect{codeW, 1, w - codeW, h - 2},
		help:   rect{0, h - 1, w, 1},
	}
}

// draw renders the prediction or verdict screen.
func (pr *predict) draw(th *theme, w, h int, shortHelp, fullHelp string) string {
	if w < minWidth || h < minHeight {
		return tooSmall(th, w, h)
	}
	longest := 0
	for _, line := range pr.src.lines {
		n := 0
		for _, sp := range line {
			n += textWidth(sp.text)
		}
		longest = max(longest, n)
	}
	l := computePredictLayout(w, h, longest)
	c := newCanvas(w, h)
	c.put(l.header, block{pr.header(th, w)})
	f := &frame{th: th}
	if fullHelp != "" {
		middle := rect{0, 1, w, h - 2}
		c.put(middle, f.box(middle, "Help", "? or esc closes", func(bw, bh int) block {
			out := make(block, 0, bh)
			for _, line := range strings.Split(fullHelp, "\n") {
				out = append(out, fitStyled(" "+line, bw))
			}
			out = append(out, blank(bw, 1)...)
			for _, t := range wrap("Put the lines in the order the program prints them, then press enter. Each hint costs 3 points; a second try halves the score. A wrong answer shows the first line where the loop went another way, and opens the simulator there.", bw-2) {
				out = append(out, newRow(bw).pad(1).add(th.text, t).String())
			}
			return out
		}))
	} else {
		codeIn := l.code.inner()
		pr.hintsHere = pr.hints > 0 && len(pr.src.lines)+1+len(pr.drawHints(th, codeIn.w)) > codeIn.h
		c.put(l.code, f.box(l.code, "Program", pr.p.ID+".js", func(bw, bh int) block { return pr.drawCode(th, bw, bh) }))
		title, note := "Your prediction", pr.answerNote()
		if pr.mode == modeVerdict {
			title, note = "Verdict", "attempt "+strconv.Itoa(pr.tries)+" of "+strconv.Itoa(maxAttempts)
		}
		c.put(l.answer, f.box(l.answer, title, note, func(bw, bh int) block {
			if pr.mode == modeVerdict {
				return pr.drawVerdict(th, bw, bh)
			}
			return pr.drawAnswer(th, bw, bh)
		}))
	}
	c.put(l.help, block{fitStyled(shortHelp, w)})
	return c.String()
}

func (pr *predict) header(th *theme, w int) string {
	right := newRow(w)
	right.add(th.accent, stars(pr.p.Difficulty))
	right.add(th.dim, " "+pr.p.Topic+" · hints "+strconv.Itoa(pr.hints)+"/"+strconv.Itoa(len(pr.p.Hints))+" ")
	left := newRow(max(w-right.used-1, 0))
	left.add(th.accent, " loopviz ")
	left.add(th.dim, "predict the output · ")
	left.add(th.bold, pr.p.Title)
	return fitStyled(left.String()+" "+right.b.String(), w)
}

func (pr *predict) answerNote() string {
	switch pr.mode {
	case modeOpen:
		return "typing it"
	case modeTyping:
		return "typing the order"
	case modeJudging:
		return "running it…"
	}
	return strconv.Itoa(len(pr.order)) + " lines to order"
}

// drawCode is the program with line numbers, and the hints revealed under it.
func (pr *predict) drawCode(th *theme, w, n int) block {
	out := make(block, 0, n)
	numW := max(len(strconv.Itoa(len(pr.src.lines))), 2)
	hints := pr.drawHints(th, w)
	if len(pr.src.lines)+1+len(hints) > n {
		hints = nil // no room under the code: the answer pane shows them
	}
	room := n - len(hints)
	if len(hints) > 0 {
		room-- // a blank line between code and hints
	}
	for i, line := range pr.src.lines {
		if len(out) >= room {
			break
		}
		r := newRow(w)
		num := strconv.Itoa(i + 1)
		r.pad(1 + numW - len(num))
		r.add(th.lineNo, num)
		r.add(th.border, "│")
		for _, sp := range line {
			r.add(th.tok[sp.class], sp.text)
		}
		out = append(out, r.String())
	}
	if len(hints) > 0 {
		for len(out) < n-len(hints) {
			out = append(out, blank(w, 1)...)
		}
		out = append(out, hints...)
	}
	return out
}

// drawHints is the hints revealed so far.
func (pr *predict) drawHints(th *theme, w int) block {
	if pr.hints == 0 {
		return nil
	}
	hints := block{newRow(w).pad(1).add(th.warnText, "Hints").add(th.dim, " (−3 points each)").String()}
	for i := 0; i < pr.hints; i++ {
		for j, l := range wrap(pr.p.Hints[i], w-5) {
			r := newRow(w).pad(1)
			if j == 0 {
				r.add(th.warnText, strconv.Itoa(i+1)+". ")
			} else {
				r.pad(3)
			}
			hints = append(hints, r.add(th.text, l).String())
		}
	}
	return hints
}

// drawAnswer is the list of lines being ordered, or the open answer.
func (pr *predict) drawAnswer(th *theme, w, n int) block {
	out := make(block, 0, n)
	add := func(p paint, s string) {
		for _, l := range wrap(s, w-2) {
			out = append(out, newRow(w).pad(1).add(p, l).String())
		}
	}
	if pr.mode == modeOpen {
		add(th.dim, "Type what the program prints, one line per line. ctrl+d submits; esc goes back to ordering the lines.")
		out = append(out, blank(w, 1)...)
		lines := strings.Split(pr.open, "\n")
		for i, l := range lines {
			r := newRow(w).pad(1)
			r.add(th.text, l)
			if i == len(lines)-1 {
				r.add(th.listCursor, " ")
			}
			out = append(out, r.String())
		}
	} else {
		add(th.dim, "In what order does the program print these lines?")
		out = append(out, blank(w, 1)...)
		for pos, i := range pr.order {
			r := newRow(w)
			line := pr.p.Lines[i]
			if line == "" {
				line = "(empty line)"
			}
			if pos == pr.cursor && pr.mode == modeOrder {
				r.add(th.listCursor, " ▸ "+strconv.Itoa(pos+1)+". ")
			} else {
				r.pad(1).add(th.dim, "  "+strconv.Itoa(pos+1)+". ")
			}
			r.add(th.accent, label(pr.labels[i])+" ")
			r.add(th.text, line)
			out = append(out, r.String())
		}
		if pr.mode == modeTyping {
			out = append(out, blank(w, 1)...)
			r := newRow(w).pad(1)
			r.add(th.bold, "order: ")
			r.add(th.text, pr.typed)
			r.add(th.listCursor, " ")
			out = append(out, r.String())
			add(th.dim, "Type the letters in the order they print, then enter (esc cancels).")
		}
	}
	if pr.hintsHere {
		// The hints do not fit under the code: they come here, right
		// under the lines.
		out = append(append(out, blank(w, 1)...), pr.drawHints(th, w)...)
	} else if pr.mode == modeOrder && pr.tries == 0 {
		out = append(out, blank(w, 1)...)
		add(th.dim, "Or press p to predict as you go: the simulator stops before each line and asks which comes next.")
	}
	if pr.mode == modeJudging {
		out = append(out, blank(w, 1)...)
		add(th.dim, "Running the program to check your answer…")
	}
	if pr.err != "" {
		out = append(out, blank(w, 1)...)
		add(th.errorText, pr.err)
	}
	if pr.tries > 0 && pr.canRetry() {
		out = append(out, blank(w, 1)...)
		add(th.warnText, "Second attempt: a right answer now earns half the points.")
	}
	return pr.withWarn(th, out, w)
}

// drawVerdict is the verdict: right with the explanation, or wrong with
// the first divergent line marked and the loop's reason.
func (pr *predict) drawVerdict(th *theme, w, n int) block {
	out := make(block, 0, n)
	para := func(p paint, s string) {
		for _, l := range wrap(s, w-2) {
			out = append(out, newRow(w).pad(1).add(p, l).String())
		}
	}
	j := pr.judged
	v := j.Verdict
	if v.Right() {
		r := newRow(w).pad(1)
		r.add(th.okText, "✓ Right!")
		r.add(th.bold, "  +"+strconv.Itoa(pr.points)+" points")
		out = append(out, r.String())
		if j.Orders > 1 {
			para(th.dim, "This program races: your order is one of "+strconv.Itoa(j.Orders)+" the loop allows.")
		}
		if note := exitNote(j.Run); note != "" {
			para(th.dim, note)
		}
		out = append(out, blank(w, 1)...)
		para(th.text, pr.p.Explanation)
		pr.lessonLine(th, &out, w)
		out = append(out, blank(w, 1)...)
		para(th.dim, "enter: step through the run in the simulator · n: next puzzle")
		return pr.withWarn(th, out, w)
	}
	out = append(out, newRow(w).pad(1).add(th.errorText, "✗ Not quite: "+verdictSummary(v)).String())
	out = append(out, blank(w, 1)...)
	// The answer, line by line: right up to the divergence, then the mark.
	for i, l := range v.Answer {
		r := newRow(w).pad(1)
		switch {
		case i < v.Line:
			r.add(th.okText, "✓ ").add(th.text, l)
		case i == v.Line:
			r.add(th.errorText, "✗ "+l)
		default:
			r.add(th.dim, "  "+l)
		}
		out = append(out, r.String())
		if i == v.Line && v.Kind == grade.WrongLine {
			out = append(out, newRow(w).pad(3).add(th.dim, "the loop printed: ").add(th.bold, v.Want).String())
		}
	}
	if v.Kind == grade.Missing || v.Kind == grade.Empty {
		out = append(out, newRow(w).pad(1).add(th.errorText, "✗ ").add(th.dim, "the loop printed next: ").add(th.bold, v.Want).String())
	}
	if j.HasDivergence {
		out = append(out, blank(w, 1)...)
		out = append(out, newRow(w).pad(1).add(th.warnText, "Where the loop went another way").add(th.dim, " · step "+strconv.Itoa(j.Divergence.Step)).String())
		para(th.bold, j.Divergence.Label)
		para(th.text, j.Divergence.Why)
	}
	out = append(out, blank(w, 1)...)
	if pr.canRetry() {
		para(th.dim, "enter: see it in the simulator · r: try again (one attempt left) · h: a hint")
	} else {
		para(th.bold, "The answer:")
		for _, l := range v.Lines {
			out = append(out, newRow(w).pad(3).add(th.text, l).String())
		}
		if note := exitNote(j.Run); note != "" {
			para(th.dim, note)
		}
		out = append(out, blank(w, 1)...)
		para(th.text, pr.p.Explanation)
		pr.lessonLine(th, &out, w)
		out = append(out, blank(w, 1)...)
		para(th.dim, "enter: see it in the simulator · n: next puzzle")
	}
	return pr.withWarn(th, out, w)
}

// lessonLine points to the lesson that teaches the puzzle's rule.
func (pr *predict) lessonLine(th *theme, out *block, w int) {
	if pr.p.Lesson != "" {
		*out = append(*out, newRow(w).pad(1).add(th.dim, "More on this: ").add(th.bold, "loopviz learn "+pr.p.Lesson).String())
	}
}

func (pr *predict) withWarn(th *theme, out block, w int) block {
	if pr.warn != "" {
		out = append(out, blank(w, 1)...)
		for _, l := range wrap("warning: "+pr.warn, w-2) {
			out = append(out, newRow(w).pad(1).add(th.warnText, l).String())
		}
	}
	return out
}

// exitNote says how the program ended when that is part of the story: a
// non-zero exit code, an error report on stderr.
func exitNote(run *Run) string {
	if run == nil || run.Trace == nil {
		return ""
	}
	stderr := run.Trace.Stderr() != ""
	switch {
	case run.ExitCode != 0 && stderr:
		return "Then the program writes an error to stderr and exits with code " + strconv.Itoa(run.ExitCode) + "."
	case run.ExitCode != 0:
		return "Then the program exits with code " + strconv.Itoa(run.ExitCode) + "."
	case stderr:
		return "It also writes to stderr (not part of the answer)."
	}
	return ""
}

// verdictSummary says in a few words how the answer went wrong.
func verdictSummary(v grade.Verdict) string {
	n := strconv.Itoa(v.Line + 1)
	switch v.Kind {
	case grade.Missing:
		return "the loop prints more lines than your " + strconv.Itoa(len(v.Answer)) + "."
	case grade.Extra:
		return "line " + n + " is never printed."
	case grade.Empty:
		return "your answer is empty."
	}
	return "line " + n + " is where the loop disagrees."
}

// divergenceBanner is the simulator's headline when it opens at the step
// where the loop did something else than the answer said.
func divergenceBanner(v grade.Verdict) string {
	n := strconv.Itoa(v.Line + 1)
	switch v.Kind {
	case grade.Extra:
		return "line " + n + " of your answer, " + strconv.Quote(v.Got) + ", never comes: here the loop runs out of work"
	case grade.Missing, grade.Empty:
		return "you expected no line " + n + "; here the loop prints " + strconv.Quote(v.Want)
	}
	return "line " + n + ": you said " + strconv.Quote(v.Got) + ", here the loop prints " + strconv.Quote(v.Want)
}
