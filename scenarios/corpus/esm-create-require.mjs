// createRequire: an ES module gets a CommonJS require for its own folder (the usual way to load JSON or CommonJS)
import { createRequire, isBuiltin } from 'node:module';
const require = createRequire(import.meta.url);
const config = require('./modules/config.json');
const { next } = require('./modules/counter.js');
console.log(typeof config, next(), next());
console.log(require.resolve('./modules/counter.js') === import.meta.dirname + '/modules/counter.js');
console.log(require.resolve('node:fs'), isBuiltin('fs'), isBuiltin('nope'));
