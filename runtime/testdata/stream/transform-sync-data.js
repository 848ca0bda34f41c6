// A flowing Transform emits 'data' inside write(): its readable side pushes synchronously.
const { Transform } = require('stream');
const t = new Transform({
  objectMode: true,
  transform(chunk, enc, cb) {
    this.push(chunk * 10);
    this.push(chunk * 100);
    cb();
  },
});
t.on('data', (d) => console.log('data', d));
t.on('end', () => console.log('end'));
t.write(1);
console.log('after write 1 (not flowing yet)');
setTimeout(() => {
  t.write(2, () => console.log('cb 2'));
  console.log('after write 2');
  t.end();
}, 1);
