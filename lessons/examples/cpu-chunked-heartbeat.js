// The same work cut into 2 ms slices with setImmediate: the loop turns between slices and the heartbeat keeps time
let beats = 0;
let finished = false;
const heartbeat = setInterval(() => {
  beats++;
  if (beats === 1) {
    console.log('beat 1: starting the heavy work');
    setImmediate(slice);
  } else {
    console.log('beat 2:', finished ? 'late, the heavy work is already over' : 'on time, the heavy work is still going');
    clearInterval(heartbeat);
  }
}, 10);
let x = 0;
let slices = 0;
function slice() {
  const t = Date.now();
  while (Date.now() - t < 2) x = Math.sqrt(x + t); // one short slice of the same work
  if (++slices < 100) return setImmediate(slice);
  finished = true;
  console.log('heavy work ends after', slices, 'slices');
}
