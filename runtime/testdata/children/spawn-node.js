// spawn('node', [script]) runs a node child with piped stdio: its console output arrives on child.stdout
const { spawn } = require('child_process');
if (process.argv[2] === 'child') {
  console.log('child says', process.argv.slice(3).join(' '));
  process.exitCode = 4;
} else {
  const c = spawn('node', [__filename, 'child', 'a', 'b']);
  let out = '';
  c.stdout.on('data', (d) => { out += d; });
  c.on('close', (code) => console.log('close', code, JSON.stringify(out)));
}
