// The module is the legacy Stream constructor (an EventEmitter) with the classes attached.
const stream = require('stream');
const EventEmitter = require('events');
console.log(typeof stream, stream === stream.Stream, new stream() instanceof EventEmitter);
console.log(['Readable', 'Writable', 'Duplex', 'Transform', 'PassThrough', 'pipeline', 'finished', 'addAbortSignal']
  .map((k) => typeof stream[k]).join(' '));
console.log(stream.promises === require('stream/promises'), typeof require('stream/promises').pipeline);
console.log(require('node:stream') === stream);
const { Readable, Writable, Duplex, Transform, PassThrough } = stream;
const pt = new PassThrough();
console.log(pt instanceof Transform, pt instanceof Duplex, pt instanceof Readable, pt instanceof Writable, pt instanceof stream);
console.log(new Readable() instanceof Writable, new Writable() instanceof Readable);
console.log(Readable.name, Writable.name, Duplex.name, Transform.name, PassThrough.name);
console.log(stream.getDefaultHighWaterMark(false), stream.getDefaultHighWaterMark(true));
const util = require('util');
console.log(util.promisify(stream.pipeline) === stream.promises.pipeline, util.promisify(stream.finished) === stream.promises.finished);
