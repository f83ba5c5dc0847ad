package extract

import (
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/nisba/nisba/extract/arabic"
	"github.com/nisba/nisba/extract/lexicon"

	"github.com/nisba/nisba/extract/rules"
	"github.com/nisba/nisba/model"
)

// usForces is the force a US-only aircraft type stands for.
const usForces = "force:us-forces"

// retAcc gathers one retaliation while the article is read.
type retAcc struct {
	actor     string
	targets   []string
	day, text string
	weapons   map[string]bool
	responds  *attackAcc
	evidence  []model.Evidence
	first     int
	sent      int
	merged    bool
	cued      bool   // a response cue in its own sentence
	linked    bool   // tied to earlier attacks ("بعد سلسلة هجمات"): may predate the article's attack
	weakDay   bool   // day borrowed from the attack answered or the statement: a later "في اليوم التالي للهجوم" overrides it
	vague     bool   // dated only by a week, month or year ("الأسبوع الماضي", "قبل عامين")
	answers   string // the base of the attack its response cue names ("ردا على الهجوم على قاعدة X")
	stated    bool   // told by the striking side's own statement ("أعلنت الوزارة أن قواتها ...")
	named     bool   // a strike named by its day ("بعد غارات 22 نوفمبر"): told as a past strike, kept on its own
	past      bool   // told as done before ("سبق أن استهدفت مسيرة أمريكية ..."): kept on its own when dated and on a group
	earlier   bool   // told with "سبق أن": never the day's strike, so never folded into it
	killing   bool   // the killing of leaders, its groups only theirs ("اغتيال قائد فيلق القدس بضربة أمريكية"): kept only with a response cue
	retold    bool   // told through a definite answer noun of its side ("الرد التركي طال ..."): the side's answer told before
	cue       int    // the strike cue's token in sentence first
}

// retaliationsPass finds strikes by a state force on armed groups or places:
// a strike cue, an actor (force, or a country adjective after the strike:
// قصف جوي أمريكي) and either named targets or a response cue (رداً على،
// دفاعاً عن النفس، انطلقت منها الصواريخ).
func (a *article) retaliationsPass() {
	var last *retAcc
	for _, s := range a.sents {
		a.guard("retaliations", s.idx, func() {
			named := a.datedStrikeNouns(s)
			limit := len(s.toks)
			if len(named) > 0 {
				limit = named[0].from
			}
			r := a.retaliationSentence(s, 0, limit)
			if t := a.thenStrike(s, limit); t > 0 && r != nil && r.cue < t {
				r = a.splitThen(s, r, t, limit)
			}
			if r == nil {
				r = a.strikerNamed(s)
			}
			if r == nil && last != nil && s.idx-last.sent <= 6 {
				a.continueRetaliation(s, last, limit)
			}
			if r != nil {
				last = r
			}
			if d := a.addDatedStrikes(s, named, r); d != nil && r == nil {
				last = d
			}
		})
	}
	a.guard("retaliations", -1, func() {
		a.dropKillings()
		a.mergeRetaliations()
		a.dateStatements()
		a.dropUnanswered()
		a.linkLaterAttacks()
		a.unlinkLaterAttacks()
		a.unlinkOwnStrikes()
		a.aimAtBlamed()
	})
}

// unlinkOwnStrikes unties a strike from the attack on a party's
// headquarters (partyAt) that is the strike itself: "قصف الحرس الثوري مقر
// حزب X ... رداً على هجمات الجماعات" answers the groups' attacks, not
// the shelling of X's headquarters. Only the party answers that attack.
func (a *article) unlinkOwnStrikes() {
	for _, r := range a.rets {
		if r.merged || r.responds == nil {
			continue
		}
		if p := a.partyHQ[r.responds.live().target]; p != "" && !a.x.sameActor(p, r.actor) {
			r.responds = nil
		}
	}
}

// dropKillings drops the killing of leaders told with no response cue
// ("في إشارة إلى X ونائب رئيس هيئة Y اللذين قتلا بضربة أميركية"): a
// killing is a retaliation only when tied to attacks, and its groups are
// the dead men's, not struck.
func (a *article) dropKillings() {
	for _, r := range a.rets {
		if r.killing && !r.cued {
			r.merged = true
		}
	}
}

// leaderKilling reports strike cue c told as killing leaders: a kill word
// before it, and every armed group among targets named as a leader's body
// ("قائد فيلق القدس"، "نائب رئيس هيئة الحشد"). A commander in a group
// ("القيادي في X") is no leader of it: his killing strikes the group.
func (a *article) leaderKilling(s *sentence, c int, targets []string) bool {
	kill := false
	for k := max(c-30, 0); k < c && !kill; k++ {
		kill = killWord(&s.toks[k])
	}
	if !kill {
		return false
	}
	groups := 0
	for _, id := range targets {
		if !strings.HasPrefix(id, "militia:") {
			if strings.HasPrefix(id, "city:") {
				continue // "قرب مطار بغداد": where, not whom
			}
			return false
		}
		groups++
		if !a.leaderOf(s, id, c) {
			return false
		}
	}
	return groups > 0
}

// leaderSlain reports group mention m as the body of a leader killed
// ("بعد شهرين من اغتيال قائد فيلق القدس ونائب رئيس هيئة الحشد"): the
// group is named for the dead man, it was not struck.
func (a *article) leaderSlain(s *sentence, m mention) bool {
	kill := false
	for k := max(m.t0-12, 0); k < m.t0 && !kill; k++ {
		kill = killWord(&s.toks[k])
	}
	return kill && a.leaderOf(s, m.id, m.t1)
}

// leaderOf reports a mention of group id before token c of s with a
// leader's title up to three words before it.
func (a *article) leaderOf(s *sentence, id string, c int) bool {
	leader := a.x.rules.Cue(rules.CueLeader)
	for _, m := range s.ments {
		if m.id != id || m.t0 >= c {
			continue
		}
		for k := m.t0 - 1; k >= 0 && k >= m.t0-3; k-- {
			if leader.Has(&s.toks[k]) || s.toks[k].Has("نائب") { // not "القيادي في X": one of its commanders, whose killing strikes X
				return true
			}
		}
	}
	return false
}

// aimAtBlamed gives a strike that answers an attack, names no group and
// tells of fighters hit ("ردت القوات على مصادر النيران وحيّدت عدداً من
// المسلحين") the armed groups the attack is pinned on for certain: the
// fighters are theirs, also when a later sentence tells where the fire
// fell. Fire returned at a place in its own sentence, or with no one hit,
// has no group as its target.
func (a *article) aimAtBlamed() {
	for _, r := range a.rets {
		if r.merged || r.responds == nil || slices.ContainsFunc(r.targets, a.armedGroup) {
			continue
		}
		if !strikesAttackers(a.sents[r.first], r.cue) && (a.firedAtPlace(a.sents[r.first], r.cue) || !a.fightersHit(r)) {
			continue
		}
		r.targets = addIDs(r.targets, a.otherSide(r.actor, a.blamedGroups(r.responds.live(), r.actor))...)
	}
}

// strikesAttackers reports "المهاجمين" (القوة المهاجمة، القوات المهاجمة)
// within eight words after strike cue c in its clause: "نفذت قوات التحالف
// ضربات ضد المهاجمين" hits those who carried out the attack answered.
func strikesAttackers(s *sentence, c int) bool {
	for k := c + 1; k < len(s.toks) && k <= c+8; k++ {
		if s.toks[k].Break {
			return false
		}
		if s.toks[k].Has("مهاجمين") || s.toks[k].Has("مهاجمه") && s.toks[k-1].HasAny("قوه", "قوات", "عناصر", "مجموعه") {
			return true
		}
	}
	return false
}

// blamedGroups are the armed groups at attacks in its own voice, or that
// the article's voice or the striker's own side asserts carried it out
// ("حمّلت وزارة الدفاع التركية X المسؤولية"); a group that only claims
// it, or that others suspect, is not known to the striker.
func (a *article) blamedGroups(at *attackAcc, actor string) []string {
	var out []string
	for _, id := range at.attackers {
		if a.armedGroup(id) {
			out = addIDs(out, id)
		}
	}
	for _, x := range at.attribs {
		if x.Stance == model.StanceAsserted && a.armedGroup(x.Accused) && (x.Claimant == "" || a.x.sameActor(x.Claimant, actor)) {
			out = addIDs(out, x.Accused)
		}
	}
	return out
}

// firedAtPlace reports a town named after strike cue c in its sentence:
// "ردت على مصادر النيران في منطقة X" names where the fire was returned,
// whatever the rules made of X.
func (a *article) firedAtPlace(s *sentence, c int) bool {
	for _, m := range s.ments {
		if m.typ == model.TypeCity && !m.adj && m.t0 > c {
			return true
		}
	}
	return false
}

// fightersHit reports a word of killing or neutralising after the strike
// cue of r, in its sentence or the later ones it was told in: "ما أسفر عن
// تحييد الإرهابيين الأربعة".
func (a *article) fightersHit(r *retAcc) bool {
	set := a.x.rules.Cue(rules.CueNeutralised)
	for i := r.first; i <= r.sent && i < len(a.sents); i++ {
		s := a.sents[i]
		from := 0
		if i == r.first {
			from = r.cue + 1
		}
		for k := from; k < len(s.toks); k++ {
			if set.Has(&s.toks[k]) || killWord(&s.toks[k]) {
				return true
			}
		}
	}
	return false
}

// armedGroup reports a named militia id, from the lexicon or discovered:
// a collective ("الميليشيات الإيرانية") names no one the fire was returned at.
func (a *article) armedGroup(id string) bool {
	if collectiveOnly([]string{id}) {
		return false
	}
	if strings.HasPrefix(id, "militia:") {
		return true
	}
	if a.x.lex == nil {
		return false
	}
	e := a.x.lex.ByID(id)
	return e != nil && e.Type == model.TypeMilitia
}

// unlinkLaterAttacks: a strike dated before the attack it was tied to
// cannot answer it ("تعرضت القاعدة لقصف الثلاثاء، غداة غارات أمريكية").
func (a *article) unlinkLaterAttacks() {
	for _, r := range a.rets {
		if r.merged || r.responds == nil || r.day == "" {
			continue
		}
		if at := r.responds.live(); at.day != "" && r.day < at.day {
			r.responds = nil
		}
	}
}

// answersAttacksInGeneral reports a response cue followed by an indefinite
// plural ("ردا على هجمات متكررة"): no one attack is answered.
func (a *article) answersAttacksInGeneral(s *sentence) bool {
	set := a.x.rules.Cue(rules.CueResponse)
	plural := a.x.rules.Cue(rules.CueAttackPlural)
	for _, c := range a.responseCues(s) {
		k := c + set.Match(s.toks, c)
		if k < len(s.toks) && plural.Has(&s.toks[k]) && !definite(&s.toks[k]) && !strings.HasPrefix(s.toks[k].Surface, "ب") {
			return true // not "دفاعاً عن النفس بضربات جوية": the means of the answer
		}
	}
	return false
}

// answeredBase is the base named after a response cue of s, or after a
// qualified response noun ("«الرد الأول» على الهجوم الذي استهدف قاعدة X"),
// or "".
func (a *article) answeredBase(s *sentence) string {
	cues := a.responseCues(s)
	if k := a.qualifiedAnswer(s); k >= 0 {
		cues = append(cues[:len(cues):len(cues)], k)
	}
	for _, c := range cues {
		for _, m := range s.ments {
			if m.typ == model.TypeBase && m.t0 > c && m.t0-c <= 12 {
				return m.id
			}
		}
	}
	return ""
}

// linkLaterAttacks points a strike that answers "الهجوم على قاعدة X" to the
// attack on X when the article tells of that attack only after the strike.
func (a *article) linkLaterAttacks() {
	for _, r := range a.rets {
		if r.merged || r.answers == "" || r.responds != nil && r.responds.live().target == r.answers {
			continue
		}
		var best *attackAcc
		for _, at := range a.attacks {
			if at = at.live(); at.target != r.answers || r.day != "" && at.day > r.day {
				continue
			}
			if best == nil || at.day > best.day {
				best = at
			}
		}
		if best != nil {
			r.responds = best
		}
	}
}

// dropUnanswered removes strikes that answer nothing: a retaliation needs a
// response cue in its sentence, or an article that tells of an attack or
// speaks of a response somewhere; a state that itself attacked a base in
// the article is not retaliating with its strikes there; a strike dated
// before the article's attacks answers them only when tied to earlier
// attacks ("بعد سلسلة هجمات"); and a third-party state (Israel) retaliates
// only when a response word says so.
func (a *article) dropUnanswered() {
	answered := len(a.attacks) > 0
	for _, s := range a.sents {
		if len(a.responseCues(s)) > 0 {
			answered = true
		}
	}
	stateOnly := a.stateAttacksOnly()
	for _, r := range a.rets {
		if !r.merged && a.isTheAttack(r) {
			r.merged = true // "تعرضت لقصف بصواريخ إيرانية ... رداً على اغتيال X": the attack, called an answer
			continue
		}
		if r.merged || r.cued {
			continue
		}
		if d := a.alsoAnswers(r); d != nil {
			r.day, r.weakDay, r.responds = d.day, true, d.responds
			continue
		}
		if !answered && !a.standalone(r) || a.unanswered(r, stateOnly) {
			r.merged = true
		} else if r.responds == nil && stateOnly && a.hitsBlamedSide(r) {
			r.responds = a.toldAttack(a.sents[r.first]) // the blamed state's proxies struck
		}
	}
}

// isTheAttack reports a strike with no target that "answers" the attack
// told in its own sentence, by a state the sentence names as that attack's
// striker (an adjective on its munitions, "بصواريخ باليستية إيرانية"): the
// attack on the base is itself called an answer to something else.
func (a *article) isTheAttack(r *retAcc) bool {
	if len(r.targets) != 0 {
		return false
	}
	s := a.sents[r.first]
	if r.responds == nil {
		if !a.subjectedBase(s, "") {
			return false // an answer to no attack told, on no base struck
		}
	} else if at := r.responds.live(); at.first != r.first && at.sent != r.first && !a.subjectedBase(s, at.target) {
		return false
	}
	for _, m := range s.ments {
		if m.adj && m.typ == model.TypeCountry && a.x.sameActor(m.id, r.actor) {
			return true
		}
	}
	return false
}

// subjectedBase reports base id (any base for "") named in s with a verb
// of undergoing ("وتستضيف عين الأسد قوات أمريكية، وكانت قد تعرضت لقصف
// بصواريخ إيرانية"): the base told as struck.
func (a *article) subjectedBase(s *sentence, id string) bool {
	if len(a.freeCue(s, rules.CueSubjected)) == 0 {
		return false
	}
	return slices.ContainsFunc(s.ments, func(m mention) bool { return m.id == id || id == "" && m.typ == model.TypeBase })
}

// unanswered reports a strike with no response cue that answers none of
// the article's attacks: see dropUnanswered.
func (a *article) unanswered(r *retAcc, stateOnly bool) bool {
	attacker := a.attackerSide(r.actor)
	if attacker && !a.sideResponds(r.actor) && !a.sideStrikesAfter(r.actor) || stateOnly && !attacker && !a.hitsBlamedSide(r) {
		return true
	}
	return a.otherSideAnswers(r.actor) || a.predates(r) && !r.linked && !((r.past || a.ownDay(r)) && a.standalone(r)) || a.x.rules.ThirdParty[a.x.countryOf(r.actor)] || a.backgroundStrike(r)
}

// ownDay reports a strike dated by a day its own sentence names with its
// number ("وفي 4 كانون الثاني الجاري، قُتل القيادي في X بضربة أمريكية"):
// told as an event of its own, before the story's attack.
func (a *article) ownDay(r *retAcc) bool {
	if r.weakDay || r.text == "" || !strings.ContainsFunc(r.text, unicode.IsDigit) && !namesMonth(r.text) {
		return false
	}
	for _, h := range a.sents[r.first].dates {
		if h.text == r.text && h.day == r.day {
			return true
		}
	}
	return false
}

// monthWords are the keys of month names, Levantine and Gregorian.
var monthWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields("كانون شباط اذار نيسان ايار حزيران تموز اب ايلول تشرين يناير فبراير مارس ابريل مايو يونيو يوليو اغسطس سبتمبر اكتوبر نوفمبر ديسمبر") {
		monthWords[arabic.Key(w)] = true
	}
}

// namesMonth reports a month's name in a date's text: "في الرابع من
// كانون الثاني الماضي".
func namesMonth(text string) bool {
	for _, w := range strings.Fields(text) {
		if monthWords[arabic.Key(strings.Trim(w, "/،,()"))] {
			return true
		}
	}
	return false
}

// stateAttacksOnly reports an article whose attacks are all pinned on
// states ("غارات على مطار التيفور ... ودمشق تتهم إسرائيل"): another state's
// strikes told there without a response cue ("تتواصل الغارات الروسية على
// ريف إدلب") are context, not an answer to them.
func (a *article) stateAttacksOnly() bool {
	n := 0
	for _, at := range a.attacks {
		if at.merged {
			continue
		}
		ids := append([]string(nil), at.attackers...)
		for _, x := range at.attribs {
			if x.Stance != model.StanceDenied {
				ids = append(ids, x.Accused)
			}
		}
		if len(ids) == 0 {
			return false
		}
		for _, id := range ids {
			if !a.stateActor(id) {
				return false
			}
		}
		n++
	}
	return n > 0
}

// hitsBlamedSide reports a strike on a group that a state the article's
// attacks are pinned on backs or commands: after "اتهمت واشنطن إيران
// بالوقوف وراء الهجوم", "غارات أمريكية على مواقع لكتائب حزب الله" answers
// the attack.
func (a *article) hitsBlamedSide(r *retAcc) bool {
	states := map[string]bool{}
	for _, at := range a.attacks {
		if at.merged {
			continue
		}
		for _, x := range at.attribs {
			if x.Stance != model.StanceDenied && a.stateActor(x.Accused) {
				states[a.x.countryOf(x.Accused)] = true
			}
		}
	}
	follow := func(typ string) bool { return typ == model.RelBackedBy || typ == model.RelPartOf }
	found := func(e *lexicon.Entry) bool { return states[e.ID] }
	for _, id := range r.targets {
		for st := range states {
			if id == collectiveID(st) {
				return true // "غارات على مواقع لميليشيات مدعومة من إيران"
			}
		}
		if strings.HasPrefix(id, "militia:") && a.x.climb(id, 3, follow, found) != nil {
			return true
		}
		if a.stateActor(id) && states[a.x.countryOf(id)] && a.x.countryOf(id) != a.x.countryOf(r.actor) {
			return true // "وقصفت المدفعية التركية بعد الهجوم مواقع قوات النظام": the blamed force itself
		}
	}
	return false
}

// orderedBy is the state whose leader ordered the strike at cue c, the
// strike noun after "أمر ... بـ": "أمر الرئيس بايدن بضربات"، "إن بايدن أمر
// بشن غارات"، "أمر الرئيس الأمريكي بتنفيذ ضربات". The leader is named
// between the verb and the noun, or right before the verb. A military
// command given leave to strike ("أذن الوزير للقيادة المركزية بتنفيذ
// ضربات") is the striker.
func (a *article) orderedBy(s *sentence, c int) (string, bool) {
	k := c - 1
	switch {
	case k >= 0 && s.toks[k].HasAny("بشن", "بتنفيذ", "باطلاق", "بتوجيه"):
		k--
	case !strings.HasPrefix(s.toks[c].Surface, "ب"):
		return "", false
	}
	for j := k; j >= 0 && j >= k-7; j-- {
		if !s.toks[j].HasAny("امر", "امرت", "اذن", "اذنت") {
			if s.toks[j].Break && j < k {
				break
			}
			continue // the verb may open its clause: "وبتوجيه من الرئيس، أذن الوزير …"
		}
		for _, m := range s.ments {
			if m.typ == model.TypeOrganization && m.t0 > j && m.t1 <= c && strings.HasPrefix(s.toks[m.t0].Surface, "لل") {
				if id, ok := a.militaryBody(m.id); ok {
					return id, true // "أذن وزير الدفاع للقيادة المركزية بتنفيذ ضربات": the command strikes
				}
			}
		}
		if j+2 < c && s.toks[j+1].Has("رئيس") {
			if e := a.x.adjective(&s.toks[j+2]); e != nil && !a.x.rules.Domestic[e.ID] && a.ensure(e.ID, s) {
				return e.ID, true // "أمر الرئيس الأمريكي بتنفيذ ضربات"
			}
		}
		for _, m := range s.ments {
			if m.typ != model.TypeOfficial || m.adj || !(m.t0 > j && m.t1 <= c || m.t1 <= j && j-m.t1 <= 1) {
				continue
			}
			if id := a.leaderState(m.id, s); id != "" {
				return id, true
			}
		}
		return "", false
	}
	return "", false
}

// leaderState is the country official id leads, reached along leader_of
// in at most two steps (the state itself, or a body of it), made an entity
// of the article; "" when there is none.
func (a *article) leaderState(id string, s *sentence) string {
	if st := a.x.stateOf(id, 2, func(typ string) bool { return typ == model.RelLeaderOf }); st != "" && a.ensure(st, s) {
		return st
	}
	return ""
}

// directedBy is the state whose leader directed the strike at cue c, told
// after it: "إن الضربات نُفّذت بتوجيه من الرئيس جو بايدن"، "نُفذت الغارات
// بأمر من الرئيس X".
func (a *article) directedBy(s *sentence, c int) (string, bool) {
	for k := c + 1; k < len(s.toks) && k <= c+3; k++ {
		if s.toks[k].Break && k > c+1 {
			return "", false
		}
		if !s.toks[k].HasAny("بتوجيه", "بتوجيهات", "بامر", "باوامر", "بتعليمات", "بقرار") || k+1 >= len(s.toks) || s.toks[k+1].Key() != "من" {
			continue
		}
		for _, m := range s.ments {
			if m.typ != model.TypeOfficial || m.adj || m.t0 <= k+1 || m.t0 > k+4 {
				continue
			}
			if id := a.leaderState(m.id, s); id != "" {
				return id, true
			}
		}
		return "", false
	}
	return "", false
}

// stateBeforeVerb is the foreign state named right before the strike or
// answer verb at c, or before "قد" and the verb: "وكانت الولايات المتحدة
// قد ردت بضرب ..."، "والولايات المتحدة ردت بغارات ...". A state after a
// preposition ("على تركيا") is no subject.
func (a *article) stateBeforeVerb(s *sentence, c int) (string, bool) {
	c = a.carryingVerb(s, c)
	t := &s.toks[c]
	if !a.x.rules.Cue(rules.CueStrikeVerbState).Has(t) && !t.HasAny("ردت", "ردتا") {
		return "", false
	}
	end, on := c, arabic.Key("على")
	if c > 0 && s.toks[c-1].Key() == "قد" {
		end = c - 1
	}
	for _, m := range s.ments {
		if m.typ != model.TypeCountry || m.adj || m.t1 != end || s.toks[end].Break || a.x.rules.Domestic[m.id] {
			continue
		}
		if s.toks[m.t0].Pre != "" || m.t0 > 0 && s.toks[m.t0-1].HasAny(on, "ضد", "من", "الي", "عن", "في", "مع") {
			continue
		}
		if a.ensure(m.id, s) {
			return m.id, true
		}
	}
	return "", false
}

// carryingVerb is the state strike verb up to three words before strike
// noun c that carries it ("نفذت مساء الجمعة ضربات"), or c itself.
func (a *article) carryingVerb(s *sentence, c int) int {
	verbs := a.x.rules.Cue(rules.CueStrikeVerbState)
	if verbs.Has(&s.toks[c]) {
		return c
	}
	for v := c - 1; v >= 0 && v >= c-3; v-- {
		if s.toks[v+1].Break {
			return c
		}
		if verbs.Has(&s.toks[v]) {
			return v
		}
	}
	return c
}

// stateActor reports a country or a state's regular force.
func (a *article) stateActor(id string) bool {
	if a.x.lex == nil {
		return false
	}
	e := a.x.lex.ByID(id)
	return e != nil && (e.Type == model.TypeCountry || e.Type == model.TypeForce)
}

// standalone reports a strike worth keeping in an article that tells of
// no attack: named by its day, by a state that is no third party, on an
// armed group ("منذ الغارات التي شنّها الطيران الأمريكي في 14 شباط على
// مقرات لـX").
func (a *article) standalone(r *retAcc) bool {
	if r.day == "" || r.vague || a.x.rules.ThirdParty[a.x.countryOf(r.actor)] || len(a.freeCues(a.sents[r.first], "battle")) > 0 {
		return false // "غارات تركية على مواقع X ... في حلقة جديدة من المعارك": a round of a war, no answer
	}
	if r.named {
		return true // "ثم عادت في 6 كانون الثاني لتقصف ..."
	}
	for _, id := range r.targets {
		if strings.HasPrefix(id, "militia:") {
			return true
		}
		if a.x.lex != nil {
			if e := a.x.lex.ByID(id); e != nil && e.Type == model.TypeMilitia {
				return true
			}
		}
	}
	return false
}

// backgroundStrike reports a strike with no response cue, tied to no attack and
// dated only by a past week, month or year in an article whose attacks have
// a day: "قصفت مسيرة تركية الأسبوع الماضي سيارة ..." is told as context.
func (a *article) backgroundStrike(r *retAcc) bool {
	if !r.vague || r.linked {
		return false
	}
	for _, at := range a.attacks {
		if !at.merged && at.day != "" {
			return true
		}
	}
	return false
}

// predates reports a dated strike earlier than every dated attack of the
// article: it cannot answer them.
func (a *article) predates(r *retAcc) bool {
	if r.day == "" {
		return false
	}
	dated := false
	for _, at := range a.attacks {
		if at.merged || at.day == "" {
			continue
		}
		if at.day <= r.day {
			return false
		}
		dated = true
	}
	return dated
}

// otherSideAnswers reports that the article's response cues belong to
// retaliations of another side only: a strike by actor is then background
// ("كان الطيران الإسرائيلي قد قصف ..." in a story of US strikes).
func (a *article) otherSideAnswers(actor string) bool {
	other := false
	for _, r := range a.rets {
		if !r.cued {
			continue
		}
		if a.x.sameActor(r.actor, actor) {
			return false
		}
		other = true
	}
	return other
}

// alsoAnswers is another side's answer that strike r joins, or nil: r is
// told in the answer's sentence, or in the next one opening with "كما"
// ("وردت قوات النظام بقصف ... كما شنت طائرات حربية روسية غارات على ..."),
// with no day of its own and not as done before ("كان الطيران الإسرائيلي
// قد قصف" stays background). Such a strike takes the answer's day and
// attack.
func (a *article) alsoAnswers(r *retAcc) *retAcc {
	if r.cued || r.past || r.earlier || r.day != "" || pluperfect(a.sents[r.first], r.cue) {
		return nil
	}
	for _, d := range a.rets {
		if d != r && d.cued && !d.merged && d.day != "" && !a.x.sameActor(d.actor, r.actor) && (r.first == d.first || r.first == d.first+1 && alsoOpens(a.sents[r.first])) {
			return d
		}
	}
	return nil
}

// alsoOpens reports a sentence that opens by adding to the one before:
// "كما"، "وكذلك"، "بدورها".
func alsoOpens(s *sentence) bool {
	return len(s.toks) > 0 && s.toks[0].HasAny("كما", "كذلك", "بدورها", "بدوره")
}

// sideResponds reports a strike of actor's side told with a response cue:
// that side answers the article's attack, whoever the attack was pinned on
// ("بعد اتهام أنقرة لـX باستهداف قاعدة Y").
func (a *article) sideResponds(actor string) bool {
	for _, r := range a.rets {
		if r.cued && a.x.sameActor(r.actor, actor) {
			return true
		}
	}
	return false
}

// sideStrikesAfter reports a sentence where actor's side strikes "after an
// attack on base X" (a headline "مقاتلات تركية تقصف الزاب بعد هجوم على قاعدة
// Y"): that side answers the attack, whoever a loose reading pinned it on.
func (a *article) sideStrikesAfter(actor string) bool {
	for _, s := range a.sents {
		for _, set := range []string{"strike", "strike_present"} {
			for _, c := range a.freeCues(s, set) {
				if a.afterAttackBase(s, c) == "" {
					continue
				}
				if id, ok := a.actor(s, c); ok && a.x.sameActor(id, actor) {
					return true
				}
			}
		}
	}
	return false
}

// attackerSide reports an actor on the side of an attacker of the article.
func (a *article) attackerSide(actor string) bool {
	for _, at := range a.attacks {
		if at.merged || a.partyHQ[at.target] != "" {
			continue // a party's headquarters struck: the strike on the party is told as an answer too
		}
		for _, id := range at.attackers {
			if a.x.sameActor(id, actor) {
				return true
			}
		}
	}
	return false
}

