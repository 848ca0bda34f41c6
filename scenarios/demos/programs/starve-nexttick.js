// Starvation: work re-queued with process.nextTick for 80 ms; the 20 ms heartbeat and a file read wait until it ends
const fs = require('fs');
const start = Date.now();
let working = true;
const heartbeat = setInterval(() => {
  console.log('heartbeat', working ? '(on time: it beat during the work)' : '(late: the work starved it)');
  clearInterval(heartbeat); // one beat tells the story
}, 20);
fs.readFile(__filename, () => {
  if (!working) console.log('file read done (late: after the work)');
});
function work() {
  if (Date.now() - start < 80) return process.nextTick(work); // re-queue before the loop can move on
  working = false;
  console.log('work done');
}
process.nextTick(work);
