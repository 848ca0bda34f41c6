// importing a name the module does not export fails when the graph links, before any module runs
import { count, decrement } from './modules/esm-counter.mjs';
console.log('never printed', count, decrement);
process.on('exit', (code) => console.log('exit', code));
setTimeout(() => {}, 10);