// retaliationSentence finds the strike of s told before token limit (where
// strikes named by their day begin, see datedStrikeNouns).
func (a *article) retaliationSentence(s *sentence, from, limit int) *retAcc {
	strikes := a.freeCue(s, rules.CueStrike)
	if s.timeline && len(strikes) == 0 {
		strikes = a.freeCue(s, rules.CueStrikePresent) // a timeline's "مقاتلات أميركية تقصف مواقع لـX"
	}
	if len(strikes) == 0 {
		return nil
	}
	for len(strikes) > 0 && strikes[0] < from {
		strikes = strikes[1:]
	}
	threats := a.freeCue(s, rules.CueHypothetical)
	habits, forecasts := a.freeCue(s, rules.CueStrikeHabitual), a.freeCue(s, rules.CueStrikeForecast)
	responds, contrast := a.responds(s) || a.qualifiedResponse(s), len(a.freeCue(s, rules.CueContrast)) > 0
	for _, c := range strikes {
		response := responds
		if responds && contrast {
			response = a.respondsFor(s, c)
		}
		if i := slices.Index(strikes, c); i+1 < len(strikes) && strikes[i+1] < limit && s.toks[c].HasAny("رد", "ردا") && a.x.rules.Cue(rules.CueResponse).Match(s.toks, c) > 0 && breakBetween(s, c, strikes[i+1]) {
			continue // "وفي رد سريع، شنّ سلاح الجو ... غارة": the strike is the verb after the answer phrase
		}
		if !response && a.x.rules.Cue(rules.CueRaid).Match(s.toks, c) > 0 {
			if _, _, after := a.daysBefore(s, c); after {
				continue // "سقطت صواريخ ... بعد أيام من مداهمة نفذها جهاز مكافحة الإرهاب لمقر الكتائب": the raid the attack came after
			}
		}
		if a.x.rules.Cue(rules.CueSweep).Match(s.toks, c) > 0 && a.x.rules.Cue(rules.CueRaid).Match(s.toks, c) == 0 && !a.sweepAnswers(s, response) {
			continue // "وباشرت القطعات عملية تفتيش في القرى المحيطة": a sweep answers only when its sentence says so
		}
		if a.attackCalledAnswer(s, c) {
			continue // "أطلق الحرس صواريخ على قاعدتي X وY، في أول رد على ...": the attack told, called an answer
		}
		if a.claimedStrike(s, c) {
			continue // "وأعلن الحرس الثوري مسؤوليته عن الضربة، وقال إنها الرد الأول": the attack just told, claimed
		}
		if c >= limit || nearBefore(threats, c, 3) || habitual(habits, c) || forecast(s, forecasts, c) || a.inAnswerClause(s, c, c) || a.baseNear(s, c) || a.strikesBase(s, c) || a.suffered(s, c) || deniedStrike(s, c) || hostileFire(s, c) || a.countedRounds(s, c) {
			continue // "توعّد بضرب القواعد" threatens a strike; "رداً على ضربات إسرائيلية" is what is answered
		}
		actor, ok := a.actor(s, c)
		stated := false
		var from *untargetedStrike
		if own := a.ownForcesBefore(s, c) || nearBefore(a.freeCue(s, rules.CueOwnStrike), c, 6) || a.x.rules.Cue(rules.CueStrikeOwnNoun).Has(&s.toks[c]); !ok && (response || own) {
			actor, ok = a.speakingForceBefore(s, c) // "قالت القيادة المركزية إن طائرة نفذت ضربة دفاعاً عن النفس"
			if !ok && own {
				actor, ok = a.speakerCountry(s, c) // "أعلن وزير الدفاع الأمريكي أن بلاده نفذت ضربات"
			}
			if !ok && own {
				actor, ok = a.anaphoricSpeaker(s, c) // "وأعلنت الوزارة أن مقاتلاتها شنت غارات"
			}
			if !ok && own {
				actor, ok = a.announcingCorps(s, c) // "وأعلن الحرس الثوري أنه قصف مواقع لـX"
			}
			stated = ok
		}
		if !ok && definite(&s.toks[c]) && a.x.rules.Cue(rules.CueStatedStrike).Has(&s.toks[c]) {
			actor, ok = a.speakingForce(s) // "قال البنتاغون إن الضربات استهدفت مقرات لـX"
			if !ok {
				actor, ok = a.anaphoricSpeaker(s, c) // "وقالت الوزارة في بيان إن الغارات استهدفت ..."
			}
			if u := a.untargetedBefore(s); u != nil && (!ok || a.x.sameActor(u.actor, actor)) {
				// "شنت القوات ضربات على أهداف في العراق وسوريا. وجاء في الرسالة
				// أن الضربات استهدفت منشآت لـX": the strike told without targets
				from, actor, ok, a.untargeted = u, u.actor, true, nil
			}
			if ok && from == nil && a.toldStrike(s, actor) && !a.newStrikeDay(s, c, actor, limit) {
				if response {
					a.answerTold(s, actor) // "وقال المتحدث إن الغارات جاءت رداً على ...": the strike told before answers
				}
				continue // "وأوضحت سنتكوم أن الضربات نُفذت في اليوم التالي": the strike told before
			}
			stated = ok
		}
		if !ok && response && a.cameAsAnswer(s, c) {
			continue // "وجاءت الضربات رداً على الهجوم": the strike told just before answers
		}
		if !ok && a.reportedPlanes(s, c) {
			actor, ok = a.speakingForceBefore(s, c) // "وأعلنت سنتكوم أن قاذفات استراتيجية ضربت 85 هدفاً"
			stated = ok
		}
		if !ok && c > 0 && s.toks[c-1].Has("في") && !definite(&s.toks[c]) {
			actor, ok = a.announcedResult(s, c) // "أعلنت الوزارة تحييد 17 مسلحاً في غارات جوية طالت ..."
			stated = ok
		}
		if !ok && a.usAircraftNear(s, c) && a.ensure(usForces, s) {
			actor, ok = usForces, true // "نفذت طائرة AC-130 ضربة"
		}
		if !ok {
			actor, ok = a.similarStrike(s, c) // "اغتيال القيادي في X بضربة مماثلة استهدفت مقر الحركة"
		}
		if !ok && a.pending == nil && unknownPlanes(s, c) {
			a.pending = &unknownStrike{s: s, c: c, limit: limit, strikes: strikes} // "غارات نفذتها طائرات مجهولة الهوية"
		}
		if !ok || a.otherAnswersAfter(s, c, actor) {
			continue
		}
		if definite(&s.toks[c]) && s.toks[c].Has("عدوان") && a.toldStrike(s, actor) {
			continue // "وأفادت سانا بأن العدوان الأمريكي طال مواقع في البادية": the strikes told before, in the outlet's word
		}
		actor = a.topForce(actor, s)
		stated = stated || a.ownSpeaker(s, actor)
		actor = a.ministryState(actor)
		end := a.answeredBack(s, c, limit)
		tEnd := end
		if _, p := a.afterAttackAt(s, c); p >= 0 && p < tEnd {
			tEnd = p // "بضربات نفذها التحالف في ريف X، بعد هجوم شنته هذه القوات على مقر لـY": Y was attacked, not struck
		}
		targets := a.strikeTargets(s, strikes, c, tEnd, actor)
		if len(targets) == 0 {
			targets = a.placeAnaphor(s, c, limit) // "مصادر النيران في محيط البلدة"
		}
		var postDay *dateHit
		if len(targets) == 0 {
			targets, postDay = a.postOwner(s, c, limit) // "ردت المروحيات بقصف الحاجز" after "حاجز لقوات النظام"
		}
		counter := a.counterFire(s, c) || a.firesBack(s, c) || a.quickAnswer(s, c) || a.afterPatrolClash(s, c) || a.afterToldAttack(s, c)
		after := a.afterAttackBase(s, c)
		resp := response && end == limit
		if len(targets) == 0 && (!resp && !counter || a.responseNoun(s, c)) {
			if a.sitesInStates(s, c, tEnd) {
				a.untargeted = &untargetedStrike{sent: s.idx, actor: actor, day: a.strikeDate(s, c, limit)}
			}
			continue
		}
		if a.x.allAbroad(targets) {
			continue // "غارات على مواقع لجماعة الحوثي في اليمن": a war elsewhere, no answer to a base's attack
		}
		if a.retoldStrike(s, c, actor, limit) {
			if response {
				a.answerTold(s, actor) // "وقال المتحدث إن الغارات جاءت رداً على إطلاق صاروخ"
			}
			continue
		}
		r := a.addRetaliation(s, c, actor, targets, resp || counter || after != "", limit)
		if r.day == "" && postDay != nil {
			r.day, r.text, r.weakDay = postDay.day, postDay.text, true // the day the post was told with
		}
		if from != nil && from.day != nil && from.day.day != "" {
			r.day, r.text, r.weakDay = from.day.day, from.day.text, false // the day the strike was first told with
		}
		r.stated = stated
		r.earlier = nearBefore(a.freeCue(s, rules.CueStrikePast), c, 3)
		r.past = r.earlier || pluperfect(s, c) && a.siteOwnerAfter(s, c)
		r.killing = !resp && a.leaderKilling(s, c, targets)
		r.retold = a.answerNounOf(s, c)
		if r.answers == "" {
			r.answers = after
		}
		return r
	}
	return nil
}

// untargetedStrike is a strike told with its striker and only "targets in
// Iraq and Syria", waiting for the next sentences to say what it hit.
type untargetedStrike struct {
	sent  int
	actor string
	day   *dateHit
}

// sitesInStates reports strike c of s aimed only at sites in states: "شنت
// القوات ضربات على أهداف في العراق وسوريا".
func (a *article) sitesInStates(s *sentence, c, end int) bool {
	places := a.x.rules.Cue(rules.CuePlaceNoun)
	for k := c + 1; k+2 < len(s.toks) && k < c+8 && k < end; k++ {
		if !places.Has(&s.toks[k]) {
			continue
		}
		if s.toks[k+1].Key() != "في" {
			return false
		}
		m := s.mentionAt(k + 2)
		return m != nil && m.typ == model.TypeCountry && !m.adj
	}
	return false
}

// untargetedBefore is the untargeted strike told in one of the two
// sentences before s, or nil.
func (a *article) untargetedBefore(s *sentence) *untargetedStrike {
	if u := a.untargeted; u != nil && s.idx > u.sent && s.idx-u.sent <= 2 {
		return u
	}
	return nil
}

// unknownStrike is a strike told by aircraft of no known side, waiting for
// a later sentence to name its likely striker.
type unknownStrike struct {
	s        *sentence
	c, limit int
	strikes  []int
}

// reportedPlanes reports strike verb c whose subject, right after "أن" or
// "إن", is aircraft of no named side: what a military speaker reports of
// its own ("وأعلنت سنتكوم أن قاذفات استراتيجية انطلقت من قواعدها ضربت
// أكثر من 85 هدفاً").
func (a *article) reportedPlanes(s *sentence, c int) bool {
	if !a.x.rules.Cue(rules.CueStrikeVerbState).Has(&s.toks[c]) && !s.toks[c].HasAny("ضربت", "قصفت") {
		return false
	}
	for k := c - 1; k >= 1 && k >= c-7; k-- {
		if m := s.mentionAt(k); m != nil && !m.adj && m.t0 > 0 && s.toks[m.t0-1].Has("من") {
			k = m.t0 - 1 // "انطلقت من الولايات المتحدة": where they flew from
			continue
		}
		if s.toks[k+1].Break || s.mentionAt(k) != nil && !s.mentionAt(k).adj {
			return false
		}
		if s.toks[k].HasAny("قاذفات", "طائرات", "مقاتلات", "مسيرات") && s.toks[k-1].Has("ان") { // keys: ال dropped, أن and إن fold to ان
			return !unknownPlanes(s, c)
		}
	}
	return false
}

// unknownPlanes reports strike cue c made by aircraft of no known side:
// "غارات جوية نفذتها طائرات مجهولة الهوية"، "قصفت طائرات مجهولة".
func unknownPlanes(s *sentence, c int) bool {
	for k := max(c-4, 0); k < len(s.toks) && k <= c+5; k++ {
		if s.toks[k].HasPrefix("مجهول") && k > 0 && s.toks[k-1].HasAny("طائرات", "طيران", "طائره", "مسيره", "مسيرات") {
			return true
		}
	}
	return false
}

// strikerNamed makes the strike of unknown aircraft told in the sentence or
// two before s a retaliation when s names its likely striker: "ورجّحت
// مصادر أن تكون طائرات التحالف هي من نفذها، رداً على القصف الذي تعرضت له
// قاعدة X". It is dated and aimed as told, and answers the attack s names.
func (a *article) strikerNamed(s *sentence) *retAcc {
	p := a.pending
	if p == nil || s.idx-p.s.idx < 1 || s.idx-p.s.idx > 2 {
		return nil
	}
	actor, ok := a.hedgedStriker(s)
	if !ok {
		return nil
	}
	a.pending = nil
	end := a.answeredBack(p.s, p.c, p.limit)
	targets := a.strikeTargets(p.s, p.strikes, p.c, end, actor)
	if len(targets) == 0 {
		return nil
	}
	r := a.addRetaliation(p.s, p.c, actor, targets, false, p.limit)
	if a.responds(s) {
		r.cued = true
		r.answers = a.answeredBase(s)
		if r.responds == nil {
			r.responds = a.recentAttack(s)
		}
	}
	r.evidence = append(r.evidence, a.evidence(s))
	return r
}

// hedgedStriker is the side s names, under a hedge, as the one whose
// aircraft struck: "رجّحت مصادر أن تكون طائرات التحالف الدولي هي من
// نفذها"، "يعتقد أن الطائرات أمريكية".
func (a *article) hedgedStriker(s *sentence) (string, bool) {
	var hedges []int
	for _, st := range []string{model.StanceLikely, model.StanceSuspected} {
		hedges = append(hedges, a.freeCues(s, st)...)
	}
	for _, h := range hedges {
		for k := h + 1; k+1 < len(s.toks) && k <= h+5; k++ {
			if !s.toks[k].HasAny("طائرات", "طيران", "مقاتلات") {
				continue
			}
			for _, m := range s.ments {
				if m.t0 != k+1 && m.t0 != k { // "طائرات التحالف" may be the force's own name
					continue
				}
				if m.typ == model.TypeForce && !m.adj || m.typ == model.TypeCountry && !a.x.rules.Domestic[m.id] && a.ensure(m.id, s) {
					return m.id, true
				}
			}
		}
	}
	return "", false
}

// deniedStrike reports a negation ("لم"، "لن"، "لا") up to three words
// before strike cue c in its clause: "لم ينفذ أي ضربات"، "لن تشن غارات"
// tell no strike; "لم تمض ساعات حتى قصفت" and "لا سيما الغارات" do.
func deniedStrike(s *sentence, c int) bool {
	for k := c - 1; k >= 0 && k >= c-3; k-- {
		if s.toks[k+1].Break {
			return false
		}
		switch s.toks[k].Key() {
		case "حتى":
			return false
		case "لم", "لن":
			return true
		case "لا":
			return s.toks[k+1].Key() != "سيما"
		}
	}
	return false
}

// forecast reports a forecast word up to five words before strike cue c in
// its clause: "من المرجح أن يكون الرد الأمريكي واسعاً" foretells an answer.
func forecast(s *sentence, forecasts []int, c int) bool {
	for _, k := range forecasts {
		if k < c && c-k <= 5 && !breakBetween(s, k, c) {
			return true
		}
	}
	return false
}

// thenStrike is the token of "ثم" that opens a second strike of s told on
// a day of its own ("ردت عليه واشنطن فوراً بضربة على عربة، ثم بغارات في
// اليوم التالي على منشأتين"), or 0.
func (a *article) thenStrike(s *sentence, limit int) int {
	strikes := a.freeCue(s, rules.CueStrike)
	for _, c := range strikes {
		if c >= limit || c == 0 || !joinsStrikes(s, c-1) && !(c > 1 && joinsStrikes(s, c-2)) {
			continue
		}
		t := c - 1
		if !joinsStrikes(s, t) {
			t = c - 2
		}
		if t > 0 && strikes[0] < t && a.dayAfter(s, t, limit) {
			return t
		}
	}
	return 0
}

// joinsStrikes reports "ثم", or "فيما"/"بينما"/"في حين" that open a clause
// of another strike at token k of s ("ردت المدفعية على الفور بقصف قرى، فيما
// شنت المسيرات الخميس غارات").
func joinsStrikes(s *sentence, k int) bool {
	t := &s.toks[k]
	return t.HasAny("ثم", "فيما", "بينما") || k > 0 && t.Key() == "حين" && s.toks[k-1].Key() == "في"
}

// dayAfter reports a day named between tokens t and limit of s.
func (a *article) dayAfter(s *sentence, t, limit int) bool {
	for _, h := range s.dates {
		if h.tok > t && h.tok < limit && h.day != "" {
			return true
		}
	}
	return false
}

// splitThen splits strike r of s at "ثم" (token t): the first strike keeps
// what comes before it, the second, by the same actor, what comes after
// and its own day. Both are kept when their days differ.
func (a *article) splitThen(s *sentence, r *retAcc, t, limit int) *retAcc {
	first := a.retaliationSentence(s, 0, t)
	if first == nil || first == r {
		return r
	}
	second := a.retaliationSentence(s, t, limit)
	if second == nil && !s.toks[t].Has("ثم") {
		r.merged = true
		return first // "فيما قصف المسلحون القاعدة مساء الخميس": another subject's clause and day
	}
	if second == nil {
		c := t + 1
		if !a.x.rules.Cue(rules.CueStrike).Has(&s.toks[c]) {
			c++
		}
		second = a.addRetaliation(s, c, first.actor, a.otherSide(first.actor, a.targetsIn(s, c+1, limit)), first.cued, limit)
	}
	if second.day == "" || second.day == first.day {
		first.merged, second.merged = true, true // one strike after all: r tells it
		return r
	}
	r.merged = true
	return second
}

// habitual reports a habit adverb ("غالباً ما"، "عادةً ما") up to six words
// after strike cue c or three before it: "القصف الأمريكي غالباً ما يطال
// مواقع خالية" tells what strikes usually do, not a strike on a day.
func habitual(habits []int, c int) bool {
	for _, h := range habits {
		if h > c && h-c <= 6 || h < c && c-h <= 3 {
			return true
		}
	}
	return false
}

// responds reports a response cue in s that is no threat: "تتوعد طهران
// بالرد" promises an answer, it tells of none.
func (a *article) responds(s *sentence) bool {
	threats := a.freeCue(s, rules.CueHypothetical)
	for _, c := range a.responseCues(s) {
		if !nearBefore(threats, c, 4) {
			return true
		}
	}
	return false
}

// respondsFor is responds for strike cue c: a response cue that a
// contrast word ("في حين"، "بينما") parts from c belongs to another
// speaker's clause: in "قالت فيه إنه رد على الاحتلال، في حين قالت الوزارة
// إن قواتها تتابع مصادر النيران" the ministry tells of no answer.
func (a *article) respondsFor(s *sentence, c int) bool {
	threats := a.freeCue(s, rules.CueHypothetical)
	contrast := a.freeCue(s, rules.CueContrast)
	for _, rc := range a.responseCues(s) {
		if nearBefore(threats, rc, 4) {
			continue
		}
		lo, hi := min(rc, c), max(rc, c)
		if !nearBefore(contrast, hi, hi-lo-1) {
			return true
		}
	}
	return false
}

// ownSpeaker reports a sentence spoken by actor's own side: "وقالت وزارة
// الدفاع الروسية إن القوات الجوية الروسية دمّرت ..." tells of an operation
// that may already be told with its own day.
func (a *article) ownSpeaker(s *sentence, actor string) bool {
	id := a.speakerOf(s)
	return id != "" && id != actor && a.x.sameActor(id, actor)
}

// ownForcesBefore reports the speaker's own side as the subject up to
// five tokens before strike cue c: "قالت القيادة إن قواتها نفذت ضربة"،
// "أعلن الوزير أن بلاده نفذت ضربات"، "أعلن البنتاغون تنفيذ ضربات".
func (a *article) ownForcesBefore(s *sentence, c int) bool {
	own := a.x.rules.Cue(rules.CueOwnForces)
	for k, n := c-1, 0; k >= 0 && n < 5; k-- {
		if own.Has(&s.toks[k]) {
			return true
		}
		if dateAt(s, k) == nil {
			n++ // "ردّت قواتنا في اليوم التالي، الإثنين 11 آذار، بسلسلة غارات": the date is no distance
		}
	}
	for k := max(c-14, 0); k < c-5; k++ {
		if own.Has(&s.toks[k]) && killWord(&s.toks[k+1]) && !breakBetween(s, k, c) {
			return true // "قالت القيادة إن قواتها قتلت فجر اليوم قيادياً في X في غارة"
		}
	}
	for k := c + 1; k < len(s.toks) && k <= c+3 && !s.toks[k].Break; k++ {
		if own.Has(&s.toks[k]) {
			return true // "شنّت قواتنا غارات"، "الضربات التي شنّتها قواتها"
		}
	}
	return false
}

// nearBefore reports a cue up to n tokens before t.
func nearBefore(cues []int, t, n int) bool {
	for _, c := range cues {
		if c < t && t-c <= n {
			return true
		}
	}
	return false
}

// baseNear reports a base named in the clause of cue c: then the sentence
// tells of an attack on it, not of a strike by its forces, unless the base
// is only pointed back to ("ردا على استهداف قاعدة X") or is where the
// strikers are stationed.
func (a *article) baseNear(s *sentence, c int) bool {
	lo, hi := clause(s, c)
	cues := a.freeCue(s, rules.CueAttack)
	for _, m := range s.ments {
		if m.typ != model.TypeBase || m.t0 < lo || m.t0 >= hi || a.afterAttack(s, c, m.t0) >= 0 || a.strikerStationed(s, m) || a.partyHQ[m.id] != "" {
			continue // "المدفعية التركية المتمركزة في قاعدة X قصفت ...": the strikers' base
		}
		if _, back := a.backReference(s, m.t0, cues); !back {
			return true
		}
	}
	return false
}

// strikesBase reports a base target named soon after cue c with no
// response cue between: "شنت طائرات إسرائيلية، فجر اليوم، غارات على مطار X"
// is an attack on the base by a state, not a retaliation.
func (a *article) strikesBase(s *sentence, c int) bool {
	for _, m := range s.ments {
		if m.typ != model.TypeBase || m.adj || m.t0 <= c || m.t0-c > 12 || notTargetAt(s, m.t0) || a.afterAttack(s, c, m.t0) >= 0 || a.partyHQ[m.id] != "" || a.strikerStationed(s, m) {
			continue // "قصفت قوات النظام المتمركزة في مقر الفرقة مواقع": the strikers' base
		}
		if !a.responseBetween(s, c, m.t0) {
			return true
		}
	}
	return false
}

// clause is the token span around t between separators; past the last
// token it is the empty span at the end.
func clause(s *sentence, t int) (int, int) {
	if t >= len(s.toks) {
		return len(s.toks), len(s.toks)
	}
	lo := t
	for lo > 0 && !s.toks[lo].Break {
		lo--
	}
	hi := t + 1
	for hi < len(s.toks) && !s.toks[hi].Break {
		hi++
	}
	return lo, hi
}

// actor is the force that strikes at cue c: a Force named before the cue in
// the sentence (nearest), or right after it as the subject of a verbal noun
// (استهداف القوات الأمريكية), or a country adjective right after the strike
// noun (قصف جوي أمريكي).
func (a *article) actor(s *sentence, c int) (string, bool) {
	if id, ok := a.relativeAgent(s, c); ok {
		return id, true
	}
	if id, ok := a.stateSubject(s, c); ok {
		return id, true
	}
	if id, ok := a.stateBeforeVerb(s, c); ok {
		return id, true
	}
	if id, ok := a.orderedBy(s, c); ok {
		return id, true
	}
	if id, ok := a.directedBy(s, c); ok {
		return id, true
	}
	if id, ok := a.respondingState(s, c); ok {
		return id, true
	}
	if id, ok := a.anaphoricForce(s, c); ok {
		return id, true
	}
	if id, ok := a.elidedSubject(s, c); ok {
		return id, true
	}
	if id, ok := a.hedgedState(s, c); ok {
		return id, true
	}
	if id, ok := a.weaponOwner(s, c); ok {
		return id, true
	}
	if id, ok := a.weaponsAdjective(s, c); ok {
		return id, true // "قصفت طائرات حربية ومسيّرة أمريكية موقعين لـX"
	}
	if id, ok := a.unitsOfForce(s, c); ok {
		return id, true // "قصفت وحدات المدفعية التابعة للجيش التركي مواقع X"
	}
	for k := c + 1; k <= c+3 && k < len(s.toks); k++ {
		if m := s.mentionAt(k); m != nil {
			if m.typ == model.TypeForce && !m.adj && !a.forceSites(s, *m) {
				if k == c+1 && relativeObject(s, c) {
					break // "الجهات التي استهدفت القوات الأمريكية": the force was struck
				}
				if k == c+1 && withLam(&s.toks[k]) && s.toks[c].HasAny("ضربه", "ضربات") && !definite(&s.toks[c]) {
					break // "أكبر ضربة لقوات النظام": the blow is dealt to the force
				}
				if k > c+1 && withLam(&s.toks[k]) && s.toks[c].Has("استهداف") && s.toks[c+1].HasAny("رتل", "ارتال", "دوريه", "دوريات", "عربه", "عربات", "تعزيزات", "حافله", "قافله") {
					break // "استهداف رتل تعزيزات لقوات النظام": the force owns what was struck
				}
				return m.id, true // "مواقع لقوات النظام" owns the sites struck
			}
			if !m.adj && a.stateMilitia(m.id) && a.corpsSubject(s, c, k) {
				return m.id, true // "قصفت مدفعية الحرس الثوري مواقع لـX"
			}
			if m.typ == model.TypeCountry && !m.adj && k == c+3 && relativeBefore(s, c) && !a.x.rules.Domestic[m.id] && a.ensure(m.id, s) {
				return m.id, true // "الضربات التي نفذتها واشنطن"
			}
			if m.adj && m.typ == model.TypeCountry && !a.x.rules.Domestic[m.id] && (k == c+1 || a.x.rules.Cue(rules.CueStateWeapon).Has(&s.toks[k-1]) || a.x.rules.Cue(rules.CueStrikeModifier).Has(&s.toks[k-1])) {
				if a.ensure(m.id, s) {
					return m.id, true
				}
			}
			break
		}
	}
	on := arabic.Key("على") // folded as arabic.Key folds it
	for i := len(s.ments) - 1; i >= 0; i-- {
		m := s.ments[i]
		if m.t1 <= c && (c-m.t1-dateWordsIn(s, m.t1, c) <= 3 || modelBetween(s, m.t1, c) || verbAfterModel(s, m.t1, c) || stationedGap(s, m.t1, c)) && m.adj && m.typ == model.TypeCountry && (!a.x.rules.Domestic[m.id] || a.ownJets(s, m)) &&
			m.t0 > 0 && (a.x.rules.Cue(rules.CueStateWeapon).Has(&s.toks[m.t0-1]) || a.x.rules.Cue(rules.CueRetAirArm).Has(&s.toks[m.t0-1]) || occupationForces(s, m.t0)) && a.ensure(m.id, s) {
			return m.id, true // "نفذت طائرات أمريكية (مساء الجمعة 2 فبراير) ضربات"، "شن سلاح الجو الأردني غارات"
		}
		if m.t1 > c || m.typ != model.TypeForce && !(a.stateMilitia(m.id) && c-m.t1 <= 1) || m.adj {
			continue // "أن الحرس الثوري قصف": a state's corps right before its verb
		}
		if m.t0 > 0 && (s.toks[m.t0-1].Has(on) || s.toks[m.t0-1].Key() == "ضد" || s.toks[m.t0-1].Key() == "من" && !a.actingDetachment(s, m.t0-1) || a.victim(s, m.t0-1) || baseNoun(&s.toks[m.t0-1])) {
			continue // "الذي يضم قاعدة للتحالف، ... ردت عليه واشنطن": whose base, not who struck
		}
		if a.subjectedTo(s, m.t0, c) || a.notStriker(s, m, c) {
			continue // "تعرضت القوات الأمريكية لقصف صاروخي"
		}
		if partnerOf(s, m.t0) {
			continue // "أن طائرات التحالف، وبالتنسيق مع القوات العراقية وقوات البيشمركة، نفذت": the partners, not the striker
		}
		return m.id, true
	}
	return a.occupationStriker(s, c)
}

// actingDetachment reports "من" at k after a detachment right after a verb:
// "وأطلقت قطعات من الجيش عملية تفتيش"، "نفذت قوة من الجيش ضربة": the
// force the detachment is drawn from acts.
func (a *article) actingDetachment(s *sentence, k int) bool {
	return k >= 2 && !s.toks[k].Break && !s.toks[k-1].Break && a.x.rules.Cue(rules.CueDetachment).Has(&s.toks[k-1]) && a.x.rules.Cue(rules.CueDetachmentVerb).Has(&s.toks[k-2])
}

// partnerOf reports a mention at t0 named after "بالتنسيق مع"، "بمشاركة"،
// "بدعم من" in its clause: a partner of the one that acts.
func partnerOf(s *sentence, t0 int) bool {
	for k := t0 - 1; k >= 0 && k >= t0-5; k-- {
		if s.toks[k].HasAny("مع", "بمشاركه", "مشاركه", "بدعم", "بمساعده", "باسناد") {
			return true
		}
		if s.toks[k].Break {
			return false
		}
	}
	return false
}

