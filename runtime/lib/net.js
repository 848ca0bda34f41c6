'use strict';
// The net module: TCP servers and sockets on a simulated loopback network.
// Nothing leaves the process: a connection is a pair of endpoints that play
// the kernel's part (receive buffers, FIN and RST, the accept queue), and the
// JavaScript side (Server, Socket) sits on them the way Node's sits on libuv.
//
// Loopback in a real kernel is synchronous: send() runs the TCP stack of both
// ends, so when it returns the bytes are already in the peer's receive buffer
// and the peer's loop sees them at its next poll. node 20 shows exactly that
// (data written in a timer callback is read in the poll phase of the same
// iteration, before setImmediate callbacks queued with it). So the model
// charges the sender the time the kernel spends, and a delivery is in flight
// for kDeliveryNs only, which is 0: any positive delay would let an immediate
// queued beside the write run before the data is read, which node never does.
//
// A readable endpoint is reported to the loop the way epoll does it: one
// notification when data (or FIN, or RST) arrives while libuv is reading, or
// when reading starts with data already waiting; the callback runs in the
// poll phase and reads in 64 KiB chunks, stopping at a short read (libuv's
// rule), so a FIN that arrives behind data is noticed at the next wakeup
// (unless this end has shut down too: then the kernel reports a hang-up with
// the data and libuv ends the stream in the same callback).
// A listening socket accepts one connection per wakeup (node 20 on Linux:
// three clients connecting at once are accepted in three loop iterations).
const internal = require('loopviz:internal');
const EventEmitter = require('events');
const { Duplex } = require('stream');
const dns = require('dns');

// The latency model (docs/MODEL.md, "Network"). Costs are main-thread time,
// charged to the JavaScript call that makes the system call.
const kConnectNs = 25000; // connect() to loopback: the kernel completes the three-way handshake inside the call
const kAcceptNs = 5000; // accept() of a queued connection
const kSendNs = 10000; // one write()/writev(): the TCP stack of both ends runs in the sender's call
const kSendPerKiBNs = 250; // copying the bytes into the peer's receive buffer, about 4 GB/s
const kRecvNs = 2000; // one read() that returns data
const kCloseNs = 5000; // close() or shutdown(): a FIN or an RST to the peer
const kDeliveryNs = 0; // in flight after the sending call returns (see above)
const kSocketBufferBytes = 3900000; // what the kernel holds per direction before write() stops accepting (node 20 here: one write of 3.7 MiB fits on a fresh connection, 3.8 MiB does not)
const kReadChunkBytes = 65536; // libuv's read buffer: the largest 'data' chunk
const kReadsPerWakeup = 32; // libuv reads a ready stream at most this many times per wakeup
const kFirstListenPort = 40000; // ports handed out by listen(0), in order
const kFirstClientPort = 51234; // ports handed out to connecting sockets, in order

const errnos = {
  ECONNREFUSED: [-111, 'connection refused'],
  EADDRINUSE: [-98, 'address already in use'],
  EADDRNOTAVAIL: [-99, 'address not available'],
  ECONNRESET: [-104, 'connection reset by peer'],
  EPIPE: [-32, 'broken pipe'],
  ENETUNREACH: [-101, 'network is unreachable'],
  ENOENT: [-2, 'no such file or directory'],
  ETIMEDOUT: [-110, 'connection timed out'],
};

// uvError builds a system error as node reports it. Listen-time errors carry
// libuv's description in the message; connect and read errors do not.
function uvError(code, syscall, address, port, frame) {
  const [errno, desc] = errnos[code];
  let msg = `${syscall} ${code}`;
  if (syscall === 'listen' || syscall === 'bind') msg += `: ${desc}`;
  if (address !== undefined) msg += ' ' + (port !== undefined ? `${address}:${port}` : address);
  const e = new Error(msg);
  if (syscall === 'listen' || syscall === 'bind') {
    e.code = code;
    e.errno = errno;
  } else {
    e.errno = errno;
    e.code = code;
  }
  e.syscall = syscall;
  if (address !== undefined) e.address = address;
  if (port !== undefined) e.port = port;
  e.stack = `Error: ${msg}\n    at ${frame}`;
  return e;
}

function charge(ns) {
  if (ns > 0) internal.charge(ns);
}

function sendCost(n) {
  return kSendNs + Math.floor((n * kSendPerKiBNs) / 1024);
}

// Addresses.
const isIPv4 = (s) => typeof s === 'string' && dns.isIP(s) === 4;
const isIPv6 = (s) => typeof s === 'string' && dns.isIP(s) === 6;
const isIP = (s) => (typeof s === 'string' ? dns.isIP(s) : 0);

