'use strict';
// The dns module. lookup() is getaddrinfo on the threadpool, answered from a
// small virtual hosts table; resolve*() are DNS queries over the network
// (never the pool), and the virtual network has no DNS server that knows any
// name, which is also what node says on a machine without a resolver.
const internal = require('loopviz:internal');

// What getaddrinfo answers with the default hints: IPv4 for localhost; IPv6
// only when asked for family 6.
const hosts = { localhost: [['127.0.0.1', 4]] };
const hosts6 = { localhost: [['::1', 6]] };
const kLookupCostNs = 50000; // reading /etc/hosts on a threadpool thread
const kQueryDelayNs = 1000000; // a DNS query failing over the network

function isIPv4(s) {
  return /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/.test(s);
}
function isIPv6(s) {
  return /^[0-9a-fA-F:.]+$/.test(s) && s.includes(':') && s.split('::').length <= 2;
}
function isIP(s) {
  return isIPv4(s) ? 4 : isIPv6(s) ? 6 : 0;
}

function dnsError(syscall, hostname, stackFrame) {
  const code = 'ENOTFOUND';
  const err = new Error(`${syscall} ${code} ${hostname}`);
  if (syscall === 'getaddrinfo') err.errno = -3008;
  err.code = code;
  err.syscall = syscall;
  err.hostname = hostname;
  err.stack = `Error: ${err.message}\n    at ${stackFrame}`;
  return err;
}

function lookup(hostname, options, callback) {
  if (typeof hostname !== 'string' && hostname != null) throw internal.argTypeError('hostname', 'string', hostname);
  if (typeof options === 'function') {
    callback = options;
    options = {};
  } else if (typeof options === 'number') {
    options = { family: options };
  } else if (options == null) {
    options = {};
  }
  if (typeof callback !== 'function') throw internal.argTypeError('callback', 'function', callback);
  const family = options.family === 6 || options.family === 'IPv6' ? 6 : options.family === 4 || options.family === 'IPv4' ? 4 : 0;
  const all = Boolean(options.all);
  if (!hostname) {
    process.nextTick(callback, null, all ? [] : null, family === 6 ? 6 : 4);
    return {};
  }
  const ip = isIP(hostname);
  if (ip) {
    // An IP address needs no lookup: node answers on the next tick.
    process.nextTick(callback, null, all ? [{ address: hostname, family: ip }] : hostname, ip);
    return {};
  }
  const entries = (family === 6 ? hosts6 : hosts)[hostname.toLowerCase()] || [];
  internal.poolWork(`dns.lookup('${hostname}')`, kLookupCostNs, () => {
    if (entries.length === 0) return callback(dnsError('getaddrinfo', hostname, 'GetAddrInfoReqWrap.onlookup [as oncomplete] (node:dns:111:26)'));
    if (all) return callback(null, entries.map(([address, f]) => ({ address, family: f })));
    callback(null, entries[0][0], entries[0][1]);
  });
  return {};
}

const rrtypes = { A: 'queryA', AAAA: 'queryAaaa', ANY: 'queryAny', CNAME: 'queryCname', MX: 'queryMx', NS: 'queryNs', TXT: 'queryTxt', SRV: 'querySrv', PTR: 'queryPtr', NAPTR: 'queryNaptr', SOA: 'querySoa', CAA: 'queryCaa' };

function resolver(syscall) {
  return function(hostname, options, callback) {
    if (typeof options === 'function') callback = options;
    if (typeof hostname !== 'string') throw internal.argTypeError('name', 'string', hostname);
    if (typeof callback !== 'function') throw internal.argTypeError('callback', 'function', callback);
    internal.ioAfter(`dns ${syscall} '${hostname}'`, kQueryDelayNs, () => {
      callback(dnsError(syscall, hostname, 'QueryReqWrap.onresolve [as oncomplete] (node:internal/dns/callback_resolver:45:19)'));
    });
    return {};
  };
}

function resolve(hostname, rrtype, callback) {
  if (typeof rrtype === 'function') {
    callback = rrtype;
    rrtype = 'A';
  }
  const syscall = rrtypes[rrtype];
  if (!syscall) throw internal.nodeError('TypeError', 'ERR_INVALID_ARG_VALUE', `The argument 'rrtype' is invalid. Received '${rrtype}'`);
  return resolver(syscall)(hostname, callback);
}

const dns = {
  lookup,
  resolve,
  resolve4: resolver('queryA'),
  resolve6: resolver('queryAaaa'),
  resolveAny: resolver('queryAny'),
  resolveCname: resolver('queryCname'),
  resolveMx: resolver('queryMx'),
  resolveNs: resolver('queryNs'),
  resolveTxt: resolver('queryTxt'),
  resolveSrv: resolver('querySrv'),
  resolvePtr: resolver('queryPtr'),
  reverse: resolver('getHostByAddr'),
  lookupService(address, port, callback) {
    internal.poolWork(`dns.lookupService('${address}')`, kLookupCostNs, () => callback(null, address === '127.0.0.1' || address === '::1' ? 'localhost' : address, String(port)));
  },
  getServers: () => [],
  setServers: () => {},
  setDefaultResultOrder: () => {},
  getDefaultResultOrder: () => 'verbatim',
  ADDRCONFIG: 1024, V4MAPPED: 2048, ALL: 256,
  NODATA: 'ENODATA', FORMERR: 'EFORMERR', SERVFAIL: 'ESERVFAIL', NOTFOUND: 'ENOTFOUND', NOTIMP: 'ENOTIMP',
  REFUSED: 'EREFUSED', BADQUERY: 'EBADQUERY', BADNAME: 'EBADNAME', BADFAMILY: 'EBADFAMILY', BADRESP: 'EBADRESP',
  CONNREFUSED: 'ECONNREFUSED', TIMEOUT: 'ETIMEOUT', EOF: 'EOF', FILE: 'EFILE', NOMEM: 'ENOMEM',
  DESTRUCTION: 'EDESTRUCTION', BADSTR: 'EBADSTR', BADFLAGS: 'EBADFLAGS', NONAME: 'ENONAME', BADHINTS: 'EBADHINTS',
  NOTINITIALIZED: 'ENOTINITIALIZED', LOADIPHLPAPI: 'ELOADIPHLPAPI', ADDRGETNETWORKPARAMS: 'EADDRGETNETWORKPARAMS', CANCELLED: 'ECANCELLED',
};
const promisify = (fn, shape) => (...args) => new Promise((resolve, reject) => {
  fn(...args, (err, a, b) => (err ? reject(err) : resolve(shape ? shape(a, b) : a)));
});
dns.promises = {
  lookup: (hostname, options = {}) => promisify(lookup, (a, b) => (Array.isArray(a) ? a : { address: a, family: b }))(hostname, options),
  resolve: promisify(resolve),
  resolve4: promisify(dns.resolve4),
  resolve6: promisify(dns.resolve6),
  resolveAny: promisify(dns.resolveAny),
  resolveMx: promisify(dns.resolveMx),
  resolveTxt: promisify(dns.resolveTxt),
  reverse: promisify(dns.reverse),
};
dns.isIP = isIP;

module.exports = dns;
