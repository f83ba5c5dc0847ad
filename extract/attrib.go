package extract

import (
	"cmp"
	"slices"
	"strings"
	"time"

	"github.com/nisba/nisba/extract/arabic"
	"github.com/nisba/nisba/extract/dates"
	"github.com/nisba/nisba/extract/rules"
	"github.com/nisba/nisba/model"
)

// accusation is an armed entity a sentence names as (maybe) behind an attack.
type accusation struct {
	id       string
	stance   string
	attacker bool // the text states it in its own voice
	state    bool // a state as the subject of an attack verb
	self     bool // the accused speaks for itself: "نفت طهران أي علاقة لها"
	planes   bool // a state read from its planes under a hedge: "أن تكون الطائرات إسرائيلية"
	campaign bool // the subject of a campaign: every attack its sentence tells is its own
	belong   bool // the doers are said to belong to it: "أحد المعتقلين يُشتبه بانتمائه إلى X"
	took     bool // it took part: "«X» و«Y» شاركوا جميعاً في المعركة"
	t0       int  // where the accused is named
}

// launchedFromState reports a state named as where rockets or drones came
// from: "أُطلقت من إيران"، "انطلقت من داخل إيران"، "أطلقت من الأراضي
// الإيرانية"; not warplanes taking off.
func launchedFromState(s *sentence, m mention) bool {
	k := m.t0 - 1
	if k >= 0 && (!m.adj && s.toks[k].Key() == "داخل" || m.adj && s.toks[k].Has("اراضي")) {
		k--
	}
	if k < 1 || s.toks[k].Key() != "من" {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-2; j-- {
		if launchVerb(&s.toks[j]) {
			for i := j - 1; i >= 0 && i >= j-8; i-- {
				if t := &s.toks[i]; t.HasPrefix("قاذف") || t.HasPrefix("مقاتل") || t.Has("حربيه") {
					return false // "قاذفات انطلقت من الأراضي الأميركية": where the answering bombers took off
				}
			}
			return true
		}
	}
	return false
}

// stanceOrder lists the stances, the more specific first.
func stanceOrder() []string {
	return []string{model.StanceClaimed, model.StanceDenied, model.StanceHinted,
		model.StanceSuspected, model.StanceLikely, model.StanceAsserted}
}

// attributions links the accused of s to the attacks s tells of, or to the
// attack s refers back to ("الهجوم", "هذه الهجمات").
func (a *article) attributions(s *sentence, cur []*attackAcc) {
	accused := a.accused(s)
	if len(accused) == 0 {
		if len(cur) > 0 {
			a.blameAhead(s, cur)
		}
		return
	}
	a.ahead = nil
	told, story := len(cur) > 0, false
	var recent *attackAcc // the attack told before that s speaks of, when it names none
	if !told {
		if a.manyOnly(s) || a.habitOnly(s, accused) {
			return // "تحمّل X مسؤولية عشرات الهجمات": many attacks, not one
		}
		attackWord := len(a.freeCue(s, rules.CueAttack)) > 0
		event := !attackWord && len(a.freeCue(s, rules.CueEventAnaphora)) > 0 && len(a.freeCue(s, rules.CueAccuseStrict)) > 0 // "وراء التصعيد الأخير"
		noWord := !attackWord && len(a.freeCue(s, rules.CueAttackAnaphora)) == 0 && !a.operation(s) && !a.operationsCount(s)
		if noWord && !event && !a.followsAttack(s, hedgedPlanes(accused) || a.suspectedByName(s, accused) || slices.ContainsFunc(accused, func(x accusation) bool { return x.belong || x.took })) {
			return
		}
		if a.otherEventTold(s) {
			return // "قُتل جندي بقذيفة استهدفت دورية، وهو ما نفت X أي صلة لها به": not a base's attack
		}
		at := a.recentAttack(s)
		if at == nil {
			if attackWord || a.operationsCount(s) {
				a.holdAhead(s, accused)
			}
			return
		}
		recent = at
		cur = a.toldWith(at)
		switch {
		case at.day != "" && attackOfDay(s, at.day):
			// "المسؤولة عن هجوم الأربعاء، مضيفاً: لن نتسامح مع الهجمات": that day's attack
		case a.pluralAnaphora(s, "attack_dual_anaphora"):
			cur = a.sameDay(cur, at)
		case a.pluralAnaphora(s, "attack_plural_anaphora") || event:
			cur, story = a.nearDays(cur, at), true // "تقف وراء الهجمات الأخيرة"، "وراء التصعيد": the story's attacks
			if start := a.seriesStart(s); start != "" {
				cur = a.sinceDay(cur, start) // "تعرضت منذ 17 أكتوبر لـ19 هجوماً" … "المسؤولة عن هذه الهجمات"
			}
		}
		if len(cur) == 1 && a.pluralAnaphora(s, "attack_dual_anaphora") {
			cur = a.otherRecent(cur, at, s)
		}
		if len(cur) > 1 && !event && !a.pluralAnaphora(s, "attack_dual_anaphora") && !a.pluralAnaphora(s, "attack_plural_anaphora") {
			cur = a.focused(s, cur)
		}
		cur = a.onlyNamed(s, cur)
	}
	claimant := a.claimant(s)
	reported := a.reportedSpeech(s)
	ev := a.evidence(s)
	// "ونسب المرصد الهجومين إلى X" after two attacks told: the dual names
	// both, so X is not vague for them however firmly another attack is X's.
	vague := !told && len(cur) > 1 && !story && !a.dualPair(s, cur)
	for _, acc := range accused {
		if a.ofMany(s, acc.t0) {
			continue // "لعشرات الهجمات، تبنت معظمها X": no one attack
		}
		if recent != nil && a.otherPeriod(s, recent, acc.t0) {
			continue // "وكانت قد تعرضت في يناير 2020 لهجوم شنه X": not the attack told
		}
		if acc.planes && a.unknownPlanesBefore(s) {
			continue // "غارات نفذتها طائرات مجهولة ... لم تستبعد مصادر أن تكون الطائرات إسرائيلية": the raids' planes, not the attack's
		}
		list := cur
		if !acc.campaign || !told {
			list = a.clauseAttacks(s, acc.t0, cur, told)
		}
		if told {
			if at := a.blamedBack(s, acc.t0, list); at != nil {
				list = []*attackAcc{at} // "أن فصائل تقف وراء الهجوم"، لافتاً إلى أن النوع "سبق أن استخدم في هجوم على مطار X": the story's attack
			}
		}
		for _, at := range list {
			a.blame(s, at, acc, claimant, reported, vague, ev)
		}
	}
}

// dualPair reports a dual attack word ("الهجومين") in s, which names no
// base, after the two attacks of cur told together in the sentence before.
func (a *article) dualPair(s *sentence, cur []*attackAcc) bool {
	if len(cur) != 2 || !a.pluralAnaphora(s, "attack_dual_anaphora") {
		return false
	}
	first := cur[0].live().first
	return first == cur[1].live().first && first == s.idx-1
}

// blame records acc, said by claimant in s, against attack at; vague when
// s names no one attack.
func (a *article) blame(s *sentence, at *attackAcc, acc accusation, claimant string, reported, vague bool, ev model.Evidence) {
	at = at.live()
	at.lastRef = s.idx
	if vague {
		at.vague = setKey(at.vague, acc.id)
	} else {
		at.firm = setKey(at.firm, acc.id)
	}
	if acc.attacker && !reported {
		at.attackers = addIDs(at.attackers, acc.id) // the article's own voice only
	}
	c := claimant
	if acc.stance == model.StanceClaimed || acc.self {
		c = acc.id
	}
	if c == acc.id && acc.stance != model.StanceClaimed && !acc.self {
		c = ""
	}
	at.attribs = addAttribution(at.attribs, model.Attribution{Accused: acc.id, Claimant: c,
		Stance: acc.stance, Evidence: []model.Evidence{ev}})
	if acc.stance == model.StanceClaimed {
		a.lastClaimer = acc.id
	}
}

// claimAhead is a blame told before the attack it speaks of, in a sentence
// that names no base: "أعلنت X مسؤوليتها عن هجوم بطائرة مسيرة. وقالت في
// بيان إن الهجوم استهدف قاعدة Y".
type claimAhead struct {
	sent     int
	accused  []accusation
	reported bool
	ev       model.Evidence
	// struck: the accused are the strikers of strikes told with no target,
	// "شن X سلسلة ضربات على مقرات لأحزاب معارضة", kept only for a next
	// sentence that tells where those strikes fell, "الضربات طالت مقر Y".
	struck bool
}

// holdAhead keeps the claims of s, whose attack word names no target and
// follows no attack told, for the attack the next sentences tell. A
// background claim ("وكانت X قد تبنت هجوماً") or one on a town ("هجوم على
// حيفا") is not kept.
func (a *article) holdAhead(s *sentence, accused []accusation) {
	a.ahead = nil
	cues := a.freeCue(s, rules.CueAttack)
	if len(cues) == 0 { // "أعلنت X أنها نفذت عمليتين": the count's word
		for c := range s.toks {
			if operationWord(&s.toks[c]) && s.mentionAt(c) == nil {
				cues = []int{c}
				break
			}
		}
	}
	if a.pluperfect(s) || definite(&s.toks[cues[0]]) {
		return // "تبنت X الهجمات الثلاث": those told before
	}
	if a.strikeApart(s, cues[0]) {
		a.strikersAhead(s, accused) // "قصفت القوات مواقع لـX": a strike, whose sites may be told next
		return
	}
	for _, m := range s.ments {
		if m.typ == model.TypeCity && m.t0 > cues[0] && !whileBetween(s, cues[0], m.t0) {
			return // "هجوم على حيفا"; not "…، فيما تعرضت قاعدة قرب العاصمة"
		}
	}
	var keep []accusation
	for _, acc := range accused {
		if acc.stance == model.StanceClaimed && !a.ofMany(s, acc.t0) && !acc.planes {
			keep = append(keep, acc)
		}
	}
	if len(keep) == 0 {
		return
	}
	a.ahead = &claimAhead{sent: s.idx, accused: keep,
		reported: a.reportedSpeech(s), ev: a.evidence(s)}
}

// strikersAhead keeps the asserted strikers of s, a strike told with no
// target, for a next sentence that tells where the strikes fell.
func (a *article) strikersAhead(s *sentence, accused []accusation) {
	var keep []accusation
	for _, acc := range accused {
		if acc.stance == model.StanceAsserted && !a.ofMany(s, acc.t0) && !acc.planes {
			keep = append(keep, acc)
		}
	}
	if len(keep) > 0 {
		a.ahead = &claimAhead{sent: s.idx, accused: keep, reported: a.reportedSpeech(s), ev: a.evidence(s), struck: true}
	}
}

// strikesFell reports s telling where strikes told before fell: a
// definite strike noun and a verb of reaching, "الضربات طالت مقر X".
func (a *article) strikesFell(s *sentence) bool {
	nouns, reach := a.x.rules.Cue(rules.CueStrikeNoun), a.x.rules.Cue(rules.CueStrikeReach)
	for k := 0; k+1 < len(s.toks); k++ {
		if nouns.Has(&s.toks[k]) && definite(&s.toks[k]) && !s.toks[k].Break && reach.Has(&s.toks[k+1]) {
			return true
		}
	}
	return false
}

// strikeApart reports a strike word in s that is not the verb of the
// attack word at c told right after it: "تبنت X هجومين بطائرات مسيرة
// استهدفا قاعدتين" holds the claim ahead, "قصفت القوات مواقع لـX" does not.
func (a *article) strikeApart(s *sentence, c int) bool {
	for _, k := range a.freeCue(s, rules.CueStrike) {
		if k > c && whileBetween(s, c, k) {
			continue // "…، فيما تعرضت قاعدة ثالثة لمحاولة استهداف مماثلة": another clause's attack
		}
		if k < c || k-c > 4 || !s.toks[k].HasPrefix("استهدف") || a.actorBetween(s, c, k) {
			return true
		}
	}
	return false
}

// whileBetween reports "فيما"، "بينما" or "في حين" opening another clause
// in tokens (from, to) of s.
func whileBetween(s *sentence, from, to int) bool {
	for k := from + 1; k < to; k++ {
		if t := &s.toks[k]; t.Has("فيما") || t.Has("بينما") || t.Has("حين") && s.toks[k-1].Key() == "في" {
			return true
		}
	}
	return false
}

// reportedSpeech reports s told as someone's words ("قال"، "بحسب"), not in
// the article's own voice.
func (a *article) reportedSpeech(s *sentence) bool {
	return len(a.freeCue(s, rules.CueSpeech)) > 0 || len(a.freeCue(s, rules.CueAccording)) > 0
}

// newTopic reports a sentence that opens on another matter: "وفي سياق
// متصل"، "على صعيد آخر"، "من جهة أخرى"، "في تطور منفصل".
func newTopic(s *sentence) bool {
	for k := 0; k < len(s.toks) && k < 4; k++ {
		if t := &s.toks[k]; t.Has("سياق") || t.Has("صعيد") || t.Has("جهه") || t.Has("ناحيه") || t.HasPrefix("منفصل") {
			return true
		}
	}
	return false
}

// blameAhead gives the attacks first told in s, which blames no one, the
// blame held from one of the two sentences before it.
func (a *article) blameAhead(s *sentence, cur []*attackAcc) {
	h := a.ahead
	a.ahead = nil
	if h == nil || s.idx-h.sent > 2 || contrast(s) || newTopic(s) || h.struck && (s.idx-h.sent > 1 || !a.strikesFell(s)) {
		return
	}
	for _, at := range cur {
		if at.live().first != s.idx || at.live().background {
			return
		}
	}
	for _, acc := range h.accused {
		for _, at := range cur {
			a.blame(s, at, acc, "", h.reported, false, h.ev) // a claim: its claimant is the accused
		}
	}
}

// unknownPlanesBefore reports strikes by aircraft of no known side told in
// s or the two sentences before it: planes s then hedges about are theirs.
func (a *article) unknownPlanesBefore(s *sentence) bool {
	for i := s.idx; i >= 0 && i >= s.idx-2; i-- {
		p := a.sents[i]
		for _, c := range a.freeCue(p, rules.CueStrike) {
			if unknownPlanes(p, c) {
				return true
			}
		}
	}
	return false
}

// otherPeriod reports a month or year s names that the day of attack at is
// not in: the blame of "وكانت قد تعرضت في يناير 2020 لهجوم شنه X" is of an
// earlier attack the article does not tell, not of at.
//
// Only a month or year with its number, in the clause of an attack word
// and of the accused at token t, counts: "كانت قد توعدت الشهر الماضي
// باستهداف المعسكرات" dates a threat, and in "من المرجح أن تكون X هي من
// نفذت هجوم Y، بأسلوب اعتمدته في هجمات عام 2020" the year is X's record.
// An accusing clause told "حينها" points back to such a date in another
// clause: "وسبق أن تعرضت القاعدة لقصف في تموز 2021، اتهمت أنقرة حينها X".
func (a *article) otherPeriod(s *sentence, at *attackAcc, t int) bool {
	if at.day == "" {
		return false
	}
	lo, hi := clause(s, t)
	then := false // "اتهمت أنقرة حينها X": the time of the date told before
	for k := lo; k < hi; k++ {
		then = then || s.toks[k].HasAny("حينها", "انذاك", "وقتها", "حينذاك")
	}
	for _, h := range s.dates {
		if h.period == "" || !then && (h.tok < lo || h.tok >= hi) || strings.HasPrefix(at.day, h.period) || !hasYear(h.text) && !sameYear(h.text) || !a.cueInClause(s, a.freeCue(s, rules.CueAttack), h.tok) {
			continue
		}
		return true
	}
	return false
}

// sameYear reports a month dated by the year named before it: "تشرين
// الثاني من العام نفسه"، "في آذار من السنة ذاتها".
func sameYear(text string) bool {
	return (strings.Contains(text, "العام") || strings.Contains(text, "السنة")) &&
		(strings.Contains(text, "نفسه") || strings.Contains(text, "نفسها") || strings.Contains(text, "ذاته") || strings.Contains(text, "ذاتها"))
}

// manyOnly reports a sentence whose attack words count attacks and refer
// back to no one of them: "تحمّل X مسؤولية عشرات الهجمات" accuses X of many,
// while "تقف خلف الهجومين، لافتاً إلى أن عدد الهجمات بلغ 31" still speaks of two.
func (a *article) manyOnly(s *sentence) bool {
	cues := a.freeCue(s, rules.CueAttack)
	if !a.summary(s, cues) || a.operation(s) {
		return false // "تلميح إلى مسؤولية X عن العملية، وهي التي تبنت عشرات الهجمات"
	}
	for _, c := range cues {
		if definite(&s.toks[c]) && !a.summary(s, []int{c}) {
			return false
		}
		if h := dateAt(s, c+1); h != nil && h.day != "" && !s.toks[c+1].Break && !a.summary(s, []int{c}) {
			return false // "هي التي نفذت هجوم الخميس، إلى جانب سلسلة هجمات سابقة": one attack, named by its day
		}
	}
	return !a.oneBefore(s, cues[0])
}

// oneBefore reports one attack pointed back to in a clause before token
// c: "تقف وراءها"، "تقف وراء المحاولة، إذ تأتي في سياق سلسلة هجمات" blame
// the attack told, and the series after is only its setting.
func (a *article) oneBefore(s *sentence, c int) bool {
	for k := 0; k < c; k++ {
		if s.toks[k].HasAny("وراءه", "وراءها", "خلفه", "خلفها") && breakBetween(s, k, c) {
			return true
		}
	}
	for _, k := range a.freeCue(s, rules.CueAttackAnaphora) {
		if k < c && s.toks[k].Has("محاوله") && breakBetween(s, k, c) {
			return true
		}
	}
	return false
}

// clauseWith reports one of cues in the clause of token t: "حمّلت مراراً X
// مسؤولية هذه الهجمات، فيما لم تتبنَّ أي جهة الهجوم الأخير" puts the
// singular attack in another clause than the habit.
func clauseWith(s *sentence, cues []int, t int) bool {
	for _, c := range cues {
		if !breakBetween(s, min(c, t), max(c, t)) {
			return true
		}
	}
	return false
}

// pronounAccused reports an accusation cue before t in its clause that is a
// verb of accusing with an object pronoun ("يتهمه"، "اتهمتها"، "يتهمونهم"):
// the one accused was named before, and a group after the verb is only
// part of the charge.
func pronounAccused(s *sentence, cues []int, t int) bool {
	for _, c := range cues {
		if c < t && !breakBetween(s, c, t) && pronounVerb(&s.toks[c]) {
			return true
		}
	}
	for k := max(t-3, 0); k < t; k++ {
		if heldVerb(&s.toks[k]) && !breakBetween(s, k, t) && responsibilityAfter(s, k) {
			return true // "بعدما حمّلتها واشنطن المسؤولية": Washington blames, "ها" is blamed
		}
	}
	return false
}

// struckObject reports m as what a strike hits: after a verb of reaching
// ("أن تطال الضربات قادة في X") or right after a strike verbal noun of
// purpose ("ذريعة لضرب X"، "بهدف استهداف X").
func struckObject(s *sentence, m mention) bool {
	for k := max(m.t0-5, 0); k < m.t0; k++ {
		t := &s.toks[k]
		if (t.HasPrefix("تطا") || t.HasPrefix("يطا") || t.HasPrefix("ستطا")) && !breakBetween(s, k, m.t0) { // تطال، تطاول، يطال
			return true
		}
	}
	if m.t0 == 0 {
		return false
	}
	p := &s.toks[m.t0-1]
	purpose := p.Pre == "ل" || strings.HasPrefix(p.Surface, "ل") || m.t0 >= 2 && (s.toks[m.t0-2].Has("بهدف") || s.toks[m.t0-2].Has("ذريعه"))
	return purpose && (p.Has("ضرب") || p.Has("قصف") || p.Has("استهداف") || p.Has("مهاجمه"))
}

// coAccuser reports m joined by "و" right after a state or capital that
// follows a verb of accusing: "اتهمت دمشق وموسكو الفصائل" has two accusers.
func (a *article) coAccuser(s *sentence, m mention) bool {
	t := &s.toks[m.t0]
	if t.Pre != "و" && !strings.HasPrefix(t.Surface, "و") {
		return false
	}
	if e := a.ents[m.id]; t.Pre != "و" && (e == nil || strings.HasPrefix(arabic.Key(e.Name), "و")) {
		return false // "اتهمت أنقرة وحدات حماية الشعب": the و is the name's
	}
	for _, p := range s.ments {
		if p.t1 == m.t0 && !p.adj && (p.typ == model.TypeCountry || p.typ == model.TypeCity) && accuseVerbAt(s, p.t0-1) {
			return true
		}
	}
	return false
}

// heldVerb reports a form of حمّل with an object pronoun: "حمّلتها"،
// "حمّله"، "يحمّلونهم".
func heldVerb(t *arabic.Token) bool {
	if !strings.Contains(t.Key(), "حمل") {
		return false // the first reading holds the stem, clitics or not
	}
	for _, v := range t.Variants {
		k := v.Key
		if !strings.HasPrefix(k, "حمل") && !strings.HasPrefix(k, "يحمل") && !strings.HasPrefix(k, "تحمل") {
			continue
		}
		if strings.HasSuffix(k, "ه") || strings.HasSuffix(k, "ها") || strings.HasSuffix(k, "هم") || strings.HasSuffix(k, "هما") {
			return true
		}
	}
	return false
}

// responsibilityAfter reports "المسؤولية"/"مسؤولية" within four words
// after token k.
func responsibilityAfter(s *sentence, k int) bool {
	for j := k + 1; j < len(s.toks) && j <= k+4; j++ {
		if s.toks[j].HasPrefix("مسؤولي") {
			return true
		}
	}
	return false
}

// pronounVerb reports a verb of accusing with an object pronoun.
func pronounVerb(t *arabic.Token) bool {
	for _, v := range t.Variants {
		k := v.Key
		if !strings.HasPrefix(k, "اتهم") && !strings.HasPrefix(k, "يتهم") && !strings.HasPrefix(k, "تتهم") || len(k) <= len("اتهم") {
			continue
		}
		if strings.HasSuffix(k, "ه") || strings.HasSuffix(k, "ها") || strings.HasSuffix(k, "هم") || strings.HasSuffix(k, "هما") {
			return true
		}
	}
	return false
}

// habitOnly reports a sentence that tells a habit of attacks and points
// back to no single one: "تعرّضت البلدة مراراً لغارات إسرائيلية"، "حمّلت
// واشنطن في أكثر من مناسبة جماعات موالية مسؤولية هذه الهجمات". A singular
// "الهجوم" still points back to the attack told.
func (a *article) habitOnly(s *sentence, accused []accusation) bool {
	habits := a.freeCue(s, rules.CueAttackHabitual)
	if len(habits) == 0 || a.oneBefore(s, habits[0]) {
		return false
	}
	if rec := trackRecord(s); rec > 0 && slices.ContainsFunc(accused, func(x accusation) bool { return x.t0 < rec }) {
		habits = slices.DeleteFunc(slices.Clone(habits), func(h int) bool { return h > rec })
		if len(habits) == 0 {
			return false
		}
	}
	for _, h := range s.dates {
		if h.day != "" {
			return false // "تعرضت مراراً ... وآخرها فجر اليوم": one attack named
		}
	}
	back := a.x.rules.Cue(rules.CueAttackAnaphora)
	for _, c := range a.freeCue(s, rules.CueAttackAnaphora) {
		last := &s.toks[c+max(back.Match(s.toks, c), 1)-1] // "هذه الهجمات": the noun
		if !a.x.rules.Cue(rules.CueAttackPluralAnaphora).Has(last) && !strings.HasSuffix(last.Key(), "ات") &&
			(clauseWith(s, habits, c) || a.blamedFor(s, c) || cueBefore(s, a.freeCues(s, model.StanceClaimed), c, len(s.toks))) {
			return false // "حمّلت X مسؤولية الهجوم، مطالبة بكشف من يقف وراء الاعتداءات المتكررة": the one attack
		}
	}
	return true
}

// trackRecord is where s goes on, after "سبق أن", to what the accused
// named before it did in the past: in "من المرجح أن تكون X وراءه، إذ سبق أن
// استهدفت القاعدة مرات عدة" the many attacks are X's record, not what X
// is blamed for. 0 when s has none.
func trackRecord(s *sentence) int {
	for k := 1; k+1 < len(s.toks); k++ {
		if s.toks[k].Has("سبق") && s.toks[k+1].Has("ان") {
			return k
		}
	}
	return 0
}

// blamedFor reports an attribution cue at most three words before the
// attack word at c, in its clause: "مسؤولية الهجوم"، "تقف وراء الهجوم".
func (a *article) blamedFor(s *sentence, c int) bool {
	for _, k := range a.freeCue(s, rules.CueAttribution) {
		if k < c && c-k <= 3 && !breakBetween(s, k, c) {
			return true
		}
	}
	return false
}

// ofMany reports a count or share word right before the accused at t: in
// "تبنت معظمها X" X claims most of many attacks, not one.
func (a *article) ofMany(s *sentence, t int) bool {
	count := a.x.rules.Cue(rules.CueAttackCount)
	for k := t - 1; k >= 0 && k >= t-2; k-- {
		if count.Has(&s.toks[k]) {
			return true
		}
	}
	return oneOfThem(s, t) || earlierClaimed(s, t)
}

// earlierClaimed reports a claim right before t of earlier attacks: "مستندين
// إلى هجمات سابقة تبناها التنظيم" tells the group's record, not this attack.
func earlierClaimed(s *sentence, t int) bool {
	if t < 3 || !(s.toks[t-1].HasPrefix("تبن") || s.toks[t-1].HasPrefix("يتبن")) {
		return false
	}
	p := &s.toks[t-2]
	return p.HasAny("سابقه", "اخري", "ماضيه", "عديده", "متكرره") && s.toks[t-3].HasAny("هجمات", "عمليات", "اعتداءات")
}

// oneOfThem reports a claim of one of several attacks before t: "تعرضت
// القاعدة لعدة هجمات، تبنت إحداها مجموعة تطلق على نفسها اسم X".
func oneOfThem(s *sentence, t int) bool {
	for k := t - 1; k >= 1 && k >= t-10; k-- {
		if w := s.toks[k].Key(); (w == "احداها" || w == "احدها") && (s.toks[k-1].HasPrefix("تبن") || s.toks[k-1].HasPrefix("يتبن")) {
			return true
		}
	}
	return false
}

// pruneVague drops an accused linked to several attacks by a sentence that
// named none of them (a headline's "و«X» تتبنى") from the attacks other
// than the one a later sentence ties X to by name.
func (a *article) pruneVague() {
	for _, at := range a.attacks {
		if at.merged {
			continue
		}
		kept := at.attribs[:0]
		for _, x := range at.attribs {
			if !at.vague[x.Accused] || at.firm[x.Accused] || !a.firmElsewhere(at, x.Accused) {
				kept = append(kept, x)
			}
		}
		at.attribs = kept
	}
}

// firmElsewhere reports another attack of the article tied to accused by a
// sentence that names it.
func (a *article) firmElsewhere(at *attackAcc, accused string) bool {
	for _, b := range a.attacks {
		if b != at && !b.merged && b.firm[accused] {
			return true
		}
	}
	return false
}

// setKey adds k to set m, making it when nil.
func setKey(m map[string]bool, k string) map[string]bool {
	if m == nil {
		m = map[string]bool{}
	}
	m[k] = true
	return m
}

// blamedBack is the attack told before s that the clause of the accused at
// t points back to with a definite attack word ("وراء الهجوم") when every
// attack in list is first told by s only later, after "سبق أن", as a past
// use of the same weapon; nil otherwise.
func (a *article) blamedBack(s *sentence, t int, list []*attackAcc) *attackAcc {
	lo, hi := clause(s, t)
	if len(list) == 0 || len(a.namedIn(s, 0, hi, list)) > 0 {
		return nil
	}
	back := false
	for _, c := range a.freeCue(s, rules.CueAttackAnaphora) {
		back = back || c >= lo && c < hi && definite(&s.toks[c])
	}
	past := false
	for k := hi; k+1 < len(s.toks); k++ {
		past = past || s.toks[k].Has("سبق") && s.toks[k+1].Has("ان")
	}
	if !back || !past {
		return nil
	}
	for _, at := range list {
		if at.live().first != s.idx {
			return nil
		}
	}
	var best *attackAcc
	for _, at := range a.attacks {
		at = at.live()
		if at.first < s.idx && (best == nil || at.sent > best.sent) {
			best = at
		}
	}
	return best
}

// clauseAttacks narrows the attacks cur of a sentence to those the clause
// of the accused at token t names by their base or its town: in "وتبنت X
// الهجوم على رميلان، بينما نفت Y علاقتها بالهجومين" X claims one attack.
// Attacks the sentence itself tells on one day are one event ("شنت X
// هجوماً على قاعدة A، وعلى القاعدة في مطار B"): all are X's.
func (a *article) clauseAttacks(s *sentence, t int, cur []*attackAcc, told bool) []*attackAcc {
	lo, hi := clause(s, t)
	if len(cur) == 1 && a.dualIn(s, lo, a.clauseRun(s, hi)) {
		return a.otherRecent(cur, cur[0].live(), s) // "نفت X علاقتها بالهجومين"
	}
	if len(cur) < 2 || told && oneDay(cur) && !contrast(s) {
		return cur
	}
	out := a.namedIn(s, lo, hi, cur)
	if len(out) == 0 && told && pointsBackClause(s, lo, hi) && len(datedIn(s, lo, hi, cur)) == 0 {
		out = a.namedLastBefore(s, lo, cur) // "الهجوم على A …، والذي تبنته X، إلى جانب قصف B …، واتهم مسؤولون Y بتنفيذه": each its own
	}
	if len(out) == 0 && told {
		// "لم تعلن أي جهة مسؤوليتها عن الهجوم على A، غير أن X، التي ...، أعلنت
		// أنها استهدفت ... قاعدة B": X's statement runs on past its aside.
		next := afterAside(s, hi)
		out = a.namedIn(s, next, statementRun(s, next), cur)
	}
	if len(out) == 0 {
		out = datedIn(s, lo, hi, cur) // "إذ تعرض المطار في منتصف شباط لهجوم تبنته X": the attack of the clause's date
	}
	if len(out) == 0 {
		return cur
	}
	for k := hi; k < len(s.toks); {
		m := s.mentionAt(k)
		if m == nil || m.t0 != k || m.typ != model.TypeBase || !slices.ContainsFunc(s.toks[k].Variants, func(v arabic.Variant) bool { return v.Pre == "و" }) {
			break
		}
		_, next := clause(s, k) // "إن مقاتليها استهدفوا قاعدة A بطائرتين، وقاعدة B بطائرة ثالثة": the list goes on
		for _, at := range a.namedIn(s, k, next, cur) {
			out = appendAttack(out, at)
		}
		k = next
	}
	for k := hi; k+1 < len(s.toks); k++ {
		if alsoClaimedAfter(s, k) && !a.groupBetween(s, t+1, k) {
			// "أعلنت X استهداف قاعدة A، كما تبنّت هجوماً على قاعدة B": X claims both
			_, next := clause(s, k+1)
			for _, at := range a.namedIn(s, k, next, cur) {
				out = appendAttack(out, at)
			}
			break
		}
	}
	return out
}

// pointsBackClause reports a clause [lo, hi) of s that opens with a
// relative pronoun ("والذي تبنته X") or
// holds a deed with the pronoun of what was done ("بتنفيذه"، "بشنها"): it
// speaks of the attack told just before it.
func pointsBackClause(s *sentence, lo, hi int) bool {
	for _, k := range []int{lo, lo - 1} {
		if k >= 0 && k < hi && s.toks[k].HasAny("ذي", "والذي", "تي", "والتي") && (k == lo || !s.toks[lo].Break) {
			return true // the relative opens the clause, or stands right before it: "والذي تبنته «X»"
		}
	}
	for k := lo; k < hi; k++ {
		if s.toks[k].HasAny("بتنفيذه", "بتنفيذها", "بشنه", "بشنها") {
			return true
		}
	}
	return false
}

// namedLastBefore is the attack of cur whose base s names last before
// token t, alone, or none.
func (a *article) namedLastBefore(s *sentence, t int, cur []*attackAcc) []*attackAcc {
	for i := len(s.ments) - 1; i >= 0; i-- {
		m := s.ments[i]
		if m.t0 >= t || m.typ != model.TypeBase || m.adj {
			continue
		}
		var out []*attackAcc
		for _, at := range cur {
			if at.live().target == m.id {
				out = appendAttack(out, at)
			}
		}
		return out
	}
	return nil
}

// groupBetween reports an armed group or a state named in tokens [from, to).
func (a *article) groupBetween(s *sentence, from, to int) bool {
	for _, m := range s.ments {
		if m.t0 >= from && m.t0 < to && !m.adj && (m.typ == model.TypeMilitia || m.typ == model.TypeCountry || m.typ == model.TypeForce) {
			return true
		}
	}
	return false
}

// alsoClaimedAfter reports "كما" at k opening the same subject's claim:
// "، كما تبنّت ..."، "، كما أعلنت مسؤوليتها عن ...".
func alsoClaimedAfter(s *sentence, hi int) bool {
	if hi+1 >= len(s.toks) || !s.toks[hi].Has("كما") {
		return false
	}
	t := &s.toks[hi+1]
	return t.HasPrefix("تبنت") || t.HasPrefix("تبني") || t.HasPrefix("اعلنت") || t.HasPrefix("اعلن")
}

// statementRun is the end of the clause that starts at from and of the next
// one, unless that one names an armed group or force: what one speaker
// says ("أعلنت أنها استهدفت ... قاعدة X في محافظة Y السورية، مؤكدة ...").
func statementRun(s *sentence, from int) int {
	_, hi := clause(s, from)
	if hi >= len(s.toks) {
		return hi
	}
	_, next := clause(s, hi)
	for _, m := range s.ments {
		if m.t0 >= hi && m.t0 < next && !m.adj && (m.typ == model.TypeMilitia || m.typ == model.TypeForce) {
			return hi
		}
	}
	return next
}

// datedIn keeps the attacks of cur told by a date in tokens [lo, hi) of s.
func datedIn(s *sentence, lo, hi int, cur []*attackAcc) []*attackAcc {
	var out []*attackAcc
	for _, h := range s.dates {
		if h.tok < lo || h.tok >= hi {
			continue
		}
		for _, at := range cur {
			if at := at.live(); at.text == h.text && at.first == s.idx {
				out = appendAttack(out, at)
			}
		}
	}
	return out
}

// namedIn keeps the attacks of cur whose base, or its town, is named in
// tokens [lo, hi) of s.
func (a *article) namedIn(s *sentence, lo, hi int, cur []*attackAcc) []*attackAcc {
	var out []*attackAcc
	for _, ms := range [][]mention{s.ments, a.dualBases(s)} { // "قاعدتي T4 وحماة": names read from a list too
		for _, m := range ms {
			if m.t0 < lo || m.t0 >= hi || m.adj {
				continue
			}
			id := a.placeBase(s, m)
			if id == "" && m.typ == model.TypeCity && len(cur) > 1 {
				id = a.baseNamed("مطار", plainWords(s, m.t0, m.t1)) // "قاعدتي T4 وحماة الجويتين": مطار حماة
			}
			for _, at := range cur {
				if id != "" && at.live().target == id {
					out = appendAttack(out, at)
				}
			}
		}
	}
	return out
}

// pastQualifiers is the token after what qualifies a group named before t
// and the hedge on its verb: "خلايا داعش المنتشرة في الصحراء تقف على
// الأرجح وراء الهجوم" puts "تقف" where the group ends.
func (a *article) pastQualifiers(s *sentence, t int) int {
	k := t
	if k+1 < len(s.toks) && definite(&s.toks[k]) && s.mentionAt(k) == nil && !s.toks[k].Break {
		switch p := &s.toks[k+1]; {
		case p.Key() == "في" || p.Key() == "قرب":
			k += 2 // "المنتشرة في"، "الناشطة قرب"
		case p.Key() == "من" && a.x.rules.Cue(rules.CueBacked).Has(&s.toks[k]):
			k += 2 // "المدعومة من إيران": its backer, not what it did
		case (p.HasPrefix("ب") || p.HasPrefix("ل")) && s.mentionAt(k+1) != nil:
			k++ // "المتمركزة بريف X"، "الموالية لإيران"
		default:
			return t
		}
		if m := s.mentionAt(k); m != nil {
			k = m.t1
		} else if k < len(s.toks) {
			k++ // one word of place: "في الصحراء"
		}
	}
	return k
}

// copulaHedge skips, from token t after a group, its copula and a hedge
// told with it: "إن X هي على الأرجح من يقف وراءه"، "هي «على الأرجح»".
// It returns t when there is no hedge, the token after it otherwise.
func copulaHedge(s *sentence, t int) int {
	k := t
	if k < len(s.toks) && s.toks[k].HasAny("هي", "هو", "هم") {
		k++
	}
	switch {
	case k+1 < len(s.toks) && s.toks[k].Key() == "علي" && s.toks[k+1].HasAny("ارجح", "اغلب"):
		return k + 2
	case k < len(s.toks) && s.toks[k].HasAny("ربما", "غالبا", "مرجحا"):
		return k + 1
	}
	return t
}

// supportWord reports a word of backing before a group: in "متهماً أنقرة
// بإدخال أرتال لدعم X" the group is helped, not accused.
func supportWord(t *arabic.Token) bool {
	return t.Has("دعم") || t.Has("لدعم") || t.Has("مسانده") || t.Has("لمسانده") || t.Has("لصالح") || t.Has("لنصره")
}

// clauseRun extends a clause ending at hi over the next two clauses that
// name no other group or state: in "نشرت جماعة X بياناً على قناتها، أعلنت
// فيه مسؤوليتها عن الهجومين" the dual is still X's.
func (a *article) clauseRun(s *sentence, hi int) int {
	for n := 0; n < 2 && hi < len(s.toks); n++ {
		_, next := clause(s, hi)
		if a.groupBetween(s, hi, next) {
			return hi
		}
		hi = next
	}
	return hi
}

// contrast reports a word that sets two clauses against each other:
// "تبنت X الهجوم على قاعدة A، فيما لم تتبن أي جهة قصف قاعدة B"، "لم تعلن أي
// جهة مسؤوليتها عن الهجوم على A، غير أن X أعلنت أنها استهدفت B".
func contrast(s *sentence) bool {
	for i := range s.toks {
		switch s.toks[i].Key() {
		case "فيما", "بينما", "حين", "اما", "لكن":
			return true
		case "غير", "الا": // "غير أن"، "إلا أن"; not "غير معروفة"
			if i+1 < len(s.toks) && s.toks[i+1].Key() == "ان" {
				return true
			}
		}
	}
	return false
}

// dualIn reports a definite dual attack word in tokens [lo, hi) of s.
func (a *article) dualIn(s *sentence, lo, hi int) bool {
	for _, c := range a.freeCue(s, rules.CueAttackDualAnaphora) {
		if c >= lo && c < hi && definite(&s.toks[c]) {
			return true
		}
	}
	return false
}

// oneDay reports attacks all dated the same day (or all undated).
func oneDay(list []*attackAcc) bool {
	for _, at := range list {
		if at.live().day != list[0].live().day {
			return false
		}
	}
	return true
}

// placeBase is the base a mention names: the base itself, or for a town
// the base called after it ("رميلان" -> "قاعدة رميلان") or the one base
// there; "" else.
func (a *article) placeBase(s *sentence, m mention) string {
	switch {
	case m.typ == model.TypeBase:
		return m.id
	case m.typ != model.TypeCity || a.x.lex == nil:
		return ""
	}
	if id := a.baseNamed("قاعدة", plainWords(s, m.t0, m.t1)); id != "" {
		return id
	}
	if id := "base:" + strings.TrimPrefix(m.id, "city:"); a.ents[id] != nil {
		return id // a base found in this article under the town's name: "قاعدة حزوان"
	}
	return a.x.baseIn(m.id)
}

// accused finds armed entities after an attribution cue (اتهم، مصدره،
// وراء، من المرجح ...) or as the subject of an attack verb.
func (a *article) accused(s *sentence) []accusation {
	var out []accusation
	ms, anaphora := a.withGroupAnaphora(s)
	if len(ms) == 0 {
		return a.ownStateClaim(s, a.ownStateDenial(s, a.ownGroupDenial(s, out))) // no one to accuse: skip the cue look-ups
	}
	cues := a.freeCue(s, rules.CueAttribution)
	verbs := slices.DeleteFunc(slices.Clone(a.freeCue(s, rules.CueAttackVerb)), func(v int) bool {
		return v > 0 && s.toks[v-1].HasAny("لم", "لا", "لن") // "لم تشارك في استهداف القاعدة": a denial
	})
	vso := slices.Concat(a.freeCue(s, rules.CueAttackVerbVso), a.attemptedAttacks(s)) // new slices: freeCue's are the sentence's cache
	nouns := slices.Concat(a.freeCue(s, rules.CueAttackNoun), vso)
	claims := a.freeCue(s, rules.CueClaimAfter)
	after := a.freeCue(s, rules.CueAccuseAfter)
	v, obj := a.heldObject(s, ms)
	struckBefore := -1 // the end of the last group whose sites a strike hit
	for i, m := range ms {
		if i != obj && bracketRepeat(s, m) {
			continue // "اتهمت قوات سوريا الديمقراطية (قسد) …": the name again, its role read with it
		}
		m = a.capitalState(s, m)
		if neitherBefore(s, m.t0) {
			continue // "لا تؤكد ولا تنفي مسؤولية X عن القصف": neither blamed nor cleared
		}
		if !m.adj && (accuseVerbAt(s, m.t0-1) || speakerBetweenVerb(s, m)) && a.accusedOfOther(s, m) {
			continue // "واتهمت أنقرة بالبحث عن ذرائع"، "اتهمت واشنطن إيران بتزويد X بالصواريخ": not the attack's blame
		}
		if m.t0 > 0 && s.toks[m.t0-1].HasAny("بتزويد", "بتسليح", "بتمويل", "بتدريب", "تزويد", "تسليح", "تمويل") {
			continue // "بتزويد الحوثيين بالصواريخ": who is supplied, not who struck
		}
		if m.typ == model.TypeMilitia && a.comprised(s, m) {
			continue // "واجهة يُعتقد أنها تضم فصائل مثل X وY": members of a front, not blamed
		}
		if !m.adj && (otherObject(s, m.t1) || a.sweepObject(s, m.t1)) {
			continue // "تبنت X خطاباً تصعيدياً"، "نفت X وجود خلافات": no deed claimed or denied
		}
		if obj >= 0 && !m.adj && m.t0 > v && m.t0 <= ms[obj].t0 {
			joined := m.typ == model.TypeMilitia && m.t1 < len(s.toks) && conjunct(&s.toks[m.t1]) && groupNoun(&s.toks[m.t1]) && !breakBetween(s, m.t1, ms[obj].t0)
			// "وحمّل فلان الولايات المتحدة وإسرائيل مسؤولية الهجوم": both of the pair
			paired := armedOrState(m.typ) && armedOrState(ms[obj].typ) && m.t1 == ms[obj].t0 && conjunct(&s.toks[m.t1])
			if m.t0 == ms[obj].t0 && armedOrState(m.typ) || joined || paired { // "وحمّل «X والمجموعات التابعة لها تحت مظلة Y» المسؤولية": X too
				// "حمّل القيادي في X، الأمين العام لـY، فلان Z مسؤولية الهجوم"
				out = a.appendAccused(out, s, m, accusation{id: m.id, stance: a.stanceAt(s, m.t0), state: m.typ != model.TypeMilitia, t0: m.t0})
			}
			continue // X and Y name who accuses
		}
		if m.adj && m.typ == model.TypeCountry && adjPredicate(s, m) && before(s, cues, m.t0) && !groupAdjective(s, m) && a.ensure(m.id, s) {
			// "رجّح المرصد أن تكون الطائرات إسرائيلية"
			out = append(out, accusation{id: m.id, stance: a.hedgeAt(s, m.t0), state: true, t0: m.t0})
			continue
		}
		if m.typ == model.TypeForce && adjPredicate(s, m) && before(s, cues, m.t0) && a.aircraftState(s, m) != m.id {
			// "رجّح المرصد أن تكون الطائرات إسرائيلية": read as the planes of a force
			out = append(out, accusation{id: a.aircraftState(s, m), stance: a.hedgeAt(s, m.t0), state: true, planes: true, t0: m.t0})
			continue
		}
		if a.stateAttackAdj(s, m) {
			// "وصف مسؤول الحادث بأنه هجوم إيراني"، not "مسيرة إيرانية الصنع"
			out = append(out, accusation{id: m.id, stance: a.stanceAt(s, m.t0), state: true, t0: m.t0})
			continue
		}
		if m.typ == model.TypeCountry && !a.x.rules.Domestic[m.id] && launchedFromState(s, m) && a.ensure(m.id, s) {
			// "قال البنتاغون إن الصواريخ أُطلقت من إيران": the state the strike came from
			out = append(out, accusation{id: m.id, stance: a.hedgeAt(s, m.t0), state: true, t0: m.t0})
			continue
		}
		if m.typ == model.TypeCountry && !m.adj && !a.x.rules.Domestic[m.id] && launchedByState(s, m) && a.ensure(m.id, s) {
			// "الصواريخ التي أطلقتها إيران من محافظة كرمانشاه": the state launched them
			out = append(out, accusation{id: m.id, stance: a.stanceAt(s, m.t0), state: true, attacker: true, t0: m.t0})
			continue
		}
		if a.stateStrikeOn(s, m) {
			// "بعد القصف الصاروخي الإيراني على قاعدة X": the state struck X
			out = append(out, accusation{id: m.id, stance: a.stanceAt(s, m.t0), state: true, attacker: true, t0: m.t0})
			continue
		}
		if !m.adj && a.deniedFor(s, m) {
			// "نفى مصدر في الوزارة أي علاقة للجيش السوري بالحادثة"
			out = append(out, accusation{id: m.id, stance: model.StanceDenied, t0: m.t0})
			continue
		}
		subj, neg := a.clauseSubject(s, m)
		// a force is read as a clause's subject only when denied or hedged: forces strike back
		early := subj && (neg || m.typ == model.TypeForce && a.stanceAt(s, m.t0) != model.StanceAsserted)
		hedged := m.typ == model.TypeForce && !early && beingBlamed(s, m, a.freeCue(s, rules.CueAccuseAfter)) && a.stanceAt(s, m.t0) != model.StanceAsserted // "لم يستبعد أن تكون قوات النظام متورطة في الهجوم"
		early = early || hedged
		if (m.typ == model.TypeForce || m.typ == model.TypeCountry) && !m.adj && a.performedTold(s, m) {
			// "وقال مصدر عسكري إن الطيران الحربي الإسرائيلي نفذ العدوان": the attack told, done by it
			out = append(out, accusation{id: a.aircraftState(s, m), stance: a.hedgeAt(s, m.t0), t0: m.t0})
			continue
		}
		if m.typ == model.TypeForce && !m.adj && !strings.HasPrefix(s.toks[m.t0].Surface, "و") && a.launchSite(s, m) &&
			!slices.ContainsFunc(s.ments, func(n mention) bool { return n.typ == model.TypeMilitia && !n.adj && n.t0 >= m.t1 }) {
			// "القذائف مصدرها على الأرجح مواقع قوات النظام"; not when the sentence names a group
			// after it, that did the deed from the place ("... وإن ميليشيات تنتشر فيها هي من تقف وراء الهجوم")
			if st := a.hedgeAt(s, m.t0); st != model.StanceAsserted {
				out = append(out, accusation{id: m.id, stance: st, t0: m.t0})
				continue
			}
		}
		if m.adj || m.typ != model.TypeMilitia && m.typ != model.TypeCountry && !a.forceOwnStrike(s, m) && !a.forceDenies(s, m) && !(early && m.typ == model.TypeForce) && !a.forceAccused(s, m) {
			continue
		}
		if m.typ == model.TypeMilitia && a.launchSite(s, m) {
			// "رجح أن تكون المسيرات انطلقت من مواقع تنتشر فيها عناصر X"
			out = append(out, accusation{id: m.id, stance: a.hedgeAt(s, m.t0), t0: m.t0})
			continue
		}
		if pronounAccused(s, cues, m.t0) {
			continue // "يتهمه مسؤولون بتزويد X بالمسيرات": he is the accused, not X
		}
		if a.threatens(s, m) {
			continue // "لوّحت فصائل عراقية بضرب قواعد أخرى": a threat, not a deed
		}
		if m.typ == model.TypeMilitia && a.answersAttackAfter(s, m) {
			continue // "أطلقت X عملية عسكرية رداً على الهجوم الذي استهدف مقر Y": X answers the attack
		}
		if a.sourceSits(s, m) && a.laterArmed(s, m) && !slices.ContainsFunc(a.freeCue(s, rules.CueDenied), func(c int) bool { return c < m.t0 }) {
			continue // "ويرجح مصدر عسكري في «قسد» أن تكون X هي من أطلقت": the source's group speaks; "نفى مصدر في X أي علاقة لعناصرها" still denies for X
		}
		if struckObject(s, m) || a.victimGroup(s, m) || m.typ == model.TypeCountry && groupPlace(s, m) {
			continue // "ذريعة لضرب الحشد"، "قُتل عنصر في X": X is struck
		}
		if ownedSite := m.t0 >= 2 && s.toks[m.t0-1].HasPrefix("تابع") && a.struckSite(s, m.t0-2); ownedSite || struckBefore >= 0 && m.t0-struckBefore <= 2 && strings.HasPrefix(s.toks[m.t0].Surface, "و") {
			struckBefore = m.t1 // "غارات على مواقع تابعة لـX الإيراني والميليشيات المرتبطة به": whose sites were struck
			continue
		}
		if m.t0 > 0 && (targetWord(&s.toks[m.t0-1]) || supportWord(&s.toks[m.t0-1]) || a.x.rules.Cue(rules.CueOwner).Has(&s.toks[m.t0-1]) || a.struckSite(s, m.t0-1)) || a.accuser(s, m) || a.accuserGroup(s, m) || a.speakerGroup(s, m) || a.groupBacker(s, m) || joinedTarget(s, m) || a.dutyOf(s, m) || a.struckOthers(s, m) || m.typ == model.TypeCountry && !m.adj && m.t0 > 0 && s.toks[m.t0-1].Key() == "في" {
			continue // "وحمّل مسؤول طهران وأذرعها في العراق مسؤولية الهجوم": where, not who
		}
		var acc *accusation
		belong := m.typ == model.TypeMilitia && doersBelong(s, m.t0)
		deed := ""
		if m.typ == model.TypeMilitia && i < anaphora {
			deed = a.deedAfterThat(s, m)
		}
		switch {
		case early && i < anaphora:
			acc = &accusation{id: m.id, stance: a.subjectStance(s, m, neg), state: m.typ != model.TypeMilitia} // "إن X لم تكن وراء الهجوم"
			if hedged {
				acc.stance = a.stanceAt(s, m.t0)
			}
		case i >= anaphora && nearAfter(s, a.freeCue(s, rules.CueDenied), m.t1, 3):
			acc = &accusation{id: m.id, stance: model.StanceDenied} // "إن الحركة غير معنية بالهجوم"
		case m.typ == model.TypeMilitia && i < anaphora && ownSeriesHead(s, m):
			acc = &accusation{id: m.id, stance: a.stanceAt(s, m.t0)} // "كثفت X هجماتها …، كان أبرزها الهجوم على قاعدة Y"
		case negatedAnnounce(s, m.t0):
			// "ولم تعلن الكتائب مسؤوليتها": no claim, no denial
		case m.typ == model.TypeMilitia && i < anaphora && a.saysItClaims(s, m.t1):
			acc = &accusation{id: m.id, stance: model.StanceClaimed} // "بيد أن جماعة X نشرت مقطعاً قالت فيه إنها تتبنى قصف القاعدة"
		case i >= anaphora && a.pastClaim(s, m.t1):
			acc = &accusation{id: m.id, stance: model.StanceClaimed} // "وكانت المجموعة ذاتها قد أعلنت مسؤوليتها عن هجوم"
		case i >= anaphora && selfAfter(s, m.t1) && (a.ownStrike(s, m) || m.t0 > 0 && s.toks[m.t0-1].HasAny("تابعت", "اضافت") && nearAfter(s, a.freeCue(s, rules.CueOwnStrike), m.t1, 8)):
			acc = &accusation{id: m.id, stance: model.StanceClaimed} // "وتابعت الجماعة ذاتها في بيان ثان أنها استهدفت قاعدة X"
		case i >= anaphora && a.ownPostSays(s, m.t0) && nearAfter(s, a.freeCue(s, rules.CueAttackVerb), m.t1, 1):
			acc = &accusation{id: m.id, stance: model.StanceClaimed} // "وأضاف المنشور أن الجماعة استهدفت قاعدة X": the group's own post
		case i >= anaphora && !before(s, cues, m.t0) && !a.hedgeOverAside(s, m.t0) && !a.announcedDeed(s, m) && !relativeDeedBefore(s, m.t0):
			// "الحركة" points back to a group only when a cue accuses it.
		case a.ownStrike(s, m):
			acc = &accusation{id: m.id, stance: model.StanceClaimed}
			if nearAfter(s, a.freeCue(s, rules.CueDenied), m.t1, 6) || negatedThat(s, m.t1) {
				acc.stance = model.StanceDenied // "أكدت X أنها لم تشارك في استهداف القاعدة"
			}
		case m.typ == model.TypeMilitia && a.announcedDeed(s, m):
			acc = &accusation{id: m.id, stance: model.StanceClaimed} // "بعد إعلان X، أمس، استهداف قاعدة Y"
		case m.typ == model.TypeMilitia && a.opensWith(s, m):
			acc = &accusation{id: m.id, stance: model.StanceClaimed, campaign: true} // "افتتحت X سلسلة عملياتها باستهداف A وB، ثم استهدفت C"
		case m.typ == model.TypeMilitia && a.claimsAfter(s, m.t1):
			acc = &accusation{id: m.id, stance: model.StanceClaimed} // "وكانت X قد تبنت الهجوم"
		case deed != "":
			acc = &accusation{id: m.id, stance: deed} // "وتوعدت X بمزيد من العمليات بعد أن تبنت الهجوم"
		case m.typ == model.TypeMilitia && i < anaphora && a.doerAfterDeed(s, m):
			acc = &accusation{id: m.id, stance: a.stanceAt(s, m.t0), attacker: !before(s, cues, m.t0)} // "ونفذت الهجوم X"
		case m.typ == model.TypeMilitia && nearAfter(s, claims, m.t1, 2):
			acc = &accusation{id: m.id, stance: model.StanceClaimed}
			if st := a.stanceAt(s, m.t0); st == model.StanceDenied {
				acc.stance = st // "نفت X مسؤوليتها"
			}
		case m.typ == model.TypeMilitia && ((nearAfter(s, verbs, m.t1, 6) || nearAfter(s, verbs, a.pastQualifiers(s, m.t1), 6)) && !saidBefore(s, m.t1, verbs) && !sourceIn(s, m) || contains(nouns, m.t0-1) || contains(verbs, m.t0-1) && !a.otherObjectVerb(s, m.t0-1) || a.attackObjectVerb(s, m.t0) || contains(vso, m.t1) || membersAfter(s, vso, m.t0) || fightersAfterVerb(s, vso, m.t0) || a.fightersLaunched(s, m) || a.membersOf(s, m.t0) || a.headlineVerb(s, m)):
			acc = &accusation{id: m.id, stance: a.stanceAt(s, m.t0), attacker: !before(s, cues, m.t0)}
			if subj && acc.stance == model.StanceAsserted {
				acc.stance = a.stanceNear(s, m.t0) // "إن X هي على الأغلب التي نفذت الهجوم": the hedge inside the clause
			}
		case m.typ == model.TypeMilitia && fellInto(s, m):
			acc = &accusation{id: m.id, stance: a.stanceAt(s, m.t0), attacker: true} // "سقط مطار X بيد مقاتلين من Y"
		case m.typ == model.TypeMilitia && a.tookPart(s, m):
			acc = &accusation{id: m.id, stance: a.stanceAt(s, m.t0), attacker: !before(s, cues, m.t0), took: true} // "هجوم واسع شاركت فيه كتائب من X"
		case m.typ == model.TypeCountry && a.stateLaunched(s, m, verbs):
			acc = &accusation{id: m.id, stance: a.stanceAt(s, m.t0), state: true} // "قالت الوزارة إن إيران أطلقت صواريخ"
		case (m.typ == model.TypeMilitia || m.typ == model.TypeCountry) && pointedAt(s, m.t0) && !claimToldBefore(claims, m.t0):
			acc = &accusation{id: m.id, stance: model.StanceHinted, state: m.typ == model.TypeCountry} // "في إشارة إلى إسرائيل"
		case (m.typ == model.TypeMilitia || m.typ == model.TypeCountry) && negatedStrike(s, m.t1):
			acc = &accusation{id: m.id, stance: model.StanceDenied, state: m.typ == model.TypeCountry} // "إن الولايات المتحدة لم تنفذ ضربات"
		case a.deniesOwn(s, m):
			acc = &accusation{id: m.id, stance: model.StanceDenied, state: true, self: true} // "نفت طهران أي علاقة لها بالهجوم"
		case m.typ == model.TypeForce && a.notResponsible(s, m):
			acc = &accusation{id: m.id, stance: model.StanceDenied, state: true, self: true} // "وكتب أن التحالف «غير مسؤول» عن الانفجارات"
		case (m.typ == model.TypeMilitia || m.typ == model.TypeCountry) && namedAsDoer(s, m) && i < anaphora:
			acc = &accusation{id: m.id, stance: a.stanceNear(s, m.t0), state: m.typ == model.TypeCountry} // "المتهم بالهجوم هو X"، "الذي تقف وراءه X"
		case belong && i < anaphora:
			acc = &accusation{id: m.id, stance: a.stanceNear(s, m.t0), belong: true} // "أحد المعتقلين يُشتبه بانتمائه إلى فصيل X"
		case m.typ == model.TypeMilitia && i < anaphora && a.appositiveDoer(s, m):
			acc = &accusation{id: m.id, stance: a.stanceNear(s, m.t0), belong: true} // "الفصائل ذاتها التي نفذت الهجوم على أربيل، أي X وY"
		case m.typ == model.TypeMilitia && i < anaphora && doerListed(s, out, m):
			acc = &accusation{id: m.id, stance: out[len(out)-1].stance, belong: out[len(out)-1].belong} // "من عناصر X وY"
		case m.typ == model.TypeMilitia && i < anaphora && a.vsoPairDoer(s, out, vso, verbs, m):
			acc = &accusation{id: m.id, stance: out[len(out)-1].stance, attacker: true} // "استهدفت X وY القاعدة"
		case m.typ == model.TypeMilitia && a.killedAttacking(s, m.t1) && i < anaphora:
			acc = &accusation{id: m.id, stance: a.stanceNear(s, m.t0)} // "قُتل عناصر من X خلال هجومهم على القاعدة"
		case m.typ == model.TypeMilitia && ownedBy(s, m) && i < anaphora && len(a.freeCue(s, rules.CueResponse)) == 0 && !a.stateStrikesBefore(s, m.t0):
			acc = &accusation{id: m.id, stance: a.stanceNear(s, m.t0)} // "المسيرات ... تعود لفصائل X"، "نفذته خلايا تابعة لـX"
		case m.typ == model.TypeMilitia && (nearAfter(s, a.freeCue(s, rules.CueDenied), m.t1, 5) || deniedAfterAside(s, a.freeCue(s, rules.CueDenied), m.t1)):
			acc = &accusation{id: m.id, stance: model.StanceDenied} // "المتحدث باسم X نفى أي صلة"، "سارعت X، التي تتهمها واشنطن عادة بالهجمات، إلى التبرؤ منه"
		case subj && m.typ != model.TypeForce && i < anaphora && len(a.freeCue(s, rules.CueResponse)) == 0:
			acc = &accusation{id: m.id, stance: a.subjectStance(s, m, false), state: m.typ == model.TypeCountry} // "أن تكون طهران قد سهّلت الهجمات"
		case (m.typ == model.TypeMilitia || m.typ == model.TypeCountry) && (nearAfter(s, after, m.t1, 3) || nearAfter(s, after, a.pastQualifiers(s, m.t1), 3) || nearAfter(s, after, copulaHedge(s, m.t1), 3) || afterRecord(s, after, m.t1) || standsBehind(s, m.t1)):
			acc = &accusation{id: m.id, stance: a.stanceNear(s, m.t0)}
		case m.typ == model.TypeMilitia && i < anaphora && a.attackOfGroup(s, m):
			acc = &accusation{id: m.id, stance: a.stanceAt(s, m.t0)} // "تعرضت القاعدة لهجوم مماثل لداعش"
		case (m.typ == model.TypeMilitia || m.typ == model.TypeCountry) && a.responsibilityOf(s, m):
			acc = &accusation{id: m.id, stance: a.stanceAt(s, m.t0), state: m.typ == model.TypeCountry} // "ألمح مسؤول إلى مسؤولية إسرائيل عن الهجوم"
		case a.accusedObject(s, m):
			acc = &accusation{id: m.id, stance: a.stanceAt(s, m.t0)} // "اتهم مسؤول، طلب عدم ذكر اسمه، X بتنفيذ الهجوم"
		case beforeBlame(s, cues, m.t0) && !(sourceIn(s, m) && !ownVoice(a.stanceAt(s, m.t0))) && !usedBy(s, m.t0): // "مسؤول في X" only names who speaks, unless X denies or claims
			st := a.stanceAt(s, m.t0)
			acc = &accusation{id: m.id, stance: st}
			if st == model.StanceAsserted && a.sourceCue(s, m.t0) {
				acc.attacker = true
			}
		}
		if acc == nil && len(out) > 0 && m.t0 > 0 && s.toks[m.t0-1].Key() == "مثل" && !namesLike(s, m.t0-1) {
			acc = &accusation{id: m.id, stance: out[len(out)-1].stance} // "ميليشيات ..., مثل X"
		}
		if acc != nil && belong {
			acc.belong = true
		}
		if acc != nil {
			if m.typ == model.TypeCountry && !acc.state && !a.accuseVerb(s, m.t0) && !behindState(s, m) {
				continue
			}
			acc.t0 = m.t0
			out = a.appendAccused(out, s, m, *acc)
		}
	}
	out = a.ownStateClaim(s, a.ownStateDenial(s, a.ownGroupDenial(s, a.underUmbrella(s, a.coordinated(s, out)))))
	if len(cues) == 0 {
		return out // "حمّلتها واشنطن المسؤولية عن الهجوم" holds a cue
	}
	return a.heldAccused(s, out)
}

// appendAccused adds acc for mention m to out, and the armed body a
// collective is said to belong to: "مجموعات تابعة للحرس الثوري" blames
// the Guard too.
func (a *article) appendAccused(out []accusation, s *sentence, m mention, acc accusation) []accusation {
	out = append(out, acc)
	if body := a.collectiveBody(s, m); body != "" && acc.stance != model.StanceClaimed && !slices.ContainsFunc(out, func(x accusation) bool { return x.id == body }) && a.ensure(body, s) {
		out = append(out, accusation{id: body, stance: acc.stance, t0: m.t0})
	}
	return out
}

// attackObjectVerb reports a verb right before t0 whose object is the
// attack named right before it: "هذه الهجمات تنفذها X" (not "حملة أمنية
// تنفذها X").
func (a *article) attackObjectVerb(s *sentence, t0 int) bool {
	set := a.x.rules.Cue(rules.CueAttackVerbObj)
	for k := max(t0-3, 1); k < t0; k++ {
		if n := set.Match(s.toks, k); n > 0 && k+n == t0 {
			return contains(a.freeCue(s, rules.CueAttack), k-1) || a.x.rules.Cue(rules.CueAttackAnaphora).Has(&s.toks[k-1])
		}
	}
	return false
}

// otherObjectVerb reports a verb at v that carries its object ("نفذتها"،
// "شنتها") after a campaign, a raid or a patrol named in the three words
// before it: in "حملات أمنية نفذتها X" the object is the campaign.
func (a *article) otherObjectVerb(s *sentence, v int) bool {
	if !s.toks[v].HasAny("نفذتها", "نفذته", "نفذوها", "نفذوه", "شنتها", "شنته", "شنوها", "شنوه", "تنفذها", "ينفذها", "تشنها", "يشنها") {
		return false
	}
	for k := v - 1; k >= 0 && k >= v-3 && !s.toks[k+1].Break; k-- {
		if s.toks[k].HasAny("حمله", "حملات", "مداهمات", "مداهمه", "دوريات", "دوريه", "تدريبات", "مناورات", "اعتقالات", "تمشيط") {
			return true
		}
	}
	return false
}

// coordinated gives an armed group joined by "و" to an accused group
// right after it, the pair a clause's subject, the same accusation: "إن X
// والجماعات التابعة لإيران تتحمل المسؤولية عن الهجوم" accuses both.
func (a *article) coordinated(s *sentence, out []accusation) []accusation {
	n := len(out)
	for i := 0; i < n; i++ {
		next := s.mentionStarting(out[i].t0)
		if next == nil || next.typ != model.TypeMilitia || !strings.HasPrefix(s.toks[next.t0].Surface, "و") {
			continue
		}
		for _, m := range s.ments {
			if m.t1 != next.t0 || m.adj || m.typ != model.TypeMilitia || m.id == next.id || m.t0 > 0 && !s.toks[m.t0].Break && !s.toks[m.t0-1].HasAny("ان", "بان", "لان", "لكن") {
				continue // the pair as a subject only: not "لمحاسبة الحرس الثوري والمليشيات التابعة له"
			}
			if !slices.ContainsFunc(out, func(x accusation) bool { return x.id == m.id }) {
				out = append(out, accusation{id: m.id, stance: out[i].stance, t0: m.t0})
			}
		}
	}
	return out
}

// underUmbrella adds the group named before "تحت مظلة X" when X is
// accused: in "إن «كتائب حزب الله والجماعات التابعة لها تحت مظلة الحرس
// الثوري» نفذت الهجوم" both the group and its umbrella are blamed.
func (a *article) underUmbrella(s *sentence, out []accusation) []accusation {
	n := len(out)
	for i := 0; i < n; i++ {
		u := s.mentionStarting(out[i].t0)
		if u == nil || u.t0 < 2 || !s.toks[u.t0-1].Has("مظله") || !s.toks[u.t0-2].Has("تحت") {
			continue
		}
		k := u.t0 - 2
		for _, m := range s.ments {
			if m.typ != model.TypeMilitia || m.adj || m.t1 > k || k-m.t1 > 6 || breakBetween(s, m.t1, k) {
				continue
			}
			if m.id == outlawID || collectiveMember(&m) {
				break // "مجموعات خارجة عن القانون تنضوي تحت مظلة الحشد": the umbrella names them
			}
			if !slices.ContainsFunc(out, func(x accusation) bool { return x.id == m.id }) {
				out = append(out, accusation{id: m.id, stance: out[i].stance, t0: m.t0})
			}
			break
		}
	}
	return out
}

// heldObject finds the one held responsible by a form of حمّل: the name
// right before مسؤولية, up to 20 words after the verb. It returns the verb's
// token and the name's index in ms, or -1 when there is none.
func (a *article) heldObject(s *sentence, ms []mention) (int, int) {
	for i, m := range ms {
		if m.adj || m.t1 >= len(s.toks) || !s.toks[m.t1].Has("مسؤوليه") || a.groupBacker(s, m) {
			continue
		}
		if placeAfterIn(s, ms, i) && (m.typ == model.TypeCity || m.typ == model.TypeCountry) {
			// "حمّل جماعات مدعومة من إيران وتعمل في سوريا والعراق مسؤولية الهجوم": the group qualified
			if i = a.qualifiedGroup(s, ms, i); i < 0 {
				continue
			}
			m = ms[i]
		}
		for k := m.t0 - 1; k >= 0 && k >= m.t0-20; k-- {
			if holdVerb(&s.toks[k]) {
				return k, i
			}
		}
	}
	return -1, -1
}

// qualifiedGroup is the index of the last armed group before place ms[i]
// whose qualifiers run on to it (its backer, where it works), or -1.
func (a *article) qualifiedGroup(s *sentence, ms []mention, i int) int {
	for j := i - 1; j >= 0 && ms[i].t0-ms[j].t1 <= 12; j-- {
		m := ms[j]
		if m.adj || placeAfterIn(s, ms, j) || a.groupBacker(s, m) || m.typ == model.TypeCountry || m.typ == model.TypeCity {
			continue
		}
		if m.typ == model.TypeMilitia && !breakBetween(s, m.t1, ms[i].t0) {
			return j
		}
		return -1
	}
	return -1
}

// placeAfterIn reports ms[i] as a place after "في", alone or closing a list:
// "فصائل تنشط في سوريا والعراق" ends with العراق, who is not held.
func placeAfterIn(s *sentence, ms []mention, i int) bool {
	t0 := ms[i].t0
	for j := i - 1; j >= 0 && ms[j].t1 == t0; j-- {
		t0 = ms[j].t0 // "سوريا والعراق"
	}
	return t0 > 0 && s.toks[t0-1].Key() == "في"
}

// holdVerb reports حمّل with no object pronoun: "حمّل"، "حمّلت"، "يحمّل";
// not تحمّل (to bear it, a claim) nor حملات (campaigns).
func holdVerb(t *arabic.Token) bool {
	return t.Has("حمل") || t.Has("حملت") || t.Has("يحمل")
}

// heldAccused adds the group an object pronoun of حمّل points back to:
// in "ضربت القوات مواقع للكتائب بعدما حمّلتها واشنطن المسؤولية عن الهجوم"
// the last armed group named before the verb is the accused.
func (a *article) heldAccused(s *sentence, out []accusation) []accusation {
	for k := range s.toks {
		if !heldVerb(&s.toks[k]) || !responsibilityAfter(s, k) {
			continue
		}
		var last *mention
		for i := range s.ments {
			if m := &s.ments[i]; m.t1 <= k && !m.adj && m.typ == model.TypeMilitia {
				last = m
			}
		}
		if last == nil || slices.ContainsFunc(out, func(x accusation) bool { return x.id == last.id }) {
			continue
		}
		out = append(out, accusation{id: last.id, stance: model.StanceAsserted, t0: last.t0})
	}
	return out
}

// hedgeAt is the stance of the nearest hedge (likely, suspected, hinted)
// before token t, else stanceAt: in "رجح أن تكون الطائرات التي نفذت الغارات
// إسرائيلية" the verb of the relative clause does not assert.
func (a *article) hedgeAt(s *sentence, t int) string {
	best, bestPos := "", -1
	for _, st := range []string{model.StanceHinted, model.StanceSuspected, model.StanceLikely} {
		for _, c := range a.freeCues(s, st) {
			if c < t && c > bestPos {
				best, bestPos = st, c
			}
		}
	}
	if best == "" {
		return a.stanceAt(s, t)
	}
	return best
}

// hedgedLaunch reports a launch place under a hedge: "ويُعتقد أن الطائرة
// انطلقت من مواقع مليشيا X" speaks of who did the attack told before.
func (a *article) hedgedLaunch(s *sentence) bool {
	launch := a.freeCue(s, rules.CueLaunch)
	if len(launch) == 0 {
		return false
	}
	if controlBetween(s, launch[0], min(launch[0]+8, len(s.toks))) {
		return true // "أُطلقت من مناطق خاضعة لسيطرة X": the place names who launched
	}
	for _, st := range []string{model.StanceLikely, model.StanceSuspected, model.StanceHinted} {
		if len(a.freeCues(s, st)) > 0 {
			return true
		}
	}
	return false
}

// launchSite reports a group named, under a hedge, as holding the place a
// strike came from: "رجح X أن تكون المسيرات قد انطلقت من محاور ينتشر فيها
// مقاتلو Y"، "يعتقد أن الطائرة انطلقت من مواقع مليشيا Y". Stated flatly,
// only land Y holds names Y ("أُطلقت من المناطق الخاضعة لسيطرة Y"); a
// group's positions alone only place the launch.
func (a *article) launchSite(s *sentence, m mention) bool {
	hedged := false
	switch a.hedgeAt(s, m.t0) {
	case model.StanceLikely, model.StanceSuspected, model.StanceHinted:
		hedged = true
	}
	for _, c := range a.freeCue(s, rules.CueLaunch) {
		if c < m.t0 && m.t0-c <= 9 && !a.actorBetween(s, c, m.t0) && (hedged || controlBetween(s, c, m.t0)) {
			return true
		}
	}
	return false
}

// controlBetween reports a word of holding land in (from, to): the place a
// strike came from is the group's ("من مناطق الخاضعة لسيطرة X"، "من منطقة
// تحت سيطرة X"، "من مواقع يسيطر عليها X"، "من مناطق نفوذ X").
func controlBetween(s *sentence, from, to int) bool {
	for k := from + 1; k < to; k++ {
		t := &s.toks[k]
		if t.HasPrefix("تسيطر") || t.HasPrefix("يسيطر") || t.HasPrefix("سيطر") || t.HasPrefix("لسيطر") ||
			t.HasPrefix("نفوذ") || t.HasPrefix("خاضع") {
			return true
		}
	}
	return false
}

// actorBetween reports a base, armed group, force or state named in [from, to).
func (a *article) actorBetween(s *sentence, from, to int) bool {
	for _, n := range s.ments {
		if n.t0 >= from && n.t0 < to && !n.adj && n.typ != model.TypeCity && n.typ != model.TypeOrganization && n.typ != model.TypeOfficial {
			return true
		}
	}
	return false
}

// struckSite reports a site noun at token i after a strike word: "ضربات
// على مقر لـX" strikes X's site, X is no attacker there.
func (a *article) struckSite(s *sentence, i int) bool {
	if !a.x.rules.Cue(rules.CuePlaceNoun).Has(&s.toks[i]) {
		return false
	}
	strike := a.x.rules.Cue(rules.CueStrike)
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if s.toks[k].Key() == "علي" || s.toks[k].Key() == "ضد" || strike.Has(&s.toks[k]) {
			return true // "ضربات على مقر لـX"، "قصفت فجر اليوم مقراً لـX"
		}
	}
	return false
}

