package eval

// retaliations scores retaliation events and their (retaliation, target) pairs.
func (s *scorer) retaliations() (PRF, PRF) {
	gold, sysr := s.gold.Retaliations, s.sys.Retaliations
	starg := make([]map[string]bool, len(sysr))
	var pairs []pair
	for i, r := range sysr {
		actor := s.gid(r.Actor)
		starg[i] = map[string]bool{}
		for _, t := range r.Targets {
			starg[i][s.gid(t)] = true
		}
		for j, g := range gold {
			if !contains(g.Actors, actor) || !dateOK(g.Date, r.Date) {
				continue
			}
			flat := flatTargets(g)
			overlap := 0
			for t := range starg[i] {
				if flat[t] {
					overlap++
				}
			}
			pairs = append(pairs, pair{keys: [2]int{-overlap, -boolInt(g.Date != nil)}, i: i, j: j})
		}
	}
	sortPairs(pairs)
	match, used, order := greedy(pairs)
	var ev [3]int
	for j := range used {
		if !gold[j].Optional {
			ev[0]++
		}
	}
	for i, r := range sysr {
		if _, ok := match[i]; !ok {
			ev[1]++
			s.note("retaliation FP: actor=", orNone(s.gid(r.Actor), r.Actor), " date=", dateStr(r.Date))
		}
	}
	for j, g := range gold {
		if !used[j] && !g.Optional {
			ev[2]++
			s.note("retaliation FN: ", g.ID)
		}
	}
	return prf(ev[0], ev[1], ev[2]), s.retaliationTargets(match, order, starg)
}

// flatTargets is every target alternative and optional target of g.
func flatTargets(g GoldRetaliation) map[string]bool {
	flat := map[string]bool{}
	for _, t := range g.Targets {
		for _, x := range t.Alts {
			flat[x] = true
		}
	}
	for _, x := range g.OptionalTargets {
		flat[x] = true
	}
	return flat
}

func (s *scorer) retaliationTargets(match map[int]int, order []int, starg []map[string]bool) PRF {
	gold, sysr := s.gold.Retaliations, s.sys.Retaliations
	tp, fp, fn := 0, 0, 0
	for j, g := range gold {
		st := map[string]bool{}
		for _, i := range order {
			if match[i] == j {
				st = starg[i]
				break
			}
		}
		for _, t := range g.Targets {
			hit := false
			for _, x := range t.Alts {
				hit = hit || st[x]
			}
			switch {
			case hit && !g.Optional:
				tp++
			case !hit && !g.Optional:
				fn++
				s.note("retaliation target FN: ", g.ID, " -> ", t.String())
			}
		}
		allowed := flatTargets(g)
		for t := range st {
			if !allowed[t] {
				fp++
			}
		}
	}
	for i, r := range sysr {
		if _, ok := match[i]; !ok {
			fp += len(r.Targets)
		}
	}
	return prf(tp, fp, fn)
}
