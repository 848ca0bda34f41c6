// captureRejections on a stream: a rejected async 'data' listener destroys the stream with the error.
const { Readable } = require('stream');
const r = new Readable({ objectMode: true, captureRejections: true, read() {} });
r.on('data', async (d) => {
  console.log('data', d);
  throw new Error('async listener failed');
});
r.on('error', (e) => console.log('error', e.message));
r.on('close', () => console.log('close'));
r.push(1);
