package ui

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// InterviewQuestion is one question of an interview practice session.
type InterviewQuestion struct {
	ID          string
	Ask         string
	Points      []string // what a strong answer makes clear
	RedFlag     string
	FollowUps   []string
	Example     string // the example's name
	ExampleFile string // where it is on disk, to run it
	Lesson      string // the course lesson that covers it
}

// interview is a timed practice session: each question, then what a strong
// answer says, which the candidate ticks off point by point, then a summary.
type interview struct {
	qs       []InterviewQuestion
	cur      int
	revealed bool
	made     [][]bool
	cursor   int
	budget   time.Duration   // per question
	spent    []time.Duration // per question, counted by the session's clock ticks
	done     bool
}

func newInterview(qs []InterviewQuestion, budget time.Duration) *interview {
	iv := &interview{qs: qs, budget: budget, spent: make([]time.Duration, len(qs))}
	for _, q := range qs {
		iv.made = append(iv.made, make([]bool, len(q.Points)))
	}
	if iv.budget <= 0 {
		iv.budget = 3 * time.Minute
	}
	return iv
}

// interviewTickMsg is the session's clock: one a second.
type interviewTickMsg struct{ gen int }

func interviewTick(gen int) tea.Cmd {
	return tea.Tick(time.Second, func(time.Time) tea.Msg { return interviewTickMsg{gen} })
}

func (iv *interview) q() InterviewQuestion { return iv.qs[iv.cur] }

// score counts the points made so far.
func (iv *interview) score() (made, total int) {
	for _, m := range iv.made {
		total += len(m)
		for _, ok := range m {
			if ok {
				made++
			}
		}
	}
	return made, total
}

func (iv *interview) next() {
	if iv.cur+1 >= len(iv.qs) {
		iv.done = true
		return
	}
	iv.cur++
	iv.revealed, iv.cursor = false, 0
}

// interviewKeys are the interview screen's bindings.
type interviewKeys struct {
	Reveal, Up, Down, Toggle, Run, Next, Back, Quit, Help key.Binding
}

func newInterviewKeys() interviewKeys {
	b := func(keys []string, help, desc string) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(help, desc))
	}
	return interviewKeys{
		Reveal: b([]string{"space"}, "space", "show a strong answer"),
		Up:     b([]string{"up", "k"}, "↑/k", "up"),
		Down:   b([]string{"down", "j"}, "↓/j", "down"),
		Toggle: b([]string{"enter", "x"}, "enter/1-6", "I made this point"),
		Run:    b([]string{"r"}, "r", "run the example"),
		Next:   b([]string{"n", "tab"}, "n", "next question"),
		Back:   b([]string{"esc"}, "esc", "end the session"),
		Quit:   b([]string{"q", "ctrl+c"}, "q", "quit"),
		Help:   b([]string{"?"}, "?", "help"),
	}
}

func (k interviewKeys) ShortHelp() []key.Binding {
	return []key.Binding{k.Reveal, k.Toggle, k.Run, k.Next, k.Back, k.Quit}
}

func (k interviewKeys) FullHelp() [][]key.Binding {
	return [][]key.Binding{{k.Reveal, k.Up, k.Down, k.Toggle}, {k.Run, k.Next, k.Back, k.Quit, k.Help}}
}

func (m *Model) interviewKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	iv, k := m.iv, m.ikeys
	if iv.done {
		if key.Matches(msg, k.Back) || msg.String() == "enter" {
			if m.fromHomeInterview {
				m.screen, m.iv, m.fromHomeInterview = screenHome, nil, false
				m.ivGen++
				return m, nil
			}
			return m, tea.Quit
		}
		return m, nil
	}
	switch {
	case key.Matches(msg, k.Back):
		iv.done = true
	case key.Matches(msg, k.Reveal):
		iv.revealed = true
	case key.Matches(msg, k.Next):
		iv.next()
	case key.Matches(msg, k.Run):
		q := iv.q()
		if q.ExampleFile != "" {
			m.screen, m.fromInterview, m.view, m.runErr, m.banner = screenViewer, true, nil, "", ""
			m.file, m.name = q.ExampleFile, q.Example+".js"
			return m, m.startRun(false)
		}
	case !iv.revealed:
	case key.Matches(msg, k.Up):
		iv.cursor = max(iv.cursor-1, 0)
	case key.Matches(msg, k.Down):
		iv.cursor = min(iv.cursor+1, len(iv.q().Points)-1)
	case key.Matches(msg, k.Toggle):
		iv.made[iv.cur][iv.cursor] = !iv.made[iv.cur][iv.cursor]
	default:
		if n, err := strconv.Atoi(msg.Text); err == nil && n >= 1 && n <= len(iv.q().Points) {
			iv.cursor = n - 1
			iv.made[iv.cur][n-1] = !iv.made[iv.cur][n-1]
		}
	}
	return m, nil
}

// minSec writes a duration as m:ss, negative when over time.
func minSec(d time.Duration) string {
	neg := d < 0
	if neg {
		d = -d
	}
	s := fmt.Sprintf("%d:%02d", int(d.Minutes()), int(d.Seconds())%60)
	if neg {
		s = "-" + s
	}
	return s
}

