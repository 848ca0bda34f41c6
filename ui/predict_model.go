package ui

import (
	"errors"
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/loopviz/loopviz/progress"
)

// findPuzzle returns the puzzle with this id, or nil.
func (m *Model) findPuzzle(id string) *Puzzle {
	if id == "" {
		return nil
	}
	for i := range m.opts.Puzzles {
		if m.opts.Puzzles[i].ID == id {
			return &m.opts.Puzzles[i]
		}
	}
	return nil
}

// nextUnsolved is the first puzzle not solved yet after the one with id
// (from the start when id is ""), wrapping around; nil when all are solved.
func nextUnsolved(puzzles []Puzzle, st *progress.State, after string) *Puzzle {
	start := 0
	for i := range puzzles {
		if puzzles[i].ID == after {
			start = i + 1
		}
	}
	for k := range puzzles {
		p := &puzzles[(start+k)%len(puzzles)]
		if p.ID != after && !st.Puzzle(p.ID).Solved {
			return p
		}
	}
	return nil
}

// openPuzzle shows a puzzle's prediction screen, with the loop panes hidden.
func (m *Model) openPuzzle(p *Puzzle) {
	m.stopPlay()
	m.judgeGen++
	m.pred = newPredict(p)
	m.pred.warn = m.opts.Warning
	m.screen, m.view, m.runErr, m.loading, m.banner, m.fromPredict = screenPredict, nil, "", false, "", false
	m.file, m.name = p.File, p.ID+".js"
	m.runGen++
}

func (m *Model) predictKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	pr, k := m.pred, m.pkeys
	switch pr.mode {
	case modeTyping:
		switch msg.String() {
		case "enter":
			pr.applyTyped()
			pr.mode = modeOrder
		case "esc":
			pr.typed, pr.mode = "", modeOrder
		case "backspace":
			if pr.typed != "" {
				pr.typed = pr.typed[:len(pr.typed)-1]
			}
		case "ctrl+c":
			return m, tea.Quit
		default:
			if t := msg.Text; t != "" && !strings.ContainsAny(t, " \t") {
				pr.typed += strings.ToLower(t)
			}
		}
		return m, nil
	case modeOpen:
		switch msg.String() {
		case "ctrl+d":
			return m, m.submit()
		case "enter":
			pr.open += "\n"
		case "esc":
			pr.mode = modeOrder
		case "backspace":
			if r := []rune(pr.open); len(r) > 0 {
				pr.open = string(r[:len(r)-1])
			}
		case "ctrl+c":
			return m, tea.Quit
		default:
			pr.open += msg.Text
		}
		return m, nil
	case modeJudging:
		if key.Matches(msg, k.Back) {
			m.judgeGen++
			pr.mode = modeOrder
		}
		return m, nil
	case modeVerdict:
		return m.verdictKey(msg)
	}
	switch {
	case key.Matches(msg, k.Back):
		if len(m.opts.Scenarios) > 0 {
			m.judgeGen++
			m.screen, m.pred = screenHome, nil
		}
	case key.Matches(msg, k.MoveUp):
		pr.carry(-1)
	case key.Matches(msg, k.MoveDown):
		pr.carry(1)
	case key.Matches(msg, k.Up):
		pr.move(-1)
	case key.Matches(msg, k.Down):
		pr.move(1)
	case key.Matches(msg, k.TypeOrder):
		pr.mode, pr.typed = modeTyping, ""
	case key.Matches(msg, k.OpenAnswer):
		pr.mode = modeOpen
	case key.Matches(msg, k.Hint):
		pr.revealHint()
	case key.Matches(msg, k.Submit):
		return m, m.submit()
	case key.Matches(msg, k.AsYouGo):
		return m, m.startAsYouGo()
	}
	return m, nil
}

// startAsYouGo runs the puzzle and opens it in the simulator, predicting
// as you go.
func (m *Model) startAsYouGo() tea.Cmd {
	m.judgeGen++
	m.screen, m.fromPredict, m.view, m.runErr, m.banner = screenViewer, true, nil, "", ""
	m.aygPending = true
	return m.startRun(false)
}

