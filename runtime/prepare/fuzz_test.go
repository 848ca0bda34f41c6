package prepare

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/dop251/goja"
)

// FuzzCommonJS: any input either fails with a SyntaxError or UnsupportedError, or gives a
// program goja compiles; code goja itself compiles must still compile once prepared (bar the
// regular expressions checked early); hook positions lie in the text. Seeds: every program of the test corpora.
//
//	go test -fuzz FuzzCommonJS -run '^$' ./runtime/prepare/
func FuzzCommonJS(f *testing.F) {
	for _, file := range []string{"testdata/behaviour.txt", "testdata/syntax.txt", "testdata/shapes.txt"} {
		for _, s := range readSections(f, file) {
			f.Add(unescapeBody(s.body))
		}
	}
	f.Add("for await (const x of y) {}")
	f.Add("({ async *[k]() { for await (const v of w) yield v; } })")
	f.Fuzz(func(t *testing.T, src string) {
		// Does goja compile the original text, as a script and as a function body (goja
		// rejects some code in function bodies only, e.g. `var r; function* r() {}`)?
		nativeOK := true
		for _, text := range []string{src, "(function(){" + src + "\n})"} {
			func() {
				defer func() {
					if recover() != nil { // goja's parser has bugs of its own
						nativeOK = false
					}
				}()
				prg, err := goja.Parse("f.js", text)
				if err == nil {
					_, err = goja.CompileAST(prg, false)
				}
				nativeOK = nativeOK && err == nil
			}()
		}
		for _, hooks := range []bool{true, false} {
			res, err := CommonJS("f.js", src, Options{Hooks: hooks})
			if err != nil {
				var se *SyntaxError
				var ue *UnsupportedError
				var ie *InternalError
				switch {
				case errors.As(err, &ue):
				case errors.As(err, &ie) && strings.Contains(ie.Detail, "goja's parser panicked"):
					// A bug in goja's parser (e.g. on "function!0[... {"), reported cleanly.
				case errors.As(err, &se):
					// Regular expressions are checked early, as V8 does; goja only when run.
					if nativeOK && !strings.HasPrefix(se.Message, "Invalid regular expression") {
						t.Fatalf("goja compiles the original, the prepared program fails: %v", err)
					}
					if se.Line < 1 || se.Col < 1 {
						t.Fatalf("bad position: %v", err)
					}
				default:
					t.Fatalf("%T: %v", err, err)
				}
				continue
			}
			if res.Compiled == nil {
				t.Fatal("no compiled program")
			}
			lines := len(newSource("", res.Source).lines)
			for _, p := range res.Stmts {
				if p.Line < 1 || p.Line > lines || p.Col < 1 {
					t.Fatalf("hook at %v, outside the text", p)
				}
			}
		}
	})
}

// FuzzESModule: any input either fails with a SyntaxError (placed in the text) or
// UnsupportedError, or gives a compiled program; never a panic or an internal error other than
// goja's parser panicking.
//
//	go test -fuzz FuzzESModule -run '^$' ./runtime/prepare/
func FuzzESModule(f *testing.F) {
	for _, seed := range []string{
		"import d, { a as b, 'c' as e } from './m.mjs';\nexport { b as default };",
		"import * as ns from 'node:fs' with { type: 'json' }\nexport * from './x.mjs'",
		"export default async function* () { yield await import('./y.mjs'); }",
		"export const { a, b: [c] } = o; export let x; export class K {}",
		"await Promise.all([import.meta.url]); for await (const v of s) {}",
		"export { x as 'y' } from './z.mjs'; export * as q from './z.mjs';",
		"export default (a, b) => a + b;\nlabel: { break label; }",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, src string) {
		res, err := ESModule("f.mjs", src, Options{Hooks: true})
		if err != nil {
			var se *SyntaxError
			var ue *UnsupportedError
			var ie *InternalError
			switch {
			case errors.As(err, &ue):
			case errors.As(err, &ie) && strings.Contains(ie.Detail, "goja's parser panicked"):
			case errors.As(err, &se):
				if se.Line < 1 || se.Col < 1 {
					t.Fatalf("bad position: %v", err)
				}
			default:
				t.Fatalf("%T: %v", err, err)
			}
			return
		}
		if res.Compiled == nil {
			t.Fatal("no compiled program")
		}
	})
}

