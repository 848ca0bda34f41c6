// perf_hooks errors: an unknown mark is a SyntaxError DOMException, missing names are ERR_MISSING_ARGS, and the entry classes cannot be constructed directly (PerformanceMark can).
const { PerformanceObserver, PerformanceEntry, PerformanceMark, PerformanceMeasure } = require('perf_hooks');
const attempts = {
  unknownMark: () => performance.measure('x', 'nope'),
  noMarkName: () => performance.mark(),
  noMeasureName: () => performance.measure(),
  entry: () => new PerformanceEntry(),
  measure: () => new PerformanceMeasure(),
  observerCallback: () => new PerformanceObserver(5),
  observeNothing: () => new PerformanceObserver(() => {}).observe({}),
  observeString: () => new PerformanceObserver(() => {}).observe({ entryTypes: 'mark' }),
};
for (const [name, fn] of Object.entries(attempts)) {
  try {
    fn();
    console.log(name, 'ok');
  } catch (e) {
    console.log(name, e.name, e.code, e.message);
  }
}
const direct = new PerformanceMark('direct', { startTime: 1, detail: [1, 2] });
console.log(direct, performance.getEntriesByName('direct').length, direct instanceof PerformanceEntry);
console.log(Object.keys(require('perf_hooks')), typeof PerformanceObserver, globalThis.PerformanceMark === PerformanceMark);
