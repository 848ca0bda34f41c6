package prepare

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// The corpora (testdata/*.txt) are lists of "-- name --" sections; record.js runs each through
// real node and writes the *.golden files.

type section struct{ name, body string }

// readSections parses a corpus or golden file: each body is its lines joined with "\n", plus a
// final "\n" (trailing blank lines dropped), as record.js does.
func readSections(t testing.TB, file string) []section {
	t.Helper()
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	var out []section
	var lines []string
	flush := func() {
		if len(out) == 0 {
			return
		}
		for len(lines) > 0 && lines[len(lines)-1] == "" {
			lines = lines[:len(lines)-1]
		}
		out[len(out)-1].body = strings.Join(lines, "\n") + "\n"
	}
	for _, line := range strings.Split(string(data), "\n") {
		if strings.HasPrefix(line, "-- ") && strings.HasSuffix(line, " --") && len(line) > 6 {
			flush()
			out = append(out, section{name: line[3 : len(line)-3]})
			lines = nil
			continue
		}
		lines = append(lines, line)
	}
	flush()
	return out
}

// goldenMap reads a golden file; bodies keep their exact text ("" for an empty output).
func goldenMap(t testing.TB, file string) map[string]string {
	t.Helper()
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	return goldenMapFromString(string(data))
}

func goldenMapFromString(data string) map[string]string {
	m := map[string]string{}
	name := ""
	var b strings.Builder
	for _, line := range strings.SplitAfter(data, "\n") {
		trimmed := strings.TrimSuffix(line, "\n")
		if strings.HasPrefix(trimmed, "-- ") && strings.HasSuffix(trimmed, " --") && len(trimmed) > 6 {
			if name != "" {
				m[name] = b.String()
			}
			name = trimmed[3 : len(trimmed)-3]
			b.Reset()
			continue
		}
		b.WriteString(line)
	}
	if name != "" {
		m[name] = b.String()
	}
	return m
}

var escapeRE = regexp.MustCompile(`\\u\{([0-9a-fA-F]+)\}`)

// unescapeBody expands \u{...} as record.js does.
func unescapeBody(s string) string {
	return escapeRE.ReplaceAllStringFunc(s, func(m string) string {
		n, _ := strconv.ParseInt(m[3:len(m)-1], 16, 32)
		return string(rune(n))
	})
}

// liveNode runs the bodies through node (testdata/live.js, one process for all) when node is on
// the PATH and the tests are not -short; it returns node's result by section name, or nil.
func liveNode(t *testing.T, kind string, secs []section, transform func(string) string) map[string]string {
	t.Helper()
	if testing.Short() {
		return nil
	}
	node, err := exec.LookPath("node")
	if err != nil {
		return nil
	}
	type liveCase struct {
		Name string `json:"name"`
		Kind string `json:"kind"`
		Body string `json:"body"`
	}
	var cases []liveCase
	for _, s := range secs {
		cases = append(cases, liveCase{s.name, kind, transform(s.body)})
	}
	in, err := json.Marshal(cases)
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(node, "testdata/live.js")
	cmd.Stdin = bytes.NewReader(in)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("node testdata/live.js: %v\n%s", err, stderr.String())
	}
	res := map[string]string{}
	if err := json.Unmarshal(out, &res); err != nil {
		t.Fatalf("node testdata/live.js: %v", err)
	}
	return res
}

// TestSyntaxErrors compares each bad program's SyntaxError with the block node printed.
func TestSyntaxErrors(t *testing.T) {
	secs := readSections(t, "testdata/syntax.txt")
	golden := goldenMap(t, "testdata/syntax.golden")
	live := liveNode(t, "syntax", secs, unescapeBody)
	for _, s := range secs {
		t.Run(s.name, func(t *testing.T) {
			want, ok := golden[s.name]
			if !ok {
				t.Fatalf("no golden entry: run node runtime/prepare/testdata/record.js")
			}
			// The live check sees the block, not the ES module retry (record.js does).
			if _, block, _ := strings.Cut(want, "\n"); live != nil && live[s.name] != block {
				t.Errorf("node now prints (golden is stale?):\n%s\ngolden:\n%s", live[s.name], block)
			}
			_, err := CommonJS("file.cjs", unescapeBody(s.body), Options{Hooks: true})
			se, ok := err.(*SyntaxError)
			if !ok {
				t.Fatalf("want a *SyntaxError, got %T %v", err, err)
			}
			got := "esm: " + strconv.FormatBool(se.ModuleSyntax) + "\n" + se.Render()
			if got != want {
				t.Errorf("got:\n%s\nnode:\n%s", got, want)
			}
			if !strings.HasPrefix(se.Error(), "file.cjs:"+strconv.Itoa(se.Line)+":"+strconv.Itoa(se.Col)+": SyntaxError: ") {
				t.Errorf("Error() = %q", se.Error())
			}
		})
	}
}

// TestBehaviour runs each program of testdata/behaviour.txt prepared, on goja with the test
// __lv, and compares its console output with what node printed for the original program.
func TestBehaviour(t *testing.T) {
	secs := readSections(t, "testdata/behaviour.txt")
	golden := goldenMap(t, "testdata/behaviour.golden")
	live := liveNode(t, "behaviour", secs, func(s string) string { return s })
	for _, s := range secs {
		t.Run(s.name, func(t *testing.T) {
			want, ok := golden[s.name]
			if !ok {
				t.Fatalf("no golden entry: run node runtime/prepare/testdata/record.js")
			}
			if live != nil && live[s.name] != want {
				t.Errorf("node now prints (golden is stale?):\n%s\ngolden:\n%s", live[s.name], want)
			}
			for _, hooks := range []bool{true, false} {
				r, err := runModule(t, "main.js", s.body, Options{Hooks: hooks})
				if err != nil {
					t.Fatalf("hooks=%v: %v", hooks, err)
				}
				got := strings.Join(r.out, "\n")
				if len(r.out) > 0 {
					got += "\n"
				}
				if strings.HasPrefix(s.body, "// sort\n") {
					got, want = sortLines(got), sortLines(want)
				}
				if got != want {
					t.Errorf("hooks=%v: got:\n%s\nnode:\n%s", hooks, got, want)
				}
			}
		})
	}
}

func sortLines(s string) string {
	lines := strings.Split(strings.TrimSuffix(s, "\n"), "\n")
	sort.Strings(lines)
	return strings.Join(lines, "\n") + "\n"
}
