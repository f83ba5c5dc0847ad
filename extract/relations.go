package extract

import (
	"strings"
	"unicode/utf8"

	"github.com/nisba/nisba/extract/arabic"
	"github.com/nisba/nisba/extract/lexicon"
	"github.com/nisba/nisba/extract/rules"
	"github.com/nisba/nisba/model"
)

// relationsPass reads relations between mentioned entities: roles (المتحدث
// باسم، زعيم، القيادي في), backing (تتلقى دعماً من), positions (المتمركزة في)
// and locations (X بريف Y), then adds lexicon relations between entities
// the article names.
func (a *article) relationsPass() {
	for _, s := range a.sents {
		if len(s.ments) == 0 {
			continue // every relation has a named end in its sentence
		}
		a.guard("relations", s.idx, func() { a.relationsIn(s) })
	}
	a.guard("relations", -1, a.lexiconRelations)
}

// relationsIn reads the relations one sentence states.
func (a *article) relationsIn(s *sentence) {
	a.roles(s)
	a.ranksIn(s)
	a.ledBy(s)
	a.headsOfState(s)
	a.unitsIn(s)
	a.backbones(s)
	a.pronounRoles(s)
	a.ministers(s)
	a.knownBodies(s)
	a.leadsVerb(s)
	a.houses(s)
	a.backing(s)
	a.backingVSO(s)
	a.armOf(s)
	a.collectiveBacking(s)
	a.based(s)
	a.basedBefore(s)
	a.basedAfterVerb(s)
	a.strongholdOf(s)
	a.sitesOf(s)
	a.amongSites(s)
	a.baseDescribed(s)
	a.hosts(s)
	a.takenAsSite(s)
	a.parts(s)
	a.membersAmong(s)
	a.within(s)
	a.umbrellaParts(s)
	a.umbrellaExamples(s)
	a.fallUnder(s)
	a.located(s)
	a.anaphorLocated(s)
}

// relate adds the relation from -> to; both ends must be entities of the
// article (a state read from an adjective is added here).
func (a *article) relate(from, typ, to string, s *sentence) {
	short := ""
	if isRole(typ) {
		if alt := a.bodyInContext(from, to); alt != to {
			short, to = to, alt
		}
	}
	if from == "" || to == "" || from == to || !a.ensure(from, s) || !a.ensure(to, s) {
		return
	}
	for sur := range a.aliases[short] {
		a.aliases[to][sur] = true // the short form the text used names the body meant
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
		{"spokesperson", model.RelSpokespersonOf}, {"spokesperson_title", model.RelSpokespersonOf},
		{"member", model.RelMemberOf}, {"leader", model.RelLeaderOf}, {"rank", model.RelMemberOf},
	}
}

// roleCues are the cue sets of roleRelations.
func roleCues() []string {
	return []string{"spokesperson", "spokesperson_title", "member", "leader", "rank"}
}

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
		if n == 0 || bodyInside(s, i+1, i+n) {
			continue // "مدير المركز الإعلامي لقوات ..." when the office is a named body
		}
		org := a.roleOrg(s, i+n)
		if org == nil {
			org = a.glossBody(s, i+n) // "المتحدث باسم وزارة الدفاع (البنتاغون) X"
		}
		if org == nil {
			org = a.groupAnaphorAt(s, i+n) // "الأمين العام للحركة، X"
		}
		if org == nil {
			org = a.namedAnaphorAt(s, i+n) // "مدير العلاقات الإعلامية في الهيئة، X"
		}
		if org == nil {
			if rr.rel != model.RelSpokespersonOf {
				a.titleIn(s, i, i+n)
			}
			return i + n
		}
		person := a.personBefore(s, i) // "X، المتحدث باسم Y"
		if person == nil {
			person = a.firstMention(s, org.t1, org.t1+12, isPerson)
			if adj := a.personAdjacent(s, i); adj != nil && (person == nil || breakIn(s, org.t1, person.t0+1)) {
				person = adj // "بينهم X زعيم منظمة بدر، وY ...": the role describes X, not the next name
			}
		}
		if person == nil && i > 1 && relativePronoun(&s.toks[i-1]) && (s.toks[i-1].Break || afterAnd(&s.toks[i-1])) {
			person = a.lastMention(s, i-10, i-1, isPerson) // "X، والذي يعد قائداً لـY"، "X، نائب رئيس Z والذي يعد قائداً لـY"
		}
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

// bodyInside reports a named group or body starting in [lo, hi): the
// words of a role cue that open a body's name belong to the body.
func bodyInside(s *sentence, lo, hi int) bool {
	for j := lo; j < hi; j++ {
		if m := s.mentionStarting(j); m != nil && isBody(m) {
			return true
		}
	}
	return false
}

// glossBody is the body a gloss in parentheses names after words that
// name no body by themselves: "وزارة الدفاع (البنتاغون)"، "القيادة
// الوسطى (سنتكوم)".
func (a *article) glossBody(s *sentence, k int) *mention {
	for j := k; j < len(s.toks) && j <= k+3; j++ {
		if s.toks[j].Break {
			if j == k || !parenBefore(s, j) {
				return nil
			}
			m := s.mentionStarting(j)
			if m == nil || !isGroup(m) || m.t1 >= len(s.toks) || !s.toks[m.t1].Break {
				return nil
			}
			return m
		}
		if s.mentionAt(j) != nil || !s.toks[j].Arabic {
			return nil
		}
	}
	return nil
}

// ranksIn reads a military rank before the body its holder serves in and
// the name: "النقيب في الجيش العربي X"، "العقيد في الحرس الثوري X". The
// rank names no body of its own, so the holder is a member.
func (a *article) ranksIn(s *sentence) {
	for _, c := range a.freeCue(s, rules.CueMilitaryRank) {
		n := a.x.rules.Cue(rules.CueMilitaryRank).Match(s.toks, c)
		if c+n < len(s.toks) && s.toks[c+n].Key() == "في" && !s.toks[c+n].Break {
			a.titleIn(s, c, c+n)
		}
	}
}

// ledBy reads who leads a group from a relative clause or "بقيادة":
// "الفرقة الرابعة، التي يقودها X"، "كتائب Y، الذي يتزعمه X"، "قوات Z بقيادة
// العميد X". In "A في B، التي يقودها X" the clause describes A.
func (a *article) ledBy(s *sentence) {
	for _, cue := range []string{"led_by", "led_by_prep"} {
		for _, c := range a.freeCues(s, cue) {
			if s.toks[c].Break {
				continue
			}
			var x *mention
			if cue == "led_by_prep" {
				x = a.groupEndingAt(s, c) // "قوات Z بقيادة X": glued to the group it follows
			} else if c > 0 && relativePronoun(&s.toks[c-1]) {
				x = a.groupEndingAt(s, c-1)
			}
			if x == nil || a.detachmentOf(s, x) {
				continue
			}
			if p := a.personAfterRank(s, c+a.x.rules.Cues[cue].Match(s.toks, c)); p != nil {
				a.relate(p.id, model.RelLeaderOf, x.id, s)
			}
		}
	}
}

// detachmentOf reports a group named as the whole a detachment is drawn
// from: "قوة من الجيش العراقي بقيادة X" and "دورية للجيش، التي يقودها X"
// name who leads the detachment, not the army.
func (a *article) detachmentOf(s *sentence, x *mention) bool {
	j := x.t0 - 1
	if j >= 0 && s.toks[j].Key() == "من" && !s.toks[x.t0].Break {
		j--
	} else if !withLam(&s.toks[x.t0]) {
		return false
	}
	return j >= 0 && a.x.rules.Cue(rules.CueDetachment).Has(&s.toks[j])
}

// pastAdjectives steps back from token k over the state adjectives that
// end right before it ("الحرس الثوري الإيراني"): the start of what they qualify.
func pastAdjectives(s *sentence, k int) int {
	for k > 0 {
		m := s.mentionAt(k - 1)
		if m == nil || !m.adj || m.t1 != k {
			break
		}
		k = m.t0
	}
	return k
}

// groupEndingAt is the group named right before token k, past state
// adjectives; for "A في B" it is A, the head the clause after it describes.
func (a *article) groupEndingAt(s *sentence, k int) *mention {
	k = pastAdjectives(s, k)
	if k == 0 {
		return nil
	}
	x := s.mentionAt(k - 1)
	if x == nil || x.t1 != k || !isGroup(x) {
		return nil
	}
	if j := x.t0 - 1; j > 0 && !s.toks[x.t0].Break && s.toks[j].Key() == "في" && !s.toks[j].Break {
		if h := s.mentionAt(j - 1); h != nil && h.t1 == j && isGroup(h) {
			return h
		}
	}
	return x
}

// unitsIn reads a named unit followed by "في" and the armed body it
// belongs to: "الفرقة الرابعة في جيش النظام السوري"، "اللواء 16 في الحشد
// الشعبي" (part_of). Only a unit noun heads the part: "عناصر من حزب الله
// في قوات النظام" says where members serve, not what the group is part of.
func (a *article) unitsIn(s *sentence) {
	for i := range s.ments {
		m := &s.ments[i]
		k := m.t1
		if !isArmed(m) || k+1 >= len(s.toks) || s.toks[k].Break || s.toks[k].Key() != "في" ||
			!a.x.rules.Cue(rules.CueUnitHead).Has(&s.toks[m.t0]) {
			continue
		}
		if w := s.mentionStarting(k + 1); w != nil && isArmed(w) && w.id != m.id && !s.toks[k+1].Break {
			a.relate(m.id, model.RelPartOf, w.id, s)
		}
	}
}

// backbones reads "X، التي تشكل A عمودها الفقري": A is part of X, told
// with a pronoun for X after the verb of a relative clause.
func (a *article) backbones(s *sentence) {
	for _, c := range a.freeCue(s, rules.CueBackbonePronoun) {
		g := a.lastMention(s, c-6, c, isArmed)
		if g == nil || a.pastAdjectives(s, g.t1) != c || g.t0 < 2 || !a.x.rules.Cue(rules.CueForms).Has(&s.toks[g.t0-1]) ||
			!relativePronoun(&s.toks[g.t0-2]) {
			continue
		}
		if x := a.groupEndingAt(s, g.t0-2); x != nil && x.id != g.id {
			a.relate(g.id, model.RelPartOf, x.id, s)
		}
	}
}

// headsOfState reads "الرئيس السوري X" and "العاهل الأردني الملك X": X
// leads the state the adjective names, when the article names that state.
// A former head ("الرئيس السوري السابق X") leads it no more.
func (a *article) headsOfState(s *sentence) {
	for _, c := range a.freeCue(s, rules.CueHeadOfState) {
		k := c + a.x.rules.Cue(rules.CueHeadOfState).Match(s.toks, c)
		if k >= len(s.toks) || s.toks[k].Break {
			continue
		}
		e := a.x.adjective(&s.toks[k])
		if e == nil || e.Type != model.TypeCountry || a.ents[e.ID] == nil {
			continue
		}
		k++
		if k < len(s.toks) && !s.toks[k].Break && s.mentionAt(k) == nil && a.x.rules.Cue(rules.CueMonarch).Has(&s.toks[k]) {
			k++ // "العاهل الأردني الملك عبد الله الثاني"
		}
		if p := s.mentionStarting(k); p != nil && isPerson(p) && !s.toks[k].Break {
			a.relate(p.id, model.RelLeaderOf, e.ID, s)
		}
	}
	for i := range s.ments {
		p := &s.ments[i] // the title is the person's name itself: "العاهل الأردني"
		if n := a.x.rules.Cue(rules.CueHeadOfState).Match(s.toks, p.t0); isPerson(p) && n > 0 && p.t0+n < p.t1 {
			if e := a.x.adjective(&s.toks[p.t0+n]); e != nil && e.Type == model.TypeCountry && a.ents[e.ID] != nil {
				a.relate(p.id, model.RelLeaderOf, e.ID, s)
			}
		}
	}
}

// titleIn reads a title whose domain is no body, then the body it serves
// in and the person: "قائد عمليات الأنبار في الحشد الشعبي X"، "معاون قائد
// محور الشمال في الحشد الشعبي، X". X is a member of the body (a commander
// inside a group leads none of it). The role is at i and its words end at k.
func (a *article) titleIn(s *sentence, i, k int) {
	for steps := 0; k < len(s.toks) && steps < 5; steps++ {
		t := &s.toks[k]
		if t.Break {
			return
		}
		if m := s.mentionStarting(k); m != nil {
			if m.typ != model.TypeCity {
				return
			}
			k = m.t1 // "قائد عمليات الأنبار في"
			continue
		}
		if t.Key() == "في" {
			break
		}
		k++
	}
	if k >= len(s.toks) || s.toks[k].Key() != "في" {
		return
	}
	org := s.mentionStarting(k + 1)
	if org == nil {
		org = a.namedAnaphorAt(s, k+1) // "مدير العلاقات العامة في الهيئة، X"
	}
	if org == nil {
		org = a.groupAnaphorAt(s, k+1) // "مدير المكتب السياسي في الجماعة، X"
	}
	if org == nil || !isGroup(org) {
		return
	}
	person := a.firstMention(s, org.t1, org.t1+1, isPerson)
	if person == nil {
		person = a.personBefore(s, i)
	}
	if person != nil {
		a.relate(person.id, model.RelMemberOf, org.id, s)
	}
}

// namedAnaphorAt reads a definite noun at token k ("الهيئة"، "التنسيقية")
// as the last group or body named with that noun in its name (هيئة تحرير
// الشام، تنسيقية المقاومة العراقية): a strict reading, with no fallback to
// whatever group came last. A state adjective (العراقية) is no noun.
func (a *article) namedAnaphorAt(s *sentence, k int) *mention {
	if k >= len(s.toks) || s.mentionAt(k) != nil || !definite(&s.toks[k]) || a.x.adjective(&s.toks[k]) != nil {
		return nil
	}
	noun := stem(&s.toks[k])
	if a.x.rules.Generic[noun] || a.x.rules.Generic[s.toks[k].Key()] {
		return nil // "القائد العام للقوات المسلحة": القوات names no one body
	}
	for i := s.idx; i >= 0 && i >= s.idx-6; i-- {
		ms := a.sents[i].ments
		for j := len(ms) - 1; j >= 0; j-- {
			m := ms[j]
			if m.adj || !isGroup(&m) || i == s.idx && m.t1 > k {
				continue
			}
			if a.namedWith(m.id, noun) {
				return &mention{id: m.id, typ: m.typ, t0: k, t1: k + 1}
			}
		}
	}
	return nil
}

