package runtime

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/dop251/goja"
)

// bufferCase is one program of testdata/buffer/cases.js.
type bufferCase struct {
	name, source string
}

// bufferGolden is one entry of testdata/buffer/golden.json, as record.js wrote it from node.
type bufferGolden struct {
	Name   string `json:"name"`
	Stdout string `json:"stdout"`
	Exit   int    `json:"exit"`
}

var caseMarker = regexp.MustCompile(`^// === (.+)$`)

// parseBufferCases splits cases.js the way record.js does: the prelude (the text before the
// first marker) goes in front of every case.
func parseBufferCases(t *testing.T) []bufferCase {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", "buffer", "cases.js"))
	if err != nil {
		t.Fatal(err)
	}
	var prelude []string
	var cases []bufferCase
	var cur []string
	name := ""
	flush := func() {
		if name != "" {
			cases = append(cases, bufferCase{name: name, source: strings.Join(prelude, "\n") + "\n" + strings.Join(cur, "\n")})
		}
	}
	for _, line := range strings.Split(string(data), "\n") {
		if m := caseMarker.FindStringSubmatch(line); m != nil {
			flush()
			name, cur = strings.TrimSpace(m[1]), nil
			continue
		}
		if name == "" {
			prelude = append(prelude, line)
		} else {
			cur = append(cur, line)
		}
	}
	flush()
	return cases
}

// bufferKnownDifferences are cases where loopviz does not print what node prints, and why.
var bufferKnownDifferences = map[string]string{
	"generic this errors": "goja names the caller's expression, not this.utf8Slice, in the TypeError for calling " +
		"undefined inside library code",
}

// TestBufferGolden runs every case under loopviz and compares its stdout and exit code with
// what node printed.
func TestBufferGolden(t *testing.T) {
	cases := parseBufferCases(t)
	data, err := os.ReadFile(filepath.Join("testdata", "buffer", "golden.json"))
	if err != nil {
		t.Fatal(err)
	}
	var golden []bufferGolden
	if err := json.Unmarshal(data, &golden); err != nil {
		t.Fatal(err)
	}
	if len(cases) != len(golden) {
		t.Fatalf("cases.js has %d cases, golden.json %d: run `node testdata/buffer/record.js`", len(cases), len(golden))
	}
	dir := t.TempDir()
	for i, c := range cases {
		g := golden[i]
		t.Run(c.name, func(t *testing.T) {
			if g.Name != c.name {
				t.Fatalf("golden.json has %q here: run `node testdata/buffer/record.js`", g.Name)
			}
			file := filepath.Join(dir, "case.js")
			if err := os.WriteFile(file, []byte(c.source), 0o644); err != nil {
				t.Fatal(err)
			}
			res, err := Run(Options{File: file})
			if err != nil {
				t.Fatal(err)
			}
			if res.Stop != nil {
				t.Fatalf("stopped: %s", res.Stop.Message)
			}
			same := res.Stdout() == g.Stdout && res.ExitCode == g.Exit
			if why, ok := bufferKnownDifferences[c.name]; ok {
				if same {
					t.Fatal("now matches node: remove it from bufferKnownDifferences")
				}
				t.Skip(why)
			}
			if !same {
				t.Errorf("differs from node\n--- node (exit %d)\n%s\n--- loopviz (exit %d)\n%s\n--- loopviz stderr\n%s",
					g.Exit, g.Stdout, res.ExitCode, res.Stdout(), res.Stderr())
			}
		})
	}
}

