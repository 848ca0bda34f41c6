package interview

import (
	"slices"
	"testing"
)

func TestQuestions(t *testing.T) {
	qs := All()
	if len(qs) != 13 {
		t.Errorf("%d questions, want the 13 of the seed guide's interview section", len(qs))
	}
	if err := Validate(qs); err != nil {
		t.Error(err)
	}
	bad := append(All(), Question{ID: "nexttick-vs-setimmediate"}, Question{ID: "x", Ask: "?", Points: []string{"a"}})
	if err := Validate(bad); err == nil {
		t.Errorf("a duplicate id and a question with one point pass")
	}
}

func TestPick(t *testing.T) {
	a, b := Pick(5, 42), Pick(5, 42)
	if len(a) != 5 {
		t.Fatalf("Pick(5) gave %d", len(a))
	}
	ids := func(qs []Question) []string {
		var out []string
		for _, q := range qs {
			out = append(out, q.ID)
		}
		return out
	}
	if !slices.Equal(ids(a), ids(b)) {
		t.Errorf("the same seed gives different sessions")
	}
	if slices.Equal(ids(Pick(13, 1)), ids(Pick(13, 2))) {
		t.Errorf("different seeds give the same order")
	}
	if got := len(Pick(0, 1)); got != 13 {
		t.Errorf("Pick(0) gave %d, want all", got)
	}
	all := ids(Pick(100, 7))
	slices.Sort(all)
	if len(slices.Compact(all)) != 13 {
		t.Errorf("Pick repeats a question")
	}
}