// struckOthers reports a state or force that struck what a relative
// clause describes, not a base: "بالمجموعات التي استهدفتها واشنطن" names
// Washington's strike on the groups, no blame for the attack.
func (a *article) struckOthers(s *sentence, m mention) bool {
	if m.adj || m.typ != model.TypeCountry && m.typ != model.TypeForce || m.t0 < 3 || !strikesIt(&s.toks[m.t0-1]) || !s.toks[m.t0-2].HasAny("تي", "ذي", "ذين") {
		return false
	}
	ant := &s.toks[m.t0-3]
	if n := s.mentionAt(m.t0 - 3); n != nil {
		return n.typ != model.TypeBase
	}
	return !baseNoun(ant) && !a.x.rules.Cue(rules.CueAttack).Has(ant) && !a.x.rules.Cue(rules.CueStrike).Has(ant)
}

// deniedFor reports an armed group, force or state named right after what
// a denial verb denies: "نفى X أي علاقة للجيش السوري بالهجوم"، "نفت أي صلة
// لحركة Y".
func (a *article) deniedFor(s *sentence, m mention) bool {
	if m.typ != model.TypeMilitia && m.typ != model.TypeForce && m.typ != model.TypeCountry {
		return false
	}
	return a.deniedAt(s, m)
}

// deniedAt reports a mention right after what a denial verb denies, of any
// type: "نفى ... أي علاقة لطهران بالهجوم" names the capital for its state.
func (a *article) deniedAt(s *sentence, m mention) bool {
	if m.t0 < 2 {
		return false
	}
	objects := a.x.rules.Cue(rules.CueDenyObject)
	if a.deniedBeing(s, m, objects) {
		return true
	}
	for k := m.t0 - 1; k >= 0 && k >= m.t0-2; k-- {
		if !objects.Has(&s.toks[k]) {
			continue
		}
		for _, d := range a.freeCue(s, rules.CueDenied) {
			if d < k && (k-d <= 12 || k-d <= 18 && withLam(&s.toks[m.t0])) && !a.actorBetween(s, d+1, k) { // "نفى المتحدث باسم وزارة X فلان أي علاقة لطهران"، "نفى مسؤول في وزارة X في حكومة Y، طلب عدم ذكر اسمه، أي صلة لـZ"
				return true
			}
		}
	}
	return false
}

