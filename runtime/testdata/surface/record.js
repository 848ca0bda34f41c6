// Records what node's built-in modules export, for loopviz's stubs of what it
// does not model (runtime/surface.go). Run with node v20 from the repo root:
//
//	node runtime/testdata/surface/record.js > runtime/lib/surface.json
//
// For each module: every own enumerable export, as "function" (called),
// "class" (a constructor), "object", or its value when it is a primitive.
'use strict';
const modules = [
  'assert', 'buffer', 'crypto', 'dns', 'dns/promises', 'events', 'fs', 'fs/promises', 'http', 'net', 'os',
  'path', 'perf_hooks', 'querystring', 'readline', 'readline/promises', 'stream', 'stream/promises', 'string_decoder',
  'timers', 'timers/promises', 'url', 'util', 'util/types', 'zlib',
];

function describe(value) {
  switch (typeof value) {
    case 'function':
      return /^[A-Z]/.test(value.name) && value.prototype !== undefined ? 'class' : 'function';
    case 'object':
      return value === null ? { value: null } : 'object';
    case 'bigint':
    case 'symbol':
      return 'object';
    default:
      return { value };
  }
}

const surface = {};
for (const name of modules) {
  const m = require(name);
  const exports = {};
  for (const key of Object.keys(m).sort()) {
    // Node's own underscored internals are not part of the API.
    if (key.startsWith('_')) continue;
    exports[key] = describe(m[key]);
  }
  surface[name] = exports;
}
process.stdout.write(JSON.stringify({ node: process.version, modules: surface }, null, 1) + '\n');
