// A PerformanceObserver gets each batch of new marks and measures from an immediate (after nextTicks and promises), sorted by start time.
const { PerformanceObserver, performance } = require('perf_hooks');
const obs = new PerformanceObserver((list, observer) => {
  console.log('observer', list.getEntries().map((e) => `${e.name}:${e.entryType}`), observer === obs);
  console.log('  by type', list.getEntriesByType('mark').length, 'by name', list.getEntriesByName('b').length);
});
obs.observe({ entryTypes: ['mark', 'measure'] });
performance.mark('b', { startTime: 2 });
performance.mark('a', { startTime: 1 });
performance.measure('a-b', 'a', 'b');
process.nextTick(() => console.log('tick'));
Promise.resolve().then(() => console.log('micro'));
setImmediate(() => {
  console.log('immediate');
  performance.mark('c', { startTime: 3 });
  process.nextTick(() => console.log('tick2'));
  setImmediate(() => {
    console.log('immediate2');
    obs.disconnect();
    performance.mark('after-disconnect');
    setImmediate(() => console.log('immediate3, observer quiet'));
  });
});
console.log('sync', PerformanceObserver.supportedEntryTypes);
console.log(obs);
