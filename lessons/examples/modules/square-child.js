// The child of fork-ipc.js: it waits for numbers over IPC and sends back their squares
process.on('message', (n) => {
  if (n === 'stop') return process.disconnect();
  process.send({ n, square: n * n });
});
