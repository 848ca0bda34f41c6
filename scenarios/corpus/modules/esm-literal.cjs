// module.exports assigned an object literal: node finds the names of identifier-valued properties
const a = 1;
const b = 2;
function f() {}
module.exports = { a, b: b, f, c: 3, ...{ d: 4 } };