// umbrellaParts reads "X، وهي مظلة تضم فصائل عدة أبرزها A وB": the groups
// named as examples of what X groups together are part of X.
func (a *article) umbrellaParts(s *sentence) {
	for _, c := range a.freeCue(s, rules.CueUmbrellaVerb) {
		x := a.appositionSubject(s, c)
		if x == nil {
			x = a.subjectBefore(s, c, isArmed) // "X التي تضم فصائل عدة، أبرزها A"
		}
		if x == nil && c > 0 && a.x.rules.Cue(rules.CueAlliance).Has(&s.toks[c-1]) {
			x = a.soleArmed(s, c-1) // "وتعد X تحالفاً يضم فصائل، من بينها A"
		}
		if x == nil {
			x = a.namedBeforeHe(s, c) // "X، وهي تسمية ظهرت حديثاً تنضوي تحتها فصائل"
		}
		if x == nil {
			continue
		}
		described := c > 0 && (relativePronoun(&s.toks[c-1]) || a.x.rules.Cue(rules.CueAlliance).Has(&s.toks[c-1]))
		v := c + a.x.rules.Cue(rules.CueUmbrellaVerb).Match(s.toks, c) - 1 // the last word of the verb
		for k := v + 1; k < len(s.toks) && k < v+7; k++ {
			if m := s.mentionAt(k); m != nil && collectiveMember(m) && !s.toks[k].Break {
				k = m.t1 - 1 // "تضم فصائل مسلحة موالية لإيران، أبرزها A": a description, no member
				continue
			}
			if m := s.mentionAt(k); m != nil {
				if k == v+1 && isArmed(m) && described { // not "X تضم Y إلى اجتماعاتها"
					for _, g := range a.armedList(s, k) { // "وهي تحالف يضم A وB وفصائل أخرى"
						a.relate(g, model.RelPartOf, x.id, s)
					}
				}
				break
			}
			if ex := a.examplesAfter(s, k); len(ex) > 0 {
				for _, g := range ex {
					a.relate(g, model.RelPartOf, x.id, s)
				}
				break
			}
		}
	}
}

// membersAmong reads "قيادات في X بينهم العميد A" and "ضباط في X، منهم A
// وB": the people named as examples of X's cadres are members of X.
func (a *article) membersAmong(s *sentence) {
	for _, c := range a.freeCue(s, rules.CueMemberPlural) {
		x := s.mentionStarting(c + a.x.rules.Cue(rules.CueMemberPlural).Match(s.toks, c))
		if x == nil || !isBody(x) || x.typ == model.TypeCountry {
			continue
		}
		k := a.pastAdjectives(s, x.t1) // a comma before "منهم" may stand: "ضباط في X، منهم A"
		n := a.x.rules.Cue(rules.CueMemberAmong).Match(s.toks, k)
		if n == 0 || k+n >= len(s.toks) {
			continue
		}
		for p := a.personAfterRank(s, k+n); p != nil; p = a.nextInList(s, p) {
			if isPerson(p) {
				a.relate(p.id, model.RelMemberOf, x.id, s)
			}
		}
	}
}

// personAfterRank is the person named at token k, after at most two rank
// or title words ("العميد"، "اللواء الركن").
func (a *article) personAfterRank(s *sentence, k int) *mention {
	for steps := 0; k < len(s.toks) && steps < 3; steps++ {
		if s.toks[k].Break && steps > 0 {
			return nil
		}
		if m := s.mentionStarting(k); m != nil {
			if isPerson(m) {
				return m
			}
			return nil
		}
		k++
	}
	return nil
}

// collectiveMember reports a collective actor ("فصائل موالية لإيران"): it
// describes what an umbrella groups together and names no member.
func collectiveMember(m *mention) bool {
	return strings.HasSuffix(m.id, "-backed-militias")
}