// unitsOfForce is the force whose units or weapons, named right after
// strike cue c and owned with "التابعة لـ", strike: "قصفت وحدات المدفعية
// التابعة للجيش التركي مواقع X".
func (a *article) unitsOfForce(s *sentence, c int) (string, bool) {
	weapons := a.x.rules.Cue(rules.CueStateWeapon)
	k := c + 1
	for ; k < len(s.toks) && k <= c+3 && !s.toks[k].Break; k++ {
		if !weapons.Has(&s.toks[k]) && !s.toks[k].HasAny("وحدات", "وحده", "مدفعيه", "كتائب", "سرايا") {
			break
		}
	}
	if k == c+1 || k+1 >= len(s.toks) || s.toks[k].Break || s.toks[k].Key() != "تابعه" && s.toks[k].Key() != "تابع" {
		return "", false
	}
	m := s.mentionAt(k + 1)
	if m == nil || m.t0 != k+1 || m.adj || s.toks[k+1].Break {
		return "", false
	}
	if m.typ == model.TypeOrganization && !definite(&s.toks[k]) && a.x.lex != nil {
		if e := a.x.lex.ByID(m.id); e != nil && a.militaryOrg(e) {
			return m.id, true // "قصفت مروحيات تابعة لوزارة الدفاع مواقع"
		}
	}
	if m.typ != model.TypeForce || !definite(&s.toks[k]) {
		return "", false
	}
	return m.id, true
}

// occupationStriker is the state whose forces or aircraft, called only
// "الاحتلال", strike at cue c: "ردّت قوات الاحتلال بقصف"، "قصفت مدفعية
// الاحتلال قريتي X وY"، "شنت طائرات الاحتلال فجر أمس غارات" (see
// occupierAt).
func (a *article) occupationStriker(s *sentence, c int) (string, bool) {
	if k := c + 2; k < len(s.toks) && occupationForces(s, k+1) && !breakBetween(s, c, k) && (a.x.rules.Cue(rules.CueStrikeVerbState).Has(&s.toks[c]) || s.toks[c].HasAny("ردت", "ردتا", "رد")) {
		return a.occupierAt(s, k) // a verb's subject, not the noun of "استهداف قاعدتين لقوات الاحتلال"
	}
	for k := c - 1; k >= 2 && c-k-dateWordsIn(s, k+1, c) <= 3; k-- {
		if occupationForces(s, k+1) && !breakBetween(s, k, c) {
			return a.occupierAt(s, k)
		}
	}
	return "", false
}

// ownJets reports a domestic state's war planes named by its adjective
// right after them, "شنت مقاتلات عراقية غارات": the state's own air force
// strikes, where "قوات عراقية" may as well be struck.
func (a *article) ownJets(s *sentence, m mention) bool {
	if m.t0 == 0 {
		return false
	}
	t := &s.toks[m.t0-1]
	return t.HasAny("مقاتلات", "طائرات", "مقاتله", "طائره", "طيران", "مروحيات") || a.x.rules.Cue(rules.CueRetAirArm).Has(t)
}

// occupierAt is the state that token k, "الاحتلال", names: the country
// adjective right after it ("طيران الاحتلال الأمريكي"), or, when no name
// follows, the state its sentence or the article before it calls the
// occupier ("قاعدة الاحتلال الأمريكي في حقل كونيكو" ... "ردّت قوات الاحتلال
// بقصف مدفعي").
func (a *article) occupierAt(s *sentence, k int) (string, bool) {
	if m := s.mentionAt(k + 1); m != nil && m.adj {
		if m.typ == model.TypeCountry && !a.x.rules.Domestic[m.id] && a.ensure(m.id, s) {
			return m.id, true
		}
		return "", false
	}
	for i := s.idx; i >= 0; i-- {
		t := a.sents[i]
		for j := len(t.ments) - 1; j >= 0; j-- {
			m := t.ments[j]
			if !m.adj || m.typ != model.TypeCountry || m.t0 == 0 || t.toks[m.t0-1].Key() != "احتلال" {
				continue
			}
			if a.x.rules.Domestic[m.id] || !a.ensure(m.id, s) {
				return "", false
			}
			return m.id, true
		}
	}
	return "", false
}

// weaponsAdjective is the state of a country adjective closing a run of
// two or three weapon words right after strike cue c: "قصفت طائرات حربية
// ومسيّرة أمريكية".
func (a *article) weaponsAdjective(s *sentence, c int) (string, bool) {
	weapon, modifier := a.x.rules.Cue(rules.CueStateWeapon), a.x.rules.Cue(rules.CueStrikeModifier)
	for k := c + 3; k <= c+4 && k < len(s.toks); k++ {
		m := s.mentionStarting(k)
		if m == nil || !m.adj || m.typ != model.TypeCountry || a.x.rules.Domestic[m.id] {
			continue
		}
		for j := c + 1; j < k; j++ {
			if t := &s.toks[j]; t.Break || !weapon.Has(t) && !modifier.Has(t) && !t.HasAny("حربيه", "حربي") {
				return "", false
			}
		}
		if a.ensure(m.id, s) {
			return m.id, true
		}
	}
	return "", false
}

// similarStrike is the striker of the last retaliation told before s when
// strike cue c is called like it ("بضربة مماثلة"، "بغارة مشابهة").
func (a *article) similarStrike(s *sentence, c int) (string, bool) {
	if c+1 >= len(s.toks) || !s.toks[c+1].HasPrefix("مماثل") && !s.toks[c+1].HasPrefix("مشابه") {
		return "", false
	}
	var last *retAcc
	for _, r := range a.rets {
		if !r.merged && r.first < s.idx && (last == nil || r.first > last.first) {
			last = r
		}
	}
	if last == nil {
		return "", false
	}
	if c := a.x.countryOf(last.actor); c != "" && a.ensure(c, s) {
		return c, true // the state: the earlier strike may have been another of its bodies'
	}
	return last.actor, true
}

// occupationForces reports "قوات الاحتلال" right before a country
// adjective at t0: "وردّت قوات الاحتلال الأمريكي بقصف مدفعي" (the wording
// of outlets that call the state an occupier).
func occupationForces(s *sentence, t0 int) bool {
	return t0 >= 2 && s.toks[t0-1].Key() == "احتلال" && s.toks[t0-2].HasAny("قوات", "طائرات", "مدفعيه", "طيران")
}

// modelBetween reports tokens [from, to) that only tell a weapon's model:
// "طائرات مقاتلة أمريكية من طراز إف-15 قصفت".
func modelBetween(s *sentence, from, to int) bool {
	if to-from < 3 || to-from-dateWordsIn(s, from, to) > 6 || !s.toks[from].Has("من") || !s.toks[from+1].HasPrefix("طراز") {
		return false
	}
	// the model's name may be quoted («إف-16») or split at its dash
	// ("إف-15"), "من طراز" not
	return !s.toks[from+1].Break
}

// stationedGap reports tokens [from, c) that only say where the weapons
// are stationed: "المدفعية التركية المتمركزة في قاعدة X وقواعد أخرى قصفت".
func stationedGap(s *sentence, from, c int) bool {
	if from >= c || !s.toks[from].HasPrefix("متمركز") && !s.toks[from].HasPrefix("منتشر") {
		return false
	}
	for _, m := range s.ments {
		if m.typ == model.TypeBase && m.t0 > from && m.t0 <= from+2 && m.t1 <= c && c-m.t1 <= 3 {
			return true
		}
	}
	return false
}

// verbAfterModel reports tokens [from, c) that tell a weapon's model, then
// its verb, then only a time: "مقاتلتان أمريكيتان من طراز F-15 قد نفذتا،
// الأربعاء الماضي، غارة".
func verbAfterModel(s *sentence, from, c int) bool {
	k := from
	if k+1 < c && s.toks[k].Has("من") && s.toks[k+1].HasPrefix("طراز") {
		k += 2
	}
	for end := min(k+4, c); k < end; k++ {
		if s.toks[k].HasAny("نفذت", "نفذتا", "شنت", "شنتا", "قصفت", "قصفتا", "اغارت") {
			return timeOnly(s, k+1, c)
		}
	}
	return false
}

// weaponOwner is the force the aircraft or guns after strike verb c
// belong to: "قصفت مقاتلات إف 16 تابعة لسلاح الجو العراقي أوكاراً".
func (a *article) weaponOwner(s *sentence, c int) (string, bool) {
	weapon := a.x.rules.Cue(rules.CueStateWeapon)
	for k := c + 1; k+1 < len(s.toks) && k <= c+6; k++ {
		t := &s.toks[k]
		if t.Break {
			return "", false
		}
		if t.Has("تابعه") {
			m := s.mentionAt(k + 1)
			if m != nil && m.t0 == k+1 && m.typ == model.TypeForce && !m.adj && ofEvent(s, k+1) && a.ensure(m.id, s) {
				return m.id, true
			}
			return "", false
		}
		if !weapon.Has(t) && t.Arabic && !t.HasAny("اف", "طراز", "من") {
			return "", false // only the weapon's name and type come between
		}
	}
	return "", false
}

// hedgedState is the state of a country adjective after strike cue c
// and a hedge ("بغارات يُعتقد أنها أمريكية"، "طائرات يرجح أنها تركية"):
// the strike told with its likely striker.
func (a *article) hedgedState(s *sentence, c int) (string, bool) {
	weapon, modifier := a.x.rules.Cue(rules.CueStateWeapon), a.x.rules.Cue(rules.CueStrikeModifier)
	for h := c + 1; h <= c+3 && h+2 < len(s.toks); h++ {
		if s.toks[h].Break {
			return "", false
		}
		if !s.toks[h].HasAny("يعتقد", "يرجح", "يشتبه", "رجح", "يظن") {
			if weapon.Has(&s.toks[h]) || modifier.Has(&s.toks[h]) || s.toks[h].HasAny("مسيره", "مسيرات", "جويه", "مجهوله") {
				continue // "قصفت طائرات مسيرة يرجح أنها تركية"
			}
			return "", false
		}
		m := s.mentionAt(h + 2)
		if !s.toks[h+1].HasAny("انها", "انه", "بانها", "بانه") || m == nil || !m.adj || m.typ != model.TypeCountry || a.x.rules.Domestic[m.id] || s.toks[h+2].Break {
			return "", false
		}
		if a.ensure(m.id, s) {
			return m.id, true
		}
		return "", false
	}
	return "", false
}

// speakingForce is the speaker of s when it is a military body of a foreign
// state (a Force, or an Organization part of one, like CENTCOM): it tells
// of its own strike.
func (a *article) speakingForce(s *sentence) (string, bool) {
	return a.militaryBody(a.speakerOf(s))
}

// speakingForceBefore is speakingForce when the speaker is named before
// strike cue c: in "قالت فيه إنه رد على الاحتلال، في حين قالت وزارة
// الدفاع التركية ..." the ministry speaks after the word and of another
// thing; the word is the claimants' own.
func (a *article) speakingForceBefore(s *sentence, c int) (string, bool) {
	id, ok := a.speakingForce(s)
	if !ok {
		return a.lastSpeakingForce(s, c)
	}
	for _, m := range s.ments {
		if m.id == id && m.t0 < c {
			return id, true
		}
	}
	return "", false
}

// lastSpeakingForce is the military body that is the subject of the last
// verb of speaking before strike cue c, when the sentence's first speaker
// is another: in "واتهمت تركيا حزب العمال بالهجوم، وأعلنت وزارة الدفاع
// التركية أن قواتها ردّت بقصف" the ministry speaks of its forces.
func (a *article) lastSpeakingForce(s *sentence, c int) (string, bool) {
	k := -1
	for _, j := range a.freeCue(s, rules.CueAnnounce) {
		if j < c {
			k = j
		}
	}
	if k < 0 {
		return "", false
	}
	for _, m := range s.ments {
		if m.t0 == k+1 && m.t1 < c {
			return a.militaryBody(m.id)
		}
	}
	return "", false
}

// militaryBody reports id when it is a military body of a foreign state:
// a Force, or an Organization part of one (CENTCOM, a defence ministry).
func (a *article) militaryBody(id string) (string, bool) {
	if id == "" || a.x.lex == nil {
		return "", false
	}
	e := a.x.lex.ByID(id)
	if e == nil || e.Type != model.TypeForce && e.Type != model.TypeOrganization {
		return "", false
	}
	c := a.x.countryOf(id)
	if c == "" || a.x.rules.Domestic[c] || e.Type == model.TypeOrganization && !a.militaryOrg(e) {
		return "", false
	}
	return id, true
}

// speakerCountry is the foreign state named by a country adjective or name
// in the words of the speaker before strike cue c: "وزير الدفاع الأمريكي".
func (a *article) speakerCountry(s *sentence, c int) (string, bool) {
	for _, k := range a.freeCue(s, rules.CueAnnounce) {
		if k >= c {
			continue
		}
		for _, m := range s.ments {
			if m.t0 > k && m.t0 <= k+6 && m.t0 < c && m.typ == model.TypeCountry && !a.x.rules.Domestic[m.id] && a.ensure(m.id, s) {
				return m.id, true
			}
		}
	}
	return "", false
}

// militaryOrg reports an organisation that is, or is part of, a military
// command or defence ministry: CENTCOM, the Pentagon.
func (a *article) militaryOrg(e *lexicon.Entry) bool {
	military := func(e *lexicon.Entry) bool {
		en := strings.ToLower(e.NameEn)
		return e.Type == model.TypeForce || strings.Contains(en, "command") || strings.Contains(en, "defense") || strings.Contains(en, "defence")
	}
	return a.x.climb(e.ID, 3, func(typ string) bool { return typ == model.RelPartOf }, military) != nil
}

// usAircraftNear reports a US-only aircraft type (AC-130, MQ-9 Reaper,
// A-10, B-52, B-1B, F-15E) named up to 8 tokens before strike cue c or 4
// after it: "نفذت طائرة AC-130 ضربة".
func (a *article) usAircraftNear(s *sentence, c int) bool {
	for k := c - 8; k <= c+4 && k < len(s.toks); k++ {
		if k < 0 || k == c {
			continue
		}
		next := ""
		if k+1 < len(s.toks) {
			next = s.toks[k+1].Key()
		}
		if usAircraft(s.toks[k].Key(), next) {
			return true
		}
	}
	return false
}

// usAircraft reports a designation (as two token keys) of an aircraft type
// only US forces fly in the region.
func usAircraft(k, next string) bool {
	switch k + " " + next {
	case "ac 130", "mq 9", "a 10", "b 52", "b 1b", "f 15e", "ايه 10", "بي 52", "ايه سي", "ام كيو":
		return true
	}
	return k == "ريبر"
}

// victim reports an attack verb right before a force: it is the target.
func (a *article) victim(s *sentence, t int) bool {
	return t >= 0 && (s.toks[t].HasPrefix("تستهدف") || s.toks[t].HasPrefix("يستهدف") || s.toks[t].Has("استهدفت"))
}

// targetsIn are the armed groups and struck places of s starting in tokens
// [lo, hi). A region named after a known town with a compass word ("القائم
// غربي الأنبار") locates it and is no target.
func (a *article) targetsIn(s *sentence, lo, hi int) []string {
	var out []string
	backed := a.freeCue(s, rules.CueBacked)
	for _, m := range s.ments {
		if m.t0 < lo || m.adj || m.t0 >= hi {
			continue
		}
		switch m.typ {
		case model.TypeMilitia:
			if (!a.backingCueBefore(s, backed, m.t0) || a.linkedSites(s, m.t0)) && !a.supported(s, m.t0) && !a.sourceGroup(s, m.t0) && !a.saidBy(s, m.t0) && !a.memberOf(s, m.t0) && !a.claimer(s, m.t0) {
				out = addIDs(out, m.id) // "هدفاً مرتبطاً بفيلق القدس": the group's own sites
			}
		case model.TypeCity:
			if (m.t0 == lo || a.hitPlace(s, m)) && !a.locatingRegion(s, m) && !a.strikersPlace(s, m) {
				out = addIDs(out, m.id)
			}
		case model.TypeForce:
			if a.forceSites(s, m) {
				out = addIDs(out, m.id) // "باستهداف مواقع لقوات النظام"
			}
		case model.TypeBase:
			if a.countered[m.id] {
				out = addIDs(out, m.id) // "وردت المدفعية التركية بقصف ... مطار X"
			} else if p := a.partyHQ[m.id]; p != "" {
				out = addIDs(out, p) // "قصف الحرس الثوري مقر حزب X": the party is struck
			}
		}
	}
	out = addIDs(out, a.discoveredTowns(s, lo, hi)...)
	return addIDs(out, a.anaphoricOwners(s, lo, hi)...)
}

// strikersPlace reports town m named where the strikers are stationed:
// "قصفت قوات X المتمركزة في الفوج 46 ومحيط بلدة Y، مساء السبت، أحياء Z":
// Y holds the guns, Z is struck. Only places, bases and place words stand
// between the station word and the town.
func (a *article) strikersPlace(s *sentence, m mention) bool {
	places := a.x.rules.Cue(rules.CuePlaceNoun)
	for k := m.t0 - 1; k >= 0 && k >= m.t0-8; k-- {
		if s.toks[k+1].Break {
			return false
		}
		t := &s.toks[k]
		if n := s.mentionAt(k); n != nil {
			if n.typ != model.TypeCity && n.typ != model.TypeBase {
				return false
			}
			k = n.t0
			continue
		}
		if stationVerb(t) {
			return true
		}
		if !t.Has("في") && !places.Has(t) && !t.HasAny("محيط", "ومحيط", "قرب", "بالقرب") {
			return false
		}
	}
	return false
}

// sideNote reports a group named in a side note of a later sentence, up
// to five words after a war or a tie word: "منفصلة عن الحرب الدائرة بين
// إسرائيل وحركة X"، "وأن الجماعة ترتبط ارتباطاً وثيقاً بـX": X is not hit.
func sideNote(s *sentence, t int) bool {
	for k := t - 1; k >= 0 && k >= t-5; k-- {
		if s.toks[k+1].Break {
			return false
		}
		if w := &s.toks[k]; w.HasAny("حرب", "صراع", "نزاع") || w.HasPrefix("ترتبط") || w.HasPrefix("يرتبط") {
			return true
		}
	}
	return false
}

// linkedSites reports sites or targets said to be linked to the group at
// token t: "85 هدفاً مرتبطاً بفيلق القدس"، "مواقع مرتبطة بالحرس الثوري".
func (a *article) linkedSites(s *sentence, t int) bool {
	if t < 2 || s.toks[t].Break || s.toks[t-1].Break {
		return false
	}
	if !s.toks[t-1].HasPrefix("مرتبط") {
		return false // keys drop ال: "المرتبطة"
	}
	for k := t - 2; k >= 0 && k >= t-7; k-- {
		site := &s.toks[k]
		if a.x.rules.Cue(rules.CueSiteNoun).Has(site) || a.x.rules.Cue(rules.CueStrikeSite).Has(site) || site.HasAny("هدف", "هدفا", "اهداف", "هدفين") {
			return true
		}
		if s.toks[k+1].Break || !site.Has("في") && !a.placeAt(s, k) {
			return false // only the places of the sites between: "85 هدفاً في العراق وسوريا مرتبطة بـX"
		}
	}
	return false
}

// afterInstruments reports a place at t0 right after a striker's verb, its
// subject and only the weapons it used ("قصفت قوات النظام بالمدفعية
// الثقيلة وراجمات الصواريخ مدينة X وبلدات Y"): the verb's object.
func (a *article) afterInstruments(s *sentence, t0 int) bool {
	weapon := a.x.rules.Cue(rules.CueStateWeapon)
	k, n := t0-1, 0
	for ; k >= 0 && n < 8; k, n = k-1, n+1 {
		t := &s.toks[k]
		if s.mentionAt(k) != nil || !weapon.Has(t) && !t.HasAny("راجمات", "ثقيله", "هاون", "مدينه", "بلده", "بلدات", "مدن", "قري") {
			break
		}
	}
	if n == 0 || k < 1 || s.toks[k+1].Break {
		return false
	}
	sub := s.mentionAt(k)
	return sub != nil && sub.t1 == k+1 && !sub.adj && (sub.typ == model.TypeForce || sub.typ == model.TypeCountry) && sub.t0 > 0 && a.x.rules.Cue(rules.CueStrikeVerbState).Has(&s.toks[sub.t0-1])
}

// placeAt reports token k inside a mention of a town or a country.
func (a *article) placeAt(s *sentence, k int) bool {
	m := s.mentionAt(k)
	return m != nil && (m.typ == model.TypeCity || m.typ == model.TypeCountry)
}

// discoveredTowns are towns the article introduced before with a place word
// ("أُطلقت الصواريخ من أطراف بلدة X") and names bare where strikes landed
// in tokens [lo, hi) of s: "ردّت القوات بقصف على مصادر النيران في X".
func (a *article) discoveredTowns(s *sentence, lo, hi int) []string {
	var out []string
	for k := max(lo, 1); k < hi && k < len(s.toks); k++ {
		if !s.toks[k-1].Has("في") || s.mentionAt(k) != nil || !s.toks[k].Arabic {
			continue
		}
		for _, v := range s.toks[k].Variants {
			id := strings.ToLower(model.TypeCity) + ":" + v.Key // discoveredID of a one-word name
			if e := a.ents[id]; e != nil && e.Type == model.TypeCity && a.hitPlace(s, mention{id: id, typ: model.TypeCity, t0: k, t1: k + 1}) {
				out = addIDs(out, id)
				break
			}
		}
	}
	return out
}

// anaphoricOwners are the groups that a group noun right after a struck
// site points back to, in tokens lo..hi of s: "ضربات على أوكار للتنظيم"،
// "قصفت مقرات الفصيل" strike the group last named.
func (a *article) anaphoricOwners(s *sentence, lo, hi int) []string {
	var out []string
	for _, name := range [...]string{"group_anaphora", "party_anaphora"} {
		out = addIDs(out, a.anaphoricOwnersBy(s, name, lo, hi)...)
	}
	return out
}

// anaphoricOwnersBy are the anaphoricOwners told by the cue name.
func (a *article) anaphoricOwnersBy(s *sentence, name string, lo, hi int) []string {
	var out []string
	sites, places := a.x.rules.Cue(rules.CueStrikeSite), a.x.rules.Cue(rules.CuePlaceNoun)
	for _, t := range a.freeCues(s, name) {
		if t < lo || t >= hi {
			continue
		}
		if (t == lo || !sites.Has(&s.toks[t-1]) && !places.Has(&s.toks[t-1]) && !a.siteMembers(s, t-1, lo) && !harbouredMember(s, t, lo)) && !a.sufferedBy(s, t) {
			continue
		}
		if id := a.lastGroup(s, t, stem(&s.toks[t])); id != "" {
			out = addIDs(out, id)
		}
	}
	return out
}

// harbouredMember reports the group noun at t named by one of its members
// whom a struck house harboured: "استهدفت منزلاً يُعتقد أنه يؤوي قيادياً
// في التنظيم".
func harbouredMember(s *sentence, t, lo int) bool {
	if t < 3 || !s.toks[t-1].HasAny("في", "من") || !s.toks[t-2].HasPrefix("قيادي") && !s.toks[t-2].HasAny("عناصر", "مسلحين", "عنصرا", "عنصر") {
		return false
	}
	for j := t - 3; j >= lo && j >= t-4; j-- {
		if w := &s.toks[j]; w.HasPrefix("يؤوي") || w.HasPrefix("تؤوي") || w.HasPrefix("ياوي") || w.HasPrefix("تاوي") {
			return true
		}
	}
	return false
}

// sufferedBy reports the definite group noun at t ("الحركة") as the
// subject of a verb of being struck right after it: "وكانت الحركة قد
// تعرضت لضربة أمريكية" (the group named before was hit).
func (a *article) sufferedBy(s *sentence, t int) bool {
	if !definite(&s.toks[t]) {
		return false
	}
	for _, k := range a.freeCue(s, rules.CueSubjected) {
		if k > t && k-t <= 3 && !breakBetween(s, t, k) {
			return true
		}
	}
	return false
}

// supported reports a support word up to four words before the group at
// t, in its clause: "ضربات جوية دعماً لشركائنا في قوات سوريا الديمقراطية"،
// "بالتنسيق مع X" name the striker's partner, no target.
func (a *article) supported(s *sentence, t int) bool {
	for _, k := range a.freeCue(s, rules.CueStrikeSupport) {
		if k < t && t-k <= 4 && !breakBetween(s, k, t) {
			return true
		}
	}
	return false
}

// siteMembers reports a members noun at k ("مسلحو"، "عناصر") in a relative
// clause of a struck site at most four words before it, from token lo on:
// "غارات على مواقع يتحصن فيها مسلحو التنظيم"، "مقرات يستخدمها عناصر الفصيل".
func (a *article) siteMembers(s *sentence, k, lo int) bool {
	if !a.x.rules.Cue(rules.CueSiteMembers).Has(&s.toks[k]) {
		return false
	}
	for j := k + 2; j < len(s.toks) && j <= k+3 && !s.toks[j].Break; j++ {
		if t := &s.toks[j]; t.HasPrefix("تحصن") || t.HasPrefix("يتحصن") || t.HasPrefix("اختبا") || t.HasPrefix("يختبئ") {
			return true // "غارات على مبانٍ قالت قسد إن عناصر التنظيم تحصنوا فيها"
		}
	}
	if k >= lo+2 && s.toks[k-1].HasAny("منها", "منه", "منهما") && launchVerb(&s.toks[k-2]) {
		return true // "غارات على مبانٍ …، بعدما أطلق منها مسلحو التنظيم النار": the men who fired from the sites struck
	}
	sites, places := a.x.rules.Cue(rules.CueStrikeSite), a.x.rules.Cue(rules.CuePlaceNoun)
	for j := k - 1; j >= lo && j >= k-4; j-- {
		if s.toks[j+1].Break {
			return false
		}
		if sites.Has(&s.toks[j]) || places.Has(&s.toks[j]) {
			return true
		}
	}
	return false
}

// forceSites reports a force named as the owner of struck sites: a site noun
// right before it and the force written with ل ("مواقع لقوات النظام"), or
// an indefinite site noun in construct with it ("مواقع قوات النظام").
func (a *article) forceSites(s *sentence, m mention) bool {
	if a.ownedSites(s, m) {
		return true
	}
	if m.t0 == 0 || !a.x.rules.Cue(rules.CuePlaceNoun).Has(&s.toks[m.t0-1]) && !a.x.rules.Cue(rules.CueStrikeSite).Has(&s.toks[m.t0-1]) {
		return false
	}
	t := &s.toks[m.t0]
	if strings.HasSuffix(t.Pre, "ل") || strings.HasPrefix(t.Surface, "ل") {
		return true
	}
	site := &s.toks[m.t0-1] // "قواعد التحالف" are the attacked side's bases, no struck sites
	return !definite(site) && !t.Break && site.Pre == "" && a.x.rules.Cue(rules.CueSiteNoun).Has(site)
}

// ownedSites reports a force named as the owner of sites after a word of
// ownership: "مواقع عسكرية تابعة للجيش السوري"، "أسلحة يملكها النظام".
func (a *article) ownedSites(s *sentence, m mention) bool {
	if m.t0 < 2 || s.toks[m.t0].Break {
		return false
	}
	own := &s.toks[m.t0-1]
	withLi := ofEvent(s, m.t0) || strings.HasPrefix(s.toks[m.t0].Surface, "ل")
	if !(own.HasAny("تابعه", "تابعا", "تابعين", "تابعتين") && withLi) && !own.HasAny("يملكها", "يملكه", "يستخدمها", "تستخدمها", "يستخدمه", "تستخدمه") {
		return false
	}
	sites, places := a.x.rules.Cue(rules.CueSiteNoun), a.x.rules.Cue(rules.CueStrikeSite)
	for j := m.t0 - 2; j >= 0 && j >= m.t0-4; j-- {
		if s.toks[j+1].Break {
			return false
		}
		if sites.Has(&s.toks[j]) || places.Has(&s.toks[j]) || s.toks[j].HasAny("اسلحه", "اهداف", "اهدافا") {
			return true
		}
	}
	return false
}

// otherSide drops from targets the ids on actor's side: a force is a
// target only of the other side.
func (a *article) otherSide(actor string, targets []string) []string {
	out := targets[:0]
	for _, id := range targets {
		if !a.x.sameActor(id, actor) {
			out = append(out, id)
		}
	}
	return out
}

// backingCueBefore reports a backing cue ending right before token t: the group
// there backs the struck ones ("الجماعتان المدعومتان من الحرس الثوري").
func (a *article) backingCueBefore(s *sentence, backed []int, t int) bool {
	set := a.x.rules.Cue(rules.CueBacked)
	for _, c := range backed {
		if end := c + set.Match(s.toks, c); c < t && end <= t && t-end <= 1 {
			return true
		}
	}
	return false
}

