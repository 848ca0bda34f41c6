// require in a .js ES module: node's error adds why the file is an ES module
console.log('before require');
const fs = require('fs');
console.log('never printed', typeof fs);
