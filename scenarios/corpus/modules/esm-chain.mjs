// a module that queues a chain of promise reactions while it evaluates
let p = Promise.resolve();
for (let i = 1; i <= 7; i++) p = p.then(() => console.log('module chain step ' + i));
console.log('esm-chain.mjs evaluates');
