// Package lessons is loopviz's guided course: one lesson per topic of the
// seed guide (what Node is, the loop's phases, CPU-heavy work, streams...)
// and one short lesson per interview question of its last section. Each
// lesson is a markdown text with runnable examples (JavaScript programs with
// the output real node printed for them), the step of each example that
// matters, and a quick check at the end.
//
// The syllabus below is the one list of what the course must cover; the
// tests fail when a topic or question of it has no lesson.
package lessons

// Kind tells a topic of the guide from one of its interview questions.
type Kind uint8

const (
	KindTopic     Kind = iota // a numbered section of the guide
	KindInterview             // a question of the guide's "Common Interview Questions"
)

// Topic is one thing the course must teach, as the seed guide names it.
type Topic struct {
	ID    string // the lesson that teaches it has this Topic
	Kind  Kind
	Guide string // the guide's own heading, or the gist of its interview answer
	// Marker is a phrase of the guide that finds this topic in it: the
	// heading itself, or words from the start of the interview answer.
	Marker string
}

// Syllabus is every topic of the seed guide and every question of its
// interview section, in the guide's order. The course follows this order.
var Syllabus = []Topic{
	{"node", KindTopic, "1. Introduction to Node.js", "1. Introduction to Node.js"},
	{"reading", KindTopic, "2. Event Loop Architecture", "2. Event Loop Architecture"},
	{"blocking", KindTopic, "3. Blocking vs Non-Blocking", "3. Blocking vs Non-Blocking"},
	{"phases", KindTopic, "4. Event Loop Phases & Priority", "4. Event Loop Phases & Priority"},
	{"cpu", KindTopic, "5. CPU Intensive Tasks & Multi-Threading", "5. CPU Intensive Tasks & Multi-Threading"},
	{"streams", KindTopic, "6. Streams & Buffers", "6. Streams & Buffers"},
	{"rate-limiting", KindTopic, "7. Rate Limiting", "7. Rate Limiting"},
	{"events", KindTopic, "8. Event-Driven Architecture", "8. Event-Driven Architecture"},

	{"q-nexttick-setimmediate", KindInterview, "process.nextTick() versus setImmediate()", "is the “cut the line” pass"},
	{"q-threadpool", KindInterview, "Is Node single-threaded? The libuv thread pool", "Libuv maintains a thread pool"},
	{"q-fork-spawn", KindInterview, "child_process: fork() versus spawn() (and exec)", "Both are methods on the child_process module"},
	{"q-cpu-bound", KindInterview, "Why CPU-heavy work hurts a Node server, and what to do", "runs your JavaScript on a single thread via the event loop"},
	{"q-streams", KindInterview, "Streams: the four types, backpressure, pipeline()", "Streams are one of the most powerful"},
	{"q-errors", KindInterview, "Error handling across callbacks, promises, async/await and emitters", "Error handling in Node.js is where most production outages"},
	{"q-cluster", KindInterview, "The cluster module: one process per core", "The cluster module solves this"},
	{"q-modules", KindInterview, "CommonJS versus ES modules", "the two module systems have fundamentally different loading"},
	{"q-memory", KindInterview, "Garbage collection and memory leaks", "V8’s garbage collector"},
	{"q-eventemitter", KindInterview, "How EventEmitter works", "EventEmitter is the backbone of Node.js"},
	{"q-startup", KindInterview, "What happens when you run node app.js", "bootstrapping process from OS to running code"},
	{"q-shutdown", KindInterview, "Graceful shutdown on SIGTERM", "Graceful shutdown is one of the clearest signals"},
	{"q-middleware", KindInterview, "Middleware chains", "Middleware is the foundational pattern"},
}

// GuideSection is the heading of the guide's interview section; its
// questions are the KindInterview topics.
const GuideSection = "9. Common Interview Questions"

// Kind tells whether the lesson teaches a topic of the guide or answers one
// of its interview questions.
func (l Lesson) Kind() Kind {
	for _, t := range Syllabus {
		if t.ID == l.Topic {
			return t.Kind
		}
	}
	return KindTopic
}
