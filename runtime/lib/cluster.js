'use strict';
// cluster: the primary forks workers (node child processes running the same
// script, each a lane of its own, lib/child_process.js) and talks to them
// over their IPC channels. Messages of the cluster's own protocol carry
// cmd: 'NODE_CLUSTER' and never reach the program's 'message' listeners.
const EventEmitter = require('events');
const internal = require('loopviz:internal');

const isWorker = 'NODE_UNIQUE_ID' in process.env;
const cluster = new EventEmitter();
const kProcess = Symbol('kProcess');

class Worker extends EventEmitter {
  constructor(options = {}) {
    super();
    this.exitedAfterDisconnect = undefined;
    this.state = options.state || 'none';
    this.id = options.id | 0;
    this.process = options.process;
    if (this.process) {
      this.process.on('error', (err) => this.emit('error', err));
      this.process.on('message', (m) => this.emit('message', m));
    }
  }

  send(...args) { return this.process.send(...args); }

  isDead() { return this.process.exitCode != null || this.process.signalCode != null; }

  isConnected() { return this.process.connected; }

  kill(signal = 'SIGTERM') {
    if (isWorker) {
      process.exit(0);
      return;
    }
    if (this.process.connected) this.process.disconnect();
    this.process.kill(signal);
  }

  destroy(signal) { this.kill(signal); }

  disconnect() {
    this.exitedAfterDisconnect = true;
    if (isWorker) {
      if (process.connected) process.disconnect();
      return this;
    }
    if (this.process.connected) this.process.disconnect();
    return this;
  }
}

cluster.Worker = Worker;
cluster.isWorker = isWorker;
cluster.isPrimary = !isWorker;
cluster.isMaster = !isWorker;
cluster.SCHED_NONE = 1;
cluster.SCHED_RR = 2;
cluster.schedulingPolicy = 2;
cluster.settings = {};
cluster.workers = isWorker ? undefined : {};

