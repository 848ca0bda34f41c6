// a module whose top-level await takes a timer
console.log('slow: start');
await new Promise((resolve) => setTimeout(resolve, 10));
console.log('slow: done');
export const slow = 'slow';
