// The same failure with an unhandledRejection listener: it is logged and the process carries on (it should then shut down cleanly)
function queryDatabase() {
  return Promise.reject(new Error('database is down'));
}
let beats = 0;
const heartbeat = setInterval(() => {
  console.log('heartbeat', ++beats);
  if (beats === 2) queryDatabase(); // nobody handles the rejection
  if (beats === 4) clearInterval(heartbeat);
}, 10);
process.on('unhandledRejection', (err) => console.log('logged:', err.message));
process.on('exit', (code) => console.log('exit code', code));
