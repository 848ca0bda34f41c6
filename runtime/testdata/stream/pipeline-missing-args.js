// pipeline argument checks.
const { pipeline, PassThrough } = require('stream');
try { pipeline(new PassThrough(), () => {}); } catch (e) { console.log(e.name, e.code, e.message); }
try { pipeline(new PassThrough(), new PassThrough()); } catch (e) { console.log(e.name, e.code); }
