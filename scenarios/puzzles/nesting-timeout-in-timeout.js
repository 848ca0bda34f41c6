setTimeout(() => {
  console.log('outer timeout');
  setTimeout(() => console.log('inner timeout'), 0);
  setImmediate(() => console.log('inner immediate'));
}, 0);
