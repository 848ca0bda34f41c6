package scenarios

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

const puzzlesDir = "puzzles"

const rerecordPuzzle = "re-record with: go run ./scenarios/record -dir scenarios/puzzles "

func loadedPuzzles(t *testing.T) []Puzzle {
	t.Helper()
	list, err := LoadPuzzles(os.DirFS("."), puzzlesDir)
	if err != nil {
		t.Fatal(err)
	}
	return list
}

// TestPuzzleLibraryShape checks the library as a whole: enough puzzles, every
// topic of the issue covered, enough racy ones and twists, no stray files,
// and ids that do not collide with the demos'.
func TestPuzzleLibraryShape(t *testing.T) {
	list := loadedPuzzles(t)
	if len(list) < 50 {
		t.Errorf("%d puzzles, want at least 50", len(list))
	}
	perTopic := map[string]int{}
	racy, twists := 0, 0
	for _, p := range list {
		perTopic[p.Topic]++
		if p.Racy {
			racy++
		}
		if p.Twist {
			twists++
		}
		if strings.ToLower(p.ID) != p.ID || strings.ContainsAny(p.ID, " _") {
			t.Errorf("%s: want a lowercase-kebab id", p.ID)
		}
		if n := strings.Count(string(p.Source), "\n"); n < 3 || n > 25 {
			t.Errorf("%s: %d lines, want 3-25 (a puzzle must fit the prediction screen)", p.ID, n)
		}
		if !strings.HasPrefix(p.Expect.Node, "v20.") {
			t.Errorf("%s: recorded with node %q, want v20 (%s%s.js)", p.ID, p.Expect.Node, rerecordPuzzle, p.ID)
		}
		lines := strings.Split(strings.TrimSuffix(p.Expect.Outcomes[0].Stdout, "\n"), "\n")
		if len(lines) < 2 {
			t.Errorf("%s: prints %d lines, want at least 2 to order", p.ID, len(lines))
		}
		switch {
		case !p.Racy && p.Expect.Racy():
			t.Errorf("%s: not marked racy but node showed %d outcomes", p.ID, len(p.Expect.Outcomes))
		case p.Racy && !p.Expect.Racy():
			t.Logf("%s: racy, but node showed one outcome in %d runs", p.ID, p.Expect.Runs)
		}
	}
	for _, tp := range PuzzleTopics {
		if perTopic[tp.ID] < 3 {
			t.Errorf("topic %s has %d puzzles, want at least 3", tp.ID, perTopic[tp.ID])
		}
	}
	if racy < 5 {
		t.Errorf("%d racy puzzles, want at least 5", racy)
	}
	if twists < 5 {
		t.Errorf("%d puzzles with a twist, want at least 5", twists)
	}
	// Every file belongs to a puzzle.
	entries, err := os.ReadDir(puzzlesDir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if e.Name() == "README.md" {
			continue
		}
		id, _, _ := strings.Cut(e.Name(), ".")
		if !slices.ContainsFunc(list, func(p Puzzle) bool { return p.ID == id }) {
			t.Errorf("puzzles/%s belongs to no puzzle: delete it or add %s.js", e.Name(), id)
		}
	}
	// Ids are unique across puzzles and demos: loopviz check and list take either.
	for _, s := range corpusScenarios() {
		if slices.ContainsFunc(list, func(p Puzzle) bool { return p.ID == s.Name }) {
			t.Errorf("puzzle id %s is also a demo's name", s.Name)
		}
	}
	if got := Puzzles(); len(got) != len(list) {
		t.Errorf("the embedded library has %d puzzles, the folder %d", len(got), len(list))
	}
}

