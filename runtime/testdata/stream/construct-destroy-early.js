// destroy(err) before _construct has called back: 'error' and 'close' wait for the construction.
const { Writable } = require('stream');
const w = new Writable({ construct(cb) { console.log('construct'); setTimeout(cb, 2); }, write(c, e, cb) { cb(); } });
w.on('close', () => console.log('close'));
w.on('error', (e) => console.log('error', e.message));
w.destroy(new Error('destroyed during construct'));
console.log('destroyed', w.destroyed);
