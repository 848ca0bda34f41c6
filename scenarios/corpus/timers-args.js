// setTimeout, setInterval and setImmediate pass extra arguments to the callback
setImmediate((x, y) => {
  console.log('immediate args:', x, y);
  setTimeout((...args) => console.log('timeout arg count:', args.length), 5, 1, 2, 3);
  setTimeout((a, b) => console.log('timeout args:', a, b), 10, 'a', 'b');
  const iv = setInterval((x) => {
    console.log('interval arg:', x);
    clearInterval(iv);
  }, 20, 'only once');
}, 'x', { y: 1 });
