package gen

import (
	"math/rand/v2"
	"strings"

	"github.com/nisba/nisba/model"
)

// article builds one article's text and records what it mentions.
type article struct {
	r     *rand.Rand
	p     *pool
	g     *goldSet
	paras []string
	cur   []string // sentences of the paragraph being written
	seen  map[string]bool
	said  map[string]bool // background sentences already used
}

func newArticle(r *rand.Rand, p *pool, g *goldSet) *article {
	return &article{r: r, p: p, g: g, seen: map[string]bool{}, said: map[string]bool{}}
}

func (a *article) pick(opts ...string) string { return opts[a.r.IntN(len(opts))] }

func (a *article) chance(n int) bool { return a.r.IntN(100) < n }

// say adds a sentence to the current paragraph.
func (a *article) say(parts ...string) {
	s := strings.Join(parts, "")
	s = strings.Join(strings.Fields(s), " ")
	s = strings.ReplaceAll(s, " ،", "،")
	s = strings.ReplaceAll(s, " .", ".")
	a.cur = append(a.cur, s)
}

// para closes the current paragraph.
func (a *article) para() {
	if len(a.cur) > 0 {
		a.paras = append(a.paras, strings.Join(a.cur, " "))
		a.cur = nil
	}
}

func (a *article) text(title string) string {
	a.para()
	return title + "\n\n" + strings.Join(a.paras, "\n\n") + "\n"
}

// m is a mention of e: a surface form (canonical the first time in the
// article, any form later), recorded for the gold.
func (a *article) m(e *entity) string { return a.mc("", e) }

// mc is a mention with a proclitic (ب ل و ف) attached.
func (a *article) mc(clitic string, e *entity) string {
	a.g.entity(e)
	names := e.surfaces()
	s := e.Name
	if a.seen[e.ID] || a.chance(25) {
		s = names[a.r.IntN(len(names))]
	}
	a.seen[e.ID] = true
	if e.Type == model.TypeBase && !hasBasePrefix(s) && a.chance(80) {
		s = "قاعدة " + s
	}
	return attach(clitic, s)
}

// surfaces are the names the text may use: the aliases whose grammatical
// gender is the canonical name's, so that verb agreement (fixed before the
// mention is chosen) holds for every form.
func (x *entity) surfaces() []string {
	out := []string{x.Name}
	for _, n := range x.Aliases {
		if guessFem(n) == guessFem(x.Name) {
			out = append(out, n)
		}
	}
	return out
}

// attach writes a proclitic onto a word: ل + ال -> لل.
func attach(clitic, s string) string {
	if clitic == "ل" && strings.HasPrefix(s, "ال") {
		rest := strings.TrimPrefix(s, "ال")
		if strings.HasPrefix(rest, "ل") { // ل + اللواء -> للواء
			return "ل" + rest
		}
		return "لل" + rest
	}
	return clitic + s
}

// fem reports whether the surface the verb agrees with is feminine.
func fem(e *entity) bool { return e.Fem }

// v picks the verb form that agrees with e.
func v(e *entity, masc, femForm string) string {
	if fem(e) {
		return femForm
	}
	return masc
}

// official introduces an official with his role the first time.
func (a *article) official(e *entity) string {
	first := !a.seen[e.ID]
	s := a.m(e)
	if first && e.Of != "" {
		of := a.p.byID[e.Of]
		s += "، " + e.Role + " " + a.m(of) + "،"
		a.g.relation(e.ID, roleRelation(e.Role), of.ID)
	}
	return s
}

func roleRelation(role string) string {
	if strings.Contains(role, "المتحدث") {
		return model.RelSpokespersonOf
	}
	return model.RelLeaderOf
}

// where locates a base: "في دير الزور شرقي سوريا" (or nothing).
func (a *article) where(b *entity) string {
	city, country := a.p.byID[b.In], a.p.byID[b.Country]
	switch {
	case city != nil && a.chance(60):
		prep := a.pick("في ", "في ريف ", "قرب ")
		if prep != "قرب " { // near is not in
			a.g.relation(b.ID, model.RelLocatedIn, city.ID)
		}
		s := prep + a.m(city)
		if country != nil && a.chance(50) {
			a.g.relation(city.ID, model.RelLocatedIn, country.ID)
			s += " " + a.pick("شرقي ", "غربي ", "شمالي ", "جنوبي ") + a.m(country)
		}
		return s
	case country != nil && a.chance(40):
		a.g.relation(b.ID, model.RelLocatedIn, country.ID)
		return a.pick("شرقي ", "غربي ", "في ") + a.m(country)
	}
	return ""
}