// passiveAgent reports a strike noun with the preposition ب or ل whose
// actor is a country adjective right after it: "قُصفت مواقع X بغارات
// أمريكية"، "تعرضت مقرات X لضربات أمريكية". The targets come before it.
func (a *article) passiveAgent(s *sentence, c int) bool {
	t := &s.toks[c]
	w := strings.TrimPrefix(strings.TrimPrefix(t.Surface, "و"), "ف")
	weapon := a.x.rules.Cue(rules.CueStateWeapon)
	prep := strings.HasPrefix(w, "ب") || strings.HasPrefix(w, "ل") || strings.HasSuffix(t.Pre, "ب") || strings.HasSuffix(t.Pre, "ل")
	if !weapon.Has(t) || !prep && !a.killedIn(s, c) {
		return false
	}
	k := c + 1
	for k < len(s.toks) && k <= c+2 && s.mentionAt(k) == nil && (weapon.Has(&s.toks[k]) || a.x.rules.Cue(rules.CueStrikeModifier).Has(&s.toks[k])) {
		k++ // "بغارات جوية أمريكية"، "في غارة بطائرة مسيرة أمريكية"
	}
	m := s.mentionAt(k)
	return k < len(s.toks) && m != nil && m.adj && m.t0 == k
}

// killedIn reports "في" before strike cue c after a casualty or loss word
// of its clause: "قُتل ثلاثة من عناصر X في غارة أمريكية".
func (a *article) killedIn(s *sentence, c int) bool {
	if c == 0 || !s.toks[c-1].Has("في") {
		return false
	}
	lo, _ := clause(s, c)
	for _, set := range []string{"casualties", "loss"} {
		for _, k := range a.freeCues(s, set) {
			if k >= lo && k < c-1 {
				return true // "قُتل ثلاثة من عناصر X في غارة"، "خسرت X سبعة من مقاتليها في غارات"
			}
		}
	}
	return false
}

// locatingRegion reports a place named right after a known town and a compass
// word, or a region whose name starts with one: it says where the town is.
func (a *article) locatingRegion(s *sentence, m mention) bool {
	k := m.t0 - 1
	compass := a.x.rules.Cue(rules.CueCompass)
	if k < 0 {
		return false
	}
	if compass.Has(&s.toks[k]) {
		k--
	} else if !compass.Has(&s.toks[m.t0]) {
		return false
	}
	if k < 0 {
		return false
	}
	p := s.mentionAt(k)
	return p != nil && p.id != m.id && p.typ == model.TypeCity && !p.adj && a.x.lex != nil && a.x.lex.ByID(p.id) != nil
}

func (a *article) addRetaliation(s *sentence, c int, actor string, targets []string, response bool, limit int) *retAcc {
	targets = a.otherSide(actor, targets)
	from, to := a.eventSpan(s, c)
	r := &retAcc{actor: actor, targets: targets, weapons: a.weaponsIn(s, from, to), first: s.idx, sent: s.idx, cued: response, cue: c}
	r.linked = len(a.freeCue(s, rules.CueLinked)) > 0 || a.attackComesAfter(s, c) || a.usedInAttacks(s, c)
	immediate := false
	if h := a.killingDaysBefore(s, c); h != nil {
		r.day, r.text, r.linked = h.day, h.text, true // "بعد أسبوع من اغتيال القيادي X بغارة أمريكية": tied to the story
	} else if h := a.spanThenStrike(s, c); h != nil {
		r.day, r.text, r.linked = h.day, h.text, true
	} else if h := a.dayBeforeAttack(s, c); h != nil {
		r.day, r.text, r.linked = h.day, h.text, true
	} else if h := a.dayAfterAttack(s, c); h != nil {
		r.day, r.text, r.linked = h.day, h.text, true
	} else if h := eveOfStatement(s, c); h != nil {
		r.day, r.text = h.day, h.text
	} else if followedIt(s, c) {
		r.linked = true // "هجوم ... في 27 كانون الأول، وأعقبته غارات أميركية": some day after the attack's, which it answers
	} else if h := a.strikeDate(s, c, limit); h != nil {
		r.day, r.text = h.day, h.text
		if h.day == "" && h.from != "" && h.tok < c+8 {
			r.day = h.from // "شنّ سلاح الجو منذ صباح الجمعة أكثر من 40 غارة": the strikes began that day
		}
		r.vague = h.day == ""
		r.weakDay = a.statementDay(s, h.tok, c)
		immediate = a.x.rules.Cue(rules.CueImmediate).Match(s.toks, h.tok) > 0
		if immediate {
			if o := a.dayAfterImmediate(s, h, c, limit); o != nil {
				// "ردت على الفور بضربات نفذتها المقاتلات فجر اليوم التالي":
				// the strike's own day, told after "at once", is its day.
				r.day, r.text, r.vague, immediate = o.day, o.text, false, false
				r.weakDay = a.statementDay(s, o.tok, c)
			}
		}
	} else if h := a.relativeStrikeDay(s); h != nil {
		r.day, r.text = h.day, h.text
	} else if k := laterOpener(s); k >= 0 && k < c {
		if h := a.lastAttackDay(s, k); h != nil {
			r.day, r.text, r.weakDay = h.day, h.text, true // "وفي وقت لاحق، قصفت طائرات ...": the attack's day
		}
	}
	if r.day == "" && definite(&s.toks[c]) && a.x.rules.Cue(rules.CueStatedStrike).Has(&s.toks[c]) {
		if h := a.priorStrikeDay(s, actor, true); h != nil {
			r.day, r.text, r.weakDay = h.day, h.text, true // "فمساء الجمعة أغارت قاذفات على 85 هدفاً. وقالت سنتكوم إن الضربات طالت ...": that Friday
		}
	}
	if response && !a.answersAttacksInGeneral(s) {
		r.answers = a.answeredBase(s)
		r.responds = a.answeredAttack(s, c)
		if at := r.responds; at != nil && a.ownAttack(at, actor) {
			// "شن الحرس الثوري ضربات على مقرات … فيما تعرض معسكر X لضربات"
			// then "العملية جاءت رداً على …": the strike is that attack, and
			// answers something else.
			if r.day == "" {
				r.day, r.text, r.weakDay = at.live().day, at.live().text, true
			}
			r.responds = nil
		}
		if r.responds != nil && (r.day == "" || immediate && r.responds.live().day != "" && !a.attackDay(r.day)) && !a.backDated(s, c) {
			r.day, r.text = r.responds.live().day, r.responds.live().text
			r.weakDay = true // "ردت القوات على الفور": the day of the attack answered, not the day named last
		}
	}
	if r.day == "" && response && r.responds == nil && !a.pluperfect(s) {
		h := a.priorStrikeDay(s, actor, false)
		if h == nil {
			h = a.priorStrikeDay(s, actor, true)
		}
		if h != nil {
			r.day, r.text, r.weakDay = h.day, h.text, true // "قُتل 14 في قصف صاروخي أمس السبت …" then "وقال الحرس الثوري إن وحداته استهدفت … رداً على …": that strike
		}
	}
	if r.responds == nil && a.firesBack(s, c) {
		if at := a.toldAttack(s); at != nil {
			r.responds, r.cued = at, true // "قصفت المدفعية مواقع إطلاق الصواريخ": the attack just told
			if r.day == "" {
				r.day, r.text, r.weakDay = at.day, at.text, true
			}
		}
	}
	r.evidence = append(r.evidence, a.evidence(s))
	a.rets = append(a.rets, r)
	return r
}

// killingDaysBefore dates a strike told as the means of a killing that
// came a span before the sentence's day: in "أعلنت X، مساء أمس، استهداف
// قاعدة Y، بعد أسبوع من اغتيال القيادي Z بغارة أمريكية" the strike at c
// is a week before yesterday. It is nil when no such phrase leads to c.
func (a *article) killingDaysBefore(s *sentence, c int) *dateHit {
	of := -1
	for k := c - 1; k > 1 && k >= c-10; k-- {
		if s.toks[k+1].Break {
			return nil
		}
		if (s.toks[k].Has("من") || s.toks[k].Has("علي")) && killWord(&s.toks[k+1]) {
			of = k // "من اغتيال"، "على مقتل"
			break
		}
	}
	if of < 2 {
		return nil
	}
	n, d, ok := a.spanEnding(s, of-1)
	if !ok || n < 1 || d < 1 || !s.toks[d-1].Has("بعد") {
		return nil
	}
	anchor := lastDayBefore(s, d-1)
	if anchor == nil {
		return nil
	}
	return &dateHit{tok: d - 1, text: surfaceOf(s.toks, d-1, of+2, 0), day: addDays(anchor.day, -n)}
}

// dayAfterImmediate is the first day named after the "at once" hit h of
// the strike at c, before limit, outside the answer clause and before a word
// that opens another clause ("فيما توعد المسلحون مساء الخميس"): the day the
// strike itself names.
func (a *article) dayAfterImmediate(s *sentence, h *dateHit, c, limit int) *dateHit {
	imm := a.x.rules.Cue(rules.CueImmediate)
	for i := range s.dates {
		o := &s.dates[i]
		if o.tok <= h.tok || o.tok >= limit || o.day == "" || imm.Match(s.toks, o.tok) > 0 ||
			a.inAnswerClause(s, c, o.tok) || a.answeredBackAfter(s, o.tok, c) {
			continue
		}
		for k := h.tok + 1; k < o.tok; k++ {
			if s.toks[k].HasAny("فيما", "بينما", "حين", "حيث", "كما", "ثم") {
				return nil
			}
		}
		return o
	}
	return nil
}

// attackDay reports a day on which an attack of the article fell: an
// answer "على الفور" dated by the day named last is on it only then.
func (a *article) attackDay(day string) bool {
	for _, at := range a.attacks {
		if !at.merged && at.day == day {
			return true
		}
	}
	return false
}

// firesBack reports the places an attack was launched from, or those who
// carried it out, as the object of strike cue c, within eight words after
// it: "مواقع إطلاق الصواريخ"، "مصادر النيران"، "المسلحين الذين أطلقوا
// المسيرات"، "الجهات المسؤولة عن الهجوم".
func (a *article) firesBack(s *sentence, c int) bool {
	if a.attackComesAfter(s, c) {
		return false // "جاء الهجوم غداة قيام التحالف بشن ضربات ضد مواقع لإطلاق الصواريخ": an earlier strike
	}
	for _, k := range a.freeCue(s, rules.CueFireSource) {
		if k > c && k-c <= 8 && !breakBetween(s, c, k) {
			return true
		}
	}
	return false
}

// statementDay reports a date hit at tok that dates a statement, not the
// strike at c: "أعلنت سنتكوم، الإثنين، أن ضربات طالت ...".
func (a *article) statementDay(s *sentence, tok, c int) bool {
	if tok >= c {
		return false
	}
	for _, k := range a.freeCue(s, rules.CueAnnounce) {
		if k < tok && tok-k <= 8 {
			return true
		}
	}
	return false
}

// followedIt reports a verb of following with the attack as its pronoun
// right before strike noun c: "وأعقبته غارات"، "تلته ضربات".
func followedIt(s *sentence, c int) bool {
	return c >= 1 && !s.toks[c].Break && s.toks[c-1].HasAny("اعقبته", "اعقبتها", "اعقبه", "اعقبها", "تلته", "تلتها", "تلاه", "تلاها", "تبعته", "تبعتها")
}

// eveOfStatement dates indefinite strike noun c after "غداة" by the day
// told before it: "دعا الأمين العام، اليوم الاثنين، ... غداة غارات جوية
// أمريكية" puts the strikes on Sunday.
func eveOfStatement(s *sentence, c int) *dateHit {
	if c < 1 || !s.toks[c-1].Has("غداه") || definite(&s.toks[c]) {
		return nil
	}
	h := lastDayBefore(s, c-1)
	if h == nil {
		return nil
	}
	return &dateHit{tok: c - 1, day: addDays(h.day, -1), text: surfaceOf(s.toks, c-1, c+1, 0)}
}

// relativeStrikeDay dates a strike told relative to another event: "وبعد
// ساعات من الهجوم"، "في اليوم التالي للهجوم"، "غداة الهجوم" count from the
// attack the sentence points back to; "في اليوم التالي للضربات" or a bare
// "وبعد يومين" from the last dated strike (else the attack).
func (a *article) relativeStrikeDay(s *sentence) *dateHit {
	n, lo, hi, ok := relativeSpan(s)
	if !ok {
		return nil
	}
	bare := hi >= len(s.toks) || s.toks[hi].Break
	anaphora := !bare && a.x.rules.Cue(rules.CueStrikeAnaphora).Has(&s.toks[hi])
	toAttack := !bare && !anaphora && a.x.rules.Cue(rules.CueAttack).Has(&s.toks[hi])
	if !bare && !anaphora && !toAttack && hi == lo+2 && (s.toks[lo].Has("بعد") || s.toks[lo].Has("عقب")) {
		bare = true // "قصفت القوات بعد ساعات مقرات ...": the span ends, the object follows
	}
	if !bare && !anaphora && !toAttack {
		return nil // "جاء الهجوم غداة قيام التحالف بشن ضربات": the strike came first
	}
	if anaphora && (s.toks[lo].Has("بعد") || s.toks[lo].Has("عقب") || s.toks[lo].Has("غداه")) && a.attackWordBefore(s, lo) {
		// "ويأتي الهجوم الجديد بعد يوم واحد من الضربات": the strikes came a day before the attack
		if at := a.toldAttack(s); at != nil && at.day != "" {
			return &dateHit{tok: lo, day: addDays(at.day, -n), text: surfaceOf(s.toks, lo, hi, 0)}
		}
		return nil
	}
	anchor := ""
	if !toAttack {
		anchor = a.lastStrikeDay()
	}
	if anchor == "" {
		if at := a.toldAttack(s); at != nil {
			anchor = at.day
		}
	}
	day, err := time.Parse("2006-01-02", anchor)
	if err != nil {
		return nil
	}
	return &dateHit{tok: lo, day: day.AddDate(0, 0, n).Format("2006-01-02"), text: surfaceOf(s.toks, lo, hi, 0)}
}

// toldAttack is the live attack whose telling began last at or before s
// (within eight sentences): what "بعد ساعات من الهجوم" counts from, even
// when a later sentence ("ولم يتبن أحد الهجوم") mentions it again.
func (a *article) toldAttack(s *sentence) *attackAcc {
	var best *attackAcc
	for _, at := range a.attacks {
		if at.first > s.idx || s.idx-at.first > 8 {
			continue
		}
		if best == nil || at.first > best.first {
			best = at // merged or not: a later mention may have absorbed it
		}
	}
	if best == nil {
		return nil
	}
	return best.live()
}

// spanWithBi reads a span word written with the preposition ب: "بساعات"،
// "بيومين".
func spanWithBi(t *arabic.Token) (int, bool) {
	for i := range t.Variants {
		if v := &t.Variants[i]; strings.HasSuffix(v.Pre, "ب") {
			if d, ok := spanDays(v.Key); ok {
				return d, true
			}
		}
	}
	return 0, false
}

// lastStrikeDay is the day of the last dated strike told so far, or "".
func (a *article) lastStrikeDay() string {
	for i := len(a.rets) - 1; i >= 0; i-- {
		if r := a.rets[i]; !r.merged && r.day != "" {
			return r.day
		}
	}
	return ""
}

// relativeSpan finds "بعد|عقب <span> [من|على]"، "غداة" or "اليوم التالي"
// and returns the days, the tokens [lo, hi) of the phrase (hi is the
// word of the event counted from) and whether one was found.
func relativeSpan(s *sentence) (int, int, int, bool) {
	for i := 0; i+1 < len(s.toks); i++ {
		t, next := &s.toks[i], &s.toks[i+1]
		if i+2 < len(s.toks) && (t.Has("بعد") || t.Has("عقب")) && !next.Break {
			if d, ok := spanWithBi(&s.toks[i+2]); ok {
				return d, i, i + 1, true // "عقب الهجوم بساعات": the event word comes first
			}
		}
		if d, end, ok := spanAfter(s, i+1); ok && (t.Has("بعد") || t.Has("عقب")) {
			hi := end
			if hi < len(s.toks) && (s.toks[hi].Has("من") || s.toks[hi].Has("علي")) {
				hi++
			}
			return d, i, hi, true
		}
		if t.Has("غداه") {
			return 1, i, i + 1, true
		}
		if t.HasAny("يوم", "ليله") && next.HasAny("تالي", "تاليه") { // keys drop the article: اليوم التالي، الليلة التالية
			lo := i
			if i > 0 && s.toks[i-1].Has("في") {
				lo = i - 1
			}
			return 1, lo, i + 2, true
		}
	}
	return 0, 0, 0, false
}

// spanAfter reads the span that begins at token k, a span word ("ساعات"،
// "يومين") or a counted one ("48 ساعة"، "3 أيام"), after a hedge ("أقل من"،
// "نحو"، "قرابة"), and returns its days and the token after it.
func spanAfter(s *sentence, k int) (int, int, bool) {
	bound := false // "أقل من أسبوع" is no count of days; "أقل من 48 ساعة" is about two
	if k+1 < len(s.toks) && s.toks[k].HasAny("اقل", "اكثر") && s.toks[k+1].Has("من") {
		k, bound = k+2, true
	} else if k < len(s.toks) && s.toks[k].HasAny("نحو", "قرابه", "حوالي", "زهاء") {
		k++
	}
	if k >= len(s.toks) {
		return 0, 0, false
	}
	if d, ok := spanDays(s.toks[k].Key()); ok && !bound {
		if k+1 < len(s.toks) && !s.toks[k+1].Break && s.toks[k+1].HasAny("واحد", "واحده") {
			return d, k + 2, true // "بعد يوم واحد من": one day
		}
		return d, k + 1, true
	}
	key := s.toks[k].Key()
	if key == "" || key[0] < '0' || key[0] > '9' { // most words: no failed Atoi and its error
		return 0, 0, false
	}
	n, err := strconv.Atoi(key)
	if err != nil || n <= 0 || k+1 >= len(s.toks) {
		return 0, 0, false
	}
	switch u := &s.toks[k+1]; {
	case u.HasAny("ساعه", "ساعات"):
		return (n + 6) / 24, k + 2, true // "بعد 48 ساعة": two days; "بعد 10 ساعات": the same day
	case u.HasAny("يوم", "يوما", "ايام") && !bound:
		return n, k + 2, true
	}
	return 0, 0, false
}

// continueRetaliation adds the groups a following sentence names as hit
// ("وأسفر القصف عن مقتل عناصر من X") before token limit, where strikes
// named by their day begin.
func (a *article) continueRetaliation(s *sentence, r *retAcc, limit int) {
	if h := a.strikeSmallHours(s, r); h != nil {
		r.day = h.day // "ليل الخميس - الجمعة" then "بدأت الغارات قرابة الساعة الواحدة من فجر الجمعة"
		r.evidence = append(r.evidence, a.evidence(s))
	}
	if h := a.sideStrikeDay(s, r, limit); h != nil {
		r.day, r.text, r.weakDay = h.day, h.text, false // "أعلنت الوزارة، الأحد، ..." then "دمرت المقاتلات مساء السبت ..."
		r.evidence = append(r.evidence, a.evidence(s))
	}
	if a.foretoldStrike(s) {
		return // "مرجحاً أن تلجأ واشنطن إلى ضربات على مواقع X": no target of the strike told
	}
	other, attackDay := a.otherStrikeTold(s, r, limit)
	if other {
		return
	}
	if attackDay {
		// "إن الغارات دمرت مخازن تابعة لـX، مؤكداً أن X المسؤول عن الهجوم على Y مساء الأربعاء": the
		// only other day is the attack's; the groups hit are the strike's, the attack's places are not
		groups := slices.DeleteFunc(addIDs(a.reachedTargets(s, r, limit), a.ownedTargets(s, r, limit)...), func(id string) bool { return !a.armedGroup(id) })
		if len(groups) > 0 {
			r.targets = addIDs(r.targets, groups...)
			r.evidence = append(r.evidence, a.evidence(s))
		}
		return
	}
	reached := addIDs(a.reachedTargets(s, r, limit), a.ownedTargets(s, r, limit)...)
	if len(reached) > 0 {
		r.targets = addIDs(r.targets, reached...)
		r.evidence = append(r.evidence, a.evidence(s))
	}
	own := a.ownAnswer(s, r)
	if dead := a.casualtyGroups(s, r, limit); len(dead) > 0 {
		r.targets = addIDs(r.targets, dead...) // "وأفاد المرصد بمقتل أربعة عناصر من لواء X"
		r.evidence = append(r.evidence, a.evidence(s))
		return
	}
	deeds := a.deedSpans(s, -1, limit)
	if !own && (len(a.freeCue(s, rules.CueStrikeAnaphora)) == 0 && !destroyedSites(s) || a.attackOutside(s, deeds) && len(a.targets(s)) > 0 || a.attackLaunch(s) || len(a.freeCue(s, rules.CueSubjected)) > 0) {
		return // "الصواريخ أُطلقت من أطراف بلدة X"، "تتعرض فيها القاعدة لقصف": the attack, not the strike
	}
	if own && r.responds == nil {
		r.responds = a.answeredAttack(s, -1)
	}
	if r.day == "" || r.weakDay && a.definiteStrike(s) {
		if h := a.relativeStrikeDay(s); h != nil {
			r.day, r.text, r.weakDay = h.day, h.text, false // "وأوضحت أن الضربات نفذت في اليوم التالي للهجوم"
			r.evidence = append(r.evidence, a.evidence(s))
		}
	}
	accused := map[string]bool{}
	for _, acc := range a.accused(s) {
		if acc.stance == model.StanceClaimed && (a.inAnswerClause(s, -1, acc.t0) || a.answerRenamed(s, acc.t0)) {
			continue // "استهدفت عناصر من X رداً على التفجيرين …، وهو الهجوم الذي تبناه التنظيم": who claimed what is answered is hit
		}
		accused[acc.id] = true
	}
	added := false
	backed := a.freeCue(s, rules.CueBacked)
	speakers := append(append(a.freeCue(s, rules.CueSpeech), a.freeCue(s, rules.CueAttribution)...), a.freeCue(s, rules.CueReaction)...)
	for _, m := range s.ments {
		if m.t0 >= limit || inSpans(deeds, m.t0) || m.typ == model.TypeMilitia && (a.sourceGroup(s, m.t0) || a.notStruck(s, m.t0)) || nearAfter(s, speakers, m.t0-3, 3) || accused[m.id] || a.inAnswerClause(s, -1, m.t0) || !r.hitBy(m, s) {
			continue // "جاءت رداً على هجمات شنتها X": X is answered, not hit; "وقال مصدر في X إن الغارات ...": X speaks
		}
		if m.typ == model.TypeMilitia && !m.adj && !before(s, backed, m.t0) && !a.backingCueBefore(s, backed, m.t0) && !a.supported(s, m.t0) && !a.memberOf(s, m.t0) && !a.x.sameActor(m.id, r.actor) && !sideNote(s, m.t0) && !a.leaderSlain(s, m) {
			r.targets = addIDs(r.targets, m.id)
			added = true
		}
		if m.typ == model.TypeCity && a.hitPlace(s, m) {
			r.targets = addIDs(r.targets, m.id)
			added = true
		}
	}
	if added && len(reached) == 0 {
		r.evidence = append(r.evidence, a.evidence(s))
	}
}

// attackOutside reports an attack word of s outside the answer clauses
// deeds: in "إن الضربات استهدفت منشآت لـX، وإنها جاءت رداً على هجمات، كان
// أخطرها الهجوم على قاعدة Y" the attack is what the strikes answer.
func (a *article) attackOutside(s *sentence, deeds [][2]int) bool {
	for _, c := range a.freeCue(s, rules.CueAttack) {
		if !inSpans(deeds, c) && !a.inAnswerClause(s, -1, c) {
			return true
		}
	}
	return false
}

// attackLaunch reports a launch cue of s that tells where an attack was
// fired from, not where the striking aircraft took off: in "وشاركت في
// الضربات قاذفات من طراز بي-1 انطلقت من الأراضي الأمريكية" the bombers
// took off.
func (a *article) attackLaunch(s *sentence) bool {
	weapon := a.x.rules.Cue(rules.CueStateWeapon)
	for _, c := range a.freeCue(s, rules.CueLaunch) {
		planes := false
		for k := c - 1; k >= 0 && k >= c-8; k-- { // "قاذفات من طراز بي-1 انطلقت": a model's dash is no clause break
			if weapon.Has(&s.toks[k]) && (s.toks[k].HasPrefix("قاذف") || s.toks[k].HasPrefix("طائر") || s.toks[k].HasPrefix("مقاتل")) {
				planes = true
				break
			}
		}
		if !planes {
			return true
		}
	}
	return false
}

// answerRenamed reports t in a clause that names again the event a
// response cue before it answers: "ردّاً على التفجيرين …، وهو الهجوم الذي
// تبنّاه التنظيم".
func (a *article) answerRenamed(s *sentence, t int) bool {
	k := t
	for k > 0 && !s.toks[k].Break {
		k--
	}
	if !s.toks[k].HasAny("وهو", "وهي", "هو", "هي") {
		return false
	}
	for _, rc := range a.responseCues(s) {
		if rc < k {
			return true
		}
	}
	return false
}

// strikeSmallHours is the date of a sentence after strike r, told at night
// ("ليل الخميس - الجمعة"), that says the strikes came in the small hours of
// the next day: "بدأت الغارات قرابة الساعة الواحدة من فجر الجمعة".
func (a *article) strikeSmallHours(s *sentence, r *retAcc) *dateHit {
	if r.day == "" || !strings.Contains(arabic.Key(r.text), "ليل") || len(a.freeCue(s, rules.CueStrikeAnaphora)) == 0 {
		return nil
	}
	next := addDays(r.day, 1)
	for i, g := range s.dates {
		if g.day == next && earlyHours(s, g.tok) {
			return &s.dates[i]
		}
	}
	return nil
}

// claimer reports a group at token t up to three words after a claim verb:
// "هجمات أغلبها تبنّتها X" names the group that attacked, not one struck.
func (a *article) claimer(s *sentence, t int) bool {
	return nearBefore(a.freeCue(s, rules.CueClaimed), t, 3)
}

// foretoldStrike reports a strike cue of s told as a forecast or a
// threat: "مرجحاً أن تلجأ واشنطن إلى ضربات على مواقع X".
func (a *article) foretoldStrike(s *sentence) bool {
	strikes := a.freeCue(s, rules.CueStrike)
	if len(strikes) == 0 {
		return false
	}
	threats, forecasts := a.freeCue(s, rules.CueHypothetical), a.freeCue(s, rules.CueStrikeForecast)
	for _, c := range strikes {
		if nearBefore(threats, c, 3) || forecast(s, forecasts, c) {
			return true
		}
	}
	return false
}

// notStruck reports a group at token t named as the one that claimed
// another deed or the one the struck fought, up to three words after the
// word: "وتبناهما لاحقاً تنظيم داعش"، "ومنع تسلل عصابات داعش".
func (a *article) notStruck(s *sentence, t int) bool {
	if a.claimer(s, t) {
		return true
	}
	for k := t - 1; k >= 0 && k >= t-3; k-- {
		if s.toks[k+1].Break {
			return false
		}
		if a.x.rules.Cue(rules.CueRetFought).Has(&s.toks[k]) {
			return true
		}
	}
	return false
}

// suffered reports strike cue c written with ل after a verb of being
// struck in s, with no state adjective after it: "تعرضت قاعدة X، التي
// تتمركز فيها قوات التحالف، مساء أمس لقصف بثلاث قذائف" tells the attack
// the forces there suffered ("تعرضت مقرات لـX لضربات أمريكية" is a
// strike, see passiveAgent).
func (a *article) suffered(s *sentence, c int) bool {
	t := &s.toks[c]
	if !strings.HasSuffix(t.Pre, "ل") && !strings.HasPrefix(strings.TrimPrefix(t.Surface, "و"), "ل") {
		return false
	}
	subjected := a.freeCue(s, rules.CueSubjected)
	return len(subjected) > 0 && subjected[0] < c && !a.passiveAgent(s, c)
}

// countedRounds reports strikes counted in rounds ("ردت عليها واشنطن بنحو
// 10 جولات من الضربات"): many strikes, no one of them.
func (a *article) countedRounds(s *sentence, c int) bool {
	k := c - 1
	if k >= 0 && s.toks[k].Has("من") {
		k--
	}
	if k < 0 {
		return false
	}
	return k < c-1 && s.toks[k].HasAny("جولات", "جولتين", "جولتان") // "بنحو 10 جولات من الضربات"
}

// hostileFire reports fire told as hostile or friendly ("قتلى أميركيون
// بنيران معادية"، "بنيران صديقة"): who fired is another side, or no one's
// strike at all.
func hostileFire(s *sentence, c int) bool {
	if !s.toks[c].HasPrefix("نيران") && !s.toks[c].HasPrefix("بنيران") || c+1 >= len(s.toks) {
		return false
	}
	return s.toks[c+1].HasAny("معاديه", "عدو", "صديقه")
}

