// loopviz: racy
setImmediate(() => {
  console.log('outer immediate');
  setTimeout(() => console.log('timeout'), 0);
  setImmediate(() => console.log('immediate'));
});
