// An http request to a closed port with no 'error' listener: the ECONNREFUSED error is thrown, the process exits with 1
const http = require('http');
process.on('exit', (code) => console.log('exit', code));
http.get('http://127.0.0.1:1/');
console.log('request sent');
