// Starvation again: the same work re-queued with a promise reaction; microtasks drain to the end before the loop moves on
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
  if (beats < 3 && Date.now() - start < 150) return Promise.resolve().then(work); // a microtask: drained before the loop moves on
  working = false;
  console.log('work done; heartbeats so far:', beats, '- file read done:', readDone);
}
Promise.resolve().then(work);