// ownGroupDenial adds the group a spokesman speaks for when he denies for
// "his faction": "قال X، المتحدث باسم Y، إن فصيله غير معني بالهجوم".
func (a *article) ownGroupDenial(s *sentence, out []accusation) []accusation {
	out = a.ownGroupClaim(s, out)
	denied := a.freeCue(s, rules.CueDenied)
	if len(denied) == 0 {
		return out // most sentences: no set look-up
	}
	own := a.x.rules.Cue(rules.CueOwnGroup)
	for _, d := range denied {
		g := -1
		for k := d - 1; k >= 0 && k >= d-2; k-- {
			if own.Has(&s.toks[k]) {
				g = k
			}
		}
		if g < 0 {
			if id, k := a.sourceArmy(s, d); id != "" && !slices.ContainsFunc(out, func(x accusation) bool { return x.id == id }) {
				out = append(out, accusation{id: id, stance: model.StanceDenied, self: true, t0: k})
			}
			continue
		}
		if id := groupBefore(s, g); id != "" && !slices.ContainsFunc(out, func(x accusation) bool { return x.id == id }) {
			out = append(out, accusation{id: id, stance: model.StanceDenied, self: true, t0: g})
		}
	}
	return out
}

// sourceArmy is the force a source of the denial at d belongs to when the
// denial's object is the bare army: in "نفى مصدر عسكري في قوات النظام أي
// علاقة للجيش بالهجوم" the army is the source's own, the regime forces.
func (a *article) sourceArmy(s *sentence, d int) (string, int) {
	objects := a.x.rules.Cue(rules.CueDenyObject)
	for k := d + 1; k < len(s.toks) && k <= d+18; k++ {
		t := &s.toks[k]
		if !t.Has("جيش") || !definite(t) && !strings.HasPrefix(t.Surface, "لل") || s.mentionAt(k) != nil || !objects.Has(&s.toks[k-1]) {
			continue
		}
		if k+1 < len(s.toks) && !s.toks[k+1].Break && a.x.adjective(&s.toks[k+1]) != nil {
			return "", 0 // "للجيش السوري": named, read as such
		}
		for _, m := range s.ments {
			if m.t0 > d && m.t1 <= k && m.typ == model.TypeForce && m.t0 > 0 && s.toks[m.t0-1].Has("في") {
				return m.id, m.t0
			}
		}
	}
	return "", 0
}

// ownStateDenial adds the state an official or ministry speaks for when it
// denies for "his country": "نفى المتحدث باسم الخارجية X، فلان، أن تكون
// لبلاده أي صلة بالهجوم"، "قال الوزير إن حكومته لا علاقة لها بالقصف".
func (a *article) ownStateDenial(s *sentence, out []accusation) []accusation {
	denied := a.freeCue(s, rules.CueDenied)
	if len(denied) == 0 {
		return out
	}
	own, objects := a.x.rules.Cue(rules.CueOwnState), a.x.rules.Cue(rules.CueDenyObject)
	for k := range s.toks {
		if !own.Has(&s.toks[k]) || !anyOf(objects, s, max(k-3, 0), min(k+4, len(s.toks))) || !nearDenial(denied, k) {
			continue
		}
		id := a.speakerState(s, k)
		if id != "" && a.ensure(id, s) && !slices.ContainsFunc(out, func(x accusation) bool { return x.id == id }) {
			out = append(out, accusation{id: id, stance: model.StanceDenied, self: true, t0: k})
		}
	}
	return out
}

// ownStateClaim adds the state a speaker speaks for when he says that "his
// country" struck: "قال المندوب إن بلاده مارست حقها في الدفاع عن النفس
// عندما استهدفت قاعدة X"، "أكد الوزير أن بلاده قصفت القاعدة". The attack
// verb, with no object pronoun ("ونفذتها جماعات": another subject's), follows
// within eighteen words, with no other side named between.
func (a *article) ownStateClaim(s *sentence, out []accusation) []accusation {
	own := a.x.rules.Cue(rules.CueOwnState)
	var verbs []int
	for k := 1; k < len(s.toks); k++ {
		if own.Has(&s.toks[k]) && s.toks[k-1].Key() == "دور" {
			out = a.ownStateRole(s, k, out)
			continue
		}
		if !own.Has(&s.toks[k]) || s.toks[k-1].Key() != "ان" {
			continue
		}
		if verbs == nil {
			verbs = a.freeCue(s, rules.CueAttackVerb)
		}
		v := slices.IndexFunc(verbs, func(v int) bool {
			return v > k && v-k <= 18 && s.toks[v].HasAny("استهدفت", "قصفت", "هاجمت", "ضربت", "شنت", "نفذت", "اطلقت") && !a.actorBetween(s, k+1, v)
		})
		if v < 0 {
			continue
		}
		id := a.speakerState(s, k)
		if id != "" && a.ensure(id, s) && !slices.ContainsFunc(out, func(x accusation) bool { return x.id == id }) {
			out = append(out, accusation{id: id, stance: model.StanceClaimed, self: true, t0: verbs[v]}) // the deed's clause
		}
	}
	return out
}

// ownStateRole adds the speaker's own state told at k after "دور" ("ألمح
// نتنياهو إلى دور لبلاده في الانفجارات") with the stance of a hint or
// hedge cue before it; a bare "دور" with no such cue blames no one.
func (a *article) ownStateRole(s *sentence, k int, out []accusation) []accusation {
	st := ""
	for _, name := range []string{model.StanceHinted, model.StanceSuspected, model.StanceLikely} {
		if slices.ContainsFunc(a.freeCues(s, name), func(c int) bool { return c < k && k-c <= 12 }) {
			st = name
			break
		}
	}
	if st == "" {
		return out
	}
	id := a.speakerState(s, k)
	if id == "" {
		id = officeState(s, k)
	}
	if id == "" || !a.ensure(id, s) || slices.ContainsFunc(out, func(x accusation) bool { return x.id == id }) {
		return out
	}
	return append(out, accusation{id: id, stance: st, state: true, t0: k})
}

// nearDenial reports a denial word within 16 tokens of t, before it (the
// speaker's title and name may come between) or
// right after it ("إن بلاده لا علاقة لها").
func nearDenial(denied []int, t int) bool {
	for _, d := range denied {
		if d < t && t-d <= 16 || d > t && d-t <= 2 {
			return true
		}
	}
	return false
}

// speakerState is the state of the last official or organisation named
// before token t, as the lexicon places it, or "".
func (a *article) speakerState(s *sentence, t int) string {
	for i := len(s.ments) - 1; i >= 0; i-- {
		m := s.ments[i]
		if m.t1 > t || m.adj || m.typ != model.TypeOfficial && m.typ != model.TypeOrganization || addressed(s, m) {
			continue
		}
		if id := a.x.homeCountry(m.id); id != "" {
			return id
		}
	}
	for i := len(s.ments) - 1; i >= 0; i-- {
		if m := s.ments[i]; m.t1 <= t && !m.adj && m.typ == model.TypeCountry && m.t0 > 0 && s.toks[m.t0-1].HasAny("مندوب", "سفير", "ممثل", "مبعوث", "خارجيه", "دفاع") {
			return m.id // "مندوب إيران الدائم لدى الأمم المتحدة، فلان"
		}
	}
	return ""
}

// officeState is the state whose adjective qualifies the last office named
// before token t: "رئيس الوزراء الإسرائيلي فلان"، "وزير الدفاع التركي"; or "".
func officeState(s *sentence, t int) string {
	for i := len(s.ments) - 1; i >= 0; i-- {
		m := s.ments[i]
		if m.t1 > t || !m.adj || m.typ != model.TypeCountry {
			continue
		}
		for k := m.t0 - 1; k >= 0 && k >= m.t0-3 && !s.toks[k+1].Break; k-- {
			if officeHead(&s.toks[k]) {
				return m.id // "رئيس الوزراء الإسرائيلي فلان"، "وزير الدفاع التركي": the state of the office
			}
		}
	}
	return ""
}

// groupBacker reports a group or state named as who backs or owns the group
// named before it: "لواء X المدعوم من الحرس الثوري"، "مجلس X التابع لقوات
// Y". Unnamed members ("خلايا تابعة لتنظيم X") make X the accused.
func (a *article) groupBacker(s *sentence, m mention) bool {
	k := m.t0 - 1
	if k > 0 && (s.toks[k].Key() == "من" || s.toks[k].Key() == "قبل") {
		k--
	}
	if k > 0 && s.toks[k].Key() == "من" {
		k-- // "المدعومة من قبل"
	}
	if k < 1 || k == m.t0-1 && s.toks[k].Key() == "من" {
		return false
	}
	if n := s.mentionAt(k - 1); (n == nil || n.adj) && !a.groupAnaphorWord(&s.toks[k-1]) {
		return false
	}
	if beDoers(s, k) {
		return false // "أن تكون المجموعة تابعة لـX": the doers are X's
	}
	t := &s.toks[k]
	for _, p := range []string{"مدعوم", "المدعوم", "موالي", "الموالي", "التابع", "تابع", "المرتبط", "مرتبط", "المقرب", "مقرب"} {
		if t.HasPrefix(p) {
			return true
		}
	}
	return false
}

// groupAnaphorWord reports a definite word that points back to a group named
// before: "حمّل الكتائب المدعومة من طهران مسؤولية الهجوم" holds the
// group, and names its backer only to qualify it.
func (a *article) groupAnaphorWord(t *arabic.Token) bool {
	return a.x.rules.Cue(rules.CueGroupAnaphora).Has(t) && definite(t)
}

// saidBefore reports "إن"/"أن" between a group and the attack verb after
// it: in "قال مصدر في X إن القذائف أطلقت من ..." X speaks, the verb is
// another clause's.
func saidBefore(s *sentence, t int, verbs []int) bool {
	for _, v := range verbs {
		if v < t || v-t > 6 {
			continue
		}
		for k := t; k < v; k++ {
			if s.toks[k].Key() == "ان" {
				return true
			}
		}
		return false
	}
	return false
}

// groupAdjective reports a state adjective right after an armed group's
// name: "أن تكون ميليشيا «لواء فاطميون» الأفغانية هي من أطلقت" says where
// the group is from, not whose the planes were.
func groupAdjective(s *sentence, m mention) bool {
	for _, n := range s.ments {
		if n.t1 == m.t0 && n.typ == model.TypeMilitia && !n.adj {
			return true
		}
	}
	return false
}

// laterArmed reports another armed group or state named after m in s.
func (a *article) laterArmed(s *sentence, m mention) bool {
	for _, n := range s.ments {
		if n.t0 >= m.t1 && n.id != m.id && !n.adj && armedOrState(n.typ) {
			return true
		}
	}
	return false
}

// threatens reports a group right after a threat verb with what it
// threatens right after it: "هددت X بضرب القواعد"، "لوّحت X باستهداف".
func (a *article) threatens(s *sentence, m mention) bool {
	if m.t0 < 1 || m.t1 >= len(s.toks) || s.toks[m.t1].Break || !strings.HasSuffix(s.toks[m.t1].Pre, "ب") && !strings.HasPrefix(s.toks[m.t1].Surface, "ب") {
		return false
	}
	return contains(a.freeCue(s, rules.CueHypothetical), m.t0-1) && a.deedAfterThat(s, m) == "" // "وتوعدت X بمزيد من العمليات بعد أن نفذت الهجوم": the deed it threatens after
}

// sourceIn reports a group named as where a source works: "مصدر في X"،
// "متحدث باسم X".
func sourceIn(s *sentence, m mention) bool {
	if m.t0 < 2 {
		return false
	}
	p, q := s.toks[m.t0-1].Key(), &s.toks[m.t0-2]
	return (p == "في" || p == "باسم") && (q.HasPrefix("مصدر") || q.HasPrefix("مسؤول") || q.HasPrefix("متحدث") || q.HasPrefix("قيادي"))
}

// deniesOwn reports a group or state right after a denial verb with what
// it denies a few words on: "نفت طهران أي علاقة لها بالهجوم"، "نفى X
// تورطه"، "تنفي Y مسؤوليتها".
// deniedBeing reports "نفى ... أن تكون لإيران أي علاقة بالهجوم": the
// denied link follows a mention written with "ل", after "أن يكون/تكون"
// governed by a denial verb.
func (a *article) deniedBeing(s *sentence, m mention, objects rules.Set) bool {
	t := &s.toks[m.t0]
	if t.Pre != "ل" && !strings.HasPrefix(t.Surface, "ل") || m.t0 < 2 {
		return false
	}
	be := s.toks[m.t0-1].Key()
	if be != "يكون" && be != "تكون" || s.toks[m.t0-2].Key() != "ان" {
		return false
	}
	found := false
	for k := m.t1; k < len(s.toks) && k <= m.t1+2; k++ {
		found = found || objects.Has(&s.toks[k])
	}
	if !found {
		return false
	}
	for _, d := range a.freeCue(s, rules.CueDenied) {
		if d < m.t0 && m.t0-d <= 12 && !a.actorBetween(s, d+1, m.t0-2) {
			return true
		}
	}
	return false
}

