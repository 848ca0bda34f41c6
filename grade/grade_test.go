package grade

import (
	"slices"
	"testing"
)

func TestLines(t *testing.T) {
	cases := []struct {
		in   string
		want []string
	}{
		{"", nil},
		{"\n", nil},
		{"a", []string{"a"}},
		{"a\n", []string{"a"}},
		{"a\n\n\n", []string{"a"}},
		{"a\r\nb\r\n", []string{"a", "b"}},
		{"a\rb", []string{"a", "b"}},
		{"a  \nb\t\n", []string{"a", "b"}},
		{"a\n\nb\n", []string{"a", "", "b"}},
		{"  indented\n", []string{"  indented"}},
	}
	for _, c := range cases {
		if got := Lines(c.in); !slices.Equal(got, c.want) {
			t.Errorf("Lines(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestGrade(t *testing.T) {
	one := []string{"sync\ntick\npromise\n"}
	racy := []string{"tick\nimmediate\ntimeout\n", "tick\ntimeout\nimmediate\n"}
	cases := []struct {
		name     string
		answer   string
		accepted []string
		kind     Kind
		outcome  int
		line     int
		got      string
		want     string
	}{
		{"exact", "sync\ntick\npromise\n", one, Right, 0, -1, "", ""},
		{"no trailing newline", "sync\ntick\npromise", one, Right, 0, -1, "", ""},
		{"blank lines at the end", "sync\ntick\npromise\n\n\n", one, Right, 0, -1, "", ""},
		{"CRLF", "sync\r\ntick\r\npromise\r\n", one, Right, 0, -1, "", ""},
		{"trailing spaces", "sync \ntick\t\npromise\n", one, Right, 0, -1, "", ""},
		{"swapped lines", "sync\npromise\ntick\n", one, WrongLine, 0, 1, "promise", "tick"},
		{"wrong first line", "tick\nsync\npromise\n", one, WrongLine, 0, 0, "tick", "sync"},
		{"missing last line", "sync\ntick\n", one, Missing, 0, 2, "", "promise"},
		{"extra line", "sync\ntick\npromise\ntimeout\n", one, Extra, 0, 3, "timeout", ""},
		{"empty answer", "", one, Empty, 0, 0, "", "sync"},
		{"blank answer", "\n \r\n", one, Empty, 0, 0, "", "sync"},
		{"leading blank line", "\nsync\ntick\npromise\n", one, WrongLine, 0, 0, "", "sync"},
		{"racy: first order", "tick\nimmediate\ntimeout\n", racy, Right, 0, -1, "", ""},
		{"racy: second order", "tick\ntimeout\nimmediate", racy, Right, 1, -1, "", ""},
		{"racy: judged against the closest order", "tick\ntimeout\ntick\n", racy, WrongLine, 1, 2, "tick", "immediate"},
		{"racy: first of ties", "promise\n", racy, WrongLine, 0, 0, "promise", "tick"},
		{"program prints nothing: empty is right", "", []string{""}, Right, 0, -1, "", ""},
		{"program prints nothing: any line is extra", "x\n", []string{""}, Extra, 0, 0, "x", ""},
		{"nothing accepted", "x\n", nil, Extra, 0, 0, "x", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			v := Grade(c.answer, c.accepted)
			if v.Kind != c.kind || v.Outcome != c.outcome || v.Line != c.line || v.Got != c.got || v.Want != c.want {
				t.Errorf("Grade(%q) = {%v outcome %d line %d got %q want %q}, want {%v outcome %d line %d got %q want %q}",
					c.answer, v.Kind, v.Outcome, v.Line, v.Got, v.Want, c.kind, c.outcome, c.line, c.got, c.want)
			}
			if v.Right() != (c.kind == Right) {
				t.Errorf("Right() = %v for kind %v", v.Right(), v.Kind)
			}
		})
	}
}
