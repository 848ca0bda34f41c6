// Command loopviz runs JavaScript inside a deterministic model of Node's event loop.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"

	"github.com/loopviz/loopviz/runtime"
)

const usage = `loopviz: see how the Node.js event loop runs your JavaScript.

Usage:
  loopviz                    open the home screen: puzzles and demos by topic
  loopviz puzzle [ID]        predict a puzzle's output (the next unsolved one without an ID)
  loopviz interview          a timed session of interview questions, self-graded
  loopviz list [--json]      list the built-in puzzles and demos
  loopviz check ID|FILE --answer ANSWER.txt
                             grade a predicted output (exit 0 right, 1 wrong, 2 bad input)
  loopviz FILE.js            step through FILE's run in the simulator, forward and back
  loopviz run FILE.js        run FILE under the simulator, like node FILE
  loopviz trace FILE.js      print every step of the run
  loopviz explore FILE.js    list every output the model allows when races go either way
  loopviz verify FILE.js     run FILE under real node and under loopviz, and compare
  loopviz render FILE.js     print one screen of the simulator as text (--step N --width W --height H)
  loopviz learn [LESSON]     follow the course, from the first lesson you have not finished
  loopviz lessons            list the course's lessons and which you have finished
  loopviz present DEMO       instructor mode: a demo (or FILE.js) on a projector, --with OTHER beside it

Run 'loopviz COMMAND --help' for a command's flags.
`

// gcPercent is the garbage collector's target. A run allocates many
// short-lived objects (every promise, every callback) while it keeps a large
// trace alive; collecting at 400% rather than 100% trades memory for about a
// quarter less time. docs/PERFORMANCE.md has the figures.
const gcPercent = 400

func main() {
	debug.SetGCPercent(gcPercent)
	// The soft memory limit makes the collector run before garbage takes
	// the process past loopviz's cap, whatever gcPercent would allow; the
	// runtime's watchdog stops a program whose live heap nears it
	// (docs/SECURITY.md).
	debug.SetMemoryLimit(runtime.GCMemoryLimit)
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// opensFile reports whether loopviz's first argument asks for the simulator:
// a flag, a JavaScript file name, or an existing file.
func opensFile(arg string) bool {
	if strings.HasPrefix(arg, "-") {
		return true
	}
	switch filepath.Ext(arg) {
	case ".js", ".cjs", ".mjs":
		return true
	}
	st, err := os.Stat(arg)
	return err == nil && !st.IsDir()
}

func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		if isTerminal(stdout) {
			return cmdOpen(nil, stdout, stderr)
		}
		fmt.Fprint(stdout, usage)
		return 0
	}
	switch args[0] {
	case "-h", "--help", "help":
		fmt.Fprint(stdout, usage)
		return 0
	case "run":
		return cmdRun(args[1:], stdout, stderr)
	case "trace":
		return cmdTrace(args[1:], stdout, stderr)
	case "explore":
		return cmdExplore(args[1:], stdout, stderr)
	case "render":
		return cmdRender(args[1:], stdout, stderr)
	case "puzzle":
		return cmdPuzzle(args[1:], stdout, stderr)
	case "interview":
		return cmdInterview(args[1:], stdout, stderr)
	case "list":
		return cmdList(args[1:], stdout, stderr)
	case "check":
		return cmdCheck(args[1:], stdout, stderr)
	case "learn":
		return cmdLearn(args[1:], stdout, stderr)
	case "lessons":
		return cmdLessons(args[1:], stdout, stderr)
	case "verify":
		return cmdVerify(args[1:], stdout, stderr)
	case "present":
		return cmdPresent(args[1:], stdout, stderr)
	}
	if opensFile(args[0]) {
		if !isTerminal(stdout) {
			fmt.Fprintf(stderr, "loopviz: the simulator needs a terminal (for text, try: loopviz render %s, or loopviz run %s)\n", args[0], args[0])
			return exitUsage
		}
		return cmdOpen(args, stdout, stderr)
	}
	fmt.Fprintf(stderr, "loopviz: unknown command %q (try: loopviz help)\n", args[0])
	return 2
}

// parseInterspersed parses flags that may come before, between and after the
// positional arguments, which it returns in order. ok is false when a flag
// was bad (the flag set has said so).
func parseInterspersed(fs *flag.FlagSet, args []string) (positional []string, ok bool) {
	for {
		if err := fs.Parse(args); err != nil {
			return nil, false
		}
		if fs.NArg() == 0 {
			return positional, true
		}
		positional = append(positional, fs.Arg(0))
		args = fs.Args()[1:]
	}
}
