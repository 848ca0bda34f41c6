package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sync"

	tea "charm.land/bubbletea/v2"
	"github.com/loopviz/loopviz/grade"
	"github.com/loopviz/loopviz/progress"
	"github.com/loopviz/loopviz/runtime"
	"github.com/loopviz/loopviz/scenarios"
	"github.com/loopviz/loopviz/ui"
)

// uiPuzzles is the puzzle library as the TUI shows it, each program at its
// place under root (see builtinRoot).
func uiPuzzles(root string) []ui.Puzzle {
	var out []ui.Puzzle
	for _, p := range scenarios.Puzzles() {
		out = append(out, ui.Puzzle{
			ID: p.ID, Title: p.Title, Topic: p.TopicName(), TopicID: p.Topic, Difficulty: p.Difficulty,
			Hints: p.Hints, Explanation: p.Explanation, Lesson: p.Lesson, Racy: p.Racy,
			File: filepath.Join(root, filepath.FromSlash(p.Path)), Source: p.Source,
			Lines: grade.Lines(p.Expect.Outcomes[0].Stdout), State: stateQuestions(p.State),
		})
	}
	return out
}

// uiRun turns a finished run into what the TUI browses.
func uiRun(res *runtime.Result, opts runtime.Options, src []byte) *ui.Run {
	sources := map[string][]byte{res.File: src}
	for _, p := range res.Trace.Stmts {
		if _, ok := sources[p.File]; !ok && filepath.IsAbs(p.File) {
			if b, err := os.ReadFile(p.File); err == nil {
				sources[p.File] = b
			} else {
				sources[p.File] = nil
			}
		}
	}
	return &ui.Run{File: res.File, Trace: res.Trace, ExitCode: res.ExitCode, Stop: res.Stop,
		PoolSize: runtime.ThreadpoolSizeOf(opts), Sources: sources}
}

// judgeFunc grades the TUI's answers: the accepted outputs of the puzzle
// (every order its races allow), the verdict, and the run that printed the
// closest one with the step where it parted from the answer.
func judgeFunc(rf runFlags) ui.JudgeFunc {
	return func(p *ui.Puzzle, answer string) (*ui.Judged, error) {
		sp, ok := scenarios.FindPuzzle(p.ID)
		if !ok {
			return nil, fmt.Errorf("no such puzzle %q", p.ID)
		}
		t := &target{id: p.ID, puzzle: sp, file: p.File, node: sp.Expect}
		opts, err := rf.options(p.File, nil)
		if err != nil {
			return nil, err
		}
		j, err := t.judge(opts)
		if err != nil {
			return nil, err
		}
		v := grade.Grade(answer, j.accepted)
		res, err := t.replay(opts, j, v.Outcome)
		if err != nil {
			return nil, err
		}
		d, ok := grade.Diverge(res.Trace, v)
		return &ui.Judged{Verdict: v, Orders: len(j.accepted), Run: uiRun(res, opts, p.Source), Divergence: d, HasDivergence: ok}, nil
	}
}

// recordFunc saves attempts to the store; the TUI calls it from its
// background commands, one at a time, but the lock makes sure.
func recordFunc(store *progress.Store) ui.RecordFunc {
	var mu sync.Mutex
	return func(a progress.Attempt) error {
		mu.Lock()
		defer mu.Unlock()
		return store.Record(a)
	}
}

// withPuzzles adds the puzzle library and the learner's progress to the
// TUI's options; a problem with the progress file is shown on screen.
func withPuzzles(o *ui.Options, rf runFlags, root string, store *progress.Store, warn string) {
	o.Warning = warn
	o.Puzzles = uiPuzzles(root)
	o.Judge = judgeFunc(rf)
	o.Record = recordFunc(store)
	o.Progress = store.Snapshot()
}

func cmdPuzzle(args []string, stdout, stderr io.Writer) int {
	var tf tuiFlags
	var rf runFlags
	fs := flag.NewFlagSet("puzzle", flag.ContinueOnError)
	fs.SetOutput(stderr)
	tf.register(fs)
	rf.register(fs)
	stateDir := stateDirFlag(fs)
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: loopviz puzzle [flags] [ID]\n\nOpens a puzzle in prediction mode: order its output lines, submit, and see where the loop\nwent another way. Without an ID, the next puzzle you have not solved (loopviz list shows them all).\n\nflags:\n")
		fs.PrintDefaults()
	}
	positional, ok := parseInterspersed(fs, args)
	if !ok {
		return exitUsage
	}
	if len(positional) > 1 {
		fmt.Fprintf(stderr, "loopviz puzzle: one puzzle at a time, got %q\n", positional)
		return exitUsage
	}
	o, ok := tf.options(stderr, " puzzle")
	if !ok {
		return exitUsage
	}
	if _, err := rf.options("x", nil); err != nil {
		fmt.Fprintf(stderr, "loopviz puzzle: %v\n", err)
		return exitUsage
	}
	store, warn := openProgressWarn(*stateDir) // shown on screen by the TUI
	id := ""
	if len(positional) == 1 {
		id = positional[0]
		if _, ok := scenarios.FindPuzzle(id); !ok {
			fmt.Fprintf(stderr, "loopviz puzzle: no such puzzle %q (try: loopviz list)\n", id)
			return exitUsage
		}
	} else {
		st := store.Snapshot()
		for _, p := range scenarios.Puzzles() {
			if !st.Puzzle(p.ID).Solved {
				id = p.ID
				break
			}
		}
		if id == "" {
			fmt.Fprintf(stderr, "loopviz: you have solved every puzzle: well done! Starting again from the first.\n")
			id = scenarios.Puzzles()[0].ID
		}
	}
	if !isTerminal(stdout) {
		fmt.Fprintf(stderr, "loopviz puzzle: the prediction screen needs a terminal (to grade an answer in a script: loopviz check %s --answer FILE)\n", id)
		return exitUsage
	}
	root, err := builtinRoot()
	if err != nil {
		fmt.Fprintf(stderr, "loopviz: cannot prepare the built-in puzzles: %v\n", err)
		return exitInternal
	}
	o.Run = uiRunner(rf, nil)
	withPuzzles(&o, rf, root, store, warn)
	o.Puzzle = id
	if list, err := builtinScenarios(); err == nil {
		o.Scenarios = list // esc goes to the home screen
	}
	if _, err := tea.NewProgram(ui.New(o)).Run(); err != nil {
		fmt.Fprintf(stderr, "loopviz: %v\n", err)
		return exitInternal
	}
	return 0
}

func stateQuestions(qs []scenarios.StateQuestion) []ui.StateQuestion {
	var out []ui.StateQuestion
	for _, q := range qs {
		out = append(out, ui.StateQuestion{After: q.After, Ask: q.Ask})
	}
	return out
}
