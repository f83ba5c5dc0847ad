package extract

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/nisba/nisba/extract/arabic"
	"github.com/nisba/nisba/extract/dates"
	"github.com/nisba/nisba/extract/rules"
	"github.com/nisba/nisba/model"
)

// attackAcc gathers one attack while the article is read.
type attackAcc struct {
	target      string
	day, text   string
	weapons     map[string]bool
	munitions   int
	attackers   []string
	launched    []string
	foiled      bool
	damage      string
	casualties  string
	attribs     []model.Attribution
	vague, firm map[string]bool // accused linked by a sentence naming no one attack, or by one naming it
	victims     map[string]bool // states whose base or soldiers were hit, groups that hold the base
	evidence    []model.Evidence
	first, sent int
	merged      bool
	background  bool // first told in the pluperfect: "وكانت القاعدة قد تعرضت في ... لهجوم"
	lastRef     int  // the last sentence that blamed someone for it
	secondary   bool // first told beside the story's attack: "إن الهجوم استهدف في الحقيقة قاعدة X"، "محاولة مماثلة"
	into        *attackAcc
	prior       bool // told as an earlier attack than the one just told: "الهجوم الثاني … إذ سقط صاروخان مطلع الشهر"
}

// pluperfect reports a sentence that tells an event as background:
// "كان"/"كانت" with "قد" a few words on and an attack verb right after it
// ("وكانت القاعدة قد تعرضت ... لهجوم"، "وكان الحرس الثوري قد تبنى"), or a
// foiling verb ("كانت القطعات قد عثرت على منصة ... موجهة نحو القاعدة"), or
// "سبق أن". A statement told so ("وكانت الوزارة قد أعلنت أن مسيرة هاجمت")
// may still tell the story's attack.
func (a *article) pluperfect(s *sentence) bool {
	for i := range s.toks {
		if s.toks[i].Has("سبق") {
			return len(a.freeCue(s, rules.CueStrikePast)) > 0
		}
		if !s.toks[i].Has("كان") && !s.toks[i].Has("كانت") {
			continue
		}
		for k := i + 1; k+1 < len(s.toks) && k <= i+6; k++ {
			if s.toks[k].Key() != "قد" {
				continue
			}
			n := &s.toks[k+1]
			if n.HasPrefix("تعرض") || n.HasPrefix("شهد") || n.HasPrefix("عثر") || n.HasPrefix("ضبط") || n.HasPrefix("فكك") || contains(a.freeCue(s, rules.CueAttack), k+1) || contains(a.freeCue(s, rules.CueClaimed), k+1) {
				return true
			}
		}
	}
	return false
}

// live follows merges to the attack that absorbed this one.
func (at *attackAcc) live() *attackAcc {
	for at.into != nil {
		at = at.into
	}
	return at
}

// attacksPass finds attacks sentence by sentence, then their attributions.
func (a *article) attacksPass() {
	for _, s := range a.sents {
		a.guard("attacks", s.idx, func() {
			cur := a.attackSentence(s)
			if cur == nil {
				if at := a.notFirstTime(s); at != nil {
					cur = []*attackAcc{at}
				}
			}
			a.attributions(s, cur)
		})
	}
	a.guard("attacks", -1, func() {
		a.mergeLocated()
		a.mergeLead()
		a.pruneVague()
		a.dropVictims()
		a.dropNeverHit()
	})
}

// notFirstTime reads a sentence opening with "ففي" and a day, that tells a
// strike and names no base, right after "ليست هذه المرة الأولى التي
// تُستهدف فيها القاعدة": the earlier attack on that base, on that day.
// "ففي العاشر من شباط الماضي، قصفت مقاتلات إسرائيلية عربة التحكم" is one.
func (a *article) notFirstTime(s *sentence) *attackAcc {
	if s.idx == 0 || len(s.toks) < 3 || s.toks[0].Key() != "ففي" {
		return nil
	}
	if len(s.dates) == 0 || s.dates[0].tok > 1 || s.dates[0].day == "" || slices.ContainsFunc(s.ments, func(m mention) bool { return m.typ == model.TypeBase }) {
		return nil
	}
	if len(a.freeCue(s, rules.CueStrike)) == 0 && len(a.freeCue(s, rules.CueAttack)) == 0 {
		return nil
	}
	p := a.sents[s.idx-1]
	if !notFirst(p) {
		return nil
	}
	id := ""
	for _, m := range p.ments {
		if m.typ == model.TypeBase && !m.adj {
			id = m.id
		}
	}
	if id == "" {
		for k := range p.toks {
			if p.mentionAt(k) == nil && a.baseAnaphor(p, k) {
				if id = a.lastBase(p, k); id == "" {
					id = a.storyTarget() // the story's base, named some sentences before
				}
			}
		}
	}
	if id == "" {
		return nil
	}
	h := s.dates[0]
	for _, at := range a.attacks {
		if at = at.live(); at.target == id && at.day == h.day {
			return a.touch(at, s)
		}
	}
	at := &attackAcc{target: id, day: h.day, text: h.text, weapons: map[string]bool{}, first: s.idx, sent: s.idx, background: true}
	at.evidence = append(at.evidence, a.evidence(s))
	a.attacks = append(a.attacks, at)
	return at
}

// notFirst reports "ليست (هذه) المرة الأولى" or "لم تكن المرة الأولى" in s:
// the attack told has come before. "هذه المرة الأولى" alone says it has not.
func notFirst(s *sentence) bool {
	for k := 1; k+1 < len(s.toks); k++ {
		if !s.toks[k].Has("مره") || !s.toks[k+1].HasAny("اولي", "وحيده") {
			continue
		}
		for j := k - 1; j >= 0 && j >= k-3; j-- {
			if s.toks[j].HasAny("ليست", "ليس") || s.toks[j].Has("تكن") && j > 0 && s.toks[j-1].Has("لم") {
				return true
			}
		}
	}
	return false
}

// noteLocated records the bases s uses to place another base named right
// before them: "قاعدة فكتوريا المحاذية لمطار بغداد" (airport -> Victory).
func (a *article) noteLocated(s *sentence) {
	var prev *mention
	for i := range s.ments {
		m := &s.ments[i]
		if m.typ != model.TypeBase || m.adj {
			continue
		}
		if prev != nil && prev.id != m.id && locatesBase(s, *prev, *m) {
			if a.locatedBy == nil {
				a.locatedBy = map[string]string{}
			}
			if a.locatedBy[m.id] == "" {
				a.locatedBy[m.id] = prev.id
			}
		}
		prev = m
	}
}

// mergeLocated folds an attack on a base the article used to place
// another ("قاعدة فكتوريا المحاذية لمطار بغداد") into that base's attack of
// the same day, or its undated one: "صاروخان أطلقا باتجاه مطار بغداد" later in the article is
// the attack on Victory told again.
func (a *article) mergeLocated() {
	for _, at := range a.attacks {
		at = at.live()
		base := a.locatedBy[at.target]
		if base == "" || at.merged {
			continue
		}
		for _, b := range a.attacks {
			if b = b.live(); b == at || b.merged || b.target != base || at.day == "" || b.day != "" && b.day != at.day {
				continue
			}
			if b.day == "" {
				b.day, b.text = at.day, at.text // the located base's attack told undated, its day told with the locator
			}
			absorb(b, at)
			break
		}
	}
}

// dropNeverHit removes the undated attack on a base the article says was
// never hit: a group's claim of "قاعدة حرير ومطار أربيل" is no attack on
// Harir when sources say "إن قاعدة حرير لم تتعرض لأي قصف".
//
// The base may also follow the verb, as in a correction: "ورد في تقرير
// نشرناه أن هجوماً استهدف قاعدة X ... والصحيح أن الهجوم استهدف قاعدة Y
// ... ولم تتعرض قاعدة X لأي استهداف في ذلك اليوم". Then the attacks on X
// told only before that sentence go too, dated or not, unless it speaks of
// a span ("منذ ذلك الحين").
func (a *article) dropNeverHit() {
	for _, s := range a.sents {
		if falseAlarm(s) {
			for _, m := range s.ments {
				if m.typ != model.TypeBase {
					continue
				}
				for _, at := range a.attacks {
					if !at.merged && at.target == m.id && at.first == s.idx && a.toldOnlyBefore(at, s.idx) {
						at.merged = true // "تصدت الدفاعات لصواريخ استهدفت مطار X، قبل أن يؤكد مصدر أنه لم يكن هناك أي عدوان"
					}
				}
			}
		}
		for k := 0; k+2 < len(s.toks); k++ {
			if !s.toks[k].Has("لم") || !s.toks[k+1].HasPrefix("تتعرض") && !s.toks[k+1].HasPrefix("يتعرض") {
				continue
			}
			for _, m := range s.ments {
				if m.typ != model.TypeBase {
					continue
				}
				switch {
				case m.t1 <= k && k-m.t1 <= 2 && s.toks[k+2].HasAny("لاي", "اي"):
					for _, at := range a.attacks {
						if !at.merged && at.target == m.id && at.day == "" {
							at.merged = true // "أن قاعدة حرير «لم تتعرض لأي قصف»"
						}
					}
				case m.t0 >= k+2 && m.t0 <= k+3 && m.t1 < len(s.toks) && s.toks[m.t1].HasAny("لاي", "اي") && !hasWord(s, "منذ"):
					for _, at := range a.attacks {
						if !at.merged && at.target == m.id && a.toldOnlyBefore(at, s.idx) {
							at.merged = true // "ولم تتعرض قاعدة X لأي استهداف في ذلك اليوم": a report corrected
						}
					}
				}
			}
		}
	}
}

// falseAlarm reports a sentence that takes an attack back as a false
// alarm: "إنذار كاذب"، "لم يكن هناك أي عدوان".
func falseAlarm(s *sentence) bool {
	for k := 0; k+1 < len(s.toks); k++ {
		t, n := &s.toks[k], &s.toks[k+1]
		if t.HasAny("انذار", "انذارا") && n.HasAny("كاذب", "كاذبا", "خاطئ", "خاطئا") {
			return true
		}
		if k+4 < len(s.toks) && t.Has("لم") && n.HasAny("يكن", "يحدث", "يقع") && s.toks[k+2].HasAny("هناك", "ثمه") && s.toks[k+3].HasAny("اي", "ايه") &&
			s.toks[k+4].HasAny("عدوان", "هجوم", "اعتداء", "قصف", "استهداف") {
			return true
		}
	}
	return false
}

// negatedAny reports attack cue c after "أي" and a word of evidence (بيان،
// دليل، معلومات ...) under a negation a few words before it, with no break: "لم يعثر الفريق على أي بيان يشير إلى ضربة على
// قاعدة X"، "لم يصدر أي بيان عن هجوم على قاعدة X" tell of no attack.
func negatedAny(s *sentence, c int) bool {
	for j := c - 1; j >= 1 && j >= c-14; j-- {
		if s.toks[j+1].Break {
			return false
		}
		if s.toks[j].Key() != "اي" {
			continue
		}
		if n := &s.toks[j+1]; !n.HasAny("بيان", "بيانات", "تاكيد", "دليل", "ادله", "معلومات", "اشاره", "تقرير", "تقارير", "صور", "اثر", "مؤشر", "مؤشرات") {
			return false // "ولم تعلن أي جهة مسؤوليتها عن الهجوم على X": the attack stands
		}
		for k := j - 1; k >= 0 && k >= j-6; k-- {
			if s.toks[k+1].Break {
				return false
			}
			if s.toks[k].HasAny("لم", "لا", "لن", "ليس", "دون", "بدون") {
				return true
			}
		}
		return false
	}
	return false
}

// toldOnlyBefore reports an attack every sentence of which comes before
// sentence i, the one that says it never happened, or is that sentence.
func (a *article) toldOnlyBefore(at *attackAcc, i int) bool {
	for _, ev := range at.evidence {
		if s := a.sentAt(ev.Start); s == nil || s.idx > i {
			return false
		}
	}
	return len(at.evidence) > 0
}

// hasWord reports a token of s whose key is w.
func hasWord(s *sentence, w string) bool {
	for k := range s.toks {
		if s.toks[k].Has(w) {
			return true
		}
	}
	return false
}

// attackSentence makes or extends the attacks a sentence tells of: an attack
// cue and a target base (named, or "القاعدة" for the last base named).
func (a *article) attackSentence(s *sentence) []*attackAcc {
	if yesNoQuestion(s) {
		return nil // "هل استُهدف مطار X من قبل؟": an explainer's question; its answer tells
	}
	cues := a.realCues(s, a.freeCue(s, rules.CueAttack))
	if len(cues) == 0 {
		if at := a.identifiedAttack(s); at != nil {
			return []*attackAcc{at}
		}
		return nil
	}
	if a.generic(s, cues) {
		return nil
	}
	var out []*attackAcc
	anaphoric := a.onlyAnaphoric(s, cues)
	backRef := a.pointsBack(s, cues)
	hostStrike := a.hostStrike(s) || a.strikesSubject(s, cues)
	targets := a.targets(s)
	for _, m := range targets {
		if hostStrike && a.x.lex != nil && a.x.lex.ByID(m.id) == nil && !targetedBase(s, cues, m) {
			continue // "قتلت الضربات الأمريكية حراساً في مطار X": a site the strikes hit, not a base attacked
		}
		if a.speakerElsewhere(s, m, cues) {
			continue // "قالت السفارة إنها على علم بالتقارير عن هجوم قرب مطار بغداد": the embassy speaks
		}
		if m.t0 > 0 && a.x.rules.Cue(rules.CueReaction).Has(&s.toks[m.t0-1]) && a.lastAttackOn(m.id) == nil {
			continue // "فيما دانت السفارة الأميركية في بغداد الهجمات": the embassy condemns them
		}
		if backRef && !anaphoric && !a.cueInClause(s, cues, m.t0) && a.bareClause(s, cues, m.t0) {
			continue // "أكد مسؤول أن القصف لم يطل أي منشأة، وأن مطار X واصل رحلاته": the strike told was on no base
		}
		if backRef && stationedAt(s, m) {
			continue // "هذا الاعتداء ... بدعم من القوات المتمركزة في التنف": the base only places a force
		}
		if stationedAt(s, m) && a.lastAttackOn(m.id) == nil && !a.cueInClause(s, cues, m.t0) {
			continue // "ستتمركز القوات في قاعدة X، ولن يسمح العراق باستهداف البعثات": where forces stay
		}
		if a.strikerStationed(s, m) {
			continue // "المدفعية التركية المتمركزة في قاعدة X قصفت مواقع لـY": the base the strikes came from
		}
		if visited(s, m.t0) && !a.cueInClause(s, cues, m.t0) && a.lastAttackOn(m.id) == nil {
			continue // "… ذريعة لاستهداف العراق"، فيما زار الوزير أمس قاعدة X": a visit
		}
		if anaphoric {
			if at := a.lastAttackOn(m.id); at != nil {
				a.redate(at, s, m, cues)
				out = a.keepAttack(out, a.touch(at, s), s, m) // "حمّل X مسؤولية القصف": the attack told
				continue
			}
			if m.t1-m.t0 == 1 && s.mentionAt(m.t0) == nil {
				continue // "في محيط المطار ... المستخدمة في الهجوم": a place, not a new target
			}
			if !a.cueInClause(s, cues, m.t0) {
				continue // "توفي خلال الهجوم، وأن جثمانه نقل إلى قاعدة X": the base of another clause
			}
		}
		if a.x.lex != nil && a.x.lex.ByID(m.id) == nil && a.lastAttackOn(m.id) == nil && tollAt(s, cues, m.t0) {
			continue // "أسفر القصف عن مقتل ثلاثة جنود في مطار X": where the strike told before killed
		}
		if at := a.lastAttackOn(m.id); at != nil && s.mentionAt(m.t0) == nil && !a.cueInClause(s, cues, m.t0) {
			out = a.keepAttack(out, a.touch(at, s), s, m) // "خلال تفقده القاعدة صباح اليوم": the base, not a new attack
			continue
		}
		if at := a.lastAttackOn(m.id); at != nil && a.respondedTo(s, m, cues) {
			out = a.keepAttack(out, a.touch(at, s), s, m) // "وردّت القوات على هجوم X، الثلاثاء، بغارات": the attack told
			continue
		}
		if a.counterStrike(s, m, cues) {
			continue // "وردت المدفعية التركية بقصف ... مطار X": the retaliation's target, not an attack on a base
		}
		if a.inAnsweredDeed(s, m, cues) {
			continue // "قالت إنها استهدفت المقر رداً على اعتقال شاب على حاجز X": the deed answered is no attack
		}
		n := len(a.attacks)
		if retracted(s, m.t0) && (a.besideStory(s, m) || n > 0 && atFirst(s, m.t0)) {
			continue // "… بل استهدف قاعدة X، قبل أن يصدر بيان يوضح أن …": the correction was itself corrected
		}
		at := a.placeAttack(s, m, cues)
		if len(a.attacks) > n && n > 0 && (a.besideStory(s, m) || a.secondaryOn(at)) {
			at.secondary = true
		}
		a.describe(s, at, m)
		a.stateAttackers(s, at, m)
		out = a.keepAttack(out, at, s, m)
	}
	for _, m := range a.otherDayRefs(s, targets, cues) {
		at := a.placeAttack(s, m, cues) // "ففي 14 نيسان ضربت مسيرة المطار، وقبل ذلك، في 15 شباط، سقطت صواريخ على المطار"
		a.describe(s, at, m)
		out = a.keepAttack(out, at, s, m)
	}
	if at := a.priorAttack(s, cues); at != nil {
		out = appendAttack(out, at)
	}
	a.claimedList(s, out)
	return out
}

// identifiedAttack reads a base that s, with no attack word, names as the
// site of the attack the sentence before told without one: "قُتل ثلاثة
// جنود بهجوم فجر الأحد. وتبيّن لاحقاً أن الموقع المستهدف هو «البرج 22»".
// The attack takes the day of that sentence.
func (a *article) identifiedAttack(s *sentence) *attackAcc {
	if s.idx == 0 {
		return nil
	}
	prev := a.sents[s.idx-1]
	site := func(t *arabic.Token) bool {
		return definite(t) && t.HasAny("موقع", "قاعده", "هدف", "نقطه")
	}
	for _, m := range s.ments {
		if m.typ != model.TypeBase || m.adj || m.t0 < 2 {
			continue
		}
		k := m.t0 - 1
		if s.toks[k].HasAny("هو", "هي") {
			k--
		}
		if s.toks[k].HasPrefix("مستهدف") && k > 0 {
			k--
		}
		if !site(&s.toks[k]) || k > 0 && s.toks[k-1].Key() != "ان" && !s.toks[k-1].HasAny("كان", "وكان", "كانت", "وكانت") {
			continue // "أن الموقع هو X"، "وكان الموقع المستهدف X"
		}
		pc := a.realCues(prev, a.freeCue(prev, rules.CueAttack))
		if len(pc) == 0 || slices.ContainsFunc(prev.ments, func(n mention) bool { return n.typ == model.TypeBase }) {
			return nil // the sentence before told no attack, or told its base
		}
		day, text := "", ""
		for _, h := range prev.dates {
			if h.day != "" && !h.span {
				day, text = h.day, h.text
				break
			}
		}
		if at := a.lastAttackOn(m.id); at != nil && (day == "" || at.day == day) {
			return a.touch(at, s)
		}
		at := &attackAcc{target: m.id, day: day, text: text, weapons: map[string]bool{}, first: prev.idx, sent: s.idx}
		at.evidence = append(at.evidence, a.evidence(prev), a.evidence(s))
		a.attacks = append(a.attacks, at)
		return at
	}
	return nil
}

// twoDays reports dates of two different days in s.
func twoDays(s *sentence) bool {
	first := ""
	for _, h := range s.dates {
		switch {
		case h.day == "" || h.day == first:
		case first == "":
			first = h.day
		default:
			return true
		}
	}
	return false
}

// conjoinedBetween reports a clause joined by "و" or "ثم" starting in
// [from, to] of s: "…، وفي 15 شباط"، "…، وقبل ذلك، في 15 شباط".
func conjoinedBetween(s *sentence, from, to int) bool {
	for j := from; j <= to && j < len(s.toks); j++ {
		t := &s.toks[j]
		if t.Break && (t.Has("ثم") || slices.ContainsFunc(t.Variants, func(v arabic.Variant) bool { return v.Pre == "و" })) {
			return true
		}
	}
	return false
}

// otherDayRefs are the later references in s to a base of targets, by
// name or by its head noun ("المطار"), whose clause tells of an attack on
// another day than the first reference's, a day named between the two
// after the first's own day came before it: two attacks on one base.
func (a *article) otherDayRefs(s *sentence, targets []mention, cues []int) []mention {
	if !twoDays(s) {
		return nil // most sentences: one day or none, so one attack per base
	}
	var out []mention
	for _, t := range targets {
		var refs []mention
		for i := t.t1; i < len(s.toks); i++ {
			n := s.mentionAt(i)
			switch {
			case n != nil && n.id == t.id && n.t0 == i && !n.adj:
				refs = append(refs, *n) // the base named again
			case n == nil && a.baseAnaphor(s, i) && a.namedWith(t.id, s.toks[i].Key()):
				refs = append(refs, mention{id: t.id, typ: model.TypeBase, t0: i, t1: i + 1})
			}
		}
		if len(refs) == 0 {
			continue
		}
		first, _, tok := a.mentionDate(s, t, cues)
		if first == "" || tok < 0 || tok >= t.t0 {
			continue
		}
		days := map[string]bool{first: true}
		for _, n := range refs {
			if !a.cueInClause(s, cues, n.t0) {
				continue
			}
			if day, _, k := a.mentionDate(s, n, cues); day != "" && !days[day] && k >= t.t1 && k < n.t0 && conjoinedBetween(s, t.t1, k) {
				days[day] = true
				out = append(out, n)
			}
		}
	}
	return out
}

// bareClause reports that every attack word of s is singular ("القصف"،
// "الهجوم") and that the clause of token t holds no word of a weapon or a
// launch: the base there is named for something else.
func (a *article) bareClause(s *sentence, cues []int, t int) bool {
	for _, c := range cues {
		if !singularAttack(&s.toks[c]) {
			return false
		}
	}
	lo, hi := clause(s, t)
	weak := a.x.rules.Cue(rules.CueWeakAttack)
	for k := lo; k < hi; k++ {
		if weak.Has(&s.toks[k]) {
			return false
		}
	}
	return true
}

// speakerElsewhere reports target m as the subject of a speech verb right
// before it, while an attack word after it is placed by another place
// ("عن هجوم قرب مطار X"، "عن قصف في منطقة Y"): the base speaks of an attack
// elsewhere. "أعلنت قاعدة X إسقاط مسيرات" names no other place.
func (a *article) speakerElsewhere(s *sentence, m mention, cues []int) bool {
	if m.t0 == 0 || !a.x.rules.Cue(rules.CueSpeech).Has(&s.toks[m.t0-1]) {
		return false
	}
	for _, c := range cues {
		if c <= m.t1 {
			continue
		}
		for k := c + 1; k < len(s.toks) && k <= c+3; k++ {
			if n := s.mentionAt(k); n != nil && !n.adj && n.id != m.id && (n.typ == model.TypeBase || n.typ == model.TypeCity) {
				return true
			}
		}
	}
	return false
}

// priorAttack is the earlier attack on a base that a count of its attacks
// recalls in an "إذ" (حيث) clause with a day of its own: "ويعد هذا الهجوم
// الثاني على قاعدة X خلال أسبوعين، إذ سقط صاروخان في محيطها مطلع الشهر".
func (a *article) priorAttack(s *sentence, cues []int) *attackAcc {
	for _, m := range s.ments {
		if m.typ != model.TypeBase || !countedOn(s, m) || a.lastAttackOn(m.id) == nil {
			continue
		}
		for k := m.t1; k < len(s.toks); k++ {
			if !s.toks[k].HasAny("اذ", "حيث") || !s.toks[k].Break {
				continue
			}
			for _, c := range cues {
				if c > k && c-k <= 3 && a.datedAfter(s, c) {
					at := a.placeAttack(s, mention{id: m.id, typ: model.TypeBase, t0: c, t1: c + 1}, []int{c})
					at.prior = at.first == s.idx
					return at
				}
			}
			return nil
		}
	}
	return nil
}

// countedOn reports an ordinal a few words before base m and a span word
// ("خلال"، "منذ"، "غضون") right after it: "الهجوم الثالث على قاعدة X خلال شهر".
func countedOn(s *sentence, m mention) bool {
	ordinal := false
	for k := max(m.t0-3, 0); k < m.t0; k++ {
		switch s.toks[k].Key() {
		case "ثاني", "ثالث", "رابع", "خامس", "سادس", "سابع", "ثامن", "تاسع", "عاشر", "حادي":
			ordinal = true
		}
	}
	for k := m.t1; ordinal && k < len(s.toks) && k <= m.t1+2; k++ {
		if t := &s.toks[k]; t.Has("خلال") || t.Has("منذ") || t.Has("غضون") {
			return true
		}
	}
	return false
}

// datedAfter reports a date in the clause of the attack word at c, after it.
func (a *article) datedAfter(s *sentence, c int) bool {
	_, hi := clause(s, c)
	for _, h := range s.dates {
		if h.tok > c && h.tok < hi {
			return true
		}
	}
	return false
}

// eveOf reports a state's strike named only as a time: "حتى عشية الضربات
// الأمريكية، إذ سقطت صواريخ على حقل X" tells when, not who struck X.
func eveOf(s *sentence, n mention) bool {
	for k := max(n.t0-3, 0); k < n.t0; k++ {
		if t := &s.toks[k]; t.Has("عشيه") || t.Has("قبيل") || t.Has("غداه") {
			return true
		}
	}
	return false
}

// hypothetical reports attack words all under a threat, a plan or a
// drill: one before them or in their clause ("التصدي لهجمات محتملة"،
// "توعدت باستهداف القاعدة"). A threat told after the attack, in a clause
// of its own ("استهدفوا القاعدة بالصواريخ، متوعدين بمزيد من العمليات"),
// leaves the attack told.
func (a *article) hypothetical(s *sentence, cues []int) bool {
	hs := a.freeCue(s, rules.CueHypothetical)
	if len(hs) == 0 {
		return false
	}
	for _, c := range cues {
		under := false
		for _, h := range hs {
			if trainingSite(s, h) {
				continue // "استهدفت مسيرة مركز تدريب داخل القاعدة": a place, not a drill
			}
			under = under || h < c || !breakBetween(s, min(h, c), max(h, c))
		}
		if !under {
			return false
		}
	}
	return true
}

