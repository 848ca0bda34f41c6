// events.once() and await over a server and a socket: listening, connection and data in order
const net = require('net');
const { once } = require('events');
async function main() {
  const server = net.createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  console.log('listening');
  const client = net.connect(server.address().port, '127.0.0.1');
  const [sock] = await once(server, 'connection');
  console.log('server got a connection');
  await once(client, 'connect');
  console.log('client connected');
  client.write('ping');
  const [data] = await once(sock, 'data');
  console.log('server read', String(data));
  client.destroy();
  await once(sock, 'close');
  console.log('server socket closed');
  server.close();
  await once(server, 'close');
  console.log('server closed');
}
main();
