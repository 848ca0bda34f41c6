package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/loopviz/loopviz/runtime"
)

// exitStopped is loopviz's exit status when a bound (runaway code,
// starvation, the step limit) stopped the program, like timeout(1)'s 124.
const exitStopped = 124

// exitUsage is the exit status for bad input: an unknown file, a bad flag.
const exitUsage = 2

// runFlags are the flags every command that runs a program accepts.
type runFlags struct {
	threadpool int
	env        multiFlag
	seed       int64
	maxSteps   int
	maxStmts   int64
}

type multiFlag []string

func (m *multiFlag) String() string     { return strings.Join(*m, ",") }
func (m *multiFlag) Set(v string) error { *m = append(*m, v); return nil }

func (f *runFlags) register(fs *flag.FlagSet) {
	fs.IntVar(&f.threadpool, "threadpool", 0, "threadpool size `N` (UV_THREADPOOL_SIZE; default 4)")
	fs.Var(&f.env, "env", "set `K=V` in process.env (repeatable)")
	fs.Int64Var(&f.seed, "seed", 0, "seed `N` for Math.random")
	fs.IntVar(&f.maxSteps, "max-steps", 0, "stop when the trace reaches `N` steps (default 2000000)")
	fs.Int64Var(&f.maxStmts, "max-statements", 0, "stop after `N` JavaScript statements (default 20000000)")
}

func (f *runFlags) options(file string, args []string) (runtime.Options, error) {
	for _, kv := range f.env {
		if k, _, ok := strings.Cut(kv, "="); !ok || k == "" {
			return runtime.Options{}, fmt.Errorf("--env wants K=V, got %q", kv)
		}
	}
	if f.maxSteps < 0 || f.maxStmts < 0 {
		return runtime.Options{}, fmt.Errorf("--max-steps and --max-statements must be positive")
	}
	if f.threadpool < 0 || f.threadpool > 1024 {
		return runtime.Options{}, fmt.Errorf("--threadpool must be between 1 and 1024, got %d", f.threadpool)
	}
	return runtime.Options{File: file, Args: args, Env: f.env, Seed: f.seed, ThreadpoolSize: f.threadpool, MaxSteps: f.maxSteps, MaxStatements: f.maxStmts}, nil
}

// parseCommand parses flags that may come before or after the file name.
func parseCommand(name string, args []string, stderr io.Writer, rf *runFlags, extra func(*flag.FlagSet)) (file string, rest []string, ok bool) {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	rf.register(fs)
	if extra != nil {
		extra(fs)
	}
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: loopviz %s [flags] FILE.js [args...]\n\nflags:\n", name)
		fs.PrintDefaults()
	}
	var positional []string
	for {
		if err := fs.Parse(args); err != nil {
			return "", nil, false
		}
		if fs.NArg() == 0 {
			break
		}
		positional = append(positional, fs.Arg(0))
		args = fs.Args()[1:]
		if len(positional) == 1 && len(args) > 0 && !strings.HasPrefix(args[0], "-") {
			positional = append(positional, args...)
			break
		}
	}
	if len(positional) == 0 {
		fmt.Fprintf(stderr, "loopviz %s: no file given\n", name)
		fs.Usage()
		return "", nil, false
	}
	return positional[0], positional[1:], true
}

func cmdRun(args []string, stdout, stderr io.Writer) int {
	var rf runFlags
	file, rest, ok := parseCommand("run", args, stderr, &rf, nil)
	if !ok {
		return exitUsage
	}
	opts, err := rf.options(file, rest)
	if err != nil {
		fmt.Fprintf(stderr, "loopviz run: %v\n", err)
		return exitUsage
	}
	res, err := runtime.Run(opts)
	if err != nil {
		return reportRunError(stderr, err)
	}
	for _, o := range res.Trace.Output {
		w := stdout
		if o.Stream == 2 {
			w = stderr
		}
		io.WriteString(w, o.Text)
	}
	if res.Stop != nil {
		fmt.Fprintf(stderr, "loopviz: %s\n", res.Stop.Message)
		return exitStopped
	}
	return res.ExitCode
}

// exitInternal is the exit status when loopviz itself failed (EX_SOFTWARE).
const exitInternal = 70

func reportRunError(stderr io.Writer, err error) int {
	var ie *runtime.InputError
	if errors.As(err, &ie) {
		fmt.Fprintf(stderr, "loopviz: %s\n", ie.Msg)
		return exitUsage
	}
	var bug *runtime.InternalError
	if errors.As(err, &bug) {
		fmt.Fprintf(stderr, "%v\n", bug)
		if os.Getenv("LOOPVIZ_DEBUG") != "" {
			fmt.Fprintln(stderr, bug.Stack)
		}
		return exitInternal
	}
	fmt.Fprintf(stderr, "loopviz: %v\n", err)
	return exitUsage
}

func itoa(n int) string { return fmt.Sprint(n) }
