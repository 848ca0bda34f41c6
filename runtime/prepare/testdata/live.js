// The Go tests' live re-check against node, in one node process (a process per case costs too
// much): reads [{name, kind, body}] as JSON on stdin, prints {name: result} as JSON on stdout.
//
//   kind "syntax":    node's error block for the body compiled as a CommonJS module body
//                     (vm.compileFunction decorates the stack as the CommonJS loader does);
//   kind "behaviour": the console.log output of the body run as a CommonJS module. All
//                     programs run in this process, each with its own console, so their output
//                     stays theirs however their microtasks and timers interleave.
'use strict';
const vm = require('vm');

const params = ['exports', 'require', 'module', '__filename', '__dirname'];
const results = {};
const cases = JSON.parse(require('fs').readFileSync(0, 'utf8'));

for (const c of cases) {
  if (c.kind !== 'syntax') continue;
  try {
    vm.compileFunction(c.body, params, { filename: 'file.cjs' });
    results[c.name] = 'no syntax error\n';
  } catch (e) {
    const lines = String(e.stack).split('\n');
    const end = lines.findIndex((l) => l.startsWith('SyntaxError: '));
    results[c.name] = end < 0 ? String(e.stack) : lines.slice(0, end + 1).join('\n') + '\n';
  }
}

const format = (args) => args.map((a) => (typeof a === 'string' ? a : require('util').inspect(a))).join(' ');
for (const c of cases) {
  if (c.kind !== 'behaviour') continue;
  const out = [];
  results[c.name] = out;
  const console = { log: (...args) => out.push(format(args)) };
  const fn = vm.compileFunction(c.body, params, { filename: '/t/main.js', contextExtensions: [{ console }] });
  const module = { exports: {} };
  try {
    fn.call(module.exports, module.exports, require, module, '/t/main.js', '/t');
  } catch (e) {
    out.push('uncaught: ' + e);
  }
}

process.on('exit', () => {
  for (const [k, v] of Object.entries(results)) {
    if (Array.isArray(v)) results[k] = v.length ? v.join('\n') + '\n' : '';
  }
  process.stdout.write(JSON.stringify(results));
});
