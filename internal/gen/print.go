package gen

import (
	"fmt"
	"strings"
)

// printer writes JavaScript with two-space indentation.
type printer struct {
	b      strings.Builder
	indent int
}

func (w *printer) line(format string, args ...any) {
	w.b.WriteString(strings.Repeat("  ", w.indent))
	fmt.Fprintf(&w.b, format, args...)
	w.b.WriteByte('\n')
}

func (w *printer) list(list []*Node) {
	for _, n := range list {
		w.node(n)
	}
}

// block prints "open", the log of label, the body, then "close", indented.
func (w *printer) block(open, label string, body []*Node, close string) {
	w.line("%s", open)
	w.indent++
	if label != "" {
		w.line("console.log('%s');", label)
	}
	w.list(body)
	w.indent--
	w.line("%s", close)
}

func (w *printer) node(n *Node) {
	switch n.Kind {
	case Log:
		w.line("console.log('%s');", n.Label)
	case Tick:
		w.block("process.nextTick(() => {", n.Label, n.Body, "});")
	case Microtask:
		w.block("queueMicrotask(() => {", n.Label, n.Body, "});")
	case Immediate:
		w.block("setImmediate(() => {", n.Label, n.Body, "});")
	case Timeout:
		w.block("setTimeout(() => {", n.Label, n.Body, fmt.Sprintf("}, %d);", n.A))
	default:
		w.complex(n)
	}
}

// complex prints the constructs that are more than one call around a block.
func (w *printer) complex(n *Node) {
	switch n.Kind {
	case ReadFile:
		w.line("fs.readFile(__filename, (err, data) => {")
		w.indent++
		w.line("console.log('%s', err === null && data.length > 0);", n.Label)
		w.list(n.Body)
		w.indent--
		w.line("});")
	case Stat:
		w.line("fs.stat(__filename, (err, st) => {")
		w.indent++
		w.line("console.log('%s', st.isFile());", n.Label)
		w.list(n.Body)
		w.indent--
		w.line("});")
	case Pool:
		w.line("crypto.pbkdf2('secret', 'salt', %d, 16, 'sha256', (err, key) => {", n.A)
		w.indent++
		w.line("console.log('%s', key.length);", n.Label)
		w.list(n.Body)
		w.indent--
		w.line("});")
	case Interval:
		w.line("{")
		w.indent++
		w.line("let n = 0;")
		w.line("const h = setInterval(() => {")
		w.indent++
		w.line("console.log('%s', n);", n.Label)
		w.line("if (++n === %d) clearInterval(h);", n.B)
		if len(n.Body) > 0 {
			w.block("if (n === 1) {", "", n.Body, "}")
		}
		w.indent--
		w.line("}, %d);", n.A)
		w.indent--
		w.line("}")
	case Chain:
		w.chain(n)
	case AsyncFn:
		w.asyncFn(n)
	case Combinator:
		w.combinator(n)
	case Emitter:
		w.emitter(n)
	case Reject:
		w.reject(n)
	case Throw:
		if n.V == 1 {
			w.line("throw '%s';", n.Label)
		} else {
			w.line("throw new Error('%s');", n.Label)
		}
	case Handler:
		w.handler(n)
	case Await:
		w.await(n)
	default:
		panic(fmt.Sprintf("gen: cannot print a %s here", n.Kind))
	}
}

func (w *printer) chain(n *Node) {
	switch n.V {
	case headResolve:
		w.line("Promise.resolve(1)")
	case headReject:
		w.line("Promise.reject(new Error('%s'))", n.Label)
	case headExecutor:
		w.line("new Promise((resolve) => {")
		w.indent++
		w.line("console.log('%s');", n.Label)
		w.line("resolve(1);")
		w.indent--
		w.line("})")
	case headTimer:
		w.line("new Promise((resolve) => setTimeout(() => {")
		w.indent++
		w.line("console.log('%s');", n.Label)
		w.line("resolve(1);")
		w.indent--
		w.line("}, %d))", n.A)
	case headAsync:
		w.line("(async () => {")
		w.indent++
		w.line("console.log('%s');", n.Label)
		w.line("await null;")
		w.line("return 1;")
		w.indent--
		w.line("})()")
	}
	w.indent++
	for i, l := range n.Parts {
		w.link(l, i == len(n.Parts)-1)
	}
	if len(n.Parts) == 0 {
		w.line(";")
	}
	w.indent--
}

