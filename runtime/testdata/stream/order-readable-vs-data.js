// With both 'readable' and 'data' listeners, 'readable' wins: data comes only from read() calls.
const { Readable } = require('stream');
const r = new Readable({ objectMode: true, read() {} });
r.on('data', (c) => console.log('data', c));
r.on('readable', () => {
  console.log('readable, flowing', r.readableFlowing);
  let c;
  while ((c = r.read()) !== null) console.log('read returned', c);
});
r.on('end', () => console.log('end'));
r.push(1);
r.push(2);
setTimeout(() => { r.push(3); r.push(null); }, 1);