func (a *article) deniesOwn(s *sentence, m mention) bool {
	denied := a.freeCue(s, rules.CueDenied)
	from, reach, topic := m.t1, 3, false
	switch {
	case m.adj:
		return false
	case contains(denied, m.t1) && m.typ == model.TypeCountry:
		from = m.t1 + 1 // "إيران تنفي أي علاقة لها"
	case m.typ == model.TypeCountry && m.t0 > 0 && s.toks[m.t0-1].Key() == "اما":
		d := slices.IndexFunc(denied, func(c int) bool { return c > m.t1 && c <= m.t1+2 })
		if d < 0 {
			return false
		}
		from, reach, topic = denied[d]+1, 12, true // "أما طهران، فقد نفت على لسان المتحدث باسم خارجيتها أي علاقة لها"
	case m.t0 == 0 || !contains(denied, m.t0-1):
		return false
	}
	if from+1 < len(s.toks) && s.toks[from].Key() == "علي" && s.toks[from+1].Key() == "لسان" {
		reach, topic = 12, true // "نفت إيران على لسان المتحدث باسم خارجيتها، ناصر كنعاني، أي علاقة لها"
	}
	for _, c := range a.freeCue(s, rules.CueDenyObject) {
		if c >= from && (c-from <= reach && (topic || !breakBetween(s, from-1, c)) || c-from <= 8 && asideBetween(s, from, c)) {
			return true // "نفت X، المنضوية في Y، أي علاقة لها"
		}
	}
	return false
}

// relativeDeedBefore reports the verb of a deed with the pronoun of the
// attack right before t, after a base s names, "تعرضت ربيئة X لهجوم مماثل
// نفذه التنظيم": the group after it did it.
func relativeDeedBefore(s *sentence, t int) bool {
	if t == 0 || s.toks[t].Break || !slices.ContainsFunc(s.toks[t-1].Variants, func(v arabic.Variant) bool { return deedWithPronoun(v.Key) }) {
		return false
	}
	return slices.ContainsFunc(s.ments, func(m mention) bool { return m.typ == model.TypeBase && !m.adj && m.t1 < t }) // the attack is a base's, told in s
}

// deedWithPronoun reports the key of a verb of carrying out with the
// pronoun of the attack it did, "شنه"، "نفذتها": its subject follows it.
func deedWithPronoun(k string) bool {
	switch k {
	case "شنه", "شنها", "نفذه", "نفذها", "شنته", "نفذته", "شنتها", "نفذتها":
		return true
	}
	return false
}

// eventAfter reports an indefinite attack noun within six words from k
// in its clause: "هجوماً"، "هجمات".
func eventAfter(s *sentence, k int) bool {
	for j := k; j < len(s.toks) && j < k+6; j++ {
		if j > k && s.toks[j].Break {
			return false
		}
		if s.toks[j].HasAny("هجوما", "هجوم", "هجمات", "هجمه") && !definite(&s.toks[j]) {
			return true
		}
	}
	return false
}

// afterAside is the token that closes an aside opening at t with "وهي"،
// "وهو"، "التي" or "الذي" ("X، وهي تحالف فصائل، قد تبنت"), or with a
// definite noun and its relative clause ("X، المظلة التي تضم فصائل، قد
// تبنت"), or t when none.
func afterAside(s *sentence, t int) int {
	if t+1 >= len(s.toks) || !s.toks[t].Break {
		return t
	}
	switch s.toks[t].Key() {
	case "وهي", "وهو", "تي", "ذي", "وهم", "هي", "هو": // Key drops the article of التي and الذي
	default:
		if !definite(&s.toks[t]) || !s.toks[t+1].HasAny("تي", "ذي") {
			return t // "X، المظلة التي تضم فصائل، قد تبنت": a noun and its relative clause
		}
	}
	for k := t + 1; k < len(s.toks) && k <= t+12; k++ {
		if s.toks[k].Break {
			return k
		}
	}
	return t
}

// deniedAfterAside reports a denial cue within three words after a
// relative aside that opens at t: "سارعت X، التي تتهمها واشنطن عادة
// بالهجمات، إلى التبرؤ منه".
func deniedAfterAside(s *sentence, denied []int, t int) bool {
	k := afterAside(s, t)
	return k > t && nearAfter(s, denied, k+1, 3)
}

// asideBetween reports tokens [from, to) that are one aside set off by
// separators: a break at from and another before to.
func asideBetween(s *sentence, from, to int) bool {
	if from >= len(s.toks) || !s.toks[from].Break {
		return false
	}
	for k := from + 1; k <= to && k < len(s.toks); k++ {
		if s.toks[k].Break {
			return true
		}
	}
	return false
}

// stateAttackAdj reports a state adjective on an attack noun: "هجوم
// إيراني"، "الاعتداء التركي". A weapon's make ("مسيرة إيرانية الصنع") is
// no accusation and has no attack noun before it.
func (a *article) stateAttackAdj(s *sentence, m mention) bool {
	if !m.adj || m.typ != model.TypeCountry || m.t0 == 0 || madeIn(s, m.t1) {
		return false
	}
	if !a.attackNounBefore(s, m.t0) && !exposedRaid(s, m.t0) && !raidOnBase(s, m) || warTalk(s, m) || a.sitesObject(s, m) {
		return false
	}
	if s.toks[m.t0-1].HasAny("عدوان", "اعتداء", "اعتداءات") && len(a.namedBases(s)) == 0 && !anyOf(a.x.rules.Cue(rules.CueAttack), s, m.t1, len(s.toks)) {
		return false // "نددت الخارجية بما وصفته بالعدوان الأميركي": the state's strikes, no attack on a base; not "عدوان مماثل استهدف المطار نفسه"
	}
	return a.ensure(m.id, s)
}

// stateStrikeOn reports a state adjective of a strike noun (قصف، ضربة)
// that is followed by "على" and a base, or by "التي استهدفت" and a base a
// few words on: "القصف الصاروخي الإيراني على قاعدة X"، "الضربة الإيرانية
// على مطار Y"، "الضربة الإيرانية التي استهدفت فجر الأربعاء قاعدة Z". The
// strike on other sites is no base's attack: "القصف التركي على قرى
// المنطقة".
func (a *article) stateStrikeOn(s *sentence, m mention) bool {
	if !m.adj || m.typ != model.TypeCountry {
		return false
	}
	k := m.t1
	if k+1 < len(s.toks) && relativePronoun(&s.toks[k]) && !s.toks[k].Break && s.toks[k+1].HasPrefix("استهدف") && strikeNounBefore(s, m.t0, true) {
		// "الضربة الصاروخية الإيرانية التي استهدفت فجر الأربعاء قاعدة X"
		for j := k + 2; j < len(s.toks) && j <= k+5 && !s.toks[j].Break; j++ {
			if n := s.mentionAt(j); n != nil {
				return n.typ == model.TypeBase && a.ensure(m.id, s)
			}
		}
		return false
	}
	if !strikeNounBefore(s, m.t0, false) {
		return false
	}
	if k < len(s.toks) && !s.toks[k].Break && s.mentionAt(k) == nil && strings.HasSuffix(s.toks[k].Key(), "ي") && s.toks[k].Key() != "علي" {
		k++ // "القصف الإيراني المباشر على"
	}
	if k >= len(s.toks) || s.toks[k].Key() != "علي" {
		return false
	}
	for j := k + 1; j < len(s.toks) && j <= k+2; j++ {
		if n := s.mentionAt(j); n != nil {
			return n.typ == model.TypeBase && a.ensure(m.id, s)
		}
	}
	return false
}

// strikeNounBefore reports قصف or ضربة up to three words before t with only
// adjectives between: "القصف الصاروخي الإيراني"; with fem, feminine ones
// too: "الضربة الصاروخية الإيرانية".
func strikeNounBefore(s *sentence, t int, fem bool) bool {
	for k := t - 1; k >= 0 && k >= t-3; k-- {
		tk := &s.toks[k]
		if tk.Has("قصف") || tk.Has("ضربه") || tk.Has("ضربات") {
			return true
		}
		if w := tk.Key(); tk.Break || s.mentionAt(k) != nil || !strings.HasSuffix(w, "ي") && !(fem && strings.HasSuffix(w, "يه")) || w == "علي" || w == "في" {
			return false
		}
	}
	return false
}

// raidOnBase reports a definite raid noun right before the adjective m
// and a base two words after it: "أفادت الخارجية بأن الغارات الإسرائيلية
// دمرت مطار X".
func raidOnBase(s *sentence, m mention) bool {
	if m.t0 == 0 || !s.toks[m.t0-1].HasAny("غاره", "غارات", "ضربات", "ضربه") || !definite(&s.toks[m.t0-1]) {
		return false
	}
	b := s.mentionStarting(m.t1 + 1)
	return b != nil && b.typ == model.TypeBase && !s.toks[m.t1].Break && !s.toks[m.t1+1].Break
}

// exposedRaid reports a raid noun with "لـ" right before t after a verb of
// being exposed to it: in "تعرض مطار X لغارة إسرائيلية" the base's own
// attack is the state's.
func exposedRaid(s *sentence, t int) bool {
	if t == 0 || !s.toks[t-1].Has("غاره") && !s.toks[t-1].Has("غارات") || !strings.HasPrefix(s.toks[t-1].Variants[0].Fold, "ل") {
		return false
	}
	for k := t - 2; k >= 0 && k >= t-12; k-- {
		if s.toks[k].HasPrefix("تعرض") || s.toks[k].HasPrefix("يتعرض") {
			return true
		}
	}
	return false
}

// sitesObject reports "على" and a noun of sites right after the adjective
// (one word may come between) with no base named soon after: "العدوان
// الأمريكي الغاشم على مقرات اللواءين" is the state's strike on others.
func (a *article) sitesObject(s *sentence, m mention) bool {
	for k := m.t1; k < len(s.toks)-1 && k <= m.t1+1; k++ {
		if struckOthers(s, k) {
			return true // "العدوان الأميركي الغادر استهدف قطعات نظامية"
		}
		if s.toks[k].Key() != "علي" || !a.x.rules.Cue(rules.CuePlaceNoun).Has(&s.toks[k+1]) && !s.toks[k+1].HasAny("اراضي", "ارض", "سياده") {
			continue
		}
		for _, n := range s.ments {
			if n.typ == model.TypeBase && n.t0 > k && n.t0-k <= 6 {
				return false // "على مواقع في مطار X": the base's attack
			}
		}
		return true
	}
	return false
}

// struckOthers reports a verb of striking at k whose object names no base
// within six words: the state's attack noun before it is its strike on
// others, not the base's attack.
func struckOthers(s *sentence, k int) bool {
	t := &s.toks[k]
	if !t.HasPrefix("استهدف") && !t.HasPrefix("طال") || k+1 >= len(s.toks) || baseNoun(&s.toks[k+1]) {
		return false
	}
	for _, n := range s.ments {
		if n.typ == model.TypeBase && (n.t0 < k || n.t0-k <= 6) {
			return false // "تعرض مطار X لغارة إسرائيلية استهدفت مستودعاً": a site in the base
		}
	}
	return true
}

// attackNounBefore reports an attack noun right before token t, or with one
// or two adjectives of kind between: "اعتداء صاروخي إسرائيلي"، "عدوان جوي
// إسرائيلي".
func (a *article) attackNounBefore(s *sentence, t int) bool {
	for k := t - 1; k >= 0 && k >= t-3; k-- {
		if a.x.rules.Cue(rules.CueAttackEvent).Has(&s.toks[k]) {
			return true
		}
		w := s.toks[k].Key()
		switch w {
		case "علي", "في", "الي", "حتي", "لدي", "اي", "التي", "تي", "ذي": // على، إلى fold to a final ي
			return false
		}
		if s.toks[k+1].Break || s.mentionAt(k) != nil || !strings.HasSuffix(w, "ي") && !strings.HasSuffix(w, "يه") {
			return false
		}
	}
	return false
}

// warTalk reports a state's attack noun that speaks of a war, not of the
// attack told: "الدعم الأميركي للعدوان الإسرائيلي"، "نصرةً لغزة ورداً على
// العدوان الإسرائيلي"، "العدوان الإسرائيلي على غزة"، "ارتقوا بعدوان أميركي
// في جرف النصر"; and the answer a group
// vows to another's strike: "الرد على العدوان الأمريكي سيكون قاسياً"; and
// a past point the story is dated from: "منذ الهجوم الإيراني".
func warTalk(s *sentence, m mention) bool {
	for k := m.t0 - 2; k >= 0 && k >= m.t0-4; k-- {
		t := &s.toks[k]
		if t.HasPrefix("دعم") || t.HasPrefix("نصره") || t.HasPrefix("ردا") || t.Has("رد") || t.Has("وقف") || k == m.t0-2 && t.Key() == "منذ" {
			return true
		}
	}
	for k := m.t1; k < len(s.toks) && k <= m.t1+1; k++ {
		if s.toks[k].Key() != "علي" && s.toks[k].Key() != "في" {
			continue
		}
		n := s.mentionStarting(k + 1)
		return n != nil && n.typ != model.TypeBase // "بعدوان أميركي غادر في جرف النصر": a strike on a town
	}
	return false
}

// madeIn reports a word of make after a state adjective: "إيرانية الصنع".
func madeIn(s *sentence, t int) bool {
	if t >= len(s.toks) {
		return false
	}
	switch s.toks[t].Key() {
	case "الصنع", "صنع", "التصنيع", "الصناعه", "المنشا", "المصدر":
		return true
	}
	return false
}

// membersAfter reports a verb-first attack verb right before "مسلحون من"
// (عناصر من، مقاتلون من) and group m at t: "صواريخ أطلقها مسلحون من X".
// attemptedAttacks are the verbs of trying in s followed, within eight
// words, by an attack's verbal noun: "حاول مسلحون من X اقتحام القاعدة"،
// "حاولت عناصر X التسلل إلى المعسكر". Their subject, right after them,
// is who attacked, as after "اقتحم".
func (a *article) attemptedAttacks(s *sentence) []int {
	var out []int
	for k := range s.toks {
		if !s.toks[k].HasAny("حاول", "حاولت", "حاولوا", "حاولا") {
			continue
		}
		for j := k + 2; j < len(s.toks) && j <= k+8; j++ {
			if t := &s.toks[j]; t.HasAny("اقتحام", "مهاجمه", "استهداف", "تسلل", "هجوم") {
				out = append(out, k)
				break
			}
		}
	}
	return out
}

// fightersAfterVerb reports "استهدف مجاهدو/مقاتلو/أبطال X القاعدة": an attack
// verb, then the fighters of the group at t as its subject.
func fightersAfterVerb(s *sentence, vso []int, t int) bool {
	if t < 2 || !contains(vso, t-2) || s.toks[t].Break || s.toks[t-1].Break {
		return false
	}
	switch s.toks[t-1].Key() {
	case "مجاهدو", "ابطال", "رجال":
		return true
	}
	return fighters(&s.toks[t-1]) // "أطلقه مسلحو X"، "أطلقه إرهابيو X"
}

// fightersLaunched reports "شنّ مسلحو X هجوماً"، "نفذ مقاتلو X هجوماً": a
// launching verb, the group's fighters, the group m, and an attack noun
// within three words after it.
func (a *article) fightersLaunched(s *sentence, m mention) bool {
	t := m.t0
	if t < 2 || s.toks[t].Break || s.toks[t-1].Break || !fighters(&s.toks[t-1]) || !s.toks[t-2].HasAny("شن", "شنت", "نفذ", "نفذت") {
		return false
	}
	end := m.t1
	for n := s.joinedAfter(end); n != nil && n.typ == model.TypeMilitia; n = s.joinedAfter(end) {
		end = n.t1 // "شن مقاتلو «X» و«Y» هجوماً": the noun comes after the list
	}
	if end+2 < len(s.toks) && s.toks[end].HasAny("منضوون", "منضوين") && s.toks[end+1].HasAny("في", "ضمن", "تحت") && !s.toks[end+2].Break {
		if n := s.mentionStarting(end + 2); n != nil {
			end = n.t1 // "المنضوون في «Z» الهجوم": the alliance they belong to
		}
	}
	attack := a.x.rules.Cue(rules.CueAttack)
	for k := end; k < len(s.toks) && k <= end+3; k++ {
		if k > end && s.toks[k].Break {
			return false
		}
		if attack.Has(&s.toks[k]) {
			return true
		}
	}
	return false
}

func membersAfter(s *sentence, vso []int, t int) bool {
	if t < 3 || !s.toks[t-1].Has("من") {
		return false
	}
	if !contains(vso, t-3) && !(s.toks[t-3].HasAny("شن", "شنت") && eventAfter(s, t+1)) {
		return false // "شن مقاتلون من X فجر الخميس هجوماً": the men's group did it
	}
	switch s.toks[t-2].Key() {
	case "مسلحون", "مقاتلون":
		return true
	}
	return fighters(&s.toks[t-2]) // "أطلقته عناصر من X"
}

// infiltrating reports the fighters of the group at t as the subject of an
// infiltration: "أن مسلحي X حاولوا التسلل نحو مطار Y"، "عناصر من X
// تسللوا إلى". The group's word is followed, within a few words, by حاولوا
// and التسلل or by تسللوا; the noun in "أحبط مقاتلو X محاولة تسلل" is
// another group's deed.
func infiltrating(s *sentence, t int) bool {
	for k := t + 1; k < len(s.toks) && k <= t+3 && !s.toks[k].Break; k++ {
		if s.toks[k].Has("تسللوا") {
			return true
		}
		if s.toks[k].HasAny("حاولوا", "حاول", "حاولت") {
			for j := k + 1; j < len(s.toks) && j <= k+8 && !s.toks[j].Break; j++ {
				if s.toks[j].Variants[0].Fold == "التسلل" {
					return !townAfter(s, j+1) // not "حاولت التسلل نحو قرية X": a town, not the base
				}
			}
		}
	}
	return false
}

// townAfter reports a place other than a base named first within four
// words from k: "التسلل نحو قرية الطابية".
func townAfter(s *sentence, k int) bool {
	for j := k; j < len(s.toks) && j < k+4; j++ {
		if s.toks[j].Break && j > k {
			return false
		}
		if m := s.mentionAt(j); m != nil {
			return m.typ == model.TypeCity || m.typ == model.TypeCountry
		}
	}
	return false
}

// membersOf reports a word for a group's fighters right before the group
// at t, with "لـ" after an attack word a few words before ("محاولة تسلل
// لعناصر تنظيم X نحو قاعدة Y"، "هجوم لمسلحي X") or as the subject of a
// relative verb ("هجوم شنه عناصر من X"): the fighters' group is the
// attacker. Without "لـ" the fighters are the object ("تستهدف مسلحي X").
func (a *article) membersOf(s *sentence, t int) bool {
	k := t - 1
	if k >= 1 && groupNoun(&s.toks[k]) && s.toks[k-1].Key() == "من" {
		k-- // "هجوم لإرهابيين من تنظيم X"
	}
	if k >= 0 && s.toks[k].Key() == "من" {
		k--
	}
	band := false // "مجموعات إرهابية من تنظيم X": bands of the group's men
	if k >= 2 && s.toks[k].HasAny("ارهابيه", "مسلحه") && s.toks[k-1].HasAny("مجموعات", "مجموعه") && !s.toks[k].Break {
		k, band = k-1, true
	}
	if k < 1 || s.toks[k+1].Break || !fighters(&s.toks[k]) && !band {
		return false
	}
	v := k - 1
	if v >= 2 && s.toks[v].Key() == "من" && (s.toks[v-1].HasAny("عشرات", "مئات", "عدد") || isDigitWord(s.toks[v-1].Variants[0].Fold)) {
		v -= 2 // "هجوم شنه عشرات من مقاتلي X"، "شنه 30 من عناصر X"
		if v >= 1 && s.toks[v].HasAny("نحو", "قرابه", "حوالي") {
			v--
		}
	}
	if deedWithPronoun(s.toks[v].Key()) {
		return true // "هجوم شنه عناصر من X"، "هجوم شنته مجموعات إرهابية من X"
	}
	if band {
		return false
	}
	if !strings.HasPrefix(s.toks[k].Variants[0].Fold, "ل") {
		return infiltrating(s, t) // else "تستهدف مسلحي X"، "منع تسلل عناصر X": the fighters are the object
	}
	attack := a.x.rules.Cue(rules.CueAttack)
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if s.toks[j+1].Break {
			return false
		}
		if attack.Has(&s.toks[j]) || s.toks[j].HasPrefix("تسلل") {
			return true
		}
	}
	return false
}

// fighters reports a word for a group's fighters, any proclitic off.
func fighters(t *arabic.Token) bool {
	for _, v := range t.Variants {
		switch v.Key {
		case "عناصر", "مسلحي", "مسلحو", "مسلحون", "مسلحين", "مقاتلي", "مقاتلو", "مقاتلين", "خلايا", "خليه", "فلول", "ارهابيو", "ارهابيي", "ارهابيين", "مرتزقه":
			return true // "مرتزقة داعش": how some outlets call a group's men
		}
	}
	return false
}

// adjPredicate reports a country adjective as the predicate of "أن تكون
// الضربات X": the state is named as the one that struck.
func adjPredicate(s *sentence, m mention) bool {
	for k := m.t1; k < len(s.toks) && k <= m.t1+8 && (k == m.t1 || !s.toks[k].Break); k++ {
		if (s.toks[k].Has("هدف") || s.toks[k].HasPrefix("مستهدف")) && (k-m.t1 <= 2 || s.toks[k-1].Has("هي") || s.toks[k-1].Has("هو")) {
			return false // "أن تكون شحنة أسلحة إيرانية وصلت أمس هي هدف الغارة": the target, not the striker
		}
	}
	reach := 4
	for k := m.t0 - 1; k >= 0 && k >= m.t0-reach; k-- {
		switch s.toks[k].Key() {
		case "تكون", "يكون", "كانت", "كان", "انها", "انه", "انهما", "انهم":
			if k < m.t0-1 && strikeObject(&s.toks[m.t0-1]) {
				return false // "قال مسؤولون إنها قد تمهد لضربات أمريكية": the strikes to come, no predicate
			}
			return true // "أن تكون الطائرات إسرائيلية"، "غارات، يرجح أنها إسرائيلية"
		case "تي", "ذي": // التي، الذي
			reach = 7 // "أن تكون الطائرات التي نفذت الضربات إسرائيلية"
		}
		if s.toks[k+1].Break {
			return false
		}
	}
	return false
}

// strikeObject reports a strike noun governed by a preposition: "لضربات"،
// "بغارات".
func strikeObject(t *arabic.Token) bool {
	for _, v := range t.Variants {
		if (strings.HasSuffix(v.Pre, "ل") || strings.HasSuffix(v.Pre, "ب")) && (v.Key == "ضربات" || v.Key == "غارات" || v.Key == "ضربه" || v.Key == "غاره") {
			return true
		}
	}
	return false
}

// claimsAfter reports a claiming verb right after a group ("X تبنت"، "X قد
// تبنت") that no negation governs ("X لم تتبنَّ").
func (a *article) claimsAfter(s *sentence, t int) bool {
	from := t - 1
	if k := afterAside(s, t); k > t {
		t, from = k, k // "وكانت X، وهي تحالف فصائل موالية لطهران، قد تبنت الهجوم"
	}
	for _, c := range a.freeCue(s, rules.CueClaimed) {
		if c < t || c-t > 2 || breakBetween(s, from, c) || !s.toks[c].HasPrefix("تبن") && !s.toks[c].HasPrefix("يتبن") && !s.toks[c].HasPrefix("تتبن") {
			continue // only the verb: "X مسؤوليتها" is claim_after's, with its denials
		}
		if c > 0 && (s.toks[c-1].Key() == "لم" || s.toks[c-1].Key() == "لا" || s.toks[c-1].Key() == "لن") {
			return false
		}
		return true
	}
	return false
}

// ownSeriesHead reports group m followed by its own attacks ("هجماتها"،
// "عملياته") and then the one that led them ("أبرزها"، "آخرها") named as an
// attack, with no other actor between: "الفصائل التي كثفت هجماتها على
// المصالح الأميركية، كان أبرزها الهجوم على قاعدة X".
func ownSeriesHead(s *sentence, m mention) bool {
	own := -1
	for k := m.t1; k < len(s.toks) && k <= m.t1+30; k++ {
		if n := s.mentionAt(k); n != nil && n.typ != model.TypeBase && n.typ != model.TypeCity && n.typ != model.TypeCountry && !n.adj {
			return false
		}
		t := &s.toks[k]
		switch {
		case own < 0 && t.HasAny("هجماتها", "هجماته", "هجماتهم", "عملياتها", "عملياته", "عملياتهم", "اعتداءاتها", "اعتداءاته"):
			own = k
		case own >= 0 && t.HasAny("ابرزها", "اخرها", "احدثها", "اعنفها", "اخطرها"):
			return attackNounNear(s, k+1)
		}
	}
	return false
}

// attackNounNear reports a singular attack noun at k or right after a verb
// of being at k: "أبرزها الهجوم"، "كان أبرزها الهجوم"، "أبرزها هجوم".
func attackNounNear(s *sentence, k int) bool {
	for j := k; j < len(s.toks) && j <= k+1; j++ {
		if singularAttack(&s.toks[j]) {
			return true
		}
	}
	return false
}

// negatedAnnounce reports a negated verb of announcing right before t0:
// "لم تعلن X مسؤوليتها عن الهجوم" tells that X made no claim.
func negatedAnnounce(s *sentence, t0 int) bool {
	if t0 < 2 {
		return false
	}
	v := &s.toks[t0-1]
	return (v.HasPrefix("تعلن") || v.HasPrefix("يعلن")) && s.toks[t0-2].HasAny("لم", "لا", "لن")
}

// saysItClaims reports "إنها تتبنى" (أنه يتبنى) within ten words after a
// group's name at t, with no other actor or clause break between: "جماعة
// تطلق على نفسها X نشرت مقطعاً قالت فيه إنها «تتبنى» قصف القاعدة".
func (a *article) saysItClaims(s *sentence, t int) bool {
	for k := t; k+1 < len(s.toks) && k <= t+10; k++ {
		if s.toks[k].Break && k > t {
			return false
		}
		if n := s.mentionAt(k); n != nil && !n.adj {
			return false
		}
		if s.toks[k].HasAny("انها", "انه") {
			return contains(a.freeCue(s, rules.CueClaimed), k+1)
		}
	}
	return false
}

// pastClaim reports a claim right after a group word at t, with only "ذاتها"
// (نفسها) and "قد" between: "وكانت المجموعة ذاتها قد أعلنت مسؤوليتها".
func (a *article) pastClaim(s *sentence, t int) bool {
	k := t
	for k < len(s.toks) && s.toks[k].HasAny("ذاته", "ذاتها", "نفسه", "نفسها", "قد") {
		k++
	}
	return k > t && contains(a.freeCue(s, rules.CueClaimed), k)
}

// answersAttackAfter reports group m as the subject of an answer to an
// attack on a base told after the response word: "أطلقت X عملية واسعة
// ... رداً على الهجوم الذي استهدف مقر Y". A base named between X and the
// response word is X's own target ("قصفت X قاعدة Y رداً على ...").
func (a *article) answersAttackAfter(s *sentence, m mention) bool {
	if m.t0 == 0 || !s.toks[m.t0-1].HasAny("اطلقت", "اطلق", "شنت", "شن", "نفذت", "نفذ", "بدات", "بدا", "باشرت", "باشر", "اعلنت", "اعلن") {
		return false // the group is the answer's subject, not its object ("تحييد عناصر من X رداً على")
	}
	rs := a.freeCue(s, rules.CueResponse)
	i := slices.IndexFunc(rs, func(r int) bool { return r >= m.t1 })
	if i < 0 {
		return false
	}
	r := rs[i] // the first response word after the group
	for _, b := range s.ments {
		if b.typ == model.TypeBase && b.t0 >= m.t1 && b.t0 < r {
			return false
		}
	}
	attack := a.x.rules.Cue(rules.CueAttack)
	for k := r + 1; k < len(s.toks) && k <= r+3 && !s.toks[k].Break; k++ {
		if !attack.Has(&s.toks[k]) {
			continue
		}
		for _, b := range s.ments {
			if b.typ == model.TypeBase && b.t0 > k && b.t0 <= k+8 && !breakBetween(s, k, b.t0) {
				return true // the attack answered is on that base
			}
		}
	}
	return false
}

// ownStrike reports a group or state that announces its own strike: "أعلن
// الحرس الثوري أنه استهدف قاعدة X"، "قالت X إن مقاتليها قصفوا".
func (a *article) ownStrike(s *sentence, m mention) bool {
	if m.adj || m.typ != model.TypeMilitia && m.typ != model.TypeForce && m.typ != model.TypeCountry {
		return false
	}
	if inAside(s, m) {
		return false // "أعلنت X، التي تضم فصائل موالية لإيران، أنها استهدفت": X's
	}
	ann := a.freeCue(s, rules.CueAnnounce)
	head := selfNamed(s, m.t0)
	if head > 0 && s.toks[head-1].HasAny("بيان", "بيانا") && m.typ == model.TypeMilitia {
		ann = append(ann, head-1) // "وجاء في بيان لـX أن مجاهديها استهدفوا القاعدة"
	}
	if pub := a.freeCue(s, rules.CuePublish); contains(pub, head-1) {
		ann = append(ann, head-1) // "نشرت جماعة تطلق على نفسها اسم X بياناً أعلنت فيه مسؤوليتها"
	} else if m.typ == model.TypeMilitia && announcedAfter(s, pub, m.t1) {
		ann = append(ann, pub...) // "وكانت X قد نشرت على قناتها بياناً تبنت فيه استهداف قاعدة Y"
	}
	if !contains(ann, head-1) && !(head >= 2 && contains(ann, head-2)) && !announcedAfter(s, ann, m.t1) && !announcedAfter(s, ann, afterAside(s, m.t1)) {
		return m.typ == model.TypeMilitia && contains(a.freeCue(s, rules.CuePublish), m.t0-1) && a.claimedNoun(s, m)
	}
	for _, r := range a.freeCue(s, rules.CueResponse) {
		for _, b := range s.ments {
			if b.typ == model.TypeBase && b.t0 > r {
				return false // "أعلن الجيش تنفيذ ضربات رداً على استهداف قاعدة X": the answer's
			}
		}
	}
	foiled := a.freeCue(s, rules.CueFoiled)
	for _, c := range a.freeCue(s, rules.CueOwnStrike) {
		if slices.ContainsFunc(foiled, func(f int) bool { return f > c && f <= c+3 }) || repelledAfter(s, c) {
			continue // "أعلن التحالف أن قواته أسقطت مسيرتين حاولتا استهداف قاعدة X": who defended it
		}
		if c >= m.t1 && (c-m.t1 <= 12 || c-m.t1 <= 24 && !a.speakerBetween(s, m.t1, c)) {
			return true // "أعلنت X في بيان نشرته على قناتها في تلغرام ... مسؤوليتها"
		}
	}
	return m.typ == model.TypeMilitia && a.claimedNoun(s, m)
}

