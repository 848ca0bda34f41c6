// readline over Readable.from(strings): lines joined across chunk boundaries, the last unterminated line emitted at the end, and the interface's own properties.
const readline = require('readline');
const { Readable } = require('stream');
const input = Readable.from(['a\nb', '\nc\n', 'd']);
const rl = readline.createInterface({ input, terminal: false });
rl.on('line', (l) => console.log('line', l));
rl.on('close', () => console.log('close'));
console.log(rl.input === input, rl.output, rl.crlfDelay, rl.historySize, rl.history, JSON.stringify(rl.getPrompt()), rl.terminal);
rl.setPrompt('$ ');
rl.prompt();
console.log('prompt written nowhere:', rl.getPrompt());
