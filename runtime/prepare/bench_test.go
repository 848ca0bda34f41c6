package prepare

import (
	"os"
	"strings"
	"testing"
)

// BenchmarkCommonJS prepares a 200-line module with hooks (parse, rewrite, compile).
func BenchmarkCommonJS(b *testing.B) {
	src, err := os.ReadFile("testdata/bench.js")
	if err != nil {
		b.Fatal(err)
	}
	if n := strings.Count(string(src), "\n"); n < 200 {
		b.Fatalf("testdata/bench.js has %d lines", n)
	}
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := CommonJS("bench.js", string(src), Options{Hooks: true}); err != nil {
			b.Fatal(err)
		}
	}
}
