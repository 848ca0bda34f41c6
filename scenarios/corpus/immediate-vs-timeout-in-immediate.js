// inside an immediate callback, setTimeout(0) vs setImmediate is a race again
// loopviz: racy
setImmediate(() => {
  setTimeout(() => console.log('timeout'), 0);
  setImmediate(() => console.log('immediate'));
});
