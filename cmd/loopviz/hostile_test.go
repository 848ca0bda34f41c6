package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// hostileCase is one row of the hostile-input table (docs/ROBUSTNESS.md):
// a program that a student might paste, or that tries to break loopviz, and
// exactly what `loopviz run` answers. Where node is the reference (syntax
// errors, thrown values, console.log of odd objects) the expectations are
// node's own output, checked with `loopviz verify` when the row was written.
type hostileCase struct {
	name   string
	src    string   // the program (prog.js)
	flags  []string // flags before the file
	code   int      // exit code
	stdout string   // exact stdout
	stderr []string // substrings of stderr, in order; nil means stderr is empty
}

// nested returns open repeated n times, then inner, then close n times.
func nested(open, inner, close string, n int) string {
	return strings.Repeat(open, n) + inner + strings.Repeat(close, n)
}

func hostileCases() []hostileCase {
	const stopped = 124
	cases := []hostileCase{
		// The file itself.
		{name: "empty file", src: "", code: 0},
		{name: "only comments", src: "// nothing here\n/* nor here */\n", code: 0},
		{name: "byte order mark", src: "\ufeffconsole.log('bom')\n", code: 0, stdout: "bom\n"},
		{name: "byte order mark, error position", src: "\ufeffconsole.log(1;\n", code: 1,
			// node prints the mark in the source line and its caret one column further on.
			stderr: []string{"prog.js:1:13\nconsole.log(1;\n            ^\n\nSyntaxError: missing ) after argument list\n"}},
		{name: "CRLF line endings", src: "console.log('a');\r\nconsole.log('b');\r\nthrow new Error('line 3');\r\n", code: 1,
			stdout: "a\nb\n", stderr: []string{"prog.js:3\nthrow new Error('line 3');\n      ^\n", "Error: line 3\n    at Object.<anonymous> (", "prog.js:3:7)\n"}},
		{name: "5 MB string literal", src: "const s = '" + strings.Repeat("a", 5<<20) + "';\nconsole.log(s.length);\n", code: 0, stdout: "5242880\n"},
		{name: "5 MB of statements", src: "let x = 0;\n" + strings.Repeat("x += 1;\n", 5<<20/8) + "console.log(x);\n", code: stopped,
			stderr: []string{"loopviz: ", "prog.js has more than 500000 syntax-tree nodes (a program of over 100,000 statements): loopviz prepares files up to that size"}},
		{name: "invalid UTF-8", src: "console.log('\xff\xfe|\xe2\x82| ok');\n", code: 0, stdout: "\ufffd\ufffd|\ufffd| ok\n"},

		// Nesting 10,000 deep: node's parser runs out of stack, and so does loopviz's, by rule.
		{name: "10,000 nested arrays", src: "const a = " + nested("[", "", "]", 10000) + ";\n", code: 1,
			stderr: []string{"prog.js:1\n", "RangeError: Maximum call stack size exceeded\n"}},
		{name: "10,000 nested blocks", src: nested("{", "", "}", 10000) + "\n", code: 1,
			stderr: []string{"RangeError: Maximum call stack size exceeded\n"}},
		{name: "10,000 nested functions", src: nested("function f() {", "", "}", 10000) + "\n", code: 1,
			stderr: []string{"RangeError: Maximum call stack size exceeded\n"}},
		{name: "10,000 nested object literals", src: "x = " + nested("{a:", "1", "}", 10000) + ";\n", code: 1,
			stderr: []string{"RangeError: Maximum call stack size exceeded\n"}},
		// Parentheses leave no trace in the syntax tree: loopviz runs what node refuses.
		{name: "10,000 nested parentheses", src: "console.log(" + nested("(", "1", ")", 10000) + ");\n", code: 0, stdout: "1\n"},
		{name: "endless recursion", src: "function f() { f(); }\nf();\n", code: 1,
			stderr: []string{"RangeError: Maximum call stack size exceeded\n"}},

		// Modules.
		// A .js file with import syntax: node 20.20 runs it again as an ES module, and so does loopviz.
		{name: "ES module import", src: "import fs from 'fs';\nconsole.log(typeof fs);\n", code: 0, stdout: "object\n"},
		{name: "ES module import of a missing file", src: "import x from './nope.js';\n", code: 1,
			stderr: []string{"Error [ERR_MODULE_NOT_FOUND]: Cannot find module '", "nope.js' imported from ", "code: 'ERR_MODULE_NOT_FOUND'"}},
		{name: "require of a missing module", src: "require('./missing');\n", code: 1,
			stderr: []string{"Error: Cannot find module './missing'\nRequire stack:\n- ", "code: 'MODULE_NOT_FOUND',\n  requireStack: [", "prog.js'", "]\n}\n"}},
		{name: "require of an unsupported built-in", src: "require('inspector');\n", code: 1,
			stderr: []string{"Error [ERR_LOOPVIZ_UNSUPPORTED]: loopviz does not model require('inspector') yet", "code: 'ERR_LOOPVIZ_UNSUPPORTED'\n}\n"}},

		// Thrown values that are not Errors, printed as node prints them.
		{name: "throw a number", src: "throw 42;\n", code: 1,
			stderr: []string{"\n", "prog.js:1\nthrow 42;\n^\n42\n(Use `node --trace-uncaught ...` to show where the exception was thrown)\n\nNode.js v20.20.2\n"}},
		{name: "throw a string", src: "throw 'a string';\n", code: 1,
			stderr: []string{"prog.js:1\nthrow 'a string';\n^\na string\n(Use `node --trace-uncaught ...`"}},
		{name: "throw null", src: "throw null;\n", code: 1, stderr: []string{"^\nnull\n(Use `node --trace-uncaught ...`"}},
		{name: "throw undefined", src: "throw undefined;\n", code: 1, stderr: []string{"^\nundefined\n(Use `node --trace-uncaught ...`"}},
		{name: "throw an object", src: "throw { a: 1 };\n", code: 1, stderr: []string{"prog.js:1\nthrow { a: 1 };\n^\n{ a: 1 }\n\nNode.js v20.20.2\n"}},

		// console.log of objects that fight back: node shows them without running their code.
		{name: "a getter that throws, in console.log", src: "console.log({ get x() { throw new Error('getter'); } });\n", code: 0, stdout: "{ x: [Getter] }\n"},
		{name: "a Proxy in console.log", src: "console.log(new Proxy({ a: 1 }, { get() { throw new Error('trap'); }, ownKeys() { throw new Error('trap'); } }));\n",
			code: 0, stdout: "{ a: 1 }\n"},

		// Runaway code and starved loops stop at a bound (small bounds here, for speed).
		{name: "while (true) {}", src: "while (true) {}\n", flags: []string{"--max-statements", "100000"}, code: stopped,
			stderr: []string{"loopviz: runaway code: the statement budget of 100000 statements ran out at ", "prog.js:1:14 (--max-statements raises it)\n"}},
		{name: "endless promise recursion", src: "function f() { return Promise.resolve().then(f); }\nf();\n", flags: []string{"--max-steps", "20000"}, code: stopped,
			stderr: []string{"loopviz: starvation: the microtask queue never emptied: 7997 callbacks ran over 2.438ms of virtual time while the rest of the loop waited (stopped when the trace reached 20000 steps (--max-steps))\n"}},
		{name: "endless nextTick recursion", src: "function t() { process.nextTick(t); }\nt();\n", flags: []string{"--max-steps", "20000"}, code: stopped,
			stderr: []string{"loopviz: starvation: the nextTick queue never emptied: 6665 callbacks ran over 2.066ms of virtual time"}},

		// Memory: refused before it is allocated.
		{name: "a string of a billion characters", src: "const s = 'x'.repeat(1e9);\nconsole.log(s.length);\n", code: 1,
			stderr: []string{"prog.js:1\n", "RangeError: Invalid string length\n"}},
		{name: "a string of a billion characters, padded", src: "console.log('x'.padEnd(1e9).length);\n", code: 1,
			stderr: []string{"RangeError: Invalid string length\n"}},
		{name: "a string over loopviz's bound", src: "console.log('x'.repeat(2 ** 28).length);\n", code: stopped,
			stderr: []string{"loopviz: the memory cap stopped a built-in call: String.prototype.repeat would build a string of 268,435,456 characters, over the bound of 134,217,728 (loopviz keeps a run under 2048 MiB"}},
		{name: "an array of 10^9 elements", src: "const a = new Array(1e9);\nconsole.log(a.length);\na.fill(0);\nconsole.log('never');\n", code: stopped,
			stdout: "1000000000\n",
			stderr: []string{"loopviz: the memory cap stopped a built-in call: Array.prototype.fill over 1,000,000,000 elements, over the bound of 16,777,216 elements in one call"}},
		{name: "Array.from of 10^9 elements", src: "console.log(Array.from({ length: 1e9 }).length);\n", code: stopped,
			stderr: []string{"loopviz: the memory cap stopped a built-in call: Array.from would build 1,000,000,000 elements"}},
		{name: "joining 10^9 holes", src: "console.log(new Array(1e9).join('x').length);\n", code: 1,
			stderr: []string{"RangeError: Invalid string length\n"}},

		// The process.
		{name: "process.exit inside a microtask", src: "queueMicrotask(() => { process.exit(3); });\nsetTimeout(() => console.log('never'));\nconsole.log('sync');\n", code: 3, stdout: "sync\n"},
		{name: "process.env is virtual", src: "console.log(JSON.stringify(process.env), process.env.HOME, process.env.PATH);\n", code: 0, stdout: "{} undefined undefined\n"},
		{name: "process.env from --env", src: "console.log(JSON.stringify(process.env));\n", flags: []string{"--env", "GREETING=hi"}, code: 0, stdout: "{\"GREETING\":\"hi\"}\n"},
		{name: "a device file", src: "try { require('fs').readFileSync('/dev/zero'); } catch (e) { console.log(e.code); }\n", code: 0, stdout: "EACCES\n"},
	}
	// A syntax error in every kind of construct, with node's message.
	syntax := []struct{ name, src, msg string }{
		{"call", "console.log(1;\n", "missing ) after argument list"},
		{"if", "if (x {\n}\n", "Unexpected token '{'"},
		{"for", "for (let i = 0; i < 3 i++) {}\n", "Unexpected identifier 'i'"},
		{"while", "while true {}\n", "Unexpected token 'true'"},
		{"function", "function (a) {}\n", "Function statements require a function name"},
		{"const", "const = 5;\n", "Unexpected token '='"},
		{"object", "let o = {a: 1,, b: 2};\n", "Unexpected token ','"},
		{"array", "let a = [1, 2;\n", "Unexpected token ';'"},
		{"class", "class A { constructor() {} constructor() {} }\n", "A class may only have one constructor"},
		{"string", "const s = \"unterminated;\n", "Invalid or unexpected token"},
		{"arrow", "const f = (a, b => a;\n", "Unexpected token ';'"},
		{"await", "async function f() { await; }\n", "Unexpected token ';'"},
		{"try", "try { }\n", "Missing catch or finally after try"},
		{"switch", "switch (x) { case 1 console.log(1) }\n", "Unexpected identifier 'console'"},
		{"regular expression", "const r = /abc(/;\n", "Invalid regular expression: /abc(/: Unterminated group"},
		{"redeclaration", "let x = 1; let x = 2;\n", "Identifier 'x' has already been declared"},
		{"return", "return 5 +;\n", "Unexpected token ';'"},
		{"number", "x = 08n;\n", "Invalid or unexpected token"},
		{"strict mode", "'use strict'; with (a) {}\n", "Strict mode code may not include a with statement"},
		{"end of input", "function f() {\n  if (a) {\n", "Unexpected end of input"},
	}
	for _, s := range syntax {
		cases = append(cases, hostileCase{name: "syntax error: " + s.name, src: s.src, code: 1,
			stderr: []string{"prog.js:", "\nSyntaxError: " + s.msg + "\n"}})
	}
	return cases
}

