// one side of an import cycle: imports b, which imports it back
import { b, describeB } from './esm-cycle-b.mjs';
console.log('a evaluates; b is', b);
export const a = 'A';
export function describeA() {
  return 'a (hoisted, callable before a evaluates)';
}
console.log(describeB());
