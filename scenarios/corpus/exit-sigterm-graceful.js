// SIGTERM with a listener: the signal arrives in the poll phase; the program stops taking work and finishes what is in flight
let jobs = 0;
const inFlight = new Set();
const worker = setInterval(() => {
  const id = ++jobs;
  inFlight.add(id);
  console.log('start job', id);
  setTimeout(() => {
    inFlight.delete(id);
    console.log('finish job', id, 'in flight:', inFlight.size);
  }, 50);
  if (id === 3) {
    console.log('sending SIGTERM to myself');
    process.kill(process.pid, 'SIGTERM');
  }
}, 10);
process.on('SIGTERM', (signal) => {
  console.log(signal, 'received: no new jobs,', inFlight.size, 'in flight');
  clearInterval(worker);
});
process.on('exit', (code) => console.log('exit with', code, 'after', jobs, 'jobs'));
