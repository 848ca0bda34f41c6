// Starvation: work re-queued with process.nextTick for 150 ms; the 20 ms heartbeat and a file read wait until it ends
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
  if (beats < 3 && Date.now() - start < 150) return process.nextTick(work); // re-queue before the loop can move on
  working = false;
  console.log('work done; heartbeats so far:', beats, '- file read done:', readDone);
}
process.nextTick(work);
