package scenarios

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"
)

// A puzzle is a "predict the output" exercise: puzzles/ID.js is the program,
// puzzles/ID.meta.json says what it teaches (PuzzleMeta), and
// puzzles/ID.node.json is what real node printed for it (Expectation),
// recorded with `go run ./scenarios/record -dir scenarios/puzzles`.

// PuzzleTopic is a subject puzzles are grouped by; its ID is also the lesson
// id a puzzle refers to until the lessons exist.
type PuzzleTopic struct {
	ID   string // "order"
	Name string // "Sync, nextTick and microtasks"
}

// PuzzleTopics are the puzzle topics in teaching order: from what every
// newcomer meets first to the finer points.
var PuzzleTopics = []PuzzleTopic{
	{"order", "Sync, nextTick and microtasks"},
	{"nesting", "Nesting"},
	{"await", "async / await hops"},
	{"promises", "Promise chains and combinators"},
	{"timers", "Timers and immediates"},
	{"drain", "Draining between callbacks"},
	{"io", "I/O phase ordering"},
	{"threadpool", "The threadpool"},
	{"emitter", "EventEmitter"},
	{"errors", "Errors and rejections"},
	{"exit", "Process exit"},
	{"streams", "Streams"},
}

// PuzzleTopicName returns the display name of a topic id, or the id itself.
func PuzzleTopicName(id string) string {
	for _, t := range PuzzleTopics {
		if t.ID == id {
			return t.Name
		}
	}
	return id
}

// PuzzleMeta is the content of a puzzle's ID.meta.json.
type PuzzleMeta struct {
	Title       string   `json:"title"`
	Topic       string   `json:"topic"`      // a PuzzleTopics id
	Difficulty  int      `json:"difficulty"` // 1 (warm-up) to 3 (catches most people)
	Hints       []string `json:"hints"`      // two or three, each giving away more
	Explanation string   `json:"explanation"`
	Lesson      string   `json:"lesson"`          // the related lesson's id
	Twist       bool     `json:"twist,omitempty"` // a trap most people fall into
	// State asks about the loop's state at marked steps, when predicting as
	// you go: right after the line After is printed, Ask is "next-phase" (in
	// which phase the next callback runs), "microtasks" (how many wait in the
	// microtask queue) or "pool-busy" (how many threadpool slots are busy).
	State []StateQuestion `json:"state,omitempty"`
}

// StateQuestion is a question about the loop's state (see PuzzleMeta.State).
type StateQuestion struct {
	After string `json:"after"`
	Ask   string `json:"ask"`
}

// StateAsks are the kinds of state question.
var StateAsks = []string{"next-phase", "microtasks", "pool-busy"}

// Puzzle is one puzzle of the library, ready to show and grade.
type Puzzle struct {
	ID string
	PuzzleMeta
	Racy   bool   // the program says "// loopviz: racy": several answers are right
	Path   string // the program's path inside Files(): "puzzles/ID.js"
	Source []byte
	Expect *Expectation // what node printed
}

// TopicName is the display name of the puzzle's topic.
func (p *Puzzle) TopicName() string { return PuzzleTopicName(p.Topic) }

const puzzleDir = "puzzles"

// Limits of the metadata, so every puzzle fits the screens that show it.
const (
	maxTitle       = 60
	maxHint        = 200
	maxExplanation = 600
)

// Validate reports the first problem with a puzzle's metadata, or nil.
func (m *PuzzleMeta) Validate() error {
	switch {
	case strings.TrimSpace(m.Title) == "":
		return errors.New("no title")
	case utf8.RuneCountInString(m.Title) > maxTitle:
		return fmt.Errorf("title longer than %d characters", maxTitle)
	case !slices.ContainsFunc(PuzzleTopics, func(t PuzzleTopic) bool { return t.ID == m.Topic }):
		return fmt.Errorf("unknown topic %q (one of PuzzleTopics)", m.Topic)
	case m.Difficulty < 1 || m.Difficulty > 3:
		return fmt.Errorf("difficulty %d, want 1 to 3", m.Difficulty)
	case len(m.Hints) < 2 || len(m.Hints) > 3:
		return fmt.Errorf("%d hints, want 2 or 3", len(m.Hints))
	case strings.TrimSpace(m.Explanation) == "":
		return errors.New("no explanation")
	case utf8.RuneCountInString(m.Explanation) > maxExplanation:
		return fmt.Errorf("explanation longer than %d characters", maxExplanation)
	case strings.TrimSpace(m.Lesson) == "":
		return errors.New("no related lesson")
	}
	for _, q := range m.State {
		if !slices.Contains(StateAsks, q.Ask) || q.After == "" {
			return fmt.Errorf("state question %+v: want an after line and an ask of %v", q, StateAsks)
		}
	}
	for i, h := range m.Hints {
		if strings.TrimSpace(h) == "" || utf8.RuneCountInString(h) > maxHint {
			return fmt.Errorf("hint %d is empty or longer than %d characters", i+1, maxHint)
		}
	}
	return nil
}

