// console.log writes through process.stdout.write: replacing the method captures (or changes) console output
const original = process.stdout.write;
const captured = [];
process.stdout.write = function (chunk, ...rest) {
  captured.push(String(chunk));
  return original.call(this, String(chunk).toUpperCase(), ...rest);
};
console.log('hello', 42);
console.info({ quiet: true });
process.stdout.write = original;
console.log('captured', JSON.stringify(captured));
console.error('stderr is its own stream');
