// A listening server is a ref'd handle that keeps the loop alive; closing it lets the process exit
const http = require('http');
const server = http.createServer();
process.on('exit', (code) => console.log('exit with code', code));
server.listen(0, '127.0.0.1', () => {
  console.log('listening: the loop stays alive with nothing else to do');
  setTimeout(() => {
    console.log('closing the server: nothing is left to keep the loop alive');
    server.close();
  }, 20);
});
