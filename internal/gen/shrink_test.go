package gen

import (
	"strings"
	"testing"
)

// TestShrink shrinks generated programs against synthetic predicates and checks
// the result is minimal, still satisfies the predicate, parses as intended and
// is the same every time.
func TestShrink(t *testing.T) {
	has := func(ss ...string) func(*Program) bool {
		return func(p *Program) bool {
			src := p.Source()
			for _, s := range ss {
				if !strings.Contains(src, s) {
					return false
				}
			}
			return true
		}
	}
	hasKind := func(kinds ...Kind) func(*Program) bool {
		return func(p *Program) bool {
			seen := map[Kind]bool{}
			p.Walk(func(n *Node) { seen[n.Kind] = true })
			for _, k := range kinds {
				if !seen[k] {
					return false
				}
			}
			return true
		}
	}
	tests := []struct {
		name string
		keep func(*Program) bool
		size int                 // nodes left
		want func(*Program) bool // a further property of the result
	}{
		{"one construct", hasKind(Immediate), 1, func(p *Program) bool { return p.Body[0].Kind == Immediate }},
		{"two constructs", hasKind(Immediate, Tick), 2, nil},
		{"delays shrink", func(p *Program) bool {
			found := false
			p.Walk(func(n *Node) { found = found || n.Kind == Timeout })
			return found
		}, 1, func(p *Program) bool { return p.Body[0].A == 0 }},
		{"numbers shrink", func(p *Program) bool {
			found := false
			p.Walk(func(n *Node) { found = found || n.Kind == Pool && n.A >= 10 })
			return found
		}, 1, func(p *Program) bool { return p.Body[0].A == 10 }}, // from 100
		// An await never lands outside an async body (Valid is checked for every result).
		{"await stays in an async body", has("await "), 2, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			shrunk := 0
			for seed := int64(1); seed <= 300 && shrunk < 5; seed++ {
				p := Generate(seed, DefaultConfig)
				if !tc.keep(p) {
					continue
				}
				shrunk++
				before := p.Source()
				got := Shrink(p, tc.keep, 0)
				if p.Source() != before {
					t.Fatalf("seed %d: Shrink changed its input", seed)
				}
				if !tc.keep(got) || !got.Valid() {
					t.Fatalf("seed %d: result does not hold:\n%s", seed, got.Source())
				}
				if got.Size() > tc.size {
					t.Errorf("seed %d: %d nodes left, want at most %d:\n%s", seed, got.Size(), tc.size, got.Source())
				}
				if tc.want != nil && !tc.want(got) {
					t.Errorf("seed %d: unexpected result:\n%s", seed, got.Source())
				}
				if again := Shrink(p, tc.keep, 0); again.Source() != got.Source() {
					t.Errorf("seed %d: not deterministic:\n%s\nthen\n%s", seed, got.Source(), again.Source())
				}
			}
			if shrunk == 0 {
				t.Fatal("no generated program satisfies the predicate")
			}
		})
	}
}

// TestShrinkBound stops after maxCalls predicate calls.
func TestShrinkBound(t *testing.T) {
	p := Generate(7, DefaultConfig)
	calls := 0
	Shrink(p, func(*Program) bool { calls++; return false }, 10)
	if calls != 10 {
		t.Errorf("%d calls, want 10", calls)
	}
}
