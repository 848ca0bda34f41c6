// process.stdin with no input (node </dev/null): a ReadStream on fd 0 whose first read finds the end; 'end' comes after the nextTicks of the main module, from a later phase, and no 'close' (it is not auto-closed).
const s = process.stdin;
console.log(s.constructor.name, s.fd, s.readable, s.isTTY, s.readableFlowing, s === process.stdin);
process.nextTick(() => console.log('tick'));
s.on('data', (d) => console.log('data', d));
s.on('end', () => console.log('end'));
s.on('close', () => console.log('close'));
console.log('sync done', s.readableFlowing);
