const later = (v, ms) => new Promise((r) => setTimeout(() => { console.log('timer ' + v); r(v); }, ms));
async function sequential() {
  const a = await later('s1', 30);
  const b = await later('s2', 30);
  console.log('sequential ' + a + b);
}
async function parallel() {
  const [a, b] = await Promise.all([later('p1', 20), later('p2', 40)]);
  console.log('parallel ' + a + b);
}
sequential();
parallel();
