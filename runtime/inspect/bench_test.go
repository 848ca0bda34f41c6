package inspect

import (
	"testing"

	"github.com/dop251/goja"
)

func benchValue(b *testing.B, src string) (*Inspector, goja.Value) {
	b.Helper()
	rt := goja.New()
	in := New(rt, Hooks{})
	v, err := rt.RunString(src)
	if err != nil {
		b.Fatal(err)
	}
	return in, v
}

// BenchmarkLogSmallObject is console.log({ ... }) of a small object: the hot path of a program
// that logs in a loop.
func BenchmarkLogSmallObject(b *testing.B) {
	in, v := benchValue(b, `({ id: 7, name: 'task', done: false, tags: ['a', 'b'] })`)
	args := []goja.Value{v}
	opts := DefaultOptions()
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		_ = in.Format(args, opts)
	}
}

// BenchmarkLogString is console.log('tick', 3): no object at all.
func BenchmarkLogString(b *testing.B) {
	in, _ := benchValue(b, `0`)
	args := []goja.Value{in.rt.ToValue("tick"), in.rt.ToValue(3)}
	opts := DefaultOptions()
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		_ = in.Format(args, opts)
	}
}

// BenchmarkInspectArray100 is an array of 100 numbers, grouped into columns.
func BenchmarkInspectArray100(b *testing.B) {
	in, v := benchValue(b, `Array.from({ length: 100 }, (_, i) => i * 3)`)
	opts := DefaultOptions()
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		_ = in.Inspect(v, opts)
	}
}
