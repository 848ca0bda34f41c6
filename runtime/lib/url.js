'use strict';
// URL and URLSearchParams (the WHATWG classes, also globals) and node's
// legacy url API (url.parse, url.format, url.resolve) with the helpers that
// bridge the two (fileURLToPath, pathToFileURL, urlToHttpOptions).
//
// URL records are parsed and serialized in Go (package weburl, which follows
// the WHATWG URL Standard state by state, as node does). URLSearchParams
// keep their list in goja_nodejs's URLSearchParams; parsing, serializing and
// sorting are done here, where it differs from node (it leaves '+' unencoded,
// decodes %E9 to 'é' rather than U+FFFD, sorts by UTF-8 bytes), and so is
// keeping a URL's searchParams and the URL in step both ways.
const internal = require('loopviz:internal');

const kInspect = Symbol.for('nodejs.util.inspect.custom');

// ---------- URLSearchParams ----------

const Native = internal.urlSearchParams();
const native = Native.prototype;
const sizeOf = Object.getOwnPropertyDescriptor(native, 'size').get;

const paramsSet = new WeakSet(); // every URLSearchParams made here
const paramsOwner = new WeakMap(); // URLSearchParams -> the URL it belongs to

function invalidThis(type) {
  return internal.nodeError('TypeError', 'ERR_INVALID_THIS', `Value of "this" must be of type ${type}`);
}

function missingArgs(names) {
  const list = names.map((n) => `"${n}"`);
  const what = list.length === 1 ? `The ${list[0]} argument` : `The ${list.join(' and ')} arguments`;
  return internal.nodeError('TypeError', 'ERR_MISSING_ARGS', `${what} must be specified`);
}

function checkParams(self) {
  if (!paramsSet.has(self)) throw invalidThis('URLSearchParams');
}

function invalidTuple() {
  return internal.nodeError('TypeError', 'ERR_INVALID_TUPLE', 'Each query pair must be an iterable [name, value] tuple');
}

// initPairs turns a sequence of pairs into [name, value] strings, checking
// each is a pair as node does.
function initPairs(init) {
  const pairs = [];
  for (const pair of init) {
    if ((typeof pair !== 'object' && typeof pair !== 'function') || pair === null || typeof pair[Symbol.iterator] !== 'function') {
      throw invalidTuple();
    }
    const items = Array.from(pair);
    if (items.length !== 2) throw invalidTuple();
    pairs.push([`${items[0]}`, `${items[1]}`]);
  }
  return pairs;
}

// update writes the params back into the URL they belong to (the
// standard's "update steps"): the query is the serialized list, none when
// the list is empty.
function update(params) {
  const owner = paramsOwner.get(params);
  if (owner !== undefined) internal.urlSet(contextOf(owner), FIELD.search, serializeForm(listOf(params)));
}

// replaceList gives params the list parsed from a query string (after the
// URL's search or href was set).
function replaceList(params, query) {
  const names = new Set();
  for (const [name] of native.entries.call(params)) names.add(name);
  for (const name of names) native.delete.call(params, name);
  for (const [name, value] of parseForm(query.startsWith('?') ? query.slice(1) : query)) native.append.call(params, name, value);
}

// parseForm is the application/x-www-form-urlencoded parser: '&'-separated
// pairs, '+' for a space, percent-decoded bytes read as UTF-8 (malformed
// sequences become U+FFFD, as node's do).
function parseForm(input) {
  const pairs = [];
  for (const piece of input.split('&')) {
    if (piece === '') continue;
    const eq = piece.indexOf('=');
    const name = eq === -1 ? piece : piece.slice(0, eq);
    const value = eq === -1 ? '' : piece.slice(eq + 1);
    pairs.push([formDecode(name), formDecode(value)]);
  }
  return pairs;
}

function formDecode(s) {
  if (s.includes('+')) s = s.replace(/\+/g, ' ');
  if (!s.includes('%')) return s;
  const { Buffer } = require('buffer');
  const bytes = Buffer.from(s, 'utf8');
  const out = Buffer.allocUnsafe(bytes.length);
  let n = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b === 37 && i + 2 < bytes.length && isHex(bytes[i + 1]) && isHex(bytes[i + 2])) {
      out[n++] = parseInt(String.fromCharCode(bytes[i + 1], bytes[i + 2]), 16);
      i += 2;
    } else {
      out[n++] = b;
    }
  }
  return out.toString('utf8', 0, n);
}

