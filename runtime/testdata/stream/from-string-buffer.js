// Readable.from(string) gives the whole string as one chunk; objectMode: false gives Buffers.
const { Readable } = require('stream');
Readable.from('hello').on('data', (d) => console.log('string source:', typeof d, d));
Readable.from(Buffer.from('buf')).on('data', (d) => console.log('buffer source:', d));
Readable.from(['ab', 'cd'], { objectMode: false }).on('data', (d) => console.log('byte mode:', d));
try { Readable.from(42); } catch (e) { console.log(e.name, e.code, e.message); }
