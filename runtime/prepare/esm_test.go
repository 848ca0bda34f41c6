package prepare

import (
	"errors"
	"fmt"
	"testing"
	"time"
)

func TestESModuleDeclarations(t *testing.T) {
	src := `import fs, { readFile as rf } from 'node:fs';
import * as path from "node:path"
import './side.mjs';
export const a = 1, { b, c: [d] } = { b: 2, c: [3] };
export function inc() {}
export default function main() {}
export { a as aa, inc as "in c" };
export * from './x.mjs';
export * as ns from './y.mjs';
export { z as zz } from './z.mjs' with { type: 'json' };
const m = await import('./q.mjs');
console.log(import.meta.url);
`
	res, err := ESModule("t.mjs", src, Options{Hooks: true})
	if err != nil {
		t.Fatal(err)
	}
	got := fmt.Sprint(res.Imports)
	want := `[{0 node:fs 35 [{default fs 7} {readFile rf 25}] } {46 node:path 68 [{* path 58}] } {80 ./side.mjs 87 [] }]`
	if got != want {
		t.Errorf("imports:\n got %s\nwant %s", got, want)
	}
	var names []string
	for _, e := range res.Exports {
		names = append(names, e.Name+"="+e.Local+e.From+":"+e.Import)
	}
	if got, want := fmt.Sprint(names), `[a=a: b=b: d=d: inc=inc: default=main: aa=a: in c=inc: ns=./y.mjs:* zz=./z.mjs:z]`; got != want {
		t.Errorf("exports:\n got %s\nwant %s", got, want)
	}
	if len(res.Stars) != 1 || res.Stars[0].Spec != "./x.mjs" {
		t.Errorf("stars = %v", res.Stars)
	}
	if len(res.Requests) != 6 || res.Requests[5].Type != "json" {
		t.Errorf("requests = %v", res.Requests)
	}
	if !res.TopLevelAwait {
		t.Error("the top-level await was not seen")
	}
}

func TestESModuleNoTopLevelAwait(t *testing.T) {
	res, err := ESModule("t.mjs", "async function f() { await 1; }\nexport default async () => { await f(); };\n", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if res.TopLevelAwait {
		t.Error("awaits inside functions are not top-level awaits")
	}
}

func TestESModuleErrors(t *testing.T) {
	tests := []struct{ src, want string }{
		{"import {a from './x.mjs';", "t.mjs:1:11: SyntaxError: Unexpected identifier 'from'"},
		{"function f() {\n  import x from './x.mjs';\n}", "t.mjs:2:10: SyntaxError: Unexpected identifier 'x'"},
		{"export { nope };", "t.mjs:1:10: SyntaxError: Export 'nope' is not defined in module"},
		{"export const a = 1;\nexport { a };", "t.mjs:2:10: SyntaxError: Duplicate export of 'a'"},
		{"import a from './x.mjs';\nlet a = 1;", "t.mjs:2:5: SyntaxError: Identifier 'a' has already been declared"},
		{"export default 1;\nexport default 2;", "t.mjs:2:8: SyntaxError: Identifier '.default' has already been declared"},
		{"import x from;", "t.mjs:1:14: SyntaxError: Unexpected token ';'"},
		{"if (true) { export const x = 1 }", "t.mjs:1:13: SyntaxError: Unexpected token 'export'"},
		{"if (x) {\n  return 1;\n}", "t.mjs:2:3: SyntaxError: Illegal return statement"},
		{"function f() { await 1 }", "t.mjs:1:16: SyntaxError: Unexpected reserved word"},
		{"console.log(new.target)", "t.mjs:1:17: SyntaxError: new.target expression is not allowed here"},
		{"import x from './a.mjs'\nimport x from './a.mjs'", "t.mjs:2:1: SyntaxError: Identifier 'x' has already been declared"},
		{"export default function () {}\nexport default class {}", "t.mjs:2:16: SyntaxError: Identifier '.default' has already been declared"},
		{"let x = 1;\nx = ;", "t.mjs:2:5: SyntaxError: Unexpected token ';'"},
	}
	for _, tt := range tests {
		_, err := ESModule("t.mjs", tt.src, Options{Hooks: true})
		if err == nil || err.Error() != tt.want {
			t.Errorf("%q:\n got %v\nwant %s", tt.src, err, tt.want)
		}
	}
}

func TestCommonJSDynamicImport(t *testing.T) {
	res, err := CommonJS("t.js", "import('./x.mjs').then((m) => console.log(m));", Options{Hooks: true})
	if err != nil {
		t.Fatal(err)
	}
	if !res.DynamicImport {
		t.Error("import() not recorded")
	}
	if _, err := CommonJS("t.js", "import.meta.url;", Options{}); err == nil {
		t.Error("import.meta in CommonJS must stay a syntax error")
	}
}

// TestESModuleTruncated: every prefix of import/export syntax ends in a syntax error with a
// position (the preparation rewrites text and parses again: it must never loop).
func TestESModuleTruncated(t *testing.T) {
	for _, src := range []string{"import", "export", "import(", "export default", "import.", "export {", "import {",
		"import '", "export * ", "import x", "export async", "x = import", "import x from 'a' with {",
		"export function", "export let", "import import", "export export"} {
		done := make(chan error)
		go func() {
			_, err := ESModule("t.mjs", src, Options{Hooks: true})
			done <- err
		}()
		select {
		case err := <-done:
			var se *SyntaxError
			if !errors.As(err, &se) || se.Line < 1 || se.Col < 1 {
				t.Errorf("%q: got %v, want a placed SyntaxError", src, err)
			}
		case <-time.After(5 * time.Second):
			t.Fatalf("no answer for %q", src)
		}
	}
}
