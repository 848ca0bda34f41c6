// readline/promises: question returns a promise of the next line; an AbortSignal cancels it (ending the prompt's line) with an AbortError.
const readline = require('readline/promises');
const { PassThrough } = require('stream');
const input = new PassThrough();
const out = new PassThrough();
out.on('data', (d) => console.log('out:', JSON.stringify(String(d))));
const rl = readline.createInterface({ input, output: out, terminal: false });
(async () => {
  const a = await rl.question('First? ');
  console.log('got', a);
  const ac = new AbortController();
  const p = rl.question('Second? ', { signal: ac.signal });
  ac.abort();
  try {
    await p;
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
  rl.close();
  console.log('closed');
})();
input.write('one\n');
console.log(Object.keys(readline), typeof readline.Interface, rl instanceof readline.Interface);
