package gen

// Shrink returns the smallest program it can find, starting from p, for which
// keep still reports true. keep must hold for p itself (Shrink does not check).
//
// It tries, greedily and in a fixed order, until nothing more helps:
//
//   - removing one node (a statement, a link of a chain, an element of a
//     combinator, a listener of an emitter);
//   - replacing one node by its body (the statements of its callbacks, those
//     of its links or listeners first, take the node's place), where the body
//     is valid there;
//   - simplifying one node: its variant to 0 and its numbers (delays, counts,
//     iterations) to smaller ones the generator uses.
//
// Every candidate is a valid program (see Valid). The search is
// deterministic: the same p and the same keep give the same result. keep is
// called once per candidate, so its cost (running node, say) bounds the time
// a shrink takes; maxCalls bounds the number of calls (0: no bound).
func Shrink(p *Program, keep func(*Program) bool, maxCalls int) *Program {
	s := &shrinker{keep: keep, max: maxCalls}
	best := p.Clone()
	for changed := true; changed && !s.exhausted(); {
		changed = false
		for _, pass := range []func(*Program) (*Program, bool){s.removeOne, s.spliceOne, s.simplifyOne} {
			for {
				next, ok := pass(best)
				if !ok {
					break
				}
				best, changed = next, true
			}
		}
	}
	return best
}

type shrinker struct {
	keep  func(*Program) bool
	max   int
	calls int
}

func (s *shrinker) exhausted() bool { return s.max > 0 && s.calls >= s.max }

func (s *shrinker) try(c *Program) bool {
	if s.exhausted() || !c.Valid() {
		return false
	}
	s.calls++
	return s.keep(c)
}

// slot addresses one node: the list that holds it and its index there.
type slot struct {
	list *[]*Node
	i    int
}

// slots lists every node of p, parents before children, as places in p's own lists.
func slots(p *Program) []slot {
	var out []slot
	var walk func(list *[]*Node)
	walk = func(list *[]*Node) {
		for i, n := range *list {
			out = append(out, slot{list, i})
			walk(&n.Parts)
			walk(&n.Body)
		}
	}
	walk(&p.Body)
	return out
}

// first tries one candidate per node of p, a clone of p edited at that node by
// edit (which reports false when it has nothing to change there), and returns
// the first that keep accepts.
func (s *shrinker) first(p *Program, edit func(list *[]*Node, i int) bool) (*Program, bool) {
	n := len(slots(p))
	for k := 0; k < n && !s.exhausted(); k++ {
		c := p.Clone()
		sl := slots(c)[k]
		if !edit(sl.list, sl.i) {
			continue
		}
		if s.try(c) {
			return c, true
		}
	}
	return nil, false
}

func (s *shrinker) removeOne(p *Program) (*Program, bool) {
	return s.first(p, func(list *[]*Node, i int) bool {
		*list = append((*list)[:i:i], (*list)[i+1:]...)
		return true
	})
}

func (s *shrinker) spliceOne(p *Program) (*Program, bool) {
	return s.first(p, func(list *[]*Node, i int) bool {
		n := (*list)[i]
		if n.Kind == Link || n.Kind == Listener || n.Kind == Elem {
			return false // a part: its body cannot stand among parts
		}
		var body []*Node
		for _, part := range n.Parts {
			body = append(body, part.Body...)
		}
		body = append(body, n.Body...)
		if len(body) == 0 {
			return false
		}
		out := append([]*Node{}, (*list)[:i]...)
		out = append(out, body...)
		*list = append(out, (*list)[i+1:]...)
		return true
	})
}

// below returns the values of set smaller than v, in order.
func below(v int, set ...int) []int {
	var out []int
	for _, c := range set {
		if c < v {
			out = append(out, c)
		}
	}
	return out
}

// simpler lists the simpler values a node's numbers can take, simplest first,
// as (field, value) pairs with field 'A' or 'B'. Only values the generator
// itself would use: a timer delay becomes 0 or 1, never 6, because a delay of
// a few milliseconds races with real I/O and slow first writes in node (see
// Generate), and a shrunk program must show the same difference, not a new
// race.
func simpler(n *Node) (out [][2]int) {
	add := func(field int, vs []int) {
		for _, v := range vs {
			out = append(out, [2]int{field, v})
		}
	}
	switch {
	case n.Kind == Timeout, n.Kind == Elem, n.Kind == Chain && n.V == headTimer:
		add('A', below(n.A, 0, 1))
	case n.Kind == Await && (n.V == awaitTimer || n.V == awaitTimersPromise):
		add('B', below(n.B, 0, 1))
	case n.Kind == Interval:
		add('B', below(n.B, 1, 2))
	case n.Kind == Pool:
		add('A', below(n.A, 1, 10))
	case n.Kind == Emitter:
		add('A', below(n.A, 0, 1))
		add('B', below(n.B, 1))
	}
	return out
}

func (s *shrinker) simplifyOne(p *Program) (*Program, bool) {
	// One edit per (node, field, value): try them in order and keep the first that holds.
	type edit struct {
		k     int
		field int
		v     int
	}
	var edits []edit
	for k, sl := range slots(p) {
		n := (*sl.list)[sl.i]
		if n.V != 0 && n.Kind != Elem {
			edits = append(edits, edit{k, 'V', 0})
		}
		for _, fv := range simpler(n) {
			edits = append(edits, edit{k, fv[0], fv[1]})
		}
	}
	for _, e := range edits {
		if s.exhausted() {
			break
		}
		c := p.Clone()
		sl := slots(c)[e.k]
		n := (*sl.list)[sl.i]
		switch e.field {
		case 'V':
			n.V = 0
		case 'A':
			n.A = e.v
		case 'B':
			n.B = e.v
		}
		if s.try(c) {
			return c, true
		}
	}
	return nil, false
}

// Valid reports whether p prints as a program that parses: awaits only in
// async bodies, async listeners and second labels where their variant needs
// them, intervals cleared after at least one call.
func (p *Program) Valid() bool {
	ok := true
	var walk func(list []*Node, async bool)
	walk = func(list []*Node, async bool) {
		for _, n := range list {
			switch n.Kind {
			case Await:
				if !async {
					ok = false
				}
			case Interval:
				if n.B < 1 {
					ok = false
				}
			case Listener:
				if n.V == 3 && n.A == 0 {
					ok = false
				}
			}
			walk(n.Parts, false)
			walk(n.Body, bodyIsAsync(n))
		}
	}
	walk(p.Body, false)
	return ok
}

// bodyIsAsync reports whether a node's Body is printed inside an async function.
func bodyIsAsync(n *Node) bool {
	return n.Kind == AsyncFn || n.Kind == Await && n.V == awaitAsync
}
