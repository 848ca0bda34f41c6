// spawn with shell: true runs the command line through the (simulated) shell, quotes and all
const { spawn } = require('child_process');
const c = spawn("echo 'one  two' three", { shell: true });
c.stdout.on('data', (d) => process.stdout.write('got ' + d));
c.on('close', (code) => console.log('close', code));