// trainingSite reports a drill word that names a place with the noun
// before it: "مركز تدريب"، "أكاديمية تدريب"، "معسكر تدريب".
func trainingSite(s *sentence, h int) bool {
	return h > 0 && s.toks[h].HasPrefix("تدريب") && !s.toks[h].Break &&
		s.toks[h-1].HasAny("مركز", "مراكز", "اكاديميه", "معسكر", "معسكرات", "مدرسه", "ميدان", "مجمع", "منشاه", "مقر")
}

// respondedTo reports base m named by the attack a response answers:
// "ردّت القوات على هجوم X"، "رداً على الهجوم على قاعدة X". A response
// after the attack word ("شنت فصائل هجوماً على X رداً على الغارات") is
// not one.
func (a *article) respondedTo(s *sentence, m mention, cues []int) bool {
	var responses []int
	for _, c := range cues {
		if c >= m.t0 || m.t0-c > 2 {
			continue
		}
		if responses == nil {
			responses = a.freeCue(s, rules.CueResponse)
		}
		on := c > 0 && s.toks[c-1].Key() == "علي" // "ردّت القوات الأمريكية على هجوم X"
		for _, r := range responses {
			if r < c && (c-r <= 3 || on && c-r <= 6 && !breakBetween(s, r, c)) {
				return true
			}
		}
	}
	return false
}

// inAnsweredDeed reports base m told in the deed an attack answers, when
// that deed is no attack: an attack cue comes before the response cue
// ("رداً على") and none between it and the base, as in "استهدفت المقر
// رداً على اعتقال الأمن شاباً على حاجز X". "رداً على الهجوم على قاعدة X"
// names an attack on X, and "رداً على مقتل جنود في قاعدة X" a deadly one:
// both stay.
func (a *article) inAnsweredDeed(s *sentence, m mention, cues []int) bool {
	set := a.x.rules.Cue(rules.CueResponse)
	for _, r := range a.freeCue(s, rules.CueResponse) {
		e := r + set.Match(s.toks, r)
		if r >= m.t0 || e >= m.t0 || !s.toks[e-1].Has(arabic.Key("على")) || killWord(&s.toks[e]) {
			continue // "رداً على مقتل جنود في البرج 22": a deadly attack on the base
		}
		before, between := false, false
		for _, c := range cues {
			before = before || c < r
			between = between || c >= r && c < m.t0
		}
		if before && !between {
			return true
		}
	}
	return false
}

// counterStrike reports a base struck in a state's answer to an attack the
// article told before: "وردت المدفعية التركية بقصف مواقع في تل رفعت ومحيط
// مطار X" after a Turkish base was attacked. A group's answer ("رداً على
// الغارات، استهدفت X قاعدة Y") is still an attack on a base.
func (a *article) counterStrike(s *sentence, m mention, cues []int) bool {
	if a.lastAttackOn(m.id) != nil {
		return false
	}
	if a.answerAfter(s, m, cues) {
		a.countered = setKey(a.countered, m.id)
		return true
	}
	if len(a.attacks) == 0 {
		return false
	}
	for _, c := range cues {
		if c > 0 && c < m.t0 && m.t0-c <= 6 && s.toks[c-1].HasAny("عقب", "بعد", "اثر", "اعقاب") && !breakBetween(s, c, m.t0) {
			return false // "ردت الولايات المتحدة بضربات …، عقب هجوم بصاروخ على قاعدة X": the attack answered
		}
	}
	var responses []int
	for _, c := range cues {
		if c >= m.t0 {
			continue
		}
		if responses == nil {
			responses = append(a.freeCue(s, rules.CueResponse), a.freeCue(s, rules.CueResponseWord)...)
		}
		for _, r := range responses {
			if r >= c {
				continue
			}
			for _, n := range s.ments {
				// "وردت المدفعية التركية بقصف ..."; "الرد التركي طال ...، فيما طال القصف ... مطار X"
				if (n.t0 > r && n.t0 < c && c-r <= 3 || n.t0 == r+1) && (n.typ == model.TypeForce || n.typ == model.TypeCountry) {
					a.countered = setKey(a.countered, m.id)
					return true
				}
			}
		}
	}
	return false
}

// answerAfter reports a base struck by a state together with a group's
// sites or a town, in a strike the sentence goes on to call an answer to
// an attack or to tell after one: "قصف الجيش التركي مواقع لقسد في X ومحيط
// مطار Y، رداً على استهداف قاعدة تركية"، "قصف تركي على X ومحيط Y بعد مقتل
// جنود أتراك". A state's strike on a base alone ("قصفت إيران قاعدة X رداً
// على ...") is still an attack on it.
func (a *article) answerAfter(s *sentence, m mention, cues []int) bool {
	c := -1
	for _, k := range cues {
		if k < m.t0 && m.t0-k <= 15 {
			c = k
		}
	}
	if c < 0 {
		return false
	}
	state, group := false, false
	for _, n := range s.ments {
		switch {
		case n.t0 >= c-3 && n.t0 < m.t0 && (n.typ == model.TypeForce || n.typ == model.TypeCountry):
			state = true
		case n.t0 > c && n.t0 < m.t0 && !n.adj && (n.typ == model.TypeMilitia || n.typ == model.TypeCity):
			group = true // "مواقع لقسد في X ومحيط مطار Y"، "على تل رفعت ومحيط منغ"
		}
	}
	if !state || !group {
		return false
	}
	for _, r := range a.freeCue(s, rules.CueResponse) {
		if r <= m.t0 || r-m.t0 > 12 {
			continue
		}
		for _, k := range cues {
			if k > r && k-r <= 3 {
				return true
			}
		}
	}
	for _, p := range a.freeCue(s, rules.CueAfterEvent) {
		// "قصف تركي على تل رفعت ومحيط منغ بعد مقتل شرطيين أتراك في مارع"
		if p > m.t0 && p-m.t0 <= 3 && p+1 < len(s.toks) && (killWord(&s.toks[p+1]) || a.x.rules.Cue(rules.CueAttackEvent).Has(&s.toks[p+1])) {
			return true
		}
	}
	return false
}

// claimedList marks as side attacks the new attacks of a claim that lists
// several bases after the story's attack was told: "تبنت X هجمات على ثلاث
// قواعد، هي A وB وC" then "نفت طهران أي علاقة لها بالهجوم" is about the
// story's attack.
func (a *article) claimedList(s *sentence, out []*attackAcc) {
	if len(out) < 2 || len(a.freeCue(s, rules.CueClaimed)) == 0 {
		return
	}
	story := false
	for _, at := range a.attacks {
		story = story || at.live().first < s.idx && !at.live().background
	}
	if !story {
		return
	}
	for _, at := range out {
		if at.first == s.idx {
			at.secondary = true
		}
	}
}

// keepAttack adds at to out after noting who s tells was hit with it.
func (a *article) keepAttack(out []*attackAcc, at *attackAcc, s *sentence, m mention) []*attackAcc {
	for _, n := range s.ments {
		if a.victimOf(s, m, n) {
			at.victims = setKey(at.victims, n.id)
		}
		if n.typ == model.TypeForce && soldierWord(&s.toks[n.t0]) {
			// "أودى بحياة ثلاثة جنود أمريكيين": the soldiers' state was hit
			at.victims = setKey(at.victims, n.id)
			if st := a.stateOfForce(n.id); st != "" {
				at.victims = setKey(at.victims, st)
			}
		}
	}
	return appendAttack(out, at)
}

// victimOf reports mention n of s as a side hit by the attack on target m,
// never its author: the state of the base ("قاعدة X التركية"، "القاعدة
// العسكرية التركية"), of its soldiers ("إصابة جنديين تركيين"), or the group
// that holds it ("حقل X، الذي تسيطر عليه قسد").
func (a *article) victimOf(s *sentence, m, n mention) bool {
	switch {
	case n.adj && n.typ == model.TypeCountry:
		if n.t0 >= m.t1 && n.t0-m.t1 <= 2 && !a.weaponBetween(s, m.t1, n.t0) {
			return true // not "استهدفت القاعدة بصواريخ إيرانية"
		}
		return n.t0 > 0 && soldierWord(&s.toks[n.t0-1]) || civilianOf(s, n.t0) || defences(s, n.t0)
	case n.typ == model.TypeMilitia || n.typ == model.TypeForce:
		if n.t0 < m.t1 || n.t0-m.t1 > 6 {
			return false
		}
		for k := m.t1; k < n.t0; k++ {
			if t := &s.toks[k]; t.HasPrefix("تسيطر") || t.HasPrefix("يسيطر") || t.Has("سيطره") || t.HasPrefix("لسيطره") {
				return true
			}
		}
	}
	return false
}

// weaponBetween reports a weapon or attack word in [from, to).
func (a *article) weaponBetween(s *sentence, from, to int) bool {
	for k := from; k < to; k++ {
		if a.x.rules.Cue(rules.CueStateWeapon).Has(&s.toks[k]) || a.x.rules.Cue(rules.CueAttack).Has(&s.toks[k]) {
			return true
		}
	}
	return false
}

// stateWeaponBefore reports a weapon or aircraft word right before token t,
// or before "عسكرية" there: "طائرات حربية إسرائيلية"، "طائرات عسكرية
// إسرائيلية".
func (a *article) stateWeaponBefore(s *sentence, t int) bool {
	weapons := a.x.rules.Cue(rules.CueStateWeapon)
	if weapons.Has(&s.toks[t-1]) {
		return true
	}
	if t >= 2 && s.toks[t-1].Key() == "احتلال" && !s.toks[t-1].Break {
		k := t - 2
		if k >= 1 && s.toks[k].Key() == "دوله" {
			k-- // "طائرات دولة الاحتلال التركي"
		}
		return weapons.Has(&s.toks[k]) // "مسيّرات الاحتلال التركي": the state an occupier's craft belong to
	}
	return t >= 2 && s.toks[t-1].HasPrefix("عسكري") && weapons.Has(&s.toks[t-2])
}

// defences reports a word of air defence in the two words before t: the
// state of "الدفاعات الجوية الأردنية" or "وسائط دفاعنا الجوي" is the
// defender, not the striker.
func defences(s *sentence, t int) bool {
	for k := t - 1; k >= 0 && k >= t-2; k-- {
		if tk := &s.toks[k]; tk.HasPrefix("دفاع") || tk.HasPrefix("مضاد") || tk.HasPrefix("منظوم") || tk.HasPrefix("وسائط") {
			return true
		}
	}
	return false
}

// downingCraft reports a verb of downing right before the aircraft whose
// state adjective is at t: "أسقطت مقاتلة أمريكية طائرة مسيرة" — the jet
// defends, it strikes nothing.
func downingCraft(s *sentence, t int) bool {
	return t >= 2 && downed(&s.toks[t-2]) || t >= 3 && downed(&s.toks[t-3]) && !s.toks[t-2].Break
}

// civilianOf reports a contractor, civil or not, right before the state
// adjective at t: "مقتل متعاقد مدني أمريكي"، "إصابة متعاقدين أميركيين".
func civilianOf(s *sentence, t int) bool {
	k := t - 1
	if k > 0 && s.toks[k].HasPrefix("مدني") {
		k--
	}
	return k >= 0 && s.toks[k].HasPrefix("متعاقد")
}

// soldierWord reports a word for soldiers: جندي، جنديين، جنود، عسكريين.
func soldierWord(t *arabic.Token) bool {
	if t.Has("عسكريين") || t.Has("عسكريون") || t.Has("عسكريان") || t.Has("عسكريا") {
		return true // not the adjective "طائرات عسكرية إسرائيلية"
	}
	return t.HasPrefix("جندي") || t.Has("جنود") || t.HasPrefix("ضابط") || t.HasPrefix("ضباط") || t.HasPrefix("مستشار")
}

// dropVictims removes from each attack the accused that it hit.
func (a *article) dropVictims() {
	for _, at := range a.attacks {
		if at.merged || len(at.victims) == 0 {
			continue
		}
		keep := at.attackers[:0]
		for _, id := range at.attackers {
			if !at.victims[id] {
				keep = append(keep, id)
			}
		}
		at.attackers = keep
		kept := at.attribs[:0]
		for _, x := range at.attribs {
			if !at.victims[x.Accused] {
				kept = append(kept, x)
			}
		}
		at.attribs = kept
	}
}

// notTarget reports a word before a base that makes it no target: "قرب
// مطار بغداد" is near a base, "من قاعدة التنف" is where from, "المحاذية
// لمطار بغداد" is next to it, "بعد مغادرتهم مطار بغداد" is where people
// left.
func notTarget(t *arabic.Token) bool {
	k := t.Key()
	switch k {
	case "قرب", "من", "مقربه", "بجوار", "جوار", "محاذاه", "محاذيه", "محاذي", "مجاوره", "مجاور", "قريبه", "قريب":
		return true
	}
	return t.HasPrefix("بالقرب") || t.HasPrefix("انطلاقا") || t.HasPrefix("مغادر") || t.HasPrefix("غادر")
}

// launchPurpose reports a base followed by the purpose it serves: "تستخدم
// القوات قاعدة X لشن غارات" is where strikes start, not their target.
func launchPurpose(s *sentence, t1 int) bool {
	if t1 >= len(s.toks) {
		return false
	}
	for _, t := range s.toks[:t1] {
		if t.HasPrefix("تعرض") || t.HasPrefix("يتعرض") {
			return false // "تعرضت قاعدة X لإطلاق صواريخ": exposed to
		}
	}
	t := &s.toks[t1]
	return t.Has("لشن") || t.Has("لاطلاق") || t.Has("لتنفيذ")
}

// notTargetAt reports a base mention starting at token t0 of s that is no
// target: after notTarget, unless "من" follows a verb of approach ("مسيرة
// كانت تقترب من قاعدة X" is aimed at X).
func notTargetAt(s *sentence, t0 int) bool {
	if launchedFrom(s, t0) || transferredTo(s, t0) || divertedTo(s, t0) || headedTo(s, t0) || roadOrZone(s, t0) || beyondOnly(s, t0) || timeLandmark(s, t0) || reinforcedAt(s, t0) || flightsAt(s, t0) {
		return true
	}
	if nearBaseIn(s, t0) || sourceAt(s, t0) || overlooked(s, t0) {
		return true
	}
	if t0 == 0 || !notTarget(&s.toks[t0-1]) && notFar(s, t0) < 0 || fellNear(s, t0) || siteNear(s, t0) {
		return false
	}
	if s.toks[t0-1].Key() == "من" && t0 >= 2 {
		p := &s.toks[t0-2]
		if p.HasPrefix("تقترب") || p.HasPrefix("يقترب") || p.HasPrefix("اقترب") || p.HasPrefix("مقترب") || p.HasPrefix("اقتراب") {
			return false
		}
		for k := t0 - 2; k >= 0 && k >= t0-3; k-- {
			if w := &s.toks[k]; w.HasPrefix("تصاعد") || w.HasPrefix("يتصاعد") || w.HasPrefix("تتصاعد") || w.HasPrefix("ارتفع") || w.HasPrefix("يرتفع") {
				return false // "تصاعد الدخان من قاعدة X بعد استهدافها": smoke rising from the base hit
			}
		}
	}
	return true
}

// overlooked reports a base at t0 named as what a hill or a height
// overlooks, "مواقع للجيش في جبل الثردة المطل على مطار X": the base only
// places the site struck.
func overlooked(s *sentence, t0 int) bool {
	if t0 < 2 || !s.toks[t0-1].Has("علي") {
		return false
	}
	p := &s.toks[t0-2]
	return p.HasPrefix("مطل") || p.HasPrefix("مشرف") || p.HasPrefix("يطل") || p.HasPrefix("تطل") || p.HasPrefix("يشرف") || p.HasPrefix("تشرف")
}

// sourceAt reports a base at t0 that only says where a source works: "وفق
// ما أفاد به مصدر في مطار X"، "قال مسؤول في قاعدة X".
func sourceAt(s *sentence, t0 int) bool {
	if t0 < 2 || s.toks[t0-1].Key() != "في" {
		return false
	}
	if s.toks[t0-2].HasAny("مصدر", "مصادر", "مسؤول", "مسؤولون", "ضابط", "موظف", "موظفون", "عامل", "عاملون") {
		return true
	}
	// "قال مركز التنسيق الروسي في قاعدة حميميم إن ...": a body speaking from the base
	for k := t0 - 2; k >= 0 && k >= t0-4; k-- {
		if s.toks[k].Has("مركز") && !definite(&s.toks[k]) {
			return k+1 < t0-1 && s.toks[k+1].HasAny("تنسيق", "مصالحه")
		}
		if s.toks[k].Break || !definite(&s.toks[k]) {
			return false
		}
	}
	return false
}

// nearBaseIn reports a base at t0 that only places a base noun named
// after "قرب": "استهدف مواقع قرب قاعدته في حقل X" struck sites near it;
// shells that fell there ("سقطت قذائف قرب القاعدة في حقل X") still hit it.
func nearBaseIn(s *sentence, t0 int) bool {
	if t0 < 3 || s.toks[t0-1].Key() != "في" {
		return false
	}
	b := &s.toks[t0-2]
	if !baseNoun(b) && !b.HasPrefix("قاعدت") && !b.HasPrefix("قواعد") {
		return false
	}
	return notTarget(&s.toks[t0-3]) && !fellNear(s, t0-2)
}

// knownAs reports base m named right after base p as the name p is also
// known by, or as a camp that p holds: "قاعدة X، المعروفة أيضاً بقاعدة
// Y"، "مطار X … تضم معسكراً يعرف بقاعدة Y".
func knownAs(s *sentence, p, m mention) bool {
	if p.t1 > m.t0 || m.t0-p.t1 > 5 {
		return false
	}
	if strings.HasPrefix(s.toks[m.t0].Variants[0].Fold, "و") {
		return false // "قاعدة X المعروفة بتحصيناتها وقاعدة Y": two bases
	}
	for k := max(p.t1, m.t0-3); k < m.t0; k++ {
		t := &s.toks[k]
		if t.HasPrefix("معروف") || t.HasPrefix("يعرف") || t.HasPrefix("تعرف") || t.HasPrefix("مسماه") || t.HasPrefix("يسمي") || t.HasPrefix("تسمي") {
			return true
		}
	}
	return false
}

// holdsCamp reports a verb of holding between bases p and m: the camp m
// is inside what p names.
func holdsCamp(s *sentence, p, m mention) bool {
	for k := p.t1; k < m.t0; k++ {
		if t := &s.toks[k]; t.HasPrefix("تضم") || t.HasPrefix("يضم") || t.HasPrefix("تحوي") || t.HasPrefix("يحوي") || t.HasPrefix("تحتضن") {
			return true
		}
	}
	return false
}

// timeLandmark reports a base right after "قبل"/"بعد"/"منذ": in "كان
// أخطر الهجمات قبل البرج 22 ما تعرضت له قاعدة X" the base's attack only
// marks a time.
func timeLandmark(s *sentence, t0 int) bool {
	if t0 == 0 {
		return false
	}
	switch s.toks[t0-1].Key() {
	case "قبل", "بعد", "منذ":
		return true
	}
	return false
}

// hostStrike reports a strike by a state whose forces the bases host,
// told by its adjective on the strike word ("الضربات الأمريكية") or as the
// one answering ("وردت الولايات المتحدة بضربات"): the sites it names that
// the lexicon does not know as bases are its targets, not bases attacked.
func (a *article) hostStrike(s *sentence) bool {
	host := func(m *mention) bool {
		return m != nil && (m.id == "country:united-states" || m.id == "country:united-kingdom" || m.id == "force:us-forces")
	}
	strike := a.x.rules.Cue(rules.CueStrike)
	for k := range s.toks {
		if k+1 < len(s.toks) && strike.Has(&s.toks[k]) && host(s.mentionAt(k+1)) && s.mentionAt(k+1).adj {
			return true
		}
	}
	for _, c := range a.freeCue(s, rules.CueResponse) {
		if c+1 < len(s.toks) && host(s.mentionAt(c+1)) && !s.mentionAt(c+1).adj {
			return true
		}
	}
	return false
}

// targetedBase reports base m named with its base word as the object of
// the verb "استهدف" right before it, past a day told between:
// "وكانت الغارات قد استهدفت، فجر الأحد، قاعدة X" aims at the base itself.
func targetedBase(s *sentence, cues []int, m mention) bool {
	if !baseNoun(&s.toks[m.t0]) {
		return false
	}
	for _, c := range cues {
		if c < m.t0 && s.toks[c].HasPrefix("استهدف") && dateWordsIn(s, c+1, m.t0) == m.t0-c-1 {
			return true
		}
	}
	return false
}

// strikesSubject reports the strikes told before as the subject of the
// sentence's attack verb: "قالت الوزارة إن الضربات، التي نفذتها مقاتلات،
// استهدفت مستودعات ... في موقع داخل مطار X". Strikes answered ("رداً على
// الغارات، استهدفت الفصائل مطار X") are not.
func (a *article) strikesSubject(s *sentence, cues []int) bool {
	for _, k := range a.freeCue(s, rules.CueStatedStrike) {
		if !definite(&s.toks[k]) || k > 0 && (s.toks[k-1].Key() == "علي" || a.x.rules.Cue(rules.CueResponse).Has(&s.toks[k-1])) {
			continue
		}
		for _, c := range cues {
			if c > k && c-k <= 16 && s.toks[c].HasPrefix("استهدف") && !anyBetween(cues, k, c) {
				return true // not "غارات شنتها القوات عقب الهجوم الذي استهدف قاعدة X"
			}
		}
	}
	return false
}

// tallyAt is where an ordinal that counts attacks over a span starts, or
// -1: "الهجوم هو الحادي عشر خلال شهرين على قواعد …"، "الثالث منذ بداية
// الشهر".
func tallyAt(s *sentence) int {
	for k := range s.toks {
		switch s.toks[k].Key() {
		case "ثاني", "ثالث", "رابع", "خامس", "سادس", "سابع", "ثامن", "تاسع", "عاشر", "حادي":
		default:
			continue
		}
		for j := k + 1; j < len(s.toks) && j <= k+4; j++ {
			if t := &s.toks[j]; t.Has("خلال") || t.Has("منذ") || t.Has("غضون") {
				return k
			}
		}
	}
	return -1
}

// inTally reports a base at t0 named, after the tally at k, among the
// kinds of site counted: "على قواعد تضم أمريكيين أو على السفارة".
func inTally(s *sentence, k, t0 int) bool {
	if k < 0 || t0 < k {
		return false
	}
	for j := k; j < t0; j++ {
		if s.toks[j].Has("قواعد") || s.toks[j].Has("مواقع") || s.toks[j].Has("منشات") {
			return true
		}
	}
	return false
}

// beyondOnly reports a base at t0 named as the place the attacks went
// beyond: "لم تقتصر الهجمات على قاعدة X، إذ سقطت صواريخ على Y" tells of Y.
func beyondOnly(s *sentence, t0 int) bool {
	if t0 < 2 || s.toks[t0-1].Key() != "علي" {
		return false
	}
	for k := t0 - 2; k >= 0 && k >= t0-4; k-- {
		t := &s.toks[k]
		if t.HasPrefix("تقتصر") || t.HasPrefix("يقتصر") || t.HasPrefix("اقتصر") {
			return true
		}
	}
	return false
}

// locatesBase reports base m named only to place base p told just before
// it in the same clause: "قاعدة X الملاصقة لمطار Y"، "المحاذية لـ"، "المجاورة
// لـ"، "القريبة من"، "داخل حرم".
func locatesBase(s *sentence, p, m mention) bool {
	if p.t1 > m.t0 {
		return false
	}
	end, from := p.t1, p.t1-1
	if k := afterBracket(s, p.t1, m.t0); k > 0 {
		end, from = k, k // "قاعدة فكتوري (Victory) الملاصقة لمطار بغداد": past the name in brackets
	}
	if m.t0-end > 4 || breakBetween(s, from, m.t0) {
		return describedNear(s, p, m)
	}
	for k := end; k < m.t0; k++ {
		t := &s.toks[k]
		if locator(t) || t.Has("حرم") || t.Has("محيط") && k > 0 && (s.toks[k-1].Key() == "في" || s.toks[k-1].Has("ضمن") || s.toks[k-1].Has("داخل")) {
			return true // "قاعدة X العسكرية في محيط مطار Y"، "الواقعة ضمن محيط مطار Y"
		}
	}
	return false
}

// locator reports a word that places one site by another: "الملاصقة"،
// "المحاذية"، "المجاورة"، "القريبة من"، "بجوار".
func locator(t *arabic.Token) bool {
	return t.HasPrefix("ملاصق") || t.HasPrefix("محاذي") || t.HasPrefix("مجاور") || t.HasPrefix("متاخم") || t.Has("قريبه") ||
		t.Has("قريب") || t.Has("بجوار")
}

// describedNear reports base m placed by a locator right before it in a
// clause that describes base p: "«البرج 22»، وهو موقع صغير قرب مخيم X
// ملاصق لقاعدة Y، قد تعرض لهجوم" tells of p only.
func describedNear(s *sentence, p, m mention) bool {
	if m.t0-p.t1 > 10 || m.t0 < 1 || !locator(&s.toks[m.t0-1]) && (m.t0 < 2 || !locator(&s.toks[m.t0-2])) {
		return false
	}
	for k := p.t1; k < m.t0; k++ {
		if s.toks[k].HasAny("وهو", "وهي", "ذي", "تي") {
			return true
		}
	}
	return false
}

// flightsAt reports an airport told by its flights, a flight word before it
// in its clause: "تعليق الرحلات في مطار X" (not "استأنف مطار X استقبال
// الرحلات بعد العدوان الذي استهدفه", which still tells the attack). A
// strike that points back to it after ("توقفت الرحلات في مطاري X وY بعد
// غارات استهدفتهما") makes it the target still.
func flightsAt(s *sentence, t0 int) bool {
	if !wordBefore(s, t0, 4, func(t *arabic.Token) bool { return t.HasPrefix("رحلات") || t.Has("ملاحه") }) {
		return false
	}
	for k := t0 + 1; k < len(s.toks) && k <= t0+16; k++ {
		if strikesIt(&s.toks[k]) {
			return false
		}
	}
	return true
}

