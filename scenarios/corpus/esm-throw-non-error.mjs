// a value that is not an Error, thrown from an ES module's top level: node can only show where its loader rethrew it
process.on('exit', (code) => console.log('exit', code));
Promise.resolve().then(() => console.log('promise reaction'));
console.log('before the throw');
await null;
throw { reason: 'not an Error object' };
