// common runtime errors, caught and printed by message: the wording is V8's
const tests = [
  () => { const user = undefined; return user.name; },
  () => { const o = {}; o.missing(); },
  () => { let handler; handler(); },
  () => { const o = { a: {} }; return o.a.b.c; },
  () => { const o = null; o.x = 1; },
  () => { notDeclared + 1; },
  () => { const c = 1; c = 2; },
  () => { [].reduce((a, b) => a + b); },
];
for (const t of tests) {
  try {
    t();
  } catch (e) {
    console.log(`${e.name}: ${e.message}`);
  }
}
async function failing() {
  const config = undefined;
  return config.port;
}
failing().catch((e) => console.log('async:', e.message));
