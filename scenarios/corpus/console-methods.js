// console beyond log: table, count, group indentation, assert, dir, info/debug/warn
console.table([{ name: 'timers', order: 1 }, { name: 'check', order: 5 }]);
console.table({ a: { x: 1 }, b: { y: 2 } });
console.count();
console.count('ticks');
console.count('ticks');
console.countReset('ticks');
console.count('ticks');
console.group('phase: timers');
console.log('inside a group');
console.group();
console.info('nested', { deep: { er: [1, 2] } });
console.groupEnd();
console.debug('back one level');
console.groupEnd();
console.assert(1 === 1, 'not printed');
console.assert(false, 'printed on stderr:', 42);
console.dir({ a: { b: { c: { d: 1 } } } }, { depth: 0 });
console.warn('a warning on stderr');
