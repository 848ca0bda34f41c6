package lessons

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
)

// Progress is which lessons the user has finished (answered the quick check
// of). It is kept as JSON in a file of its own, lessons.json in loopviz's
// state folder, shaped so that the puzzles' progress store can take it over:
// a schema name and a sorted list of finished lesson ids.
type Progress struct {
	Done []string // finished lesson ids, sorted
}

type progressFile struct {
	Schema string   `json:"schema"`
	Done   []string `json:"done"`
}

const progressSchema = "loopviz-lessons/1"

// ProgressFile is where the progress lives inside a state folder.
func ProgressFile(stateDir string) string { return filepath.Join(stateDir, "lessons.json") }

// DefaultStateDir is loopviz's state folder: $XDG_STATE_HOME/loopviz, or
// ~/.local/state/loopviz.
func DefaultStateDir() (string, error) {
	if d := os.Getenv("XDG_STATE_HOME"); d != "" && filepath.IsAbs(d) {
		return filepath.Join(d, "loopviz"), nil
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return "", fmt.Errorf("no home folder to keep progress in (set XDG_STATE_HOME or pass --state-dir): %w", err)
	}
	return filepath.Join(home, ".local", "state", "loopviz"), nil
}

// LoadProgress reads the progress kept in stateDir; none yet is no error.
func LoadProgress(stateDir string) (*Progress, error) {
	b, err := os.ReadFile(ProgressFile(stateDir))
	if errors.Is(err, fs.ErrNotExist) {
		return &Progress{}, nil
	}
	if err != nil {
		return nil, err
	}
	var f progressFile
	if err := json.Unmarshal(b, &f); err != nil || f.Schema != progressSchema {
		return nil, fmt.Errorf("%s is not a loopviz lessons file (move it away to start afresh)", ProgressFile(stateDir))
	}
	p := &Progress{}
	for _, id := range f.Done {
		p.MarkDone(id)
	}
	return p, nil
}

// Save writes the progress to stateDir, creating the folder, atomically.
func (p *Progress) Save(stateDir string) error {
	if err := os.MkdirAll(stateDir, 0o755); err != nil {
		return err
	}
	b, err := json.MarshalIndent(progressFile{Schema: progressSchema, Done: append([]string{}, p.Done...)}, "", "  ")
	if err != nil {
		return err
	}
	tmp, err := os.CreateTemp(stateDir, ".lessons-*.json")
	if err != nil {
		return err
	}
	_, err = tmp.Write(append(b, '\n'))
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), ProgressFile(stateDir))
	}
	if err != nil {
		os.Remove(tmp.Name())
	}
	return err
}

// IsDone reports whether lesson id is finished.
func (p *Progress) IsDone(id string) bool {
	_, found := slices.BinarySearch(p.Done, id)
	return found
}

// MarkDone records lesson id as finished.
func (p *Progress) MarkDone(id string) {
	if i, found := slices.BinarySearch(p.Done, id); !found {
		p.Done = slices.Insert(p.Done, i, id)
	}
}

// FirstUnfinished is the first lesson of the course not finished yet, or
// the first lesson when all are.
func (p *Progress) FirstUnfinished() Lesson {
	for _, l := range course {
		if !p.IsDone(l.ID) {
			return l
		}
	}
	return course[0]
}
