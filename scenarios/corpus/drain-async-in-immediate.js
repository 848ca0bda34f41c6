// an async function started in an immediate finishes its awaits before the next immediate runs
async function job(name) {
  console.log(name, 'start');
  await null;
  console.log(name, 'after await 1');
  await Promise.resolve();
  console.log(name, 'after await 2');
}
setImmediate(() => job('immediate 1 job'));
setImmediate(() => job('immediate 2 job'));