// link prints one link of a chain; the last one ends the statement.
func (w *printer) link(l *Node, last bool) {
	end := ")"
	if last {
		end = ");"
	}
	open := func(head string) {
		w.line("%s", head)
		w.indent++
	}
	closeFn := func() {
		w.indent--
		w.line("}%s", end)
	}
	switch l.V {
	case linkThen:
		open(".then((v) => {")
		w.line("console.log('%s', v);", l.Label)
		w.list(l.Body)
		w.line("return 2;")
		closeFn()
	case linkCatch:
		open(".catch((e) => {")
		w.line("console.log('%s', e instanceof Error ? e.message : e);", l.Label)
		w.list(l.Body)
		w.line("return 3;")
		closeFn()
	case linkFinally:
		open(".finally(() => {")
		w.line("console.log('%s');", l.Label)
		w.list(l.Body)
		closeFn()
	case linkThenPromise:
		open(".then(() => {")
		w.line("console.log('%s');", l.Label)
		w.list(l.Body)
		w.line("return Promise.resolve(4);")
		closeFn()
	case linkThenThenable:
		open(".then(() => {")
		w.line("console.log('%s');", l.Label)
		w.list(l.Body)
		w.line("return { then(r) { r(5); } };")
		closeFn()
	case linkThenThrow:
		open(".then(() => {")
		w.line("console.log('%s');", l.Label)
		w.list(l.Body)
		w.line("throw new Error('%s');", l.Label)
		closeFn()
	case linkThenBoth:
		w.line(".then((v) => {")
		w.indent++
		w.line("console.log('%s', v);", l.Label)
		w.list(l.Body)
		w.indent--
		w.line("}, (e) => {")
		w.indent++
		w.line("console.log('%s', 'rejected', e instanceof Error ? e.message : e);", l.Label)
		w.indent--
		w.line("}%s", end)
	}
}

func (w *printer) asyncFn(n *Node) {
	name := "f" + n.Label
	switch n.V {
	case 0:
		w.block(fmt.Sprintf("async function %s() {", name), n.Label, n.Body, "}")
		w.line("%s();", name)
		return
	case 1:
		w.block("(async () => {", n.Label, n.Body, "})();")
		return
	}
	w.block("(async () => {", n.Label, n.Body, "})()")
	w.indent++
	for i, l := range n.Parts {
		w.link(l, i == len(n.Parts)-1)
	}
	if len(n.Parts) == 0 {
		w.line(";")
	}
	w.indent--
}

// elem is the expression for one element of a combinator or an awaited Promise.all.
func elem(e *Node) string {
	switch e.V {
	case elemValue:
		return fmt.Sprint(e.B)
	case elemResolved:
		return fmt.Sprintf("Promise.resolve(%d)", e.B)
	case elemRejected:
		return fmt.Sprintf("Promise.reject('%s')", e.Label)
	case elemTimer:
		return fmt.Sprintf("new Promise((r) => setTimeout(() => { console.log('%s'); r(%d); }, %d))", e.Label, e.B, e.A)
	case elemAsync:
		return fmt.Sprintf("(async () => { console.log('%s'); await null; return %d; })()", e.Label, e.B)
	case elemImmediate:
		return fmt.Sprintf("new Promise((r) => setImmediate(() => { console.log('%s'); r(%d); }))", e.Label, e.B)
	}
	panic("gen: bad element")
}

func elems(parts []*Node) string {
	var s []string
	for _, e := range parts {
		s = append(s, elem(e))
	}
	return strings.Join(s, ", ")
}

func (w *printer) combinator(n *Node) {
	fn := [...]string{"all", "allSettled", "race", "any"}[n.V]
	w.line("Promise.%s([", fn)
	w.indent++
	for _, e := range n.Parts {
		w.line("%s,", elem(e))
	}
	w.indent--
	w.line("]).then((v) => {")
	w.indent++
	w.line("console.log('%s', v);", n.Label)
	w.list(n.Body)
	w.indent--
	w.line("}, (e) => {")
	w.indent++
	w.line("console.log('%s', 'rejected', e instanceof AggregateError ? e.errors : e);", n.Label)
	w.indent--
	w.line("});")
}

func (w *printer) emitter(n *Node) {
	w.line("{")
	w.indent++
	w.line("const e = new EventEmitter();")
	for _, l := range n.Parts {
		w.listener(l)
	}
	for i := 1; i <= n.B; i++ {
		switch n.A {
		case 0:
			w.line("e.emit('ev', %d);", i)
		case 1:
			w.line("process.nextTick(() => e.emit('ev', %d));", i)
		default:
			w.line("setImmediate(() => e.emit('ev', %d));", i)
		}
	}
	w.line("console.log('%s', e.listenerCount('ev'));", n.Label)
	w.indent--
	w.line("}")
}

