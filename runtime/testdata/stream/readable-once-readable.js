// once('readable') then read(n) in a loop with a producer on timers.
const { Readable } = require('stream');
let i = 0;
const r = new Readable({
  read() {
    if (i >= 3) return this.push(null);
    i++;
    setTimeout(() => this.push('abcd'.repeat(i)), 2);
  },
});
function consume() {
  let chunk;
  while ((chunk = r.read(4)) !== null) console.log('4 bytes:', String(chunk));
  if (!r.readableEnded) r.once('readable', consume);
}
r.once('readable', consume);
r.on('end', () => console.log('end, leftover', r.readableLength));
