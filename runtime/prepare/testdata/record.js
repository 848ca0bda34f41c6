#!/usr/bin/env node
// Records what real node prints for the test corpora of runtime/prepare:
//
//   behaviour.txt -> behaviour.golden   stdout of each program run as a CommonJS module
//   syntax.txt    -> syntax.golden      node's syntax error block for each bad program
//
// Usage (from the repository root): node runtime/prepare/testdata/record.js
// The Go tests compare against these files, and re-run node live when it is on the PATH.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');

const here = __dirname;

// sections parses "-- name --" sections; each body is its lines joined with "\n", plus "\n".
function sections(file) {
  const out = [];
  let cur = null;
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    const m = /^-- (.*) --$/.exec(line);
    if (m) {
      cur = { name: m[1], lines: [] };
      out.push(cur);
    } else if (cur) {
      cur.lines.push(line);
    }
  }
  for (const s of out) {
    while (s.lines.length && s.lines[s.lines.length - 1] === '') s.lines.pop();
    s.body = s.lines.join('\n') + '\n';
  }
  return out;
}

// Program bodies may spell characters that are awkward in a text file as \u{...}.
function unescape(body) {
  return body.replace(/\\u\{([0-9a-fA-F]+)\}/g, (_, h) => String.fromCodePoint(parseInt(h, 16)));
}

function runNode(dir, file, body) {
  const p = path.join(dir, file);
  fs.writeFileSync(p, body);
  const r = spawnSync(process.execPath, [p], { cwd: dir, encoding: 'utf8', timeout: 10000 });
  return { stdout: r.stdout, stderr: r.stderr.split(dir + path.sep).join(''), status: r.status };
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'loopviz-prepare-'));
try {
  let golden = '';
  for (const s of sections(path.join(here, 'behaviour.txt'))) {
    const r = runNode(dir, 'main.js', s.body);
    if (r.status !== 0) console.error(`behaviour ${s.name}: node exited ${r.status}\n${r.stderr}`);
    golden += `-- ${s.name} --\n${r.stdout}`;
  }
  fs.writeFileSync(path.join(here, 'behaviour.golden'), golden);

  golden = '';
  for (const s of sections(path.join(here, 'syntax.txt'))) {
    // .cjs: a CommonJS module for sure (a .js file with ES module syntax is retried as one).
    const r = runNode(dir, 'file.cjs', unescape(s.body));
    const esm = r.stderr.includes('To load an ES module');
    const lines = r.stderr.split('\n');
    const start = lines.findIndex((l) => l.startsWith('file.cjs:'));
    const end = lines.findIndex((l) => /^SyntaxError: /.test(l));
    if (start < 0 || end < 0) {
      console.error(`syntax ${s.name}: no syntax error block in:\n${r.stderr}`);
      golden += `-- ${s.name} --\nno syntax error\n`;
      continue;
    }
    golden += `-- ${s.name} --\nesm: ${esm}\n${lines.slice(start, end + 1).join('\n')}\n`;
  }
  fs.writeFileSync(path.join(here, 'syntax.golden'), golden);
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