function familyName(f) {
  return f === 6 ? 'IPv6' : 'IPv4';
}

// isLocal: the simulated machine has only the loopback interface.
function isLocal(ip) {
  return /^127\./.test(ip) || ip === '::1' || ip === '0.0.0.0' || ip === '::' || ip === '::ffff:127.0.0.1';
}

function hostPart(address) {
  if (address === '::') return '';
  return address.includes(':') ? `[${address}]` : address;
}

// The simulated network: every bound port and the next free ephemeral ports.
const network = {
  bound: new Map(), // port -> [Listener]
  nextListenPort: kFirstListenPort,
  nextClientPort: kFirstClientPort,
  clientPortsInUse: new Set(),
};

function overlaps(a, b) {
  if (a === b || a === '::' || b === '::') return true;
  if (a === '0.0.0.0') return isIPv4(b);
  if (b === '0.0.0.0') return isIPv4(a);
  return false;
}

function portFree(port, address) {
  const list = network.bound.get(port) || [];
  return !list.some((l) => overlaps(l.address, address)) && !network.clientPortsInUse.has(port);
}

// ephemeralListenPort picks the port for listen(0), or 0 when every one of
// the range is taken.
function ephemeralListenPort(address) {
  for (let tries = kFirstClientPort - kFirstListenPort; tries > 0; tries--) {
    const port = network.nextListenPort++;
    if (network.nextListenPort >= kFirstClientPort) network.nextListenPort = kFirstListenPort;
    if (portFree(port, address)) return port;
  }
  return 0;
}

// ephemeralClientPort picks a connecting socket's local port, or 0 when the
// range is exhausted.
function ephemeralClientPort() {
  for (let tries = 61000 - kFirstClientPort; tries > 0; tries--) {
    const port = network.nextClientPort++;
    if (network.nextClientPort > 60999) network.nextClientPort = kFirstClientPort;
    if (!network.bound.has(port) && !network.clientPortsInUse.has(port)) {
      network.clientPortsInUse.add(port);
      return port;
    }
  }
  return 0;
}

// findListener is the kernel choosing the listening socket for a connection
// to ip:port: the exact address first, then the wildcards.
function findListener(ip, port) {
  const list = network.bound.get(port) || [];
  return (
    list.find((l) => l.address === ip) ||
    (isIPv4(ip) ? list.find((l) => l.address === '0.0.0.0') : undefined) ||
    list.find((l) => l.address === '::')
  );
}

// whenReady reports a handle's readiness to the loop the way epoll does:
// at once for a handle the loop already watches, or when the next poll phase
// begins for one that started watching since the last (libuv hands new
// interest to epoll there), which puts it behind everything that became
// ready for handles already watched. Readiness never keeps the loop alive.
function whenReady(label, regPoll, fn) {
  if (internal.pollCount() > regPoll) return internal.readyAfter(label, kDeliveryNs, fn);
  return internal.readyAtPoll(label, false, fn);
}

// An Endpoint is one end of a TCP connection as the kernel holds it.
class Endpoint {
  constructor(local, remote) {
    this.local = local; // { address, family, port }
    this.remote = remote;
    this.peer = null;
    this.socket = null; // the Socket reading it, once connected or accepted
    this.label = '';
    this.rx = []; // received bytes not yet read by the program
    this.rxBytes = 0;
    this.finIn = false; // the peer shut down its sending side
    this.rstIn = false; // the peer reset the connection
    this.eofSeen = false;
    this.watching = false; // libuv is reading (uv_read_start)
    this.regPoll = 0; // the poll phase count when reading (re)started
    this.readWake = 0;
    this.txq = []; // writes libuv still holds for lack of room: { buf, cb }
    this.writeWake = 0;
    this.finOut = false;
    this.finAfterTx = false;
    this.closed = false;
  }

  startReading() {
    if (!this.watching) {
      this.watching = true;
      this.regPoll = internal.pollCount();
    }
    this.armRead();
  }

  armRead() {
    if (!this.watching || this.readWake || this.closed) return;
    if (this.rxBytes > 0 || (this.finIn && !this.eofSeen) || this.rstIn) {
      this.readWake = whenReady(`${this.label} readable`, this.regPoll, () => this.onReadable());
    }
  }

  take(max) {
    const parts = [];
    let n = 0;
    while (n < max && this.rx.length) {
      const head = this.rx[0];
      const want = max - n;
      if (head.length <= want) {
        parts.push(head);
        n += head.length;
        this.rx.shift();
      } else {
        parts.push(head.subarray(0, want));
        this.rx[0] = head.subarray(want);
        n += want;
      }
    }
    this.rxBytes -= n;
    return parts.length === 1 ? parts[0] : Buffer.concat(parts, n);
  }