if (!isWorker) {
  let ids = 0;
  let setupDone = false;

  cluster.setupPrimary = function setupPrimary(options) {
    const settings = {
      args: process.argv.slice(2),
      exec: process.argv[1],
      execArgv: process.execArgv,
      silent: false,
      ...cluster.settings,
      ...(options || {}),
    };
    cluster.settings = settings;
    if (!setupDone) {
      setupDone = true;
      process.nextTick(() => cluster.emit('setup', settings));
    }
  };
  cluster.setupMaster = cluster.setupPrimary;

  cluster.fork = function fork(env) {
    cluster.setupPrimary();
    const { fork: forkChild } = require('child_process');
    const id = ++ids;
    const settings = cluster.settings;
    const child = forkChild(settings.exec, settings.args, {
      env: { ...process.env, ...(env || {}), NODE_UNIQUE_ID: String(id) },
      silent: settings.silent,
      execArgv: settings.execArgv,
    });
    let worker;
    // cluster's 'message' comes before the worker's own, as in node.
    child.on('message', (m) => cluster.emit('message', worker, m));
    worker = new Worker({ id, process: child, state: 'none' });
    cluster.workers[id] = worker;
    child.on('internalMessage', (m) => onInternal(worker, m));
    child.once('disconnect', () => {
      unshare(worker);
      worker.state = 'disconnected';
      worker.emit('disconnect');
      cluster.emit('disconnect', worker);
      if (worker.isDead()) delete cluster.workers[id];
    });
    // The worker's connections die with it: a client waiting on one sees
    // the connection reset, before the primary hears of the exit.
    const dropConnections = () => {
      for (const [connID, c] of conns) {
        if (c.worker !== worker) continue;
        conns.delete(connID);
        c.socket.destroy();
      }
    };
    Object.defineProperty(child, '_onDeath', { value: dropConnections });
    child.once('exit', (code, signal) => {
      dropConnections();
      unshare(worker);
      worker.state = 'dead';
      delete cluster.workers[id];
      if (worker.exitedAfterDisconnect === undefined) worker.exitedAfterDisconnect = false;
      worker.emit('exit', code, signal);
      cluster.emit('exit', worker, code, signal);
    });
    process.nextTick(() => cluster.emit('fork', worker));
    return worker;
  };

  cluster.disconnect = function disconnect(cb) {
    const ws = Object.values(cluster.workers);
    let left = ws.length;
    if (left === 0 && typeof cb === 'function') process.nextTick(cb);
    for (const w of ws) {
      w.once('disconnect', () => { if (--left === 0 && typeof cb === 'function') cb(); });
      w.disconnect();
    }
  };

  // The shared servers: the primary listens on each port its workers
  // listen on and hands each connection to the next of them, round robin
  // (node's default scheduling on Linux). The connection's bytes then
  // travel over the IPC channel between the primary's socket and a socket
  // in the worker.
  const shared = new Map(); // port -> { server, workers: [], next }
  const conns = new Map(); // connection id -> { socket, worker }
  let nextConn = 0;
  const send = (worker, m) => {
    if (worker.process.connected) worker.process.send({ cmd: 'NODE_CLUSTER', ...m });
  };

  function shareServer(worker, m) {
    let entry = shared.get(m.port);
    const reply = (port) => send(worker, { act: 'serverReady', key: m.key, port });
    if (entry) {
      entry.workers.push(worker);
      if (entry.port !== undefined) reply(entry.port);
      else entry.waiting.push(reply);
      return;
    }
    const net = require('net');
    const server = net.createServer((socket) => handOut(m.port, socket));
    entry = { server, workers: [worker], next: 0, port: undefined, waiting: [reply] };
    shared.set(m.port, entry);
    server.listen(m.port, () => {
      entry.port = server.address().port;
      for (const r of entry.waiting) r(entry.port);
      entry.waiting = [];
    });
    server.on('error', (err) => send(worker, { act: 'serverError', key: m.key, code: err.code, message: err.message }));
  }

  function handOut(port, socket) {
    const entry = shared.get(port);
    if (!entry || entry.workers.length === 0) {
      socket.destroy();
      return;
    }
    const worker = entry.workers[entry.next % entry.workers.length];
    entry.next++;
    const id = ++nextConn;
    conns.set(id, { socket, worker });
    send(worker, { act: 'newconn', port: entry.port, id, remoteAddress: socket.remoteAddress, remotePort: socket.remotePort });
    socket.on('data', (d) => send(worker, { act: 'data', id, b64: d.toString('base64') }));
    socket.on('end', () => send(worker, { act: 'end', id }));
    socket.on('close', () => {
      conns.delete(id);
      send(worker, { act: 'close', id });
    });
    socket.on('error', () => {});
  }

  function unshare(worker) {
    for (const [port, entry] of shared) {
      entry.workers = entry.workers.filter((w) => w !== worker);
      if (entry.workers.length === 0) {
        shared.delete(port);
        entry.server.close();
      }
    }
  }

  function onInternal(worker, m) {
    if (m.act === 'queryServer') {
      shareServer(worker, m);
      return;
    }
    if (m.act === 'unshare') {
      unshare(worker);
      return;
    }
    if (m.act === 'data' || m.act === 'end' || m.act === 'destroy') {
      const c = conns.get(m.id);
      if (!c) return;
      if (m.act === 'data') c.socket.write(Buffer.from(m.b64, 'base64'));
      else if (m.act === 'end') c.socket.end();
      else c.socket.destroy();
      return;
    }
    if (m.act === 'online') {
      worker.state = 'online';
      worker.emit('online');
      cluster.emit('online', worker);
    } else if (m.act === 'listening') {
      worker.state = 'listening';
      const address = { addressType: m.addressType, address: m.address, port: m.port };
      worker.emit('listening', address);
      cluster.emit('listening', worker, address);
    }
  }
} else {
  const id = Number(process.env.NODE_UNIQUE_ID);
  // Made without the process, so that it adds no 'message' listener: the
  // IPC channel keeps a worker alive only while the program listens.
  const worker = new Worker({ id, state: 'online' });
  worker.process = process;
  cluster.worker = worker;
  // 'message' on cluster.worker mirrors the process's.
  const relay = (m) => worker.emit('message', m);
  worker.on('newListener', (event) => {
    if (event === 'message' && worker.listenerCount('message') === 0) process.on('message', relay);
  });
  process.once('disconnect', () => {
    worker.state = 'disconnected';
    worker.emit('disconnect');
  });
  shareServers();
  process.send({ cmd: 'NODE_CLUSTER', act: 'online' });
}

