// rl.question over a PassThrough: the prompt goes to the output, the next line answers it instead of a 'line' event, and a question asked in the callback takes the following line.
const readline = require('readline');
const { PassThrough } = require('stream');
const input = new PassThrough();
const out = new PassThrough();
out.on('data', (d) => console.log('out:', JSON.stringify(String(d))));
const rl = readline.createInterface({ input, output: out });
rl.on('line', (l) => console.log('line event', l));
rl.question('Name? ', (a) => {
  console.log('answer', a);
  rl.question('Age? ', (b) => {
    console.log('answer2', b);
    rl.setPrompt('> ');
    rl.prompt();
  });
});
input.write('Ann\nBob\n');
input.write('42\nextra\n');
rl.on('close', () => {
  console.log('closed', rl.closed);
  try {
    rl.question('again? ', () => {});
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
});
console.log('sync', JSON.stringify(rl.getPrompt()));
input.end();