// sourceGroup reports a group named in a speaker's title (a source noun
// before it), up to six words after a speech verb or "بحسب" with no strike
// word between ("مواقع قالت أنقرة إنها تابعة لـX" names the owner): "وقال مصدر
// عسكري في X إن الغارات استهدفت ..."، "بحسب مصادر في X" (X speaks, it is
// not hit).
func (a *article) sourceGroup(s *sentence, t int) bool {
	sources := a.freeCue(s, rules.CueSourceNoun)
	if len(sources) == 0 {
		return false
	}
	strikes := append(a.freeCue(s, rules.CueStrike), a.freeCue(s, rules.CueStrikeAnaphora)...)
	for _, set := range []string{"speech", "according"} {
		for _, k := range a.freeCues(s, set) {
			if k < t && t-k <= 6 && !nearBefore(strikes, t, t-k) && nearBefore(sources, t, t-k) {
				return true
			}
		}
	}
	return false
}

// saidBy reports a group at token t that speaks: after "بحسب"، or after a
// speech verb with "أن" right after its name ("غارات على مبانٍ قالت قسد
// إن عناصر التنظيم تحصنوا فيها").
func (a *article) saidBy(s *sentence, t int) bool {
	if t == 0 || s.toks[t].Break {
		return false
	}
	if contains(a.freeCue(s, rules.CueAccording), t-1) {
		return true
	}
	if !contains(a.freeCue(s, rules.CueSpeech), t-1) {
		return false
	}
	for k := t + 1; k < len(s.toks) && k <= t+4; k++ {
		if s.toks[k].Key() == "ان" {
			return true
		}
	}
	return false
}

// reachedTargets are the groups and places of the clause where a definite
// strike noun reaches them in a following sentence, before token limit:
// "وذكر المرصد أن الغارات طالت أيضاً مستودعات لـX قرب بلدة Y، بينما نفى
// ... الهجوم على قاعدة Z" adds X and Y to the strike; the attack told in
// the next clause does not stop it.
func (a *article) reachedTargets(s *sentence, r *retAcc, limit int) []string {
	reach := a.x.rules.Cue(rules.CueStrikeReach)
	nouns := append(a.freeCue(s, rules.CueStrikeAnaphora), a.freeCue(s, rules.CueStruckTargets)...)
	for _, k := range nouns {
		if !definite(&s.toks[k]) || k >= limit {
			continue
		}
		among := k > 1 && s.toks[k-1].Has("بين") && s.toks[k-2].Has("من") // "وكان من بين الأهداف مواقع في X"
		if among || k > 0 && reach.Has(&s.toks[k-1]) && !s.toks[k].Break && (k == 1 || s.toks[k-1].Break) {
			return a.otherSide(r.actor, a.targetsIn(s, k+1, limit)) // "وشملت الأهداف مواقع في X وY، ومحيط Z"
		}
		// "القصف المدفعي المضاد طال"، "الأهداف، التي شملت"
		for v := k + 1; v <= k+3 && v < limit; v++ {
			if s.toks[v].Break && !relativeBefore(s, v-1) {
				break
			}
			if v == k+1 && s.toks[v].Break && relativeBefore(s, k) {
				if e := asideEnd(s, v, limit); e > 0 && reach.Has(&s.toks[e]) {
					v = e // "أن الغارات، التي شاركت فيها قاذفات …، استهدفت مراكز في …"
				}
			}
			if reach.Has(&s.toks[v]) {
				_, end := clause(s, v)
				return a.otherSide(r.actor, a.targetsIn(s, v+1, min(listGoesOn(s, end), limit)))
			}
		}
	}
	return nil
}

// listGoesOn is the end of the clause after the one ending at end when it
// adds to its list ("، إضافة إلى مرتفعات X"، "فضلاً عن") or names part of
// it ("في مناطق عدة، بينها X وY"), else end.
func listGoesOn(s *sentence, end int) int {
	if end+1 >= len(s.toks) || !s.toks[end].HasAny("اضافه", "بالاضافه", "فضلا", "بينها", "منها") {
		return end
	}
	_, hi := clause(s, end+1)
	return hi
}

// asideEnd is the token after the relative aside that opens at token v
// ("، التي شاركت فيها قاذفات …،"), when a separator closes it within
// twenty words before limit; else 0.
func asideEnd(s *sentence, v, limit int) int {
	return breakWithin(s, v, limit, 20)
}

// breakWithin is the first token after v, before limit and at most reach
// tokens on, that a break opens, or 0.
func breakWithin(s *sentence, v, limit, reach int) int {
	for e := v + 1; e < limit && e <= v+reach; e++ {
		if s.toks[e].Break {
			return e
		}
	}
	return 0
}

// ownedTargets are the groups a sentence after the strike names as the
// owners of the struck targets, before token limit: a definite noun of the
// targets ("الأهداف"، "المواقع المستهدفة"، "المنشآت التي قُصفت") and within
// six words an ownership word ("تعود لـ"، "تابعة لـ"، "تتبع"، "يستخدمها"),
// then the groups listed after it (see ownersAfter).
// A denial before the noun ("نفت X أن تكون المواقع تابعة لها") owns nothing.
func (a *article) ownedTargets(s *sentence, r *retAcc, limit int) []string {
	nouns := a.freeCue(s, rules.CueStruckTargets)
	if len(nouns) == 0 {
		return nil
	}
	owned := a.x.rules.Cue(rules.CueTargetOwned)
	denials := a.freeCue(s, rules.CueDenied)
	for _, k := range nouns {
		if k >= limit || !definite(&s.toks[k]) || len(denials) > 0 && denials[0] < k {
			continue
		}
		for v := k + 1; v <= k+6 && v < limit; v++ {
			if s.toks[v].Break {
				break
			}
			if owned.Has(&s.toks[v]) {
				return a.otherSide(r.actor, a.ownersAfter(s, v, limit))
			}
		}
	}
	return nil
}

// ownersAfter are the groups listed as owners right after the ownership
// word at v, before limit: the first armed body within three words, then
// each one joined to the last by at most five linking words ("لـX الذي
// يتبع Y والجماعات المرتبطة به، وفي مقدمتها Z"; "ومكلفة بملاحقة خلايا X"
// ends the list). A collective is dropped when named groups are listed
// with it, and a state's force owns sites but is no group struck ("تتبع
// القوات الأمنية العراقية").
func (a *article) ownersAfter(s *sentence, v, limit int) []string {
	var out, groups []string
	last := v
	for _, m := range s.ments {
		if m.t0 <= v || m.adj || m.typ != model.TypeMilitia && m.typ != model.TypeForce {
			continue
		}
		if m.t0 >= limit || last == v && m.t0-v > 3 || last > v && !a.ownersJoined(s, last, m.t0) {
			break
		}
		last = m.t1
		if m.typ != model.TypeMilitia {
			continue
		}
		out = addIDs(out, m.id)
		if !collectiveOnly([]string{m.id}) {
			groups = addIDs(groups, m.id)
		}
	}
	if len(groups) > 0 {
		return groups
	}
	return out
}

// ownersJoined reports tokens [from, to) of s as at most five linking
// words between two owners of struck targets (see ownersAfter).
func (a *article) ownersJoined(s *sentence, from, to int) bool {
	if to-from > 5 {
		return false
	}
	link := a.x.rules.Cue(rules.CueOwnerLink)
	for k := from; k < to; k++ {
		if !link.Has(&s.toks[k]) {
			return false
		}
	}
	return true
}

// mergeRetaliations merges, within the article, retaliations of one actor on
// one day, and undated ones into the dated one whose targets they share.
func (a *article) mergeRetaliations() {
	for i, r := range a.rets {
		for _, d := range a.rets[:i] {
			if d.merged || !a.x.sameActor(d.actor, r.actor) {
				continue
			}
			same := d.day != "" && d.day == r.day && (sameStrike(d, r) || a.x.widerPlaces(d.targets, r.targets) || a.x.widerPlaces(r.targets, d.targets))
			undated := (r.day == "" || d.day == "") && (overlap(d.targets, r.targets) || len(r.targets) == 0 || r.retold) && !apart(d, r)
			if same || undated {
				mergeRet(d, r)
				break
			}
		}
	}
	a.foldUndated()
	a.foldStated()
	a.foldStatementDay()
}

// foldStatementDay merges the strike told after a statement, with an
// earlier day of its own, into the stated strike dated only by the
// statement: "أعلنت الوزارة الأحد تحييد مسلحين في غارات" then "وأوضحت أن
// الطائرات قصفت فجر السبت مخابئ للحزب" tell one strike, on Saturday. A
// day before the attack answered is another strike.
func (a *article) foldStatementDay() {
	for _, r := range a.rets {
		if r.merged || !r.stated || !r.weakDay || r.day == "" {
			continue
		}
		for _, d := range a.rets {
			if d == r || d.merged || !a.toldAfterWithDay(r, d) {
				continue
			}
			mergeRet(r, d)
			r.day, r.text, r.weakDay = d.day, d.text, false
			break
		}
	}
}

// toldAfterWithDay reports strike d of r's side told up to two sentences
// after r, with a day of its own (not the answered attack's) before r's
// and not before the attack r answers.
func (a *article) toldAfterWithDay(r, d *retAcc) bool {
	if d.day == "" || d.weakDay || d.day >= r.day || d.sent <= r.sent || d.sent-r.sent > 2 || !a.x.sameActor(d.actor, r.actor) {
		return false
	}
	return r.responds == nil || r.responds.live().day <= d.day
}

// foldStated merges a strike told by the striker's own statement, dated
// only by the attack it answers ("أعلنت الوزارة أن قواتها ضربت ... رداً على
// الهجوم"), into the strike of that side told with its own later day: the
// statement speaks of that operation.
func (a *article) foldStated() {
	for _, r := range a.rets {
		if r.merged || !r.stated || !r.weakDay || r.day == "" || r.responds == nil || r.responds.live().day != r.day {
			continue
		}
		for _, d := range a.rets {
			if d == r || d.merged || d.weakDay || d.named || d.day <= r.day || !a.x.sameActor(d.actor, r.actor) {
				continue
			}
			if d.responds != nil && r.responds != nil && d.responds.live() != r.responds.live() {
				continue
			}
			day, text := d.day, d.text
			mergeRet(d, r)
			d.day, d.text = day, text
			break
		}
	}
}

// foldUndated: an undated strike of an actor that has exactly one dated
// strike in the article is told of that one, in other words (one
// retaliation per actor and article cluster); its targets are not trusted,
// unless the striking side's own statement names them.
func (a *article) foldUndated() {
	for _, r := range a.rets {
		if r.merged || r.day != "" || r.responds != nil {
			continue
		}
		var only *retAcc
		n := 0
		for _, d := range a.rets {
			if d != r && !d.merged && d.day != "" && a.x.sameActor(d.actor, r.actor) {
				only, n = d, n+1
			}
		}
		if n == 1 && len(r.targets) > 0 && (!overlap(r.targets, only.targets) && (r.text != "" || r.vague) || r.earlier) {
			continue // "في وقت سابق من الأسبوع قصفت مسيّرات مواقع لـY": its own time, its own targets
		}
		if n == 1 && (r.stated || a.tellsTargets(only, r)) {
			mergeRet(only, r) // the side's own statement names what it hit
		} else if n == 1 {
			r.merged = true
			only.evidence = append(only.evidence, r.evidence...)
		}
	}
}

// foldShared merges an undated strike into the one dated strike of its
// side in the article that shares a target, as the Resolver does across
// articles (it leaves one article's strikes to this fold): the strike told
// twice, once with its day. A strike told as earlier ("وسبق أن ...")
// stays apart.
func (a *article) foldShared() {
	for _, r := range a.rets {
		if r.merged || r.day != "" || r.earlier {
			continue
		}
		var into *retAcc
		n := 0
		for _, d := range a.rets {
			if d != r && !d.merged && d.day != "" && a.x.sameActor(d.actor, r.actor) && overlap(d.targets, r.targets) {
				into, n = d, n+1
			}
		}
		if n == 1 {
			mergeRet(into, r)
		}
	}
}

// apart reports two strikes of which one is told as earlier than the
// story ("وسبق أن قصفت طائرات أمريكية مواقع لـX") and names what it hit:
// not the other told in other words.
// answerNounOf reports a definite answer noun of a side before strike cue c
// in its clause, "الرد التركي طال ... إذ استهدفت ...": the answer told
// before, told again with its targets.
func (a *article) answerNounOf(s *sentence, c int) bool {
	for k := c; k >= 0 && k >= c-12; k-- {
		t := &s.toks[k]
		if definite(t) && t.Has("رد") && k+1 < len(s.toks) {
			if n := s.mentionAt(k + 1); n != nil && n.adj && n.typ == model.TypeCountry {
				return true
			}
		}
		if k < c && s.toks[k+1].Break && k < c-6 {
			return false
		}
	}
	return false
}

func apart(d, r *retAcc) bool {
	return r.earlier && len(r.targets) > 0 || d.earlier && len(d.targets) > 0
}

// tellsTargets reports undated strike r, told with no time of its own after
// the dated strike d that names no target, naming what d hit: "ردت القوات
// التركية ..." then "وأفادت مصادر بأن القصف التركي طال مواقع لـX".
func (a *article) tellsTargets(d, r *retAcc) bool {
	return len(d.targets) == 0 && len(r.targets) > 0 && r.text == "" && !r.vague && r.first > d.first
}

// sameStrike: one actor's strikes on one day are one when they hit the
// same targets, when one names only a collective of backed militias, when
// the striker's own statement tells one of them (the day's operation), when
// both answer the same attack, or when both name none and answer none.
func sameStrike(d, r *retAcc) bool {
	if d.stated || r.stated || overlap(d.targets, r.targets) || collectiveOnly(d.targets) || collectiveOnly(r.targets) {
		return true // "غارات على مواقع لفصائل موالية لإيران" tells the day's strikes on named groups loosely
	}
	if d.responds != nil && r.responds != nil && d.responds.live() == r.responds.live() {
		return true // "ردّ التحالف بضربات استهدفت المهاجمين قرب بلدة X": the day's answer to that attack, told again
	}
	return len(d.targets) == 0 && len(r.targets) == 0 && d.responds == r.responds
}

func mergeRet(dst, src *retAcc) {
	src.merged = true
	dst.linked = dst.linked || src.linked
	dst.targets = addIDs(dst.targets, src.targets...)
	if dst.day == "" {
		dst.day, dst.text = src.day, src.text
	}
	if dst.responds == nil {
		dst.responds = src.responds
	}
	for w := range src.weapons {
		dst.weapons[w] = true
	}
	dst.evidence = append(dst.evidence, src.evidence...)
}

func overlap(a, b []string) bool {
	for _, x := range a {
		for _, y := range b {
			if x == y {
				return true
			}
		}
	}
	return false
}

func (r *retAcc) model(a *article) model.Retaliation {
	targets := slices.DeleteFunc(append([]string{}, r.targets...), func(id string) bool { return a.x.partnerOf(id, r.actor) })
	m := model.Retaliation{Actor: r.actor, Targets: targets, Date: model.Day(r.day),
		DateText: r.text, Articles: []string{a.meta.ID}, Evidence: r.evidence}
	for w := range r.weapons {
		m.Weapons = append(m.Weapons, w)
	}
	sort.Strings(m.Weapons)
	if r.responds != nil {
		at := r.responds.live().model(a)
		m.RespondsTo = &at.ID
	}
	key := r.day
	if key == "" {
		key = a.meta.ID
	}
	m.ID = fmt.Sprintf("retaliation:%s:%s:%d", r.actor, key, r.first)
	return m
}

// partnerOf reports a group the lexicon says the striking side backs: the
// coalition does not strike the SDF it backs ("مشيراً إلى إصابة مقاتل من
// قسد" after its strikes names a casualty of the attack).
func (x *Extractor) partnerOf(id, actor string) bool {
	if x.lex == nil || !strings.HasPrefix(id, "militia:") {
		return false
	}
	e := x.lex.ByID(id)
	if e == nil {
		return false
	}
	for _, r := range e.Relations {
		if r.Type == model.RelBackedBy && x.sameSide(r.To, actor) {
			return true
		}
	}
	return false
}

// widerPlaces reports targets wide that are all regions holding some of the
// places in narrow: "قصف طال مناطق جبلية في إقليم كردستان" tells loosely
// the day's raids "على مواقع في منطقة متينا".
func (x *Extractor) widerPlaces(wide, narrow []string) bool {
	if len(wide) == 0 || len(narrow) == 0 {
		return false
	}
	for _, w := range wide {
		if !slices.ContainsFunc(narrow, func(n string) bool { return n != w && x.holds(w, n) }) {
			return false
		}
	}
	return true
}

// holds reports place n located in region w, up to three steps up.
func (x *Extractor) holds(w, n string) bool {
	in := func(typ string) bool { return typ == model.RelLocatedIn }
	return x.climb(n, 4, in, func(e *lexicon.Entry) bool { return e.ID == w }) != nil
}

// sameActor reports two actors that are one side: equal, or a force and
// the country it belongs to (القوات الأمريكية and "قصف أمريكي").
func (x *Extractor) sameActor(a, b string) bool {
	if a == b {
		return true
	}
	ca, cb := x.countryOf(a), x.countryOf(b)
	return ca != "" && ca == cb
}

// sameSide reports actors of one side: sameActor, or a coalition and the
// state the lexicon says leads it (or a force of that state).
func (x *Extractor) sameSide(a, b string) bool {
	if x.sameActor(a, b) {
		return true
	}
	if x.lex == nil {
		return false
	}
	led := func(c, o string) bool {
		e := x.lex.ByID(c)
		return e != nil && e.LedBy != "" && (o == e.LedBy || x.countryOf(o) == e.LedBy)
	}
	return led(a, b) || led(b, a)
}

// countryOf follows part_of relations of the lexicon to a country.
func (x *Extractor) countryOf(id string) string {
	return x.stateOf(id, 3, func(typ string) bool { return typ == model.RelPartOf })
}

// stateOf walks the lexicon from id along the first relation that follow
// accepts, at most hops entries, to the country it reaches ("" when the walk
// stops short of one).
func (x *Extractor) stateOf(id string, hops int, follow func(typ string) bool) string {
	if e := x.climb(id, hops, follow, func(e *lexicon.Entry) bool { return e.Type == model.TypeCountry }); e != nil {
		return e.ID
	}
	return ""
}

// allAbroad reports targets that all lie in, or are based in, a state
// other than the rules' domestic states (Iraq, Syria, Jordan) and Iran,
// whose attacks on bases nisba follows and where their answers fall.
func (x *Extractor) allAbroad(targets []string) bool {
	for _, id := range targets {
		st := id
		if !strings.HasPrefix(id, "country:") {
			st = x.stateOf(id, 3, func(typ string) bool { return typ == model.RelLocatedIn || typ == model.RelBasedIn })
		}
		if st == "" || x.rules.Domestic[st] || st == "country:iran" {
			return false
		}
	}
	return len(targets) > 0
}

// climb walks the lexicon from id along the first relation that follow
// accepts, looking at most hops entries, and returns the first entry found
// accepts (nil when the walk ends first).
func (x *Extractor) climb(id string, hops int, follow func(typ string) bool, found func(*lexicon.Entry) bool) *lexicon.Entry {
	for hop := 0; hop < hops && x.lex != nil; hop++ {
		e := x.lex.ByID(id)
		if e == nil {
			return nil
		}
		if found(e) {
			return e
		}
		next := ""
		for _, r := range e.Relations {
			if follow(r.Type) {
				next = r.To
				break
			}
		}
		if next == "" {
			return nil
		}
		id = next
	}
	return nil
}

// hitBy reports a mention after the strike words of a follow-up sentence.
func (r *retAcc) hitBy(m mention, s *sentence) bool {
	return m.typ == model.TypeMilitia || m.typ == model.TypeCity
}

// hitPlace reports a town named where strikes landed: "مواقع في X"،
// "مستودعات في X ومقرات قرب Y"، "في القصف قرب X".
func (a *article) hitPlace(s *sentence, m mention) bool {
	if a.afterInstruments(s, m.t0) {
		return true // "قصفت قوات النظام بالمدفعية الثقيلة وراجمات الصواريخ مدينة X"
	}
	steps, named, striker := 0, true, false
	for k := m.t0 - 1; k >= 0 && steps < 5; k-- {
		t := &s.toks[k]
		if n := s.mentionAt(k); n != nil {
			striker = named && !n.adj && (n.typ == model.TypeForce || n.typ == model.TypeCountry)
			k = n.t0 // a list of places, or the group whose sites they are
			continue
		}
		if named && k >= 2 && occupationForces(s, k+1) {
			striker, k = true, k-1 // "قصفت مدفعية الاحتلال قريتي X وY"
			continue
		}
		if striker && a.x.rules.Cue(rules.CueStrikeVerbState).Has(t) {
			return true // "قصفت القوات الأمريكية قرية X": the verb's object, right after its subject
		}
		named, striker = false, false
		if h := dateAt(s, k); h != nil && h.tok > 0 {
			k = h.tok // "استهدفت الغارات، أمس، مدينة X": the day told between commas
			continue
		}
		if a.x.rules.Cue(rules.CuePlaceNoun).Has(t) || a.x.rules.Cue(rules.CueStrikeAnaphora).Has(t) || a.x.rules.Cue(rules.CueStrikeObject).Has(t) || t.HasPrefix("اخري") ||
			a.x.rules.Cue(rules.CueStrikeVicinity).Has(t) || a.x.rules.Cue(rules.CueStrikeSite).Has(t) {
			return true // "محيط مدينة X"، "مستودع أسلحة في X"
		}
		if k == m.t0-1 && a.x.rules.Cue(rules.CueStrikeReach).Has(t) {
			return true // "بغارات طالت X، وY"
		}
		if t.HasAny("بينها", "منها") && (t.Break || k > 0 && s.toks[k-1].HasAny("مناطق", "مدن", "بلدات", "محافظات")) {
			return true // "في مناطق عدة، بينها X وY"، "في مناطق بينها X وY"
		}
		if t.Has(arabic.Key("على")) && (k == m.t0-1 || k == m.t0-2 && a.x.rules.Cue(rules.CueSettlementHead).Has(&s.toks[k+1]) || a.placeListBetween(s, k+1, m.t0)) {
			return true // "ألقت المروحيات البراميل المتفجرة على مدينة X"، "على مدينة X وبلدات Y وZ": the strike's objects
		}
		if t.Has("قرب") && (k == m.t0-1 || k == m.t0-2 && a.x.rules.Cue(rules.CueSettlementHead).Has(&s.toks[k+1])) {
			return true // "على مركبة لـX قرب بلدة Y"، "، وقرب قضاء Y"
		}
		if t.Has("في") && k > 0 && destroyedIn(&s.toks[k-1]) && onlyPlacesBetween(s, afterArea(s, k+1), m.t0) {
			return true // "25 هدفاً ... دُمّرت في مناطق X وY": the struck targets' places
		}
		if k > 0 && t.Has("في") && strings.HasPrefix(t.Surface, "و") && onlyPlacesBetween(s, afterArea(s, k+1), m.t0) {
			return a.listedPlace(s, k-1) // "مستودعات في جرف الصخر، وفي القائم"، "منشآت في جرف الصخر شمالي بابل وفي القائم"
		}
		if p := s.mentionAt(k - 1); k == m.t0-1 && k > 0 && t.Key() == "في" && p != nil && p.typ == model.TypeCity && !p.adj {
			return false // "قرب بلدة X في محافظة Y": Y says where X is
		}
		if t.Break && t.Has("في") && a.groupSitesBefore(s, k) {
			return true // "مقرات لـA وB، في القائم وعكاشات"
		}
		if t.Break {
			if h := dateAt(s, k-1); h != nil && h.end == k && h.tok > 0 && s.toks[h.tok].Break && t.Has(arabic.Key("على")) {
				k = h.tok // "شنت غارات، صباح اليوم، على مدينة X": the day told between commas
				continue
			}
			return false
		}
		if !a.ownerWord(t) && !a.groupWord(t) {
			steps++ // "مخازن أسلحة تابعة لـX المنضوية في Y في مدينة Z": the owner's words are free
		}
	}
	return false
}

// destroyedSites reports targets told destroyed in places: "25 هدفاً ...
// دُمّرت في مناطق X" tells the strike's targets without naming the strike.
func destroyedSites(s *sentence) bool {
	for k := 1; k+1 < len(s.toks); k++ {
		if destroyedIn(&s.toks[k]) && s.toks[k+1].Has("في") {
			return true
		}
	}
	return false
}

// destroyedIn reports a passive destroy verb: "دُمّرت"، "دُمّر".
func destroyedIn(t *arabic.Token) bool {
	return t.HasAny("دمرت", "دمر", "تدميرها", "تدميره")
}

// afterArea is j, or the token after it when j is "مناطق"/"منطقة" before
// a list of places ("في مناطق متينا وهاكورك").
func afterArea(s *sentence, j int) int {
	if s.toks[j].HasAny("مناطق", "منطقه", "منطقتي") {
		return j + 1
	}
	return j
}

// onlyPlacesBetween reports tokens [from, to) that are all mentions of
// places or "و": "وفي البوكمال والميادين" lists both after وفي.
func onlyPlacesBetween(s *sentence, from, to int) bool {
	for k := from; k < to; k++ {
		if n := s.mentionAt(k); n != nil && (n.typ == model.TypeCity || n.adj) {
			k = n.t1 - 1
			continue
		}
		if s.toks[k].Surface != "و" {
			return false
		}
	}
	return true
}

// placeListBetween reports a list of towns and nothing else in tokens
// [from, to) of s, each perhaps after its place word: "مدينة X وبلدات Y و".
func (a *article) placeListBetween(s *sentence, from, to int) bool {
	for k := from; k < to; k++ {
		if n := s.mentionAt(k); n != nil && n.typ == model.TypeCity && !n.adj {
			k = n.t1 - 1
			continue
		}
		t := &s.toks[k]
		if t.Break || t.Surface != "و" && !a.x.rules.Cue(rules.CueSettlementHead).Has(t) && !a.x.rules.Cue(rules.CuePlaceList).Has(t) {
			return false
		}
	}
	return from < to
}

// groupSitesBefore reports a site noun whose owners, a list of armed groups
// and nothing else, run up to token k: "بينها مقرات لـA وB وC، في X".
func (a *article) groupSitesBefore(s *sentence, k int) bool {
	free := 3 // the sites' own complements: "مراكز قيادة ومستودعات صواريخ ومسيّرات تابعة لـX"
	for j := k - 1; j >= 0 && j >= k-15; j-- {
		if n := s.mentionAt(j); n != nil {
			if n.typ != model.TypeMilitia && !n.adj {
				return false
			}
			j = n.t0
			continue
		}
		t := &s.toks[j]
		if a.x.rules.Cue(rules.CuePlaceNoun).Has(t) || a.x.rules.Cue(rules.CueSiteNoun).Has(t) {
			return true
		}
		if t.Break {
			return false
		}
		if !a.ownerWord(t) && !t.Has("و") {
			if free--; free < 0 {
				return false
			}
		}
	}
	return false
}

// groupWord reports a word naming the owner group again or its members:
// "مواقع قالت إنها تابعة لمسلحي الحزب في منطقة X" hit X.
func (a *article) groupWord(t *arabic.Token) bool {
	c := a.x.rules.Cues
	return c["group_anaphora"].Has(t) || c["party_anaphora"].Has(t) || c["site_members"].Has(t)
}

// ownerWord reports a word of the phrase that names whose a site is: a
// link ("تابعة"، "يستخدمها"، "أسلحة"), a membership word ("ضمن"،
// "المنضوية") or a unit's number ("اللواء 46").
func (a *article) ownerWord(t *arabic.Token) bool {
	if a.x.rules.Cue(rules.CueSiteLink).Has(t) || a.x.rules.Cue(rules.CueMembership).Has(t) {
		return true
	}
	for _, r := range t.Surface {
		if !unicode.IsDigit(r) {
			return false
		}
	}
	return t.Surface != ""
}

// listedPlace reports a struck town among those named in the eight tokens
// up to k: a town after "، وفي" continues their list ("مستودعات في جرف
// الصخر شمال بابل، وفي القائم").
func (a *article) listedPlace(s *sentence, k int) bool {
	for j := k; j >= 0 && j > k-8; j-- {
		p := s.mentionAt(j)
		if p == nil || p.typ != model.TypeCity || p.adj {
			continue
		}
		if a.hitPlace(s, *p) {
			return true
		}
		j = p.t0
	}
	return false
}

// topForce follows part_of from a branch to the force it belongs to
// (سلاح الجو الأمريكي -> القوات الأمريكية): retaliations are by a side.
func (a *article) topForce(id string, s *sentence) string {
	for hop := 0; hop < 3 && a.x.lex != nil; hop++ {
		e := a.x.lex.ByID(id)
		if e == nil || strings.Contains(e.NameEn, "Air Force") || strings.Contains(e.NameEn, "Aviation") {
			return id // an air force or army aviation is a service named on its own: "سلاح الجو العراقي"، "طيران الجيش"
		}
		next := ""
		for _, r := range e.Relations {
			if r.Type == model.RelPartOf {
				if p := a.x.lex.ByID(r.To); p != nil && p.Type == model.TypeForce {
					next = p.ID
				}
			}
		}
		if next == "" || !a.ensure(next, s) {
			return id
		}
		id = next
	}
	return id
}

