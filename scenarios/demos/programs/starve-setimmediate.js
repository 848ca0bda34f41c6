// The same work re-queued with setImmediate: each turn goes round the loop, so the heartbeat keeps time and the read lands
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
  if (Date.now() - start < 80) return setImmediate(work); // yield: timers and I/O run before the next turn
  working = false;
  console.log('work done');
}
setImmediate(work);
