// for await with a slow loop body: the stream reads ahead up to its high-water mark between iterations.
const { Readable } = require('stream');
let n = 0;
const r = new Readable({ objectMode: true, highWaterMark: 2, read() { n++; console.log('_read', n, 'len', this.readableLength); this.push(n > 5 ? null : n); } });
const sleep = (ms) => new Promise((res) => setTimeout(res, ms));
(async () => {
  for await (const x of r) { console.log('got', x); await sleep(2); }
  console.log('done');
})();
