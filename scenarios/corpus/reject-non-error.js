// rejecting with a non-Error value (42) unhandled: node wraps it in an UnhandledPromiseRejection error
process.on('exit', code => console.log('exit code', code));
Promise.reject(42);
process.nextTick(() => console.log('nextTick runs before rejections are processed'));
console.log('main done');
