package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/loopviz/loopviz/lessons"
	"github.com/loopviz/loopviz/scenarios"
	"github.com/loopviz/loopviz/ui"
)

// stateDirFlag registers --state-dir, where loopviz keeps what the user has
// finished.
func stateDirFlag(fs *flag.FlagSet) *string {
	return fs.String("state-dir", "", "folder that keeps your progress `DIR` (default $XDG_STATE_HOME/loopviz or ~/.local/state/loopviz)")
}

func resolveStateDir(flagValue string) (string, error) {
	if flagValue != "" {
		return filepath.Abs(flagValue)
	}
	return lessons.DefaultStateDir()
}

// courseLessons turns the course into the viewer's lessons, with each
// example copied to a real folder so it can read its own file and require
// its neighbours.
func courseLessons(p *lessons.Progress) ([]ui.Lesson, error) {
	dir, err := os.UserCacheDir()
	if err != nil {
		dir = os.TempDir()
	}
	root, err := lessons.Materialize(filepath.Join(dir, "loopviz"))
	if err != nil {
		if root, err = lessons.Materialize(filepath.Join(os.TempDir(), fmt.Sprintf("loopviz-%d", os.Getuid()))); err != nil {
			return nil, err
		}
	}
	var out []ui.Lesson
	for _, l := range lessons.All() {
		md, err := l.Markdown()
		if err != nil {
			return nil, err
		}
		ul := ui.Lesson{ID: l.ID, Title: l.Title, Markdown: md, Done: p.IsDone(l.ID)}
		for _, e := range l.Examples {
			ul.Examples = append(ul.Examples, ui.LessonExample{Name: e.Name, At: e.At, Look: e.Look,
				File: filepath.Join(root, filepath.FromSlash(lessons.ExamplePath(e.Name)))})
		}
		for _, id := range l.Puzzles {
			if p, ok := scenarios.FindPuzzle(id); ok {
				ul.Puzzles = append(ul.Puzzles, ui.LessonPuzzle{ID: id, Title: p.Title})
			}
		}
		for _, q := range l.Check {
			ul.Check = append(ul.Check, ui.Question{Ask: q.Ask, Choices: q.Choices, Answer: q.Answer, Why: q.Why})
		}
		out = append(out, ul)
	}
	return out, nil
}

// unknownLesson is the error for a lesson name that is not in the course.
func unknownLesson(stderr io.Writer, cmd, name string) int {
	fmt.Fprintf(stderr, "loopviz %s: no lesson %q (try: loopviz lessons; the lessons are %s)\n", cmd, name, strings.Join(lessons.IDs(), ", "))
	return exitUsage
}

// cmdLearn opens the course at a lesson, or at the first one not finished.
func cmdLearn(args []string, stdout, stderr io.Writer) int {
	var rf runFlags
	var tf tuiFlags
	fs := flag.NewFlagSet("learn", flag.ContinueOnError)
	fs.SetOutput(stderr)
	rf.register(fs)
	tf.register(fs)
	stateDir := stateDirFlag(fs)
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: loopviz learn [flags] [LESSON]\n\nOpens the course at LESSON (see loopviz lessons), or at the first lesson you have not finished.\n\nflags:\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return exitUsage
	}
	var name string
	if fs.NArg() > 0 {
		name = fs.Arg(0)
		if err := fs.Parse(fs.Args()[1:]); err != nil {
			return exitUsage
		}
		if fs.NArg() > 0 {
			fmt.Fprintf(stderr, "loopviz learn: one lesson at a time, got %q too\n", fs.Args())
			return exitUsage
		}
	}
	if name != "" && lessons.Index(name) < 0 {
		return unknownLesson(stderr, "learn", name)
	}
	if !isTerminal(stdout) {
		fmt.Fprintf(stderr, "loopviz learn: the course needs a terminal (for its contents, try: loopviz lessons)\n")
		return exitUsage
	}
	o, ok := tf.options(stderr, " learn")
	if !ok {
		return exitUsage
	}
	dir, err := resolveStateDir(*stateDir)
	if err != nil {
		fmt.Fprintf(stderr, "loopviz learn: %v\n", err)
		return exitUsage
	}
	progress, err := lessons.LoadProgress(dir)
	if err != nil {
		fmt.Fprintf(stderr, "loopviz learn: %v\n", err)
		return exitUsage
	}
	list, err := courseLessons(progress)
	if err != nil {
		fmt.Fprintf(stderr, "loopviz learn: cannot prepare the lessons' examples: %v\n", err)
		return exitInternal
	}
	start := lessons.Index(progress.FirstUnfinished().ID)
	if name != "" {
		start = lessons.Index(name)
	}
	course := ui.NewCourse(ui.CourseOptions{
		Lessons: list, Start: start, Run: uiRunner(rf, nil),
		Theme: o.Theme, ThemeSet: o.ThemeSet, Level: o.Level,
		OnDone: func(id string) error {
			progress.MarkDone(id)
			return progress.Save(dir)
		},
	})
	if _, err := tea.NewProgram(course).Run(); err != nil {
		fmt.Fprintf(stderr, "loopviz: %v\n", err)
		return exitInternal
	}
	return 0
}

// cmdLessons prints the course's table of contents with what is finished.
func cmdLessons(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("lessons", flag.ContinueOnError)
	fs.SetOutput(stderr)
	stateDir := stateDirFlag(fs)
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: loopviz lessons [flags]\n\nLists the course's lessons and which you have finished.\n\nflags:\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return exitUsage
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "loopviz lessons: unexpected %q (to open a lesson: loopviz learn %s)\n", fs.Arg(0), fs.Arg(0))
		return exitUsage
	}
	dir, err := resolveStateDir(*stateDir)
	if err != nil {
		fmt.Fprintf(stderr, "loopviz lessons: %v\n", err)
		return exitUsage
	}
	progress, err := lessons.LoadProgress(dir)
	if err != nil {
		fmt.Fprintf(stderr, "loopviz lessons: %v\n", err)
		return exitUsage
	}
	styled := isTerminal(stdout) && os.Getenv("NO_COLOR") == ""
	paint := func(s lipgloss.Style, text string) string {
		if styled {
			return s.Render(text)
		}
		return text
	}
	bold, faint := lipgloss.NewStyle().Bold(true), lipgloss.NewStyle().Faint(true)
	green := lipgloss.NewStyle().Foreground(lipgloss.Color("2"))
	all := lessons.All()
	done := 0
	for _, l := range all {
		if progress.IsDone(l.ID) {
			done++
		}
	}
	fmt.Fprintf(stdout, "%s: %d of %d lessons finished\n", paint(bold, "The loopviz course"), done, len(all))
	next := progress.FirstUnfinished().ID
	kind := lessons.Kind(255)
	for i, l := range all {
		if l.Kind() != kind {
			kind = l.Kind()
			heading := "The event loop, topic by topic"
			if kind == lessons.KindInterview {
				heading = "Interview questions"
			}
			fmt.Fprintf(stdout, "\n%s\n", paint(bold, heading))
		}
		mark := "  "
		if progress.IsDone(l.ID) {
			mark = paint(green, "✓ ")
		} else if l.ID == next && done > 0 {
			mark = paint(bold, "▸ ")
		}
		fmt.Fprintf(stdout, "  %s%2d. %-24s %s\n", mark, i+1, l.ID, l.Title)
	}
	fmt.Fprintf(stdout, "\n%s\n", paint(faint, "Open one with: loopviz learn LESSON   (loopviz learn alone opens "+next+")"))
	return 0
}
