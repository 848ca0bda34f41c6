package runtime

import (
	"path/filepath"
	"sort"
	"strings"

	"github.com/dop251/goja"
	"github.com/loopviz/loopviz/runtime/prepare"
	"github.com/loopviz/loopviz/sim"
)

// Linking: each import becomes a getter on the importing module's import
// object that reads the exporter's binding when it is used (a live binding).

// linkESM gives every module of the graph its import bindings, or the
// SyntaxError of an import no module provides.
func (r *runner) linkESM(m *esModule, seen map[*esModule]bool) error {
	if seen[m] || m.kind != esmSource {
		return nil
	}
	seen[m] = true
	for _, d := range m.deps {
		if err := r.linkESM(d, seen); err != nil {
			return err
		}
	}
	if m.linked {
		return nil
	}
	for _, imp := range m.res.Imports {
		dep := m.bySpec[imp.Spec]
		for _, n := range imp.Names {
			var get func() goja.Value
			if n.Import == "*" {
				ns := r.namespaceOf(dep)
				get = func() goja.Value { return ns }
			} else {
				get = r.resolveExport(dep, n.Import, nil)
				if get == nil {
					return r.missingExport(m, imp, n, dep)
				}
			}
			r.defineImport(m.imp, n.Local, get)
		}
	}
	for _, e := range m.res.Exports {
		if e.From != "" && e.Import != "*" {
			if r.resolveExport(m.bySpec[e.From], e.Import, nil) == nil {
				return r.missingExport(m, prepare.Import{Spec: e.From, Off: e.Off}, prepare.ImportName{Import: e.Import, Local: e.Import, Off: e.Off}, m.bySpec[e.From])
			}
		}
	}
	m.linked = true
	return nil
}

// defineImport puts one live binding on a module's import object.
func (r *runner) defineImport(imp *goja.Object, local string, get func() goja.Value) {
	getter := r.fn("", 0, func(goja.FunctionCall) goja.Value {
		var v goja.Value
		if ex := r.rt.Try(func() { v = get() }); ex != nil {
			// goja words a binding read before its declaration without the
			// name; V8 names the import.
			if isTDZError(ex.Value()) {
				panic(r.newError("ReferenceError", "Cannot access '"+local+"' before initialization"))
			}
			panic(ex.Value())
		}
		return v
	})
	setter := r.fn("", 1, func(goja.FunctionCall) goja.Value {
		panic(r.newError("TypeError", "Assignment to constant variable."))
	})
	_ = imp.DefineAccessorProperty(local, getter, setter, goja.FLAG_FALSE, goja.FLAG_TRUE)
}

