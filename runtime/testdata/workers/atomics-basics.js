// Atomics on a SharedArrayBuffer: read-modify-write operations return the old value; wait on a mismatched value returns at once
const sab = new SharedArrayBuffer(16);
const a = new Int32Array(sab);
console.log(Object.prototype.toString.call(sab), sab.byteLength, sab instanceof ArrayBuffer);
console.log(Atomics.add(a, 0, 5), Atomics.sub(a, 0, 2), Atomics.load(a, 0));
console.log(Atomics.or(a, 1, 6), Atomics.and(a, 1, 3), Atomics.xor(a, 1, 1), a[1]);
console.log(Atomics.exchange(a, 2, 9), Atomics.compareExchange(a, 2, 9, 4), Atomics.compareExchange(a, 2, 9, 7), a[2]);
console.log(Atomics.store(a, 3, 3.7), a[3], Atomics.isLockFree(4));
console.log(Atomics.wait(a, 0, 99), Atomics.wait(a, 0, 3, 10), Atomics.notify(a, 0, 1));
try { Atomics.load(a, 4); } catch (e) { console.log(e.name, e.message); }
console.log(String(Atomics), typeof SharedArrayBuffer.prototype.slice, new Int8Array(sab.slice(0, 4))[0]);