func (iv *interview) draw(th *theme, w, h int, shortHelp, fullHelp string) string {
	if w < minWidth || h < minHeight {
		return tooSmall(th, w, h)
	}
	c := newCanvas(w, h)
	head := newRow(w)
	head.add(th.accent, " loopviz ")
	head.add(th.bold, "interview practice")
	if iv.done {
		made, total := iv.score()
		head.addRight(th.dim, strconv.Itoa(made)+"/"+strconv.Itoa(total)+" points ")
	} else {
		left := iv.budget - iv.spent[iv.cur]
		p := th.dim
		note := minSec(left) + " left"
		if left < 0 {
			p, note = th.warnText, "time's up ("+minSec(-left)+" over)"
		}
		head.addRight(p, "question "+strconv.Itoa(iv.cur+1)+" of "+strconv.Itoa(len(iv.qs))+" · "+note+" ")
	}
	c.put(rect{0, 0, w, 1}, block{head.String()})
	body := rect{0, 1, w, h - 2}
	f := &frame{th: th}
	switch {
	case fullHelp != "":
		c.put(body, f.box(body, "Help", "? or esc closes", func(bw, bh int) block {
			out := make(block, 0, bh)
			for _, line := range strings.Split(fullHelp, "\n") {
				out = append(out, fitStyled(" "+line, bw))
			}
			out = append(out, blank(bw, 1)...)
			for _, l := range wrap("Answer each question out loud or on paper before you look. Then tick the points your answer made: the summary at the end shows what to work on. r runs a program that shows the point in the simulator.", bw-2) {
				out = append(out, newRow(bw).pad(1).add(th.text, l).String())
			}
			return out
		}))
	case iv.done:
		c.put(body, f.box(body, "Summary", "", func(bw, bh int) block { return iv.drawSummary(th, bw, bh) }))
	default:
		c.put(body, f.box(body, "Question "+strconv.Itoa(iv.cur+1), iv.q().ID, func(bw, bh int) block { return iv.drawQuestion(th, bw, bh) }))
	}
	c.put(rect{0, h - 1, w, 1}, block{fitStyled(shortHelp, w)})
	return c.String()
}

func (iv *interview) drawQuestion(th *theme, w, n int) block {
	q := iv.q()
	var out block
	para := func(p paint, indent int, s string) {
		for _, l := range wrap(s, w-2-indent) {
			out = append(out, newRow(w).pad(1+indent).add(p, l).String())
		}
	}
	para(th.title, 0, q.Ask)
	out = append(out, blank(w, 1)...)
	if !iv.revealed {
		para(th.dim, 0, "Answer out loud, or write it down, as you would in the interview. Then press space to see what a strong answer covers, and tick the points you made.")
		if q.Example != "" {
			out = append(out, blank(w, 1)...)
			para(th.dim, 0, "r runs "+q.Example+".js in the simulator: it shows the point at work.")
		}
		return out
	}
	para(th.bold, 0, "A strong answer makes these points. Which did yours make? (1-"+strconv.Itoa(len(q.Points))+" or enter)")
	for i, pt := range q.Points {
		box := "[ ]"
		p := th.text
		if iv.made[iv.cur][i] {
			box, p = "[x]", th.okText
		}
		lines := wrap(pt, w-10)
		for j, l := range lines {
			r := newRow(w)
			switch {
			case j > 0:
				r.pad(9)
			case i == iv.cursor:
				r.add(th.listCursor, " ▸ "+strconv.Itoa(i+1)+" "+box).pad(1)
			default:
				r.pad(3).add(th.dim, strconv.Itoa(i+1)+" ").add(p, box).pad(1)
			}
			r.add(p, l)
			out = append(out, r.String())
		}
	}
	out = append(out, blank(w, 1)...)
	out = append(out, newRow(w).pad(1).add(th.errorText, "Red flag").String())
	para(th.text, 2, q.RedFlag)
	out = append(out, blank(w, 1)...)
	out = append(out, newRow(w).pad(1).add(th.warnText, "Follow-ups").String())
	for _, fu := range q.FollowUps {
		para(th.text, 2, "· "+fu)
	}
	if q.Lesson != "" {
		out = append(out, blank(w, 1)...)
		para(th.dim, 0, "More: loopviz learn "+q.Lesson+" · r runs "+q.Example+".js · n next question")
	}
	return out
}

func (iv *interview) drawSummary(th *theme, w, n int) block {
	var out block
	made, total := iv.score()
	var spent time.Duration
	for _, d := range iv.spent {
		spent += d
	}
	out = append(out, newRow(w).pad(1).add(th.bold, "You made "+strconv.Itoa(made)+" of "+strconv.Itoa(total)+" points ("+strconv.Itoa(iv.scorePercent())+"%) in "+minSec(spent)+".").String())
	out = append(out, blank(w, 1)...)
	for i, q := range iv.qs {
		m := 0
		for _, ok := range iv.made[i] {
			if ok {
				m++
			}
		}
		p := th.okText
		if m < len(q.Points) {
			p = th.warnText
		}
		r := newRow(w).pad(1)
		r.add(p, strconv.Itoa(m)+"/"+strconv.Itoa(len(q.Points))+" ")
		r.add(th.text, q.Ask)
		out = append(out, r.String())
		for j, pt := range q.Points {
			if !iv.made[i][j] && len(out) < n-2 {
				out = append(out, newRow(w).pad(6).add(th.dim, "missed: "+pt).String())
			}
		}
	}
	out = append(out, blank(w, 1)...)
	out = append(out, newRow(w).pad(1).add(th.dim, "Work on the missed points with loopviz learn; enter ends the session.").String())
	return out
}

func (iv *interview) scorePercent() int {
	made, total := iv.score()
	if total == 0 {
		return 0
	}
	return made * 100 / total
}
