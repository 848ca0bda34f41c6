package scenarios

import (
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"errors"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
)

// builtinFS holds the programs loopviz ships, with the files they require or
// read, so that the binary lists and opens them from any directory.
//
//go:embed corpus/*.js corpus/*.mjs corpus/modules puzzles
var builtinFS embed.FS

// Scenario is a program loopviz ships: the home screen lists them by topic.
type Scenario struct {
	Name       string // the file name without ".js", its id: "timers-clamp"; an ES module keeps ".mjs": "esm-tick-vs-promise.mjs"
	Kind       Kind   // a puzzle to predict, or a demo to watch
	Topic      string // the group it is listed under: "Timers"
	Title      string // what it demonstrates (demos) or asks (puzzles)
	Difficulty int    // puzzles: 1 to 3; 0 for demos
	Path       string // its path inside Files(): "corpus/timers-clamp.js"
	Source     []byte
}

// Kind says what a scenario is for.
type Kind string

const (
	KindPuzzle Kind = "puzzle" // predict its output, then see where you went wrong
	KindDemo   Kind = "demo"   // watch the loop run it
)

// PuzzleGroup is the home screen's group name for a puzzle topic.
func PuzzleGroup(topicName string) string { return "Puzzles · " + topicName }

// Topic is a group of scenarios on the home screen: the corpus programs whose
// file name starts with Prefix and a dash.
type Topic struct {
	Prefix string
	Name   string
}

// Topics are the corpus topics in the order the home screen shows them: from
// the first thing a newcomer meets (ticks and promises) to the finer points.
// A corpus program whose prefix is not listed goes under "More".
var Topics = []Topic{
	{"tick", "process.nextTick"},
	{"micro", "Microtasks"},
	{"promise", "Promises"},
	{"await", "async / await"},
	{"timers", "Timers"},
	{"immediate", "setImmediate"},
	{"race", "Races"},
	{"drain", "Draining between callbacks"},
	{"io", "I/O and the threadpool"},
	{"net", "Network"},
	{"http", "HTTP"},
	{"starve", "Starvation"},
	{"emitter", "EventEmitter"},
	{"reject", "Unhandled rejections"},
	{"uncaught", "Uncaught exceptions"},
	{"exit", "Process exit"},
	{"tpromises", "timers/promises"},
	{"console", "console"},
	{"modules", "Modules"},
	{"esm", "ES modules"},
	{"worker", "Worker threads"},
	{"child", "Child processes"},
	{"cluster", "Cluster"},
}

// otherTopic names the group of programs whose prefix is not in Topics.
const otherTopic = "More"

// Builtin returns the scenarios loopviz ships: the puzzles first, grouped by
// puzzle topic in teaching order (see LoadPuzzles), then the demos of the
// corpus grouped by topic in the order of Topics and by name within a topic.
func Builtin() []Scenario {
	var all []Scenario
	for _, p := range builtinPuzzles() {
		all = append(all, Scenario{Name: p.ID, Kind: KindPuzzle, Topic: PuzzleGroup(p.TopicName()), Title: p.Title,
			Difficulty: p.Difficulty, Path: p.Path, Source: p.Source})
	}
	return append(all, corpusScenarios()...)
}

func corpusScenarios() []Scenario {
	entries, err := builtinFS.ReadDir("corpus")
	if err != nil {
		return nil // cannot happen: the directory is embedded
	}
	groups := make([][]Scenario, len(Topics)+1)
	for _, e := range entries { // ReadDir sorts by name
		if e.IsDir() || !IsProgram(e.Name()) {
			continue
		}
		p := path.Join("corpus", e.Name())
		src, err := builtinFS.ReadFile(p)
		if err != nil {
			continue
		}
		name := strings.TrimSuffix(e.Name(), ".js") // an ES module keeps its .mjs
		g := topicIndex(name)
		topic := otherTopic
		if g < len(Topics) {
			topic = Topics[g].Name
		}
		groups[g] = append(groups[g], Scenario{Name: name, Kind: KindDemo, Topic: topic, Title: Header(string(src)), Path: p, Source: src})
	}
	var all []Scenario
	for _, g := range groups {
		all = append(all, g...)
	}
	return all
}

func topicIndex(name string) int {
	prefix, _, _ := strings.Cut(name, "-")
	for i, t := range Topics {
		if t.Prefix == prefix {
			return i
		}
	}
	return len(Topics)
}

// Files is the embedded tree that holds every built-in scenario at its Path.
func Files() fs.FS { return builtinFS }

// Materialize writes the built-in scenarios under dir/<digest of their
// content>/ unless they are there already, and returns that folder; a
// scenario then lives at filepath.Join(root, filepath.FromSlash(s.Path)).
// Programs read their own file and require their neighbours, so they run from
// a real folder; naming it by digest means a newer loopviz never runs an old
// copy, and the same loopviz reuses its copy (and prints the same paths).
func Materialize(dir string) (string, error) {
	digest, err := contentDigest()
	if err != nil {
		return "", err
	}
	root := filepath.Join(dir, "scenarios-"+digest)
	if st, err := os.Stat(root); err == nil && st.IsDir() {
		return root, nil
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", err
	}
	tmp, err := os.MkdirTemp(dir, ".scenarios-")
	if err != nil {
		return "", err
	}
	err = fs.WalkDir(builtinFS, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || p == "." {
			return err
		}
		dst := filepath.Join(tmp, filepath.FromSlash(p))
		if d.IsDir() {
			return os.MkdirAll(dst, 0o755)
		}
		b, err := builtinFS.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(dst, b, 0o644)
	})
	if err == nil {
		err = os.Rename(tmp, root)
		// Another loopviz may have made the same folder meanwhile: theirs is as good.
		if st, serr := os.Stat(root); err != nil && serr == nil && st.IsDir() {
			err = nil
		}
	}
	if err != nil {
		os.RemoveAll(tmp)
		return "", err
	}
	return root, nil
}

// contentDigest is a short hash of every embedded file's path and bytes.
func contentDigest() (string, error) {
	h := sha256.New()
	err := fs.WalkDir(builtinFS, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := builtinFS.ReadFile(p)
		if err != nil {
			return err
		}
		h.Write([]byte(p))
		h.Write([]byte{0})
		h.Write(b)
		h.Write([]byte{0})
		return nil
	})
	if err != nil {
		return "", errors.Join(errors.New("reading the built-in scenarios"), err)
	}
	return hex.EncodeToString(h.Sum(nil))[:12], nil
}
