// a default export that is an expression, evaluated when the module runs
let n = 40;
export default n + 2;
n = 0;
export { n };