// repelledAfter reports a verb of repelling within three words after c:
// "أعلنت X أن مقاتليها صدوا هجوماً على مقرها" tells who defended, not who
// attacked. The attack itself may still have hit, so it is not foiled.
func repelledAfter(s *sentence, c int) bool {
	for k := c + 1; k < len(s.toks) && k <= c+3; k++ {
		if s.toks[k].HasAny("صد", "صدت", "صدوا", "تصدوا", "تصدت", "تصدي", "يتصدون") {
			return true
		}
	}
	return false
}

// announcedDeed reports a group in the genitive of "إعلان" followed by an
// attack noun: "بعد ساعات من إعلان X، أمس الثلاثاء، استهداف قاعدة Y". A
// date or an aside may come between.
func (a *article) announcedDeed(s *sentence, m mention) bool {
	if m.t0 == 0 || !s.toks[m.t0-1].Has("اعلان") {
		return false
	}
	for k := m.t1; k < len(s.toks) && k <= m.t1+5; k++ {
		t := &s.toks[k]
		if t.HasAny("وقف", "تعليق", "عدم", "انهاء", "رفض", "نفي", "هدنه") {
			return false // "إعلان X وقف استهداف القواعد"
		}
		if t.Key() == "استهداف" || t.Key() == "قصف" || t.Key() == "مهاجمه" || t.Key() == "تنفيذ" {
			return true // a verbal noun, not "إعلان X، قال مسؤول إن مسيرة استهدفت"
		}
		if n := s.mentionAt(k); n != nil && !n.adj {
			return false
		}
	}
	return false
}

// opensWith reports a group as the subject of a verb of opening or going
// on with its campaign by an attack: "افتتحت X سلسلة عملياتها باستهداف
// قاعدة Y"، "بدأت X حملتها بقصف"; "افتتحت الحكومة سلسلة لقاءات" has no
// attack.
func (a *article) opensWith(s *sentence, m mention) bool {
	v := -1
	if m.t0 > 0 && openVerb(&s.toks[m.t0-1]) {
		v = m.t0 - 1
	}
	for k := m.t1; v < 0 && k < len(s.toks) && k <= m.t1+1; k++ {
		if openVerb(&s.toks[k]) {
			v = k
		}
	}
	if v < 0 {
		return false
	}
	attack, campaign := a.x.rules.Cue(rules.CueAttack), false
	for k := v + 1; k < len(s.toks) && k <= v+7; k++ {
		t := &s.toks[k]
		if attack.Has(t) && strings.HasPrefix(t.Variants[0].Fold, "ب") {
			return campaign // not "واصلت X تهديداتها باستهداف القواعد"
		}
		campaign = campaign || t.HasPrefix("سلسل") || t.HasPrefix("حمل") || t.HasPrefix("عمليات") || t.HasPrefix("هجمات")
		if n := s.mentionAt(k); n != nil && !n.adj && n.typ != model.TypeMilitia {
			return false
		}
	}
	return false
}

// openVerb reports a verb of opening, starting or going on with a
// campaign: افتتح، بدأ، استهل، دشن، واصل.
func openVerb(t *arabic.Token) bool {
	return t.HasPrefix("افتتح") || t.HasPrefix("بدات") || t.HasPrefix("بدا") && len(t.Key()) <= len("بداوا") ||
		t.HasPrefix("استهل") || t.HasPrefix("دشن") || t.HasPrefix("واصل") || t.HasPrefix("تواصل") || t.HasPrefix("يواصل")
}

// inAside reports a mention inside an aside that describes the group or
// state named right before it: in "X، التي تضم فصائل موالية لإيران، أعلنت"
// the backed factions are what X is made of, not who announces.
func inAside(s *sentence, m mention) bool {
	for _, n := range s.ments {
		if n.adj || n.t1 > m.t0 || n.typ != model.TypeMilitia && n.typ != model.TypeCountry && n.typ != model.TypeForce {
			continue
		}
		if k := afterAside(s, n.t1); k > n.t1 && k >= m.t1 {
			return true
		}
	}
	return false
}

// forceOwnStrike reports a state force that announces its own strike:
// "أعلن الجيش الإسرائيلي حينها أنه دمّر ..."، "قال الجيش آنذاك إنه استهدف".
// forceDenies reports a force or coalition that denies its own part:
// "نفى التحالف الدولي أي علاقة له بالقصف".
func (a *article) forceDenies(s *sentence, m mention) bool {
	return m.typ == model.TypeForce && (a.deniesOwn(s, m) || a.notResponsible(s, m))
}

// notResponsible reports a force with a denial right after it: "أن
// التحالف «غير مسؤول» عن الانفجارات"، "أن القوات الروسية ليست متورطة".
func (a *article) notResponsible(s *sentence, m mention) bool {
	if m.adj {
		return false
	}
	for _, c := range a.freeCue(s, rules.CueDenied) {
		if c >= m.t1 && c-m.t1 <= 1 && s.toks[c].HasAny("غير", "ليس", "ليست", "ليسوا", "لم") && !breakBetween(s, m.t1-1, c) {
			return true // not "مصدر في التحالف نفى ذلك": a source's denial that anything happened
		}
	}
	return false
}

// claimToldBefore reports a claim ("تبنيها الهجوم") told before token t: in
// a statement that claims the attack, "في إشارة إلى X" names whom the
// claimant fights, not whom anyone blames.
func claimToldBefore(claims []int, t int) bool {
	return len(claims) > 0 && claims[0] < t
}

// pointedAt reports "في إشارة" within eight words before t in its clause,
// with "إلى" or "هو" right before t: what a speaker hints at without
// naming it: "في إشارة إلى الولايات المتحدة"، "في إشارة فُهم منها أن
// المقصود هو X".
func pointedAt(s *sentence, t int) bool {
	if t == 0 || s.toks[t-1].Key() != "الي" && s.toks[t-1].Key() != "هو" {
		return false // not "في إشارة إلى الاتفاق مع إيران"
	}
	for k := t - 1; k > 0 && k >= t-8; k-- {
		if s.toks[k+1].Break {
			return false
		}
		if s.toks[k].Key() == "اشاره" && s.toks[k-1].Key() == "في" {
			return true
		}
	}
	return false
}

// negatedStrike reports "لم" and a verb of striking right after the group
// or state that ends at t1: "إن الولايات المتحدة لم تنفذ أي ضربات"، "X لم
// تشن الهجوم".
func negatedStrike(s *sentence, t1 int) bool {
	if t1+1 >= len(s.toks) || s.toks[t1].Key() != "لم" {
		return false
	}
	v := &s.toks[t1+1]
	return v.HasPrefix("تنفذ") || v.HasPrefix("ينفذ") || v.HasPrefix("تشن") || v.HasPrefix("يشن") || v.HasPrefix("تستهدف") || v.HasPrefix("يستهدف") || v.HasPrefix("تقصف") || v.HasPrefix("يقصف")
}

// behindState reports a state named as who is behind the attack, with
// "وراء"/"خلف" within three words after it: "أن تكون إسرائيل وراء
// الضربة"، "أن واشنطن تقف خلف الاستهداف"; not a place a group is in
// ("عناصر X في العراق تقف وراء").
func behindState(s *sentence, m mention) bool {
	if m.t0 > 0 && (s.toks[m.t0-1].Key() == "في" || s.toks[m.t0-1].Key() == "من") {
		return false
	}
	for k := m.t1; k < len(s.toks) && k < m.t1+3; k++ {
		if behindWord(s.toks[k].Key()) {
			return true // "إن إيران تقف وراءها": the attacks told before
		}
	}
	return standsBehind(s, m.t1)
}

// behindWord reports "وراء"/"خلف", alone or with a pronoun of the deed.
func behindWord(key string) bool {
	switch key {
	case "وراء", "خلف", "وراءه", "وراءها", "وراءهم", "وراءهما", "خلفه", "خلفها", "خلفهم", "خلفهما":
		return true
	}
	return false
}

// standsBehind reports a verb of standing at t, then words of manner or
// degree, then "وراء"/"خلف": "تقف في نهاية المطاف وراء"، "يقف بشكل مباشر
// خلف"، "تقف فعلاً وراء"; "تقف إلى جانب" is no blame.
func standsBehind(s *sentence, t int) bool {
	if t >= len(s.toks) || !s.toks[t].HasPrefix("يقف") && !s.toks[t].HasPrefix("تقف") {
		return false
	}
	for k := t + 1; k < len(s.toks) && k <= t+5; k++ {
		tk := &s.toks[k]
		if behindWord(tk.Key()) {
			return k > t+1
		}
		switch tk.Key() {
		case "في", "نهايه", "مطاف", "بشكل", "مباشر", "مباشره", "فعلا", "بالفعل", "ايضا", "حقا", "علي", "ارجح",
			"ما", "يبدو", "ربما", "كذلك", "جزئيا", "اساسا", "بصوره", "مباشرا", "غير":
			if k > t+1 && tk.Break {
				return false
			}
			continue
		}
		return false
	}
	return false
}

func (a *article) forceOwnStrike(s *sentence, m mention) bool {
	return m.typ == model.TypeForce && a.ownStrike(s, m)
}

// selfNamed is where the phrase that introduces a group by the name it
// gives itself starts, or t0: "جماعة تطلق على نفسها اسم X"، "فصيل يسمي
// نفسه X"، "مجموعة تدعى X" put the group's noun where its name would be.
func selfNamed(s *sentence, t0 int) int {
	k := t0 - 1
	if k >= 0 && (s.toks[k].Has("اسم") || s.toks[k].Has("باسم")) {
		k--
	}
	if k >= 0 && (s.toks[k].HasPrefix("نفس")) {
		k--
	}
	if k >= 0 && s.toks[k].Key() == "علي" {
		k--
	}
	if k < 0 || !selfNameVerb(&s.toks[k]) {
		return t0
	}
	k--
	if k >= 1 && (s.toks[k].HasPrefix("معروف") || s.toks[k].HasPrefix("جديد")) && s.toks[k-1].Key() == "غير" {
		k -= 2 // "جماعة غير معروفة تطلق على نفسها"
	} else if k >= 0 && (s.toks[k].HasPrefix("مجهول") || s.toks[k].HasPrefix("جديد") || s.toks[k].HasPrefix("ناشئ")) {
		k--
	}
	if k >= 0 && groupNoun(&s.toks[k]) {
		return k
	}
	return t0
}

// selfNameVerb reports a verb of naming: تطلق، يطلق، تسمي، يسمي، تدعى، يدعى.
func selfNameVerb(t *arabic.Token) bool {
	return t.HasAny("تطلق", "يطلق", "تسمي", "يسمي", "تدعي", "يدعي", "تعرف", "يعرف", "اطلقت", "اطلق")
}

// groupNoun reports a word for an armed group: جماعة، مجموعة، فصيل، تنظيم.
func groupNoun(t *arabic.Token) bool {
	return t.HasPrefix("جماع") || t.HasPrefix("مجموع") || t.HasPrefix("فصيل") || t.Has("تنظيم") || t.HasPrefix("حرك") || t.HasPrefix("خلي")
}

// otherSource reports a named speaker or a source word in [from, to): the
// group's own "قالت إنه" and the channel it posts on may come between it
// and its claim, an official's or a security source's words may not.
func (a *article) otherSource(s *sentence, from, to int) bool {
	for _, n := range s.ments {
		if n.t0 >= from && n.t0 < to && !n.adj && (n.typ == model.TypeMilitia || n.typ == model.TypeCountry || n.typ == model.TypeOfficial || n.typ == model.TypeForce) {
			return true
		}
	}
	for k := from; k < to; k++ {
		if s.mentionAt(k) == nil && (s.toks[k].HasPrefix("مصدر") || s.toks[k].HasPrefix("مسؤول") || s.toks[k].HasPrefix("متحدث")) {
			return true
		}
	}
	return false
}

// claimedNoun reports a group announcing the verbal noun of an attack on a
// base: "أعلنت X، في بيان، استهداف قاعدة Y". The base must follow the
// noun: "أعلنت X استهداف مواقع" is not told here.
func (a *article) claimedNoun(s *sentence, m mention) bool {
	for _, c := range a.freeCue(s, rules.CueClaimNoun) {
		if c < m.t1 || c-m.t1 > 16 || a.otherSource(s, m.t1, c) || a.x.rules.Cue(rules.CueClaimStop).Has(&s.toks[c-1]) {
			continue
		}
		last := c + 2
		if c+1 < len(s.toks) && s.toks[c+1].HasAny("كامله", "تامه") {
			last++ // "أعلن X سيطرته الكاملة على مطار Y"
		}
		for k := c + 1; k < len(s.toks) && k <= last; k++ {
			if n := s.mentionStarting(k); n != nil && n.typ == model.TypeBase || baseNoun(&s.toks[k]) {
				return true
			}
		}
		if c+1 < len(s.toks) && gearNoun(&s.toks[c+1]) && insideBaseAfter(s, c+2) {
			return true // "أعلنت X، أمس، تدمير دبابة لقوات النظام بصاروخ موجه داخل الفوج 46"
		}
	}
	return false
}

// gearNoun reports a vehicle, weapon or building of the side attacked:
// دبابة، آلية، عربة، مدرعة، مدفع، راجمة، مستودع، مبنى.
func gearNoun(t *arabic.Token) bool {
	switch t.Variants[0].Fold {
	case "اليه", "اليتين", "اليات": // آلية: its key drops what looks like the article
		return true
	}
	return t.HasAny("دبابه", "دبابتين", "دبابات", "عربه", "عربتين", "عربات", "مدرعه", "مدرعات", "مدفع", "مدفعين", "راجمه", "مستودع", "مستودعا", "مبني", "مبنيين", "تحصينات", "مدفعيه")
}

// insideBaseAfter reports "داخل" and a base within eleven words from token
// k, in its clause: the struck thing was inside that base.
func insideBaseAfter(s *sentence, k int) bool {
	for j := k; j < len(s.toks) && j <= k+10; j++ {
		if s.toks[j].Break {
			return false
		}
		if s.toks[j].Key() == "داخل" && j+1 < len(s.toks) {
			if n := s.mentionStarting(j + 1); n != nil && n.typ == model.TypeBase {
				return true
			}
		}
	}
	return false
}

// announcedAfter reports an announcing verb right after a group, "قد"
// allowed between: "وكان الحرس الثوري قد أعلن ... مسؤوليته".
func announcedAfter(s *sentence, ann []int, t int) bool {
	if contains(ann, t) {
		return true
	}
	return t < len(s.toks) && s.toks[t].Key() == "قد" && contains(ann, t+1)
}

// speakerBetween reports an armed group, state, force or official, or a
// speech verb, in [from, to): a long gap may hold another speaker (a
// channel or agency it was published on is none).
func (a *article) speakerBetween(s *sentence, from, to int) bool {
	for _, n := range s.ments {
		if n.t0 >= from && n.t0 < to && !n.adj && (n.typ == model.TypeMilitia || n.typ == model.TypeCountry || n.typ == model.TypeOfficial || n.typ == model.TypeForce) && !wingOf(s, n.t0) && !bracketRepeat(s, n) {
			return true
		}
	}
	for _, c := range a.freeCue(s, rules.CueSpeech) {
		if c >= from && c < to {
			return true
		}
	}
	return false
}

// wingOf reports the parent group of an apposition at t: "X، الجناح
// العسكري لـY"، "الذراع المسلحة لـY" names no one who speaks.
func wingOf(s *sentence, t int) bool {
	return t >= 2 && s.toks[t-1].HasAny("عسكري", "عسكريه", "مسلح", "مسلحه", "سياسي") && s.toks[t-2].HasAny("جناح", "ذراع")
}

// stateLaunched reports a state told, after "إن" in a reported sentence,
// as the subject of an attack verb with missiles, drones or a base after it: "قالت
// الوزارة إن إيران أطلقت أكثر من عشرة صواريخ". Strikes in response are the
// answer's, not the attack's.
func (a *article) stateLaunched(s *sentence, m mention, verbs []int) bool {
	if m.t0 == 0 || !s.toks[m.t0-1].Has("ان") || !contains(verbs, m.t1) || breakBetween(s, m.t0, m.t1) ||
		len(a.freeCue(s, rules.CueSpeech)) == 0 || len(a.freeCue(s, rules.CueResponse)) > 0 {
		return false
	}
	for k := m.t1 + 1; k < len(s.toks) && k <= m.t1+6; k++ {
		t := &s.toks[k]
		if n := s.mentionAt(k); n != nil && n.typ == model.TypeBase || baseNoun(t) ||
			t.HasPrefix("صاروخ") || t.HasPrefix("صواريخ") || t.HasPrefix("مسير") || t.HasPrefix("قذ") || t.HasPrefix("طائر") {
			return true
		}
	}
	return false
}

func contains(xs []int, x int) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// before reports a cue in the few tokens before t, in the same clause.
func before(s *sentence, cues []int, t int) bool {
	return cueBefore(s, cues, t, 12)
}

// cueBefore reports one of cues at most reach words before token t in its
// clause: "تبنت جماعة تطلق على نفسها X الهجوم" claims the attack however
// long the group's name.
func cueBefore(s *sentence, cues []int, t, reach int) bool {
	for _, c := range cues {
		if c < t && t-c <= reach && !breakBetween(s, c, t) {
			return true
		}
	}
	return false
}

// hedgeOverAside reports a hedge verb governing the "أن" clause whose
// subject is at t, with only an aside about the speaker between them:
// "ولم يستبعد قائد قوات X، فلان، أن يكون التنظيم وراء القصف".
func (a *article) hedgeOverAside(s *sentence, t int) bool {
	k := thatAfterBreak(s, 0, t)
	if k < 0 {
		return false
	}
	n := s.mentionAt(k - 1)
	if n == nil || n.typ != model.TypeOfficial || n.t1 != k {
		return false
	}
	b := n.t0
	for b > 0 && !s.toks[b].Break && n.t0-b < 2 {
		b-- // a title before the name: "، اللواء فلان، أن"
	}
	if !s.toks[b].Break {
		return false // the aside is the speaker's name alone: "، فلان، أن"
	}
	for _, st := range []string{model.StanceHinted, model.StanceSuspected, model.StanceLikely} {
		for _, c := range a.freeCues(s, st) {
			if c < k && t-c <= 14 && lastThat(s, c, t) == k {
				return true
			}
		}
	}
	return false
}

// neitherBefore reports "تؤكد أو تنفي" or "لا تنفي ولا تؤكد" in the few
// words before t, with no clause break between: what follows is neither
// confirmed nor denied.
func neitherBefore(s *sentence, t int) bool {
	for j := t - 1; j >= 2 && j >= t-6; j-- {
		if s.toks[j].Break {
			return false
		}
		if neitherAt(s, j) {
			return true
		}
	}
	return false
}

// neitherAt reports a verb of confirming and one of denying joined by "أو"
// or "ولا" and ending at token j (j >= 2), in either order: "تؤكد أو
// تنفي"، "لا تنفي ولا تؤكد".
func neitherAt(s *sentence, j int) bool {
	if s.toks[j-1].Key() != "او" && s.toks[j-1].Surface != "ولا" {
		return false
	}
	return confirmVerb(&s.toks[j]) && denyVerb(&s.toks[j-2]) || denyVerb(&s.toks[j]) && confirmVerb(&s.toks[j-2])
}

// confirmVerb reports a verb of confirming: تؤكد، يؤكد، تأكيد.
func confirmVerb(t *arabic.Token) bool {
	return t.HasAny("تؤكد", "يؤكد", "نؤكد", "تاكيد", "يؤكدوا", "يؤكدون")
}

// denyVerb reports a verb of denying: تنفي، ينفي، نفي.
func denyVerb(t *arabic.Token) bool {
	return t.HasAny("تنفي", "ينفي", "ننفي", "نفي", "ينفوا", "ينفون")
}

func breakBetween(s *sentence, from, to int) bool {
	for k := max(from+1, 0); k <= to && k < len(s.toks); k++ {
		if s.toks[k].Break {
			return true
		}
	}
	return false
}

// namesLike reports "على غرار" or a noun of names a few words before "مثل"
// at k: "على غرار تسميات ظهرت العام الماضي مثل X" gives X as a like name,
// not as one more accused.
func namesLike(s *sentence, k int) bool {
	for j := max(k-6, 0); j < k; j++ {
		if s.toks[j].HasAny("غرار", "تسميات", "اسماء", "واجهات") {
			return true
		}
	}
	return false
}

// joinedTarget reports group m joined by "و" right after a group that a
// target word governs: "غارات استهدفت مواقع للحرس الثوري وحزب الله"
// struck both.
func joinedTarget(s *sentence, m mention) bool {
	if !strings.HasPrefix(s.toks[m.t0].Variants[0].Fold, "و") {
		return false
	}
	for _, n := range s.ments {
		if n.t1 == m.t0 && n.t0 > 0 && !n.adj && targetWord(&s.toks[n.t0-1]) {
			return true
		}
	}
	return false
}

// dutyOf reports group mention m as the holder of an area's security
// ("تقع ضمن قاطع مسؤولية قوات X"): where the rockets came from, not who
// fired them.
func (a *article) dutyOf(s *sentence, m mention) bool {
	set := a.x.rules.Cue(rules.CueDutyArea)
	for k := max(m.t0-4, 0); k < m.t0; k++ {
		end := k + set.Match(s.toks, k)
		if end > k && (end == m.t0 || end+1 == m.t0 && s.toks[end].HasAny("قوات", "فصائل", "عناصر")) {
			return true
		}
	}
	return false
}

// targetWord reports a word before a group that makes it a target: على،
// ضد، مواقع.
func targetWord(t *arabic.Token) bool {
	k := t.Key()
	return k == "علي" || k == "ضد" || t.HasPrefix("مواقع") || t.HasPrefix("موقع") || t.HasPrefix("مقرات") || k == "نقاط"
}

// stanceAt is the stance of the nearest stance cue before token t.
func (a *article) stanceAt(s *sentence, t int) string {
	best, bestPos := model.StanceAsserted, -1
	for _, st := range stanceOrder() {
		set := a.x.rules.Cues[st]
		for _, c := range a.freeCues(s, st) {
			end := c + max(set.Match(s.toks, c), 1) - 1 // "أصابع الاتهام" ends where "الاتهام" is
			if st == model.StanceClaimed && heldBefore(s, c) {
				continue // "حمّلت واشنطن مسؤوليته لـX": Washington blames X, X claims nothing
			}
			if c < t && end > bestPos && !(st == model.StanceClaimed && negatedAt(s, c)) {
				best, bestPos = st, end
			}
		}
	}
	if best == model.StanceAsserted && bestPos > 0 {
		if h := a.governingHedge(s, t); h != model.StanceAsserted {
			return h // "ألمحت الوزارة إلى أن الهجوم يحمل بصمات X": the hedge verb governs its clause
		}
		for _, c := range a.freeCues(s, model.StanceLikely) {
			if c > 0 && c < bestPos && bestPos-c <= 2 && s.toks[c-1].Has("علي") {
				return model.StanceLikely // "يحمل على الأرجح بصمات X": the adverb hedges the word it precedes
			}
		}
	}
	return best
}

// otherEventTold reports an attack word of s whose object, within three
// words, is no base: "قذيفة استهدفت دورية عسكرية"، "عبوة استهدفت رتلاً".
func (a *article) otherEventTold(s *sentence) bool {
	for k := 1; k < len(s.toks); k++ {
		if s.toks[k].HasPrefix("منفصل") && s.toks[k-1].HasAny("تطور", "حادث", "حادثه", "سياق") {
			return true // "وفي تطور منفصل، قُتل عنصران بهجوم على نقطة": another event
		}
		if s.toks[k].HasAny("مدمره", "حامله", "بارجه", "فرقاطه") || s.toks[k].Has("بحر") && k+1 < len(s.toks) && s.toks[k+1].Has("احمر") {
			return true // "اعترضت المدمرة في البحر الأحمر صواريخ أطلقها X": at sea, no base's attack
		}
		if s.toks[k].HasAny("تفجير", "تفجيري", "تفجيرين", "هجوم", "هجمات", "اعتداء") && a.foreignPlaceAfter(s, k) {
			return true // "تفجير إسطنبول" (attack words the cue loop below also asks)
		}
		if israelPlace(s, k) {
			return true // "تبنت المقاومة هجوماً على هدف حيوي في إيلات": a strike on Israel, no base's attack
		}
		if s.toks[k].HasAny("اغتيال", "خطف", "اختطاف") && claimedBefore(s, k) {
			return true // "تبنت X اغتيال قيادي": the killing claimed, no base's attack
		}
		if s.toks[k].Has("سوق") || s.toks[k].Has("مفخخه") && !s.toks[k-1].HasAny("مسيره", "مسيرات", "طائره", "طائرات") || withBi(&s.toks[k], "اغتيال", "تفجير") {
			return true // "بتفجير سيارة مفخخة في سوق شعبي"، "نفت X أي علاقة لها باغتيال الناشط": another deed; not "بالطائرات المسيرة المفخخة"
		}
		if s.toks[k].HasAny("كمين", "كمينا") && !s.toks[k-1].HasAny("بعد", "عقب", "اثر", "اعقاب", "قبل", "منذ") { // "جاءت لتشتيت الانتباه بعد الكمين" only dates the deed
			return true // "قُتل القيادي بكمين نصبه مسلحون لدوريته، في هجوم تبناه X": an ambush, no base's attack
		}
		if s.toks[k].HasAny("حشود", "حشدا", "مشيعين", "مصلين", "زوار") && crowdTargeted(s, k) {
			return true // "التفجيران اللذان استهدفا حشود المشاركين …، وهو الهجوم الذي تبناه X"
		}
	}
	for _, c := range a.freeCue(s, rules.CueAttack) {
		if foreignTarget(s, c) || a.foreignPlaceAfter(s, c) {
			return true // "تبنى الحوثيون هجوماً على منشأة نفطية في أبوظبي"
		}
		if definite(&s.toks[c]) && !(c+2 < len(s.toks) && s.toks[c+1].Key() == "علي" && (s.toks[c+2].HasPrefix("حافل") || s.toks[c+2].HasPrefix("دوري") || s.toks[c+2].HasPrefix("رتل"))) {
			continue // "الهجوم" names the attack told, unless its object is a bus or a patrol
		}
		for k := c + 1; k < len(s.toks) && k <= c+3; k++ {
			t := &s.toks[k]
			if s.mentionAt(k) != nil {
				break
			}
			if t.HasPrefix("دوري") || t.HasPrefix("رتل") || t.HasPrefix("موكب") || t.Has("سياره") || t.HasPrefix("منتجع") || t.Has("حاجز") || t.Has("نقطه") || t.HasPrefix("سجن") || t.HasPrefix("حافل") ||
				t.HasAny("قريه", "قري", "بلده", "بلدات", "طريق", "مصيف") && chargedDeed(s, c) {
				return true
			}
		}
		for k := c + 1; k+1 < len(s.toks) && k <= c+8; k++ {
			if s.toks[k].Key() == "علي" && s.toks[k+1].HasAny("نقطه", "حاجز", "مخفر") {
				return true // "بهجوم شنه عناصر من X على نقطة للجيش"
			}
		}
	}
	return false
}

// foreignPlaceAfter reports a place outside Iraq, Syria and Jordan named
// within eight words after the attack word at c: the attack happened
// elsewhere.
func (a *article) foreignPlaceAfter(s *sentence, c int) bool {
	for _, m := range s.ments {
		if m.t0 <= c || m.t0 > c+8 || m.adj || m.typ != model.TypeCity || m.t0 != c+1 && !s.toks[m.t0-1].Has("في") {
			continue // "تفجير إسطنبول"، "هجوماً على منشأة في أبوظبي"
		}
		if st := a.x.stateOf(m.id, 3, func(typ string) bool { return typ == model.RelLocatedIn }); st == "" || a.x.rules.Domestic[st] {
			continue // Iraq, Syria, Jordan: the rules' domestic states
		}
		return true
	}
	return false
}

// otherObject reports a word right after a group that makes what the group
// claims, adopts or denies something other than a deed: "خطاباً"،
// "موقفاً"، "وجود خلافات"، "تلقيها أوامر".
func otherObject(s *sentence, t int) bool {
	if t >= len(s.toks) || s.toks[t].Break {
		return false
	}
	return s.toks[t].HasAny("خطابا", "موقفا", "سياسه", "خطه", "قرارا", "نهجا", "مبادره", "روايه", "وجود", "تلقيها", "تلقيه", "تلقي")
}

// sweepObject reports a security sweep as the deed of the group that ends
// at t, within eight words and before any attack word: "وعلى إثر الهجوم،
// شنت قسد بمساندة من التحالف حملة دهم وتفتيش" answers the attack.
func (a *article) sweepObject(s *sentence, t int) bool {
	attack := a.x.rules.Cue(rules.CueAttack)
	for k := t; k < len(s.toks) && k < t+8; k++ {
		w := &s.toks[k]
		if attack.Has(w) {
			return false
		}
		if w.HasAny("حمله", "حملات") && k+1 < len(s.toks) && (s.toks[k+1].HasAny("دهم", "مداهمه", "مداهمات", "تفتيش", "اعتقالات", "اعتقال", "تمشيط", "امنيه")) {
			return true
		}
	}
	return false
}

// speakerBetweenVerb reports an accuse verb right before another mention
// that ends where m starts: "اتهمت واشنطن إيران بـ…" (verb, speaker, accused).
func speakerBetweenVerb(s *sentence, m mention) bool {
	if m.t0 == 0 {
		return false
	}
	p := s.mentionAt(m.t0 - 1)
	return p != nil && p.t1 == m.t0 && accuseVerbAt(s, p.t0-1)
}

