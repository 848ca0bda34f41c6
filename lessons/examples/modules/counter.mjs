// An ES module for esm-live-binding.mjs and require-esm.js: a let it exports and a function that changes it
export let count = 0;
export function increment() {
  count++;
  return count;
}
