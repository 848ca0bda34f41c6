// Package interview holds the interview practice questions: for each, what
// a strong answer says, the answer that worries an interviewer, follow-ups,
// and a program to run that shows the point. The questions follow the seed
// guide's interview section; every word of the answers is ours.
package interview

import (
	"errors"
	"fmt"
	"strings"
)

// Question is one interview question.
type Question struct {
	ID        string
	Ask       string   // the question as an interviewer puts it
	Points    []string // what a strong answer makes clear, one point each
	RedFlag   string   // the answer that worries an interviewer
	FollowUps []string // what comes next if the answer is good
	// Example is a lesson example ("tick-starves-timer") that shows the point
	// running; Lesson is the course lesson that covers the question.
	Example string
	Lesson  string
}

// All returns every question, in the seed guide's order.
func All() []Question { return append([]Question(nil), questions...) }

var questions = []Question{
	{
		ID:  "nexttick-vs-setimmediate",
		Ask: "What is the difference between process.nextTick() and setImmediate()? Can either starve the event loop?",
		Points: []string{
			"nextTick callbacks run as soon as the current callback (or the main module) returns, before the loop moves on, and before promise reactions.",
			"setImmediate queues the callback for the check phase, right after poll: the loop goes on first, so ready I/O callbacks can run before it.",
			"Node drains the nextTick queue completely, including ticks added meanwhile, after every single callback.",
			"A nextTick that schedules another nextTick starves the loop: timers and I/O never get a turn. setImmediate cannot starve it, since each turn goes back through the phases.",
			"Use nextTick to defer until after the current operation (e.g. emit after the constructor returns); use setImmediate to yield to the loop while splitting up long work.",
		},
		RedFlag:   "\"nextTick runs on the next tick of the event loop and setImmediate runs immediately\": the names suggest it, and it is backwards.",
		FollowUps: []string{"Where does queueMicrotask fit between the two?", "Which prints first: setTimeout(f, 0) or setImmediate(g), called from the main module? And from inside an fs callback?"},
		Example:   "tick-starves-timer",
		Lesson:    "q-nexttick-setimmediate",
	},
	{
		ID:  "threadpool",
		Ask: "Is Node.js single-threaded? What does the libuv thread pool do?",
		Points: []string{
			"Your JavaScript runs on one thread, the event loop's: only one callback runs at a time.",
			"libuv keeps a pool of worker threads, 4 by default, sized by UV_THREADPOOL_SIZE before first use.",
			"The pool runs what the operating system cannot do asynchronously: file system calls, dns.lookup, crypto (pbkdf2, scrypt, randomBytes) and zlib.",
			"Network I/O does not use the pool: sockets are watched by the operating system's own event mechanism (epoll, kqueue, IOCP).",
			"With more slow jobs than threads, jobs queue: a fifth pbkdf2 waits for a free thread, and so do the file reads behind it.",
		},
		RedFlag:   "\"Node is single-threaded, so it can only do one thing at a time\", or \"every async call gets its own thread\".",
		FollowUps: []string{"Why can a burst of crypto.pbkdf2 calls slow down fs.readFile?", "When would you raise UV_THREADPOOL_SIZE, and when would it not help?"},
		Example:   "cpu-pool-of-four",
		Lesson:    "q-threadpool",
	},
	{
		ID:  "fork-vs-spawn",
		Ask: "What is the difference between child_process.fork() and spawn()? When do you use exec?",
		Points: []string{
			"spawn starts any command as a new process and streams its stdin, stdout and stderr: good for long-running or large output.",
			"fork is spawn specialised for Node scripts: it starts a new Node process with an IPC channel, so parent and child exchange messages with send() and on('message').",
			"exec runs a command in a shell and buffers the whole output into one callback: handy for short commands, risky for big output (maxBuffer) and for untrusted input (shell injection).",
			"Each child is a separate process with its own memory and its own event loop: nothing is shared, and starting one costs tens of milliseconds and megabytes.",
		},
		RedFlag:   "\"fork creates a thread\": it creates a whole process. Threads are worker_threads.",
		FollowUps: []string{"How do you move CPU-heavy work off the main thread without a new process?", "What happens to the children when the parent is killed?"},
		Example:   "cpu-blocks-heartbeat",
		Lesson:    "q-fork-spawn",
	},
	{
		ID:  "cpu-heavy",
		Ask: "Why is CPU-heavy work a problem for a Node server, and what can you do about it?",
		Points: []string{
			"JavaScript runs on the event loop's single thread: while a long computation runs, no other callback, request or timer can run.",
			"Every client waits, not just the one that asked: latency goes up for all, health checks time out.",
			"Options: split the work into chunks and yield with setImmediate between them; move it to worker_threads or a child process; or to another service.",
			"Prefer async library functions that use the pool (crypto.pbkdf2 over pbkdf2Sync) and never use the Sync APIs on a request path.",
		},
		RedFlag:   "\"Make the function async\": wrapping CPU work in an async function or a promise still runs it on the same thread.",
		FollowUps: []string{"How would you notice event-loop blocking in production?", "When is a worker thread better than a child process?"},
		Example:   "cpu-chunked-heartbeat",
		Lesson:    "q-cpu-bound",
	},
	{
		ID:  "streams",
		Ask: "What are the four kinds of streams, what is backpressure, and why use pipeline()?",
		Points: []string{
			"Readable, Writable, Duplex (both sides, independent, like a socket) and Transform (a Duplex whose output is computed from its input).",
			"Streams process data in chunks, so memory stays small however big the data: no need to load a whole file.",
			"Backpressure: write() returns false once the writable's buffer reaches its highWaterMark; the producer should stop and wait for 'drain'.",
			"pipe() and pipeline() handle backpressure for you; pipeline() also forwards errors and destroys every stream when one fails, and calls back once at the end.",
		},
		RedFlag:   "Ignoring the return value of write() (\"it just buffers\"): memory grows without bound when the consumer is slower.",
		FollowUps: []string{"What happens to the other streams when one in a pipe() chain errors?", "How does a readable stream decide when to read more?"},
		Example:   "streams-write-false",
		Lesson:    "q-streams",
	},
	{
		ID:  "errors",
		Ask: "How do you handle errors across callbacks, promises, async/await and event emitters?",
		Points: []string{
			"Callbacks: the error-first convention, (err, result); a throw inside an async callback cannot be caught by a try around the call that scheduled it.",
			"Promises: .catch (or the second argument of .then); a rejection nobody handles becomes an unhandledRejection, which crashes the process by default since Node 15.",
			"async/await: try/catch around await; an async function never throws to its caller, it rejects.",
			"EventEmitter: an 'error' event with no listener is thrown; always attach one on streams, sockets and servers.",
			"process.on('uncaughtException') is a last resort to log and exit, not a way to keep going.",
		},
		RedFlag:   "\"Wrap everything in try/catch\": it does not catch errors thrown later in callbacks or unhandled rejections.",
		FollowUps: []string{"What does an async listener that throws do to an EventEmitter?", "Operational errors versus programmer errors: which ones do you restart on?"},
		Example:   "unawaited-rejection",
		Lesson:    "q-errors",
	},
	{
		ID:  "cluster",
		Ask: "What does the cluster module do, and how does it compare with a load balancer or containers?",
		Points: []string{
			"One Node process uses one core for JavaScript; cluster forks one worker process per core, all serving the same port.",
			"The primary process accepts connections and hands them to workers (round-robin by default on Linux), or workers share the handle.",
			"Workers share nothing: sessions and caches must live outside (Redis, a database) or use sticky sessions.",
			"The primary restarts workers that die, and can replace them one by one for a zero-downtime deploy.",
		},
		RedFlag:   "\"cluster makes Node multi-threaded\": workers are separate processes, and each still has one JavaScript thread.",
		FollowUps: []string{"Why would you use PM2 or Kubernetes replicas instead?", "How do you keep in-memory state consistent across workers?"},
		Example:   "server-one-thread",
		Lesson:    "q-cluster",
	},
	{
		ID:  "modules",
		Ask: "What are the differences between CommonJS and ES modules in Node?",
		Points: []string{
			"CommonJS: require() loads synchronously and returns module.exports, a copy of the values at that moment; resolution happens at run time.",
			"ES modules: import and export are static, linked before any code runs; imports are live bindings to the exporter's variables.",
			"ES modules load asynchronously and allow top-level await; __dirname, require and module are not defined (use import.meta).",
			"Interop: an ES module can import CommonJS; CommonJS reaches ES modules through import() (require of ESM is limited in Node 20).",
		},
		RedFlag:   "\"They are the same thing with different syntax\".",
		FollowUps: []string{"Why does setImmediate beat setTimeout(f, 0) at the top level of an ES module in Node 20?", "What does the 'type' field of package.json change?"},
		Example:   "require-sync-cached",
		Lesson:    "q-modules",
	},
	{
		ID:  "memory",
		Ask: "How does garbage collection work in V8, and how do memory leaks happen in Node?",
		Points: []string{
			"V8 collects what is unreachable: a young generation collected often and cheaply (scavenge), an old generation collected by mark-sweep-compact, mostly concurrently.",
			"A leak is memory that stays reachable by mistake: growing caches or maps without eviction, listeners never removed, closures holding large objects, timers never cleared.",
			"Node warns at 11 listeners for one event on one emitter (MaxListenersExceededWarning): often a leak.",
			"Find leaks with heap snapshots taken over time and compared (--inspect, Chrome DevTools), and watch process.memoryUsage().",
		},
		RedFlag:   "\"JavaScript has garbage collection, so there are no leaks\".",
		FollowUps: []string{"What is the difference between heapUsed and rss?", "When would you reach for a WeakMap?"},
		Example:   "listener-leak-warning",
		Lesson:    "q-memory",
	},
	{
		ID:  "eventemitter",
		Ask: "How does EventEmitter work? Is emit() asynchronous?",
		Points: []string{
			"An emitter keeps, per event name, a list of listeners; on() appends, prependListener() puts first, once() removes itself after the first call.",
			"emit() is synchronous: it calls every listener in order, on the same stack, before returning.",
			"An 'error' event with no listener throws; an async listener's rejection is not an 'error' event, it is an unhandled rejection.",
			"Listeners added during an emit are not called by that emit.",
		},
		RedFlag:   "\"emit() queues the event and listeners run later on the event loop\".",
		FollowUps: []string{"Why do many classes emit their first event on process.nextTick?", "How would you wait for one event with a promise (events.once)?"},
		Example:   "events-emit-is-sync",
		Lesson:    "q-eventemitter",
	},
	{
		ID:  "startup",
		Ask: "What happens when you run node app.js, from the shell to the first callback?",
		Points: []string{
			"The process starts, V8 and libuv are initialised, Node's own bootstrap code runs.",
			"The main module is read, wrapped in a function (exports, require, module, __filename, __dirname) and run synchronously, top to bottom; each require loads and runs its module synchronously, once (cached).",
			"When the main module returns, Node drains the nextTick queue, then the microtask queue.",
			"Then the event loop starts its phases (timers, pending, poll, check, close) and runs until nothing keeps it alive; then 'beforeExit', 'exit', and the exit code.",
		},
		RedFlag:   "\"Node runs the file line by line, waiting for each async call\".",
		FollowUps: []string{"What keeps the process alive after the main module ends?", "What changes when app.js is an ES module?"},
		Example:   "module-wrapper",
		Lesson:    "q-startup",
	},
	{
		ID:  "shutdown",
		Ask: "How do you shut a Node server down gracefully on SIGTERM?",
		Points: []string{
			"Listen for SIGTERM (and SIGINT): without a listener the process dies at once and in-flight requests are cut.",
			"Stop accepting new connections with server.close(); it calls back once the open connections have ended.",
			"Finish or time out in-flight work, close keep-alive connections, then close databases, queues and other handles.",
			"Set a hard deadline (a timer that calls process.exit(1)), unref'd, in case something never finishes; the orchestrator will send SIGKILL anyway.",
		},
		RedFlag:   "\"Call process.exit() in the SIGTERM handler\": it cuts every request in the middle.",
		FollowUps: []string{"Why might server.close() never call back?", "What does Kubernetes do between SIGTERM and SIGKILL, and how does the readiness probe help?"},
		Example:   "sigterm-drain",
		Lesson:    "q-shutdown",
	},
	{
		ID:  "middleware",
		Ask: "What is middleware, and how does a middleware chain work in Express?",
		Points: []string{
			"Middleware is a function (req, res, next) that runs in order for each request: it can read or change the request, answer it, or call next() to pass it on.",
			"The order of app.use calls is the order of the chain; a middleware that neither answers nor calls next() leaves the request hanging.",
			"Error-handling middleware takes four arguments (err, req, res, next) and is reached by next(err) or a throw in synchronous code.",
			"Express 4 does not catch rejected promises from async middleware: wrap them or forward errors with next(err) (Express 5 handles it).",
		},
		RedFlag:   "\"next() returns after the rest of the chain has finished the response\" treated as a given, or forgetting that a missing next() hangs the request.",
		FollowUps: []string{"Where do you put authentication, body parsing and rate limiting in the chain?", "How would you time each request with a middleware?"},
		Example:   "middleware-chain",
		Lesson:    "q-middleware",
	},
}