// FuzzBehaviour: a program without async code that goja runs as it is prints the same once
// prepared (with statement hooks), and ends the same way (the same uncaught error, or none). Runs
// stop after a statement budget (prepared) or a wall-clock budget (native); a run that was cut
// short is not compared. Seeds: the behaviour corpus and the engine corpus (scenarios/corpus).
//
//	go test -fuzz FuzzBehaviour -run '^$' -parallel 1 ./runtime/prepare/
func FuzzBehaviour(f *testing.F) {
	for _, s := range readSections(f, "testdata/behaviour.txt") {
		f.Add(unescapeBody(s.body))
	}
	files, _ := filepath.Glob("../../scenarios/corpus/*.js")
	for _, file := range files {
		if data, err := os.ReadFile(file); err == nil {
			f.Add(string(data))
		}
	}
	f.Fuzz(func(t *testing.T, src string) {
		if strings.Contains(src, "async") || strings.Contains(src, "await") {
			return // tick order is the real runtime's business; this harness's differs from goja's
		}
		if !utf8.ValidString(src) {
			return
		}
		if strings.Contains(src, "arguments") && strings.Contains(src, "=>") {
			// goja itself misreads `arguments` inside arrow functions (the reason prepare
			// aliases it), so its run of the original is no reference there:
			// function f(){(()=>()=>arguments.A)()()}(f(0)), found by the fuzzer.
			return
		}
		native, ok := runNativeModule(src)
		if !ok {
			return
		}
		const budget = 20000
		hooks := 0
		prepared, err := runModuleWith(t, "main.js", src, Options{Hooks: true}, func(vm *goja.Runtime, id int) {
			if hooks++; hooks == budget {
				vm.Interrupt("budget")
			}
		})
		if err != nil {
			var ue *UnsupportedError
			var ie *InternalError
			var se *SyntaxError
			switch {
			case errors.As(err, &ue), errors.As(err, &ie) && strings.Contains(ie.Detail, "goja's parser panicked"):
				return
			case errors.As(err, &se) && strings.HasPrefix(se.Message, "Invalid regular expression"):
				// V8 checks regular expressions when it parses (node says so before running
				// anything), goja only when the literal is evaluated: /0/A, found by the fuzzer.
				return
			}
			t.Fatalf("goja runs the original, preparing it fails: %v", err)
		}
		if hooks >= budget {
			return
		}
		if got, want := withoutFrames(prepared.out), withoutFrames(native.out); got != want {
			t.Fatalf("prepared program prints\n%s\nthe original prints\n%s", got, want)
		}
	})
}

// runNativeModule runs src unprepared, as goja itself runs it, in the module wrapper of the test
// harness. ok is false when goja cannot compile it, panics, or the run takes too long.
func runNativeModule(src string) (out *run, ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	// The text must parse alone, or it could close the wrapper below and run code outside it
	// (const00=(()=>{0})})(()=>{, found by the fuzzer); node compiles the body as a function
	// without pasting text. Top-level return statements are therefore not compared.
	if _, err := goja.Parse("main.js", src); err != nil {
		return nil, false
	}
	prg, err := goja.Compile("main.js", "(function (exports, require, module, __filename, __dirname) {"+src+"\n})", false)
	if err != nil {
		return nil, false
	}
	out = &run{}
	vm, runTimers := testVM(out, "main.js")
	wrapper, err := vm.RunProgram(prg)
	if err != nil {
		return nil, false
	}
	timer := time.AfterFunc(200*time.Millisecond, func() { vm.Interrupt("budget") })
	runTimers(wrapper, nil)
	if !timer.Stop() {
		return nil, false
	}
	for _, line := range out.out {
		if strings.HasPrefix(line, "uncaught: budget") {
			return nil, false
		}
	}
	return out, true
}

// withoutFrames joins output lines, leaving out stack frames: the native run's module wrapper
// shifts columns on the first line and names no __lv_module frame, so frames differ where the
// program does not (e.stack in a message, found by the fuzzer).
func withoutFrames(out []string) string {
	var b strings.Builder
	for _, line := range out {
		for _, l := range strings.Split(line, "\n") {
			if t := strings.TrimLeft(l, " \t"); strings.HasPrefix(t, "at ") {
				continue
			}
			b.WriteString(l)
			b.WriteByte('\n')
		}
	}
	return b.String()
}
