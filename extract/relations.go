package extract

import (
	"strings"

	"github.com/nisba/nisba/extract/arabic"
	"github.com/nisba/nisba/model"
)

// relationsPass reads relations between mentioned entities: roles (المتحدث
// باسم، زعيم، القيادي في), backing (تتلقى دعماً من), positions (المتمركزة في)
// and locations (X بريف Y), then adds lexicon relations between entities
// the article names.
func (a *article) relationsPass() {
	for _, s := range a.sents {
		a.roles(s)
		a.backing(s)
		a.based(s)
		a.basedBefore(s)
		a.parts(s)
		a.located(s)
	}
	a.lexiconRelations()
}

func (a *article) relate(from, typ, to string, s *sentence) {
	if from == "" || to == "" || from == to {
		return
	}
	k := [3]string{from, typ, to}
	r := a.rels[k]
	if r == nil {
		r = &model.Relation{From: from, Type: typ, To: to}
		a.rels[k] = r
	}
	if s != nil && len(r.Evidence) < 3 {
		r.Evidence = append(r.Evidence, a.evidence(s))
	}
}

// roleRelations pairs role cue sets with the relation they state.
func roleRelations() []struct{ cue, rel string } {
	return []struct{ cue, rel string }{
		{"spokesperson", model.RelSpokespersonOf}, {"member", model.RelMemberOf}, {"leader", model.RelLeaderOf},
	}
}

// roleCues are the cue sets of roleRelations.
func roleCues() []string { return []string{"spokesperson", "member", "leader"} }

// roles reads "role ORG ... PERSON" and "PERSON، role ORG". Only the
// positions where a role cue matches (rolePositions) have work to do.
func (a *article) roles(s *sentence) {
	next := 0 // the first token a role may start at
	for _, i := range a.rolePositions(s, roleCues()) {
		if i < next || s.mentionAt(i) != nil {
			continue
		}
		next = a.roleRelationAt(s, i)
	}
}

// roleRelationAt reads a role starting at token i and returns the token after it.
func (a *article) roleRelationAt(s *sentence, i int) int {
	for _, rr := range roleRelations() {
		n := a.x.rules.Cues[rr.cue].Match(s.toks, i)
		if n == 0 {
			continue
		}
		org := a.firstMention(s, i+n, i+n+6, isBody)
		if org == nil {
			org = a.groupAnaphorAt(s, i+n) // "الأمين العام للحركة، X"
		}
		if org == nil {
			return i + n
		}
		person := a.firstMention(s, org.t1, org.t1+12, isPerson)
		if person == nil {
			person = a.lastMention(s, i-3, i, isPerson)
		}
		if person != nil {
			a.relate(person.id, rr.rel, org.id, s)
		}
		a.partOf(s, org)
		return org.t1 // role words inside the organisation's name are no new role
	}
	return i + 1
}

// partOf reads "ORG في ORG2" after a role (قائد فيلق القدس في الحرس الثوري).
func (a *article) partOf(s *sentence, org *mention) {
	if org.t1 >= len(s.toks) || s.toks[org.t1].Key() != "في" {
		return
	}
	if m := s.mentionStarting(org.t1 + 1); m != nil && isBody(m) && m.typ != model.TypeCountry {
		a.relate(org.id, model.RelPartOf, m.id, s)
	}
}

func isBody(m *mention) bool {
	switch m.typ {
	case model.TypeOrganization, model.TypeMilitia, model.TypeForce, model.TypeCountry:
		return !m.adj
	}
	return false
}

func isPerson(m *mention) bool { return m.typ == model.TypeOfficial }

func (a *article) firstMention(s *sentence, lo, hi int, ok func(*mention) bool) *mention {
	for i := range s.ments {
		m := &s.ments[i]
		if m.t0 >= lo && m.t0 < hi && ok(m) {
			return m
		}
	}
	return nil
}

func (a *article) lastMention(s *sentence, lo, hi int, ok func(*mention) bool) *mention {
	for i := len(s.ments) - 1; i >= 0; i-- {
		m := &s.ments[i]
		if m.t1 <= hi && m.t0 >= lo && ok(m) {
			return m
		}
	}
	return nil
}

// backing reads "X، التي تتلقى دعماً عسكرياً من Y".
func (a *article) backing(s *sentence) {
	for _, c := range a.freeCues(s, "backed") {
		x := a.lastMention(s, c-6, c, isArmed)
		y := a.firstMention(s, c+1, c+6, isBody)
		if x != nil && y != nil {
			a.relate(x.id, model.RelBackedBy, y.id, s)
		}
	}
}

func isArmed(m *mention) bool {
	return !m.adj && (m.typ == model.TypeMilitia || m.typ == model.TypeForce)
}

// based reads "X المتمركزة في Y".
func (a *article) based(s *sentence) {
	for _, c := range a.freeCues(s, "based") {
		x := a.lastMention(s, c-3, c, isArmed)
		y := a.firstMention(s, c+1, c+5, func(m *mention) bool { return m.typ == model.TypeCity })
		if x != nil && y != nil {
			a.relate(x.id, model.RelBasedIn, y.id, s)
		}
	}
}

// located reads a base or town followed by where it is: "حقل العمر بريف
// دير الزور"، "قاعدة عين الأسد الجوية في غرب العراق"، "بلدة القائم العراقية".
func (a *article) located(s *sentence) {
	for i := range s.ments {
		m := &s.ments[i]
		if m.adj || m.typ != model.TypeBase && m.typ != model.TypeCity {
			continue
		}
		if to := a.container(s, m); to != "" {
			a.relate(m.id, model.RelLocatedIn, to, s)
		}
	}
}

