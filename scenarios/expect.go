// Package scenarios holds loopviz's engine corpus and the tools around it.
//
// The corpus (corpus/*.js) is a set of small CommonJS programs, each exercising one rule of Node's
// event loop. Beside every program X.js sits X.node.json: what real node printed when it ran the
// program (stdout, stderr, exit code), recorded by `go run ./scenarios/record`. Real node is the
// oracle: the engine's differential tests compare the simulator's output with these recordings, and
// this package's own tests re-run node live to catch a stale recording.
//
// Most programs are deterministic under node and have one recorded outcome. A few are deliberately
// racy (a `// loopviz: racy` line in their header comments, see IsRacy); for those every distinct
// outcome node showed is recorded, with how often it was seen.
package scenarios

import (
	"bytes"
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"strings"
	"sync"
	"syscall"
	"time"
	"unicode/utf8"
)

// Outcome is one distinct result of running a program under node. Outcomes are keyed by (Stdout,
// Exit); Stderr is the normalized stderr of the first run that produced the key (see
// NormalizeStderr), and Seen counts the runs that produced it.
type Outcome struct {
	Stdout string `json:"stdout"`
	Stderr string `json:"stderr"`
	Exit   int    `json:"exit"`
	Seen   int    `json:"seen"`
}

// Expectation is the content of an X.node.json file: the node version that ran X.js, how many
// times it ran, and the distinct outcomes it showed, most frequent first.
type Expectation struct {
	Node     string    `json:"node"`
	Runs     int       `json:"runs"`
	Outcomes []Outcome `json:"outcomes"`
}

// ExpectationPath returns the path of the recording that belongs to a corpus program:
// "dir/X.js" -> "dir/X.node.json", and for an ES module "dir/X.mjs" -> "dir/X.mjs.node.json" (so
// that a pair X.js and X.mjs, the same code run as CommonJS and as an ES module, keep apart).
func ExpectationPath(jsFile string) string {
	return strings.TrimSuffix(jsFile, ".js") + ".node.json"
}

// ReadExpectation reads and parses an X.node.json file.
func ReadExpectation(path string) (*Expectation, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var e Expectation
	if err := dec.Decode(&e); err != nil {
		return nil, fmt.Errorf("%s: %w (re-record it with: go run ./scenarios/record %s)",
			path, err, strings.TrimSuffix(filepath.Base(path), ".node.json")+".js")
	}
	return &e, nil
}

// Write stores the expectation at path as indented JSON with a trailing newline. Outcomes are
// written most frequent first (ties by exit code, then stdout), so recording the same results
// twice gives the same bytes. HTML characters are not escaped: `Promise { <pending> }` stays
// readable in a diff.
func (e *Expectation) Write(path string) error {
	out := *e
	out.Outcomes = slices.Clone(e.Outcomes)
	sortOutcomes(out.Outcomes)
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(&out); err != nil {
		return err
	}
	// Write beside the target and rename, so an interrupted recording never leaves half a file.
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, buf.Bytes(), 0o644); err != nil {
		return err
	}
	return os.Rename(tmp, path)
}

// Racy reports whether node showed more than one outcome for the program.
func (e *Expectation) Racy() bool {
	return len(e.Outcomes) > 1
}

// Find returns the recorded outcome with this stdout and exit code, or nil if node never showed it.
func (e *Expectation) Find(stdout string, exit int) *Outcome {
	for i := range e.Outcomes {
		if e.Outcomes[i].Stdout == stdout && e.Outcomes[i].Exit == exit {
			return &e.Outcomes[i]
		}
	}
	return nil
}

func sortOutcomes(outcomes []Outcome) {
	slices.SortStableFunc(outcomes, func(a, b Outcome) int {
		if c := cmp.Compare(b.Seen, a.Seen); c != 0 {
			return c
		}
		if c := cmp.Compare(a.Exit, b.Exit); c != 0 {
			return c
		}
		return cmp.Compare(a.Stdout, b.Stdout)
	})
}

var pidRe = regexp.MustCompile(`\(node:\d+\)`)

// NormalizeStderr makes node's stderr independent of where and as which process it ran: every
// occurrence of dir (the corpus directory, absolute, without a trailing slash) becomes "$DIR",
// and warning prefixes like "(node:12345)" become "(node:PID)".
func NormalizeStderr(stderr, dir string) string {
	dir = strings.TrimRight(dir, string(filepath.Separator))
	if dir != "" {
		stderr = strings.ReplaceAll(stderr, dir, "$DIR")
	}
	return pidRe.ReplaceAllString(stderr, "(node:PID)")
}

