package progress

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestFreshStart(t *testing.T) {
	s, warn := Open(t.TempDir())
	if warn != nil {
		t.Fatalf("a missing file warns: %v", warn)
	}
	if p := s.Puzzle("x"); p != (Puzzle{}) {
		t.Errorf("fresh progress on x = %+v", p)
	}
}

func TestRecordAndReopen(t *testing.T) {
	dir := t.TempDir()
	s, _ := Open(dir)
	steps := []struct {
		a          Attempt
		solved     bool
		attempts   int
		streak     int
		best       int
		points     int
		topicAfter string
	}{
		{Attempt{Puzzle: "a", Topic: "order", Right: true, Points: 10}, true, 1, 1, 1, 10, "order"},
		{Attempt{Puzzle: "b", Topic: "order", Right: true, Hints: 1, Points: 7}, true, 1, 2, 2, 7, "order"},
		{Attempt{Puzzle: "c", Topic: "order", Right: false, Hints: 2}, false, 1, 0, 2, 0, "order"},
		{Attempt{Puzzle: "c", Topic: "order", Right: true, Hints: 2, Points: 2}, true, 2, 0, 2, 2, "order"}, // second attempt: no streak
		{Attempt{Puzzle: "d", Topic: "order", Right: true, Points: 10}, true, 1, 1, 2, 10, "order"},
		{Attempt{Puzzle: "a", Topic: "order", Right: true, Points: 5}, true, 2, 1, 2, 10, "order"}, // solved again: best points kept, streak unchanged
	}
	for i, st := range steps {
		if err := s.Record(st.a); err != nil {
			t.Fatalf("step %d: %v", i, err)
		}
		p, tp := s.Puzzle(st.a.Puzzle), s.Topic(st.topicAfter)
		if p.Solved != st.solved || p.Attempts != st.attempts || p.Points != st.points || tp.Streak != st.streak || tp.Best != st.best {
			t.Errorf("step %d: puzzle %+v topic %+v; want solved %v attempts %d points %d streak %d best %d",
				i, p, tp, st.solved, st.attempts, st.points, st.streak, st.best)
		}
	}
	again, warn := Open(dir)
	if warn != nil {
		t.Fatal(warn)
	}
	if p := again.Puzzle("c"); !p.Solved || p.Attempts != 2 || p.Hints != 2 || p.Points != 2 {
		t.Errorf("reopened: c = %+v", p)
	}
	// Only the progress file is left: no temporary files.
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 || entries[0].Name() != FileName {
		t.Errorf("the state folder holds %v, want just %s", entries, FileName)
	}
}

// TestCorruptFile: a damaged file is moved aside with a warning, never a
// crash, and the next save starts a good file.
func TestCorruptFile(t *testing.T) {
	for _, content := range []string{"{not json", `{"version": 99, "puzzles": {}}`, "", `{"version":1,"puzzles":{"a":null}}x`} {
		dir := t.TempDir()
		path := filepath.Join(dir, FileName)
		os.WriteFile(path, []byte(content), 0o644)
		s, warn := Open(dir) // an empty file is damaged too
		if warn == nil || !strings.Contains(warn.Error(), "moved to") {
			t.Errorf("%q: warning %v, want one saying where the file went", content, warn)
		}
		if b, err := os.ReadFile(path + ".corrupt"); err != nil || string(b) != content {
			t.Errorf("%q: the damaged file was not kept aside (%v)", content, err)
		}
		if err := s.Record(Attempt{Puzzle: "a", Topic: "t", Right: true, Points: 10}); err != nil {
			t.Errorf("%q: saving after a fresh start: %v", content, err)
		}
		if again, warn := Open(dir); warn != nil || !again.Puzzle("a").Solved {
			t.Errorf("%q: reopened with %v, a = %+v", content, warn, again.Puzzle("a"))
		}
	}
}

