'use strict';
// child_process: fork and `spawn('node', [script])` start a node process of
// their own (a lane with its own loop, runtime/childproc.go); other commands
// are never run for real: echo, cat, sleep, true and false are simulated, and
// anything else fails with an error that says so.
const EventEmitter = require('events');
const { Readable, Writable } = require('stream');
const internal = require('loopviz:internal');
const c = internal.children;

const kId = Symbol('kChildId');
const kExited = Symbol('kExited');
const kOpen = Symbol('kOpen');
const kClosed = Symbol('kClosed');
const kPort = Symbol('kIPCPort');
const SIMULATED = 'echo, cat, sleep, true, false and node';

function codec() { return internal.workers.codec(); }

function isNode(file) {
  const base = String(file).split('/').pop();
  return base === 'node' || base === 'nodejs';
}

function spawnError(file, args, code, errno) {
  const err = new Error('spawn ' + file + ' ' + code);
  err.errno = errno;
  err.code = code;
  err.syscall = 'spawn ' + file;
  err.path = file;
  err.spawnargs = args.slice();
  return err;
}

function unsupportedError(file, args) {
  const err = spawnError(file, args, 'ENOENT', -2);
  err.message = 'spawn ' + file + ' ENOENT: loopviz never runs real commands; it simulates ' + SIMULATED + ', and ' + JSON.stringify(file) + ' is not one of them';
  return err;
}

class ChildProcess extends EventEmitter {
  constructor() {
    super();
    this.pid = undefined;
    this.exitCode = null;
    this.signalCode = null;
    this.killed = false;
    this.connected = false;
    this.stdin = null;
    this.stdout = null;
    this.stderr = null;
    this.stdio = [null, null, null];
    this.spawnfile = undefined;
    this.spawnargs = [];
    this[kExited] = false;
    this[kOpen] = 0;
    this[kClosed] = false;
  }

  _pipes(simulatedStdin) {
    const out = new Readable({ read() {} });
    const err = new Readable({ read() {} });
    const self = this;
    const stdin = new Writable({
      write(chunk, enc, cb) {
        if (simulatedStdin) c.stdinWrite(self[kId], String(chunk));
        cb();
      },
      final(cb) {
        if (simulatedStdin) c.stdinEnd(self[kId]);
        cb();
      },
    });
    this.stdin = stdin;
    this.stdout = out;
    this.stderr = err;
    this.stdio = [stdin, out, err];
    this[kOpen] += 2;
  }

  _ipc(portId) {
    const { makePort } = codec();
    const port = makePort(portId, true);
    this[kPort] = port;
    this[kOpen] += 1;
    this.connected = true;
    port.on('message', (text) => {
      const m = JSON.parse(text);
      const internalMsg = m !== null && typeof m === 'object' && typeof m.cmd === 'string' && m.cmd.startsWith('NODE_');
      this.emit(internalMsg ? 'internalMessage' : 'message', m);
    });
    port.on('close', () => this._disconnected());
  }

  _disconnected() {
    if (this[kPort] === null) return;
    this[kPort] = null;
    this.connected = false;
    this.emit('disconnect');
    this[kOpen] -= 1;
    this._maybeClose();
  }

  _onEvent(kind, a, b) {
    switch (kind) {
      case 'stdout':
        if (this.stdout) this.stdout.push(Buffer.from(a));
        break;
      case 'stderr':
        if (this.stderr) this.stderr.push(Buffer.from(a));
        break;
      case 'stdout-end':
      case 'stderr-end': {
        const s = kind === 'stdout-end' ? this.stdout : this.stderr;
        if (s) {
          s.push(null);
          this[kOpen] -= 1;
          this._maybeClose();
        }
        break;
      }
      case 'died':
        // A cluster worker died: its connections close now (lib/cluster.js).
        if (typeof this._onDeath === 'function') this._onDeath();
        break;
      case 'exit':
        this[kExited] = true;
        this.exitCode = a === null || a === undefined ? null : a;
        this.signalCode = b === undefined ? null : b;
        if (this.stdin && !this.stdin.destroyed) this.stdin.destroy();
        this.emit('exit', this.exitCode, this.signalCode);
        this._maybeClose();
        break;
    }
  }

  _maybeClose() {
    if (this[kExited] && this[kOpen] <= 0 && !this[kClosed]) {
      this[kClosed] = true;
      process.nextTick(() => this.emit('close', this.exitCode, this.signalCode));
    }
  }

