// Package progress keeps a learner's puzzle progress: which puzzles are
// solved, how many attempts and hints each took, the points earned, and a
// streak per topic. It lives in one JSON file in the user's state directory.
//
// Progress is precious and files break, so the rules are: a missing file is
// a fresh start; a corrupt one is moved aside (never deleted) and reported as
// a warning, then progress starts afresh; every save re-reads the file first,
// so two loopviz sessions never erase each other's puzzles, and writes a
// temporary file that replaces the old one in a single rename, so a crash
// mid-write leaves the old file whole.
package progress

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
)

// FileName is the progress file's name inside the state directory.
const FileName = "progress.json"

// version is the file format's version.
const version = 1

// Puzzle is the progress on one puzzle.
type Puzzle struct {
	Solved   bool `json:"solved"`
	Attempts int  `json:"attempts"` // answers submitted, right or wrong
	Hints    int  `json:"hints"`    // the most hints revealed in one go at it
	Points   int  `json:"points"`   // the best score earned
}

// Topic is the progress on a topic.
type Topic struct {
	Streak int `json:"streak"` // puzzles solved in a row at the first attempt
	Best   int `json:"best"`   // the longest such streak
}

// State is the content of the progress file.
type State struct {
	Version int                `json:"version"`
	Puzzles map[string]*Puzzle `json:"puzzles"`
	Topics  map[string]*Topic  `json:"topics"`
}

func newState() *State {
	return &State{Version: version, Puzzles: map[string]*Puzzle{}, Topics: map[string]*Topic{}}
}

// Store is the progress of one user, as read from (and saved to) Dir.
type Store struct {
	Dir   string
	state *State
}

// DefaultDir is loopviz's folder in the user's state directory:
// $XDG_STATE_HOME/loopviz, or ~/.local/state/loopviz.
func DefaultDir() (string, error) {
	if d := os.Getenv("XDG_STATE_HOME"); filepath.IsAbs(d) {
		return filepath.Join(d, "loopviz"), nil
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return "", fmt.Errorf("no home directory to keep progress in (set XDG_STATE_HOME or use --state-dir): %w", err)
	}
	return filepath.Join(home, ".local", "state", "loopviz"), nil
}

// Path is the progress file.
func (s *Store) Path() string { return filepath.Join(s.Dir, FileName) }

// Open reads the progress kept in dir. It never fails: when the file cannot
// be used, the store starts empty and warning says what happened and what
// to do (a corrupt file is first moved aside to FileName.corrupt, so nothing
// is lost).
func Open(dir string) (s *Store, warning error) {
	s = &Store{Dir: dir}
	st, err := s.read()
	if err != nil {
		st = newState()
	}
	s.state = st
	return s, err
}

// read loads the file; a corrupt file is moved aside.
func (s *Store) read() (*State, error) {
	data, err := os.ReadFile(s.Path())
	if errors.Is(err, os.ErrNotExist) {
		return newState(), nil
	}
	if err != nil {
		return nil, fmt.Errorf("cannot read your progress (%v): starting afresh for now", err)
	}
	st := newState()
	if err := json.Unmarshal(data, st); err != nil || st.Version != version {
		if err == nil {
			err = fmt.Errorf("format version %d, want %d", st.Version, version)
		}
		aside := s.Path() + ".corrupt"
		if rerr := os.Rename(s.Path(), aside); rerr != nil {
			return nil, fmt.Errorf("your progress file %s is damaged (%v) and could not be moved aside (%v): starting afresh for now", s.Path(), err, rerr)
		}
		return nil, fmt.Errorf("your progress file was damaged (%v): it was moved to %s and progress starts afresh", err, aside)
	}
	if st.Puzzles == nil {
		st.Puzzles = map[string]*Puzzle{}
	}
	if st.Topics == nil {
		st.Topics = map[string]*Topic{}
	}
	for id, p := range st.Puzzles {
		if p == nil {
			delete(st.Puzzles, id)
		}
	}
	for id, t := range st.Topics {
		if t == nil {
			delete(st.Topics, id)
		}
	}
	return st, nil
}

// Puzzle returns the progress on a puzzle (the zero value if none).
func (s *Store) Puzzle(id string) Puzzle { return s.state.Puzzle(id) }

