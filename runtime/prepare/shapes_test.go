package prepare

import (
	"flag"
	"os"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite testdata/shapes.golden")

// TestShapes pins the generated code of each construct (testdata/shapes.txt).
func TestShapes(t *testing.T) {
	secs := readSections(t, "testdata/shapes.txt")
	var b strings.Builder
	for _, s := range secs {
		res, err := CommonJS("t.js", s.body, Options{Hooks: strings.HasPrefix(s.name, "hooks-")})
		if err != nil {
			t.Fatalf("%s: %v", s.name, err)
		}
		b.WriteString("-- " + s.name + " --\n" + printJS(res.Program) + "\n")
	}
	if *update {
		if err := os.WriteFile("testdata/shapes.golden", []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want := goldenMap(t, "testdata/shapes.golden")
	got := goldenMapFromString(b.String())
	for _, s := range secs {
		if got[s.name] != want[s.name] {
			t.Errorf("%s: got\n%s\nwant\n%s", s.name, got[s.name], want[s.name])
		}
	}
}
