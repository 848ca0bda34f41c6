// spawn() streams a command's output as it comes; exec() runs it through a shell and hands over the whole output at the end
const { spawn, exec } = require('child_process');
const child = spawn('echo', ['streamed', 'by', 'spawn']);
child.stdout.on('data', (chunk) => console.log('spawn data event:', String(chunk).trim()));
child.on('close', (code) => {
  console.log('spawn closed with code', code);
  exec('echo buffered by exec', (err, stdout) => {
    if (err) throw err;
    console.log('exec callback, whole output:', stdout.trim());
  });
});
