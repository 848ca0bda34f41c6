// An 'end' listener added after 'end' was emitted never fires; finished() still reports done.
const { Readable, finished } = require('stream');
const r = Readable.from(['a']);
r.resume();
setTimeout(() => {
  r.on('end', () => console.log('late end listener (never)'));
  console.log('readableEnded', r.readableEnded, 'destroyed', r.destroyed);
  finished(r, (err) => console.log('finished says', err));
}, 5);
