// dns.lookup goes to the threadpool (getaddrinfo); dns.resolve4 is a network query and never uses it
const dns = require('dns');
dns.lookup('localhost', (err, address, family) => {
  console.log('lookup localhost:', address, family);
  dns.lookup('no-such-host.invalid', (err) => {
    console.log('lookup failed:', err.code, err.syscall, err.hostname);
    dns.promises.lookup('localhost').then((r) => console.log('promise lookup:', r));
  });
});
dns.lookup('127.0.0.1', (err, address) => console.log('lookup of an IP answers on the next tick:', address));
dns.resolve4('localhost', (err) => console.log('resolve4 failed:', err.code, err.syscall));
process.nextTick(() => console.log('nextTick runs first'));
