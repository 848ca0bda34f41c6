package runtime

import (
	"bytes"
	"errors"
	"net/url"
	"os"
	"path/filepath"
	"strings"

	"github.com/dop251/goja"
	"github.com/loopviz/loopviz/runtime/prepare"
	"github.com/loopviz/loopviz/sim"
)

// Loading an ES module graph: resolving specifiers as node does, reading and
// preparing each file, and instantiating each module (its hoisted functions
// and export getters exist before any module of the graph runs).

// loadESM loads a module file and everything it imports (not yet linked).
func (r *runner) loadESM(file string, src []byte) (*esModule, error) {
	st := r.esm()
	if m, ok := st.modules[file]; ok {
		return m, nil
	}
	if src == nil {
		var err error
		if src, err = ReadSource(file); err != nil {
			return nil, &sim.Thrown{Value: r.newError("Error", err.Error())}
		}
	}
	res, err := prepare.ESModule(file, validUTF8(src), prepare.Options{Hooks: true})
	if err != nil {
		return nil, r.esmPrepareError(file, err)
	}
	if filepath.Ext(file) == ".js" && packageType(filepath.Dir(file)) == "" {
		if pj := packageJSONOf(filepath.Dir(file)); pj != "" {
			// Node found module syntax in a .js file its package.json does not type.
			st.warnings = append(st.warnings, "Module type of "+fileURL(file)+" is not specified and it doesn't parse as CommonJS.\n"+
				"Reparsing as ES module because module syntax was detected. This incurs a performance overhead.\n"+
				"To eliminate this warning, add \"type\": \"module\" to "+pj+".")
		}
	}
	m := &esModule{kind: esmSource, file: file, url: fileURL(file), res: res, bySpec: map[string]*esModule{}, hasTLA: res.TopLevelAwait}
	st.modules[file] = m
	st.files[file] = true
	r.sources[file] = strings.Split(strings.ReplaceAll(res.Source, "\r\n", "\n"), "\n")
	if err := r.instantiateESM(m); err != nil {
		return nil, err
	}
	for _, req := range res.Requests {
		if _, ok := m.bySpec[req.Spec]; ok {
			continue
		}
		dep, err := r.resolveESM(req, m)
		if err != nil {
			return nil, err
		}
		m.bySpec[req.Spec] = dep
		if !containsModule(m.deps, dep) {
			m.deps = append(m.deps, dep)
		}
	}
	return m, nil
}

func containsModule(list []*esModule, m *esModule) bool {
	for _, x := range list {
		if x == m {
			return true
		}
	}
	return false
}

