// The experimental helpers of node 20: map, filter, take, toArray, forEach, reduce, some, find.
const { Readable } = require('stream');
async function main() {
  console.log(await Readable.from([1, 2, 3, 4, 5]).filter((x) => x % 2).map((x) => x * 10).toArray());
  console.log(await Readable.from([1, 2, 3, 4, 5]).take(2).toArray());
  console.log(await Readable.from([1, 2, 3, 4, 5]).drop(3).toArray());
  await Readable.from(['a', 'b']).forEach((x) => console.log('each', x));
  console.log(await Readable.from([1, 2, 3]).reduce((a, b) => a + b, 0));
  console.log(await Readable.from([1, 2, 3]).some((x) => x > 2), await Readable.from([1, 2, 3]).every((x) => x > 2));
  console.log(await Readable.from([1, 2, 3]).find((x) => x > 1));
  console.log(await Readable.from([1, 2]).map(async (x) => { await null; return x + 0.5; }).toArray());
}
main();
