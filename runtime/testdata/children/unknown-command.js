// A command loopviz does not simulate fails the way a missing one does in node: an 'error' event with code ENOENT
const { spawn, exec } = require('child_process');
const c = spawn('no-such-command-here', ['x']);
c.on('error', (e) => {
  console.log('error', e.code, e.errno, e.syscall, e.path, e.spawnargs);
  exec('no-such-command-here x', (err, out, errOut) => console.log('exec', err.code, errOut.startsWith('/bin/sh: 1: no-such-command-here: not found')));
});
