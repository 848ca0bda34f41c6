// Command loopviz runs JavaScript inside a deterministic model of Node's event loop.
package main

import (
	"fmt"
	"io"
	"os"
	"runtime/debug"
)

const usage = `loopviz: see how the Node.js event loop runs your JavaScript.

Usage:
  loopviz run FILE.js        run FILE under the simulator, like node FILE
  loopviz trace FILE.js      print every step of the run
  loopviz explore FILE.js    list every output the model allows when races go either way

Run 'loopviz COMMAND --help' for a command's flags.
`

// gcPercent is the garbage collector's target. A run allocates many
// short-lived objects (every promise, every callback) while it keeps a large
// trace alive; collecting at 400% rather than 100% trades memory for about a
// quarter less time. docs/PERFORMANCE.md has the figures.
const gcPercent = 400

func main() {
	debug.SetGCPercent(gcPercent)
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
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
	}
	fmt.Fprintf(stderr, "loopviz: unknown command %q (try: loopviz help)\n", args[0])
	return 2
}
