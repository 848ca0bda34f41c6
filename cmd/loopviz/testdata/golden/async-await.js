async function inner() {
  console.log('inner');
  return 'value';
}
async function outer() {
  console.log('outer start');
  const v = await inner();
  console.log('outer got', v);
}
outer();
queueMicrotask(() => console.log('microtask'));
