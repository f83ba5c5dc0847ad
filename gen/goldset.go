package gen

import (
	"sort"

	"github.com/nisba/nisba/eval"
)

// goldSet accumulates the gold in compact form: it grows with distinct
// entities, relations and events, never with article text.
type goldSet struct {
	ents    map[string]*entity
	rels    map[[3]string]bool
	attacks []eval.GoldAttack
	rets    []eval.GoldRetaliation
}

func newGoldSet() *goldSet {
	return &goldSet{ents: map[string]*entity{}, rels: map[[3]string]bool{}}
}

func (g *goldSet) entity(e *entity) { g.ents[e.ID] = e }

func (g *goldSet) relation(from, typ, to string) { g.rels[[3]string{from, typ, to}] = true }

// entities returns the gold entities sorted by id.
func (g *goldSet) entities() []eval.GoldEntity {
	out := make([]eval.GoldEntity, 0, len(g.ents))
	for _, e := range g.ents {
		out = append(out, eval.GoldEntity{ID: e.ID, Type: e.Type, Names: e.names(), NameEn: e.NameEn})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

func (g *goldSet) relations() []eval.GoldRelation {
	out := make([]eval.GoldRelation, 0, len(g.rels))
	for k := range g.rels {
		out = append(out, eval.GoldRelation{From: k[0], Type: k[1], To: k[2]})
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.From != b.From {
			return a.From < b.From
		}
		if a.Type != b.Type {
			return a.Type < b.Type
		}
		return a.To < b.To
	})
	return out
}