// divertedTo reports a base at t0 named as where flights were diverted:
// "تحويل الرحلات المقررة إلى مطاري X وY نحو مطار Z" names Z as the
// destination, not a target.
func divertedTo(s *sentence, t0 int) bool {
	if t0 == 0 || !s.toks[t0-1].HasAny("نحو", "الي") {
		return false
	}
	flights := false
	for k := t0 - 2; k >= 0 && k >= t0-12; k-- {
		t := &s.toks[k]
		if t.HasPrefix("رحلات") {
			flights = true
		}
		if flights && (t.HasPrefix("تحويل") || t.HasPrefix("حولت") || t.HasPrefix("حول")) {
			return true
		}
	}
	return false
}

// reinforcedAt reports a base where forces are reinforced: "عززت القوات
// دفاعاتها في قاعدة X بعد الهجوم" names no target.
func reinforcedAt(s *sentence, t0 int) bool {
	return wordBefore(s, t0, 5, func(t *arabic.Token) bool {
		return t.HasPrefix("عزز") || t.HasPrefix("تعزز") || t.HasPrefix("يعزز") || t.HasPrefix("تعزيز")
	})
}

// transferredTo reports a base at t0 named as where the wounded, the dead
// or debris were taken: "أصيب جندي خلال القصف نُقل إلى قاعدة X للعلاج"،
// "جرى إجلاء المصابين إلى مطار Y".
func transferredTo(s *sentence, t0 int) bool {
	if t0 == 0 || s.toks[t0-1].Key() != "الي" {
		return false
	}
	for k := t0 - 2; k >= 0 && k >= t0-8; k-- {
		t := &s.toks[k]
		if t.HasPrefix("نقل") || t.HasPrefix("ينقل") || t.HasPrefix("تنقل") || t.HasPrefix("اجلاء") || t.HasPrefix("اجلي") ||
			t.HasPrefix("يجلي") || t.HasPrefix("اخلاء") || t.HasPrefix("اسعاف") {
			return true
		}
	}
	return false
}

// evacuated reports a base at t0 that forces left or handed over, after
// a verb of evacuating with only its subject and other bases between:
// "وأخلت واشنطن قاعدة X ومطار Y"، "بعد تسليم قاعدة X للجيش العراقي".
func evacuated(s *sentence, t0 int) bool {
	for k := t0 - 1; k >= 0 && k >= t0-8; k-- {
		t := &s.toks[k]
		if m := s.mentionAt(k); m != nil {
			k = m.t0 // the subject, or a base before in the list
			continue
		}
		if t.HasAny("اخلت", "اخلي", "اخلوا", "تخلي", "يخلي", "اخلاء", "باخلاء", "سلمت", "سلم", "تسليم", "بتسليم", "تسلمت", "تسلم", "استلمت", "استلم") {
			return true
		}
		if !t.Has("و") && k != t0-1 {
			return false
		}
	}
	return false
}

// visited reports a base at t0 after a verb of visiting a few words
// before it in its clause: "زار وزير الدفاع ثابت العباسي أمس الأحد قاعدة
// X"، "خلال تفقده قاعدة X".
func visited(s *sentence, t0 int) bool {
	return visitWithin(s, t0, true)
}

// visitBefore reports a verb of visiting up to eight words before token t,
// past commas: "تفقد وزير الدفاع X، أمس الأحد،" dates the visit.
func visitBefore(s *sentence, t int) bool {
	return visitWithin(s, t, false)
}

// visitWithin is visited, stopping at a break when breaks is set.
func visitWithin(s *sentence, t0 int, breaks bool) bool {
	for k := t0 - 1; k >= 0 && k >= t0-8; k-- {
		t := &s.toks[k]
		if t.HasAny("زار", "زارت", "يزور", "تزور", "زاروا", "تفقد", "تفقدت", "يتفقد", "تفقده", "زيارته", "زيارتها", "زياره", "بزياره") {
			return true
		}
		if breaks && s.toks[k+1].Break {
			return false
		}
	}
	return false
}

// headedTo reports a base at t0 named as where a convoy or a patrol was
// going: "كان الرتل عائداً باتجاه معسكر X"، "ليعود الرتل أدراجه باتجاه X"، "دورية متجهة إلى قاعدة Y"،
// "رتل كان يتقدم على الطريق باتجاه قاعدة Z";
// rockets fired towards a base ("أطلقت باتجاه القاعدة") still target it.
func headedTo(s *sentence, t0 int) bool {
	if t0 == 0 {
		return false
	}
	if p := &s.toks[t0-1]; p.Key() != "الي" && p.Key() != "نحو" && !p.Has("اتجاه") {
		return false
	}
	going, convoy := false, false
	for k := t0 - 2; k >= 0 && k >= t0-14; k-- { // "رتل عسكري للقوات الموالية للنظام كان يتقدم على الطريق باتجاه"
		t := &s.toks[k]
		going = going || t.HasPrefix("عائد") || t.HasPrefix("متجه") || t.HasPrefix("متوجه") || t.HasPrefix("قادم") || t.Has("طريقه") || t.Has("طريقها") ||
			t.HasAny("يعود", "تعود", "عاد", "عادت", "ادراجه", "ادراجها") || // "ليعود الرتل أدراجه باتجاه قاعدة X"
			t.HasPrefix("يتقدم") || t.HasPrefix("تتقدم") || t.HasPrefix("متقدم") || // "رتل كان يتقدم باتجاه قاعدة X"
			t.HasPrefix("يتجه") || t.HasPrefix("تتجه") || t.HasPrefix("يتوجه") || t.HasPrefix("تتوجه") // "رتلاً كان يتجه نحو التنف"
		convoy = convoy || t.HasPrefix("رتل") || t.HasPrefix("قافل") || t.HasPrefix("دوري") || t.HasPrefix("موكب") // not drones "في طريقها إلى القاعدة"
	}
	return going && convoy
}

// roadOrZone reports a base at t0 that names a road ("رتلاً على طريق
// التنف"، "على طريق مطار بغداد") or the centre of a zone a force entered
// ("قوة دخلت المنطقة المحظورة حول قاعدة X"، "دخلت المنطقة المحيطة
// بقاعدة X"): the base is a landmark of what was struck, not its target.
func roadOrZone(s *sentence, t0 int) bool {
	if t0 == 0 {
		return false
	}
	p := &s.toks[t0-1]
	if p.Has("طريق") {
		return true
	}
	if !p.Has("حول") && !p.Has("محيطه") {
		return false
	}
	for k := t0 - 2; k >= 0 && k >= t0-8 && !s.toks[k+1].Break; k-- {
		if t := &s.toks[k]; t.HasPrefix("دخل") || t.HasPrefix("توغل") || t.HasPrefix("اقترب") {
			return true // "قوة دخلت منطقة عدم الاشتباك حول القاعدة"
		}
	}
	return false
}

// onlyIntercepts reports attack words of s that are all verbs of
// intercepting: no new attack is told, only its end.
func (a *article) onlyIntercepts(s *sentence) bool {
	foiled := a.x.rules.Cue(rules.CueFoiled)
	for _, c := range a.freeCue(s, rules.CueAttack) {
		if !foiled.Has(&s.toks[c]) {
			return false
		}
	}
	return true
}

// otherTold reports an attack on another base than id told in the two
// sentences before s.
func (a *article) otherTold(s *sentence, id string) bool {
	for _, at := range a.attacks {
		if at = at.live(); at.target != id && at.sent < s.idx && s.idx-at.sent <= 2 {
			return true
		}
	}
	return false
}

// struckBefore reports an attack word in [lo, k) that is no verb of
// intercepting: "استهدفت الغارات منظومات الدفاع".
func (a *article) struckBefore(s *sentence, lo, k int) bool {
	foiled := a.x.rules.Cue(rules.CueFoiled)
	for _, c := range a.freeCue(s, rules.CueAttack) {
		if c >= lo && c < k && !foiled.Has(&s.toks[c]) {
			return true
		}
	}
	return false
}

// nearFoiled reports a verb of intercepting within eight words of t, in
// its clause: "تصدت منظومة ... في مطار X"، "المنصوبة في مطار X تصدت".
func nearFoiled(s *sentence, foiled []int, t int) bool {
	for _, c := range foiled {
		if c != t && max(c-t, t-c) <= 8 && !breakBetween(s, min(c, t), max(c, t)) {
			return true
		}
	}
	return false
}

// killedAt reports a base at t0 named as where a person was killed: in
// "قتلت ضربة أمريكية القائد X في مطار بغداد" or "منذ اغتيال X ورفاقه قرب
// مطار Y" the strike was on the man, the base only places it.
func killedAt(s *sentence, t0 int) bool {
	if t0 == 0 || !placePrep(&s.toks[t0-1]) {
		return false
	}
	person := false
	for k := t0 - 1; k >= 0 && k >= t0-24; k-- {
		if m := s.mentionAt(k); m != nil && m.typ == model.TypeOfficial {
			person = true
		}
		if person && killWord(&s.toks[k]) {
			return true
		}
	}
	return false
}

// tollAt reports a killing word between an attack word of cues and the
// site at t0, which a place word opens: the site is where people died.
func tollAt(s *sentence, cues []int, t0 int) bool {
	if t0 == 0 || !placePrep(&s.toks[t0-1]) {
		return false
	}
	for _, c := range cues {
		if !definite(&s.toks[c]) {
			continue // "سقطت صواريخ أدت إلى مقتل جندي في مطار X": an attack told here
		}
		for k := c + 1; c < t0 && k < t0; k++ {
			if killWord(&s.toks[k]) {
				return true
			}
		}
	}
	return false
}

// placePrep reports a word that places an event at a site: في، عند، قرب.
func placePrep(t *arabic.Token) bool {
	switch t.Key() {
	case "في", "عند", "قرب", "داخل", "بمحيط", "محيط":
		return true
	}
	return false
}

// killWord reports a word of killing a person: قتلت، مقتل، اغتيال، تصفية.
func killWord(t *arabic.Token) bool {
	return t.HasPrefix("قتل") || t.HasPrefix("مقتل") || assassination(t) || t.HasPrefix("تصفيه")
}

// assassination reports a word of assassinating: "اغتيال"، "اغتالت".
func assassination(t *arabic.Token) bool {
	return t.HasPrefix("اغتال") || t.HasPrefix("اغتيال")
}

// downed reports a word of shooting down or intercepting: "إسقاط"،
// "أسقطت"، "اعتراض"، "تصدت".
func downed(t *arabic.Token) bool {
	return t.HasPrefix("اسقط") || t.HasPrefix("اسقاط") || t.HasPrefix("اعترض") || t.HasPrefix("اعتراض") || t.HasPrefix("تصدت") || t.HasPrefix("تصدي")
}

// launchedFrom reports a base named as where a strike came from, with a few
// words of direction or area before it: "من اتجاه منطقة X"، "انطلاقاً من
// محيط X"، "أطلقت من داخل X".
func launchedFrom(s *sentence, t0 int) bool {
	for i := t0 - 1; i >= 0 && i >= t0-4; i-- {
		switch s.toks[i].Key() {
		case "اتجاه", "جهه", "ناحيه", "منطقه", "مناطق", "محيط", "داخل":
			continue
		case "من":
			return i < t0-1 && i > 0 && s.toks[i+1].Key() == "اتجاه" || i > 0 && launchVerb(&s.toks[i-1])
		}
		return false
	}
	return false
}

// launchVerb reports a verb or noun of launching before "من": "انطلقت"،
// "أطلقت"، "انطلاقاً".
func launchVerb(t *arabic.Token) bool {
	return t.HasPrefix("انطلق") || t.HasPrefix("انطلاق") || t.HasPrefix("اطلقت") || t.HasPrefix("اطلق") || t.HasPrefix("تنطلق") || t.HasPrefix("ينطلق")
}

// fellNear reports shells told to fall near the base at t0, with no other
// place named between: "سقطت قذيفتان قرب قاعدة X"، "بسقوط صاروخين، صباح
// اليوم، على مقربة من مطار X" aim at it.
func fellNear(s *sentence, t0 int) bool {
	p := nearWord(s, t0)
	if p < 0 {
		return false
	}
	for i, n := p-1, 0; i >= 0 && n < 10; i-- {
		if h := dateAt(s, i); h != nil {
			i = h.tok // a date, however long, is no distance: "أسقطت الدفاعات في 10 ربيع الآخر 1445 هـ الموافق 25 أكتوبر مسيرة قرب قاعدة X"
			continue
		}
		n++
		t := &s.toks[i]
		if t.HasPrefix("سقط") || t.HasPrefix("سقوط") || t.HasPrefix("تسقط") || t.HasPrefix("يسقط") || downed(t) {
			return true // "أعلنت إسقاط طائرتين مسيرتين قرب قاعدة X": aimed at it
		}
		if n := s.mentionAt(i); n != nil && !n.adj {
			return false // "سقطا داخل قاعدة X قرب مطار Y": X is the target; "على منزل في حي X قرب ..."
		}
		if civilianSite(t) {
			return false // "سقطت صواريخ على منازل في حي راقٍ قرب مطار X": the houses were hit
		}
	}
	return false
}

// nearWord is the token of "قرب" (على مقربة من، بالقرب من) right before
// the base at t0, or -1.
func nearWord(s *sentence, t0 int) int {
	if p := notFar(s, t0); p >= 0 {
		return p
	}
	p := t0 - 1
	if s.toks[p].Key() == "من" && p > 0 {
		p-- // "على مقربة من"، "بالقرب من"
	}
	if k := s.toks[p].Key(); k != "قرب" && k != "مقربه" && !s.toks[p].HasPrefix("بالقرب") {
		return -1
	}
	return p
}

// notFar is the token of "بعيد" in "غير بعيد عن" (ليس بعيداً عن) right
// before the base at t0, or -1: the words say near, as "قرب" does.
func notFar(s *sentence, t0 int) int {
	p := t0 - 1
	if p < 2 || s.toks[p].Key() != "عن" || !s.toks[p-1].HasAny("بعيد", "بعيدا", "ببعيد") || !s.toks[p-2].HasAny("غير", "ليس", "ليست", "بغير") {
		return -1
	}
	return p - 1
}

// siteNear reports a base at t0 after "قرب" that places the military
// post an attack was on: "هجوم على مقر لقسد يوجد فيه مستشارون أمريكيون
// قرب حقل X"، "هاجمت مقراً للتحالف قرب قاعدة X" are on the base's
// ground; "استهدفت مواقع للميليشيات قرب قاعدة X" (plural) are not.
func siteNear(s *sentence, t0 int) bool {
	p := nearWord(s, t0)
	if p < 0 {
		return false
	}
	for i := p - 1; i >= 1 && i >= p-12; i-- {
		t := &s.toks[i]
		if !t.HasAny("مقر", "مقرا", "موقع", "موقعا", "نقطه") {
			continue
		}
		if s.toks[i-1].Key() == "علي" {
			return true
		}
		object := t.HasAny("مقرا", "موقعا") // the accusative: the object of a verb before it, past its subject and an aside
		for k := i - 1; k >= 0 && k >= i-12; k-- {
			if b := &s.toks[k]; b.HasPrefix("هاجم") || b.HasPrefix("وهاجم") || b.HasPrefix("استهدف") || b.HasPrefix("قصف") {
				return true // "هاجمت مجموعة X، بمساندة Y، مقراً …"
			}
			if !object && s.mentionAt(k) == nil {
				return false
			}
		}
		return false
	}
	return false
}

// civilianSite reports a word for a civilian place that shells fell on:
// homes, buildings, a quarter, a car, a farm. Named before "قرب" a base,
// it is what was hit, and the base only locates it.
func civilianSite(t *arabic.Token) bool {
	return t.HasAny("منزل", "منازل", "بيت", "بيوت", "مبني", "مبان", "مباني", "حي", "احياء", "سياره", "مزرعه", "مزارع", "سوق", "مدرسه", "مستشفي")
}

// habitAfter reports a word of habit right after base m in its clause: in
// "هوجمت قاعدة A في 3 آذار، كما استُهدف مطار B مرات عدة" B has no one
// attack, though the sentence names a day.
func habitAfter(s *sentence, habits []int, m mention) bool {
	for _, h := range habits {
		if h >= m.t1 && h-m.t1 <= 4 && !breakBetween(s, m.t1-1, h) {
			return !highlightAfter(s, m.t1) // "لهجمات متكررة، بينها هجوم في 17 من الشهر الماضي": that one attack
		}
	}
	return false
}

// highlightAfter reports a dated clause after token t of s that singles
// out one attack of a series (highlightClause).
func highlightAfter(s *sentence, t int) bool {
	return highlightDay(s, t) != nil
}

// highlightDay is the date of the clause after token t of s that singles
// out one attack of a series (highlightClause), or nil.
func highlightDay(s *sentence, t int) *dateHit {
	for i := range s.dates {
		h := &s.dates[i]
		if h.tok < t || h.span {
			continue
		}
		if lo, hi := clause(s, h.tok); lo > t && highlightClause(s, lo, hi) {
			return h
		}
	}
	return nil
}

// generic reports a sentence that names no day and whose only attack words
// are plural event nouns ("تعرضت لهجمات عدة": a count, not an attack) or
// weapon nouns ("منظومات لاعتراض الصواريخ"، "مخزن للصواريخ"), that counts
// attacks, speaks of a habit or dates them by a bare year, or that speaks
// of threats, plans or drills. A weekday in an article with no date still
// names one day.
func (a *article) generic(s *sentence, cues []int) bool {
	named := false
	for _, h := range s.dates {
		if h.day != "" && !a.seriesOnStatementDay(s, cues, h) {
			return false
		}
		named = named || h.unknown
	}
	if a.bulk(s, cues) {
		return true
	}
	if named && !a.hypothetical(s, cues) {
		return false // "فجر الإثنين" in an article with no date: one attack, its day unknown
	}
	weak := a.x.rules.Cue(rules.CueWeakAttack)
	onlyWeak := true
	for _, c := range cues {
		if !weak.Has(&s.toks[c]) {
			onlyWeak = false
		}
	}
	counted := a.munitions(s) > 0 || a.severalMunitions(s)
	subjected := subjectedBase(s, cues)
	if onlyWeak && !counted && !subjected {
		return true
	}
	if a.hypothetical(s, cues) {
		return true // "التصدي لهجمات محتملة": no attack happened
	}
	if subjected {
		return false
	}
	plural := a.x.rules.Cue(rules.CueAttackPlural)
	for _, c := range cues {
		if !plural.Has(&s.toks[c]) && (!weak.Has(&s.toks[c]) || counted) {
			return false // "الهجمات بالصواريخ والمسيرات" are still many
		}
		if plural.Has(&s.toks[c]) && reachedBy(s, c) {
			return false // "كما طالت غارات متزامنة قاعدة X": strikes that reached one base
		}
	}
	return true
}

// seriesOnStatementDay reports date h dating only the statement that
// speaks of a series of attacks: "أعلن الوزير، مساء أمس الجمعة، إغلاق
// القنصلية، محمّلاً X مسؤولية سلسلة من الهجمات التي طالت مجمعها" tells
// no one attack on Friday.
func (a *article) seriesOnStatementDay(s *sentence, cues []int, h dateHit) bool {
	if len(cues) == 0 || !a.summary(s, cues) || a.munitions(s) > 0 {
		return false
	}
	for _, p := range a.freeCue(s, rules.CueAttackSpecific) {
		for _, c := range cues {
			if p >= c-2 && p <= c+2 {
				return false // "آخر الهجمات": one of them, told
			}
		}
	}
	return a.statementDay(s, h.tok, cues[0])
}

// subjectedBase reports a base as the subject of a past "تعرض" with one
// of the cues right after it: "تعرض مقر X في جبلة لإطلاق نار كثيف" tells
// one attack on it, however weak its word.
func subjectedBase(s *sentence, cues []int) bool {
	for _, m := range s.ments {
		if m.typ != model.TypeBase || m.t0 == 0 || !s.toks[m.t0-1].HasPrefix("تعرض") {
			continue
		}
		for _, c := range cues {
			if c >= m.t1 && c <= m.t1+3 && strings.HasPrefix(s.toks[c].Surface, "ل") && !breakBetween(s, m.t1-1, c) {
				return true
			}
		}
	}
	return false
}

// reachedBy reports "طالت" (reached) right before plural strike noun c or
// right after it, with a base named within three words after: "طالت غارات
// متزامنة قاعدة X"، "غارات طالت قاعدة X".
func reachedBy(s *sentence, c int) bool {
	reach := func(t *arabic.Token) bool { return t.HasAny("طالت", "طاولت") }
	if !(c > 0 && reach(&s.toks[c-1]) || c+1 < len(s.toks) && !s.toks[c+1].Break && reach(&s.toks[c+1])) {
		return false
	}
	for _, m := range s.ments {
		if m.typ == model.TypeBase && m.t0 > c && m.t0 <= c+4 {
			return true
		}
	}
	return false
}

// bulk reports a sentence that speaks of attacks in bulk (a count, a
// habit, a bare past year) and tells no one incident: a count of shells,
// a weekday or "الأحدث" ("سقطت 3 صواريخ على قاعدة X في هجوم هو الأحدث ضمن
// سلسلة هجمات") make it one.
func (a *article) bulk(s *sentence, cues []int) bool {
	if !a.summary(s, cues) && len(a.freeCue(s, rules.CueAttackHabitual)) == 0 && !yearOnly(s) {
		return false
	}
	return a.munitions(s) == 0 && len(a.freeCue(s, rules.CueAttackSpecific)) == 0 && !dayNamed(s) && !a.oneNamed(s, cues) && !a.previouslyStruck(s) && !a.alsoStruck(s) && !a.exposedRelative(s) && !incidentWhen(s, cues)
}

// incidentWhen reports one incident told by its noun and a "حين" clause
// with an attack word: "ويذكّر الهجوم بحادثة سابقة في حزيران 2018، حين
// تعرضت قاعدة X لقصف مدفعي" tells one attack of that month.
func incidentWhen(s *sentence, cues []int) bool {
	for k := range s.toks {
		if !s.toks[k].HasAny("حادثه", "واقعه", "حادث") {
			continue
		}
		for j := k + 1; j < len(s.toks) && j <= k+8; j++ {
			if s.toks[j].HasAny("حين", "عندما", "حينما") {
				return slices.ContainsFunc(cues, func(c int) bool { return c > j && c <= j+4 })
			}
		}
	}
	return false
}

// exposedRelative reports a base followed by a relative clause of being
// hit, with no habit word in it: "سلسلة هجمات طالت …، وقاعدة K1 في كركوك،
// التي تعرضت مطلع الشهر لقصف بصاروخين" adds one attack on K1.
func (a *article) exposedRelative(s *sentence) bool {
	habits := a.freeCue(s, rules.CueAttackHabitual)
	for _, m := range s.ments {
		if m.typ != model.TypeBase {
			continue
		}
		for k := m.t1; k+1 < len(s.toks) && k <= m.t1+5; k++ {
			if !s.toks[k].HasAny("تي", "ذي") || !s.toks[k].Break && k > m.t1 && s.mentionAt(k-1) == nil && !bracketClosed(s, k) {
				continue
			}
			if v := &s.toks[k+1]; (v.HasPrefix("تعرض") || v.HasPrefix("استهدف")) && !clauseWith(s, habits, k+1) {
				return true
			}
		}
	}
	return false
}

// alsoStruck reports "كما" and an attack verb with a base soon after it, in
// a clause with no habit word: "تعرض المطار لغارات مرات عدة …، كما استهدفت
// غارات إسرائيلية منتصف الشهر الجاري مطار X" adds one attack on X.
func (a *article) alsoStruck(s *sentence) bool {
	habits := a.freeCue(s, rules.CueAttackHabitual)
	for _, v := range a.freeCue(s, rules.CueAttack) {
		if v < 1 || s.toks[v-1].Key() != "كما" || !s.toks[v].HasPrefix("استهدف") && !s.toks[v].HasPrefix("قصف") || clauseWith(s, habits, v) {
			continue
		}
		if _, hi := clause(s, v); a.baseBetween(s, v+1, min(hi, v+9)) {
			return true
		}
	}
	return false
}

// previouslyStruck reports "سبق أن" and an attack verb with a base right after
// it, in a clause with no habit word: "ضمن سلسلة غارات، إذ سبق أن استهدفت
// مطار X مطلع الشهر" still tells of one attack on X.
func (a *article) previouslyStruck(s *sentence) bool {
	habits := a.freeCue(s, rules.CueAttackHabitual)
	for _, v := range a.freeCue(s, rules.CueAttack) {
		if v < 2 || s.toks[v-1].Key() != "ان" || s.toks[v-2].Key() != "سبق" || clauseWith(s, habits, v) {
			continue
		}
		for k := v + 1; k < len(s.toks) && k <= v+3; k++ {
			if m := s.mentionAt(k); m != nil && m.typ == model.TypeBase {
				return true
			}
		}
	}
	return false
}

// oneNamed reports a definite singular attack word with "على" and a base
// right after it, in a clause with no habit word: "وتبنت X الهجوم على
// زليكان ...، وألمحت إلى الاعتداءات المتكررة" still tells of one attack.
func (a *article) oneNamed(s *sentence, cues []int) bool {
	habits, plural := a.freeCue(s, rules.CueAttackHabitual), a.x.rules.Cue(rules.CueAttackPlural)
	for _, c := range cues {
		t := &s.toks[c]
		if !definite(t) || plural.Has(t) || c+2 >= len(s.toks) || s.toks[c+1].Key() != "علي" || clauseWith(s, habits, c) {
			continue
		}
		if m := s.mentionAt(c + 2); m != nil && m.typ == model.TypeBase {
			return true
		}
	}
	return false
}

// dayNamed reports a date naming a day that could not be resolved (an
// article with no publication day): "مساء الاثنين" is still one day.
func dayNamed(s *sentence) bool {
	for _, h := range s.dates {
		for _, m := range dates.Find(h.text, "2000-01-01") {
			if m.Precision == "day" {
				return true
			}
		}
	}
	return false
}

// summary reports attack words that count attacks or speak of them in
// bulk: "أكثر من 60 هجوماً"، "لعشرات الهجمات"، "استهدف معظمها قاعدة X".
func (a *article) summary(s *sentence, cues []int) bool {
	count := a.x.rules.Cue(rules.CueAttackCount)
	plural := a.x.rules.Cue(rules.CueAttackPlural)
	for _, c := range cues {
		if groupRecord(s, c) {
			continue
		}
		t := &s.toks[c]
		if c > 0 && s.toks[c-1].Key() == "كل" {
			return true // "تحميل X مسؤولية كل صاروخ يسقط في العراق"
		}
		p := c - 1
		if p > 0 && s.toks[p].Key() == "من" {
			p-- // "العديد من الهجمات"
		}
		if (plural.Has(t) || t.HasPrefix("هجوم")) && p >= 0 && (count.Has(&s.toks[p]) || digits(s.toks[p].Surface)) {
			return true
		}
		if c+1 < len(s.toks) && count.Has(&s.toks[c+1]) && !s.toks[c+1].Break && !a.projectilesCounted(s, c+1) {
			return true // "استهدف معظمها"; not "أسقطت عدداً من الصواريخ"
		}
	}
	return false
}

