package extract

import (
	"strings"

	"github.com/nisba/nisba/extract/arabic"
	"github.com/nisba/nisba/extract/rules"
	"github.com/nisba/nisba/model"
)

// collective reads a collective actor: a group noun, optional adjectives,
// then a backing phrase and a backer (ميليشيات مدعومة من إيران، مجموعات
// موالية لطهران) or a foreign country adjective (الميليشيات الإيرانية). All
// of them are one entity per backer country.
func (a *article) collective(s *sentence, i int) (mention, bool) {
	r := a.x.rules
	toks := s.toks
	n := a.x.groupNoun.Match(toks, i)
	if n == 0 || a.describedAgain(s, i) {
		return mention{}, false
	}
	j := i + n
	for k := 0; k < 3 && j < len(toks) && !toks[j].Break && (r.Cue(rules.CueGroupAdjective).Match(toks, j) > 0 || a.domesticAdjective(&toks[j]) || r.Cue(rules.CueGroupSize).Has(&toks[j])); k++ {
		j++ // "الفصائل المسلحة العراقية الموالية لإيران": the backer still names it
	}
	if j >= len(toks) || toks[j].Break {
		return mention{}, false
	}
	if n := outlawPhrase(toks, j); n > 0 {
		if !a.foreignBacked(toks, j+n) {
			// "الفصائل الخارجة عن القانون", "جماعات خارجة عن القانون": the
			// government's name for the groups it does not control, one actor
			// however it is worded, as "ميليشيات مدعومة من إيران" is.
			return mention{id: outlawID, typ: model.TypeMilitia, t0: i, t1: j + n, surface: surfaceOf(toks, i, j+n, 0)}, true
		}
		j += n // "مجموعات خارجة عن القانون موالية لإيران": the backer names them
	}
	country, end := "", 0
	if b := r.Cue(rules.CueBacking).Match(toks, j); b > 0 && j+b < len(toks) {
		country, end = a.backer(toks, j+b)
		if country == "" && r.Cue(rules.CuePronoun).Has(&toks[j+b]) {
			country, end = a.previousBacker(s, i), j+b+1 // "والميليشيات المرتبطة به"
		}
	} else if c := a.x.adjective(&toks[j]); c != nil && !r.Domestic[c.ID] {
		country, end = c.ID, j+1
	}
	if r.Domestic[country] {
		a.ensure(country, s)
		// "مدعومة من سوريا وإيران": the foreign backer names the collective;
		// a domestic one alone (قوات موالية لدمشق) is no collective actor.
		if country, end = a.foreignConjunct(toks, end); country == "" {
			return mention{}, false
		}
	}
	if country == "" {
		return a.closeFactions(s, i, j)
	}
	if !a.ensure(country, s) {
		return mention{}, false
	}
	id := collectiveID(country)
	return mention{id: id, typ: model.TypeMilitia, t0: i, t1: end, surface: surfaceOf(toks, i, end, 0)}, true
}

// describedAgain reports "هذه الجماعة المدعومة من إيران" at i: a
// demonstrative and a singular group noun point back to a group named
// before, which the backing phrase describes; no collective actor.
func (a *article) describedAgain(s *sentence, i int) bool {
	if i == 0 || !s.toks[i-1].HasAny("هذه", "هذا") || !a.x.rules.Cue(rules.CueGroupAnaphora).Has(&s.toks[i]) {
		return false
	}
	id := a.lastGroup(s, i, stem(&s.toks[i]))
	_, coll := a.x.collectiveEntity(id)
	return id != "" && !coll
}

// descriptionEnd is the end of the backing phrase after the group noun at i
// ("الجماعة المدعومة من إيران"), or i+1 when none follows.
func (a *article) descriptionEnd(s *sentence, i int) int {
	r, toks := a.x.rules, s.toks
	j := i + 1
	for k := 0; k < 3 && j < len(toks) && !toks[j].Break && (r.Cue(rules.CueGroupAdjective).Match(toks, j) > 0 || a.domesticAdjective(&toks[j])); k++ {
		j++
	}
	if j < len(toks) && !toks[j].Break {
		if b := r.Cue(rules.CueBacking).Match(toks, j); b > 0 && j+b < len(toks) {
			if country, end := a.backer(toks, j+b); country != "" {
				return end
			}
		}
	}
	return i + 1
}

