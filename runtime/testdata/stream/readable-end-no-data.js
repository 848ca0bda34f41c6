// A stream with no data: 'end' only once someone reads (a 'data' listener or resume()).
const { Readable } = require('stream');
const a = new Readable({ read() { this.push(null); } });
a.on('end', () => console.log('a end'));
a.on('close', () => console.log('a close'));
const b = new Readable({ read() { this.push(null); } });
b.on('end', () => console.log('b end (after resume)'));
b.resume();
const c = new Readable({ read() { this.push(null); } });
c.on('end', () => console.log('c end'));
c.on('data', () => {});
process.nextTick(() => console.log('tick'));
setTimeout(() => console.log('timer: a ended?', a.readableEnded, 'b ended?', b.readableEnded), 5);
