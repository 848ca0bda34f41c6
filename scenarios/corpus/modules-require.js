// require: relative files and JSON, the module cache, require.main, missing modules
const counter = require('./modules/counter');
const again = require('./modules/counter.js');
const config = require('./modules/config.json');
console.log(counter.next(), again.next(), counter === again, counter.loadedAsMain);
console.log(config.greeting, require.main === module, module.exports === exports);
console.log(__filename.endsWith('modules-require.js'), typeof __dirname);
try {
  require('./modules/missing');
} catch (e) {
  console.log(e.code, e.message.split('\n')[0]);
}
setTimeout(() => console.log('a timer from the main module, after the requires'), 0);
