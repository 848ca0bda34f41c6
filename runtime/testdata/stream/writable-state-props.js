// writable, writableEnded, writableFinished, writableLength, writableCorked, writableNeedDrain through a writable's life.
const { Writable } = require('stream');
const w = new Writable({ highWaterMark: 2, write(c, e, cb) { setTimeout(cb, 1); } });
const show = (when) => console.log(when, JSON.stringify({
  writable: w.writable, ended: w.writableEnded, finished: w.writableFinished, length: w.writableLength,
  corked: w.writableCorked, needDrain: w.writableNeedDrain, destroyed: w.destroyed, closed: w.closed,
}));
show('start');
w.write('abc');
show('after write');
w.cork();
show('corked');
w.uncork();
w.end();
show('after end');
w.on('finish', () => show('finish'));
w.on('close', () => show('close'));
