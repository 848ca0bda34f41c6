// The same work re-queued with setImmediate: each turn goes round the loop, so the heartbeat keeps time and the read lands
const fs = require('fs');
const start = Date.now();
let working = true;
let beats = 0;
let readDone = false;
const heartbeat = setInterval(() => {
  beats++;
  console.log('heartbeat', beats, working ? '(on time)' : '(late: the work starved it)');
  if (beats === 3 || !working) clearInterval(heartbeat);
}, 20);
fs.readFile(__filename, () => {
  readDone = true;
  if (!working) console.log('file read done (late: after the work)');
});
// The work goes on for 150 ms, or until the heartbeat has beaten three times.
function work() {
  if (beats < 3 && Date.now() - start < 150) return setImmediate(work); // yield: timers and I/O run before the next turn
  working = false;
  console.log('work done; heartbeats so far:', beats, '- file read done:', readDone);
}
setImmediate(work);
