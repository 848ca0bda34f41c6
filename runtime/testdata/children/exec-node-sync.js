// execSync of a node script blocks the parent until the child's loop has finished; its stdout comes back as the result
const { execSync, exec } = require('child_process');
if (process.argv[2] === 'child') {
  setTimeout(() => console.log('child timer done'), 30);
  console.log('child started');
} else {
  const t = Date.now();
  const out = execSync('node ' + __filename + ' child', { encoding: 'utf8' });
  console.log(JSON.stringify(out), 'blocked at least 30 ms:', Date.now() - t >= 30);
  exec('node ' + __filename + ' child', (err, stdout) => console.log('exec', err, JSON.stringify(stdout)));
}
