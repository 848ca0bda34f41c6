// require does not exist in an ES module: node says so, and suggests import
console.log('typeof require:', typeof require);
try {
  require('fs');
} catch (e) {
  console.log('caught:', e.message);
}
const fs = require('fs');
console.log('never printed', fs);
