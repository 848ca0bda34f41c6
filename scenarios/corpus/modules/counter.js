// a helper module for modules-require.js: module state is shared by every require
let count = 0;
exports.next = () => ++count;
exports.loadedAsMain = require.main === module;
console.log('counter.js evaluated once');