// shareServers makes a worker's servers listen through the primary: listen()
// asks the primary for the port, and each connection the primary hands over
// arrives as a socket whose bytes travel over the IPC channel.
function shareServers() {
  const net = require('net');
  const { Duplex } = require('stream');
  const servers = new Map(); // key -> server
  const sockets = new Map(); // connection id -> socket
  let nextKey = 0;
  const send = (m) => { if (process.connected) process.send({ cmd: 'NODE_CLUSTER', ...m }); };

  class SharedSocket extends Duplex {
    constructor(id, m) {
      super({ allowHalfOpen: true });
      this._id = id;
      this.remoteAddress = m.remoteAddress;
      this.remotePort = m.remotePort;
      this.remoteFamily = 'IPv6';
      this.localPort = m.port;
      this.timeout = 0;
      this.on('finish', () => send({ act: 'end', id }));
    }
    _read() {}
    _write(chunk, enc, cb) {
      send({ act: 'data', id: this._id, b64: Buffer.from(chunk, enc).toString('base64') });
      cb();
    }
    _destroy(err, cb) {
      if (sockets.has(this._id)) send({ act: 'destroy', id: this._id });
      sockets.delete(this._id);
      cb(err);
    }
    setTimeout(ms, cb) { this.timeout = ms; if (cb) this.once('timeout', cb); return this; }
    setNoDelay() { return this; }
    setKeepAlive() { return this; }
    ref() { return this; }
    unref() { return this; }
    destroySoon() { this.end(); this.once('finish', () => this.destroy()); }
    address() { return { address: '::', family: 'IPv6', port: this.localPort }; }
  }

  const listen = net.Server.prototype.listen;
  net.Server.prototype.listen = function (...args) {
    const a0 = args[0];
    const port = a0 !== null && typeof a0 === 'object' ? a0.port : a0;
    if (port === undefined || port === null || (typeof port === 'string' && !/^\d+$/.test(port))) return listen.apply(this, args);
    const cb = typeof args[args.length - 1] === 'function' ? args[args.length - 1] : null;
    if (cb) this.once('listening', cb);
    const key = ++nextKey;
    servers.set(key, this);
    this._clusterKey = key;
    this._clusterPort = undefined;
    send({ act: 'queryServer', key, port: Number(port) });
    return this;
  };
  const address = net.Server.prototype.address;
  net.Server.prototype.address = function () {
    if (this._clusterKey !== undefined) return this._clusterPort === undefined ? null : { address: '::', family: 'IPv6', port: this._clusterPort };
    return address.call(this);
  };
  const close = net.Server.prototype.close;
  net.Server.prototype.close = function (cb) {
    if (this._clusterKey === undefined) return close.call(this, cb);
    servers.delete(this._clusterKey);
    this._clusterKey = undefined;
    if (servers.size === 0) send({ act: 'unshare' });
    if (typeof cb === 'function') this.once('close', cb);
    process.nextTick(() => this.emit('close'));
    return this;
  };
  Object.defineProperty(net.Server.prototype, 'listening', {
    get() { return this._clusterKey !== undefined ? this._clusterPort !== undefined : Boolean(this._listener); },
    configurable: true,
  });

  process.on('internalMessage', (m) => {
    switch (m.act) {
      case 'serverReady': {
        const server = servers.get(m.key);
        if (!server) return;
        server._clusterPort = m.port;
        server.emit('listening');
        process.send({ cmd: 'NODE_CLUSTER', act: 'listening', port: m.port, address: null, addressType: 4 });
        break;
      }
      case 'serverError': {
        const server = servers.get(m.key);
        const err = new Error(m.message);
        err.code = m.code;
        if (server) server.emit('error', err);
        break;
      }
      case 'newconn': {
        const server = [...servers.values()].find((s) => s._clusterPort === m.port);
        if (!server) { send({ act: 'destroy', id: m.id }); return; }
        const socket = new SharedSocket(m.id, m);
        sockets.set(m.id, socket);
        server.emit('connection', socket);
        break;
      }
      case 'data': { const s = sockets.get(m.id); if (s) s.push(Buffer.from(m.b64, 'base64')); break; }
      case 'end': { const s = sockets.get(m.id); if (s) s.push(null); break; }
      case 'close': {
        const s = sockets.get(m.id);
        sockets.delete(m.id);
        if (s && !s.destroyed) s.destroy();
        break;
      }
    }
  });
}

module.exports = cluster;
