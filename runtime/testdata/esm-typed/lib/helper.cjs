// a CommonJS helper inside a "type": "module" package: .cjs stays CommonJS
console.log('helper.cjs runs, typeof require:', typeof require);
exports.add = (a, b) => a + b;
