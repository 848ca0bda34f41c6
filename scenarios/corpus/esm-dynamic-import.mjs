// import() reads the module asynchronously (after this turn's immediates), then evaluates it from a promise job
setImmediate(() => console.log('immediate'));
process.nextTick(() => console.log('nextTick'));
import('./modules/esm-lazy.mjs').then((mod) => {
  console.log('imported:', mod.default(), mod.answer);
  console.log(mod);
  return import('./modules/esm-lazy.mjs');
}).then((again) => console.log('second import() gives the same namespace:', again.answer));
const missing = import('./modules/esm-lazy');
missing.catch((e) => console.log(e.code + ': ' + e.message.replace(/\/.*\//, '/.../')));
console.log('top level done');
