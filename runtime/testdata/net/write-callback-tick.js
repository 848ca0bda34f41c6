// A write to a connected socket completes inside write(): its callback runs on a nextTick, before promise reactions queued after it
const net = require('net');
const server = net.createServer((sock) => sock.resume());
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1', () => {
    Promise.resolve().then(() => console.log('microtask queued before write'));
    const ok = c.write('hello', () => console.log('write callback'));
    console.log('write returned', ok, 'writableLength', c.writableLength);
    process.nextTick(() => console.log('nextTick queued after write'));
    c.destroy();
    server.close(() => console.log('server closed'));
  });
});
