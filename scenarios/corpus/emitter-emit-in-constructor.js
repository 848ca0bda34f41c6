// an event emitted in the constructor is missed by listeners added afterwards; deferring with nextTick fixes it
const EventEmitter = require('events');
class Eager extends EventEmitter {
  constructor() {
    super();
    this.emit('ready', 'eager');
  }
}
class Deferred extends EventEmitter {
  constructor() {
    super();
    process.nextTick(() => this.emit('ready', 'deferred'));
  }
}
const a = new Eager();
a.on('ready', who => console.log('never printed:', who));
const b = new Deferred();
b.on('ready', who => console.log('ready event received from', who));
console.log('listeners attached');
