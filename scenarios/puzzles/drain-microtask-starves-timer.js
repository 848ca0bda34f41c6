setTimeout(() => console.log('timer'), 0);
let i = 0;
function loop() {
  if (++i === 5000) {
    console.log('chain done');
    return;
  }
  return Promise.resolve().then(loop);
}
loop();
console.log('sync');
