// zlib stream errors, one stream after another: bad input destroys the stream with node's code (the write callback never runs); an empty or truncated input fails at the end, after the output it could give.
const zlib = require('zlib');
function bad(next) {
  const s = zlib.createGunzip();
  s.on('error', (e) => console.log('bad input:', e.message, e.code, e.errno, s.destroyed));
  s.on('close', () => { console.log('bad input closed'); next(); });
  s.write(Buffer.from('this is not gzip data at all'), () => console.log('never'));
}
function empty(next) {
  const s = zlib.createInflate();
  s.on('error', (e) => console.log('empty input:', e.message, e.code, e.errno));
  s.on('close', () => { console.log('empty input closed'); next(); });
  s.end();
}
function truncated(next) {
  const s = zlib.createGunzip();
  const whole = zlib.gzipSync('a fairly short text that gets cut off');
  s.on('data', (d) => console.log('truncated gave', JSON.stringify(d.toString())));
  s.on('error', (e) => console.log('truncated input:', e.message, e.code));
  s.on('close', () => { console.log('truncated closed'); next(); });
  s.end(whole.subarray(0, whole.length - 8));
}
bad(() => empty(() => truncated(() => console.log('done'))));
