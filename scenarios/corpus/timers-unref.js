// an unref'd timer does not keep the process alive: it never fires once the ref'd work is done
setTimeout(() => console.log('ref timer fires, then the process exits'), 10);
const t = setTimeout(() => console.log('unref timer (never fires)'), 1000);
t.unref();
console.log('hasRef after unref:', t.hasRef());
process.on('exit', code => console.log('exit', code));