// namedBeforeHe is the militia named right before a comma and "وهي"/"وهو"
// a few words before token c: "X، وهي تسمية ظهرت حديثاً تنضوي تحتها ...".
func (a *article) namedBeforeHe(s *sentence, c int) *mention {
	for j := c - 1; j > 0 && j >= c-6; j-- {
		if !isHeWord(&s.toks[j]) {
			if s.toks[j].Break || s.mentionAt(j) != nil {
				return nil
			}
			continue
		}
		if !s.toks[j].Break {
			return nil
		}
		if m := s.mentionAt(j - 1); m != nil && m.t1 == j && m.typ == model.TypeMilitia && !m.adj {
			return m
		}
		return nil
	}
	return nil
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

// backing reads "X، التي تتلقى دعماً عسكرياً من Y", "X المقربة من طهران"
// and "X التي تمولها وتسلحها إيران".
func (a *article) backing(s *sentence) {
	for _, c := range a.freeCue(s, rules.CueBacked) {
		n := a.x.rules.Cue(rules.CueBacked).Match(s.toks, c)
		x := a.subjectBefore(s, c, isArmed)
		if x != nil && a.governedByParticiple(s, c, x) {
			// "الفصيل المنضوي ضمن X والمدعوم من Y": the second participle
			// describes what the first did, not X.
			x = a.subjectBefore(s, x.t0-2, isArmed)
			if x == nil {
				continue
			}
		}
		if x == nil {
			x = a.appositionSubject(s, c)
		}
		if x == nil && a.genericHead(s, c) {
			// "فصائل قوية مدعومة من Y مثل X وZ": the groups backed are the
			// examples after the backer, not a group named before the noun.
			if y, end := a.backerAt(s, c+n, c+n+5); y != "" {
				for _, g := range a.examplesAfter(s, end) {
					a.relate(g, model.RelBackedBy, y, s)
				}
			}
			continue
		}
		if x == nil && s.toks[c].Break && afterAnd(&s.toks[c]) {
			x = a.mainSubject(s) // "وتسيطر قسد، التي ...، على ...، وتحظى بدعم من Y"
		}
		if x == nil && a.appositionStart(s, c) < 0 { // an apposition with two groups before it: neither
			x = a.lastMention(s, c-6, c, isArmed)
			if x != nil && a.thatClause(s, x.t1, c) {
				x = nil // "قالت X إن أطرافاً مرتبطة بـY": not X
			}
		}
		if x == nil {
			continue
		}
		if y := a.backerIn(s, c+n, c+n+5); y != "" {
			a.relate(x.id, model.RelBackedBy, y, s)
		}
	}
}

// governedByParticiple reports a cue at c joined by و to a participle
// clause whose object is x: "المنضوي ضمن X والمدعوم".
func (a *article) governedByParticiple(s *sentence, c int, x *mention) bool {
	if s.toks[c].Break || !afterAnd(&s.toks[c]) || x.t0 < 3 || s.toks[x.t0].Break || s.toks[x.t0-1].Break {
		return false
	}
	switch s.toks[x.t0-1].Key() {
	case "ضمن", "في", "الي", "مع", "داخل", "تحت":
	default:
		return false
	}
	q := &s.toks[x.t0-2]
	return definite(q) && s.mentionAt(x.t0-2) == nil && !relativePronoun(q)
}

// backingVSO reads the verb-first "ويحظى X بدعم مباشر من Y" and "وتتلقى X
// تمويلاً من Y": the subject stands between the verb and the support.
func (a *article) backingVSO(s *sentence) {
	for _, c := range a.freeCue(s, rules.CueBackedVso) {
		x := s.mentionStarting(c + 1)
		if x == nil || !isArmed(x) || s.toks[c+1].Break {
			continue
		}
		for k := a.pastAdjectives(s, x.t1); k < len(s.toks) && k < x.t1+3 && !s.toks[k].Break; k++ {
			if a.x.rules.Cue(rules.CueSupportNoun).Has(&s.toks[k]) {
				if y := a.backerIn(s, k+1, k+4); y != "" {
					a.relate(x.id, model.RelBackedBy, y, s)
				}
				break
			}
		}
	}
}

// armOf reads "X، ذراع إيران في العراق" and "X، وهي ذراع الحرس الثوري":
// a group called a state's or a body's arm is backed by it. "الذراع
// العسكري لـY" (definite) and "أحد أذرع Y" are part_of, read by parts.
func (a *article) armOf(s *sentence) {
	for _, c := range a.freeCue(s, rules.CueArmOf) {
		if definite(&s.toks[c]) {
			continue
		}
		x := a.subjectBefore(s, c, isArmed)
		if x == nil || !s.toks[c].Break {
			x = a.appositionSubject(s, c)
		}
		if x == nil {
			continue
		}
		k := c + a.x.rules.Cue(rules.CueArmOf).Match(s.toks, c)
		if y := s.mentionStarting(k); y != nil && k < len(s.toks) && !s.toks[k].Break && y.id != x.id &&
			(isBody(y) || y.adj && y.typ == model.TypeCountry) {
			a.relate(x.id, model.RelBackedBy, y.id, s)
		}
	}
}

// mainSubject is the armed group a sentence opens with, right after its
// first verb ("وتسيطر قسد ..."): the subject a later "، وتحظى بدعم" shares.
func (a *article) mainSubject(s *sentence) *mention {
	if len(s.ments) == 0 {
		return nil
	}
	m := &s.ments[0]
	if m.t0 != 1 || !isArmed(m) || s.toks[0].Break {
		return nil
	}
	return m
}

// genericHead reports a group noun no name covers right before the
// backing cue at c, past at most two adjectives: "فصائل قوية مدعومة من".
func (a *article) genericHead(s *sentence, c int) bool {
	for k := c - 1; k >= 0 && k >= c-3; k-- {
		t := &s.toks[k]
		if s.mentionAt(k) != nil {
			return false
		}
		if a.x.groupNoun.Has(t) {
			return true
		}
		if t.Break || relativePronoun(t) && k < c-1 {
			return false
		}
	}
	return false
}

// examplesAfter is the armed groups a list of examples names at token k:
// "مثل X وY"، "ومنها X"، "على غرار X".
func (a *article) examplesAfter(s *sentence, k int) []string {
	if k < len(s.toks) && s.toks[k].Key() == "من" {
		k++ // "من بينها"
	}
	n := a.x.rules.Cue(rules.CueSuchAs).Match(s.toks, k)
	if n == 0 {
		return nil
	}
	return a.armedList(s, k+n)
}

func isArmed(m *mention) bool {
	return !m.adj && (m.typ == model.TypeMilitia || m.typ == model.TypeForce)
}

// based reads "X المتمركزة في Y" and "الفصيل المنتشر في قاعدة Y".
func (a *article) based(s *sentence) {
	for _, c := range a.freeCue(s, rules.CueBased) {
		if afterAnd(&s.toks[c]) || c > 0 && s.toks[c-1].Key() == "حيث" {
			continue // "، وتنتشر في Y قوات X"، "حيث تنتشر في Y قوات X": the subject follows (basedBefore)
		}
		n := a.x.rules.Cue(rules.CueBased).Match(s.toks, c)
		x := a.subjectBefore(s, c, isArmed)
		if x == nil {
			x = a.lastMention(s, c-3, c, isArmed)
		}
		y := a.firstMention(s, c+n, c+n+4, isSite)
		for ; x != nil && y != nil && isSite(y) && !a.region(s, y); y = a.nextInList(s, y) {
			a.relate(x.id, model.RelBasedIn, y.id, s) // "في مدينتي A وB"
		}
	}
	a.basedInName(s)
}

// basedInName reads "X المتمركزة في Y" when the participle is part of the
// name the lexicon knows ("القوات الأمريكية المتمركزة"), so that no free
// cue is left for based.
func (a *article) basedInName(s *sentence) {
	for i := range s.ments {
		x := &s.ments[i]
		if !isArmed(x) || x.t1-x.t0 < 2 || a.x.rules.Cue(rules.CueBased).Match(s.toks, x.t1-1) != 1 {
			continue
		}
		if y := a.firstMention(s, x.t1, x.t1+4, isSite); y != nil && !a.region(s, y) {
			a.relate(x.id, model.RelBasedIn, y.id, s)
		}
	}
}

// located reads a base or town followed by where it is: "حقل العمر بريف
// دير الزور"، "قاعدة عين الأسد الجوية في غرب العراق"، "بلدة القائم العراقية"،
// "قاعدة X (ريف الحسكة)"، "البرج 22 شمال شرقي الأردن". A region (البادية،
// شمال سوريا) contains no place, and holds no town.
func (a *article) located(s *sentence) {
	for i := range s.ments {
		m := &s.ments[i]
		if m.adj || m.typ != model.TypeBase && m.typ != model.TypeCity || a.region(s, m) {
			continue
		}
		n := a.container(s, m)
		if n == nil {
			n = a.listContainer(s, m)
			a.listLocated(s, m, n)
			if n != nil && a.lexiconElsewhere(m.id, n.id) {
				continue // "إلى طوزخورماتو وداقوق في كركوك": the lexicon puts the first town elsewhere
			}
		}
		if n == nil {
			n = a.clauseContainer(s, m)
		}
		if n == nil {
			continue
		}
		if a.placeFits(s, m, n) && !a.townNear(s, m, n) {
			a.relate(m.id, model.RelLocatedIn, n.id, s)
		}
		if n2 := a.beyondNear(s, m, n); n2 != nil && a.placeFits(s, m, n2) {
			a.relate(m.id, model.RelLocatedIn, n2.id, s) // "X قرب بلدة Y في ريف Z": X is in Z too
		}
		if c := a.regionCountry(s, n); c != "" && m.typ == model.TypeBase {
			a.relate(m.id, model.RelLocatedIn, c, s)
		}
	}
}

// townNear reports a town (not a base) said to lie only near n: "بلدة X
// قرب مدينة Y" places X beside Y, not inside it. A base near a town is
// read as at it ("قاعدة X قرب مدينة Y"), as annotators do.
func (a *article) townNear(s *sentence, m, n *mention) bool {
	if m.typ != model.TypeCity {
		return false
	}
	for k := m.t1; k < n.t0 && k < len(s.toks); k++ {
		if a.x.rules.Cue(rules.CueNear).Has(&s.toks[k]) {
			return true
		}
	}
	return false
}

// listContainer is where a base listed under a dual or plural head lies:
// "قاعدتا A وB، اللتان ... في ريف Z" and "حقلي A وB في Y" put A where B
// is. Without the head, "قاعدة A وقاعدة B في Y" says nothing of A.
func (a *article) listContainer(s *sentence, m *mention) *mention {
	if m.t0 == 0 || !a.pairHead(s, m) && (m.typ != model.TypeCity || a.betweenOrContainer(s, m)) {
		return nil // towns share the container after their list: "قضاء القائم ومنطقة عكاشات في محافظة الأنبار"
	}
	last := m
	for n := a.nextInList(s, last); n != nil && n.typ == m.typ && !n.adj; n = a.nextInList(s, last) {
		last = n
	}
	if last == m {
		return nil
	}
	if k := last.t1; k < len(s.toks) && !s.toks[k].Break && surroundings(&s.toks[k]) {
		ext := *last
		ext.t1 = k + 1 // "مدينتي A وB ومحيطهما في محافظة Z"
		return a.container(s, &ext)
	}
	return a.container(s, last)
}

// surroundings reports "ومحيطهما", "وريفها", "وضواحيها": the outskirts of
// the towns just listed, which stand between the list and its container.
func surroundings(t *arabic.Token) bool {
	for i := range t.Variants {
		switch t.Variants[i].Fold {
		case "محيطهما", "محيطها", "محيطه", "ريفهما", "ريفها", "ريفه", "ضواحيهما", "ضواحيها", "اطرافهما", "اطرافها":
			return t.Variants[i].Pre == "و"
		}
	}
	return false
}

// listLocated places the places listed after m, a list's head, in n:
// "بلدات A وB وC شرقي Z" puts B in Z as well.
func (a *article) listLocated(s *sentence, m, n *mention) {
	if n == nil {
		return
	}
	for p := a.nextInList(s, m); p != nil && p.typ == m.typ && !p.adj; p = a.nextInList(s, p) {
		if a.placeFits(s, p, n) && !a.lexiconElsewhere(p.id, n.id) {
			a.relate(p.id, model.RelLocatedIn, n.id, s)
		}
	}
}

// betweenOrContainer reports a town that opens no list of towns in one
// place: the first end of "بين X وY" (a road or a front between them), or
// a town that is itself the container of a place before it ("عين الأسد في
// الأنبار وحرير في إقليم كردستان").
func (a *article) betweenOrContainer(s *sentence, m *mention) bool {
	for j := m.t0 - 1; j >= 0 && j >= m.t0-2; j-- {
		if s.toks[j].Has("بين") {
			return true
		}
	}
	if m.t0 > 1 && s.toks[m.t0-1].Key() == "في" {
		p := s.mentionAt(m.t0 - 2)
		return p != nil && (p.typ == model.TypeBase || p.typ == model.TypeCity)
	}
	return m.t0 > 0 && clitic(&s.toks[m.t0], m) && s.mentionAt(m.t0-1) != nil
}

// lexiconElsewhere reports a town the lexicon places in towns or provinces
// none of which is n: a list read as sharing n's container must not
// contradict what is known of its members.
func (a *article) lexiconElsewhere(id, n string) bool {
	if a.x.lex == nil {
		return false
	}
	known := false
	for cur, depth := id, 0; depth < 4; depth++ {
		e := a.x.lex.ByID(cur)
		if e == nil {
			return false
		}
		next := ""
		for _, r := range e.Relations {
			if r.Type == model.RelLocatedIn && strings.HasPrefix(r.To, "city:") {
				if r.To == n {
					return false
				}
				known, next = true, r.To
			}
		}
		if next == "" {
			break
		}
		cur = next
	}
	return known
}

// pairHead reports a dual or plural head right before m that lists places
// of m's kind: "قاعدتي A وB" for bases, "مدينتي A وB"، "بلدات A وB" for towns.
func (a *article) pairHead(s *sentence, m *mention) bool {
	switch m.typ {
	case model.TypeBase:
		return a.x.rules.Cue(rules.CueSitePair).Has(&s.toks[m.t0-1])
	case model.TypeCity: // the head may open the town's mention: "مدينتي البوكمال"
		return a.x.rules.Cue(rules.CueTownPair).Has(&s.toks[m.t0-1]) || m.t1-m.t0 > 1 && a.x.rules.Cue(rules.CueTownPair).Has(&s.toks[m.t0])
	}
	return false
}

// beyondNear is the container of n when m is only near n: "قاعدة X قرب
// بلدة Y في ريف Z" puts X in Z as well.
func (a *article) beyondNear(s *sentence, m, n *mention) *mention {
	if n.typ != model.TypeCity || n.adj {
		return nil
	}
	for k := m.t1; k < n.t0; k++ {
		if a.x.rules.Cue(rules.CueNear).Has(&s.toks[k]) {
			return a.container(s, n)
		}
	}
	return nil
}

// region reports a place named as an area rather than a settlement: a
// direction (شمال سوريا), a desert, a river or sea, a border triangle.
func (a *article) region(s *sentence, m *mention) bool {
	return a.x.rules.Cue(rules.CueRegionHead).Has(&s.toks[m.t0])
}

// placeFits reports that n may contain m: no town lies "in" a region (الرقة
// في البادية is a direction, not a containment), and nothing in a sea.
func (a *article) placeFits(s *sentence, m, n *mention) bool {
	if n.typ != model.TypeCity || n.adj {
		return true
	}
	if a.x.rules.Cue(rules.CueWater).Has(&s.toks[n.t0]) || a.region(s, n) && a.x.rules.Cue(rules.CueCompass).Has(&s.toks[n.t0]) {
		return false // a direction names its state (regionCountry), not a container
	}
	return m.typ == model.TypeBase || !a.region(s, n)
}

// regionCountry is the state a direction region names: "شمال شرقي الأردن"
// is in Jordan. The state must be written in the region's own name.
func (a *article) regionCountry(s *sentence, n *mention) string {
	if n.adj || n.typ != model.TypeCity || a.x.lex == nil || n.t1-n.t0 < 2 ||
		!a.x.rules.Cue(rules.CueCompass).Has(&s.toks[n.t0]) {
		return ""
	}
	for _, e := range a.x.lex.Lookup(s.toks[n.t1-1].Key()) {
		if e.Type == model.TypeCountry && a.ensure(e.ID, s) {
			return e.ID
		}
	}
	return ""
}

// container is the place right after m: skipping generic adjectives,
// "الواقع", "في"/"بـ"/"قرب"/"التابعة لـ", a parenthesis and compass words,
// the first city (or, for a base, a country); for a town, a country
// adjective right after it.
func (a *article) container(s *sentence, m *mention) *mention {
	k := m.t1
	if k < len(s.toks) && !s.toks[k].Break {
		if n := s.mentionStarting(k); n != nil && (n.adj || a.stateAdjective(s, m, n)) && m.typ == model.TypeCity {
			if c := a.container(s, n); c != nil {
				return c
			}
			return n
		}
	}
	prep, dir, near := false, false, false
	start := m.t1
	if j := a.pastBaseAdjectives(s, m, k); j > k {
		if g := a.gloss(s, m, j); g > j {
			k, start = g, g // "قاعدة X الجوية (T4) في ريف Y": the adjective stands before the gloss
		}
	}
	if g := a.gloss(s, m, k); g > k {
		k, start = g, g // "قاعدة X (Hmeimim) بريف Y"، "جرف الصخر (جرف النصر) شمالي بابل"
	}
	if g := dashAside(s, k); g > k {
		k, start = g, g // "جرف الصخر -التي تسميها الفصائل «جرف النصر»- شمالي بابل"
	}
	for steps := 0; k < len(s.toks) && steps < 8; steps++ {
		t := &s.toks[k]
		if t.Break && !a.linkBreak(s, m, k, start, &prep) {
			return nil
		}
		if n := s.mentionStarting(k); n != nil {
			if a.passOver(s, m, n) {
				k, prep = n.t1, false // "قاعدة X التركية في Y"، "التابعة للتحالف في Y"
				continue
			}
			if n.adj {
				return nil
			}
			if near && n.typ == model.TypeCity && landmarkHead(&s.toks[n.t0]) {
				return nil // "البرج 22 القريب من مخيم الركبان": beside a camp, not in it
			}
			state := m.typ == model.TypeBase && n.typ == model.TypeCountry
			if (n.typ == model.TypeCity || state) && (prep || clitic(t, n) || a.x.rules.Cue(rules.CueCompass).Has(t) ||
				dir && a.x.rules.Cue(rules.CueDistrictHead).Has(t)) || // "X غربي قضاء Y": in the district's west
				state && dir { // "البرج 22 شمال شرقي الأردن"
				return n
			}
			return nil
		}
		if k > 0 && a.siteWord(t) && a.x.rules.Cue(rules.CueHosts).Has(&s.toks[k-1]) {
			k++ // "حقل X، الذي يضم قاعدة للتحالف في Y": passOver skips the body
			continue
		}
		if dir && a.x.rules.Cue(rules.CueDistrictHead).Has(t) {
			prep = true // "غربي قضاء هيت" with the district word outside the name
			k++
			continue
		}
		if a.andLink(t) || !a.placeLink(t, &prep) {
			return nil // "مطار X وقرب مدينة Y" joins a second target, no container
		}
		near = near || a.x.rules.Cue(rules.CueNear).Has(t)
		dir = dir || a.x.rules.Cue(rules.CueCompass).Has(t)
		k++
	}
	return nil
}

// landmarkHead reports the head of a landmark's name that a place may lie
// beside but not in: a camp, a crossing, a dam.
func landmarkHead(t *arabic.Token) bool {
	return t.HasAny("مخيم", "معبر", "سد")
}

// pastBaseAdjectives is the token after the adjectives of a base's name
// from k on ("الجوية"، "العسكري"), or k.
func (a *article) pastBaseAdjectives(s *sentence, m *mention, k int) int {
	if m.typ != model.TypeBase {
		return k
	}
	j := k
	for ; j < len(s.toks) && j < k+2; j++ {
		if s.toks[j].Break || s.mentionAt(j) != nil || !a.x.rules.Cue(rules.CueBaseAdjective).Has(&s.toks[j]) {
			break
		}
	}
	return j
}

// stateAdjective reports a state named by a word that is also its
// adjective with the article: "السورية" after a town m told as a
// settlement ("مدينة البوكمال السورية") is the adjective of سورية, not the
// state's name. An area ("منطقة X السورية") may straddle a border.
func (a *article) stateAdjective(s *sentence, m, n *mention) bool {
	if n.typ != model.TypeCountry || n.t1-n.t0 != 1 || a.x.lex == nil {
		return false
	}
	head := a.x.rules.Cue(rules.CueSettlementHead)
	if !head.Has(&s.toks[m.t0]) && (m.t0 == 0 || !head.Has(&s.toks[m.t0-1])) {
		return false
	}
	t := &s.toks[n.t0]
	if !strings.HasPrefix(t.Variants[0].Fold, "ال") {
		return false
	}
	for _, e := range a.x.lex.LookupAdjective(t.Key()) {
		if e.ID == n.id {
			return true
		}
	}
	return false
}

// siteWord reports a word for a base or a group's site: قاعدة، مقر، مواقع.
func (a *article) siteWord(t *arabic.Token) bool {
	switch t.Key() {
	case "قاعده", "قواعد", "قاعدتين", "قاعدتان":
		return true
	}
	return a.x.rules.Cue(rules.CueSiteNoun).Has(t)
}

// regionMinister reads "وزير داخلية الإقليم X": a minister of the
// region's government, which the article names in full elsewhere
// (حكومة إقليم كردستان), is a member of it.
func (a *article) regionMinister(s *sentence, c int) {
	k := c + 2
	if k+1 >= len(s.toks) || s.toks[c+1].Break || s.toks[k].Break || definite(&s.toks[c+1]) || s.toks[k].Variants[0].Fold != "الاقليم" {
		return
	}
	person := a.firstMention(s, k+1, k+2, isPerson)
	if person == nil || s.toks[k+1].Break {
		return
	}
	if gov := a.articleBody("حكومه اقليم"); gov != "" {
		a.relate(person.id, model.RelMemberOf, gov, s)
	}
}

// dashAside is the token after a relative clause set between dashes
// that opens at token k ("-التي تسميها الفصائل «X»-"), or k.
func dashAside(s *sentence, k int) int {
	if k >= len(s.toks) || !s.toks[k].Break || !dashBefore(s, k) || !relativePronoun(&s.toks[k]) {
		return k
	}
	for j := k + 1; j < len(s.toks) && j <= k+10; j++ {
		if s.toks[j].Break {
			if dashBefore(s, j) {
				return j
			}
			if charBefore(s, j, '،') || charBefore(s, j, '.') {
				return k
			}
		}
	}
	return k
}

// dashBefore reports a dash between token k and the one before it.
func dashBefore(s *sentence, k int) bool {
	return charBefore(s, k, '-') || charBefore(s, k, '–') || charBefore(s, k, '—')
}

// linkBreak reports a separator at token k that still joins a place to
// its container: the parenthesis closing a gloss, "(ريف الحسكة)", "،
// الواقعة في Y".
func (a *article) linkBreak(s *sentence, m *mention, k, start int, prep *bool) bool {
	t := &s.toks[k]
	switch {
	case k == start && k > m.t1:
		return true // the parenthesis that closes a gloss
	case k == m.t1 && parenBefore(s, k):
		*prep = true // "قاعدة X (ريف الحسكة)"
		return true
	case k == m.t1 && (a.x.rules.Cue(rules.CueLies).Has(t) || relativePronoun(t)):
		return true // "قاعدة X، الواقعة في Y"
	}
	return false
}

// passOver reports a mention between a base and its container that says
// whose the base is: a state adjective ("قاعدة زليكان التركية في"), the
// body after "التابعة لـ" ("قاعدة حرير التابعة للتحالف في قضاء شقلاوة"),
// or the force it hosts ("التي تستضيف قوات أمريكية في محافظة الأنبار").
func (a *article) passOver(s *sentence, m, n *mention) bool {
	if m.typ != model.TypeBase || s.toks[n.t0].Break {
		return false
	}
	if n.adj {
		return n.typ == model.TypeCountry
	}
	if n.t0 == 0 || !isBody(n) {
		return false
	}
	before := &s.toks[n.t0-1]
	switch before.Key() {
	case "تابعه", "تابع":
		return true
	case "في":
		// "مقر اللواء 19 في الحشد الشعبي بقضاء حديثة": the body owns the
		// headquarters, the place follows it.
		return isArmed(n) && n.t1 < len(s.toks) && !s.toks[n.t1].Break && (withBa(&s.toks[n.t1]) || s.toks[n.t1].Key() == "في")
	}
	// "قاعدة X، التي تستضيف قوات Y في محافظة Z": the base is in Z.
	if n.t0 > 1 && a.siteWord(before) && a.x.rules.Cue(rules.CueHosts).Has(&s.toks[n.t0-2]) {
		return isArmed(n) // "الذي يضم قاعدة للتحالف في Y"
	}
	return isArmed(n) && (a.x.rules.Cue(rules.CueHosts).Has(before) || a.x.rules.Cue(rules.CueBasedResumptive).Has(before))
}

// placeLink reads a word between a place and its container: a preposition
// (في، قرب، بالقرب من، التابعة لـ) sets prep; compass words, "الواقعة"،
// "التي تقع" and generic adjectives are skipped; any other word ends the
// search.
func (a *article) placeLink(t *arabic.Token, prep *bool) bool {
	key := t.Key()
	switch {
	case key == "في" || key == "تابعه" || key == "تابع" || a.x.rules.Cue(rules.CueNear).Has(t):
		*prep = true
	case key == "من" && *prep:
	case a.x.rules.Cue(rules.CueCompass).Has(t):
		*prep = *prep || withBa(t) // "بريف Y" is "in the countryside of Y"
	case a.x.rules.Cue(rules.CueLies).Has(t), relativePronoun(t), a.x.rules.Generic[key], a.x.rules.Cue(rules.CueBaseAdjective).Has(t),
		a.x.rules.Cue(rules.CueHosts).Has(t), a.x.rules.Cue(rules.CueBasedVso).Has(t), a.x.rules.Cue(rules.CueBasedResumptive).Has(t):
		// "التي تستضيف قوات Y في"، "التي تتمركز فيها قوات Y في": passOver skips Y
	default:
		return false
	}
	return true
}

// andLink reports a link word read with the conjunction و ("وقرب"، "وفي"):
// it joins a second place to the list, so what follows contains nothing.
// A word that is a link as written ("وسط") is none.
func (a *article) andLink(t *arabic.Token) bool {
	if !afterAnd(t) {
		return false
	}
	whole := *t
	whole.Variants = t.Variants[:1]
	prep := false
	return !a.placeLink(&whole, &prep)
}

// gloss skips a gloss of the name m in parentheses at token k: Latin
// ("حميميم (Hmeimim)") or another name of the same place ("جرف الصخر
// (جرف النصر)"). It returns the token after the gloss, or k.
func (a *article) gloss(s *sentence, m *mention, k int) int {
	if k >= len(s.toks) || !s.toks[k].Break || !parenBefore(s, k) {
		return k
	}
	j := k
	if g := s.mentionStarting(k); g != nil && g.id == m.id {
		j = g.t1
		if j < len(s.toks) && !s.toks[j].Break && a.x.rules.Cue(rules.CueFormerName).Has(&s.toks[j]) {
			j++ // "جرف النصر (جرف الصخر سابقاً)"
		}
	} else {
		for j < len(s.toks) && !s.toks[j].Arabic && (j == k || !s.toks[j].Break || !charBefore(s, j, ')')) && j < k+5 {
			j++ // "(Ain al-Asad)": a hyphen inside the gloss is no closing parenthesis
		}
	}
	if j == k || j >= len(s.toks) || !s.toks[j].Arabic || !s.toks[j].Break {
		return k
	}
	return j
}

// withLam reports a word read with the proclitic ل (للجيش).
func withLam(t *arabic.Token) bool {
	if strings.HasSuffix(t.Pre, "ل") {
		return true // لـ"X"
	}
	for _, v := range t.Variants[1:] {
		if strings.HasSuffix(v.Pre, "ل") {
			return true
		}
	}
	return false
}

// withBa reports a word read with the proclitic ب (بريف، بمحافظة).
func withBa(t *arabic.Token) bool {
	for _, v := range t.Variants[1:] {
		if strings.HasSuffix(v.Pre, "ب") {
			return true
		}
	}
	return false
}

// parenBefore reports an opening parenthesis between token k and the one
// before it.
func parenBefore(s *sentence, k int) bool { return charBefore(s, k, '(') }

// charBefore reports rune ch between token k and the one before it.
func charBefore(s *sentence, k int, ch rune) bool {
	if k == 0 {
		return false
	}
	lo, hi, r := s.toks[k-1].End, s.toks[k].Start, 0
	for _, c := range s.Text {
		if r >= hi {
			break
		}
		if r >= lo && c == ch {
			return true
		}
		r++
	}
	return false
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
		for _, m := range s.ments {
			e := a.x.lex.ByID(m.id)
			if e == nil || m.adj || a.region(s, &m) {
				continue
			}
			for _, r := range e.Relations {
				if (r.Type == model.RelPartOf || r.Type == model.RelLocatedIn) && a.partNamed(s, m, r.To) ||
					r.Type == model.RelPartOf && (a.partInName(s, m) || a.wholeInName(m, r.To)) {
					a.relate(m.id, r.Type, r.To, s)
				}
			}
		}
	}
}

