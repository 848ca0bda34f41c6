package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"path/filepath"
	"slices"
	"strings"

	"github.com/loopviz/loopviz/runtime"
	"github.com/loopviz/loopviz/scenarios"
)

// defaultVerifyRuns is how many times verify runs the program under node: a
// race (a timer against an immediate, pool jobs of equal cost) shows up as
// more than one outcome within a few runs.
const defaultVerifyRuns = 5

// sideResult is one side's account of the program: what it printed and how it
// ended. For loopviz it is the default run (or, when the program has races,
// one of the outcomes explore found).
type sideResult struct {
	stdout string
	stderr []string // stderr essentials (scenarios.StderrEssentials)
	exit   int
}

// cmdVerify runs a file under real node and under loopviz and says whether
// they agree. Exit status: 0 agree, 1 differ, 2 bad input or no node.
func cmdVerify(args []string, stdout, stderr io.Writer) int {
	var rf runFlags
	runs := defaultVerifyRuns
	maxRuns := runtime.DefaultExploreRuns
	file, rest, ok := parseCommand("verify", args, stderr, &rf, func(fs *flag.FlagSet) {
		fs.IntVar(&runs, "runs", defaultVerifyRuns, "run the program `N` times under node, to catch races")
		fs.IntVar(&maxRuns, "max-runs", runtime.DefaultExploreRuns, "when the program races, try at most `N` loopviz runs")
	})
	if !ok {
		return exitUsage
	}
	if runs < 1 || runs > 100 {
		fmt.Fprintf(stderr, "loopviz verify: --runs must be between 1 and 100, got %d\n", runs)
		return exitUsage
	}
	opts, err := rf.options(file, rest)
	if err != nil {
		fmt.Fprintf(stderr, "loopviz verify: %v\n", err)
		return exitUsage
	}
	if _, err := runtime.ReadSource(file); err != nil {
		return reportRunError(stderr, err)
	}
	abs, err := filepath.Abs(file)
	if err != nil {
		fmt.Fprintf(stderr, "loopviz verify: %v\n", err)
		return exitUsage
	}
	dir := filepath.Dir(abs)

	ctx := context.Background()
	version, err := scenarios.NodeVersion(ctx)
	if err != nil {
		if errors.Is(err, scenarios.ErrNodeNotFound) {
			fmt.Fprintf(stderr, "loopviz verify: there is no node on the PATH to compare with: install Node.js v20 (loopviz models %s), then run this again\n", runtime.NodeVersion)
		} else {
			fmt.Fprintf(stderr, "loopviz verify: cannot run node: %v\n", err)
		}
		return exitUsage
	}
	env := append([]string(nil), rf.env...)
	if rf.threadpool > 0 {
		env = append(env, fmt.Sprintf("UV_THREADPOOL_SIZE=%d", rf.threadpool))
	}
	nodeOut, err := scenarios.RunNodeWith(ctx, abs, runs, scenarios.NodeOptions{Env: env, Args: rest})
	if err != nil {
		if errors.Is(err, context.DeadlineExceeded) {
			fmt.Fprintf(stderr, "loopviz verify: node was still running %s after it started %s: verify compares programs that end by themselves (try: loopviz run %s)\n",
				scenarios.RunTimeout, filepath.Base(file), file)
		} else {
			fmt.Fprintf(stderr, "loopviz verify: %v\n", err)
		}
		return exitUsage
	}
	res, err := runtime.Run(opts)
	if err != nil {
		return reportRunError(stderr, err)
	}
	if res.Stop != nil {
		fmt.Fprintf(stdout, "differ: loopviz stopped the run (%s), node ran it to the end (exit code %d).\n", res.Stop.Message, nodeOut[0].Exit)
		return 1
	}
	mine := sideResult{res.Stdout(), essentials(res.Stderr(), dir), res.ExitCode}

	fmt.Fprintf(stdout, "node %s: %s", version, plural(runs, "run", "runs"))
	if len(nodeOut) > 1 {
		fmt.Fprintf(stdout, ", %d different outputs (the program races)", len(nodeOut))
	}
	fmt.Fprintln(stdout)
	if version != runtime.NodeVersion && !strings.HasPrefix(version, "v20.") {
		fmt.Fprintf(stdout, "note: loopviz models node %s; this node is %s, so some differences may be the version's\n", runtime.NodeVersion, version)
	}

	if len(nodeOut) == 1 && res.Races == 0 {
		return compareOne(stdout, nodeOut[0], mine, dir)
	}

	// A race: node showed several outputs, or loopviz's run met race points
	// where it picked one way. Every output node printed must be one the
	// model allows.
	ex, err := runtime.Explore(opts, maxRuns)
	if err != nil {
		return reportRunError(stderr, err)
	}
	fmt.Fprintf(stdout, "loopviz: %s over %s, %s\n", plural(ex.RacePoints, "race point", "race points"),
		plural(ex.Runs, "run", "runs"), plural(len(ex.Outcomes), "possible output", "possible outputs"))
	var missing []scenarios.Outcome
	for _, o := range nodeOut {
		if !slices.ContainsFunc(ex.Outcomes, func(lo *runtime.Outcome) bool { return lo.Stdout == o.Stdout && lo.ExitCode == o.Exit }) {
			missing = append(missing, o)
		}
	}
	if len(missing) == 0 {
		fmt.Fprintf(stdout, "agree: every output node printed (%d of %d) is one loopviz finds when its races go that way.\n", len(nodeOut), len(ex.Outcomes))
		return 0
	}
	fmt.Fprintf(stdout, "differ: node printed %s that loopviz never produces.\n", plural(len(missing), "output", "outputs"))
	// Show the difference against the loopviz outcome nearest to the first
	// missing one: the one that agrees with it for the most lines.
	want := missing[0]
	best := ex.Outcomes[0]
	for _, lo := range ex.Outcomes[1:] {
		if commonLines(lo.Stdout, want.Stdout) > commonLines(best.Stdout, want.Stdout) {
			best = lo
		}
	}
	showDiff(stdout, want, sideResult{best.Stdout, essentials(best.Stderr, dir), best.ExitCode})
	if ex.Truncated {
		fmt.Fprintf(stdout, "(explore stopped after %d runs: --max-runs raises it)\n", ex.Runs)
	}
	return 1
}

