package lessons

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/loopviz/loopviz/scenarios"
)

// TestSyllabusHasLessons fails when a topic or interview question of the
// syllabus has no lesson, or a lesson teaches nothing of it.
func TestSyllabusHasLessons(t *testing.T) {
	if len(Syllabus) != 8+13 {
		t.Errorf("the syllabus has %d entries; the guide has 8 topics and 13 interview questions", len(Syllabus))
	}
	taught := map[string]int{}
	ids := map[string]bool{}
	for _, l := range All() {
		taught[l.Topic]++
		if ids[l.ID] {
			t.Errorf("two lessons are called %q", l.ID)
		}
		ids[l.ID] = true
	}
	var order []string
	for _, topic := range Syllabus {
		switch taught[topic.ID] {
		case 0:
			t.Errorf("no lesson teaches %q (%s): add one to course in course.go", topic.ID, topic.Guide)
		case 1:
		default:
			t.Errorf("%d lessons teach %q: one is enough", taught[topic.ID], topic.ID)
		}
		order = append(order, topic.ID)
	}
	var got []string
	for _, l := range All() {
		if !slices.Contains(order, l.Topic) {
			t.Errorf("lesson %q teaches %q, which is not in the Syllabus", l.ID, l.Topic)
		}
		got = append(got, l.Topic)
	}
	if !slices.Equal(got, order) {
		t.Errorf("the lessons do not follow the syllabus order:\n got %v\nwant %v", got, order)
	}
}

// guideFile finds the seed guide: $LOOPVIZ_GUIDE, or the shared seed folder
// next to the repository.
func guideFile(t *testing.T) string {
	if f := os.Getenv("LOOPVIZ_GUIDE"); f != "" {
		return f
	}
	// The shared folder sits beside the repository (../shared) or beside the
	// folder of worktrees (../../shared).
	files, _ := filepath.Glob("../../shared/seed/*.txt")
	if len(files) == 0 {
		files, _ = filepath.Glob("../../../shared/seed/*.txt")
	}
	if len(files) == 0 {
		t.Skip("the seed guide is not here (set LOOPVIZ_GUIDE to its file to check the syllabus against it)")
	}
	return files[0]
}

// TestSyllabusMatchesGuide reads the seed guide itself: every numbered
// section before the interview questions must be a topic of the syllabus,
// and every interview answer must be found by exactly one question's marker.
func TestSyllabusMatchesGuide(t *testing.T) {
	b, err := os.ReadFile(guideFile(t))
	if err != nil {
		t.Fatal(err)
	}
	guide := string(b)
	head, answers, found := strings.Cut(guide, "\n"+GuideSection+"\n")
	if !found {
		t.Fatalf("the guide has no %q section", GuideSection)
	}
	markers := map[string]Kind{}
	for _, topic := range Syllabus {
		markers[topic.Marker] = topic.Kind
	}
	sections := regexp.MustCompile(`(?m)^[0-9]+\. .+$`).FindAllString(head, -1)
	if len(sections) == 0 {
		t.Fatal("found no numbered sections in the guide")
	}
	for _, s := range sections {
		if kind, ok := markers[s]; !ok || kind != KindTopic {
			t.Errorf("the guide's section %q is not a topic of the Syllabus", s)
		}
	}
	paras := strings.Split(answers, "\nAnswer:")[1:]
	if len(paras) == 0 {
		t.Fatal("found no interview answers in the guide")
	}
	var interview []Topic
	for _, topic := range Syllabus {
		if topic.Kind == KindInterview {
			interview = append(interview, topic)
		}
	}
	for i, p := range paras {
		var hits []string
		for _, topic := range interview {
			if strings.Contains(p, topic.Marker) {
				hits = append(hits, topic.ID)
			}
		}
		if len(hits) != 1 {
			first, _, _ := strings.Cut(strings.TrimSpace(p), ".")
			t.Errorf("interview answer %d (%q...) is matched by %d syllabus questions %v, want 1", i+1, first, len(hits), hits)
		}
	}
	if len(paras) != len(interview) {
		t.Errorf("the guide has %d interview answers, the syllabus %d questions", len(paras), len(interview))
	}
}

