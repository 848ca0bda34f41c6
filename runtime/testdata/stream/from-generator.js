// Readable.from(generator): values pulled one at a time as the consumer reads; return() runs on destroy.
const { Readable } = require('stream');
function* gen() {
  try {
    for (let i = 1; i <= 3; i++) {
      console.log('gen yields', i);
      yield 'v' + i;
    }
  } finally {
    console.log('gen finally');
  }
}
const r = Readable.from(gen());
r.on('data', (d) => console.log('data', d));
r.on('end', () => console.log('end'));
r.on('close', () => console.log('close'));
