// for await over a Readable: chunks in order, interleaved with the user's microtasks and ticks.
const { Readable } = require('stream');
const r = new Readable({ objectMode: true, read() {} });
r.push('a');
r.push('b');
async function main() {
  for await (const chunk of r) {
    console.log('got', chunk);
    if (chunk === 'b') setTimeout(() => { r.push('c'); r.push(null); }, 1);
  }
  console.log('loop done, destroyed', r.destroyed);
}
main().then(() => console.log('main resolved'));
process.nextTick(() => console.log('tick'));
Promise.resolve().then(() => console.log('micro 1')).then(() => console.log('micro 2')).then(() => console.log('micro 3'));
r.on('close', () => console.log('close'));
r.on('end', () => console.log('end'));