  onReadable() {
    this.readWake = 0;
    const sock = this.socket;
    if (!this.watching || this.closed || !sock) return;
    if (this.rstIn) {
      this.rx = [];
      this.rxBytes = 0;
      sock._onReset();
      return;
    }
    for (let i = 0; i < kReadsPerWakeup; i++) {
      if (!this.watching || this.closed) return;
      if (this.rxBytes === 0) {
        if (this.finIn && !this.eofSeen) {
          this.eofSeen = true;
          this.watching = false;
          sock._onEOF();
        }
        return;
      }
      charge(kRecvNs);
      const chunk = this.take(kReadChunkBytes);
      if (this.peer) this.peer.armWrite();
      if (!sock._onData(chunk)) this.watching = false;
      if (chunk.length < kReadChunkBytes) {
        // A short read: libuv stops and learns of a FIN at the next wakeup,
        // unless the socket is shut down both ways (the kernel reports a
        // hang-up with the data, and libuv ends the stream at once).
        if (this.finIn && this.finOut && this.rxBytes === 0 && this.watching && !this.closed && !this.eofSeen) {
          this.eofSeen = true;
          this.watching = false;
          sock._onEOF();
          return;
        }
        break;
      }
    }
    this.armRead();
  }

  // write hands bytes to the kernel. It returns true when all of them went
  // into the peer's buffer at once (the caller completes the write), false
  // when some wait in libuv's queue (cb runs in the poll phase once they are
  // sent), or an Error.
  write(buf, cb) {
    if (this.rstIn || this.closed) return uvError('EPIPE', 'write', undefined, undefined, 'afterWriteDispatched (node:internal/stream_base_commons:160:15)');
    charge(sendCost(buf.length));
    if (this.txq.length === 0) {
      const n = this.transmit(buf);
      if (n === buf.length) return true;
      buf = buf.subarray(n);
    }
    this.txq.push({ buf, cb });
    this.armWrite();
    return false;
  }

  // transmit moves bytes into the peer's receive buffer as far as it has room.
  transmit(buf) {
    const peer = this.peer;
    if (!peer || peer.closed) {
      // Nobody is there any more: the peer's kernel answers with a reset.
      this.rstIn = true;
      this.armRead();
      return buf.length;
    }
    const room = Math.max(0, kSocketBufferBytes - peer.rxBytes);
    const n = Math.min(room, buf.length);
    if (n > 0) {
      peer.rx.push(n === buf.length ? buf : buf.subarray(0, n));
      peer.rxBytes += n;
      peer.armRead();
    }
    return n;
  }

  get queuedBytes() {
    let n = 0;
    for (const r of this.txq) n += r.buf.length;
    return n;
  }

  armWrite() {
    if (this.writeWake || !this.txq.length || this.closed) return;
    const peer = this.peer;
    if (peer && !peer.closed && peer.rxBytes >= kSocketBufferBytes) return;
    this.writeWake = internal.ioAfter(`${this.label} writable`, kDeliveryNs, () => this.onWritable());
  }

  onWritable() {
    this.writeWake = 0;
    if (this.closed) return;
    const done = [];
    let sent = 0;
    while (this.txq.length) {
      const req = this.txq[0];
      const n = this.transmit(req.buf);
      sent += n;
      if (n < req.buf.length) {
        req.buf = req.buf.subarray(n);
        break;
      }
      this.txq.shift();
      done.push(req.cb);
    }
    if (sent) charge(sendCost(sent));
    if (!this.txq.length && this.finAfterTx) this.sendFin();
    // Completed writes report through libuv's pending queue (right after
    // this poll phase).
    if (done.length) {
      internal.onPending(`${this.label} write done`, () => {
        for (const cb of done) {
          if (this.closed) break;
          cb();
        }
      });
    }
    this.armWrite();
  }

  shutdown() {
    if (this.finOut || this.closed) return;
    if (this.txq.length) this.finAfterTx = true;
    else this.sendFin();
  }

  sendFin() {
    if (this.finOut) return;
    charge(kCloseNs);
    this.finOut = true;
    const peer = this.peer;
    if (peer && !peer.closed) {
      peer.finIn = true;
      peer.armRead();
    }
  }

  // close releases the endpoint: the peer gets a FIN, or an RST when this end
  // still held unread data (as Linux does) or reset was asked for.
  close(reset) {
    if (this.closed) return;
    this.closed = true;
    if (this.readWake) internal.cancelIO(this.readWake);
    if (this.writeWake) internal.cancelIO(this.writeWake);
    this.readWake = this.writeWake = 0;
    this.txq = [];
    const peer = this.peer;
    if (peer && !peer.closed) {
      charge(kCloseNs);
      if (reset || this.rxBytes > 0) {
        peer.rstIn = true;
        peer.armRead();
      } else if (!this.finOut) {
        this.finOut = true;
        peer.finIn = true;
        peer.armRead();
      }
    }
    this.rx = [];
    this.rxBytes = 0;
    if (this.clientPort) network.clientPortsInUse.delete(this.clientPort);
  }
}

