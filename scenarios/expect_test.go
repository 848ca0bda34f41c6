package scenarios

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// The stderr samples below were printed by node v20.20.2 (and normalized with NormalizeStderr).
func TestStderrEssentials(t *testing.T) {
	tests := []struct {
		name   string
		stderr string
		want   []string
	}{
		{name: "empty", stderr: "", want: nil},
		{
			name:   "console.error only",
			stderr: "to stderr\nwarn also goes to stderr\nerror with format: x=5 { obj: true }\n",
			want:   []string{"to stderr", "warn also goes to stderr", "error with format: x=5 { obj: true }"},
		},
		{
			name: "uncaught error in a timer",
			stderr: `$DIR/a.js:1
setTimeout(() => { throw new Error('boom'); }, 0);
                   ^

Error: boom
    at Timeout._onTimeout ($DIR/a.js:1:26)
    at listOnTimeout (node:internal/timers:581:17)
    at process.processTimers (node:internal/timers:519:7)

Node.js v20.20.2
`,
			want: []string{"Error: boom"},
		},
		{
			name: "caret at column 0",
			stderr: `$DIR/uncaught-main.js:6
throw new Error('main module failed');
^

Error: main module failed
    at Object.<anonymous> ($DIR/uncaught-main.js:6:7)
    at Module._compile (node:internal/modules/cjs/loader:1521:14)
    at node:internal/main/run_main_module:28:49

Node.js v20.20.2
`,
			want: []string{"Error: main module failed"},
		},
		{
			name: "unhandled rejection of a non-Error",
			stderr: `node:internal/process/promises:389
      new UnhandledPromiseRejection(reason);
      ^

UnhandledPromiseRejection: This error originated either by throwing inside of an async function without a catch block, or by rejecting a promise which was not handled with .catch(). The promise rejected with the reason "42".
    at throwUnhandledRejectionsMode (node:internal/process/promises:389:7)
    at processPromiseRejections (node:internal/process/promises:470:17)
    at process.processTicksAndRejections (node:internal/process/task_queues:96:32) {
  code: 'ERR_UNHANDLED_REJECTION'
}

Node.js v20.20.2
`,
			want: []string{
				`UnhandledPromiseRejection: This error originated either by throwing inside of an async function without a catch block, or by rejecting a promise which was not handled with .catch(). The promise rejected with the reason "42".`,
				"{",
				"  code: 'ERR_UNHANDLED_REJECTION'",
				"}",
			},
		},
		{
			name: "unhandled AggregateError with nested errors",
			stderr: `node:internal/process/promises:391
    triggerUncaughtException(err, true /* fromPromise */);
    ^

[AggregateError: All promises were rejected] {
  [errors]: [
    Error: first
        at Object.<anonymous> ($DIR/reject-any-unhandled.js:4:18)
        at node:internal/main/run_main_module:28:49,
    Error: second
        at Object.<anonymous> ($DIR/reject-any-unhandled.js:5:18)
        at node:internal/main/run_main_module:28:49
  ]
}

Node.js v20.20.2
`,
			want: []string{
				"[AggregateError: All promises were rejected] {",
				"  [errors]: [",
				"    Error: first",
				"    Error: second",
				"  ]",
				"}",
			},
		},
		{
			name: "unhandled error event",
			stderr: `node:events:502
      throw er; // Unhandled 'error' event
      ^

Error: disk on fire
    at Object.<anonymous> ($DIR/emitter-error-uncaught.js:7:17)
    at node:internal/main/run_main_module:28:49
Emitted 'error' event at:
    at Object.<anonymous> ($DIR/emitter-error-uncaught.js:7:3)
    at Module._compile (node:internal/modules/cjs/loader:1521:14)
    [... lines matching original stack trace ...]
    at node:internal/main/run_main_module:28:49

Node.js v20.20.2
`,
			want: []string{"Error: disk on fire"},
		},
		{
			name: "error with a cause",
			stderr: `$DIR/s4.js:1
throw new Error('outer', { cause: new Error('inner') });
^

Error: outer
    at Object.<anonymous> ($DIR/s4.js:1:7)
    at Module._compile (node:internal/modules/cjs/loader:1521:14)
    ... 4 lines matching cause stack trace ...
    at node:internal/main/run_main_module:28:49 {
  [cause]: Error: inner
      at Object.<anonymous> ($DIR/s4.js:1:35)
      at node:internal/main/run_main_module:28:49
}

Node.js v20.20.2
`,
			want: []string{"Error: outer", "{", "  [cause]: Error: inner", "}"},
		},
		{
			name: "program output, then an error with properties",
			stderr: `about to fail
$DIR/s1.js:3
setTimeout(() => { throw e; }, 0);
                   ^

Error: with props
    at Object.<anonymous> ($DIR/s1.js:2:11)
    at node:internal/main/run_main_module:28:49 {
  code: 'E_CODE'
}

Node.js v20.20.2
`,
			want: []string{"about to fail", "Error: with props", "{", "  code: 'E_CODE'", "}"},
		},
		{
			name: "thrown string",
			stderr: `
$DIR/uncaught-throw-non-error.js:4
  throw 'plain string';
  ^
plain string
(Use ` + "`node --trace-uncaught ...`" + ` to show where the exception was thrown)

Node.js v20.20.2
`,
			want: []string{
				"plain string",
				"(Use `node --trace-uncaught ...` to show where the exception was thrown)",
			},
		},
		{
			name: "timeout overflow warning",
			stderr: "(node:PID) TimeoutOverflowWarning: 2147483648 does not fit into a 32-bit signed integer.\n" +
				"Timeout duration was set to 1.\n" +
				"(Use `node --trace-warnings ...` to show where the warning was created)\n",
			want: []string{
				"(node:PID) TimeoutOverflowWarning: 2147483648 does not fit into a 32-bit signed integer.",
				"Timeout duration was set to 1.",
				"(Use `node --trace-warnings ...` to show where the warning was created)",
			},
		},
		{
			name:   "a version line the program printed itself is kept unless it is last",
			stderr: "Node.js v20.20.2\nmore\n",
			want:   []string{"Node.js v20.20.2", "more"},
		},
		{
			name:   "file:line without a caret two lines below is program output",
			stderr: "config.js:12\nloaded\n",
			want:   []string{"config.js:12", "loaded"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := StderrEssentials(tt.stderr)
			if !slices.Equal(got, tt.want) {
				t.Errorf("StderrEssentials:\n got %q\nwant %q", got, tt.want)
			}
		})
	}
}

