package runtime

import (
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"github.com/dop251/goja"
	"github.com/loopviz/loopviz/runtime/prepare"
	"github.com/loopviz/loopviz/sim"
)

// Evaluating ES modules: node 20's loader around the spec's algorithm for
// cyclic module records.

// esmReadCost is the threadpool time the loader spends reading one module file.
const esmReadCost = 60 * sim.Microsecond

// startESMain is the main phase of an ES module entry: node's ES module
// loader starts reading the file; the module runs later, from a promise job.
func (r *runner) startESMain(file string, src []byte) error {
	st := r.esm()
	st.files[file] = true
	short := shortPath(file)
	work := r.loop.NewEntry(sim.Entry{Kind: sim.EntryWork, Label: "ES module loader: read " + short})
	done := r.loop.NewEntry(sim.Entry{Kind: sim.EntryIO, Label: "ES module loader: " + short + " read, link its imports"})
	r.loop.Record(sim.KindAPI, short+" is an ES module: the loader reads it asynchronously",
		"Node hands an ES module entry to its ES module loader, which reads the file (and every file it imports) asynchronously: nothing of the module runs in this first turn.")
	r.submitWork(work, esmReadCost, sim.Task{Entry: done, Fn: func() error {
		m, err := r.loadESM(file, src)
		if err == nil {
			err = r.linkESM(m, map[*esModule]bool{})
		}
		if err != nil {
			return err
		}
		st.main = m
		r.queueEvaluation(m, "evaluate ES module "+short, func(v goja.Value, failed, later bool) error {
			st.mainDone = true
			if failed {
				// The loader learns of the failure through promise reactions:
				// node reports a throw of the first run three microtasks
				// later, a rejected top-level await four after it rejected
				// (two of them are the evaluation's own reactions here).
				hops := 3
				if later {
					hops = 2
				}
				r.explainESMError(v)
				r.afterHops(hops, "ES module loader: "+short+" failed", func() error {
					if !isErrorLike(v) {
						// A thrown non-error has no stack: node shows where its
						// loader rethrew it.
						r.fatalSite = &throwSite{file: "node:internal/modules/run_main", line: 123, col: 5, source: "    triggerUncaughtException("}
						r.fatalSiteFor = v
					}
					return r.loop.ReportException(v)
				})
			}
			return nil
		})
		return nil
	}})
	return nil
}

// dynamicImport is import(spec): a promise of the module's namespace. Node
// loads a module it has not seen asynchronously (a file read), then evaluates
// it from a promise job, as it does the entry.
func (r *runner) dynamicImport(specV goja.Value, from *esModule) goja.Value {
	p := r.newPromise()
	resolve, reject := r.resolvingFunctions(p)
	spec := r.str(specV)
	// finish evaluates the module from a promise job and settles the import
	// extra microtasks later (the loader's own reactions: 4 after a module it
	// has just read, observed in node).
	finish := func(dep *esModule, extra int) {
		r.queueEvaluation(dep, "evaluate "+shortPath(dep.file)+" for import()", func(v goja.Value, failed, later bool) error {
			if later && extra > 0 {
				extra-- // one of them is the evaluation's own reaction here
			}
			settle := func() error {
				if failed {
					return reject(v)
				}
				return resolve(r.namespaceOf(dep))
			}
			if extra == 0 {
				return settle()
			}
			r.afterHops(extra, "import('"+spec+"'): the loader passes the module on", settle)
			return nil
		})
	}
	fail := func(err error) error {
		if th, ok := err.(*sim.Thrown); ok {
			r.fatalSite = nil
			return reject(th.Value.(goja.Value))
		}
		return err
	}
	// Resolution needs no file read: a specifier that names no file fails
	// within the microtask queue.
	if err := r.checkResolvable(spec, from); err != nil {
		r.afterHops(3, "import('"+spec+"') fails to resolve", func() error { return fail(err) })
		return p.obj
	}
	// A built-in, or a module loaded already, needs no file read: node's
	// loader settles the import after a number of its own promise reactions
	// (observed: 7 for a module in its cache, 15 for a built-in's first import).
	if key, ok := r.loadedKey(spec, from); ok {
		hops := 6
		if _, cached := r.esm().modules[key]; !cached {
			hops = 14
		}
		r.afterHops(hops, "import('"+spec+"'): the loader has it", func() error {
			dep, err := r.resolveESM(prepare.Import{Spec: spec}, from)
			if err == nil {
				err = r.linkESM(dep, map[*esModule]bool{})
			}
			if err != nil {
				return fail(err)
			}
			finish(dep, 0)
			return nil
		})
		return p.obj
	}
	load := func() error {
		dep, err := r.resolveESM(prepare.Import{Spec: spec}, from)
		if err == nil {
			err = r.linkESM(dep, map[*esModule]bool{})
		}
		if err != nil {
			return fail(err)
		}
		finish(dep, 4)
		return nil
	}
	// Two requests in a row, each with its poll-phase callback: the loader
	// resolves the file on disk, then reads it (from a CommonJS main module,
	// node evaluates the module after the first iteration's immediates).
	stat := r.loop.NewEntry(sim.Entry{Kind: sim.EntryWork, Label: "import('" + spec + "'): resolve the file"})
	statDone := r.loop.NewEntry(sim.Entry{Kind: sim.EntryIO, Label: "import('" + spec + "'): file resolved"})
	r.submitWork(stat, esmReadCost/2, sim.Task{Entry: statDone, Fn: func() error {
		work := r.loop.NewEntry(sim.Entry{Kind: sim.EntryWork, Label: "import('" + spec + "'): read the module"})
		done := r.loop.NewEntry(sim.Entry{Kind: sim.EntryIO, Label: "import('" + spec + "'): module read, link its imports"})
		r.submitWork(work, esmReadCost, sim.Task{Entry: done, Fn: load})
		return nil
	}})
	return p.obj
}