// wholeInName reports a lexicon part_of X -> Y whose name, as the text
// used it, ends with a name of Y, bare or after the clitic ل: "المركز
// الإعلامي لقوات سوريا الديمقراطية" names the SDF as well as its office.
func (a *article) wholeInName(m mention, to string) bool {
	e := a.x.lex.ByID(to)
	if e == nil || m.surface == "" || e.Type == model.TypeCity || e.Type == model.TypeCountry {
		return false // "حكومة إقليم كوردستان" governs the region it names
	}
	k := arabic.Key(m.surface)
	for _, n := range e.NameKeys() {
		if endsWithName(k, n) {
			return true
		}
	}
	return false
}

// endsWithName reports key k ending with the whole words of name n after
// at least one word of its own, n standing bare or after the clitic ل.
func endsWithName(k, n string) bool {
	if n == "" || len(n) >= len(k) || !strings.HasSuffix(k, n) {
		return false
	}
	head := k[:len(k)-len(n)]
	return strings.HasSuffix(head, " ") && len(head) > 1 ||
		strings.HasSuffix(head, " ل") && len(head) > len(" ل")
}

// partInName reports a part cue inside the words of mention m: the name
// the text used states the lexicon's part_of itself ("فيلق القدس التابع
// للحرس الثوري" is one alias of the Quds Force).
func (a *article) partInName(s *sentence, m mention) bool {
	part := a.x.rules.Cue(rules.CuePart)
	for k := m.t0 + 1; k < m.t1-1; k++ {
		if part.Match(s.toks, k) > 0 {
			return true
		}
	}
	return false
}

// partNamed reports "X في|من|التابع ل Y" for a lexicon part_of X -> Y: the
// text names the part together with its whole, joined by a preposition, a
// clitic or compass words only ("المثلث الحدودي مع سوريا" names no whole).
// A town a direction away from a state ("الحسكة شمال شرقي سوريا") is
// placed by the direction, not said to be in it.
func (a *article) partNamed(s *sentence, m mention, to string) bool {
	prep := false
	for k := m.t1; k < len(s.toks) && k <= m.t1+3; k++ {
		t := &s.toks[k]
		if t.Break {
			return false
		}
		if n := s.mentionStarting(k); n != nil && !n.adj {
			direction := k > m.t1 && !prep && m.typ == model.TypeCity && n.typ == model.TypeCountry
			return n.id == to && !direction && !strings.HasPrefix(t.Variants[0].Fold, "و")
		}
		if t.Key() != "من" && !a.placeLink(t, &prep) || m.typ == model.TypeCity && a.x.rules.Cue(rules.CueNear).Has(t) {
			return false // "بلدة X قرب مدينة Y" names no whole even when X lies in Y
		}
	}
	return false
}

// groupAnaphorAt reads "الحركة" at token k as the last group named.
func (a *article) groupAnaphorAt(s *sentence, k int) *mention {
	if k >= len(s.toks) || a.x.rules.Cue(rules.CueGroupAnaphora).Match(s.toks, k) == 0 {
		return nil
	}
	id := a.lastGroup(s, k, stem(&s.toks[k]))
	if id == "" {
		return nil
	}
	return &mention{id: id, typ: model.TypeMilitia, t0: k, t1: k + 1}
}

// basedBefore reads the verb-first form "تنتشر في مدينتي X وY مليشيا Z" and
// "Z التي تتخذ من X جنوب Y معقلاً".
func (a *article) basedBefore(s *sentence) {
	for _, c := range a.freeCue(s, rules.CueBasedVerb) {
		places, k := a.placeList(s, c+a.x.rules.Cue(rules.CueBasedVerb).Match(s.toks, c))
		if len(places) == 0 {
			continue
		}
		x := a.firstMention(s, k, k+2, isArmed)
		if x == nil && a.strongholdNear(s, k) {
			x = a.strongholdSubject(s, c)
		}
		if x == nil {
			continue
		}
		for _, p := range places {
			a.relate(x.id, model.RelBasedIn, p, s)
		}
	}
}

// strongholdSubject is the group of "تتخذ من Y معقلاً" at c with no
// subject after the verb: the one the relative clause describes ("X التي
// تتخذ من")، or, for "، ويتخذ من" after a comma, the subject the sentence
// opens with ("ويعد X فصيلاً مدعوماً من Z، ويتخذ من Y مقراً": not Z).
func (a *article) strongholdSubject(s *sentence, c int) *mention {
	if s.toks[c].Break && afterAnd(&s.toks[c]) {
		return a.firstMention(s, 0, 4, isArmed)
	}
	if x := a.subjectBefore(s, c, isArmed); x != nil {
		return x
	}
	return a.lastMention(s, c-6, c, isArmed)
}

// placeList reads the towns or bases named from token k on, after at most a few
// other words ("في مدينتي X وY"), and returns them with the token after.
func (a *article) placeList(s *sentence, k int) ([]string, int) {
	var places []string
	for steps := 0; k < len(s.toks) && steps < 8; steps++ {
		m := s.mentionStarting(k)
		switch {
		case m != nil && isSite(m) && !a.region(s, m): // "ويتخذ من التنف مقراً"
			places = append(places, m.id)
			k = m.t1
		case m == nil && len(places) == 0:
			k++
		default:
			return places, k
		}
	}
	return places, k
}

// strongholdNear reports "معقلاً" within a few words of k in the clause
// ("جرف الصخر جنوب بغداد معقلاً لها").
func (a *article) strongholdNear(s *sentence, k int) bool {
	for j := k; j < len(s.toks) && j < k+5; j++ {
		if j > k && s.toks[j].Break {
			return false
		}
		if a.x.rules.Cue(rules.CueStronghold).Match(s.toks, j) > 0 {
			return true
		}
	}
	return false
}

// parts reads "X التابعة لـY", "X، المنضوية في Y" and "X، أحد فصائل Y"
// between armed groups or bodies: part_of.
func (a *article) parts(s *sentence) {
	for _, c := range a.freeCue(s, rules.CuePart) {
		n := a.x.rules.Cue(rules.CuePart).Match(s.toks, c)
		x := a.partSubject(s, c)
		k := c + n
		if k < len(s.toks) && s.mentionAt(k) == nil {
			k += a.x.rules.Cue(rules.CueSoCalled).Match(s.toks, k) // "من أبرز فصائل ما يعرف بـ«X»"
		}
		y := a.firstMention(s, c+1, k+2, isGroup) // "أحد فصائل الحشد" may be one name
		if y == nil && x != nil && k < len(s.toks) && s.toks[k].HasAny("له", "لها") && !s.toks[k].Break {
			y = a.lastMention(s, 0, x.t0, isArmed) // "تبنى X الهجوم في بيان بثته وكالة Y التابعة له"
		}
		if x != nil && y != nil {
			a.relate(x.id, model.RelPartOf, y.id, s)
		}
	}
}

// within reads "X ضمن Y" with militias named right before and right after
// the word: a group within another ("كتائب حزب الله ضمن هيئة الحشد
// الشعبي"). A state's forces within a coalition, or a deed "ضمن" a series,
// is no part.
func (a *article) within(s *sentence) {
	for _, c := range a.freeCue(s, rules.CueWithin) {
		if c == 0 || c+1 >= len(s.toks) || s.toks[c].Break || s.toks[c+1].Break {
			continue
		}
		x, y := s.mentionAt(c-1), s.mentionStarting(c+1)
		if x == nil || y == nil || x.t1 != c || x.adj || y.adj || x.typ != model.TypeMilitia || y.typ != model.TypeMilitia {
			continue
		}
		a.relate(x.id, model.RelPartOf, y.id, s)
	}
}

// partSubject is the group a part cue at c describes: named right before
// it ("X، أحد فصائل Y"، "X التي تعد من فصائل Y"), or, after "وهي"/"وهو",
// the one militia of the clause before ("اتهم X بالهجوم، وهي أبرز فصائل Y").
func (a *article) partSubject(s *sentence, c int) *mention {
	if x := a.subjectBefore(s, c, isGroup); x != nil {
		return x
	}
	if x := a.oneOfBefore(s, c); x != nil {
		return x
	}
	if x := a.appositionSubject(s, c); x != nil {
		return x // "X، وهي فصيل مسلح منضوٍ ضمن Y"
	}
	j := c - 1
	if j > 0 && s.toks[j].Key() == "من" {
		j-- // "وهي من أبرز فصائل"
	}
	if j <= 0 || !isHeWord(&s.toks[j]) {
		return nil
	}
	if x := a.subjectBefore(s, j, isGroup); x != nil {
		return x
	}
	if !s.toks[j].Break {
		return nil
	}
	return a.soleArmed(s, j)
}