function isHex(b) {
  return (b >= 48 && b <= 57) || (b >= 65 && b <= 70) || (b >= 97 && b <= 102);
}

function fromQuery(query) {
  return new Native(parseForm(query.startsWith('?') ? query.slice(1) : query));
}

// serializeForm is the application/x-www-form-urlencoded serializer (done
// here: goja_nodejs's leaves '+' unencoded, which reads back as a space).
function serializeForm(list) {
  return list.map(([name, value]) => formEncode(name) + '=' + formEncode(value)).join('&');
}

function formEncode(s) {
  return encodeURIComponent(s).replace(/[!'()~]|%20/g, (c) => (c === '%20' ? '+' : '%' + c.charCodeAt(0).toString(16).toUpperCase()));
}

function listOf(params) {
  return Array.from(native.entries.call(params));
}

class URLSearchParams {
  constructor(init = undefined) {
    let self;
    if (init === null || init === undefined) {
      self = new Native();
    } else if (typeof init === 'object' || typeof init === 'function') {
      if (typeof init[Symbol.iterator] === 'function') {
        self = new Native(initPairs(init));
      } else {
        const pairs = [];
        for (const key of Reflect.ownKeys(init)) {
          if (typeof key !== 'string') continue;
          const desc = Reflect.getOwnPropertyDescriptor(init, key);
          if (desc !== undefined && desc.enumerable) pairs.push([key, `${init[key]}`]);
        }
        self = new Native(pairs);
      }
    } else {
      self = fromQuery(`${init}`);
    }
    Object.setPrototypeOf(self, new.target.prototype);
    paramsSet.add(self);
    return self;
  }

  get size() {
    checkParams(this);
    return sizeOf.call(this);
  }

  append(name, value) {
    checkParams(this);
    if (arguments.length < 2) throw missingArgs(['name', 'value']);
    native.append.call(this, `${name}`, `${value}`);
    update(this);
  }

  delete(name, value = undefined) {
    checkParams(this);
    if (arguments.length < 1) throw missingArgs(['name']);
    if (value === undefined) native.delete.call(this, `${name}`);
    else native.delete.call(this, `${name}`, `${value}`);
    update(this);
  }

  get(name) {
    checkParams(this);
    if (arguments.length < 1) throw missingArgs(['name']);
    return native.get.call(this, `${name}`);
  }

  getAll(name) {
    checkParams(this);
    if (arguments.length < 1) throw missingArgs(['name']);
    return Array.from(native.getAll.call(this, `${name}`));
  }

  has(name, value = undefined) {
    checkParams(this);
    if (arguments.length < 1) throw missingArgs(['name']);
    if (value === undefined) return native.has.call(this, `${name}`);
    return native.has.call(this, `${name}`, `${value}`);
  }

  set(name, value) {
    checkParams(this);
    if (arguments.length < 2) throw missingArgs(['name', 'value']);
    native.set.call(this, `${name}`, `${value}`);
    update(this);
  }

  // sort orders by name in UTF-16 code units, keeping equal names in order.
  sort() {
    checkParams(this);
    const list = listOf(this).map((pair, i) => [pair, i]);
    list.sort(([a, i], [b, j]) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : i - j));
    for (const name of new Set(list.map(([pair]) => pair[0]))) native.delete.call(this, name);
    for (const [[name, value]] of list) native.append.call(this, name, value);
    update(this);
  }

  entries() {
    checkParams(this);
    return new SearchParamsIterator(this, 'entries');
  }

  forEach(callback, thisArg = undefined) {
    checkParams(this);
    if (typeof callback !== 'function') throw internal.argTypeError('callback', 'function', callback);
    // The list is read afresh each turn: the callback may change it.
    for (let i = 0; ; i++) {
      const list = listOf(this);
      if (i >= list.length) break;
      callback.call(thisArg, list[i][1], list[i][0], this);
    }
  }

  keys() {
    checkParams(this);
    return new SearchParamsIterator(this, 'keys');
  }

  values() {
    checkParams(this);
    return new SearchParamsIterator(this, 'values');
  }

  toString() {
    checkParams(this);
    return serializeForm(listOf(this));
  }

  // Node prints URLSearchParams { 'a' => '1', 'b' => '2' }, on one line
  // when it fits in breakLength, else one pair a line.
  [kInspect](depth, options, inspect) {
    checkParams(this);
    if (typeof depth === 'number' && depth < 0) return '[Object]';
    const name = typeof this.constructor === 'function' ? this.constructor.name : 'URLSearchParams';
    const inner = { ...options, depth: options.depth === null ? null : depth - 1 };
    const items = listOf(this).map(([k, v]) => `${inspect(k, inner)} => ${inspect(v, inner)}`);
    return `${name} ${joinEntries(items, options)}`;
  }
}

Object.defineProperty(URLSearchParams.prototype, Symbol.toStringTag, {
  value: 'URLSearchParams', writable: false, enumerable: false, configurable: true,
});
Object.defineProperty(URLSearchParams.prototype, Symbol.iterator, {
  value: URLSearchParams.prototype.entries, writable: true, enumerable: false, configurable: true,
});

function joinEntries(items, options) {
  if (items.length === 0) return '{}';
  const oneLine = items.join(', ');
  const breakLength = typeof options.breakLength === 'number' ? options.breakLength : 80;
  if (oneLine.length > breakLength) return `{\n  ${items.join(',\n  ')} }`;
  return `{ ${oneLine} }`;
}

// The iterators of URLSearchParams are live: they walk the list as it is
// when next() is called, as the standard says.
const IteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()));
const iteratorState = new WeakMap();