// projectilesCounted reports count word k followed by "من" and a word of
// projectiles or craft: "أسقطت عدداً من الصواريخ" counts what was downed,
// not attacks.
func (a *article) projectilesCounted(s *sentence, k int) bool {
	return k+2 < len(s.toks) && s.toks[k+1].Key() == "من" && !s.toks[k+2].Break && a.x.rules.Cue(rules.CueStateWeapon).Has(&s.toks[k+2])
}

// groupRecord reports attack word c in a relative clause right after an
// armed group: in "يُشتبه بأن تكون X، التي تبنت أكثر من 130 هجوماً ...،
// وراء الطائرات" the count is the group's record, not the sentence's event.
func groupRecord(s *sentence, c int) bool {
	lo, _ := clause(s, c)
	if lo == 0 || lo == c {
		return false
	}
	if k := s.toks[lo].Key(); k != "تي" && k != "ذي" {
		return false
	}
	m := s.mentionAt(lo - 1)
	return m != nil && !m.adj && (m.typ == model.TypeMilitia || m.typ == model.TypeForce)
}

// hasYear reports a written four-digit year.
func hasYear(text string) bool {
	for _, w := range strings.Fields(text) {
		w = strings.TrimSuffix(w, "م")
		if len(w) >= 4 && digits(w) {
			return true
		}
	}
	return false
}

// digits reports a word of ASCII or Arabic-Indic digits only.
func digits(w string) bool {
	if w == "" {
		return false
	}
	for _, r := range w {
		if (r < '0' || r > '9') && (r < '٠' || r > '٩') {
			return false
		}
	}
	return true
}

// yearOnly reports a sentence whose time is a bare year (or a month of a
// written year), not one it counts from: "معسكر X، الذي قُصف عام 2021"
// tells no event of its own, while "الأول منذ عام 2020" leaves the event
// undated.
func yearOnly(s *sentence) bool {
	for _, h := range s.dates {
		if h.tok > 0 && s.toks[h.tok-1].Key() == "منذ" || strings.HasPrefix(h.text, "منذ") {
			continue
		}
		for _, m := range dates.Find(h.text, "") {
			if m.Precision == "year" || m.Precision == "month" && hasYear(h.text) && !forInstance(s, h) {
				return true // "عام 2021"، "في آذار 2019": a past time, no event of the day
			}
		}
	}
	return false
}

// forInstance reports a month told as an example right after "ففي" (for in)
// opening a clause: "وليست المرة الأولى؛ ففي كانون الأول 2015 قصفت طائراته
// معسكر X" tells one incident of that month.
func forInstance(s *sentence, h dateHit) bool {
	return h.tok < len(s.toks) && s.toks[h.tok].Surface == "ففي" || strings.HasPrefix(h.text, "ففي")
}

// attacksInGeneral reports a base named only after "الهجمات على" in a
// sentence with no date and no claim, on which the article tells no attack
// before: "ردّاً واسعاً كالذي تثيره الهجمات على قاعدتي العمر والتنف"
// speaks of such attacks in general.
func (a *article) attacksInGeneral(s *sentence, m mention) bool {
	if len(s.dates) > 0 || len(a.freeCue(s, rules.CueClaimed)) > 0 || a.lastAttackOn(m.id) != nil {
		return false
	}
	k := m.t0 - 1 // "على", past a list's head and earlier members: "على قاعدتي العمر والتنف"
	for n := 0; k > 0 && n < 6 && !s.toks[k].Has("علي"); k, n = k-1, n+1 {
		if s.toks[k+1].Break {
			return false
		}
	}
	if k < 1 || !s.toks[k].Has("علي") {
		return false
	}
	p := &s.toks[k-1]
	return definite(p) && a.x.rules.Cue(rules.CueAttackPlural).Has(p)
}

func appendAttack(list []*attackAcc, at *attackAcc) []*attackAcc {
	for _, x := range list {
		if x == at {
			return list
		}
	}
	return append(list, at)
}

// freeCues are the token positions where cue set name matches outside
// entity mentions.
func (a *article) freeCues(s *sentence, name string) []int {
	return a.cueHits(s, name)
}

// targets are the base mentions of s, or the last base named before when s
// says "القاعدة" / "الحقل".
func (a *article) targets(s *sentence) []mention {
	var out []mention
	seen := map[string]bool{}
	habits := a.freeCue(s, rules.CueAttackHabitual)
	tally := tallyAt(s)
	a.noteLocated(s)
	for _, m := range s.ments {
		if notTargetAt(s, m.t0) || evacuated(s, m.t0) || launchPurpose(s, m.t1) || killedAt(s, m.t0) || habitAfter(s, habits, m) || insideBase(s, m) || inTally(s, tally, m.t0) {
			continue
		}
		if m.typ == model.TypeBase && a.attacksInGeneral(s, m) {
			continue
		}
		if m.typ == model.TypeBase && len(out) > 0 && locatesBase(s, out[len(out)-1], m) {
			continue // "قاعدة فكتوريا الملاصقة لمطار بغداد": the airport only places the base
		}
		if p := len(out) - 1; m.typ == model.TypeBase && p >= 0 && out[p].id != m.id && knownAs(s, out[p], m) {
			if holdsCamp(s, out[p], m) {
				seen[m.id], out[p] = true, m // "قاعدة قرب مطار X تضم معسكراً يعرف بقاعدة Y": Y was hit
			}
			continue // "قاعدة X، المعروفة أيضاً بقاعدة Y": one base
		}
		if m.typ == model.TypeBase && !m.adj && !seen[m.id] {
			seen[m.id] = true
			out = append(out, m)
		}
	}
	for _, m := range a.dualBases(s) {
		if !seen[m.id] && !a.attacksInGeneral(s, m) {
			seen[m.id] = true
			out = append(out, m)
		}
	}
	for i := range s.toks {
		if id, n := a.townAttackBase(s, i); id != "" && !seen[id] {
			seen[id] = true // "وفي ما يخص هجوم بلد": the attack told on the base of that town
			out = append(out, mention{id: id, typ: model.TypeBase, t0: i + 1, t1: i + 1 + n})
		}
	}
	if id := a.questionBase(s); id != "" && !seen[id] {
		for i := range s.toks {
			if s.toks[i].HasAny("عليه", "عليها", "محيطه", "محيطها") {
				seen[id] = true // "هل استُهدف مطار X من قبل؟ نعم … سقطت عليه صواريخ، وفي 30 أيلول … في محيطه": the base asked about, each time
				out = append(out, mention{id: id, typ: model.TypeBase, t0: i, t1: i + 1})
			}
		}
	}
	for i := range s.toks {
		if id := a.cityBase(s, i); id != "" && s.mentionAt(i) == nil && !seen[id] && !notTargetAt(s, i) && a.ensure(id, s) {
			seen[id] = true // "هجوم على أربيل، إذ كان مطار المدينة قد تعرض": the city's airport
			out = append(out, mention{id: id, typ: model.TypeBase, t0: i, t1: i + 2})
		}
		if s.mentionAt(i) == nil && a.baseAnaphor(s, i) && !seen["#"] && !namedAfter(s, i) && !notTargetAt(s, i) && !killedAt(s, i) {
			id := a.townAfter(s, i)
			if id == "" {
				id = a.lastBaseOfHead(s, i)
			}
			if id == "" {
				id = a.lastBase(s, i)
			}
			if st := a.storyTarget(); id != "" && st != "" && st != id && notFirst(s) && a.lastAttackOn(id) == nil && a.namedWith(st, s.toks[i].Key()) {
				id = st // "وليست هذه المرة الأولى التي تستهدف فيها القاعدة" after a base only named: the story's base, attacked again
			}
			if id == "" && selfAfter(s, i+1) {
				id = a.storyTarget() // "استهدف القاعدة ذاتها" many sentences after the base was named
			}
			if id == "" && anyDay(s.dates) {
				if st := a.storyTarget(); st != "" && a.namedWith(st, s.toks[i].Key()) {
					id = st // "الهجوم الذي استهدف المطار في 30 أيلول 2020" many sentences on: an earlier attack on the story's airport
				} else if lb := a.leadBase(); st == "" && lb != "" && a.namedWith(lb, s.toks[i].Key()) {
					id = lb // "قاعدة X قاعدة عسكرية تقع …" then, under a heading, "- (2023-10-26): سقطت مسيرتان قرب مدرج القاعدة"
				}
			}
			if id != "" && (!seen[id] || a.ownTimeAnaphor(s, out, id, i)) && !landmarkBefore(s, id, i) {
				seen["#"] = true
				out = append(out, mention{id: id, typ: model.TypeBase, t0: i, t1: i + 1})
			}
		}
	}
	if len(out) == 0 {
		if m, ok := a.baseByPlace(s); ok {
			out = append(out, m)
		}
	}
	if len(out) == 0 {
		if m, ok := a.headAnaphor(s); ok {
			out = append(out, m)
		}
	}
	if len(out) == 0 {
		if m, ok := a.continuedBase(s); ok {
			out = append(out, m)
		}
	}
	if len(out) == 0 {
		if m, ok := a.pronounBase(s); ok {
			out = append(out, m)
		}
	}
	return a.nearCues(s, a.dropDefenceSites(s, out))
}

// landmarkBefore reports base id named before token i of s only as a
// landmark ("جبل الثردة المطل على مطار X، ... في محيط المطار"): the noun
// that takes it up names no target either.
func landmarkBefore(s *sentence, id string, i int) bool {
	for _, m := range s.ments {
		if m.id == id && m.t0 < i && (overlooked(s, m.t0) || roadOrZone(s, m.t0)) {
			return true
		}
	}
	return false
}

// cityBase is the lexicon base that "مطار المدينة" (قاعدة المدينة) at t
// names: the one base of the city named last before t whose name has that
// head noun; "" when there is no such phrase or base.
func (a *article) cityBase(s *sentence, t int) string {
	head := s.toks[t].Key()
	if t+1 >= len(s.toks) || head != "مطار" && head != "قاعده" && head != "معسكر" || s.toks[t+1].Key() != "مدينه" ||
		!definite(&s.toks[t+1]) || definite(&s.toks[t]) || a.x.lex == nil {
		return ""
	}
	city := ""
	for i := s.idx; i >= 0 && i >= s.idx-3 && city == ""; i-- {
		for _, n := range a.sents[i].ments {
			if n.typ == model.TypeCity && (i < s.idx || n.t1 <= t) {
				city = n.id // the last one named before t
			}
		}
	}
	c := a.x.lex.ByID(city)
	if c == nil {
		return ""
	}
	found := ""
	for _, id := range a.x.bases[city] {
		if e := a.x.lex.ByID(id); e != nil && id != found && headedBy(e.Name, e.Aliases, head, arabic.Key(c.Name)) {
			if found != "" {
				return ""
			}
			found = id
		}
	}
	return found
}

// townAttackBase is the base of an attack already told that "هجوم X" at
// i names by the words of its name after the base noun: after "تعرضت قاعدة
// بلد الجوية لخمسة صواريخ"، "هجوم بلد" is that attack. It returns the base
// and the number of name words, or "" when no told attack, or more than one
// base, is named so.
func (a *article) townAttackBase(s *sentence, i int) (string, int) {
	t := &s.toks[i]
	if i+1 >= len(s.toks) || definite(t) || !t.HasAny("هجوم", "قصف", "استهداف") || s.toks[i+1].Break {
		return "", 0
	}
	if m := s.mentionAt(i + 1); m != nil && m.typ != model.TypeCity {
		return "", 0
	}
	found, n := "", 0
	for _, at := range a.attacks {
		b := a.ents[at.live().target]
		if b == nil || b.ID == found {
			continue
		}
		w := strings.Fields(b.Name)
		if len(w) < 2 || !slices.Contains([]string{"قاعده", "مطار", "معسكر", "حقل"}, arabic.Key(w[0])) {
			continue
		}
		w = w[1:]
		for len(w) > 1 && slices.Contains([]string{"جويه", "عسكريه", "جوي", "عسكري", "دولي"}, arabic.Key(w[len(w)-1])) {
			w = w[:len(w)-1]
		}
		if i+1+len(w) > len(s.toks) {
			continue
		}
		same := true
		for k, word := range w {
			same = same && s.toks[i+1+k].Key() == arabic.Key(word)
		}
		if !same {
			continue
		}
		if found != "" {
			return "", 0
		}
		found, n = b.ID, len(w)
	}
	return found, n
}

// headedBy reports a name or alias whose first word's key is head and
// that holds the town's key: "مطار أربيل" for "مطار" and أربيل.
func headedBy(name string, aliases []string, head, town string) bool {
	for _, n := range append([]string{name}, aliases...) {
		if headKey(n) == head && strings.Contains(arabic.Key(n), town) {
			return true
		}
	}
	return false
}

// continuedBase is the base of a sentence cut at "؛" that goes on with no
// subject: "ولم تكن هذه أول مرة تُستهدف فيها القاعدة؛ إذ تعرضت في آذار
// الماضي لهجوم" tells of the base the first part names or refers to.
func (a *article) continuedBase(s *sentence) (mention, bool) {
	if s.idx == 0 || len(s.toks) == 0 {
		return mention{}, false
	}
	prev := a.sents[s.idx-1]
	if prev.Para != s.Para || !strings.HasSuffix(strings.TrimSpace(prev.Text), "؛") {
		return mention{}, false
	}
	switch {
	case s.toks[0].Surface == "ففي" && (subjected(s) || aroundIt(s)) && namesBase(prev):
		// "ولا تعد هذه المرة الأولى التي يُستهدف فيها مطار X؛ ففي 30 أيلول سقطت صواريخ في محيطه"
	case !subjected(s):
		return mention{}, false
	case s.toks[0].Key() == "اذ", s.toks[0].Key() == "حيث", s.toks[0].Key() == "فقد", s.toks[0].Key() == "اذا":
	default:
		return mention{}, false
	}
	id := a.lastBase(s, 0)
	if id == "" {
		id = a.storyTarget()
	}
	return mention{id: id, typ: model.TypeBase, t0: 0, t1: 1}, id != ""
}

// namesBase reports a base named in s, or a definite base noun that
// refers to one: "الحامية"، "القاعدة".
func namesBase(s *sentence) bool {
	for i := range s.toks {
		if m := s.mentionAt(i); m != nil && m.typ == model.TypeBase && !m.adj || definite(&s.toks[i]) && baseNoun(&s.toks[i]) {
			return true
		}
	}
	return false
}

// aroundIt reports a place word with the pronoun of the base told before:
// "في محيطه"، "داخلها"، "عليها".
func aroundIt(s *sentence) bool {
	for i := range s.toks {
		if s.toks[i].HasAny("محيطه", "محيطها", "داخله", "داخلها", "عليه", "عليها", "اسواره", "اسوارها") {
			return true
		}
	}
	return false
}

// subjected reports a verb of undergoing an attack with no subject named
// after it: "إذ تعرضت في آذار لهجوم", not "إذ تعرضت القوات لقصف".
func subjected(s *sentence) bool {
	for i := range s.toks {
		if !s.toks[i].HasPrefix("تعرض") {
			continue
		}
		if i+1 < len(s.toks) && (s.mentionAt(i+1) != nil || definite(&s.toks[i+1])) {
			return false
		}
		return true
	}
	return false
}

// storyTarget is the base of the article's first attack not told as
// background, or "".
func (a *article) storyTarget() string {
	for _, at := range a.attacks {
		if at = at.live(); !at.background {
			return at.target
		}
	}
	return ""
}

// leadBase is the one base the article's first sentence names, the
// subject of an article about it, or "".
func (a *article) leadBase() string {
	if len(a.sents) == 0 {
		return ""
	}
	id := ""
	for _, m := range a.sents[0].ments {
		if m.typ != model.TypeBase || m.adj {
			continue
		}
		if id != "" && id != m.id {
			return ""
		}
		id = m.id
	}
	return id
}

// dropDefenceSites leaves out a base named as where the air defences that
// intercepted stand, when s names another target: in "تصدت منظومة الدفاع
// الجوي المنصوبة في مطار X لطائرتين حاولتا استهداف قاعدة Y" Y is hit.
func (a *article) dropDefenceSites(s *sentence, ms []mention) []mention {
	if len(ms) == 1 && a.defenceSite(s, ms[0].t0) && a.onlyIntercepts(s) && a.otherTold(s, ms[0].id) {
		return nil // "المنظومة المنصوبة في مطار X هي التي أسقطت الطائرة": the drone told before
	}
	if len(ms) < 2 || !slices.ContainsFunc(ms, func(m mention) bool { return a.defenceSite(s, m.t0) }) {
		return ms // most sentences: nothing to leave out, no allocation
	}
	out := ms[:0:0]
	for _, m := range ms {
		if !a.defenceSite(s, m.t0) {
			out = append(out, m)
		}
	}
	if len(out) == 0 {
		return ms
	}
	if d := slices.IndexFunc(ms, func(m mention) bool { return a.defenceSite(s, m.t0) }); !slices.ContainsFunc(out, func(m mention) bool { return !contrastBetween(s, ms[d].t1, m.t0) }) {
		return ms // "أسقطت الدفاعات في قاعدة X مسيرتين ...، في حين تعرضت قاعدة Y لقصف": Y is another attack
	}
	return out
}

// contrastBetween reports a word setting clauses against each other
// ("في حين"، "فيما"، "بينما") between tokens from and to.
func contrastBetween(s *sentence, from, to int) bool {
	for k := from; k < to && k < len(s.toks); k++ {
		switch s.toks[k].Key() {
		case "فيما", "بينما":
			return true
		case "حين":
			if k > 0 && s.toks[k-1].Key() == "في" {
				return true
			}
		}
	}
	return false
}

// defenceSite reports a base after "في" with a word of air defence a few
// words before and a verb of intercepting a few words after: "منظومة
// الدفاع الجوي المنصوبة في مطار X تصدت لطائرتين". Defences struck
// ("استهدفت الغارات منظومات الدفاع الجوي في قاعدة X") are the target's.
func (a *article) defenceSite(s *sentence, t0 int) bool {
	if t0 < 2 || s.toks[t0-1].Key() != "في" {
		return false
	}
	for k := t0 - 2; k >= 0 && k >= t0-7; k-- { // "منظومة الدفاع الجوي "سي-رام" المنصوبة في"
		if t := &s.toks[k]; t.HasPrefix("منظوم") || t.HasPrefix("دفاع") || t.HasPrefix("بطاري") {
			lo, _ := clause(s, k)
			return nearFoiled(s, a.freeCue(s, rules.CueFoiled), t0) && !a.struckBefore(s, lo, k)
		}
	}
	return false
}

// headAnaphor reads a definite head noun, right after "على" or a verb of
// targeting, as the one base attacked before in the article whose name it
// heads: "خلال هجوم على السفارة" after attacks on "السفارة الأمريكية في
// بغداد" is the embassy. The base nouns (القاعدة، المطار) are baseAnaphor's.
func (a *article) headAnaphor(s *sentence) (mention, bool) {
	if len(a.attacks) == 0 {
		return mention{}, false
	}
	heads := map[string]string{} // target -> key of its name's head
	for _, at := range a.attacks {
		if e := a.ents[at.live().target]; e != nil {
			heads[e.ID] = headKey(e.Name)
		}
	}
	for i := 1; i < len(s.toks); i++ {
		t := &s.toks[i]
		p := &s.toks[i-1]
		if s.mentionAt(i) != nil || !definite(t) || baseNoun(t) || !(p.Key() == "علي" || p.HasPrefix("استهدف") || p.HasPrefix("استهداف")) {
			continue
		}
		if i+1 < len(s.toks) && s.mentionAt(i+1) != nil {
			continue // "على الحدود العراقية": a place named on
		}
		found := ""
		for id, h := range heads {
			if h == t.Key() {
				if found != "" {
					return mention{}, false // two bases with that head: no one read
				}
				found = id
			}
		}
		if found != "" {
			return mention{id: found, typ: model.TypeBase, t0: i, t1: i + 1}, true
		}
	}
	return mention{}, false
}

// headKey is the key of the first word of a name.
func headKey(name string) string {
	if w := strings.Fields(name); len(w) > 0 {
		return arabic.Key(w[0])
	}
	return ""
}

// baseByPlace reads "قاعدة أمريكية في X" / "القاعدة الأمريكية بريف X": a
// base noun, adjectives, then a town; the one lexicon base located there.
func (a *article) baseByPlace(s *sentence) (mention, bool) {
	for i := range s.toks {
		if s.mentionAt(i) != nil || !s.toks[i].Has("قاعده") {
			continue
		}
		k := i + 1
		owner := a.x.rules.Cue(rules.CueBaseOwner)
		for k < len(s.toks) && k <= i+4 {
			if m := s.mentionAt(k); m != nil && (m.adj || m.typ == model.TypeForce || m.typ == model.TypeCountry) {
				k = max(k+1, m.t1) // "القاعدة الأمريكية"، "قاعدة للتحالف الدولي": whose base
			} else if m == nil && owner.Has(&s.toks[k]) {
				k++ // "قاعدة الاحتلال"
			} else {
				break
			}
		}
		for k < len(s.toks) && k <= i+5 && s.mentionAt(k) == nil && (s.toks[k].Key() == "في" || a.x.rules.Cue(rules.CueCompass).Has(&s.toks[k])) {
			k++
		}
		m := s.mentionStarting(k)
		if m == nil || m.typ != model.TypeCity || k == i+1 {
			continue
		}
		if id := a.x.baseIn(m.id); id != "" && a.ensure(id, s) {
			return mention{id: id, typ: model.TypeBase, t0: i, t1: i + 1}, true
		}
	}
	return mention{}, false
}

// baseIn is the one lexicon base located in a town, or "".
func (x *Extractor) baseIn(city string) string {
	found := ""
	for _, id := range x.bases[city] {
		if found != "" && found != id {
			return ""
		}
		found = id
	}
	return found
}

// nearCues keeps the targets close to an attack cue; a base named far from
// any (in a relative clause) is left out when a closer one exists.
func (a *article) nearCues(s *sentence, ms []mention) []mention {
	if len(ms) < 2 {
		return ms
	}
	cues := a.freeCue(s, rules.CueAttack)
	dist := func(m mention) int {
		best := 1 << 30
		for _, c := range cues {
			if d := a.wordsBetween(s, m, c); d < best {
				best = d
			}
		}
		return best
	}
	var out []mention
	closest := ms[0]
	for _, m := range ms {
		if dist(m) <= 10 {
			out = append(out, m)
		}
		if dist(m) < dist(closest) {
			closest = m
		}
	}
	if len(out) == 0 {
		out = []mention{closest}
	}
	return coordinated(s, ms, out)
}

// wordsBetween is how far attack word c is from base mention m, not
// counting the places and days that only locate or date it: in "تعرضت
// القاعدة في حقل X بريف دير الزور الشرقي مساء أمس الأربعاء لهجوم" the
// attack word is next to the base.
func (a *article) wordsBetween(s *sentence, m mention, c int) int {
	lo, hi := m.t1, c
	if c < m.t0 {
		lo, hi = c+1, m.t0
	}
	n := 0
	for i := lo; i < hi; i++ {
		if !a.adjunct(s, i) {
			n++
		}
	}
	return n
}

// adjunct reports token i of s as part of a place, a country adjective, a
// compass word or a date.
func (a *article) adjunct(s *sentence, i int) bool {
	if n := s.mentionAt(i); n != nil {
		return n.adj || n.typ == model.TypeCity || n.typ == model.TypeCountry
	}
	if a.x.rules.Cue(rules.CueCompass).Has(&s.toks[i]) {
		return true
	}
	for _, h := range s.dates {
		if i >= h.tok && i < h.tok+wordCount(h.text) {
			return true
		}
	}
	return false
}

// wordCount is the number of space-separated words of text.
func wordCount(text string) int {
	n, in := 0, false
	for _, r := range text {
		if r == ' ' {
			in = false
		} else if !in {
			in, n = true, n+1
		}
	}
	return n
}

// coordinated adds to kept the bases joined to a kept one by "و": "استهدفت
// صواريخ، يوم X، قاعدة A وقاعدة B" hits both however far B is from the cue,
// and so do "على قاعدة A في محافظة X، وعلى القاعدة العسكرية في مطار B" and
// "قاعدة A، وقاعدة للتحالف داخل مطار B".
func coordinated(s *sentence, all, kept []mention) []mention {
	for changed := true; changed; {
		changed = false
		for _, m := range all {
			j, ok := joinedAt(s, m)
			if hasMention(kept, m) || !ok {
				continue
			}
			gap := 6
			if addition(s, m.t0) {
				gap = 12 // "ومعسكر B التابع للحزب على الطريق بين X وY، إضافة إلى معسكر C": the list goes on past B's description
			}
			for _, k := range kept {
				if j >= k.t1 && (j == m.t0 && (j-k.t1 <= 2 || placeOnly(s, k.t1, j)) || j < m.t0 && j-k.t1 <= gap && !baseBetween(all, k.t1, j)) {
					kept, changed = append(kept, m), true
					break
				}
			}
		}
		for _, m := range all {
			if !hasMention(kept, m) && joinedBefore(s, kept, m) {
				kept, changed = append(kept, m), true
			}
		}
	}
	return kept
}

// placeOnly reports tokens from..to of s that only place the base before
// them, "في ناحية X شمال Y،": a list of bases each told with its town,
// "مقر A في قضاء X، ومعسكر B في ناحية Y، ومقر C في قرية Z", is one list.
func placeOnly(s *sentence, from, to int) bool {
	if k := afterBracket(s, from, to); k > 0 {
		from = k // "معسكر B (باك) في ناحية Y": past its short name
	}
	if to-from > 8 {
		return false
	}
	for k := from; k < to; k++ {
		if m := s.mentionAt(k); m != nil && (m.typ == model.TypeCity || m.typ == model.TypeCountry) {
			continue
		}
		if !s.toks[k].HasAny("في", "قرب", "شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي", "ناحيه", "قضاء", "قريه", "مدينه", "بلده", "محافظه", "منطقه", "ريف") {
			return false
		}
	}
	return true
}

