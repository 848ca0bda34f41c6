// fork() starts another node process running a module, with an IPC channel: JavaScript values go both ways with send() and 'message'
const { fork } = require('child_process');
const child = fork(__dirname + '/modules/square-child.js');
let answers = 0;
child.on('message', (msg) => {
  console.log('parent got', msg);
  if (++answers === 2) child.send('stop');
});
child.on('exit', (code) => console.log('child exited with code', code));
child.send(7);
child.send(12);
console.log('parent: sent two numbers, and goes on at once');
