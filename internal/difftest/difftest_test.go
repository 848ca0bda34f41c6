package difftest

import (
	"context"
	"errors"
	"fmt"
	"os"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/loopviz/loopviz/internal/gen"
	"github.com/loopviz/loopviz/scenarios"
)

// The CI batch: seeds ciSeed to ciSeed+ciCount-1, each run ciRuns times under node.
const (
	ciSeed  = 1
	ciCount = 48
	ciRuns  = 4
	// A program that mismatches is checked again, up to ciRetries times, and
	// fails only if every check mismatches: on a loaded machine node can stall
	// for tens of milliseconds between two statements, and a 50 ms timer then
	// fires before the first immediate. A difference in the model shows every
	// time.
	ciRetries = 2
)

// TestDifferential runs a fixed batch of generated programs under node and
// under loopviz (see the package comment for what must agree) and fails on
// the first mismatch with the shrunk program.
//
// LOOPVIZ_DIFF=N runs N programs instead of the CI batch, LOOPVIZ_DIFF_SEED=S
// starts at seed S, LOOPVIZ_DIFF_RUNS=R runs node R times per program, and
// LOOPVIZ_DIFF_SEEDS=a,b,c runs just those seeds, LOOPVIZ_DIFF_RETRIES=K
// re-checks a mismatch K times, and LOOPVIZ_DIFF_ALL=1
// reports every mismatch (unshrunk) rather than the first.
func TestDifferential(t *testing.T) {
	count := envInt(t, "LOOPVIZ_DIFF", ciCount)
	seed := int64(envInt(t, "LOOPVIZ_DIFF_SEED", ciSeed))
	runs := envInt(t, "LOOPVIZ_DIFF_RUNS", ciRuns)
	retries := envInt(t, "LOOPVIZ_DIFF_RETRIES", ciRetries)
	if testing.Short() && os.Getenv("LOOPVIZ_DIFF") == "" {
		t.Skip("skipped in -short mode")
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	version, err := scenarios.NodeVersion(ctx)
	if errors.Is(err, scenarios.ErrNodeNotFound) {
		t.Skip("node is not on the PATH: the differential test needs node v20 as its oracle")
	}
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(version, "v20.") {
		t.Skipf("node on the PATH is %s: the differential test needs node v20, the version loopviz models", version)
	}

	dir := t.TempDir()
	checker := &Checker{Dir: dir, Runs: runs}
	workers := max(1, runtime.NumCPU())
	seeds := make(chan int64)
	var (
		mu       sync.Mutex
		first    *Report
		checked  int
		racy     int
		firstErr error
		// LOOPVIZ_DIFF_ALL=1 logs every mismatch, unshrunk, instead of stopping at the first.
		keepGoing  = os.Getenv("LOOPVIZ_DIFF_ALL") != ""
		mismatches int
		flakes     int
	)
	start := time.Now()
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			name := fmt.Sprintf("w%d.js", w)
			for s := range seeds {
				r, err := checker.Check(ctx, gen.Generate(s, gen.DefaultConfig), name)
				var flaky string
				if err == nil && r.Mismatch != "" {
					flaky = r.Mismatch
					r, err = checker.Confirm(ctx, r, name, retries)
				}
				mu.Lock()
				if err == nil && r.Mismatch == "" && flaky != "" {
					flakes++
					t.Logf("seed %d: a mismatch that did not reproduce (%s)", s, flaky)
				}
				switch {
				case err != nil && ctx.Err() == nil:
					firstErr = err
					cancel()
				case err != nil:
				case r.Mismatch != "" && keepGoing:
					mismatches++
					t.Logf("seed %d: %s\n%s", r.Program.Seed, r.Mismatch, r)
				case r.Mismatch != "":
					if first == nil || r.Program.Seed < first.Program.Seed {
						first = r
					}
					cancel()
				default:
					checked++
					if r.Racy() {
						racy++
					}
					if checked%500 == 0 {
						t.Logf("%d programs agree so far (%s)", checked, time.Since(start).Round(time.Second))
					}
				}
				mu.Unlock()
			}
		}()
	}
	list := make([]int64, 0, count)
	for s := seed; s < seed+int64(count); s++ {
		list = append(list, s)
	}
	if v := os.Getenv("LOOPVIZ_DIFF_SEEDS"); v != "" {
		list = list[:0]
		for _, f := range strings.FieldsFunc(v, func(r rune) bool { return r == ',' || r == ' ' || r == '\n' }) {
			s, err := strconv.ParseInt(f, 10, 64)
			if err != nil {
				t.Fatalf("LOOPVIZ_DIFF_SEEDS: %q is not a seed", f)
			}
			list = append(list, s)
		}
		count = len(list)
	}
	for _, s := range list {
		if ctx.Err() != nil {
			break
		}
		select {
		case seeds <- s:
		case <-ctx.Done():
		}
	}
	close(seeds)
	wg.Wait()
	if firstErr != nil {
		t.Fatal(firstErr)
	}
	if mismatches > 0 {
		t.Fatalf("%d of %d programs mismatch", mismatches, count)
	}
	if first != nil {
		t.Logf("seed %d mismatches; shrinking it (%d nodes)...", first.Program.Seed, first.Program.Size())
		shrunk := checker.Shrink(context.Background(), first, "shrunk.js", 400)
		t.Fatalf("loopviz disagrees with node %s on seed %d (reproduce: LOOPVIZ_DIFF=1 LOOPVIZ_DIFF_SEED=%d go test ./internal/difftest)\n%s",
			version, first.Program.Seed, first.Program.Seed, shrunk)
	}
	t.Logf("%d programs (seeds %d-%d) agree with node %s, %d of them racy in node, %d only on a re-check; %s",
		checked, list[0], list[len(list)-1], version, racy, flakes, time.Since(start).Round(time.Second))
}

func envInt(t *testing.T, name string, def int) int {
	s := os.Getenv(name)
	if s == "" {
		return def
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 0 {
		t.Fatalf("%s=%q: want a non-negative number", name, s)
	}
	return n
}