function SearchParamsIterator(params, kind) {
  const it = Object.create(SearchParamsIterator.prototype);
  iteratorState.set(it, { params, kind, index: 0 });
  return it;
}

function pick(kind, pair) {
  if (kind === 'keys') return pair[0];
  if (kind === 'values') return pair[1];
  return [pair[0], pair[1]];
}

SearchParamsIterator.prototype = Object.create(IteratorPrototype, {
  next: {
    value: function next() {
      const st = iteratorState.get(this);
      if (st === undefined) throw invalidThis('URLSearchParamsIterator');
      const list = listOf(st.params);
      if (st.index >= list.length) return { value: undefined, done: true };
      return { value: pick(st.kind, list[st.index++]), done: false };
    },
    writable: true, enumerable: true, configurable: true,
  },
  [Symbol.toStringTag]: { value: 'URLSearchParams Iterator', configurable: true },
  [kInspect]: {
    value: function inspectIterator(depth, options, inspect) {
      const st = iteratorState.get(this);
      if (st === undefined) throw invalidThis('URLSearchParamsIterator');
      if (typeof depth === 'number' && depth < 0) return '[Object]';
      const inner = { ...options, depth: options.depth === null ? null : depth - 1 };
      const items = listOf(st.params).slice(st.index).map((pair) => inspect(pick(st.kind, pair), inner));
      return `URLSearchParams Iterator ${joinEntries(items, options)}`;
    },
    writable: true, configurable: true,
  },
});

// ---------- URL ----------

// The fields of a URL record, numbered as runtime/url.go numbers them.
const FIELD = {
  href: 0, origin: 1, protocol: 2, username: 3, password: 4, host: 5, hostname: 6, port: 7, pathname: 8, search: 9, hash: 10,
};

const contexts = new WeakMap(); // URL -> its Go record
const urlParams = new WeakMap(); // URL -> its URLSearchParams, once asked for

function contextOf(url) {
  const ctx = contexts.get(url);
  if (ctx === undefined) throw new TypeError('Receiver must be an instance of class URL');
  return ctx;
}

// Node 20's error for an unparsable URL: a plain "TypeError: Invalid URL"
// with code, input and (when given) base properties.
function invalidURL(input, base) {
  const e = new TypeError('Invalid URL');
  e.code = 'ERR_INVALID_URL';
  e.input = input;
  if (base !== undefined) e.base = base;
  return e;
}

function get(url, field) {
  return internal.urlGet(contextOf(url), field);
}

function set(url, field, value) {
  internal.urlSet(contextOf(url), field, `${value}`);
}

class URL {
  constructor(input, base = undefined) {
    if (arguments.length === 0) throw missingArgs(['url']);
    input = `${input}`;
    if (base !== undefined) base = `${base}`;
    const ctx = internal.urlParse(input, base);
    if (ctx === null) throw invalidURL(input, base);
    contexts.set(this, ctx);
  }

  static parse(input, base = undefined) {
    if (arguments.length === 0) throw missingArgs(['url']);
    try {
      return new URL(input, base);
    } catch {
      return null;
    }
  }

  static canParse(input, base = undefined) {
    if (arguments.length === 0) throw missingArgs(['url']);
    return internal.urlParse(`${input}`, base === undefined ? undefined : `${base}`) !== null;
  }

