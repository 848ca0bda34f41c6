// A 200 ms computation on the main thread: the 10 ms heartbeat cannot beat until it is over
let beats = 0;
let finished = false;
const heartbeat = setInterval(() => {
  beats++;
  if (beats === 1) {
    console.log('beat 1: starting the heavy work');
    setImmediate(heavy);
  } else {
    console.log('beat 2:', finished ? 'late, the heavy work is already over' : 'on time, the heavy work is still going');
    clearInterval(heartbeat);
  }
}, 10);
let x = 0;
function heavy() {
  const t = Date.now();
  while (Date.now() - t < 200) x = Math.sqrt(x + t); // about 200 ms of pure computation in one go
  finished = true;
  console.log('heavy work ends');
}