// TestHostileInputs runs the hostile-input table through `loopviz run`.
func TestHostileInputs(t *testing.T) {
	for _, tc := range hostileCases() {
		t.Run(tc.name, func(t *testing.T) {
			file := writeFile(t, "prog.js", tc.src)
			stdout, stderr, code := runCLI(append(append([]string{"run"}, tc.flags...), file)...)
			if code != tc.code {
				t.Errorf("exit code %d, want %d\nstderr:\n%s", code, tc.code, clip(stderr))
			}
			if stdout != tc.stdout {
				t.Errorf("stdout %q, want %q", clip(stdout), tc.stdout)
			}
			if tc.stderr == nil && stderr != "" {
				t.Errorf("stderr %q, want nothing", clip(stderr))
			}
			rest := stderr
			for _, want := range tc.stderr {
				i := strings.Index(rest, want)
				if i < 0 {
					t.Fatalf("stderr lacks %q (in order)\nstderr:\n%s", want, clip(stderr))
				}
				rest = rest[i+len(want):]
			}
		})
	}
}

// TestHostileBinaryFile: a file with NUL bytes is not a program.
func TestHostileBinaryFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "prog.js")
	if err := os.WriteFile(path, []byte("\x7fELF\x02\x01\x01\x00\x00\x00console.log(1)"), 0o644); err != nil {
		t.Fatal(err)
	}
	stdout, stderr, code := runCLI("run", path)
	if code != 2 || stdout != "" || stderr != "loopviz: "+path+" is not a text file: give a JavaScript file\n" {
		t.Errorf("exit %d, stdout %q, stderr %q", code, stdout, stderr)
	}
}