// ministryState is the state a ministry or other body that strikes
// through its forces belongs to ("أعلنت وزارة الدفاع التركية أن قواتها
// ردّت بقصف"), when the article names that state: the body does not
// strike, the state does. Other actors are returned as they are.
func (a *article) ministryState(id string) string {
	if a.x.lex == nil {
		return id
	}
	if e := a.x.lex.ByID(id); e == nil || e.Type != model.TypeOrganization {
		return id
	}
	if c := a.x.countryOf(id); c != "" && a.ents[c] != nil {
		return c
	}
	return id
}

// namedStrike is a strike noun followed by the numeric day it names
// ("غارات 22 نوفمبر"، "ضربة 3 ديسمبر"), or a strike told as coming again on its own day
// ("ثم عادت في 12 تشرين الثاني لتقصف"). The strike's words start at from;
// tok is its strike word.
type namedStrike struct {
	from, tok int
	day       *dateHit
}

// numericDate reports a date written with its day number first ("22
// نوفمبر"، "٣ ديسمبر"): after a strike noun it names the strike, where
// "ضربات فجر الثلاثاء" only tells when they fell.
func numericDate(text string) bool {
	for _, r := range text {
		return unicode.IsDigit(r)
	}
	return false
}

// datedStrikeNouns are the strikes of s named by their day, in order.
func (a *article) datedStrikeNouns(s *sentence) []namedStrike {
	if len(s.dates) == 0 {
		return nil
	}
	var out []namedStrike
	for _, c := range a.freeCue(s, rules.CueStrikeNoun) {
		for i := range s.dates {
			if h := &s.dates[i]; h.tok == c+1 && h.day != "" && numericDate(h.text) && !a.inAnswerClause(s, c, c) {
				out = append(out, namedStrike{from: c, tok: c, day: h})
			}
		}
	}
	out = append(out, a.strikeHoursBefore(s)...)
	again := a.freeCue(s, rules.CueStrikeAgain)
	if len(again) == 0 {
		sort.Slice(out, func(i, j int) bool { return out[i].from < out[j].from })
		return out
	}
	strikes := append(a.freeCue(s, rules.CueStrike), a.freeCue(s, rules.CueStrikePresent)...) // fresh slices from cueHits
	sort.Ints(strikes)
	for _, g := range again {
		for i := range s.dates {
			h := &s.dates[i]
			if h.tok <= g || h.tok > g+4 || h.day == "" {
				continue
			}
			for _, c := range strikes {
				if c > h.tok && c <= h.tok+8 {
					out = append(out, namedStrike{from: g, tok: c, day: h})
					break
				}
			}
			break
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].from < out[j].from })
	return out
}

// strikeHoursBefore finds an earlier strike told after the one of s, with
// a day of its own: "شنت مقاتلات غارات على X فجر اليوم، وذلك بعد ساعات من
// غارة نفذتها طائرة مساء أمس على عجلة قرب Y" names two strikes.
func (a *article) strikeHoursBefore(s *sentence) []namedStrike {
	var out []namedStrike
	for _, c := range a.freeCue(s, rules.CueStrikeNoun) {
		if c < 3 || !s.toks[c-1].Has("من") || !s.toks[c-2].HasAny("ساعات", "ساعه", "ساعتين", "يوم", "يومين", "ايام") || !s.toks[c-3].HasAny("بعد", "عقب") {
			continue
		}
		for i := range s.dates {
			if h := &s.dates[i]; h.tok > c && h.tok-c <= 10 && h.day != "" { // "غارة نفذتها طائرة من طراز (AC-130) مساء أمس"
				out = append(out, namedStrike{from: c - 3, tok: c, day: h})
				break
			}
		}
	}
	return out
}

// addDatedStrikes adds one retaliation per strike named by its day; its
// targets run to the next named strike: "بعد غارات 22 نوفمبر التي طالت
// مقرين لـX في Y، وضربة 3 ديسمبر على مستودع قرب Z". The actor is the one
// striking in the sentence (r), a country adjective of the sentence's
// strikes ("الضربات الأمريكية"), or the article's last striker.
func (a *article) addDatedStrikes(s *sentence, named []namedStrike, r *retAcc) *retAcc {
	var last *retAcc
	for i, n := range named {
		end := len(s.toks)
		if i+1 < len(named) {
			end = named[i+1].from
		}
		actor, ok := a.actor(s, n.tok)
		if !ok {
			actor, ok = a.sentenceStriker(s, n.tok, r)
		}
		targets := a.otherSide(actor, a.targetsIn(s, n.tok+1, end))
		if !ok || len(targets) == 0 || a.strikesBase(s, n.tok) {
			continue
		}
		d := &retAcc{actor: a.topForce(actor, s), targets: targets, weapons: a.weaponsIn(s, n.tok, end),
			first: s.idx, sent: s.idx, day: n.day.day, text: n.day.text, linked: true, named: true}
		d.evidence = append(d.evidence, a.evidence(s))
		a.rets = append(a.rets, d)
		last = d
	}
	return last
}

// sentenceStriker is the actor of strikes told in s before token t, else
// that of the article's last strike.
func (a *article) sentenceStriker(s *sentence, t int, r *retAcc) (string, bool) {
	if r != nil {
		return r.actor, true
	}
	for _, c := range a.freeCue(s, rules.CueStrike) {
		if c >= t {
			break
		}
		if id, ok := a.actor(s, c); ok {
			return id, true
		}
	}
	for i := len(a.rets) - 1; i >= 0; i-- {
		if !a.rets[i].merged {
			return a.rets[i].actor, true
		}
	}
	return "", false
}

// strikeDate is the date of the strike at cue c, before token limit; a day
// inside a response clause ("رداً على الهجوم الذي استهدف القاعدة الخميس
// الماضي") is the attack's, never the strike's.
func (a *article) strikeDate(s *sentence, c, limit int) *dateHit {
	if h := relativeOwnDay(s, c, limit); h != nil {
		return h // "ضحايا العدوان الأمريكي الذي استهدف ليل الخميس الماضي مواقع": its own day, not the funeral's
	}
	var best *dateHit
	bestD := 1 << 30
	toldDay := a.attackDayBefore(s, c, limit)
	for i := range s.dates {
		h := &s.dates[i]
		if h.tok >= limit || a.inAnswerClause(s, c, h.tok) || a.answeredBackAfter(s, h.tok, c) || a.attackNamedDay(s, h.tok) || h.tok < c && h.day != "" && h.day == toldDay {
			continue
		}
		d := h.tok - c
		if d < 0 {
			d = -d
		} else {
			d += 2 // a date after the strike word is a little less likely to be its date
		}
		if h.day == "" {
			if d > 6 && (d > 9 || h.tok < c || breakBetween(s, c, h.tok)) {
				// A far month or year is about something else, unless it
				// closes the strike's phrase: "بالقصف الصاروخي الإيراني على
				// أربيل في آذار 2022".
				continue
			}
			d += 10
		}
		if d < bestD {
			best, bestD = h, d
		}
	}
	return best
}

// relativeOwnDay is a day told within five words after strike cue c in
// the strike's relative clause ("الذي/التي <verb> <day>"), or within 14
// when the clause opens right after the strike noun or its adjective,
// before limit and with no break: the strike's own day. Nil when there is
// none.
func relativeOwnDay(s *sentence, c, limit int) *dateHit {
	for i := range s.dates {
		h := &s.dates[i]
		if h.day == "" || h.tok <= c+1 || h.tok-c > 14 || h.tok >= limit || breakBetween(s, c, h.tok) {
			continue
		}
		for k := c + 1; k < h.tok; k++ {
			if s.toks[k].Surface == "الذي" || s.toks[k].Surface == "التي" {
				if h.tok-c <= 5 || k <= c+2 {
					return h // "الغارات الأمريكية التي استهدفت مقرات للكتائب على جانبي الحدود مساء أمس الأحد": a longer clause, opened right after the strike
				}
				break
			}
		}
	}
	return nil
}

// attackDayBefore is the day of a date told before strike cue c, in an earlier
// clause of s, that is the day of the attack s tells, when a day of its own
// follows c in the strike's clause: in "تواصلت تداعيات الهجوم الذي طال
// قاعدة X أول أمس الجمعة، بعدما شنت الطائرات فجر أمس السبت غارات" the
// Friday is the attack's, the Saturday the strike's. It is "" otherwise.
func (a *article) attackDayBefore(s *sentence, c, limit int) string {
	before, own := "", ""
	for i := range s.dates {
		h := &s.dates[i]
		switch {
		case h.tok < c && h.day != "" && h.end > 0 && breakBetween(s, h.end-1, c):
			before = h.day
		case h.tok > c && h.tok < limit && h.day != "" && !breakBetween(s, c, h.tok):
			own = h.day
		}
	}
	if before == "" || own == "" || own == before {
		return ""
	}
	if at := a.attackToldIn(s); at == nil || at.day != before {
		return ""
	}
	return before
}

// attackNamedDay reports a date right after an attack noun, the day that
// names that attack ("بما فيها هجوم 11/3/2020 على التاجي"), not a strike's.
func (a *article) attackNamedDay(s *sentence, t int) bool {
	if t == 0 || !a.x.rules.Cue(rules.CueAttackEvent).Has(&s.toks[t-1]) || s.toks[t].Break {
		return false
	}
	h := dateAt(s, t)
	return h != nil && strings.ContainsFunc(h.text, unicode.IsDigit) // a written date; "هجوم أمس" may still date an answer told with it
}

// inAnswerClause reports token t in a clause "رداً على ..." of s opened by
// a response cue other than the strike word c itself.
func (a *article) inAnswerClause(s *sentence, c, t int) bool {
	set := a.x.rules.Cue(rules.CueResponse)
	on := arabic.Key("على")
	for _, rc := range a.responseCues(s) {
		if rc == c || rc >= t {
			continue
		}
		end := rc + set.Match(s.toks, rc)
		if !s.toks[end-1].Has(on) && (end >= len(s.toks) || !s.toks[end].Has(on)) {
			continue // "ردت القوات بقصف": the cue is the strike
		}
		if a.answerReaches(s, rc, t, on) {
			return true
		}
	}
	return false
}

// answerReaches reports token t within 20 tokens of the clause opened at
// rc, or of a clause joined to it by "وعلى" or glossing it: "رداً على
// الهجوم ... الخميس الماضي، وعلى مقتل جنود في هجوم ... يوم الجمعة"،
// "رداً على «الجرائم»، في إشارة إلى اغتيال قائد في غارة إسرائيلية".
func (a *article) answerReaches(s *sentence, rc, t int, on string) bool {
	gloss := a.x.rules.Cue(rules.CueAnswerGloss)
	from := rc
	for k := rc + 1; k <= t; k++ { // a break sits on the first token after it
		if !s.toks[k].Break || s.toks[k].Start == s.toks[k-1].End+1 {
			continue // "صاروخ أرض-أرض": a joined pair, no clause break
		}
		if w := &s.toks[k]; !w.Has(on) && w.Key() != "و"+on && gloss.Match(s.toks, k) == 0 {
			return false // a break opens the next clause, unless it is "وعلى ..."
		}
		from = k
	}
	return t-from <= 20
}

// answeredAttack is the attack a response cue of s points back to: the
// recent one; for counter-fire told by the response verb itself ("ردّت
// القوات بقصف مدفعي") also the one whose telling began last, even when a
// later sentence absorbed it.
func (a *article) answeredAttack(s *sentence, c int) *attackAcc {
	if at := a.recentAttack(s); at != nil {
		if c >= 0 && a.otherPeriod(s, at, c) {
			return nil // "أبرزها الهجوم في تشرين الثاني 2023 الذي ردت عليه واشنطن بغارات": an attack of another month
		}
		return at
	}
	for _, rc := range a.responseCues(s) {
		if rc == c {
			return a.toldAttack(s)
		}
	}
	if c >= 0 && a.counterFire(s, c) {
		return a.toldAttack(s)
	}
	return nil
}

// ownAttack reports an attack the article tells, in its own voice, as the
// striker's own: its side is among the attackers.
func (a *article) ownAttack(at *attackAcc, actor string) bool {
	for _, id := range at.live().attackers {
		if a.x.sameActor(id, actor) {
			return true
		}
	}
	return false
}

// counterFire reports the verb "ردّ/ردّت" at strike cue c answered by a
// strike noun with ب within five words: "وردّ الجيش الأمريكي بقصف مواقع
// الإطلاق" is fire returned at once, a response to the attack just told.
func (a *article) counterFire(s *sentence, c int) bool {
	if !s.toks[c].Has(arabic.Key("رد")) && !s.toks[c].HasAny("ردت", "ردتا") {
		return false
	}
	strike := a.x.rules.Cue(rules.CueStrikeNoun)
	for k := c + 1; k < len(s.toks) && k <= c+5; k++ {
		t := &s.toks[k]
		if strike.Has(t) && (strings.HasSuffix(t.Pre, "ب") || strings.HasPrefix(t.Surface, "ب")) {
			return true
		}
	}
	return false
}

// afterPatrolClash reports strike cue c told as coming after an exchange
// of fire with a patrol ("بقصف نفذته مروحية أمريكية على حاجز، إثر تبادل
// لإطلاق النار بين عناصر الحاجز ودورية أمريكية"، "بعد اشتباك مع دورية"):
// fire returned, an answer though no base was attacked.
func (a *article) afterPatrolClash(s *sentence, c int) bool {
	for _, p := range a.freeCue(s, rules.CueAfterEvent) {
		if p <= c || p-c > 30 || p+2 >= len(s.toks) {
			continue
		}
		t, u := &s.toks[p+1], &s.toks[p+2]
		if !(t.Has("تبادل") && u.HasAny("اطلاق", "لاطلاق") || t.Has("اشتباك") && u.HasAny("بين", "مع")) {
			continue
		}
		for k := p + 3; k < len(s.toks) && k <= p+9; k++ {
			if s.toks[k].HasAny("دوريه", "دوريات") {
				return true
			}
		}
	}
	return false
}

// afterToldAttack reports strike cue c opened or closed by the hours after
// the attack just told, "وبعد ساعات من الهجوم، قصفت قوات X أطراف بلدة Y"،
// "قصفت قوات X مدينة Y بعد ساعات من العملية": the strike answers it, on
// its day. "بعد الهجوم" alone may be any day after.
func (a *article) afterToldAttack(s *sentence, c int) bool {
	anaphora := a.x.rules.Cue(rules.CueAttackAnaphora)
	for _, p := range a.freeCue(s, rules.CueAfterEvent) {
		if p >= c && (p-c > 12 || breakBetween(s, c, p)) || p < c && p > 1 {
			continue // only a phrase opening the sentence or closing the strike's clause
		}
		for k := p + 1; k < len(s.toks) && k <= p+4; k++ {
			if s.toks[k].Break && p < c {
				break
			}
			if definite(&s.toks[k]) && (anaphora.Has(&s.toks[k]) || s.toks[k].Has("عمليه")) {
				if !s.toks[p+1].HasAny("ساعات", "ساعه", "ساعتين", "دقائق", "لحظات") {
					return false // "بعد الهجوم" alone: some day after it
				}
				return (p > c || c-k <= 2) && a.toldAttack(s) != nil // the strike's verb right after: "من الهجوم، قصفت"
			}
		}
	}
	return false
}

// quickAnswer reports strike cue c told as coming minutes after the
// launch or the attack, within eight words after it: "استهدفت المروحيات
// المهاجمين بعد دقائق من إطلاق الصواريخ" is fire returned at once.
func (a *article) quickAnswer(s *sentence, c int) bool {
	event := a.x.rules.Cue(rules.CueAttackEvent)
	for k := c + 1; k+3 < len(s.toks) && k <= c+8; k++ {
		if !s.toks[k].HasAny("بعد", "عقب") || !s.toks[k+1].HasAny("دقائق", "دقيقه", "دقيقتين", "لحظات") || !s.toks[k+2].Has("من") {
			continue
		}
		if e := &s.toks[k+3]; e.HasPrefix("اطلاق") || e.HasPrefix("سقوط") || event.Has(e) {
			return true
		}
	}
	return false
}

// postOwner resolves a definite post noun up to eleven words after strike
// cue c, in its clause ("بقصف الحاجز"، "ردت مروحيتان ... بقصف الحاجز"), to
// the force or group whose post s or the three sentences before named
// ("اشتباك بين دورية أمريكية وحاجز لقوات النظام"، "نقطة تابعة للجيش
// السوري"), with the day the sentence naming it gives: the post struck is
// that side's.
func (a *article) postOwner(s *sentence, c, limit int) ([]string, *dateHit) {
	end := min(c+12, limit)
	k := c + 1
	for ; k < end && !s.toks[k].Break; k++ {
		if t := &s.toks[k]; definite(t) && t.HasAny("حاجز", "نقطه") && s.mentionAt(k) == nil && (k+1 >= len(s.toks) || s.mentionAt(k+1) == nil) {
			break
		}
	}
	if k >= end || s.toks[k].Break {
		return nil, nil
	}
	for i := s.idx; i >= 0 && i >= s.idx-3; i-- {
		ss := a.sents[i]
		for j := range ss.toks {
			if ss == s && j >= c {
				break
			}
			if t := &ss.toks[j]; definite(t) || !t.HasAny("حاجز", "حاجزا", "نقطه") {
				continue
			}
			o := j + 1
			if o < len(ss.toks) && ss.toks[o].HasAny("تابع", "تابعا", "تابعه") {
				o++
			}
			m := ss.mentionStarting(o)
			if m == nil || m.adj || m.typ != model.TypeForce && m.typ != model.TypeMilitia || !withLam(&ss.toks[o]) {
				continue
			}
			for _, h := range ss.dates {
				if h.day != "" && !h.span {
					return []string{m.id}, &h
				}
			}
			return []string{m.id}, nil
		}
	}
	return nil, nil
}

// placeAnaphor resolves a definite place noun after strike cue c ("مصادر
// النيران في محيط البلدة") to the town named before it with the same noun
// ("بلدة X"), else to the last town named before, in s or the two
// sentences before it.
func (a *article) placeAnaphor(s *sentence, c, limit int) []string {
	set := a.x.rules.Cue(rules.CuePlaceAnaphora)
	for k := c + 1; k < min(c+12, limit); k++ {
		t := &s.toks[k]
		if !set.Has(t) || !definite(t) || s.mentionAt(k) != nil || k+1 < len(s.toks) && s.mentionAt(k+1) != nil || !a.siteBefore(s, k) {
			continue
		}
		if id := a.townBefore(s, c, t.Key()); id != "" {
			return []string{id}
		}
		return nil
	}
	return nil
}

// townBefore is the town named before token c of s (or in the two sentences
// before, a dateline aside), preferring one introduced by the noun key
// ("بلدة X" for البلدة).
func (a *article) townBefore(s *sentence, c int, key string) string {
	fallback := ""
	for i := s.idx; i >= 0 && i >= s.idx-2; i-- {
		ss := a.sents[i]
		if a.datelineLine(i) {
			continue // "عمّان – (وكالات)": where the story was filed, not struck
		}
		for j := len(ss.ments) - 1; j >= 0; j-- {
			m := ss.ments[j]
			if m.typ != model.TypeCity || m.adj || ss == s && m.t0 >= c {
				continue
			}
			if introducedBy(ss, m, key) {
				return m.id
			}
			if fallback == "" {
				fallback = m.id
			}
		}
	}
	return fallback
}

// siteBefore reports a site or outskirts word up to three tokens before t:
// "مصادر النيران في محيط البلدة"، "مواقع في القرية".
func (a *article) siteBefore(s *sentence, t int) bool {
	site, near := a.x.rules.Cue(rules.CuePlaceNoun), a.x.rules.Cue(rules.CueStrikeVicinity)
	for k := t - 1; k >= 0 && k >= t-3; k-- {
		if site.Has(&s.toks[k]) || near.Has(&s.toks[k]) {
			return true
		}
		if s.toks[k].Break {
			return false
		}
	}
	return false
}

// relativeBefore reports a relative pronoun right after strike cue c: "الغارات
// التي شنّها X".
func relativeBefore(s *sentence, c int) bool {
	if c+1 >= len(s.toks) {
		return false
	}
	t := &s.toks[c+1]
	return t.Has(arabic.Key("التي")) || t.Has(arabic.Key("الذي"))
}

// relativeObject reports strike verb c opening a relative clause with no
// object pronoun on it ("التي استهدفت القوات"): the relative's head is its
// subject and the noun after it its object; "التي نفذتها القوات" names
// the subject after it.
func relativeObject(s *sentence, c int) bool {
	if c == 0 || !relativePronoun(&s.toks[c-1]) {
		return false
	}
	k := s.toks[c].Key()
	return !strings.HasSuffix(k, "ها") && !strings.HasSuffix(k, "ه") && !strings.HasSuffix(k, "هم")
}

// introducedBy reports a town mention introduced by the place noun key, as
// its first word or the word before it: "بلدة X"، "بادية بلدة X".
func introducedBy(s *sentence, m mention, key string) bool {
	for k := max(m.t0-1, 0); k < m.t1; k++ {
		if strings.HasPrefix(s.toks[k].Key(), key) {
			return true
		}
	}
	return false
}

// ownAnswer reports a statement of r's side about its own strike as an
// answer: "وقالت الوزارة إن طيرانها دمّر مخزناً تابعاً لـX رداً على استهداف
// القاعدة" names what r hit and what it answered.
func (a *article) ownAnswer(s *sentence, r *retAcc) bool {
	if !a.responds(s) || len(a.freeCue(s, rules.CueOwnForces)) == 0 && !a.sideNamed(s, r.actor) {
		return false
	}
	id := a.speakerOf(s)
	return id == "" || a.x.sameActor(id, r.actor)
}

// sideNamed reports a force of actor's side named in s: "إن القوات الجوية
// الروسية دمّرت ...".
func (a *article) sideNamed(s *sentence, actor string) bool {
	for _, m := range s.ments {
		if m.typ == model.TypeForce && !m.adj && a.x.sameActor(m.id, actor) {
			return true
		}
	}
	return false
}

// definiteStrike reports a strike word of s with the article, pointing back
// ("أن الضربات نُفذت في اليوم التالي"): "وفي اليوم التالي شنّ الطيران غارة"
// tells of a new strike and does not redate the last one.
func (a *article) definiteStrike(s *sentence) bool {
	for _, c := range a.freeCue(s, rules.CueStrikeAnaphora) {
		if definite(&s.toks[c]) {
			return true
		}
	}
	return false
}

// responseCues are the response cues of s that answer deeds, not words:
// "رداً على سؤال لرويترز" and "رداً على تصريحات الوزير" answer speech.
func (a *article) responseCues(s *sentence) []int {
	cues := a.freeCue(s, rules.CueResponse)
	if len(cues) == 0 {
		return cues // most sentences: no set look-ups
	}
	set, speech := a.x.rules.Cue(rules.CueResponse), a.x.rules.Cue(rules.CueResponseSpeech)
	var out []int // nil while no cue is dropped: the cached slice is returned as is
	for i, c := range cues {
		if end := c + set.Match(s.toks, c); end < len(s.toks) && speech.Has(&s.toks[end]) {
			if out == nil {
				out = append(make([]int, 0, len(cues)), cues[:i]...)
			}
			continue
		}
		if out != nil {
			out = append(out, c)
		}
	}
	if out == nil {
		return cues
	}
	return out
}

// anaphoricSpeaker is the military body a bare definite noun right after a
// speech verb before strike cue c points back to ("وأعلنت الوزارة"،
// "وأضافت القيادة"): the last body named with that noun as its first word
// in s or the four sentences before it ("وزارة الدفاع التركية").
func (a *article) anaphoricSpeaker(s *sentence, c int) (string, bool) {
	for _, k := range a.freeCue(s, rules.CueSpeech) {
		if k+1 >= c || k+1 >= len(s.toks) {
			continue
		}
		t := &s.toks[k+1]
		if !definite(t) || s.mentionAt(k+1) != nil {
			continue
		}
		if t.Key() == "بيان" {
			return a.statementBody(s) // "وأضاف البيان أن قواتنا ردت": the body whose statement it is
		}
		if id := a.bodyNamedBy(s, t.Key()); id != "" {
			return a.militaryBody(id)
		}
	}
	return "", false
}

// statementBody is the military body that issued the statement a sentence
// of the three before s quotes ("وقالت الوزارة، في بيان، ..."), or "".
func (a *article) statementBody(s *sentence) (string, bool) {
	for i := s.idx - 1; i >= 0 && i >= s.idx-3; i-- {
		p := a.sents[i]
		said := false
		for k := range p.toks {
			if p.toks[k].HasAny("بيان", "بيانا") {
				said = true
				break
			}
		}
		if !said {
			continue
		}
		if id, ok := a.speakingForce(p); ok {
			return id, true
		}
		return a.anaphoricSpeaker(p, len(p.toks))
	}
	return "", false
}

// anaphoricForce is the force a bare definite noun right after strike verb
// c points back to ("وقصف الجيش مواقع ..." after "الجيش التركي").
func (a *article) anaphoricForce(s *sentence, c int) (string, bool) {
	k := c + 1
	if k >= len(s.toks) || !definite(&s.toks[k]) || s.mentionAt(k) != nil || s.toks[k].Break {
		return "", false
	}
	if id := a.bodyNamedBy(s, s.toks[k].Key(), model.TypeForce); id != "" {
		return a.militaryBody(id)
	}
	return "", false
}

// bodyNamedBy is the last Force or Organization (or only of type only,
// when given) whose name starts with the noun key, named before s (up to
// four sentences back) or earlier in s.
func (a *article) bodyNamedBy(s *sentence, key string, only ...string) string {
	for i := s.idx; i >= 0 && i >= s.idx-4; i-- {
		ss := a.sents[i]
		for j := len(ss.ments) - 1; j >= 0; j-- {
			m := ss.ments[j]
			if m.adj || m.typ != model.TypeForce && m.typ != model.TypeOrganization || len(only) > 0 && m.typ != only[0] {
				continue
			}
			if ss.toks[m.t0].Key() == key {
				return m.id
			}
		}
	}
	return ""
}

// listedSites are the towns of a long list of struck sites that runs past
// the usual reach of strike cue c, from token lo to hi: "موقعان منها في
// سوريا قرب مدينة X وموقع ثالث في العراق قرب مدينة Y". Each must follow a
// site noun, and no attack or speech word may come between.
func (a *article) listedSites(s *sentence, c, lo, hi int) []string {
	if hi <= lo {
		return nil
	}
	var out []string
	site, named := a.x.rules.Cue(rules.CuePlaceNoun), a.x.rules.Cue(rules.CueStrikeSite)
	for k, listed := c+1, false; k < hi; k++ {
		t := &s.toks[k]
		if a.x.rules.Cue(rules.CueAttack).Has(t) || a.x.rules.Cue(rules.CueSpeech).Has(t) {
			return out
		}
		if site.Has(t) || named.Has(t) {
			listed = true
		}
		if m := s.mentionAt(k); k >= lo && m != nil && m.t0 == k && listed && m.typ == model.TypeCity && !m.adj && a.hitPlace(s, *m) && !a.locatingRegion(s, *m) {
			out = addIDs(out, m.id)
		}
	}
	return out
}

// spanThenStrike dates strike cue c written with ب right after "بعد
// <span>" with no من or على between: in "الهجوم الذي استهدف قاعدة X في 27
// كانون الأول، والذي ردت عليه واشنطن بعد يومين بغارات" the strikes came
// two days after the attack told in s, not two days before it. It is nil
// otherwise, or when that attack has no day.
func (a *article) spanThenStrike(s *sentence, c int) *dateHit {
	n, lo, hi, ok := relativeSpan(s)
	if !ok || c != hi || !s.toks[lo].HasAny("بعد", "عقب") || s.toks[hi-1].HasAny("من", "علي") || s.toks[c].Break || !withBa(&s.toks[c]) {
		return nil
	}
	at := a.attackToldIn(s)
	if at == nil || at.day == "" {
		return nil
	}
	return &dateHit{tok: lo, day: addDays(at.day, n), text: surfaceOf(s.toks, lo, hi, 0)}
}

// dayBeforeAttack dates strike cue c when it is the event an attack told in s
// came after: "تعرضت القاعدة لهجوم فجر اليوم، غداة غارات أمريكية"، "بعد
// يومين من ضربات"، "في اليوم التالي للغارات": the attack's day less the
// span. The strike is then tied to the attack (linked), not background.
func (a *article) dayBeforeAttack(s *sentence, c int) *dateHit {
	n, lo, hi, ok := relativeSpan(s)
	if !ok || c < hi || c-hi > 2 {
		return nil
	}
	if s.toks[hi-1].HasAny("تالي", "تاليه") && !ofEvent(s, c) {
		return nil // "ونفذت في الليلة التالية غارات": the strike came the night after
	}
	for k := hi + 1; k <= c; k++ {
		if s.toks[k].Break {
			return nil
		}
	}
	if h := ownDayAfter(s, c); h != nil {
		return h // "بعد أسبوع من الغارات التي شنتها مقاتلات أمريكية يوم الخميس الماضي": the strikes' own day
	}
	if a.strikeComesAfter(s, lo) {
		return nil // "وتأتي الضربة بعد أسبوع من قصف طال X": another strike came after it, not the attack told
	}
	at := a.attackToldIn(s)
	if at == nil {
		return nil
	}
	day, err := time.Parse("2006-01-02", at.day)
	if err != nil {
		return nil
	}
	return &dateHit{tok: lo, day: day.AddDate(0, 0, -n).Format("2006-01-02"), text: surfaceOf(s.toks, lo, c+1, 0)}
}

