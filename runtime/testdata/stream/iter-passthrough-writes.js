// for await over a PassThrough written to from the main module and a timer, against a chain of microtasks.
const { PassThrough } = require('stream');
const p = new PassThrough({ objectMode: true });
(async () => {
  for await (const x of p) { console.log('got', x); }
  console.log('loop end');
})();
p.write(1);
setTimeout(() => { p.write(2); p.write(3); p.end(); }, 2);
Promise.resolve().then(() => console.log('m1')).then(() => console.log('m2')).then(() => console.log('m3')).then(() => console.log('m4'));
process.nextTick(() => console.log('t1'));
