// The Sync forms block the thread until the command ends and return its output
const { execSync, execFileSync, spawnSync } = require('child_process');
setTimeout(() => console.log('timer after the sync calls'), 0);
console.log(JSON.stringify(execSync('echo sync')));
console.log(execFileSync('echo', ['file', 'sync'], { encoding: 'utf8' }).trim());
const r = spawnSync('cat', { input: 'from input' });
console.log(r.status, r.signal, String(r.stdout), r.output.length);
try {
  execSync('false', { stdio: 'pipe' });
} catch (e) {
  console.log('threw', e.status, e.message);
}
