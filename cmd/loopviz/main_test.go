package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"testing"

	"github.com/loopviz/loopviz/runtime"
)

var update = flag.Bool("update", false, "rewrite the golden traces")

// TestMain gives the tests the memory settings the loopviz command gives
// itself (see main): the memory watchdog of a run reads the whole process's
// heap, so without the soft limit the garbage of earlier tests could stop a
// later test's run.
func TestMain(m *testing.M) {
	debug.SetGCPercent(gcPercent)
	debug.SetMemoryLimit(runtime.GCMemoryLimit)
	os.Exit(m.Run())
}

func runCLI(args ...string) (stdout, stderr string, code int) {
	var out, errb bytes.Buffer
	code = run(args, &out, &errb)
	return out.String(), errb.String(), code
}

func writeFile(t *testing.T, name, content string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestBadInput(t *testing.T) {
	dir := t.TempDir()
	binary := filepath.Join(dir, "prog.bin")
	if err := os.WriteFile(binary, []byte{0x7f, 'E', 'L', 'F', 0, 1, 2}, 0o644); err != nil {
		t.Fatal(err)
	}
	unreadable := filepath.Join(dir, "secret.js")
	if err := os.WriteFile(unreadable, []byte("console.log(1)"), 0o000); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		args []string
		code int
		want string // in stderr
	}{
		{"missing file", []string{"run", filepath.Join(dir, "nope.js")}, 2, "loopviz: no such file: "},
		{"directory", []string{"run", dir}, 2, "is a directory: give a JavaScript file"},
		{"binary file", []string{"run", binary}, 2, "is not a text file: give a JavaScript file"},
		{"no file", []string{"run"}, 2, "loopviz run: no file given"},
		{"unknown command", []string{"frobnicate"}, 2, `unknown command "frobnicate"`},
		{"bad env", []string{"run", "--env", "NOEQUALS", binary}, 2, "--env wants K=V"},
		{"bad level", []string{"trace", "--level", "fine", binary}, 2, `unknown level "fine"`},
	}
	if os.Geteuid() != 0 { // root reads anything
		tests = append(tests, struct {
			name string
			args []string
			code int
			want string
		}{"unreadable file", []string{"run", unreadable}, 2, "cannot read"})
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, stderr, code := runCLI(tc.args...)
			if code != tc.code {
				t.Errorf("exit code %d, want %d (stderr %q)", code, tc.code, stderr)
			}
			if !strings.Contains(stderr, tc.want) {
				t.Errorf("stderr %q does not contain %q", stderr, tc.want)
			}
			if tc.name != "no file" && strings.Count(strings.TrimSpace(stderr), "\n") > 0 && !strings.HasPrefix(tc.name, "no") {
				t.Errorf("want one line on stderr, got %q", stderr)
			}
		})
	}
}

func TestUsage(t *testing.T) {
	out, _, code := runCLI()
	if code != 0 || !strings.Contains(out, "loopviz run FILE.js") {
		t.Errorf("usage: code %d, out %q", code, out)
	}
}

func TestRunMirrorsNode(t *testing.T) {
	prog := writeFile(t, "p.js", `console.log('a');
process.nextTick(() => console.log('tick'));
Promise.resolve().then(() => console.error('promise on stderr'));
process.exitCode = 3;
`)
	out, errOut, code := runCLI("run", prog)
	if out != "a\ntick\n" || errOut != "promise on stderr\n" || code != 3 {
		t.Errorf("got stdout %q stderr %q code %d", out, errOut, code)
	}
}

func TestRunFlagsAfterFile(t *testing.T) {
	prog := writeFile(t, "p.js", `console.log(process.env.GREETING, process.argv.slice(2).join(','))`)
	out, errOut, code := runCLI("run", "--env", "GREETING=hi", prog, "x", "y")
	if out != "hi x,y\n" || code != 0 {
		t.Errorf("got stdout %q stderr %q code %d", out, errOut, code)
	}
}

