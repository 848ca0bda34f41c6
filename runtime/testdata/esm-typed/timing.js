// a .js file under "type": "module" is an ES module: promise reactions before nextTicks, setImmediate before setTimeout(0)
setTimeout(() => console.log('timeout 0'), 0);
setImmediate(() => console.log('immediate'));
process.nextTick(() => console.log('nextTick'));
Promise.resolve().then(() => console.log('promise reaction'));
console.log('top level done', typeof require, this);
