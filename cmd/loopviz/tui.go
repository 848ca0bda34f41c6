package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/term"
	"github.com/loopviz/loopviz/interview"
	"github.com/loopviz/loopviz/runtime"
	"github.com/loopviz/loopviz/scenarios"
	"github.com/loopviz/loopviz/sim"
	"github.com/loopviz/loopviz/ui"
)

// isTerminal reports whether w is a terminal the TUI can take over.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(f.Fd())
}

// uiRunner runs files for the TUI with the command's flags, and reads the
// text of every file the run executed so the source pane can show it.
func uiRunner(rf runFlags, args []string) ui.RunFunc {
	return func(file string) (*ui.Run, error) {
		opts, err := rf.options(file, args)
		if err != nil {
			return nil, err
		}
		src, err := runtime.ReadSource(file)
		if err != nil {
			return nil, err
		}
		opts.Source = src
		res, err := runtime.Run(opts)
		if err != nil {
			var ie *runtime.InputError
			if errors.As(err, &ie) {
				return nil, errors.New(ie.Msg)
			}
			return nil, err
		}
		return uiRun(res, opts, src), nil
	}
}

// builtinScenarios lists the programs loopviz ships, each copied to a real
// folder so it can read its own file and require its neighbours.
func builtinScenarios() ([]ui.Scenario, error) {
	root, err := builtinRoot()
	if err != nil {
		return nil, err
	}
	var out []ui.Scenario
	for _, s := range scenarios.Builtin() {
		kind := ui.KindDemo
		if s.Kind == scenarios.KindPuzzle {
			kind = ui.KindPuzzle
		}
		out = append(out, ui.Scenario{Name: s.Name, Kind: kind, Topic: s.Topic, Title: s.Title, Difficulty: s.Difficulty,
			Source: s.Source, File: filepath.Join(root, filepath.FromSlash(s.Path))})
	}
	return out, nil
}

// tuiFlags are the flags of the interactive commands.
type tuiFlags struct {
	theme string
	level string
	watch bool
}

func (t *tuiFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&t.theme, "theme", "", "colours for a `light` or dark terminal (default: ask the terminal)")
	fs.StringVar(&t.level, "level", "api", "step granularity to start at: `loop`, api or statement")
	fs.BoolVar(&t.watch, "watch", true, "run the file again when it changes on disk")
}

func (t *tuiFlags) options(stderr io.Writer, cmd string) (ui.Options, bool) {
	o := ui.Options{Watch: t.watch}
	level, ok := sim.ParseLevel(t.level)
	if !ok {
		fmt.Fprintf(stderr, "loopviz%s: unknown level %q (use loop, api or statement)\n", cmd, t.level)
		return o, false
	}
	o.Level = level
	switch t.theme {
	case "":
	case "light", "dark":
		o.Theme, _ = ui.ParseTheme(t.theme)
		o.ThemeSet = true
	default:
		fmt.Fprintf(stderr, "loopviz%s: unknown theme %q (use light or dark)\n", cmd, t.theme)
		return o, false
	}
	// NO_COLOR (no-color.org) wins over everything: no colour, attributes only.
	if os.Getenv("NO_COLOR") != "" {
		o.Theme, o.ThemeSet = ui.ThemeMono, true
	}
	return o, true
}

