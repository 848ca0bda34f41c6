// setTimeout returns a Timeout object (not a number) that can be used as a primitive id
const t = setTimeout(() => console.log('timer fired'), 1);
console.log('type:', typeof t, t.constructor.name);
console.log('hasRef:', t.hasRef());
console.log('primitive is a number:', typeof t[Symbol.toPrimitive]());
const id = +t;
const other = setTimeout(() => console.log('cleared by numeric id (never runs)'), 5);
clearTimeout(+other);
console.log('id is a positive integer:', Number.isInteger(id) && id > 0);
