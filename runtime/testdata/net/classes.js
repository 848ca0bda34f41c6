// What the objects are: sockets are Duplex streams, requests and responses Readables, outgoing messages legacy Streams; and the helpers net.isIP and http.METHODS
const net = require('net');
const http = require('http');
const stream = require('stream');
const EventEmitter = require('events');
console.log(net.isIP('127.0.0.1'), net.isIP('::1'), net.isIP('localhost'), net.isIPv4('10.0.0.1'), net.isIPv6('::'));
console.log(http.METHODS.length, http.METHODS.includes('PATCH'), http.maxHeaderSize, http.globalAgent instanceof http.Agent);
console.log(new net.Server() instanceof EventEmitter, http.createServer() instanceof net.Server);
const server = http.createServer((req, res) => {
  console.log('socket:', req.socket instanceof net.Socket, req.socket instanceof stream.Duplex);
  console.log('req:', req instanceof http.IncomingMessage, req instanceof stream.Readable);
  console.log('res:', res instanceof http.ServerResponse, res instanceof http.OutgoingMessage, res instanceof stream.Stream, res instanceof stream.Writable);
  res.end();
});
server.listen(0, '127.0.0.1', () => {
  const req = http.get({ host: '127.0.0.1', port: server.address().port }, (res) => {
    console.log('client req:', req instanceof http.ClientRequest, req instanceof http.OutgoingMessage, 'res:', res instanceof http.IncomingMessage);
    res.resume();
    res.on('end', () => server.close());
  });
});
