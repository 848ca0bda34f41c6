// console.log formatting as seen in puzzle output: multiple arguments, objects, arrays, format strings
console.log('a', 1, { x: 1 });
console.log('%s is %d years old', 'Ada', 36.7);
console.log('%i, %f, %j', 42.9, 1.5, { j: true });
console.log('%o vs %O', [1], { deep: { er: { est: 1 } } });
console.log('100%', 'literal percent, extra arg');
console.log([1, 'two', [3, [4, [5, [6]]]]], { nested: { a: { b: { c: { d: 1 } } } } });
console.log(null, undefined, true, 'string', 3.14, -0, 10n, Symbol('s'));
console.log({ s: 'quoted', n: null, u: undefined, f() {}, arrow: () => {} }, [undefined, , 3]);
console.log(new Map([['k', 'v']]), new Set([1, 2]), new Error('shown with stack?').message);
console.log(Promise.resolve(5), new Promise(() => {}), Promise.reject(new Error('r')).catch(() => {}) && 'ok');
console.log('%c styled', 'color: red');
console.log();
console.log('after an empty line');
