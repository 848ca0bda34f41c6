// iterator({ destroyOnReturn: false }): breaking out leaves the stream usable.
const { Readable } = require('stream');
const r = Readable.from([1, 2, 3, 4]);
(async () => {
  for await (const x of r.iterator({ destroyOnReturn: false })) {
    console.log('first loop', x);
    break;
  }
  console.log('destroyed?', r.destroyed);
  for await (const x of r) console.log('second loop', x);
  console.log('done');
})();