var (
	// "    at fn (file:1:2)", "    at file:1:2", also deeper-indented frames of nested errors.
	frameRe = regexp.MustCompile(`^\s+at \S`)
	// Node abbreviates frames shared with another stack: "    [... lines matching original stack
	// trace ...]" (second stack of an 'error' event), "    ... 4 lines matching cause stack trace ...".
	elidedFramesRe = regexp.MustCompile(`^\s+\[?\.\.\. .*lines matching .*stack trace \.\.\.\]?$`)
	// The heading of that second stack: "Emitted 'error' event at:".
	emittedAtRe = regexp.MustCompile(`^Emitted '.*' event( on .*)? at:$`)
	// "/abs/file.js:12", "$DIR/x.js:3", "node:events:502", "node:internal/process/promises:389".
	locationRe = regexp.MustCompile(`^\S.*:\d+$`)
	caretRe    = regexp.MustCompile(`^\s*\^+\s*$`)
	versionRe  = regexp.MustCompile(`^Node\.js v\d+(\.\d+)*$`)
)

// StderrEssentials returns the lines of a (normalized) stderr that carry meaning, in order, so
// that an engine's stderr can be compared with node's without reproducing V8's stack traces.
//
// The rule, applied line by line:
//
//   - Blank (empty or whitespace-only) lines are dropped.
//   - The last non-blank line is dropped if it is node's version footer ("Node.js v20.20.2").
//   - A source-location block that node prints before an uncaught error is dropped whole: three
//     consecutive lines where the first looks like "FILE:LINE" (no leading space, ends in
//     ":<digits>"), the second is the source line, and the third holds only spaces and carets.
//   - Stack-frame lines (indented, then "at ") are dropped, nested errors' frames too, with any
//     "," that ends them. A frame line ending in " {" (node prints the error's own properties
//     after its last frame) is replaced by a line "{", so the property block keeps its opening
//     brace.
//   - Lines standing for elided frames are dropped ("[... lines matching original stack trace
//     ...]", "... 4 lines matching cause stack trace ..."), and so is the heading of the second
//     stack node prints for an unhandled 'error' event ("Emitted 'error' event at:").
//
// Everything else is kept verbatim: error headers ("Error: boom", "UnhandledPromiseRejection:
// ..."), property lines ("  code: 'ERR_UNHANDLED_REJECTION'") and the closing "}", warnings
// ("(node:PID) TimeoutOverflowWarning: ...") with their continuation lines, node's hints
// ("(Use `node --trace-warnings ...` ...)", "(Use `node --trace-uncaught ...` ...)"), and whatever
// the program itself wrote with console.error or console.warn. The result is nil when nothing is
// kept.
func StderrEssentials(stderr string) []string {
	lines := strings.Split(stderr, "\n")
	last := len(lines) - 1
	for last >= 0 && strings.TrimSpace(lines[last]) == "" {
		last--
	}
	if last >= 0 && versionRe.MatchString(lines[last]) {
		lines = lines[:last]
	}
	var out []string
	for i := 0; i < len(lines); i++ {
		line := lines[i]
		switch {
		case strings.TrimSpace(line) == "":
		case locationRe.MatchString(line) && i+2 < len(lines) && caretRe.MatchString(lines[i+2]):
			i += 2
		case frameRe.MatchString(line):
			if strings.HasSuffix(line, " {") {
				out = append(out, "{")
			}
		case elidedFramesRe.MatchString(line), emittedAtRe.MatchString(line):
		default:
			out = append(out, line)
		}
	}
	return out
}

var racyRe = regexp.MustCompile(`^//\s*loopviz:\s*racy\s*$`)

// IsRacy reports whether a program's header comments carry a "// loopviz: racy" line. The header
// is the run of "//" comment lines (blank lines and a "#!" line allowed) before the first code.
func IsRacy(src string) bool {
	for i, line := range strings.Split(src, "\n") {
		line = strings.TrimSpace(line)
		switch {
		case racyRe.MatchString(line):
			return true
		case line == "", strings.HasPrefix(line, "//"), i == 0 && strings.HasPrefix(line, "#!"):
		default:
			return false
		}
	}
	return false
}

// IsProgram tells a corpus program by its name: a CommonJS X.js or an ES module X.mjs. The
// modules they import live in subfolders (corpus/modules), which the corpus does not list.
func IsProgram(name string) bool {
	return strings.HasSuffix(name, ".js") || strings.HasSuffix(name, ".mjs")
}

