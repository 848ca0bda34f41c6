// An unhandled rejection: a failed database call nobody catches ends the process with exit code 1, heartbeat and all
function queryDatabase() {
  return Promise.reject(new Error('database is down'));
}
let beats = 0;
const heartbeat = setInterval(() => {
  console.log('heartbeat', ++beats);
  if (beats === 2) queryDatabase(); // nobody handles the rejection
  if (beats === 4) clearInterval(heartbeat);
}, 10);
process.on('exit', (code) => console.log('exit code', code));
