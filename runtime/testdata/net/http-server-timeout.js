// server.setTimeout(ms, cb): a connection idle for ms emits the server's 'timeout'; with no listener anywhere the socket is destroyed
const http = require('http');
const patient = http.createServer(() => console.log('patient: request, never answered'));
patient.setTimeout(30, (sock) => {
  console.log('patient: timeout event, closing the connection');
  sock.destroy();
});
const strict = http.createServer((req) => {
  console.log('strict: request, never answered; req.setTimeout without a listener that applies');
  req.setTimeout(20, () => console.log('never: the request already arrived completely'));
});
const ask = (server, name) => new Promise((resolve) => {
  const req = http.get({ host: '127.0.0.1', port: server.address().port });
  req.on('error', (err) => console.log(name, 'client: error', err.message));
  req.on('close', resolve);
});
patient.listen(0, '127.0.0.1', () => {
  strict.listen(0, '127.0.0.1', async () => {
    await ask(patient, 'patient');
    await ask(strict, 'strict');
    patient.close();
    strict.close(() => console.log('both closed'));
  });
});
