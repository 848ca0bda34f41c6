// Cases for runtime/inspect. Each line names a case and builds the value(s) to render:
//
//   show(name, () => value)              console.log(value)
//   log(name, () => [args...])           console.log(...args)
//   inspect(name, () => value, opts)     util.inspect(value, opts)
//   format(name, () => [args...])        util.format(...args)
//   table(name, () => [data, props])     console.table(data, props)
//
// record.js runs this file in node and writes golden.json; inspect_test.go runs it in goja.
// HOST.pending(), HOST.resolved(v), HOST.rejected(v) make real promises in node and the test's
// fake host promises in goja (rendered through the Host hook). HOST.rewritten(src, name, expr)
// is the function src (evaluated from expr when given) in node, and in goja an ordinary function
// whose source the FunctionSource hook reports as src, like loopviz's rewritten async functions.
// HOST.timeout() is a node-like Timeout: a class instance in node, a Host-rendered object in goja.
// Errors always get an explicit stack: real stacks hold file paths and differ between engines.

function mkErr(Ctor, msg, frames) {
  const e = new Ctor(msg);
  const head = msg === '' ? e.name : `${e.name}: ${msg}`;
  e.stack = head + (frames || ['f (file.js:1:2)']).map((f) => `\n    at ${f}`).join('');
  return e;
}
const INSPECT = Symbol.for('nodejs.util.inspect.custom');

// ---- primitives ----
show('string top', () => 'abc');
show('string empty', () => '');
show('string newline top', () => 'a\nb');
show('number', () => 42);
show('float', () => 3.25);
show('negative zero', () => -0);
show('NaN', () => NaN);
show('Infinity', () => -Infinity);
show('big number', () => 1e21);
show('small number', () => 1e-7);
show('bigint', () => 5n);
show('negative bigint', () => -12345678901234567890n);
show('true', () => true);
show('undefined', () => undefined);
show('null', () => null);
show('symbol', () => Symbol('x'));
show('symbol no description', () => Symbol());
show('symbol empty description', () => Symbol(''));
show('symbol with newline', () => Symbol('a\nb'));
show('registered symbol', () => Symbol.for('reg'));
show('well-known symbol', () => Symbol.iterator);
log('primitives in a row', () => [1, 'a', true, null, undefined, 2n, Symbol('s')]);
show('primitives in array', () => [1, 'a', true, null, undefined, 2n, Symbol('s'), -0, NaN]);

// ---- string quoting and escapes (inside containers) ----
show('quoted string', () => ['a']);
show('single quote inside', () => ["it's"]);
show('double quote inside', () => ['say "hi"']);
show('both quotes', () => ['it\'s "x"']);
show('all three quotes', () => ['it\'s "x" `y`']);
show('all quotes and template', () => ['it\'s "x" ${y}']);
show('escapes', () => ['a\nb\tc\rd\be\ff\vg\0h\x01\x1f\x7f']);
show('backslash', () => ['a\\b']);
show('lone surrogate', () => ['\ud800x\udfff']);
show('emoji and unicode', () => ['héllo 😀 日本']);
show('c1 control chars', () => ['\x80\x9f\xa0']);
show('long string in array', () => ['x'.repeat(100)]);
show('long multiline string in object', () => ({ s: 'line one is here\nline two is here\nline three is long enough to break the object\n' }));
show('short multiline string in object', () => ({ s: 'a\nb' }));
show('multiline string top level', () => 'first line\nsecond line that is long enough to matter if it were nested in something');
inspect('inspect top-level string', () => 'a\'b');
inspect('inspect long multiline top-level string', () => 'first line is long enough\n'.repeat(5));
inspect('maxStringLength', () => ['abcdefghij', 'abc'], { maxStringLength: 4 });
inspect('maxStringLength one over', () => 'abcde', { maxStringLength: 4 });

