package sim

import (
	"encoding/json"
	"io"
)

// TraceSchema names the version of the JSON trace format. docs/TRACE.md
// documents it; a change that is not backward compatible bumps the number.
const TraceSchema = "loopviz-trace/2"

// ExportedTrace is the JSON form of a run.
type ExportedTrace struct {
	Schema   string          `json:"schema"`
	File     string          `json:"file"`
	Node     string          `json:"node"`
	Level    string          `json:"level"`
	ExitCode int             `json:"exitCode"`
	Stop     *Stop           `json:"stop"`
	Steps    []ExportedStep  `json:"steps"`
	Entries  []ExportedEntry `json:"entries"`
	Races    []ExportedRace  `json:"races"`
	Lanes    []ExportedLane  `json:"lanes"`
	Stdout   string          `json:"stdout"`
	Stderr   string          `json:"stderr"`
}

// ExportedStep is one step in JSON.
type ExportedStep struct {
	Seq    int             `json:"seq"`
	Time   int64           `json:"timeNs"`
	Iter   int             `json:"iteration"`
	Loop   int             `json:"loop"`
	Phase  string          `json:"phase"`
	Kind   string          `json:"kind"`
	Level  string          `json:"level"`
	Queue  string          `json:"queue,omitempty"`
	Entry  int             `json:"entry,omitempty"`
	Label  string          `json:"label"`
	Why    string          `json:"why,omitempty"`
	Stack  []ExportedFrame `json:"stack"`
	Output *ExportedOutput `json:"output,omitempty"`
	Race   *int            `json:"race,omitempty"`
	Stmt   *ExportedFrame  `json:"statement,omitempty"`
	Due    *int64          `json:"dueNs,omitempty"`  // io-start: when the I/O lands
	Ref    *bool           `json:"ref,omitempty"`    // handle-open, handle-ref: keeps the loop alive
	Buffer *int64          `json:"buffer,omitempty"` // buffer: the stream's new level
}

// ExportedOutput is what an output step wrote.
type ExportedOutput struct {
	Stream string `json:"stream"`
	Text   string `json:"text"`
}

// ExportedLane is one loop of the run in JSON.
type ExportedLane struct {
	ID     int    `json:"id"`
	Name   string `json:"name"`
	Kind   string `json:"kind"`
	Parent int    `json:"parent"`
	Start  int64  `json:"startNs"`
	// PoolSize is the lane's threadpool size as the run left it.
	PoolSize int `json:"poolSize"`
}

// ExportedFrame is a stack frame or a source position in JSON.
type ExportedFrame struct {
	Func string `json:"func,omitempty"`
	File string `json:"file,omitempty"`
	Line int32  `json:"line,omitempty"`
	Col  int32  `json:"col,omitempty"`
}

// ExportedEntry is a queued callback in JSON.
type ExportedEntry struct {
	ID     int           `json:"id"`
	Loop   int           `json:"loop"`
	Kind   string        `json:"kind"`
	Label  string        `json:"label"`
	Origin string        `json:"origin,omitempty"`
	Func   string        `json:"func,omitempty"`
	At     ExportedFrame `json:"at"`
	Due    *int64        `json:"dueNs,omitempty"`
	HWM    *int64        `json:"highWaterMark,omitempty"` // streams
	Step   int           `json:"createdAt"`
}

// ExportedRace is a race point in JSON.
type ExportedRace struct {
	Step    int      `json:"step"`
	What    string   `json:"what"`
	Options []string `json:"options"`
	Chosen  int      `json:"chosen"`
}

func exportFrame(f Frame) ExportedFrame {
	return ExportedFrame{Func: f.Func, File: f.File, Line: f.Line, Col: f.Col}
}

