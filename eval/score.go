// Package eval scores an extracted graph against a gold annotation exactly as
// shared/eval/score.py does (GRAPH.md §5).
package eval

import (
	"sort"
	"strings"

	"github.com/nisba/nisba/model"
)

// classes maps entity types to scoring classes; an unknown type is its own
// class (see sysClass).
var classes = map[string]string{
	model.TypeBase: "Base", model.TypeMilitia: "Armed", model.TypeForce: "Armed",
	model.TypeOfficial: "Official", model.TypeCity: "City", model.TypeCountry: "Country",
	model.TypeOrganization: "Organization",
}

// goldClass is CLASSES.get(type): "" (Python None) for an unknown type.
func goldClass(t string) string { return classes[t] }

// sysClass is CLASSES.get(type, type).
func sysClass(t string) string {
	if c, ok := classes[t]; ok {
		return c
	}
	return t
}

// scorer holds one scoring run; it mirrors score.py's Scorer.
type scorer struct {
	gold   *Gold
	sys    *model.Document
	gent   map[string]*GoldEntity
	gorder []string          // gold entity ids in first-seen order
	idmap  map[string]string // system entity id -> gold entity id
	amatch map[int]int       // system attack index -> gold attack index
	notes  []string
}

// Score compares a system graph with the gold and returns the figures of
// score.py, with the same notes.
func Score(g *Gold, sys *model.Document) *Result {
	if sys == nil {
		sys = &model.Document{}
	}
	s := &scorer{gold: g, sys: sys, gent: map[string]*GoldEntity{}, idmap: map[string]string{}}
	for i := range g.Entities {
		e := &g.Entities[i]
		if _, seen := s.gent[e.ID]; !seen {
			s.gorder = append(s.gorder, e.ID)
		}
		s.gent[e.ID] = e
	}
	res := &Result{Entities: s.entities()}
	res.Attacks = s.attacks()
	res.Attributions = s.attributions()
	res.Retaliations, res.RetaliationTargets = s.retaliations()
	res.Relations = s.relations()
	sum := 0.0
	for _, f := range []float64{res.Entities[len(res.Entities)-1].F1, res.Attacks.F1, res.Attributions.F1, res.Retaliations.F1} {
		sum += f
	}
	res.Headline = pyRound4(sum / 4)
	res.Notes = s.notes
	return res
}

func (s *scorer) note(parts ...string) { s.notes = append(s.notes, strings.Join(parts, "")) }

// gid maps a system entity id to its gold id, "" (None) when unmatched.
func (s *scorer) gid(sid string) string { return s.idmap[sid] }

// orNone is Python's `x or y` for printing: the gold id, else the system
// value. Go-written system files carry "" rather than a missing field, so the
// last resort prints as "".
func orNone(vals ...string) string {
	for _, v := range vals {
		if v != "" {
			return v
		}
	}
	return ""
}

func dateOK(gdate, sdate *string) bool {
	return gdate == nil || (sdate != nil && *gdate == *sdate)
}

func dateStr(d *string) string {
	if d == nil {
		return "None"
	}
	return *d
}

func formsGold(e *GoldEntity) []string {
	f := make([]string, 0, len(e.Names)+1)
	for _, n := range e.Names {
		f = append(f, Norm(n))
	}
	if e.NameEn != "" {
		f = append(f, Norm(e.NameEn))
	}
	return uniqNonEmpty(f)
}

// formsSys returns the system forms, the primary name's form first, then the
// others sorted (score.py leaves their order to set iteration).
func formsSys(e *model.Entity) []string {
	primary := Norm(e.Name)
	var rest []string
	for _, a := range e.Aliases {
		rest = append(rest, Norm(a))
	}
	if e.NameEn != "" {
		rest = append(rest, Norm(e.NameEn))
	}
	rest = uniqNonEmpty(rest)
	sort.Strings(rest)
	out := []string{}
	if primary != "" {
		out = append(out, primary)
	}
	for _, f := range rest {
		if f != primary {
			out = append(out, f)
		}
	}
	return out
}

func uniqNonEmpty(l []string) []string {
	seen := map[string]bool{}
	out := l[:0]
	for _, x := range l {
		if x != "" && !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	return out
}
