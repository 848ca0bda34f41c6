// an imported binding is live: it reads the exporter's variable, and the importer cannot assign it
import label, { count, increment } from './modules/esm-counter.mjs';
import * as counter from './modules/esm-counter.mjs';
console.log('main evaluates after its import:', label);
console.log('count before:', count);
increment();
increment();
console.log('count after two increments:', count, counter.count);
try {
  count = 10;
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
console.log(counter);
console.log(Object.keys(counter), 'count' in counter);
