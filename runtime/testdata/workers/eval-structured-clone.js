// workerData and messages are structured clones: nested values, Map, Set, Date, cycles survive; class instances arrive plain
const { Worker } = require('worker_threads');
class Point { constructor(x, y) { this.x = x; this.y = y; } norm() { return 1; } }
const data = { list: [1, 'two', null, undefined, 3n], map: new Map([['a', 1]]), set: new Set([1, 2]), when: new Date(0), point: new Point(1, 2), re: /a+/gi, nan: NaN, neg: -0 };
data.self = data;
const w = new Worker(`
const { parentPort, workerData } = require('worker_threads');
parentPort.postMessage({
  same: workerData.self === workerData,
  point: workerData.point,
  hasNorm: typeof workerData.point.norm,
  map: [...workerData.map],
  set: [...workerData.set],
  year: workerData.when.getUTCFullYear(),
  list: workerData.list,
  re: String(workerData.re),
  nan: Number.isNaN(workerData.nan),
  negZero: Object.is(workerData.neg, -0),
});
`, { eval: true, workerData: data });
w.on('message', (m) => console.log(m));
w.on('exit', (code) => console.log('exit', code));
