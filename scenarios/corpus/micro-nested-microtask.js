// a microtask queued inside a microtask runs in the same drain, after the ones already queued
queueMicrotask(() => {
  console.log('microtask 1');
  queueMicrotask(() => {
    console.log('microtask 1.1 (queued by microtask 1)');
    queueMicrotask(() => console.log('microtask 1.1.1 (queued by 1.1)'));
  });
});
queueMicrotask(() => console.log('microtask 2'));
Promise.resolve().then(() => console.log('promise reaction 3'));
setTimeout(() => console.log('timeout after all microtasks'), 0);
console.log('main done');
