// the path module: the usual helpers around __filename (process.cwd() is the script's directory)
const path = require('path');
console.log(path.basename(__filename), path.extname(__filename), path.basename(__filename, '.js'));
console.log(path.join('logs', 'app', '..', 'server.log'), path.normalize('/a//b/../c/.'));
console.log(path.relative(__dirname, path.join(__dirname, 'modules', 'counter.js')));
console.log(path.parse('/srv/app/index.html'), path.isAbsolute('./x'));
console.log(path.resolve('modules') === path.join(__dirname, 'modules'));
