// a module with mutable state: importers see every change (live bindings)
export let count = 0;
export function increment() {
  count++;
}
export default 'the counter module';
console.log('esm-counter.mjs evaluates');
