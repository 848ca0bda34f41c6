// Promise.race settles with the first member to settle, rejection or not; already settled members win first
const t = (ms, v) => new Promise(resolve => setTimeout(() => resolve(v), ms));
const fail = (ms, m) => new Promise((_, reject) => setTimeout(() => reject(new Error(m)), ms));
// The short timers are created first, so they expire first even on a slow machine.
const fast = t(5, 'fast');
const fastFailure = fail(5, 'fast failure');
Promise.race([t(60, 'slow'), fast]).then(v => console.log('race 1 winner:', v));
Promise.race([t(60, 'slow'), fastFailure]).catch(e => console.log('race 2 rejected:', e.message));
Promise.race([t(1, 'timer'), 'plain value']).then(v => console.log('race 3 winner:', v));
Promise.race([]).then(() => console.log('never: race of [] stays pending'));
console.log('main done');
