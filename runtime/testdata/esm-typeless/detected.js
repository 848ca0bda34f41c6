// a .js file with import syntax in a package.json without "type": node runs it as an ES module and warns
import { EventEmitter } from 'node:events';
process.nextTick(() => console.log('nextTick'));
Promise.resolve().then(() => console.log('promise reaction'));
console.log(typeof EventEmitter, typeof require);