// Topic returns the progress on a topic (the zero value if none).
func (s *Store) Topic(id string) Topic { return s.state.Topic(id) }

// Attempt is one answer submitted to a puzzle.
type Attempt struct {
	Puzzle string
	Topic  string
	Right  bool
	Hints  int // hints revealed before this answer
	Points int // the score it earned (0 when wrong)
}

// Record adds an attempt and saves. The file is read again first, so what
// another session saved meanwhile is kept. A save that fails leaves the
// attempt recorded in memory and returns the error for a warning: the
// caller carries on.
func (s *Store) Record(a Attempt) error {
	var readErr error
	if st, err := s.read(); err == nil {
		s.state = st
	} else {
		readErr = err
	}
	// A file that is there but could not be read is not overwritten: it may
	// hold progress this session never saw.
	keepFile := false
	if readErr != nil {
		if _, err := os.Stat(s.Path()); err == nil {
			keepFile = true
		}
	}
	s.state.Apply(a)
	if keepFile {
		return fmt.Errorf("%w; this answer was not saved", readErr)
	}
	return errors.Join(readErr, s.save())
}

// Apply adds an attempt to the state: the puzzle's attempts, hints and
// best points, and the topic's streak (puzzles solved at the first attempt
// in a row; a wrong answer ends it).
func (st *State) Apply(a Attempt) {
	p := st.Puzzles[a.Puzzle]
	if p == nil {
		p = &Puzzle{}
		st.Puzzles[a.Puzzle] = p
	}
	first := !p.Solved && p.Attempts == 0
	p.Attempts++
	p.Hints = max(p.Hints, a.Hints)
	if a.Topic != "" {
		t := st.Topics[a.Topic]
		if t == nil {
			t = &Topic{}
			st.Topics[a.Topic] = t
		}
		switch {
		case a.Right && first:
			t.Streak++
			t.Best = max(t.Best, t.Streak)
		case !a.Right:
			t.Streak = 0
		}
	}
	if a.Right {
		p.Solved = true
		p.Points = max(p.Points, a.Points)
	}
}

// Clone is a deep copy of the state.
func (st *State) Clone() *State {
	c := newState()
	for id, p := range st.Puzzles {
		cp := *p
		c.Puzzles[id] = &cp
	}
	for id, t := range st.Topics {
		ct := *t
		c.Topics[id] = &ct
	}
	return c
}

// Puzzle returns the progress on a puzzle (the zero value if none).
func (st *State) Puzzle(id string) Puzzle {
	if p := st.Puzzles[id]; p != nil {
		return *p
	}
	return Puzzle{}
}

// Topic returns the progress on a topic (the zero value if none).
func (st *State) Topic(id string) Topic {
	if t := st.Topics[id]; t != nil {
		return *t
	}
	return Topic{}
}

// Snapshot is a copy of the progress as it is now.
func (s *Store) Snapshot() *State { return s.state.Clone() }

// save writes the state atomically: a temporary file in the same folder,
// synced, then renamed over the old one.
func (s *Store) save() error {
	data, err := json.MarshalIndent(s.state, "", "  ") // maps marshal in key order
	if err != nil {
		return err
	}
	data = append(data, '\n')
	if err := os.MkdirAll(s.Dir, 0o755); err != nil {
		return fmt.Errorf("cannot save your progress in %s (%v): it is kept until loopviz quits; choose another folder with --state-dir", s.Dir, err)
	}
	f, err := os.CreateTemp(s.Dir, ".progress-*.json")
	if err != nil {
		return fmt.Errorf("cannot save your progress in %s (%v): it is kept until loopviz quits; choose another folder with --state-dir", s.Dir, err)
	}
	_, err = f.Write(data)
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(f.Name(), s.Path())
	}
	if err != nil {
		os.Remove(f.Name())
		return fmt.Errorf("cannot save your progress to %s (%v): it is kept until loopviz quits; choose another folder with --state-dir", s.Path(), err)
	}
	return nil
}

// Score is what a right answer earns: 10 points per level of difficulty,
// less 3 for every hint revealed, halved on a second (or later) attempt,
// and at least 1. A wrong answer earns nothing.
func Score(difficulty, hints, attempt int) int {
	pts := 10*max(difficulty, 1) - 3*hints
	if attempt > 1 {
		pts /= 2
	}
	return max(pts, 1)
}
