// an ES module helper: .js under the package's "type": "module"
console.log('esm.js evaluates');
export const triple = (x) => x * 3;
