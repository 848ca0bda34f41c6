// A 200 KiB text through gzip and gunzip streams with pipeline: every byte comes back, and the callback runs once everything has closed.
const zlib = require('zlib');
const { pipeline, Readable, Writable } = require('stream');
const line = 'the event loop runs callbacks phase by phase\n';
const chunks = [];
for (let i = 0; i < 4700; i++) chunks.push(line);
const input = chunks.join('');
let total = 0;
const parts = [];
const sink = new Writable({
  write(chunk, enc, cb) {
    total += chunk.length;
    parts.push(chunk);
    cb();
  },
});
sink.on('finish', () => console.log('sink finish'));
const gz = zlib.createGzip();
const gun = zlib.createGunzip();
gun.on('end', () => console.log('gunzip end, bytesWritten equals gzip output:', gun.bytesWritten > 0));
pipeline(Readable.from(chunks.slice(0, 10).concat([chunks.slice(10).join('')])), gz, gun, sink, (err) => {
  console.log('pipeline done', err === undefined ? 'no error' : err);
  console.log('round trip intact:', total === input.length, Buffer.concat(parts).toString() === input);
  console.log('destroyed:', gz.destroyed, gun.destroyed, sink.destroyed);
});
console.log('input', input.length, 'bytes');
