// Node wraps a CommonJS file in a function: require, module, __filename and __dirname are its parameters, not globals
console.log('arguments of the wrapper:', arguments.length);
console.log('this is module.exports?', this === module.exports);
console.log('require is a global?', 'require' in globalThis);
console.log('__filename ends with', require('path').basename(__filename));
