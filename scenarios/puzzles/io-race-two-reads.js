// loopviz: racy
const fs = require('fs');
fs.readFile(__filename, () => console.log('a read'));
fs.readFile(__filename, () => console.log('b read'));