// outlawID is the id of the groups called outlaws (الخارجة عن القانون).
const outlawID = "militia:outlaw-factions"

// outlawPhrase is the length of "الخارجة عن القانون" (or "خارجة عن
// القانون") at token j, or 0.
func outlawPhrase(toks []arabic.Token, j int) int {
	if j+2 >= len(toks) || toks[j+1].Break || toks[j+2].Break {
		return 0
	}
	if !toks[j].HasAny("خارجه", "خارج") || toks[j+1].Key() != "عن" || toks[j+2].Key() != "قانون" {
		return 0
	}
	return 3
}

// foreignBacked reports a backing phrase at token j naming a foreign
// state: "موالية لإيران"، "مدعومة من طهران".
func (a *article) foreignBacked(toks []arabic.Token, j int) bool {
	if j >= len(toks) || toks[j].Break {
		return false
	}
	b := a.x.rules.Cue(rules.CueBacking).Match(toks, j)
	if b == 0 || j+b >= len(toks) {
		return false
	}
	country, _ := a.backer(toks, j+b)
	return country != "" && !a.x.rules.Domestic[country]
}

// domesticAdjective reports the adjective of a state where the stories
// happen (العراقية، السورية), which a backing phrase may follow.
func (a *article) domesticAdjective(t *arabic.Token) bool {
	c := a.x.adjective(t)
	return c != nil && a.x.rules.Domestic[c.ID]
}

// backer reads the backer at token k: a country, a capital or a backing body
// (الحرس الثوري), or a country adverb (إيرانياً). It returns the country id
// and the end of the phrase.
func (a *article) backer(toks []arabic.Token, k int) (string, int) {
	r := a.x.rules
	es, n, v := a.x.lexMatch(toks, k)
	if n == 0 {
		es, n, v = a.x.lexMatchIn(toks, k, true) // "موالية لطهران"
	}
	if n > 0 {
		e := es[0]
		end := k + n
		if end < len(toks) && a.x.adjective(&toks[end]) != nil {
			end++
		}
		if e.Type == model.TypeCountry {
			return e.ID, end
		}
		if c, ok := r.Backers[arabic.Key(surfaceOf(toks, k, k+n, v))]; ok {
			return c, end
		}
		if c, ok := r.Backers[arabic.Key(e.Name)]; ok {
			return c, end
		}
		if end > k+n {
			return a.x.adjective(&toks[end-1]).ID, end
		}
	}
	for _, v := range toks[k].Variants {
		if c, ok := r.Backers[v.Key]; ok {
			return c, k + 1
		}
	}
	if c := a.x.adjective(&toks[k]); c != nil {
		return c.ID, k + 1
	}
	return "", 0
}

// collectiveID is the id of the militias backed by a country.
func collectiveID(country string) string {
	return "militia:" + strings.TrimPrefix(country, "country:") + "-backed-militias"
}

// collectiveEntity builds a collective entity the lexicon does not list.
func (x *Extractor) collectiveEntity(id string) (*model.Entity, bool) {
	if !strings.HasPrefix(id, "militia:") || !strings.HasSuffix(id, "-backed-militias") || x.lex == nil {
		return nil, false
	}
	c := x.lex.ByID("country:" + strings.TrimSuffix(strings.TrimPrefix(id, "militia:"), "-backed-militias"))
	if c == nil {
		return nil, false
	}
	e := &model.Entity{ID: id, Type: model.TypeMilitia, Name: "ميليشيات مدعومة من " + c.Name,
		Aliases: []string{"الميليشيات المدعومة من " + c.Name}}
	if c.NameEn != "" {
		e.NameEn = c.NameEn + "-backed militias"
	}
	return e, true
}