// queueEvaluation queues the job that evaluates a module graph, and calls
// done when its evaluation settles.
func (r *runner) queueEvaluation(m *esModule, label string, done func(v goja.Value, failed, later bool) error) {
	id := r.loop.NewEntry(sim.Entry{Kind: sim.EntryMicrotask, Label: label, Origin: "ES module loader", Func: esmFrameName(m.file, m == r.esm().main || r.esm().main == nil)})
	r.loop.QueueMicrotask(sim.Task{Entry: id, Fn: func() error {
		// Node warns about a typeless package.json as the evaluation begins: the
		// warning's nextTick comes before any the module queues.
		st := r.esm()
		for _, w := range st.warnings {
			r.emitCodedWarning(w, "MODULE_TYPELESS_PACKAGE_JSON")
		}
		st.warnings = nil
		p, err := r.evaluateGraph(m)
		if err != nil {
			return err
		}
		switch p.state {
		case fulfilled:
			return done(p.result, false, false)
		case rejected:
			return done(p.result, true, false)
		}
		wrap := func(failed bool) *reaction {
			return &reaction{goHandler: func(v goja.Value) (goja.Value, error) { return nil, done(v, failed, true) },
				label: "module " + shortPath(m.file) + " evaluated", origin: "top-level await of " + shortPath(m.file)}
		}
		r.performThen(p, wrap(false), wrap(true))
		return nil
	}}, "Node's ES module loader evaluates the module graph from a promise job: the module's top-level code runs as a microtask, so promise reactions it queues run before its process.nextTick callbacks.")
}

// esmFrameName is how a module's top-level code shows on loopviz's call stack.
func esmFrameName(file string, main bool) string {
	if main {
		return "(main ES module " + shortPath(file) + ")"
	}
	return "(ES module " + shortPath(file) + ")"
}

// evaluateGraph is the spec's Evaluate(): a promise that settles when m and
// everything it imports have run.
func (r *runner) evaluateGraph(m *esModule) (*promise, error) {
	if m.kind != esmSource {
		p := r.newPromise()
		p.handled = true
		resolve, reject := r.resolvingFunctions(p)
		var stack []*esModule
		if _, err := r.innerEvaluate(m, &stack, 0); err != nil {
			th, ok := err.(*sim.Thrown)
			if !ok {
				return nil, err
			}
			return p, reject(th.Value.(goja.Value))
		}
		return p, resolve(goja.Undefined())
	}
	if (m.status == esmEvaluatingAsync || m.status == esmEvaluated) && m.cycleRoot != nil {
		m = m.cycleRoot
	}
	if m.top != nil {
		return m.top, nil
	}
	p := r.newPromise()
	p.handled = true // the loader always handles its evaluation promise
	m.top = p
	m.topResolve, m.topReject = r.resolvingFunctions(p)
	var stack []*esModule
	if _, err := r.innerEvaluate(m, &stack, 0); err != nil {
		th, ok := err.(*sim.Thrown)
		if !ok {
			return nil, err
		}
		v := th.Value.(goja.Value)
		for _, x := range stack {
			x.status, x.failed, x.evalErr = esmEvaluated, true, v
		}
		return p, m.topReject(v)
	}
	if !m.asyncEval {
		return p, m.topResolve(goja.Undefined())
	}
	return p, nil
}

