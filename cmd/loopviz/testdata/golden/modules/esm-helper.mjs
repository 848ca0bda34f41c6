// imported by esm-tick-vs-promise.mjs: evaluates first
console.log('helper evaluates');
export const helper = () => 'helper called';