// joinedBefore reports base m right before a kept base joined to it by
// "و": in "تعرضت قاعدتا A وB ... لهجوم" the attack word is nearer B, and A
// is hit too.
func joinedBefore(s *sentence, kept []mention, m mention) bool {
	for _, k := range kept {
		if j, ok := joinedAt(s, k); ok && j >= m.t1 && j-m.t1 <= 1 && k.t0 > m.t0 {
			return true
		}
	}
	return false
}

// joinedAt is the token of the conjunction that joins base mention m to
// what comes before: m itself ("وقاعدة B"), "وعلى"/"وضد" right before it, or
// a conjoined base noun with a few words and "في" before it ("وعلى القاعدة
// العسكرية في مطار B"، "والقاعدة الأمريكية في حقل C").
func joinedAt(s *sentence, m mention) (int, bool) {
	if strings.HasPrefix(s.toks[m.t0].Surface, "و") {
		return m.t0, true
	}
	if m.t0 > 0 && (conjPrep(&s.toks[m.t0-1]) || s.toks[m.t0-1].Surface == "و") {
		return m.t0 - 1, true // "وعلى قاعدة B"، «A» و«B»: the "و" split off by a quote
	}
	if addition(s, m.t0) {
		return m.t0 - 2, true // "…، إضافة إلى معسكر B"، "فضلاً عن مقر C"
	}
	if m.t0 < 2 || s.toks[m.t0-1].Key() != "في" && s.toks[m.t0-1].Key() != "داخل" {
		return 0, false
	}
	for k := m.t0 - 2; k >= 0 && k >= m.t0-5; k-- {
		t := &s.toks[k]
		if n := s.mentionAt(k); n != nil && !n.adj && n.typ != model.TypeForce && n.typ != model.TypeCountry {
			return 0, false // an owner may stand between: "وقاعدة للتحالف الدولي داخل مطار B"
		}
		if !baseNoun(t) {
			if t.Break && k < m.t0-2 {
				return 0, false
			}
			continue
		}
		if strings.HasPrefix(t.Surface, "و") {
			return k, true
		}
		if k > 0 && conjPrep(&s.toks[k-1]) {
			return k - 1, true
		}
		return 0, false
	}
	return 0, false
}

// addition reports "إضافة إلى" (بالإضافة إلى، فضلاً عن، علاوة على) right
// before token t: what follows is one more of a list.
func addition(s *sentence, t int) bool {
	if t < 2 || s.toks[t-1].Break || s.toks[t].Break {
		return false
	}
	w, p := &s.toks[t-2], &s.toks[t-1]
	return w.Has("اضافه") && p.Has("الي") || w.Has("فضلا") && p.Has("عن") || w.Has("علاوه") && p.Has("علي")
}

// conjPrep reports "وعلى" or "وضد".
func conjPrep(t *arabic.Token) bool {
	return strings.HasPrefix(t.Surface, "و") && (t.Has("علي") || t.Has("ضد"))
}

// townAfter is the base of the town named after a base noun at i, a few
// qualifiers and "في" between: "القاعدة العسكرية التركية في قرية X" is
// "قاعدة X" when the article names it so, or the one base in X; "" else.
func (a *article) townAfter(s *sentence, i int) string {
	for k := i + 1; k < len(s.toks) && k <= i+4; k++ {
		if s.toks[k].Key() == "في" {
			m := s.mentionStarting(k + 1)
			if m == nil || m.typ != model.TypeCity {
				return ""
			}
			return a.placeBase(s, *m)
		}
		if s.toks[k].Break || s.mentionAt(k) != nil && !s.mentionAt(k).adj {
			return ""
		}
	}
	return ""
}

// baseNoun reports a word for a base: قاعدة، مطار، حقل، معسكر.
func baseNoun(t *arabic.Token) bool {
	return t.Has("قاعده") || t.Has("مطار") || t.Has("حقل") || t.Has("معسكر")
}

// namedAfter reports a base noun followed by a few qualifiers, "في" and a
// named base: "القاعدة العسكرية في مطار B" is B, not the last base told.
func namedAfter(s *sentence, i int) bool {
	for k := i + 1; k < len(s.toks) && k <= i+3; k++ {
		if s.toks[k].Key() == "في" {
			m := s.mentionStarting(k + 1)
			return m != nil && m.typ == model.TypeBase
		}
		if s.toks[k].Break || s.mentionAt(k) != nil && !s.mentionAt(k).adj {
			return false
		}
	}
	return false
}

// baseBetween reports a base mention starting in [from, to).
func baseBetween(all []mention, from, to int) bool {
	for _, m := range all {
		if m.t0 >= from && m.t0 < to {
			return true
		}
	}
	return false
}

func hasMention(list []mention, m mention) bool {
	for _, x := range list {
		if x.id == m.id && x.t0 == m.t0 {
			return true
		}
	}
	return false
}

// ownTimeAnaphor reports base anaphor i of s, pointing back to id named
// before it in another clause of s, as the subject of "تعرض" dated in its
// own clause: "ويعد هذا ثاني هجوم على مطار X خلال شهرين، إذ تعرض المطار
// في منتصف شباط لهجوم" tells an earlier attack on X.
func (a *article) ownTimeAnaphor(s *sentence, out []mention, id string, i int) bool {
	if i == 0 || !a.x.rules.Cue(rules.CueSubjected).Has(&s.toks[i-1]) {
		return false
	}
	lo, hi := clause(s, i)
	for _, m := range out {
		if m.id == id && m.t0 >= lo {
			return false
		}
	}
	for _, h := range s.dates {
		if h.tok >= lo && h.tok < hi && !h.span {
			return true
		}
	}
	return false
}

// baseAnaphor reports a definite base noun (القاعدة، الحقل) or a possessed
// one (قاعدتها).
func (a *article) baseAnaphor(s *sentence, i int) bool {
	t := &s.toks[i]
	for _, v := range t.Variants {
		f := v.Fold
		switch {
		case strings.HasPrefix(f, "ال") && (v.Key == "قاعده" || v.Key == "حقل" || v.Key == "مطار" || v.Key == "معسكر"):
		case v.Key == "قاعدتها" || v.Key == "قاعدته":
		case strings.HasPrefix(f, "ال") && (v.Key == "معمل" || v.Key == "حاميه") && a.baseNamedWith(s, v.Key):
			// "معمل غاز كونيكو" ... "وقصفت القوة محيط المعمل": the plant named as a base just before; "حامية التنف" ... "الحامية"
		default:
			continue
		}
		if i > 0 && (s.toks[i-1].Has("طريق") || s.toks[i-1].Has("شارع") || s.toks[i-1].Has("جسر")) {
			return false // "القريبة من طريق المطار": a road, not the base
		}
		if i+1 < len(s.toks) && a.x.adjective(&s.toks[i+1]) != nil && s.idx > 0 {
			return true // القاعدة الأمريكية
		}
		return true
	}
	return false
}

// baseNamedWith reports a base named in s or the two sentences before it
// by a name whose first word is word: "معمل غاز كونيكو" for "المعمل".
func (a *article) baseNamedWith(s *sentence, word string) bool {
	for j := s.idx; j >= 0 && j >= s.idx-2; j-- {
		for _, m := range a.sents[j].ments {
			if m.typ == model.TypeBase && !m.adj && m.t0 < len(a.sents[j].toks) && a.sents[j].toks[m.t0].Key() == word {
				return true
			}
		}
	}
	return false
}

// yesNoQuestion reports a sentence that asks "هل …؟".
func yesNoQuestion(s *sentence) bool {
	return len(s.toks) > 0 && s.toks[0].Has("هل") && strings.HasSuffix(strings.TrimSpace(s.Text), "؟")
}

// questionBase is the one base named by the question right before s, when
// s names no base itself: the base an explainer's answer speaks of.
func (a *article) questionBase(s *sentence) string {
	q := s.idx - 1
	if q > 0 && len(a.sents[q].toks) <= 4 && a.sents[q].toks[0].HasAny("نعم", "لا", "كلا") {
		q-- // "نعم، مرات عدة." opens the answer
	}
	if q < 0 || !yesNoQuestion(a.sents[q]) {
		return ""
	}
	for _, m := range s.ments {
		if m.typ == model.TypeBase {
			return ""
		}
	}
	id := ""
	for _, m := range a.sents[q].ments {
		if m.typ == model.TypeBase {
			if id != "" && id != m.id {
				return ""
			}
			id = m.id
		}
	}
	return id
}

// lastBase is the base named last before token t of s, looking back a few
// sentences.
func (a *article) lastBase(s *sentence, t int) string {
	if id := a.lastBaseBy(s, t, true); id != "" {
		return id
	}
	return a.lastBaseBy(s, t, false)
}

// distanceLandmark reports a base at t0 named only to say how far another
// lies from it: "لا تبعد سوى كيلومترات عن قاعدة X"، "على بعد كيلومترات من X".
func distanceLandmark(s *sentence, t0 int) bool {
	if t0 < 2 || !s.toks[t0-1].HasAny("عن", "من") {
		return false
	}
	for k := t0 - 2; k >= 0 && k >= t0-6 && !s.toks[k+1].Break; k-- {
		if t := &s.toks[k]; t.HasPrefix("تبعد") || t.HasPrefix("يبعد") || t.Has("بعد") && k > 0 && s.toks[k-1].Key() == "علي" || t.Has("مسافه") {
			return true
		}
	}
	return false
}

// lastBaseBy is lastBase, passing over distance landmarks when skip is set.
func (a *article) lastBaseBy(s *sentence, t int, skip bool) string {
	for i := s.idx; i >= 0 && i >= s.idx-4; i-- {
		ms := a.sents[i].ments
		for j := len(ms) - 1; j >= 0; j-- {
			if skip && ms[j].typ == model.TypeBase && distanceLandmark(a.sents[i], ms[j].t0) {
				continue // "البرج 22، وهو قاعدة لا تبعد سوى كيلومترات عن قاعدة X": "القاعدة" after is the tower
			}
			if j > 0 && ms[j-1].typ == model.TypeBase && locatesBase(a.sents[i], ms[j-1], ms[j]) {
				continue // "قاعدة X الملاصقة لمطار Y": "القاعدة" is X
			}
			if skip && i < s.idx && ms[j].typ == model.TypeBase && stationedAt(a.sents[i], ms[j]) && a.lastAttackOn(ms[j].id) == nil && s.toks[t].Has("قاعده") && !a.sents[i].toks[ms[j].t0].Has("قاعده") {
				continue // "القوات العراقية المتمركزة في معسكر X المجاور": where others stay; "القاعدة" is the base told before
			}
			if i < s.idx && ms[j].typ == model.TypeBase && a.recordOnly(a.sents[i], ms[j]) {
				continue // "سبق أن تبنى هجمات على مطار X خلال العامين الماضيين"
			}
			if ms[j].typ == model.TypeBase && alsoIncluded(a.sents[i], ms[j].t0) {
				continue // "في أحدث حلقة من تصعيد شمل أيضاً قاعدة X وحقل Y": the series', not "القاعدة"
			}
			if ms[j].typ == model.TypeBase && a.sents[i].toks[ms[j].t0].HasAny("سفاره", "قنصليه") {
				continue // "احتجاجات أمام السفارة الأمريكية. … داخل أسوار القاعدة": the base told before; "أدانت السفارة … الهجوم على الحقل": not the field
			}
			if ms[j].typ == model.TypeBase && (i < s.idx || ms[j].t1 <= t) && (!notTargetAt(a.sents[i], ms[j].t0) || flightsAt(a.sents[i], ms[j].t0)) && !insideBase(a.sents[i], ms[j]) {
				return ms[j].id // an airport named for its flights is still "المطار" after
			}
		}
	}
	return ""
}

// pronounBase is the base an attack verb of s points back to with its
// pronoun ("قصفته"، "استهدفتها") when s names no base: the base named last,
// in s or the sentence before, with no town or country named after it and
// a head noun the pronoun agrees with. The verb opens s or follows an
// explaining word. "زار الوزير مطار X. وكانت طائرات إسرائيلية قد قصفته في
// 21 آذار" tells an attack on X.
func (a *article) pronounBase(s *sentence) (mention, bool) {
	for k := range s.toks {
		if !strikesIt(&s.toks[k]) || s.mentionAt(k) != nil {
			continue
		}
		if k > 4 && !explaining(&s.toks[k-1]) {
			return mention{}, false
		}
		for i := s.idx; i >= 0 && i >= s.idx-1; i-- {
			ms := a.sents[i].ments
			for j := len(ms) - 1; j >= 0; j-- {
				if i == s.idx && ms[j].t0 >= k {
					continue
				}
				switch {
				case ms[j].typ == model.TypeBase && !ms[j].adj:
					if !agrees(&s.toks[k], &a.sents[i].toks[ms[j].t0]) {
						return mention{}, false // "مطار X ... المواقع التي قصفتها": another thing struck
					}
				case ms[j].typ == model.TypeCity || ms[j].typ == model.TypeCountry && !ms[j].adj:
					return mention{}, false // "مدينة البوكمال ... قصفتها": not a base
				default:
					continue // "طائرات إسرائيلية"، "الوزير": who struck or spoke
				}
				return mention{id: ms[j].id, typ: model.TypeBase, t0: k, t1: k + 1}, true
			}
		}
		return mention{}, false
	}
	return mention{}, false
}

// agrees reports that the pronoun of attack verb v can stand for the base
// whose name opens with head: "ها" for "قاعدة"، "ه" for "مطار"، "حقل"،
// "معسكر"; any for a name without one of those heads.
func agrees(v, head *arabic.Token) bool {
	fem := strings.HasSuffix(v.Key(), "ها")
	switch {
	case head.Has("قاعده"):
		return fem
	case baseNoun(head):
		return !fem
	}
	return true
}

// lastBaseOfHead is the base named last, a few sentences back, by a name
// holding the head noun of the anaphor at t when that noun is not "القاعدة":
// after "قاعدة حقل X … قاعدة Y"، "الحقل" is X. A base told by such a name
// ("مطار X") comes before one only known by it: after "استهدفت مسيرة مطار
// X ... صواريخ قرب قاعدة Y" (Y also called "مطار Y")، "المطار" is X. It is
// "" when none is.
func (a *article) lastBaseOfHead(s *sentence, t int) string {
	head := s.toks[t].Key()
	if head != "حقل" && head != "مطار" && head != "معسكر" {
		return ""
	}
	known := ""
	for i := s.idx; i >= 0 && i >= s.idx-4; i-- {
		ss := a.sents[i]
		for j := len(ss.ments) - 1; j >= 0; j-- {
			if j > 0 && ss.ments[j-1].typ == model.TypeBase && locatesBase(ss, ss.ments[j-1], ss.ments[j]) {
				continue // "قاعدة X المحاذية لمطار Y": "المطار" is not Y
			}
			m := ss.ments[j]
			if m.typ != model.TypeBase || i == s.idx && m.t1 > t || !a.namedWith(m.id, head) {
				continue
			}
			if slices.ContainsFunc(ss.toks[m.t0:m.t1], func(w arabic.Token) bool { return w.Has(head) }) {
				return m.id
			}
			if known == "" {
				known = m.id
			}
		}
	}
	return known
}

// alsoIncluded reports token t in a clause that opens with "شمل أيضاً"
// (طال أيضاً): the places a series of attacks also reached.
func alsoIncluded(s *sentence, t int) bool {
	lo, _ := clause(s, t)
	if lo+1 >= len(s.toks) || lo >= t {
		return false
	}
	return s.toks[lo].HasAny("شمل", "شملت", "طال", "طالت") && s.toks[lo+1].Has("ايضا")
}

// recordOnly reports a base with no attack of its own that s names only
// as the object of plural attacks, a group's record: "ظهر في تبني هجمات
// على مطار X"; a later "القاعدة" is not that base.
func (a *article) recordOnly(s *sentence, m mention) bool {
	if a.lastAttackOn(m.id) != nil {
		return false
	}
	for k := m.t0 - 1; k >= 0 && k >= m.t0-3; k-- {
		if t := &s.toks[k]; t.Has("هجمات") || t.Has("اعتداءات") || t.Has("ضربات") {
			return true
		}
	}
	return false
}

// alsoAttack is the dated attack on another base told in the sentence
// before s when s opens with "كما" (also) and names no time: "تعرض مطار X
// مساء أمس لعشر غارات. كما استهدفت غارات متزامنة قاعدة Y" tells Y's
// attack on X's day. It is nil otherwise.
func (a *article) alsoAttack(s *sentence, target string) *attackAcc {
	if s.idx == 0 || len(s.toks) == 0 || !s.toks[0].HasAny("كما", "كذلك") || len(s.dates) > 0 {
		return nil
	}
	var found *attackAcc
	for _, at := range a.attacks {
		if at = at.live(); at.sent == s.idx-1 && at.day != "" && at.target != target {
			if found != nil && found.day != at.day {
				return nil // two days told before: which one is unsaid
			}
			found = at
		}
	}
	return found
}

// unnamedBaseAttack is the day of an attack on a base left unnamed
// ("إحدى قواعد الجيش التركي"، "قاعدة عسكرية") that one of the two
// sentences before s told, when s names the base through "الهجوم" right
// before it: "فإن الهجوم استهدف قاعدة X". It is nil otherwise.
func (a *article) unnamedBaseAttack(s *sentence, m mention) *dateHit {
	back := false
	for k := m.t0 - 1; k >= 0 && k >= m.t0-3; k-- {
		if t := &s.toks[k]; t.Key() == "هجوم" && definite(t) {
			back = true
		}
	}
	if !back {
		return nil
	}
	for i := s.idx - 1; i >= 0 && i >= s.idx-2; i-- {
		p := a.sents[i]
		if len(a.freeCue(p, rules.CueAttack)) == 0 || slices.ContainsFunc(p.ments, func(n mention) bool { return n.typ == model.TypeBase && !n.adj }) {
			continue
		}
		unnamed := false
		for k := range p.toks {
			if p.mentionAt(k) == nil && p.toks[k].HasAny("قواعد", "قاعده") && (k+1 >= len(p.toks) || p.mentionAt(k+1) == nil || p.mentionAt(k+1).typ != model.TypeBase) {
				unnamed = true // "إحدى قواعد الجيش التركي"، "قاعدة عسكرية": no base's name after it
			}
		}
		if !unnamed {
			continue
		}
		for j := range p.dates {
			if p.dates[j].day != "" && !p.dates[j].span {
				return &p.dates[j]
			}
		}
	}
	return nil
}

// placeAttack finds the attack of target m in s: a new one, or one told
// before in the article when the dates agree.
func (a *article) placeAttack(s *sentence, m mention, cues []int) *attackAcc {
	day, text := a.mentionDay(s, m, cues)
	if text == "" && len(s.dates) == 0 {
		if h := a.unnamedBaseAttack(s, m); h != nil {
			day, text = h.day, h.text // "تعرضت إحدى قواعد الجيش مساء السبت لهجوم … فإن الهجوم استهدف قاعدة X": the attack told, now named
		}
	}
	if text == "" && len(s.dates) == 0 && basesIn(s) >= 3 {
		if h := a.strikeToldBefore(s); h != nil {
			day, text = h.day, h.text // "على الضربات التي شنتها X فجر السبت. ... وبحسب Y فإن أربعة صواريخ وجهت إلى مطار Z، واثني عشر إلى مطار W، ..."
		}
	}
	for i := len(a.attacks) - 1; i >= 0; i-- {
		at := a.attacks[i].live()
		if at.target != m.id {
			continue
		}
		switch {
		case day != "" && at.day == day:
			return a.touch(at, s)
		case text == "":
			return a.touch(at, s)
		case text != "" && at.text == "" && at.first <= 1 && s.idx-at.sent <= 1:
			at.day, at.text = day, text
			return a.touch(at, s)
		case text != "" && day == "" && at.text == text:
			return a.touch(at, s)
		}
		if text == "" {
			break
		}
	}
	at := &attackAcc{target: m.id, day: day, text: text, weapons: map[string]bool{}, first: s.idx, sent: s.idx, background: a.pluperfect(s)}
	at.evidence = append(at.evidence, a.evidence(s))
	a.attacks = append(a.attacks, at)
	return at
}

// basesIn is the number of distinct bases s names.
func basesIn(s *sentence) int {
	var ids []string
	for _, m := range s.ments {
		if m.typ == model.TypeBase && !m.adj && !slices.Contains(ids, m.id) {
			ids = append(ids, m.id)
		}
	}
	return len(ids)
}

// strikeToldBefore is the day of strikes told in one of the two sentences
// before s, dated after their strike word and naming no base, when no
// sentence between names a base: the strikes whose targets s, naming no
// day, goes on to list. Nil when there is none.
func (a *article) strikeToldBefore(s *sentence) *dateHit {
	for j := s.idx - 1; j >= 0 && j >= s.idx-2; j-- {
		p := a.sents[j]
		if slices.ContainsFunc(p.ments, func(m mention) bool { return m.typ == model.TypeBase }) {
			return nil
		}
		strikes := a.freeCue(p, rules.CueStrike)
		for i := range p.dates {
			if h := &p.dates[i]; h.day != "" && !h.span && slices.ContainsFunc(strikes, func(c int) bool { return c < h.tok && h.tok-c <= 8 }) {
				return h
			}
		}
	}
	return nil
}

// mentionDay is the day (and its words) of the attack on the base of
// mention m, from the dates of its clause; "" when none is told there.
func (a *article) mentionDay(s *sentence, m mention, cues []int) (day, text string) {
	day, text, _ = a.mentionDate(s, m, cues)
	return day, text
}

// mentionDate is mentionDay with the token the date starts at, -1 when
// the day is not one of s's dates.
func (a *article) mentionDate(s *sentence, m mention, cues []int) (day, text string, tok int) {
	tok = -1
	lo, hi := clause(s, m.t0)
	for _, n := range s.ments {
		if n.id == m.id && n.t0 == hi && n.t1 < len(s.toks) && s.toks[n.t1].Break {
			_, hi = clause(s, n.t1) // "قاعدة «كي وان» (K1) العسكرية في ... في 27 كانون الأول": the name in brackets
		}
	}
	if hi == m.t1 {
		if k := afterBracket(s, m.t1, len(s.toks)); k > 0 {
			_, hi = clause(s, k) // "قاعدة "زيلكان" (Zilkan) العسكرية ... تعرضت فجر اليوم": a name in Latin letters
		}
	}
	if k := bracketBefore(s, lo); k > 0 {
		lo, _ = clause(s, k-1) // "هاجم مسلحون فجر الأحد نقاطاً لقوات سوريا الديمقراطية (قسد) داخل حقل X": a short name in brackets
	}
	if lo > 0 && lo < m.t0 && listOpener(s, lo) {
		lo, _ = clause(s, lo-1) // "قصفت الفصائل فجر اليوم مواقع أمريكية، بينها قاعدة X": the sites the clause before struck
	}
	if lo > 0 && lo <= m.t0 && (lo == m.t0 || a.x.rules.Cue(rules.CueAttackEvent).Has(&s.toks[lo]) && !definite(&s.toks[lo])) && !strings.HasPrefix(s.toks[lo].Surface, "و") && dateEndsAt(s, lo) && a.attackVerbInClause(s, lo-1) {
		lo, _ = clause(s, lo-1) // "شنت X فجر الخميس، هجوماً على مطار Y"، "استهدفت X فجر الخميس، مطار Y": the verb's day before the comma
	}
	if e := verbAfterAside(s, hi); e > 0 && e+1 < len(s.toks) && s.toks[e+1].Has("سقط") {
		_, hi = clause(s, e) // "وكان مطار X، الذي …، قد سقط فجر أمس الأحد بيد Y": the base's fall after the aside
	}
	if lo > 0 && lo < m.t0 && s.toks[lo].Variants[0].Key == "علي" {
		if v := verbBeforeAside(s, lo); v < lo {
			lo = v // "وسيطر «X»، وهو تحالف …، على المطار في التاسع من الشهر": the verb before the aside
		} else {
			lo, _ = clause(s, lo-1) // "هجوم نفذته خلايا X مساء أمس الاثنين، على نقاط تمركزهم داخل حقل Y": the attack's على after its day
		}
	}
	var near []int
	for _, c := range cues {
		if c >= lo && c < hi {
			near = append(near, c)
		}
	}
	h := a.placeDate(s, m, lo, hi, near)
	if h == nil {
		h = highlightDay(s, m.t1) // "تعرضت قاعدة X لهجمات عدة، وأبرز ما شهدته القصف … فجر 8 كانون الثاني 2020"
	}
	if h != nil && (!h.span || dayAfter(s, h.tok)) { // "المحاولة الثالثة لاستهداف X منذ منتصف الشهر": no time of its own
		day, text, tok = h.day, h.text, h.tok
	}
	if h == nil {
		if at := a.alsoAttack(s, m.id); at != nil {
			day, text = at.day, at.text // "كما استهدفت غارات متزامنة قاعدة Y": the day of the attack just told
		}
	}
	return day, text, tok
}

// attackVerbInClause reports an attack verb in the clause of token k, up to
// k: "شنت X فجر الخميس"، "استهدفت X فجر الخميس"; not an event noun
// ("الهجوم على X في 15 شباط").
func (a *article) attackVerbInClause(s *sentence, k int) bool {
	lo, _ := clause(s, k)
	verbs, events := a.x.rules.Cue(rules.CueAttack), a.x.rules.Cue(rules.CueAttackEvent)
	for j := lo; j <= k; j++ {
		if verbs.Has(&s.toks[j]) && !definite(&s.toks[j]) && !events.Has(&s.toks[j]) {
			return true
		}
	}
	return false
}

// dateEndsAt reports a date of s that ends right before token k.
func dateEndsAt(s *sentence, k int) bool {
	return slices.ContainsFunc(s.dates, func(h dateHit) bool { return h.end == k })
}

// listOpener reports a word at k that opens a list of what the clause
// before spoke of: "بينها"، "ومنها"، "من بينها"، "أبرزها".
func listOpener(s *sentence, k int) bool {
	t := &s.toks[k]
	if t.Key() == "من" && k+1 < len(s.toks) {
		t = &s.toks[k+1]
	}
	return t.HasAny("بينها", "بينهما", "بينهم", "منها", "ابرزها", "اهمها", "بينه")
}

