'use strict';
// The JavaScript half of loopviz's process object: warnings, as Node emits and
// prints them (on a nextTick, then a 'warning' listener writes to stderr).
const internal = require('loopviz:internal');
const proc = internal.process;
let traceWarningHelperShown = false;

function createWarningObject(warning, type, code, ctor, detail) {
  const w = new Error(warning);
  w.name = String(type || 'Warning');
  if (code !== undefined) w.code = code;
  if (detail !== undefined) w.detail = detail;
  Error.captureStackTrace(w, ctor || proc.emitWarning);
  return w;
}

function emitWarning(warning, type, code, ctor) {
  let detail;
  if (type !== null && typeof type === 'object' && !Array.isArray(type)) {
    ctor = type.ctor;
    code = type.code;
    if (typeof type.detail === 'string') detail = type.detail;
    type = type.type || 'Warning';
  } else if (typeof type === 'function') {
    ctor = type;
    code = undefined;
    type = 'Warning';
  }
  if (type !== undefined && typeof type !== 'string') throw internal.argTypeError('type', 'string', type);
  if (typeof code === 'function') {
    ctor = code;
    code = undefined;
  } else if (code !== undefined && typeof code !== 'string') {
    throw internal.argTypeError('code', 'string', code);
  }
  if (typeof warning === 'string') {
    warning = createWarningObject(warning, type, code, ctor, detail);
  } else if (!(warning instanceof Error)) {
    throw internal.argTypeError('warning', 'Error or string', warning);
  }
  if (warning.name === 'DeprecationWarning') {
    if (proc.noDeprecation) return;
    if (proc.throwDeprecation) throw warning;
  }
  proc.nextTick(doEmitWarning, warning);
}

function doEmitWarning(warning) {
  proc.emit('warning', warning);
}

function onWarning(warning) {
  if (!(warning instanceof Error)) return;
  const isDeprecation = warning.name === 'DeprecationWarning';
  if (isDeprecation && proc.noDeprecation) return;
  let msg = '(node:' + proc.pid + ') ';
  if (warning.code) msg += '[' + warning.code + '] ';
  msg += typeof warning.toString === 'function' ? String(warning.toString()) : Error.prototype.toString.call(warning);
  if (typeof warning.detail === 'string') msg += '\n' + warning.detail;
  if (!traceWarningHelperShown) {
    const flag = isDeprecation ? '--trace-deprecation' : '--trace-warnings';
    msg += '\n(Use `node ' + flag + ' ...` to show where the warning was created)';
    traceWarningHelperShown = true;
  }
  internal.writeStderr(msg + '\n');
}

proc.emitWarning = emitWarning;
proc.on('newListener', function startListeningIfSignal() {});
proc.on('removeListener', function stopListeningIfSignal() {});
proc.on('warning', onWarning);
