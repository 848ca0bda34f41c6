// spawn('echo') runs a (simulated) command: its output arrives as 'data' on child.stdout, then 'exit', then 'close'
const { spawn } = require('child_process');
const c = spawn('echo', ['hello', 'world']);
c.on('spawn', () => console.log('spawn'));
c.stdout.on('data', (d) => console.log('data', JSON.stringify(String(d))));
c.stdout.on('end', () => console.log('stdout end'));
c.on('exit', (code, sig) => console.log('exit', code, sig));
c.on('close', (code, sig) => console.log('close', code, sig));
console.log('spawned', typeof c.pid);