// innerEvaluate is the spec's InnerModuleEvaluation.
func (r *runner) innerEvaluate(m *esModule, stack *[]*esModule, index int) (int, error) {
	if m.kind != esmSource {
		if m.kind == esmCommonJS && m.status != esmEvaluated {
			m.status = esmEvaluated
			if err := r.runCommonJSForESM(m); err != nil {
				if th, ok := err.(*sim.Thrown); ok {
					m.failed, m.evalErr = true, th.Value.(goja.Value)
				}
				return index, err
			}
		}
		if m.failed {
			return index, &sim.Thrown{Value: m.evalErr}
		}
		return index, nil
	}
	switch m.status {
	case esmEvaluatingAsync, esmEvaluated:
		if m.failed {
			return index, &sim.Thrown{Value: m.evalErr}
		}
		return index, nil
	case esmEvaluating:
		return index, nil
	}
	m.status = esmEvaluating
	m.dfsIndex, m.dfsAncestor = index, index
	m.pendingAsync = 0
	index++
	*stack = append(*stack, m)
	for _, dep := range m.deps {
		var err error
		if index, err = r.innerEvaluate(dep, stack, index); err != nil {
			return index, err
		}
		if dep.kind != esmSource {
			continue
		}
		if dep.status == esmEvaluating {
			m.dfsAncestor = min(m.dfsAncestor, dep.dfsAncestor)
		} else {
			dep = dep.cycleRoot
			if dep.failed {
				return index, &sim.Thrown{Value: dep.evalErr}
			}
		}
		if dep.asyncEval {
			m.pendingAsync++
			dep.parents = append(dep.parents, m)
		}
	}
	if m.pendingAsync > 0 || m.hasTLA {
		m.asyncEval = true
		st := r.esm()
		st.asyncOrder++
		m.asyncOrder = st.asyncOrder
		if m.pendingAsync == 0 {
			r.executeAsync(m)
		}
	} else if err := r.executeSync(m); err != nil {
		return index, err
	}
	if m.dfsAncestor == m.dfsIndex {
		for {
			top := (*stack)[len(*stack)-1]
			*stack = (*stack)[:len(*stack)-1]
			if top.asyncEval {
				top.status = esmEvaluatingAsync
			} else {
				top.status = esmEvaluated
			}
			top.cycleRoot = m
			if top == m {
				break
			}
		}
	}
	return index, nil
}

// noteEvaluation puts a module's evaluation on the trace.
func (r *runner) noteEvaluation(m *esModule) {
	why := "A module's top-level code runs once, after every module it imports (depth-first, in import order); in a cycle, the module that was reached first runs last."
	if m.hasTLA {
		why = "This module awaits at its top level: it runs like an async function body, and the modules that import it wait until it finishes."
	}
	r.loop.Record(sim.KindAPI, "evaluate module "+shortPath(m.file), why)
}

// executeSync runs a module body without top-level await to its end.
func (r *runner) executeSync(m *esModule) error {
	r.noteEvaluation(m)
	co := r.newCoroutine(m.gen)
	_, _, err := co.resume(co.next, goja.Undefined())
	return err
}

// executeAsync runs a module body with top-level await as an async function
// body, and goes on with its importers when it settles.
func (r *runner) executeAsync(m *esModule) {
	r.noteEvaluation(m)
	co := r.newCoroutine(m.gen)
	co.name = "module " + shortPath(m.file)
	p := r.newPromise()
	resolve, reject := r.resolvingFunctions(p)
	var step func(method goja.Callable, arg goja.Value) error
	step = func(method goja.Callable, arg goja.Value) error {
		v, done, err := co.resume(method, arg)
		if err != nil {
			if th, ok := err.(*sim.Thrown); ok {
				return reject(th.Value.(goja.Value))
			}
			return err
		}
		if done {
			return resolve(v)
		}
		// After an await the body runs from a microtask: V8 shows no loader
		// frames below it.
		resumed := func(method goja.Callable) func(goja.Value) error {
			return func(x goja.Value) error {
				r.esmResumed++
				defer func() { r.esmResumed-- }()
				return step(method, x)
			}
		}
		return co.await(v, resumed(co.next), resumed(co.throw),
			"resume module "+shortPath(m.file)+" after top-level await")
	}
	r.must(step(co.next, goja.Undefined()))
	label := "module " + shortPath(m.file) + " finished"
	origin := "evaluation of " + shortPath(m.file)
	r.performThen(p,
		&reaction{goHandler: func(goja.Value) (goja.Value, error) { return nil, r.asyncFulfilled(m) }, label: label, origin: origin},
		&reaction{goHandler: func(e goja.Value) (goja.Value, error) { return nil, r.asyncRejected(m, e) }, label: label + " (threw)", origin: origin})
}