// compareOne compares node's single outcome with loopviz's run.
func compareOne(w io.Writer, node scenarios.Outcome, mine sideResult, dir string) int {
	nodeErr := scenarios.StderrEssentials(node.Stderr)
	if node.Stdout == mine.stdout && node.Exit == mine.exit && slices.Equal(nodeErr, mine.stderr) {
		fmt.Fprintf(w, "agree: loopviz prints what node printed: %s of stdout, exit code %d",
			plural(lineCount(node.Stdout), "line", "lines"), node.Exit)
		if len(nodeErr) > 0 {
			fmt.Fprintf(w, ", the same stderr (%s, stack frames aside)", plural(len(nodeErr), "line", "lines"))
		}
		fmt.Fprintln(w, ".")
		return 0
	}
	showDiff(w, node, mine)
	return 1
}

// showDiff prints the first differing stdout line with a little context, then
// the exit codes and the stderr essentials where they differ.
func showDiff(w io.Writer, node scenarios.Outcome, mine sideResult) {
	nl, ml := splitLines(node.Stdout), splitLines(mine.stdout)
	if node.Stdout != mine.stdout {
		i := commonLines(node.Stdout, mine.stdout)
		fmt.Fprintf(w, "differ: stdout line %d\n", i+1)
		for j := max(0, i-3); j < i; j++ {
			fmt.Fprintf(w, "  %4d   %s\n", j+1, nl[j])
		}
		fmt.Fprintf(w, "  %4d   node:    %s\n", i+1, lineAt(nl, i))
		fmt.Fprintf(w, "  %4s   loopviz: %s\n", "", lineAt(ml, i))
		fmt.Fprintf(w, "  (node printed %s, loopviz %s)\n", plural(len(nl), "line", "lines"), plural(len(ml), "line", "lines"))
	} else {
		fmt.Fprintf(w, "differ: the same stdout (%s), but not the same ending\n", plural(len(nl), "line", "lines"))
	}
	if node.Exit != mine.exit {
		fmt.Fprintf(w, "exit code: node %d, loopviz %d\n", node.Exit, mine.exit)
	} else {
		fmt.Fprintf(w, "exit code: %d on both\n", node.Exit)
	}
	nodeErr := scenarios.StderrEssentials(node.Stderr)
	if !slices.Equal(nodeErr, mine.stderr) {
		fmt.Fprintln(w, "stderr (stack frames aside):")
		fmt.Fprintln(w, "  node:")
		writeIndented(w, nodeErr)
		fmt.Fprintln(w, "  loopviz:")
		writeIndented(w, mine.stderr)
	}
}

func writeIndented(w io.Writer, lines []string) {
	if len(lines) == 0 {
		fmt.Fprintln(w, "    (nothing)")
	}
	for _, l := range lines {
		fmt.Fprintf(w, "    %s\n", l)
	}
}

// essentials are the stderr lines that carry meaning, with the program's
// directory written as node's recordings write it.
func essentials(stderr, dir string) []string {
	return scenarios.StderrEssentials(scenarios.NormalizeStderr(stderr, dir))
}

// splitLines splits output into lines; a final newline ends the last line
// rather than starting an empty one.
func splitLines(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(strings.TrimSuffix(s, "\n"), "\n")
}

func lineCount(s string) int { return len(splitLines(s)) }

// commonLines is how many leading lines two outputs share. When one output
// is the other plus a missing final newline, the last line counts as
// different.
func commonLines(a, b string) int {
	al, bl := strings.SplitAfter(a, "\n"), strings.SplitAfter(b, "\n")
	i := 0
	for i < len(al) && i < len(bl) && al[i] == bl[i] && al[i] != "" {
		i++
	}
	return i
}

// lineAt quotes line i of an output, or says the output has ended.
func lineAt(lines []string, i int) string {
	if i >= len(lines) {
		return "(no more output)"
	}
	return fmt.Sprintf("%q", lines[i])
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}
