// for await over an array of promises and plain values waits for each in turn, in array order
const delay = (ms, v) => new Promise((resolve) => setTimeout(() => resolve(v), ms));
async function main() {
  for await (const v of [delay(20, 'slow first'), delay(5, 'fast second'), 'plain third']) {
    console.log(v);
  }
  for await (const ch of 'ab') console.log('char', ch);
  console.log('loop done');
}
main().then(() => console.log('main settled'));
Promise.resolve().then(() => console.log('microtask while the loop waits'));