// A Listener is a bound, listening socket with its queue of connections the
// kernel completed and the program has not accepted yet.
class Listener {
  constructor(server, address, family, port) {
    this.server = server;
    this.address = address;
    this.family = family;
    this.port = port;
    this.backlog = [];
    this.wake = 0;
    this.closed = false;
    this.label = `${server._kind} ${hostPart(address)}:${port}`;
    this.regPoll = internal.pollCount();
  }

  arm() {
    if (this.wake || this.closed || !this.backlog.length) return;
    this.wake = whenReady(`connection to ${hostPart(this.address)}:${this.port}`, this.regPoll, () => this.onAcceptable());
  }

  onAcceptable() {
    this.wake = 0;
    if (this.closed || !this.backlog.length) return;
    const ep = this.backlog.shift();
    // Level-triggered: a listening socket with more connections waiting is
    // reported again at the next poll, ahead of what this callback causes.
    this.arm();
    charge(kAcceptNs);
    this.server._accept(ep);
  }

  close() {
    this.closed = true;
    if (this.wake) internal.cancelIO(this.wake);
    this.wake = 0;
    const list = network.bound.get(this.port) || [];
    const i = list.indexOf(this);
    if (i >= 0) list.splice(i, 1);
    if (!list.length) network.bound.delete(this.port);
    // Connections the program never accepted are reset by the kernel.
    for (const ep of this.backlog) ep.close(true);
    this.backlog = [];
  }
}

// kernelConnect is connect(2) on the simulated network. It returns the
// client's endpoint, or an error code; either way the result reaches the
// program in the poll phase.
function kernelConnect(ip, port) {
  let target = ip;
  if (ip === '0.0.0.0') target = '127.0.0.1';
  if (ip === '::') target = '::1';
  if (!isLocal(target)) return { code: 'ENETUNREACH' };
  const listener = findListener(target, port);
  const fam = isIPv6(target) ? 6 : 4;
  const clientPort = ephemeralClientPort();
  if (!clientPort) return { code: 'EADDRNOTAVAIL' };
  const client = new Endpoint({ address: target, family: fam, port: clientPort }, { address: target, family: fam, port });
  client.clientPort = clientPort;
  if (!listener) {
    network.clientPortsInUse.delete(clientPort);
    return { code: 'ECONNREFUSED', client };
  }
  // The accepted side sees an IPv4 client of a '::' listener as IPv4-mapped.
  const mapped = listener.address === '::' && fam === 4;
  const srvAddr = mapped ? '::ffff:' + target : target;
  const srvFam = mapped ? 6 : fam;
  const server = new Endpoint({ address: srvAddr, family: srvFam, port }, { address: srvAddr, family: srvFam, port: clientPort });
  client.peer = server;
  server.peer = client;
  listener.backlog.push(server);
  listener.arm();
  return { client, listener };
}

// Socket is a TCP socket: a Duplex stream over an endpoint.
class Socket extends Duplex {
  constructor(options) {
    if (options === undefined || options === null || typeof options !== 'object') options = {};
    super({
      allowHalfOpen: Boolean(options.allowHalfOpen),
      emitClose: false,
      autoDestroy: true,
      decodeStrings: false,
      readable: options.readable !== false,
      writable: options.writable !== false,
    });
    this.connecting = false;
    this._ep = null;
    this._handle = null; // the handle id while open (null otherwise, as node's _handle)
    this._label = 'socket';
    this._streamId = 0;
    this._pendingWrite = null;
    this._server = null;
    this.server = null;
    this._remote = null;
    this._local = null;
    this._timer = null;
    this.timeout = undefined;
    this._bytesRead = 0;
    this._bytesSent = 0;
    this._refd = true;
    this._resetOnClose = false;
    this._host = null;
    this._connectWake = 0;
    this._pauseOnConnect = Boolean(options.pauseOnConnect);
    if (options.timeout) this.setTimeout(options.timeout);
  }

  get readyState() {
    if (this.connecting) return 'opening';
    if (this.readable && this.writable) return 'open';
    if (this.readable && !this.writable) return 'readOnly';
    if (!this.readable && this.writable) return 'writeOnly';
    return 'closed';
  }

  get pending() {
    return !this._handle || this.connecting;
  }

  get bufferSize() {
    return this._handle ? this.writableLength : undefined;
  }