  send(message, handle, options, callback) {
    if (typeof handle === 'function') { callback = handle; handle = undefined; }
    else if (typeof options === 'function') { callback = options; options = undefined; }
    if (message === undefined) throw internal.nodeError('TypeError', 'ERR_MISSING_ARGS', 'The "message" argument must be specified');
    if (!this.connected || !this[kPort]) {
      const err = internal.nodeError('Error', 'ERR_IPC_CHANNEL_CLOSED', 'Channel closed');
      if (typeof callback === 'function') process.nextTick(callback, err);
      else process.nextTick(() => this.emit('error', err));
      return false;
    }
    this[kPort].postMessage(JSON.stringify(message));
    if (typeof callback === 'function') process.nextTick(callback, null);
    return true;
  }

  disconnect() {
    if (!this.connected) {
      this.emit('error', internal.nodeError('Error', 'ERR_IPC_DISCONNECTED', 'IPC channel is already disconnected'));
      return;
    }
    this.connected = false;
    this[kPort].close();
    process.nextTick(() => this._disconnected());
  }

  kill(signal) {
    const sig = signal === undefined ? 'SIGTERM' : (typeof signal === 'number' ? 'SIG' + signal : String(signal));
    if (this[kExited]) return false;
    const ok = c.kill(this[kId], sig);
    if (ok) this.killed = true;
    return ok;
  }

  ref() { c.ref(this[kId], true); }
  unref() { c.ref(this[kId], false); }

  get channel() { return this.connected ? { ref() {}, unref() {} } : undefined; }
}

function normalizeArgs(file, args, options) {
  if (typeof file !== 'string') throw internal.argTypeError('file', 'string', file);
  if (args !== undefined && args !== null && !Array.isArray(args)) {
    options = args;
    args = [];
  }
  return [file, (args || []).map(String), options || {}];
}

function envList(options) {
  const env = options.env && typeof options.env === 'object' ? options.env : process.env;
  return Object.keys(env).map((k) => k + '=' + env[k]);
}

function stdioMode(options, fallback) {
  const s = options.stdio;
  if (s === 'inherit') return 'inherit';
  if (s === 'pipe' || s === 'overlapped') return 'pipe';
  if (Array.isArray(s)) return s[1] === 'inherit' || s[1] === 1 ? 'inherit' : 'pipe';
  return fallback;
}

function spawn(file, args, options) {
  [file, args, options] = normalizeArgs(file, args, options);
  if (options.shell) {
    const line = [file, ...args].join(' ');
    [file, args] = parseShell(line);
  }
  const child = new ChildProcess();
  child.spawnfile = file;
  child.spawnargs = [file, ...args];
  const handler = (kind, a, b) => child._onEvent(kind, a, b);
  if (isNode(file)) {
    if (args.length === 0) throw internal.nodeError('Error', 'ERR_LOOPVIZ_UNSUPPORTED', 'loopviz runs `node` only with a script or -e code: spawn(\'node\', [\'script.js\', ...])');
    const pipe = stdioMode(options, 'pipe') === 'pipe';
    const ipc = Array.isArray(options.stdio) && options.stdio.includes('ipc');
    const info = c.spawnNode(args[0], args.slice(1), envList(options), pipe, ipc, handler);
    child[kId] = info.id;
    child.pid = info.pid;
    if (pipe) child._pipes(false);
    if (ipc) child._ipc(info.ipc);
    process.nextTick(() => child.emit('spawn'));
    return child;
  }
  const info = c.spawnCommand(file, args, handler);
  if (info.unsupported) {
    child._pipes(false);
    process.nextTick(() => {
      child.emit('error', unsupportedError(file, args));
      child[kExited] = true;
      child.exitCode = -2;
      child.stdout.push(null);
      child.stderr.push(null);
      child[kOpen] = 0;
      child._maybeClose();
    });
    return child;
  }
  child[kId] = info.id;
  child.pid = info.pid;
  child._pipes(true);
  process.nextTick(() => child.emit('spawn'));
  return child;
}

