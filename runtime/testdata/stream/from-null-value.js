// A null value in Readable.from's iterable is an error (ERR_STREAM_NULL_VALUES).
const { Readable } = require('stream');
const r = Readable.from(['a', null, 'b']);
r.on('data', (d) => console.log('data', d));
r.on('error', (e) => console.log('error', e.name, e.code, e.message));
r.on('close', () => console.log('close'));