func TestRunStopsRunawayCode(t *testing.T) {
	prog := writeFile(t, "loop.js", "console.log('before');\nwhile (true) {}\n")
	out, errOut, code := runCLI("run", "--max-statements", "100000", prog)
	if out != "before\n" || code != exitStopped || !strings.Contains(errOut, "runaway code") || !strings.Contains(errOut, "loop.js:2") {
		t.Errorf("got stdout %q stderr %q code %d", out, errOut, code)
	}
	_, errOut2, _ := runCLI("run", "--max-statements", "100000", prog)
	if errOut2 != errOut {
		t.Errorf("the stop is not deterministic:\n%s\n%s", errOut, errOut2)
	}
}

func TestTraceJSON(t *testing.T) {
	prog := writeFile(t, "p.js", "setTimeout(() => console.log('t'), 5);\nconsole.log('main');\n")
	out, errOut, code := runCLI("trace", "--json", "--level", "statement", prog)
	if code != 0 {
		t.Fatalf("code %d: %s", code, errOut)
	}
	var tr struct {
		Schema string `json:"schema"`
		Stdout string `json:"stdout"`
		Steps  []struct {
			Kind  string `json:"kind"`
			Level string `json:"level"`
			Label string `json:"label"`
			Why   string `json:"why"`
		} `json:"steps"`
	}
	if err := json.Unmarshal([]byte(out), &tr); err != nil {
		t.Fatal(err)
	}
	if tr.Schema != "loopviz-trace/2" || tr.Stdout != "main\nt\n" {
		t.Errorf("schema %q stdout %q", tr.Schema, tr.Stdout)
	}
	kinds := map[string]bool{}
	for _, s := range tr.Steps {
		kinds[s.Kind+"/"+s.Level] = true
		if s.Label == "" {
			t.Errorf("step without a label: %+v", s)
		}
	}
	for _, k := range []string{"statement/statement", "enqueue/api", "phase/loop", "callback-start/loop", "output/api"} {
		if !kinds[k] {
			t.Errorf("no %s step", k)
		}
	}
}

func TestExploreFindsBothOrders(t *testing.T) {
	prog := writeFile(t, "race.js", "setTimeout(() => console.log('timeout'), 0);\nsetImmediate(() => console.log('immediate'));\n")
	out, _, code := runCLI("explore", prog)
	if code != 0 || !strings.Contains(out, "2 possible outputs") ||
		!strings.Contains(out, "  immediate\n  timeout\n") || !strings.Contains(out, "  timeout\n  immediate\n") {
		t.Errorf("explore:\n%s", out)
	}
}

// TestGoldenTraces compares the text trace of a few programs with golden
// files; go test ./cmd/loopviz -update rewrites them.
func TestGoldenTraces(t *testing.T) {
	progs, err := filepath.Glob("testdata/golden/*.js")
	if err != nil || len(progs) == 0 {
		t.Fatalf("no golden programs: %v", err)
	}
	esm, _ := filepath.Glob("testdata/golden/*.mjs")
	progs = append(progs, esm...)
	for _, prog := range progs {
		name := filepath.Base(prog)
		t.Run(name, func(t *testing.T) {
			out, errOut, code := runCLI("trace", "--why", prog)
			if code != 0 {
				t.Fatalf("code %d: %s", code, errOut)
			}
			abs, _ := filepath.Abs("testdata/golden")
			out = strings.ReplaceAll(out, abs+"/", "")
			golden := strings.TrimSuffix(strings.TrimSuffix(prog, ".js"), ".mjs") + ".trace"
			if strings.HasSuffix(prog, ".mjs") {
				golden = prog + ".trace"
			}
			if *update {
				if err := os.WriteFile(golden, []byte(out), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if out != string(want) {
				t.Errorf("trace differs from %s (run with -update if the change is intended):\n%s", golden, diffLines(string(want), out))
			}
		})
	}
}

// diffLines shows the first differing line of two texts, with context.
func diffLines(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < max(len(w), len(g)); i++ {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl != gl {
			return "line " + itoa(i+1) + ":\n- " + wl + "\n+ " + gl
		}
	}
	return ""
}
