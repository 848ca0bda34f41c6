// Invalid ports throw synchronously with ERR_SOCKET_BAD_PORT; a second listen() on the same server throws ERR_SERVER_ALREADY_LISTEN
const net = require('net');
const tries = [
  () => net.createServer().listen(70000),
  () => net.createServer().listen({ port: -1 }),
  () => net.connect(65536),
  () => net.connect({ port: 'http' }),
  () => net.connect({}),
  () => net.createServer().listen({}),
];
for (const t of tries) {
  try {
    t();
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
const s = net.createServer().listen(0, () => s.close());
try {
  s.listen(0);
} catch (e) {
  console.log(e.name, e.code, e.message);
}
