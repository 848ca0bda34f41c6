// Piping into process.stdout: the output appears; stdout is not ended.
const { Readable } = require('stream');
const r = Readable.from(['line 1\n', 'line 2\n']);
r.on('end', () => console.log('end'));
r.pipe(process.stdout);
process.stdout.write('direct write\n');
