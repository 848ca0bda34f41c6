// a throw inside an async function with nobody awaiting it is an unhandled rejection
async function load() {
  console.log('load starts');
  await null;
  throw new TypeError('bad config');
}
load();
setTimeout(() => console.log('timer never runs'), 0);
console.log('main done');
