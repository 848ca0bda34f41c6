// Package grade compares a predicted output with the outputs a program is
// known to print, finds the first line where they part, and maps that line
// to the step of the run where the loop printed something else: the place
// to start explaining. It is pure: no I/O, no JavaScript.
package grade

import (
	"strings"
)

// Kind says how an answer relates to the closest accepted output.
type Kind uint8

const (
	Right     Kind = iota // the answer is one of the accepted outputs
	WrongLine             // a line differs from the loop's line at that place
	Missing               // the answer stops early: the loop printed more lines
	Extra                 // the answer goes on after the loop's last line
	Empty                 // nothing was answered, but the program prints something
)

var kindNames = [...]string{"right", "wrong line", "missing lines", "extra lines", "empty answer"}

func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "kind?"
}

// Verdict is the result of grading one answer.
type Verdict struct {
	Kind    Kind
	Outcome int // index of the accepted output matched, or of the closest one
	Line    int // the first divergent line, 0-based; -1 when the answer is right
	Got     string
	Want    string   // the loop's line at Line ("" when Kind is Extra)
	Answer  []string // the answer's lines as compared (see Lines)
	Lines   []string // the closest accepted output's lines
}

// Right reports whether the answer is accepted.
func (v Verdict) Right() bool { return v.Kind == Right }

// Lines splits an output into the lines that are compared. Answers come from
// editors and terminals, so a Windows line ending ("\r\n") or a lone "\r"
// counts as "\n", spaces and tabs at the end of a line are dropped, and so are
// blank lines at the end (a final newline or not is the same answer). Blank
// lines elsewhere count: the program may print them.
func Lines(s string) []string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " \t")
	}
	for len(lines) > 0 && lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	return lines
}

// Grade compares an answer with the accepted outputs (each as the program
// printed it). The answer is right when its lines equal one output's lines.
// Otherwise the verdict is against the closest output: the one that agrees
// with the answer for the most lines from the top (the first such output
// when several tie), so a racy program's answer is judged against the order
// the user was most likely thinking of.
func Grade(answer string, accepted []string) Verdict {
	got := Lines(answer)
	best, bestLen := -1, -1
	var bestLines []string
	for i, out := range accepted {
		want := Lines(out)
		n := commonPrefix(got, want)
		if n == len(got) && n == len(want) {
			return Verdict{Kind: Right, Outcome: i, Line: -1, Answer: got, Lines: want}
		}
		if n > bestLen {
			best, bestLen, bestLines = i, n, want
		}
	}
	v := Verdict{Outcome: best, Line: bestLen, Answer: got, Lines: bestLines}
	if best < 0 { // nothing is accepted: every answer is extra
		v.Outcome, v.Line, v.Kind = 0, 0, Extra
		if len(got) > 0 {
			v.Got = got[0]
		}
		return v
	}
	switch {
	case len(got) == 0:
		v.Kind, v.Want = Empty, bestLines[0]
	case bestLen == len(got):
		v.Kind, v.Want = Missing, bestLines[bestLen]
	case bestLen == len(bestLines):
		v.Kind, v.Got = Extra, got[bestLen]
	default:
		v.Kind, v.Got, v.Want = WrongLine, got[bestLen], bestLines[bestLen]
	}
	return v
}

func commonPrefix(a, b []string) int {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	return n
}