// roleOrg is the body a role word governs: named right after it, or after
// generic words and titles ("زعيم ميليشيا X"، "الناطق باسم القائد العام
// للقوات X"). A body after another noun belongs to that noun: in "رئيس
// المركز الإعلامي لقسد" the person heads the centre, not قسد.
func (a *article) roleOrg(s *sentence, k int) *mention {
	for j := k; j < k+4 && j < len(s.toks); j++ {
		if m := s.mentionStarting(j); m != nil {
			if isBody(m) {
				return m
			}
			return nil
		}
		if n := a.x.rules.Cue(rules.CueSoCalled).Match(s.toks, j); n > 0 && !s.toks[j].Break {
			j += n - 1 // "قائد ما يعرف بـ«قوات X»"
			continue
		}
		t := &s.toks[j]
		if t.Break || !a.genericWord(t) && a.roleAt(s, j) == 0 && !a.x.rules.Cue(rules.CueRoleAdjective).Has(t) && !subOffice(t) {
			return nil
		}
	}
	return nil
}

// subOffice reports an office of a group that speaks for the group:
// "المتحدث باسم المكتب السياسي لـX"، "قائد الجناح العسكري لـX".
func subOffice(t *arabic.Token) bool {
	return definite(t) && (t.Key() == "مكتب" || t.Key() == "جناح")
}

// genericWord reports a word that may stand between a role and its body:
// a generic noun (حركة، جماعة) or a group noun (ميليشيا، فصائل).
func (a *article) genericWord(t *arabic.Token) bool {
	return a.x.rules.Generic[t.Key()] || a.x.groupNoun.Has(t)
}

// personBefore is the person named right before a role set off by a comma:
// "قال X، المتحدث باسم Y" and "X، وهو المتحدث باسم Y". A role after "و"
// starts another person ("X، ونائب رئيس Y Z").
func (a *article) personBefore(s *sentence, i int) *mention {
	if i > 1 && i < len(s.toks) && !s.toks[i].Break && s.toks[i-1].Break && isHeWord(&s.toks[i-1]) {
		i-- // "X، وهو الأمين العام لـY"
	} else if i <= 0 || i >= len(s.toks) || !s.toks[i].Break || afterAnd(&s.toks[i]) {
		return nil
	}
	i = latinGlossStart(s, i)
	if m := s.mentionAt(i - 1); m != nil && m.t1 == i && isPerson(m) {
		return m
	}
	return nil
}

// personAdjacent is the person named right before the role at token i,
// with no comma between them: "هادي العامري زعيم منظمة بدر". It is
// taken over a person named after the body only when a comma parts that
// one from the role (the next item of a list).
func (a *article) personAdjacent(s *sentence, i int) *mention {
	if i <= 0 || i >= len(s.toks) || s.toks[i].Break || afterAnd(&s.toks[i]) {
		return nil
	}
	if m := s.mentionAt(i - 1); m != nil && m.t1 == i && isPerson(m) {
		return m
	}
	return nil
}

// breakIn reports a separator before one of the tokens in [lo, hi).
func breakIn(s *sentence, lo, hi int) bool {
	for k := lo; k < hi && k < len(s.toks); k++ {
		if s.toks[k].Break {
			return true
		}
	}
	return false
}

// latinGlossStart is the first token of a parenthesised Latin gloss that
// ends right before token i ("X (Jonathan Doe) المتحدث"), or i when none.
func latinGlossStart(s *sentence, i int) int {
	j := i
	for j > 0 && j > i-5 && !s.toks[j-1].Arabic {
		j--
		if s.toks[j].Break {
			return j
		}
	}
	return i
}

// opensSentence reports that only a speech verb and discourse words stand
// before token c: "وقال المتحدث باسمها"، "من جهته، قال أمينها العام".
func (a *article) opensSentence(s *sentence, c int) bool {
	if c > 4 {
		return false
	}
	for k := 0; k < c; k++ {
		if s.mentionAt(k) != nil {
			return false
		}
	}
	return c > 0 && a.x.rules.Cue(rules.CueSpeech).Has(&s.toks[c-1])
}

// soleGroupBefore is the one group or body the sentence before s names,
// or nil when it names none or several: a pronoun opening s points back
// to it.
func (a *article) soleGroupBefore(s *sentence) *mention {
	if s.idx == 0 {
		return nil
	}
	var found *mention
	prev := a.sents[s.idx-1]
	for i := range prev.ments {
		m := &prev.ments[i]
		if !isGroup(m) || collectiveMember(m) {
			continue
		}
		if found != nil && found.id != m.id {
			return nil
		}
		found = m
	}
	if found == nil {
		return nil
	}
	return &mention{id: found.id, typ: found.typ}
}

// pronounRoles reads a role whose body is a pronoun for the group named
// before in the sentence: "وأشادت X بالهجوم، وقال أمينها العام Y".
func (a *article) pronounRoles(s *sentence) {
	for _, pr := range []struct{ cue, rel string }{
		{"leader_pronoun", model.RelLeaderOf}, {"spokesperson_pronoun", model.RelSpokespersonOf}, {"member_pronoun", model.RelMemberOf},
	} {
		for _, c := range a.freeCues(s, pr.cue) {
			n := a.x.rules.Cues[pr.cue].Match(s.toks, c)
			org := a.lastMention(s, 0, c, isGroup)
			if org != nil {
				if q := quoteOpenedBefore(s, org.t0, c); q >= 0 {
					org = a.lastMention(s, 0, q, func(m *mention) bool { // "أعلنت X تعليق عملياتها ضد القوات الأمريكية «منعاً لإحراج الحكومة»، في بيان وقعه أمينها العام"
						return isGroup(m) && !(m.t0 > 0 && s.toks[m.t0-1].HasAny("ضد", "علي")) // neither the quote's body nor what she fights is hers
					})
				}
			}
			if org == nil && a.opensSentence(s, c) {
				org = a.soleGroupBefore(s) // "نفت X أي علاقة بالهجوم. وقال المتحدث باسمها Y"
			}
			person := a.firstMention(s, c+n, c+n+2, isPerson)
			if person == nil {
				person = a.personBefore(s, c)
			}
			if org != nil && person != nil {
				a.relate(person.id, pr.rel, org.id, s)
			}
		}
	}
}

// quoteOpenedBefore is the token whose opening quote stands before token
// t0 and closes between t0 and token c, the quoted words beginning before
// t0 («منعاً لإحراج الحكومة العراقية»); -1 when t0 is in no such quote or
// the quote is only the name.
func quoteOpenedBefore(s *sentence, t0, c int) int {
	q := -1
	for k := t0 - 1; k >= 0 && k >= t0-12; k-- {
		if s.toks[k].Quote {
			q = k
			break
		}
	}
	if q < 0 || c >= len(s.toks) {
		return -1
	}
	rs := []rune(s.Text)
	from, mid, to := s.toks[q].End, s.toks[t0].Start, s.toks[c].Start
	if from < 0 || to > len(rs) || from > mid || mid >= to {
		return -1
	}
	const closing = "»\"”"
	if strings.ContainsAny(string(rs[from:mid]), closing) || !strings.ContainsAny(string(rs[mid:to]), closing) {
		return -1 // closed before t0, or still open at c
	}
	return q
}

// isGroup is a body that is not a state: an armed group or an organisation.
func isGroup(m *mention) bool { return isBody(m) && m.typ != model.TypeCountry }

// isSite is a place a group can be based in: a town or a base.
func isSite(m *mention) bool {
	return !m.adj && (m.typ == model.TypeCity || m.typ == model.TypeBase)
}

// subjectBefore is the mention a participle or relative clause at token c
// describes: the one ending right before it, past "التي"/"الذي" and
// country adjectives ("لواء فاطميون الأفغاني المدعوم من"), or a group
// anaphor ("الكتائب المدعومة من").
func (a *article) subjectBefore(s *sentence, c int, ok func(*mention) bool) *mention {
	k := c
	if k > 0 && relativePronoun(&s.toks[k-1]) {
		k--
	}
	k = pastAdjectives(s, k)
	if k == 0 {
		return nil
	}
	if m := s.mentionAt(k - 1); m != nil && m.t1 == k && ok(m) {
		return m
	}
	if g := a.groupAnaphorAt(s, k-1); g != nil && ok(g) {
		return g
	}
	if g := a.demonstrativeGroup(s, k-1); g != nil && ok(g) {
		return g
	}
	return nil
}

// demonstrativeGroup reads "هذه الميليشيات" / "تلك الفصائل" ending at
// token k as the last group named with that noun.
func (a *article) demonstrativeGroup(s *sentence, k int) *mention {
	if k < 1 || s.mentionAt(k) != nil || !a.x.groupNoun.Has(&s.toks[k]) {
		return nil
	}
	switch s.toks[k-1].Key() {
	case "هذه", "تلك", "هذا", "ذلك", "هؤلاء":
	default:
		return nil
	}
	id := a.lastGroup(s, k-1, stem(&s.toks[k]))
	if id == "" {
		return nil
	}
	return &mention{id: id, typ: model.TypeMilitia, t0: k - 1, t1: k + 1}
}

// masculineWhich reports the singular masculine relative pronoun الذي.
func masculineWhich(t *arabic.Token) bool {
	for i := range t.Variants {
		if t.Variants[i].Fold == "الذي" {
			return true
		}
	}
	return false
}

// relativePronoun reports التي، الذي، اللذين، اللتين، الذين (والتي too).
func relativePronoun(t *arabic.Token) bool {
	for i := range t.Variants {
		switch t.Variants[i].Fold {
		case "التي", "الذي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان":
			return true
		}
	}
	return false
}

// backerIn is the first backer named in [lo, hi): a body, or a capital read
// as its state ("المقربة من طهران").
func (a *article) backerIn(s *sentence, lo, hi int) string {
	id, _ := a.backerAt(s, lo, hi)
	return id
}

// backerAt is backerIn with the token after the backer's name.
func (a *article) backerAt(s *sentence, lo, hi int) (string, int) {
	for i := range s.ments {
		m := &s.ments[i]
		if m.t0 < lo || m.t0 >= hi {
			continue
		}
		if isBody(m) || m.adj && m.typ == model.TypeCountry && m.t0 == lo { // "المدعومة إيرانياً"
			return m.id, m.t1
		}
		if m.typ == model.TypeCity && !m.adj {
			if c := a.capitalOf(s, m); c != "" {
				return c, m.t1
			}
			return "", 0
		}
	}
	return "", 0
}

// capitalOf is the state of a capital named by m, or "".
func (a *article) capitalOf(s *sentence, m *mention) string {
	if a.x.lex == nil || a.x.rules.Cue(rules.CueCapital).Match(s.toks, m.t0) != m.t1-m.t0 {
		return ""
	}
	if e := a.x.lex.ByID(m.id); e != nil {
		for _, r := range e.Relations {
			if r.Type == model.RelLocatedIn && strings.HasPrefix(r.To, "country:") && a.ensure(r.To, s) {
				return r.To
			}
		}
	}
	return ""
}

// collectiveBacking reads the backer of a collective actor from its own
// name: "الفصائل الموالية لإيران" is backed by Iran, named in the phrase.
func (a *article) collectiveBacking(s *sentence) {
	for i := range s.ments {
		m := &s.ments[i]
		if m.adj || m.typ != model.TypeMilitia || !strings.HasSuffix(m.id, "-backed-militias") {
			continue
		}
		country := "country:" + strings.TrimSuffix(strings.TrimPrefix(m.id, "militia:"), "-backed-militias")
		b := a.namedBacker(s, m)
		group := a.appositionSubject(s, m.t0)
		if a.ents[country] != nil && group == nil {
			a.relate(m.id, model.RelBackedBy, country, s)
		}
		if b != "" && group == nil {
			// "X، وهي ميليشيا يدعمها Y" describes X: the collective is no
			// group of its own there.
			a.relate(m.id, model.RelBackedBy, b, s)
		}
		umbrella := a.umbrellaBefore(s, m.t0) != nil
		for _, g := range a.examplesAfter(s, m.t1) {
			// "جماعات مدعومة من إيران مثل X وY": each example is backed too,
			// unless the backing describes an umbrella's factions ("X، وهي
			// تسمية لفصائل موالية لإيران أبرزها A"): A is part of X.
			if umbrella {
				break
			}
			if y := firstOf(b, country, a.ents[country] != nil); y != "" {
				a.relate(g, model.RelBackedBy, y, s)
			}
		}
		// "X، وهي تحالف فصائل موالية لطهران": X is backed as its
		// description says, by the body it names if any, else the state.
		if group != nil {
			if b == "" && a.ents[country] != nil {
				b = country
			}
			a.relate(group.id, model.RelBackedBy, b, s)
		}
	}
}

// firstOf is b, or else alt when ok.
func firstOf(b, alt string, ok bool) string {
	if b != "" || !ok {
		return b
	}
	return alt
}

// namedBacker is a body the collective's own name gives as its backer
// ("ميليشيات مدعومة من الحرس الثوري"): the group, besides its state.
func (a *article) namedBacker(s *sentence, m *mention) string {
	cues := a.x.rules.Cue(rules.CueBacking)
	for k := m.t0 + 1; k < m.t1; k++ {
		n := cues.Match(s.toks, k)
		if n == 0 || k+n >= m.t1 {
			continue
		}
		es, w, _ := a.x.lexMatch(s.toks, k+n)
		if w > 0 && k+n+w <= m.t1 && (es[0].Type == model.TypeMilitia || es[0].Type == model.TypeOrganization) && a.ensure(es[0].ID, s) {
			return es[0].ID
		}
		return ""
	}
	return ""
}

