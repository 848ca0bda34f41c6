package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// fakeNode puts a `node` on an otherwise empty PATH: a shell script that
// answers --version with v20.20.2 and runs body (shell, builtins only) for a
// program. $DIR is a directory the script may keep state in.
func fakeNode(t *testing.T, body string) {
	t.Helper()
	bin := t.TempDir()
	state := t.TempDir()
	script := "#!/bin/sh\nDIR='" + state + "'\nif [ \"$1\" = --version ]; then printf 'v20.20.2\\n'; exit 0; fi\n" + body + "\n"
	if err := os.WriteFile(filepath.Join(bin, "node"), []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	t.Setenv("PATH", bin)
}

// racyProgram races a zero timer against an immediate in the main module:
// node prints either order, and loopviz's explore finds both.
const racyProgram = "setTimeout(() => console.log('timeout'), 0);\nsetImmediate(() => console.log('immediate'));\n"

func TestVerify(t *testing.T) {
	if _, err := os.Stat("/bin/sh"); err != nil {
		t.Skip("no /bin/sh for the fake node")
	}
	tests := []struct {
		name    string
		program string
		node    string // the fake node's body; "" for no node on the PATH
		code    int
		stdout  []string // substrings, in order
		stderr  string   // substring
	}{
		{"agree", "console.log('a');\nconsole.log('b');\n", `printf 'a\nb\n'`, 0,
			[]string{"node v20.20.2: 5 runs\n", "agree: loopviz prints what node printed: 2 lines of stdout, exit code 0.\n"}, ""},
		{"agree on an error", "throw new Error('boom');\n",
			`printf '%s:1\nthrow new Error(\x27boom\x27);\n^\n\nError: boom\n    at Object.<anonymous> (%s:1:7)\n\nNode.js v20.20.2\n' "$1" "$1" >&2; exit 1`, 0,
			[]string{"agree: loopviz prints what node printed: 0 lines of stdout, exit code 1, the same stderr (1 line, stack frames aside).\n"}, ""},
		{"differ on a line", "console.log('a');\nconsole.log('b');\nconsole.log('c');\n", `printf 'a\nx\nc\n'`, 1,
			[]string{"differ: stdout line 2\n", "     1   a\n", "     2   node:    \"x\"\n", "         loopviz: \"b\"\n", "exit code: 0 on both\n"}, ""},
		{"differ on the end", "console.log('a');\n", `printf 'a\nmore\n'`, 1,
			[]string{"differ: stdout line 2\n", "node:    \"more\"\n", "loopviz: (no more output)\n", "(node printed 2 lines, loopviz 1 line)\n"}, ""},
		{"differ on the exit code and stderr", "console.log('a');\n", `printf 'a\n'; printf 'Error: boom\n' >&2; exit 3`, 1,
			[]string{"differ: the same stdout (1 line), but not the same ending\n", "exit code: node 3, loopviz 0\n",
				"stderr (stack frames aside):\n  node:\n    Error: boom\n  loopviz:\n    (nothing)\n"}, ""},
		{"racy in loopviz only", racyProgram, `printf 'timeout\nimmediate\n'`, 0,
			[]string{"node v20.20.2: 5 runs\n", "loopviz: 1 race point over 2 runs, 2 possible outputs\n",
				"agree: every output node printed (1 of 2) is one loopviz finds when its races go that way.\n"}, ""},
		{"racy in both", racyProgram,
			`if ( set -C; : > "$DIR/first" ) 2>/dev/null; then printf 'immediate\ntimeout\n'; else printf 'timeout\nimmediate\n'; fi`, 0,
			[]string{"node v20.20.2: 5 runs, 2 different outputs (the program races)\n",
				"agree: every output node printed (2 of 2) is one loopviz finds when its races go that way.\n"}, ""},
		{"racy, node prints what loopviz never does", racyProgram,
			`if ( set -C; : > "$DIR/first" ) 2>/dev/null; then printf 'immediate\n'; else printf 'timeout\nimmediate\n'; fi`, 1,
			[]string{"differ: node printed 1 output that loopviz never produces.\n", "differ: stdout line 2\n",
				"node:    (no more output)\n", "loopviz: \"timeout\"\n"}, ""},
		{"node missing", "console.log(1);\n", "", 2, nil,
			"loopviz verify: there is no node on the PATH to compare with: install Node.js v20 (loopviz models v20.20.2), then run this again\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if tc.node == "" {
				t.Setenv("PATH", t.TempDir())
			} else {
				fakeNode(t, tc.node)
			}
			file := writeFile(t, "prog.js", tc.program)
			stdout, stderr, code := runCLI("verify", file)
			if code != tc.code {
				t.Errorf("exit code %d, want %d\nstdout:\n%s\nstderr:\n%s", code, tc.code, stdout, stderr)
			}
			rest := stdout
			for _, want := range tc.stdout {
				i := strings.Index(rest, want)
				if i < 0 {
					t.Fatalf("stdout lacks %q (in order)\nstdout:\n%s", want, stdout)
				}
				rest = rest[i+len(want):]
			}
			if !strings.Contains(stderr, tc.stderr) {
				t.Errorf("stderr lacks %q\nstderr:\n%s", tc.stderr, stderr)
			}
		})
	}
}

