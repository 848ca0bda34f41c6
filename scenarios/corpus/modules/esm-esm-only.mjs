// an ES module that waits at its top level
console.log('esm-esm-only.mjs runs');
await null;
export const ready = true;
