// a CommonJS module imported by an ES module
console.log('esm-legacy.cjs runs');
exports.greet = (name) => 'hello ' + name;
exports.version = 1;
module.exports.later = 'before';
setTimeout(() => { exports.later = 'after'; }, 0);