// Validate reports problems with the questions: missing parts, duplicate ids.
func Validate(qs []Question) error {
	var errs []error
	seen := map[string]bool{}
	for _, q := range qs {
		switch {
		case q.ID == "" || seen[q.ID]:
			errs = append(errs, fmt.Errorf("question %q: empty or duplicate id", q.ID))
		case strings.TrimSpace(q.Ask) == "":
			errs = append(errs, fmt.Errorf("question %s: no question", q.ID))
		case len(q.Points) < 3 || len(q.Points) > 6:
			errs = append(errs, fmt.Errorf("question %s: %d points, want 3 to 6", q.ID, len(q.Points)))
		case q.RedFlag == "":
			errs = append(errs, fmt.Errorf("question %s: no red flag", q.ID))
		case len(q.FollowUps) < 1:
			errs = append(errs, fmt.Errorf("question %s: no follow-ups", q.ID))
		case q.Example == "" || q.Lesson == "":
			errs = append(errs, fmt.Errorf("question %s: no example or lesson", q.ID))
		}
		seen[q.ID] = true
	}
	return errors.Join(errs...)
}

// Pick draws n questions (all when n <= 0 or more than there are) in an
// order seeded by seed: the same seed gives the same session.
func Pick(n int, seed uint64) []Question {
	qs := All()
	for i := len(qs) - 1; i > 0; i-- {
		seed = seed*6364136223846793005 + 1442695040888963407
		j := int((seed >> 33) % uint64(i+1))
		qs[i], qs[j] = qs[j], qs[i]
	}
	if n > 0 && n < len(qs) {
		qs = qs[:n]
	}
	return qs
}
