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
function isInternal(m) {
  return m !== null && typeof m === 'object' && typeof m.cmd === 'string' && m.cmd.startsWith('NODE_');
}
const relay = (text) => {
  const m = JSON.parse(text);
  process.emit(isInternal(m) ? 'internalMessage' : 'message', m);
};

// A cluster worker's channel stays ref'd for good (cluster listens on it),
// so a worker runs until it exits or disconnects, as in node.
const always = 'NODE_UNIQUE_ID' in process.env;
let attached = false;
function attach(on) {
  if (on === attached || (!on && always)) return;
  attached = on;
  if (on) port.on('message', relay);
  else port.off('message', relay);
}
if (always) attach(true);
process.on('newListener', (event) => {
  if (event === 'message' && connected) attach(true);
});
process.on('removeListener', (event) => {
  if (event === 'message' && process.listenerCount('message') === 0) attach(false);
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