// missingExport is node's SyntaxError for an import no export matches.
func (r *runner) missingExport(m *esModule, imp prepare.Import, n prepare.ImportName, dep *esModule) error {
	msg := "The requested module '" + imp.Spec + "' does not provide an export named '" + n.Import + "'"
	if dep.kind == esmCommonJS {
		names := []string{}
		for _, x := range imp.Names {
			if x.Import != "default" && x.Import != "*" {
				names = append(names, x.Import)
			}
		}
		msg = "Named export '" + n.Import + "' not found. The requested module '" + imp.Spec + "' is a CommonJS module, which may not support all module.exports as named exports.\n" +
			"CommonJS modules can always be imported via the default export, for example using:\n\n" +
			"import pkg from '" + imp.Spec + "';\nconst { " + strings.Join(names, ", ") + " } = pkg;\n"
	}
	e := r.newError("SyntaxError", msg)
	stack := "SyntaxError: " + msg +
		"\n    at ModuleJob._instantiate (node:internal/modules/esm/module_job:213:21)" +
		"\n    at async ModuleJob.run (node:internal/modules/esm/module_job:320:5)" +
		"\n    at async ModuleLoader.import (node:internal/modules/esm/loader:606:24)" +
		"\n    at async asyncRunEntryPointWithESMLoader (node:internal/modules/run_main:117:5)"
	_ = e.DefineDataProperty("stack", r.rt.ToValue(stack), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	lines := r.sources[m.file]
	pos := lineColOf(lines, n.Off)
	src := ""
	if pos[0] >= 1 && pos[0] <= len(lines) {
		src = lines[pos[0]-1]
	}
	r.fatalSite = &throwSite{file: m.file, line: pos[0], col: pos[1], source: src, noGap: true, width: len(n.Import)}
	r.fatalSiteFor = e
	return &sim.Thrown{Value: e}
}

// lineColOf converts a byte offset into a 1-based line and column.
func lineColOf(lines []string, off int) [2]int {
	for i, l := range lines {
		if off <= len(l) {
			return [2]int{i + 1, utf16Column(l, off+1)}
		}
		off -= len(l) + 1
	}
	return [2]int{len(lines), 1}
}

// resolveExport is the spec's ResolveExport: a getter for the binding a
// module exports under name, or nil.
func (r *runner) resolveExport(m *esModule, name string, visiting map[*esModule]bool) func() goja.Value {
	switch m.kind {
	case esmBuiltin, esmJSON:
		if name == "default" {
			return func() goja.Value { return m.value }
		}
		if m.kind == esmBuiltin && containsString(m.names, name) {
			obj := m.value.(*goja.Object)
			return func() goja.Value { return obj.Get(name) }
		}
		return nil
	case esmCommonJS:
		if name == "default" {
			return func() goja.Value { return m.cjsValue() }
		}
		if containsString(m.names, name) {
			return func() goja.Value {
				if v, ok := m.snap[name]; ok && v != nil {
					return v
				}
				return goja.Undefined()
			}
		}
		return nil
	}
	if visiting == nil {
		visiting = map[*esModule]bool{}
	}
	if visiting[m] {
		return nil
	}
	visiting[m] = true
	if m.getter == nil {
		m.getter = map[string]func() goja.Value{}
	}
	if g, ok := m.getter[name]; ok {
		return g
	}
	for _, e := range m.res.Exports {
		if e.Name != name {
			continue
		}
		var g func() goja.Value
		switch {
		case e.From == "":
			if f, ok := m.locals[e.Name]; ok {
				g = func() goja.Value {
					v, err := f(goja.Undefined())
					r.rethrow(err)
					return v
				}
			}
		case e.Import == "*":
			dep := m.bySpec[e.From]
			g = func() goja.Value { return r.namespaceOf(dep) }
		default:
			g = r.resolveExport(m.bySpec[e.From], e.Import, visiting)
		}
		if g != nil {
			m.getter[name] = g
		}
		return g
	}
	if name == "default" {
		return nil
	}
	for _, s := range m.res.Stars {
		if g := r.resolveExport(m.bySpec[s.Spec], name, visiting); g != nil {
			m.getter[name] = g
			return g
		}
	}
	return nil
}

func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// exportNames is the spec's GetExportedNames.
func (r *runner) exportNames(m *esModule, seen map[*esModule]bool) []string {
	switch m.kind {
	case esmBuiltin, esmCommonJS:
		return append([]string{"default"}, m.names...)
	case esmJSON:
		return []string{"default"}
	}
	if seen[m] {
		return nil
	}
	seen[m] = true
	var out []string
	for _, e := range m.res.Exports {
		out = append(out, e.Name)
	}
	for _, s := range m.res.Stars {
		for _, n := range r.exportNames(m.bySpec[s.Spec], seen) {
			if n != "default" && !containsString(out, n) {
				out = append(out, n)
			}
		}
	}
	return out
}

// namespaceOf is a module's namespace object: null prototype, a live
// property per export in code-unit order, printed by util.inspect as
// [Module: null prototype].
func (r *runner) namespaceOf(m *esModule) *goja.Object {
	if m.ns != nil {
		return m.ns
	}
	names := r.exportNames(m, map[*esModule]bool{})
	sort.Strings(names)
	m.ns = r.rt.NewDynamicObject(&namespace{r: r, m: m, names: names})
	_ = m.ns.SetPrototype(nil)
	r.esm().namespaces[m.ns] = true
	return m.ns
}

// namespace is a module namespace exotic object.
type namespace struct {
	r     *runner
	m     *esModule
	names []string
}

func (n *namespace) Get(key string) goja.Value {
	if !containsString(n.names, key) {
		return nil
	}
	g := n.r.resolveExport(n.m, key, nil)
	if g == nil {
		return goja.Undefined()
	}
	var v goja.Value
	if ex := n.r.rt.Try(func() { v = g() }); ex != nil {
		if isTDZError(ex.Value()) {
			// Uninitialised (read early in a cycle): V8 names the export.
			panic(n.r.newError("ReferenceError", "Cannot access '"+key+"' before initialization"))
		}
		panic(ex.Value())
	}
	return v
}
func (n *namespace) Set(key string, _ goja.Value) bool {
	// Module code is strict: the assignment throws, worded as V8 does.
	panic(n.r.newError("TypeError", "Cannot assign to read only property '"+key+"' of object '[object Module]'"))
}
func (n *namespace) Has(key string) bool { return containsString(n.names, key) }
func (n *namespace) Delete(key string) bool {
	if containsString(n.names, key) {
		panic(n.r.newError("TypeError", "Cannot delete property '"+key+"' of [object Module]"))
	}
	return true
}
func (n *namespace) Keys() []string { return n.names }

// cjsValue is a CommonJS module's module.exports (after it ran).
func (m *esModule) cjsValue() goja.Value {
	if m.value == nil {
		return goja.Undefined()
	}
	return m.value
}

// importerFor is the __lv_i function of a module: import(spec) relative to
// it, with import.meta as its meta property.
func (r *runner) importerFor(m *esModule) *goja.Object {
	fn := r.fn("import", 1, func(c goja.FunctionCall) goja.Value {
		return r.dynamicImport(c.Argument(0), m)
	})
	meta := r.rt.NewObject()
	_ = meta.SetPrototype(nil)
	_ = meta.Set("dirname", filepath.Dir(m.file))
	_ = meta.Set("filename", m.file)
	_ = meta.Set("resolve", r.fn("resolve", 1, func(c goja.FunctionCall) goja.Value {
		spec := c.Argument(0).String()
		if _, ok := builtinModules[strings.TrimPrefix(spec, "node:")]; ok && !isPathSpec(spec) {
			return r.rt.ToValue("node:" + strings.TrimPrefix(spec, "node:"))
		}
		if isPathSpec(spec) {
			return r.rt.ToValue(fileURL(filepath.Join(filepath.Dir(m.file), spec)))
		}
		return r.rt.ToValue(spec)
	}))
	_ = meta.Set("url", m.url)
	_ = fn.Set("meta", meta)
	return fn
}

// isTDZError tells a ReferenceError for a binding read before its
// declaration ran, however goja or loopviz worded it.
func isTDZError(v goja.Value) bool {
	obj, ok := v.(*goja.Object)
	if !ok || obj.Get("message") == nil {
		return false
	}
	msg := obj.Get("message").String()
	return strings.HasPrefix(msg, "Cannot access ") && strings.HasSuffix(msg, " before initialization")
}
