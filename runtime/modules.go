package runtime

import (
	"embed"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"

	"github.com/dop251/goja"
	"github.com/loopviz/loopviz/runtime/prepare"
	"github.com/loopviz/loopviz/sim"
)

// CommonJS modules: the user's files (read from disk next to the script),
// Node's built-in modules that loopviz models, and loopviz's own library code
// (embedded JavaScript, prepared like user code but without statement hooks).

//go:embed lib/*.js
var libFS embed.FS

// moduleFuncName is what prepared module wrappers are called; the stack
// rendering shows such frames as Node's "Object.<anonymous>".
const moduleFuncName = prepare.ModuleFunc

type module struct {
	id       string
	obj      *goja.Object // the `module` object
	loaded   bool
	children []*module
}

// builtinModules are the names require() accepts without a path, mapped to
// whether loopviz models them. The rest of Node's built-ins are known, so that
// requiring one says plainly that loopviz does not model it yet.
var builtinModules = map[string]bool{
	"events": true, "timers": true, "timers/promises": true, "util": true, "util/types": true, "process": true,
	"assert": true, "assert/strict": true, "async_hooks": false, "buffer": true, "child_process": true, "cluster": true,
	"console": true, "crypto": true, "dgram": false, "dns": true, "dns/promises": true, "fs": true, "fs/promises": true,
	"http": true, "http2": false, "https": false, "module": true, "net": true, "os": true,
	"path": true, "path/posix": true, "perf_hooks": true, "querystring": true, "readline": true, "readline/promises": true, "stream": true,
	"stream/promises": true, "string_decoder": true, "tls": false, "url": true, "v8": false,
	"vm": false, "worker_threads": true, "zlib": true,
	// The rest of node 20's built-ins: requiring one says loopviz does not
	// model it, rather than that it does not exist.
	"constants": false, "diagnostics_channel": false, "domain": false, "inspector": false, "inspector/promises": false,
	"path/win32": false, "punycode": false, "repl": false, "stream/consumers": false, "stream/web": false,
	"sys": false, "trace_events": false, "tty": false, "wasi": false,
}

// requireFor makes the require function of one module.
func (r *runner) requireFor(m *module, dir string, lib bool) *goja.Object {
	req := r.fn("require", 1, func(c goja.FunctionCall) goja.Value {
		spec := c.Argument(0)
		if _, ok := spec.Export().(string); !ok {
			panic(r.nodeError("TypeError", "ERR_INVALID_ARG_TYPE", "The \"id\" argument must be of type string. Received "+r.receivedDesc(spec)))
		}
		id := spec.String()
		if id == "" {
			panic(r.nodeError("TypeError", "ERR_INVALID_ARG_VALUE", "The argument 'id' must be a non-empty string. Received ''"))
		}
		return r.require(m, dir, id, lib)
	})
	// require.resolve(id): the file require(id) would load, or the built-in's name.
	_ = req.Set("resolve", r.fn("resolve", 2, func(c goja.FunctionCall) goja.Value {
		id := r.str(c.Argument(0))
		name := strings.TrimPrefix(id, "node:")
		if _, known := builtinModules[name]; known && (strings.HasPrefix(id, "node:") || !isPathSpec(id)) {
			return r.rt.ToValue(id)
		}
		if isPathSpec(id) {
			path := id
			if !filepath.IsAbs(path) {
				path = filepath.Join(dir, id)
			}
			if file := r.resolveFile(path); file != "" {
				return r.rt.ToValue(file)
			}
		}
		panic(r.moduleNotFound(id, m))
	}))
	return req
}