func TestVerifyBadInput(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"missing file", []string{"verify", filepath.Join(dir, "nope.js")}, "loopviz: no such file: "},
		{"no file", []string{"verify"}, "loopviz verify: no file given"},
		{"bad runs", []string{"verify", "--runs", "0", filepath.Join(dir, "nope.js")}, "--runs must be between 1 and 100"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, stderr, code := runCLI(tc.args...)
			if code != 2 || !strings.Contains(stderr, tc.want) {
				t.Errorf("exit %d, stderr %q; want exit 2 and %q", code, stderr, tc.want)
			}
		})
	}
}

// TestVerifyRealNode runs verify against the real node: a program loopviz
// models agrees; one that reads the real environment, which loopviz
// replaces by a virtual one, differs.
func TestVerifyRealNode(t *testing.T) {
	if _, err := exec.LookPath("node"); err != nil {
		t.Skip("no node on the PATH")
	}
	agree := writeFile(t, "agree.js", "process.nextTick(() => console.log('tick'));\nPromise.resolve().then(() => console.log('promise'));\nconsole.log('sync');\n")
	stdout, stderr, code := runCLI("verify", "--runs", "2", agree)
	if code != 0 || !strings.Contains(stdout, "agree: loopviz prints what node printed: 3 lines of stdout, exit code 0.") {
		t.Errorf("exit %d\nstdout:\n%s\nstderr:\n%s", code, stdout, stderr)
	}
	differ := writeFile(t, "differ.js", "console.log('home is', typeof process.env.HOME);\n")
	stdout, stderr, code = runCLI("verify", "--runs", "2", differ)
	if code != 1 || !strings.Contains(stdout, "node:    \"home is string\"\n         loopviz: \"home is undefined\"") {
		t.Errorf("exit %d\nstdout:\n%s\nstderr:\n%s", code, stdout, stderr)
	}
}

// TestVerifyStopped: when a bound stops loopviz's run, verify says so and
// counts it as a difference.
func TestVerifyStopped(t *testing.T) {
	if _, err := os.Stat("/bin/sh"); err != nil {
		t.Skip("no /bin/sh for the fake node")
	}
	fakeNode(t, `printf 'done\n'`)
	file := writeFile(t, "prog.js", "let n = 0;\nwhile (n < 1e6) n++;\nconsole.log('done');\n")
	stdout, stderr, code := runCLI("verify", "--max-statements", "1000", file)
	want := "differ: loopviz stopped the run (runaway code: the statement budget of 1000 statements ran out at "
	if code != 1 || !strings.Contains(stdout, want) || !strings.Contains(stdout, "(--max-statements raises it)), node ran it to the end (exit code 0).\n") {
		t.Errorf("exit %d\nstdout:\n%s\nstderr:\n%s", code, stdout, stderr)
	}
}
