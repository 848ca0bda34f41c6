package sim

// The CPU-cost model. Synchronous JavaScript costs virtual time, so that a
// busy-wait blocks the loop and a long computation visibly delays a due timer.
// Costs are deterministic: the same program advances the clock the same way on
// every run and every machine. docs/MODEL.md explains the figures.
const (
	// CostStatement is charged for every JavaScript statement executed (loop
	// bodies count once per iteration). Roughly what V8 spends on a simple
	// statement, so a million-iteration loop costs about 10 ms.
	CostStatement = 10 * Nanosecond

	// CostClockRead is charged by Date.now(), new Date(), performance.now() and
	// process.hrtime(). It is far more than V8 spends (about 30 ns), on purpose:
	// a busy-wait like `while (Date.now() - t < 200) {}` then takes 200,000
	// iterations instead of millions, so it finishes in reasonable real time.
	CostClockRead = 1 * Microsecond

	// CostSchedule is charged by calls that queue work: setTimeout,
	// setImmediate, process.nextTick, queueMicrotask, .then and friends.
	CostSchedule = 100 * Nanosecond

	// CostWrite is charged for each console write: a synchronous write to a
	// pipe or terminal.
	CostWrite = 10 * Microsecond

	// CostFirstStdout and CostFirstStderr are charged, once, by the first
	// write to each stream: Node creates process.stdout and process.stderr
	// lazily, and setting up the stream is slow (measured with node 20 writing
	// to a pipe: about 3.4 ms for stdout, 0.2-0.4 ms for stderr). It matters:
	// a program that logs after arming a short timer finds it already due
	// when the loop starts.
	CostFirstStdout = 3 * Millisecond
	CostFirstStderr = 300 * Microsecond

	// CostLoopStart is the time between the main module's drain and the first
	// loop iteration: Node finishes its bootstrap there. It is long enough for
	// a threadpool job started by the main module (a small fs.open) to be done
	// by the first poll phase, as in Node, and short enough that a 0 ms timer
	// armed at the end of a quick main module is usually not yet due.
	CostLoopStart = 300 * Microsecond

	// CostCallback is charged each time the loop calls into JavaScript (the
	// C++-to-JS transition and bookkeeping around every callback).
	CostCallback = 200 * Nanosecond
)