// CorpusFiles returns the paths of the programs (.js and .mjs files) directly in dir, sorted by
// name.
func CorpusFiles(dir string) ([]string, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var files []string
	for _, e := range entries {
		if e.Type().IsRegular() && IsProgram(e.Name()) {
			files = append(files, filepath.Join(dir, e.Name()))
		}
	}
	slices.Sort(files)
	return files, nil
}

// ErrNodeNotFound is returned (wrapped) by RunNode and NodeVersion when there is no `node` on the
// PATH. Callers that can do without node (tests) skip on it.
var ErrNodeNotFound = errors.New("node not found on the PATH")

// RunTimeout bounds a single node run. Every corpus program finishes in well under a second; one
// that does not is broken (or waits on something it never unrefs).
const RunTimeout = 10 * time.Second

func nodePath() (string, error) {
	path, err := exec.LookPath("node")
	if err != nil {
		return "", fmt.Errorf("%w (install Node.js v20 to record or check the corpus)", ErrNodeNotFound)
	}
	return path, nil
}

// nodeEnv is the clean environment node runs in: the caller's PATH and HOME, no NODE_OPTIONS,
// no colour. Nothing else of the caller's environment leaks into a recording.
func nodeEnv() []string {
	return []string{
		"PATH=" + os.Getenv("PATH"),
		"HOME=" + os.Getenv("HOME"),
		"NODE_OPTIONS=",
		"NO_COLOR=1",
	}
}

// NodeVersion returns the output of `node --version`, e.g. "v20.20.2".
func NodeVersion(ctx context.Context) (string, error) {
	node, err := nodePath()
	if err != nil {
		return "", err
	}
	cmd := exec.CommandContext(ctx, node, "--version")
	cmd.Env = nodeEnv()
	out, err := cmd.Output()
	if err != nil {
		return "", fmt.Errorf("node --version: %w", err)
	}
	return strings.TrimSpace(string(out)), nil
}

// RunNode runs `node FILE` runs times (at most one run per CPU at a time) and groups the results
// into distinct outcomes by (stdout, exit code), most frequent first. Each run has the file's
// directory as working directory, the file's absolute path as argument, the clean environment of
// nodeEnv, and RunTimeout. stderr is normalized with NormalizeStderr against that directory.
//
// It fails if node is missing (wrapping ErrNodeNotFound), if a run times out, or if node is killed
// by a signal: a corpus program must end on its own.
func RunNode(ctx context.Context, file string, runs int) ([]Outcome, error) {
	return RunNodeWith(ctx, file, runs, NodeOptions{})
}

// NodeOptions add to the clean environment and command line of RunNodeWith.
type NodeOptions struct {
	Env  []string // K=V pairs added to nodeEnv's
	Args []string // arguments after the file name
}

// RunNodeWith is RunNode with extra environment variables and arguments, as
// `loopviz verify --env K=V FILE args...` passes them to both sides.
func RunNodeWith(ctx context.Context, file string, runs int, opt NodeOptions) ([]Outcome, error) {
	if runs < 1 {
		return nil, fmt.Errorf("RunNode %s: runs must be at least 1, got %d", file, runs)
	}
	node, err := nodePath()
	if err != nil {
		return nil, err
	}
	abs, err := filepath.Abs(file)
	if err != nil {
		return nil, err
	}
	if _, err := os.Stat(abs); err != nil {
		return nil, err
	}
	dir := filepath.Dir(abs)
	// Node prints the real path of the main module, so a symlinked corpus dir is normalized too.
	realDir, err := filepath.EvalSymlinks(dir)
	if err != nil {
		realDir = dir
	}

	type result struct {
		stdout, stderr string
		exit           int
		err            error
	}
	results := make([]result, runs)
	sem := make(chan struct{}, max(1, runtime.NumCPU()))
	var wg sync.WaitGroup
	for i := range runs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			stdout, stderr, exit, err := runOnce(ctx, node, abs, dir, opt)
			stderr = NormalizeStderr(NormalizeStderr(stderr, realDir), dir)
			results[i] = result{stdout, stderr, exit, err}
		}()
	}
	wg.Wait()

	var outcomes []Outcome
	for _, r := range results {
		if r.err != nil {
			return nil, r.err
		}
		if i := slices.IndexFunc(outcomes, func(o Outcome) bool {
			return o.Stdout == r.stdout && o.Exit == r.exit
		}); i >= 0 {
			outcomes[i].Seen++
			continue
		}
		outcomes = append(outcomes, Outcome{Stdout: r.stdout, Stderr: r.stderr, Exit: r.exit, Seen: 1})
	}
	sortOutcomes(outcomes)
	return outcomes, nil
}