  get bytesRead() {
    return this._bytesRead;
  }

  get bytesWritten() {
    let pending = 0;
    if (this._pendingWrite) pending = this._pendingWrite.buf.length;
    return this._bytesSent + pending;
  }

  get remoteAddress() {
    return this._remote ? this._remote.address : undefined;
  }

  get remotePort() {
    return this._remote ? this._remote.port : undefined;
  }

  get remoteFamily() {
    return this._remote ? familyName(this._remote.family) : undefined;
  }

  get localAddress() {
    return this._handle && this._local ? this._local.address : undefined;
  }

  get localPort() {
    return this._handle && this._local ? this._local.port : undefined;
  }

  get localFamily() {
    return this._handle && this._local ? familyName(this._local.family) : undefined;
  }

  address() {
    if (!this._handle || !this._local) return {};
    return { address: this._local.address, family: familyName(this._local.family), port: this._local.port };
  }

  setNoDelay() {
    return this;
  }

  setKeepAlive() {
    return this;
  }

  ref() {
    this._refd = true;
    if (this._handle) internal.refHandle(this._handle, true);
    return this;
  }

  unref() {
    this._refd = false;
    if (this._handle) internal.refHandle(this._handle, false);
    return this;
  }

  // setTimeout arms an idle timer: 'timeout' after ms without reads or writes.
  setTimeout(ms, callback) {
    if (typeof ms !== 'number' || Number.isNaN(ms) || ms < 0) {
      if (typeof ms !== 'number') throw internal.argTypeError('msecs', 'number', ms);
      throw internal.rangeError('ERR_OUT_OF_RANGE', `The value of "msecs" is out of range. It must be a non-negative finite number. Received ${ms}`);
    }
    this.timeout = ms;
    if (this._timer) {
      clearTimeout(this._timer);
      this._timer = null;
    }
    if (ms > 0 && !this.destroyed) {
      const socketIdle = () => {
        this._timer = null;
        this.emit('timeout');
      };
      this._timer = setTimeout(socketIdle, ms);
      this._timer.unref();
    }
    if (typeof callback === 'function') {
      if (ms === 0) this.removeListener('timeout', callback);
      else this.once('timeout', callback);
    }
    return this;
  }

  _active() {
    if (this._timer) this._timer.refresh();
  }

  connect(...args) {
    const [options, cb] = normalizeConnectArgs(args);
    if (typeof cb === 'function') this.once('connect', cb);
    if (options.timeout) this.setTimeout(options.timeout);
    if (options.path !== undefined && options.port === undefined) {
      this.connecting = true;
      process.nextTick(() => this.destroy(uvError('ENOENT', 'connect', String(options.path), undefined, 'PipeConnectWrap.afterConnect [as oncomplete] (node:net:1611:16)')));
      return this;
    }
    const port = validatePort(options.port, 'Port');
    const host = options.host === undefined || options.host === null || options.host === '' ? 'localhost' : String(options.host);
    this.connecting = true;
    this._host = host;
    this._origin = options._origin || `net.connect(${port}${options.host ? `, '${host}'` : ''})`;
    const ipFamily = isIP(host);
    if (ipFamily) {
      process.nextTick(() => {
        if (this.connecting && !this.destroyed) this._startConnect(host, ipFamily, port);
      });
    } else {
      const family = options.family === 6 ? 6 : options.family === 4 ? 4 : 0;
      dns.lookup(host, { family }, (err, ip, fam) => {
        if (!this.connecting || this.destroyed) return;
        this.emit('lookup', err, ip, fam, host);
        if (err) {
          this.destroy(err);
          return;
        }
        this._startConnect(ip, fam, port);
      });
    }
    return this;
  }

  _openHandle(label, origin) {
    this._label = label;
    this._handle = internal.openHandle(label, origin, this._refd);
    this._streamId = internal.openStream(`write buffer of ${label}`, origin, this.writableHighWaterMark);
  }

