// A test-only __lv for prepared programs, driving the generators with goja's native promises.
// It is faithful in results, not in tick counts (the real runtime fixes those): tests compare
// output that does not depend on how microtasks interleave.
//
// Evaluates to a function (hookCounter) => __lv.
(function () {
  const AWAIT = Symbol("await"), YIELD_STAR = Symbol("yieldStar");

  function asyncIter(obj) {
    if (obj == null) throw new TypeError(obj + " is not async iterable");
    const m = obj[Symbol.asyncIterator];
    if (m != null) return m.call(obj);
    const sm = obj[Symbol.iterator];
    if (sm == null) throw new TypeError("object is not async iterable");
    const it = sm.call(obj);
    const next = it.next;
    // CreateAsyncFromSyncIterator, simplified.
    const unwrap = (r) => Promise.resolve(r.value).then((value) => ({ value, done: r.done }));
    return {
      next(v) {
        try { return unwrap(next.call(it, v)); } catch (e) { return Promise.reject(e); }
      },
      return(v) {
        try {
          const ret = it.return;
          if (ret == null) return Promise.resolve({ value: v, done: true });
          return unwrap(ret.call(it, v));
        } catch (e) { return Promise.reject(e); }
      },
    };
  }

  function runAsync(gen) {
    return new Promise((resolve, reject) => {
      function step(method, arg) {
        let r;
        try { r = gen[method](arg); } catch (e) { reject(e); return; }
        if (r.done) { resolve(r.value); return; }
        Promise.resolve(r.value).then((v) => step("next", v), (e) => step("throw", e));
      }
      step("next", undefined);
    });
  }

  // An async generator object over a generator whose yields are values (to await, then yield),
  // __lv.await markers (to await and resume with) or __lv.yieldStar markers (to delegate).
  function runAsyncGen(gen) {
    const queue = [];
    let state = "start"; // start | suspended | running | done
    let delegate = null; // inner async iterator of a yield*

    function finish(kind, value) {
      const req = queue.shift();
      if (kind === "yield") { state = "suspended"; req.resolve({ value, done: false }); }
      else if (kind === "return") { state = "done"; req.resolve({ value, done: true }); }
      else { state = "done"; req.reject(value); }
      resumeNext();
    }

    function drive(method, arg) {
      state = "running";
      let r;
      try { r = gen[method](arg); } catch (e) { finish("throw", e); return; }
      if (r.done) {
        Promise.resolve(r.value).then((v) => finish("return", v), (e) => finish("throw", e));
        return;
      }
      const y = r.value;
      if (y && y[AWAIT]) {
        Promise.resolve(y.value).then((v) => drive("next", v), (e) => drive("throw", e));
        return;
      }
      if (y && y[YIELD_STAR]) {
        let inner;
        try { inner = asyncIter(y.value); } catch (e) { drive("throw", e); return; }
        delegate = inner;
        pump("next", undefined);
        return;
      }
      Promise.resolve(y).then((v) => finish("yield", v), (e) => drive("throw", e));
    }

    // Forward one request to the yield* delegate.
    function pump(method, arg) {
      state = "running";
      const inner = delegate;
      let p;
      try {
        const m = inner[method];
        if (m == null) {
          delegate = null;
          if (method === "return") { drive("return", arg); return; }
          drive("throw", new TypeError("The iterator does not provide a 'throw' method"));
          return;
        }
        p = m.call(inner, arg);
      } catch (e) { delegate = null; drive("throw", e); return; }
      Promise.resolve(p).then((r) => {
        if (r.done) {
          delegate = null;
          if (method === "return") drive("return", r.value);
          else drive("next", r.value);
        } else {
          finish("yield", r.value);
        }
      }, (e) => { delegate = null; drive("throw", e); });
    }

    function resumeNext() {
      if (queue.length === 0 || state === "running") return;
      const req = queue[0];
      if (state === "start" && req.kind !== "next") state = "done";
      if (state === "done") {
        if (req.kind === "next") { queue.shift(); req.resolve({ value: undefined, done: true }); }
        else if (req.kind === "throw") { queue.shift(); req.reject(req.value); }
        else {
          queue.shift();
          Promise.resolve(req.value).then((v) => req.resolve({ value: v, done: true }), req.reject);
        }
        resumeNext();
        return;
      }
      if (delegate) { pump(req.kind, req.value); return; }
      if (req.kind === "return") {
        state = "running";
        Promise.resolve(req.value).then((v) => drive("return", v), (e) => drive("throw", e));
        return;
      }
      drive(req.kind, req.value);
    }

    function request(kind, value) {
      return new Promise((resolve, reject) => {
        queue.push({ kind, value, resolve, reject });
        resumeNext();
      });
    }

    return {
      next(v) { return request("next", v); },
      throw(e) { return request("throw", e); },
      return(v) { return request("return", v); },
      [Symbol.asyncIterator]() { return this; },
      [Symbol.toStringTag]: "AsyncGenerator",
    };
  }

  return function (hooks) {
    return {
      s(id) { hooks(id); },
      async: runAsync,
      asyncGen: runAsyncGen,
      asyncIter,
      await(value) { return { [AWAIT]: true, value }; },
      yieldStar(value) { return { [YIELD_STAR]: true, value }; },
      caught(e) { return e; },
    };
  };
})()
