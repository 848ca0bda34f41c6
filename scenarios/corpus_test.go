package scenarios

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

const corpusDir = "corpus"

const rerecord = "re-record with: go run ./scenarios/record "

func corpus(t *testing.T) []string {
	t.Helper()
	files, err := CorpusFiles(corpusDir)
	if err != nil {
		t.Fatal(err)
	}
	return files
}

// TestCorpusShape checks the corpus programs themselves: enough of them, each with a one-line
// header comment saying what it demonstrates, small, and with the racy ones marked.
func TestCorpusShape(t *testing.T) {
	files := corpus(t)
	if len(files) < 70 {
		t.Errorf("corpus has %d programs, want at least 70", len(files))
	}
	racy := 0
	for _, file := range files {
		name := filepath.Base(file)
		src, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		if Header(string(src)) == "" {
			t.Errorf("%s: first line must be a // comment saying what the program demonstrates", name)
		}
		if n := strings.Count(string(src), "\n"); n < 5 || n > 40 {
			t.Errorf("%s: %d lines, want 5-40", name, n)
		}
		if IsRacy(string(src)) {
			racy++
		}
		if strings.ToLower(name) != name || strings.ContainsAny(name, " _") {
			t.Errorf("%s: want a lowercase-kebab name", name)
		}
	}
	if racy < 3 {
		t.Errorf("corpus has %d racy programs, want at least 3", racy)
	}
}

// TestCorpusExpectations checks that every program has a well-formed recording and that the
// recordings agree with the racy markers.
func TestCorpusExpectations(t *testing.T) {
	files := corpus(t)
	for _, file := range files {
		name := filepath.Base(file)
		src, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		e, err := ReadExpectation(ExpectationPath(file))
		if err != nil {
			t.Errorf("%s: %v (%s%s)", name, err, rerecord, name)
			continue
		}
		if !strings.HasPrefix(e.Node, "v20.") {
			t.Errorf("%s: recorded with node %q, want v20 (%s%s)", name, e.Node, rerecord, name)
		}
		if len(e.Outcomes) == 0 {
			t.Errorf("%s: no outcomes recorded (%s%s)", name, rerecord, name)
			continue
		}
		total := 0
		for _, o := range e.Outcomes {
			total += o.Seen
			if o.Seen < 1 {
				t.Errorf("%s: an outcome with seen=%d", name, o.Seen)
			}
		}
		if total != e.Runs {
			t.Errorf("%s: outcomes seen %d times in all, but runs=%d", name, total, e.Runs)
		}
		switch racy := IsRacy(string(src)); {
		case !racy && e.Racy():
			t.Errorf("%s: not marked racy but recorded with %d outcomes: make it deterministic or add `// loopviz: racy`", name, len(e.Outcomes))
		case racy && !e.Racy():
			t.Logf("%s: marked racy, but node showed only one outcome in %d runs", name, e.Runs)
		}
	}
	// No recording without its program.
	jsons, err := filepath.Glob(filepath.Join(corpusDir, "*.node.json"))
	if err != nil {
		t.Fatal(err)
	}
	for _, j := range jsons {
		js := strings.TrimSuffix(j, ".node.json")
		if !strings.HasSuffix(js, ".mjs") {
			js += ".js"
		}
		if !slices.Contains(files, js) {
			t.Errorf("%s has no program %s: delete it", j, filepath.Base(js))
		}
	}
}

// nodeV20 skips the test unless node v20 is on the PATH.
func nodeV20(t *testing.T) {
	t.Helper()
	version, err := NodeVersion(context.Background())
	if errors.Is(err, ErrNodeNotFound) {
		t.Skip("skipping: node is not on the PATH; install Node.js v20 to check the corpus against it")
	}
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(version, "v20.") {
		t.Skipf("skipping: node on the PATH is %s, the corpus was recorded with v20", version)
	}
}