function fork(modulePath, args, options) {
  if (typeof modulePath !== 'string' && !(modulePath instanceof URL)) throw internal.argTypeError('modulePath', 'string', modulePath);
  if (modulePath instanceof URL) modulePath = decodeURIComponent(modulePath.pathname);
  if (args !== undefined && args !== null && !Array.isArray(args)) {
    options = args;
    args = [];
  }
  options = options || {};
  args = (args || []).map(String);
  const child = new ChildProcess();
  child.spawnfile = process.execPath;
  child.spawnargs = [process.execPath, modulePath, ...args];
  const pipe = options.silent ? true : stdioMode(options, 'inherit') === 'pipe';
  const info = c.spawnNode(modulePath, args, envList(options), pipe, true, (kind, a, b) => child._onEvent(kind, a, b));
  child[kId] = info.id;
  child.pid = info.pid;
  if (pipe) child._pipes(false);
  child._ipc(info.ipc);
  process.nextTick(() => child.emit('spawn'));
  return child;
}

// parseShell splits a command line the way a shell would for the simple
// cases: words, single and double quotes, backslash escapes. Pipes,
// redirections and lists are not simulated.
function parseShell(line) {
  const words = [];
  let cur = '';
  let inWord = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (ch === "'") {
      const j = line.indexOf("'", i + 1);
      if (j < 0) throw internal.nodeError('Error', 'ERR_LOOPVIZ_UNSUPPORTED', 'loopviz\'s simulated shell found an unterminated quote in: ' + line);
      cur += line.slice(i + 1, j);
      i = j;
      inWord = true;
    } else if (ch === '"') {
      let j = i + 1;
      for (; j < line.length && line[j] !== '"'; j++) {
        if (line[j] === '\\' && j + 1 < line.length) j++;
        cur += line[j];
      }
      i = j;
      inWord = true;
    } else if (ch === '\\' && i + 1 < line.length) {
      cur += line[++i];
      inWord = true;
    } else if (ch === ' ' || ch === '\t' || ch === '\n') {
      if (inWord) words.push(cur);
      cur = '';
      inWord = false;
    } else if ('|&;<>()$`'.includes(ch)) {
      throw internal.nodeError('Error', 'ERR_LOOPVIZ_UNSUPPORTED', 'loopviz\'s simulated shell runs one simple command (' + SIMULATED + '), without pipes, redirections or variables: ' + JSON.stringify(line));
    } else {
      cur += ch;
      inWord = true;
    }
  }
  if (inWord) words.push(cur);
  return [words[0] || '', words.slice(1)];
}

function commandFailed(cmd, code, signal, stderr) {
  const err = new Error('Command failed: ' + cmd + '\n' + stderr);
  err.code = code;
  err.killed = false;
  err.signal = signal;
  err.cmd = cmd;
  return err;
}

function execFile(file, args, options, callback) {
  if (typeof args === 'function') { callback = args; args = []; options = {}; }
  else if (typeof options === 'function') { callback = options; options = Array.isArray(args) ? {} : args; if (!Array.isArray(args)) args = []; }
  [file, args, options] = normalizeArgs(file, args, options);
  return runBuffered(file, args, options, callback, [file, ...args].join(' '), false);
}

function exec(command, options, callback) {
  if (typeof options === 'function') { callback = options; options = {}; }
  if (typeof command !== 'string') throw internal.argTypeError('command', 'string', command);
  options = options || {};
  let file, args;
  try {
    [file, args] = parseShell(command);
  } catch (e) {
    throw e;
  }
  return runBuffered(file, args, options, callback, command, true);
}

