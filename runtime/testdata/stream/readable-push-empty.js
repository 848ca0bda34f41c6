// push('') in byte mode adds nothing but ends the current read.
const { Readable } = require('stream');
let calls = 0;
const r = new Readable({
  read() {
    calls++;
    console.log('_read', calls);
    if (calls === 1) this.push('');
    else if (calls === 2) setTimeout(() => this.push('data'), 1);
    else this.push(null);
  },
});
r.on('data', (d) => console.log('data', String(d)));
r.on('end', () => console.log('end'));