// require resolves and loads a module for the module m in directory dir.
func (r *runner) require(m *module, dir, id string, lib bool) goja.Value {
	name := strings.TrimPrefix(id, "node:")
	if lib && id == "loopviz:internal" {
		return r.internal
	}
	if modeled, known := builtinModules[name]; known && (strings.HasPrefix(id, "node:") || !isPathSpec(id)) {
		if !modeled {
			panic(r.nodeError("Error", "ERR_LOOPVIZ_UNSUPPORTED", "loopviz does not model require('"+id+"') yet: it models the event loop with timers, promises, events, process, fs, crypto, zlib, dns, net, http, stream, buffer, util, path, assert, os, worker_threads, child_process and cluster. Rewrite the program without it, or run it under node"))
		}
		return r.builtin(name)
	}
	if !isPathSpec(id) {
		panic(r.moduleNotFound(id, m))
	}
	path := id
	if !filepath.IsAbs(path) {
		path = filepath.Join(dir, id)
	}
	file := r.resolveFile(path)
	if file == "" {
		panic(r.moduleNotFound(id, m))
	}
	if cached, ok := r.modules[file]; ok {
		return cached.obj.Get("exports")
	}
	if isESMFile(file) || filepath.Ext(file) == ".js" && packageType(filepath.Dir(file)) == "" && r.looksLikeESM(file) {
		return r.requireESM(file, m)
	}
	child, err := r.loadFile(file, m)
	if err != nil {
		r.rethrow(err)
	}
	return child.obj.Get("exports")
}

func isPathSpec(id string) bool {
	return strings.HasPrefix(id, "./") || strings.HasPrefix(id, "../") || strings.HasPrefix(id, "/") || id == "." || id == ".."
}

// resolveFile applies Node's file resolution: the exact file, then .js and
// .json, then a directory's index.js.
func (r *runner) resolveFile(path string) string {
	for _, cand := range []string{path, path + ".js", path + ".json", filepath.Join(path, "index.js"), filepath.Join(path, "index.json")} {
		if st, err := os.Stat(cand); err == nil && !st.IsDir() {
			return cand
		}
	}
	return ""
}

func (r *runner) moduleNotFound(id string, from *module) *goja.Object {
	stack := []string{}
	for p := from; p != nil; {
		stack = append(stack, p.id)
		break
	}
	msg := "Cannot find module '" + id + "'\nRequire stack:\n- " + strings.Join(stack, "\n- ")
	e := r.nodeError("Error", "", msg)
	_ = e.Set("code", "MODULE_NOT_FOUND")
	// A JavaScript array: a Go slice through ToValue inspects with its
	// indices as extra keys ([ 'a.js', '0': 'a.js' ]).
	items := make([]any, len(stack))
	for i, s := range stack {
		items[i] = s
	}
	_ = e.Set("requireStack", r.rt.NewArray(items...))
	return e
}

// newModule builds a `module` object.
func (r *runner) newModule(file string, parent *module) *module {
	obj := r.rt.NewObject()
	m := &module{id: file, obj: obj}
	_ = obj.Set("id", file)
	if parent == nil {
		_ = obj.Set("id", ".")
	}
	_ = obj.Set("path", filepath.Dir(file))
	_ = obj.Set("exports", r.rt.NewObject())
	_ = obj.Set("filename", file)
	_ = obj.Set("loaded", false)
	_ = obj.Set("children", r.rt.NewArray())
	_ = obj.Set("paths", r.rt.NewArray())
	if parent != nil {
		parent.children = append(parent.children, m)
		if ch, ok := parent.obj.Get("children").(*goja.Object); ok {
			if push, ok := goja.AssertFunction(ch.Get("push")); ok {
				_, _ = push(ch, obj)
			}
		}
	}
	r.modules[file] = m
	return m
}

