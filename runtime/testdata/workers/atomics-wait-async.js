// Atomics.waitAsync waits without blocking: notify resolves its promise, and a pending wait does not keep the loop alive
const sab = new SharedArrayBuffer(8);
const a = new Int32Array(sab);
const r1 = Atomics.waitAsync(a, 0, 1);
console.log(r1);
const r2 = Atomics.waitAsync(a, 0, 0, 0);
console.log(r2);
const r3 = Atomics.waitAsync(a, 0, 0, 50);
console.log(r3.async, r3.value instanceof Promise);
r3.value.then((v) => console.log('r3', v));
const r4 = Atomics.waitAsync(a, 1, 0);
r4.value.then((v) => console.log('r4', v));
setTimeout(() => { console.log('notify', Atomics.notify(a, 1)); }, 10);
console.log('sync end');