// TestBufferGoldenIsFresh re-records golden.json with node, when node is on the PATH, and fails
// if the stored file is stale.
func TestBufferGoldenIsFresh(t *testing.T) {
	if testing.Short() {
		t.Skip("re-recording runs node once per case")
	}
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node is not on the PATH")
	}
	out := filepath.Join(t.TempDir(), "golden.json")
	cmd := exec.Command(node, filepath.Join("testdata", "buffer", "record.js"), out)
	if msg, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("record.js: %v\n%s", err, msg)
	}
	fresh, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	stored, err := os.ReadFile(filepath.Join("testdata", "buffer", "golden.json"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(fresh, stored) {
		t.Fatal("testdata/buffer/golden.json is stale: run `node testdata/buffer/record.js` in runtime")
	}
}

// newTestRunner is a runner outside any run, for calling the Go API directly.
func newTestRunner(t *testing.T) *runner {
	t.Helper()
	return newRunner(Options{File: "test.js"}, filepath.Join(t.TempDir(), "test.js"), false)
}

// TestBufferGoAPI checks newBuffer, newPooledBuffer, bufferBytes and isBuffer, the functions the
// rest of the runtime builds on.
func TestBufferGoAPI(t *testing.T) {
	r := newTestRunner(t)
	src := []byte("hello")
	buf := r.newBuffer(src)
	src[0] = 'j' // newBuffer copies
	if !r.isBuffer(buf) {
		t.Fatal("newBuffer did not make a Buffer")
	}
	b, ok := r.bufferBytes(buf)
	if !ok || string(b) != "hello" {
		t.Fatalf("bufferBytes = %q, %v", b, ok)
	}
	b[0] = 'y' // bufferBytes shares memory
	got, err := r.rt.RunString("(b) => b.toString() + ' ' + b.byteOffset + ' ' + b.buffer.byteLength")
	if err != nil {
		t.Fatal(err)
	}
	fn, _ := goja.AssertFunction(got)
	if v, err := fn(nil, buf); err != nil || v.String() != "yello 0 5" {
		t.Errorf("got %v, %v", v, err)
	}
	pooled := r.newPooledBuffer([]byte("pool"))
	if v, err := fn(nil, pooled); err != nil || v.String() != "pool 8 8192" {
		t.Errorf("pooled: got %v, %v", v, err)
	}
	if empty, ok := r.bufferBytes(r.newBuffer(nil)); !ok || len(empty) != 0 {
		t.Errorf("empty buffer: %v %v", empty, ok)
	}

	for _, tc := range []struct {
		expr   string
		bytes  string
		ok     bool
		buffer bool
	}{
		{"new Uint8Array([1, 2])", "\x01\x02", true, false},
		{"new Uint8Array([1, 2, 3, 4]).subarray(1, 3)", "\x02\x03", true, false},
		{"new Uint16Array([0x0201])", "\x01\x02", true, false},
		{"new Float32Array(1)", "\x00\x00\x00\x00", true, false},
		{"new DataView(new Uint8Array([5, 6, 7]).buffer, 1)", "\x06\x07", true, false},
		{"new Uint8Array([9, 8]).buffer", "\x09\x08", true, false},
		{"Buffer.from('ab')", "ab", true, true},
		{"Buffer.from('abc').subarray(1)", "bc", true, true},
		{"[1, 2]", "", false, false},
		{"({ length: 1, 0: 1 })", "", false, false},
		{"'str'", "", false, false},
		{"null", "", false, false},
		{"(() => { const u = new Uint8Array(1); Object.setPrototypeOf(u, Buffer.prototype); return u })()", "\x00", true, true},
	} {
		v, err := r.rt.RunString(tc.expr)
		if err != nil {
			t.Fatalf("%s: %v", tc.expr, err)
		}
		b, ok := r.bufferBytes(v)
		if ok != tc.ok || string(b) != tc.bytes {
			t.Errorf("bufferBytes(%s) = %q, %v; want %q, %v", tc.expr, b, ok, tc.bytes, tc.ok)
		}
		if got := r.isBuffer(v); got != tc.buffer {
			t.Errorf("isBuffer(%s) = %v", tc.expr, got)
		}
	}
	if b, ok := r.bufferBytes(r.rt.ToValue([]byte{1})); ok {
		t.Errorf("a Go []byte is not a typed array: got %v", b)
	}
}

// A program that never touches Buffer does not load lib/buffer.js.
func TestBufferIsLoadedLazily(t *testing.T) {
	r := newTestRunner(t)
	if _, loaded := r.builtins["buffer"]; loaded {
		t.Fatal("buffer loaded at startup")
	}
	if r.isBuffer(r.rt.ToValue(1)) {
		t.Fatal("isBuffer(1)")
	}
	if _, loaded := r.builtins["buffer"]; loaded {
		t.Fatal("isBuffer loaded the library")
	}
	if _, err := r.rt.RunString("Buffer.alloc(1)"); err != nil {
		t.Fatal(err)
	}
	if _, loaded := r.builtins["buffer"]; !loaded {
		t.Fatal("Buffer did not load the library")
	}
}

func TestDecodeUTF8(t *testing.T) {
	for in, want := range map[string]string{
		"abc":                  "abc",
		"\xe2\x82":             "\uFFFD",
		"\xe2\x82A":            "\uFFFDA",
		"\xf0\x9f\x98":         "\uFFFD",
		"\xc0\x80":             "\uFFFD\uFFFD",
		"\xed\xa0\x80":         "\uFFFD\uFFFD\uFFFD",
		"\xf4\x90\x80\x80":     "\uFFFD\uFFFD\uFFFD\uFFFD",
		"\xe0\x80\x80":         "\uFFFD\uFFFD\uFFFD",
		"\xff€":                "\uFFFD€",
		"a\xf0\x9f\x98\x80b":   "a😀b",
		"\xf0\x9f\x98\xf0\x9f": "\uFFFD\uFFFD",
	} {
		if got := decodeUTF8([]byte(in)); got != want {
			t.Errorf("decodeUTF8(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestDecodeBase64(t *testing.T) {
	for _, tc := range []struct {
		in    string
		limit int
		want  string
	}{
		{"aGVsbG8=", -1, "hello"},
		{"aGV sbG8", -1, "hello"},
		{"YWJj=ZGVm", -1, "abc"},
		{"=YWJj", -1, ""},
		{"Y", -1, ""},
		{"YWJj*ZGVm", -1, "abcdef"},
		{"_-8", -1, "\xff\xef"},
		{"aGVsbG8=", 2, "he"},
	} {
		if got := string(decodeBase64(tc.in, tc.limit)); got != tc.want {
			t.Errorf("decodeBase64(%q, %d) = %q, want %q", tc.in, tc.limit, got, tc.want)
		}
	}
}

func TestIndexOfBytes(t *testing.T) {
	hay := []byte("abcabc")
	for _, tc := range []struct {
		needle  string
		offset  int64
		forward bool
		want    int64
	}{
		{"bc", 0, true, 1},
		{"bc", 2, true, 4},
		{"bc", -2, true, 4},
		{"bc", 5, true, -1},
		{"bc", 5, false, 4},
		{"bc", 3, false, 1},
		{"bc", -100, false, -1},
		{"bc", 100, false, 4},
		{"", 3, true, 3},
		{"", 100, true, 6},
		{"abcabcd", 0, true, -1},
	} {
		if got := indexOfBytes(hay, []byte(tc.needle), tc.offset, false, tc.forward); got != tc.want {
			t.Errorf("indexOfBytes(%q, %d, forward %v) = %d, want %d", tc.needle, tc.offset, tc.forward, got, tc.want)
		}
	}
	// In ucs2 only even positions match; an odd-length haystack reports its last even position
	// when nothing matches (Node's IndexOfBuffer does).
	for _, tc := range []struct {
		hay     string
		forward bool
		want    int64
	}{
		{"a\x00b\x00", true, 2},
		{"ab\x00b\x00", true, 4},
		{"ab\x00b\x00c", true, -1},
		{"b\x00xb\x00", false, 0},
	} {
		if got := indexOfBytes([]byte(tc.hay), []byte("b\x00"), 0, true, tc.forward); got != tc.want {
			t.Errorf("ucs2 indexOfBytes(%q, forward %v) = %d, want %d", tc.hay, tc.forward, got, tc.want)
		}
	}
}

func BenchmarkBufferChunks(b *testing.B) {
	dir := b.TempDir()
	file := filepath.Join(dir, "bench.js")
	src := `const chunk = Buffer.alloc(65536, 'abcdefgh');
const parts = [];
for (let i = 0; i < 64; i++) parts.push(Buffer.from(chunk));
const all = Buffer.concat(parts);
let n = 0;
for (let i = 0; i < 64; i++) n += all.subarray(i * 65536, (i + 1) * 65536).toString('utf8').length;
console.log(n, all.toString('base64').length, all.indexOf('hgf'));
`
	if err := os.WriteFile(file, []byte(src), 0o644); err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		res, err := Run(Options{File: file})
		if err != nil || res.ExitCode != 0 {
			b.Fatalf("%v %v %s", err, res, res.Stderr())
		}
	}
}