// TestDamagedMidSession: the file breaks between two answers; what this
// session knew of other puzzles is saved again, and the broken file kept.
func TestDamagedMidSession(t *testing.T) {
	dir := t.TempDir()
	s, _ := Open(dir)
	s.Record(Attempt{Puzzle: "a", Topic: "t", Right: true, Points: 10})
	os.WriteFile(s.Path(), []byte("garbage"), 0o644)
	err := s.Record(Attempt{Puzzle: "b", Topic: "t", Right: true, Points: 10})
	if err == nil || !strings.Contains(err.Error(), "damaged") {
		t.Errorf("want a warning about the damaged file, got %v", err)
	}
	again, warn := Open(dir)
	if warn != nil || !again.Puzzle("a").Solved || !again.Puzzle("b").Solved {
		t.Errorf("after the damage: %v, a %+v, b %+v", warn, again.Puzzle("a"), again.Puzzle("b"))
	}
}

// TestTwoSessions: each save re-reads the file, so neither session erases
// the other's puzzles.
func TestTwoSessions(t *testing.T) {
	dir := t.TempDir()
	one, _ := Open(dir)
	two, _ := Open(dir)
	one.Record(Attempt{Puzzle: "a", Topic: "t", Right: true, Points: 10})
	two.Record(Attempt{Puzzle: "b", Topic: "t", Right: true, Points: 10})
	again, _ := Open(dir)
	if !again.Puzzle("a").Solved || !again.Puzzle("b").Solved {
		t.Errorf("a %+v, b %+v: one session erased the other's", again.Puzzle("a"), again.Puzzle("b"))
	}
}

func TestUnwritable(t *testing.T) {
	// root writes anywhere, so make a folder that cannot exist: one inside a file.
	file := filepath.Join(t.TempDir(), "a-file")
	os.WriteFile(file, []byte("x"), 0o644)
	s, _ := Open(filepath.Join(file, "state")) // a warning, and a fresh start
	err := s.Record(Attempt{Puzzle: "a", Topic: "t", Right: true, Points: 10})
	if err == nil || !strings.Contains(err.Error(), "--state-dir") {
		t.Errorf("want an error that says what to do, got %v", err)
	}
	if !s.Puzzle("a").Solved {
		t.Errorf("the attempt is lost from memory")
	}
}

func TestUnreadableFileIsNotOverwritten(t *testing.T) {
	dir := t.TempDir()
	// A folder where the file should be: it cannot be read as a file.
	if err := os.Mkdir(filepath.Join(dir, FileName), 0o755); err != nil {
		t.Fatal(err)
	}
	s, warn := Open(dir)
	if warn == nil {
		t.Fatal("want a warning")
	}
	if err := s.Record(Attempt{Puzzle: "a", Right: true, Points: 1}); err == nil {
		t.Errorf("saving over an unreadable file: want an error")
	}
	if st, err := os.Stat(filepath.Join(dir, FileName)); err != nil || !st.IsDir() {
		t.Errorf("the unreadable entry was replaced")
	}
}

func TestDefaultDir(t *testing.T) {
	t.Setenv("XDG_STATE_HOME", "/tmp/xdg")
	if d, err := DefaultDir(); err != nil || d != "/tmp/xdg/loopviz" {
		t.Errorf("DefaultDir = %q, %v", d, err)
	}
	t.Setenv("XDG_STATE_HOME", "relative") // not absolute: ignored, as the spec says
	t.Setenv("HOME", "/home/u")
	if d, err := DefaultDir(); err != nil || d != "/home/u/.local/state/loopviz" {
		t.Errorf("DefaultDir = %q, %v", d, err)
	}
}

func TestScore(t *testing.T) {
	cases := []struct{ diff, hints, attempt, want int }{
		{1, 0, 1, 10}, {2, 0, 1, 20}, {3, 0, 1, 30},
		{2, 1, 1, 17}, {2, 3, 1, 11},
		{2, 0, 2, 10}, {3, 3, 2, 10},
		{1, 3, 1, 1}, {1, 3, 2, 1},
	}
	for _, c := range cases {
		if got := Score(c.diff, c.hints, c.attempt); got != c.want {
			t.Errorf("Score(%d, %d, %d) = %d, want %d", c.diff, c.hints, c.attempt, got, c.want)
		}
	}
}