// loadFile reads, prepares and runs a user module. A JSON file becomes its
// parsed value.
func (r *runner) loadFile(file string, parent *module) (*module, error) {
	src, err := ReadSource(file)
	if err != nil {
		return nil, &sim.Thrown{Value: r.newError("Error", err.Error())}
	}
	m := r.newModule(file, parent)
	if strings.HasSuffix(file, ".json") {
		var v goja.Value
		if ex := r.rt.Try(func() {
			parse, _ := goja.AssertFunction(r.rt.Get("JSON").ToObject(r.rt).Get("parse"))
			v, err = parse(goja.Undefined(), r.rt.ToValue(string(src)))
			r.rethrow(err)
		}); ex != nil {
			delete(r.modules, file)
			return nil, &sim.Thrown{Value: ex.Value()}
		}
		_ = m.obj.Set("exports", v)
		m.loaded = true
		return m, nil
	}
	if err := r.runModule(m, file, validUTF8(src), false, parent); err != nil {
		return nil, err
	}
	return m, nil
}

// compiled is a prepared and compiled module.
type compiled struct {
	prg    *goja.Program
	stmts  []prepare.Pos
	source string // the text positions refer to (without a BOM)
	dynImp bool   // the module calls import()
}

// libPrograms caches loopviz's library modules, compiled once per process:
// a goja Program is immutable and can run in any number of runtimes.
var libPrograms sync.Map // name -> *compiled

// compile prepares and compiles a module's source.
func compile(file, src string, lib bool) (*compiled, error) {
	if lib {
		if c, ok := libPrograms.Load(file); ok {
			return c.(*compiled), nil
		}
	}
	res, err := prepare.CommonJS(file, src, prepare.Options{Hooks: !lib})
	if err != nil {
		return nil, err
	}
	prg := res.Compiled
	if prg == nil {
		if prg, err = goja.CompileAST(res.Program, false); err != nil {
			return nil, err
		}
	}
	c := &compiled{prg: prg, stmts: res.Stmts, source: res.Source, dynImp: res.DynamicImport}
	if lib {
		libPrograms.Store(file, c)
	}
	return c, nil
}

// runModule prepares and evaluates one module's source.
func (r *runner) runModule(m *module, file, src string, lib bool, parent *module) error {
	c, err := compile(file, src, lib)
	if err != nil {
		var se *prepare.SyntaxError
		var ue *prepare.UnsupportedError
		var ie *prepare.InternalError
		var ne *prepare.NestingError
		var le *prepare.TooLargeError
		if errors.As(err, &se) || errors.As(err, &ue) || errors.As(err, &ie) || errors.As(err, &ne) || errors.As(err, &le) {
			return r.prepareError(file, err)
		}
		return &sim.Thrown{Value: r.newError("SyntaxError", err.Error())}
	}
	prg := c.prg
	res := c
	lv := r.lv
	if !lib {
		r.sources[file] = strings.Split(strings.ReplaceAll(c.source, "\r\n", "\n"), "\n")
		base := len(r.world.Trace.Stmts)
		for _, p := range res.stmts {
			r.world.Trace.Stmts = append(r.world.Trace.Stmts, sim.StmtPos{File: file, Line: int32(p.Line), Col: int32(p.Col)})
		}
		lv = r.moduleLV(base)
		if c.dynImp {
			if lv == r.lv {
				lv = r.rt.CreateObject(r.lv)
			}
			_ = lv.Set("i", r.importerFor(&esModule{kind: esmCommonJS, file: file, url: fileURL(file)}))
		}
	}
	var wrapper goja.Value
	if ex := r.rt.Try(func() {
		v, err := r.rt.RunProgram(prg)
		r.rethrow(err)
		wrapper = v
	}); ex != nil {
		return &sim.Thrown{Value: ex.Value()}
	}
	fn, ok := goja.AssertFunction(wrapper)
	if !ok {
		return errors.New("loopviz: internal error: prepared module is not a function")
	}
	exports := m.obj.Get("exports")
	req := r.requireFor(m, filepath.Dir(file), lib)
	if parent == nil && !lib {
		_ = req.Set("main", m.obj)
	} else if r.mainModule != nil {
		_ = req.Set("main", r.mainModule.obj)
	}
	_, err = fn(exports, exports, req, m.obj, r.rt.ToValue(file), r.rt.ToValue(filepath.Dir(file)), lv)
	if err != nil {
		if !lib {
			delete(r.modules, file)
		}
		return r.jsErr(err)
	}
	m.loaded = true
	_ = m.obj.Set("loaded", true)
	return nil
}

