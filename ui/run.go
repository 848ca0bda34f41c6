package ui

import "github.com/loopviz/loopviz/sim"

// Run is a finished run of a program: the trace the viewer browses and the
// text of the files it ran.
type Run struct {
	File     string // absolute path of the main module
	Trace    *sim.Trace
	ExitCode int
	Stop     *sim.Stop         // why a bound stopped the run, if one did
	PoolSize int               // threadpool slots (UV_THREADPOOL_SIZE); 0 means 4
	Sources  map[string][]byte // by absolute path: the main module and the files it required (lookups only)
}

// RunFunc runs a program file. Its error is for a file that cannot run at all
// (missing, a directory, binary, or a bug in loopviz) and is shown as it is;
// an error in the program itself (a syntax error, an uncaught exception) is
// part of the run's trace.
type RunFunc func(file string) (*Run, error)

func (r *Run) poolSize() int {
	// The trace knows the size the program's own UV_THREADPOOL_SIZE gave.
	if r.Trace != nil && len(r.Trace.Lanes) > 0 && r.Trace.Lanes[0].PoolSize > 0 {
		return r.Trace.Lanes[0].PoolSize
	}
	if r.PoolSize > 0 {
		return r.PoolSize
	}
	return sim.DefaultThreadpoolSize
}
