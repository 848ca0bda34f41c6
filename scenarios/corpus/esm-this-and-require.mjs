// what the top level sees: this, require, module and __filename exist only in CommonJS: ES module (its CommonJS twin: esm-this-and-require.js)
console.log('this:', this);
console.log('typeof require:', typeof require);
console.log('typeof module:', typeof module);
console.log('typeof __filename:', typeof __filename);
console.log('strict:', (function () { return this === undefined; })());
