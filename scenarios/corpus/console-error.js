// console.error and console.warn write to stderr, console.log and console.info to stdout
console.log('to stdout');
console.error('to stderr');
console.warn('warn also goes to stderr');
console.info('info goes to stdout');
console.error('error with format: %s=%d', 'x', 5, { obj: true });
setTimeout(() => console.error('stderr from a timer'), 0);
Promise.resolve().then(() => console.log('stdout from a promise'));
