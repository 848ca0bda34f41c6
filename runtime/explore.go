package runtime

import (
	"github.com/loopviz/loopviz/sim"
)

// DefaultExploreRuns bounds how many runs Explore makes.
const DefaultExploreRuns = 256

// Choice is one decision taken at a race point.
type Choice struct {
	What   string // the race point
	Option string // the alternative taken
}

// Outcome is one distinct result of a program under different race choices.
type Outcome struct {
	Stdout   string
	Stderr   string // the stderr of the first run that printed this stdout
	ExitCode int
	Default  bool       // produced by the default run (no choices forced)
	Choices  [][]Choice // every set of choices that produced it
	Path     []int      // the first run's choices, as Options.Choices: runs it again
}

// Exploration is every outcome the model allows.
type Exploration struct {
	Outcomes   []*Outcome
	Runs       int
	RacePoints int  // race points met across all runs
	Truncated  bool // the run limit was reached before every alternative was tried
	Stop       *sim.Stop
}

// Explore runs the program once with the model's default choices, then again
// for every alternative at every race point it meets (depth first), and
// groups the runs by their stdout and exit code.
func Explore(opts Options, maxRuns int) (*Exploration, error) {
	if maxRuns <= 0 {
		maxRuns = DefaultExploreRuns
	}
	ex := &Exploration{}
	byKey := map[string]*Outcome{}
	pending := [][]int{nil}
	for len(pending) > 0 {
		if ex.Runs >= maxRuns {
			ex.Truncated = true
			break
		}
		prefix := pending[len(pending)-1]
		pending = pending[:len(pending)-1]
		o := opts
		o.Choices = prefix
		res, err := Run(o)
		if err != nil {
			return nil, err
		}
		ex.Runs++
		if res.Stop != nil && ex.Stop == nil {
			ex.Stop = res.Stop
		}
		races := res.Trace.Races
		var chosen []Choice
		for _, r := range races {
			chosen = append(chosen, Choice{What: r.What, Option: r.Options[r.Chosen]})
		}
		key := res.Stdout() + "\x00" + itoa(res.ExitCode)
		out := byKey[key]
		if out == nil {
			out = &Outcome{Stdout: res.Stdout(), Stderr: res.Stderr(), ExitCode: res.ExitCode}
			for _, r := range races {
				out.Path = append(out.Path, r.Chosen)
			}
			byKey[key] = out
			ex.Outcomes = append(ex.Outcomes, out)
		}
		out.Choices = append(out.Choices, chosen)
		if prefix == nil {
			out.Default = true
		}
		// Queue every alternative at the race points beyond the forced prefix,
		// last first so the search stays depth first in choice order.
		for i := len(races) - 1; i >= len(prefix); i-- {
			ex.RacePoints++
			for alt := len(races[i].Options) - 1; alt >= 1; alt-- {
				next := make([]int, i+1)
				for j := 0; j < i; j++ {
					next[j] = races[j].Chosen
				}
				next[i] = alt
				pending = append(pending, next)
			}
		}
	}
	return ex, nil
}
