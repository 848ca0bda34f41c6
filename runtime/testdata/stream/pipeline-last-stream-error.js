// An error on the last stream after the pipeline completed: the callback already ran once and is not called again.
const { pipeline, Readable, PassThrough } = require('stream');
const last = new PassThrough();
pipeline(Readable.from(['a', 'b']), last, (err) => console.log('cb', err));
last.on('data', (d) => console.log('data', String(d)));
last.on('end', () => console.log('end'));
last.on('close', () => console.log('close'));
setTimeout(() => { last.destroy(new Error('late error')); }, 5);
last.on('error', (e) => console.log('error', e.message));