  static createObjectURL() {
    throw internal.nodeError('Error', 'ERR_LOOPVIZ_UNSUPPORTED', 'loopviz does not model URL.createObjectURL: it has no Blob store. Rewrite the program without it, or run it under node');
  }

  static revokeObjectURL() {
    throw internal.nodeError('Error', 'ERR_LOOPVIZ_UNSUPPORTED', 'loopviz does not model URL.revokeObjectURL: it has no Blob store. Rewrite the program without it, or run it under node');
  }

  toString() {
    return get(this, FIELD.href);
  }

  get href() {
    return get(this, FIELD.href);
  }

  set href(value) {
    value = `${value}`;
    if (!internal.urlSet(contextOf(this), FIELD.href, value)) throw invalidURL(value);
    const params = urlParams.get(this);
    if (params !== undefined) replaceList(params, get(this, FIELD.search));
  }

  get origin() {
    return get(this, FIELD.origin);
  }

  get protocol() {
    return get(this, FIELD.protocol);
  }

  set protocol(value) {
    set(this, FIELD.protocol, value);
  }

  get username() {
    return get(this, FIELD.username);
  }

  set username(value) {
    set(this, FIELD.username, value);
  }

  get password() {
    return get(this, FIELD.password);
  }

  set password(value) {
    set(this, FIELD.password, value);
  }

  get host() {
    return get(this, FIELD.host);
  }

  set host(value) {
    set(this, FIELD.host, value);
  }

  get hostname() {
    return get(this, FIELD.hostname);
  }

  set hostname(value) {
    set(this, FIELD.hostname, value);
  }

  get port() {
    return get(this, FIELD.port);
  }

  set port(value) {
    set(this, FIELD.port, value);
  }

  get pathname() {
    return get(this, FIELD.pathname);
  }

  set pathname(value) {
    set(this, FIELD.pathname, value);
  }

  get search() {
    return get(this, FIELD.search);
  }

  set search(value) {
    set(this, FIELD.search, value);
    const params = urlParams.get(this);
    if (params !== undefined) replaceList(params, get(this, FIELD.search));
  }

  get searchParams() {
    contextOf(this);
    let params = urlParams.get(this);
    if (params === undefined) {
      params = new URLSearchParams(get(this, FIELD.search));
      paramsOwner.set(params, this);
      urlParams.set(this, params);
    }
    return params;
  }

  get hash() {
    return get(this, FIELD.hash);
  }

  set hash(value) {
    set(this, FIELD.hash, value);
  }

  toJSON() {
    return get(this, FIELD.href);
  }

  // Node prints a URL as an object of its twelve parts.
  [kInspect](depth, options, inspect) {
    contextOf(this);
    const name = typeof this.constructor === 'function' ? this.constructor.name : 'URL';
    if (typeof depth === 'number' && depth < 0) return `${name} {}`;
    const parts = {};
    for (const key of ['href', 'origin', 'protocol', 'username', 'password', 'host', 'hostname', 'port', 'pathname', 'search', 'searchParams', 'hash']) {
      parts[key] = this[key];
    }
    // The parts get the whole depth again (node passes its options on).
    return `${name} ${inspect(parts, options)}`;
  }
}

Object.defineProperty(URL.prototype, Symbol.toStringTag, { value: 'URL', writable: false, enumerable: false, configurable: true });
for (const key of ['parse', 'canParse', 'createObjectURL', 'revokeObjectURL']) {
  const desc = Object.getOwnPropertyDescriptor(URL, key);
  desc.enumerable = true;
  Object.defineProperty(URL, key, desc);
}
for (const key of ['toString', 'href', 'origin', 'protocol', 'username', 'password', 'host', 'hostname', 'port', 'pathname', 'search', 'searchParams', 'hash', 'toJSON']) {
  const desc = Object.getOwnPropertyDescriptor(URL.prototype, key);
  desc.enumerable = true;
  Object.defineProperty(URL.prototype, key, desc);
}
for (const key of ['size', 'append', 'delete', 'get', 'getAll', 'has', 'set', 'sort', 'entries', 'forEach', 'keys', 'values', 'toString']) {
  const desc = Object.getOwnPropertyDescriptor(URLSearchParams.prototype, key);
  desc.enumerable = true;
  Object.defineProperty(URLSearchParams.prototype, key, desc);
}

function isURL(value) {
  return contexts.has(value);
}

