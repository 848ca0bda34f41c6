// A forked child that throws: it prints its error on its own stderr, exits 1, and the parent's 'exit' reports it
const { fork } = require('child_process');
if (process.argv[2] === 'child') {
  setTimeout(() => { throw new Error('child failed'); }, 10);
} else {
  const c = fork(__filename, ['child'], { silent: true });
  let errText = '';
  c.stderr.on('data', (d) => { errText += d; });
  c.on('exit', (code) => console.log('exit', code));
  c.on('close', () => console.log('stderr mentions the error:', errText.includes('Error: child failed')));
}
