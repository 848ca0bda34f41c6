// rl.question on process.stdin: loopviz runs programs without input, as node does with </dev/null: the prompt is written, the input ends, the interface pauses and closes, and the callback never runs.
const readline = require('readline');
const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
rl.on('line', (l) => console.log('line', l));
rl.on('close', () => console.log('close'));
rl.on('pause', () => console.log('pause'));
rl.on('resume', () => console.log('resume'));
rl.question('What is your name? ', (a) => console.log('answer', a));
process.nextTick(() => console.log('tick'));
console.log('sync done', rl.terminal, JSON.stringify(rl.line));
process.on('exit', (c) => console.log('exit', c));
