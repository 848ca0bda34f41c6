const wait = (v, ms) => new Promise((r) => setTimeout(() => r(v), ms));
Promise.race([wait('slow', 50), wait('fast', 10)]).then((v) => console.log('race: ' + v));
Promise.all([wait('one', 30), wait('two', 20)]).then((v) => console.log('all: ' + v.join(',')));
Promise.allSettled([Promise.reject(new Error('x')), 1]).then((r) => console.log('settled: ' + r.map((s) => s.status).join(',')));
