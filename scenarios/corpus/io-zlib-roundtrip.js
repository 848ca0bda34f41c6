// zlib: gzip and gunzip on the threadpool, the Sync forms on the main thread; the round trip gives back the input
const zlib = require('zlib');
const text = 'the event loop '.repeat(40);
zlib.gzip(text, (err, compressed) => {
  console.log('compressed smaller than the input:', compressed.length < text.length);
  zlib.gunzip(compressed, (err, out) => {
    console.log('round trip intact:', out.toString() === text);
  });
});
const sync = zlib.inflateSync(zlib.deflateSync(Buffer.from('sync round trip')));
console.log(sync.toString());
zlib.gunzip(Buffer.from('not gzip data'), (err) => console.log('bad input:', err.code, err.message));