// asyncFulfilled is the spec's AsyncModuleExecutionFulfilled.
func (r *runner) asyncFulfilled(m *esModule) error {
	if m.status == esmEvaluated {
		return nil
	}
	m.asyncEval = false
	m.status = esmEvaluated
	if m.top != nil {
		if err := m.topResolve(goja.Undefined()); err != nil {
			return err
		}
	}
	var exec []*esModule
	r.gatherAncestors(m, &exec)
	sort.SliceStable(exec, func(i, j int) bool { return exec[i].asyncOrder < exec[j].asyncOrder })
	for _, x := range exec {
		if x.failed {
			continue
		}
		if x.hasTLA {
			r.executeAsync(x)
			continue
		}
		if err := r.executeSync(x); err != nil {
			th, ok := err.(*sim.Thrown)
			if !ok {
				return err
			}
			if err := r.asyncRejected(x, th.Value.(goja.Value)); err != nil {
				return err
			}
			continue
		}
		x.asyncEval = false
		x.status = esmEvaluated
		if x.top != nil {
			if err := x.topResolve(goja.Undefined()); err != nil {
				return err
			}
		}
	}
	return nil
}

// gatherAncestors is the spec's GatherAvailableAncestors.
func (r *runner) gatherAncestors(m *esModule, exec *[]*esModule) {
	for _, p := range m.parents {
		if containsModule(*exec, p) || p.cycleRoot != nil && p.cycleRoot.failed {
			continue
		}
		p.pendingAsync--
		if p.pendingAsync == 0 {
			*exec = append(*exec, p)
			if !p.hasTLA {
				r.gatherAncestors(p, exec)
			}
		}
	}
}

// asyncRejected is the spec's AsyncModuleExecutionRejected.
func (r *runner) asyncRejected(m *esModule, e goja.Value) error {
	if m.status == esmEvaluated {
		return nil
	}
	m.failed, m.evalErr, m.status = true, e, esmEvaluated
	for _, p := range m.parents {
		if err := r.asyncRejected(p, e); err != nil {
			return err
		}
	}
	if m.top != nil {
		return m.topReject(e)
	}
	return nil
}

// runCommonJSForESM runs a CommonJS file imported by an ES module, and takes
// the snapshot of its named exports node takes when it finishes.
func (r *runner) runCommonJSForESM(m *esModule) error {
	var exports goja.Value
	if cached, ok := r.modules[m.file]; ok {
		exports = cached.obj.Get("exports")
	} else {
		mod, err := r.loadFile(m.file, r.mainModule)
		if err != nil {
			return err
		}
		exports = mod.obj.Get("exports")
	}
	m.value = exports
	m.snap = map[string]goja.Value{}
	if obj, ok := exports.(*goja.Object); ok {
		for _, n := range m.names {
			m.snap[n] = obj.Get(n)
		}
	}
	return nil
}

// esmUnsettled reports an entry module whose top-level await never settled
// once the loop has run out of work: node then exits with code 13.
func (r *runner) esmUnsettled() bool {
	st := r.esmS
	return st != nil && st.main != nil && !st.mainDone
}