// verbAfterAside is the first token of the clause after a relative aside
// that opens at token hi ("، الذي يستضيف مدربين،") when that clause goes
// on with the subject's verb ("قد تعرّض")، or 0.
func verbAfterAside(s *sentence, hi int) int {
	if hi >= len(s.toks) || !s.toks[hi].Break || s.toks[hi].Key() != "ذي" && s.toks[hi].Key() != "تي" {
		return 0
	}
	e := asideEnd(s, hi, len(s.toks))
	if e == 0 || s.toks[e].Key() != "قد" && !s.toks[e].HasPrefix("تعرض") {
		return 0
	}
	return e
}

// dayAfter reports a date naming a day after token t of s: "أول هجوم منذ
// مطلع شباط، إذ كانت قد تعرضت في الثاني من ذلك الشهر لقصف".
func dayAfter(s *sentence, t int) bool {
	for _, h := range s.dates {
		if h.tok > t && h.day != "" {
			return true
		}
	}
	return false
}

// placeDate is the date of the attack on target m whose clause is [lo,
// hi) and whose attack words there are near, or nil.
func (a *article) placeDate(s *sentence, m mention, lo, hi int, near []int) *dateHit {
	h := a.attackDate(s, m, lo, hi, near)
	if h != nil && h.tok > m.t1+1 && a.x.rules.Cue(rules.CueAttackEvent).Has(&s.toks[h.tok-1]) && !s.toks[h.tok].Break && breakBetween(s, m.t1, h.tok-1) {
		h = nil // "بعد يومين من هجوم البرج 22، …، إلا أن هجوم اليوم يشير": the day names another attack
	}
	if h != nil && h.tok > m.t1 && a.afterSpanBetween(s, m.t1, h.tok) {
		h = nil // "ويأتي هجوم X على القاعدة بعد أقل من أسبوعين على إعلان Y، في 21 أيار": the announcement's day
	}
	if h == nil {
		h = a.thatDay(s, lo) // "هجمات مماثلة لهجوم 15 من آب. وكانت قاعدة X قد تعرّضت في ذلك اليوم لهجوم"
	}
	if h != nil && selfAfter(s, h.tok+wordCount(h.text)) && !periodWord(h.text) {
		if d := a.lastDay(); d != "" {
			return &dateHit{tok: h.tok, text: h.text, day: d} // "في الليلة نفسها": the day told before
		}
	}
	if rel := a.relativeBefore(s, near, m.t0); rel != nil && (h == nil || h.tok < rel.tok || distalDay(h.text)) {
		if rel.day == "" {
			return nil // "بعد أيام من هجوم استهدف قاعدة X": not the strike's day
		}
		return rel // "بعد يومين من هجوم استهدف قاعدة X": two days before the strike
	}
	if h != nil && a.statementDate(s, h, m.t0) && a.lastAttackOn(m.id) != nil {
		h = nil // "وقالت مصادر اليوم إن التحقيقات في استهداف قاعدة X": the day of the words
	}
	if h == nil && a.lastAttackOn(m.id) == nil {
		h = a.paragraphDate(s) // a base told before keeps its day: "قال إن ردنا بدأ اليوم. وكان قد حمّل X مسؤولية هجوم Y"
	}
	if h == nil && (a.lastAttackOn(m.id) == nil || !before(s, a.freeCue(s, rules.CueClaimed), m.t0)) {
		h = a.laterThatDay(s) // not "وبعد ساعات من الهجوم، تبنّت X استهداف مطار Y": the claim's time, of the attack told
	}
	if r, ok := a.backReference(s, m.t0, near); ok && h != nil && h.tok < r {
		h = nil // "قصفت أمس ... ردا على استهداف قاعدة X": the date is the answer's
	}
	if h == nil {
		h = sameDay(s, m.t1, hi)
	}
	return a.eveAsDay(m, a.nightNamedAgain(s, h))
}

// eveAsDay reads "ليلة الأربعاء" (by itself the eve, the night before
// Wednesday) as Wednesday night when the article already dated an attack on
// the same base on that Wednesday: "تعرضت القاعدة مساء أمس الأربعاء ...
// سقطت عند الساعة العاشرة من ليلة الأربعاء" is one attack.
func (a *article) eveAsDay(m mention, h *dateHit) *dateHit {
	if h == nil || h.day == "" || !strings.HasPrefix(arabic.Key(h.text), "ليله ") || strings.ContainsAny(h.text, "-–") {
		return h
	}
	next := addDays(h.day, 1)
	if at := a.lastAttackOn(m.id); at != nil && at.day == next {
		return &dateHit{tok: h.tok, end: h.end, text: h.text, day: next}
	}
	return h
}

// periodWord reports a month, year or week word in a date's text: "أواخر
// الشهر ذاته" is the same month, not the same day.
func periodWord(text string) bool {
	return strings.Contains(text, "الشهر") || strings.Contains(text, "العام") || strings.Contains(text, "السنة") || strings.Contains(text, "الأسبوع") || strings.Contains(text, "الاسبوع")
}

// nightNamedAgain is night h ("ليل الأحد - الإثنين", the first day by
// default) dated by its second day when s names that day's early hours or
// an hour after midnight right after it:
// "أعلنت X، ليل الأحد - الإثنين، استهداف القاعدة ..., وذلك في الساعات
// الأولى من يوم الإثنين".
//
// So does the sentence right after, when it names no day and tells the hour
// as after midnight: "... ليل الأحد - الإثنين. وقال المصدر إن المسيرة
// أسقطت قرابة الساعة الواحدة بعد منتصف الليل".
func (a *article) nightNamedAgain(s *sentence, h *dateHit) *dateHit {
	if h == nil || h.day == "" || !strings.Contains(arabic.Key(h.text), "ليل") {
		return h
	}
	next := addDays(h.day, 1)
	if afterMidnightAt(s, h.end) || a.hourAfterMidnightNext(s) {
		return &dateHit{tok: h.tok, end: h.end, text: h.text, day: next}
	}
	for _, g := range s.dates {
		if g.tok > h.tok && g.day == next && earlyHours(s, g.tok) {
			return &dateHit{tok: h.tok, end: h.end, text: h.text, day: next}
		}
	}
	return h
}

// afterMidnightAt reports "بعد منتصف الليل" within the six words from
// token t: "ليل الأحد - الإثنين، حوالي الواحدة بعد منتصف الليل" is the
// small hours of the second day.
func afterMidnightAt(s *sentence, t int) bool {
	for k := t; k+2 < len(s.toks) && k <= t+6; k++ {
		if s.toks[k].Key() == "بعد" && s.toks[k+1].Key() == "منتصف" && s.toks[k+2].HasAny("ليل", "ليله") {
			return true
		}
	}
	return false
}

// hourAfterMidnightNext reports "الساعة ... بعد منتصف الليل" in the sentence
// after s, which names no day of its own.
func (a *article) hourAfterMidnightNext(s *sentence) bool {
	if s.idx+1 >= len(a.sents) {
		return false
	}
	n := a.sents[s.idx+1]
	if len(n.dates) > 0 {
		return false
	}
	for k := 0; k+2 < len(n.toks); k++ {
		if n.toks[k].Has("ساعه") && afterMidnightAt(n, k+1) {
			return true
		}
	}
	return false
}

// earlyHours reports "الساعات الأولى من" right before token t.
func earlyHours(s *sentence, t int) bool {
	for k := max(t-4, 0); k+1 < t; k++ {
		if s.toks[k].Key() == "ساعات" && s.toks[k+1].HasPrefix("اول") {
			return true
		}
		if s.toks[k].Key() == "ساعه" && s.toks[k+1].HasAny("واحده", "ثانيه", "ثالثه", "رابعه") && s.toks[t].HasPrefix("فجر") {
			return true // "نحو الساعة الواحدة من فجر الإثنين": an hour past midnight
		}
	}
	return false
}

// distalDay reports a date that is only a word pointing back to a time
// told before ("حينها"، "يومها"، "آنذاك"): it yields to a span that dates
// the event ("بعد يومين من سقوط صواريخ على X ..., وفق ما أعلنت الخلية حينها").
func distalDay(text string) bool {
	k := arabic.Key(text)
	return distalWord(k) || k == "حينئذ"
}

// selfAfter reports "نفسه"، "ذاته" or "عينه" (and their feminines) at
// token t of s.
func selfAfter(s *sentence, t int) bool {
	if t >= len(s.toks) {
		return false
	}
	switch s.toks[t].Key() {
	case "نفسه", "نفسها", "ذاته", "ذاتها", "عينه", "عينها":
		return true
	}
	return false
}

// lastDay is the day of the dated attack told last so far, or "".
func (a *article) lastDay() string {
	var last *attackAcc
	for _, at := range a.attacks {
		if at = at.live(); at.day != "" && (last == nil || at.sent > last.sent) {
			last = at
		}
	}
	if last == nil {
		return ""
	}
	return last.day
}

// sameDay is the day named before "اليوم نفسه" (ذاته، عينه) in [from, hi)
// of s: "قصفت مساء الاثنين ... ردا على هجوم استهدف قاعدة X في اليوم نفسه".
func sameDay(s *sentence, from, hi int) *dateHit {
	for k := from; k+1 < hi && k+1 < len(s.toks); k++ {
		t, n := &s.toks[k], &s.toks[k+1]
		if !t.Has("يوم") || !n.Has("نفسه") && !n.Has("ذاته") && !n.Has("عينه") {
			continue
		}
		for i := len(s.dates) - 1; i >= 0; i-- {
			if h := &s.dates[i]; h.day != "" && h.tok < from {
				return &dateHit{tok: k, text: h.text, day: h.day}
			}
		}
		return nil
	}
	return nil
}

// attackDate is the date of the attack on target m whose clause is [lo,
// hi): a day right after the target ("استهدف قاعدة X قبل يومين"), a day
// named in that clause ("الهجوم الذي استهدف قاعدة X يوم الاثنين 11 آذار")، else the nearest date of the sentence that does
// not belong to another event (a clause with its own attack words and no
// target: "الغارات التي نفذت فجر الأربعاء").
func (a *article) attackDate(s *sentence, m mention, lo, hi int, near []int) *dateHit {
	t := m.t0
	if h := a.backReferredDay(s, m); h != nil {
		return h // "دخلوا قاعدة X أمس للمرة الأولى منذ الضربة التي استهدفتها فجر الأربعاء": the strike's own day
	}
	var in, out []dateHit
	for i, h := range s.dates {
		if h.tok > m.t1 && (a.strikeOfDate(s, h.tok) || h.tok >= hi && a.attackBaseBetween(s, m.t1, h.tok)) {
			continue // "ويُعد هجوم X الأول بعد الضربات الأمريكية في 2 شباط، التي جاءت رداً على هجوم Y يوم 28": the strikes' day, Y's day
		}
		if h.tok >= hi && (anyIn(a.freeCue(s, rules.CueAttack), lo, hi) || addingClause(s, h.tok)) && a.otherBaseInClause(s, m, h.tok) {
			continue // "وتبنت X هجوم التنف، ... كما نُسب إليها انفجار سُمع الأحد الماضي في قاعدة Y": Y's day
		}
		if h.tok > m.t1 && sinceBetween(s, m.t1, h.tok) && a.attackBaseBetween(s, m.t1, h.tok) {
			continue // "ويعد الهجوم على X الأعنف منذ قصف قاعدة Y أواخر العام الماضي": Y's time
		}
		if h.tok < m.t0 && h.end >= m.t0-1 && visitBefore(s, h.tok) && dayAfter(s, m.t1) {
			continue // "تفقد الوزير، أمس الأحد، قاعدة X، بعد يوم من تعرضها لهجوم مساء السبت": the visit's day
		}
		if h.tok < m.t0 && a.answeredAfterStrike(s, h.tok, m.t0) {
			continue // "ففي 2 شباط شنت القوات ضربات … رداً على مقتل جنود في قاعدة X": the strikes' day
		}
		if h.tok > m.t1 && a.lastAttackOn(m.id) != nil && a.beforeThat(s, m.t1, h.tok) {
			continue // "أخرجت العمال بعد سقوط الصواريخ، قبل أن تستأنف العمل صباح الخميس": the day work resumed
		}
		switch {
		case h.day != "" && h.tok >= m.t1 && h.tok <= m.t1+1 && h.tok < hi:
			return &s.dates[i] // "استهدف قاعدة X قبل يومين": the day right after the target is its own
		case h.tok >= lo && h.tok < hi && (h.day != "" || h.tok > t):
			in = append(in, h) // "الهجوم الذي استهدف قاعدة X قبل أيام": vague, but its own
		case (!a.otherEvent(s, h.tok) || a.datesTarget(s, m, h.tok)) && !a.contrastDate(s, h.tok):
			out = append(out, h)
		}
	}
	if len(in) > 0 {
		if h := nearestDate(&sentence{dates: in}, t, near...); h != nil {
			if h.day == "" && h.period != "" {
				if d := a.dayTellingAgain(s, m, hi, out); d != nil {
					return d // "ليست المرة الأولى التي تُقصف فيها القاعدة خلال العام الحالي، إذ تعرضت في 17 من الشهر الماضي لغارات"
				}
			}
			return h
		}
		for i := range in {
			if h := &in[i]; h.period != "" && h.tok >= m.t1 && a.wordsBetween(s, m, h.tok) <= 2 {
				return h // "الهجوم على قاعدة كي وان (K1) في كركوك أواخر كانون الأول": the month right after its place
			}
		}
	}
	for i := range out {
		if h := &out[i]; h.unknown && h.tok >= hi && h.tok-m.t1 <= 12 && s.toks[h.tok].Break && !a.baseBetween(s, m.t1, h.tok) {
			return h // "هزت انفجارات محيط قاعدة X الواقعة على طريق Y، مساء يوم السبت،" with no publication day: the day told right after the target's clause
		}
	}
	if len(out) > 1 {
		out = a.notStatementDates(s, out, t) // "أفاد مصدر في X، اليوم الخميس، بأن ... استهدف قاعدة Y ...، مساء أمس"
	}
	return nearestDate(&sentence{dates: out}, t, near...)
}

// addingClause reports the clause of token t opened by a word that adds
// another event: "كما"، "إضافة إلى"، "فضلاً عن"، "فيما"، "بينما".
func addingClause(s *sentence, t int) bool {
	lo, _ := clause(s, t)
	return s.toks[lo].HasAny("كما", "اضافه", "بالاضافه", "فضلا", "فيما", "بينما")
}

// clauseThrough is the clause of token t, going on past a closing bracket
// that no comma follows: a date glossed in brackets ("الأحد الماضي (22
// تشرين الأول) في قاعدة Y") does not end its clause.
func clauseThrough(s *sentence, t int) (int, int) {
	lo, hi := clause(s, t)
	if hi < len(s.toks) && bracketClosed(s, hi) && !runesHave(s.Text, s.toks[hi-1].End, s.toks[hi].Start, '،') && !runesHave(s.Text, s.toks[hi-1].End, s.toks[hi].Start, ',') {
		_, hi = clause(s, hi)
	}
	return lo, hi
}

// otherBaseInClause reports a base other than m's named in the clause of
// token t: when m's own clause tells its attack, a date there is that
// base's.
func (a *article) otherBaseInClause(s *sentence, m mention, t int) bool {
	lo, hi := clauseThrough(s, t) // "انفجار سُمع الأحد الماضي (22 تشرين الأول) في قاعدة Y"
	return a.firstMention(s, lo, hi, func(n *mention) bool { return n.typ == model.TypeBase && !n.adj && n.id != m.id }) != nil
}

// backReferredDay is the day told right after an attack verb that takes
// base m back as a pronoun later in s ("منذ الضربة الصاروخية التي
// استهدفتها فجر الأربعاء الماضي"), with no other base between: the day of
// the attack on m, whatever else the sentence dates (a visit, a statement).
func (a *article) backReferredDay(s *sentence, m mention) *dateHit {
	for i := range s.dates {
		h := &s.dates[i]
		if h.day == "" || h.tok <= m.t1+1 || h.tok-m.t1 > 30 {
			continue
		}
		v := &s.toks[h.tok-1]
		if !v.HasAny("استهدفتها", "استهدفها", "استهدفته", "استهدفتهما", "طالتها", "طالها", "ضربتها", "ضربها", "هزتها", "هزها") {
			continue
		}
		if !pointsBackOver(s, m.t1, h.tok-1) {
			return nil // not "مطاري X وY نحو مطار Z ... استهدفتهما": Z is where flights went; X of the pair is
		}
		return h
	}
	return nil
}

// answeredAfterStrike reports a strike word, then "رداً على", between
// tokens from and to of s: what the strike answers is told after the
// strike's own day.
func (a *article) answeredAfterStrike(s *sentence, from, to int) bool {
	for k := from + 1; k+1 < to; k++ {
		if s.toks[k].Has("ردا") && s.toks[k+1].Has("علي") {
			return anyIn(a.freeCue(s, rules.CueStrike), from+1, k)
		}
	}
	return false
}

// beforeThat reports "قبل أن" between tokens from and t of s with no
// attack word after it: a date there, once the attack was told, is of what
// came after it ("قبل أن تستأنف العمل صباح الخميس"); a new attack told
// "قبل أن تبلغ هدفها مساء أمس" keeps it.
func (a *article) beforeThat(s *sentence, from, t int) bool {
	for k := from; k+1 < t; k++ {
		if s.toks[k].Has("قبل") && s.toks[k+1].Key() == "ان" {
			return !anyIn(a.freeCue(s, rules.CueAttack), k+2, t)
		}
	}
	return false
}

// dayTellingAgain is a day from out, after the target's clause ending at
// hi, in a later clause of s that tells an attack again with no base of its
// own: the attack on m's base that a clause with only a year or a month
// ("خلال العام الحالي") introduced. Nil when there is none.
func (a *article) dayTellingAgain(s *sentence, m mention, hi int, out []dateHit) *dateHit {
	for i := range out {
		h := &out[i]
		if h.day == "" || h.tok < hi {
			continue
		}
		lo2, hi2 := clause(s, h.tok)
		if a.baseBetween(s, lo2, hi2) || a.baseBetween(s, m.t1, lo2) {
			continue
		}
		if anyIn(a.freeCue(s, rules.CueAttack), lo2, hi2) {
			return h
		}
	}
	return nil
}

// attackBaseBetween reports another base named with an attack word right
// before it in tokens [lo, hi): "رداً على هجوم «البرج 22»".
func (a *article) attackBaseBetween(s *sentence, lo, hi int) bool {
	for _, c := range a.freeCue(s, rules.CueAttack) {
		if c < lo || c >= hi {
			continue
		}
		for k := c + 1; k <= c+2 && k < hi; k++ {
			if n := s.mentionAt(k); n != nil && n.typ == model.TypeBase {
				return true
			}
		}
	}
	return false
}

// sinceBetween reports "منذ" in tokens [lo, hi) of s.
func sinceBetween(s *sentence, lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if s.toks[k].Key() == "منذ" {
			return true
		}
	}
	return false
}

// strikeOfDate reports the date at token k told right after an earlier
// strike that "بعد"/"عقب"/"قبل" names: in "الأول من نوعه بعد الضربات
// الأمريكية الواسعة في 2 شباط" the day is the strikes'.
func (a *article) strikeOfDate(s *sentence, k int) bool {
	for _, c := range a.freeCue(s, rules.CueStrike) {
		if c < k && k-c <= 4 && c > 0 && !breakBetween(s, c, k) && s.toks[c-1].HasAny("بعد", "عقب", "قبل") {
			return true
		}
	}
	return false
}

// contrastDate reports a date in a clause opened by a contrast word
// ("فيما"، "بينما"، "في حين") that names no base: "رجّحت أن تكون X وراء هجوم
// البرج 22، فيما سارعت الكتائب يوم الثلاثاء إلى إعلان تعليق عملياتها"
// dates the announcement, not the attack.
func (a *article) contrastDate(s *sentence, t int) bool {
	lo, hi := clause(s, t)
	for _, c := range a.freeCue(s, rules.CueContrast) {
		if c >= lo && c <= lo+1 && c < t {
			return !a.baseBetween(s, lo, hi)
		}
	}
	return false
}

// notStatementDates drops from hits the days of what was said about the
// target at t (statementDate, speakerDate), unless no day is left.
func (a *article) notStatementDates(s *sentence, hits []dateHit, t int) []dateHit {
	var kept []dateHit
	dated := false
	for i := range hits {
		if !a.statementDate(s, &hits[i], t) && !a.speakerDate(s, &hits[i], t) {
			kept = append(kept, hits[i])
			dated = dated || hits[i].day != ""
		}
	}
	if !dated || len(kept) == len(hits) {
		return hits
	}
	return kept
}

// datesTarget reports a date a few words after target m with only its
// names, places and no attack word between: "تصدت الدفاعات في قاعدة X
// الجوية (X) بريف اللاذقية مساء أمس لهجوم" dates the attack on X even when
// the town's clause also holds the attack word.
func (a *article) datesTarget(s *sentence, m mention, tok int) bool {
	if tok < m.t1 || tok-m.t1 > 12 {
		return false
	}
	n := 0
	for i := m.t1; i < tok; i++ {
		if x := s.mentionAt(i); x != nil && !x.adj && x.typ != model.TypeCity && x.typ != model.TypeCountry {
			return false // "قاعدة X التي قصفتها القوات Y يوم ...": another actor's clause
		}
		if !a.adjunct(s, i) {
			n++
		}
	}
	return n <= 4
}

// exposedClause reports a clause in [lo, hi) whose verb of being exposed
// ("تعرضت"، "يتعرض") has no named subject before it: "، وكانت قد تعرضت في
// DAY لهجوم تبنته X ضمن موجة الهجمات التي أعقبت الحرب في غزة" tells of the
// base named before, whatever places follow.
func exposedClause(s *sentence, lo, hi int) bool {
	for i := lo; i < hi; i++ {
		if n := s.mentionAt(i); n != nil && !n.adj {
			return false // "وكانت بلدة X قد تعرضت": the town's
		}
		if t := &s.toks[i]; t.HasPrefix("تعرض") || t.HasPrefix("يتعرض") {
			return i > lo
		}
	}
	return false
}

// statementDate reports a date right after a speech verb, before the
// target: "قالت مصادر اليوم الأربعاء إن ..." dates what was said.
func (a *article) statementDate(s *sentence, h *dateHit, t int) bool {
	if h.tok >= t || !thatBetween(s, h.tok, t) {
		return false // "أعلنت في 2024/06/27 إسقاط مسيرتين قرب قاعدة X": the event's day
	}
	for _, c := range a.freeCue(s, rules.CueSpeech) {
		if c < h.tok && h.tok-c <= 3 {
			return true
		}
	}
	for c := h.tok - 1; c >= 0 && c >= h.tok-2; c-- {
		if p := &s.toks[c]; p.HasPrefix("نشر") || p.HasPrefix("اصدر") || p.Has("تقرير") || p.Has("بيان") {
			return true // "قال المرصد في تقرير نشره اليوم الأحد إن ..."
		}
	}
	return false
}

// speakerDate reports a date after a speech verb and its speaker, at most
// eight words on, before what was said about the target at t: "أفاد مصدر
// أمني في محافظة X، اليوم الخميس، بأن"، "نفت X، الأربعاء، أي علاقة لها".
func (a *article) speakerDate(s *sentence, h *dateHit, t int) bool {
	if h.tok >= t || !thatBetween(s, h.tok, t) && !saidObjectBetween(s, h.tok, t) {
		return false
	}
	for _, c := range a.freeCue(s, rules.CueSpeech) {
		if c < h.tok && h.tok-c <= 8 && !a.attackBetween(s, c, h.tok) {
			return true
		}
	}
	return false
}

// saidObjectBetween reports what a claim or a denial is of, strictly
// between tokens from and to: "نفت X، الأربعاء، أي علاقة لها بالهجوم الذي
// استهدف ..."، "أعلنت X، الأربعاء، مسؤوليتها عن ...".
func saidObjectBetween(s *sentence, from, to int) bool {
	for i := from + 1; i < to && i < len(s.toks); i++ {
		if t := &s.toks[i]; t.HasAny("علاقه", "صله", "مسؤوليه", "مسؤوليتها", "مسؤوليته", "مسؤوليتهم", "تبنيها", "تبنيه") {
			return true
		}
	}
	return false
}

// attackBetween reports an attack word strictly between tokens from and to.
func (a *article) attackBetween(s *sentence, from, to int) bool {
	for _, k := range a.freeCue(s, rules.CueAttack) {
		if k > from && k < to {
			return true
		}
	}
	return false
}

// thatBetween reports "إن"/"أن" (أنه، أنها) strictly between tokens from
// and to: what was said follows.
func thatBetween(s *sentence, from, to int) bool {
	for i := from + 1; i < to && i < len(s.toks); i++ {
		if s.toks[i].HasAny("ان", "انه", "انها", "انهم") { // "بأن" too
			return true
		}
	}
	return false
}

// assassinationBefore reports a word of assassinating in [lo, t).
func assassinationBefore(s *sentence, lo, t int) bool {
	for i := lo; i < t; i++ {
		if assassination(&s.toks[i]) {
			return true
		}
	}
	return false
}

// otherEvent reports a date whose clause tells of an attack or strike of
// its own and names who or where but no base, or of an assassination: that
// date is another event's.
func (a *article) otherEvent(s *sentence, tok int) bool {
	if tok >= len(s.toks) {
		return false
	}
	lo, hi := clauseThrough(s, tok)
	hasCue := false
	for _, c := range append(a.freeCue(s, rules.CueAttack), a.freeCue(s, rules.CueStrike)...) {
		if c >= lo && c < hi {
			hasCue = true
		}
	}
	if !hasCue && assassinationBefore(s, lo, tok) && !a.baseBetween(s, lo, hi) {
		return true // "وسط مخاوف ... بعد اغتيال X في طهران في 31 يوليو": the killing's day
	}
	if !hasCue || exposedClause(s, lo, hi) || foundLauncher(s, lo, hi) || a.whenClauseBase(s, hi) || namedAsAttack(s, hi) || a.reachesBase(s, hi) {
		return false
	}
	other := lo > 0 && a.settingAttack(s, lo, hi) // "اقتحم X يوم الأحد، بعد هجوم بدأه قبل أربعة أيام على حقول الغاز": the setting's day
	claimed := a.freeCue(s, rules.CueClaimed)
	for _, m := range s.ments {
		if m.t0 < lo || m.t0 >= hi || contains(claimed, m.t0-1) {
			continue // "لهجوم مساء الأحد تبنته حركة X": who claims it, not another event's actor
		}
		if m.typ == model.TypeBase {
			return false
		}
		if m.adj && m.typ == model.TypeCountry && m.t0 > 0 && definite(&s.toks[m.t0-1]) && a.x.rules.Cue(rules.CueAttack).Has(&s.toks[m.t0-1]) && !otherActorOutside(s, lo, hi) {
			continue // "إن العدوان الإسرائيلي فجر اليوم أدى إلى …، مشيراً إلى أن الطائرات استهدفت معسكر X": the aggression told, its day the base's
		}
		other = true // the strikes' own actor, target or place
	}
	for i := lo; i < hi; i++ {
		if s.mentionAt(i) == nil && (a.baseAnaphor(s, i) || i > lo && strikesIt(&s.toks[i]) && explaining(&s.toks[i-1])) {
			return false // "تعرض مطار X للقصف، إذ قصفته طائرات إسرائيلية في 21 آذار": the base struck, told again
		}
	}
	return other
}