  _startConnect(ip, family, port) {
    charge(kConnectNs);
    const res = kernelConnect(ip, port);
    const shown = `${hostPart(ip)}:${port}`;
    const local = res.client ? res.client.local : null;
    this._remote = { address: ip, family, port };
    this._local = local;
    const from = local ? `${hostPart(local.address)}:${local.port} ` : '';
    this._openHandle(`socket ${from}-> ${isIPv6(ip) ? shown : ':' + port}`, this._origin || `net.connect(${port})`);
    if (res.code) {
      this._connectWake = internal.readyAtPoll(`connect to ${shown}`, true, () => {
        this._connectWake = 0;
        if (this.destroyed) return;
        this.connecting = false;
        this.destroy(uvError(res.code, 'connect', ip, port, 'TCPConnectWrap.afterConnect [as oncomplete] (node:net:1611:16)'));
      });
      return;
    }
    const ep = res.client;
    ep.socket = this;
    ep.label = this._label;
    this._ep = ep;
    // The new socket's connect completes in the kernel at once; the loop
    // learns of it when its next poll phase registers the socket.
    this._connectWake = internal.readyAtPoll(`connect to ${shown}`, true, () => {
      this._connectWake = 0;
      if (this.destroyed) return;
      if (ep.rstIn) {
        // Reset before the program saw the connection (the server reset
        // it, or closed with it still queued): the connect itself fails.
        this.connecting = false;
        this.destroy(uvError('ECONNRESET', 'connect', ip, port, 'TCPConnectWrap.afterConnect [as oncomplete] (node:net:1611:16)'));
        return;
      }
      this._onConnected();
    });
  }

  _onConnected() {
    this.connecting = false;
    if (this.readable && !this._pauseOnConnect) this._ep.startReading();
    this.emit('connect');
    this.emit('ready');
  }

  // _accepted wires a socket the server accepted to its endpoint.
  _accepted(ep, server) {
    this._ep = ep;
    ep.socket = this;
    this._remote = ep.remote;
    this._local = ep.local;
    this._server = server;
    this.server = server;
    this._openHandle(`socket :${ep.local.port} <- ${hostPart(ep.remote.address) || ep.remote.address}:${ep.remote.port}`, `accepted by ${server._listenerLabel()}`);
    ep.label = this._label;
  }

  _read() {
    if (this._ep && !this.connecting) this._ep.startReading();
  }

  _onData(chunk) {
    this._bytesRead += chunk.length;
    this._active();
    const more = this.push(chunk);
    return more && !this.destroyed;
  }

  _onEOF() {
    this._active();
    this.push(null);
    // Nobody may be reading: read(0) still lets an empty, ended socket
    // emit 'end' (and so finish closing).
    this.read(0);
  }

  _onReset() {
    this.destroy(uvError('ECONNRESET', 'read', undefined, undefined, 'TCP.onStreamRead (node:internal/stream_base_commons:217:20)'));
  }

  _level() {
    if (this._streamId) internal.bufferLevel(this._streamId, this.writableLength);
  }

  write(...args) {
    const r = super.write(...args);
    this._level();
    return r;
  }

  // A write made while connecting waits for 'connect', as a listener
  // registered now: it runs before 'connect' listeners added after it.
  _write(chunk, encoding, cb) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk, encoding) : chunk;
    if (this.connecting || !this._ep) {
      this._pendingWrite = { buf, cb };
      this.once('connect', () => {
        this._pendingWrite = null;
        this._send(buf, cb);
      });
      return;
    }
    this._send(buf, cb);
  }

  _writev(chunks, cb) {
    const bufs = chunks.map(({ chunk, encoding }) => (typeof chunk === 'string' ? Buffer.from(chunk, encoding) : chunk));
    this._write(bufs.length === 1 ? bufs[0] : Buffer.concat(bufs), 'buffer', cb);
  }

  _send(buf, cb) {
    this._active();
    const done = () => {
      this._bytesSent += buf.length;
      this._active();
      cb();
      this._level();
    };
    const r = this._ep.write(buf, done);
    if (r === true) done();
    else if (r instanceof Error) cb(r);
  }

  // _final is shutdown(2), which libuv performs from its pending queue: the
  // FIN leaves and 'prefinish' runs after the current phase's callbacks
  // (right after poll, or in the pending phase after timers), not in a tick.
  _final(cb) {
    if (this.connecting || !this._ep) {
      this.once('connect', () => this._final(cb));
      return;
    }
    const ep = this._ep;
    internal.onPending(`shutdown ${this._label}`, () => {
      if (ep.closed) return;
      ep.shutdown();
      cb();
    });
  }

  _destroy(err, cb) {
    const wasConnecting = this.connecting;
    this.connecting = false;
    if (this._timer) {
      clearTimeout(this._timer);
      this._timer = null;
    }
    if (this._connectWake) {
      internal.cancelIO(this._connectWake);
      this._connectWake = 0;
    }
    if (this._ep) this._ep.close(this._resetOnClose);
    else if (wasConnecting) network.clientPortsInUse.delete(this._local && this._local.port);
    const handle = this._handle;
    if (handle) {
      internal.closeHandle(handle);
      this._handle = null;
    }
    if (this._streamId) {
      internal.closeStream(this._streamId);
      this._streamId = 0;
    }
    const server = this._server;
    if (server) {
      this._server = null;
      server._connectionGone();
    }
    cb(err);
    const hadError = Boolean(err);
    if (handle) internal.onClose(`${this._label} 'close'`, () => this.emit('close', hadError));
    else process.nextTick(() => this.emit('close', hadError));
  }

  destroySoon() {
    if (this.writable) this.end();
    if (this.writableFinished) this.destroy();
    else this.once('finish', () => this.destroy());
  }

  resetAndDestroy() {
    this._resetOnClose = true;
    this.destroy();
    return this;
  }
}

