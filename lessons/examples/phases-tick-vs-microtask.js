// Two queues between callbacks: all nextTicks first, then all promise reactions, and a tick queued by a reaction waits for the reactions
Promise.resolve().then(() => {
  console.log('promise 1');
  process.nextTick(() => console.log('tick queued inside promise 1'));
});
Promise.resolve().then(() => console.log('promise 2'));
queueMicrotask(() => console.log('queueMicrotask 3'));
process.nextTick(() => console.log('tick 1'));
