// process.exitCode sets the exit code without stopping the loop: pending work still runs
process.exitCode = 3;
setTimeout(() => console.log('timer still runs; exitCode is', process.exitCode), 5);
process.on('beforeExit', code => console.log('beforeExit code', code));
process.on('exit', code => console.log('exit code', code));
console.log('main done');
