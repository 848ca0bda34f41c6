// awaiting a thenable calls its then method in a later tick, costing one extra tick over a promise
const thenable = {
  then(resolve) {
    console.log('thenable.then called');
    resolve('from thenable');
  },
};
async function useThenable() {
  console.log('before await thenable');
  const v = await thenable;
  console.log('after await thenable:', v);
}
async function usePromise() {
  const v = await Promise.resolve('from promise');
  console.log('after await promise:', v);
}
useThenable();
usePromise();
Promise.resolve()
  .then(() => console.log('chain tick 1'))
  .then(() => console.log('chain tick 2'))
  .then(() => console.log('chain tick 3'));
console.log('main done');
