package scenarios

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestBuiltinListsTheCorpusByTopic(t *testing.T) {
	list := Builtin()
	files := corpus(t)
	puzzles := loadedPuzzles(t)
	if len(list) != len(files)+len(puzzles) {
		t.Fatalf("Builtin lists %d scenarios, the corpus has %d programs and the library %d puzzles", len(list), len(files), len(puzzles))
	}
	// Puzzles first, by puzzle topic; then the demos in the order of Topics, each topic in one run.
	order := map[string]int{otherTopic: len(PuzzleTopics) + len(Topics)}
	for i, tp := range PuzzleTopics {
		order[PuzzleGroup(tp.Name)] = i
	}
	for i, tp := range Topics {
		order[tp.Name] = len(PuzzleTopics) + i
	}
	last := -1
	for _, s := range list {
		o, ok := order[s.Topic]
		if !ok {
			t.Errorf("%s: unknown topic %q", s.Name, s.Topic)
		}
		if o < last {
			t.Errorf("%s: topic %q out of order", s.Name, s.Topic)
		}
		last = o
		if s.Title == "" || len(s.Source) == 0 {
			t.Errorf("%s: no title or no source", s.Name)
		}
		if want := KindDemo; s.Kind != want && !strings.HasPrefix(s.Topic, "Puzzles · ") {
			t.Errorf("%s: kind %q, want %q", s.Name, s.Kind, want)
		}
		if s.Kind == KindPuzzle && (s.Difficulty < 1 || s.Difficulty > 3) {
			t.Errorf("%s: a puzzle of difficulty %d", s.Name, s.Difficulty)
		}
		if s.Topic == otherTopic {
			t.Errorf("%s: its prefix has no topic in Topics", s.Name)
		}
	}
}

func TestMaterialize(t *testing.T) {
	dir := t.TempDir()
	root, err := Materialize(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range Builtin() {
		b, err := os.ReadFile(filepath.Join(root, filepath.FromSlash(s.Path)))
		if err != nil || string(b) != string(s.Source) {
			t.Errorf("%s: not materialized (%v)", s.Name, err)
		}
	}
	if _, err := os.Stat(filepath.Join(root, "corpus", "modules", "counter.js")); err != nil {
		t.Errorf("the modules a scenario requires are missing: %v", err)
	}
	again, err := Materialize(dir)
	if err != nil || again != root {
		t.Errorf("second Materialize = %q, %v; want the same folder %q", again, err, root)
	}
}