// strikeComesAfter reports a strike word and no attack word in the few
// words before "بعد" at lo: "وتأتي الضربة بعد أسبوع من …" tells what
// came after as a strike, "ويأتي الهجوم الجديد بعد يوم من …" as an attack.
func (a *article) strikeComesAfter(s *sentence, lo int) bool {
	strike := false
	for k := max(lo-3, 0); k < lo; k++ {
		if s.toks[k].Break && k < lo-1 {
			strike = false
			continue
		}
		struck := anyIn(a.freeCue(s, rules.CueStrike), k, k+1)
		if !struck && anyIn(a.freeCue(s, rules.CueAttack), k, k+1) {
			return false
		}
		strike = strike || struck
	}
	return strike
}

// ownDayAfter is the day named within six words after strike cue c, in its
// clause (a relative clause that dates it), or nil.
func ownDayAfter(s *sentence, c int) *dateHit {
	for i := range s.dates {
		h := &s.dates[i]
		if h.day == "" || h.tok <= c || h.tok-c > 6 || breakBetween(s, c, h.tok) {
			continue
		}
		return h
	}
	return nil
}

// dayAfterAttack dates strike cue c told as coming a span after an attack
// of s with a day: "قصفت مقاتلات ... بعد أسبوع من هجوم استهدف قاعدة X يوم
// 3 أيار" is the attack's day and the span. The day of s is the attack's.
func (a *article) dayAfterAttack(s *sentence, c int) *dateHit {
	event := a.x.rules.Cue(rules.CueAttackEvent)
	for _, p := range a.freeCue(s, rules.CueAfterEvent) {
		if p <= c || p-c > 12 || !s.toks[p].Has("بعد") {
			continue
		}
		n, end := a.spanLength(s, p+1)
		if n <= 0 || end+1 >= len(s.toks) || !s.toks[end].HasAny("من", "علي") || !event.Has(&s.toks[end+1]) || breakBetween(s, c, end+1) {
			continue
		}
		at := a.attackToldIn(s)
		if at == nil || at.day == "" {
			return nil
		}
		return &dateHit{tok: p, day: addDays(at.day, n), text: surfaceOf(s.toks, p, end+2, 0)}
	}
	return nil
}

// attackWordBefore reports an attack noun up to three words before token t
// in its clause: "ويأتي الهجوم بعد ..."، "وجاء القصف بعد ...".
func (a *article) attackWordBefore(s *sentence, t int) bool {
	for _, set := range []string{"attack_event", "attack_anaphora"} {
		for _, k := range a.freeCues(s, set) {
			if k < t && t-k <= 3 && !breakBetween(s, k, t) {
				return true
			}
		}
	}
	return false
}

// usedInAttacks reports struck sites said, after strike cue c, to serve
// attacks: "منشآت تستخدمها الفصائل في هجمات المسيّرات"، "مخازن يستخدمها
// الحرس لشن هجمات". The strike is tied to attacks, even ones before the
// article's.
func (a *article) usedInAttacks(s *sentence, c int) bool {
	events := a.freeCue(s, rules.CueAttackEvent)
	for _, u := range a.freeCue(s, rules.CueRetUsedFor) {
		if u <= c {
			continue
		}
		for _, e := range events {
			if e > u && e-u <= 4 {
				return true
			}
		}
	}
	return false
}

// attackComesAfter reports strike cue c told as what the attack came after:
// "ويأتي الهجوم بعد ضربات أمريكية استهدفت في الأول من آذار ..."، "بعد
// أقل من أسبوع على غارات": the strike predates the attack and is tied to it.
func (a *article) attackComesAfter(s *sentence, c int) bool {
	for _, p := range a.freeCue(s, rules.CueAfterEvent) {
		if p < c && c-p <= 5 && !breakBetween(s, p, c) && a.attackWordBefore(s, p) {
			return true
		}
	}
	return false
}

// subjectedTo reports a verb of being struck ("تعرض"، "تتعرض") next to the
// force at t, in the clause of strike cue c: "تعرضت القوات الأمريكية لقصف"
// hits the force; "تعرضت لهجوم، وأضاف أن القوات ردت" does not stop it
// striking back in the next clause.
func (a *article) subjectedTo(s *sentence, t, c int) bool {
	for _, k := range a.freeCue(s, rules.CueSubjected) {
		if k < t-2 || k > t+6 || k >= c {
			continue
		}
		broken := false
		for j := k + 1; j <= c; j++ {
			broken = broken || s.toks[j].Break
		}
		if !broken {
			return true
		}
	}
	return false
}

// relativeAgent is the state named after a relative verb that follows
// strike noun c, past its modifiers and a relative pronoun: "غارات جوية
// شنتها الولايات المتحدة"، "الضربات التي نفذتها القوات الأمريكية".
func (a *article) relativeAgent(s *sentence, c int) (string, bool) {
	done := a.x.rules.Cue(rules.CueStrikeDoneBy)
	k := c + 1
	for n := 0; n < 3 && k < len(s.toks) && !done.Has(&s.toks[k]); n++ {
		t := &s.toks[k]
		if s.mentionAt(k) != nil || !a.x.rules.Cue(rules.CueStrikeModifier).Has(t) && !a.x.rules.Cue(rules.CueStateWeapon).Has(t) && !t.Has(arabic.Key("التي")) && !t.Has(arabic.Key("الذي")) {
			return "", false
		}
		k++
	}
	if k+1 >= len(s.toks) || !done.Has(&s.toks[k]) {
		return "", false
	}
	return a.doerAfter(s, c, k+1)
}

// doerAfter is the striker named from token k on, after a relative verb of
// strike cue c: a state, its force or corps ("شنتها الولايات المتحدة"),
// the same after the striker's aircraft ("نفذتها طائرة مسيرة تابعة
// للتحالف الدولي"، "نفذتها مسيرة أمريكية"), or the speaker's own forces
// ("أعلنت القيادة ... مقتل قيادي بغارة نفذتها قواتها").
func (a *article) doerAfter(s *sentence, c, k int) (string, bool) {
	if a.x.rules.Cue(rules.CueOwnForces).Has(&s.toks[k]) {
		if id, ok := a.speakingForceBefore(s, c); ok {
			return id, true
		}
		return a.anaphoricSpeaker(s, c)
	}
	weapon, modifier := a.x.rules.Cue(rules.CueStateWeapon), a.x.rules.Cue(rules.CueStrikeModifier)
	for n := 0; n < 4 && k < len(s.toks) && s.mentionAt(k) == nil; n++ {
		if n > 0 && occupationForces(s, k+1) {
			return a.occupierAt(s, k) // "نفذها طيران الاحتلال الأمريكي"
		}
		if t := &s.toks[k]; !weapon.Has(t) && !modifier.Has(t) && !t.HasPrefix("تابع") && !a.x.rules.Cue(rules.CueWDrone).Has(t) {
			return "", false
		}
		k++
	}
	m := s.mentionAt(k)
	if m == nil || m.t0 != k || m.adj && m.typ != model.TypeCountry || m.typ != model.TypeForce && m.typ != model.TypeCountry && !a.stateMilitia(m.id) || a.x.rules.Domestic[a.x.countryOf(m.id)] || !a.ensure(m.id, s) {
		return "", false
	}
	return m.id, true
}

// dateStatements dates a side's own statement of a strike left undated
// after merging (no other strike of that side to fold into) by the strike
// of that side told with its day just before (see priorStrikeDay), and
// folds a dated statement into the strike of its side told on that day:
// "قصف شنه الحرس الثوري فجر الاثنين على أطراف X ... وأعلن الحرس الثوري
// أنه قصف في العملية ذاتها مواقع لـY" is one operation on X and Y.
func (a *article) dateStatements() {
	for _, r := range a.rets {
		if r.merged || !r.stated {
			continue
		}
		if r.day == "" {
			h := a.priorStrikeDay(a.sents[r.sent], r.actor, false)
			if h == nil {
				continue
			}
			r.day, r.text, r.weakDay = h.day, h.text, true
		}
		for _, d := range a.rets {
			if d != r && !d.merged && !d.named && d.day == r.day && d.sent < r.sent && a.x.sameActor(d.actor, r.actor) {
				mergeRet(d, r)
				break
			}
		}
	}
}

// priorStrikeDay is the date of a strike by actor's side (with unnamed, by
// a side its sentence does not name, on no attack's day) told in one of the
// three sentences before s, kept or not: a side's undated statement
// ("وأعلن الحرس الثوري أنه قصف في العملية ذاتها ...") speaks of the
// operation just told with its day ("قصف شنه الحرس الثوري ليل الإثنين").
func (a *article) priorStrikeDay(s *sentence, actor string, unnamed bool) *dateHit {
	for i := s.idx - 1; i >= 0 && i >= s.idx-3; i-- {
		ss := a.sents[i]
		if len(ss.dates) == 0 {
			continue
		}
		for _, c := range a.freeCue(ss, rules.CueStrike) {
			id, ok := a.actor(ss, c)
			if ok == unnamed || ok && !a.x.sameActor(id, actor) {
				continue
			}
			if h := a.strikeDate(ss, c, len(ss.toks)); h != nil && h.day != "" && (ok || !a.attackDay(h.day)) {
				return h // unnamed: "أغارت قاذفات انطلقت من الأراضي الأميركية"
			}
		}
	}
	return nil
}

// strikeTargets are the groups and places the strikes of s from cue c to
// token end hit, less what they answer (deedSpans) and the striker's own
// side ("قصف شنه الحرس الثوري").
func (a *article) strikeTargets(s *sentence, strikes []int, c, end int, actor string) []string {
	deeds := a.deedSpans(s, c, end)
	var targets []string
	for _, c2 := range strikes {
		if c2 >= c && c2 < end && !inSpans(deeds, c2) {
			targets = addIDs(targets, a.targetsOutside(s, c2+1, min(c2+26, end), deeds)...)
			targets = addIDs(targets, a.listedSites(s, c2, c2+26, min(c2+50, end))...)
			if n := a.x.rules.Cue(rules.CueSweep).Match(s.toks, c2); n > 0 && a.sweepAnswers(s, a.responds(s) || a.qualifiedResponse(s)) {
				targets = addIDs(targets, a.sweptPlaces(s, c2+n, end, deeds)...) // "وعلى الأثر، شنت القوات حملة تمشيط في قريتي X وY"
			}
		}
	}
	if a.passiveAgent(s, c) {
		targets = addIDs(a.targetsIn(s, 0, c), targets...) // "قُصفت مواقع لـX في Y بغارات أمريكية"
	}

	return a.otherSide(actor, addIDs(a.killedByGroups(s, c), targets...))
}

// sweepAnswers reports a sweep in s told as an answer: its sentence has a
// response cue (response) or hunts the attackers ("بحثاً عن المنفذين").
func (a *article) sweepAnswers(s *sentence, response bool) bool {
	return response || len(a.freeCue(s, rules.CueSweepAnswer)) > 0
}

// sweptPlaces are the towns a sweep ending at lo combs, up to hi: those
// after "في" ("حملة تمشيط في قريتي X وY"، "في حي X ومحيطه") and those a
// clause after it goes on naming ("في ريف X، شملت قريتي Y وZ"، "في قرى
// ريف X، بينها Y وZ"). A town the sweep set out from or that only locates
// another ("انطلقت قطعاتها من معسكر X شمال Y") is not combed, nor one in
// the deed answered (deeds).
func (a *article) sweptPlaces(s *sentence, lo, hi int, deeds [][2]int) []string {
	var out []string
	reach, compass := a.x.rules.Cue(rules.CueSweepReach), a.x.rules.Cue(rules.CueCompass)
	open := false
	for k := lo; k < hi && k < len(s.toks); k++ {
		t := &s.toks[k]
		if t.Break && k > lo {
			if reach.Match(s.toks, k) == 0 {
				break // the sweep's clause ends
			}
			open = true
			continue
		}
		if inSpans(deeds, k) {
			open = false
			continue
		}
		if m := s.mentionStarting(k); m != nil {
			if open && m.typ == model.TypeCity && !m.adj {
				out = addIDs(out, m.id)
			} else {
				open = false
			}
			k = m.t1 - 1
			continue
		}
		switch {
		case t.Has("في") || reach.Match(s.toks, k) > 0:
			open = true
		case t.HasAny("من", "عن") || compass.Has(t) && !t.HasAny("ريف", "ريفي"):
			open = false
		}
	}
	return out
}

// deedSpans are the token spans after strike cue c (before end) that tell
// the deed a strike answers, not what it hit: a response clause ("رداً على
// مقتل ثلاثة من عناصره في كمين قرب مدينة X") and an after-attack clause
// ("بعد ساعات من هجوم شنه مسلحون على حاجز لـX"). Each runs to the end of
// its clause.
func (a *article) deedSpans(s *sentence, c, end int) [][2]int {
	var out [][2]int
	set, gloss, on := a.x.rules.Cue(rules.CueResponse), a.x.rules.Cue(rules.CueAnswerGloss), arabic.Key("على")
	event, places := a.x.rules.Cue(rules.CueAttackEvent), a.x.rules.Cue(rules.CuePlaceNoun)
	for _, rc := range a.responseCues(s) {
		if rc < c || rc >= end {
			continue
		}
		e := rc + set.Match(s.toks, rc)
		word := e == rc+1 && a.x.rules.Cue(rules.CueResponseWord).Has(&s.toks[rc])
		if rc == c && !word {
			continue
		}
		skipped := e
		if word {
			e = a.answerAdverbs(s, e) // "ردت بالمثل وفوراً على هجوم"
		}
		if (rc == c || e > skipped) && (e+1 >= len(s.toks) || !s.toks[e].Has(on) || !event.Has(&s.toks[e+1])) {
			continue // "ردت فوراً على مصادر النيران": what it struck, no deed
		}
		if s.toks[e-1].Has(on) || word && e < len(s.toks) && s.toks[e].Has(on) {
			_, hi := clause(s, e)
			for hi < end && gloss.Match(s.toks, hi) > 0 {
				_, hi = clause(s, hi) // "رداً على سلسلة هجمات، وآخرها القصف على قاعدة X قرب Y"
			}
			out = append(out, [2]int{rc, a.answeredObjectEnd(s, e, min(hi, end))})
		}
	}
	for _, p := range a.freeCue(s, rules.CueAfterEvent) {
		if p <= c || p >= end {
			continue
		}
		for k := p + 1; k <= p+3 && k < end && !s.toks[k].Break; k++ {
			if event.Has(&s.toks[k]) {
				_, hi := clause(s, k)
				if definite(&s.toks[k]) && k+1 < hi && !s.toks[k+1].Break && (places.Has(&s.toks[k+1]) || s.mentionAt(k+1) != nil) {
					hi = k + 1 // "وقصفت المدفعية بعد الهجوم مواقع X": the attack told, then the strike's object
				}
				out = append(out, [2]int{p, min(hi, end)})
				break
			}
		}
	}
	for k := c + 1; k < end; k++ {
		if fightVerb(&s.toks[k]) && fightClauseOpens(s, k) {
			_, hi := clause(s, k)
			out = append(out, [2]int{k, min(hi, end)}) // "استهدفا القوات الشعبية التي كانت تتصدى لإرهابيي داعش": the target's own enemy
		}
	}
	return append(out, a.blameClauses(s, c, end)...)
}

// fightVerb reports a verb of fighting an enemy, "تتصدى لـ"، "تقاتل": in a
// relative clause of a strike's target, what comes after it is whom the
// target fights, not a target.
func fightVerb(t *arabic.Token) bool {
	return t.HasAny("تتصدي", "يتصدي", "تقاتل", "يقاتل", "يقاتلون", "تحارب", "يحارب", "يحاربون", "تلاحق", "يلاحق")
}

// fightClauseOpens reports a relative clause opening right before verb k,
// "التي تتصدى"، "التي كانت تتصدى"; not "التحالف الدولي لمحاربة داعش", a
// name.
func fightClauseOpens(s *sentence, k int) bool {
	for j := k - 1; j >= 0 && j >= k-2; j-- {
		if s.toks[j].HasAny("تي", "ذي", "ذين") {
			return true
		}
		if !s.toks[j].HasAny("كانت", "كان", "كانوا") || s.toks[j+1].Break {
			return false
		}
	}
	return false
}

// claimedStrike reports definite strike noun c right after "مسؤوليته عن"
// when an attack was told before: "وأعلن الحرس الثوري مسؤوليته عن
// الضربة" claims that attack, whatever answer it is called.
func (a *article) claimedStrike(s *sentence, c int) bool {
	if c < 2 || !definite(&s.toks[c]) || !s.toks[c-1].Has("عن") || !s.toks[c-2].HasPrefix("مسؤولي") {
		return false
	}
	return a.toldAttack(s) != nil
}

// answerAdverbs skips up to two adverbs of manner or time after an answer
// verb, from token e: "ردت بالمثل وفوراً على"، "ردت على الفور على". It
// returns the token after them, e when there are none.
func (a *article) answerAdverbs(s *sentence, e int) int {
	imm := a.x.rules.Cue(rules.CueImmediate)
	for n := 0; n < 2 && e < len(s.toks); n++ {
		if s.toks[e].HasAny("بالمثل", "بقوه", "مباشره", "سريعا") {
			e++
		} else if m := imm.Match(s.toks, e); m > 0 && !s.toks[e].Has(arabic.Key("على")) {
			e += m
		} else if m > 0 && e+m < len(s.toks) && s.toks[e+m].Has(arabic.Key("على")) {
			e += m // "على الفور على": the first على is the adverb's
		} else {
			break
		}
	}
	return e
}

// answeredObjectEnd cuts the answer clause whose object starts at e (the
// word after "رداً على", or على itself) where the strike's own words begin
// after a definite object, with no relative pronoun between: a verb of
// hitting ("غارات رداً على الهجوم استهدفت مواقع لـX": a definite noun takes
// no relative clause without الذي, so the verb's subject is the strike) or
// an indefinite strike noun, the object of the verb before ("شنت رداً على
// الهجوم غارات على مقرات لـX"). In "رداً على هجوم استهدف قاعدة" or "على
// الهجوم الذي استهدف" the verb stays the attack's.
func (a *article) answeredObjectEnd(s *sentence, e, hi int) int {
	if e < hi && s.toks[e].Has(arabic.Key("على")) {
		e++
	}
	if e+1 >= hi || !definite(&s.toks[e]) && !definite(&s.toks[e+1]) {
		return hi // "على مقتل الجنود": a construct before a definite noun is definite
	}
	if k := a.siteAfterObject(s, e+1, hi); k > 0 {
		return k
	}
	reach, nouns := a.x.rules.Cue(rules.CueStrikeReach), a.x.rules.Cue(rules.CueStrikeNoun)
	for k := e + 1; k < hi; k++ {
		t := &s.toks[k]
		if relativePronoun(t) {
			return hi
		}
		if reach.Has(t) || nouns.Has(t) && !definite(t) && !strings.HasPrefix(t.Surface, "و") {
			return k
		}
	}
	return hi
}

// siteAfterObject is the token of an indefinite site noun right after the
// definite answered object and its definite adjectives, from token k on,
// or -1: in "قصفت مقاتلات رداً على الهجوم مخازن أسلحة لـX" a definite noun
// has no indefinite noun of its own after it, so "مخازن" is what the verb
// before struck. "على الهجوم على مقر ..." keeps its preposition.
func (a *article) siteAfterObject(s *sentence, k, hi int) int {
	for k < hi && definite(&s.toks[k]) && !s.toks[k].Break && !relativePronoun(&s.toks[k]) {
		k++
	}
	if k >= hi || s.toks[k].Break || definite(&s.toks[k]) || s.toks[k].Pre != "" {
		return -1
	}
	t := &s.toks[k]
	if strings.HasPrefix(t.Surface, "و") || strings.HasPrefix(t.Surface, "ب") || strings.HasPrefix(t.Surface, "ل") {
		return -1 // "وقصف القاعدة"، "بمواقع": another phrase
	}
	if a.x.rules.Cue(rules.CueSiteNoun).Has(t) || a.x.rules.Cue(rules.CueStrikeSite).Has(t) || a.x.rules.Cue(rules.CuePlaceNoun).Has(t) {
		return k
	}
	return -1
}

// blameClauses are the clauses after strike cue c (before end) that say
// who is blamed for an attack and strike nothing: "ردّت القوات بقصف مدفعي على مصادر
// النيران، مرجحاً أن تكون X وراء الهجوم". A group blamed in the strike's
// own clause ("مقرات لـX التي تتهمها واشنطن بالوقوف وراء الهجوم") stays.
func (a *article) blameClauses(s *sentence, c, end int) [][2]int {
	blame := a.freeCue(s, rules.CueAttribution)
	if len(blame) == 0 {
		return nil
	}
	strikes := a.freeCue(s, rules.CueStrike)
	deeds := append(a.freeCue(s, rules.CueAttackEvent), a.freeCue(s, rules.CueAttackAnaphora)...)
	var out [][2]int
	for _, b := range blame {
		lo, hi := clause(s, b)
		if lo <= c || b >= end || nearBefore(strikes, hi, hi-lo) || !nearBefore(deeds, hi, hi-lo) {
			continue // "مقتل مسلحين يشتبه بأنهم مدعومون من X قرب Y" blames no one for an attack
		}
		out = append(out, [2]int{lo, min(hi, end)})
	}
	return out
}

// inSpans reports token t inside one of spans.
func inSpans(spans [][2]int, t int) bool {
	for _, sp := range spans {
		if t >= sp[0] && t < sp[1] {
			return true
		}
	}
	return false
}

// targetsOutside is targetsIn over tokens [lo, hi) less the spans.
func (a *article) targetsOutside(s *sentence, lo, hi int, spans [][2]int) []string {
	if len(spans) == 0 {
		return a.targetsIn(s, lo, hi)
	}
	var out []string
	from := lo
	for from < hi {
		to := hi
		for _, sp := range spans {
			if sp[0] >= from && sp[0] < to {
				to = sp[0]
			}
		}
		if to > from {
			out = addIDs(out, a.targetsIn(s, from, to)...)
		}
		next := to
		for _, sp := range spans {
			if sp[0] == to && sp[1] > next {
				next = sp[1]
			}
		}
		if next == to {
			next = to + 1
		}
		from = next
	}
	return out
}

// stateMilitia reports an armed corps that is part of a foreign state
// (the IRGC, part of Iran): it strikes for its state, so "قصف صاروخي شنه
// الحرس الثوري على مواقع لـX" is a state's strike. A domestic state's
// paramilitary (the PMF of Iraq) fights where the stories happen: it stays
// a group.
func (a *article) stateMilitia(id string) bool {
	if a.x.lex == nil {
		return false
	}
	e := a.x.lex.ByID(id)
	if e == nil || e.Type != model.TypeMilitia {
		return false
	}
	c := a.x.countryOf(id)
	return c != "" && !a.x.rules.Domestic[c]
}

// corpsSubject reports a state militia at k as the subject of strike cue c:
// right after a verb ("قصف الحرس الثوري مواقع") or after weapon words only
// ("قصفت مدفعية الحرس الثوري"، "شنت طائرات مسيرة للحرس الثوري"). After a
// verbal noun alone ("استهداف الحرس الثوري") it may as well be the target.
func (a *article) corpsSubject(s *sentence, c, k int) bool {
	if k == c+1 {
		return a.x.rules.Cue(rules.CueAttackVerbVso).Has(&s.toks[c])
	}
	weapon, modifier := a.x.rules.Cue(rules.CueStateWeapon), a.x.rules.Cue(rules.CueStrikeModifier)
	for j := c + 1; j < k; j++ {
		if !weapon.Has(&s.toks[j]) && !modifier.Has(&s.toks[j]) {
			return false
		}
	}
	return true
}

// announcingCorps is the state militia named as the subject of an
// announcing verb before strike cue c, when it speaks of its own strike:
// "وأعلن الحرس الثوري، في بيان، أنه قصف مواقع لـX".
func (a *article) announcingCorps(s *sentence, c int) (string, bool) {
	for _, k := range a.freeCue(s, rules.CueAnnounce) {
		if k >= c {
			continue
		}
		if m := s.mentionAt(k + 1); m != nil && m.t0 == k+1 && m.t1 <= c && !m.adj && a.stateMilitia(m.id) {
			return m.id, true
		}
	}
	return "", false
}

// attackToldIn is the live attack with evidence in s, or nil.
func (a *article) attackToldIn(s *sentence) *attackAcc {
	for _, x := range a.attacks {
		if x.first == s.idx || x.sent == s.idx {
			return x.live()
		}
		for _, ev := range x.evidence {
			if ev.Start == s.Start {
				return x.live()
			}
		}
	}
	return nil
}

// collectiveOnly reports targets that are all collectives of militias
// backed by a state ("militia:iran-backed-militias").
func collectiveOnly(ids []string) bool {
	for _, id := range ids {
		if !strings.HasSuffix(id, "-backed-militias") {
			return false
		}
	}
	return len(ids) > 0
}

// afterAttack is the position of an after-word ("بعد"، "عقب"، "إثر"،
// "غداة") followed by an attack noun between strike cue c and token t, at
// most six tokens before t in one clause, or -1: in "قصفت مقاتلات تركية
// مواقع لـX بعد هجوم على قاعدة Y" the base is what the strike answers.
func (a *article) afterAttack(s *sentence, c, t int) int {
	event := a.x.rules.Cue(rules.CueAttackEvent)
	for _, p := range a.freeCue(s, rules.CueAfterEvent) {
		e := spanOf(s, p+1) // "بعد أسبوع من هجوم"، "بعد ساعات من الهجوم"
		far := t - p
		if p > c && e < t {
			if d := diedIn(s, e, t, event); d != e {
				e, far = d, t-d+2 // "بعد أيام من مقتل ثلاثة من عناصره في هجوم على قاعدة X": the deaths are no distance
			} else if d := longSpan(s, p+1, t, event); d > 0 {
				e, far = d, t-d+2 // "بعد أقل من ثمانٍ وأربعين ساعة على الهجوم الصاروخي الذي ضرب معسكر X"
			}
		}
		if p <= c || e >= t || far > 8 || e >= len(s.toks) || !event.Has(&s.toks[e]) {
			continue
		}
		if !breakBetween(s, p, t) {
			return p
		}
	}
	for _, p := range a.freeCue(s, rules.CueAfterEvent) {
		e := spanOf(s, p+1)
		if m := s.mentionAt(t); p > c && e < t && t-p <= 24 && event.Has(&s.toks[e]) && m != nil && m.t0 == t && a.toldIn(s, m.id) && !anyBetween(a.freeCue(s, rules.CueStrike), p, t) {
			return p // "بعد هجوم شنته هذه القوات مساء الأربعاء، على مقر لقسد يوجد فيه مستشارون قرب حقل X": the attack s tells, however long the phrase
		}
	}
	for p := c + 2; p+1 < t && p-c <= 12; p++ {
		if s.toks[p].Has("تالي") && s.toks[p-1].Has("يوم") && event.Has(&s.toks[p+1]) && t-p <= 6 && !breakBetween(s, p, t) {
			return p // "في اليوم التالي للهجوم على قاعدة X"
		}
	}
	return -1
}

// longSpan is the attack noun right after the "على" or "من" that closes a
// long span of time from token j ("أقل من ثمانٍ وأربعين ساعة على الهجوم"),
// at most seven words on, in one clause, or 0.
func longSpan(s *sentence, j, t int, event rules.Set) int {
	for q := j + 1; q+1 < t && q <= j+7; q++ {
		if s.toks[q].Break {
			return 0
		}
		if s.toks[q].Has("علي") && event.Has(&s.toks[q+1]) && s.toks[q-1].HasAny("ساعه", "ساعات", "ساعتين", "يوم", "يومين", "ايام", "اسبوع", "اسبوعين") {
			return q + 1
		}
	}
	return 0
}

// diedIn is the attack noun of "مقتل … في هجوم"، "مقتل … بهجوم" when a
// word of death or wounds at e heads the phrase (diedBefore read from the
// noun), at most eight words before the noun and t; else e.
func diedIn(s *sentence, e, t int, event rules.Set) int {
	if !deathWord(&s.toks[e]) {
		return e
	}
	for q := e + 1; q < t && q <= e+8; q++ {
		if s.toks[q].Break {
			return e
		}
		if event.Has(&s.toks[q]) && diedBefore(s, q) >= 0 {
			return q
		}
	}
	return e
}

