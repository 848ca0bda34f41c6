// a .js file without module syntax stays CommonJS: nextTick before promise reactions, no warning
process.nextTick(() => console.log('nextTick'));
Promise.resolve().then(() => console.log('promise reaction'));
console.log(typeof require, typeof module);
try {
  require('./tla.js');
} catch (e) {
  console.log(e.code);
}
