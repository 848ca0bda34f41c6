// cat with no files copies its stdin: what the parent writes to child.stdin comes back on child.stdout
const { spawn } = require('child_process');
const c = spawn('cat');
let got = '';
c.stdout.setEncoding('utf8');
c.stdout.on('data', (d) => { got += d; });
c.on('close', (code) => console.log('close', code, JSON.stringify(got)));
c.stdin.write('one\n');
c.stdin.end('two\n');
