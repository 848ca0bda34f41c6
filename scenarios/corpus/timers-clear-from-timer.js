// a timer can cancel another pending timer, even one already due in the same phase
let victim = null;
setTimeout(() => {
  console.log('killer clears the victim');
  clearTimeout(victim);
}, 5);
victim = setTimeout(() => console.log('victim (never runs)'), 40);
const sameList = [];
sameList.push(setTimeout(() => {
  console.log('first of list clears the second');
  clearTimeout(sameList[1]);
}, 15));
sameList.push(setTimeout(() => console.log('second of list (never runs)'), 15));
sameList.push(setTimeout(() => console.log('third of list runs'), 15));
clearTimeout(undefined);
clearTimeout(12345);
console.log('clearing nothing is harmless');
