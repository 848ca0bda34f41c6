// A line-splitting Transform in object mode: partial lines carry over between chunks; flush emits the rest.
const { Readable, Transform } = require('stream');
class Lines extends Transform {
  constructor() {
    super({ readableObjectMode: true });
    this.rest = '';
  }
  _transform(chunk, enc, cb) {
    const parts = (this.rest + chunk).split('\n');
    this.rest = parts.pop();
    for (const p of parts) this.push(JSON.parse(p));
    cb();
  }
  _flush(cb) {
    if (this.rest) this.push(JSON.parse(this.rest));
    cb();
  }
}
const src = Readable.from(['{"a":1}\n{"b"', ':2}\n{"c":3}'], { objectMode: false });
src.pipe(new Lines()).on('data', (o) => console.log(o)).on('end', () => console.log('end'));
