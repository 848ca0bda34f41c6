// importing CommonJS: module.exports is the default export; names node finds in the text are named exports
import legacy, { greet, version, later } from './modules/esm-legacy.cjs';
import * as legacyNS from './modules/esm-legacy.cjs';
import * as literalNS from './modules/esm-literal.cjs';
import { EventEmitter } from 'node:events';
import fs, { readFileSync } from 'fs';
console.log(greet('esm'), version, later);
console.log(legacy === legacyNS.default, Object.keys(legacyNS));
console.log(Object.keys(literalNS), literalNS.default.c);
console.log(typeof EventEmitter, fs.readFileSync === readFileSync);
setTimeout(() => console.log('named export is a snapshot:', later, 'default is live:', legacy.later), 5);