func TestPuzzleMetaValidate(t *testing.T) {
	good := PuzzleMeta{Title: "t", Topic: "order", Difficulty: 2, Hints: []string{"a", "b"}, Explanation: "e", Lesson: "order"}
	if err := good.Validate(); err != nil {
		t.Fatalf("good metadata: %v", err)
	}
	cases := []struct {
		name string
		edit func(*PuzzleMeta)
		want string
	}{
		{"no title", func(m *PuzzleMeta) { m.Title = " " }, "no title"},
		{"long title", func(m *PuzzleMeta) { m.Title = strings.Repeat("x", 61) }, "title longer"},
		{"unknown topic", func(m *PuzzleMeta) { m.Topic = "misc" }, "unknown topic"},
		{"difficulty 0", func(m *PuzzleMeta) { m.Difficulty = 0 }, "difficulty 0"},
		{"difficulty 4", func(m *PuzzleMeta) { m.Difficulty = 4 }, "difficulty 4"},
		{"one hint", func(m *PuzzleMeta) { m.Hints = []string{"a"} }, "1 hints"},
		{"four hints", func(m *PuzzleMeta) { m.Hints = []string{"a", "b", "c", "d"} }, "4 hints"},
		{"empty hint", func(m *PuzzleMeta) { m.Hints = []string{"a", ""} }, "hint 2"},
		{"no explanation", func(m *PuzzleMeta) { m.Explanation = "" }, "no explanation"},
		{"long explanation", func(m *PuzzleMeta) { m.Explanation = strings.Repeat("x", 601) }, "explanation longer"},
		{"no lesson", func(m *PuzzleMeta) { m.Lesson = "" }, "no related lesson"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			m := good
			m.Hints = slices.Clone(good.Hints)
			c.edit(&m)
			err := m.Validate()
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Errorf("Validate() = %v, want an error with %q", err, c.want)
			}
		})
	}
}

// TestLoadPuzzlesErrors checks that a broken puzzle is reported with what to
// do, and does not hide the good ones.
func TestLoadPuzzlesErrors(t *testing.T) {
	meta := `{"title":"t","topic":"order","difficulty":1,"hints":["a","b"],"explanation":"e","lesson":"order"}`
	rec := `{"node":"v20.20.2","runs":1,"outcomes":[{"stdout":"a\nb\n","stderr":"","exit":0,"seen":1}]}`
	fsys := fstest.MapFS{
		"p/good.js":            {Data: []byte("console.log('a');\nconsole.log('b');\n")},
		"p/good.meta.json":     {Data: []byte(meta)},
		"p/good.node.json":     {Data: []byte(rec)},
		"p/nometa.js":          {Data: []byte("x\n")},
		"p/badmeta.js":         {Data: []byte("x\n")},
		"p/badmeta.meta.json":  {Data: []byte(`{"title":"t","extra":1}`)},
		"p/norecord.js":        {Data: []byte("x\n")},
		"p/norecord.meta.json": {Data: []byte(meta)},
	}
	list, err := LoadPuzzles(fsys, "p")
	if len(list) != 1 || list[0].ID != "good" || list[0].Expect.Outcomes[0].Stdout != "a\nb\n" {
		t.Errorf("loaded %+v, want just the good puzzle", list)
	}
	for _, want := range []string{"nometa.meta.json", `unknown field "extra"`, "go run ./scenarios/record -dir scenarios/puzzles norecord.js"} {
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("error %v does not mention %q", err, want)
		}
	}
}

func TestFindPuzzle(t *testing.T) {
	p, ok := FindPuzzle("order-start-end")
	if !ok || p.Title == "" || p.Path != "puzzles/order-start-end.js" || len(p.Source) == 0 {
		t.Errorf("FindPuzzle(order-start-end) = %+v, %v", p, ok)
	}
	if _, ok := FindPuzzle("no-such-puzzle"); ok {
		t.Errorf("FindPuzzle found a puzzle that does not exist")
	}
}

// TestPuzzlesLive re-runs every puzzle under the node on the PATH and checks
// that node still prints what the recording says.
func TestPuzzlesLive(t *testing.T) {
	nodeV20(t)
	abs, err := filepath.Abs(puzzlesDir)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range loadedPuzzles(t) {
		t.Run(p.ID, func(t *testing.T) {
			t.Parallel()
			live, rec, err := RecheckLive(context.Background(), filepath.Join(abs, p.ID+".js"), p.Expect)
			if err != nil {
				t.Fatal(err)
			}
			if rec == nil {
				if p.Racy {
					t.Logf("racy puzzle showed an outcome not in its recording (exit %d):\n%s", live.Exit, live.Stdout)
					return
				}
				t.Fatalf("node's output is not the recorded one (%s%s.js)\nlive, exit %d:\n%s\nrecorded, exit %d:\n%s",
					rerecordPuzzle, p.ID, live.Exit, live.Stdout, p.Expect.Outcomes[0].Exit, p.Expect.Outcomes[0].Stdout)
			}
			if got, want := StderrEssentials(live.Stderr), StderrEssentials(rec.Stderr); !slices.Equal(got, want) {
				t.Errorf("stderr essentials differ from the recording (%s%s.js)\nlive:     %q\nrecorded: %q", rerecordPuzzle, p.ID, got, want)
			}
		})
	}
}
