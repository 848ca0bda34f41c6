async function getValue() {
  return Promise.resolve('value');
}
getValue().then(() => console.log('async done'));
Promise.resolve()
  .then(() => console.log('p1'))
  .then(() => console.log('p2'))
  .then(() => console.log('p3'))
  .then(() => console.log('p4'));