// esmPrepareError turns a preparation error into what node reports: a
// SyntaxError shown with the file's URL.
func (r *runner) esmPrepareError(file string, err error) error {
	var se *prepare.SyntaxError
	if errors.As(err, &se) {
		e := r.newError("SyntaxError", se.Message)
		stack := "SyntaxError: " + se.Message +
			"\n    at compileSourceTextModule (node:internal/modules/esm/utils:346:16)" +
			"\n    at ModuleLoader.moduleStrategy (node:internal/modules/esm/translators:146:18)" +
			"\n    at #translate (node:internal/modules/esm/loader:497:12)" +
			"\n    at ModuleLoader.loadAndTranslate (node:internal/modules/esm/loader:544:27)" +
			"\n    at async ModuleJob._link (node:internal/modules/esm/module_job:148:19)"
		_ = e.DefineDataProperty("stack", r.rt.ToValue(stack), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
		r.fatalSite = &throwSite{file: file, line: se.Line, col: se.Col, source: se.SourceLine, width: se.Len}
		r.fatalSiteFor = e
		return &sim.Thrown{Value: e}
	}
	return r.prepareError(file, err)
}

// resolveESM finds (and loads) the module a specifier names.
func (r *runner) resolveESM(req prepare.Import, from *esModule) (*esModule, error) {
	spec := req.Spec
	name := strings.TrimPrefix(spec, "node:")
	if modeled, known := builtinModules[name]; known && (strings.HasPrefix(spec, "node:") || !isPathSpec(spec)) {
		if !modeled {
			return nil, &sim.Thrown{Value: r.nodeError("Error", "ERR_LOOPVIZ_UNSUPPORTED", "loopviz does not model import '"+spec+"' yet: it models the event loop with timers, promises, events, process, fs, crypto, zlib, dns, net, http, stream, buffer, util, path, assert and os. Rewrite the program without it, or run it under node")}
		}
		return r.builtinESM(name), nil
	}
	var path string
	switch {
	case strings.HasPrefix(spec, "file://"):
		u, err := url.Parse(spec)
		if err != nil {
			return nil, r.moduleNotFoundESM(spec, spec, from, false)
		}
		path = u.Path
	case strings.HasPrefix(spec, "/"):
		path = filepath.Clean(spec)
	case isPathSpec(spec):
		path = filepath.Join(filepath.Dir(from.file), spec)
	default:
		return nil, r.moduleNotFoundESM(spec, "", from, true)
	}
	st, err := os.Stat(path)
	if err != nil {
		return nil, r.moduleNotFoundESM(spec, path, from, false)
	}
	if st.IsDir() {
		e := r.nodeError("Error", "ERR_UNSUPPORTED_DIR_IMPORT", "Directory import '"+path+"' is not supported resolving ES modules imported from "+from.file)
		_ = e.Set("url", fileURL(path))
		return nil, &sim.Thrown{Value: e}
	}
	switch filepath.Ext(path) {
	case ".json":
		if req.Type != "json" {
			e := r.nodeError("TypeError", "ERR_IMPORT_ASSERTION_TYPE_MISSING", "Module \""+fileURL(path)+"\" needs an import attribute of type \"json\"")
			stack := "TypeError [ERR_IMPORT_ASSERTION_TYPE_MISSING]: Module \"" + fileURL(path) + "\" needs an import attribute of type \"json\"" +
				"\n    at validateAttributes (node:internal/modules/esm/assert:89:15)" +
				"\n    at defaultLoad (node:internal/modules/esm/load:155:3)" +
				"\n    at async ModuleLoader.loadAndTranslate (node:internal/modules/esm/loader:543:45)"
			_ = e.DefineDataProperty("stack", r.rt.ToValue(stack), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
			r.fatalSite = &throwSite{file: "node:internal/modules/esm/assert", line: 89, col: 15, source: "        throw new ERR_IMPORT_ASSERTION_TYPE_MISSING(url, validType);"}
			r.fatalSiteFor = e
			return nil, &sim.Thrown{Value: e}
		}
		return r.jsonESM(path)
	case ".cjs":
		return r.commonJSESM(path)
	case ".mjs":
		return r.loadESM(path, nil)
	case ".js":
		if packageType(filepath.Dir(path)) == "module" || r.looksLikeESM(path) {
			return r.loadESM(path, nil)
		}
		return r.commonJSESM(path)
	}
	e := r.nodeError("TypeError", "ERR_UNKNOWN_FILE_EXTENSION", "Unknown file extension \""+filepath.Ext(path)+"\" for "+path)
	return nil, &sim.Thrown{Value: e}
}

// looksLikeESM is node 20's syntax detection for a .js file outside a typed
// package: a file CommonJS cannot parse because of import/export syntax (or
// top-level await) runs as an ES module.
func (r *runner) looksLikeESM(path string) bool {
	src, err := ReadSource(path)
	if err != nil {
		return false
	}
	return looksLikeESMText(path, src)
}

func looksLikeESMText(path string, src []byte) bool {
	if !bytes.Contains(src, []byte("import")) && !bytes.Contains(src, []byte("export")) && !bytes.Contains(src, []byte("await")) {
		return false // no module syntax possible: spare the CommonJS run a second preparation
	}
	_, err := prepare.CommonJS(path, validUTF8(src), prepare.Options{})
	var se *prepare.SyntaxError
	if !errors.As(err, &se) {
		return false
	}
	if se.ModuleSyntax {
		return true
	}
	// What CommonJS cannot parse but a module can is module syntax (a top-level await
	// beside an export, say): node retries the file as an ES module.
	_, err = prepare.ESModule(path, validUTF8(src), prepare.Options{})
	return err == nil
}

// moduleNotFoundESM is node's ERR_MODULE_NOT_FOUND.
func (r *runner) moduleNotFoundESM(spec, path string, from *esModule, pkg bool) error {
	var e *goja.Object
	var msg, first string
	if pkg {
		msg = "Cannot find package '" + spec + "' imported from " + from.file
		e = r.nodeError("Error", "ERR_MODULE_NOT_FOUND", msg)
		r.fatalSite = &throwSite{file: "node:internal/modules/esm/resolve", line: 873, col: 9, source: "  throw new ERR_MODULE_NOT_FOUND(packageName, fileURLToPath(base), null);"}
		first = "\n    at packageResolve (node:internal/modules/esm/resolve:873:9)" +
			"\n    at moduleResolve (node:internal/modules/esm/resolve:946:18)"
	} else {
		msg = "Cannot find module '" + path + "' imported from " + from.file
		e = r.nodeError("Error", "ERR_MODULE_NOT_FOUND", msg)
		_ = e.Set("url", fileURL(path))
		r.fatalSite = &throwSite{file: "node:internal/modules/esm/resolve", line: 283, col: 11, source: "    throw new ERR_MODULE_NOT_FOUND("}
		first = "\n    at finalizeResolution (node:internal/modules/esm/resolve:283:11)" +
			"\n    at moduleResolve (node:internal/modules/esm/resolve:952:10)"
	}
	stack := "Error [ERR_MODULE_NOT_FOUND]: " + msg + first +
		"\n    at defaultResolve (node:internal/modules/esm/resolve:1188:11)" +
		"\n    at ModuleLoader.defaultResolve (node:internal/modules/esm/loader:708:12)" +
		"\n    at #cachedDefaultResolve (node:internal/modules/esm/loader:657:25)" +
		"\n    at ModuleLoader.resolve (node:internal/modules/esm/loader:640:38)" +
		"\n    at ModuleLoader.getModuleJobForImport (node:internal/modules/esm/loader:264:38)" +
		"\n    at ModuleJob._link (node:internal/modules/esm/module_job:168:49)"
	_ = e.DefineDataProperty("stack", r.rt.ToValue(stack), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	r.fatalSiteFor = e
	return &sim.Thrown{Value: e}
}

// builtinESM is the module record of a built-in: its exports object as the
// default export, and each of its own properties as a named export.
func (r *runner) builtinESM(name string) *esModule {
	st := r.esm()
	key := "node:" + name
	if m, ok := st.modules[key]; ok {
		return m
	}
	v := r.builtin(name)
	m := &esModule{kind: esmBuiltin, file: key, url: key, value: v, status: esmEvaluated}
	if obj, ok := v.(*goja.Object); ok {
		for _, k := range obj.Keys() {
			if k != "default" {
				m.names = append(m.names, k)
			}
		}
	}
	st.modules[key] = m
	return m
}

// jsonESM is a JSON module: its parsed value as the default export.
func (r *runner) jsonESM(path string) (*esModule, error) {
	st := r.esm()
	if m, ok := st.modules[path]; ok {
		return m, nil
	}
	src, err := ReadSource(path)
	if err != nil {
		return nil, &sim.Thrown{Value: r.newError("Error", err.Error())}
	}
	var v goja.Value
	if ex := r.rt.Try(func() {
		parse, _ := goja.AssertFunction(r.rt.Get("JSON").ToObject(r.rt).Get("parse"))
		v, err = parse(goja.Undefined(), r.rt.ToValue(string(src)))
		r.rethrow(err)
	}); ex != nil {
		return nil, &sim.Thrown{Value: ex.Value()}
	}
	m := &esModule{kind: esmJSON, file: path, url: fileURL(path), value: v, status: esmEvaluated}
	st.modules[path] = m
	return m, nil
}

// commonJSESM is a CommonJS file imported by an ES module: it runs when the
// graph evaluates it (in post-order, like any module), its module.exports is
// the default export, and the names node's static analysis finds in its text
// are named exports.
func (r *runner) commonJSESM(path string) (*esModule, error) {
	st := r.esm()
	if m, ok := st.modules[path]; ok {
		return m, nil
	}
	src, err := ReadSource(path)
	if err != nil {
		return nil, &sim.Thrown{Value: r.newError("Error", err.Error())}
	}
	m := &esModule{kind: esmCommonJS, file: path, url: fileURL(path), names: cjsExportNames(string(src))}
	st.modules[path] = m
	return m, nil
}

// instantiateESM runs a module's prepared function up to its first yield:
// hoisted functions exist and its export getters are known.
func (r *runner) instantiateESM(m *esModule) error {
	c := m.res
	base := len(r.world.Trace.Stmts)
	for _, p := range c.Stmts {
		r.world.Trace.Stmts = append(r.world.Trace.Stmts, sim.StmtPos{File: m.file, Line: int32(p.Line), Col: int32(p.Col)})
	}
	lv := r.moduleLV(base)
	m.imp = r.rt.NewObject()
	_ = m.imp.SetPrototype(nil)
	m.locals = map[string]goja.Callable{}
	exportsFn := r.fn("", 1, func(call goja.FunctionCall) goja.Value {
		obj := call.Argument(0).ToObject(r.rt)
		for _, k := range obj.Keys() {
			if f, ok := goja.AssertFunction(obj.Get(k)); ok {
				m.locals[k] = f
			}
		}
		return goja.Undefined()
	})
	importer := r.importerFor(m)
	if ex := r.rt.Try(func() {
		v, e := r.rt.RunProgram(c.Compiled)
		r.rethrow(e)
		wrapper, _ := goja.AssertFunction(v)
		genFn, e := wrapper(goja.Undefined(), m.imp, importer, exportsFn, lv)
		r.rethrow(e)
		mk, _ := goja.AssertFunction(genFn)
		g, e := mk(goja.Undefined())
		r.rethrow(e)
		m.gen = g.(*goja.Object)
		next, _ := goja.AssertFunction(m.gen.Get("next"))
		_, e = next(m.gen)
		r.rethrow(e)
	}); ex != nil {
		return &sim.Thrown{Value: ex.Value()}
	}
	return nil
}

// emitCodedWarning is process.emitWarning(message, { code }).
func (r *runner) emitCodedWarning(message, code string) {
	if r.process == nil {
		return
	}
	if fn, ok := goja.AssertFunction(r.process.Get("emitWarning")); ok {
		_, err := fn(r.process, r.rt.ToValue(message), r.rt.ToValue("Warning"), r.rt.ToValue(code))
		if err := r.jsErr(err); err != nil {
			if _, thrown := err.(*sim.Thrown); !thrown {
				r.interrupt(err)
			}
		}
	}
}
