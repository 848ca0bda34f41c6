process.on('unhandledRejection', (reason) => console.log('unhandled:', reason.message));
Promise.reject(new Error('nobody caught me'));
setTimeout(() => console.log('still running'), 1);