// container is the place right after m: skipping generic adjectives,
// "الواقع", "في"/"بـ" and compass words, the first city (or, for a base, a
// country); for a town, a country adjective right after it.
func (a *article) container(s *sentence, m *mention) string {
	k := m.t1
	if k < len(s.toks) && !s.toks[k].Break {
		if n := s.mentionStarting(k); n != nil && n.adj && m.typ == model.TypeCity {
			if c := a.container(s, n); c != "" {
				return c
			}
			return n.id
		}
	}
	prep := false
	for steps := 0; k < len(s.toks) && steps < 5; steps++ {
		t := &s.toks[k]
		if t.Break {
			return ""
		}
		if n := s.mentionStarting(k); n != nil {
			if n.adj {
				return ""
			}
			if n.typ == model.TypeCity || m.typ == model.TypeBase && n.typ == model.TypeCountry {
				if prep || clitic(t, n) {
					return n.id
				}
			}
			return ""
		}
		key := t.Key()
		switch {
		case key == "في":
			prep = true
		case a.x.rules.Cues["compass"].Has(t), key == "واقع" || key == "واقعه", a.x.rules.Generic[key]:
		default:
			return ""
		}
		k++
	}
	return ""
}

// clitic reports that mention n starts with a proclitic glued to token t
// (بريف، بدير الزور).
func clitic(t *arabic.Token, n *mention) bool {
	w := strings.Fields(n.surface)
	return len(w) > 0 && w[0] != t.Surface && strings.HasPrefix(t.Variants[0].Fold, "ب")
}

// lexiconRelations adds the lexicon's relations between entities the
// article names.
func (a *article) lexiconRelations() {
	if a.x.lex == nil {
		return
	}
	for _, s := range a.sents {
		here := map[string]bool{}
		for _, m := range s.ments {
			if !m.adj {
				here[m.id] = true
			}
		}
		for _, m := range s.ments {
			e := a.x.lex.ByID(m.id)
			if e == nil || m.adj {
				continue
			}
			for _, r := range e.Relations {
				if (r.Type == model.RelPartOf || r.Type == model.RelLocatedIn) && a.partNamed(s, m, r.To) {
					a.relate(m.id, r.Type, r.To, s)
				}
			}
		}
	}
}

// partNamed reports "X في|من|التابع ل Y" for a lexicon part_of X -> Y: the
// text names the part together with its whole.
func (a *article) partNamed(s *sentence, m mention, to string) bool {
	for k := m.t1; k < len(s.toks) && k <= m.t1+3; k++ {
		if s.toks[k].Break {
			return false
		}
		if n := s.mentionStarting(k); n != nil && !n.adj {
			return n.id == to && !strings.HasPrefix(s.toks[k].Variants[0].Fold, "و")
		}
	}
	return false
}

// groupAnaphorAt reads "الحركة" at token k as the last group named.
func (a *article) groupAnaphorAt(s *sentence, k int) *mention {
	if k >= len(s.toks) || a.x.rules.Cues["group_anaphora"].Match(s.toks, k) == 0 {
		return nil
	}
	id := a.lastGroup(s, k, stem(&s.toks[k]))
	if id == "" {
		return nil
	}
	return &mention{id: id, typ: model.TypeMilitia, t0: k, t1: k + 1}
}

// basedBefore reads the verb-first form "تنتشر في مدينتي X وY مليشيا Z" and
// "Z التي تتخذ من X معقلاً".
func (a *article) basedBefore(s *sentence) {
	for _, c := range a.freeCues(s, "based_verb") {
		var places []string
		k := c + a.x.rules.Cues["based_verb"].Match(s.toks, c)
		for steps := 0; k < len(s.toks) && steps < 8; steps++ {
			m := s.mentionStarting(k)
			switch {
			case m != nil && m.typ == model.TypeCity:
				places = append(places, m.id)
				k = m.t1
				continue
			case m != nil && isArmed(m) && len(places) > 0:
				for _, p := range places {
					a.relate(m.id, model.RelBasedIn, p, s)
				}
			case m == nil && len(places) > 0 && a.x.rules.Cues["stronghold"].Match(s.toks, k) > 0:
				if x := a.lastMention(s, c-6, c, isArmed); x != nil {
					for _, p := range places {
						a.relate(x.id, model.RelBasedIn, p, s)
					}
				}
			case m == nil && len(places) == 0:
				k++
				continue
			case m == nil && a.x.rules.Cues["stronghold"].Match(s.toks, k+1) > 0:
				k++ // one word between the place and "معقلاً"
				continue
			}
			break
		}
	}
}

// parts reads "X التابعة لـY" / "X المنضوية في Y" between armed groups or
// bodies: part_of.
func (a *article) parts(s *sentence) {
	for _, c := range a.freeCues(s, "part") {
		k := c
		for k > 0 && s.mentionAt(k-1) != nil && s.mentionAt(k-1).adj {
			k-- // "مليشيا فاطميون الأفغانية التابعة لـ"
		}
		x := a.lastMention(s, k-1, k, func(m *mention) bool { return isBody(m) && m.typ != model.TypeCountry })
		y := a.firstMention(s, c+1, c+3, func(m *mention) bool { return isBody(m) && m.typ != model.TypeCountry })
		if x != nil && y != nil {
			a.relate(x.id, model.RelPartOf, y.id, s)
		}
	}
}
