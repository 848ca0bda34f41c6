// an async function runs synchronously until its first await; the caller continues after that
async function f() {
  console.log('f: before await (synchronous)');
  await 0;
  console.log('f: after await (microtask)');
}
console.log('main: before call');
const p = f();
console.log('main: after call, got a', p.constructor.name);
p.then(() => console.log('main: f settled'));
process.nextTick(() => console.log('main: nextTick'));
