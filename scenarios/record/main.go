// Command record runs corpus programs under real node and writes what node printed beside each
// program, as X.node.json (see scenarios.Expectation).
//
// Usage, from the repository root:
//
//	go run ./scenarios/record [-runs N] [-dir scenarios/corpus] [FILE.js|FILE.mjs ...]
//
// Without files it records every program of the corpus directory. A program runs 5 times, or 40
// times when its header says "// loopviz: racy" (so that node gets a chance to show each way the
// race can go); -runs overrides both. A program that is not marked racy but showed more than one
// outcome is reported loudly and makes the command exit with status 1: fix it or mark it.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/loopviz/loopviz/scenarios"
)

const (
	normalRuns = 5
	racyRuns   = 40
)

func main() {
	runs := flag.Int("runs", 0, fmt.Sprintf("runs per program (default %d, or %d for racy programs)", normalRuns, racyRuns))
	dir := flag.String("dir", "scenarios/corpus", "corpus directory")
	flag.Usage = func() {
		fmt.Fprintf(flag.CommandLine.Output(), "usage: go run ./scenarios/record [-runs N] [-dir DIR] [FILE.js ...]\n")
		flag.PrintDefaults()
	}
	flag.Parse()
	if err := run(context.Background(), *dir, *runs, flag.Args()); err != nil {
		fmt.Fprintln(os.Stderr, "record:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, dir string, runs int, args []string) error {
	files, err := resolve(dir, args)
	if err != nil {
		return err
	}
	version, err := scenarios.NodeVersion(ctx)
	if err != nil {
		return err
	}
	if !strings.HasPrefix(version, "v20.") {
		fmt.Fprintf(os.Stderr, "record: warning: node is %s; the corpus is meant to be recorded with node v20\n", version)
	}
	var unmarked []string
	for _, file := range files {
		src, err := os.ReadFile(file)
		if err != nil {
			return err
		}
		racy := scenarios.IsRacy(string(src))
		n := runs
		if n <= 0 {
			n = normalRuns
			if racy {
				n = racyRuns
			}
		}
		outcomes, err := scenarios.RunNode(ctx, file, n)
		if err != nil {
			return err
		}
		e := &scenarios.Expectation{Node: version, Runs: n, Outcomes: outcomes}
		if err := e.Write(scenarios.ExpectationPath(file)); err != nil {
			return err
		}
		name := filepath.Base(file)
		switch {
		case len(outcomes) == 1:
			fmt.Printf("recorded %s: 1 outcome, exit %d\n", name, outcomes[0].Exit)
		case racy:
			fmt.Printf("recorded %s: racy: %d outcomes (seen %s)\n", name, len(outcomes), seen(outcomes))
		default:
			fmt.Printf("recorded %s: %d outcomes (seen %s)\n", name, len(outcomes), seen(outcomes))
			fmt.Fprintf(os.Stderr, "\n!!! WARNING: %s is not marked racy but node showed %d different outcomes in %d runs.\n"+
				"!!! Make it deterministic, or add a line `// loopviz: racy` to its header comments.\n\n",
				name, len(outcomes), n)
			unmarked = append(unmarked, name)
		}
		if racy && len(outcomes) == 1 {
			fmt.Printf("  note: %s is marked racy but node showed one outcome in %d runs\n", name, n)
		}
	}
	if len(unmarked) > 0 {
		return fmt.Errorf("%d program(s) not marked racy showed several outcomes: %s", len(unmarked), strings.Join(unmarked, ", "))
	}
	return nil
}

// resolve turns the command-line files into paths: a name that does not exist as given is looked
// up in the corpus directory, so both "scenarios/corpus/x.js" and "x.js" work.
func resolve(dir string, args []string) ([]string, error) {
	if len(args) == 0 {
		files, err := scenarios.CorpusFiles(dir)
		if err != nil {
			return nil, err
		}
		if len(files) == 0 {
			return nil, fmt.Errorf("no .js or .mjs files in %s", dir)
		}
		return files, nil
	}
	var files []string
	for _, a := range args {
		if !scenarios.IsProgram(a) {
			return nil, fmt.Errorf("%s: not a .js or .mjs file", a)
		}
		if _, err := os.Stat(a); err == nil {
			files = append(files, a)
			continue
		}
		p := filepath.Join(dir, filepath.Base(a))
		if _, err := os.Stat(p); err != nil {
			if errors.Is(err, os.ErrNotExist) {
				return nil, fmt.Errorf("no such program %q (looked in . and %s)", a, dir)
			}
			return nil, err
		}
		files = append(files, p)
	}
	return files, nil
}

func seen(outcomes []scenarios.Outcome) string {
	parts := make([]string, len(outcomes))
	for i, o := range outcomes {
		parts[i] = fmt.Sprint(o.Seen)
	}
	return strings.Join(parts, "/")
}
