// Two requests started without await: the second rejects while the first is still awaited, so no try/catch sees it and node crashes
function fetchUser(id, ms, fail) {
  return new Promise((resolve, reject) => setTimeout(() => (fail ? reject(new Error('user ' + id + ' not found')) : resolve(id)), ms));
}
async function riskyParallel() {
  try {
    const p1 = fetchUser(1, 20, false);
    const p2 = fetchUser(2, 5, true);
    await p1; // p2 rejects at 5 ms with no handler attached yet
    await p2;
  } catch (err) {
    console.log('caught', err.message);
  }
}
riskyParallel();
