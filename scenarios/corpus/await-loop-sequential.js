// awaiting inside a for loop runs the iterations one after another, interleaving with other async work
async function count(name, n) {
  for (let i = 1; i <= n; i++) {
    await null;
    console.log(name, 'iteration', i);
  }
  console.log(name, 'done');
}
count('A', 3);
count('B', 2);
console.log('both started');
