// `return somePromise` from an async function costs two extra ticks over `return value`
async function returnsValue() {
  return 'value';
}
async function returnsPromise() {
  return Promise.resolve('promise');
}
async function returnsAwaited() {
  return await Promise.resolve('awaited');
}
returnsPromise().then(v => console.log('resolved:', v));
returnsAwaited().then(v => console.log('resolved:', v));
returnsValue().then(v => console.log('resolved:', v));
let tick = 0;
function counter() {
  tick++;
  console.log('tick', tick);
  if (tick < 5) Promise.resolve().then(counter);
}
Promise.resolve().then(counter);
