// __dirname and __filename do not exist in an ES module: import.meta.dirname and filename do
console.log(typeof __filename, typeof import.meta.filename);
console.log(import.meta.filename === process.argv[1]);
console.log(import.meta.url === 'file://' + process.argv[1]);
console.log(Object.keys(import.meta));
console.log(import.meta.resolve('./x.mjs').endsWith('/corpus/x.mjs'), import.meta.resolve('node:fs'));
console.log(__dirname);