function validatePort(port, what) {
  const ok =
    (typeof port === 'number' && Number.isInteger(port)) ||
    (typeof port === 'string' && port.trim() !== '' && /^\d+$/.test(port.trim()));
  const n = Number(port);
  if (!ok || n < 0 || n > 65535) {
    const type = typeof port === 'string' ? `type string ('${port}')` : `type ${typeof port} (${internal.inspect(port)})`;
    throw internal.rangeError('ERR_SOCKET_BAD_PORT', `${what} should be >= 0 and < 65536. Received ${type}.`);
  }
  return n;
}

// normalizeConnectArgs accepts connect(options[, cb]), connect(port[, host][, cb])
// and connect(path[, cb]).
function normalizeConnectArgs(args) {
  if (args.length === 0) throw internal.nodeError('TypeError', 'ERR_MISSING_ARGS', 'The "options" or "port" or "path" argument must be specified');
  let options = {};
  const a0 = args[0];
  if (a0 !== null && typeof a0 === 'object') {
    options = Object.assign({}, a0);
  } else if (typeof a0 === 'string' && !/^\d+$/.test(a0.trim())) {
    options.path = a0;
  } else {
    options.port = a0;
    if (args.length > 1 && typeof args[1] === 'string') options.host = args[1];
  }
  const cb = args[args.length - 1];
  if (options.port === undefined && options.path === undefined) {
    throw internal.nodeError('TypeError', 'ERR_MISSING_ARGS', 'The "options" or "port" or "path" argument must be specified');
  }
  return [options, typeof cb === 'function' ? cb : undefined];
}

// Server is a TCP server.
// A socket puts its write buffer on the trace itself (see _openHandle), with
// the socket's name: the stream module must not add a second gauge.
Object.defineProperty(Socket.prototype, '_ownsWriteGauge', { value: true });

class Server extends EventEmitter {
  constructor(options, connectionListener) {
    super();
    if (typeof options === 'function') {
      connectionListener = options;
      options = {};
    }
    options = options || {};
    if (typeof connectionListener === 'function') this.on('connection', connectionListener);
    this._kind = 'TCP server'; // how the trace names it
    this._connections = 0;
    this._listener = null;
    this._handle = null;
    this._refd = true;
    this._closeRequested = false;
    this._binding = false;
    this.allowHalfOpen = Boolean(options.allowHalfOpen);
    this.pauseOnConnect = Boolean(options.pauseOnConnect);
    this.noDelay = Boolean(options.noDelay);
    this.keepAlive = Boolean(options.keepAlive);
    this.maxConnections = undefined;
  }

  get listening() {
    return Boolean(this._listener);
  }

  get connections() {
    return this._connections;
  }

  listen(...args) {
    if (this._listener || this._binding) {
      throw internal.nodeError('Error', 'ERR_SERVER_ALREADY_LISTEN', 'Listen method has been called more than once without closing.');
    }
    let cb;
    if (typeof args[args.length - 1] === 'function') cb = args.pop();
    let port = 0;
    let host;
    const a0 = args[0];
    if (a0 !== null && typeof a0 === 'object') {
      if (a0.port === undefined && a0.path === undefined) {
        throw internal.nodeError('TypeError', 'ERR_INVALID_ARG_VALUE', `The argument 'options' must have the property "port" or "path". Received ${internal.inspect(a0)}`);
      }
      if (a0.path !== undefined && a0.port === undefined) {
        throw internal.nodeError('Error', 'ERR_LOOPVIZ_UNSUPPORTED', 'loopviz does not model IPC servers (listen on a path) yet: use a port');
      }
      port = validatePort(a0.port, 'options.port');
      host = a0.host === null || a0.host === '' ? undefined : a0.host;
    } else if (a0 !== undefined && a0 !== null) {
      if (typeof a0 === 'string' && !/^\d+$/.test(a0.trim())) {
        throw internal.nodeError('Error', 'ERR_LOOPVIZ_UNSUPPORTED', 'loopviz does not model IPC servers (listen on a path) yet: use a port');
      }
      port = validatePort(a0, 'options.port');
      if (typeof args[1] === 'string') host = args[1];
    }
    if (cb) this.once('listening', cb);
    this._closeRequested = false;
    this._binding = true;
    if (host === undefined) {
      this._bind('::', 6, port);
    } else if (isIP(host)) {
      process.nextTick(() => this._bind(host, isIP(host), port));
    } else {
      dns.lookup(host, (err, ip, fam) => {
        if (err) {
          this._binding = false;
          this.emit('error', err);
          return;
        }
        this._bind(ip, fam, port);
      });
    }
    return this;
  }