function runBuffered(file, args, options, callback, cmd, shell) {
  const maxBuffer = options.maxBuffer === undefined ? 1024 * 1024 : options.maxBuffer;
  const encoding = options.encoding === undefined ? 'utf8' : options.encoding;
  const viaShell = shell && !isNode(file) && !c.known(file);
  const child = viaShell ? notFound(file) : spawn(file, args, options);
  const out = [];
  const errOut = [];
  let outLen = 0;
  let errLen = 0;
  let failed = null;
  const decode = (chunks) => {
    const b = Buffer.concat(chunks);
    return encoding === 'buffer' || encoding === null ? b : b.toString(encoding);
  };
  if (child.stdout) {
    child.stdout.on('data', (d) => {
      if (failed) return;
      if (outLen + d.length > maxBuffer) {
        out.push(d.subarray(0, maxBuffer - outLen));
        outLen = maxBuffer;
        failed = internal.nodeError('RangeError', 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER', 'stdout maxBuffer length exceeded');
        child.kill();
        return;
      }
      outLen += d.length;
      out.push(d);
    });
  }
  if (child.stderr) {
    child.stderr.on('data', (d) => {
      if (failed) return;
      if (errLen + d.length > maxBuffer) {
        failed = internal.nodeError('RangeError', 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER', 'stderr maxBuffer length exceeded');
        child.kill();
        return;
      }
      errLen += d.length;
      errOut.push(d);
    });
  }
  let done = false;
  const finish = (err) => {
    if (done) return;
    done = true;
    if (typeof callback === 'function') callback(err, decode(out), decode(errOut));
  };
  child.on('error', (e) => {
    if (!shell) finish(e);
  });
  child.on('close', (code, signal) => {
    if (failed) return finish(failed);
    if (code === 0 && signal === null) return finish(null);
    if (!shell && code === -2) return;
    const err = commandFailed(cmd, code, signal, decode(errOut));
    if (signal) err.killed = true;
    finish(err);
  });
  return child;
}

// notFound is what `sh -c` does with a command it cannot find: it prints
// so on stderr and exits with 127.
function notFound(file) {
  const child = spawn('false', []);
  const origOn = child._onEvent.bind(child);
  let sent = false;
  child._onEvent = (kind, a, b) => {
    if (kind === 'stderr-end' && !sent) {
      sent = true;
      origOn('stderr', '/bin/sh: 1: ' + file + ': not found (loopviz simulates only ' + SIMULATED + ')\n');
    }
    if (kind === 'exit') a = 127;
    origOn(kind, a, b);
  };
  return child;
}

function syncResult(file, args, options) {
  const input = options.input === undefined ? undefined : String(options.input);
  const r = c.runSync(file, args, input, envList(options));
  return r;
}

function toOutput(s, encoding) {
  const b = Buffer.from(s);
  return encoding && encoding !== 'buffer' ? b.toString(encoding) : b;
}

function spawnSync(file, args, options) {
  [file, args, options] = normalizeArgs(file, args, options);
  if (options.shell) [file, args] = parseShell([file, ...args].join(' '));
  const r = syncResult(file, args, options);
  if (r.unsupported) {
    return { error: unsupportedError(file, args), status: null, signal: null, output: null, pid: 0, stdout: null, stderr: null };
  }
  const stdout = toOutput(r.stdout, options.encoding);
  const stderr = toOutput(r.stderr, options.encoding);
  return { status: r.status, signal: null, output: [null, stdout, stderr], pid: r.pid, stdout, stderr };
}

function execFileSync(file, args, options) {
  [file, args, options] = normalizeArgs(file, args, options);
  const r = syncResult(file, args, options);
  if (r.unsupported) throw unsupportedError(file, args);
  return checkSync(r, [file, ...args].join(' '), options);
}

function execSync(command, options) {
  options = options || {};
  const [file, args] = parseShell(command);
  let r = syncResult(file, args, options);
  if (r.unsupported) r = { status: 127, stdout: '', stderr: '/bin/sh: 1: ' + file + ': not found (loopviz simulates only ' + SIMULATED + ')\n', pid: 0 };
  return checkSync(r, command, options);
}

function checkSync(r, cmd, options) {
  // Like node's default stdio for the Sync forms: stderr goes to the
  // parent's stderr unless piped.
  if (r.stderr && options.stdio !== 'pipe' && !(Array.isArray(options.stdio) && options.stdio[2] === 'pipe')) process.stderr.write(r.stderr);
  if (r.status !== 0) {
    const err = new Error('Command failed: ' + cmd + (r.stderr ? '\n' + r.stderr : ''));
    err.status = r.status;
    err.signal = null;
    err.output = [null, toOutput(r.stdout, options.encoding), toOutput(r.stderr, options.encoding)];
    err.pid = r.pid;
    err.stdout = err.output[1];
    err.stderr = err.output[2];
    throw err;
  }
  return toOutput(r.stdout, options.encoding);
}

module.exports = {
  ChildProcess,
  spawn,
  fork,
  exec,
  execFile,
  spawnSync,
  execSync,
  execFileSync,
  _forkChild() { throw internal.nodeError('Error', 'ERR_LOOPVIZ_UNSUPPORTED', 'loopviz does not model child_process._forkChild'); },
};