// The named exports node finds in a CommonJS module's text, by static
// analysis: assignments to exports.NAME / module.exports.NAME,
// Object.defineProperty(exports, 'NAME', ...), and the names of an object
// literal assigned to module.exports whose values are identifiers
// (shorthand `{ a }` or `{ a: b }`).
var (
	cjsDotExport   = regexp.MustCompile(`(?m)(?:^|[^.\w$])(?:module\.)?exports\.([A-Za-z_$][\w$]*)\s*=[^=]`)
	cjsBracket     = regexp.MustCompile(`(?m)(?:^|[^.\w$])(?:module\.)?exports\[\s*(?:'([^']*)'|"([^"]*)")\s*\]\s*=[^=]`)
	cjsDefine      = regexp.MustCompile(`Object\.defineProperty\(\s*(?:module\.)?exports\s*,\s*(?:'([^']*)'|"([^"]*)")\s*,\s*\{\s*(?:enumerable\s*:\s*true\s*,\s*)?value\s*:`)
	cjsObjectStart = regexp.MustCompile(`(?m)(?:^|[^.\w$])module\.exports\s*=\s*\{`)
	cjsObjectProp  = regexp.MustCompile(`^\s*(?:([A-Za-z_$][\w$]*)|'([^']*)'|"([^"]*)")\s*(?::\s*([A-Za-z_$][\w$]*)\s*)?$`)
)

func cjsExportNames(src string) []string {
	var out []string
	add := func(n string) {
		if n != "" && !containsString(out, n) {
			out = append(out, n)
		}
	}
	for _, m := range cjsDotExport.FindAllStringSubmatch(src, -1) {
		add(m[1])
	}
	for _, m := range cjsBracket.FindAllStringSubmatch(src, -1) {
		add(m[1] + m[2])
	}
	for _, m := range cjsDefine.FindAllStringSubmatch(src, -1) {
		add(m[1] + m[2])
	}
	for _, loc := range cjsObjectStart.FindAllStringIndex(src, -1) {
		open := loc[1] - 1
		close := matchCloseBrace(src, open)
		if close < 0 {
			continue
		}
		for _, part := range splitTopLevel(src[open+1 : close]) {
			m := cjsObjectProp.FindStringSubmatch(part)
			if m == nil {
				continue
			}
			add(m[1] + m[2] + m[3])
		}
	}
	return out
}

// matchCloseBrace finds the brace closing the one at open (strings ignored roughly).
func matchCloseBrace(s string, open int) int {
	depth := 0
	for i := open; i < len(s); i++ {
		switch s[i] {
		case '{', '(', '[':
			depth++
		case '}', ')', ']':
			depth--
			if depth == 0 {
				return i
			}
		case '\'', '"', '`':
			q := s[i]
			for i++; i < len(s) && s[i] != q; i++ {
				if s[i] == '\\' {
					i++
				}
			}
		}
	}
	return -1
}

// splitTopLevel splits an object literal's body at its top-level commas.
func splitTopLevel(s string) []string {
	var parts []string
	depth, start := 0, 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '{', '(', '[':
			depth++
		case '}', ')', ']':
			depth--
		case ',':
			if depth == 0 {
				parts = append(parts, s[start:i])
				start = i + 1
			}
		}
	}
	return append(parts, s[start:])
}

// finalExit is node's exit code 13 for an entry module whose top-level await
// never settled: the loop ran out of work while it waited.
func (r *runner) finalExit(code int) (int, string) {
	if code == 0 && !r.explicitExit && r.esmUnsettled() {
		return 13, "The main module's top-level await never settled: the loop ran out of work while it waited, so Node exits with code 13."
	}
	return code, ""
}

