// record.js runs every case in cases.js through real node and writes what node printed as JSON.
//
//   node testdata/record.js [OUT]   (default: testdata/golden.json next to this script)
//
// The Go test evaluates the same cases.js in goja and compares loopviz's rendering with this file;
// it also re-runs this script when node is on the PATH and fails if the golden file is stale.
'use strict';
const fs = require('fs');
const path = require('path');
const util = require('util');
const vm = require('vm');
const { Console } = require('console');

let captured = '';
const sink = { write(chunk) { captured += chunk; return true; }, once() {}, on() {}, removeListener() {}, listenerCount() { return 0; } };
const con = new Console({ stdout: sink, stderr: sink, colorMode: false });

const cases = [];
const names = new Set();
function add(kind, name, fn, opts) {
  if (names.has(name)) throw new Error(`duplicate case name ${JSON.stringify(name)}`);
  names.add(name);
  cases.push({ kind, name, fn, opts });
}

// The same helpers exist in the Go harness (inspect_test.go).
const harness = {
  // log: console.log(...args); fn returns the argument list.
  log: (name, fn) => add('log', name, fn),
  // show: console.log(value) of one value.
  show: (name, fn) => add('show', name, fn),
  // inspect: util.inspect(value, opts).
  inspect: (name, fn, opts) => add('inspect', name, fn, opts),
  // format: util.format(...args).
  format: (name, fn) => add('format', name, fn),
  // table: console.table(data[, properties]); fn returns [data] or [data, properties].
  table: (name, fn) => add('table', name, fn),
  // HOST builds objects the runtime renders through hooks: real ones here.
  HOST: {
    pending: () => new Promise(() => {}),
    resolved: (v) => Promise.resolve(v),
    rejected: (v) => { const p = Promise.reject(v); p.catch(() => {}); return p; },
    rewritten: (src, name, expr) => (0, eval)(expr || `(${src})`),
    timeout: () => new Timeout(),
  },
};

// What node prints for a Timeout, minus the fields that vary between runs.
class Timeout {
  constructor() {
    this._idleTimeout = 1000;
    this._idlePrev = null;
    this._onTimeout = function () {};
    this._repeat = null;
    this._destroyed = false;
    this[Symbol('refed')] = true;
  }
}

const src = fs.readFileSync(path.join(__dirname, 'cases.js'), 'utf8');
vm.runInThisContext(`(function (log, show, inspect, format, table, HOST) {\n${src}\n})`, { filename: 'cases.js', lineOffset: -1 })(
  harness.log, harness.show, harness.inspect, harness.format, harness.table, harness.HOST);

const out = [];
for (const c of cases) {
  let text;
  const v = c.fn();
  switch (c.kind) {
    case 'log': captured = ''; con.log(...v); text = captured; break;
    case 'show': captured = ''; con.log(v); text = captured; break;
    case 'inspect': text = c.opts === undefined ? util.inspect(v) : util.inspect(v, c.opts); break;
    case 'format': text = util.format(...v); break;
    case 'table': captured = ''; con.table(...v); text = captured; break;
  }
  out.push({ name: c.name, output: text });
}
const file = process.argv[2] || path.join(__dirname, 'golden.json');
fs.writeFileSync(file, JSON.stringify(out, null, 1) + '\n');
