package gen

import (
	"sort"
	"strings"

	"github.com/nisba/nisba/extract/arabic"
	"github.com/nisba/nisba/extract/lexicon"
	"github.com/nisba/nisba/model"
)

// pool is every entity the generator may mention, by id and by role.
type pool struct {
	byID      map[string]*entity
	bases     []*entity
	groups    []*entity // militias: attackers and accused
	forces    []*entity
	actors    []*entity // retaliation actors: US forces and the coalition when known
	officials []*entity // claimants
	orgs      []*entity // claimants that are bodies
	media     []*entity
	cities    []*entity
}

// newPool merges the lexicon (first) with the built-in gazetteer: a built-in
// entity whose name the lexicon already knows is the lexicon's entity, and
// lends it the facts the lexicon lacks (location, role, backer).
func newPool(lex *lexicon.Lexicon) *pool {
	p := &pool{byID: map[string]*entity{}}
	var order []string
	if lex != nil {
		for _, e := range lex.Entries() {
			if e.Ambiguous {
				continue
			}
			x := fromLexicon(e)
			p.byID[x.ID] = x
			order = append(order, x.ID)
		}
	}
	remap := map[string]string{}
	for _, b := range builtin() {
		b := b
		if id := known(lex, &b); id != "" && p.byID[id] != nil {
			remap[b.ID] = id
			lend(p.byID[id], &b)
			continue
		}
		p.byID[b.ID] = &b
		order = append(order, b.ID)
	}
	for _, id := range order {
		p.fix(p.byID[id], remap)
	}
	for _, id := range order {
		x := p.byID[id]
		if c := p.byID[x.In]; x.Country == "" && c != nil {
			x.Country = c.Country
		}
		p.classify(x)
	}
	for _, id := range []string{"force:us-forces", "force:coalition", remap["force:us-forces"], remap["force:coalition"]} {
		if x := p.byID[id]; x != nil && !containsEnt(p.actors, x) {
			p.actors = append(p.actors, x)
		}
	}
	if len(p.actors) == 0 {
		p.actors = p.forces
	}
	return p
}

func fromLexicon(e *lexicon.Entry) *entity {
	x := &entity{ID: e.ID, Type: e.Type, Name: e.Name, NameEn: e.NameEn, Aliases: e.Aliases, Fem: guessFem(e.Name)}
	for _, r := range e.Relations {
		switch r.Type {
		case model.RelLocatedIn:
			if strings.HasPrefix(r.To, "country:") {
				x.Country = r.To
			} else {
				x.In = r.To
			}
		case model.RelSpokespersonOf:
			x.Of, x.Role = r.To, "المتحدث باسم"
		case model.RelLeaderOf:
			if x.Of == "" {
				x.Of, x.Role = r.To, "قائد"
			}
		case model.RelBackedBy:
			if strings.HasPrefix(r.To, "country:") {
				x.Backer = r.To
			}
		case model.RelPartOf:
			if strings.HasPrefix(r.To, "country:") {
				x.Side = r.To
			}
		}
	}
	if e.LedBy != "" {
		x.Side = e.LedBy
	}
	return x
}

// known returns the id of the lexicon entry of the same type that has one of
// b's names.
func known(lex *lexicon.Lexicon, b *entity) string {
	if lex == nil {
		return ""
	}
	if e := lex.ByID(b.ID); e != nil && !e.Ambiguous {
		return e.ID
	}
	for _, n := range append([]string{b.Name}, b.Aliases...) {
		for _, e := range lex.Lookup(arabic.Key(n)) {
			if e.Type == b.Type && !e.Ambiguous {
				return e.ID
			}
		}
	}
	return ""
}

func lend(x, b *entity) {
	if x.In == "" && x.Country == "" {
		x.In, x.Country = b.In, b.Country
	}
	if x.Of == "" {
		x.Of, x.Role = b.Of, b.Role
	}
	if x.Backer == "" {
		x.Backer = b.Backer
	}
	x.Media = x.Media || b.Media
	x.Fem = b.Fem
}

// fix points references at merged ids and drops those that lead nowhere.
func (p *pool) fix(x *entity, remap map[string]string) {
	for _, ref := range []*string{&x.In, &x.Country, &x.Of, &x.Backer} {
		if r, ok := remap[*ref]; ok {
			*ref = r
		}
		if p.byID[*ref] == nil {
			*ref = ""
		}
	}
	if x.Of == "" {
		x.Role = ""
	}
}

func (p *pool) classify(x *entity) {
	switch x.Type {
	case model.TypeBase:
		p.bases = append(p.bases, x)
	case model.TypeMilitia:
		p.groups = append(p.groups, x)
	case model.TypeForce:
		p.forces = append(p.forces, x)
	case model.TypeOfficial:
		if x.Of != "" {
			p.officials = append(p.officials, x)
		}
	case model.TypeOrganization:
		if x.Media {
			p.media = append(p.media, x)
		} else {
			p.orgs = append(p.orgs, x)
		}
	case model.TypeCity:
		p.cities = append(p.cities, x)
	}
}

// femStarts are first words that make a name grammatically feminine.
var femStarts = []string{"كتائب", "حركة", "ميليشيا", "مليشيا", "ميليشيات", "مليشيات", "فصائل", "الفصائل", "المقاومة", "قوات",
	"القوات", "عصائب", "جماعة", "سرايا", "ألوية", "الميليشيات", "المليشيات", "هيئة", "منظمة", "وكالة",
	"القيادة", "وزارة", "خلية", "الولايات", "جبهة", "قاعدة", "القاعدة"}

func guessFem(name string) bool {
	first, _, _ := strings.Cut(name, " ")
	for _, f := range femStarts {
		if first == f {
			return true
		}
	}
	return strings.HasSuffix(first, "ة") || strings.HasSuffix(first, "ات")
}

// names returns every acceptable surface form of x for the gold.
func (x *entity) names() []string {
	out := append([]string{x.Name}, x.Aliases...)
	if x.Type == model.TypeBase {
		for _, n := range append([]string{x.Name}, x.Aliases...) {
			if !hasBasePrefix(n) {
				out = append(out, "قاعدة "+n)
			}
		}
	}
	seen := map[string]bool{}
	uniq := out[:0]
	for _, n := range out {
		if !seen[n] {
			seen[n] = true
			uniq = append(uniq, n)
		}
	}
	sort.Strings(uniq[1:])
	return uniq
}

// basePrefixes are head nouns a base name may already carry.
var basePrefixes = []string{"قاعدة", "القاعدة", "مطار", "المطار", "حقل", "الحقل", "معسكر", "المعسكر", "مجمع",
	"المجمع", "حامية", "الحامية", "موقع", "الموقع", "مقر", "ثكنة", "القرية", "المنطقة", "المدينة"}

func hasBasePrefix(n string) bool {
	first, _, _ := strings.Cut(n, " ")
	for _, p := range basePrefixes {
		if first == p {
			return true
		}
	}
	return false
}

func containsEnt(l []*entity, x *entity) bool {
	for _, y := range l {
		if y == x {
			return true
		}
	}
	return false
}