// basedAfterVerb reads a verb, its armed subject, then where it is: "وتنتشر
// X في مدينة Y"، "وتتخذ X من بلدة Y معقلاً لها" (the last wants the
// stronghold word).
func (a *article) basedAfterVerb(s *sentence) {
	for _, cue := range []string{"based_vso", "takes_vso"} {
		for _, c := range a.freeCues(s, cue) {
			n := a.x.rules.Cues[cue].Match(s.toks, c)
			resumptive := c+n < len(s.toks) && a.x.rules.Cue(rules.CueBasedResumptive).Has(&s.toks[c+n])
			if resumptive && cue == "based_vso" && a.clauseStart(s, c) {
				a.deployedIn(s, c, c+n+1)
				continue
			}
			x, after := a.firstMention(s, c+n, c+n+2, isArmed), 0
			if x == nil {
				x, after = a.partitiveSubject(s, c, c+n)
			}
			if x == nil {
				continue
			}
			if resumptive {
				// "قاعدة X التي تتمركز فيها قوات Y" describes the base, and
				// annotators do not read it as Y based_in X; the place after
				// it ("في ريف Y") is where the base is, not the force.
				continue
			}
			if after == 0 {
				after = x.t1
			}
			p := a.placeAfter(s, after)
			if p == nil || cue == "takes_vso" && len(a.x.rules.Cue(rules.CueStronghold).Find(s.toks, p.t1, p.t1+6)) == 0 {
				continue
			}
			a.relate(x.id, model.RelBasedIn, p.id, s)
		}
	}
}

// clauseStart reports a verb at c that opens a main clause with "و".
// "قاعدة تنتشر فيها قوات Y"، "مناطق، تنتشر فيها X" and "التي تنتشر فيها"
// are relative clauses of the noun before.
func (a *article) clauseStart(s *sentence, c int) bool {
	return c > 0 && !relativePronoun(&s.toks[c-1]) && afterAnd(&s.toks[c])
}

// deployedIn reads a main clause "، وتنتشر فيه قوات Y وعناصر من X" after
// a base named in the sentence: the groups are based in that base. (The
// relative "التي تنتشر فيها قوات Y" only describes the base.) The verb is
// at c and the groups are read from k to the end of the clause.
func (a *article) deployedIn(s *sentence, c, k int) {
	isBase := func(m *mention) bool { return m.typ == model.TypeBase && !m.adj }
	b := a.lastMention(s, 0, c, isBase)
	if b == nil {
		return
	}
	for ; k < len(s.toks) && k < c+12 && !s.toks[k].Break; k++ {
		if m := s.mentionStarting(k); m != nil {
			if isArmed(m) {
				a.relate(m.id, model.RelBasedIn, b.id, s)
			}
			k = m.t1 - 1
			continue
		}
		if n := a.x.rules.Cue(rules.CueMembers).Match(s.toks, k); n > 0 && k+n < len(s.toks) && s.toks[k+n].Key() == "من" {
			for _, x := range a.armedList(s, k+n+1) {
				a.relate(x, model.RelBasedIn, b.id, s)
			}
			return
		}
	}
}

// placeAfter is the town or base after "في"/"من" within a few words of k
// ("منذ سنوات في مدينة X"), in the same clause.
func (a *article) placeAfter(s *sentence, k int) *mention {
	prep := false
	for steps := 0; k < len(s.toks) && steps < 5; steps++ {
		t := &s.toks[k]
		if t.Break {
			return nil
		}
		if m := s.mentionStarting(k); m != nil {
			if isSite(m) && (prep || clitic(t, m)) && !a.region(s, m) {
				return m
			}
			return nil
		}
		if key := t.Key(); key == "في" || key == "من" {
			prep = true
		}
		k++
	}
	return nil
}

// strongholdOf reads "Y، معقل X" and "Y، وهي معقل X": X is based in Y.
func (a *article) strongholdOf(s *sentence) {
	for _, c := range a.freeCue(s, rules.CueStrongholdNoun) {
		x := a.firstMention(s, c+1, c+2, isArmed)
		if x == nil {
			continue
		}
		k := c
		if k > 0 && isHeWord(&s.toks[k-1]) {
			k--
		}
		if k == 0 || !s.toks[k].Break {
			continue
		}
		if p := s.mentionAt(k - 1); p != nil && p.t1 == k && isSite(p) {
			a.relate(x.id, model.RelBasedIn, p.id, s)
		}
	}
}

// isHeWord reports the pronoun of an apposition: هي، هو (وهي، وهو).
func isHeWord(t *arabic.Token) bool {
	f := t.Variants[0].Fold
	return f == "هي" || f == "هو" || f == "وهي" || f == "وهو"
}

// afterAnd reports a word read with the conjunction و.
func afterAnd(t *arabic.Token) bool {
	if strings.HasPrefix(t.Pre, "و") {
		return true // و"X": the conjunction written apart, before a quote
	}
	for _, v := range t.Variants[1:] {
		if strings.HasPrefix(v.Pre, "و") {
			return true
		}
	}
	return false
}

// ministers reads "وزير الدفاع الأمريكي، X" and "رئيس الوزراء العراقي X":
// X leads the body the lexicon names "وزارة الدفاع الأمريكية" (البنتاغون)
// or "الحكومة العراقية". The article must name that body itself: a title
// alone does not put the body in the story.
func (a *article) ministers(s *sentence) {
	for _, cue := range []string{"minister", "premier"} {
		for _, c := range a.freeCues(s, cue) {
			org, k := a.ministry(s, c+a.x.rules.Cues[cue].Match(s.toks, c), cue == "minister")
			if org == "" && cue == "minister" {
				org, k = a.bareMinistry(s, c+1)
			}
			if org == "" && cue == "minister" {
				if p, _ := a.ministerIn(s, c); p == nil {
					a.regionMinister(s, c)
				}
				continue
			}
			if org == "" || a.ents[org] == nil {
				continue
			}
			person := a.firstMention(s, k, k+1, isPerson) // "وزير الدفاع الأمريكي، X" too
			if person == nil {
				person = a.personBefore(s, c) // "X، وزير الدفاع الأمريكي"
			}
			if person != nil {
				if !a.leadsElsewhere(person.id, org) {
					a.relate(person.id, model.RelLeaderOf, org, s)
				}
			} else if cue == "minister" {
				// "وزير الداخلية في الحكومة السورية X" with "وزارة الداخلية السورية" named elsewhere
				p, gov := a.ministerIn(s, c)
				if p != nil && !a.otherStateBefore(s, c, org) && a.x.homeCountry(gov.id) == a.x.homeCountry(org) {
					a.relate(p.id, model.RelLeaderOf, org, s) // not the Turkish ministry for a Syrian government's minister
				}
			}
		}
	}
}

// bareMinistry reads "وزير الدفاع X" with no state adjective: the
// minister heads the one ministry of that domain the article names
// ("وزارة الدفاع التركية"). It returns the body and the token after the
// domain.
func (a *article) bareMinistry(s *sentence, k int) (string, int) {
	if k >= len(s.toks) || s.toks[k].Break || s.mentionAt(k) != nil {
		return "", k
	}
	prefix := "وزاره " + s.toks[k].Key()
	if id := a.articleBody(prefix); id != "" {
		if a.otherStateBefore(s, k-1, id) {
			return "", k + 1 // "أعلن الجيش الإسرائيلي ...، وقال وزير الدفاع X": not the Syrian ministry named earlier
		}
		return id, k + 1
	}
	return a.sentenceBody(s, prefix), k + 1 // "أكدت وزارة الدفاع العراقية ...، فيما قال وزير الدفاع X"
}

// leadsElsewhere reports a person the lexicon makes the leader of a body
// of another state than org's: "وزير الخارجية X" is not the Syrian
// minister because the article names the Syrian ministry.
func (a *article) leadsElsewhere(person, org string) bool {
	e := a.x.lex.ByID(person)
	if e == nil {
		return false
	}
	home := a.x.homeCountry(org)
	for _, r := range e.Relations {
		if r.Type == model.RelLeaderOf && r.To != org {
			if h := a.x.homeCountry(r.To); h != "" && home != "" && h != home {
				return true
			}
		}
	}
	return false
}

// otherStateBefore reports that the last state body named before token c
// in the sentence (an army, a ministry, a state) belongs to another state
// than body id: the minister of that clause serves that other state.
func (a *article) otherStateBefore(s *sentence, c int, id string) bool {
	home := a.x.homeCountry(id)
	if home == "" {
		return false
	}
	for i := len(s.ments) - 1; i >= 0; i-- {
		m := &s.ments[i]
		if m.t1 > c || m.typ == model.TypeCity || m.typ == model.TypeBase || isPerson(m) {
			continue
		}
		st := m.id
		if m.typ != model.TypeCountry {
			st = a.x.homeCountry(m.id)
		}
		if st != "" {
			return st != home
		}
	}
	return false
}

// ministerIn reads "وزير الداخلية في الحكومة السورية X": a minister whose
// ministry is not named serves in the government named after "في".
func (a *article) ministerIn(s *sentence, c int) (person, gov *mention) {
	k := c + 2
	if k+1 >= len(s.toks) || s.toks[c+1].Break || s.mentionAt(c+1) != nil || s.toks[k].Key() != "في" || s.toks[k+1].Break {
		return nil, nil
	}
	gov = s.mentionStarting(k + 1)
	if gov == nil || gov.typ != model.TypeOrganization || gov.adj {
		return nil, nil
	}
	j := gov.t1
	for steps := 0; j < len(s.toks) && steps < 2 && !s.toks[j].Break && s.mentionAt(j) == nil &&
		a.x.rules.Cue(rules.CueGovernmentAdjective).Has(&s.toks[j]); steps++ {
		j++ // "في الحكومة السورية الانتقالية X"
	}
	person = a.firstMention(s, j, j+1, isPerson)
	if person == nil && c > 0 && s.toks[c].Break {
		if m := s.mentionAt(c - 1); m != nil && m.t1 == c && isPerson(m) {
			person = m // "X، وزير الدفاع في الحكومة Y": the و of وزير is no conjunction
		}
	}
	if person != nil {
		a.relate(person.id, model.RelMemberOf, gov.id, s)
	}
	return person, gov
}

// sentenceBody is the one organisation named in s some name of which
// starts with the key prefix, or "" when none or several are.
func (a *article) sentenceBody(s *sentence, prefix string) string {
	found := ""
	for i := range s.ments {
		m := &s.ments[i]
		if m.adj || m.typ != model.TypeOrganization || m.id == found || !a.bodyNamed(m.id, prefix) {
			continue
		}
		if found != "" {
			return ""
		}
		found = m.id
	}
	return found
}

// houses reads "رئيس البرلمان X" and "رئيس مجلس النواب X": X leads the
// one body of that name the article names ("مجلس النواب العراقي").
func (a *article) houses(s *sentence) {
	for _, c := range a.freeCue(s, rules.CueHouseHead) {
		n := a.x.rules.Cue(rules.CueHouseHead).Match(s.toks, c)
		words := make([]string, 0, n-1)
		for k := c + 1; k < c+n; k++ {
			words = append(words, s.toks[k].Key())
		}
		org := a.articleBody(strings.Join(words, " "))
		if org == "" {
			continue
		}
		person := a.firstMention(s, c+n, c+n+1, isPerson)
		if person == nil {
			person = a.personBefore(s, c)
		}
		if person != nil {
			a.relate(person.id, model.RelLeaderOf, org, s)
		}
	}
}

// articleBody is the one organisation of the article some name of which
// starts with the key prefix, or "" when none or several do.
func (a *article) articleBody(prefix string) string {
	if a.x.lex == nil || prefix == "" {
		return ""
	}
	found := ""
	for id, e := range a.ents {
		if e.Type != model.TypeOrganization || id == found || !a.bodyNamed(id, prefix) {
			continue
		}
		if found != "" {
			return ""
		}
		found = id
	}
	return found
}

// bodyNamed reports a lexicon name of id whose key starts with prefix as
// whole words.
func (a *article) bodyNamed(id, prefix string) bool {
	e := a.x.lex.ByID(id)
	if e == nil {
		return false
	}
	for i := -1; i < len(e.Aliases); i++ {
		name := e.Name
		if i >= 0 {
			name = e.Aliases[i]
		}
		if k := arabic.Key(name); k == prefix || strings.HasPrefix(k, prefix+" ") {
			return true
		}
	}
	return false
}

// ministry is the lexicon body a title in construct heads, and the token
// after the title: "وزارة D A" for a minister's "D A" (the state
// adjective put in the feminine), "الحكومة A" for a premier's "A".
func (a *article) ministry(s *sentence, k int, domain bool) (string, int) {
	name := "حكومه "
	if domain {
		if k >= len(s.toks) || s.toks[k].Break {
			return "", k
		}
		name, k = "وزاره "+s.toks[k].Key()+" ", k+1
	}
	if a.x.lex == nil || k >= len(s.toks) || s.toks[k].Break || a.x.adjective(&s.toks[k]) == nil {
		return "", k
	}
	adj := s.toks[k].Key()
	if !strings.HasSuffix(adj, "ه") {
		adj += "ه"
	}
	for _, e := range a.x.lex.Lookup(name + adj) {
		if e.Type == model.TypeOrganization {
			return e.ID, k + 1
		}
	}
	return "", k
}

// sitesOf reads a group's site and where it is: "مقراً لمليشيا X في حي A
// بمدينة B" (X based_in B: a quarter is read as its town), "مستودعاً
// تستخدمه X في بادية Y", "مواقع X في بلدة Y".
func (a *article) sitesOf(s *sentence) {
	for _, c := range a.freeCue(s, rules.CueSiteNoun) {
		if a.struckSiteNoun(s, c) {
			continue
		}
		k := c + a.x.rules.Cue(rules.CueSiteNoun).Match(s.toks, c)
		for steps := 0; steps < 3 && k < len(s.toks) && !s.toks[k].Break && s.mentionAt(k) == nil; steps++ {
			n := a.x.rules.Cue(rules.CueSiteLink).Match(s.toks, k)
			if n == 0 && a.x.groupNoun.Has(&s.toks[k]) {
				n = 1
			}
			if n == 0 {
				break
			}
			k += n
		}
		x := s.mentionStarting(k)
		if x == nil || !isArmed(x) || s.toks[k].Break {
			continue
		}
		p := a.siteAt(s, a.pastAdjectives(s, x.t1))
		if p == nil {
			continue
		}
		a.siteRelations(s, x.id, p)
	}
}

// siteRelations places group g in the site p and the sites listed after
// it; a quarter stands for the town around it.
func (a *article) siteRelations(s *sentence, g string, p *mention) {
	if a.x.rules.Cue(rules.CueQuarter).Has(&s.toks[p.t0]) {
		if n := a.container(s, p); n != nil && n.typ == model.TypeCity && !a.region(s, n) {
			a.relate(g, model.RelBasedIn, n.id, s) // "في حي A بمدينة B"
		}
		return
	}
	for ; p != nil && isSite(p); p = a.nextInList(s, p) {
		a.relate(g, model.RelBasedIn, p.id, s) // "في مدينتي A وB"
	}
}

