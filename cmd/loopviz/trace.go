package main

import (
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/loopviz/loopviz/runtime"
	"github.com/loopviz/loopviz/sim"
)

func cmdTrace(args []string, stdout, stderr io.Writer) int {
	var rf runFlags
	var asJSON, why, stacks bool
	levelName := "api"
	file, rest, ok := parseCommand("trace", args, stderr, &rf, func(fs *flag.FlagSet) {
		fs.BoolVar(&asJSON, "json", false, "print the trace as JSON (schema in docs/TRACE.md)")
		fs.StringVar(&levelName, "level", "api", "step granularity: `loop`, api or statement")
		fs.BoolVar(&why, "why", false, "print each step's explanation under it")
		fs.BoolVar(&stacks, "stack", false, "print each step's JavaScript call stack under it")
	})
	if !ok {
		return exitUsage
	}
	level, ok := sim.ParseLevel(levelName)
	if !ok {
		fmt.Fprintf(stderr, "loopviz trace: unknown level %q (use loop, api or statement)\n", levelName)
		return exitUsage
	}
	opts, err := rf.options(file, rest)
	if err != nil {
		fmt.Fprintf(stderr, "loopviz trace: %v\n", err)
		return exitUsage
	}
	res, err := runtime.Run(opts)
	if err != nil {
		return reportRunError(stderr, err)
	}
	if asJSON {
		exp := res.Trace.Export(res.File, runtime.NodeVersion, level, sim.Result{ExitCode: res.ExitCode, Stop: res.Stop})
		if err := exp.WriteJSON(stdout); err != nil {
			fmt.Fprintf(stderr, "loopviz trace: %v\n", err)
			return 1
		}
		return 0
	}
	printTrace(stdout, res.Trace, level, why, stacks)
	fmt.Fprintf(stdout, "exit code %d", res.ExitCode)
	if res.Stop != nil {
		fmt.Fprintf(stdout, " (stopped: %s)", res.Stop.Message)
	}
	fmt.Fprintln(stdout)
	return 0
}

// printTrace writes one line per step: sequence number, virtual time, loop
// iteration and phase, and the label.
func printTrace(w io.Writer, t *sim.Trace, level sim.Level, why, stacks bool) {
	for i, s := range t.All() {
		if s.Level > level {
			continue
		}
		indent := ""
		switch s.Level {
		case sim.LevelAPI:
			indent = "  "
		case sim.LevelStatement:
			indent = "    "
		}
		if s.Kind == sim.KindPhase || s.Kind == sim.KindLifecycle {
			indent = ""
		}
		fmt.Fprintf(w, "%5d %10s  %3d %-12s %s%s\n", i, s.Time, s.Iter, s.Phase, indent, t.StepLabel(i))
		if why && s.Why != "" {
			fmt.Fprintf(w, "%34s%s  why: %s\n", "", indent, s.Why)
		}
		if stacks {
			for _, f := range t.Stack(s.Stack) {
				fmt.Fprintf(w, "%34s%s  at %s\n", "", indent, f)
			}
		}
	}
}

func cmdExplore(args []string, stdout, stderr io.Writer) int {
	var rf runFlags
	maxRuns := runtime.DefaultExploreRuns
	file, rest, ok := parseCommand("explore", args, stderr, &rf, func(fs *flag.FlagSet) {
		fs.IntVar(&maxRuns, "max-runs", runtime.DefaultExploreRuns, "try at most `N` runs")
	})
	if !ok {
		return exitUsage
	}
	opts, err := rf.options(file, rest)
	if err != nil {
		fmt.Fprintf(stderr, "loopviz explore: %v\n", err)
		return exitUsage
	}
	ex, err := runtime.Explore(opts, maxRuns)
	if err != nil {
		return reportRunError(stderr, err)
	}
	n := len(ex.Outcomes)
	switch {
	case ex.RacePoints == 0:
		fmt.Fprintf(stdout, "1 possible output: the program has no race points, so every run prints the same.\n")
	case n == 1:
		fmt.Fprintf(stdout, "1 possible output, from %d runs over its race points: the races never change what it prints.\n", ex.Runs)
	default:
		fmt.Fprintf(stdout, "%d possible outputs, from %d runs over the program's race points:\n", n, ex.Runs)
	}
	for i, o := range ex.Outcomes {
		mark := ""
		if o.Default {
			mark = " (what `loopviz run` prints)"
		}
		fmt.Fprintf(stdout, "\n#%d%s, exit code %d\n", i+1, mark, o.ExitCode)
		for _, cs := range o.Choices {
			if len(cs) == 0 {
				continue
			}
			var parts []string
			for _, c := range cs {
				parts = append(parts, c.What+" -> "+c.Option)
			}
			fmt.Fprintf(stdout, "  when: %s\n", strings.Join(parts, "; "))
		}
		fmt.Fprintln(stdout, "  ---")
		for _, line := range strings.SplitAfter(o.Stdout, "\n") {
			if line != "" {
				fmt.Fprintf(stdout, "  %s", line)
			}
		}
		if o.Stdout != "" && !strings.HasSuffix(o.Stdout, "\n") {
			fmt.Fprintln(stdout)
		}
	}
	if ex.Truncated {
		fmt.Fprintf(stdout, "\nStopped after %d runs (--max-runs): there may be more outputs.\n", ex.Runs)
	}
	if ex.Stop != nil {
		fmt.Fprintf(stdout, "\nNote: a run was stopped: %s\n", ex.Stop.Message)
	}
	return 0
}
