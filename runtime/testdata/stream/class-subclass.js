// Subclassing with class syntax: _read, _write, _transform, _flush, _final.
const { Readable, Writable, Transform } = require('stream');
class Counter extends Readable {
  constructor(max) {
    super({ objectMode: true });
    this.n = 0;
    this.max = max;
  }
  _read() {
    this.n++;
    this.push(this.n > this.max ? null : this.n);
  }
}
class Doubler extends Transform {
  constructor() { super({ objectMode: true }); }
  _transform(x, enc, cb) { cb(null, x * 2); }
  _flush(cb) { this.push('flushed'); cb(); }
}
class Logger extends Writable {
  constructor() { super({ objectMode: true }); }
  _write(x, enc, cb) { console.log('log', x); cb(); }
  _final(cb) { console.log('final'); cb(); }
}
const l = new Logger();
l.on('finish', () => console.log('finish', l instanceof Writable, l.constructor.name));
new Counter(3).pipe(new Doubler()).pipe(l);
