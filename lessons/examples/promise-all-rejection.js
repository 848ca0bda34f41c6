// The same two requests through Promise.all: the rejection has a handler from the start and the catch sees it
function fetchUser(id, ms, fail) {
  return new Promise((resolve, reject) => setTimeout(() => (fail ? reject(new Error('user ' + id + ' not found')) : resolve(id)), ms));
}
async function safeParallel() {
  try {
    await Promise.all([fetchUser(1, 20, false), fetchUser(2, 5, true)]);
  } catch (err) {
    console.log('caught', err.message);
  }
}
safeParallel();
