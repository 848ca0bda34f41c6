// top-level await in an imported module holds back its importers, not its siblings
import { slow } from './modules/esm-slow.mjs';
import { quick } from './modules/esm-quick.mjs';
console.log('main:', slow, quick);
await null;
process.nextTick(() => console.log('nextTick after the await'));
Promise.resolve().then(() => console.log('promise after the await'));
console.log('main: after its own await');
