package eval

import (
	"fmt"
	"sort"
	"strconv"
)

// pair is a candidate (system, gold) match; smaller keys are taken first.
type pair struct {
	keys [2]int
	i, j int
}

func sortPairs(p []pair) {
	sort.Slice(p, func(a, b int) bool {
		x, y := p[a], p[b]
		for k := range x.keys {
			if x.keys[k] != y.keys[k] {
				return x.keys[k] < y.keys[k]
			}
		}
		if x.i != y.i {
			return x.i < y.i
		}
		return x.j < y.j
	})
}

// greedy takes pairs in order, one-to-one; it returns sys->gold, the gold
// indexes used, and the system indexes in the order they were matched.
func greedy(p []pair) (map[int]int, map[int]bool, []int) {
	match, used := map[int]int{}, map[int]bool{}
	var order []int
	for _, x := range p {
		if _, ok := match[x.i]; ok || used[x.j] {
			continue
		}
		match[x.i] = x.j
		used[x.j] = true
		order = append(order, x.i)
	}
	return match, used, order
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

func (s *scorer) attacks() PRF {
	gold, sysa := s.gold.Attacks, s.sys.Attacks
	var pairs []pair
	for i, a := range sysa {
		t := s.gid(a.Target)
		for j, g := range gold {
			if t == g.Target && dateOK(g.Date, a.Date) {
				pairs = append(pairs, pair{keys: [2]int{-boolInt(g.Date != nil)}, i: i, j: j})
			}
		}
	}
	sortPairs(pairs)
	match, used, _ := greedy(pairs)
	s.amatch = match
	tp, fp, fn := 0, 0, 0
	for j := range used {
		if !gold[j].Optional {
			tp++
		}
	}
	for i, a := range sysa {
		if _, ok := match[i]; !ok {
			fp++
			s.note("attack FP: target=", orNone(s.gid(a.Target), a.Target), " date=", dateStr(a.Date))
		}
	}
	for j, g := range gold {
		if !used[j] && !g.Optional {
			fn++
			s.note("attack FN: ", g.ID)
		}
	}
	return prf(tp, fp, fn)
}

// accKey is (gold attack index or -1 for None, gold accused id or "" for None).
type accKey struct {
	j  int
	id string
}

func (s *scorer) attributions() PRF {
	gold := s.gold.Attacks
	want, opt := map[accKey]bool{}, map[accKey]bool{}
	for j, g := range gold {
		for _, a := range g.Attributions {
			pick(want, opt, a.Optional || g.Optional)[accKey{j, a.Accused}] = true
		}
		for _, a := range g.Attackers {
			pick(want, opt, g.Optional)[accKey{j, a}] = true
		}
	}
	got := map[accKey]bool{}
	fp := 0
	for i, a := range s.sys.Attacks {
		accused := make([]string, 0, len(a.Attributions)+len(a.Attackers))
		for _, at := range a.Attributions {
			accused = append(accused, at.Accused)
		}
		accused = append(accused, a.Attackers...)
		j, ok := s.amatch[i]
		if !ok {
			j = -1
		}
		for _, sid := range accused {
			k := accKey{j, s.gid(sid)}
			if got[k] {
				continue
			}
			got[k] = true
			if want[k] || opt[k] {
				continue
			}
			fp++
			s.note("attribution FP: attack#", strconv.Itoa(i), " accused=", orNone(s.gid(sid), sid))
		}
	}
	tp := 0
	var missing []accKey
	for k := range want {
		if got[k] {
			tp++
		} else {
			missing = append(missing, k)
		}
	}
	sort.Slice(missing, func(a, b int) bool {
		if missing[a].j != missing[b].j {
			return missing[a].j < missing[b].j
		}
		return missing[a].id < missing[b].id
	})
	for _, k := range missing {
		s.note("attribution FN: ", gold[k.j].ID, " -> ", k.id)
	}
	return prf(tp, fp, len(missing))
}

func pick[K comparable](want, opt map[K]bool, optional bool) map[K]bool {
	if optional {
		return opt
	}
	return want
}

// pyRepr is Python's repr of a str, or of a list of str for a list target.
func pyRepr(s string) string {
	if s == "" {
		return "''"
	}
	q := "'"
	if containsByte(s, '\'') && !containsByte(s, '"') {
		q = "\""
	}
	out := q
	for _, r := range s {
		switch {
		case r == '\\':
			out += `\\`
		case string(r) == q:
			out += `\` + q
		case r == '\n':
			out += `\n`
		case r == '\t':
			out += `\t`
		case r == '\r':
			out += `\r`
		case r < 0x20 || r == 0x7f:
			out += fmt.Sprintf(`\x%02x`, r)
		default:
			out += string(r)
		}
	}
	return out + q
}

func containsByte(s string, c byte) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return true
		}
	}
	return false
}
