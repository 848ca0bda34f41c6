// readableEnded, readableLength, destroyed, closed, readableAborted, readableDidRead through a stream's life.
const { Readable } = require('stream');
const r = new Readable({ read() {} });
const show = (when) => console.log(when, JSON.stringify({
  readable: r.readable, ended: r.readableEnded, length: r.readableLength, flowing: r.readableFlowing,
  destroyed: r.destroyed, closed: r.closed, didRead: r.readableDidRead, aborted: r.readableAborted,
}));
show('start');
r.push('abc');
r.push(null);
show('pushed');
r.on('data', () => show('data'));
r.on('end', () => show('end'));
r.on('close', () => show('close'));
