package lessons

import (
	"embed"
	"fmt"
	"io/fs"
	"path"
	"regexp"
	"strings"

	"github.com/loopviz/loopviz/scenarios"
)

// content holds the lesson texts and the examples with what they require.
//
//go:embed text/*.md examples/*.js examples/*.mjs examples/modules
var content embed.FS

// All returns the course's lessons in order.
func All() []Lesson { return course }

// ByID finds a lesson by its id; ok is false for an unknown one.
func ByID(id string) (Lesson, bool) {
	for _, l := range course {
		if l.ID == id {
			return l, true
		}
	}
	return Lesson{}, false
}

// Index is the lesson's position in the course, or -1.
func Index(id string) int {
	for i, l := range course {
		if l.ID == id {
			return i
		}
	}
	return -1
}

// IDs lists the lesson ids, for error messages.
func IDs() []string {
	ids := make([]string, len(course))
	for i, l := range course {
		ids[i] = l.ID
	}
	return ids
}

// ExamplePath is an example's path inside Files() and Materialize's folder:
// examples/NAME.js, or examples/NAME.mjs for an ES module.
func ExamplePath(name string) string {
	if _, err := fs.Stat(content, "examples/"+name+".mjs"); err == nil {
		return "examples/" + name + ".mjs"
	}
	return "examples/" + name + ".js"
}

// Source is an example's program text.
func Source(name string) ([]byte, error) { return content.ReadFile(ExamplePath(name)) }

// exampleRef is how a text shows an example: {{example NAME}} on a line of
// its own. Markdown expands it into the program in a code block.
var exampleRef = regexp.MustCompile(`(?m)^\{\{example ([a-z0-9-]+)\}\}$`)

// rawText is the lesson's markdown as written.
func (l Lesson) rawText() (string, error) {
	b, err := content.ReadFile("text/" + l.ID + ".md")
	return string(b), err
}

// Markdown is the lesson's text with each {{example NAME}} replaced by a
// heading that numbers the example (its key in the lesson viewer) and the
// program itself, so that the text always shows the code that runs.
func (l Lesson) Markdown() (string, error) {
	text, err := l.rawText()
	if err != nil {
		return "", fmt.Errorf("lesson %s has no text: %w", l.ID, err)
	}
	var firstErr error
	out := exampleRef.ReplaceAllStringFunc(text, func(m string) string {
		name := exampleRef.FindStringSubmatch(m)[1]
		n := l.exampleIndex(name)
		src, err := Source(name)
		if err != nil || n < 0 {
			if firstErr == nil {
				firstErr = fmt.Errorf("lesson %s shows example %q, which is not among its examples", l.ID, name)
			}
			return m
		}
		ex := l.Examples[n]
		return fmt.Sprintf("**Example %d · %s** — press %d to step through it; it opens where %s.\n\n```js\n%s```",
			n+1, path.Base(ExamplePath(name)), n+1, lowerFirst(ex.Look), strings.TrimLeft(string(src), "\n"))
	})
	out = strings.TrimRight(out, "\n") + "\n\n---\n\n*Press c for this lesson's quick check, then n for the next lesson.*\n"
	return out, firstErr
}

func (l Lesson) exampleIndex(name string) int {
	for i, e := range l.Examples {
		if e.Name == name {
			return i
		}
	}
	return -1
}

func lowerFirst(s string) string {
	if s == "" {
		return s
	}
	return strings.ToLower(s[:1]) + s[1:]
}

// shownExamples are the examples a lesson's text shows, in order.
func (l Lesson) shownExamples() ([]string, error) {
	text, err := l.rawText()
	if err != nil {
		return nil, err
	}
	var names []string
	for _, m := range exampleRef.FindAllStringSubmatch(text, -1) {
		names = append(names, m[1])
	}
	return names, nil
}

// Files is the embedded tree of texts and examples.
func Files() fs.FS { return content }

// Materialize writes the examples (and the modules they require) under
// dir/lessons-<digest>/ unless they are there already, and returns that
// folder; an example then lives at filepath.Join(root, ExamplePath(name)).
func Materialize(dir string) (string, error) {
	return scenarios.MaterializeFS(content, dir, "lessons")
}