// israelPlace reports a place in Israel or the occupied Golan at token k:
// "إيلات"، "حيفا"، "الجولان المحتل"، "الأراضي المحتلة" (not "تل أبيب",
// which outlets write for the state that speaks or strikes).
func israelPlace(s *sentence, k int) bool {
	t := &s.toks[k]
	if t.HasAny("ايلات", "حيفا", "عسقلان", "اسدود", "طبريا", "خضيره") {
		return true
	}
	return k+1 < len(s.toks) && t.HasAny("جولان", "اراضي", "فلسطين") && s.toks[k+1].HasAny("محتل", "محتله")
}

// chargedDeed reports the attack word at c as what a group is said to
// have done: claimed ("تبنى داعش هجوماً")، charged with ("بقصف"، "بزرع")
// or denied ("مسؤوليته عن استهداف").
func chargedDeed(s *sentence, c int) bool {
	if claimedBefore(s, c) || c > 0 && s.toks[c-1].Key() == "عن" {
		return true
	}
	for _, v := range s.toks[c].Variants {
		if v.Pre == "ب" {
			return true
		}
	}
	return c > 0 && s.toks[c-1].HasPrefix("بزرع")
}

// withBi reports t read as one of words with the preposition بـ:
// "باغتيال"، "بتفجير".
func withBi(t *arabic.Token, words ...string) bool {
	for _, v := range t.Variants {
		if v.Pre == "ب" && slices.Contains(words, v.Key) {
			return true
		}
	}
	return false
}

// wordBefore reports a token at most n words before k, with no break
// between, of which is holds.
func wordBefore(s *sentence, k, n int, is func(*arabic.Token) bool) bool {
	for j := k - 1; j >= 0 && j >= k-n; j-- {
		if is(&s.toks[j]) {
			return true
		}
		if s.toks[j+1].Break {
			return false
		}
	}
	return false
}

// claimedBefore reports a claim verb at most four words before k, with no
// break between: "تبنت كتائب حزب الله اغتيال".
func claimedBefore(s *sentence, k int) bool {
	return wordBefore(s, k, 4, func(t *arabic.Token) bool { return t.HasPrefix("تبن") || t.HasPrefix("يتبن") })
}

// crowdTargeted reports an attack verb up to six words before the crowd
// word at k, a date between allowed: "استهدفا في الثالث من الشهر الجاري
// حشداً كان يحيي ذكرى".
func crowdTargeted(s *sentence, k int) bool {
	return wordBefore(s, k, 6, func(t *arabic.Token) bool { return t.HasPrefix("استهدف") })
}

// foreignTarget reports an attack word at c whose object, after "على", is
// no base: "هجمات الجماعة على السفن"، "الهجمات على الملاحة"، "اعتداءاتها
// على إسرائيل".
func foreignTarget(s *sentence, c int) bool {
	for k := c + 1; k+1 < len(s.toks) && k <= c+3; k++ {
		if m := s.mentionAt(k); m != nil && m.typ == model.TypeBase || s.toks[k].Break {
			return false
		}
		if s.toks[k].Key() != "علي" {
			continue
		}
		n := &s.toks[k+1]
		if m := s.mentionAt(k + 1); m != nil {
			return m.typ == model.TypeCountry && m.id == "country:israel"
		}
		return n.HasAny("سفن", "ملاحه", "ناقلات", "سفينه", "مدنيين", "بواخر")
	}
	return false
}

// heldBefore reports a form of حمّل within three words before token c:
// "حمّلت واشنطن مسؤوليته"، "يحمّلها المسؤولية".
func heldBefore(s *sentence, c int) bool {
	for k := max(c-3, 0); k < c; k++ {
		if t := &s.toks[k]; t.HasPrefix("حمل") || t.HasPrefix("يحمل") { // not تحمّلت: "تحملت X مسؤولية الهجوم" claims
			return !t.HasPrefix("حملات") && !t.HasPrefix("حمله")
		}
	}
	return false
}

// negatedAt reports "لم"، "لا" or "دون" in the four words before token c:
// "لم تعلن أي جهة مسؤوليتها" claims nothing.
func negatedAt(s *sentence, c int) bool {
	for k := c - 1; k >= 0 && k >= c-4; k-- {
		switch s.toks[k].Key() {
		case "لم", "لا", "دون":
			return true
		}
	}
	return false
}

// stanceNear is the stance of the stance cue nearest to token t, before or
// after it ("X هي المسؤولة على الأرجح").
func (a *article) stanceNear(s *sentence, t int) string {
	best, bestD := model.StanceAsserted, 1<<30
	for _, st := range stanceOrder() {
		if st == model.StanceAsserted {
			continue // the default; a weaker cue anywhere near wins
		}
		for _, c := range a.freeCues(s, st) {
			d := c - t
			if d < 0 {
				d = -d
			}
			if breakBetween(s, min(c, t)-1, max(c, t)) && d > 2 {
				continue // "X وراء الهجوم، بينما نفت Y": another clause's stance
			}
			if d < bestD {
				best, bestD = st, d
			}
		}
	}
	if best == model.StanceAsserted {
		return a.governingHedge(s, t)
	}
	return best
}

// governingHedge is the stance of a hedge verb whose "أن" clause holds
// token t, asides between allowed: "ورجّح مصدر، تحدث لـX، أن تكون Y، التي
// ...، وراء القصف" is likely; asserted when none.
func (a *article) governingHedge(s *sentence, t int) string {
	best, bestC := model.StanceAsserted, -1
	for _, st := range []string{model.StanceHinted, model.StanceSuspected, model.StanceLikely} {
		for _, c := range a.freeCues(s, st) {
			if c < t && c > bestC && t-c <= 12 && thatBetween(s, c, t) && !a.actorBetween(s, lastThat(s, c, t)+1, t) {
				best, bestC = st, c // the nearest hedge; "ولم يستبعد قائد قوات X، فلان، أن يكون Y وراء القصف": the speaker's title is no actor of the clause
			}
		}
	}
	return best
}

// lastThat is the last "أن" (أنه، أنها …) in (from, to), or from.
func lastThat(s *sentence, from, to int) int {
	k := from
	for i := from + 1; i < to && i < len(s.toks); i++ {
		if s.toks[i].HasAny("ان", "انه", "انها", "انهم") {
			k = i
		}
	}
	return k
}

// sourceCue reports "مصدره X": the text's own voice naming the source.
func (a *article) sourceCue(s *sentence, t int) bool {
	for i := t - 1; i >= 0 && i >= t-2; i-- {
		if s.toks[i].HasPrefix("مصدر") {
			return true
		}
	}
	return false
}

// accuseVerb reports اتهم right before t, or "تتحمل المسؤولية" right after
// it: countries are accused only so.
func (a *article) accuseVerb(s *sentence, t int) bool {
	for i := t - 1; i >= 0 && i >= t-4; i-- {
		if s.toks[i].HasPrefix("اتهم") || s.toks[i].HasPrefix("يتهم") || s.toks[i].HasPrefix("حمل") {
			return true
		}
	}
	if t > 0 && s.toks[t-1].Has("بصمات") && !s.toks[t].Break {
		return true // "بصمات إيران واضحة في الهجوم"
	}
	for i := t + 1; i < len(s.toks) && i <= t+3; i++ {
		if s.toks[i].HasPrefix("تتحمل") || s.toks[i].HasPrefix("يتحمل") || s.toks[i].Has("مسؤوليه") {
			return true
		}
	}
	return false
}

// accusedObject reports the first armed group or state after an accusing
// verb, however many commas the accuser's description takes.
// forceAccused reports a force that a named accuser accuses of an attack
// told right after it with بـ, "اتهمت قسد الطيران الروسي وطيران النظام
// باستهداف مواقعها": the force is blamed as a group would be.
func (a *article) forceAccused(s *sentence, m mention) bool {
	if m.typ != model.TypeForce || m.t0 < 2 {
		return false
	}
	deed := false // "بقصف"، "باستهداف" after it: what the force is accused of
	attack := a.x.rules.Cue(rules.CueAttack)
	for k := m.t1; k < len(s.toks) && k <= m.t1+5; k++ {
		if attack.Has(&s.toks[k]) && strings.HasPrefix(s.toks[k].Surface, "ب") {
			deed = true
			break
		}
	}
	if !deed {
		return false
	}
	for k := m.t0 - 1; k >= 0 && k >= m.t0-10; k-- {
		if t := &s.toks[k]; t.HasPrefix("اتهم") || t.HasPrefix("يتهم") || t.HasPrefix("تتهم") {
			return slices.ContainsFunc(s.ments, func(n mention) bool { return n.t0 > k && n.t0 < m.t0 && a.accuser(s, n) }) && a.accusedObject(s, m)
		}
	}
	return false
}

func (a *article) accusedObject(s *sentence, m mention) bool {
	v := -1
	for i := m.t0 - 1; i >= 0 && i >= m.t0-15; i-- {
		if accuseVerbAt(s, i) {
			v = i
			break
		}
	}
	if v < 0 || a.accusedOfOther(s, m) {
		return false
	}
	for _, n := range s.ments {
		if n.t0 > v && n.t0 < m.t0 && !n.adj && (n.typ == model.TypeMilitia || n.typ == model.TypeCountry) && !a.accuser(s, n) && !bracketRepeat(s, n) {
			return false
		}
	}
	return true
}

// attackOfGroup reports a group written with لـ right after an attack
// noun, or after its one indefinite adjective: "لهجوم لداعش"، "هجوم مماثل
// لداعش"، "هجوم صاروخي لكتائب X" name the group whose attack it was.
func (a *article) attackOfGroup(s *sentence, m mention) bool {
	t := &s.toks[m.t0]
	if m.adj || m.t0 < 1 || t.Break || !withLam(t) {
		return false
	}
	event := a.x.rules.Cue(rules.CueAttackEvent)
	k := m.t0 - 1
	if !event.Has(&s.toks[k]) {
		if k < 1 || definite(&s.toks[k]) || s.toks[k].Break || !event.Has(&s.toks[k-1]) || s.mentionAt(k) != nil {
			return false
		}
	}
	return true
}

// responsibilityOf reports m in construct after "مسؤولية" with an attack
// word after "عن" at most three words on, and a stance cue before it:
// "ألمح مسؤول إلى مسؤولية إسرائيل عن الهجوم"، "نفى مسؤولية X عن القصف".
func (a *article) responsibilityOf(s *sentence, m mention) bool {
	if m.adj || m.t0 < 2 || m.t1+1 >= len(s.toks) || s.toks[m.t0-1].Key() != "مسؤوليه" || s.toks[m.t1].Key() != "عن" || s.toks[m.t1].Break {
		return false
	}
	if !slices.ContainsFunc(a.freeCue(s, rules.CueAttack), func(c int) bool { return c > m.t1 && c <= m.t1+3 }) &&
		!a.x.rules.Cue(rules.CueAttackAnaphora).Has(&s.toks[m.t1+1]) {
		return false
	}
	for _, st := range stanceOrder() {
		if slices.ContainsFunc(a.freeCues(s, st), func(c int) bool { return c < m.t0 }) {
			return true
		}
	}
	return false
}

// stateStrikesBefore reports a state or state force named as striking
// before token t: in "نفذت قاذفات أميركية ضربات على مواقع تابعة لفيلق
// القدس" the sites the group owns are struck, the group is not blamed.
func (a *article) stateStrikesBefore(s *sentence, t int) bool {
	for _, n := range s.ments {
		if n.t0 < t && a.stateStriker(s, n) {
			return true
		}
	}
	return false
}

// doersBelong reports a group at t that the doers of an attack (the
// arrested, the accused, the cell) are said to belong to or to be: "أحد
// المعتقلين يُشتبه بانتمائه إلى فصيل X"، "المتهمون ينتمون إلى X"، "بوصف
// المنفذين بأنهم X". A leader who belongs to X ("قيادي ينتمي إلى X") is no
// doer.
func doersBelong(s *sentence, t int) bool {
	k := t - 1
	if k >= 0 && s.toks[k].HasAny("فصيل", "جماعه", "حركه", "مجموعه", "تنظيم") {
		k--
	}
	switch {
	case k >= 0 && s.toks[k].HasPrefix("تابع") && beDoers(s, k):
		return true // "ويرجح مسؤولون أن تكون المجموعة المهاجمة تابعة لـX"
	case k >= 1 && s.toks[k].HasAny("عناصر", "مقاتلي", "اعضاء", "افراد") && s.toks[k-1].Key() == "من" && beDoers(s, k-1):
		return true // "ويرجح أن يكون المسلحون من عناصر X"
	case k >= 0 && s.toks[k].HasAny("بانهم", "انهم"):
		k++ // "مكتفياً بوصف المنفذين بأنهم جماعات خارجة عن القانون"
	case k < 1 || !s.toks[k].Has("الي") || !s.toks[k-1].HasPrefix("انتما") && !s.toks[k-1].HasPrefix("بانتما") && !s.toks[k-1].HasPrefix("ينتم") && !s.toks[k-1].HasPrefix("تنتم"):
		return false
	}
	for j := 0; j < k-1; j++ {
		if s.toks[j].HasAny("معتقلين", "معتقل", "معتقلون", "متهمين", "متهمون", "منفذين", "منفذي", "منفذو", "خليه", "موقوفين", "جناه", "مشتبه", "مهاجمين") {
			return true
		}
	}
	return false
}

// appositiveDoer reports a group named after "أي" that glosses, right
// after a comma, the doers of the attack told before it: "الفصائل ذاتها
// التي نفذت الهجوم على أربيل، أي X".
func (a *article) appositiveDoer(s *sentence, m mention) bool {
	p := m.t0 - 1
	if p < 3 || s.toks[p].Key() != "اي" || !s.toks[p].Break {
		return false
	}
	verbs := a.x.rules.Cue(rules.CueAttackVerb)
	for k := p - 1; k >= 1 && k >= p-10; k-- {
		if s.toks[k+1].Break && k+1 != p {
			return false
		}
		if verbs.Has(&s.toks[k]) && (s.toks[k-1].Key() == "تي" || s.toks[k-1].Key() == "ذي" || s.toks[k-1].Key() == "ذين") {
			return true
		}
	}
	return false
}

// doerListed reports a group joined by "و" right after the group accused
// last in out, which the doers were said to be or belong to: "كان منفذو
// الهجوم من عناصر X وY"، "منفذي الهجوم هم X وY".
func doerListed(s *sentence, out []accusation, m mention) bool {
	if len(out) == 0 || !strings.HasPrefix(s.toks[m.t0].Surface, "و") || s.toks[m.t0].Break {
		return false
	}
	p := s.mentionStarting(out[len(out)-1].t0)
	return p != nil && p.t1 == m.t0 && (out[len(out)-1].belong || namedAsDoer(s, *p))
}

// vsoPairDoer reports m joined by و right after the group that is the
// subject of a verb of attack before it: "استهدفت X وY القاعدة"، "سيطر
// مقاتلون من X وY على المطار": both did it.
func (a *article) vsoPairDoer(s *sentence, out []accusation, vso, verbs []int, m mention) bool {
	if len(out) == 0 || !out[len(out)-1].attacker {
		return false
	}
	p := s.mentionStarting(out[len(out)-1].t0)
	if p == nil {
		return false
	}
	if !(p.t1 == m.t0 && strings.HasPrefix(s.toks[m.t0].Surface, "و") && !s.toks[m.t0].Break) && !a.quotedPairTaking(s, *p, m) {
		j := s.joinedAfter(p.t1) // "شن مقاتلو «X» و«Y» هجوماً": the fighters of both
		return j != nil && j.t0 == m.t0 && a.fightersLaunched(s, *p)
	}
	if v := p.t0 - 1; v >= 0 && (contains(vso, v) || contains(verbs, v) && a.x.rules.Cue(rules.CueGroupVerb).Has(&s.toks[v])) {
		return v == 0 || !s.toks[v-1].HasAny("انها", "انه", "انهم", "انهما") // not "قالت إنها استهدفت X وY": its objects
	}
	return fightersAfterVerb(s, vso, p.t0) || membersAfter(s, vso, p.t0) || a.fightersLaunched(s, *p)
}

// joinedAfter returns the mention joined by و to whatever ends before
// token t: "X وY" (the و on Y's word) or "«X» و«Y»" (a lone و before the
// quote). Nil when none is.
func (s *sentence) joinedAfter(t int) *mention {
	if t >= len(s.toks) || s.toks[t].Break {
		return nil
	}
	if strings.HasPrefix(s.toks[t].Surface, "و") {
		if m := s.mentionStarting(t); m != nil {
			return m
		}
	}
	if s.toks[t].Surface == "و" && t+1 < len(s.toks) && s.toks[t+1].Quote && !s.toks[t+1].Break {
		return s.mentionStarting(t + 1)
	}
	return nil
}

// tookPart reports group m named, at most two words on, after "شاركت فيه"
// (فيها، شارك، شاركوا) that follows an attack word: in "إثر هجوم واسع
// شاركت فيه كتائب من X" X took part in the attack. So does a group of
// the subjects of "شاركوا في الهجوم" (المعركة، الاقتحام): in "إن «X»
// و«Y» شاركوا جميعاً في المعركة" both did.
func (a *article) tookPart(s *sentence, m mention) bool {
	if a.sharedIn(s, m) {
		return true
	}
	for k := m.t0 - 2; k >= 1 && k >= m.t0-6; k-- {
		if !s.toks[k].HasAny("شاركت", "شارك", "شاركوا") || !s.toks[k+1].HasAny("فيه", "فيها") {
			continue
		}
		if breakBetween(s, k, m.t0) || m.t0-k > 4 && !fightersOfCount(s, k+2, m.t0) {
			return false
		}
		for _, c := range a.freeCue(s, rules.CueAttack) {
			if c < k && k-c <= 3 && (!breakBetween(s, c, k) || c == k-2 && s.toks[k-1].HasAny("تي", "ذي")) {
				return true // "هجوم واسع شاركت فيه"، "وبدأ الهجوم، الذي شارك فيه"
			}
		}
		return false
	}
	return false
}

// fightersOfCount reports tokens from..to that count a group's fighters,
// "عشرات المسلحين من"، "مئات من عناصر": the group after them took part.
func fightersOfCount(s *sentence, from, to int) bool {
	k := from
	if k < to && s.toks[k].HasAny("عشرات", "مئات", "عدد") {
		k++
	}
	if k < to && s.toks[k].Key() == "من" {
		k++
	}
	if k < to && fighters(&s.toks[k]) {
		k++
	}
	return k < to && s.toks[k].Key() == "من" && k+1 == to
}

// sharedIn reports group m heading, with only other groups and و after it,
// a verb of taking part followed by "في" and an attack word or the battle:
// "«X» و«Y» شاركوا جميعاً في المعركة".
func (a *article) sharedIn(s *sentence, m mention) bool {
	k := m.t1
	for k < len(s.toks) && k-m.t1 <= 12 && !s.toks[k].Break {
		if n := s.mentionStarting(k); n != nil && n.typ == model.TypeMilitia {
			k = n.t1
		} else if s.toks[k].Surface == "و" {
			k++
		} else {
			break
		}
	}
	if k+2 >= len(s.toks) || s.toks[k-1].Break || !s.toks[k].HasAny("شاركوا", "شاركا", "شاركتا", "شاركت", "شارك") {
		return false
	}
	if k++; s.toks[k].HasAny("جميعا", "كلها", "كلهم", "ايضا", "معا") {
		k++
	}
	if k+1 >= len(s.toks) || s.toks[k].Key() != "في" {
		return false
	}
	return s.toks[k+1].HasAny("معركه", "عمليه") || a.x.rules.Cue(rules.CueAttack).Has(&s.toks[k+1])
}

// comprised reports group m among those a front is said to comprise, with
// no attack word between: "يُعتقد أنها تضم فصائل بارزة مثل X وY وZ".
func (a *article) comprised(s *sentence, m mention) bool {
	attack := a.x.rules.Cue(rules.CueAttack)
	for k := m.t0 - 1; k >= 0 && k >= m.t0-12; k-- {
		t := &s.toks[k]
		if t.HasAny("تضم", "يضم", "تضمان", "يضمان", "تتالف", "يتالف") {
			return true
		}
		if s.toks[k+1].Break && s.mentionAt(k+1) == nil || attack.Has(t) {
			return false
		}
		if n := s.mentionAt(k); n != nil && n.typ != model.TypeMilitia {
			return false
		}
	}
	return false
}

// fellInto reports group m as the hands a base fell into: "سقط مطار X
// بيد Y"، "قد سقط فجر أمس بيد مقاتلين من Y".
func fellInto(s *sentence, m mention) bool {
	for k := m.t0 - 1; k >= 0 && k >= m.t0-12; k-- {
		if !s.toks[k].Has("سقط") {
			continue
		}
		h := handsAfter(s, k)
		if h == 0 || h > m.t0 {
			return false
		}
		for j := h; j < m.t0; j++ {
			if !memberNoun(&s.toks[j]) && !fighters(&s.toks[j]) && s.toks[j].Key() != "من" {
				return false // "بيد مقاتلين من Y": only the men of the group between
			}
		}
		return true
	}
	return false
}

// quotedPairTaking reports quoted group m after a lone و right after group
// p, both the subject of a verb of taking a base before them: "سيطر
// مقاتلون من «X» و«Y» على مطار Z".
func (a *article) quotedPairTaking(s *sentence, p, m mention) bool {
	if m.t0 != p.t1+1 || s.toks[p.t1].Surface != "و" || s.toks[p.t1].Break || s.toks[m.t0].Break || !s.toks[m.t0].Quote {
		return false
	}
	capture := a.x.rules.Cue(rules.CueCapture)
	for k := p.t0 - 1; k >= 0 && k >= p.t0-4; k-- {
		if capture.Has(&s.toks[k]) {
			return true
		}
		if s.toks[k+1].Break {
			return false
		}
	}
	return false
}

// beDoers reports the doers of an attack as the subject of "يكون"/"تكون"
// at most three words before token k: "أن تكون المجموعة المهاجمة"، "أن
// يكون المتسللون".
func beDoers(s *sentence, k int) bool {
	for j, n := k-1, 0; j >= 1 && n < 3; j, n = j-1, n+1 {
		if s.toks[j].HasAny("هجوم", "هجمات", "قصف", "عمليه", "استهداف") && s.toks[j-1].HasAny("منفذو", "منفذي", "منفذ") {
			j-- // "أن يكون منفذو الهجوم من عناصر X"
		}
		if s.toks[j].HasAny("مجموعه", "مهاجمين", "مهاجمون", "مسلحين", "مسلحون", "متسللين", "متسللون", "منفذين", "منفذون", "منفذو", "منفذي", "منفذ", "خليه", "جناه", "مهاجم") &&
			j >= 1 && s.toks[j-1].HasAny("يكون", "تكون", "كان", "كانت", "يكونوا", "يكونون") {
			return true
		}
	}
	return false
}

// bracketRepeat reports mention m as the bracketed short name of the same
// entity named right before it: "قوات سوريا الديمقراطية (قسد)".
func bracketRepeat(s *sentence, m mention) bool {
	if !bracketAt(s, m.t0) {
		return false
	}
	p := s.mentionAt(m.t0 - 1)
	return p != nil && p.id == m.id && p.t1 == m.t0
}

// accusedOfOther reports "اتهم X بـ…" that accuses X of something other
// than a deed of the attack: "واتهمت أنقرة بالبحث عن ذرائع".
func (a *article) accusedOfOther(s *sentence, m mention) bool {
	if m.t1 >= len(s.toks) || s.toks[m.t1].Break {
		return false
	}
	t := &s.toks[m.t1]
	for _, v := range t.Variants {
		if strings.HasSuffix(v.Pre, "ب") {
			return !a.x.rules.Cue(rules.CueAccuseDeed).Has(t) && !a.x.rules.Cue(rules.CueAttack).Has(t)
		}
	}
	return false
}

// capitalState reads an accused capital as its state: in "اتهمت قسد أنقرة
// بالوقوف وراء الهجوم" Ankara is Turkey.
func (a *article) capitalState(s *sentence, m mention) mention {
	if m.typ != model.TypeCity || m.adj || a.x.lex == nil || a.x.rules.Cue(rules.CueCapital).Match(s.toks, m.t0) != m.t1-m.t0 ||
		!a.accuseVerb(s, m.t0) && !contains(a.freeCue(s, rules.CueDenied), m.t0-1) && !a.deniedAt(s, m) && !a.subjectOf(s, m) {
		return m
	}
	e := a.x.lex.ByID(m.id)
	if e == nil {
		return m
	}
	for _, r := range e.Relations {
		if r.Type == model.RelLocatedIn && strings.HasPrefix(r.To, "country:") && a.ensure(r.To, s) {
			m.id, m.typ = r.To, model.TypeCountry
			return m
		}
	}
	return m
}

// accuseVerbAt reports an accusing verb at token i: اتهم، تتهم، حمّل.
func accuseVerbAt(s *sentence, i int) bool {
	if i < 0 || i >= len(s.toks) {
		return false
	}
	t := &s.toks[i]
	return t.HasPrefix("اتهم") || t.HasPrefix("تتهم") || t.HasPrefix("يتهم") || t.Has("حمل") || t.Has("حملت") ||
		t.HasAny("نسب", "نسبت", "نسبه", "نسبها", "نسبته", "نسبتها", "ينسب", "تنسب") // "ونسبته قسد إلى X"
}

// accusesNext reports an accusing verb in the present or future right
// after m, its subject, quoted or not: "إن واشنطن "ستحمّل إيران
// المسؤولية"".
func accusesNext(s *sentence, m mention) bool {
	if m.t1 >= len(s.toks) || m.typ == model.TypeBase {
		return false
	}
	t := &s.toks[m.t1]
	return t.HasAny("يتهم", "تتهم", "سيتهم", "ستتهم") ||
		t.HasAny("يحمل", "تحمل", "سيحمل", "ستحمل") && responsibilityAfter(s, m.t1) // not "يحمل بصمات X"
}

// accuser reports the subject of an accusing verb that names someone else
// after it: in "اتهمت قسد أنقرة بالوقوف وراء الهجوم" قسد accuses.
func (a *article) accuser(s *sentence, m mention) bool {
	if m.adj {
		return false
	}
	if a.coAccuser(s, m) {
		return true
	}
	v := m.t0 - 1
	if v > 0 && (s.toks[v].Key() == "فيه" || s.toks[v].Key() == "فيها") {
		v-- // "في وقت اتهمت فيه X Y بالوقوف وراء الهجوم"
	}
	if !accuseVerbAt(s, v) && !accusesNext(s, m) {
		return false
	}
	for _, n := range s.ments {
		if n.t0 >= m.t1 && n.t0-m.t1 <= 6 && !n.adj && n.id != m.id && !groupPlace(s, n) && !a.groupBacker(s, n) &&
			(n.typ == model.TypeMilitia || n.typ == model.TypeCountry || n.typ == model.TypeCity || n.typ == model.TypeForce) {
			return true
		}
	}
	return a.unnamedAccused(s, m)
}

// unnamedAccused reports an aside or an accused that no lexicon names
// between the subject m of an accusing verb and the deed: "اتهمت قسد، في
// بيان، مسلحين مجهولين بإطلاق الصواريخ" (m accuses, and no one named is
// accused).
func (a *article) unnamedAccused(s *sentence, m mention) bool {
	deed, attack := a.x.rules.Cue(rules.CueAccuseDeed), a.x.rules.Cue(rules.CueAttack)
	aside := false
	for k := m.t1; k < len(s.toks) && k <= m.t1+8; k++ {
		t := &s.toks[k]
		if k > m.t1 && (deed.Has(t) || attack.Has(t)) && slices.ContainsFunc(t.Variants, func(v arabic.Variant) bool { return v.Pre == "ب" }) {
			return aside
		}
		if n := s.mentionAt(k); n != nil && n.id != m.id {
			return false
		}
		aside = aside || t.Break || k == m.t1 && t.HasAny("في", "جهات", "جهه", "مسلحين", "عناصر", "مجموعات", "خلايا", "اطرافا", "طرفا", "جماعات")
	}
	return false
}

// accuserGroup reports the group of an accuser's title: in "حمّل المتحدث
// باسم X فلان Y المسؤولية" X names who accuses, and Y, later, is accused.
func (a *article) accuserGroup(s *sentence, m mention) bool {
	if m.adj || m.t0 == 0 || !a.x.rules.Cue(rules.CueAccuserHead).Has(&s.toks[m.t0-1]) && !strings.HasSuffix(s.toks[m.t0].Pre, "ل") {
		return false
	}
	if s.toks[m.t0-1].Has("مسؤوليه") {
		return false // "حمّل الرئيس X المسؤولية لـY": Y is named as the one responsible
	}
	v := -1
	for i := m.t0 - 1; i >= 0 && i >= m.t0-6; i-- {
		if accuseVerbAt(s, i) {
			v = i
			break
		}
	}
	if v < 0 || !a.x.rules.Cue(rules.CueAccuserHead).Has(&s.toks[v+1]) {
		return false
	}
	later := false
	for _, n := range s.ments {
		if n.adj || n.typ != model.TypeMilitia && n.typ != model.TypeCountry {
			continue
		}
		if n.t0 > v && n.t0 < m.t0 {
			return false
		}
		later = later || n.t0 >= m.t1 && n.t0-m.t1 <= 6 && n.id != m.id
	}
	return later
}

// headlineVerb reports a present-tense attack verb right after a group in
// the headline: "الحرس الثوري يقصف عين الأسد وأربيل". In the body such a
// verb tells a habit or an aim as often as an attack.
func (a *article) headlineVerb(s *sentence, m mention) bool {
	return a.inHeadline(s.idx) && a.headlineLine() && nearAfter(s, a.freeCue(s, rules.CueAttackVerbHeadline), m.t1, 1)
}

