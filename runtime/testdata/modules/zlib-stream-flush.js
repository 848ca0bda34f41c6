// flush() pushes out what a deflate stream holds: its callback runs after the output, before the writes queued after it, and bytesWritten counts what the engine has taken in.
const zlib = require('zlib');
const d = zlib.createDeflate();
const got = [];
d.on('data', (c) => got.push(c));
d.write('abc');
d.flush(() => {
  console.log('flushed: bytesWritten', d.bytesWritten, 'inflates to', JSON.stringify(zlib.inflateSync(Buffer.concat(got), { finishFlush: zlib.constants.Z_SYNC_FLUSH }).toString()));
});
d.end('def', () => console.log('end callback: bytesWritten', d.bytesWritten));
d.on('end', () => console.log('all:', zlib.inflateSync(Buffer.concat(got)).toString()));
