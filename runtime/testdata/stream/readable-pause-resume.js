// pause() stops 'data' at once ('pause' is synchronous); resume() restarts it on a nextTick with 'resume'.
const { Readable } = require('stream');
const r = new Readable({ objectMode: true, read() {} });
for (let i = 1; i <= 4; i++) r.push(i);
r.on('pause', () => console.log('pause event'));
r.on('resume', () => console.log('resume event'));
r.on('data', (c) => {
  console.log('data', c);
  if (c === 2) {
    r.pause();
    console.log('paused:', r.isPaused(), r.readableFlowing);
    setTimeout(() => {
      console.log('resuming');
      r.resume();
      console.log('after resume() call, flowing', r.readableFlowing);
      process.nextTick(() => console.log('tick after resume()'));
    }, 5);
  }
});
r.on('end', () => console.log('end'));
console.log('isPaused at start', r.isPaused());