  _bind(address, family, port) {
    this._binding = false;
    if (!isLocal(address)) {
      const err = uvError('EADDRNOTAVAIL', 'listen', address, port, 'Server.setupListenHandle [as _listen2] (node:net:1908:16)');
      process.nextTick(() => this.emit('error', err));
      return;
    }
    if (port === 0) port = ephemeralListenPort(address);
    if (port === 0 || !portFree(port, address)) {
      const err = uvError('EADDRINUSE', 'listen', address, port, 'Server.setupListenHandle [as _listen2] (node:net:1908:16)');
      process.nextTick(() => this.emit('error', err));
      return;
    }
    const l = new Listener(this, address, family, port);
    if (!network.bound.has(port)) network.bound.set(port, []);
    network.bound.get(port).push(l);
    this._listener = l;
    this._handle = internal.openHandle(l.label, `server.listen(${port})`, this._refd);
    process.nextTick(() => this.emit('listening'));
  }

  _listenerLabel() {
    return this._listener ? this._listener.label : this._kind;
  }

  address() {
    const l = this._listener;
    if (!l) return null;
    return { address: l.address, family: familyName(l.family), port: l.port };
  }

  _accept(ep) {
    if (this.maxConnections !== undefined && this._connections >= this.maxConnections) {
      ep.close(false);
      this.emit('drop', {
        localAddress: ep.local.address, localPort: ep.local.port, localFamily: familyName(ep.local.family),
        remoteAddress: ep.remote.address, remotePort: ep.remote.port, remoteFamily: familyName(ep.remote.family),
      });
      return;
    }
    const sock = new Socket({ allowHalfOpen: this.allowHalfOpen, pauseOnConnect: this.pauseOnConnect });
    this._connections++;
    sock._accepted(ep, this);
    this.emit('connection', sock);
    // An accepted socket starts reading once 'connection' listeners are
    // done (node 20: what they write reaches the peer before the server
    // side reads what the peer sent first).
    if (!this.pauseOnConnect && !sock.destroyed && sock.readable) ep.startReading();
  }

  _connectionGone() {
    this._connections--;
    this._emitCloseIfDrained();
  }

  _emitCloseIfDrained() {
    if (this._listener || !this._closeRequested || this._connections > 0 || this._closeQueued) return;
    this._closeQueued = true;
    process.nextTick(() => {
      this._closeQueued = false;
      this.emit('close');
    });
  }

  close(cb) {
    if (typeof cb === 'function') {
      if (!this._listener) {
        const err = internal.nodeError('Error', 'ERR_SERVER_NOT_RUNNING', 'Server is not running.');
        this.once('close', function onClose() {
          cb(err);
        });
      } else {
        this.once('close', cb);
      }
    }
    const l = this._listener;
    if (l) {
      this._listener = null;
      l.close();
      const handle = this._handle;
      this._handle = null;
      internal.closeHandle(handle);
      internal.onClose(`${l.label} closed`, () => {});
    }
    this._closeRequested = true;
    this._emitCloseIfDrained();
    return this;
  }

  getConnections(cb) {
    if (typeof cb === 'function') process.nextTick(cb, null, this._connections);
    return this;
  }

  ref() {
    this._refd = true;
    if (this._handle) internal.refHandle(this._handle, true);
    return this;
  }

  unref() {
    this._refd = false;
    if (this._handle) internal.refHandle(this._handle, false);
    return this;
  }
}

function createServer(options, connectionListener) {
  return new Server(options, connectionListener);
}

function connect(...args) {
  const [options] = normalizeConnectArgs(args);
  const socket = new Socket(options);
  return socket.connect(...args);
}

let autoSelectFamily = true;
let autoSelectFamilyAttemptTimeout = 250;

module.exports = {
  Server,
  Socket,
  Stream: Socket,
  createServer,
  connect,
  createConnection: connect,
  isIP,
  isIPv4,
  isIPv6,
  getDefaultAutoSelectFamily: () => autoSelectFamily,
  setDefaultAutoSelectFamily: (v) => {
    autoSelectFamily = Boolean(v);
  },
  getDefaultAutoSelectFamilyAttemptTimeout: () => autoSelectFamilyAttemptTimeout,
  setDefaultAutoSelectFamilyAttemptTimeout: (v) => {
    autoSelectFamilyAttemptTimeout = v;
  },
};
