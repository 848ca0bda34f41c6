// resume() with no 'data' listener discards the data; 'end' still comes.
const { Readable } = require('stream');
const r = Readable.from(['a', 'b']);
r.on('resume', () => console.log('resume'));
r.on('end', () => console.log('end'));
r.on('close', () => console.log('close'));
r.resume();
process.nextTick(() => console.log('tick'));