// isURLLike is node's test for a URL from another realm or a look-alike:
// an href and a protocol, and none of the legacy Url's auth and path.
function isURLLike(value) {
  return value != null && Boolean(value.href) && Boolean(value.protocol) && value.auth === undefined && value.path === undefined;
}

// ---------- legacy url API ----------

// Protocols whose URLs have a host after '//' (and get a '/' path).
const slashedProtocols = new Set(['http', 'http:', 'https', 'https:', 'ftp', 'ftp:', 'gopher', 'gopher:', 'file', 'file:', 'ws', 'ws:', 'wss', 'wss:']);
// Protocols that never have a host, and whose text is never escaped.
const hostlessProtocols = new Set(['javascript', 'javascript:']);

// The characters url.parse percent-encodes in the path, query and hash.
const autoEscape = {
  '\t': '%09', '\n': '%0A', '\r': '%0D', ' ': '%20', '"': '%22', "'": '%27', '<': '%3C', '>': '%3E',
  '\\': '%5C', '^': '%5E', '`': '%60', '{': '%7B', '|': '%7C', '}': '%7D',
};
const autoEscapeRe = /[\t\n\r "'<>\\^`{|}]/g;

let dep0170Shown = false;

function Url() {
  this.protocol = null;
  this.slashes = null;
  this.auth = null;
  this.host = null;
  this.port = null;
  this.hostname = null;
  this.hash = null;
  this.search = null;
  this.query = null;
  this.pathname = null;
  this.path = null;
  this.href = null;
}

function urlParse(url, parseQueryString, slashesDenoteHost) {
  if (url instanceof Url) return url;
  const u = new Url();
  u.parse(url, parseQueryString, slashesDenoteHost);
  return u;
}

Url.prototype.parse = function parse(url, parseQueryString, slashesDenoteHost) {
  if (typeof url !== 'string') throw internal.argTypeError('url', 'string', url);
  // Node trims control characters, spaces, NBSP and BOM from both ends.
  // eslint-disable-next-line no-control-regex
  let rest = url.replace(/^[\x00-\x20\u00a0\ufeff]+|[\x00-\x20\u00a0\ufeff]+$/g, '');
  // Backslashes before the query or the hash count as slashes.
  const end = rest.search(/[?#]/);
  rest = end === -1 ? rest.replace(/\\/g, '/') : rest.slice(0, end).replace(/\\/g, '/') + rest.slice(end);

  const protoMatch = /^[a-zA-Z0-9.+-]+:/.exec(rest);
  let proto = '';
  if (protoMatch !== null) {
    proto = protoMatch[0].toLowerCase();
    this.protocol = proto;
    rest = rest.slice(protoMatch[0].length);
  }

  let slashes = false;
  if (slashesDenoteHost || proto || /^\/\/[^@/]+@[^@/]+/.test(rest)) {
    slashes = rest.startsWith('//');
    if (slashes && !hostlessProtocols.has(proto)) {
      rest = rest.slice(2);
      this.slashes = true;
    }
  }

  if (!hostlessProtocols.has(proto) && (slashes || (proto && !slashedProtocols.has(proto)))) {
    rest = this.parseAuthority(url, rest);
  }

  if (!hostlessProtocols.has(proto)) rest = rest.replace(autoEscapeRe, (c) => autoEscape[c]);

  const hash = rest.indexOf('#');
  if (hash !== -1) {
    this.hash = rest.slice(hash);
    rest = rest.slice(0, hash);
  }
  const question = rest.indexOf('?');
  if (question !== -1) {
    this.search = rest.slice(question);
    this.query = rest.slice(question + 1);
    if (parseQueryString) this.query = require('querystring').parse(this.query);
    rest = rest.slice(0, question);
  } else if (parseQueryString) {
    this.search = null;
    this.query = { __proto__: null };
  }
  if (rest) this.pathname = rest;
  if (slashedProtocols.has(proto) && this.hostname && !this.pathname) this.pathname = '/';
  if (this.pathname || this.search) this.path = (this.pathname || '') + (this.search || '');
  this.href = this.format();
  return this;
};

// parseAuthority takes the userinfo, host and port off the front of rest and
// returns what follows them.
Url.prototype.parseAuthority = function parseAuthority(url, rest) {
  // The userinfo ends at the last '@' before the first '/', '?' or '#'.
  let end = rest.search(/[/?#]/);
  if (end === -1) end = rest.length;
  const at = rest.lastIndexOf('@', end);
  if (at !== -1) {
    this.auth = decodeURIComponent(rest.slice(0, at));
    rest = rest.slice(at + 1);
  }
  // The host ends at the first character that cannot be in one.
  let hostEnd = rest.search(/[\0 "#%'/;<>?\\^`{|}]/);
  if (hostEnd === -1) hostEnd = rest.length;
  let host = rest.slice(0, hostEnd).replace(/[\t\n\r]/g, '');
  rest = rest.slice(hostEnd);
  if (rest[0] === '\0') {
    // What follows a NUL in the host is dropped, up to the path.
    const next = rest.search(/[/?#]/);
    rest = next === -1 ? '' : rest.slice(next);
  }

  const port = /:[0-9]*$/.exec(host);
  if (port !== null) {
    if (port[0] !== ':') this.port = port[0].slice(1);
    host = host.slice(0, host.length - port[0].length);
  }
  let hostname = host;
  const ipv6 = hostname.startsWith('[') && hostname.endsWith(']');
  if (!ipv6) {
    if (/[[\]]/.test(hostname)) {
      const e = internal.nodeError('TypeError', 'ERR_INVALID_URL', 'Invalid URL');
      e.input = url;
      throw e;
    }
    // A ':' that is not a port's ends the name: the rest joins the path.
    const colon = hostname.indexOf(':');
    if (colon !== -1) {
      rest = '/' + hostname.slice(colon) + rest;
      hostname = hostname.slice(0, colon);
      if (!dep0170Shown) {
        dep0170Shown = true;
        process.emitWarning(`The URL ${url} is invalid. Future versions of Node.js will throw an error.`, 'DeprecationWarning', 'DEP0170');
      }
    }
  }
  if (hostname.length > 255) hostname = '';
  else hostname = hostname.toLowerCase();
  // eslint-disable-next-line no-control-regex
  if (!ipv6 && /[^\x00-\x7f]/.test(hostname)) hostname = internal.domainToASCII(hostname) || hostname;
  this.hostname = hostname;
  this.host = hostname + (this.port ? ':' + this.port : '');
  if (ipv6) {
    this.hostname = hostname.slice(1, -1);
    if (rest[0] !== '/') rest = '/' + rest;
  }
  return rest;
};

Url.prototype.format = function format() {
  let auth = this.auth || '';
  if (auth) auth = encodeURIComponent(auth).replace(/%3A/gi, ':') + '@';
  let protocol = this.protocol || '';
  let pathname = this.pathname || '';
  let hash = this.hash || '';
  let host = '';
  let query = '';
  if (this.host) {
    host = auth + this.host;
  } else if (this.hostname) {
    const name = String(this.hostname);
    host = auth + (name.includes(':') && !(name.startsWith('[') && name.endsWith(']')) ? '[' + name + ']' : name);
    if (this.port) host += ':' + this.port;
  }
  if (this.query !== null && typeof this.query === 'object') query = require('querystring').stringify(this.query);
  let search = this.search || (query && '?' + query) || '';
  if (protocol && !protocol.endsWith(':')) protocol += ':';
  pathname = pathname.replace(/[?#]/g, (c) => encodeURIComponent(c));
  search = search.replace(/#/g, '%23');
  if (this.slashes || slashedProtocols.has(protocol)) {
    if (this.slashes || host) {
      if (pathname && pathname[0] !== '/') pathname = '/' + pathname;
      host = '//' + host;
    } else if (protocol.toLowerCase() === 'file:') {
      host = '//';
    }
  }
  if (hash && hash[0] !== '#') hash = '#' + hash;
  if (search && search[0] !== '?') search = '?' + search;
  return protocol + host + pathname + search + hash;
};

Url.prototype.resolve = function resolve(relative) {
  return this.resolveObject(urlParse(relative, false, true)).format();
};

const urlFields = ['protocol', 'slashes', 'auth', 'host', 'port', 'hostname', 'hash', 'search', 'query', 'pathname', 'path', 'href'];

// dropDots applies '.' and '..' segments. An absolute path never climbs above
// its root; a relative one keeps the '..' it cannot apply.
function dropDots(segments, absolute) {
  const out = [];
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i];
    const last = i === segments.length - 1;
    if (seg === '.' || seg === '..') {
      if (seg === '..') {
        const top = out.length > 0 ? out[out.length - 1] : undefined;
        if (top !== undefined && top !== '..' && !(absolute && out.length === 1 && top === '')) out.pop();
        else if (!absolute) out.push('..');
      }
      if (last) out.push('');
      continue;
    }
    out.push(seg);
  }
  if (absolute && (out.length === 0 || out[0] !== '')) out.unshift('');
  if (absolute && out.length === 1) out.push('');
  return out;
}

// resolveObject resolves a reference against this URL the way the legacy API
// does: like RFC 3986, except that a different scheme with no host takes its
// first path segment as the host, and URLs of schemes without slashes
// ("mailto:a@b") treat the host as the first path segment.
Url.prototype.resolveObject = function resolveObject(relative) {
  const rel = typeof relative === 'string' ? urlParse(relative, false, true) : relative;
  const result = new Url();
  for (const k of Object.keys(this)) result[k] = this[k];
  result.hash = rel.hash;
  if (rel.href === '') {
    result.href = result.format();
    return result;
  }
  const finish = () => {
    result.path = result.pathname || result.search ? (result.pathname || '') + (result.search || '') : null;
    result.href = result.format();
    return result;
  };
  if (rel.slashes && !rel.protocol) {
    for (const k of Object.keys(rel)) if (k !== 'protocol') result[k] = rel[k];
    if (slashedProtocols.has(result.protocol) && result.hostname && !result.pathname) result.pathname = '/';
    return finish();
  }
  if (rel.protocol && rel.protocol !== result.protocol) {
    if (!slashedProtocols.has(rel.protocol)) {
      for (const k of Object.keys(rel)) result[k] = rel[k];
      result.href = result.format();
      return result;
    }
    result.protocol = rel.protocol;
    let host = rel.host;
    let pathname = rel.pathname;
    let hostname = rel.hostname;
    if (!host && rel.protocol !== 'file:' && !hostlessProtocols.has(rel.protocol)) {
      const segs = (rel.pathname || '').split('/').filter((s, i, all) => i > 0 || s !== '');
      while (segs.length > 0 && !host) host = segs.shift();
      host = host || '';
      hostname = hostname || host;
      pathname = '/' + segs.join('/');
    }
    result.pathname = pathname;
    result.search = rel.search;
    result.query = rel.query;
    result.host = host || '';
    result.auth = rel.auth;
    result.hostname = hostname || host;
    result.port = rel.port;
    result.slashes = result.slashes || rel.slashes;
    return finish();
  }

  // The same scheme, or none: a path, a query or a fragment reference.
  const opaque = Boolean(result.protocol) && !slashedProtocols.has(result.protocol);
  if (rel.host && !opaque) {
    result.auth = rel.auth;
    result.host = rel.host;
    result.hostname = rel.hostname;
    result.port = rel.port;
    result.pathname = rel.pathname;
    result.search = rel.search;
    result.query = rel.query;
    if (!result.pathname) result.pathname = result.hostname ? '/' : null;
    return finish();
  }
  const relPath = rel.pathname || '';
  if (!relPath) {
    if (rel.search !== null && rel.search !== undefined) {
      result.search = rel.search;
      result.query = rel.query;
    }
    return finish();
  }
  result.search = rel.search;
  result.query = rel.query;
  if (opaque) {
    // "mailto:x@y": the host is the path's first segment.
    const base = [result.host || '', ...(result.pathname || '').split('/').filter((s) => s !== '')];
    const segs = relPath.startsWith('/') ? ['', ...relPath.slice(1).split('/')] : [...base.slice(0, -1), ...relPath.split('/')];
    const out = dropDots(segs, false);
    result.host = result.hostname = out.shift() || '';
    result.pathname = out.length > 0 ? '/' + out.join('/') : null;
    return finish();
  }
  const absolute = Boolean(result.host) || Boolean(result.slashes) || (result.pathname || '').startsWith('/') || relPath.startsWith('/');
  let segs;
  if (relPath.startsWith('/')) {
    segs = relPath.split('/');
  } else {
    const base = (result.pathname || (absolute ? '/' : '')).split('/');
    base.pop();
    segs = [...base, ...relPath.split('/')];
  }
  const out = dropDots(segs, absolute);
  result.pathname = out.join('/') || null;
  return finish();
};

function urlResolve(source, relative) {
  return urlParse(source, false, true).resolve(relative);
}

function urlResolveObject(source, relative) {
  if (!source) return relative;
  return urlParse(source, false, true).resolveObject(relative);
}

function checkFormatOptions(options) {
  if (options === undefined) return {};
  if (options === null || typeof options !== 'object') throw internal.argTypeError('options', 'object', options);
  return options;
}

function urlFormat(urlObject, options) {
  if (typeof urlObject === 'string') {
    urlObject = urlParse(urlObject);
  } else if (typeof urlObject !== 'object' || urlObject === null) {
    throw internal.nodeError('TypeError', 'ERR_INVALID_ARG_TYPE',
      `The "urlObject" argument must be one of type object or string. Received ${internal.received(urlObject)}`);
  } else if (isURL(urlObject)) {
    const opts = checkFormatOptions(options);
    const auth = opts.auth === undefined ? true : Boolean(opts.auth);
    const fragment = opts.fragment === undefined ? true : Boolean(opts.fragment);
    const search = opts.search === undefined ? true : Boolean(opts.search);
    const unicode = Boolean(opts.unicode);
    let out = urlObject.protocol;
    const ctxHost = urlObject.host;
    if (ctxHost !== '' || urlObject.href.startsWith(urlObject.protocol + '//')) {
      out += '//';
      if (auth && (urlObject.username || urlObject.password)) {
        out += urlObject.username;
        if (urlObject.password) out += ':' + urlObject.password;
        out += '@';
      }
      out += unicode ? internal.domainToUnicode(urlObject.hostname) + (urlObject.port ? ':' + urlObject.port : '') : ctxHost;
    }
    out += urlObject.pathname;
    if (search) out += urlObject.search;
    if (fragment) out += urlObject.hash;
    return out;
  }
  return Url.prototype.format.call(urlObject);
}

// ---------- file URLs ----------

function fileURLToPath(path) {
  if (typeof path === 'string') {
    path = new URL(path);
  } else if (!isURL(path) && !isURLLike(path)) {
    throw internal.nodeError('TypeError', 'ERR_INVALID_ARG_TYPE',
      `The "path" argument must be of type string or an instance of URL. Received ${internal.received(path)}`);
  }
  if (path.protocol !== 'file:') throw internal.nodeError('TypeError', 'ERR_INVALID_URL_SCHEME', 'The URL must be of scheme file');
  if (path.hostname !== '') {
    throw internal.nodeError('TypeError', 'ERR_INVALID_FILE_URL_HOST', 'File URL host must be "localhost" or empty on linux');
  }
  const pathname = path.pathname;
  if (/%2f/i.test(pathname)) {
    throw internal.nodeError('TypeError', 'ERR_INVALID_FILE_URL_PATH', 'File URL path must not include encoded / characters');
  }
  return decodeURIComponent(pathname);
}

// The characters pathToFileURL percent-encodes (beyond non-ASCII ones).
// eslint-disable-next-line no-control-regex
const fileUnsafeRe = /[\x00-\x20"#%<>?[\\\]^`{|}~\x7f]/;

function pathToFileURL(filepath) {
  if (typeof filepath !== 'string') throw internal.argTypeError('path', 'string', filepath);
  const path = require('path');
  let resolved = path.resolve(filepath);
  if (filepath.endsWith('/') && !resolved.endsWith('/')) resolved += '/';
  let encoded = '';
  for (const ch of resolved) {
    const c = ch.codePointAt(0);
    if (c < 0x80 && !fileUnsafeRe.test(ch)) encoded += ch;
    else encoded += encodeURIComponent(ch).replace(/[!'()*~]/g, (x) => '%' + x.charCodeAt(0).toString(16).toUpperCase());
  }
  return new URL('file://' + encoded);
}

function domainToASCII(...args) {
  if (args.length === 0) throw missingArgs(['domain']);
  return internal.domainToASCII(`${args[0]}`);
}

function domainToUnicode(...args) {
  if (args.length === 0) throw missingArgs(['domain']);
  return internal.domainToUnicode(`${args[0]}`);
}

function urlToHttpOptions(url) {
  const options = { __proto__: null, ...url };
  options.protocol = url.protocol;
  options.hostname = typeof url.hostname === 'string' && url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname;
  options.hash = url.hash;
  options.search = url.search;
  options.pathname = url.pathname;
  options.path = `${url.pathname || ''}${url.search || ''}`;
  options.href = url.href;
  if (url.port !== '') options.port = Number(url.port);
  if (url.username || url.password) options.auth = `${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`;
  return options;
}

module.exports = {
  Url,
  parse: urlParse,
  resolve: urlResolve,
  resolveObject: urlResolveObject,
  format: urlFormat,
  URL,
  URLSearchParams,
  domainToASCII,
  domainToUnicode,
  pathToFileURL,
  fileURLToPath,
  urlToHttpOptions,
};
