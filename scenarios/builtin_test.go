package scenarios

import (
	"os"
	"path/filepath"
	"testing"
)

func TestBuiltinListsTheCorpusByTopic(t *testing.T) {
	list := Builtin()
	files := corpus(t)
	if len(list) != len(files) {
		t.Fatalf("Builtin lists %d scenarios, the corpus has %d programs", len(list), len(files))
	}
	// Topics come in the order of Topics, each in one run.
	order := map[string]int{otherTopic: len(Topics)}
	for i, tp := range Topics {
		order[tp.Name] = i
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
