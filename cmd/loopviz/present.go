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
	"github.com/loopviz/loopviz/runtime"
	"github.com/loopviz/loopviz/scenarios/demos"
	"github.com/loopviz/loopviz/sim"
	"github.com/loopviz/loopviz/ui"
)

// presentFlags are instructor mode's flags.
type presentFlags struct {
	with  string
	pace  time.Duration
	play  bool
	pins  string
	theme string
}

func (p *presentFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&p.with, "with", "", "show `OTHER` (a demo or a file) beside it, on the same virtual clock")
	fs.DurationVar(&p.pace, "pace", time.Millisecond, "autoplay: virtual `time` per frame (8 frames a second; + and - change it)")
	fs.BoolVar(&p.play, "play", false, "start playing at once")
	fs.StringVar(&p.pins, "pin", strings.Join(ui.DefaultPins, ","), "the `panes` shown, from "+strings.Join(ui.Panes, ", ")+" (keys 1-7 toggle them)")
	fs.StringVar(&p.theme, "theme", "", "colours for a `light` or dark background (default: ask the terminal)")
}

// presentUsage lists the demos.
func presentUsage(w io.Writer) {
	fmt.Fprintf(w, "usage: loopviz present [flags] DEMO|FILE.js [--with DEMO|FILE.js]\n\nThe demos (with the one each is meant to be shown beside):\n")
	for _, d := range demos.All {
		with := ""
		if d.With != "" {
			with = "  (--with " + d.With + ")"
		}
		fmt.Fprintf(w, "  %-24s %s%s\n", d.Name, d.Title, with)
	}
	fmt.Fprintf(w, "\nFor example, the starvation demo:\n  loopviz present starve-nexttick --with starve-setimmediate\n")
}

// presentSide runs a demo or a file for the stage.
func presentSide(name string, run ui.RunFunc, root func() (string, error)) (ui.PresentSide, error) {
	if d, ok := demos.ByName(name); ok {
		dir, err := root()
		if err != nil {
			return ui.PresentSide{}, fmt.Errorf("cannot prepare the demos: %v", err)
		}
		r, err := run(filepath.Join(dir, filepath.FromSlash(demos.Path(d.Name))))
		if err != nil {
			return ui.PresentSide{}, err
		}
		side := ui.PresentSide{Run: r, Name: d.Name}
		for _, m := range d.Marks {
			side.Marks = append(side.Marks, ui.PresentMark{At: m.At, Note: m.Note})
		}
		return side, nil
	}
	if !opensFile(name) {
		return ui.PresentSide{}, fmt.Errorf("no demo or file %q (try: loopviz present, which lists the demos)", name)
	}
	if _, err := runtime.ReadSource(name); err != nil {
		return ui.PresentSide{}, err
	}
	abs, err := filepath.Abs(name)
	if err != nil {
		return ui.PresentSide{}, err
	}
	r, err := run(abs)
	if err != nil {
		return ui.PresentSide{}, err
	}
	return ui.PresentSide{Run: r, Name: filepath.Base(name)}, nil
}

// parsePins reads --pin.
func parsePins(s string) ([]string, error) {
	var pins []string
	for _, p := range strings.Split(s, ",") {
		p = strings.TrimSpace(p)
		if p == "" {
			continue
		}
		known := false
		for _, n := range ui.Panes {
			known = known || n == p
		}
		if !known {
			return nil, fmt.Errorf("no pane %q (the panes: %s)", p, strings.Join(ui.Panes, ", "))
		}
		pins = append(pins, p)
	}
	if len(pins) == 0 {
		return nil, fmt.Errorf("--pin needs at least one pane (the panes: %s)", strings.Join(ui.Panes, ", "))
	}
	return pins, nil
}

// cmdPresent opens instructor mode on a demo or a file, alone or beside
// another.
func cmdPresent(args []string, stdout, stderr io.Writer) int {
	var rf runFlags
	var pf presentFlags
	fs := flag.NewFlagSet("present", flag.ContinueOnError)
	fs.SetOutput(stderr)
	rf.register(fs)
	pf.register(fs)
	fs.Usage = func() {
		presentUsage(stderr)
		fmt.Fprintf(stderr, "\nflags:\n")
		fs.PrintDefaults()
	}
	positional, ok := parseInterspersed(fs, args)
	if !ok {
		return exitUsage
	}
	if len(positional) == 0 {
		presentUsage(stdout)
		return 0
	}
	if len(positional) > 1 {
		fmt.Fprintf(stderr, "loopviz present: one program at a time (%q too); put a second one beside it with --with\n", positional[1])
		return exitUsage
	}
	pins, err := parsePins(pf.pins)
	if err != nil {
		fmt.Fprintf(stderr, "loopviz present: %v\n", err)
		return exitUsage
	}
	if pf.pace <= 0 {
		fmt.Fprintf(stderr, "loopviz present: --pace must be positive, like 1ms or 500us\n")
		return exitUsage
	}
	var tf tuiFlags
	tf.theme, tf.level = pf.theme, "loop"
	o, ok := tf.options(stderr, " present")
	if !ok {
		return exitUsage
	}
	if _, err := rf.options("x", nil); err != nil {
		fmt.Fprintf(stderr, "loopviz present: %v\n", err)
		return exitUsage
	}
	var root string
	materialize := func() (string, error) {
		if root != "" {
			return root, nil
		}
		dir, err := os.UserCacheDir()
		if err != nil {
			dir = os.TempDir()
		}
		r, err := demos.Materialize(filepath.Join(dir, "loopviz"))
		if err != nil {
			r, err = demos.Materialize(filepath.Join(os.TempDir(), fmt.Sprintf("loopviz-%d", os.Getuid())))
		}
		root = r
		return r, err
	}
	run := uiRunner(rf, nil)
	names := positional
	if pf.with != "" {
		names = append(names, pf.with)
	}
	var sides []ui.PresentSide
	for _, n := range names {
		s, err := presentSide(n, run, materialize)
		if err != nil {
			var ie *runtime.InputError
			var bug *runtime.InternalError
			if errors.As(err, &ie) || errors.As(err, &bug) {
				return reportRunError(stderr, err)
			}
			fmt.Fprintf(stderr, "loopviz present: %v\n", err)
			return exitUsage
		}
		sides = append(sides, s)
	}
	if !isTerminal(stdout) {
		fmt.Fprintf(stderr, "loopviz present: the stage needs a terminal (for one screen as text, try: loopviz render)\n")
		return exitUsage
	}
	title := ""
	if d, ok := demos.ByName(positional[0]); ok && pf.with == "" {
		title = d.Title
	}
	p := ui.NewPresent(ui.PresentOptions{Title: title, Sides: sides, Theme: o.Theme, ThemeSet: o.ThemeSet,
		Pace: sim.Time(pf.pace.Nanoseconds()), Play: pf.play, Pins: pins})
	if _, err := tea.NewProgram(p).Run(); err != nil {
		fmt.Fprintf(stderr, "loopviz: %v\n", err)
		return exitInternal
	}
	return 0
}
