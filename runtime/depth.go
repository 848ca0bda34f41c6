package runtime

import (
	"reflect"

	"github.com/dop251/goja"
)

// callStackDepth returns a function reporting how many frames goja's VM has on
// its call stack.
//
// Why reflection: goja's own stack limit (SetMaxCallStackSize) raises an error
// JavaScript cannot catch, while Node's "Maximum call stack size exceeded" is
// an ordinary, catchable RangeError that puzzles rely on. The statement hook
// compares this depth with maxJSDepth and throws the catchable RangeError
// itself; goja's hard limit stays as a backstop a little deeper. goja's version
// is pinned in go.mod, and TestCallStackDepth fails if the field moves.
func callStackDepth(rt *goja.Runtime) func() int {
	v := reflect.ValueOf(rt).Elem().FieldByName("vm")
	if !v.IsValid() || v.Kind() != reflect.Pointer {
		return func() int { return 0 }
	}
	cs := v.Elem().FieldByName("callStack")
	if !cs.IsValid() || cs.Kind() != reflect.Slice {
		return func() int { return 0 }
	}
	return cs.Len
}
