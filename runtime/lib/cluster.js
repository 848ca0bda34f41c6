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
      worker.state = 'disconnected';
      worker.emit('disconnect');
      cluster.emit('disconnect', worker);
      if (worker.isDead()) delete cluster.workers[id];
    });
    child.once('exit', (code, signal) => {
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

  function onInternal(worker, m) {
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
  process.send({ cmd: 'NODE_CLUSTER', act: 'online' });
}

module.exports = cluster;
