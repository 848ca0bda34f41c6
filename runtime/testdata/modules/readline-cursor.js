// readline's cursor helpers write ANSI escape sequences to a stream and return true; with no stream they do nothing.
const readline = require('readline');
const out = { write: (s, cb) => { console.log(JSON.stringify(s)); if (cb) process.nextTick(cb); return true; } };
console.log(readline.cursorTo(out, 3), readline.cursorTo(out, 3, 4), readline.moveCursor(out, -2, 1), readline.moveCursor(out, 0, 0));
console.log(readline.clearLine(out, -1), readline.clearLine(out, 1), readline.clearLine(out, 0), readline.clearScreenDown(out));
readline.cursorTo(out, 1, () => console.log('cursorTo callback'));
console.log(readline.cursorTo(null, 1), readline.moveCursor(out, 2, -3));
