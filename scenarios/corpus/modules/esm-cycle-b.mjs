// the other side of the cycle: evaluates first, before a has run
import { a, describeA } from './esm-cycle-a.mjs';
console.log('b evaluates; describeA():', describeA());
try {
  console.log(a);
} catch (e) {
  console.log('reading a too early:', e.name + ': ' + e.message);
}
export const b = 'B';
export function describeB() {
  return 'b sees a = ' + a;
}