// moduleLV is the __lv object of one user module: its statement hook adds the
// module's offset into the run's statement table.
func (r *runner) moduleLV(base int) *goja.Object {
	if base == 0 {
		return r.lv
	}
	lv := r.rt.CreateObject(r.lv)
	hook := r.lv.Get("s").(*goja.Object)
	hookFn, _ := goja.AssertFunction(hook)
	_ = lv.Set("s", func(c goja.FunctionCall) goja.Value {
		v, err := hookFn(goja.Undefined(), r.rt.ToValue(c.Argument(0).ToInteger()+int64(base)))
		r.rethrow(err)
		return v
	})
	return lv
}

// prepareError turns a preparation failure into what the program sees.
func (r *runner) prepareError(file string, err error) error {
	var se *prepare.SyntaxError
	if errors.As(err, &se) {
		e := r.newError("SyntaxError", se.Message)
		// Node compiles the module in wrapSafe, under Module._compile.
		stack := "SyntaxError: " + se.Message +
			"\n    at wrapSafe (node:internal/modules/cjs/loader:1464:18)" +
			"\n    at Module._compile (node:internal/modules/cjs/loader:1495:20)" +
			"\n    at Module._extensions..js (node:internal/modules/cjs/loader:1623:10)" +
			"\n    at Module.load (node:internal/modules/cjs/loader:1266:32)" +
			"\n    at Module._load (node:internal/modules/cjs/loader:1091:12)" +
			"\n    at Function.executeUserEntryPoint [as runMain] (node:internal/modules/run_main:164:12)" +
			"\n    at node:internal/main/run_main_module:28:49"
		_ = e.DefineDataProperty("stack", r.rt.ToValue(stack), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
		r.fatalSite = &throwSite{file: file, line: se.Line, col: se.Col, source: se.SourceLine, showCol: true}
		r.fatalSiteFor = e
		return &sim.Thrown{Value: e}
	}
	var ne *prepare.NestingError
	if errors.As(err, &ne) {
		// V8 runs out of parser stack on deep nesting and says so as a
		// RangeError, before any of the module runs.
		e := r.newError("RangeError", "Maximum call stack size exceeded")
		stack := "RangeError: Maximum call stack size exceeded" +
			"\n    at wrapSafe (node:internal/modules/cjs/loader:1464:18)" +
			"\n    at Module._compile (node:internal/modules/cjs/loader:1495:20)"
		_ = e.DefineDataProperty("stack", r.rt.ToValue(stack), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
		r.fatalSite = &throwSite{file: file, line: ne.Line, col: ne.Col, source: ne.SourceLine}
		r.fatalSiteFor = e
		return &sim.Thrown{Value: e}
	}
	var le *prepare.TooLargeError
	if errors.As(err, &le) {
		return &sim.Stop{Reason: "memory", Message: le.Error()}
	}
	var ue *prepare.UnsupportedError
	if errors.As(err, &ue) {
		return &sim.Stop{Reason: "unsupported", Message: ue.Error()}
	}
	return &sim.Stop{Reason: "internal", Message: err.Error()}
}

// runMain loads the main module.
func (r *runner) runMain(file string, src []byte) error {
	m := r.newModule(file, nil)
	r.mainModule = m
	return r.runModule(m, file, validUTF8(src), false, nil)
}

// builtin returns the exports of a modeled built-in module.
func (r *runner) builtin(name string) goja.Value {
	if v, ok := r.builtins[name]; ok {
		return v
	}
	var v goja.Value
	switch name {
	case "events", "util", "timers/promises", "path", "assert", "dns", "stream", "net", "http", "crypto", "zlib":
		v = r.loadLib(strings.ReplaceAll(name, "/", "_"), "node:"+name)
	case "url", "querystring", "string_decoder", "readline":
		v = r.loadLib(name, "node:"+name)
	case "readline/promises":
		v = r.builtin("readline").ToObject(r.rt).Get("promises")
	case "buffer":
		v = r.bufferModule()
	case "util/types":
		v = r.builtin("util").ToObject(r.rt).Get("types")
	case "path/posix":
		v = r.builtin("path")
	case "stream/promises":
		v = r.builtin("stream").ToObject(r.rt).Get("promises")
	case "fs":
		v = r.loadLib("fs", "node:fs")
	case "fs/promises":
		v = r.builtin("fs").ToObject(r.rt).Get("promises")
	case "dns/promises":
		v = r.builtin("dns").ToObject(r.rt).Get("promises")
	case "assert/strict":
		v = r.builtin("assert").ToObject(r.rt).Get("strict")
	case "os":
		v = r.osModule()
	case "perf_hooks":
		v = r.loadLib("perf_hooks", "node:perf_hooks")
	case "timers":
		o := r.rt.NewObject()
		for _, fn := range []string{"setTimeout", "clearTimeout", "setInterval", "clearInterval", "setImmediate", "clearImmediate"} {
			_ = o.Set(fn, r.timerFns[fn])
		}
		_ = o.Set("promises", r.builtin("timers/promises"))
		v = o
	case "worker_threads":
		v = r.loadLib("worker_threads", "node:worker_threads")
	case "child_process":
		v = r.loadLib("child_process", "node:child_process")
	case "module":
		v = r.moduleModule()
	case "cluster":
		v = r.loadLib("cluster", "node:cluster")
	case "process":
		v = r.process
	case "console":
		v = r.rt.Get("console")
	}
	r.fillSurface(name, v)
	r.builtins[name] = v
	return v
}

// loadLib evaluates one of loopviz's embedded library modules.
func (r *runner) loadLib(file, name string) goja.Value {
	src, err := libFS.ReadFile("lib/" + file + ".js")
	if err != nil {
		panic("loopviz: missing library " + file)
	}
	m := &module{id: name, obj: r.rt.NewObject()}
	_ = m.obj.Set("exports", r.rt.NewObject())
	if err := r.runModule(m, name, string(src), true, nil); err != nil {
		if th, ok := err.(*sim.Thrown); ok {
			panic(th.Value)
		}
		panic(err)
	}
	return m.obj.Get("exports")
}

// moduleModule is node:module, as far as ES modules need it: createRequire
// (a require function for a file, the usual way to require from an ES
// module), builtinModules and isBuiltin.
func (r *runner) moduleModule() goja.Value {
	o := r.rt.NewObject()
	_ = o.Set("createRequire", r.fn("createRequire", 1, func(c goja.FunctionCall) goja.Value {
		arg := c.Argument(0)
		file := r.str(arg)
		if obj, ok := arg.(*goja.Object); ok {
			if href := obj.Get("href"); href != nil && !goja.IsUndefined(href) {
				file = href.String()
			}
		}
		if u, ok := strings.CutPrefix(file, "file://"); ok {
			file = u
		}
		if !filepath.IsAbs(file) {
			panic(r.nodeError("TypeError", "ERR_INVALID_ARG_VALUE", "The argument 'filename' must be a file URL object, file URL string, or absolute path string. Received "+r.receivedDesc(arg)))
		}
		m := &module{id: file, obj: r.rt.NewObject()}
		_ = m.obj.Set("exports", r.rt.NewObject())
		return r.requireFor(m, filepath.Dir(file), false)
	}))
	var names []string
	for name := range builtinModules {
		names = append(names, name)
	}
	slices.Sort(names)
	_ = o.Set("builtinModules", r.rt.ToValue(names))
	_ = o.Set("isBuiltin", r.fn("isBuiltin", 1, func(c goja.FunctionCall) goja.Value {
		_, ok := builtinModules[strings.TrimPrefix(r.str(c.Argument(0)), "node:")]
		return r.rt.ToValue(ok)
	}))
	return o
}
