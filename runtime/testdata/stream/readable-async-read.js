// _read answering from a timer: each push happens in the timers phase, 'data' at once.
const { Readable } = require('stream');
let i = 0;
const r = new Readable({
  read(size) {
    console.log('_read size', size);
    setTimeout(() => {
      i++;
      if (i > 3) { console.log('push null'); this.push(null); return; }
      console.log('push', i);
      const more = this.push('chunk' + i);
      console.log('push returned', more);
    }, 5);
  },
});
r.on('data', (c) => console.log('data', c.toString()));
r.on('end', () => console.log('end'));
r.on('close', () => console.log('close'));