// struckSiteNoun reports that the plain site noun at token c is what a
// strike hit ("غارات على مواقع تابعة لـX في Y", "ضربات على منشآت لـX"):
// struck "sites" say where the striker aimed, not where X is based. A
// struck headquarters or depot ("استهدفت مقراً لـX في مدينة Y") still
// places X: annotators read it as based_in.
func (a *article) struckSiteNoun(s *sentence, c int) bool {
	depot := a.x.rules.Cue(rules.CueSiteDepot).Has(&s.toks[c]) && c+1 < len(s.toks) &&
		s.mentionStarting(c+1) != nil && withLam(&s.toks[c+1]) // "مستودعات لكتائب حزب الله"
	if !depot && !a.x.rules.Cue(rules.CueSitePlain).Has(&s.toks[c]) {
		return false
	}
	strike, noun, now := a.x.rules.Cue(rules.CueStrike), a.x.rules.Cue(rules.CueStrikeNoun), a.x.rules.Cue(rules.CueStrikeNow)
	for j := c; j > 0 && c-j < 16; j-- {
		if s.toks[j].Break {
			return false
		}
		if t := &s.toks[j-1]; strike.Has(t) || noun.Has(t) || now.Has(t) {
			return true
		}
	}
	return false
}

// pastAdjectives is the first token from k on that is no state adjective
// ("لواء فاطميون الأفغانية في").
func (a *article) pastAdjectives(s *sentence, k int) int {
	for k < len(s.toks) && !s.toks[k].Break {
		if m := s.mentionStarting(k); m != nil && m.adj {
			k = m.t1
			continue
		}
		if a.x.adjective(&s.toks[k]) == nil {
			break
		}
		k++
	}
	return k
}

// siteAt is the town right after "في"/"بـ" at token k, or nil: a desert
// named after a town ("بادية Y") is taken as named; a direction, a
// countryside or a river is no site.
func (a *article) siteAt(s *sentence, k int) *mention {
	if k >= len(s.toks) || s.toks[k].Break {
		return nil
	}
	m := s.mentionStarting(k)
	if m == nil && s.toks[k].Key() == "في" {
		k++
		m = s.mentionStarting(k)
	} else if m != nil && !clitic(&s.toks[k], m) {
		return nil
	}
	if m == nil || m.adj || !isSite(m) || s.toks[k].Break {
		return nil
	}
	head := &s.toks[m.t0]
	if a.x.rules.Cue(rules.CueCompass).Has(head) || a.x.rules.Cue(rules.CueWater).Has(head) {
		// "في شرق سوريا" names no site, and annotators leave "مواقع X في
		// ريف Y" (a countryside, not a town) out of based_in.
		return nil
	}
	return m
}

// appositionSubject is the group a described apposition at token c
// belongs to: "X، وهي تحالف فصائل مسلحة موالية لطهران".
func (a *article) appositionSubject(s *sentence, c int) *mention {
	j := a.appositionStart(s, c)
	if j < 0 {
		return nil
	}
	if m := s.mentionAt(j - 1); m != nil && m.t1 == j && isArmed(m) && m.typ == model.TypeMilitia {
		return m
	}
	return a.soleArmed(s, j) // "جماعة مسلحة" describes no state's forces
}

// appositionStart is the token of "وهي"/"وهو" that opens the described
// apposition ending at token c, or -1.
func (a *article) appositionStart(s *sentence, c int) int {
	j := c - 1
	for steps := 0; j > 0 && steps < 5 && !isHeWord(&s.toks[j]); steps++ {
		t := &s.toks[j]
		if t.Break || s.mentionAt(j) != nil || !a.genericWord(t) && !a.x.rules.Cue(rules.CueGroupAdjective).Has(t) &&
			!a.x.rules.Cue(rules.CueAlliance).Has(t) && !descriptionFiller(t) {
			return -1
		}
		j--
	}
	if j <= 0 || !isHeWord(&s.toks[j]) || !s.toks[j].Break && !a.copulaAfterGroup(s, j) {
		return -1
	}
	return j
}

// descriptionFiller reports a word inside a described apposition that
// leaves the group it describes the same: a verb of containing ("مظلة
// تضم فصائل") or a quantifier of its members ("فصائل غالبيتها شيعية").
func descriptionFiller(t *arabic.Token) bool {
	switch t.Key() {
	case "تضم", "يضم", "تشمل", "يشمل", "غالبيتها", "معظمها", "اغلبها", "جميعها":
		return true
	}
	return false
}

// copulaAfterGroup reports "هي"/"هو" at token j right after a militia's
// name: "إن «X» هي واجهة تجمع ..." describes X as an apposition does.
func (a *article) copulaAfterGroup(s *sentence, j int) bool {
	m := s.mentionAt(j - 1)
	f := s.toks[j].Variants[0].Fold
	return m != nil && m.t1 == j && isArmed(m) && m.typ == model.TypeMilitia && (f == "هي" || f == "هو")
}

// soleArmed is the one militia the clause before token j names: "وتبنت
// X الهجوم، وهي جماعة ..." and "أن X هي من نفذت الهجوم، وهي ميليشيا ...".
// With two groups in the clause the apposition could describe either.
func (a *article) soleArmed(s *sentence, j int) *mention {
	var x *mention
	for k := j - 1; k >= 0; k-- {
		if m := s.mentionAt(k); m != nil {
			if isArmed(m) && m.typ == model.TypeMilitia { // a state's forces are no "جماعة"
				if x != nil && x.id != m.id {
					return nil
				}
				x = m
			}
			k = m.t0
			continue
		}
		if a.thatClause(s, k, k+1) {
			break
		}
	}
	return x
}

// thatClause reports "إن"/"أن" or a verb of speech in [lo, hi): a new
// clause whose subject is not the mention before it.
func (a *article) thatClause(s *sentence, lo, hi int) bool {
	for k := lo; k < hi && k < len(s.toks); k++ {
		switch s.toks[k].Key() {
		case "ان", "انه", "انها", "بان":
			return true
		}
		if a.x.rules.Cue(rules.CueSpeech).Has(&s.toks[k]) {
			return true
		}
	}
	return false
}

// partitiveSubject reads "X، الذي تتمركز مجموعات منه في Y": the verb at c
// has members of the group the relative clause describes as its subject.
// It returns the group and the token after "منه".
func (a *article) partitiveSubject(s *sentence, c, k int) (*mention, int) {
	if k+1 >= len(s.toks) || a.x.rules.Cue(rules.CueMembers).Match(s.toks, k) == 0 {
		return nil, 0
	}
	switch s.toks[k+1].Key() {
	case "منه", "منها", "منهم", "له", "لها":
	default:
		return nil, 0
	}
	if c == 0 || !relativePronoun(&s.toks[c-1]) {
		return nil, 0
	}
	return a.subjectBefore(s, c, isArmed), k + 2
}

// amongSites reads "مواقع في ريف Y، بينها مطار X ومطار Z": the bases
// listed after the area are in it.
func (a *article) amongSites(s *sentence) {
	for _, c := range a.freeCue(s, rules.CueAmong) {
		if !s.toks[c].Break || c == 0 {
			continue
		}
		area := s.mentionAt(c - 1)
		if area == nil || area.t1 != c || area.adj || area.typ != model.TypeCity || a.region(s, area) || !a.placeGoverned(s, area) {
			continue
		}
		k := c + a.x.rules.Cue(rules.CueAmong).Match(s.toks, c)
		for m := s.mentionStarting(k); m != nil && m.typ == model.TypeBase && !m.adj; m = a.nextInList(s, m) {
			a.relate(m.id, model.RelLocatedIn, area.id, s)
		}
	}
}

// placeGoverned reports a place read after "في" or "بـ", past compass
// words: "في ريف Y"، "بريف Y"، "في شرق Y".
func (a *article) placeGoverned(s *sentence, m *mention) bool {
	if clitic(&s.toks[m.t0], m) || withBa(&s.toks[m.t0]) {
		return true
	}
	for k := m.t0 - 1; k >= 0 && k >= m.t0-3; k-- {
		t := &s.toks[k]
		if t.Key() == "في" || withBa(t) {
			return true
		}
		if t.Break || !a.x.rules.Cue(rules.CueCompass).Has(t) {
			return false
		}
	}
	return false
}

// baseDescribed reads a copula that describes a base as a force's site:
// "وتعد قاعدة X، الواقعة قرب Y، أكبر مواقع انتشار القوات الروسية" and
// "مطار X، الذي يعد أكبر مواقع انتشار القوات الروسية".
func (a *article) baseDescribed(s *sentence) {
	isBase := func(m *mention) bool { return m.typ == model.TypeBase && !m.adj }
	for _, c := range a.freeCue(s, rules.CueIsOne) {
		b := a.firstMention(s, c+1, c+3, isBase)
		if b == nil && c > 1 && relativePronoun(&s.toks[c-1]) && s.toks[c-1].Break {
			masc := masculineWhich(&s.toks[c-1])
			if m := s.mentionAt(c - 2); m != nil && m.t1 == c-1 && (isBase(m) || !masc && isSite(m) && !a.region(s, m)) {
				b = m // "مطار X، الذي يعد أكبر مواقع انتشار"، "مدينة Y، التي تحولت إلى معقل لـZ"
			} else if masc {
				// "مطار X قرب مدينة Y، الذي تحول إلى قاعدة لـZ": the masculine
				// pronoun passes over the town (مدينة) to the airfield.
				b = a.lastMention(s, 0, c-1, isBase)
			}
		}
		if b == nil {
			continue
		}
		lo := max(b.t1, c)
		for _, d := range a.x.rules.Cue(rules.CueDeploySite).Find(s.toks, lo, lo+14) {
			if s.mentionAt(d) != nil {
				continue
			}
			x := a.firstMention(s, d, d+a.x.rules.Cue(rules.CueDeploySite).Match(s.toks, d)+2, isArmed)
			if x != nil && !a.baseBetween(s, b.t1, x.t0) {
				a.relate(x.id, model.RelBasedIn, b.id, s)
			}
			break
		}
	}
}

// hosts reads a base that hosts members of groups: "إذ يضم عناصر من X
// وY، إلى جانب خبراء من Z" after the base is named in the sentence.
func (a *article) hosts(s *sentence) {
	for _, c := range a.freeCue(s, rules.CueHosts) {
		isBase := func(m *mention) bool { return m.typ == model.TypeBase && !m.adj }
		b := a.firstMention(s, c+1, c+2, isBase) // "إذ يضم مطار X عناصر من Y"
		if b == nil {
			b = a.lastMention(s, 0, c, isBase)
		}
		if b == nil || c > 0 && relativePronoun(&s.toks[c-1]) {
			// "قاعدة X، التي تضم مستشارين من Y" describes the base, as
			// "التي تتمركز فيها قوات Y" does: annotators read no based_in.
			continue
		}
		for k := max(c+1, b.t1); k < len(s.toks) && k < c+30; k++ {
			if m := s.mentionStarting(k); m != nil && m.typ == model.TypeBase {
				break // another base: its own members
			}
			n := a.x.rules.Cue(rules.CueMembers).Match(s.toks, k)
			if n == 0 || k+n >= len(s.toks) || s.toks[k+n].Key() != "من" {
				continue
			}
			for _, x := range a.armedList(s, k+n+1) {
				a.relate(x, model.RelBasedIn, b.id, s)
			}
		}
	}
}

// armedList is the armed groups named from token k on, joined by "و".
func (a *article) armedList(s *sentence, k int) []string {
	var out []string
	for m := s.mentionStarting(k); m != nil && isArmed(m); {
		out = append(out, m.id)
		if m = a.nextInList(s, m); m == nil {
			break
		}
	}
	return out
}

// nextInList is the mention after m joined to it by "و" ("X وY"، "X
// و"Y"") past state adjectives, or nil.
func (a *article) nextInList(s *sentence, m *mention) *mention {
	k := a.pastAdjectives(s, m.t1)
	if k >= len(s.toks) || s.toks[k].Break {
		return nil
	}
	if s.toks[k].Key() == "و" && k+1 < len(s.toks) && !s.toks[k+1].Break {
		return s.mentionStarting(k + 1)
	}
	if afterAnd(&s.toks[k]) {
		return s.mentionStarting(k)
	}
	return nil
}

// baseBetween reports a base named in [lo, hi).
func (a *article) baseBetween(s *sentence, lo, hi int) bool {
	return a.firstMention(s, lo, hi, func(m *mention) bool { return m.typ == model.TypeBase }) != nil
}

// takenAsSite reads a site followed by "الذي تتخذه X مقراً": X is based
// in the site, named ("مطار Y، الذي تتخذه") or a base anaphor ("المطار").
func (a *article) takenAsSite(s *sentence) {
	for _, c := range a.freeCue(s, rules.CueTakesIt) {
		if c < 2 || !relativePronoun(&s.toks[c-1]) {
			continue
		}
		x := a.firstMention(s, c+1, c+2, isArmed)
		if x == nil || !a.strongholdNear(s, a.pastAdjectives(s, x.t1)) {
			continue
		}
		site := ""
		if p := s.mentionAt(c - 2); p != nil && p.t1 == c-1 && isSite(p) && !a.region(s, p) {
			site = p.id
		} else if s.mentionAt(c-2) == nil && a.baseAnaphor(s, c-2) {
			site = a.lastBase(s, c-2)
		}
		if site != "" {
			a.relate(x.id, model.RelBasedIn, site, s)
		}
	}
}

// anaphorLocated reads "القاعدة، الواقعة في محافظة Y": the base told of
// last lies in Y. Only the explicit "الواقعة"/"التي تقع" form is read, as
// a bare "القاعدة في Y" may name another site.
func (a *article) anaphorLocated(s *sentence) {
	for i := 0; i+1 < len(s.toks); i++ {
		next := &s.toks[i+1]
		if s.mentionAt(i) != nil || !next.Break || !a.x.rules.Cue(rules.CueLies).Has(next) && !relativePronoun(next) ||
			!a.baseAnaphor(s, i) {
			continue
		}
		id := a.lastBase(s, i)
		if id == "" {
			continue
		}
		m := &mention{id: id, typ: model.TypeBase, t0: i, t1: i + 1}
		if n := a.container(s, m); n != nil && a.placeFits(s, m, n) {
			a.relate(id, model.RelLocatedIn, n.id, s)
		}
	}
}

