// a module without top-level await
console.log('quick: evaluates');
export const quick = 'quick';
