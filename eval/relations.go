package eval

import "sort"

// triple is a relation (from, type, to); none stands for Python's None.
type triple [3]string

// none marks an unmatched entity in a triple.
const none = "\x00"

// gidOrNone is gid with None made explicit.
func (s *scorer) gidOrNone(sid string) string {
	if g := s.gid(sid); g != "" {
		return g
	}
	return none
}

// repr is Python's str() of the tuple, the key score.py sorts notes by.
func (t triple) repr() string {
	out := "("
	for i, x := range t {
		if i > 0 {
			out += ", "
		}
		if x == none {
			out += "None"
		} else {
			out += pyRepr(x)
		}
	}
	return out + ")"
}

func (s *scorer) relations() PRF {
	want, opt := map[triple]bool{}, map[triple]bool{}
	for _, r := range s.gold.Relations {
		pick(want, opt, r.Optional)[triple{r.From, r.Type, r.To}] = true
	}
	got := map[triple]bool{}
	for _, r := range s.sys.Relations {
		got[triple{s.gidOrNone(r.From), r.Type, s.gidOrNone(r.To)}] = true
	}
	var fps, fns []triple
	tp := 0
	for k := range got {
		switch {
		case want[k]:
			tp++
		case !opt[k]:
			fps = append(fps, k)
		}
	}
	for k := range want {
		if !got[k] {
			fns = append(fns, k)
		}
	}
	sort.Slice(fps, func(a, b int) bool { return fps[a].repr() < fps[b].repr() })
	sort.Slice(fns, func(a, b int) bool { return lessTriple(fns[a], fns[b]) })
	for _, k := range fps {
		s.note("relation FP: ", k.repr())
	}
	for _, k := range fns {
		s.note("relation FN: ", k.repr())
	}
	return prf(tp, len(fps), len(fns))
}

func lessTriple(a, b triple) bool {
	for i := range a {
		if a[i] != b[i] {
			return a[i] < b[i]
		}
	}
	return false
}
