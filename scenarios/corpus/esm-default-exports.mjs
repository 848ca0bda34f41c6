// default exports: an anonymous function is named 'default'; an expression's value is fixed when it runs
import anon, { arrow, Shape } from './modules/esm-defaults.mjs';
import value, { n } from './modules/esm-default-expr.mjs';
console.log(anon.name, anon());
console.log(arrow.name, Shape.name, typeof Shape);
console.log(value, n);
