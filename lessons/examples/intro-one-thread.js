// One JavaScript thread: a timer due at 10 ms cannot interrupt a 50 ms busy loop; it runs when the loop is free again
const start = Date.now();
setTimeout(() => {
  const late = Date.now() - start >= 50;
  console.log('timer: due at 10 ms, ran after the busy loop?', late);
}, 10);
console.log('busy loop starts');
while (Date.now() - start < 50) {
  // the only thread that runs JavaScript is busy here
}
console.log('busy loop ends');
