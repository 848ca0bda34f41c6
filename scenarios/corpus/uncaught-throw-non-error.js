// throwing a non-Error value uncaught prints the value itself and exits with code 1
setTimeout(() => {
  console.log('timer about to throw a string');
  throw 'plain string';
}, 0);
