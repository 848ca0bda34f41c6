process.on('exit', (code) => console.log('exit code ' + code));
const p = Promise.reject(new Error('late'));
setTimeout(() => {
  console.log('attaching catch');
  p.catch(() => console.log('caught'));
}, 0);
console.log('main done');
