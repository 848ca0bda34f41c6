async function load() {
  try {
    console.log('trying');
    await Promise.reject(new Error('nope'));
    console.log('never');
  } catch (err) {
    console.log('caught ' + err.message);
  } finally {
    console.log('finally');
  }
}
load().then(() => console.log('load settled'));
Promise.resolve().then(() => console.log('other'));
console.log('sync end');