// TestHostileWritesStayVirtual: a program that writes, appends, renames and
// deletes files sees its own changes, and the real disk sees none of them.
func TestHostileWritesStayVirtual(t *testing.T) {
	dir := t.TempDir()
	keep := filepath.Join(dir, "keep.txt")
	if err := os.WriteFile(keep, []byte("real"), 0o644); err != nil {
		t.Fatal(err)
	}
	src := `const fs = require('fs');
fs.writeFileSync('new.txt', 'virtual');
fs.appendFileSync('keep.txt', ' and more');
fs.mkdirSync('sub');
fs.writeFileSync('sub/inner.txt', 'x');
console.log(fs.readFileSync('new.txt', 'utf8'), '|', fs.readFileSync('keep.txt', 'utf8'));
fs.unlinkSync('keep.txt');
console.log(fs.existsSync('keep.txt'), fs.readdirSync('.').sort().join(','));
fs.writeFile('/tmp/loopviz-never-written.txt', 'no', (err) => console.log('async write', err));
`
	file := filepath.Join(dir, "prog.js")
	if err := os.WriteFile(file, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	stdout, stderr, code := runCLI("run", file)
	want := "virtual | real and more\nfalse new.txt,prog.js,sub\nasync write null\n"
	if code != 0 || stdout != want {
		t.Fatalf("exit %d\nstdout %q, want %q\nstderr:\n%s", code, stdout, want, stderr)
	}
	if data, err := os.ReadFile(keep); err != nil || string(data) != "real" {
		t.Errorf("keep.txt on disk: %q, %v; want it untouched", data, err)
	}
	for _, p := range []string{filepath.Join(dir, "new.txt"), filepath.Join(dir, "sub"), "/tmp/loopviz-never-written.txt"} {
		if _, err := os.Stat(p); err == nil {
			t.Errorf("%s reached the real disk", p)
		}
	}
}

// TestHostileCommandsAreSimulated: child_process never runs a real command:
// rm fails as a missing command does, and the file stays.
func TestHostileCommandsAreSimulated(t *testing.T) {
	dir := t.TempDir()
	keep := filepath.Join(dir, "keep.txt")
	if err := os.WriteFile(keep, []byte("real"), 0o644); err != nil {
		t.Fatal(err)
	}
	src := `const { exec, execSync } = require('child_process');
try { execSync('rm keep.txt'); } catch (e) { console.log('execSync:', e.status); }
exec('rm -f keep.txt', (err, stdout, stderr) => console.log('exec:', err.code, stderr.trim()));
exec('echo simulated', (err, stdout) => console.log('echo:', stdout.trim()));
`
	file := filepath.Join(dir, "prog.js")
	if err := os.WriteFile(file, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	stdout, stderr, code := runCLI("run", file)
	want := "execSync: 127\nexec: 127 /bin/sh: 1: rm: not found (loopviz simulates only echo, cat, sleep, true, false and node)\necho: simulated\n"
	if code != 0 || stdout != want {
		t.Fatalf("exit %d\nstdout %q, want %q\nstderr:\n%s", code, stdout, want, stderr)
	}
	if data, err := os.ReadFile(keep); err != nil || string(data) != "real" {
		t.Errorf("keep.txt on disk: %q, %v; want it untouched", data, err)
	}
}

// clip shortens long output for a failure message.
func clip(s string) string {
	if len(s) > 2000 {
		return s[:2000] + "..."
	}
	return s
}
