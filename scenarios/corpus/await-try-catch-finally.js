// try/catch/finally around await: a rejection is caught at the await, finally runs after it
async function risky(fail) {
  await null;
  if (fail) throw new Error('risky failed');
  return 'risky ok';
}
async function main() {
  try {
    console.log('try: got', await risky(false));
    console.log('try: got', await risky(true));
    console.log('never printed');
  } catch (err) {
    console.log('catch:', err.message);
    await null;
    console.log('catch: after await');
  } finally {
    console.log('finally runs');
  }
  return 'main finished';
}
main().then(v => console.log(v));
Promise.resolve().then(() => console.log('outside tick 1')).then(() => console.log('outside tick 2'));
