// immediates queued during the check phase wait for the next iteration's check phase
setImmediate(() => {
  console.log('immediate A (iteration 1)');
  setImmediate(() => {
    console.log('immediate C, queued by A (iteration 2)');
    setImmediate(() => console.log('immediate E, queued by C (iteration 3)'));
  });
});
setImmediate(() => {
  console.log('immediate B (iteration 1)');
  setImmediate(() => console.log('immediate D, queued by B (iteration 2)'));
});
