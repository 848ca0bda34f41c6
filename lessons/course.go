package lessons

// Lesson is one page of the course.
type Lesson struct {
	ID    string // "phases": also the name of its text, text/ID.md
	Topic string // the Syllabus topic it teaches
	Title string
	// Examples are the runnable programs the text shows, in the order it
	// shows them; each sits in examples/ with node's recording beside it.
	Examples []Example
	// Check is the quick check at the end: questions about the examples.
	Check []Question
	// Puzzles name puzzles of the library (scenarios/puzzles) to practise
	// with after the quick check.
	Puzzles []string
	// Waiting names examples the lesson will gain once loopviz runs what
	// they need (ES modules, worker threads, child processes, cluster).
	Waiting []string
}

// Example is a runnable program of a lesson.
type Example struct {
	Name string // the file in examples/, without ".js" (or ".mjs" for an ES module)
	// At is the step that matters: the first step that prints a line
	// containing this text. The simulator opens the example there.
	At string
	// Look says what to look at on the simulator's screen at that step.
	Look string
}

// Question is a multiple-choice question about an example's run.
type Question struct {
	Ask     string
	Choices []string
	Answer  int    // index into Choices
	Why     string // shown after answering
	Example string // the example the question is about
}

// course is every lesson, in the order of the Syllabus.
var course = []Lesson{
	{
		ID: "node", Topic: "node", Title: "What Node is: V8, libuv and one JavaScript thread",
		Examples: []Example{
			{"intro-one-thread", "busy loop ends", "the timer is due but waits: the only JavaScript thread is still in the busy loop"},
			{"intro-delegate-to-pool", "2. meanwhile", "the read sits in a threadpool slot while JavaScript goes on"},
		},
		Puzzles: []string{"timers-blocked"},
		Check: []Question{{
			Ask:     "In intro-one-thread.js the timer is due after 10 ms but the busy loop lasts 50 ms. When does the timer's callback run?",
			Choices: []string{"At 10 ms, interrupting the loop", "On another thread, in parallel", "After the busy loop ends, when the thread is free"},
			Answer:  2,
			Why:     "JavaScript runs on one thread and a callback never interrupts running code: the timer waits in its queue until the main module returns.",
			Example: "intro-one-thread",
		}},
	},
	{
		ID: "reading", Topic: "reading", Title: "How Node reads your code and hands work to the loop",
		Examples: []Example{
			{"reading-top-to-bottom", "2. last line", "the whole file has run; every callback waits in its own queue"},
		},
		Puzzles: []string{"order-start-end", "order-mixed-five"},
		Check: []Question{{
			Ask:     "In reading-top-to-bottom.js, which callback runs first once the file has been read to the end?",
			Choices: []string{"The 10 ms timer", "The promise reaction", "The immediate", "The stat result"},
			Answer:  1,
			Why:     "Promise reactions (and nextTicks) drain as soon as the main module returns, before the loop's first phase.",
			Example: "reading-top-to-bottom",
		}},
	},
	{
		ID: "blocking", Topic: "blocking", Title: "Blocking and non-blocking calls",
		Examples: []Example{
			{"blocking-readfilesync", "1. read", "the read happened inside the main module: nothing else could run meanwhile"},
			{"blocking-readfile", "2. the immediate", "the immediate runs while the read is still in the threadpool"},
		},
		Puzzles: []string{"io-sync-and-async-read", "threadpool-sync-blocks"},
		Check: []Question{{
			Ask:     "In blocking-readfile.js, why does the immediate print before the file's contents?",
			Choices: []string{"setImmediate has a higher priority than fs", "The read runs in the threadpool and its callback comes in a later poll phase", "readFile is slower than readFileSync"},
			Answer:  1,
			Why:     "readFile is several threadpool requests (open, stat, read, close), each answered in a poll phase; the check phase of the first iteration comes before they are all done.",
			Example: "blocking-readfile",
		}},
	},
	{
		ID: "phases", Topic: "phases", Title: "The loop's phases and the two queues between callbacks",
		Examples: []Example{
			{"phases-guide-order", "nextTick", "the main module is done: the nextTick queue drains before the promise queue"},
			{"phases-tick-vs-microtask", "tick queued inside", "a tick queued by a promise reaction waited for the whole microtask queue"},
			{"phases-drain-between-callbacks", "tick queued by timer 1", "timer 2 is due too, but timer 1's tick and promise run first"},
			{"phases-io-then-check", "check: setImmediate", "from the poll phase the loop goes to check before it comes back to timers"},
		},
		Puzzles: []string{"order-tick-inside-then", "drain-promise-between-timers", "io-immediate-in-io-callback"},
		Check: []Question{
			{
				Ask:     "In phases-drain-between-callbacks.js both timers are due in the same timers phase. What runs right after timer 1?",
				Choices: []string{"timer 2", "timer 1's nextTick, then its promise", "timer 1's promise, then its nextTick"},
				Answer:  1,
				Why:     "After every callback the loop runs (since Node 11) Node drains the nextTick queue, then the microtask queue, before the next callback.",
				Example: "phases-drain-between-callbacks",
			},
			{
				Ask:     "In phases-io-then-check.js, why does setImmediate beat setTimeout(..., 0)?",
				Choices: []string{"It is always faster", "The stat callback runs in poll; check comes next, timers only in the next iteration", "The timer was clamped to 1 ms"},
				Answer:  1,
				Why:     "Inside an I/O callback the order is fixed: poll, then check (immediates), then close, and only then the next iteration's timers.",
				Example: "phases-io-then-check",
			},
		},
	},
	{
		ID: "cpu", Topic: "cpu", Title: "CPU-heavy work: chunking, the threadpool, workers and child processes",
		Examples: []Example{
			{"cpu-blocks-heartbeat", "heavy work ends", "the heartbeat timer is overdue: nothing could run during the computation"},
			{"cpu-chunked-heartbeat", "beat 2: on time", "between two slices the loop reached its timers phase"},
			{"cpu-pool-of-four", "the main thread was free", "four slots busy hashing, the fifth job waiting, the main thread idle"},
			{"worker-heartbeat", "beat 2:", "the worker computes on its own thread while the main thread's heartbeat beats on time"},
			{"fork-ipc", "parent: sent two numbers", "the child process has its own loop; the parent went on at once"},
		},
		Puzzles: []string{"timers-blocked", "threadpool-pool-of-two"},
		Check: []Question{{
			Ask:     "What makes the heartbeat keep time in cpu-chunked-heartbeat.js?",
			Choices: []string{"setImmediate runs the work on another thread", "Each slice is short and the loop goes round (timers included) between slices", "setInterval has priority over setImmediate"},
			Answer:  1,
			Why:     "The work still runs on the main thread, but in 2 ms slices: after each slice's check phase the loop goes round and a due timer runs.",
			Example: "cpu-chunked-heartbeat",
		}},
	},
	{
		ID: "streams", Topic: "streams", Title: "Streams, buffers and backpressure",
		Examples: []Example{
			{"streams-write-false", "write 4 bytes -> false", "the writable's buffer reached its highWaterMark: write() says stop"},
			{"streams-pipe-backpressure", "10 items written", "pipe paused the source whenever the writable was full"},
			{"streams-no-backpressure", "write() said false", "the buffer holds the whole input: the falses were ignored"},
		},
		Puzzles: []string{"streams-backpressure", "streams-pipe-transform"},
		Check: []Question{{
			Ask:     "In streams-no-backpressure.js, what would have kept the writable's buffer small?",
			Choices: []string{"A bigger highWaterMark", "Pausing the source when write() returns false and resuming on 'drain' (or using pipe/pipeline)", "Calling end() sooner"},
			Answer:  1,
			Why:     "write() returning false is advice, not a refusal: the data is buffered anyway. Backpressure works only if the producer waits for 'drain'.",
			Example: "streams-no-backpressure",
		}},
	},
	{
		ID: "rate-limiting", Topic: "rate-limiting", Title: "Rate limiting: a fixed window in front of a server",
		Examples: []Example{
			{"rate-limit-fixed-window", "request 4 -> 429", "the fourth request in the window was refused"},
		},
		Check: []Question{{
			Ask:     "In rate-limit-fixed-window.js, why is request 6 answered 200 again?",
			Choices: []string{"The limiter forgets after 5 requests", "A whole window (1 s of virtual time) passed, so a fresh window began", "429 answers do not count"},
			Answer:  1,
			Why:     "A fixed window counts requests from the window's start; once the window is over the count starts from zero.",
			Example: "rate-limit-fixed-window",
		}},
	},
	{
		ID: "events", Topic: "events", Title: "Event-driven design with EventEmitter",
		Examples: []Example{
			{"events-emit-is-sync", "emit returned", "all three listeners ran inside emit(), before this line"},
			{"events-defer-listener", "the caller goes on", "the email waits in the immediate queue; emit() has returned"},
		},
		Puzzles: []string{"emitter-sync-emit", "emitter-too-early"},
		Check: []Question{{
			Ask:     "In events-emit-is-sync.js, why does 'listener 3 (once)' print for the first emit only?",
			Choices: []string{"once() listeners are removed when they are called", "The third listener threw", "Listeners run asynchronously"},
			Answer:  0,
			Why:     "once() removes the listener before calling it, so the second emit finds two listeners (listenerCount says 2).",
			Example: "events-emit-is-sync",
		}},
	},
	{
		ID: "q-nexttick-setimmediate", Topic: "q-nexttick-setimmediate", Title: "Interview: process.nextTick() versus setImmediate()",
		Examples: []Example{
			{"tick-starves-timer", "the nextTick recursion stops", "5000 ticks ran and the due timer never got a turn"},
			{"immediate-yields", "heartbeat timer ran", "the timer ran between two turns of the recursion"},
			{"tick-inside-then", "nextTick from then 1", "a tick queued in a .then waits for every promise reaction, chained ones too"},
		},
		Puzzles: []string{"drain-recursive-ticks", "nesting-tick-in-tick"},
		Check: []Question{{
			Ask:     "In tick-inside-then.js, a nextTick is queued inside the first .then. When does it run?",
			Choices: []string{"Right after then 1", "After then 2 and then 3: the microtask queue drains first", "In the next loop iteration"},
			Answer:  1,
			Why:     "Node drains the whole microtask queue (reactions queued meanwhile too) before it looks at the nextTick queue again.",
			Example: "tick-inside-then",
		}},
	},
	{
		ID: "q-threadpool", Topic: "q-threadpool", Title: "Interview: is Node single-threaded? The libuv threadpool",
		Examples: []Example{
			{"cpu-pool-of-four", "the main thread was free", "four slots busy, the fifth hash waiting"},
			{"dns-lookup-uses-pool", "the main thread is free", "dns.lookup waits behind four hashes in the pool's queue"},
		},
		Puzzles: []string{"threadpool-size-one", "threadpool-light-beats-heavy"},
		Check: []Question{{
			Ask:     "Why does the lookup in dns-lookup-uses-pool.js wait for a hash to finish?",
			Choices: []string{"DNS is slow", "dns.lookup is a threadpool job and all four slots are busy", "The main thread is blocked"},
			Answer:  1,
			Why:     "dns.lookup calls the system resolver on a pool thread; with four long hashes in the four slots it queues behind them.",
			Example: "dns-lookup-uses-pool",
		}},
	},
	{
		ID: "q-fork-spawn", Topic: "q-fork-spawn", Title: "Interview: fork(), spawn() and exec()",
		Examples: []Example{
			{"fork-ipc", "parent got", "the child's answer came back over IPC as a JavaScript object"},
			{"spawn-vs-exec", "spawn data event", "spawn's output arrived as a stream event; exec's will come in one callback"},
			{"buffered-vs-streamed", "streamed:", "the same file arrived as several chunks"},
		},
		Check: []Question{{
			Ask:     "Which call of child_process hands a command's output over the way readFile does in buffered-vs-streamed.js: all at once, at the end?",
			Choices: []string{"spawn", "exec", "fork"},
			Answer:  1,
			Why:     "exec buffers stdout and stderr (up to maxBuffer) and calls back once; spawn streams them like the read stream.",
			Example: "buffered-vs-streamed",
		}},
	},
	{
		ID: "q-cpu-bound", Topic: "q-cpu-bound", Title: "Interview: CPU-bound work in a Node server",
		Examples: []Example{
			{"server-one-thread", "number 3 in line", "each request's computation waited for the one before it"},
			{"worker-heartbeat", "beat 2:", "the computation runs on a worker thread; the main thread answers on time"},
			{"cpu-chunked-heartbeat", "beat 2: on time", "chunked work lets the loop go round"},
		},
		Puzzles: []string{"timers-blocked"},
		Check: []Question{{
			Ask:     "In server-one-thread.js the three requests arrive together. How long does the last client wait?",
			Choices: []string{"About 30 ms", "About 90 ms: the three computations run one after another", "About 10 ms"},
			Answer:  1,
			Why:     "Each handler computes for 30 ms on the one JavaScript thread; the third request is handled after the first two.",
			Example: "server-one-thread",
		}},
	},
	{
		ID: "q-streams", Topic: "q-streams", Title: "Interview: streams, backpressure and pipeline()",
		Examples: []Example{
			{"streams-pipe-backpressure", "10 items written", "the writable never held more than its highWaterMark"},
			{"pipeline-error", "pipeline failed", "the error of the middle stage reached the callback; both ends are destroyed"},
		},
		Puzzles: []string{"streams-backpressure", "streams-finish-and-close"},
		Check: []Question{{
			Ask:     "In pipeline-error.js the Transform fails on 'b'. What happens to the source and the sink?",
			Choices: []string{"They stay open", "pipeline destroys both and calls its callback once with the error", "The process crashes"},
			Answer:  1,
			Why:     "pipeline() destroys every stage on the first error and reports it to its callback; .pipe() would leave the source open.",
			Example: "pipeline-error",
		}},
	},
	{
		ID: "q-errors", Topic: "q-errors", Title: "Interview: error handling in every async style",
		Examples: []Example{
			{"error-first-callback", "unchecked", "the second callback ignored its err and went on with undefined"},
			{"unawaited-rejection", "user 2 not found", "the rejection had no handler when it happened: node ends the process"},
			{"promise-all-rejection", "caught", "Promise.all handled the rejection from the start"},
		},
		Puzzles: []string{"errors-catch-in-timer-too-late", "errors-throw-in-then"},
		Check: []Question{{
			Ask:     "Why does the try/catch in unawaited-rejection.js not catch user 2's error?",
			Choices: []string{"try/catch never catches async errors", "p2 rejects while the function is still awaiting p1, so it has no handler then and is reported as unhandled", "setTimeout swallows errors"},
			Answer:  1,
			Why:     "A rejection is checked for a handler once the microtasks have drained; await p2 had not been reached, so Node (since v15) treats it as an uncaught error and exits with code 1.",
			Example: "unawaited-rejection",
		}},
	},
	{
		ID: "q-cluster", Topic: "q-cluster", Title: "Interview: cluster, one process per core",
		Examples: []Example{
			{"server-one-thread", "number 3 in line", "one process serves one request at a time: the other cores are idle"},
			{"cluster-own-memory", "worker 2 says", "the second worker counted from 0 again: workers share no memory"},
		},
		Check: []Question{{
			Ask:     "cluster.fork() starts what?",
			Choices: []string{"A thread sharing the primary's memory", "A new Node process with its own event loop and memory", "A second event loop in the same process"},
			Answer:  1,
			Why:     "Cluster workers are processes (child_process.fork under the hood); the primary hands them connections.",
			Example: "server-one-thread",
		}},
	},
	{
		ID: "q-modules", Topic: "q-modules", Title: "Interview: CommonJS and ES modules",
		Examples: []Example{
			{"require-sync-cached", "after require", "the required module ran inside the require() call"},
			{"module-wrapper", "arguments of the wrapper", "your file runs as the body of a function of five parameters"},
			{"esm-live-binding", "count after two increments", "the imported count changed with the exporter's variable"},
			{"esm-entry-order", "nextTick", "the module body ran in the poll phase, as a microtask: the promise reaction ran before the nextTick"},
			{"require-esm", "increment is a", "require() returned the ES module's namespace, synchronously"},
		},
		Check: []Question{
			{
				Ask:     "In require-sync-cached.js, why does the second require not print 'counter.js runs'?",
				Choices: []string{"The second require is asynchronous", "require.cache returns the module.exports of the first load", "The file changed"},
				Answer:  1,
				Why:     "A module runs once per process; later requires of the same resolved file return the cached module.exports.",
				Example: "require-sync-cached",
			},
			{
				Ask:     "In esm-live-binding.mjs, why does the importer see count go from 0 to 2?",
				Choices: []string{"import copies the value again on every read", "An imported name is a live binding to the exporter's variable", "increment() returns the new module"},
				Answer:  1,
				Why:     "ES module imports are bindings, not copies: reading count reads the exporting module's variable. A CommonJS export of a number would stay 0.",
				Example: "esm-live-binding",
			},
		},
	},
	{
		ID: "q-memory", Topic: "q-memory", Title: "Interview: garbage collection and memory leaks",
		Examples: []Example{
			{"listener-leak-warning", "listeners for config-changed", "twelve listeners for one event: node printed a leak warning on stderr"},
		},
		Check: []Question{{
			Ask:     "In listener-leak-warning.js, at which listener does node print MaxListenersExceededWarning?",
			Choices: []string{"The 10th", "The 11th", "The 12th"},
			Answer:  1,
			Why:     "The default limit is 10 listeners per event; adding the 11th prints the warning, once per event name.",
			Example: "listener-leak-warning",
		}},
	},
	{
		ID: "q-eventemitter", Topic: "q-eventemitter", Title: "Interview: how EventEmitter works",
		Examples: []Example{
			{"emitter-listener-throws", "emit threw", "listener 2 threw inside emit(): listener 3 never ran"},
			{"events-defer-listener", "the caller goes on", "deferring with setImmediate keeps emit() fast"},
		},
		Puzzles: []string{"emitter-error-event", "emitter-async-listener-rejects"},
		Check: []Question{{
			Ask:     "Five listeners, and the second throws. What happens?",
			Choices: []string{"The rest run anyway", "Listeners 3 to 5 do not run and the error is thrown out of emit()", "The error becomes an 'error' event"},
			Answer:  1,
			Why:     "emit() is a plain synchronous loop over the listeners; an exception leaves it like any other.",
			Example: "emitter-listener-throws",
		}},
	},
	{
		ID: "q-startup", Topic: "q-startup", Title: "Interview: what happens when you run node app.js",
		Examples: []Example{
			{"module-wrapper", "arguments of the wrapper", "five wrapper arguments: exports, require, module, __filename, __dirname"},
			{"loop-stays-alive", "closing the server", "the server was the last thing keeping the loop alive"},
		},
		Puzzles: []string{"exit-before-exit"},
		Check: []Question{{
			Ask:     "Why does loop-stays-alive.js not exit right after its main module?",
			Choices: []string{"Node always waits a moment", "A listening server is a ref'd handle: the loop runs while one is open", "The exit listener keeps it running"},
			Answer:  1,
			Why:     "The loop ends when no ref'd handle or request is left; closing the server removes the last one.",
			Example: "loop-stays-alive",
		}},
	},
	{
		ID: "q-shutdown", Topic: "q-shutdown", Title: "Interview: graceful shutdown on SIGTERM",
		Examples: []Example{
			{"sigterm-drain", "SIGTERM: stop accepting", "the signal arrived with a request in flight; the server stops accepting but keeps it"},
		},
		Puzzles: []string{"exit-process-exit"},
		Check: []Question{{
			Ask:     "In sigterm-drain.js, when does server.close()'s callback run?",
			Choices: []string{"At once", "When the request in flight has been answered and its connection closed", "Never: SIGTERM kills the process"},
			Answer:  1,
			Why:     "close() stops accepting and waits for open connections; with a SIGTERM listener installed, the signal no longer kills the process.",
			Example: "sigterm-drain",
		}},
	},
	{
		ID: "q-middleware", Topic: "q-middleware", Title: "Interview: middleware chains",
		Examples: []Example{
			{"middleware-chain", "error handler", "the throw skipped the route and landed in the 4-parameter layer"},
			{"rate-limit-fixed-window", "request 4 -> 429", "a limiter is a middleware that ends the request early"},
		},
		Check: []Question{{
			Ask:     "How does the runner in middleware-chain.js tell the error handler from other layers?",
			Choices: []string{"By its position", "By its number of declared parameters (fn.length === 4)", "By its name"},
			Answer:  1,
			Why:     "Express does the same: a function declared with four parameters is an error handler, so dropping the unused next breaks it.",
			Example: "middleware-chain",
		}},
	},
}
