// node -e and node -p run code given on the command line as a child process of its own
const { spawn, execSync, execFileSync } = require('child_process');
console.log(execSync('node -e "console.log(6 * 7)"', { encoding: 'utf8' }).trim());
console.log(execFileSync('node', ['-p', '[1, 2, 3].map((x) => x * 2).join()'], { encoding: 'utf8' }).trim());
const c = spawn('node', ['-e', 'setTimeout(() => { console.log("late"); process.exit(3); }, 20); console.log("early");']);
let out = '';
c.stdout.on('data', (d) => { out += d; });
c.on('close', (code) => console.log('close', code, JSON.stringify(out)));
