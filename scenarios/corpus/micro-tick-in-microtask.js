// a nextTick queued inside queueMicrotask runs only after the microtask queue is empty
queueMicrotask(() => {
  console.log('microtask A');
  process.nextTick(() => {
    console.log('tick queued by microtask A');
    queueMicrotask(() => console.log('microtask queued by that tick'));
  });
  queueMicrotask(() => console.log('microtask C queued by A'));
});
queueMicrotask(() => console.log('microtask B'));
console.log('main done');
