// exec and execFile buffer a command's output for their callback; a failing command gives an error with its exit code
const { exec, execFile } = require('child_process');
exec('echo "a  b" c', (err, out, errOut) => {
  console.log('exec', err, JSON.stringify(out), JSON.stringify(errOut));
  execFile('false', (err2, out2) => {
    console.log('execFile false', err2.code, err2.message.split('\n')[0], JSON.stringify(out2));
    exec('echo ' + 'x'.repeat(50), { maxBuffer: 10 }, (err3, out3) => {
      console.log('maxBuffer', err3.code, err3.message, JSON.stringify(out3));
    });
  });
});
