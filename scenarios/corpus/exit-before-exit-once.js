// beforeExit fires when the loop runs out of work; scheduling work there restarts the loop (guarded to run once)
let rescheduled = false;
process.on('beforeExit', code => {
  console.log('beforeExit, code', code);
  if (!rescheduled) {
    rescheduled = true;
    setTimeout(() => console.log('timer scheduled from beforeExit'), 1);
    Promise.resolve().then(() => console.log('promise from beforeExit'));
  }
});
process.on('exit', code => console.log('exit, code', code));
setTimeout(() => console.log('original timer'), 1);
console.log('main done');
