// Package prepare turns the text of a CommonJS module or an ES module into a goja AST that runs
// inside loopviz.
//
// goja runs promise jobs in a private queue that loopviz can neither see nor schedule, so
// loopviz brings its own Promise, and every async function must await through it. CommonJS
// parses the module with goja's parser and rewrites the AST; the runtime compiles the result
// (or takes Result.Compiled), runs it to get the module wrapper function, and calls that with
// this = module.exports and a sixth argument, __lv, that provides:
//
//	__lv.s(id)          statement hook id (Result.Stmts[id] is where it sits)
//	__lv.async(g)       run generator object g as an async function body; returns its promise.
//	                    Each `yield v` of g is an await of v; g's return value resolves it.
//	__lv.asyncGen(g)    an async generator object driven by generator object g, where
//	                    `yield __lv.await(v)` is an await of v, `yield __lv.yieldStar(v)` is a
//	                    yield* over v (the value sent back is the yield* expression's value),
//	                    and any other `yield v` is a yield of v (which awaits v, as the spec does)
//	__lv.await(v)       the marker above
//	__lv.yieldStar(v)   the marker above
//	__lv.asyncIter(v)   GetIterator(v, async): an object whose next() returns a promise of an
//	                    iterator result and whose return (may be undefined) closes it
//
// A generator may yield (await) inside finally blocks while the runner closes it with return()
// or throw(): a for await closes its iterator that way, awaiting iterator.return().
//
// # Generated code
//
// testdata/shapes.golden shows the output for each construct. In short (`G` is the generator
// function expression `function* __lv_async_NAME(...) { BODY }`, BODY the original body with
// its own awaits rewritten, NAME the function's name or the name inferred from a declarator,
// assignment, property key, class member or field; empty for computed keys):
//
//	async function f(a) { await x; }      function f(a) { return __lv.async(G.call(this)); }
//	                                      with BODY `yield x;` and G taking no parameters
//	... body reads arguments, or a var    function f(a) { return __lv.async(G.apply(this, arguments)); }
//	    redeclares a parameter            with G taking the same parameters (a)
//	... parameters can throw              function f(__lv_p0) {
//	    ({a}, b = 1)                        let __lv_g;
//	                                        try { __lv_g = G.apply(this, arguments); }
//	                                        catch (__lv_e) { __lv_g = function* __lv_async_f() { throw __lv_e; }(); }
//	                                        return __lv.async(__lv_g); }
//	                                      (placeholders keep .length; a throw while binding the
//	                                      parameters rejects the promise, as in the spec)
//	async (x) => e                        (x) => { return __lv.async(G.call(this)); }, BODY `return e;`
//	async ({a}, ...r) => e                (__lv_p0, ...__lv_rest) => { ...same try/catch,
//	                                      G.call(this, __lv_p0, ...__lv_rest) }
//	async m() {} (class/object, static,   m() { return __lv.async(G.call(this)); }
//	computed, private)
//	async function* g() {}                function g() { return __lv.asyncGen(G.call(this)); }
//	                                      BODY: `await e` -> `yield __lv.await(e)`,
//	                                      `yield* e` -> `yield __lv.yieldStar(e)`, `yield e` kept;
//	                                      parameters that throw do so synchronously (spec)
//	for await (INTO of S) B               { const __lv_itN = __lv.asyncIter(S); ... L: for (;;) {
//	                                      ... } } with try/catch/finally closing the iterator:
//	                                      see tplForAwait in template.go
//
// Every rewritten function keeps its name, its parameters (or placeholders of the same
// .length), its position and its Source, so toString() prints the original text, e.g.
// `async function f(a) { await x; }`. A "use strict" directive of the body is repeated in the
// outer function, whose `this` must be as strict as the body's.
//
// With Options.Hooks, `__lv.s(id);` comes before every statement of every statement list
// (program, blocks, case clauses, function bodies, static blocks) except function declarations,
// empty statements and the directive prologue; the single-statement bodies of loops, if/else
// and with become blocks; a loop body whose block has no hooked statement gets one at its start;
// a function body without one gets one at its closing brace; `x => e` becomes
// `x => { __lv.s(id); return e; }`. So every loop iteration and every call passes a hook.
//
// # Positions
//
// The module text is parsed as a script, as it is, and its statements become the body of the
// wrapper function built in the AST: every file.Idx is the user's byte offset + 1, and the
// Program's file.File is the user's text, so goja's positions (stack frames, CaptureCallStack,
// compile errors) are the user's lines and columns, line 1 included. Only a module with a
// top-level return is parsed again inside "(function(){" ... "\n})" and every position of the
// result moved back by the prefix (shiftPositions). Generated code carries the position of the
// construct it stands for (a hook, the statement's start; an async function's wrapper code,
// the function's start; a for await's code, the `for`). A leading "#!" line is read as a
// comment of the same length (V8 accepts a hashbang there); a byte order mark is removed first,
// as node does, so positions count from after it (Result.Source is that text).
//
// Columns in Pos are goja's: 1-based bytes of UTF-8. NodeColumn converts them to node's UTF-16
// columns; SyntaxError and UnsupportedError already use node's.
//
// # Errors
//
// Syntax errors are *SyntaxError, worded and placed as node 20 reports them for the cases in
// testdata/syntax.txt (syntax.go lists the rules), with Render giving node's stderr block and
// ModuleSyntax telling when node would retry the file as an ES module. Valid code loopviz cannot
// run is *UnsupportedError: assigning to a `super` property inside an async method (reading
// and calling super properties works: super.go), `new.target` inside an async arrow.
//
// `import(x)` in a CommonJS module becomes `__lv.i(x)` (same length; Result.DynamicImport says
// so). ES modules are prepared by ESModule (esm.go, esmsyntax.go): the module body becomes a
// generator inside `with` over an object of import getters, and the import and export
// declarations are overwritten in place, so positions stay the user's there too.
//
// Regular expression literals are compiled once when the module is prepared, so that a bad one
// is an early SyntaxError as in node (goja would throw only when the literal is evaluated); a
// pattern goja cannot compile is reported even in code that never runs.
//
// # Known differences from node
//
//   - A rewritten async function is an ordinary function: `new f()` does not throw, f.prototype
//     exists, and Object.getPrototypeOf(f) is Function.prototype, not AsyncFunction.prototype
//     (the runtime's inspect uses Source to print [AsyncFunction: f]).
//   - In an async arrow, a direct eval sees the generator's scope; `arguments` seen through eval
//     is the generator's.
//   - In `for await (const x of x)` the source is evaluated outside the TDZ of x.
//   - `async *m() {}` in an object literal is parsed as a class member (strict mode).
//   - Names starting with __lv are reserved: user code must not declare __lv, __lv_args, ...
//
// # goja workarounds
//
//   - goja reads `arguments` inside arrow functions wrongly (the arrow's own, or a Go panic)
//     unless the enclosing function reads it too: arrows' references become `__lv_args`, a
//     constant the enclosing function sets first (aliasArguments).
//   - goja rejects `continue a` on `a: b: for (...)`: it becomes `continue b`.
//   - goja's parser rejects `for await` and object-literal `async *m() {}` (parse.go).
//   - goja rejects some declarations in function bodies that node accepts at the top level of a
//     module (e.g. `var r; function* r() {}`): not worked around.
package prepare