// isRole reports a relation from a person to the body it serves.
func isRole(typ string) bool {
	return typ == model.RelLeaderOf || typ == model.RelMemberOf || typ == model.RelSpokespersonOf
}

// bodyInContext is the body a role of person serves when the text names
// it only by a short form the lexicon gives one state's body (مجلس النواب
// for the US House): when the person, or else the places of the article,
// belong to another state, it is that state's body whose full name starts
// with the short form (مجلس النواب العراقي), or "" when the lexicon has none.
func (a *article) bodyInContext(person, body string) string {
	lx := a.x.lex
	if lx == nil || body == "" {
		return body
	}
	e := lx.ByID(body)
	if e == nil || len(e.WeakAliases) == 0 || a.strongNamed(e) {
		return body
	}
	home := a.x.homeCountry(body)
	ctx := a.x.homeCountry(person)
	if ctx == "" {
		ctx = a.placesCountry()
	}
	if home == "" || ctx == "" || ctx == home {
		return body
	}
	if alt := a.x.namesakeIn(e, ctx); alt != "" {
		return alt
	}
	return body // no namesake in that state: the body the mention named
}

// strongNamed reports that the article names e by a full name, not only by
// a weak alias.
func (a *article) strongNamed(e *lexicon.Entry) bool {
	weak := map[string]bool{}
	for _, w := range e.WeakAliases {
		weak[arabic.Key(w)] = true
	}
	for sur := range a.aliases[e.ID] {
		if !weak[arabic.Key(sur)] {
			return true
		}
	}
	return false
}

// namesakeIn is the body of state ctx, of e's type, one of whose names
// starts with a weak alias of e: "مجلس النواب" -> "مجلس النواب العراقي".
func (x *Extractor) namesakeIn(e *lexicon.Entry, ctx string) string {
	for _, w := range e.WeakAliases {
		prefix := arabic.Key(w) + " "
		for _, o := range x.lex.Entries() {
			if o.Type != e.Type || o.ID == e.ID || x.homeCountry(o.ID) != ctx {
				continue
			}
			for _, n := range o.Names() {
				if strings.HasPrefix(arabic.Key(n), prefix) {
					return o.ID
				}
			}
		}
	}
	return ""
}

// homeCountry is the state an entry of the lexicon belongs to, following its
// part_of, located_in and role relations (a minister -> his ministry -> the
// state) for a few hops.
func (x *Extractor) homeCountry(id string) string {
	return x.stateOf(id, 5, func(typ string) bool {
		return typ == model.RelPartOf || typ == model.RelLocatedIn || isRole(typ)
	})
}

// placesCountry is the state most of the article's bases and towns lie in,
// or "" on a tie or when none is known.
func (a *article) placesCountry() string {
	count := map[string]int{}
	for id, e := range a.ents {
		if e.Type == model.TypeBase || e.Type == model.TypeCity {
			if c := a.x.homeCountry(id); c != "" {
				count[c]++
			}
		}
	}
	best, n, tie := "", 0, false
	for c, k := range count {
		switch {
		case k > n:
			best, n, tie = c, k, false
		case k == n:
			tie = true
		}
	}
	if tie {
		return ""
	}
	return best
}

// umbrellaExamples reads an umbrella described by a word of gathering and
// then given examples of its factions: "X، وهي ائتلاف لجماعات شيعية بينها
// A وB"، "X إطار يجمع طيفاً من الفصائل، من بينها A"، "وتتألف X من فصائل
// عدة، منها A". The examples are part_of X. Examples of anything
// but factions, or factions no umbrella word describes, give nothing.
func (a *article) umbrellaExamples(s *sentence) {
	for _, c := range a.freeCue(s, rules.CueSuchAs) {
		members := a.militiaList(s, c+a.x.rules.Cue(rules.CueSuchAs).Match(s.toks, c))
		if len(members) == 0 {
			continue
		}
		if x := a.factionsOf(s, c); x != nil {
			for _, g := range members {
				a.relate(g, model.RelPartOf, x.id, s)
			}
			continue
		}
		head := a.factionHead(s, c)
		if head < 0 {
			continue
		}
		if x := a.umbrellaBefore(s, head); x != nil {
			for _, g := range members {
				a.relate(g, model.RelPartOf, x.id, s)
			}
		}
	}
}

// factionsOf is the umbrella X of "فصائل (في|من|ضمن) X، بينها Y": the
// militia named right before the examples cue at c, after a faction noun
// and at most one preposition, or nil.
func (a *article) factionsOf(s *sentence, c int) *mention {
	x := s.mentionAt(c - 1)
	if x == nil || x.t1 != c || x.typ != model.TypeMilitia || x.adj || collectiveMember(x) {
		return nil
	}
	j := x.t0 - 1
	if j >= 0 && !s.toks[j].Break && a.x.rules.Cue(rules.CueFactionOf).Has(&s.toks[j]) {
		j--
	}
	if j < 0 || s.toks[j].Break || !a.x.groupNoun.Has(&s.toks[j]) {
		return nil
	}
	return x
}

// militiaList is armedList without states' forces or collective actors.
func (a *article) militiaList(s *sentence, k int) []string {
	var out []string
	for _, id := range a.armedList(s, k) {
		if strings.HasPrefix(id, "militia:") && !strings.HasSuffix(id, "-backed-militias") {
			out = append(out, id)
		}
	}
	return out
}

// factionHead is the token of the faction noun ("فصائل"، "الفصائل") or the
// start of the collective actor that the examples cue at c gives examples
// of, at most three words before it ("فصائل مسلحة، بينها"), or -1.
func (a *article) factionHead(s *sentence, c int) int {
	for j := c - 1; j >= 0 && j >= c-3; j-- {
		if m := s.mentionAt(j); m != nil {
			if collectiveMember(m) {
				return m.t0
			}
			return -1
		}
		if a.x.groupNoun.Has(&s.toks[j]) {
			return j
		}
	}
	return -1
}

// umbrellaBefore is the militia an umbrella description ending at the
// faction noun at head describes: named right before the description
// ("X إطار يجمع"، "X، التي تشكل مظلة لـ"), before "وهي" ("X، وهي ائتلاف")
// or right after a verb of gathering ("ويضم ائتلاف X فصائل"). The words
// between must hold an umbrella word and no other name or new clause.
func (a *article) umbrellaBefore(s *sentence, head int) *mention {
	word := false
	for j := head - 1; j >= 0 && j >= head-8; j-- {
		if m := s.mentionAt(j); m != nil {
			ok := m.typ == model.TypeMilitia && !m.adj && !collectiveMember(m)
			if ok && (word || a.umbrellaWordIn(s, m.t0-2, m.t0)) {
				return m
			}
			return nil
		}
		t := &s.toks[j]
		if a.x.rules.Cue(rules.CueUmbrellaWord).Has(t) {
			word = true
		}
		if isHeWord(t) && t.Break {
			if !word {
				return nil
			}
			if m := s.mentionAt(j - 1); m != nil && m.t1 == j {
				if m.typ == model.TypeMilitia && !m.adj && !collectiveMember(m) {
					return m // "X، وهي ..."
				}
				return nil
			}
			return a.soleArmed(s, j) // "وتبنت X الهجوم، وهي ..."
		}
		if t.Break && !relativePronoun(t) || a.thatClause(s, j, j+1) {
			return nil
		}
	}
	return nil
}

// umbrellaWordIn reports an umbrella word in [lo, hi).
func (a *article) umbrellaWordIn(s *sentence, lo, hi int) bool {
	for j := max(lo, 0); j < hi; j++ {
		if a.x.rules.Cue(rules.CueUmbrellaWord).Has(&s.toks[j]) {
			return true
		}
	}
	return false
}

// fallUnder reads "وتنضوي A وB تحت مظلة X" and "تنضوي A في X": the groups
// the verb names fall under X.
func (a *article) fallUnder(s *sentence) {
	for _, c := range a.freeCue(s, rules.CueFallUnder) {
		members := a.militiaList(s, c+1)
		if len(members) == 0 {
			continue
		}
		last := s.mentionStarting(c + 1)
		for n := a.nextInList(s, last); n != nil; n = a.nextInList(s, n) {
			last = n
		}
		k := last.t1
		if k >= len(s.toks) || s.toks[k].Break || !s.toks[k].HasAny("تحت", "ضمن", "في") {
			continue
		}
		k++
		if k < len(s.toks) && s.mentionAt(k) == nil && s.toks[k].HasAny("مظله", "لواء", "رايه", "سقف") {
			k++
		}
		x := s.mentionStarting(k)
		if x == nil && k < len(s.toks) && c > 0 && relativePronoun(&s.toks[c-1]) && herRanks(&s.toks[k]) {
			x = a.subjectBefore(s, c, isArmed) // "X، التي تنضوي A ضمن ألويتها"
		}
		if x == nil || x.typ != model.TypeMilitia || x.adj || collectiveMember(x) {
			continue
		}
		for _, g := range members {
			a.relate(g, model.RelPartOf, x.id, s)
		}
	}
}

// herRanks reports a plural noun of an umbrella's ranks with its pronoun:
// ألويتها، صفوفها، تشكيلاتها.
func herRanks(t *arabic.Token) bool {
	f := t.Variants[0].Fold
	return utf8.RuneCountInString(f) >= 6 && (strings.HasSuffix(f, "ها") || strings.HasSuffix(f, "ه")) &&
		(strings.HasPrefix(f, "الوي") || strings.HasPrefix(f, "صفوف") || strings.HasPrefix(f, "تشكيلات") || strings.HasPrefix(f, "فصائل"))
}

// oneOfBefore is the group set off by a comma before "إحدى الفصائل" or
// "أحد أبرز الفصائل" that ends right before token c: "X، إحدى الفصائل
// المنضوية تحت لواء Y".
func (a *article) oneOfBefore(s *sentence, c int) *mention {
	j := c - 1
	if j < 1 || !a.x.groupNoun.Has(&s.toks[j]) {
		return nil
	}
	j--
	if j > 0 && s.toks[j].HasAny("ابرز", "اهم", "اكبر", "اقوي") && !s.toks[j].Break {
		j--
	}
	if j < 1 || !s.toks[j].HasAny("احد", "احدي") || !s.toks[j].Break {
		return nil
	}
	if m := s.mentionAt(j - 1); m != nil && m.t1 == j && isGroup(m) {
		return m
	}
	return nil
}

// knownBodies reads a ministry named only by its portfolio right before an
// office holder the lexicon knows ("الناطق باسم وزارة الخارجية X"): the body is the one his known role serves when its name opens
// with those words; the text's short form becomes an alias of it.
func (a *article) knownBodies(s *sentence) {
	if a.x.lex == nil {
		return
	}
	for i := range s.ments {
		p := &s.ments[i]
		j := p.t0 - 2
		if !isPerson(p) || p.adj || j < 0 || !s.toks[j].Has("وزاره") || s.toks[j+1].Break ||
			s.mentionAt(j) != nil || s.mentionAt(j+1) != nil {
			continue
		}
		e := a.x.lex.ByID(p.id)
		if e == nil {
			continue
		}
		prefix := "وزاره " + s.toks[j+1].Key()
		for _, r := range e.Relations {
			body := a.x.lex.ByID(r.To)
			if !isRole(r.Type) || body == nil || !strings.HasPrefix(arabic.Key(body.Name), prefix) {
				continue
			}
			a.relate(p.id, r.Type, r.To, s)
			if a.aliases[r.To] != nil {
				a.aliases[r.To][surfaceOf(s.toks, j, j+2, 0)] = true
			}
		}
	}
}

// clauseContainer is the town named with "في" or "بـ" at the end of a
// relative clause that describes base m: "قاعدة X، التي يتدرب فيها
// عناصر من البيشمركة، في قضاء Y"، "حقل X، الذي تستخدمه القوات قاعدة لها،
// بريف Y". Forces named inside the clause are passed over;
// another base, place or clause of speech ends the search.
func (a *article) clauseContainer(s *sentence, m *mention) *mention {
	k := a.pastBaseAdjectives(s, m, m.t1)
	if m.typ != model.TypeBase || k >= len(s.toks) || !relativePronoun(&s.toks[k]) {
		return nil
	}
	for j := k + 1; j < len(s.toks) && j <= k+10; j++ {
		if s.toks[j].Break && !s.toks[j].Has("في") && !strings.HasPrefix(s.toks[j].Variants[0].Fold, "ب") {
			return nil
		}
		if a.thatClause(s, j, j+1) {
			return nil
		}
		n := s.mentionStarting(j)
		if n == nil {
			continue
		}
		if isArmed(n) || n.adj {
			j = n.t1 - 1
			continue
		}
		if n.typ == model.TypeCity && !a.region(s, n) && (s.toks[j-1].Key() == "في" && !s.toks[j].Break || clitic(&s.toks[j], n)) {
			return n
		}
		return nil
	}
	return nil
}

// leadsVerb reads a person followed by a present verb of leading and a
// body: "X، الذي يتزعم حالياً منظمة Y"، "X الذي يقود حركة Y"،
// "X، الذي كان يتولى قيادة Y". X leads the body.
func (a *article) leadsVerb(s *sentence) {
	for _, c := range a.freeCue(s, rules.CueLeadVerb) {
		k := c + a.x.rules.Cue(rules.CueLeadVerb).Match(s.toks, c)
		for k < len(s.toks) && !s.toks[k].Break && s.toks[k].HasAny("ايضا", "حاليا") {
			k++
		}
		b := s.mentionStarting(k)
		if b == nil || b.adj || !isBody(b) || s.toks[k].Break {
			continue
		}
		j := c
		if j > 0 && s.toks[j-1].Key() == "كان" {
			j-- // "الذي كان يقود"
		}
		if j > 0 && relativePronoun(&s.toks[j-1]) {
			j--
		}
		if p := s.mentionAt(j - 1); j > 0 && p != nil && p.t1 == j && isPerson(p) {
			a.relate(p.id, model.RelLeaderOf, b.id, s)
		}
	}
}
