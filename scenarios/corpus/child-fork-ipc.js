// fork() starts a node child with an IPC channel: send and 'message' both ways, then disconnect, exit and close
const { fork } = require('child_process');
if (process.argv[2] === 'child') {
  process.on('message', (m) => {
    process.send({ echo: m, isChild: typeof process.send });
    if (m === 'bye') process.disconnect();
  });
} else {
  const c = fork(__filename, ['child']);
  c.on('spawn', () => console.log('spawn'));
  c.on('message', (m) => {
    console.log('parent got', m);
    if (m.echo === 'hello') c.send('bye');
  });
  c.on('disconnect', () => console.log('parent disconnect'));
  c.on('exit', (code, sig) => console.log('exit', code, sig));
  c.on('close', (code, sig) => console.log('close', code, sig));
  c.send('hello');
  console.log('forked', typeof c.pid, c.connected);
}