// Export converts the trace to its JSON form, keeping the steps up to level.
func (t *Trace) Export(file, node string, level Level, res Result) *ExportedTrace {
	out := &ExportedTrace{Schema: TraceSchema, File: file, Node: node, Level: level.String(),
		ExitCode: res.ExitCode, Stop: res.Stop, Stdout: t.Stdout(), Stderr: t.Stderr(),
		Steps: []ExportedStep{}, Entries: []ExportedEntry{}, Races: []ExportedRace{}, Lanes: []ExportedLane{}}
	for _, l := range t.Lanes {
		out.Lanes = append(out.Lanes, ExportedLane{ID: int(l.ID), Name: l.Name, Kind: l.Kind.String(), Parent: l.Parent, Start: int64(l.Start), PoolSize: l.PoolSize})
	}
	for i, s := range t.All() {
		if s.Level > level {
			continue
		}
		es := ExportedStep{Seq: i, Time: int64(s.Time), Iter: int(s.Iter), Loop: int(s.Loop), Phase: s.Phase.String(),
			Kind: s.Kind.String(), Level: s.Level.String(), Entry: int(s.Entry), Label: t.StepLabel(i), Why: s.Why,
			Stack: []ExportedFrame{}}
		if s.Queue != QueueNone {
			es.Queue = s.Queue.String()
		}
		for _, f := range t.Stack(s.Stack) {
			es.Stack = append(es.Stack, exportFrame(f))
		}
		switch s.Kind {
		case KindOutput:
			o := t.Output[s.Arg]
			es.Output = &ExportedOutput{Stream: o.Stream.String(), Text: o.Text}
		case KindRace:
			r := int(s.Arg)
			es.Race = &r
		case KindStatement:
			if int(s.Arg) < len(t.Stmts) {
				p := t.Stmts[s.Arg]
				es.Stmt = &ExportedFrame{File: p.File, Line: p.Line, Col: p.Col}
			}
		case KindIOStart:
			d := s.Arg
			es.Due = &d
		case KindHandleOpen, KindHandleRef:
			if t.Entry(s.Entry).Kind == EntryHandle {
				r := s.Arg == 1
				es.Ref = &r
			}
		case KindBuffer:
			b := s.Arg
			es.Buffer = &b
		}
		out.Steps = append(out.Steps, es)
	}
	for id := 1; id < t.EntryCount(); id++ {
		e := t.Entry(EntryID(id))
		ee := ExportedEntry{ID: id, Loop: int(e.Loop), Kind: e.Kind.String(), Label: t.EntryLabel(EntryID(id)), Origin: t.EntryOrigin(EntryID(id)), Func: e.Func, At: exportFrame(t.EntryAt(EntryID(id))), Step: int(e.Step)}
		if e.Due != 0 {
			d := int64(e.Due)
			ee.Due = &d
		}
		if e.Kind == EntryStream {
			h := e.Delay
			ee.HWM = &h
		}
		out.Entries = append(out.Entries, ee)
	}
	for _, r := range t.Races {
		out.Races = append(out.Races, ExportedRace{Step: int(r.Step), What: r.What, Options: r.Options, Chosen: r.Chosen})
	}
	return out
}

// WriteJSON writes the exported trace as indented JSON.
func (e *ExportedTrace) WriteJSON(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(e)
}

// StepLabel is the one-line label of step i. Steps about an entry and
// statement steps build theirs when asked, so a long trace holds no string
// per step.
func (t *Trace) StepLabel(i int) string {
	s := t.Step(i)
	if s.Label != "" {
		return s.Label
	}
	switch s.Kind {
	case KindStatement:
		if int(s.Arg) < len(t.Stmts) {
			p := t.Stmts[s.Arg]
			return "line " + itoa(int(p.Line)) + ":" + itoa(int(p.Col)) + " of " + shortFile(p.File)
		}
		return "statement"
	case KindCallbackStart:
		if o := t.EntryOrigin(s.Entry); o != "" && s.Queue == QueueMicrotask {
			return "run " + t.EntryLabel(s.Entry) + " (queued by " + o + ")"
		}
		return "run " + t.EntryLabel(s.Entry)
	case KindCallbackEnd:
		return t.EntryLabel(s.Entry) + " returned"
	case KindEnqueue:
		l := t.EntryLabel(s.Entry)
		switch s.Queue {
		case QueueTick:
			return "queue " + l + " on the nextTick queue"
		case QueueMicrotask:
			return "queue " + l + " as a microtask"
		case QueueImmediate:
			return "queue " + l
		case QueuePending:
			return "queue " + l + " for the pending phase"
		case QueueClose:
			return "queue " + l + " for the close phase"
		case QueuePoll:
			return "queue " + l + " for the poll phase"
		}
	}
	return ""
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	var b [20]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}
