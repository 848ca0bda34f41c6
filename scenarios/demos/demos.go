// Package demos holds the instructor's demos: programs for `loopviz present`
// with node's recording beside each (programs/X.node.json) and a script of
// marked steps, where autoplay pauses and a note tells the class what to
// look at. Demos come in before-and-after pairs, shown side by side on one
// virtual clock with `loopviz present BEFORE --with AFTER`.
package demos

import (
	"embed"
	"io/fs"

	"github.com/loopviz/loopviz/scenarios"
)

// Demo is one program of the instructor's stage.
type Demo struct {
	Name  string // its file in programs/, without ".js"
	Title string
	// With is the demo it is meant to be shown beside, if any.
	With  string
	Marks []Mark
}

// Mark is a marked step: the first step that prints a line containing At.
type Mark struct {
	At   string
	Note string
}

//go:embed programs/*.js
var programs embed.FS

// Files holds every demo at programs/NAME.js.
func Files() fs.FS { return programs }

// Path is a demo's path inside Files().
func Path(name string) string { return "programs/" + name + ".js" }

// ByName finds a demo.
func ByName(name string) (Demo, bool) {
	for _, d := range All {
		if d.Name == name {
			return d, true
		}
	}
	return Demo{}, false
}

// Names lists the demos, for error messages.
func Names() []string {
	var names []string
	for _, d := range All {
		names = append(names, d.Name)
	}
	return names
}

// Waiting are the demos of the instructor's list that need what loopviz
// does not run yet.
var Waiting = []string{}

// All is every demo, pairs together, in the order a class would see them.
var All = []Demo{
	{Name: "starve-nexttick", Title: "Starvation: recursive process.nextTick", With: "starve-setimmediate", Marks: []Mark{
		{"work done", "80 ms of nextTicks, and the loop never moved: the heartbeat, due after 20 ms, and the file read, finished long ago in the threadpool, are still waiting"},
		{"heartbeat (late", "only now does the loop reach its timers phase: the heartbeat is 60 ms late"},
		{"file read done (late", "and the read finally gets its callbacks, one poll phase at a time"},
	}},
	{Name: "starve-promise", Title: "Starvation: a promise loop", With: "starve-setimmediate", Marks: []Mark{
		{"work done", "a promise reaction that queues another: the microtask queue drains to the end before the loop moves on, exactly like nextTick"},
		{"heartbeat (late", "the heartbeat runs only after the loop is free"},
	}},
	{Name: "starve-setimmediate", Title: "The same work yielding with setImmediate", Marks: []Mark{
		{"heartbeat (on time", "each turn of the work is an immediate: between two turns the loop passes its timers phase, and the heartbeat beats on time"},
		{"work done", "the work is done; the file read's callbacks ran between turns too"},
	}},
	{Name: "server-blocking", Title: "A request handler that computes: everyone waits", With: "server-chunked", Marks: []Mark{
		{"server: handling /report", "the /report handler computes for 100 ms in one go: /a and /b have arrived and wait"},
		{"server: handling /a", "only now is /a read: it waited for the whole computation"},
	}},
	{Name: "server-chunked", Title: "The same handler, its work in slices", Marks: []Mark{
		{"server: handling /a", "between two 2 ms slices the loop reads /a and answers it at once"},
		{"client: answer for /report", "the report still takes its 100 ms, but nobody else waited for it"},
	}},
	{Name: "cpu-main-thread", Title: "A computation on the main thread", With: "cpu-worker-thread", Marks: []Mark{
		{"heavy work ends", "200 ms of computation on the main thread: the heartbeat, due every 10 ms, could not run once"},
		{"beat 2: late", "the heartbeat runs only now, long after it was due"},
	}},
	{Name: "cpu-worker-thread", Title: "The same computation in a worker thread", Marks: []Mark{
		{"beat 2: on time", "the worker computes on a thread and loop of its own: the main loop is free, and the heartbeat keeps time"},
		{"heavy work ends (in the worker)", "the worker's message arrives on the main loop when the work is done"},
	}},
	{Name: "pool-of-four", Title: "Five hashes on a threadpool of 4", With: "pool-of-eight", Marks: []Mark{
		{"the main thread is free", "four slots hash; the fifth job waits in the queue for a free slot"},
		{"all five hashes done", "the fifth hash started only when a slot was freed: it ends a whole hash later"},
	}},
	{Name: "pool-of-eight", Title: "The same five hashes with UV_THREADPOOL_SIZE=8", Marks: []Mark{
		{"the main thread is free", "eight slots: all five hashes run at once"},
		{"all five hashes done", "all five finish together"},
	}},
	{Name: "stream-backpressure", Title: "pipe() into a slow writable: backpressure", With: "stream-no-backpressure", Marks: []Mark{
		{"drain", "the writable's buffer had reached its highWaterMark and pipe paused the source; now it has room, and the source resumes"},
		{"source done", "the source is done and the writable holds no more than its highWaterMark"},
	}},
	{Name: "stream-no-backpressure", Title: "write() without looking at its answer", Marks: []Mark{
		{"source done", "the source ran flat out: the writable's buffer holds every chunk at once"},
	}},
	{Name: "rejection-crash", Title: "An unhandled rejection ends the process", With: "rejection-handled", Marks: []Mark{
		{"heartbeat 2", "the database call fails, and nothing handles the rejection"},
		{"exit code 1", "once the microtasks have drained Node finds it unhandled: the process ends with code 1, heartbeat and all"},
	}},
	{Name: "rejection-handled", Title: "The same failure with an unhandledRejection listener", Marks: []Mark{
		{"logged:", "the listener gets the error: log it, then shut down cleanly rather than carry on"},
	}},
	{Name: "graceful-shutdown", Title: "Graceful shutdown on SIGTERM", Marks: []Mark{
		{"SIGTERM", "the signal arrives mid-request: stop accepting connections, keep the one in flight"},
		{"server closed", "the request was answered and its connection closed: close's callback runs"},
		{"exit with code 0", "nothing is left: the loop ends on its own with code 0"},
	}},
	{Name: "middleware-rate-limit", Title: "Middleware: a rate limiter and an error handler", Marks: []Mark{
		{"<- ada / 429", "ada's third request within the second: the limiter answers 429 before the route"},
		{"error handler", "the route threw: next(err) skips every ordinary layer to the 4-parameter error handler"},
		{"<- bob / 200", "bob has a window of his own: his second request goes through"},
	}},
	{Name: "cluster-round-robin", Title: "Cluster: two workers share a port, one crashes and is replaced", Marks: []Mark{
		{"two workers listen", "each worker is a process with its own event loop; their listen() went through the primary, which holds the one real port"},
		{"request 2 answered", "the primary hands connections out in turn: the second request went to the other worker"},
		{"request 3 failed", "the worker serving request 3 crashed: its connection died with it, and the client sees a hang-up"},
		{"forks a replacement", "the primary hears of the exit and forks a new worker: restart-on-crash"},
		{"request 6 answered", "the replacement takes its turn with the surviving worker; no request after the crash was lost"},
	}},
}

// Materialize writes the demos under dir/demos-<digest>/ unless they are
// there already, and returns that folder; a demo then lives at
// filepath.Join(root, Path(name)).
func Materialize(dir string) (string, error) {
	return scenarios.MaterializeFS(programs, dir, "demos")
}
