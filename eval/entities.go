package eval

import (
	"sort"

	"github.com/nisba/nisba/model"
)

// entities scores entity matches per class and fills the system->gold map.
func (s *scorer) entities() []ClassPRF {
	index := map[string][]string{}
	for _, id := range s.gorder {
		for _, f := range formsGold(s.gent[id]) {
			index[f] = append(index[f], id)
		}
	}
	taken := map[string]string{}
	per := map[string]*[2]int{}
	for i := range s.sys.Entities {
		s.matchEntity(&s.sys.Entities[i], index, taken, per)
	}
	classSet := map[string]bool{}
	for c := range per {
		classSet[c] = true
	}
	for _, id := range s.gorder {
		classSet[goldClass(s.gent[id].Type)] = true
	}
	var names []string
	for c := range classSet {
		if c != "" {
			names = append(names, c)
		}
	}
	sort.Strings(names)
	var out []ClassPRF
	var tot [3]int
	for _, c := range names {
		var tp, fp int
		if b := per[c]; b != nil {
			tp, fp = b[0], b[1]
		}
		fn := 0
		for _, id := range s.gorder {
			g := s.gent[id]
			if _, ok := taken[id]; goldClass(g.Type) == c && !g.Optional && !ok {
				fn++
				s.note("entity FN: ", id, " ", firstName(g))
			}
		}
		out = append(out, ClassPRF{Class: c, PRF: prf(tp, fp, fn)})
		tot[0] += tp
		tot[1] += fp
		tot[2] += fn
	}
	return append(out, ClassPRF{Class: "all", PRF: prf(tot[0], tot[1], tot[2])})
}

func firstName(g *GoldEntity) string {
	if len(g.Names) == 0 {
		return ""
	}
	return g.Names[0]
}

// matchEntity is the body of score.py's loop over system entities.
func (s *scorer) matchEntity(e *model.Entity, index map[string][]string, taken map[string]string, per map[string]*[2]int) {
	sclass := sysClass(e.Type)
	var cands []string
	for _, f := range formsSys(e) {
		for _, id := range index[f] {
			if !contains(cands, id) {
				cands = append(cands, id)
			}
		}
	}
	var typed []string
	for _, id := range cands {
		if goldClass(s.gent[id].Type) == sclass {
			typed = append(typed, id)
		}
	}
	if len(typed) > 0 {
		s.idmap[e.ID] = typed[0]
	} else if len(cands) > 0 {
		s.idmap[e.ID] = cands[0]
	}
	b := per[sclass]
	if b == nil {
		b = &[2]int{}
		per[sclass] = b
	}
	if len(typed) == 0 {
		b[1]++
		s.note("entity FP (no gold ", orNone(sclass), "): ", orNone(e.Name), " [", orNone(e.Type), "]")
		return
	}
	gid := ""
	for _, id := range typed {
		if _, ok := taken[id]; !ok {
			gid = id
			break
		}
	}
	if gid == "" {
		for _, id := range typed {
			if !s.gent[id].Optional {
				b[1]++
				s.note("entity FP (split of ", typed[0], "): ", orNone(e.Name))
				return
			}
		}
		return
	}
	taken[gid] = e.ID
	if !s.gent[gid].Optional {
		b[0]++
	}
}

func contains(l []string, x string) bool {
	for _, y := range l {
		if y == x {
			return true
		}
	}
	return false
}