// LoadPuzzles reads every puzzle of dir in fsys (ID.js with ID.meta.json and
// ID.node.json), checks its metadata, and returns them in topic order, then
// by difficulty, then by id.
func LoadPuzzles(fsys fs.FS, dir string) ([]Puzzle, error) {
	entries, err := fs.ReadDir(fsys, dir)
	if err != nil {
		return nil, err
	}
	var out []Puzzle
	var errs []error
	for _, e := range entries {
		if e.IsDir() || !strings.HasSuffix(e.Name(), ".js") {
			continue
		}
		p, err := loadPuzzle(fsys, dir, strings.TrimSuffix(e.Name(), ".js"))
		if err != nil {
			errs = append(errs, err)
			continue
		}
		out = append(out, *p)
	}
	topicIndex := func(id string) int {
		return slices.IndexFunc(PuzzleTopics, func(t PuzzleTopic) bool { return t.ID == id })
	}
	slices.SortStableFunc(out, func(a, b Puzzle) int {
		if c := topicIndex(a.Topic) - topicIndex(b.Topic); c != 0 {
			return c
		}
		if c := a.Difficulty - b.Difficulty; c != 0 {
			return c
		}
		return strings.Compare(a.ID, b.ID)
	})
	return out, errors.Join(errs...)
}

func loadPuzzle(fsys fs.FS, dir, id string) (*Puzzle, error) {
	p := &Puzzle{ID: id, Path: path.Join(dir, id+".js")}
	var err error
	if p.Source, err = fs.ReadFile(fsys, p.Path); err != nil {
		return nil, err
	}
	p.Racy = IsRacy(string(p.Source))
	meta, err := fs.ReadFile(fsys, path.Join(dir, id+".meta.json"))
	if err != nil {
		return nil, fmt.Errorf("puzzle %s: %w (every puzzle needs its %s.meta.json)", id, err, id)
	}
	dec := json.NewDecoder(bytes.NewReader(meta))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&p.PuzzleMeta); err != nil {
		return nil, fmt.Errorf("puzzle %s: %s.meta.json: %w", id, id, err)
	}
	if err := p.PuzzleMeta.Validate(); err != nil {
		return nil, fmt.Errorf("puzzle %s: %s.meta.json: %w", id, id, err)
	}
	rec, err := fs.ReadFile(fsys, path.Join(dir, id+".node.json"))
	if err != nil {
		return nil, fmt.Errorf("puzzle %s: no recording from node (record it: go run ./scenarios/record -dir scenarios/puzzles %s.js)", id, id)
	}
	dec = json.NewDecoder(bytes.NewReader(rec))
	dec.DisallowUnknownFields()
	p.Expect = &Expectation{}
	if err := dec.Decode(p.Expect); err != nil || len(p.Expect.Outcomes) == 0 {
		return nil, fmt.Errorf("puzzle %s: bad recording %s.node.json (record it again: go run ./scenarios/record -dir scenarios/puzzles %s.js)", id, id, id)
	}
	for _, q := range p.State {
		if !slices.Contains(strings.Split(p.Expect.Outcomes[0].Stdout, "\n"), q.After) {
			return nil, fmt.Errorf("puzzle %s: %s.meta.json: state question after %q, a line the program never prints", id, id, q.After)
		}
	}
	return p, nil
}

// Puzzles returns the puzzles loopviz ships, in topic order (see
// LoadPuzzles). A puzzle whose files are broken is left out; the package's
// tests make sure none is.
func Puzzles() []Puzzle { return slices.Clone(builtinPuzzles()) }

var builtinPuzzles = sync.OnceValue(func() []Puzzle {
	list, _ := LoadPuzzles(builtinFS, puzzleDir)
	return list
})

// FindPuzzle returns the built-in puzzle with this id.
func FindPuzzle(id string) (*Puzzle, bool) {
	for _, p := range builtinPuzzles() {
		if p.ID == id {
			return &p, true
		}
	}
	return nil, false
}
