// Package difftest compares loopviz with real node on generated programs
// (package gen): the differential test of loopviz's model.
//
// A program runs several times under node. When every run printed the same
// thing, loopviz's run must print exactly that (stdout, exit code, and the
// meaningful lines of stderr). When node's runs differ, the program is racy
// in node: every outcome node showed must then be one of the outcomes
// `loopviz explore` finds, the model's list of what the races allow.
package difftest

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/loopviz/loopviz/internal/gen"
	"github.com/loopviz/loopviz/runtime"
	"github.com/loopviz/loopviz/scenarios"
)

// exploreRuns bounds explore's runs for one program: generated programs meet
// many race points (every 1 ms timer next to an immediate is one), more than
// the CLI's default bound covers.
const exploreRuns = 2048

// deepExploreRuns is the bound of a second search, when the first stopped
// at its bound without finding every outcome node showed.
const deepExploreRuns = 65536

// allFound reports whether every outcome node showed is one explore found.
func allFound(ex *runtime.Exploration, node []scenarios.Outcome) bool {
	for _, o := range node {
		if !slices.ContainsFunc(ex.Outcomes, func(e *runtime.Outcome) bool { return e.Stdout == o.Stdout && e.ExitCode == o.Exit }) {
			return false
		}
	}
	return true
}

// Report is the comparison of one program.
type Report struct {
	Program  *gen.Program
	Node     []scenarios.Outcome // node's distinct outcomes
	Loopviz  scenarios.Outcome   // loopviz's default run
	Explored int                 // outcomes explore found (racy programs only)
	Mismatch string              // why they disagree; empty when they agree
}

// Racy reports whether node's runs of the program differed.
func (r *Report) Racy() bool { return len(r.Node) > 1 }

// Checker runs programs in a directory of its own.
type Checker struct {
	Dir  string // where program files are written (their name shows in stack traces)
	Runs int    // node runs per program
}

// Check runs p under node and loopviz and compares them. name is the file
// name the program is written to inside c.Dir (programs read __filename, so
// they must be on disk for both).
func (c *Checker) Check(ctx context.Context, p *gen.Program, name string) (*Report, error) {
	file := filepath.Join(c.Dir, name)
	src := p.Source()
	if err := os.WriteFile(file, []byte(src), 0o644); err != nil {
		return nil, err
	}
	node, err := scenarios.RunNode(ctx, file, c.Runs)
	if err != nil {
		return nil, err
	}
	return compare(p, file, node)
}

// compare runs the program in file under loopviz and compares it with what
// node printed.
func compare(p *gen.Program, file string, node []scenarios.Outcome) (*Report, error) {
	res, err := runtime.Run(runtime.Options{File: file})
	if err != nil {
		return nil, fmt.Errorf("loopviz on seed %d: %w", p.Seed, err)
	}
	dir := filepath.Dir(file)
	if real, err := filepath.EvalSymlinks(dir); err == nil {
		dir = real
	}
	r := &Report{Program: p, Node: node,
		Loopviz: scenarios.Outcome{Stdout: res.Stdout(), Stderr: scenarios.NormalizeStderr(res.Stderr(), dir), Exit: res.ExitCode}}
	if res.Stop != nil {
		r.Mismatch = "loopviz stopped the run: " + res.Stop.Message
		return r, nil
	}
	if !r.Racy() {
		want := node[0]
		if r.Loopviz.Stdout == want.Stdout && r.Loopviz.Exit == want.Exit {
			if !slices.Equal(scenarios.StderrEssentials(r.Loopviz.Stderr), scenarios.StderrEssentials(want.Stderr)) {
				r.Mismatch = "stderr differs"
			}
			return r, nil
		}
		if res.Races == 0 {
			r.Mismatch = "stdout or exit code differ"
			return r, nil
		}
		// loopviz met race points: node's runs may all have fallen on one side
		// of a race the model knows (a main module slow enough that a 1 ms timer
		// is always due before the first check phase, on a loaded machine). What
		// node printed must then be one of the outcomes the races allow.
	}
	ex, err := runtime.Explore(runtime.Options{File: file}, exploreRuns)
	if err != nil {
		return nil, fmt.Errorf("loopviz explore on seed %d: %w", p.Seed, err)
	}
	if ex.Truncated && !allFound(ex, node) {
		// Explore searches depth first: past its bound, an outcome may just be
		// one it has not reached yet. Look further before calling it missing.
		if ex, err = runtime.Explore(runtime.Options{File: file}, deepExploreRuns); err != nil {
			return nil, fmt.Errorf("loopviz explore on seed %d: %w", p.Seed, err)
		}
	}
	r.Explored = len(ex.Outcomes)
	for i, o := range node {
		if !slices.ContainsFunc(ex.Outcomes, func(e *runtime.Outcome) bool { return e.Stdout == o.Stdout && e.ExitCode == o.Exit }) {
			r.Mismatch = fmt.Sprintf("node's outcome %d of %d is not among the %d outcomes explore finds (%d runs)",
				i+1, len(node), len(ex.Outcomes), ex.Runs)
			if !r.Racy() {
				r.Mismatch = fmt.Sprintf("stdout or exit code differ, and node's output is none of the %d outcomes explore finds", len(ex.Outcomes))
			}
			if ex.Truncated {
				r.Mismatch += ", explore stopped at its run limit"
			}
			break
		}
	}
	return r, nil
}

// String shows the program and both sides' outputs.
func (r *Report) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s\n--- program (%d nodes)\n%s", r.Mismatch, r.Program.Size(), r.Program.Source())
	for i, o := range r.Node {
		fmt.Fprintf(&b, "--- node, outcome %d of %d (exit %d, seen %d times)\n%s", i+1, len(r.Node), o.Exit, o.Seen, o.Stdout)
		if o.Stderr != "" {
			fmt.Fprintf(&b, "--- node stderr\n%s", o.Stderr)
		}
	}
	fmt.Fprintf(&b, "--- loopviz (exit %d)\n%s", r.Loopviz.Exit, r.Loopviz.Stdout)
	if r.Loopviz.Stderr != "" {
		fmt.Fprintf(&b, "--- loopviz stderr\n%s", r.Loopviz.Stderr)
	}
	return b.String()
}

// Confirm re-checks a program that mismatched, up to tries more times, and
// returns the first report that agrees (the mismatch was the machine's
// timing: a loaded machine can delay node by tens of milliseconds between two
// statements), or the last mismatching one (a difference that reproduces).
func (c *Checker) Confirm(ctx context.Context, r *Report, name string, tries int) (*Report, error) {
	for range tries {
		if r.Mismatch == "" {
			break
		}
		again, err := c.Check(ctx, r.Program, name)
		if err != nil {
			return nil, err
		}
		r = again
	}
	return r, nil
}

// Shrink reduces a mismatching program to the smallest that still
// mismatches (see gen.Shrink), checking each candidate as Check does (twice,
// so that a one-off timing fluke does not steer it), and returns the report
// of the result. maxCalls bounds the checks.
func (c *Checker) Shrink(ctx context.Context, r *Report, name string, maxCalls int) *Report {
	best := r
	gen.Shrink(r.Program, func(p *gen.Program) bool {
		if ctx.Err() != nil {
			return false
		}
		got, err := c.Check(ctx, p, name)
		if err == nil && got.Mismatch != "" {
			got, err = c.Confirm(ctx, got, name, 1)
		}
		if err != nil || got.Mismatch == "" {
			return false
		}
		if got.Program.Size() <= best.Program.Size() {
			best = got
		}
		return true
	}, maxCalls)
	return best
}
