// clearImmediate cancels a queued immediate, even from an earlier immediate in the same check phase
const b = setImmediate(() => console.log('immediate B (never runs)'));
setImmediate(() => {
  console.log('immediate A clears C');
  clearImmediate(c);
});
const c = setImmediate(() => console.log('immediate C (never runs)'));
setImmediate(() => console.log('immediate D runs'));
clearImmediate(b);
console.log('cleared B synchronously');
