// PassThrough: written chunks come out unchanged; end() ends the readable side.
const { PassThrough } = require('stream');
const pt = new PassThrough();
pt.on('data', (c) => console.log('data', String(c)));
pt.on('end', () => console.log('end'));
pt.on('finish', () => console.log('finish'));
pt.on('close', () => console.log('close'));
pt.write('one');
console.log('wrote one');
pt.write('two', () => console.log('cb two'));
pt.end('three');
process.nextTick(() => console.log('tick'));
