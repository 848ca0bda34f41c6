package runtime

import (
	"encoding/json"
	"net/url"
	"os"
	"path/filepath"

	"github.com/dop251/goja"
	"github.com/loopviz/loopviz/runtime/prepare"
)

// ES modules. Package prepare turns each module's text into a generator that
// receives its imports as an object of getters (live bindings) and hands back
// a getter per export; this file builds the module graph, links it, and
// evaluates it the way the spec's cyclic module records do (depth-first,
// post-order, strongly connected components for cycles, top-level await
// making a module and its importers asynchronous), with Node 20's loader
// around it: the main module's file is read asynchronously, and the graph is
// evaluated from a promise job.

type esmStatus uint8

const (
	esmLinked esmStatus = iota
	esmEvaluating
	esmEvaluatingAsync
	esmEvaluated
)

type esmKind uint8

const (
	esmSource   esmKind = iota // an ES module file
	esmCommonJS                // a CommonJS file imported by an ES module
	esmBuiltin                 // node:fs and friends
	esmJSON                    // a JSON file imported with { type: 'json' }
)

// esModule is one module record of the graph.
type esModule struct {
	kind esmKind
	file string // absolute path; "node:name" for builtins
	url  string
	res  *prepare.ModuleResult

	deps   []*esModule          // requested modules, in request order, without repeats
	bySpec map[string]*esModule // each request's module, by specifier

	imp    *goja.Object                 // the import object the body sees through `with`
	gen    *goja.Object                 // the body's generator object
	locals map[string]goja.Callable     // local export getters, by exported name
	value  goja.Value                   // builtin, CommonJS or JSON: its exports
	names  []string                     // builtin and CommonJS: the named exports
	snap   map[string]goja.Value        // CommonJS: named exports as they were after it ran
	ns     *goja.Object                 // the namespace object, once made
	getter map[string]func() goja.Value // resolved bindings, by exported name

	status       esmStatus
	dfsIndex     int
	dfsAncestor  int
	hasTLA       bool
	asyncEval    bool
	asyncOrder   int
	pendingAsync int
	parents      []*esModule
	cycleRoot    *esModule
	evalErr      goja.Value
	failed       bool
	linked       bool
	top          *promise // the promise of an evaluation that started here, if any
	topResolve   func(goja.Value) error
	topReject    func(goja.Value) error
}

// esmState is the runner's module map and evaluation counters.
type esmState struct {
	modules    map[string]*esModule
	asyncOrder int
	main       *esModule
	mainDone   bool            // the entry's evaluation settled
	files      map[string]bool // files that are ES modules (stack traces show their URLs)
	namespaces map[*goja.Object]bool
	warnings   []string // MODULE_TYPELESS_PACKAGE_JSON warnings, emitted once the graph has run
}

func (r *runner) esm() *esmState {
	if r.esmS == nil {
		r.esmS = &esmState{modules: map[string]*esModule{}, files: map[string]bool{}, namespaces: map[*goja.Object]bool{}}
	}
	return r.esmS
}

// fileURL is the file: URL of an absolute path.
func fileURL(path string) string {
	return (&url.URL{Scheme: "file", Path: filepath.ToSlash(path)}).String()
}

// isESMFile tells whether a file is an ES module by its name and the nearest
// package.json, as node does: .mjs always, .cjs never, .js when the package
// says "type": "module".
func isESMFile(file string) bool {
	switch filepath.Ext(file) {
	case ".mjs":
		return true
	case ".js":
		return packageType(filepath.Dir(file)) == "module"
	}
	return false
}

// packageJSONOf is the path of the nearest package.json above dir.
func packageJSONOf(dir string) string {
	for {
		p := filepath.Join(dir, "package.json")
		if _, err := os.Stat(p); err == nil {
			return p
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

// packageType is the "type" of the nearest package.json above dir.
func packageType(dir string) string {
	for {
		if b, err := os.ReadFile(filepath.Join(dir, "package.json")); err == nil {
			var pj struct {
				Type string `json:"type"`
			}
			if json.Unmarshal(b, &pj) == nil {
				return pj.Type
			}
			return ""
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

// displayFile is how a file appears in stack traces: ES modules by URL.
func (r *runner) displayFile(file string) string {
	if r.esmS != nil && r.esmS.files[file] {
		return fileURL(file)
	}
	return file
}
