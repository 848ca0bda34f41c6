// A CommonJS module for require-sync-cached.js: it runs once, however often it is required
console.log('  counter.js runs (once)');
let count = 0;
module.exports = { count, increment() { count++; return count; } };
