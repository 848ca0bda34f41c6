package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"text/tabwriter"

	"github.com/loopviz/loopviz/grade"
	"github.com/loopviz/loopviz/progress"
	"github.com/loopviz/loopviz/runtime"
	"github.com/loopviz/loopviz/scenarios"
)

// builtinRoot is the real folder holding the built-in scenarios (see
// scenarios.Materialize): programs read their own file and require their
// neighbours, so they run from disk.
func builtinRoot() (string, error) {
	dir, err := os.UserCacheDir()
	if err != nil {
		dir = os.TempDir()
	}
	root, err := scenarios.Materialize(filepath.Join(dir, "loopviz"))
	if err != nil {
		root, err = scenarios.Materialize(filepath.Join(os.TempDir(), fmt.Sprintf("loopviz-%d", os.Getuid())))
	}
	return root, err
}

// listEntry is one line of `loopviz list`.
type listEntry struct {
	ID         string `json:"id"`
	Title      string `json:"title"`
	Topic      string `json:"topic"`
	Difficulty int    `json:"difficulty,omitempty"`
	Kind       string `json:"kind"`
}

func cmdList(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("list", flag.ContinueOnError)
	fs.SetOutput(stderr)
	asJSON := fs.Bool("json", false, "print the list as JSON")
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: loopviz list [--json]\n\nEvery built-in scenario: the puzzles (predict their output) and the demos (watch them run).\n\nflags:\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return exitUsage
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "loopviz list: unexpected argument %q\n", fs.Arg(0))
		return exitUsage
	}
	var list []listEntry
	for _, s := range scenarios.Builtin() {
		topic := strings.TrimPrefix(s.Topic, scenarios.PuzzleGroup(""))
		list = append(list, listEntry{ID: s.Name, Title: s.Title, Topic: topic, Difficulty: s.Difficulty, Kind: string(s.Kind)})
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		if err := enc.Encode(list); err != nil {
			fmt.Fprintf(stderr, "loopviz list: %v\n", err)
			return 1
		}
		return 0
	}
	tw := tabwriter.NewWriter(stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tKIND\tLEVEL\tTOPIC\tTITLE")
	for _, e := range list {
		level := "-"
		if e.Difficulty > 0 {
			level = strings.Repeat("★", e.Difficulty)
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", e.ID, e.Kind, level, e.Topic, e.Title)
	}
	tw.Flush()
	return 0
}

// target is what `check` and `puzzle` work on: a built-in puzzle or demo, or
// a file of the user's.
type target struct {
	id     string            // the scenario's id; "" for a file
	puzzle *scenarios.Puzzle // nil unless a puzzle
	file   string            // the program on disk
	node   *scenarios.Expectation
}

// resolveTarget finds a puzzle or demo by id, or else a file by path.
func resolveTarget(arg string) (*target, error) {
	if p, ok := scenarios.FindPuzzle(arg); ok {
		root, err := builtinRoot()
		if err != nil {
			return nil, fmt.Errorf("cannot prepare the built-in puzzles: %v", err)
		}
		return &target{id: p.ID, puzzle: p, file: filepath.Join(root, filepath.FromSlash(p.Path)), node: p.Expect}, nil
	}
	for _, s := range scenarios.Builtin() {
		if s.Name == arg && s.Kind == scenarios.KindDemo {
			root, err := builtinRoot()
			if err != nil {
				return nil, fmt.Errorf("cannot prepare the built-in programs: %v", err)
			}
			file := filepath.Join(root, filepath.FromSlash(s.Path))
			t := &target{id: s.Name, file: file}
			if e, err := scenarios.ReadExpectation(scenarios.ExpectationPath(file)); err == nil {
				t.node = e
			}
			return t, nil
		}
	}
	if _, err := os.Stat(arg); err != nil {
		if strings.ContainsAny(arg, "/\\") || strings.HasSuffix(arg, ".js") {
			return nil, fmt.Errorf("no such file: %s", arg)
		}
		return nil, fmt.Errorf("no such puzzle %q (try: loopviz list)", arg)
	}
	if _, err := runtime.ReadSource(arg); err != nil {
		var ie *runtime.InputError
		if errors.As(err, &ie) {
			return nil, errors.New(ie.Msg)
		}
		return nil, err
	}
	abs, err := filepath.Abs(arg)
	if err != nil {
		return nil, err
	}
	return &target{file: abs}, nil
}

// judgement is what a program may print: every accepted stdout, and for each
// the race choices that make the model print it (nil: the default run).
type judgement struct {
	accepted []string
	paths    [][]int
	racy     bool
}

// judge works out the accepted outputs: what the model prints under every
// way its races can go (node's recorded outputs are among them, as the
// tests check), plus node's own in case the model misses one.
func (t *target) judge(opts runtime.Options) (*judgement, error) {
	opts.File = t.file
	ex, err := runtime.Explore(opts, 0)
	if err != nil {
		return nil, err
	}
	if ex.Stop != nil {
		// A bound cut a run short: its output is not one the program prints.
		return nil, fmt.Errorf("loopviz stopped a run of %s (%s), so it cannot grade against it", filepath.Base(t.file), ex.Stop.Message)
	}
	j := &judgement{}
	for _, o := range ex.Outcomes {
		if o.Default { // the model's own answer first
			j.accepted = append([]string{o.Stdout}, j.accepted...)
			j.paths = append([][]int{o.Path}, j.paths...)
			continue
		}
		j.accepted = append(j.accepted, o.Stdout)
		j.paths = append(j.paths, o.Path)
	}
	if t.node != nil {
		for _, o := range t.node.Outcomes {
			if !slices.Contains(j.accepted, o.Stdout) {
				j.accepted = append(j.accepted, o.Stdout)
				j.paths = append(j.paths, nil)
			}
		}
	}
	j.racy = len(j.accepted) > 1
	return j, nil
}

// replay runs the program the way that printed accepted output i.
func (t *target) replay(opts runtime.Options, j *judgement, i int) (*runtime.Result, error) {
	opts.File = t.file
	if i >= 0 && i < len(j.paths) {
		opts.Choices = j.paths[i]
	}
	return runtime.Run(opts)
}

// openProgress opens the progress store, warning (never failing) when it
// cannot be used.
func openProgress(dir string, stderr io.Writer) *progress.Store {
	s, warn := openProgressWarn(dir)
	if warn != "" {
		fmt.Fprintf(stderr, "loopviz: warning: %s\n", warn)
	}
	return s
}

// openProgressWarn opens the progress store and says what went wrong, if
// anything, for the TUI to show (its screen hides what went to stderr).
func openProgressWarn(dir string) (*progress.Store, string) {
	var warns []string
	if dir == "" {
		d, err := progress.DefaultDir()
		if err != nil {
			warns = append(warns, err.Error())
			d = filepath.Join(os.TempDir(), fmt.Sprintf("loopviz-state-%d", os.Getuid()))
		}
		dir = d
	}
	s, warn := progress.Open(dir)
	if warn != nil {
		warns = append(warns, warn.Error())
	}
	return s, strings.Join(warns, "; ")
}

func cmdCheck(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("check", flag.ContinueOnError)
	fs.SetOutput(stderr)
	answerFile := fs.String("answer", "", "the predicted output, one line per line printed (`FILE`; - reads stdin)")
	hints := fs.Int("hints", 0, "hints you used (`N`): each costs points")
	asJSON := fs.Bool("json", false, "print the verdict as JSON (same exit status)")
	stateDir := stateDirFlag(fs)
	var rf runFlags
	rf.register(fs)
	fs.Usage = func() {
		fmt.Fprintf(stderr, `usage: loopviz check ID|FILE --answer ANSWER.txt

Grades a predicted output. Exit status: 0 when right, 1 when wrong (with the
first line that differs, what the loop did instead and why), 2 on bad input.

flags:
`)
		fs.PrintDefaults()
	}
	positional, ok := parseInterspersed(fs, args)
	if !ok {
		return exitUsage
	}
	switch {
	case len(positional) == 0:
		fmt.Fprintf(stderr, "loopviz check: which puzzle? give an id (loopviz list shows them) or a file\n")
		fs.Usage()
		return exitUsage
	case len(positional) > 1:
		fmt.Fprintf(stderr, "loopviz check: one puzzle at a time, got %q\n", positional)
		return exitUsage
	case *answerFile == "":
		fmt.Fprintf(stderr, "loopviz check: no answer given (write the predicted output to a file and pass --answer FILE)\n")
		return exitUsage
	case *hints < 0 || *hints > 3:
		fmt.Fprintf(stderr, "loopviz check: --hints must be between 0 and 3\n")
		return exitUsage
	}
	var answer []byte
	var err error
	if *answerFile == "-" {
		answer, err = io.ReadAll(os.Stdin)
	} else {
		answer, err = os.ReadFile(*answerFile)
	}
	if err != nil {
		fmt.Fprintf(stderr, "loopviz check: cannot read the answer: %v\n", err)
		return exitUsage
	}
	t, err := resolveTarget(positional[0])
	if err != nil {
		fmt.Fprintf(stderr, "loopviz check: %v\n", err)
		return exitUsage
	}
	opts, err := rf.options(t.file, nil)
	if err != nil {
		fmt.Fprintf(stderr, "loopviz check: %v\n", err)
		return exitUsage
	}
	j, err := t.judge(opts)
	if err != nil {
		return reportRunError(stderr, err)
	}
	v := grade.Grade(string(answer), j.accepted)
	points := 0
	if t.puzzle != nil {
		store := openProgress(*stateDir, stderr)
		attempt := store.Puzzle(t.id).Attempts + 1
		a := progress.Attempt{Puzzle: t.id, Topic: t.puzzle.Topic, Right: v.Right(), Hints: *hints}
		if v.Right() {
			a.Points = progress.Score(t.puzzle.Difficulty, *hints, attempt)
			points = a.Points
		}
		if err := store.Record(a); err != nil {
			fmt.Fprintf(stderr, "loopviz: warning: %v\n", err)
		}
		if !*asJSON {
			defer func() {
				if v.Right() {
					fmt.Fprintf(stdout, "\n+%d points\n", a.Points)
				}
			}()
		}
	}
	name := t.id
	if name == "" {
		name = filepath.Base(t.file)
	}
	if *asJSON {
		return checkJSON(stdout, stderr, name, t, opts, j, v, points)
	}
	if v.Right() {
		fmt.Fprintf(stdout, "right: that is what %s prints.\n", name)
		if j.racy {
			fmt.Fprintf(stdout, "It is one of %d orders the loop allows: the program races.\n", len(j.accepted))
		}
		if t.puzzle != nil {
			fmt.Fprintf(stdout, "\n%s\n\nMore on this: loopviz learn %s\n", t.puzzle.Explanation, t.puzzle.Lesson)
		}
		return 0
	}
	res, err := t.replay(opts, j, v.Outcome)
	if err != nil {
		return reportRunError(stderr, err)
	}
	describeWrong(stdout, name, t, v, res)
	return 1
}

// describeWrong explains a wrong answer: the first line that differs, what
// the loop printed there, and the step where it did so with its why.
func describeWrong(w io.Writer, name string, t *target, v grade.Verdict, res *runtime.Result) {
	n := v.Line + 1
	switch v.Kind {
	case grade.Empty:
		fmt.Fprintf(w, "wrong: your answer is empty, but %s prints %d line(s).\n", name, len(v.Lines))
	case grade.Missing:
		fmt.Fprintf(w, "wrong: your answer stops after line %d, but the loop goes on.\n", v.Line)
	case grade.Extra:
		fmt.Fprintf(w, "wrong: line %d of your answer, %q, is never printed: the loop printed %d line(s) in all.\n", n, v.Got, len(v.Lines))
	default:
		fmt.Fprintf(w, "wrong: line %d differs.\n", n)
	}
	if v.Kind == grade.WrongLine {
		fmt.Fprintf(w, "  you wrote:        %s\n", v.Got)
	}
	if v.Kind != grade.Extra {
		fmt.Fprintf(w, "  the loop printed: %s\n", v.Want)
	}
	if d, ok := grade.Diverge(res.Trace, v); ok {
		fmt.Fprintf(w, "\nwhat the loop did instead, at step %d: %s\n", d.Step, d.Label)
		if d.Why != "" {
			fmt.Fprintf(w, "why: %s\n", d.Why)
		}
		if t.id != "" && t.puzzle != nil {
			fmt.Fprintf(w, "\nsee it step by step: loopviz render %s --step %d, or try again: loopviz puzzle %s\n", t.file, d.Step, t.id)
		} else {
			fmt.Fprintf(w, "\nsee it step by step: loopviz render %s --step %d\n", t.file, d.Step)
		}
	}
}

// checkResult is the verdict of loopviz check --json.
type checkResult struct {
	ID     string `json:"id"`
	Right  bool   `json:"right"`
	Kind   string `json:"kind"`           // right, wrong line, missing lines, extra lines, empty answer
	Line   int    `json:"line,omitempty"` // the first divergent line of the answer, from 1
	Got    string `json:"got,omitempty"`  // the answer's line there
	Want   string `json:"want,omitempty"` // the loop's line there
	Step   *int   `json:"step,omitempty"` // where the loop printed something else
	Label  string `json:"label,omitempty"`
	Why    string `json:"why,omitempty"`
	Orders int    `json:"orders"` // how many outputs are right (more than one: the program races)
	Points int    `json:"points,omitempty"`
}

func checkJSON(stdout, stderr io.Writer, name string, t *target, opts runtime.Options, j *judgement, v grade.Verdict, points int) int {
	r := checkResult{ID: name, Right: v.Right(), Kind: v.Kind.String(), Orders: len(j.accepted), Points: points}
	code := 0
	if !v.Right() {
		code = 1
		r.Line, r.Got, r.Want = v.Line+1, v.Got, v.Want
		res, err := t.replay(opts, j, v.Outcome)
		if err != nil {
			return reportRunError(stderr, err)
		}
		if d, ok := grade.Diverge(res.Trace, v); ok {
			r.Step, r.Label, r.Why = &d.Step, d.Label, d.Why
		}
	}
	enc := json.NewEncoder(stdout)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(r); err != nil {
		fmt.Fprintf(stderr, "loopviz check: %v\n", err)
		return exitInternal
	}
	return code
}
