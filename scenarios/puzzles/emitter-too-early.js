const EventEmitter = require('events');
class Job extends EventEmitter {
  constructor() {
    super();
    this.emit('start');
    process.nextTick(() => this.emit('ready'));
  }
}
const job = new Job();
job.on('start', () => console.log('start'));
job.on('ready', () => console.log('ready'));
console.log('listeners attached');