// cmdOpen opens the simulator on a file, or the home screen without one.
func cmdOpen(args []string, stdout, stderr io.Writer) int {
	var rf runFlags
	var tf tuiFlags
	fs := flag.NewFlagSet("loopviz", flag.ContinueOnError)
	fs.SetOutput(stderr)
	rf.register(fs)
	tf.register(fs)
	stateDir := stateDirFlag(fs)
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: loopviz [flags] [FILE.js [args...]]\n\nflags:\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return exitUsage
	}
	// Flags may also follow the file name.
	var file string
	var rest []string
	if fs.NArg() > 0 {
		file = fs.Arg(0)
		if err := fs.Parse(fs.Args()[1:]); err != nil {
			return exitUsage
		}
		rest = fs.Args()
	}
	o, ok := tf.options(stderr, "")
	if !ok {
		return exitUsage
	}
	if _, err := rf.options("x", rest); err != nil {
		fmt.Fprintf(stderr, "loopviz: %v\n", err)
		return exitUsage
	}
	o.Run = uiRunner(rf, rest)
	if file != "" {
		if _, err := runtime.ReadSource(file); err != nil {
			return reportRunError(stderr, err)
		}
		abs, err := filepath.Abs(file)
		if err != nil {
			fmt.Fprintf(stderr, "loopviz: %v\n", err)
			return exitUsage
		}
		o.File = abs
	}
	list, err := builtinScenarios()
	if err != nil && file == "" {
		fmt.Fprintf(stderr, "loopviz: cannot prepare the built-in programs: %v (open a file instead: loopviz FILE.js)\n", err)
		return exitInternal
	}
	o.Scenarios = list
	if file == "" {
		if root, err := builtinRoot(); err == nil {
			store, warn := openProgressWarn(*stateDir)
			withPuzzles(&o, rf, root, store, warn)
		}
		if qs, err := interviewQuestions(interview.Pick(5, uint64(time.Now().UnixNano()))); err == nil {
			o.HomeInterview, o.InterviewBudget = qs, 3*time.Minute
		}
	}
	if _, err := tea.NewProgram(ui.New(o)).Run(); err != nil {
		fmt.Fprintf(stderr, "loopviz: %v\n", err)
		return exitInternal
	}
	return 0
}

func cmdRender(args []string, stdout, stderr io.Writer) int {
	var rf runFlags
	var step, width, height int
	var color, theme, levelName string
	file, rest, ok := parseCommand("render", args, stderr, &rf, func(fs *flag.FlagSet) {
		fs.IntVar(&step, "step", 0, "the step `N` to show (as `loopviz trace` numbers them; negative counts from the end)")
		fs.IntVar(&width, "width", 120, "terminal width `W` in cells")
		fs.IntVar(&height, "height", 40, "terminal height `H` in lines")
		fs.StringVar(&color, "color", "auto", "`never`, always, or auto (colour on a terminal without NO_COLOR)")
		fs.StringVar(&theme, "theme", "dark", "colours for a `light` or dark terminal")
		fs.StringVar(&levelName, "level", "api", "step granularity shown: `loop`, api or statement")
	})
	if !ok {
		return exitUsage
	}
	level, ok := sim.ParseLevel(levelName)
	if !ok {
		fmt.Fprintf(stderr, "loopviz render: unknown level %q (use loop, api or statement)\n", levelName)
		return exitUsage
	}
	th, ok := ui.ParseTheme(theme)
	if !ok || (th != ui.ThemeLight && th != ui.ThemeDark) {
		fmt.Fprintf(stderr, "loopviz render: unknown theme %q (use light or dark)\n", theme)
		return exitUsage
	}
	switch color {
	case "always":
	case "never":
		th = ui.ThemePlain
	case "auto":
		if !isTerminal(stdout) || os.Getenv("NO_COLOR") != "" {
			th = ui.ThemePlain
		}
	default:
		fmt.Fprintf(stderr, "loopviz render: --color wants never, always or auto, got %q\n", color)
		return exitUsage
	}
	if width < 1 || height < 1 || width > 1000 || height > 1000 {
		fmt.Fprintf(stderr, "loopviz render: --width and --height must be between 1 and 1000\n")
		return exitUsage
	}
	run, err := uiRunner(rf, rest)(file)
	if err != nil {
		var ie *runtime.InternalError
		if errors.As(err, &ie) {
			return reportRunError(stderr, err)
		}
		fmt.Fprintf(stderr, "loopviz render: %v\n", err)
		return exitUsage
	}
	if n := run.Trace.Len(); step >= n || step < -n {
		fmt.Fprintf(stderr, "loopviz render: the run has steps 0 to %d, not %d\n", n-1, step)
		return exitUsage
	}
	frame := ui.Render(run, ui.RenderOptions{Step: step, Width: width, Height: height, Theme: th, Level: level})
	if th == ui.ThemePlain {
		// Pad-free text for files: drop the spaces that fill each line.
		lines := strings.Split(frame, "\n")
		for i, l := range lines {
			lines[i] = strings.TrimRight(l, " ")
		}
		frame = strings.Join(lines, "\n")
	}
	fmt.Fprintln(stdout, frame)
	return 0
}