// settingAttack reports a clause [lo, hi) of s opened by "بعد" and an
// attack word that names its own target after "على", no base: an earlier
// attack on something else, told as the setting ("بعد هجوم بدأه قبل أربعة
// أيام على حقول الغاز"). "بعد هجوم بمسيرتين في 16 تموز" may be on the base
// told before.
func (a *article) settingAttack(s *sentence, lo, hi int) bool {
	if lo+1 >= hi || !s.toks[lo].Has("بعد") || !a.x.rules.Cue(rules.CueAttack).Has(&s.toks[lo+1]) {
		return false
	}
	for k := lo + 2; k+1 < hi; k++ {
		if s.toks[k].Variants[0].Key == "علي" {
			return !a.baseWithin(s, k+1, k+2)
		}
	}
	return false
}

// otherActorOutside reports a state, force or armed group named outside
// the clause [lo, hi) of s: a second actor that may have struck the base.
func otherActorOutside(s *sentence, lo, hi int) bool {
	for _, m := range s.ments {
		if (m.t0 < lo || m.t0 >= hi) && (m.typ == model.TypeCountry || m.typ == model.TypeForce || m.typ == model.TypeMilitia) {
			return true
		}
	}
	return false
}

// reachesBase reports a clause at hi opening with a verb of reaching and a
// base within three words: "شنت طائرات فجر أمس غارات على مواقع لـX في
// منطقة Y، طالت إحداها مطار Z": the strikes dated before hit the base.
func (a *article) reachesBase(s *sentence, hi int) bool {
	if hi >= len(s.toks) {
		return false
	}
	reach := a.x.rules.Cue(rules.CueStrikeReach)
	if reach.Has(&s.toks[hi]) && a.baseWithin(s, hi+1, hi+3) {
		return true
	}
	if !a.x.rules.Cue(rules.CueSpeech).Has(&s.toks[hi]) && !(hi+1 < len(s.toks) && a.x.rules.Cue(rules.CueSpeech).Has(&s.toks[hi+1])) {
		return false
	}
	for k := hi + 2; k < len(s.toks) && k <= hi+6 && !s.toks[k].Break; k++ {
		if reach.Has(&s.toks[k]) && s.toks[k-1].HasAny("انها", "بانها") {
			return a.baseWithin(s, k+1, k+3) // "، قالت مصادر محلية إنها طالت قاعدة X": the strikes dated before, told as reaching it
		}
	}
	return false
}

// namedAsAttack reports a clause at hi opening with "في هجوم" (في قصف،
// في اعتداء): the clause before it tells the same event, "جراء سقوط صواريخ
// على أحياء سكنية ليل الإثنين، في هجوم استهدف قاعدة X".
func namedAsAttack(s *sentence, hi int) bool {
	return hi+1 < len(s.toks) && s.toks[hi].Key() == "في" && !s.toks[hi+1].Break && s.toks[hi+1].HasAny("هجوم", "هجمه", "قصف", "اعتداء")
}

// explaining reports a word that opens a clause telling more of what came
// before: "إذ"، "فقد"، "حيث".
func explaining(t *arabic.Token) bool { return t.HasAny("اذ", "فقد", "حيث") }

// pointsBackOver reports the attack verb at v, with the pronoun of what it
// struck, taking back a base that ends at t1: no base between but a place
// flights went to, or the other base of a pair when the pronoun is of two
// ("مطاري X وY ... استهدفتهما").
func pointsBackOver(s *sentence, t1, v int) bool {
	between := 0
	for _, b := range s.ments {
		if b.t0 >= t1 && b.t0 < v && b.typ == model.TypeBase && !divertedTo(s, b.t0) {
			between++
		}
	}
	return between == 0 || between == 1 && pairPronoun(&s.toks[v])
}

// pairPronoun reports a verb ending in the pronoun of two ("استهدفتهما").
func pairPronoun(t *arabic.Token) bool {
	return strings.HasSuffix(t.Key(), "هما")
}

// strikesIt reports an attack verb with the pronoun of what it struck:
// "قصفته"، "استهدفتها"، "ضربته".
func strikesIt(t *arabic.Token) bool {
	for _, v := range t.Variants {
		k := v.Key
		for _, stem := range [...]string{"قصفت", "قصف", "استهدفت", "استهدف", "ضربت", "هاجمت", "هاجم", "طالت", "طال"} {
			if r, ok := strings.CutPrefix(k, stem); ok && (r == "ه" || r == "ها" || r == "هما") {
				return true
			}
		}
	}
	return false
}

// whenClauseBase reports a clause opening at k with "حين" or "عندما" that
// names a base: "ارتكبت إسرائيل اعتداءً فجر الأحد، حين أطلقت طائراتها
// صواريخ باتجاه مطار X" tells the one attack on X.
func (a *article) whenClauseBase(s *sentence, k int) bool {
	if k >= len(s.toks) || !s.toks[k].HasAny("حين", "عندما", "حينما") {
		return false
	}
	_, hi := clause(s, k+1)
	return a.baseBetween(s, k+1, hi)
}

// foundLauncher reports a verb of finding or seizing in [lo, hi) of s: "عثرت
// القوات فجر اليوم على منصة لإطلاق الصواريخ" dates the foiled attack on the
// base the rockets were aimed at, not an event of its own.
func foundLauncher(s *sentence, lo, hi int) bool {
	for i := lo; i < hi; i++ {
		if t := &s.toks[i]; t.HasPrefix("عثر") || t.HasPrefix("ضبط") || t.HasPrefix("عثور") {
			return true
		}
	}
	return false
}

// backReference reports attack words right after a response cue ("رداً على
// استهداف", "رداً على الهجوم على") and where that cue is: the sentence tells
// of something else and points back to an attack told before.
func (a *article) backReference(s *sentence, t int, cues []int) (int, bool) {
	c := -1 // the attack word nearest before the target
	for _, x := range cues {
		if x < t && x > c {
			c = x
		}
	}
	if c < 0 {
		return 0, false
	}
	for _, r := range a.freeCue(s, rules.CueResponse) {
		n := a.x.rules.Cue(rules.CueResponse).Match(s.toks, r)
		if c >= r+n && (c-(r+n) <= 1 || c-(r+n) <= 5 && !breakBetween(s, r+n, c)) {
			if meansBetween(s, cues, r+n, c) && !s.toks[r+n-1].Has("علي") && t > 0 && s.toks[t-1].Has("علي") {
				continue // "ردت الميليشيات بإطلاق صواريخ على قاعدة X": the answer is this attack
			}
			return r, true // "رداً على مقتل الجنود الثلاثة في الهجوم على قاعدة X"
		}
	}
	return 0, false
}

// meansBetween reports an attack word with ب among cues in [from, to], the
// means of the deed a response verb tells: "ردت الميليشيات بإطلاق صواريخ".
func meansBetween(s *sentence, cues []int, from, to int) bool {
	for _, c := range cues {
		if c < from || c > to {
			continue
		}
		t := &s.toks[c]
		for v := 1; v < len(t.Variants); v++ {
			if t.Variants[v].Pre == "ب" {
				return true
			}
		}
	}
	return false
}

// thatDay is the day named last before "في ذلك اليوم" (ذلك التاريخ) in
// s from the target's clause at lo on, past an aside ("وكانت قاعدة X،
// الواقعة قرب …، قد تعرّضت في ذلك اليوم"), in s or the sentence before: the
// words point back to it.
func (a *article) thatDay(s *sentence, lo int) *dateHit {
	hi := len(s.toks)
	k := lo
	for ; k+2 < hi; k++ {
		if s.toks[k].Key() == "في" && s.toks[k+1].HasAny("ذلك", "ذاك") && s.toks[k+2].HasAny("يوم", "تاريخ") {
			break
		}
	}
	if k+2 >= hi {
		return nil
	}
	h := lastDayBefore(s, k)
	if h == nil && s.idx > 0 {
		p := a.sents[s.idx-1]
		h = lastDayBefore(p, len(p.toks))
	}
	if h == nil {
		return nil
	}
	return &dateHit{tok: k, text: h.text, day: h.day}
}

// paragraphDate is the one day named in the sentence before s in the same
// paragraph, when that sentence told of no attack of its own: "فجر اليوم
// الأحد سُمع دوي انفجارات. وقالت المصادر إن الهجوم استهدف قاعدة X".
func (a *article) paragraphDate(s *sentence) *dateHit {
	if s.idx == 0 {
		return nil
	}
	p := a.sents[s.idx-1]
	if p.Para != s.Para || len(p.dates) != 1 || p.dates[0].day == "" {
		return nil
	}
	for _, at := range a.attacks {
		if at.live().sent == p.idx || at.first == p.idx {
			return nil
		}
	}
	return &p.dates[0]
}

func (a *article) touch(at *attackAcc, s *sentence) *attackAcc {
	if at.sent != s.idx {
		at.evidence = append(at.evidence, a.evidence(s))
	}
	at.sent = s.idx
	return at
}

// mergeLead merges an undated attack into the one dated attack on the same
// base the article tells of; a headline's undated attack goes to the first
// dated one, the article's lead event, when there are several.
func (a *article) mergeLead() {
	for _, at := range a.attacks {
		if at.merged || at.day != "" || at.prior {
			continue
		}
		part, vague := a.monthPart(at.text)
		if at.text != "" && !vague {
			continue
		}
		var cand *attackAcc
		n := 0
		for _, b := range a.attacks {
			if b != at && !b.merged && b.target == at.target && b.day != "" && part.holds(b.day) {
				if cand == nil || b.first < cand.first {
					cand = b
				}
				n++
			}
		}
		lead := a.inHeadline(at.first) && a.headlineLine()
		if n == 0 && lead && at.text == "" {
			cand, n = a.namedDayAttack(at), 1 // no publication day: "مساء الأربعاء" still names the body's day
		}
		if n > 1 && !lead && at.foiled {
			cand, n = a.sameStatusLead(at, part) // "إحباط محاولة جديدة لاستهداف قاعدة X": the one foiled attack told on X
		}
		if cand != nil && (n == 1 || n > 1 && lead) {
			absorb(cand, at)
		}
	}
}

// sameStatusLead is the one dated attack on at's base within part whose
// status (foiled) is at's, with their count.
func (a *article) sameStatusLead(at *attackAcc, part dayRange) (*attackAcc, int) {
	var cand *attackAcc
	n := 0
	for _, b := range a.attacks {
		if b != at && !b.merged && b.target == at.target && b.day != "" && part.holds(b.day) && b.foiled == at.foiled {
			cand, n = b, n+1
		}
	}
	return cand, n
}

// dayRange is the days a vague date names: a month ("YYYY-MM") and the
// days lo..hi of it; the zero range holds every day.
type dayRange struct {
	month  string
	lo, hi int
}

func (r dayRange) holds(day string) bool {
	if r.month == "" {
		return true
	}
	if len(day) < len("2006-01-02") || day[:7] != r.month {
		return false
	}
	d := int(day[8]-'0')*10 + int(day[9]-'0')
	return d >= r.lo && d <= r.hi
}

// monthPart reads a part of a month, "منتصف الشهر الجاري"، "أواخر آب":
// an attack told so is the one dated attack on its base whose day falls
// in that part.
func (a *article) monthPart(text string) (dayRange, bool) {
	w := strings.Fields(text)
	if len(w) > 0 && arabic.Key(w[0]) == arabic.Key("في") {
		w = w[1:]
	}
	if len(w) < 2 {
		return dayRange{}, false
	}
	var r dayRange
	switch arabic.Key(w[0]) {
	case arabic.Key("شهر"), arabic.Key("خلال"):
		r.lo, r.hi = 1, 31 // "خلال شهر شباط": the whole month
		if arabic.Key(w[0]) == arabic.Key("خلال") && len(w) > 2 && arabic.Key(w[1]) == arabic.Key("شهر") {
			w = w[1:]
		}
	case arabic.Key("مطلع"), arabic.Key("أوائل"), arabic.Key("بداية"), arabic.Key("بدايات"):
		r.lo, r.hi = 1, 10
	case arabic.Key("منتصف"), arabic.Key("أواسط"):
		r.lo, r.hi = 10, 20
	case arabic.Key("أواخر"), arabic.Key("نهاية"), arabic.Key("آخر"):
		r.lo, r.hi = 20, 31
	default:
		return dayRange{}, false
	}
	pub := a.meta.Published
	if len(pub) > len("2006-01-02") {
		pub = pub[:len("2006-01-02")]
	}
	m, ok := dates.Parse(strings.Join(w[1:], " "), pub)
	if !ok || m.Precision != "month" || len(m.Day) < len("2006-01") {
		return dayRange{}, false
	}
	r.month = m.Day[:7]
	return r, true
}

// namedDayAttack is the first attack on at's base, other than at, whose day
// is named but unresolved, or nil.
func (a *article) namedDayAttack(at *attackAcc) *attackAcc {
	var cand *attackAcc
	for _, b := range a.attacks {
		if b != at && !b.merged && b.target == at.target && b.day == "" && b.text != "" && (cand == nil || b.first < cand.first) {
			cand = b
		}
	}
	return cand
}

// inHeadline reports sentence i in the article's first paragraph: a
// headline split at ".." ("X تنفي علاقتها بقصف Y.. والقوات تحبط هجوماً")
// is still one line.
func (a *article) inHeadline(i int) bool {
	return i >= 0 && i < len(a.sents) && a.sents[i].Para == a.sents[0].Para
}

// headline reports an article whose first line is a headline: a line of its
// own with no final full stop.
func (a *article) headline() bool {
	if len(a.sents) < 2 || a.sents[1].Para == a.sents[0].Para {
		return false
	}
	t := strings.TrimSpace(a.sents[0].Text)
	return t != "" && !strings.HasSuffix(t, ".")
}

// headlineLine reports a headline of one sentence or one cut in two by
// "..": "X تنفي علاقتها بقصف Y.. والقوات تحبط هجوماً على القاعدة".
func (a *article) headlineLine() bool {
	if a.headline() {
		return true
	}
	h := 0
	for h+1 < len(a.sents) && a.sents[h+1].Para == a.sents[0].Para {
		h++
	}
	return h > 0 && h+1 < len(a.sents) && splitHeadline(a.sents[:h+1])
}

// absorb merges src into dst.
func absorb(dst, src *attackAcc) {
	src.merged, src.into = true, dst
	for w := range src.weapons {
		dst.weapons[w] = true
	}
	if dst.munitions == 0 {
		dst.munitions = src.munitions
	}
	dst.attackers = addIDs(dst.attackers, src.attackers...)
	dst.launched = addIDs(dst.launched, src.launched...)
	dst.foiled = dst.foiled || src.foiled
	if dst.damage == "" {
		dst.damage = src.damage
	}
	if dst.casualties == "" {
		dst.casualties = src.casualties
	}
	for _, x := range src.attribs {
		dst.attribs = addAttribution(dst.attribs, x)
	}
	for id := range src.vague {
		dst.vague = setKey(dst.vague, id)
	}
	for id := range src.firm {
		dst.firm = setKey(dst.firm, id)
	}
	for id := range src.victims {
		dst.victims = setKey(dst.victims, id)
	}
	dst.evidence = append(dst.evidence, src.evidence...)
	dst.secondary = dst.secondary && src.secondary
	if src.first < dst.first {
		dst.first = src.first
	}
}

func addIDs(list []string, ids ...string) []string {
	for _, id := range ids {
		found := false
		for _, x := range list {
			if x == id {
				found = true
				break
			}
		}
		if !found && id != "" {
			list = append(list, id)
		}
	}
	return list
}

func addAttribution(list []model.Attribution, x model.Attribution) []model.Attribution {
	for _, y := range list {
		if y.Accused == x.Accused && y.Claimant == x.Claimant {
			return list
		}
	}
	return append(list, x)
}

// model renders the attack with its provisional id.
func (at *attackAcc) model(a *article) model.Attack {
	m := model.Attack{Target: at.target, Date: model.Day(at.day), DateText: at.text, Munitions: at.munitions,
		Weapons: []string{}, Attackers: append([]string{}, at.attackers...), Status: model.StatusCarriedOut,
		Articles: []string{a.meta.ID}, Attributions: append([]model.Attribution{}, at.attribs...), Evidence: at.evidence,
		Damage: at.damage, Casualties: at.casualties}
	for w := range at.weapons {
		m.Weapons = append(m.Weapons, w)
	}
	sort.Strings(m.Weapons)
	if len(at.launched) > 0 {
		m.LaunchedFrom = append([]string{}, at.launched...)
	}
	if at.foiled {
		m.Status = model.StatusFoiled
	}
	m.ID = attackID(at.target, at.day, a.meta.ID, at.first)
	for i := range m.Attributions {
		m.Attributions[i].ID = attributionID(m.ID, m.Attributions[i])
	}
	return m
}

func attackID(target, day, article string, n int) string {
	if day != "" {
		return "attack:" + target + ":" + day
	}
	return fmt.Sprintf("attack:%s:%s:%d", target, article, n)
}

func attributionID(attack string, x model.Attribution) string {
	c := x.Claimant
	if c == "" {
		c = "self"
	}
	return attack + "/" + x.Accused + "/" + c
}

// stateAttackers adds the states and state forces that s tells struck the
// target m: "شنت طائرات حربية إسرائيلية غارات على مطار X"، "قصف الجيش
// الإسرائيلي قاعدة X"، "إسرائيل قصفت مطار X". In a reported sentence they
// are an asserted attribution of the speaker.
func (a *article) stateAttackers(s *sentence, at *attackAcc, m mention) {
	if _, back := a.backReference(s, m.t0, a.freeCue(s, rules.CueAttack)); back {
		return
	}
	reported := len(a.freeCue(s, rules.CueSpeech)) > 0 || len(a.freeCue(s, rules.CueAccording)) > 0
	reach := 12
	if a.reachedOneOf(s, m.t0) {
		reach = 24 // "شنت طائرات إسرائيلية فجر أمس غارات على مواقع لـX في منطقة Y بريف Z، طالت إحداها مطار W"
	}
	for _, n := range s.ments {
		if n.t0 >= m.t1 && a.struckBack(s, m, n) {
			// "تعرض مطار X للقصف، إذ قصفته طائرات إسرائيلية": the striker after the verb that points back
		} else if n.t1 > m.t0 || m.t0-n.t1-dateWordsIn(s, n.t1, m.t0) > reach || !a.stateStriker(s, n) || a.answerBetween(s, n.t1, m.t0) || hostedAt(s, n, m) || eveOf(s, n) || contrastBetween(s, n.t1, m.t0) || a.downedBetween(s, n.t1, m.t0) || a.struckOthers(s, n) || fightersPlacedAt(s, n, m) {
			continue
		}
		if n.adj && !a.ensure(n.id, s) {
			continue
		}
		n.id = a.aircraftState(s, n)
		at = at.live()
		c := ""
		if reported {
			c = a.claimant(s)
		} else {
			at.attackers = addIDs(at.attackers, n.id)
		}
		at.attribs = addAttribution(at.attribs, model.Attribution{Accused: n.id, Claimant: c,
			Stance: model.StanceAsserted, Evidence: []model.Evidence{a.evidence(s)}})
	}
}

// fightersPlacedAt reports gatherings of fighters struck between striker
// n and base m, with m only where they were: in "قصفت مروحيات التحالف
// تجمعات عناصر التنظيم في محيط القاعدة" the coalition struck the men near
// the base, not the base.
func fightersPlacedAt(s *sentence, n, m mention) bool {
	if m.t0 < 1 || !s.toks[m.t0-1].HasAny("محيط", "قرب", "حول", "بمحيط", "بالقرب", "جوار", "بجوار") {
		return false
	}
	for k := n.t1; k < m.t0-1; k++ {
		if s.toks[k].Break {
			return false
		}
		if s.toks[k].HasAny("تجمعات", "تجمع", "تجمعا") {
			return true
		}
	}
	return false
}

// reachedOneOf reports the base at t0 told as reached by one of the
// strikes told before it: "، طالت إحداها مطار X"، "، أصاب أحدها قاعدة X".
func (a *article) reachedOneOf(s *sentence, t0 int) bool {
	if t0 < 2 || !s.toks[t0-1].HasAny("احداها", "احدها") {
		return false
	}
	return a.x.rules.Cue(rules.CueStrikeReach).Has(&s.toks[t0-2]) && s.toks[t0-2].Break
}

// struckBack reports state striker n right after an attack verb with the
// pronoun of what it struck, itself after base m with no other base
// between: "تعرض مطار X للقصف، إذ قصفته طائرات إسرائيلية".
func (a *article) struckBack(s *sentence, m, n mention) bool {
	if n.adj && n.t1 < len(s.toks) && strikesIt(&s.toks[n.t1]) && n.t0-m.t1 <= 16 && pointsBackOver(s, m.t1, n.t1) {
		return a.stateStriker(s, n) // "توقفت الرحلات في مطار X بعد غارة إسرائيلية استهدفته"
	}
	for k := n.t0 - 1; k >= m.t0 && k >= n.t0-3; k-- {
		if strikesIt(&s.toks[k]) { // or m is the verb itself, pointing back to a base named before s
			return (k < m.t1 || explaining(&s.toks[k-1]) && !a.baseBetween(s, m.t1, k)) && a.stateStriker(s, n)
		}
	}
	return false
}

// dateWordsIn counts the tokens of [from, to) inside date expressions.
func dateWordsIn(s *sentence, from, to int) int {
	n := 0
	for k := from; k < to; k++ {
		if dateAt(s, k) != nil {
			n++
		}
	}
	return n
}

// downedBetween reports a word of downing or foiling in [from, to): in
// "روسيا تعلن إسقاط طائرات مسيرة استهدفت قاعدة حميميم" the state defends
// the base the drones struck.
func (a *article) downedBetween(s *sentence, from, to int) bool {
	for _, c := range a.freeCue(s, rules.CueFoiled) {
		if c >= from && c < to {
			return true
		}
	}
	for k := from; k < to; k++ {
		if s.toks[k].HasAny("اعتراض", "باعتراض") { // the noun, which alone does not foil an attack
			return true
		}
	}
	return false
}

// stateOfForce is the state a force is part of in the lexicon, or "".
func (a *article) stateOfForce(id string) string {
	if a.x.lex == nil {
		return ""
	}
	if e := a.x.lex.ByID(id); e != nil {
		for _, r := range e.Relations {
			if r.Type == model.RelPartOf && strings.HasPrefix(r.To, "country:") {
				return r.To
			}
		}
	}
	return ""
}

// aircraftState is the state of a force named by its planes ("طائرات
// إسرائيلية"، "الطائرات الحربية التركية"): the state strikes, as the text
// says of its jets; the air force named as such ("الطيران الإسرائيلي"،
// "سلاح الجو") and any other mention keep their id.
func (a *article) aircraftState(s *sentence, n mention) string {
	if n.typ != model.TypeForce || a.x.lex == nil {
		return n.id
	}
	switch s.toks[n.t0].Key() {
	case "طائرات", "طائره", "مقاتلات", "مسيرات":
	default:
		return n.id
	}
	if e := a.x.lex.ByID(n.id); e != nil {
		for _, r := range e.Relations {
			if r.Type == model.RelPartOf && strings.HasPrefix(r.To, "country:") && a.ensure(r.To, s) {
				return r.To
			}
		}
	}
	return n.id
}

// stateStriker reports a mention of a state or state force told as the one
// striking: a country adjective on a weapon or aircraft, or a force or
// country as the subject of an attack verb.
func (a *article) stateStriker(s *sentence, n mention) bool {
	if n.typ != model.TypeCountry && n.typ != model.TypeForce {
		return false
	}
	if n.t0 > 0 && (targetWord(&s.toks[n.t0-1]) || notTarget(&s.toks[n.t0-1]) || a.victim(s, n.t0-1) && !baseObjectAfter(s, n)) {
		return false
	}
	if n.typ == model.TypeCountry && !n.adj && n.t0 > 0 && s.toks[n.t0-1].Key() == "في" {
		return false // "ضد القوات الأجنبية في العراق منذ قصف قاعدة X": where, not who
	}
	if n.adj {
		return n.typ == model.TypeCountry && n.t0 > 0 && a.stateWeaponBefore(s, n.t0) && !madeIn(s, n.t1) && !defences(s, n.t0) && !downingCraft(s, n.t0)
	}
	weapons, places := a.x.rules.Cue(rules.CueStateWeapon), a.x.rules.Cue(rules.CuePlaceNoun)
	for _, v := range a.freeCue(s, rules.CueAttackVerb) {
		if v < n.t0 && n.t0-v <= 3 && anyOf(places, s, v+1, n.t0) {
			continue // "استهدفت مواقع عسكرية سورية": the sites' owner, not the subject
		}
		if v >= n.t1 && v-n.t1 <= 4 && anyOf(a.x.rules.Cue(rules.CueAttackEvent), s, n.t1, v) {
			continue // "صدت قوات النظام هجوماً واسعاً شنته فصائل X": the attack's own verb, its doer after it
		}
		if v < n.t0 && n.t0-v <= 3 && len(weapons.Find(s.toks, v+1, n.t0)) == 0 || v >= n.t1 && v-n.t1 <= 4 {
			return !breakBetween(s, min(v, n.t0), max(v, n.t1-1)) // not "استهدفت صواريخ القوات الأمريكية"
		}
	}
	for _, c := range append(a.freeCue(s, rules.CueStrike), a.freeCue(s, rules.CueAttackNoun)...) {
		if c < n.t0 && n.t0-c <= 2 {
			return true // "قصف الجيش الإسرائيلي"، "شن الجيش التركي"
		}
	}
	for _, v := range a.freeCue(s, rules.CueAttackVerbVso) {
		if v >= n.t1 && v-n.t1 <= 1 && !breakBetween(s, n.t1-1, v) && (v == n.t1 || !s.toks[n.t1].HasAny("انه", "انها") || contains(a.freeCue(s, rules.CueAnnounce), n.t0-1)) {
			return true // "وكان الكيان الإسرائيلي قد استهدف مطار X"، "أعلن الجيش أنه قصف"; not "لم يقع داخل الأردن وإنه استهدف": the verb's own subject
		}
	}
	for _, v := range a.freeCue(s, rules.CueAttackVerbObj) {
		if v == n.t0-1 && !s.toks[n.t0].Break && v > 0 && a.x.rules.Cue(rules.CueStateWeapon).Has(&s.toks[v-1]) {
			return true // "غارة جوية شنتها قوات النظام على نقطة X": the raid's doer after its verb
		}
	}
	return false
}

