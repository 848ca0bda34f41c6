'use strict';
// The path module, POSIX flavour (loopviz models a Linux machine), written from
// Node's documented behaviour. process.cwd() is the main module's directory.
const internal = require('loopviz:internal');

function assertPath(path, name = 'path') {
  if (typeof path !== 'string') throw internal.argTypeError(name, 'string', path);
}

// normalizeString resolves '.' and '..' segments; leading '..' survive only
// when the path is relative.
function normalizeString(path, allowAboveRoot) {
  const out = [];
  for (const seg of path.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (allowAboveRoot) out.push('..');
      continue;
    }
    out.push(seg);
  }
  return out.join('/');
}

function normalize(path) {
  assertPath(path);
  if (path.length === 0) return '.';
  const isAbsolute = path[0] === '/';
  const trailingSeparator = path[path.length - 1] === '/';
  let p = normalizeString(path, !isAbsolute);
  if (p.length === 0) {
    if (isAbsolute) return '/';
    return trailingSeparator ? './' : '.';
  }
  if (trailingSeparator) p += '/';
  return isAbsolute ? '/' + p : p;
}

function isAbsolute(path) {
  assertPath(path);
  return path.length > 0 && path[0] === '/';
}

function join(...args) {
  if (args.length === 0) return '.';
  let joined;
  for (const arg of args) {
    assertPath(arg);
    if (arg.length > 0) joined = joined === undefined ? arg : joined + '/' + arg;
  }
  if (joined === undefined) return '.';
  return normalize(joined);
}

function resolve(...args) {
  let resolved = '';
  let resolvedAbsolute = false;
  for (let i = args.length - 1; i >= -1 && !resolvedAbsolute; i--) {
    const path = i >= 0 ? args[i] : process.cwd();
    assertPath(path, `paths[${i}]`);
    if (path.length === 0) continue;
    resolved = path + '/' + resolved;
    resolvedAbsolute = path[0] === '/';
  }
  resolved = normalizeString(resolved, !resolvedAbsolute);
  if (resolvedAbsolute) return '/' + resolved;
  return resolved.length > 0 ? resolved : '.';
}

function relative(from, to) {
  assertPath(from, 'from');
  assertPath(to, 'to');
  if (from === to) return '';
  from = resolve(from);
  to = resolve(to);
  if (from === to) return '';
  const f = from === '/' ? [] : from.slice(1).split('/');
  const t = to === '/' ? [] : to.slice(1).split('/');
  let i = 0;
  while (i < f.length && i < t.length && f[i] === t[i]) i++;
  return [...f.slice(i).map(() => '..'), ...t.slice(i)].join('/');
}

function dirname(path) {
  assertPath(path);
  if (path.length === 0) return '.';
  const hasRoot = path[0] === '/';
  let end = -1;
  let matchedSlash = true;
  for (let i = path.length - 1; i >= 1; --i) {
    if (path[i] === '/') {
      if (!matchedSlash) {
        end = i;
        break;
      }
    } else {
      matchedSlash = false;
    }
  }
  if (end === -1) return hasRoot ? '/' : '.';
  if (hasRoot && end === 1) return '//';
  return path.slice(0, end);
}

function basename(path, suffix) {
  if (suffix !== undefined) assertPath(suffix, 'ext');
  assertPath(path);
  let end = path.length;
  while (end > 0 && path[end - 1] === '/') end--;
  const trimmed = path.slice(0, end);
  let base = trimmed.slice(trimmed.lastIndexOf('/') + 1);
  if (suffix !== undefined && suffix.length > 0 && suffix.length < base.length && base.endsWith(suffix)) {
    base = base.slice(0, base.length - suffix.length);
  } else if (suffix !== undefined && suffix === base) {
    return base;
  }
  return base;
}

function extname(path) {
  assertPath(path);
  const base = basename(path);
  const dot = base.lastIndexOf('.');
  if (dot <= 0 || dot === base.length - 1 && base === '..') return '';
  return base.slice(dot);
}

function parse(path) {
  assertPath(path);
  const root = path[0] === '/' ? '/' : '';
  if (path.length === 0) return { root: '', dir: '', base: '', ext: '', name: '' };
  const base = basename(path);
  const ext = extname(path);
  let dir = dirname(path);
  if (dir === '.' && root === '' && !path.includes('/')) dir = '';
  return { root, dir, base, ext, name: ext ? base.slice(0, base.length - ext.length) : base };
}

function format(obj) {
  if (obj === null || typeof obj !== 'object') throw internal.argTypeError('pathObject', 'object', obj);
  const dir = obj.dir || obj.root;
  const base = obj.base || `${obj.name || ''}${obj.ext ? (obj.ext[0] === '.' ? '' : '.') + obj.ext : ''}`;
  if (!dir) return base;
  return dir === obj.root ? `${dir}${base}` : `${dir}/${base}`;
}

function toNamespacedPath(path) {
  return path;
}

const posix = {
  resolve, normalize, isAbsolute, join, relative, toNamespacedPath, dirname, basename, extname,
  format, parse, sep: '/', delimiter: ':', win32: null, posix: null,
};
posix.posix = posix;
posix.win32 = posix;
module.exports = posix;
