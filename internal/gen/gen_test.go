package gen

import (
	"os"
	"strconv"
	"testing"
)

// TestShow prints the program for $SEED (a debugging aid).
func TestShow(t *testing.T) {
	s := os.Getenv("SEED")
	if s == "" {
		t.Skip("set SEED=n to print the program for seed n")
	}
	seed, err := strconv.ParseInt(s, 10, 64)
	if err != nil {
		t.Fatal(err)
	}
	p := Generate(seed, DefaultConfig)
	t.Logf("%s\n%s", p.describe(), p.Source())
}