// anyOf reports a word of set in toks [from, to) of s, with no allocation.
func anyOf(set rules.Set, s *sentence, from, to int) bool {
	for k := from; k < to && k < len(s.toks); k++ {
		if set.Match(s.toks, k) > 0 {
			return true
		}
	}
	return false
}

// baseObjectAfter reports a base named a few words after n in the same
// clause: in "استهدفت إسرائيل فجر اليوم مطار X" the state is the subject.
func baseObjectAfter(s *sentence, n mention) bool {
	for k := n.t1; k < len(s.toks) && k <= n.t1+5; k++ {
		if k > n.t1 && s.toks[k].Break {
			return false
		}
		if m := s.mentionStarting(k); m != nil && m.typ == model.TypeBase {
			return true
		}
	}
	return false
}

// hostedAt reports forces told as stationed at the target: "القوات
// الأمريكية (المتمركزة) في قاعدة X" are its victims, not its attackers.
func hostedAt(s *sentence, n, m mention) bool {
	for k := n.t1; k < m.t0; k++ {
		switch s.toks[k].Key() {
		case "في", "ب", "داخل", "متمركزه", "موجوده", "منتشره", "متمركزين", "موجودين":
			continue
		}
		if p := s.mentionStarting(k); p != nil && p.typ == model.TypeBase && k > n.t1 && k-n.t1 <= 3 {
			return listedAfter(s, *p, m) // "قاعدتين للقوات الأمريكية في حقل X للغاز وحقل Y": the list's later base
		}
		return false
	}
	return m.t0 > n.t1 && m.t0-n.t1 <= 3
}

// listedAfter reports base m joined by "و" to base p before it, at most
// two words of p's description between: "حقل كونيكو للغاز وحقل العمر".
func listedAfter(s *sentence, p, m mention) bool {
	if m.t0 < p.t1 || m.t0-p.t1 > 2 || !strings.HasPrefix(s.toks[m.t0].Surface, "و") {
		return false
	}
	for k := p.t1; k <= m.t0; k++ {
		if s.toks[k].Break {
			return false
		}
	}
	return true
}

// responseBetween reports a response cue between tokens from and to: what
// follows it is the attack answered, not the strike's target.
func (a *article) responseBetween(s *sentence, from, to int) bool {
	for _, r := range a.freeCue(s, rules.CueResponse) {
		if r >= from && r < to {
			return true
		}
	}
	return false
}

// answerBetween reports a response cue in [from, to), or "بعد"، "عقب"،
// "إثر" right before an attack word or a span and من/على before it: in
// "مقاتلات تركية تقصف X بعد هجوم على قاعدة Y" or "... بعد ساعات من الهجوم
// على قاعدة Y" the state strikes in answer, the base's attack is another's.
func (a *article) answerBetween(s *sentence, from, to int) bool {
	if a.responseBetween(s, from, to) {
		return true
	}
	attack := a.freeCue(s, rules.CueAttack)
	for _, r := range a.freeCue(s, rules.CueAfterEvent) {
		if r < from || r >= to {
			continue
		}
		if contains(attack, r+1) || contains(attack, r+2) {
			return true
		}
		if _, end, ok := spanAfter(s, r+1); ok && end+1 < len(s.toks) && s.toks[end].HasAny("من", "علي") && contains(attack, end+1) {
			return true // "قصفت طائرات أمريكية مواقع ... بعد ساعات من الهجوم على قاعدة X"
		}
	}
	return false
}

// onlyAnaphoric reports attack words that all point back to an attack told
// before ("الهجوم"، "القصف") once the article has told of one.
func (a *article) onlyAnaphoric(s *sentence, cues []int) bool {
	return len(a.attacks) > 0 && a.pointsBack(s, cues)
}

// pointsBack reports attack words that all point back to an attack ("هذا
// الاعتداء"، "الهجوم"), whether or not the article told one before.
func (a *article) pointsBack(s *sentence, cues []int) bool {
	set := a.x.rules.Cue(rules.CueAttackAnaphora)
	for _, c := range cues {
		if set.Match(s.toks, c) == 0 || !definite(&s.toks[c]) && (c == 0 || !demonstrative(&s.toks[c-1])) {
			return false
		}
	}
	return true
}

// definite reports a word written with the article: "الهجوم"، "بالقصف".
func definite(t *arabic.Token) bool {
	for _, v := range t.Variants {
		if strings.HasPrefix(v.Fold, "ال") {
			return true
		}
	}
	return false
}

// demonstrative reports هذا، هذه، ذلك، تلك.
func demonstrative(t *arabic.Token) bool {
	switch t.Key() {
	case "هذا", "هذه", "ذلك", "تلك":
		return true
	}
	return false
}

// lastAttackOn is the attack on base id told last in the article, or nil;
// one told only beside the story's attack ("محاولة مماثلة") yields to
// the story's attack on the same base.
func (a *article) lastAttackOn(id string) *attackAcc {
	var best *attackAcc
	for _, at := range a.attacks {
		at = at.live()
		if at.target != id || best != nil && at.secondary && !best.secondary {
			continue
		}
		if best == nil || best.secondary && !at.secondary || at.sent > best.sent {
			best = at
		}
	}
	return best
}

// besideStory reports a new attack on m told beside an attack already
// told: a definite singular "الهجوم" before m that it re-describes ("قال
// إن الهجوم لم يقع هنا بل استهدف قاعدة X") or a similar attempt
// ("وأضاف أن محاولة مماثلة أُحبطت فجر اليوم").
func (a *article) besideStory(s *sentence, m mention) bool {
	if a.similarAttempt(s, m) {
		return true
	}
	for _, c := range a.freeCue(s, rules.CueAttackAnaphora) {
		if c < m.t0 && m.t0-c <= 12 && definite(&s.toks[c]) && singularAttack(&s.toks[c]) && correction(s, c, m.t0) {
			return true
		}
	}
	return false
}

// similarAttempt reports a similar attempt or attack named before base m
// in s: "وأضاف أن محاولة مماثلة أُحبطت في قاعدة Y"، "تعرضت قاعدة X لهجوم،
// بعد ساعات من محاولة مماثلة استهدفت قاعدة Y" (Y only). It is an attack of
// its own, beside the story's.
func (a *article) similarAttempt(s *sentence, m mention) bool {
	for i := 1; i < m.t0; i++ {
		k := s.toks[i].Key()
		if strings.HasPrefix(k, "مماثل") || strings.HasPrefix(k, "مشابه") {
			if p := s.toks[i-1].Key(); p == "محاوله" || contains(a.freeCue(s, rules.CueAttack), i-1) {
				return true
			}
		}
	}
	return false
}

// secondaryOn reports an attack told beside the story's before on at's
// base, undated or of at's day: "إن الهجوم استهدف قاعدة X" then "قالت
// Y إنها هاجمت X" tell one side attack twice.
func (a *article) secondaryOn(at *attackAcc) bool {
	for _, b := range a.attacks {
		if b = b.live(); b != at && b.target == at.target && b.secondary && (b.day == "" || b.day == at.day) {
			return true
		}
	}
	return false
}

// retracted reports "قبل أن" and a verb of issuing, making clear or going
// back after t0: what was told of the base at t0 was then corrected.
func retracted(s *sentence, t0 int) bool {
	for k := t0 + 1; k+2 < len(s.toks); k++ {
		if s.toks[k].Key() != "قبل" || s.toks[k+1].Key() != "ان" {
			continue
		}
		for _, v := range s.toks[k+2 : min(k+4, len(s.toks))] {
			for _, p := range []string{"يصدر", "تصدر", "يوضح", "توضح", "تعود", "يعود", "تصحح", "يصحح", "يتبين", "تبين", "يتضح", "يتراجع", "تتراجع", "تؤكد", "يؤكد"} {
				if v.HasPrefix(p) {
					return true
				}
			}
		}
	}
	return false
}

// atFirst reports "في البداية" (بداية الأمر، أول الأمر) before t0: what
// was said at first, then corrected ("قالت في البداية إن الهجوم استهدف
// قاعدة X، قبل أن تعود وتؤكد").
func atFirst(s *sentence, t0 int) bool {
	for k := 0; k < t0; k++ {
		if s.toks[k].Has("بدايه") || s.toks[k].Key() == "اول" && k+1 < t0 && s.toks[k+1].Has("امر") {
			return true
		}
	}
	return false
}

// correction reports a word between from and to that corrects what was
// told: "بل"، "وإنما"، "في الحقيقة"، "فعلياً".
func correction(s *sentence, from, to int) bool {
	for k := from + 1; k < to; k++ {
		if s.toks[k].HasAny("بل", "انما", "حقيقه", "فعليا", "فعلا", "واقع") {
			return true // "وإنما" too
		}
	}
	return false
}

// singularAttack reports one attack named by a singular noun: "الهجوم"،
// "القصف"، "الاستهداف"، "الاعتداء".
func singularAttack(t *arabic.Token) bool {
	switch t.Key() {
	case "هجوم", "قصف", "استهداف", "اعتداء", "هجمه":
		return true
	}
	return false
}

// realCues drops the attack words that a threat, plan or drill governs,
// or that are stopped: "هدد باستهداف قاعدة X"، "تخطط لهجوم"، "وقف استهداف".
func (a *article) realCues(s *sentence, cues []int) []int {
	if len(cues) == 0 {
		return nil // most sentences: no look-ups
	}
	hyp := a.freeCue(s, rules.CueHypothetical)
	stop, reach := a.x.rules.Cue(rules.CueClaimStop), a.x.rules.Cue(rules.CueAttackReach)
	var out []int
	for _, c := range cues { // in order: a cue is governed when only governed cues lie between it and the threat
		governed := c > 0 && (stop.Has(&s.toks[c-1]) || s.toks[c-1].Key() == "اي" || reach.Has(&s.toks[c-1])) || negatedAny(s, c) || overflight(s, c) || craftAdjective(s, c) // "أعلنت X وقف استهداف قاعدة Y"، "أي اعتداء على قاعدة Y سيقابل برد"، "في مرمى الصواريخ"
		for _, h := range hyp {
			if h < c && (c-h <= 3 && !breakBetween(s, h, c) || c-h <= 12 && !anyBetween(out, h, c)) {
				governed = true
			}
			if h > c && h-c <= 2 && !breakBetween(s, c, h) {
				governed = true // "لهجمات محتملة"
			}
		}
		if !governed {
			out = append(out, c)
		}
	}
	return out
}

// craftAdjective reports "هجومية" at c describing the aircraft or arms
// before it ("مروحيات هجومية"، "طائرات هجومية"): a kind of craft, no attack.
func craftAdjective(s *sentence, c int) bool {
	if c == 0 || s.toks[c].Break || !s.toks[c].HasPrefix("هجومي") {
		return false
	}
	return s.toks[c-1].HasAny("مروحيات", "مروحيه", "طائرات", "طائره", "مقاتلات", "مسيرات", "مسيره", "زوارق", "سفن", "اسلحه", "قدرات", "منظومات")
}

// overflight reports a drone or aircraft word at c told only as flying:
// "تحليق طائرة مسيرة مجهولة فوق القاعدة"، "حلّقت مسيرة فوق المطار" is no
// attack by itself.
func overflight(s *sentence, c int) bool {
	for k := c - 1; k >= 0 && k >= c-2; k-- {
		if s.toks[k+1].Break {
			return false
		}
		if s.toks[k].HasAny("تحليق", "حلقت", "حلق", "تحلق", "يحلق") {
			return true
		}
	}
	return false
}

// verbBeforeAside is the start of the clause before an aside about the
// subject when the clause at lo opens with "على" right after that aside
// ("وسيطر «X»، وهو تحالف تقوده Y، على المطار"), or lo.
func verbBeforeAside(s *sentence, lo int) int {
	if lo < 2 || s.toks[lo].Variants[0].Key != "علي" {
		return lo
	}
	p, _ := clause(s, lo-1)
	if p == 0 || subjectAside(s, p) != lo {
		return lo
	}
	v, _ := clause(s, p-1)
	return v
}

// cueInClause reports an attack word in the clause of token t, or in the
// clause of its verb before an aside about the subject.
func (a *article) cueInClause(s *sentence, cues []int, t int) bool {
	lo, hi := clause(s, t)
	lo = verbBeforeAside(s, lo)
	if e := verbAfterAside(s, hi); e > 0 {
		_, hi = clause(s, e) // "وكان المعسكر، الذي يستضيف مدربين، قد تعرّض لرشقة صواريخ"
	}
	for _, c := range cues {
		if c >= lo && c < hi {
			return true
		}
	}
	return false
}

// relativeBefore is the day of the attack on the target at token t when an
// attack word of its clause before t is dated from another event ("بعد
// يومين من هجوم صاروخي استهدف قاعدة X"), or nil.
func (a *article) relativeBefore(s *sentence, near []int, t int) *dateHit {
	for _, c := range near {
		if c < t {
			if rel := a.relativeDay(s, c); rel != nil {
				return rel
			}
		}
	}
	for _, c := range a.freeCue(s, rules.CueAttack) {
		if a.attackWordOf(s, t, c) {
			return a.relativeDay(s, c)
		}
	}
	return nil
}

// attackWordOf reports attack word c after the target at t that tells the
// target's attack through a pronoun, no other base named between: "استأنف
// مطار X الرحلات صباح أمس، بعد يومين من العدوان الذي استهدف مدرجه".
func (a *article) attackWordOf(s *sentence, t, c int) bool {
	if c <= t {
		return false
	}
	for _, m := range s.ments {
		if m.t0 > t && m.t0 < c && m.typ == model.TypeBase {
			return false
		}
	}
	for k := c + 1; k < len(s.toks) && k <= c+6; k++ {
		if s.toks[k].Break {
			return false
		}
		if s.toks[k].HasAny("مدرجه", "مدرجها", "مرافقه", "مرافقها", "حرمه", "حرمها", "محيطه", "محيطها") {
			return true
		}
	}
	return false
}

// anyBetween reports a position of xs strictly between from and to.
func anyBetween(xs []int, from, to int) bool {
	for _, x := range xs {
		if x > from && x < to {
			return true
		}
	}
	return false
}

// dualBases reads a list of bases after a dual or plural base noun or a
// dual attack noun: "قاعدتي عين الأسد وحرير"، "مطاري X وY"، "ثلاث قواعد
// للاحتلال، هي A وB وC"، "قاعدتي الاحتلال الأمريكي في A وB"، "الهجومين على
// A وB": a name that is a base once the noun is put before it ("قاعدة
// حرير").
func (a *article) dualBases(s *sentence) []mention {
	var out []mention
	for i := range s.toks {
		nouns := listNouns(&s.toks[i])
		if nouns == nil || s.mentionAt(i) != nil || a.x.lex == nil {
			continue
		}
		start, named := i+1, false
		if k := namingWord(s, i+1, i+9); k > 0 {
			start, named = k+1, true // "ثلاث قواعد قالت إنها للاحتلال، هي A وB"
		} else if s.toks[i].Key() == "قواعد" && (i == 0 || !numeral(&s.toks[i-1])) {
			continue // "الهجمات على قواعد A وB": no list of the hit
		}
		for start < len(s.toks) && start <= i+6 && !named {
			if m := s.mentionStarting(start); m != nil && m.adj {
				start = m.t1 // "قاعدتي الاحتلال الأمريكي في"
			} else if s.mentionAt(start) == nil && listQualifier(&s.toks[start]) {
				if s.toks[start].Has("في") {
					nouns = nouns[:1] // "قاعدتين في دير الزور والحسكة": towns, not airfields
				}
				start++
			} else {
				break
			}
		}
		for k := start; k < len(s.toks) && k <= start+10 && (k == start || !s.toks[k].Break); {
			if m := s.mentionStarting(k); m != nil {
				if m.typ != model.TypeBase && !m.adj {
					id := a.baseNamedAny(nouns, plainWords(s, m.t0, m.t1))
					if id == "" && m.typ == model.TypeCity {
						id = a.x.baseIn(m.id) // "قاعدتي T4 وحماة": the one base of the town
					}
					if id != "" && a.ensure(id, s) {
						a.aliases[id][m.surface] = true // "قاعدتا عين الأسد وحرير": the base is also called so
						out = append(out, mention{id: id, typ: model.TypeBase, t0: m.t0, t1: m.t1})
					}
				}
				k = m.t1
				continue
			}
			if e := placeAfterName(s, k); e > k && k > start {
				k = e // "قاعدتي "الشدادي" في ريف الحسكة و"حرير" في أربيل": each name placed
				continue
			}
			if k > start && s.toks[k].Surface == "و" && k+1 < len(s.toks) && s.toks[k+1].Quote {
				k++ // و"حرير": the conjunction parted from a quoted name
				continue
			}
			n := 0
			for j := 1; j <= 3 && k+j <= len(s.toks) && n == 0; j++ {
				words := plainWords(s, k, k+j)
				if id := a.baseNamedAny(nouns, words); id != "" && a.ensure(id, s) {
					a.aliases[id][words] = true // "قاعدتا عين الأسد وحرير": the base is also called so
					out = append(out, mention{id: id, typ: model.TypeBase, t0: k, t1: k + j})
					n = j
				}
			}
			if n == 0 {
				break
			}
			k += n
		}
	}
	return out
}

// placeAfterName is the end of "في <town>" or "في ريف <town>" at token k
// of s, or k when none is there.
func placeAfterName(s *sentence, k int) int {
	if k+1 >= len(s.toks) || s.toks[k].Key() != "في" {
		return k
	}
	j := k + 1
	if s.mentionAt(j) == nil && s.toks[j].Key() == "ريف" {
		j++
	}
	if m := s.mentionStarting(j); m != nil && (m.typ == model.TypeCity || m.typ == model.TypeCountry) {
		return m.t1
	}
	return k
}

// listNouns are the base nouns a list after token t is read with: the
// singular of a dual or plural base noun, both for a dual attack noun;
// nil when t heads no list.
func listNouns(t *arabic.Token) []string {
	if n := dualNoun(t.Key()); n == "قاعدة" {
		return []string{n, "مطار"} // "قاعدتي T4 وحماة الجويتين": an air base is named as its airfield
	} else if n != "" {
		return []string{n}
	}
	switch t.Key() {
	case "قواعد":
		return []string{"قاعدة", "مطار"}
	case "هجومي", "هجومين", "هجوما", "هجومان", "استهدافي", "استهدافين":
		return []string{"قاعدة", "مطار"}
	}
	return nil
}

// namingWord is the token of "هي"/"هما" in [from, to] that opens the
// names of a list, or 0.
func namingWord(s *sentence, from, to int) int {
	for k := from; k <= to && k < len(s.toks); k++ {
		if s.toks[k].Has("هي") || s.toks[k].Has("هما") {
			return k
		}
	}
	return 0
}

// numeral reports a count word or digits: "ثلاث"، "أربع"، "5".
func numeral(t *arabic.Token) bool {
	if digits(t.Surface) {
		return true
	}
	for _, k := range []string{"ثلاث", "اربع", "خمس", "ست", "سبع", "عده", "ثلاثه", "اربعه", "خمسه"} {
		if t.Has(k) {
			return true
		}
	}
	return false
}

// listQualifier reports a word between a list noun and its names: "قواعد
// للاحتلال، هي"، "قاعدتي الاحتلال الأمريكي في"، "الهجومين على".
func listQualifier(t *arabic.Token) bool {
	for _, k := range []string{"احتلال", "للاحتلال", "امريكي", "امريكيه", "اميركي", "اميركيه", "امريكيين",
		"اميركيين", "للامريكيين", "عدو", "للعدو", "تحالف", "دولي", "هي", "وهي", "في", "علي", "عسكريه", "اجنبيه"} {
		if t.Has(k) {
			return true
		}
	}
	return false
}

// dualNoun is the singular of a dual base noun, or "".
func dualNoun(k string) string {
	switch k {
	case "قاعدتي", "قاعدتا", "قاعدتين":
		return "قاعدة"
	case "مطاري", "مطارا", "مطارين":
		return "مطار"
	}
	return ""
}

// baseNamedAny is the lexicon base called one of nouns + " " + name, or "".
func (a *article) baseNamedAny(nouns []string, name string) string {
	for _, n := range nouns {
		if id := a.baseNamed(n, name); id != "" {
			return id
		}
	}
	return ""
}

// baseNamed is the lexicon base called noun + " " + name, or "".
func (a *article) baseNamed(noun, name string) string {
	for _, e := range a.x.lex.Lookup(arabic.Key(noun + " " + name)) {
		if e.Type == model.TypeBase {
			return e.ID
		}
	}
	return ""
}

// plainWords is the text of tokens [t0, t1) with a leading "و" taken off.
func plainWords(s *sentence, t0, t1 int) string {
	var ws []string
	for k := t0; k < t1; k++ {
		w := s.toks[k].Surface
		if k == t0 {
			for _, v := range s.toks[k].Variants {
				if v.Pre == "و" {
					w = v.Surface
					break
				}
			}
		}
		ws = append(ws, w)
	}
	return strings.Join(ws, " ")
}

// insideBase reports a site named as lying inside a base: "سقطت الصواريخ
// قرب مقر الفرقة X داخل القاعدة"، "مخازن اللواء Y داخل قاعدة Z". The
// attack is the base's, which the words after "داخل" name.
func insideBase(s *sentence, m mention) bool {
	for k := m.t1; k < len(s.toks)-1 && k <= m.t1+4; k++ {
		if s.toks[k].Break {
			return false
		}
		if !s.toks[k].HasAny("داخل", "ضمن") {
			continue
		}
		n, t := s.mentionAt(k+1), &s.toks[k+1]
		return n != nil && n.typ == model.TypeBase && n.id != m.id || n == nil && baseNoun(t) && definite(t)
	}
	return false
}

// stationedAt reports a base named as where a force is stationed: "القوات
// المتمركزة في منطقة X"، "التي تنتشر في قاعدة X". A back-reference to the
// attack told ("هذا الاعتداء") makes no new attack on it.
func stationedAt(s *sentence, m mention) bool {
	if m.t0 >= 3 && s.toks[m.t0-1].Has("في") {
		// "وتنتشر القوات الروسية في مطار X": the verb, its force, then the base
		if n := s.mentionAt(m.t0 - 2); n != nil && n.typ == model.TypeForce && n.t1 == m.t0-1 && n.t0 >= 1 && stationVerb(&s.toks[n.t0-1]) {
			return !forcesStruck(s, n.t0-1)
		}
	}
	for k := m.t0 - 1; k >= 0 && k >= m.t0-3; k-- {
		if s.toks[k+1].Break {
			return false // "حيث كانت قوات تتمركز، إضافة إلى مطار X": the list of what was struck goes on
		}
		if stationVerb(&s.toks[k]) {
			return !forcesStruck(s, k)
		}
	}
	return false
}

// stationVerb reports a word of being stationed: متمركز، تنتشر، متواجد.
func stationVerb(t *arabic.Token) bool {
	return t.HasPrefix("متمركز") || t.HasPrefix("تتمركز") || t.HasPrefix("يتمركز") || t.HasPrefix("ستتمركز") || t.HasPrefix("سيتمركز") ||
		t.HasPrefix("منتشر") || t.HasPrefix("تنتشر") || t.HasPrefix("ينتشر") || t.HasPrefix("ستنتشر") || t.HasPrefix("سينتشر") ||
		t.HasPrefix("متواجد") || t.HasPrefix("مرابط")
}

// strikerStationed reports base m named as where a state's guns or forces
// are stationed right before a strike or answer verb of theirs: "المدفعية
// التركية المتمركزة في قاعدة X وقواعد أخرى قصفت مواقع لـY".
func (a *article) strikerStationed(s *sentence, m mention) bool {
	if !stationedAt(s, m) {
		return false
	}
	k := m.t0 - 1
	for k > 0 && !s.toks[k].HasPrefix("متمركز") && !s.toks[k].HasPrefix("منتشر") {
		k--
	}
	striker := false
	for _, n := range s.ments {
		if (n.t1 == k || n.t0 < k && n.t1 == k+1) && (n.typ == model.TypeForce || n.adj && n.typ == model.TypeCountry) {
			striker = true // "القوات الأمريكية المتمركزة" (also one name)، "المدفعية التركية المتمركزة"
			if n.t0 > 0 && !n.adj && s.toks[n.t0-1].HasAny("قصفت", "قصف", "شنت", "ضربت", "دكت") {
				return true // "قصفت قوات النظام المتمركزة في مقر الفرقة بالمدفعية أطراف بلدة X": the verb's subject
			}
		}
	}
	if !striker {
		return false
	}
	verbs := a.freeCue(s, rules.CueStrikeVerbState)
	for _, v := range verbs {
		if v > m.t1 && v-m.t1 <= 6 {
			return true
		}
	}
	for k := m.t1; k < len(s.toks) && k <= m.t1+6; k++ {
		if s.toks[k].HasAny("ردت", "ردوا") {
			return true // "القوات الأمريكية المتمركزة في حقل X ردّت بقصف مدفعي"
		}
	}
	return false
}

// forcesStruck reports the forces before token k named as what is hit:
// "استهدفت المسيرة القوات المتمركزة في X"، "هجوم على القوات المنتشرة في X".
func forcesStruck(s *sentence, k int) bool {
	for j := k - 1; j >= 0 && j >= k-5; j-- {
		if t := &s.toks[j]; t.HasAny("علي", "ضد") || t.HasPrefix("استهدف") || t.HasPrefix("قصف") || t.HasPrefix("هاجم") {
			if n := s.mentionAt(j + 1); n != nil && n.t0 == j+1 && n.t1 == k && n.typ == model.TypeForce && t.HasAny("قصفت", "قصف") {
				return false // "قصفت قوات النظام المتمركزة في X ...": the verb's subject, stationed there
			}
			return true
		}
	}
	return false
}
