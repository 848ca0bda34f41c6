// a syntax error: node prints the line, a caret and the message, runs nothing, and exits with 1
console.log('never printed: the file does not compile');
function broken( {
  return 1;
}
