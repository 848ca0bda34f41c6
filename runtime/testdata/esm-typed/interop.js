// a typed package mixes .js ES modules and .cjs CommonJS files; import() of each
import { add } from './lib/helper.cjs';
import { triple } from './lib/esm.js';
console.log(add(1, 2), triple(3));
const again = await import('./lib/helper.cjs');
console.log(again.add === add, Object.keys(again));
