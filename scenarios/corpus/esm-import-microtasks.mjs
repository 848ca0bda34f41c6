// import() of a built-in, of a module already loaded, and of a missing file settle inside the microtask queue, after some loader steps
import './modules/esm-quick.mjs';
import('node:os').then(() => console.log('import("node:os") resolved'));
import('./modules/esm-quick.mjs').then(() => console.log('import of a loaded module resolved'));
import('./modules/no-such-module.mjs').catch((e) => console.log('missing module rejected:', e.code));
let p = Promise.resolve();
for (let i = 1; i <= 16; i++) p = p.then(() => console.log('promise chain step ' + i));
process.nextTick(() => console.log('nextTick: after the whole drain'));
