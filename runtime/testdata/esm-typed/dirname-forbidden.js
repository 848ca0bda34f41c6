// __dirname in a .js ES module, reached after a top-level await: the error names the package.json
console.log('before await');
await null;
console.log(__dirname);
