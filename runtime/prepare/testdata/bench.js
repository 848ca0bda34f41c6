'use strict';
// A 200-line module for BenchmarkCommonJS: the kind of code loopviz users bring (event-loop
// puzzles, a small async pipeline, classes, generators, for await).
const { EventEmitter } = require('events');

const log = (...args) => console.log(...args);

function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function retry(fn, times) {
  let lastError;
  return async function retrying(...args) {
    for (let attempt = 0; attempt < times; attempt++) {
      try {
        return await fn.apply(this, args);
      } catch (err) {
        lastError = err;
      }
    }
    throw lastError;
  };
}

async function fetchUser(id) {
  await sleep(1);
  if (id < 0) {
    throw new RangeError(`bad id ${id}`);
  }
  return { id, name: `user${id}`, tags: ['a', 'b'] };
}

async function fetchAll(ids) {
  const users = [];
  for (const id of ids) {
    try {
      users.push(await fetchUser(id));
    } catch (err) {
      log('skipped', id, err.message);
    } finally {
      log('done with', id);
    }
  }
  return users;
}

class Queue extends EventEmitter {
  #items = [];
  static count = 0;

  constructor(name) {
    super();
    this.name = name;
    Queue.count++;
  }

  push(item) {
    this.#items.push(item);
    this.emit('push', item);
    return this;
  }

  async drain(worker) {
    const results = [];
    while (this.#items.length > 0) {
      const item = this.#items.shift();
      results.push(await worker(item));
    }
    this.emit('drained', results.length);
    return results;
  }

  async *[Symbol.asyncIterator]() {
    while (this.#items.length) {
      yield this.#items.shift();
      await null;
    }
  }

  get size() {
    return this.#items.length;
  }

  static async create(name, items = []) {
    const q = new Queue(name);
    for (const item of items) q.push(item);
    await null;
    return q;
  }
}

function* counter(limit) {
  let i = 0;
  while (i < limit) {
    const reset = yield i++;
    if (reset) i = 0;
  }
  return 'finished';
}

async function* ticker(n, every) {
  for (let i = 0; i < n; i++) {
    await sleep(every);
    yield { tick: i, at: Date.now() };
  }
}

const handlers = {
  async onMessage(msg) {
    const { type, payload = {} } = msg;
    switch (type) {
      case 'greet':
        return `hello ${payload.name ?? 'stranger'}`;
      case 'sum': {
        let total = 0;
        for (const n of payload.numbers || []) total += n;
        return total;
      }
      case 'wait':
        await sleep(payload.ms);
        return 'waited';
      default:
        throw new TypeError(`unknown message ${type}`);
    }
  },
  onError: (err) => log('error:', err.message),
  async *stream(items) {
    for await (const item of items) {
      if (item === null) continue;
      yield item;
    }
  },
};

function puzzle() {
  console.log('1: script start');
  setTimeout(() => console.log('5: timeout'), 0);
  setImmediate(() => console.log('6: immediate'));
  process.nextTick(() => console.log('3: nextTick'));
  Promise.resolve().then(() => console.log('4: promise'));
  queueMicrotask(() => console.log('4b: microtask'));
  (async () => {
    console.log('2: async start');
    await null;
    console.log('4c: after await');
  })();
}

async function pipeline() {
  const users = await fetchAll([1, -1, 2]);
  log('users', users.map((u) => u.name).join(','));
  const q = await Queue.create('jobs', users);
  q.on('drained', (n) => log('drained', n));
  const names = await q.drain(async (u) => {
    await sleep(1);
    return u.name.toUpperCase();
  });
  log(names);
  const q2 = await Queue.create('stream', ['x', 'y', 'z']);
  for await (const item of q2) {
    log('streamed', item);
    if (item === 'y') break;
  }
  let ticks = 0;
  outer: for await (const t of ticker(3, 1)) {
    ticks += t.tick;
    for (const k of Object.keys(t)) {
      if (k === 'at') continue outer;
    }
  }
  log('ticks', ticks);
  const replies = await Promise.allSettled([
    handlers.onMessage({ type: 'greet', payload: { name: 'Ada' } }),
    handlers.onMessage({ type: 'sum', payload: { numbers: [1, 2, 3] } }),
    handlers.onMessage({ type: 'nope' }),
  ]);
  for (const r of replies) {
    if (r.status === 'fulfilled') log('ok', r.value);
    else handlers.onError(r.reason);
  }
  const collected = [];
  for await (const v of handlers.stream([1, null, Promise.resolve(2)])) collected.push(v);
  log('collected', collected);
  const it = counter(5);
  let step = it.next();
  while (!step.done) {
    if (step.value === 2 && !it.reset) {
      it.reset = true;
      step = it.next(true);
      continue;
    }
    step = it.next();
  }
  log('counter', step.value);
  return { users: users.length, names: names.length, ticks };
}

do {
  puzzle();
} while (false);

pipeline()
  .then((summary) => log('summary', JSON.stringify(summary)))
  .catch((err) => {
    log('pipeline failed', err);
    process.exitCode = 1;
  })
  .finally(() => log('bye'));

module.exports = { fetchUser, fetchAll, Queue, counter, ticker, handlers, puzzle, pipeline };
