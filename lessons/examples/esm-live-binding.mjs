// ES module exports are live bindings: the importer sees the exporter's later assignments to count
import { count, increment } from './modules/counter.mjs';
console.log('count before', count);
increment();
increment();
console.log('count after two increments', count, '(the exporter\'s variable itself)');
