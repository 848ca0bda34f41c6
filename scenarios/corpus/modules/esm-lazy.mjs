// loaded on demand with import()
console.log('esm-lazy.mjs evaluates');
export const answer = 42;
export default function hello() {
  return 'hello from esm-lazy.mjs';
}