// ---- objects ----
show('empty object', () => ({}));
show('simple object', () => ({ a: 1, b: 'two', c: [3] }));
show('key quoting', () => ({ 'a-b': 1, 'with space': 2, _ok: 3, $dollar: 4, '1abc': 5, 'it\'s': 6, '': 7, 'é': 8 }));
show('numeric keys order', () => ({ b: 1, 2: 'two', a: 3, 1: 'one', '-1': 'neg', '01': 'lead' }));
show('symbol keys', () => ({ a: 1, [Symbol('s')]: 2, [Symbol()]: 3, [Symbol.iterator]: 4 }));
show('symbol key with quote', () => ({ [Symbol("it's")]: 1 }));
show('symbol key with newline', () => ({ [Symbol('a\nb')]: 1, [Symbol("q'")]: [Symbol("q'")] }));
show('huge numeric keys', () => ({ 4294967295: 'a', 4294967294: 'b', 10: 'c', 9007199254740993: 'd' }));
show('key with both quotes', () => ({ "a'b": 1, 'a\'b"c': 2 }));
show('key with control char', () => ({ 'a\nb': 1 }));
inspect('showHidden key with control char', () => Object.defineProperty({}, 'a\nb', { value: 1 }), { showHidden: true });
show('long key breaks line', () => ({ ['k'.repeat(70)]: 1, b: 2 }));
show('getter', () => ({ get a() { return 1; } }));
show('setter', () => ({ set a(v) {} }));
show('getter and setter', () => ({ get a() { return 1; }, set a(v) {} }));
show('throwing getter not called', () => ({ get boom() { throw new Error('no'); }, x: 1 }));
inspect('getters option', () => ({ get a() { return 1; }, get b() { return { c: 1 }; }, get n() { return null; }, set s(v) {} }), { getters: true });
inspect('getters option throwing', () => ({ get boom() { throw new Error('no'); } }), { getters: true });
inspect('getters get only', () => ({ get a() { return 1; }, get b() { return 2; }, set b(v) {} }), { getters: 'get' });
inspect('getters set only', () => ({ get a() { return 1; }, get b() { return 2; }, set b(v) {} }), { getters: 'set' });
show('nested depth 2', () => ({ a: { b: { c: { d: 1 } } } }));
show('nested depth array', () => [[[[1]]]]);
show('nested empty beyond depth', () => ({ a: { b: { c: {}, d: [] } } }));
show('nested class beyond depth', () => { class Foo { constructor() { this.x = 1; } } return { a: { b: { c: new Foo() } } }; });
show('nested map beyond depth', () => ({ a: { b: { c: new Map([[1, 2]]), s: new Set([1]) } } }));
show('nested null proto beyond depth', () => { const o = Object.create(null); o.x = 1; return { a: { b: { c: o } } }; });
inspect('depth 0', () => ({ a: { b: 1 }, c: [1], d: 1 }), { depth: 0 });
inspect('depth Infinity', () => ({ a: { b: { c: { d: { e: { f: 1 } } } } } }), { depth: Infinity });
inspect('depth null', () => ({ a: { b: { c: { d: { e: 1 } } } } }), { depth: null });
inspect('depth -1', () => ({ a: 1 }), { depth: -1 });
inspect('depth -1 array', () => [1], { depth: -1 });
show('circular self', () => { const o = { a: 1 }; o.self = o; return o; });
show('circular nested', () => { const o = { name: 'root', child: { } }; o.child.parent = o; o.child.list = [o, o.child]; return o; });
show('two circular refs', () => { const a = { n: 'a' }; const b = { n: 'b', a }; a.b = b; b.b = b; return { a, b }; });
show('circular array', () => { const a = [1]; a.push(a); return a; });
show('circular map', () => { const m = new Map(); m.set('self', m); return m; });
show('shared not circular', () => { const s = { x: 1 }; return { a: s, b: s }; });
show('null prototype empty', () => Object.create(null));
show('null prototype', () => { const o = Object.create(null); o.a = 1; o.b = { c: 2 }; return o; });
show('object with toStringTag own enumerable', () => ({ [Symbol.toStringTag]: 'X', a: 1 }));
show('object with toStringTag non-enumerable', () => Object.defineProperty({ a: 1 }, Symbol.toStringTag, { value: 'Tagged' }));
show('empty object with toStringTag', () => Object.defineProperty({}, Symbol.toStringTag, { value: 'Tagged' }));
show('null proto with toStringTag', () => Object.defineProperty(Object.create(null), Symbol.toStringTag, { value: 'T' }));
show('class with toStringTag getter', () => { class Foo { get [Symbol.toStringTag]() { return 'Bar'; } } return [new Foo(), Object.create(Foo.prototype)]; });
show('class with same toStringTag', () => { class Foo { get [Symbol.toStringTag]() { return 'Foo'; } } const f = new Foo(); f.a = 1; return f; });
show('object with __proto__ key', () => JSON.parse('{"__proto__": 1, "a": 2}'));
show('object with constructor property', () => ({ constructor: 'x', a: 1 }));
show('non-enumerable hidden', () => Object.defineProperty({ a: 1 }, 'hidden', { value: 2 }));
inspect('showHidden object', () => Object.defineProperty({ a: 1 }, 'hidden', { value: 2 }), { showHidden: true });
inspect('showHidden array', () => [1, 2], { showHidden: true });
inspect('showHidden symbol', () => Object.defineProperty({}, Symbol('h'), { value: 1 }), { showHidden: true });
inspect('sorted', () => ({ c: 1, a: 2, b: { z: 1, y: 2 } }), { sorted: true });
inspect('sorted array extras', () => { const a = [3, 1]; a.z = 1; a.b = 2; return a; }, { sorted: true });
show('object many short keys', () => { const o = {}; for (let i = 0; i < 30; i++) o['k' + i] = i; return o; });
show('object breaking at 80', () => ({ alpha: 'aaaaaaaaaaaaaaa', beta: 'bbbbbbbbbbbbbbb', gamma: 'ggggggggggggggg' }));
show('object just below break', () => ({ alpha: 'aaaaaaaaaaaaaaa', beta: 'bbbbbbbbbbbbbbb', gamma: 'gg' }));
show('object with 4 nesting levels', () => ({ a: { b: { c: {} } }, x: { y: { z: 1 } } }));
show('compact 3 rule', () => ({ a: [{ b: 1 }], c: { d: { e: 1 } } }));
show('compact 3 rule deep', () => ({ a: { b: { c: { d: 1 } } } }));
inspect('compact 3 rule deep infinity', () => ({ a: { b: { c: { d: 1 } } } }), { depth: Infinity });
inspect('compact false', () => ({ a: 1, b: [1, 2], c: {} }), { compact: false });
inspect('compact false nested', () => ({ a: { b: { c: 1 } } }), { compact: false });
inspect('compact 1', () => ({ a: { b: 1 }, c: 2 }), { compact: 1 });
inspect('compact 0 like false', () => ({ a: 1 }), { compact: 0 });
inspect('breakLength Infinity', () => ({ a: 'x'.repeat(50), b: 'y'.repeat(50), c: { d: 'z'.repeat(40) } }), { breakLength: Infinity });
inspect('breakLength 20', () => ({ a: 1, b: 2, c: 3, d: 4, e: 5 }), { breakLength: 20 });
inspect('compact true', () => ({ a: 1, b: { c: 'x'.repeat(80) } }), { compact: true });
inspect('compact true short', () => ({ a: 1, b: [1, 2] }), { compact: true });
show('object in array multiline', () => [{ name: 'alice', email: 'alice@example.com', age: 30 }, { name: 'bob', email: 'bob@example.com', age: 25 }]);
show('long string value', () => ({ s: 'x'.repeat(100) }));
show('multiline string nested deep', () => ({ a: { b: ['one line of text that is long\nand another line that is long too'] } }));
show('fill with same object', () => new Array(3).fill({}));
show('array of 101 objects', () => Array.from({ length: 101 }, (_, i) => ({ i })));
show('numbers at depth 2 grouped', () => ({ outer: { inner: Array.from({ length: 40 }, (_, i) => i * i) } }));
show('multi-line value makes parent multi-line', () => ({ a: 1, b: { c: 'x'.repeat(70) } }));
show('objects of varying widths in array', () => [{ id: 1, v: 10 }, { id: 22, v: 200 }, { id: 333, v: 3000 }, { id: 4, v: 4 }, { id: 5, v: 5 }, { id: 6, v: 6 }, { id: 7, v: 7 }]);
show('sparse array with props', () => { const a = [1, , 3]; a.extra = 'e'; return a; });
show('null proto in array', () => [Object.assign(Object.create(null), { a: 1 })]);
show('boolean object map key', () => new Map([[new Boolean(true), 'yes']]));
show('process-like memory object', () => ({ rss: 45678592, heapTotal: 6201344, heapUsed: 5123456, external: 421312, arrayBuffers: 17606 }));
show('event-emitter-like object', () => { class EventEmitter { constructor() { this._events = Object.create(null); this._eventsCount = 0; this._maxListeners = undefined; this[Symbol('kCapture')] = false; } } return new EventEmitter(); });
show('class with private fields', () => { class P { #secret = 1; visible = 2; } return new P(); });
show('object with numeric string keys', () => ({ '1.5': 'a', '1e3': 'b', '-0': 'c', '007': 'd' }));
show('array of objects short', () => [{ a: 1 }, { b: 2 }]);

// ---- arrays ----
show('empty array', () => []);
show('simple array', () => [1, 2, 3]);
show('mixed array', () => [1, 'a', { b: 2 }, [3]]);
show('holes', () => [1, , 3]);
show('only holes', () => [, ,]);
show('new Array(5)', () => new Array(5));
show('holes mixed', () => [1, 2, , , , 6, ,]);
show('array extra props', () => { const a = [1, 2]; a.x = 'y'; a[Symbol('s')] = 1; return a; });
show('empty array with props', () => { const a = []; a.k = 1; return a; });
show('array with -1 key', () => { const a = [1]; a['-1'] = 2; return a; });
show('array 6 numbers', () => [1, 2, 3, 4, 5, 6]);
show('array 7 numbers', () => [1, 2, 3, 4, 5, 6, 7]);
show('array 26 numbers', () => Array.from({ length: 26 }, (_, i) => i));
show('array 30 multiples', () => Array.from({ length: 30 }, (_, i) => i * 7));
show('array 100', () => Array.from({ length: 100 }, (_, i) => i));
show('array 101', () => Array.from({ length: 101 }, (_, i) => i));
show('array 130', () => Array.from({ length: 130 }, (_, i) => i));
show('array big numbers', () => Array.from({ length: 20 }, (_, i) => i * 123456));
show('array floats', () => [1.5, 22.25, 333.125, 4, 55.5, 6.75, 7, 8.5]);
show('array negative numbers', () => [-1, 2, -30, 4, -500, 6, 7]);
show('array strings grouped', () => ['apple', 'banana', 'cherry', 'date', 'elderberry', 'fig', 'grape', 'honeydew']);
show('array short strings', () => 'abcdefghijklmnopqrstuvwxyz'.split(''));
show('array mixed grouped', () => [1, 'two', 3, 'four', 5, 'six', 7, 'eight']);
show('array bigints grouped', () => [1n, 22n, 333n, 4n, 5n, 6n, 7n]);
show('array of long strings', () => Array.from({ length: 8 }, (_, i) => 'item number ' + i + ' ' + 'x'.repeat(i * 3)));
show('array very different lengths', () => [1, 2, 3, 4, 5, 6, 'x'.repeat(60)]);
show('array of arrays', () => [[1, 2], [3, 4], [5, 6], [7, 8], [9, 10], [11, 12], [13, 14]]);
show('array of objects 7', () => Array.from({ length: 7 }, (_, i) => ({ i })));
show('array 200 strings', () => Array.from({ length: 200 }, (_, i) => 's' + i));
show('array with holes 7', () => [1, , 3, , 5, , 7, , 9]);
show('sparse huge', () => { const a = []; a[5] = 1; a[1000] = 2; return a; });
show('array 101 holes', () => { const a = new Array(150); a[120] = 1; return a; });
show('nested arrays long', () => [Array.from({ length: 10 }, (_, i) => i), Array.from({ length: 10 }, (_, i) => i * 100)]);
inspect('maxArrayLength 2', () => [1, 2, 3, 4], { maxArrayLength: 2 });
inspect('maxArrayLength 0', () => [1, 2], { maxArrayLength: 0 });
inspect('maxArrayLength set map', () => [new Set([1, 2, 3]), new Map([[1, 1], [2, 2], [3, 3]])], { maxArrayLength: 1 });
inspect('maxArrayLength typed', () => new Uint8Array(5), { maxArrayLength: 2 });
show('array subclass', () => { class MyArr extends Array {} const a = new MyArr(); a.push(1, 2); return a; });
show('array null proto', () => Object.setPrototypeOf([1, 2], null));
show('array with toStringTag', () => { const a = [1]; Object.defineProperty(a, Symbol.toStringTag, { value: 'T' }); return a; });
show('array getter element', () => { const a = [1]; Object.defineProperty(a, 1, { get() { return 2; }, enumerable: true }); return a; });
show('array of 7 empty arrays', () => [[], [], [], [], [], [], []]);
show('array of 7 undefined', () => [undefined, undefined, undefined, undefined, undefined, undefined, undefined]);
show('array of unicode strings grouped', () => ['日本', '中文', 'abc', 'é', '😀', 'x', 'yy', 'zzz']);
show('array numbers and negative zero grouped', () => [0, -0, 1, -1, 2, -2, 3.5, NaN, Infinity]);
show('array of strings with quotes grouped', () => ["it's", 'a', 'b', 'c', 'd', 'e', 'f', 'g']);
show('numbers formatting', () => [0.1 + 0.2, 1e300, -1e-300, 2 ** 53, 123456789012345680000, 1.5e-10]);
show('nested long arrays indentation', () => ({ level1: { level2: Array.from({ length: 12 }, (_, i) => i * 11) } }));
show('multiline string in array', () => ['first line of text\nsecond line of text\nthird line here', 'x']);
show('array of 27 booleans', () => Array.from({ length: 27 }, (_, i) => i % 2 === 0));

// ---- functions and classes ----
show('named function', () => function foo() {});
show('anonymous function', () => function () {});
show('arrow function', () => () => 1);
show('named arrow', () => { const arrow = () => 1; return arrow; });
show('async function', () => async function af() {});
show('async arrow', () => async () => 1);
show('generator function', () => function* gen() {});
show('async generator function', () => HOST.rewritten('async function* h() {}', 'h'));
show('rewritten async function', () => HOST.rewritten('async function fetchData() {}', 'fetchData'));
show('rewritten async arrow', () => HOST.rewritten('async () => {}', ''));
show('rewritten async arrow one param', () => HOST.rewritten('async x => x', ''));
show('rewritten async arrow with parens in params', () => HOST.rewritten('async (a = (1), b = ")") => a', ''));
show('rewritten async method', () => HOST.rewritten('async load() {}', 'load', '({ async load() {} }).load'));
show('rewritten async generator method', () => HOST.rewritten('async *items() {}', 'items', '({ async *items() {} }).items'));
show('rewritten method named async', () => HOST.rewritten('async() { return 1; }', 'async', '({ async() { return 1; } }).async'));
show('rewritten async with comment', () => HOST.rewritten('async /* c */ function /* d */ * g() {}', 'g'));
show('rewritten async in object', () => ({ handler: HOST.rewritten('async function handler() {}', 'handler'), n: 1 }));
show('rewritten async with props', () => { const f = HOST.rewritten('async function withProp() {}', 'withProp'); f.x = 1; return f; });
show('function named async', () => function async() {});
show('arrow with param named async', () => { const f = async => async; return f; });
show('method', () => ({ m() {} }).m);
show('async method', () => ({ async am() {} }).am);
show('generator method', () => ({ *gm() {} }).gm);
show('function with props', () => { const f = function f() {}; f.x = 1; f.y = 'z'; return f; });
show('function in object', () => ({ f() {}, g: function () {}, h: () => {} }));
show('class', () => class A {});
show('class extends', () => { class A {} return class B extends A {}; });
show('anonymous class', () => class {});
show('anonymous class extends', () => { class A {} return class extends A {}; });
show('class with static prop', () => { class A { static x = 1; } return A; });
show('class with methods', () => class A { constructor() { this.x = 1; } m() {} static s() {} });
show('class extends null', () => class N extends null {});
show('bound function', () => function foo() {}.bind(null));
show('native function', () => Math.max);
show('native constructor', () => Map);
show('function with name property changed', () => { const f = function a() {}; Object.defineProperty(f, 'name', { value: 'b' }); return f; });
show('function with empty name', () => { const f = function a() {}; Object.defineProperty(f, 'name', { value: '' }); return f; });
show('function null proto', () => { const f = function nf() {}; Object.setPrototypeOf(f, null); return f; });
show('function with toStringTag', () => { const f = function tf() {}; f[Symbol.toStringTag] = 'T'; return f; });
show('functions nested beyond depth', () => ({ a: { b: { c: function deep() {}, d: class D {} } } }));
show('class instance', () => { class Foo { constructor() { this.a = 1; } } return new Foo(); });
show('empty class instance', () => { class Foo {} return new Foo(); });
show('subclass instance', () => { class A {} class B extends A { constructor() { super(); this.b = 2; } } return new B(); });
show('instance of function constructor', () => { function Point(x, y) { this.x = x; this.y = y; } return new Point(1, 2); });
show('object with anonymous constructor', () => { const C = (() => function () {})(); return new C(); });
show('object from Object.create(proto)', () => Object.create({ inherited: 1 }));
show('object whose proto has null-proto parent', () => Object.create(Object.create(null)));
show('instance with accessor on prototype', () => { class A { get x() { return 1; } } return new A(); });
inspect('showHidden class accessors', () => { class A { constructor() { this.x = 1; } m() {} get g() { return 1; } } class B extends A { get h() { return 2; } n() {} } return [new A(), new B()]; }, { showHidden: true });
show('object created from Array.prototype', () => [Object.create(Array.prototype)]);
show('Array.prototype', () => Array.prototype);
show('Object.prototype', () => Object.prototype);
show('new Function', () => new Function('a', 'return a'));
show('symbol-named method', () => { const s = Symbol('s'); const o = { [s]() {} }; return [o[s], o]; });
show('proxy of class instance', () => { class Foo { constructor() { this.a = 1; } } return new Proxy(new Foo(), {}); });
show('class instance in array', () => { class Foo { constructor() { this.a = 1; } } return [new Foo(), new Foo()]; });

// ---- errors ----
show('error', () => mkErr(Error, 'boom', ['f (file.js:1:2)', 'g (file.js:3:4)']));
show('error in object', () => ({ e: mkErr(Error, 'boom', ['f (file.js:1:2)', 'g (file.js:3:4)']) }));
show('error in array', () => [mkErr(Error, 'boom')]);
show('error with code', () => { const e = mkErr(Error, 'boom'); e.code = 'E_X'; return e; });
show('error with code nested', () => { const e = mkErr(Error, 'boom'); e.code = 'E_X'; return { e }; });
show('error with cause', () => { const e = new Error('outer', { cause: mkErr(Error, 'inner') }); e.stack = 'Error: outer\n    at h (file.js:5:6)'; return e; });
show('error with primitive cause', () => { const e = new Error('outer', { cause: 'why' }); e.stack = 'Error: outer\n    at h (file.js:5:6)'; return e; });
show('error with undefined cause', () => { const e = new Error('outer', { cause: undefined }); e.stack = 'Error: outer\n    at h (file.js:5:6)'; return e; });
show('error without stack', () => { const e = new Error('nostack'); delete e.stack; return e; });
show('error without stack nested', () => { const e = new Error('nostack'); delete e.stack; return { e }; });
show('error stack without frames', () => mkErr(RangeError, 'r', []));
show('error empty message', () => mkErr(Error, ''));
show('type error', () => mkErr(TypeError, 'bad type'));
show('error name changed', () => { const e = mkErr(TypeError, 't'); e.name = 'Foo'; return e; });
show('error name changed to other Error', () => { const e = mkErr(Error, 't'); e.name = 'CustomError'; return e; });
show('error message changed', () => { const e = mkErr(Error, 'm'); e.message = 'changed'; return e; });
show('error enumerable message', () => { const e = mkErr(Error, 'm'); Object.defineProperty(e, 'message', { value: 'other', enumerable: true }); return e; });
show('error subclass', () => { class MyErr extends Error {} return mkErr(MyErr, 'mine'); });
show('error subclass with name', () => { class MyError extends Error { constructor(m) { super(m); this.name = 'MyError'; } } return mkErr(MyError, 'mine'); });
show('error subclass with prototype name', () => { class ValidationError extends Error {} ValidationError.prototype.name = 'ValidationError'; return mkErr(ValidationError, 'v'); });
show('error null prototype', () => { const e = mkErr(Error, 'np'); Object.setPrototypeOf(e, null); return e; });
show('aggregate error', () => { const e = new AggregateError([mkErr(Error, 'a', ['z (f.js:2:2)']), 2], 'agg'); e.stack = 'AggregateError: agg\n    at y (f.js:1:1)'; return e; });
show('error with stack not string', () => { const e = new Error('x'); e.stack = 42; return e; });
show('error with custom stack text', () => { const e = new Error('x'); e.stack = 'something else entirely'; return e; });
show('error deep nesting', () => ({ a: { b: { e: mkErr(Error, 'deep') } } }));
show('error beyond depth', () => ({ a: { b: { c: { e: mkErr(Error, 'deep') } } } }));
show('error with extra object prop', () => { const e = mkErr(Error, 'x'); e.info = { a: 1, b: [1, 2] }; return e; });
show('error circular cause', () => { const e = mkErr(Error, 'x'); e.cause = e; return e; });
show('error message looks like frames', () => { const e = new Error('multi\n    at fake'); e.stack = 'Error: multi\n    at fake'; return e; });
show('error cause chain', () => { const a = mkErr(Error, 'a'); const b = new Error('b', { cause: a }); b.stack = 'Error: b\n    at g (file.js:2:2)'; const c = new Error('c', { cause: b }); c.stack = 'Error: c\n    at h (file.js:3:3)'; return c; });
show('error in set and map', () => [new Set([mkErr(Error, 'in set')]), new Map([['k', mkErr(TypeError, 'in map')]])]);
show('errors in array with values', () => [1, mkErr(Error, 'e1'), 'two', mkErr(RangeError, 'e2', [])]);
show('error with symbol prop', () => { const e = mkErr(Error, 'x'); e[Symbol('meta')] = 1; return e; });
show('error with name property equal to stack name', () => { const e = mkErr(TypeError, 'x'); e.name = 'TypeError'; return e; });
show('error subclass name set on instance', () => { class HttpError extends Error { constructor(m, status) { super(m); this.name = 'HttpError'; this.status = status; } } const e = new HttpError('nope', 404); e.stack = 'HttpError: nope\n    at f (file.js:1:2)'; return e; });
show('error object with stack set before name', () => { class DbError extends Error {} const e = new DbError('down'); e.stack = 'Error: down\n    at q (file.js:1:1)'; return { err: e }; });
inspect('error depth -1', () => mkErr(Error, 'deep'), { depth: -1 });
inspect('error compact false', () => { const e = mkErr(Error, 'x'); e.code = 1; return { e }; }, { compact: false });
show('error thrown value object', () => ({ name: 'Error', message: 'fake' }));
format('error %s', () => ['%s', mkErr(Error, 'boom')]);
format('error top-level format', () => [mkErr(Error, 'boom')]);

// ---- Map, Set, weak collections ----
show('map', () => new Map([['a', 1], ['b', 2]]));
show('empty map', () => new Map());
show('set', () => new Set([1, 'a']));
show('empty set', () => new Set());
show('map with object keys', () => new Map([[{ a: 1 }, [1, 2]], [[1], new Set([2])]]));
show('map nested', () => new Map([[1, { a: [{ b: {} }] }]]));
show('map long', () => new Map(Array.from({ length: 10 }, (_, i) => ['key' + i, 'value' + i])));
show('set long', () => new Set(Array.from({ length: 30 }, (_, i) => i)));
show('map with props', () => { const m = new Map([[1, 2]]); m.extra = true; return m; });
show('empty map with props', () => { const m = new Map(); m.extra = true; return m; });
show('map subclass', () => { class MyMap extends Map {} return new MyMap([[1, 2]]); });
show('set null proto', () => Object.setPrototypeOf(new Set([1]), null));
show('weakmap', () => new WeakMap());
show('weakset', () => new WeakSet());
inspect('weakmap showHidden', () => new WeakMap(), { showHidden: false });
show('map with long entries', () => new Map([['a'.repeat(30), { x: 'y'.repeat(30) }], ['b', 2]]));
show('set of objects', () => new Set([{ a: 1 }, { b: [1, 2, 3] }, 'str']));
show('circular through map key', () => { const o = {}; o.m = new Map([[o, 1]]); return o; });
show('circular through set', () => { const s = new Set(); s.add(s); return s; });
inspect('sorted map and set', () => [new Map([['b', 1], ['a', 2]]), new Set(['z', 'a'])], { sorted: true });
show('map iterator', () => new Map([[1, 2]]).entries());
show('set iterator', () => new Set([1]).values());
show('map keys iterator', () => new Map([['a', 1], ['b', 2]]).keys());
show('map values iterator', () => new Map([['a', 1], ['b', { c: 2 }]]).values());
show('set entries iterator', () => new Set(['x']).entries());
show('partly consumed iterator', () => { const it = new Map([[1, 'a'], [2, 'b'], [3, 'c']]).entries(); it.next(); return it; });
show('exhausted iterator', () => { const it = new Set([1]).values(); it.next(); it.next(); return it; });
show('iterator after deletes', () => { const m = new Map([[1, 'a'], [2, 'b'], [3, 'c'], [4, 'd']]); const it = m.keys(); it.next(); it.next(); m.delete(2); m.delete(3); m.set(5, 'e'); return it; });
show('iterator in object', () => ({ it: new Set([1, 2, 3]).values() }));
inspect('weakmap showHidden entries', () => { const k = {}; return new WeakMap([[k, 1]]); }, { showHidden: true });
show('map in array', () => [new Map([[1, 2]]), new Set()]);

// ---- dates, regexps, boxed primitives ----
show('date', () => new Date(0));
show('date ms', () => new Date(Date.UTC(2024, 1, 29, 13, 5, 9, 7)));
show('invalid date', () => new Date(NaN));
show('date in array', () => [new Date(0)]);
show('date with props', () => { const d = new Date(0); d.x = 1; return d; });
show('date subclass', () => { class MyDate extends Date {} return new MyDate(0); });
show('regexp', () => /a\/b/gi);
show('regexp in array', () => [/x/, /y/m]);
show('regexp with props', () => { const r = /x/; r.y = 1; return r; });
show('regexp subclass', () => { class MyRe extends RegExp {} return new MyRe('a', 'g'); });
show('boxed number', () => new Number(3));
show('boxed negative zero', () => new Number(-0));
show('boxed string', () => new String('ab'));
show('boxed string with prop', () => { const s = new String('ab'); s.x = 1; return s; });
show('boxed boolean', () => new Boolean(false));
show('boxed bigint', () => Object(5n));
show('boxed symbol', () => Object(Symbol('s')));
show('boxed in array', () => [new Number(1), new String("it's")]);
show('boxed number subclass', () => { class N extends Number {} return new N(4); });

// ---- typed arrays and buffers ----
show('uint8array', () => new Uint8Array([1, 2, 3]));
show('empty uint8array', () => new Uint8Array(0));
show('float64array', () => new Float64Array([0.5, -0, NaN]));
show('int16array negative', () => new Int16Array([-1, 2, -3]));
show('bigint64array', () => new BigInt64Array([1n, -2n]));
show('uint8array long', () => new Uint8Array(120));
show('float32array precision', () => [new Float32Array([1.1, 2.5])]);
show('typed array grouped', () => new Int32Array(Array.from({ length: 30 }, (_, i) => i * (i % 2 ? -1 : 1) * 1000)));
inspect('typed array showHidden', () => new Uint8Array(2), { showHidden: true });
show('uint8array with props', () => { const u = new Uint8Array(2); u.x = 1; return u; });
show('arraybuffer', () => new Uint8Array([1, 2]).buffer);
show('empty arraybuffer', () => new ArrayBuffer(0));
show('arraybuffer long', () => new Uint8Array(Array.from({ length: 60 }, (_, i) => i * 5)).buffer);
show('dataview', () => new DataView(new ArrayBuffer(2)));
show('typed arrays in object', () => ({ u: new Uint8Array(2), f: new Float32Array([1.5]) }));
show('typed array beyond depth', () => ({ a: { b: { c: new Uint8Array(2) } } }));

// ---- special objects ----
show('arguments', () => (function () { return arguments; })(1, 'a'));
show('empty arguments', () => (function () { return arguments; })());
show('global math', () => Math);
show('JSON object', () => JSON);
show('generator object', () => (function* () {})());
show('array iterator', () => [1, 2][Symbol.iterator]());
show('proxy of object', () => new Proxy({ a: 1 }, {}));
show('proxy with traps ignored', () => new Proxy({ a: 1 }, { get() { return 'trapped'; }, ownKeys() { return []; } }));
show('proxy of array', () => new Proxy([1, 2], {}));
show('proxy of function', () => new Proxy(function pf() {}, {}));
show('revoked proxy', () => { const r = Proxy.revocable({}, {}); r.revoke(); return r.proxy; });
inspect('showProxy', () => new Proxy({ a: 1 }, { get() {} }), { showProxy: true });
show('proxy in object', () => ({ p: new Proxy({ x: [1] }, {}) }));

// ---- custom inspect ----
show('custom inspect string', () => ({ [INSPECT]() { return 'CUSTOM'; } }));
show('custom inspect object', () => ({ [INSPECT]() { return { replaced: true }; } }));
show('custom inspect nested', () => ({ a: { [INSPECT]() { return 'inner'; } } }));
show('custom inspect multiline nested', () => ({ a: { b: { [INSPECT]() { return 'line1\nline2'; } } } }));
show('custom inspect depth arg', () => ({ a: { b: { [INSPECT](depth) { return 'depth=' + depth; } } }, top: { [INSPECT](depth) { return 'depth=' + depth; } } }));
show('custom inspect uses inspect', () => ({ x: { [INSPECT](depth, opts, inspect) { return 'X<' + inspect({ y: [1, 2] }, opts) + '>'; } } }));
show('custom inspect options', () => ({ [INSPECT](depth, opts) { return [typeof opts.stylize, opts.depth, opts.breakLength, opts.compact, opts.showHidden, opts.colors].join(','); } }));
show('custom inspect stylize', () => ({ [INSPECT](depth, opts) { return opts.stylize('styled', 'special'); } }));
show('custom inspect returns this', () => { const o = { a: 1, [INSPECT]() { return this; } }; return o; });
show('custom inspect returns number', () => ({ [INSPECT]() { return 42; } }));
show('custom inspect on class', () => { class Temp { constructor() { this.c = 21; } [INSPECT]() { return `Temp<${this.c}C>`; } } return [new Temp(), { t: new Temp() }]; });
inspect('customInspect false', () => ({ a: 1, [INSPECT]() { return 'no'; } }), { customInspect: false });
show('custom inspect not a function', () => ({ [INSPECT]: 'str' }));
show('custom inspect on prototype object itself', () => { class Temp { [INSPECT]() { return 'T'; } } return Temp.prototype; });
show('custom inspect circular', () => { const o = { [INSPECT]() { return { self: o }; } }; return o; });

// ---- host objects (hooks) ----
show('promise pending', () => HOST.pending());
show('promise resolved number', () => HOST.resolved(1));
show('promise resolved string', () => HOST.resolved('a'));
show('promise resolved undefined', () => HOST.resolved(undefined));
show('promise resolved object', () => HOST.resolved({ a: { b: { c: 1 } } }));
show('promise rejected error', () => HOST.rejected(mkErr(Error, 'x', ['f (file.js:1:2)'])));
show('promise rejected no frames', () => HOST.rejected(mkErr(RangeError, 'r', [])));
show('promise rejected primitive', () => HOST.rejected(42));
show('promise in object', () => ({ p: HOST.pending(), q: HOST.resolved([1, 2]) }));
show('promise nested in promise', () => HOST.resolved(HOST.pending()));
show('promise beyond depth', () => ({ a: { b: { c: HOST.resolved(1) } } }));
show('promise with props', () => { const p = HOST.resolved(2); p.x = 1; return p; });
show('promise rejected in object', () => ({ p: HOST.rejected(mkErr(Error, 'x', ['f (file.js:1:2)', 'g (file.js:2:2)'])) }));
show('promise resolved long', () => HOST.resolved('x'.repeat(100)));
show('promise resolved with host promise inside object', () => HOST.resolved({ inner: HOST.pending() }));
show('promise resolved error no stack', () => { const e = new Error('gone'); delete e.stack; return HOST.resolved(e); });
show('circular promise result', () => { const o = { name: 'o' }; const p = HOST.resolved(o); o.p = p; return p; });
show('timeout host object', () => HOST.timeout());
show('timeout host object nested', () => ({ t: HOST.timeout() }));
show('promises in array', () => [HOST.pending(), HOST.resolved(1), HOST.rejected(0)]);
log('promise format args', () => ['p:', HOST.resolved(1)]);

// ---- format ----
format('format %s null undefined args', () => ['%s', null]);
format('format %s missing second', () => ['%s:%s', 'a']);
format('format %i negative', () => ['%i', '-42.9']);
format('format %j string', () => ['%j', 'str']);
format('format %o string', () => ['%o', 'str']);
format('format %c without arg', () => ['%c']);
format('format number first then placeholder', () => [1, '%s']);
format('format %s symbol in middle', () => ['a%sb', Symbol('m')]);
format('format %o function', () => ['%o', function foo() {}]);
format('format %o class', () => ['%o', class K {}]);
format('format %o arrow in object', () => ['%o', { f: () => 1 }]);
format('format %s proxy', () => ['%s', new Proxy({ a: 1 }, {})]);
format('format %s error subclass', () => { class E2 extends Error {} return ['%s', mkErr(E2, 'sub')]; });
format('format plain', () => ['hello']);
format('format no args', () => []);
format('format %s', () => ['a %s c', 'b']);
format('format %s number', () => ['%s', 42]);
format('format %s -0', () => ['%s', -0]);
format('format %s bigint', () => ['%s', 5n]);
format('format %s symbol', () => ['%s', Symbol('x')]);
format('format %s undefined null', () => ['%s %s', undefined, null]);
format('format %s object', () => ['%s', { a: { b: { c: 1 } } }]);
format('format %s array', () => ['%s', [1, [2, [3]]]]);
format('format %s with toString', () => { class A { toString() { return 'A!'; } } return ['%s', new A()]; });
format('format %s own toString', () => ['%s', { toString() { return 'own'; } }]);
format('format %s date', () => ['%s', new Date(0)]);
format('format %s function', () => ['%s', function foo() {}]);
format('format %s class instance', () => { class Foo { constructor() { this.a = 1; } } return ['%s', new Foo()]; });
format('format %s null proto', () => ['%s', Object.create(null)]);
format('format %d', () => ['%d', 42.5]);
format('format %d string', () => ['%d', '42']);
format('format %d object', () => ['%d', {}]);
format('format %d bigint', () => ['%d', 5n]);
format('format %d symbol', () => ['%d', Symbol('s')]);
format('format %d -0', () => ['%d', -0]);
format('format %d empty string', () => ['%d', '']);
format('format %i', () => ['%i', 42.9]);
format('format %i string', () => ['%i', '42.9px']);
format('format %i bigint', () => ['%i', 5n]);
format('format %i symbol', () => ['%i', Symbol()]);
format('format %f', () => ['%f', '3.5abc']);
format('format %f symbol', () => ['%f', Symbol()]);
format('format %f object', () => ['%f', {}]);
format('format %j', () => ['%j', { a: [1, 'x'] }]);
format('format %j circular', () => { const o = {}; o.o = o; return ['%j', o]; });
format('format %j undefined', () => ['%j', undefined]);
format('format %j toJSON', () => ['%j', { toJSON() { return 'J'; } }]);
format('format %j bigint throws', () => ['%j %s', { a: 1 }, 'ok']);
format('format %o', () => ['%o', { a: [1, 2], f() {} }]);
format('format %o array', () => ['%o', [1, 2]]);
format('format %o nested', () => ['%o', { a: { b: { c: { d: { e: { f: 1 } } } } } }]);
format('format %O', () => ['%O', { a: { b: { c: { d: 1 } } } }]);
format('format %O string', () => ['%O', 'str']);
format('format %c', () => ['%cstyled', 'color: red']);
format('format %%', () => ['100%% %s', 'done']);
format('format %% alone', () => ['%%']);
format('format %% no args', () => ['100%%']);
format('format unknown placeholder', () => ['%x %s', 'a']);
format('format trailing percent', () => ['50%', 1]);
format('format missing args', () => ['%s and %s', 'a']);
format('format extra args', () => ['%s', 'a', 'b', { c: 1 }]);
format('format non-string first', () => [1, 'a', { b: 2 }]);
format('format object first', () => [{ a: '%s' }, 'x']);
format('format string args joined', () => ['a', 'b', 'c']);
format('format only percent', () => ['%', 1]);
format('format %s then %%', () => ['%s%%', 1]);
format('format adjacent', () => ['%s%s', 'a', 'b']);
format('format %s string arg with quotes', () => ['%s', "it's"]);
format('format %s boxed', () => ['%s', new String('boxed')]);
format('format %s error with own toString', () => { const e = mkErr(Error, 'x'); e.toString = () => 'E!'; return ['%s', e]; });
format('format %s array of strings', () => ['%s', ['a', 'b']]);
format('format %s map', () => ['%s', new Map([[1, 2]])]);
format('format %d %i %f together', () => ['%d %i %f', '1.5', '2.5', '3.5']);
format('format string containing newline and object', () => ['a\nb', { c: 1 }]);
log('log several objects', () => [{ a: 1 }, [2], 'x', 3]);
log('log format string', () => ['%s is %d years', 'Bob', 42]);
log('log empty', () => []);
log('log long object after text', () => ['value:', { alpha: 'aaaaaaaaaaaaaaa', beta: 'bbbbbbbbbbbbbbb', gamma: 'ggggggggggggggg' }]);

// ---- console.table ----
table('table array of objects', () => [[{ a: 1, b: 'Y' }, { a: 'Z', b: 2 }]]);
table('table array of arrays', () => [[[1, 2], [3, 4]]]);
table('table primitives', () => [[1, 'two', null]]);
table('table mixed primitives and objects', () => [[1, { a: 2 }, 'x']]);
table('table object of objects', () => [{ alice: { age: 30, city: 'Paris' }, bob: { age: 25 } }]);
table('table with properties', () => [[{ a: 1, b: 2, c: 3 }, { a: 4, b: 5 }], ['a', 'c']]);
table('table with properties primitives', () => [[1, { a: 2 }], ['a']]);
table('table non-object', () => ['hello']);
table('table number', () => [42]);
table('table null', () => [null]);
table('table empty array', () => [[]]);
table('table empty object', () => [{}]);
table('table map', () => [new Map([['a', 1], ['b', { c: 2 }]])]);
table('table set', () => [new Set(['x', { y: 1 }])]);
table('table nested values', () => [[{ a: { b: 1 }, c: [1, 2, 3, 4], d: { e: 1, f: 2, g: 3 } }]]);
table('table unicode widths', () => [[{ name: '日本', v: 'é' }, { name: 'abc', v: '😀' }]]);
table('table string values', () => [{ a: 'x', b: "it's" }]);
table('table uneven', () => [[{ a: 1 }, { b: 2 }, { a: 3, c: 4 }]]);
table('table function values', () => [[{ f() {} }]]);
table('table array of strings', () => [['apples', 'oranges', 'bananas']]);
table('table numeric keys', () => [[{ 2: 'b', 1: 'a', x: 'c' }]]);
table('table symbol values', () => [[{ s: Symbol('q') }]]);
table('table long cell', () => [[{ a: 'x'.repeat(30) }]]);
table('table array of arrays uneven', () => [[[1], [2, 3, 4], []]]);
table('table properties with missing', () => [[{ a: 1 }, { b: 2 }], ['b', 'zz']]);
table('table boxed and dates', () => [[{ d: new Date(0), n: new Number(1) }]]);
table('table nested arrays long', () => [[{ arr: [1, 2, 3, 4, 5] }]]);
table('table object of primitives', () => [{ x: 1, y: 'two', z: null }]);
table('table function data', () => [function tf() {}]);
table('table object of objects with index keys', () => [{ 10: { a: 1 }, 2: { a: 2 } }]);
table('table map of objects', () => [new Map([[{ k: 1 }, [1, 2, 3, 4]]])]);
table('table map entries iterator', () => [new Map([['a', 1], ['b', { c: 2 }]]).entries()]);
table('table map keys iterator', () => [new Map([['a', 1]]).keys()]);
table('table set entries iterator', () => [new Set(['x', 'y']).entries()]);
table('table set values iterator', () => [new Set(['x', 'y']).values()]);
table('table object of objects with index keys 2', () => [[{ b: 1, a: 2 }, { c: 3, a: 4 }]]);
table('table object with array values', () => [{ r1: [1, 2], r2: [3] }]);

// ---- line-breaking boundaries (node's 80 columns, minus its start allowance) ----
for (let n = 56; n <= 66; n += 2) show(`width one entry ${n}`, () => ({ a: 'x'.repeat(n) }));
for (let n = 40; n <= 50; n += 2) show(`width two entries ${n}`, () => ({ a: 'x'.repeat(n), b: 'y'.repeat(10) }));
for (let n = 50; n <= 60; n += 2) show(`width nested ${n}`, () => ({ outer: { a: 'x'.repeat(n) } }));
for (let n = 60; n <= 70; n += 2) show(`width array ${n}`, () => ['x'.repeat(n), 'y']);
for (let n = 70; n <= 78; n += 2) show(`string split threshold ${n}`, () => ({ s: 'a'.repeat(n) + '\nb' }));
for (let n = 5; n <= 9; n++) show(`grouping ${n} long numbers`, () => Array.from({ length: n }, (_, i) => 10 ** i));
for (let n = 16; n <= 20; n++) show(`grouping ${n} words`, () => Array.from({ length: n }, (_, i) => 'w'.repeat(1 + (i % 5))));

// ---- random structures (a seeded generator, identical in both engines) ----
function rng(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
function randomValue(r, depth) {
  const pick = depth === 0 ? 6 + Math.floor(r() * 4) : Math.floor(r() * (depth > 3 ? 6 : 10));
  const words = ['a', 'bb', 'ccc', 'hello', 'world', "it's", 'line\nbreak', 'x'.repeat(25), 'é', ''];
  switch (pick) {
    case 0: return Math.floor(r() * 2000) - 1000;
    case 1: return words[Math.floor(r() * words.length)];
    case 2: return r() < 0.5 ? null : undefined;
    case 3: return r() < 0.5 ? r() * 100 : BigInt(Math.floor(r() * 1e6));
    case 4: return r() < 0.5;
    case 5: return Math.floor(r() * 10);
    case 6: case 7: {
      const a = [];
      const n = 2 + Math.floor(r() * 12);
      for (let i = 0; i < n; i++) a.push(randomValue(r, depth + 1));
      return a;
    }
    default: {
      const o = {};
      const n = 1 + Math.floor(r() * 7);
      const keys = ['id', 'name', 'value', 'my-key', 'items', 'x', 'nested', '2', 'deeplyNestedPropertyName'];
      for (let i = 0; i < n; i++) o[keys[Math.floor(r() * keys.length)]] = randomValue(r, depth + 1);
      if (r() < 0.1) return new Map(Object.entries(o));
      return o;
    }
  }
}
for (let seed = 1; seed <= 60; seed++) show(`random structure ${seed}`, () => randomValue(rng(seed), 0));
for (let seed = 61; seed <= 70; seed++) inspect(`random structure ${seed} depth 4`, () => randomValue(rng(seed), 0), { depth: 4, breakLength: 60 });
