// a custom Error subclass: its name shows in the stack and in node's crash report
class ValidationError extends Error {
  constructor(field) {
    super(`invalid ${field}`);
    this.name = 'ValidationError';
    this.field = field;
  }
}
const e = new ValidationError('email');
console.log(e.stack.split('\n')[0], e instanceof Error, Object.keys(e));
console.log(String(e), e.message);
setTimeout(() => {
  throw new ValidationError('age');
}, 0);