func TestNormalizeStderr(t *testing.T) {
	tests := []struct {
		name, stderr, dir, want string
	}{
		{
			name:   "directory",
			stderr: "/home/dev/loopviz/scenarios/corpus/x.js:3\n    at f (/home/dev/loopviz/scenarios/corpus/x.js:3:9)\n",
			dir:    "/home/dev/loopviz/scenarios/corpus",
			want:   "$DIR/x.js:3\n    at f ($DIR/x.js:3:9)\n",
		},
		{
			name:   "trailing slash on dir",
			stderr: "/tmp/c/x.js:1\n",
			dir:    "/tmp/c/",
			want:   "$DIR/x.js:1\n",
		},
		{
			name:   "pid",
			stderr: "(node:12345) TimeoutOverflowWarning: 2147483648 does not fit\n(node:7) Warning: x\n",
			dir:    "/tmp/c",
			want:   "(node:PID) TimeoutOverflowWarning: 2147483648 does not fit\n(node:PID) Warning: x\n",
		},
		{
			name:   "node internals untouched",
			stderr: "node:internal/process/promises:389\n",
			dir:    "/tmp/c",
			want:   "node:internal/process/promises:389\n",
		},
		{name: "empty dir", stderr: "/a/b.js:1\n", dir: "", want: "/a/b.js:1\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := NormalizeStderr(tt.stderr, tt.dir); got != tt.want {
				t.Errorf("NormalizeStderr(%q, %q) = %q, want %q", tt.stderr, tt.dir, got, tt.want)
			}
		})
	}
}