// listener prints one listener: on, once, prependListener, or an async
// listener that logs again after an await.
func (w *printer) listener(l *Node) {
	if l.V == 3 {
		w.line("e.on('ev', async (x) => {")
		w.indent++
		w.line("console.log('%s', x);", l.Label)
		w.line("await null;")
		w.line("console.log('%s', x);", labelName(l.A))
	} else {
		w.line("e.%s('ev', (x) => {", [...]string{"on", "once", "prependListener"}[l.V])
		w.indent++
		w.line("console.log('%s', x);", l.Label)
	}
	w.list(l.Body)
	w.indent--
	w.line("});")
}

func (w *printer) reject(n *Node) {
	switch n.V {
	case 0:
		w.line("Promise.reject(new Error('%s'));", n.Label)
		return
	case 5:
		w.line("{")
		w.indent++
		w.line("const p = Promise.reject('%s');", n.Label)
		w.line("process.nextTick(() => p.catch((e) => console.log('%s', 'caught', e)));", n.Label)
		w.indent--
		w.line("}")
		return
	}
	attach := [...]string{"", "process.nextTick(() => %s);", "queueMicrotask(() => %s);", "setTimeout(() => %s, 0);", "setImmediate(() => %s);"}[n.V]
	w.line("{")
	w.indent++
	w.line("const p = Promise.reject(new Error('%s'));", n.Label)
	w.line(attach, fmt.Sprintf("p.catch((e) => console.log('%s', 'caught', e.message))", n.Label))
	w.indent--
	w.line("}")
}

func (w *printer) handler(n *Node) {
	switch n.V {
	case handlerUnhandledRejection:
		w.line("process.on('unhandledRejection', (r) => console.log('%s', 'unhandled', r instanceof Error ? r.message : r));", n.Label)
	case handlerUncaughtException:
		w.line("process.on('uncaughtException', (e) => console.log('%s', 'uncaught', e instanceof Error ? e.message : e));", n.Label)
	case handlerExit:
		w.line("process.on('exit', (code) => console.log('%s', 'exit', code));", n.Label)
	case handlerBeforeExit:
		w.block("process.once('beforeExit', () => {", n.Label, n.Body, "});")
	}
}

func (w *printer) await(n *Node) {
	switch n.V {
	case awaitValue:
		w.line("await 1;")
	case awaitResolved:
		w.line("await Promise.resolve(1);")
	case awaitThenable:
		w.line("await { then(r) { console.log('%s'); r(1); } };", labelName(n.A))
	case awaitAsync:
		w.block("await (async () => {", labelName(n.A), n.Body, "})();")
	case awaitTimer:
		w.line("await new Promise((r) => setTimeout(r, %d));", n.B)
	case awaitImmediate:
		w.line("await new Promise((r) => setImmediate(r));")
	case awaitCaught:
		w.line("try {")
		w.indent++
		w.line("await Promise.reject(new Error('%s'));", labelName(n.A))
		w.indent--
		w.line("} catch (e) {")
		w.indent++
		w.line("console.log('%s', 'caught', e.message);", labelName(n.A))
		w.indent--
		w.line("}")
	case awaitFile:
		w.line("await fs.promises.readFile(__filename);")
	case awaitTick:
		w.line("await new Promise((r) => process.nextTick(r));")
	case awaitAll:
		w.line("console.log('%s', await Promise.all([%s]));", n.Label, elems(n.Parts))
		return
	case awaitThrows:
		w.line("try {")
		w.indent++
		w.line("await (async () => { console.log('%s'); throw new Error('%s'); })();", labelName(n.A), labelName(n.A))
		w.indent--
		w.line("} catch (e) {")
		w.indent++
		w.line("console.log('%s', 'caught', e.message);", labelName(n.A))
		w.indent--
		w.line("}")
	case awaitRejectThenable:
		w.line("try {")
		w.indent++
		w.line("await { then(_, reject) { console.log('%s'); reject('%s'); } };", labelName(n.A), labelName(n.A))
		w.indent--
		w.line("} catch (e) {")
		w.indent++
		w.line("console.log('%s', 'caught', e);", labelName(n.A))
		w.indent--
		w.line("}")
	case awaitTimersPromise:
		if n.A == 0 {
			w.line("await require('timers/promises').setImmediate();")
		} else {
			w.line("await require('timers/promises').setTimeout(%d);", n.B)
		}
	case awaitPromisified:
		w.line("console.log('%s', (await require('util').promisify(fs.stat)(__filename)).isFile());", n.Label)
		return
	}
	w.line("console.log('%s');", n.Label)
}
