// re-exports: export * from, export * as ns, and export { x as y } from, all live
import * as barrel from './modules/esm-barrel.mjs';
import { total, increment, circle } from './modules/esm-barrel.mjs';
console.log(Object.keys(barrel));
console.log(barrel.shapes, circle, barrel.counterName);
increment();
console.log('total is live:', total, barrel.total);
console.log('export * skips default:', 'default' in barrel);