// afterRecord reports a cue of accusing right after a relative aside that
// opens at t and tells the group's record: "أن تكون X، التي تبنت عشرات
// الهجمات على القواعد الأمريكية خلال العامين الماضيين، وراء الهجوم".
func afterRecord(s *sentence, cues []int, t int) bool {
	if t >= len(s.toks) || !s.toks[t].Break {
		return false
	}
	if k := s.toks[t].Key(); k != "تي" && k != "ذي" {
		return false
	}
	end := -1
	for k := t + 1; k < len(s.toks) && k <= t+24; k++ {
		if s.toks[k].Break {
			end = k
			break
		}
	}
	for _, c := range cues {
		if end > 0 && c >= end && c-end <= 3 && !breakBetween(s, end, c) && !clauseOpenedBetween(s, end, c) {
			return true
		}
	}
	return false
}

// clauseOpenedBetween reports "أن" or the relative "من" in tokens [from,
// to) of s: "X، التي توعدت بأن الدماء لن تذهب سدى، وأن «من يقف وراء
// الجريمة سيدفع الثمن»" opens a clause of its own before "وراء", whose
// subject is whoever did it, not X.
func clauseOpenedBetween(s *sentence, from, to int) bool {
	for k := from; k < to; k++ {
		if k := s.toks[k].Key(); k == "ان" || k == "من" {
			return true
		}
	}
	return false
}

// speakerGroup reports the group of a speaker's title when the speaker
// then names another armed group: in "قال مسؤول في المكتب الإعلامي
// لقوات X إن خلايا تابعة لـY تقف وراء القصف" X speaks and Y is accused.
func (a *article) speakerGroup(s *sentence, m mention) bool {
	if m.adj || m.t0 < 2 {
		return false
	}
	heads, title := a.x.rules.Cue(rules.CueAccuserHead), false
	for k := m.t0 - 1; k >= 0 && k >= m.t0-5 && !title; k-- {
		t := &s.toks[k]
		if titleNoun(t) {
			title = true
		} else if !heads.Has(t) && t.Key() != "في" && !t.HasAny("عام", "اعلي") {
			return false // "القائد العام لقوات X": still a title
		}
	}
	if !title {
		return false
	}
	denied, speech := a.freeCue(s, rules.CueDenied), a.freeCue(s, rules.CueSpeech)
	for _, n := range s.ments {
		if n.t0 <= m.t1 || n.adj || n.id == m.id || !armedOrState(n.typ) || !thatBetween(s, m.t1-1, n.t0) {
			continue
		}
		if deniesThenSays(denied, speech, m.t0-6, n.t0) {
			continue // "نفى مصدر في X أي علاقة لعناصرها بالقصف، وقال إن اتهامات Y …": X denies, then speaks of Y
		}
		if subj, _ := a.clauseSubject(s, n); n.typ == model.TypeMilitia || subj || behindState(s, n) || beingBlamed(s, n, a.freeCue(s, rules.CueAccuseAfter)) {
			return true // a state counts only as the subject of the blame: not "معتبراً أن أنقرة تبحث عن ذرائع"
		}
	}
	return false
}

// beingBlamed reports m as the subject of "أن تكون/يكون" with a blame
// word right after it: "أن تكون قوات النظام متورطة في الهجوم".
func beingBlamed(s *sentence, m mention, after []int) bool {
	return m.t0 > 0 && s.toks[m.t0-1].HasAny("تكون", "يكون") && nearAfter(s, after, m.t1, 1)
}

// sourceSits reports a group named as where a source or an official sits:
// "مصادر أمنية في «قسد»"، "مسؤولون في الحشد"، "قادة ميدانيون في الحشد".
// It reads more source words than sourceIn, up to two words before "في",
// and not "باسم": it keeps such a group from being blamed, or pointed back
// to, when the source goes on to name another.
func (a *article) sourceSits(s *sentence, m mention) bool {
	in := m.t0 - 1
	if in < 1 || s.toks[in].Key() != "في" {
		return false
	}
	for k := in - 1; k >= 0 && k >= in-2; k-- {
		if a.x.rules.Cue(rules.CueSourceNoun).Has(&s.toks[k]) || titleNoun(&s.toks[k]) || s.toks[k].HasAny("قاده", "قيادات", "قياديون", "قياديين") {
			return true // "قادة ميدانيون في الحشد"
		}
		if s.toks[k+1].Break {
			return false
		}
	}
	return false
}

// deniesThenSays reports a denial cue in [from, to) followed, before to,
// by a speech cue: the speaker denies, then goes on to speak of another.
func deniesThenSays(denied, speech []int, from, to int) bool {
	for _, d := range denied {
		if d < from || d >= to {
			continue
		}
		for _, c := range speech {
			if c > d && c < to {
				return true
			}
		}
	}
	return false
}

// armedOrState reports the types that can be accused: groups, forces, states.
func armedOrState(typ string) bool {
	return typ == model.TypeMilitia || typ == model.TypeForce || typ == model.TypeCountry
}

// titleNoun reports a word for who speaks for a body: مسؤول، متحدث، مصدر،
// قيادي، قائد، عضو، ناطق; not مسؤولية (responsibility).
func titleNoun(t *arabic.Token) bool {
	if t.HasPrefix("مسؤول") {
		k := t.Key()
		return !strings.Contains(k, "مسؤوليه") && !strings.Contains(k, "مسؤوليت")
	}
	if t.HasPrefix("مصدر") {
		return !t.HasPrefix("مصدره") && !t.HasPrefix("مصدرها") && !t.HasPrefix("مصدرهم") // "مصدره X": its source, a blame
	}
	return t.HasPrefix("متحدث") || t.HasPrefix("قيادي") || t.HasPrefix("ناطق") || t.HasPrefix("عضو") || t.Has("قائد")
}

// claimant is who speaks in s: the official or organisation after a speech
// or "according to" cue, or the subject of an accusing verb; "" for the
// article's own voice.
func (a *article) claimant(s *sentence) string {
	if c := a.speakerOf(s); c != "" || s.idx == 0 || !continuedSpeech(s) {
		return c
	}
	return a.speakerOf(a.sents[s.idx-1]) // "وأضافت أن ...": the speaker of the sentence before
}

// addressed reports an outlet named with "لـ" after a speech verb: in
// "قال مصدر أمني لكوردستان24" or "قال مسؤول لـ(واع)" the outlet is who was
// told, not who speaks.
func addressed(s *sentence, m mention) bool {
	t := &s.toks[m.t0]
	if m.typ != model.TypeOrganization {
		return false
	}
	if strings.HasSuffix(t.Pre, "ل") {
		return true
	}
	w := strings.Fields(m.surface)
	for _, v := range t.Variants {
		if len(w) > 0 && v.Surface == w[0] && strings.HasSuffix(v.Pre, "ل") && v.Surface != t.Surface {
			return true
		}
	}
	return false
}

// continuedSpeech reports a sentence opening with a speech verb that names
// no speaker: "وأضاف أن"، "وتابعت قائلة إن"، "وأضاف: …".
func continuedSpeech(s *sentence) bool {
	if len(s.toks) < 2 || !strings.HasPrefix(s.toks[0].Surface, "و") {
		return false
	}
	t := &s.toks[0]
	if !t.HasPrefix("اضاف") && !t.HasPrefix("تابع") && !t.HasPrefix("اوضح") && !t.HasPrefix("اكد") && !t.HasPrefix("اشار") {
		return false
	}
	n := &s.toks[1]
	return n.Has("ان") || n.HasPrefix("قائل") || n.Has("بان") || strings.Contains(gap(s, 1), ":") // "وأضاف: «نقيّم أن …»"
}

// speakerOf is who speaks in s itself, or "".
func (a *article) speakerOf(s *sentence) string {
	for _, m := range s.ments {
		if a.accuser(s, m) {
			return m.id
		}
	}
	for _, set := range []string{"according", "speech", "opinion"} {
		reach := 6
		if set == "opinion" {
			reach = 2 // "ورجّح المرصد"، not "رجحت مصادر تحدثت إلى X"
		}
		for _, c := range a.freeCues(s, set) {
			for _, m := range s.ments {
				if m.t0 > c && m.t0 <= c+reach && (m.typ == model.TypeOfficial || m.typ == model.TypeOrganization) &&
					(set == "according" || !addressed(s, m)) {
					return m.id
				}
			}
		}
	}
	return ""
}

// recentAttack is the attack s most likely refers back to: the last one on
// a base s names, else the last one told within a few sentences; one on a
// day s names, or in a month named right after an attack word ("هجوم
// شباط"), goes first.
func (a *article) recentAttack(s *sentence) *attackAcc {
	named := a.namedBases(s)
	a.dropLandmarks(s, named)
	var best *attackAcc
	dated := false // an attack on a day s names: "وتبنت X هجوم الأحد"
	now := !a.pluperfect(s) && !distal(s)
	latest := now && latestAttack(s)
	for _, at := range a.attacks {
		at = at.live()
		if s.idx-a.lastTold(s, at) > 8 || at.sent > s.idx || len(named) > 0 && !named[at.target] {
			continue
		}
		d := at.day != "" && (namesDay(s, at.day) || attackOfMonth(s, at.day))
		if best == nil || d && !dated || d == dated && laterOrLead(at, best, now, latest) {
			best, dated = at, d
		}
	}
	if best != nil && len(named) == 0 && !a.nounNamed(s, best.target) {
		if at := a.byHeadNoun(s, best); at != nil {
			return at // "تقف وراء الهجوم على السفارة": the embassy's attack, not the base's told last
		}
	}
	return best
}

// dropLandmarks removes from named the bases s names only as a place near
// which something else happened, with no attack of their own: "أعقب اغتيال
// قائد بغارة قرب مطار بغداد" does not make the blame of s about the airport.
func (a *article) dropLandmarks(s *sentence, named map[string]bool) {
	for _, m := range s.ments {
		if m.typ != model.TypeBase || m.t0 == 0 || a.lastAttackOn(m.id) != nil {
			continue
		}
		if p := &s.toks[m.t0-1]; p.Has("قرب") || p.Has("بقرب") || p.Has("محيط") || p.HasAny("محيطه", "حول") || m.t0 > 1 && p.Has("من") && s.toks[m.t0-2].HasAny("بالقرب", "قريب", "قريبه", "قريبا") {
			delete(named, m.id)
		}
	}
}

// lastTold is the last sentence before s that told of at or blamed someone
// for it: reactions renew an attack's reach, but "لا علاقة لها بأي هجوم"
// speaks of any attack and reaches only one told lately.
func (a *article) lastTold(s *sentence, at *attackAcc) int {
	if a.anyAttack(s) {
		return at.sent
	}
	return max(at.sent, at.lastRef)
}

// anyAttack reports "أي" right before an attack word: "بأي هجوم".
func (a *article) anyAttack(s *sentence) bool {
	for _, c := range a.freeCue(s, rules.CueAttack) {
		if c > 0 && s.toks[c-1].Has("اي") {
			return true
		}
	}
	return false
}

// laterOrLead reports attack at a better referent than best for a
// sentence that names neither: one of the story rather than the background
// ("وكانت القاعدة قد تعرضت في آذار لهجوم") when the sentence is not told
// in the pluperfect itself, else the one told last; after "الهجوم الأخير"
// the latest by day comes first.
func laterOrLead(at, best *attackAcc, now, latest bool) bool {
	if latest && at.day != "" && best.day != "" && at.day != best.day {
		return at.day > best.day // "الهجوم الأخير": the latest by day, not the one told last
	}
	if now && at.background != best.background {
		return !at.background
	}
	if now && at.secondary != best.secondary {
		return !at.secondary // "إن الهجوم استهدف في الحقيقة قاعدة X" then "وتبنت Y الهجوم": the story's
	}
	return at.sent > best.sent
}

// latestAttack reports "الهجوم الأخير" (or "الهجمة الأخيرة"): the latest
// attack, whichever was told last.
func latestAttack(s *sentence) bool {
	for i := 0; i+1 < len(s.toks); i++ {
		if singularAttack(&s.toks[i]) && definite(&s.toks[i]) && definite(&s.toks[i+1]) {
			if k := s.toks[i+1].Key(); k == "اخير" || k == "اخيره" {
				return true
			}
		}
	}
	return false
}

// distal reports a word that points back to an earlier time: "ذلك
// الهجوم"، "يومها"، "حينها"، "آنذاك"; the sentence then keeps the attack
// told last.
func distal(s *sentence) bool {
	for i := range s.toks {
		switch k := s.toks[i].Key(); {
		case distalWord(k):
			return true
		case k == "ذلك" || k == "تلك":
			if i+1 < len(s.toks) && singularAttack(&s.toks[i+1]) {
				return true
			}
		}
	}
	return false
}

// distalWord reports a word pointing back to a time told before: يومها،
// حينها، آنذاك، وقتها، حينذاك، يومذاك.
func distalWord(key string) bool {
	switch key {
	case "يومها", "حينها", "انذاك", "وقتها", "حينذاك", "يومذاك":
		return true
	}
	return false
}

// byHeadNoun is the one recent attack other than best whose base s names
// by its head noun alone, or nil.
func (a *article) byHeadNoun(s *sentence, best *attackAcc) *attackAcc {
	var found *attackAcc
	for _, at := range a.attacks {
		at = at.live()
		if at == best || at.target == best.target || s.idx-a.lastTold(s, at) > 8 || at.sent > s.idx || !a.nounNamed(s, at.target) {
			continue
		}
		if found != nil && found.target != at.target {
			return nil
		}
		if found == nil || at.sent > found.sent {
			found = at
		}
	}
	return found
}

// namedBases are the bases s names, by name or by their town.
func (a *article) namedBases(s *sentence) map[string]bool {
	named := map[string]bool{}
	for _, m := range s.ments {
		if m.typ == model.TypeBase {
			named[m.id] = true
		} else if id := a.placeBase(s, m); id != "" && !m.adj && a.lastAttackOn(id) != nil {
			named[id] = true // "المسيرة التي استهدفت حرير"، "تبنت هجوم الشدادي": the town's base
		}
	}
	return named
}

// onlyNamed keeps the attacks of cur on a base s names, when it names one
// of them: "رجح أن تكون X وراء استهداف قاعدة A" after "الهجومين" is about A.
func (a *article) onlyNamed(s *sentence, cur []*attackAcc) []*attackAcc {
	named := a.namedBases(s)
	var out []*attackAcc
	for _, at := range cur {
		if named[at.live().target] {
			out = append(out, at)
		}
	}
	if len(out) == 0 && len(cur) > 1 {
		for _, at := range cur {
			if a.nounNamed(s, at.live().target) {
				out = append(out, at) // "الهجوم على السفارة" of an embassy and a base hit together
			}
		}
	}
	if len(out) == 0 || len(out) == len(cur) {
		return cur
	}
	return out
}

// focused narrows attacks told together to the one the sentences since,
// before s, went on to name alone: "تعرضت قاعدة حقل X ثم قاعدة Y لهجومين"،
// "سُمع دوي انفجارين داخل الحقل"، then "يقف وراء الهجوم" is X's.
func (a *article) focused(s *sentence, cur []*attackAcc) []*attackAcc {
	if a.oneAttackOnBoth(cur) {
		return cur // "صد هجوم واسع بطائرات مسيرة على قاعدة X ونقطة Y": one attack told on both
	}
	last := make([]int, len(cur)) // the last sentence that told each one's base
	for _, b := range a.attacks {
		for k, at := range cur {
			if b = b.live(); b.target == at.live().target && b.sent > last[k] {
				last[k] = b.sent
			}
		}
	}
	top, from := -1, 0
	for k := range cur {
		switch {
		case last[k] > from:
			top, from = k, last[k]
		case last[k] == from:
			top = -1
		}
	}
	if top >= 0 {
		return cur[top : top+1] // "سُمع دوي انفجارين داخل الحقل" told X alone since
	}
	var only *attackAcc
	for i := from + 1; i < s.idx; i++ {
		for _, at := range cur {
			if !a.toldBase(a.sents[i], at.live().target) {
				continue
			}
			if only != nil && only != at {
				return cur
			}
			only = at
		}
	}
	if only == nil {
		return cur
	}
	return []*attackAcc{only}
}

// oneAttackOnBoth reports attacks first told in one sentence that names
// them with one singular attack noun and no plural or dual one: "صد هجوم
// واسع بطائرات مسيرة على قاعدة X ونقطة Y" is one attack on both.
func (a *article) oneAttackOnBoth(cur []*attackAcc) bool {
	first := cur[0].live().first
	for _, at := range cur {
		if at.live().first != first || at.live().day != cur[0].live().day {
			return false
		}
	}
	s := a.sents[first]
	plural, singular := a.x.rules.Cue(rules.CueAttackPlural), 0
	cues := a.freeCue(s, rules.CueAttack)
	if len(cues) == 1 && a.x.rules.Cue(rules.CueAttackVerb).Has(&s.toks[cues[0]]) {
		return true // "عندما استهدفت قاعدة X وقاعدة في مطار Y": one deed on both
	}
	for _, c := range cues {
		t := &s.toks[c]
		if plural.Has(t) || a.x.rules.Cue(rules.CueAttackDualAnaphora).Has(t) || t.HasPrefix("هجومين") || t.HasPrefix("هجومان") {
			return false
		}
		if t.HasPrefix("هجوم") || t.HasPrefix("لهجوم") || t.HasPrefix("بهجوم") {
			singular++
		}
	}
	return singular == 1
}

// toldBase reports base id named in s, or pointed at by its head noun
// ("الحقل" for "قاعدة حقل X").
func (a *article) toldBase(s *sentence, id string) bool {
	for _, m := range s.ments {
		if m.id == id {
			return true
		}
	}
	for i := range s.toks {
		if s.mentionAt(i) == nil && a.baseAnaphor(s, i) && a.lastBaseOfHead(s, i) == id {
			return true
		}
	}
	return false
}

// nounNamed reports a definite word of s that is the head noun of base
// id's name: "السفارة" for "السفارة الأمريكية في بغداد"، "المطار" for "مطار
// أربيل".
func (a *article) nounNamed(s *sentence, id string) bool {
	e := a.ents[id]
	if e == nil {
		return false
	}
	words := strings.Fields(e.Name)
	if len(words) == 0 {
		return false
	}
	head := arabic.Key(words[0])
	for i := range s.toks {
		if s.mentionAt(i) == nil && definite(&s.toks[i]) && s.toks[i].Has(head) {
			return true
		}
	}
	return false
}

// namesDay reports a date of s that is day.
func namesDay(s *sentence, day string) bool {
	for _, h := range s.dates {
		if h.day == day {
			return true
		}
	}
	return false
}

// attackOfMonth reports an attack word right before the month of day,
// named alone: "تبنّت هجوم شباط في حينه" speaks of the attack of February.
func attackOfMonth(s *sentence, day string) bool {
	for _, h := range s.dates {
		if h.day != "" || len(h.period) != 7 || !strings.HasPrefix(day, h.period) || h.tok == 0 {
			continue
		}
		if t := &s.toks[h.tok-1]; t.HasAny("هجوم", "هجمات", "قصف", "اعتداء", "استهداف") {
			return true
		}
	}
	return false
}

// attackOfDay reports a singular attack word right before a date of day:
// "هجوم الأربعاء"، "قصف يوم السبت".
func attackOfDay(s *sentence, day string) bool {
	for _, h := range s.dates {
		if h.day != day {
			continue
		}
		k := h.tok - 1
		if k >= 1 && s.toks[k].Key() == "يوم" {
			k--
		}
		if k >= 0 && singularAttack(&s.toks[k]) {
			return true
		}
	}
	return false
}

// operation reports "العملية" written definite: "وتبنت X العملية".
func (a *article) operation(s *sentence) bool {
	for _, c := range a.freeCue(s, rules.CueOperation) {
		if definite(&s.toks[c]) {
			return true
		}
	}
	return false
}

// operationWord reports عملية، عمليتين or عمليات.
func operationWord(t *arabic.Token) bool {
	return t.HasAny("عمليه", "عمليات", "عمليتين")
}

// operationsCount reports an indefinite count of operations in s, its
// targets told after: "أعلنت X أنها نفذت فجر اليوم عمليتين ضد قواعد
// الاحتلال".
func (a *article) operationsCount(s *sentence) bool {
	for c := range s.toks {
		t := &s.toks[c]
		if !operationWord(t) || definite(t) || s.mentionAt(c) != nil {
			continue
		}
		if c > 0 && a.number(&s.toks[c-1]) || t.Has("عمليتين") {
			return true
		}
	}
	return false
}

// followsAttack reports a sentence with a strong accusation word (or a
// hedged state, "رجّح أن تكون الطائرات إسرائيلية") a few sentences after
// one that told of an attack: "وتشير أصابع الاتهام إلى X" needs no attack
// word.
func (a *article) followsAttack(s *sentence, hedged bool) bool {
	if s.idx == 0 || len(a.freeCue(s, rules.CueAccuseStrict)) == 0 && !a.hedgedLaunch(s) && !hedged && !a.pronounDeed(s) && !holdsResponsible(s) && !isResponsible(s) {
		return false
	}
	for _, at := range a.attacks {
		at = at.live()
		if n := s.idx - max(at.sent, at.lastRef); n >= 1 && n <= 3 {
			return true // a sentence or two on the weapon, or on who is blamed, may come between
		}
	}
	return false
}

// holdsResponsible reports "حمّل X المسؤولية" (تحمّل، يحمّل): holding
// someone responsible, with the definite noun and no deed named, speaks of
// the attack just told. حمل alone may be carrying.
func holdsResponsible(s *sentence) bool {
	for k := range s.toks {
		if !s.toks[k].HasAny("حمل", "حملت", "تحمل", "يحمل", "حملوا") {
			continue
		}
		for j := k + 1; j < len(s.toks) && j <= k+6 && !s.toks[j].Break; j++ {
			if s.toks[j].Variants[0].Fold == "المسؤوليه" || s.toks[j].Variants[0].Fold == "المسووليه" {
				return true
			}
		}
	}
	return false
}

// isResponsible reports "هي المسؤولة" (هو المسؤول، هم المسؤولون): the
// accused named as the one responsible, with no deed named, speaks of the
// attack just told: "رجّح أن تكون X هي المسؤولة".
func isResponsible(s *sentence) bool {
	for k := 1; k < len(s.toks); k++ {
		f := s.toks[k].Variants[0].Fold
		if !strings.HasPrefix(f, "المسو") && !strings.HasPrefix(f, "المسؤ") {
			continue
		}
		switch s.toks[k].Key() {
		case "مسؤول", "مسؤوله", "مسؤولون", "مسؤولين", "مسوول", "مسووله", "مسوولون", "مسوولين":
			if s.toks[k-1].HasAny("هي", "هو", "هم") && !s.toks[k].Break {
				return true
			}
		}
	}
	return false
}

// usedBy reports "تُستخدم من قبل" before token t in its clause: in
// "منشأتين قال الوزير إنهما تُستخدمان من قبل X والجماعات التابعة له" X and
// the groups use the sites struck, no one blames them.
func usedBy(s *sentence, t int) bool {
	for k := t - 1; k >= 2 && k >= t-7; k-- {
		if s.toks[k+1].Break && k+1 < t {
			return false
		}
		if s.toks[k].Key() != "قبل" || s.toks[k-1].Key() != "من" {
			continue
		}
		u := &s.toks[k-2]
		return u.HasPrefix("تستخدم") || u.HasPrefix("يستخدم") || u.HasPrefix("مستخدم") || u.HasPrefix("استخدم")
	}
	return false
}

// ownPostSays reports "أضاف المنشور أن" (البيان، التسجيل، الرسالة) right
// before token t: a statement told before, the group's own, speaks on.
func (a *article) ownPostSays(s *sentence, t int) bool {
	if t < 3 || s.toks[t-1].Key() != "ان" || !definite(&s.toks[t-2]) || !s.toks[t-2].HasAny("بيان", "منشور", "تسجيل", "رساله", "تغريده") {
		return false
	}
	return contains(a.freeCue(s, rules.CueSpeech), t-3)
}

// pronounDeed reports a verb of carrying out an attack whose object is a
// pronoun: "يشتبهون بأن فصائل نفذته"، "الجماعة التي شنّته"; launching
// ("أطلقتها") may be of threats, and counts only after the weapon it
// launched: "إن الطائرة أطلقتها X".
func (a *article) pronounDeed(s *sentence) bool {
	for _, c := range a.freeCue(s, rules.CueAttackVerb) {
		k := s.toks[c].Key()
		if strings.HasPrefix(k, "اطلق") && weaponBefore(s, c) {
			return true
		}
		if !strings.HasPrefix(k, "نفذ") && !strings.HasPrefix(k, "شن") {
			continue // "تهديدات أطلقتها X": not the deed
		}
		if strings.HasSuffix(k, "ته") || strings.HasSuffix(k, "تها") || k == "نفذه" || k == "شنه" {
			return true
		}
	}
	return false
}

// weaponBefore reports a definite aircraft or missile right before the
// verb at c, or before its adjective: "الطائرة المسيرة أطلقتها".
func weaponBefore(s *sentence, c int) bool {
	for k := c - 1; k >= 0 && k >= c-2; k-- {
		t := &s.toks[k]
		if !definite(t) || t.Break {
			return false
		}
		if t.HasAny("طائره", "طائرات", "مسيره", "مسيرات", "صاروخ", "صواريخ", "قذيفه", "قذائف") {
			return true
		}
	}
	return false
}

// hedgedPlanes reports a state accused by its planes under a hedge:
// "رجّح المرصد أن تكون الطائرات إسرائيلية" speaks of the strike told just
// before; "مطوّر عن نماذج إيرانية" tells a make, not who struck.
func hedgedPlanes(list []accusation) bool {
	for _, x := range list {
		if x.planes && (x.stance == model.StanceLikely || x.stance == model.StanceSuspected || x.stance == model.StanceHinted) {
			return true
		}
	}
	return false
}

// suspectedByName reports a group suspected by name right after a verb of
// suspicion: "نشتبه بلواء X، فله خلايا في القرى القريبة" speaks of the
// attack told just before.
func (a *article) suspectedByName(s *sentence, list []accusation) bool {
	for _, c := range a.freeCues(s, model.StanceSuspected) {
		for _, x := range list {
			if x.t0 == c+1 && x.stance == model.StanceSuspected && withBa(&s.toks[x.t0]) {
				return true
			}
		}
	}
	return false
}

// pluralAnaphora reports a definite attack word of cue set name: "وراء
// الهجومين"، "تبنت الهجمات".
func (a *article) pluralAnaphora(s *sentence, name string) bool {
	for _, c := range a.freeCues(s, name) {
		if definite(&s.toks[c]) {
			return true
		}
	}
	return false
}

// sameDay adds to cur the other attacks of the article dated the day of at:
// "الهجومين" covers both attacks of the event, told in two sentences.
func (a *article) sameDay(cur []*attackAcc, at *attackAcc) []*attackAcc {
	if at.day == "" {
		return cur
	}
	for _, b := range a.attacks {
		if b = b.live(); b.day == at.day {
			cur = appendAttack(cur, b)
		}
	}
	return cur
}

// nearDays adds to cur the attacks of the story around at: not told as
// background, dated within three days of at. "يرى الخبير أن بصمات الكتائب
// واضحة في الهجمات الأخيرة" covers the attacks of the week, not one
// recalled from the month before.
func (a *article) nearDays(cur []*attackAcc, at *attackAcc) []*attackAcc {
	t, ok := isoDay(at.day)
	if !ok {
		return a.sameDay(cur, at)
	}
	for _, b := range a.attacks {
		b = b.live()
		if b.secondary && !at.secondary {
			continue
		}
		// a background attack of the same days is one of them: "وكانت المجموعة قد
		// أعلنت مسؤوليتها عن هجوم أمس على قاعدة X" then "وراء الهجمات"
		if u, ok := isoDay(b.day); ok && u.Sub(t).Abs() <= 3*24*time.Hour {
			cur = appendAttack(cur, b)
		}
	}
	return cur
}

// seriesStart is the first day of a series of attacks that s or one of
// the eight sentences before it opens with "منذ" and a day ("تعرضت القوات
// منذ 17 أكتوبر لـ19 هجوماً"), or "".
func (a *article) seriesStart(s *sentence) string {
	pub := a.meta.Published
	if len(pub) > len("2006-01-02") {
		pub = pub[:len("2006-01-02")]
	}
	for i := s.idx; i >= 0 && i >= s.idx-8; i-- {
		for _, h := range a.sents[i].dates {
			if !h.span {
				continue
			}
			if m, ok := dates.Parse(h.text, pub); ok && m.Precision == "day" && m.Day != "" {
				return m.Day
			}
		}
	}
	return ""
}

// sinceDay adds to cur the attacks of the story told on or after day
// start, up to publication.
func (a *article) sinceDay(cur []*attackAcc, start string) []*attackAcc {
	end := a.meta.Published
	for _, b := range a.attacks {
		b = b.live()
		if b.background || b.secondary || b.day == "" || b.day < start || end != "" && b.day > end {
			continue
		}
		cur = appendAttack(cur, b)
	}
	return cur
}

// isoDay parses a YYYY-MM-DD day.
func isoDay(day string) (time.Time, bool) {
	t, err := time.Parse("2006-01-02", day)
	return t, err == nil
}

// otherRecent adds to cur the attack on another base told last before s
// besides at: "الهجومين" are the two attacks the article told last.
func (a *article) otherRecent(cur []*attackAcc, at *attackAcc, s *sentence) []*attackAcc {
	var best *attackAcc
	for _, b := range a.attacks {
		b = b.live()
		if b != at && b.target != at.target && b.sent <= s.idx && s.idx-b.sent <= 8 && (best == nil || b.sent > best.sent) {
			best = b
		}
	}
	if best != nil {
		cur = appendAttack(cur, best)
	}
	return cur
}

// toldWith is at and the other attacks of the same day told last in the
// same sentence as at: "استهدفت مسيرات قاعدة X ومطار Y" then "وتبنت Z
// الهجوم" claims both.
func (a *article) toldWith(at *attackAcc) []*attackAcc {
	out := []*attackAcc{at}
	for _, b := range a.attacks {
		b = b.live()
		if b == at || b.first != at.first || b.day != at.day || b.target == at.target {
			continue
		}
		if b.sent == at.sent || a.oneAttackOnBoth([]*attackAcc{at, b}) {
			out = appendAttack(out, b) // "صد هجوم على قاعدة X ونقطة Y … رجّحت أن تكون Z وراءه": both
		}
	}
	return out
}

