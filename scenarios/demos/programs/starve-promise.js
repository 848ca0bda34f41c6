// Starvation again: the same work re-queued with a promise reaction; microtasks drain to the end before the loop moves on
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
  if (Date.now() - start < 80) return Promise.resolve().then(work); // a microtask: drained before the loop moves on
  working = false;
  console.log('work done');
}
Promise.resolve().then(work);
