'use strict';
// The child's side of fork()'s IPC channel: process.send, process.connected,
// process.disconnect, and 'message' and 'disconnect' on process. Messages are
// JSON, as with node's default serialization. The channel keeps the child
// alive while process has 'message' listeners.
const internal = require('loopviz:internal');
const { makePort } = internal.workers.codec();
const self = internal.children.self();

const port = makePort(self.ipc, false);
let connected = true;
const relay = (text) => process.emit('message', JSON.parse(text));

process.on('newListener', (event) => {
  if (event === 'message' && process.listenerCount('message') === 0 && connected) port.on('message', relay);
});
process.on('removeListener', (event) => {
  if (event === 'message' && process.listenerCount('message') === 0) port.off('message', relay);
});
let disconnectEmitted = false;
function emitDisconnect() {
  if (disconnectEmitted) return;
  disconnectEmitted = true;
  process.emit('disconnect');
}
port.on('close', () => {
  connected = false;
  emitDisconnect();
});

Object.defineProperty(process, 'connected', { get() { return connected; }, enumerable: true, configurable: true });
Object.defineProperty(process, 'channel', {
  get() { return connected ? { ref() { port.ref(); }, unref() { port.unref(); } } : undefined; },
  enumerable: true,
  configurable: true,
});
process.send = function send(message, handle, options, callback) {
  if (typeof handle === 'function') { callback = handle; handle = undefined; }
  else if (typeof options === 'function') { callback = options; options = undefined; }
  if (message === undefined) throw internal.nodeError('TypeError', 'ERR_MISSING_ARGS', 'The "message" argument must be specified');
  if (!connected) {
    const err = internal.nodeError('Error', 'ERR_IPC_CHANNEL_CLOSED', 'Channel closed');
    if (typeof callback === 'function') process.nextTick(callback, err);
    else process.nextTick(() => process.emit('error', err));
    return false;
  }
  port.postMessage(JSON.stringify(message));
  if (typeof callback === 'function') process.nextTick(callback, null);
  return true;
};
process.disconnect = function disconnect() {
  if (!connected) {
    process.emit('error', internal.nodeError('Error', 'ERR_IPC_DISCONNECTED', 'IPC channel is already disconnected'));
    return;
  }
  connected = false;
  port.close();
  process.nextTick(emitDisconnect);
};
