// nextTicks and promise reactions queued inside an immediate run before the next immediate
setImmediate(() => {
  console.log('immediate 1');
  Promise.resolve().then(() => console.log('  promise from immediate 1'));
  process.nextTick(() => console.log('  tick from immediate 1'));
});
setImmediate(() => {
  console.log('immediate 2');
  process.nextTick(() => {
    console.log('  tick from immediate 2');
    Promise.resolve().then(() => console.log('  promise from that tick'));
  });
});
setImmediate(() => console.log('immediate 3'));