// previousBacker is the country of the last body named before token i: a
// country, or a group whose name the backers table or a country adjective
// ties to one (الحرس الثوري الإيراني). A group tied to no country stops
// the search: the pronoun is that group's, not a state's named before it.
func (a *article) previousBacker(s *sentence, i int) string {
	for j := len(s.ments) - 1; j >= 0; j-- {
		m := s.ments[j]
		if m.t1 > i {
			continue
		}
		if m.typ == model.TypeCountry {
			return m.id
		}
		if c, ok := a.x.rules.Backers[arabic.Key(m.surface)]; ok {
			return c
		}
		if e := a.ents[m.id]; e != nil {
			if c, ok := a.x.rules.Backers[arabic.Key(e.Name)]; ok {
				return c
			}
		}
		if c := a.x.countryOf(m.id); c != "" {
			return c
		}
		if m.typ == model.TypeMilitia || m.typ == model.TypeForce || m.typ == model.TypeOrganization {
			return "" // "لـ«كتائب حزب الله» والجماعات التابعة لها": the group's own, no state's
		}
	}
	return ""
}

// foreignConjunct reads "و" + a foreign backer at token k, the second
// backer of "مدعومة من سوريا وإيران".
func (a *article) foreignConjunct(toks []arabic.Token, k int) (string, int) {
	if k >= len(toks) || toks[k].Break || !strings.HasPrefix(toks[k].Variants[0].Fold, "و") {
		return "", 0
	}
	for v := 1; v < len(toks[k].Variants); v++ {
		vr := &toks[k].Variants[v]
		if es := a.x.lex.Lookup(vr.Key); len(es) > 0 && es[0].Type == model.TypeCountry && !a.x.rules.Domestic[es[0].ID] {
			return es[0].ID, k + 1
		}
		if c, ok := a.x.rules.Backers[vr.Key]; ok && !a.x.rules.Domestic[c] {
			return c, k + 1
		}
	}
	return "", 0
}

// closeFactions reads an indefinite group noun close to an armed group
// ("فصائل مسلحة قريبة من الحشد الشعبي"): some factions near the group, one
// entity of their own, not the group itself. The backing phrase is at j.
func (a *article) closeFactions(s *sentence, i, j int) (mention, bool) {
	toks := s.toks
	b := a.x.rules.Cue(rules.CueCloseTo).Match(toks, j)
	f := toks[i].Variants[0].Fold
	if b == 0 || j+b >= len(toks) || strings.HasPrefix(f, "ال") || hasCliticArticle(f) {
		return mention{}, false
	}
	es, n, _ := a.x.lexMatch(toks, j+b)
	if n == 0 || es[0].Type != model.TypeMilitia && es[0].Type != model.TypeForce {
		return mention{}, false
	}
	end := j + b + n
	name := surfaceOf(toks, i, end, 0)
	return mention{id: discoveredID(model.TypeMilitia, name), typ: model.TypeMilitia, t0: i, t1: end, surface: name}, true
}

// collectiveBody is the armed body a collective's backing phrase names
// as theirs ("مجموعات تابعة للحرس الثوري"), or "" when the backer is a
// state, the phrase only backs them ("مدعومة من الحرس الثوري") or the
// mention is no collective.
func (a *article) collectiveBody(s *sentence, m mention) string {
	if !strings.HasSuffix(m.id, "-backed-militias") {
		return ""
	}
	toks := s.toks
	for j := m.t0 + 1; j < m.t1 && j < len(toks); j++ {
		b := a.x.rules.Cue(rules.CueBacking).Match(toks, j)
		if b == 0 || j+b >= m.t1 {
			continue
		}
		if !toks[j].HasPrefix("تابع") {
			return "" // "مدعومة من الحرس الثوري": backed by the body, not of it
		}
		es, n, _ := a.x.lexMatch(toks, j+b)
		if n == 0 {
			es, n, _ = a.x.lexMatchIn(toks, j+b, true)
		}
		if n > 0 && (es[0].Type == model.TypeMilitia || es[0].Type == model.TypeForce) {
			return es[0].ID
		}
		return ""
	}
	return ""
}
