let n = 0;
function again() {
  n++;
  console.log('tick ' + n);
  if (n < 3) process.nextTick(again);
}
setTimeout(() => console.log('timer'), 0);
process.nextTick(again);
