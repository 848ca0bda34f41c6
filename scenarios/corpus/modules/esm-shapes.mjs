// a module with several exports, re-exported by esm-reexports.mjs
export const circle = 'circle';
export const square = 'square';
export default 'shapes';