// Compare says how a run's output differs from what node printed, or ""
// when it does not: stdout and the exit code must be the same, stderr the
// same in its essentials (StderrEssentials, with the run's paths under dir
// normalized as node's are). fatal tells stdout or the exit code apart from
// stderr alone.
func Compare(stdout, stderr string, exit int, want Outcome, dir string) (msg string, fatal bool) {
	if stdout != want.Stdout || exit != want.Exit {
		return fmt.Sprintf("output differs from node\n--- loopviz (exit %d)\n%s\n--- node (exit %d)\n%s\n--- loopviz stderr\n%s",
			exit, stdout, want.Exit, want.Stdout, stderr), true
	}
	got, wantErr := StderrEssentials(NormalizeStderr(stderr, dir)), StderrEssentials(want.Stderr)
	if !slices.Equal(got, wantErr) {
		return fmt.Sprintf("stderr essentials differ\n--- loopviz\n%s\n--- node\n%s", strings.Join(got, "\n"), strings.Join(wantErr, "\n")), false
	}
	return "", false
}

// runOnce runs file under node once. Output that is not valid UTF-8 has
// each bad byte replaced by U+FFFD, as the JSON of a recording stores it, so
// that a live run compares equal to its recording.
func runOnce(parent context.Context, node, file, dir string, opt NodeOptions) (stdout, stderr string, exit int, err error) {
	stdout, stderr, exit, err = runNodeOnce(parent, node, file, dir, opt)
	return validUTF8(stdout), validUTF8(stderr), exit, err
}

// validUTF8 replaces each byte of s that is not part of valid UTF-8 by
// U+FFFD, as encoding/json does.
func validUTF8(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 {
			b.WriteString("\uFFFD")
		} else {
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}

func runNodeOnce(parent context.Context, node, file, dir string, opt NodeOptions) (stdout, stderr string, exit int, err error) {
	ctx, cancel := context.WithTimeout(parent, RunTimeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, node, append([]string{file}, opt.Args...)...)
	cmd.Dir = dir
	cmd.Env = append(nodeEnv(), opt.Env...)
	var out, errOut bytes.Buffer
	cmd.Stdout = &out
	cmd.Stderr = &errOut
	runErr := cmd.Run()
	if err := parent.Err(); err != nil {
		return "", "", 0, fmt.Errorf("node %s: %w", filepath.Base(file), err)
	}
	if ctx.Err() != nil {
		return "", "", 0, fmt.Errorf("node %s: still running after %s (a corpus program must end by itself): %w",
			filepath.Base(file), RunTimeout, ctx.Err())
	}
	if runErr != nil {
		var exitErr *exec.ExitError
		if !errors.As(runErr, &exitErr) {
			return "", "", 0, fmt.Errorf("node %s: %w", filepath.Base(file), runErr)
		}
		if exitErr.ExitCode() < 0 {
			// Killed by a signal (a program that sends itself SIGTERM with no
			// listener): report the status a shell shows, 128 + the signal.
			if ws, ok := exitErr.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
				return out.String(), errOut.String(), 128 + int(ws.Signal()), nil
			}
			return "", "", 0, fmt.Errorf("node %s: %v\n%s", filepath.Base(file), exitErr, errOut.String())
		}
		return out.String(), errOut.String(), exitErr.ExitCode(), nil
	}
	return out.String(), errOut.String(), 0, nil
}

// Header returns the first line of a program with its "//" stripped: the one-line statement of
// what the program demonstrates.
func Header(src string) string {
	line, _, _ := strings.Cut(src, "\n")
	line = strings.TrimSpace(line)
	if !strings.HasPrefix(line, "//") {
		return ""
	}
	return strings.TrimSpace(strings.TrimPrefix(line, "//"))
}

// liveTries is how often RecheckLive runs node before calling a recording stale.
const liveTries = 3

// RecheckLive runs file under node and returns what it printed and the
// recorded outcome that matches, or nil. A run that matches no recorded
// outcome is retried (up to three runs in all): under a loaded machine, as
// when the whole test suite runs at once, a timing-sensitive program can come
// out differently once without its recording being stale.
func RecheckLive(ctx context.Context, file string, e *Expectation) (Outcome, *Outcome, error) {
	var live Outcome
	for range liveTries {
		outcomes, err := RunNode(ctx, file, 1)
		if err != nil {
			return Outcome{}, nil, err
		}
		live = outcomes[0]
		if rec := e.Find(live.Stdout, live.Exit); rec != nil {
			return live, rec, nil
		}
	}
	return live, nil, nil
}
