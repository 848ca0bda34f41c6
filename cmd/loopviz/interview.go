package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/loopviz/loopviz/interview"
	"github.com/loopviz/loopviz/lessons"
	"github.com/loopviz/loopviz/ui"
)

// cmdInterview starts a timed interview practice session.
func cmdInterview(args []string, stdout, stderr io.Writer) int {
	var tf tuiFlags
	var rf runFlags
	fs := flag.NewFlagSet("interview", flag.ContinueOnError)
	fs.SetOutput(stderr)
	tf.register(fs)
	rf.register(fs)
	n := fs.Int("questions", 5, "how many questions (`N`; 0 for all 13)")
	minutes := fs.Int("minutes", 3, "time per question in `M`inutes")
	seed := fs.Int64("session", 0, "pick the questions with seed `N` (default: a new session each time)")
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: loopviz interview [flags]\n\nA timed session of interview questions on Node's event loop and runtime: answer each one,\nthen tick the points a strong answer makes; a summary shows what to work on.\n\nflags:\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return exitUsage
	}
	switch {
	case fs.NArg() > 0:
		fmt.Fprintf(stderr, "loopviz interview: unexpected argument %q\n", fs.Arg(0))
		return exitUsage
	case *n < 0 || *n > len(interview.All()):
		fmt.Fprintf(stderr, "loopviz interview: --questions must be between 0 and %d\n", len(interview.All()))
		return exitUsage
	case *minutes < 1 || *minutes > 60:
		fmt.Fprintf(stderr, "loopviz interview: --minutes must be between 1 and 60\n")
		return exitUsage
	}
	o, ok := tf.options(stderr, " interview")
	if !ok {
		return exitUsage
	}
	if _, err := rf.options("x", nil); err != nil {
		fmt.Fprintf(stderr, "loopviz interview: %v\n", err)
		return exitUsage
	}
	if !isTerminal(stdout) {
		fmt.Fprintf(stderr, "loopviz interview: the session needs a terminal (to read the questions, try: loopviz lessons)\n")
		return exitUsage
	}
	s := uint64(*seed)
	if s == 0 {
		s = uint64(time.Now().UnixNano()) // a session is meant to differ from the last one
	}
	qs, err := interviewQuestions(interview.Pick(*n, s))
	if err != nil {
		fmt.Fprintf(stderr, "loopviz interview: cannot prepare the examples: %v\n", err)
		return exitInternal
	}
	o.Interview, o.InterviewBudget = qs, time.Duration(*minutes)*time.Minute
	o.Run = uiRunner(rf, nil)
	if _, err := tea.NewProgram(ui.New(o)).Run(); err != nil {
		fmt.Fprintf(stderr, "loopviz: %v\n", err)
		return exitInternal
	}
	return 0
}

// interviewQuestions turns questions into the TUI's, with each example
// copied to a real folder so it runs from disk.
func interviewQuestions(qs []interview.Question) ([]ui.InterviewQuestion, error) {
	dir, err := os.UserCacheDir()
	if err != nil {
		dir = os.TempDir()
	}
	root, err := lessons.Materialize(filepath.Join(dir, "loopviz"))
	if err != nil {
		if root, err = lessons.Materialize(filepath.Join(os.TempDir(), fmt.Sprintf("loopviz-%d", os.Getuid()))); err != nil {
			return nil, err
		}
	}
	var out []ui.InterviewQuestion
	for _, q := range qs {
		out = append(out, ui.InterviewQuestion{ID: q.ID, Ask: q.Ask, Points: q.Points, RedFlag: q.RedFlag, FollowUps: q.FollowUps,
			Example: q.Example, ExampleFile: filepath.Join(root, filepath.FromSlash(lessons.ExamplePath(q.Example))), Lesson: q.Lesson})
	}
	return out, nil
}