// TestLessonTexts checks every lesson's text, examples and quick check
// against each other.
func TestLessonTexts(t *testing.T) {
	used := map[string]bool{}
	for _, l := range All() {
		t.Run(l.ID, func(t *testing.T) {
			md, err := l.Markdown()
			if err != nil {
				t.Fatal(err)
			}
			if first, _, _ := strings.Cut(md, "\n"); first != "# "+l.Title {
				t.Errorf("the text starts %q, want the lesson's title %q", first, "# "+l.Title)
			}
			if strings.Contains(md, "{{") {
				t.Errorf("the text has an unexpanded {{...}} reference")
			}
			shown, err := l.shownExamples()
			if err != nil {
				t.Fatal(err)
			}
			var names []string
			for _, e := range l.Examples {
				names = append(names, e.Name)
				used[e.Name] = true
				if e.At == "" || e.Look == "" {
					t.Errorf("example %s: say at which output the step that matters is (At) and what to look at there (Look)", e.Name)
				}
				src, err := Source(e.Name)
				if err != nil {
					t.Errorf("example %s: %v", e.Name, err)
					continue
				}
				if !strings.HasPrefix(string(src), "// ") {
					t.Errorf("example %s: the first line must be a // comment saying what it shows", e.Name)
				}
			}
			if len(names) == 0 {
				t.Errorf("the lesson has no runnable example")
			}
			if !slices.Equal(shown, names) {
				t.Errorf("the text shows examples %v, the lesson lists %v (same ones, same order)", shown, names)
			}
			if len(l.Check) == 0 {
				t.Errorf("the lesson has no quick check")
			}
			for _, q := range l.Check {
				if q.Answer < 0 || q.Answer >= len(q.Choices) || len(q.Choices) < 2 {
					t.Errorf("question %q: answer %d of %d choices", q.Ask, q.Answer, len(q.Choices))
				}
				if !slices.Contains(names, q.Example) {
					t.Errorf("question %q is about %q, not an example of this lesson", q.Ask, q.Example)
				}
				if q.Why == "" {
					t.Errorf("question %q: say why the answer is right", q.Ask)
				}
			}
		})
	}
	files, err := filepath.Glob("examples/*.*js")
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		name := strings.TrimSuffix(strings.TrimSuffix(filepath.Base(f), ".js"), ".mjs")
		if !used[name] {
			t.Errorf("examples/%s.js belongs to no lesson: use it or delete it", name)
		}
	}
}

func TestProgress(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "state")
	p, err := LoadProgress(dir)
	if err != nil {
		t.Fatal(err)
	}
	if got := p.FirstUnfinished().ID; got != All()[0].ID {
		t.Errorf("nothing done: first unfinished is %q, want %q", got, All()[0].ID)
	}
	p.MarkDone(All()[1].ID)
	p.MarkDone(All()[0].ID)
	p.MarkDone(All()[0].ID)
	if err := p.Save(dir); err != nil {
		t.Fatal(err)
	}
	q, err := LoadProgress(dir)
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{All()[1].ID, All()[0].ID}; !slices.Equal(q.Done, []string{"node", "reading"}) || !q.IsDone(want[0]) || !q.IsDone(want[1]) {
		t.Errorf("reloaded progress: %v", q.Done)
	}
	if got := q.FirstUnfinished().ID; got != All()[2].ID {
		t.Errorf("first unfinished is %q, want %q", got, All()[2].ID)
	}
	b, _ := os.ReadFile(ProgressFile(dir))
	if want := "{\n  \"schema\": \"loopviz-lessons/1\",\n  \"done\": [\n    \"node\",\n    \"reading\"\n  ]\n}\n"; string(b) != want {
		t.Errorf("progress file:\n%s\nwant:\n%s", b, want)
	}
	if err := os.WriteFile(ProgressFile(dir), []byte("{}"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := LoadProgress(dir); err == nil || !strings.Contains(err.Error(), "move it away") {
		t.Errorf("a foreign file: got %v, want an error that says what to do", err)
	}
}

func TestMaterialize(t *testing.T) {
	dir := t.TempDir()
	root, err := Materialize(dir)
	if err != nil {
		t.Fatal(err)
	}
	again, err := Materialize(dir)
	if err != nil || again != root {
		t.Fatalf("second Materialize: %q, %v; want %q", again, err, root)
	}
	for _, l := range All() {
		for _, e := range l.Examples {
			if _, err := os.Stat(filepath.Join(root, filepath.FromSlash(ExamplePath(e.Name)))); err != nil {
				t.Errorf("example %s not written: %v", e.Name, err)
			}
		}
	}
	if _, err := os.Stat(filepath.Join(root, "examples", "modules", "counter.js")); err != nil {
		t.Errorf("the module an example requires was not written: %v", err)
	}
}

// TestLessonPuzzles checks that every puzzle a lesson points to is in the
// puzzle library.
func TestLessonPuzzles(t *testing.T) {
	n := 0
	for _, l := range All() {
		for _, id := range l.Puzzles {
			n++
			if _, ok := scenarios.FindPuzzle(id); !ok {
				t.Errorf("lesson %s points to puzzle %q, which is not in the library", l.ID, id)
			}
		}
	}
	if n == 0 {
		t.Errorf("no lesson points to a puzzle")
	}
}