func TestFind(t *testing.T) {
	e := &Expectation{Node: "v20.20.2", Runs: 40, Outcomes: []Outcome{
		{Stdout: "immediate\ntimeout\n", Exit: 0, Seen: 35},
		{Stdout: "timeout\nimmediate\n", Exit: 0, Seen: 5},
		{Stdout: "crash\n", Stderr: "Error: x\n", Exit: 1, Seen: 0},
	}}
	tests := []struct {
		stdout   string
		exit     int
		wantSeen int // -1: want nil
	}{
		{"immediate\ntimeout\n", 0, 35},
		{"timeout\nimmediate\n", 0, 5},
		{"crash\n", 1, 0},
		{"crash\n", 0, -1},
		{"timeout\nimmediate\n", 1, -1},
		{"", 0, -1},
	}
	for _, tt := range tests {
		got := e.Find(tt.stdout, tt.exit)
		switch {
		case tt.wantSeen < 0 && got != nil:
			t.Errorf("Find(%q, %d) = %+v, want nil", tt.stdout, tt.exit, *got)
		case tt.wantSeen >= 0 && got == nil:
			t.Errorf("Find(%q, %d) = nil, want the outcome", tt.stdout, tt.exit)
		case tt.wantSeen >= 0 && (got.Seen != tt.wantSeen || got.Stdout != tt.stdout || got.Exit != tt.exit):
			t.Errorf("Find(%q, %d) = %+v", tt.stdout, tt.exit, *got)
		}
	}
	if got := e.Find("timeout\nimmediate\n", 0); got != &e.Outcomes[1] {
		t.Errorf("Find returned a copy, want a pointer into Outcomes")
	}
	if !e.Racy() {
		t.Errorf("Racy() = false with %d outcomes", len(e.Outcomes))
	}
	if (&Expectation{Outcomes: []Outcome{{}}}).Racy() {
		t.Errorf("Racy() = true with one outcome")
	}
}

func TestIsRacy(t *testing.T) {
	tests := []struct {
		name, src string
		want      bool
	}{
		{"marked second line", "// main-module race\n// loopviz: racy\nsetTimeout(f, 0);\n", true},
		{"marked first line", "// loopviz: racy\n", true},
		{"spacing", "// what\n//loopviz:  racy  \ncode();\n", true},
		{"blank line inside header", "// what\n\n// loopviz: racy\ncode();\n", true},
		{"shebang", "#!/usr/bin/env node\n// loopviz: racy\n", true},
		{"not marked", "// nextTick before promises\nprocess.nextTick(f);\n", false},
		{"marker after code", "// what\ncode();\n// loopviz: racy\n", false},
		{"marker inside a longer comment", "// this is not loopviz: racy at all\ncode();\n", false},
		{"other value", "// loopviz: racy-ish\n", false},
		{"block comment", "/* loopviz: racy */\n", false},
		{"empty", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := IsRacy(tt.src); got != tt.want {
				t.Errorf("IsRacy(%q) = %v, want %v", tt.src, got, tt.want)
			}
		})
	}
}

