// an ES module import must name the file exactly: without its extension, the whole program fails to load
console.log('never printed: the graph fails before anything runs');
import { count } from './modules/esm-counter';
console.log(count);
process.on('exit', (code) => console.log('exit', code));
