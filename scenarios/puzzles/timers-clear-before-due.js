const b = setTimeout(() => console.log('b'), 20);
setTimeout(() => {
  console.log('a');
  clearTimeout(b);
}, 10);
setTimeout(() => console.log('c'), 30);
