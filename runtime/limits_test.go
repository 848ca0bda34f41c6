package runtime_test

import (
	"strings"
	"testing"
	"time"

	"github.com/loopviz/loopviz/runtime"
)

// TestWallTimeBound: a run that outlasts its wall-time bound stops with
// reason "time", whatever its statement budget.
func TestWallTimeBound(t *testing.T) {
	start := time.Now()
	res := runSource(t, "while (true) {}\n", runtime.Options{MaxStatements: 1 << 50, MaxWallTime: 200 * time.Millisecond})
	if res.Stop == nil || res.Stop.Reason != "time" {
		t.Fatalf("stop %+v, want the wall-time bound", res.Stop)
	}
	if !strings.Contains(res.Stop.Message, "the wall-time bound was reached: the run took longer than 200ms") {
		t.Errorf("message %q", res.Stop.Message)
	}
	if took := time.Since(start); took > 5*time.Second {
		t.Errorf("stopped after %v", took)
	}
}

// TestSizeChecksKeepOrdinaryCalls: the wrapped built-ins answer ordinary
// calls as before, and keep their names, lengths and native look. The
// expected lines are node's.
func TestSizeChecksKeepOrdinaryCalls(t *testing.T) {
	src := `console.log('ab'.repeat(3), 'x'.padStart(4, '-'), 'x'.padEnd(3), [1, 2, 3].join('+'), [1, 2, 3].join());
console.log(new Array(3).fill(7, 1), [1, 2, 3, 4].fill(0, -2), Array.from({ length: 3 }, (_, i) => i * 2), Array.from('abc'));
console.log(Array.prototype.fill.name, Array.prototype.fill.length, String.prototype.padStart.length, Array.from.length);
console.log(String(Array.prototype.map), [3, 1, 2].sort().map(x => x * 2).filter(x => x > 2).join());
console.log(Array.prototype.join.call({ length: 2, 0: 'a', 1: 'b' }, '-'), String.prototype.repeat.call(12, 2));
try { 'x'.repeat(-1); } catch (e) { console.log(e.name, e.message); }
`
	res := runSource(t, src, runtime.Options{})
	want := `ababab ---x x   1+2+3 1,2,3
[ <1 empty item>, 7, 7 ] [ 1, 2, 0, 0 ] [ 0, 2, 4 ] [ 'a', 'b', 'c' ]
fill 1 1 1
function map() { [native code] } 4,6
a-b 1212
RangeError Invalid count value: -1
`
	if got := res.Stdout(); got != want {
		t.Errorf("stdout\n%s\nwant\n%s\nstderr:\n%s", got, want, res.Stderr())
	}
}