// asYouGoKey answers the question the simulator asks before a line.
func (m *Model) asYouGoKey(msg tea.KeyPressMsg) bool {
	v := m.view
	a := v.ayg
	switch msg.String() {
	case "up", "k":
		a.cursor = max(a.cursor-1, 0)
	case "down", "j":
		a.cursor = min(a.cursor+1, len(a.choices)-1)
	case "enter", "space":
		a.guess(v, a.cursor)
	default:
		t := msg.Text
		if len(t) != 1 {
			return false
		}
		for i := range a.choices {
			if label(i) == t {
				a.guess(v, i)
				return true
			}
		}
		return false
	}
	return true
}

func (m *Model) verdictKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	pr, k := m.pred, m.pkeys
	switch {
	case key.Matches(msg, k.Submit):
		m.openDivergence()
	case key.Matches(msg, k.Retry):
		if pr.canRetry() {
			pr.mode = modeOrder
			if pr.open != "" {
				pr.mode = modeOpen
			}
		}
	case key.Matches(msg, k.Hint):
		if pr.canRetry() {
			pr.revealHint()
		}
	case key.Matches(msg, k.Next):
		if p := nextUnsolved(m.opts.Puzzles, m.prog, pr.p.ID); p != nil {
			m.openPuzzle(p)
		}
	case key.Matches(msg, k.Back):
		if len(m.opts.Scenarios) > 0 {
			m.screen, m.pred = screenHome, nil
		}
	}
	return m, nil
}

// submit grades the answer in the background: the caller's JudgeFunc runs
// the program.
func (m *Model) submit() tea.Cmd {
	pr := m.pred
	answer := pr.answer()
	pr.mode, pr.err = modeJudging, ""
	m.judgeGen++
	gen, judge, p := m.judgeGen, m.opts.Judge, pr.p
	return func() (msg tea.Msg) {
		defer func() {
			if r := recover(); r != nil {
				msg = judgedMsg{gen: gen, err: errInternal(r)}
			}
		}()
		if judge == nil {
			return judgedMsg{gen: gen, err: errNoJudge}
		}
		j, err := judge(p, answer)
		return judgedMsg{gen: gen, judged: j, err: err}
	}
}

// judgedDone shows the verdict, scores it and saves the attempt.
func (m *Model) judgedDone(msg judgedMsg) tea.Cmd {
	pr := m.pred
	if pr == nil || msg.gen != m.judgeGen {
		return nil
	}
	if msg.err != nil || msg.judged == nil {
		pr.mode = modeOrder
		if msg.err != nil {
			pr.err = msg.err.Error()
		}
		return nil
	}
	pr.tries++
	pr.judged = msg.judged
	pr.mode = modeVerdict
	a := progress.Attempt{Puzzle: pr.p.ID, Topic: pr.p.TopicID, Right: msg.judged.Verdict.Right(), Hints: pr.hints}
	if a.Right {
		pr.points = progress.Score(pr.p.Difficulty, pr.hints, pr.tries)
		a.Points = pr.points
	}
	m.prog.Apply(a)
	if rec := m.opts.Record; rec != nil {
		return func() tea.Msg { return recordedMsg{err: rec(a)} }
	}
	return nil
}

// openDivergence opens the simulator on the judged run: at the step where
// the loop went another way for a wrong answer, from the start for a right
// one.
func (m *Model) openDivergence() {
	pr := m.pred
	if pr.judged == nil || pr.judged.Run == nil || pr.judged.Run.Trace == nil || pr.judged.Run.Trace.Len() == 0 {
		return
	}
	v := newViewer(pr.judged.Run, pr.p.ID+".js", m.opts.Level)
	m.banner = ""
	if j := pr.judged; !j.Verdict.Right() && j.HasDivergence {
		v.goTo(j.Divergence.Step)
		m.banner = divergenceBanner(j.Verdict)
	} else {
		v.first()
	}
	m.view, m.screen, m.fromPredict, m.runErr = v, screenViewer, true, ""
}

// orderAnswer is the ordered lines as text.
func (pr *predict) orderAnswer() string {
	var b strings.Builder
	for _, i := range pr.order {
		b.WriteString(pr.p.Lines[i])
		b.WriteByte('\n')
	}
	return b.String()
}

var errNoJudge = errors.New("loopviz cannot grade answers here")

func errInternal(r any) error {
	return fmt.Errorf("loopviz internal error while grading: %v (this is a bug in loopviz: please report it with the puzzle)", r)
}