// TestCorpusLive re-runs every program under the node on the PATH once and checks that node still
// does what the recording says: the (stdout, exit) pair is a recorded outcome, and stderr carries
// the same essentials (StderrEssentials). A stale recording fails here. The subtests run in
// parallel, bounded by -parallel (GOMAXPROCS by default).
func TestCorpusLive(t *testing.T) {
	nodeV20(t)
	abs, err := filepath.Abs(corpusDir)
	if err != nil {
		t.Fatal(err)
	}
	for _, file := range corpus(t) {
		name := filepath.Base(file)
		t.Run(strings.TrimSuffix(name, ".js"), func(t *testing.T) {
			t.Parallel()
			src, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			e, err := ReadExpectation(ExpectationPath(file))
			if err != nil {
				t.Fatalf("%v (%s%s)", err, rerecord, name)
			}
			live, rec, err := RecheckLive(context.Background(), filepath.Join(abs, name), e)
			if err != nil {
				t.Fatal(err)
			}
			if rec == nil {
				if IsRacy(string(src)) {
					t.Logf("racy program showed an outcome not in its recording (exit %d):\n%s(%s%s)",
						live.Exit, live.Stdout, rerecord, name)
					return
				}
				t.Fatalf("node's output is not the recorded one (%s%s)\nlive, exit %d:\n%s\nrecorded, exit %d:\n%s",
					rerecord, name, live.Exit, live.Stdout, e.Outcomes[0].Exit, e.Outcomes[0].Stdout)
			}
			got, want := StderrEssentials(live.Stderr), StderrEssentials(rec.Stderr)
			if !slices.Equal(got, want) {
				t.Errorf("stderr essentials differ from the recording (%s%s)\nlive:     %q\nrecorded: %q",
					rerecord, name, got, want)
			}
		})
	}
}

func TestRunNode(t *testing.T) {
	nodeV20(t)
	dir := t.TempDir()
	file := filepath.Join(dir, "probe.js")
	src := `console.log('cwd is the file dir:', process.cwd() === __dirname);
console.log('env:', Object.keys(process.env).sort().join(','), JSON.stringify(process.env.NODE_OPTIONS));
console.error(__filename);
process.emitWarning('careful');
process.exitCode = 7;
`
	if err := os.WriteFile(file, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	outcomes, err := RunNode(context.Background(), file, 3)
	if err != nil {
		t.Fatal(err)
	}
	if len(outcomes) != 1 {
		t.Fatalf("got %d outcomes, want 1: %+v", len(outcomes), outcomes)
	}
	o := outcomes[0]
	if o.Seen != 3 || o.Exit != 7 {
		t.Errorf("seen %d exit %d, want seen 3 exit 7", o.Seen, o.Exit)
	}
	wantOut := "cwd is the file dir: true\nenv: HOME,NODE_OPTIONS,NO_COLOR,PATH \"\"\n"
	if o.Stdout != wantOut {
		t.Errorf("stdout = %q, want %q", o.Stdout, wantOut)
	}
	wantErr := []string{
		"$DIR/probe.js",
		"(node:PID) Warning: careful",
		"(Use `node --trace-warnings ...` to show where the warning was created)",
	}
	if got := StderrEssentials(o.Stderr); !slices.Equal(got, wantErr) {
		t.Errorf("stderr essentials = %q, want %q", got, wantErr)
	}

	// A program that never ends is reported, not waited for forever.
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := RunNode(ctx, file, 1); err == nil {
		t.Errorf("cancelled context: want an error")
	}
}

func TestRunNodeWithoutNode(t *testing.T) {
	t.Setenv("PATH", t.TempDir())
	_, err := RunNode(context.Background(), "corpus/tick-vs-promise.js", 1)
	if !errors.Is(err, ErrNodeNotFound) {
		t.Errorf("RunNode without node on the PATH: got %v, want ErrNodeNotFound", err)
	}
	if _, err := NodeVersion(context.Background()); !errors.Is(err, ErrNodeNotFound) {
		t.Errorf("NodeVersion without node on the PATH: got %v, want ErrNodeNotFound", err)
	}
}

// TestCorpusESMPairs checks the twins that show how an ES module's timing differs from
// CommonJS: each esm-X.mjs with an esm-X.js beside it holds the same code, and node printed
// something different for the two.
func TestCorpusESMPairs(t *testing.T) {
	files := corpus(t)
	pairs := 0
	for _, file := range files {
		if !strings.HasSuffix(file, ".mjs") {
			continue
		}
		twin := strings.TrimSuffix(file, ".mjs") + ".js"
		if !slices.Contains(files, twin) {
			continue
		}
		pairs++
		esm, err := ReadExpectation(ExpectationPath(file))
		if err != nil {
			t.Fatal(err)
		}
		cjs, err := ReadExpectation(ExpectationPath(twin))
		if err != nil {
			t.Fatal(err)
		}
		for _, o := range cjs.Outcomes {
			if esm.Find(o.Stdout, o.Exit) != nil {
				t.Errorf("%s: node printed the same for the CommonJS twin: the pair shows no difference", filepath.Base(file))
			}
		}
	}
	if pairs < 8 {
		t.Errorf("%d CommonJS / ES module pairs, want at least 8", pairs)
	}
}
