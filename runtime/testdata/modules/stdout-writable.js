// process.stdout is a Writable: its events, properties and pipe() work; a write prints at once and its callback runs on a nextTick; bad chunks throw node's error.
const { Writable, Readable } = require('stream');
const out = process.stdout;
console.log(out instanceof Writable, out === process.stdout, out.fd, process.stderr.fd, out.writable);
console.log(out.writableLength, out.writableHighWaterMark, out.writableEnded, out.destroyed, out.writableObjectMode);
out.on('pipe', (src) => console.log('pipe event from a', src.constructor.name));
out.on('unpipe', () => console.log('unpipe event'));
process.nextTick(() => console.log('tick queued before the write'));
console.log('write returns', out.write('written\n', () => console.log('write callback')));
out.write(Buffer.from('a buffer\n'));
out.write(new Uint8Array([0x75, 0x38, 0x0a]));
out.write('aGkgaW4gYmFzZTY0Cg==', 'base64');
out.write('68690a', 'hex');
for (const bad of [42, null, {}, undefined]) {
  try {
    out.write(bad);
  } catch (e) {
    console.log(e.code, e.message);
  }
}
Readable.from(['piped 1\n', 'piped 2\n']).pipe(out).on('finish', () => console.log('never: stdout does not end'));
setImmediate(() => console.log('immediate', out.writableEnded, out.listenerCount('finish')));
