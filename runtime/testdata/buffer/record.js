// record.js runs every case of cases.js as a program of its own under real node and writes what
// node printed (stdout and exit code) as JSON.
//
//   node testdata/buffer/record.js [OUT]   (default: golden.json next to this script)
//
// cases.js: the text before the first "// === name" line is a prelude put in front of every
// case; each case runs from its marker to the next. buffer_test.go runs the same programs under
// loopviz and compares; it also re-runs this script when node is on the PATH and fails if the
// golden file is stale. Stdout is a pipe, as in the test (node's Buffer pool offsets depend on
// it: writing to a file takes pool bytes on every console.log).
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFile } = require('child_process');

function parseCases(text) {
  const lines = text.split('\n');
  const prelude = [];
  const cases = [];
  let cur = null;
  for (const line of lines) {
    const m = /^\/\/ === (.+)$/.exec(line);
    if (m) {
      cur = { name: m[1].trim(), lines: [] };
      cases.push(cur);
    } else if (cur) {
      cur.lines.push(line);
    } else {
      prelude.push(line);
    }
  }
  const names = new Set();
  for (const c of cases) {
    if (names.has(c.name)) throw new Error(`duplicate case name ${JSON.stringify(c.name)}`);
    names.add(c.name);
  }
  return cases.map((c) => ({ name: c.name, source: prelude.join('\n') + '\n' + c.lines.join('\n') }));
}

function run(file) {
  return new Promise((resolve) => {
    execFile(process.execPath, [file], { encoding: 'utf8', maxBuffer: 1 << 26 }, (err, stdout) => {
      resolve({ stdout, exit: err ? (typeof err.code === 'number' ? err.code : 1) : 0 });
    });
  });
}

async function main() {
  const out = process.argv[2] || path.join(__dirname, 'golden.json');
  const cases = parseCases(fs.readFileSync(path.join(__dirname, 'cases.js'), 'utf8'));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'loopviz-buffer-'));
  const results = new Array(cases.length);
  let next = 0;
  async function worker() {
    while (next < cases.length) {
      const i = next++;
      const file = path.join(dir, `case${i}.js`);
      fs.writeFileSync(file, cases[i].source);
      const r = await run(file);
      results[i] = { name: cases[i].name, stdout: r.stdout, exit: r.exit };
    }
  }
  const workers = Math.max(1, Math.min(8, os.availableParallelism ? os.availableParallelism() : os.cpus().length));
  await Promise.all(Array.from({ length: workers }, worker));
  fs.rmSync(dir, { recursive: true, force: true });
  fs.writeFileSync(out, JSON.stringify(results, null, 1) + '\n');
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
