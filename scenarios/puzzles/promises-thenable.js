const thenable = {
  then(resolve) {
    console.log('then called');
    resolve('from thenable');
  },
};
Promise.resolve(thenable).then((v) => console.log(v));
Promise.resolve().then(() => console.log('p1')).then(() => console.log('p2'));
console.log('sync');