// spanOf is the token after a span of time and من at token j ("أسبوع
// من"، "يومين من"، "نحو ساعة من"، "أيام من"), or j when none is there.
func spanOf(s *sentence, j int) int {
	for q := j; q < len(s.toks) && q <= j+2; q++ {
		if s.toks[q].Break {
			return j
		}
		if s.toks[q].Key() == "من" {
			if q == j {
				return j
			}
			return q + 1
		}
	}
	return j
}

// afterAttackBase is the base an after-attack phrase following strike cue
// c names ("بعد هجوم على قاعدة Y"), or "".
func (a *article) afterAttackBase(s *sentence, c int) string {
	id, _ := a.afterAttackAt(s, c)
	return id
}

// afterAttackAt is afterAttackBase with the token where its phrase starts,
// or -1: what follows it tells the attack, not the strike's targets.
func (a *article) afterAttackAt(s *sentence, c int) (string, int) {
	for _, m := range s.ments {
		if m.typ == model.TypeBase && !m.adj && m.t0 > c {
			if p := a.afterAttack(s, c, m.t0); p >= 0 {
				return m.id, p
			}
		}
	}
	return "", -1
}

// stateSubject is a state named as the subject right after a feminine
// strike verb: at strike cue c ("شنت واشنطن غارات") or before strike noun
// c, at most three words away ("وجهت الولايات المتحدة فجر اليوم ضربات").
func (a *article) stateSubject(s *sentence, c int) (string, bool) {
	verbs := a.x.rules.Cue(rules.CueStrikeVerbState)
	for _, m := range s.ments {
		body := false
		if m.typ == model.TypeOrganization {
			_, body = a.militaryBody(m.id) // "نفّذت القيادة المركزية الأميركية (سنتكوم) مساء أمس غارات"
		}
		if m.typ != model.TypeCountry && !body || m.adj || m.t0 == 0 || m.t0 > c+1 || m.t0 <= c && c-m.t1-dateWordsIn(s, m.t1, c)-bracketWords(s, m.t1, c) > 3 {
			continue
		}
		v := m.t0 - 1
		if !verbs.Has(&s.toks[v]) || v != c && (m.t0 > c || breakBetween(s, m.t0, c) && !body) {
			continue
		}
		if body {
			return m.id, true
		}
		if !a.x.rules.Domestic[m.id] && a.ensure(m.id, s) {
			return m.id, true
		}
	}
	return "", false
}

// bracketWords is the number of words in brackets in [from, to): a short
// name in brackets after a long one, "(سنتكوم)".
func bracketWords(s *sentence, from, to int) int {
	n := 0
	for k := from; k < to && k < len(s.toks); k++ {
		if g := gap(s, k); strings.Contains(g, "(") && k+1 < len(s.toks) && strings.Contains(gap(s, k+1), ")") {
			n++
		}
	}
	return n
}

// cameAsAnswer marks the strike told in the two sentences before s as an
// answer when a definite strike noun at c, the subject of "جاء/تأتي",
// names it again with a response cue: "وجاءت الضربات رداً على الهجوم الذي
// استهدف قاعدة X"، "وقال المرصد إن الغارات جاءت رداً على …". It reports
// whether it found that strike.
func (a *article) cameAsAnswer(s *sentence, c int) bool {
	came := func(k int) bool {
		return k >= 0 && k < len(s.toks) && s.toks[k].HasAny("جاءت", "جاء", "تاتي", "ياتي")
	}
	after := came(c+1) && c > 0 && s.toks[c-1].HasAny("ان", "انه") // "وقال المرصد إن الغارات جاءت رداً على …"
	if c == 0 || !definite(&s.toks[c]) || !came(c-1) && !after {
		return false
	}
	reach := 2
	if after {
		reach = 3
	}
	set := a.x.rules.Cue(rules.CueResponse)
	r := slices.IndexFunc(a.responseCues(s), func(k int) bool { return k > c && k <= c+reach })
	if r < 0 {
		return false // "ويأتي القصف بعد أسبوع من الغارات": no answer told
	}
	k := a.responseCues(s)[r]
	end := k + set.Match(s.toks, k)
	if a.answeredBase(s) == "" && !(end < len(s.toks) && definite(&s.toks[end]) && a.x.rules.Cue(rules.CueAttack).Has(&s.toks[end])) {
		return false // "وتأتي الضربات ضمن عملية … رداً على تفجير في إسطنبول": no base's attack answered
	}
	for i := len(a.rets) - 1; i >= 0; i-- {
		r := a.rets[i]
		if r.merged || r.sent >= s.idx || s.idx-r.sent > 2 {
			continue
		}
		r.cued = true
		if r.answers == "" {
			r.answers = a.answeredBase(s)
		}
		if r.responds == nil {
			r.responds = a.recentAttack(s)
		}
		r.evidence = append(r.evidence, a.evidence(s))
		return true
	}
	return false
}

// toldStrike reports a strike of actor's side told in the six sentences
// before s: a definite "الضربات" in its side's statement points back to it.
func (a *article) toldStrike(s *sentence, actor string) bool {
	return a.strikeToldBy(s, actor, 6) != nil
}

// strikeToldBy is the last strike of actor's side told before s, at most
// within sentences back (any distance when within is negative), or nil.
func (a *article) strikeToldBy(s *sentence, actor string, within int) *retAcc {
	for i := len(a.rets) - 1; i >= 0; i-- {
		if r := a.rets[i]; !r.merged && r.sent < s.idx && (within < 0 || s.idx-r.sent <= within) && a.x.sameActor(r.actor, actor) {
			return r
		}
	}
	return nil
}

// answerTold marks the last strike by actor told before s as an answer:
// a definite strike noun with a response cue names it again.
func (a *article) answerTold(s *sentence, actor string) {
	if r := a.strikeToldBy(s, actor, -1); r != nil {
		r.cued = true
		r.evidence = append(r.evidence, a.evidence(s))
	}
}

// newStrikeDay reports strike cue c named by a day of its own that no
// strike of actor's side told before has: "وأتت الضربة الأقسى في السابع من
// الشهر" after a strike of the third is a new strike, not that one retold.
func (a *article) newStrikeDay(s *sentence, c int, actor string, limit int) bool {
	h := a.strikeDate(s, c, limit)
	if h == nil || h.day == "" {
		return false
	}
	for _, r := range a.rets {
		if !r.merged && r.day == h.day && a.x.sameActor(r.actor, actor) {
			return false
		}
	}
	return true
}

// answeredBack is the first response verb after strike cue c that points
// back with a pronoun ("شنّت X ضربات، فردّت عليها Y بصواريخ"، "ردّ عليه Y"),
// or limit: the strike at c is the deed answered, not an answer, and what
// follows the verb is the other side's answer, no target of c.
func (a *article) answeredBack(s *sentence, c, limit int) int {
	word, back := a.x.rules.Cue(rules.CueResponseWord), a.x.rules.Cue(rules.CueResponseBack)
	for k := c + 1; k+1 < limit; k++ {
		if word.Has(&s.toks[k]) && back.Has(&s.toks[k+1]) {
			return k
		}
	}
	return limit
}

// responseNoun reports strike cue c as the bare noun "الرد" (the response):
// with no target it names an answer spoken of ("الرد سيكون قاسياً"، "إن
// الرد قد بدأ")، not a strike told.
func (a *article) responseNoun(s *sentence, c int) bool {
	t := &s.toks[c]
	return definite(t) && a.x.rules.Cue(rules.CueResponseWord).Has(t)
}

// attackCalledAnswer reports the noun "رد" at c after an attack on a base
// that s itself told before it: the attack is called an answer ("في أول رد
// عسكري مباشر على مقتل X"), not a strike of another side.
func (a *article) attackCalledAnswer(s *sentence, c int) bool {
	if !s.toks[c].HasAny("رد", "ردا") {
		return false
	}
	if a.replyTo(s, c) {
		return true // "لتسلم رد إيراني على رسالة سعودية": a reply, no strike
	}
	for _, m := range s.ments {
		if m.typ == model.TypeBase && m.t0 < c && a.lastAttackOn(m.id) != nil && a.toldIn(s, m.id) {
			return true
		}
	}
	return false
}

// toldIn reports an attack on base id that s itself tells (or retells).
func (a *article) toldIn(s *sentence, id string) bool {
	for _, at := range a.attacks {
		if at = at.live(); at.target != id {
			continue
		}
		for _, ev := range at.evidence {
			if ev.Start == s.Start && ev.Article == a.meta.ID {
				return true
			}
		}
	}
	return false
}

// replyTo reports "رد … على X" where X, up to three words on, is what one
// replies to in words (cue reply_object): a letter, a question, a proposal.
func (a *article) replyTo(s *sentence, c int) bool {
	for k := c + 1; k < len(s.toks) && k <= c+3; k++ {
		if !s.toks[k].Has("علي") {
			continue
		}
		if k+1 >= len(s.toks) {
			return false
		}
		return a.x.rules.Cue(rules.CueReplyObject).Has(&s.toks[k+1])
	}
	return false
}

// retoldStrike reports a definite strike noun ("الضربات الأمريكية"، "الغارات")
// in an undated sentence of an article that already told a strike of
// actor's side: comment on that strike ("يرى محللون أن الضربات الأمريكية
// تمثل تحولاً") retells it, it is no new strike.
func (a *article) retoldStrike(s *sentence, c int, actor string, limit int) bool {
	if !definite(&s.toks[c]) || !a.x.rules.Cue(rules.CueStatedStrike).Has(&s.toks[c]) {
		return false
	}
	if a.strikeDate(s, c, limit) != nil || a.relativeStrikeDay(s) != nil {
		return false
	}
	for _, r := range a.rets {
		if r.sent < s.idx && a.x.sameActor(r.actor, actor) {
			return true
		}
	}
	return false
}

// respondingState is a state named as the subject of a response verb before
// strike noun c in the same clause: "وردّت واشنطن فجر اليوم بغارات على ..."،
// "وهو ما ردّت عليه أنقرة بقصف مواقع ...". The verb itself is no strike
// here: "ردّت طهران بصواريخ" names no struck group or place to answer for.
func (a *article) respondingState(s *sentence, c int) (string, bool) {
	word, back := a.x.rules.Cue(rules.CueResponseWord), a.x.rules.Cue(rules.CueResponseBack)
	for _, m := range s.ments {
		if m.typ != model.TypeCountry || m.adj || m.t0 == 0 || m.t1 > c || c-m.t1 > 9 || c-m.t1 > 6 && !timeOnly(s, m.t1, c) || breakBetween(s, m.t0, c) && !timeOnly(s, m.t1, c) {
			continue // "وردّت واشنطن بعد يومين، في 22 نوفمبر، بضربات": only the time between
		}
		v := m.t0 - 1
		if v > 0 && back.Has(&s.toks[v]) {
			v--
		}
		if word.Has(&s.toks[v]) && !a.x.rules.Domestic[m.id] && a.ensure(m.id, s) {
			return m.id, true
		}
	}
	return "", false
}

// timeOnly reports tokens [from, to) of s that only tell a time: dates
// ("في 22 نوفمبر") and a span after an event ("بعد يومين"، "بعد ساعات").
func timeOnly(s *sentence, from, to int) bool {
	for k := from; k < to; k++ {
		if dateAt(s, k) != nil {
			continue
		}
		if t := &s.toks[k]; t.Key() == "بعد" && k+1 < to && s.toks[k+1].HasAny("يومين", "ايام", "ساعات", "ساعتين", "اسبوع", "اسبوعين") {
			k++
			continue
		}
		return false
	}
	return true
}

// killedByGroups are the armed groups of the dead named after a killing
// (or neutralising) word and before a strike noun written with ب or after
// في, at or before strike cue c: "قُتل القيادي في X ...، مساء أمس، بضربة
// جوية نفذتها مسيّرة أمريكية استهدفت سيارته"، "مقتل عنصرين من X بغارة"،
// "تحييد 12 إرهابياً من X في غارات جوية"; failing those, the group right
// before the killing word ("أعلنت X مقتل اثنين من مقاتليها بضربات"). No
// attack or response word may stand between: the dead are then an
// attack's victims ("قُتل جنود بهجوم ... وردّت واشنطن بغارات").
func (a *article) killedByGroups(s *sentence, c int) []string {
	by := -1
	for _, k := range a.freeCue(s, rules.CueStrike) {
		if k <= c && c-k <= 12 && (withBa(&s.toks[k]) || k > 0 && s.toks[k-1].Has("في")) {
			by = k
		}
	}
	from := -1
	neutralised := a.x.rules.Cue(rules.CueNeutralised)
	for k := max(by-30, 0); k < by; k++ {
		if killWord(&s.toks[k]) || neutralised.Has(&s.toks[k]) {
			from = k
		}
	}
	if from < 0 || nearBefore(a.freeCue(s, rules.CueAttack), by, by-from) || nearBefore(a.responseCues(s), by, by-from) {
		return nil
	}
	var out, own []string
	for _, m := range s.ments {
		if m.typ != model.TypeMilitia || m.adj || m.t1 > by {
			continue
		}
		if m.t0 > from {
			out = addIDs(out, m.id)
		} else if from-m.t1 <= 2 {
			own = addIDs(own, m.id) // "أعلنت X مقتل اثنين من مقاتليها بضربات": the group mourns its own
		}
	}
	if len(out) == 0 {
		return own
	}
	return out
}

// elidedSubject is the subject of a coordinated verb that names none of its
// own: strike cue c is a response or strike verb, or a strike noun up to
// four words after one ("واتهمت أنقرة الحزب بالهجوم، وردّت بعد ساعات بقصف
// مدفعي"، "فقد دكّت مقاتلاتها مخابئ له"), and the subject is the first
// foreign state or force named before the verb that no preposition governs.
// "ردّت عليها طهران" names its own subject after the pronoun.
func (a *article) elidedSubject(s *sentence, c int) (string, bool) {
	v := a.bareVerbBefore(s, c)
	if v < 0 {
		return "", false
	}
	next := v + 1
	if next < len(s.toks) && a.x.rules.Cue(rules.CueResponseBack).Has(&s.toks[next]) {
		next++
	}
	if next < len(s.toks) && a.x.rules.Cue(rules.CueOwnForces).Has(&s.toks[next]) {
		next++ // "شنّت طائراتها": the owner is the subject named before
	} else if next < len(s.toks) && s.mentionAt(next) != nil {
		return "", false // the verb has its own subject
	}
	for _, m := range s.ments {
		if m.t1 > v {
			break
		}
		if m.adj || m.typ != model.TypeCountry && m.typ != model.TypeForce || governed(s, m.t0) {
			continue
		}
		if a.x.rules.Domestic[a.x.countryOf(m.id)] || !a.ensure(m.id, s) {
			return "", false
		}
		return m.id, true // the first one: "واتهمت واشنطن إيران بالهجوم، وردّت" (Iran is the object)
	}
	return "", false
}

// bareVerbBefore is the indefinite response or strike verb at strike cue c
// or up to four words before it, or -1.
func (a *article) bareVerbBefore(s *sentence, c int) int {
	resp, verbs := a.x.rules.Cue(rules.CueResponseWord), a.x.rules.Cue(rules.CueStrikeVerbState)
	for k := c; k >= 0 && k >= c-4; k-- {
		if t := &s.toks[k]; (resp.Has(t) || verbs.Has(t)) && !definite(t) {
			if !joinedVerb(s, k) {
				return -1 // "وكانت واشنطن قد نفذت": the verb's subject stands before it
			}
			return k
		}
	}
	return -1
}

// joinedVerb reports verb k joined to an earlier clause with و or ف, or
// after "إذ"، "فقد"، "ثم": it may share that clause's subject.
func joinedVerb(s *sentence, k int) bool {
	for _, v := range s.toks[k].Variants[1:] {
		if strings.HasPrefix(v.Pre, "و") || strings.HasPrefix(v.Pre, "ف") {
			return true
		}
	}
	if k == 0 {
		return false
	}
	switch s.toks[k-1].Key() {
	case "اذ", "فقد", "ثم":
		return true
	}
	return false
}

// governed reports a mention at t that a preposition governs ("على
// الحزب"، "لواشنطن"): an object, not the subject of a verb.
func governed(s *sentence, t int) bool {
	if strings.HasPrefix(s.toks[t].Pre, "ل") || strings.HasPrefix(s.toks[t].Pre, "ب") {
		return true
	}
	if t == 0 {
		return false // the sentence opens with it: "الولايات المتحدة اتهمت …"
	}
	pv := &s.toks[t-1]
	switch pv.Key() {
	case "علي", "ضد", "من", "في", "الي", "عن", "مع", "بين": // على، إلى as arabic.Key folds them
		return true
	}
	return strings.HasSuffix(pv.Pre, "ل") || strings.HasSuffix(pv.Pre, "ب")
}

// notStriker reports a force named before strike cue c that cannot strike
// there: a victim ("حادثة يُقتل فيها عسكريون فرنسيون بنيران معادية")، a
// force hosted beside another ("يرابط فيه خبراء روس إلى جانب قوات النظام")،
// or one parted from c by another clause ("…، فيما طالت غارات …").
func (a *article) notStriker(s *sentence, m mention, c int) bool {
	hurt := a.x.rules.Cue(rules.CueVictimWord)
	for k := max(m.t0-3, 0); k < m.t0; k++ {
		if killWord(&s.toks[k]) || hurt.Has(&s.toks[k]) {
			return true
		}
	}
	if m.t0 > 0 && a.x.rules.Cue(rules.CueBeside).Has(&s.toks[m.t0-1]) {
		return true
	}
	opener := a.x.rules.Cue(rules.CueClauseOpener)
	for k := m.t1; k < c; k++ {
		if opener.Has(&s.toks[k]) {
			return true
		}
	}
	return false
}

// dateAt is the date expression of s covering token k, or nil.
func dateAt(s *sentence, k int) *dateHit {
	for i := range s.dates {
		if h := &s.dates[i]; h.tok <= k && k < h.end {
			return h
		}
	}
	return nil
}

// pluperfect reports strike cue c told in the pluperfect, the way an
// article tells a background event: كان/كانت up to four words before c and
// قد after it in the same clause ("وكانت ضربة أمريكية قد استهدفت ..."،
// "وكانت مسيّرة أمريكية قد قصفت ...").
func pluperfect(s *sentence, c int) bool {
	for k := max(c-4, 0); k <= c; k++ {
		if !s.toks[k].Has("كان") && !s.toks[k].Has("كانت") {
			continue
		}
		for j := k + 1; j < len(s.toks) && j <= c+8 && !s.toks[j].Break; j++ {
			if s.toks[j].Key() == "قد" {
				return true
			}
		}
	}
	return false
}

// siteOwnerAfter reports an armed group named as the owner of a struck site
// up to sixteen words after strike cue c ("مقراً لحركة X"، "مواقع لـX"): a
// background strike on a group's site, not the killing of a leader told as
// history.
func (a *article) siteOwnerAfter(s *sentence, c int) bool {
	site, place := a.x.rules.Cue(rules.CueStrikeSite), a.x.rules.Cue(rules.CuePlaceNoun)
	for _, m := range s.ments {
		if m.typ != model.TypeMilitia || m.adj || m.t0 <= c+1 || m.t0 > c+16 {
			continue
		}
		if k := m.t0 - 1; site.Has(&s.toks[k]) || place.Has(&s.toks[k]) || commanderIn(s, m) {
			return true // "مقراً لحركة X"، "قتلت القيادي في حركة X": a strike on the group
		}
	}
	return false
}

// commanderIn reports group mention m after "القيادي في" or "قيادياً في":
// one of its commanders, whose killing strikes the group, unlike that of
// its leader ("قائد فيلق القدس") told as history.
func commanderIn(s *sentence, m mention) bool {
	return m.t0 >= 2 && s.toks[m.t0-1].Has("في") && !s.toks[m.t0-1].Break &&
		s.toks[m.t0-2].HasAny("قيادي", "قياديا", "قياديين")
}

// sideStrikeDay is the day a sentence gives a strike of r's side when r
// took the day of its statement: "وقالت الوزارة إن المقاتلات التركية دمرت
// مساء السبت أهدافاً" tells on what day the strike announced on Sunday
// was. Only a day not after the statement's counts: a later one is a new
// strike.
func (a *article) sideStrikeDay(s *sentence, r *retAcc, limit int) *dateHit {
	if !r.weakDay || r.day == "" {
		return nil
	}
	for _, c := range a.freeCue(s, rules.CueStrike) {
		if c >= limit {
			break
		}
		actor, ok := a.actor(s, c)
		if !ok || !a.x.sameActor(actor, r.actor) {
			continue
		}
		if h := a.strikeDate(s, c, limit); h != nil && h.day != "" && h.day < r.day {
			return h
		}
	}
	return nil
}

// otherStrikeTold reports a sentence after strike r that tells another
// event, not more of r: a day of its own outside an answer clause ("وفي
// اليوم التالي أعلنت الوزارة تحييد مسلحين في غارات")، or an earlier event
// after "بعد" ("ويأتي التصعيد بعد أيام من القصف الذي طال ..."). A day that
// is only the day of an attack told in s is no other event's; attackDay
// reports such a day outside the answer clauses.
func (a *article) otherStrikeTold(s *sentence, r *retAcc, limit int) (other, attackDay bool) {
	if r.day == "" {
		return false, false
	}
	var deeds [][2]int // the answer clauses, read once a date needs them
	read := false
	for _, h := range s.dates {
		if h.day == "" || h.day == r.day || h.tok >= limit || a.inAnswerClause(s, -1, h.tok) {
			continue
		}
		if !read {
			deeds, read = a.deedSpans(s, -1, limit), true
		}
		if inSpans(deeds, h.tok) {
			continue
		}
		if !a.attackDayIn(s, h.day) {
			return true, attackDay
		}
		attackDay = true
	}
	event, told := a.x.rules.Cue(rules.CueAttackEvent), a.x.rules.Cue(rules.CueStrikeAnaphora)
	from := arabic.Key("من")
	for _, k := range a.freeCue(s, rules.CueAfterEvent) {
		if k+1 < len(s.toks) && (event.Has(&s.toks[k+1]) || spanWord(&s.toks[k+1])) {
			return true, attackDay
		}
		if k+3 < len(s.toks) && s.toks[k+2].Has(from) && told.Has(&s.toks[k+3]) {
			return true, attackDay // "بعد أيام من القصف المدفعي الذي طال ...": an earlier strike
		}
	}
	return false, attackDay
}

// attackDayIn reports an attack of the article told in s on day: "مؤكداً
// أن X هو المسؤول عن الهجوم الذي استهدف معسكر Y مساء الأربعاء" dates the
// attack, not another strike.
func (a *article) attackDayIn(s *sentence, day string) bool {
	for _, at := range a.attacks {
		if !at.merged && at.day == day && toldIn(at, s) {
			return true
		}
	}
	return false
}

// spanWord reports a word of a span of days or weeks ("أيام"، "يومين").
func spanWord(t *arabic.Token) bool {
	_, ok := spanDays(t.Key())
	return ok
}

// announcedResult is the striker of an indefinite strike noun after في in
// an announced result ("أعلنت الوزارة تحييد 17 مسلحاً في غارات جوية"): the
// military body named before it, or the one the bare noun points back to.
func (a *article) announcedResult(s *sentence, c int) (string, bool) {
	if id, ok := a.anaphoricSpeaker(s, c); ok {
		return id, true
	}
	return a.speakingForceBefore(s, c)
}

// qualifiedResponse reports a response noun whose adjectives, ordinals or
// quotes stand between it and على: "في أول رد عسكري أمريكي مباشر على سلسلة
// الهجمات"، "«الرد الأول» على الهجوم"، "رداً حاسماً على" answer the attacks
// as plainly as "رداً على".
func (a *article) qualifiedResponse(s *sentence) bool {
	return a.qualifiedAnswer(s) >= 0
}

// qualifiedAnswer is the token of the first qualified response noun of s
// (see qualifiedResponse), or -1.
func (a *article) qualifiedAnswer(s *sentence) int {
	word, modifier := a.x.rules.Cue(rules.CueResponseWord), a.x.rules.Cue(rules.CueResponseModifier)
	threats, on, indefinite := a.freeCue(s, rules.CueHypothetical), arabic.Key("على"), "ردا" // "رداً حاسماً على"
	for k := range s.toks {
		if !word.Has(&s.toks[k]) && !s.toks[k].Has(indefinite) || nearBefore(threats, k, 4) {
			continue
		}
		for j := k + 1; j < len(s.toks) && j <= k+4 && !s.toks[j].Break; j++ {
			if s.toks[j].Has(on) {
				if j > k+1 {
					return k
				}
				break
			}
			if m := s.mentionAt(j); !modifier.Has(&s.toks[j]) && (m == nil || !m.adj || m.typ != model.TypeCountry) {
				break
			}
		}
	}
	return -1
}

// memberOf reports a group named right after a word of membership ("فصيل
// منضوٍ ضمن هيئة الحشد الشعبي"): the body the struck group belongs to, not
// a target of its own.
func (a *article) memberOf(s *sentence, t int) bool {
	set := a.x.rules.Cue(rules.CueMembership)
	for k := t - 1; k >= 0 && k >= t-2 && !s.toks[k+1].Break; k-- {
		if set.Has(&s.toks[k]) {
			return true
		}
	}
	return false
}

// casualtyGroups are the armed groups of the dead a sentence right after
// strike r counts, with no strike or attack word of its own: "وأفاد المرصد
// بمقتل أربعة عناصر من الميليشيات، بينهم اثنان من لواء X" (the strike's
// toll). The count stops at another clause ("فيما لم يصدر تعليق من Y").
func (a *article) casualtyGroups(s *sentence, r *retAcc, limit int) []string {
	if s.idx-r.sent > 4 || len(a.freeCue(s, rules.CueStrike)) > 0 || len(a.freeCue(s, rules.CueStrikeAnaphora)) > 0 || len(a.freeCue(s, rules.CueAttack)) > 0 || a.attackToldIn(s) != nil {
		return nil
	}
	opener, from := a.x.rules.Cue(rules.CueClauseOpener), arabic.Key("من")
	var out []string
	for k := 0; k < limit; k++ {
		if !killWord(&s.toks[k]) {
			continue
		}
		for j := k + 1; j < limit && j <= k+16 && !opener.Has(&s.toks[j]); j++ {
			m := s.mentionAt(j)
			if m == nil || m.t0 != j || m.typ != model.TypeMilitia || m.adj || !s.toks[j-1].Has(from) || a.x.sameActor(m.id, r.actor) {
				continue
			}
			out = addIDs(out, m.id)
		}
		break
	}
	return out
}

// otherAnswersAfter reports a response verb after strike cue c whose
// subject, named right before it, is another side than actor: in "قالت
// الوزارة إن قوات النظام قصفت نقطتنا، مضيفة أن القوات التركية ردت ..."
// the first strike is the attack answered, not the answer.
func (a *article) otherAnswersAfter(s *sentence, c int, actor string) bool {
	for _, rc := range a.freeCue(s, rules.CueResponseWord) {
		if rc <= c || s.toks[rc-1].Key() == "في" {
			continue // "… في العراق، في رد مباشر على الهجوم": the answer noun, no other side's verb
		}
		for _, m := range s.ments {
			if m.adj || m.t0 <= c || m.t1 > rc || rc-m.t1 > 1 || m.typ != model.TypeForce && m.typ != model.TypeCountry {
				continue
			}
			if !a.x.sameActor(m.id, actor) {
				return true
			}
		}
	}
	return false
}

// answeredBackAfter reports a response verb with a pronoun back to the deed
// ("ردت عليه") between token t and strike cue c: in "في هجوم على قاعدة X
// يوم 5 آذار، ردت عليه واشنطن بغارات" the day is the attack's.
func (a *article) answeredBackAfter(s *sentence, t, c int) bool {
	back := a.x.rules.Cue(rules.CueResponseBack)
	for _, rc := range a.freeCue(s, rules.CueResponseWord) {
		if rc > t && rc < c && rc+1 < len(s.toks) && back.Has(&s.toks[rc+1]) {
			return true
		}
	}
	return false
}

// backDated reports a day told before "ردت عليه" ahead of strike cue c
// with no "على الفور": the writer dates the deed answered, not the answer,
// so the answer does not take the attack's day.
func (a *article) backDated(s *sentence, c int) bool {
	if len(a.freeCue(s, rules.CueImmediate)) > 0 {
		return false
	}
	for i := range s.dates {
		if s.dates[i].day != "" && a.answeredBackAfter(s, s.dates[i].tok, c) {
			return true
		}
	}
	return false
}

// answerSiteDates gives an undated attack told in the sentence right after
// a dated strike, in a sentence that names no day, the strike's day: "أعلن
// الجيش فجر اليوم أنه شن غارات على أهداف لـX، رداً على ... وقال في بيان إن
// مقاتلاته استهدفت مستودعات وموقعاً داخل مطار Y" tells what the strike hit.
func (a *article) answerSiteDates() {
	for _, at := range a.attacks {
		if at.merged || at.day != "" || at.text != "" || at.first == 0 || len(a.sents[at.first].dates) > 0 {
			continue
		}
		for _, r := range a.rets {
			if !r.merged && r.day != "" && !r.vague && r.sent == at.first-1 {
				at.day, at.text = r.day, r.text
				break
			}
		}
	}
}
