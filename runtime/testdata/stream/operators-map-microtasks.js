// map() against a chain of microtasks: each value takes a fixed number of promise jobs through map's queue.
const { Readable } = require('stream');
Readable.from([1, 2, 3]).map((x) => { console.log('map', x); return x * 2; }).on('data', (d) => console.log('data', d)).on('end', () => console.log('end'));
let p = Promise.resolve(); for (let i = 0; i < 12; i++) p = p.then(() => console.log('m', i));
process.nextTick(() => console.log('tick'));
