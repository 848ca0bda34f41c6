// what the top level sees: this, require, module and __filename exist only in CommonJS: CommonJS (its ES module twin: esm-this-and-require.mjs)
console.log('this:', this);
console.log('typeof require:', typeof require);
console.log('typeof module:', typeof module);
console.log('typeof __filename:', typeof __filename);
console.log('strict:', (function () { return this === undefined; })());