// explainESMError adds what node adds to a ReferenceError that escapes an ES
// module's evaluation for a CommonJS variable the module used.
func (r *runner) explainESMError(v goja.Value) {
	obj, ok := v.(*goja.Object)
	if !ok || obj.Get("name") == nil || obj.Get("name").String() != "ReferenceError" {
		return
	}
	msg := obj.Get("message").String()
	name, ok := strings.CutSuffix(msg, " is not defined")
	if !ok {
		return
	}
	extra := ""
	switch name {
	case "require":
		extra = " in ES module scope, you can use import instead"
	case "exports", "module", "__filename", "__dirname":
		extra = " in ES module scope"
	default:
		return
	}
	file := ""
	if site := r.siteOf(v); site != nil {
		file = site.file
	}
	if filepath.Ext(file) == ".js" {
		extra += "\nThis file is being treated as an ES module because it has a '.js' file extension and '" +
			packageJSONOf(filepath.Dir(file)) + "' contains \"type\": \"module\". To treat it as a CommonJS script, rename it to use the '.cjs' file extension."
	}
	_ = obj.Set("message", msg+extra)
	if st := obj.Get("stack"); st != nil {
		if rest, ok := strings.CutPrefix(st.String(), "ReferenceError: "+msg); ok {
			_ = obj.DefineDataProperty("stack", r.rt.ToValue("ReferenceError: "+msg+extra+rest), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
		}
	}
}

// requireESM is require() of an ES module, which node 20 allows when the
// graph has no top-level await: the graph is evaluated synchronously and
// require returns the namespace.
func (r *runner) requireESM(file string, from *module) goja.Value {
	m, err := r.loadESM(file, nil)
	if err == nil {
		err = r.linkESM(m, map[*esModule]bool{})
	}
	if err != nil {
		r.rethrow(err)
	}
	if r.graphHasTLA(m, map[*esModule]bool{}) {
		fromFile := r.mainFile
		if from != nil {
			fromFile = from.id
		}
		panic(r.nodeError("Error", "ERR_REQUIRE_ASYNC_MODULE", "require() cannot be used on an ESM graph with top-level await. Use import() instead. To see where the top-level await comes from, use --experimental-print-required-tla.\n  From "+fromFile+" \n  Requiring "+file+" "))
	}
	p, err := r.evaluateGraph(m)
	if err != nil {
		r.rethrow(err)
	}
	if p.state == rejected {
		panic(p.result)
	}
	return r.namespaceOf(m)
}

// graphHasTLA reports a module not yet evaluated, in m's graph, that awaits
// at its top level.
func (r *runner) graphHasTLA(m *esModule, seen map[*esModule]bool) bool {
	if seen[m] || m.kind != esmSource || m.status == esmEvaluated {
		return false
	}
	seen[m] = true
	if m.hasTLA {
		return true
	}
	for _, d := range m.deps {
		if r.graphHasTLA(d, seen) {
			return true
		}
	}
	return false
}

// afterHops runs fn after n microtask hops (promise reactions inside node's
// loader, which user microtasks queued meanwhile run between).
func (r *runner) afterHops(n int, label string, fn func() error) {
	if n <= 0 {
		r.must(fn())
		return
	}
	id := r.loop.NewEntry(sim.Entry{Kind: sim.EntryMicrotask, Label: label, Origin: "ES module loader"})
	r.loop.QueueMicrotask(sim.Task{Entry: id, Fn: func() error {
		if n == 1 {
			return fn()
		}
		r.afterHops(n-1, label, fn)
		return nil
	}}, "Node's ES module loader passes the outcome on through its own promise reactions.")
}

// loadedKey tells whether import(spec) needs no file read: a built-in (its
// module map key is returned), or a file module already loaded.
func (r *runner) loadedKey(spec string, from *esModule) (string, bool) {
	name := strings.TrimPrefix(spec, "node:")
	if modeled, known := builtinModules[name]; known && modeled && (strings.HasPrefix(spec, "node:") || !isPathSpec(spec)) {
		return "node:" + name, true
	}
	var path string
	switch {
	case strings.HasPrefix(spec, "/"):
		path = filepath.Clean(spec)
	case isPathSpec(spec):
		path = filepath.Join(filepath.Dir(from.file), spec)
	default:
		return "", false
	}
	_, ok := r.esm().modules[path]
	return path, ok
}

// checkResolvable reports a specifier import() cannot resolve: a module that
// is not a built-in and names no existing file.
func (r *runner) checkResolvable(spec string, from *esModule) error {
	name := strings.TrimPrefix(spec, "node:")
	if _, known := builtinModules[name]; known && (strings.HasPrefix(spec, "node:") || !isPathSpec(spec)) {
		return nil
	}
	var path string
	switch {
	case strings.HasPrefix(spec, "file://"):
		return nil
	case strings.HasPrefix(spec, "/"):
		path = filepath.Clean(spec)
	case isPathSpec(spec):
		path = filepath.Join(filepath.Dir(from.file), spec)
	default:
		return r.moduleNotFoundESM(spec, "", from, true)
	}
	if _, err := os.Stat(path); err != nil {
		return r.moduleNotFoundESM(spec, path, from, false)
	}
	return nil
}

// runEntry runs the entry file of a worker thread or a child process: an ES
// module through the loader, as node does, anything else as CommonJS.
func (r *runner) runEntry(file string, src []byte) error {
	if src != nil && (isESMFile(file) || filepath.Ext(file) == ".js" && packageType(filepath.Dir(file)) == "" && looksLikeESMText(file, src)) {
		return r.startESMain(file, src)
	}
	return r.runMain(file, src)
}