func TestHeader(t *testing.T) {
	tests := []struct{ src, want string }{
		{"// nextTick runs first\ncode();\n", "nextTick runs first"},
		{"//no space\n", "no space"},
		{"code(); // trailing\n", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := Header(tt.src); got != tt.want {
			t.Errorf("Header(%q) = %q, want %q", tt.src, got, tt.want)
		}
	}
}

func TestExpectationWriteRead(t *testing.T) {
	path := filepath.Join(t.TempDir(), "x.node.json")
	e := &Expectation{Node: "v20.20.2", Runs: 40, Outcomes: []Outcome{
		{Stdout: "b\n", Exit: 0, Seen: 5},
		{Stdout: "Promise { <pending> } & 'x' => y\n", Stderr: "(node:PID) Warning\n", Exit: 0, Seen: 35},
	}}
	if err := e.Write(path); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	text := string(data)
	if !strings.HasSuffix(text, "}\n") || strings.HasSuffix(text, "\n\n") {
		t.Errorf("want exactly one trailing newline, got %q", text[max(0, len(text)-5):])
	}
	if !strings.Contains(text, "Promise { <pending> } & 'x' => y") {
		t.Errorf("HTML characters were escaped:\n%s", text)
	}
	if !strings.HasPrefix(text, "{\n  \"node\": \"v20.20.2\",\n  \"runs\": 40,\n  \"outcomes\": [\n    {\n      \"stdout\"") {
		t.Errorf("unexpected layout:\n%s", text)
	}
	if e.Outcomes[0].Seen != 5 {
		t.Errorf("Write reordered the caller's outcomes")
	}
	got, err := ReadExpectation(path)
	if err != nil {
		t.Fatal(err)
	}
	if got.Node != e.Node || got.Runs != e.Runs || len(got.Outcomes) != 2 {
		t.Fatalf("read back %+v", got)
	}
	// Most frequent first.
	if got.Outcomes[0] != e.Outcomes[1] || got.Outcomes[1] != e.Outcomes[0] {
		t.Errorf("outcomes read back as %+v", got.Outcomes)
	}
	// Writing what was read gives the same bytes.
	if err := got.Write(path); err != nil {
		t.Fatal(err)
	}
	again, _ := os.ReadFile(path)
	if string(again) != text {
		t.Errorf("rewrite changed the file:\n%s\nvs\n%s", again, text)
	}
	if _, err := os.Stat(path + ".tmp"); !os.IsNotExist(err) {
		t.Errorf("temporary file left behind")
	}
}

func TestReadExpectationErrors(t *testing.T) {
	dir := t.TempDir()
	if _, err := ReadExpectation(filepath.Join(dir, "missing.node.json")); err == nil {
		t.Error("missing file: want an error")
	}
	bad := filepath.Join(dir, "bad.node.json")
	if err := os.WriteFile(bad, []byte(`{"node": "v20.20.2", "runz": 5}`), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := ReadExpectation(bad)
	if err == nil || !strings.Contains(err.Error(), "go run ./scenarios/record bad.js") {
		t.Errorf("unknown field: got %v, want an error that says how to re-record", err)
	}
}

func TestCorpusFiles(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"b.js", "a.js", "a.node.json", "notes.txt", "c.mjs"} {
		if err := os.WriteFile(filepath.Join(dir, name), nil, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Mkdir(filepath.Join(dir, "sub.js"), 0o755); err != nil {
		t.Fatal(err)
	}
	got, err := CorpusFiles(dir)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{filepath.Join(dir, "a.js"), filepath.Join(dir, "b.js"), filepath.Join(dir, "c.mjs")}
	if !slices.Equal(got, want) {
		t.Errorf("CorpusFiles = %q, want %q", got, want)
	}
	if ExpectationPath(want[0]) != filepath.Join(dir, "a.node.json") {
		t.Errorf("ExpectationPath(%q) = %q", want[0], ExpectationPath(want[0]))
	}
	if ExpectationPath(want[2]) != filepath.Join(dir, "c.mjs.node.json") {
		t.Errorf("ExpectationPath(%q) = %q", want[2], ExpectationPath(want[2]))
	}
}

// TestValidUTF8: node's output is stored as JSON, which replaces each byte
// that is not valid UTF-8; a live run is normalised the same way.
func TestValidUTF8(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"plain", "plain"},
		{"caf\xe9!", "caf\uFFFD!"},
		{"\xff\xfe", "\uFFFD\uFFFD"},
		{"ok é", "ok é"},
	} {
		if got := validUTF8(tt.in); got != tt.want {
			t.Errorf("validUTF8(%q) = %q, want %q", tt.in, got, tt.want)
		}
		raw, _ := json.Marshal(tt.in)
		var back string
		_ = json.Unmarshal(raw, &back)
		if back != tt.want {
			t.Errorf("JSON stores %q as %q, validUTF8 gives %q", tt.in, back, tt.want)
		}
	}
}

// TestCompare: stdout and the exit code must match exactly; stderr only in
// its essentials.
func TestCompare(t *testing.T) {
	want := Outcome{Stdout: "a\nb\n", Exit: 1, Stderr: "/p/x.js:1\nthrow new Error('e');\n^\n\nError: e\n    at Object.<anonymous> (/p/x.js:1:7)\n\nNode.js v20.20.2\n"}
	for _, tt := range []struct {
		name          string
		stdout, err   string
		exit          int
		fatal, differ bool
	}{
		{"the same", "a\nb\n", want.Stderr, 1, false, false},
		{"another stdout", "a\n", want.Stderr, 1, true, true},
		{"another exit code", "a\nb\n", want.Stderr, 0, true, true},
		{"another error", "a\nb\n", strings.Replace(want.Stderr, "Error: e", "TypeError: f", 1), 1, false, true},
	} {
		msg, fatal := Compare(tt.stdout, tt.err, tt.exit, want, "/p")
		if fatal != tt.fatal || (msg != "") != tt.differ {
			t.Errorf("%s: fatal %v, message %q", tt.name, fatal, msg)
		}
	}
}
