process.on('uncaughtException', (err) => console.log('uncaught: ' + err.message));
try {
  setTimeout(() => {
    throw new Error('from timer');
  }, 0);
  console.log('scheduled');
} catch (err) {
  console.log('try caught: ' + err.message);
}
console.log('after try');
