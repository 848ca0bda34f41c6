const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
async function worker(name, ms) {
  console.log(name + ' starts');
  await sleep(ms);
  console.log(name + ' wakes');
  return name;
}
worker('slow', 60).then((n) => console.log(n + ' done'));
worker('fast', 10).then((n) => console.log(n + ' done'));
