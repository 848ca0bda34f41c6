// SIGTERM with no listener: the default action ends the process at once, status 143, no 'exit' event
process.on('exit', () => console.log('never: a signal skips exit listeners'));
setTimeout(() => console.log('never runs'), 10);
console.log('about to be terminated');
process.kill(process.pid, 'SIGTERM');
console.log('never printed: the signal arrives before the next statement');
