// async generators: yield* delegates to another async generator and to a sync iterable
async function* inner() {
  yield 'inner 1';
  await null;
  yield 'inner 2';
  return 'inner result';
}
async function* outer() {
  yield 'outer 1';
  const r = yield* inner();
  console.log('yield* returned', r);
  yield* ['array 1', 'array 2'];
}
(async () => {
  const seen = [];
  for await (const v of outer()) seen.push(v);
  console.log(seen);
  const gen = outer();
  console.log(await gen.next(), await gen.return('early'), await gen.next());
})();
