// A MessageChannel handed to a worker: the worker answers on the transferred port, which closes when the worker ends
const { Worker, MessageChannel } = require('worker_threads');
const { port1, port2 } = new MessageChannel();
const w = new Worker(`
const { parentPort } = require('worker_threads');
parentPort.once('message', ({ port, n }) => {
  port.postMessage('square ' + n * n);
  port.close();
});
`, { eval: true });
port1.on('message', (m) => console.log('port1 got', m));
port1.on('close', () => console.log('port1 closed'));
w.postMessage({ port: port2, n: 7 }, [port2]);
try { w.postMessage({ port: port1 }); } catch (e) { console.log(e.name); }
try { w.postMessage(() => {}); } catch (e) { console.log(e.name, e.message); }