// ownGroupClaim reads a speaker's own group as the doer: "قال المتحدث
// باسم X إن فصيله نفذ الهجوم" is X's claim. The group word (own_group)
// comes right before a perpetrating or claiming verb, and X is the last
// armed group named before it.
func (a *article) ownGroupClaim(s *sentence, out []accusation) []accusation {
	perpetrate, claimed := a.x.rules.Cue(rules.CuePerpetrate), a.x.rules.Cue(rules.CueClaimed)
	for _, g := range a.freeCue(s, rules.CueOwnGroup) {
		if g+1 >= len(s.toks) || s.toks[g+1].Break {
			continue
		}
		fighters := s.toks[g].HasPrefix("مقاتلي")
		if v := &s.toks[g+1]; !perpetrate.Has(v) && !claimed.Has(v) && !(fighters && v.HasAny("استهدفوا", "اطلقوا", "قصفوا", "هاجموا", "ضربوا")) {
			continue // "إن مقاتليها استهدفوا قاعدة X": its fighters struck
		}
		id := groupBefore(s, g)
		if id == "" {
			id = a.groupAnaphorBefore(s, g) // "وقالت الجماعة إن مقاتليها استهدفوا": the group named before
		}
		if id != "" && !slices.ContainsFunc(out, func(x accusation) bool { return x.id == id }) {
			out = append(out, accusation{id: id, stance: model.StanceClaimed, self: true, t0: g})
		}
	}
	return out
}

// groupAnaphorBefore is the group a definite group noun ("الجماعة"،
// "الحركة") before token g of s points back to, or "".
func (a *article) groupAnaphorBefore(s *sentence, g int) string {
	for _, t := range a.freeCue(s, rules.CueGroupAnaphora) {
		if t < g && definite(&s.toks[t]) {
			return a.lastGroup(s, t, stem(&s.toks[t]))
		}
	}
	return ""
}

// groupBefore is the last armed group named before token g of s, whose
// "فصيله"/"حركته" g is: "المتحدث باسم X إن فصيله ...".
func groupBefore(s *sentence, g int) string {
	id, collective := "", ""
	for _, m := range s.ments {
		if m.t1 <= g && m.typ == model.TypeMilitia && !m.adj {
			if collectiveMember(&m) {
				collective = m.id // "X، وهي تسمية تنضوي تحتها فصائل موالية لإيران، … إن مقاتليها": X's
				continue
			}
			id = m.id
		}
	}
	return cmp.Or(id, collective)
}

// deedAfterThat reads "X … بعد أن تبنت/نفذت الهجوم": the subject X of the
// main clause is the one whose deed the clause after "بعد أن" tells, when
// no one else is named between them. It returns the stance (claimed for a
// claim verb, else that of the sentence), or "".
func (a *article) deedAfterThat(s *sentence, m mention) string {
	toks := s.toks
	for k := m.t1; k+2 < len(toks) && k < m.t1+10; k++ {
		if s.mentionAt(k) != nil {
			return ""
		}
		if !toks[k].Has("بعد") || toks[k+1].Key() != "ان" || toks[k+1].Break || toks[k+2].Break {
			continue
		}
		v := &toks[k+2]
		if a.x.rules.Cue(rules.CueClaimed).Has(v) {
			return model.StanceClaimed
		}
		if a.x.rules.Cue(rules.CuePerpetrate).Has(v) && k+3 < len(toks) && a.x.rules.Cue(rules.CueAttackAnaphora).Has(&toks[k+3]) {
			return a.stanceAt(s, m.t0)
		}
		return ""
	}
	return ""
}

// doerAfterDeed reads "نفذت/شنت الهجوم X": a perpetrating verb, the
// attack it refers back to, then the doer.
func (a *article) doerAfterDeed(s *sentence, m mention) bool {
	if m.t0 < 2 || s.toks[m.t0].Break || s.toks[m.t0-1].Break {
		return false
	}
	return a.x.rules.Cue(rules.CueAttackAnaphora).Has(&s.toks[m.t0-1]) && a.x.rules.Cue(rules.CuePerpetrate).Has(&s.toks[m.t0-2])
}

// nearAfter reports a cue within n tokens after t, in the same clause.
func nearAfter(s *sentence, cues []int, t, n int) bool {
	for _, c := range cues {
		if c >= t && c-t <= n && !breakBetween(s, t-1, c) {
			return true
		}
	}
	return false
}

// withGroupAnaphora adds to the mentions of s the words that point back to
// armed groups: a plural demonstrative ("هذه الجماعات") stands for each
// group just named, as firmly as a name; a definite group noun ("الحركة",
// "الجماعة") for the last one, from index weak on.
func (a *article) withGroupAnaphora(s *sentence) (out []mention, weak int) {
	out = append([]mention(nil), s.ments...)
	plural := a.x.rules.Cue(rules.CueGroupPluralAnaphora)
	for _, t := range a.freeCue(s, rules.CueGroupPluralAnaphora) {
		end := t + plural.Match(s.toks, t)
		if s.toks[end-1].Key() == "قوات" {
			// "هذه القوات"، "تلك القوات": the last group before it named as forces
			if m, ok := a.forcesBefore(s, t); ok {
				out = append(out, mention{id: m.id, typ: model.TypeMilitia, t0: t, t1: end})
			}
			continue
		}
		for _, id := range a.groupsBefore(s, t) {
			out = append(out, mention{id: id, typ: model.TypeMilitia, t0: t, t1: end})
		}
	}
	anaphors := a.freeCue(s, rules.CueGroupAnaphora)
	var described []int
	for _, t := range anaphors {
		if a.describedAgain(s, t) {
			// "هذه الجماعة المدعومة من إيران هي المسؤولة": the group named before, firmly pointed at
			out = append(out, mention{id: a.lastGroup(s, t, stem(&s.toks[t])), typ: model.TypeMilitia, t0: t, t1: a.descriptionEnd(s, t)})
			described = append(described, t)
		}
	}
	for _, t := range a.freeCue(s, rules.CueGroupVerb) {
		if k := t + 1; k < len(s.toks) && !s.toks[k].Break && s.toks[k].Key() == "مقاومه" && definite(&s.toks[k]) && s.mentionAt(k) == nil {
			if id := a.lastNamedWith(s, k, "مقاومه"); id != "" {
				out = append(out, mention{id: id, typ: model.TypeMilitia, t0: k, t1: k + 1}) // "كما أعلنت المقاومة تبنيها": the resistance group named before
			}
		}
	}
	weak = len(out)
	for _, t := range anaphors {
		if contains(described, t) {
			continue
		}
		if !definite(&s.toks[t]) {
			continue // "تبنى فصيل غير معروف يطلق على نفسه اسم X": a new group, not one named before
		}
		if a.x.rules.Cue(rules.CueNaming).Match(s.toks, t+1) > 0 {
			continue // "أن تكون المجموعة التي تطلق على نفسها «X» هي المنفذة": the group named next
		}
		id := a.lastGroup(s, t, stem(&s.toks[t]))
		if selfAfter(s, t+1) && a.lastClaimer != "" {
			id = a.lastClaimer // "وهو هجوم تبنته الجماعة نفسها": the group that claimed before
		}
		if id != "" {
			out = append(out, mention{id: id, typ: model.TypeMilitia, t0: t, t1: t + 1})
		}
	}
	for t := 1; t+1 < len(s.toks); t++ {
		if s.toks[t].Key() == "منظمه" && definite(&s.toks[t]) && s.toks[t+1].Has("ارهابيه") && s.mentionAt(t) == nil {
			if id := a.lastGroup(s, t, "منظمه"); id != "" {
				out = append(out, mention{id: id, typ: model.TypeMilitia, t0: t, t1: t + 2}) // "عناصر المنظمة الإرهابية": the group the story is about
			}
		}
	}
	return out, weak
}

// groupsBefore are the armed groups s names before token t: what "هذه
// الجماعات" points back to; not a group that only says where a source
// sits ("قالت مصادر أمنية في «قسد» إن ...، في إشارة إلى أن تلك المليشيات
// تقف وراء العملية") or names a speaker's title ("أكد قائد «X»، فلان، أن
// الميليشيات الإيرانية نفذت الهجوم … من مناطق تسيطر عليها هذه الميليشيات").
func (a *article) groupsBefore(s *sentence, t int) []string {
	var ids []string
	for _, m := range s.ments {
		if m.typ == model.TypeMilitia && !m.adj && m.t1 <= t && !a.sourceSits(s, m) && !a.speakerGroup(s, m) {
			ids = addIDs(ids, m.id)
		}
	}
	return ids
}

// forcesBefore is the militia named last before token t of s with the word
// قوات in the words naming it there: "قتل عناصر من القوات الموالية للنظام
// بعدما هاجمت هذه القوات"، "مسلحين تابعين لـ«قوات العشائر» ... قائد تلك
// القوات".
func (a *article) forcesBefore(s *sentence, t int) (mention, bool) {
	var last mention
	ok := false
	for _, m := range s.ments {
		if m.typ != model.TypeMilitia || m.adj || m.t1 > t {
			continue
		}
		for k := m.t0; k < m.t1; k++ {
			if s.toks[k].Key() == "قوات" {
				last, ok = m, true
				break
			}
		}
	}
	return last, ok
}

// lastGroup is the militia named last before token t of s, preferring one
// whose name has the anaphor's noun ("الحركة" -> "حركة النجباء").
func (a *article) lastGroup(s *sentence, t int, noun string) string {
	named, fallback := a.groupsBack(s, t, noun)
	return cmp.Or(named, fallback)
}

// lastNamedWith is lastGroup with no fallback: "المقاومة" alone, after a
// deed verb, is the resistance group named before, and nothing when none
// was.
func (a *article) lastNamedWith(s *sentence, t int, noun string) string {
	named, _ := a.groupsBack(s, t, noun)
	return named
}

// groupsBack walks the militias named before token t of s, back to the
// article's start: named is the last one one of whose names has the word
// noun; fallback, when there is none, the last one named within five
// sentences, a collective only when no other is.
func (a *article) groupsBack(s *sentence, t int, noun string) (named, fallback string) {
	collective := ""
	for i := s.idx; i >= 0; i-- {
		ms := a.sents[i].ments
		for j := len(ms) - 1; j >= 0; j-- {
			m := ms[j]
			if m.typ != model.TypeMilitia || m.adj || i == s.idx && m.t1 > t {
				continue
			}
			if a.namedWith(m.id, noun) {
				return m.id, ""
			}
			if _, ok := a.x.collectiveEntity(m.id); ok && s.idx-i <= 5 {
				// "X، وهي تسمية تضم فصائل موالية لطهران" then "المجموعة ذاتها" is X
				collective = cmp.Or(collective, m.id)
				continue
			}
			if fallback == "" && s.idx-i <= 5 {
				fallback = m.id
			}
		}
	}
	return "", cmp.Or(fallback, collective)
}

// namedWith reports an entity one of whose names has the word noun.
func (a *article) namedWith(id, noun string) bool {
	e := a.ents[id]
	if e == nil {
		return false
	}
	if a.nameWords(id, e)[noun] {
		return true
	}
	for n := range a.aliases[id] {
		if slices.Contains(a.keyWords(n), noun) {
			return true
		}
	}
	return false
}

// nameWords are the words of the keys of e's name and lexicon aliases,
// which never change once e is made: computed once by New for a lexicon
// entity (whose name and aliases are its entry's), once an article for
// any other.
func (a *article) nameWords(id string, e *model.Entity) map[string]bool {
	if ws, ok := a.x.nameWords[id]; ok {
		return ws
	}
	if ws, ok := a.names[id]; ok {
		return ws
	}
	ws := wordSet(append([]string{e.Name}, e.Aliases...))
	if a.names == nil {
		a.names = map[string]map[string]bool{}
	}
	a.names[id] = ws
	return ws
}

// keyWords are the words of arabic.Key(n), computed once an article.
func (a *article) keyWords(n string) []string {
	if ws, ok := a.words[n]; ok {
		return ws
	}
	ws := strings.Fields(arabic.Key(n))
	if a.words == nil {
		a.words = map[string][]string{}
	}
	a.words[n] = ws
	return ws
}

// stem is the shortest reading of a token: the word without its clitics.
func stem(t *arabic.Token) string {
	best := t.Key()
	for _, v := range t.Variants {
		if len(v.Key) < len(best) {
			best = v.Key
		}
	}
	return best
}

// clauseSubject reads m as the subject of a clause whose predicate does
// the attack: "أن تكون X قد نفذت الضربة"، "إن X لم تكن وراء الهجوم"، "أن
// تكون طهران قد سهّلت هذه الهجمات"، "نفى تورط X في الانفجار". The
// object must be the attack told (a definite or pointed attack word, "أي
// غارات", a base), so "إن X قصفت مواقع" is no blame. neg reports a negated
// predicate.
func (a *article) clauseSubject(s *sentence, m mention) (ok, neg bool) {
	nominal, head := subjectHead(s, m.t0)
	if !head {
		return false, false
	}
	k := m.t1
	for ; k < len(s.toks) && k < m.t1+4 && !s.toks[k].Break; k++ {
		t := &s.toks[k]
		if t.HasAny("لم", "لا", "ليست", "ليس", "لن") {
			neg = true
		} else if t.Key() == "علي" && k+1 < len(s.toks) && (s.toks[k+1].Key() == "ارجح" || s.toks[k+1].Key() == "اغلب") {
			k++ // "إن X هو على الأرجح من أطلق القذيفة": the hedge sits inside the clause
		} else if !t.HasAny("قد", "هي", "هو", "تي", "ذي", "من", "ربما", "غالبا") {
			break
		}
	}
	if k >= len(s.toks) || s.toks[k].Break {
		return false, false
	}
	if n := a.x.rules.Cue(rules.CuePerpetrate).Match(s.toks, k); n > 0 {
		k += n
	} else if !nominal {
		return false, false
	}
	return a.attackObject(s, k), neg
}

// subjectHead reports what opens the clause whose subject starts at t0:
// "أن"/"إن" (with "تكون"/"يكون" between), or a noun of taking part
// or doing ("تورط"، "ضلوع"، "قيام"، "تنفيذ"، "شن") that makes the clause
// nominal: "نفت القيادة تنفيذ الولايات المتحدة أي ضربات".
func subjectHead(s *sentence, t0 int) (nominal, ok bool) {
	if t0 == 0 {
		return false, false
	}
	p := &s.toks[t0-1]
	switch {
	case p.HasAny("ان", "انه"):
		return false, true
	case p.HasAny("تكون", "يكون") && t0 >= 2 && s.toks[t0-2].Has("ان"):
		return false, true
	case p.HasAny("تورط", "ضلوع", "قيام", "مشاركه", "دور", "تنفيذ", "شن"):
		return true, true
	case p.HasAny("تؤديه", "يؤديه", "تلعبه", "يلعبه") && t0 >= 2 && s.toks[t0-2].Has("دور"):
		return true, true // "ألمح إلى دور تؤديه X في الهجوم"
	}
	return false, false
}

// attackObject reports the attack told within four words from k, before
// the clause ends: an attack word that is definite, pointed ("هذه
// الهجمات") or any ("أي غارات"), or a base.
func (a *article) attackObject(s *sentence, k int) bool {
	for i := k; i < len(s.toks) && i < k+4; i++ {
		t := &s.toks[i]
		if i > k && t.Break {
			return false
		}
		if n := s.mentionAt(i); n != nil {
			return n.typ == model.TypeBase
		}
		if baseNoun(t) && definite(t) {
			return true // "شنت غارات على القاعدة"
		}
		if !a.x.rules.Cue(rules.CueAttack).Has(t) && !a.x.rules.Cue(rules.CueStrike).Has(t) && !a.x.rules.Cue(rules.CueEventAnaphora).Has(t) {
			continue
		}
		if definite(t) || i > 0 && (demonstrative(&s.toks[i-1]) || s.toks[i-1].Has("اي")) {
			return true
		}
	}
	return false
}

// subjectStance is the stance of a clause of clauseSubject: denied when
// negated, else that of the verb that governs it ("نفت"، "رجّح"، "لم يستبعد").
func (a *article) subjectStance(s *sentence, m mention, neg bool) string {
	if neg || ruledOut(s, m.t0) || a.stanceAt(s, m.t0) == model.StanceDenied {
		return model.StanceDenied
	}
	return a.stanceNear(s, m.t0)
}

// ruledOut reports a verb of ruling out, not negated, that governs the
// clause at t: "استبعد مسؤول أن تكون X وراء"، "ويستبعد مراقبون أن ..."; but
// "لم يستبعد"، "لا تستبعد" hint.
func ruledOut(s *sentence, t int) bool {
	for k := t - 1; k >= 0 && k >= t-10; k-- {
		tok := &s.toks[k]
		if !tok.HasPrefix("استبعد") && !tok.HasPrefix("يستبعد") && !tok.HasPrefix("تستبعد") && !tok.HasPrefix("نستبعد") {
			continue
		}
		return k == 0 || !s.toks[k-1].HasAny("لم", "لا", "لن")
	}
	return false
}

// victimGroup reports a group whose men a casualty word counts: "قُتل
// عنصر في X"، "أصيب ثلاثة من مقاتلي X". The group is hit, not the one who hit.
func (a *article) victimGroup(s *sentence, m mention) bool {
	if a.killedAttacking(s, m.t1) {
		return false // "قُتل ثلاثة من عناصر X خلال هجومهم على القاعدة": the attackers
	}
	members := false
	for k := m.t0 - 1; k >= 0 && k >= m.t0-5; k-- {
		t := &s.toks[k]
		if s.toks[k+1].Break || s.mentionAt(k) != nil || a.x.rules.Cue(rules.CueAttack).Has(t) {
			return false
		}
		if a.x.rules.Cue(rules.CueCasualties).Has(t) || t.HasPrefix("اصيب") || t.HasPrefix("يصاب") {
			return members
		}
		members = members || memberNoun(t) || leaderNoun(t)
	}
	return false
}

// leaderNoun reports a word for a group's leader: "رداً على مقتل قائد X"
// names X as the side that lost him.
func leaderNoun(t *arabic.Token) bool {
	return t.Has("قائد") || t.Has("قاده") || t.Has("زعيم") || t.Has("قيادي") || t.HasPrefix("قياديين") || t.Has("امين")
}

// memberNoun reports a word for a group's men: عنصر، منتسب، مقاتل، جنود.
func memberNoun(t *arabic.Token) bool {
	return t.HasPrefix("عنصر") || t.HasPrefix("عناصر") || t.HasPrefix("منتسب") || t.HasPrefix("مقاتل") ||
		t.HasPrefix("جند") || t.HasPrefix("جنود") || t.HasPrefix("فرد") || t.HasPrefix("افراد") || t.HasPrefix("اعضاء")
}

// groupPlace reports a state named inside an armed group's phrase, as
// where it acts or who backs it: "جماعات مدعومة من إيران تنشط في سوريا
// والعراق"، "فصائل موالية لطهران تنتشر داخل العراق". Only the group is accused.
func groupPlace(s *sentence, m mention) bool {
	k := m.t0 - 1
	for k >= 0 && !s.toks[k+1].Break {
		n := s.mentionAt(k)
		if n == nil || n.typ != model.TypeCountry {
			break
		}
		k = n.t0 - 1 // "في سوريا والعراق": Iraq joins Syria
	}
	if k < 1 || s.toks[k+1].Break || !s.toks[k].HasAny("في", "من", "داخل") {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		if s.toks[j+1].Break {
			return false
		}
		if n := s.mentionAt(j); n != nil {
			return n.typ == model.TypeMilitia && !n.adj
		}
	}
	return false
}

// ownVoice reports a stance a group takes of itself through its own
// spokesman: a denial or a claim.
func ownVoice(stance string) bool {
	return stance == model.StanceDenied || stance == model.StanceClaimed
}

// subjectOf reports m as the subject of an attack clause (clauseSubject):
// a capital there acts for its state, "أن تكون دمشق قد سهّلت الهجوم".
func (a *article) subjectOf(s *sentence, m mention) bool {
	ok, _ := a.clauseSubject(s, m)
	return ok
}

// ownedBy reports a group named as who the weapons or the men of the
// attack belong to: "الطائرات المسيرة التي استهدفت القاعدة تعود لفصائل X"،
// "القصف نفذته خلايا تابعة لـX"؛ not the men a base hosts ("تضم عناصر
// تابعة لـX").
func ownedBy(s *sentence, m mention) bool {
	if m.t0 < 2 {
		return false
	}
	v := &s.toks[m.t0-1]
	if v.HasPrefix("تابع") || v.HasPrefix("مملوك") {
		// an adjective: its noun stands right before it
		n := &s.toks[m.t0-2]
		return weaponOrMen(n) && !strings.HasPrefix(n.Key(), "لل") && (m.t0 < 3 || !hostVerb(&s.toks[m.t0-3])) // not "مخزناً للطائرات تابعاً لـX"
	}
	if v.Key() == "من" && m.t0 >= 3 && s.toks[m.t0-2].HasAny("بامر", "باوامر", "بتوجيه", "بتوجيهات", "بايعاز", "بتعليمات") {
		// "خلايا تتحرك بأوامر من X": men acting on X's orders
		for k := m.t0 - 3; k >= 0 && k >= m.t0-5; k-- {
			if s.toks[k+1].Break {
				return false
			}
			if weaponOrMen(&s.toks[k]) {
				return true
			}
		}
		return false
	}
	if !v.HasPrefix("تعود") && !v.HasPrefix("يعود") && !v.HasPrefix("تتبع") && !v.HasPrefix("يتبع") {
		return false
	}
	for k := m.t0 - 2; k >= 0 && k >= m.t0-7; k-- {
		if s.toks[k+1].Break {
			return false
		}
		if t := &s.toks[k]; weaponOrMen(t) {
			return k == 0 || !hostVerb(&s.toks[k-1])
		}
	}
	return false
}

// weaponOrMen reports a word for the weapons or the men of an attack:
// طائرات، مسيرات، صواريخ، قذائف، خلايا، عناصر، مسلحون.
func weaponOrMen(t *arabic.Token) bool {
	return memberNoun(t) || t.HasPrefix("طائر") || t.HasPrefix("مسير") || t.HasPrefix("صاروخ") || t.HasPrefix("صواريخ") ||
		t.HasPrefix("قذائف") || t.HasPrefix("قذيف") || t.HasPrefix("خلايا") || t.HasPrefix("خليه") || t.HasPrefix("مسلح")
}

// hostVerb reports a verb of hosting or holding men: تضم، يضم، تستضيف.
func hostVerb(t *arabic.Token) bool {
	return t.HasPrefix("تضم") || t.HasPrefix("يضم") || t.HasPrefix("تستضيف") || t.HasPrefix("يستضيف") || t.HasPrefix("تاوي") || t.HasPrefix("يتواجد") || t.HasPrefix("تتواجد")
}

// namedAsDoer reports X named after what it did, in a nominal sentence or
// a relative clause: "المتهم الأول بالهجوم هو X"، "الجهة المنفذة هي X"،
// "منفذي الهجوم هم عناصر من X"، "الهجوم الذي تقف وراءه X".
func namedAsDoer(s *sentence, m mention) bool {
	if m.t0 == 0 || s.toks[m.t0].Break {
		return false
	}
	p := &s.toks[m.t0-1]
	if p.HasAny("وراءه", "وراءها", "خلفه", "خلفها") {
		return true
	}
	q := m.t0 - 1 // the copula, past the members X's name may follow: "هم عناصر من X"، "هم مسلحو X"
	switch {
	case q >= 2 && p.HasAny("من", "في") && (memberNoun(&s.toks[q-1]) || s.toks[q-1].HasPrefix("مسلح")):
		q -= 2
	case q >= 1 && (memberNoun(p) || p.HasPrefix("مسلح")):
		q--
	}
	if !s.toks[q].HasAny("هو", "هي", "هم") || q < m.t0-1 && s.toks[q+1].Break {
		return false
	}
	for k := q - 1; k >= 0 && k >= q-5; k-- {
		if s.toks[k+1].Break {
			return false
		}
		if t := &s.toks[k]; t.HasPrefix("متهم") || t.HasPrefix("منفذ") || t.HasPrefix("فاعل") {
			return true
		}
	}
	return false
}

// beforeBlame is before for the cues that blame: a word that names who
// speaks is none ("قال المسؤول إن الهدف التالي هو X"); "مسؤولية" is.
func beforeBlame(s *sentence, cues []int, t int) bool {
	for _, c := range cues {
		if c < t && t-c <= 12 && (!breakBetween(s, c, t) || asideThenThat(s, c, t)) && !titleNoun(&s.toks[c]) {
			return true
		}
	}
	return false
}

// asideThenThat reports one aside between the verb at c and the "أن"
// clause whose subject is at t: "ورجّح مسؤول، طلب عدم الكشف عن هويته، أن
// تكون X هي الجهة التي خططت للهجوم" (the aside about the speaker, then what
// the verb governs).
func asideThenThat(s *sentence, c, t int) bool {
	j := thatAfterBreak(s, c, t)
	if j < 0 {
		return false
	}
	breaks := 0
	for k := c + 1; k < j; k++ {
		if s.toks[k].Break {
			breaks++
		}
	}
	return breaks == 1
}

// thatAfterBreak is the token of "أن" or "بأن", after a comma, that opens
// the clause whose subject is at t ("، أن تكون X"), after token lo; -1
// when there is none.
func thatAfterBreak(s *sentence, lo, t int) int {
	j := t - 1
	if j > lo && fighters(&s.toks[j]) && !s.toks[j].Break {
		j-- // "أن تكون خلايا التنظيم": the group's men
	}
	if j > lo && s.toks[j].HasAny("يكون", "تكون") && !s.toks[j].Break {
		j-- // "أن تكون X هي الجهة"
	}
	if j <= lo || !s.toks[j].HasAny("ان", "بان") || !s.toks[j].Break {
		return -1
	}
	return j
}

// negatedThat reports "أنها/أنه لم|لن|لا" in the clause after t: the
// group's own statement is a denial, "أعلنت X أنها لم تستهدف القاعدة".
func negatedThat(s *sentence, t int) bool {
	for k := t; k+1 < len(s.toks) && k < t+6; k++ {
		if k > t && s.toks[k].Break {
			return false
		}
		if s.toks[k].HasAny("انها", "انه", "انهم") && s.toks[k+1].HasAny("لم", "لن", "لا") {
			return true
		}
	}
	return false
}

// killedAttacking reports an attack of the men just named in the words
// after t: "خلال هجومهم"، "أثناء محاولتهم التسلل"، "الذين هاجموا".
func (a *article) killedAttacking(s *sentence, t int) bool {
	for k := t; k < len(s.toks) && k < t+4; k++ {
		tok := &s.toks[k]
		if k > t && tok.Break {
			return false
		}
		act := tok.HasPrefix("محاول") || tok.HasPrefix("تسلل") || a.x.rules.Cue(rules.CueAttack).Has(tok)
		if act && (strings.HasSuffix(tok.Key(), "هم") || k > 0 && s.toks[k-1].HasAny("خلال", "اثناء", "ذين")) {
			return true // their own attack, not "أحبط مقاتلو X محاولة تسلل"
		}
	}
	return false
}

// launchedByState reports state m as the subject of a launch verb in a
// relative clause on munitions: "الصواريخ التي أطلقتها إيران"، "المسيرات
// التي أطلقها الحرس".
func launchedByState(s *sentence, m mention) bool {
	if m.t0 < 3 || s.toks[m.t0].Break || s.toks[m.t0-1].Break {
		return false
	}
	if !s.toks[m.t0-1].HasAny("اطلقتها", "اطلقها", "اطلقتهما", "اطلقهما") || !s.toks[m.t0-2].HasAny("تي", "ذي", "لتين", "لذين") {
		return false
	}
	return munitionWord(&s.toks[m.t0-3])
}

// performedTold reports state or force m as the doer of a verb of carrying
// out whose object is the attack already told, a definite attack noun with
// nothing after it that makes it another: "إن الطيران الإسرائيلي نفذ
// العدوان بعدة صواريخ"، "نفذ الجيش التركي الضربة". An answer told in the
// sentence ("نفذ الجيش الضربة رداً على …") makes it the answer's.
func (a *article) performedTold(s *sentence, m mention) bool {
	verb, noun := -1, -1
	v := m.t1
	if v+2 < len(s.toks) && !s.toks[v].Break && s.toks[v].HasAny("هو", "هي") && s.toks[v+1].HasAny("من", "تي", "ذي") {
		v += 2 // "إن الجيش الإسرائيلي هو من نفّذ الضربات": a cleft
	}
	switch {
	case v+1 < len(s.toks) && performVerb(&s.toks[v]) && (m.t0 == 0 || s.toks[m.t0-1].Break || s.toks[m.t0-1].HasAny("ان", "بان", "لان")):
		verb, noun = v, v+1 // the subject of its clause, not "في سوريا والعراق" before the verb
	case m.t0 > 0 && m.t1 < len(s.toks) && performVerb(&s.toks[m.t0-1]):
		verb, noun = m.t0-1, m.t1
	default:
		return false
	}
	t := &s.toks[noun]
	if s.toks[noun].Break || !definite(t) || !t.HasAny("هجوم", "عدوان", "اعتداء", "ضربه", "ضربات", "غاره", "غارات", "قصف", "عمليه", "هجمات") {
		return false
	}
	if noun+1 < len(s.toks) && !s.toks[noun+1].Break && (s.toks[noun+1].HasAny("علي", "ضد", "تي", "ذي") || s.mentionAt(noun+1) != nil) {
		return false // "نفذ الجيش الهجوم على …": an attack named here, not the one told
	}
	if len(a.responseCues(s)) > 0 || a.baseBetween(s, verb, len(s.toks)) {
		return false
	}
	return a.toldAttack(s) != nil
}

// performVerb reports a verb of carrying out an attack: نفذ، شن، ارتكب.
func performVerb(t *arabic.Token) bool {
	return t.HasAny("نفذ", "نفذت", "ينفذ", "تنفذ", "شن", "شنت", "يشن", "تشن", "ارتكب", "ارتكبت", "نفذا", "نفذتا", "شنتا")
}
