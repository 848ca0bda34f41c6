// kill() ends a (simulated) sleep early: 'exit' gets a null code and the signal
const { spawn } = require('child_process');
const c = spawn('sleep', ['10']);
c.on('exit', (code, sig) => console.log('exit', code, sig, c.killed));
c.on('close', (code, sig) => console.log('close', code, sig));
setTimeout(() => console.log('kill sent', c.kill()), 20);
