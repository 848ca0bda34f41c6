// only a top-level await marks this .js file as an ES module: node detects it and warns
console.log('before await');
await new Promise((resolve) => setTimeout(resolve, 1));
console.log('after await');
export {};
