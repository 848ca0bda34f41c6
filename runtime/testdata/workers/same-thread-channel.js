// A MessageChannel within one thread: messages arrive in a later poll phase, after ticks and promises; close() closes both ends
const { MessageChannel } = require('worker_threads');
const { port1, port2 } = new MessageChannel();
port1.on('message', (m) => {
  console.log('port1 got', m);
  if (m === 'second') port2.close();
});
port1.on('close', () => console.log('port1 close'));
port2.on('close', () => console.log('port2 close'));
port2.postMessage('first');
port2.postMessage('second');
process.nextTick(() => console.log('tick'));
Promise.resolve().then(() => console.log('promise'));
console.log('sync');
