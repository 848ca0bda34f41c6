// ticks and promise reactions that schedule each other alternate: each drain round empties one queue, then the other
let round = 0;
function scheduleTick() {
  process.nextTick(() => {
    console.log('tick round', round);
    Promise.resolve().then(reaction);
  });
}
function reaction() {
  console.log('reaction round', round);
  round++;
  if (round < 3) scheduleTick();
}
scheduleTick();
Promise.resolve().then(() => console.log('first reaction from main'));
console.log('main done');
