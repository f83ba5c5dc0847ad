package extract

import (
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/nisba/nisba/extract/arabic"
	"github.com/nisba/nisba/extract/rules"
	"github.com/nisba/nisba/model"
)

// nearestDate is the date hit of s closest to token t (preferring one
// before it) or to one of the event cues, or nil.
func nearestDate(s *sentence, t int, cues ...int) *dateHit {
	var best *dateHit
	bestD := 1 << 30
	for i := range s.dates {
		h := &s.dates[i]
		d := h.tok - t
		if d < 0 {
			d = -d
		} else {
			d += 2 // a date after the target is a little less likely to be its date
		}
		for _, c := range cues {
			if dc := abs(h.tok - c); dc < d {
				d = dc // "تعرضت أمس لهجوم": the date sits by the event word
			}
		}
		if h.day == "" {
			if d > 6 {
				continue // a far month or year is about something else
			}
			d += 10 // a month or a year says less than a day
		}
		if d < bestD {
			best, bestD = h, d
		}
	}
	return best
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// relativeDay reads an attack dated from another event of its sentence:
// in "شنت مقاتلات غارات مساء الثلاثاء، بعد يومين من هجوم استهدف قاعدة X"
// or "غداة هجوم على قاعدة X" the attack is days before the day the
// sentence names before it. c is the attack word nearest before the target.
func (a *article) relativeDay(s *sentence, c int) *dateHit {
	n, at, ok := a.daysBefore(s, c)
	if !ok {
		return nil
	}
	if n < 0 {
		return &dateHit{tok: at, text: surfaceOf(s.toks, at, c, 0)} // "بعد أيام من": days, but how many?
	}
	anchor := lastDayBefore(s, at)
	if anchor == nil {
		anchor = a.namedAgainDay(s, at)
	}
	if anchor == nil {
		anchor = a.attackAgainDay(s, at)
	}
	if anchor == nil {
		anchor = a.thatAgainDay(s, at)
	}
	if anchor == nil {
		return nil
	}
	if n == 0 && strings.Contains(anchor.text, "فجر") {
		// "منذ فجر الثلاثاء ... بعد ساعات من هجوم": the night before, perhaps
		return &dateHit{tok: at, text: surfaceOf(s.toks, at, c, 0)}
	}
	day, err := time.Parse("2006-01-02", anchor.day)
	if err != nil {
		return nil
	}
	return &dateHit{tok: at, text: surfaceOf(s.toks, at, c, 0), day: day.AddDate(0, 0, -n).Format("2006-01-02")}
}

// lastDayBefore is the last date hit of s naming a day before token t, or
// nil.
func lastDayBefore(s *sentence, t int) *dateHit {
	var last *dateHit
	for i := range s.dates {
		if h := &s.dates[i]; h.day != "" && h.tok < t {
			last = h
		}
	}
	return last
}

// namedAgainDay is the day of the strike a definite strike noun before
// token at names again ("وجاءت الضربات بعد يومين من هجوم ..."): the day
// nearest the strike word of the last of the three sentences before s
// that tells of a strike with a day, or nil.
func (a *article) namedAgainDay(s *sentence, at int) *dateHit {
	again := false
	for _, k := range a.freeCue(s, rules.CueStrikeAnaphora) {
		if k < at && definite(&s.toks[k]) {
			again = true
		}
	}
	if !again {
		return nil
	}
	return a.strikeDayBefore(s, -1)
}

// strikeDayBefore is the day nearest the strike word of the last of the
// three sentences before s, and after sentence after, that tells of a
// strike with a day, or nil.
func (a *article) strikeDayBefore(s *sentence, after int) *dateHit {
	for i := s.idx - 1; i >= 0 && i >= s.idx-3 && i > after; i-- {
		p := a.sents[i]
		strikes := a.freeCue(p, rules.CueStrike)
		if len(strikes) == 0 {
			continue
		}
		if h := nearestDate(p, strikes[0]); h != nil && h.day != "" {
			return h
		}
	}
	return nil
}

// attackAgainDay is the day of the attack told last before s when a
// definite attack word before token at names it again as the subject of
// the span ("وتأتي محاولة الاستهداف بعد يومين من ..."، "ويأتي الهجوم بعد
// أسبوع من ..."), or nil.
func (a *article) attackAgainDay(s *sentence, at int) *dateHit {
	again := -1
	for _, k := range a.freeCue(s, rules.CueAttack) {
		if k < at && definite(&s.toks[k]) && !breakBetween(s, k, at) {
			again = k
		}
	}
	if again < 0 {
		return nil
	}
	return a.lastAttackDay(s, again)
}

// thatAgainDay is the day of the event told last before s, an attack or
// a strike, when "ذلك" or "هذا" after "يأتي"/"جاء" names it as the subject
// of the span before token at: in "ويأتي ذلك بعد يومين من هجوم على قاعدة
// X" the attack on X is two days before the one just told. Nil otherwise.
func (a *article) thatAgainDay(s *sentence, at int) *dateHit {
	that := -1
	for k := 1; k < at; k++ {
		if s.toks[k].HasAny("ذلك", "هذا") && s.toks[k-1].HasAny("ياتي", "تاتي", "جاء", "جاءت") && !breakBetween(s, k, at) {
			that = k
		}
	}
	if that < 0 {
		return nil
	}
	last, after := a.lastDatedAttack(s), -1
	if last != nil {
		after = last.sent
	}
	if h := a.strikeDayBefore(s, after); h != nil {
		return &dateHit{tok: that, day: h.day, text: h.text}
	}
	if last == nil {
		return nil
	}
	return &dateHit{tok: that, day: last.day, text: last.text}
}

// daysBefore reads the words before the attack word at c that put it days
// before another event: "غداة" (1), "بعد يومين من" (2), "بعد ثلاثة أيام
// على" (3), "بعد أسبوع من" (7), "بعد يوم واحد من" (1), "بعد ساعات من" (0),
// "بعد أيام من" or, after a strike, "عقب هجوم" (-1: an unknown number). A
// few words may stand between من and the attack word, the event that
// tells of it: "بعد يوم واحد من إعلانها إحباط هجوم". It returns the days
// and the token the phrase starts at.
func (a *article) daysBefore(s *sentence, c int) (int, int, bool) {
	if c < 1 {
		return 0, 0, false
	}
	if w := diedBefore(s, c); w >= 1 {
		if n, d, ok := a.daysBefore(s, w); ok {
			return n, d, true // "بعد أيام من مقتل ثلاثة من عناصره في هجوم": the deaths date the attack
		}
	}
	p := &s.toks[c-1]
	if p.Has("غداه") {
		return 1, c - 1, true
	}
	if p.Has("تالي") && c >= 2 && s.toks[c-2].Has("يوم") {
		return 1, c - 2, true // "في اليوم التالي للهجوم على قاعدة X": a day before the strike
	}
	if (p.Has("عقب") || p.Has("بعد")) && a.strikeBefore(s, c-1) {
		return -1, c - 1, true // "قصفت ... مساء الثلاثاء ... عقب هجوم على قاعدة X": some time before
	}
	of := a.ofBefore(s, c)
	if of < 2 {
		return 0, 0, false
	}
	e := of - 1
	if s.toks[e].HasAny("فقط", "تقريبا", "فحسب") && e > 1 {
		e-- // "بعد يومين فقط من"
	}
	n, d, ok := a.spanEnding(s, e)
	if !ok || d < 1 || !s.toks[d-1].Has("بعد") {
		return 0, 0, false
	}
	return n, d - 1, true
}

// diedBefore is the word of death or wounds that heads the attack word at
// c ("مقتل ثلاثة من عناصره في هجوم"، "إصابة جنديين بهجوم"), at most eight
// words before it in one clause, or -1.
func diedBefore(s *sentence, c int) int {
	if s.toks[c-1].Key() != "في" && !withBa(&s.toks[c]) {
		return -1
	}
	for j := c - 1; j >= 0 && j >= c-8; j-- {
		if s.toks[j+1].Break {
			return -1
		}
		if deathWord(&s.toks[j]) {
			return j
		}
	}
	return -1
}

// deathWord reports a noun of death or wounds that an attack phrase may
// head: مقتل، مصرع، إصابة، جرح، سقوط.
func deathWord(t *arabic.Token) bool {
	return t.HasAny("مقتل", "مصرع", "اصابه", "جرح", "سقوط")
}

// ofBefore is the من or على at most four words before the attack word at
// c, with no break and no other event word between, or -1: "من هجوم"، "من
// إعلانها إحباط هجوم"، "من إعلان الجيش صد هجوم".
func (a *article) ofBefore(s *sentence, c int) int {
	for j := c - 1; j >= 0 && j >= c-4; j-- {
		t := &s.toks[j]
		if t.Has("من") || t.Has("علي") {
			return j
		}
		if s.toks[j+1].Break || eventNoun(t) || a.number(t) {
			return -1
		}
	}
	return -1
}

// spanEnding reads a span of days that ends at token e of s: "يومين" (2),
// "يوم واحد" (1), "ثلاثة أيام" (3), "أسبوع" (7), "ساعات" (0), "أيام" or
// "أسابيع" (-1: unknown); it returns the days and the span's first token.
func (a *article) spanEnding(s *sentence, e int) (int, int, bool) {
	k := s.toks[e].Key()
	if (k == "واحد" || k == "واحدا") && e > 0 {
		if n, ok := spanDays(s.toks[e-1].Key()); ok && n > 0 {
			return n, e - 1, true // "يوم واحد"، "أسبوعا واحدا"
		}
	}
	if (k == "ساعه" || k == "ساعات") && e > 0 {
		if n := a.count(&s.toks[e-1]); n > 0 {
			from := e - 1
			if u := 0; n >= 20 && from > 0 && strings.HasPrefix(s.toks[from].Surface, "و") {
				if u = a.count(&s.toks[from-1]); u > 0 && u < 10 {
					n, from = n+u, from-1 // "ثمانٍ وأربعين ساعة"
				}
			}
			if from >= 2 && s.toks[from-1].Has("من") && s.toks[from-2].HasAny("اقل", "اكثر", "قرابه", "نحو") {
				return -1, from - 2, true // "بعد أقل من 24 ساعة على": about a day, but not a day told
			}
			if n%24 == 0 {
				return n / 24, from, true // "بعد 48 ساعة من": two days
			}
			return -1, from, true // "بعد 30 ساعة من"
		}
	}
	if n, ok := spanDays(k); ok {
		return n, e, true
	}
	if k == "ايام" && e > 0 {
		if n, ok := a.x.rules.Numbers[s.toks[e-1].Key()]; ok {
			return n, e - 1, true
		}
	}
	if vagueSpan(k) {
		return -1, e, true
	}
	return 0, 0, false
}

// strikeBefore reports a strike or attack word before token t: the
// sentence tells of an event of its own before the one it dates from.
func (a *article) strikeBefore(s *sentence, t int) bool {
	for _, c := range a.freeCue(s, rules.CueStrike) {
		if c < t {
			return true
		}
	}
	return false
}

// vagueSpan reports a span word of no stated length: أسابيع، أشهر، فترة.
func vagueSpan(k string) bool {
	switch k {
	case "اسابيع", "اشهر", "شهور", "فتره", "ايام":
		return true
	}
	return false
}

// spanDays is the length in days of a span word: يوم، يومين، أسبوع ...
func spanDays(k string) (int, bool) {
	switch k {
	case "يوم", "يوما":
		return 1, true
	case "يومين":
		return 2, true
	case "اسبوع", "اسبوعا":
		return 7, true
	case "اسبوعين":
		return 14, true
	case "ساعات", "ساعه", "ساعتين", "ساعتان":
		return 0, true
	}
	return 0, false
}

// redate gives an undated attack the day named in the clause of its target
// m when s refers back to it: "الهجوم الذي نفذته X مساء الأحد 14 أيلول على
// قاعدة Y" dates the attack on Y told before, and so does "غداة الهجوم على
// قاعدة Y" after a strike's day.
func (a *article) redate(at *attackAcc, s *sentence, m mention, cues []int) {
	if at.day != "" || visited(s, m.t0) {
		return // "ويأتي القصف بعد أشهر من زيارة أجراها الرئيس إلى القاعدة في 26 …": the visit's day
	}
	lo, hi := clause(s, m.t0)
	var near []int
	for _, c := range cues {
		if c >= lo && c < m.t0 {
			near = append(near, c)
		}
	}
	if rel := a.relativeBefore(s, near, m.t0); rel != nil {
		if rel.day != "" {
			at.day, at.text = rel.day, rel.text
		}
		return
	}
	for i := range s.dates {
		h := &s.dates[i]
		if h.day != "" && h.tok >= lo && h.tok < hi && !a.statementDate(s, h, m.t0) && !a.otherEvent(s, h.tok) {
			at.day, at.text = h.day, h.text
			return
		}
	}
}

// laterThatDay is the day of the attack told last when s opens a later
// event of the same day: "وبعد ساعات استهدفت مسيرة قاعدة Y"، "وفي وقت لاحق",
// or tells of more munitions of the same attack: "وسقطت ثلاثة صواريخ أخرى
// في قاعدة Y"، "فيما أسقطت الدفاعات مسيرة ثانية فوق المطار".
func (a *article) laterThatDay(s *sentence) *dateHit {
	k := laterOpener(s)
	if k < 0 {
		k = a.moreOfSame(s)
	}
	if k < 0 {
		return nil
	}
	return a.lastAttackDay(s, k)
}

// laterOpener is the token where s opens with a later time of the same
// day ("وبعد ساعات"، "وبعد دقائق"، "وفي وقت لاحق"), or -1.
func laterOpener(s *sentence) int {
	k := -1
	for i := 0; i+1 < len(s.toks) && i < 4; i++ {
		if t := &s.toks[i]; t.Has("بعد") {
			if n, ok := spanDays(s.toks[i+1].Key()); ok && n == 0 || s.toks[i+1].HasPrefix("دقائق") {
				k = i
			}
		} else if t.Has("في") && s.toks[i+1].Key() == "وقت" && i+2 < len(s.toks) && s.toks[i+2].Key() == "لاحق" {
			k = i
		}
	}
	return k
}

// lastAttackDay is the day of the dated attack told last before s, as a
// hit at token k, or nil.
func (a *article) lastAttackDay(s *sentence, k int) *dateHit {
	last := a.lastDatedAttack(s)
	if last == nil {
		return nil
	}
	return &dateHit{tok: k, text: last.text, day: last.day}
}

// lastDatedAttack is the dated attack told last before s, or nil.
func (a *article) lastDatedAttack(s *sentence) *attackAcc {
	var last *attackAcc
	for _, at := range a.attacks {
		if at = at.live(); at.day != "" && at.sent < s.idx && (last == nil || at.sent > last.sent) {
			last = at
		}
	}
	return last
}

// ownAttackAt reports the event after "بعد <span> من" at token at (or the
// word after it) told of the base itself through a pronoun: "تعرضها"،
// "استهدافها"، "قصفه".
func ownAttackAt(s *sentence, at int) bool {
	for k := at; k < len(s.toks) && k <= at+1; k++ {
		if s.toks[k].HasAny("تعرضها", "تعرضه", "استهدافها", "استهدافه", "قصفها", "قصفه", "مهاجمتها", "مهاجمته") {
			return true
		}
	}
	return false
}

// afterEvents dates the undated attacks told "تعرضت قاعدة X لهجوم، بعد
// ساعات من غارات أمريكية نفذت فجر السبت": the attack came the span after
// the other event's day (hours: the same day; "بعد يومين من": two days
// later). A vague span ("بعد أيام من") dates nothing.
func (a *article) afterEvents() {
	for _, at := range a.attacks {
		if at.merged || at.day != "" || at.text != "" || at.first >= len(a.sents) {
			continue
		}
		if h := a.afterEvent(a.sents[at.first], at.target); h != nil {
			at.day, at.text = h.day, h.text
		}
	}
}

// afterEvent reads, after the mention of target in s, "بعد <span> من|على
// <event> <day>" and returns the day the attack took place, or nil.
func (a *article) afterEvent(s *sentence, target string) *dateHit {
	t1 := -1
	for _, m := range s.ments {
		if m.id == target {
			t1 = m.t1
			break
		}
	}
	if t1 < 0 {
		return nil
	}
	for k := t1; k+2 < len(s.toks); k++ {
		if m := s.mentionAt(k); m != nil && m.typ == model.TypeBase {
			return nil // another base: its own event
		}
		if !s.toks[k].Has("بعد") {
			continue
		}
		n, at, ok := a.spanAt(s, k+1)
		if !ok || n < 0 {
			return nil
		}
		if ownAttackAt(s, at) {
			n = 0 // "تفقد الوزير القاعدة بعد يوم من تعرضها لهجوم مساء السبت": the base's own attack, on that day
		}
		for i := range s.dates {
			if h := &s.dates[i]; h.tok > at && h.day != "" {
				day, err := time.Parse("2006-01-02", h.day)
				if err != nil {
					return nil
				}
				return &dateHit{tok: k, text: h.text, day: day.AddDate(0, 0, n).Format("2006-01-02")}
			}
		}
		return nil
	}
	return nil
}

// afterSpanBetween reports "بعد <span> من|على" in tokens [from, to) of s:
// a date after it names the event the span counts from.
func (a *article) afterSpanBetween(s *sentence, from, to int) bool {
	for k := from; k+2 < to; k++ {
		if s.toks[k].Has("بعد") || s.toks[k].Has("عقب") {
			if _, at, ok := a.spanAt(s, k+1); ok && at < to {
				return true
			}
		}
	}
	return false
}

// spanAt reads a span and من/على at token j: "ساعات من" (0), "يومين من"
// (2), "يوم واحد من" (1), "ثلاثة أيام على" (3), "أيام من" (-1: unknown); it returns the days
// and the index of من/على.
func (a *article) spanAt(s *sentence, j int) (int, int, bool) {
	about := false
	if j+2 < len(s.toks) && s.toks[j].HasAny("اقل", "اكثر") && s.toks[j+1].Key() == "من" {
		j, about = j+2, true // "بعد أقل من أسبوعين على": not a day told
	}
	n, ok := spanDays(s.toks[j].Key())
	if ok && j+1 < len(s.toks) && (s.toks[j+1].Key() == "واحد" || s.toks[j+1].Key() == "واحدا" || s.toks[j+1].HasAny("نيف", "نيفا")) {
		j++ // "يوم واحد من"، "أسبوعين ونيّف من"
	}
	if !ok && j+1 < len(s.toks) && s.toks[j+1].HasAny("ايام", "اسابيع", "اشهر", "شهور") {
		if n, ok = a.x.rules.Numbers[s.toks[j].Key()]; ok {
			switch s.toks[j+1].Key() {
			case "اسابيع":
				n *= 7 // "ثلاثة أسابيع من"
			case "اشهر", "شهور":
				n = -1 // "ثلاثة أشهر على": months of unequal length
			}
			j++
		}
	}
	if !ok && vagueSpan(s.toks[j].Key()) {
		n, ok = -1, true
	}
	if !ok || j+1 >= len(s.toks) || !s.toks[j+1].Has("من") && !s.toks[j+1].Has("علي") {
		return 0, 0, false
	}
	if about {
		n = -1 // also "بعد أقل من ثلاثة أيام على"
	}
	return n, j + 1, true
}

// leadDates gives the article's lead event, told without any date, the one
// day its headline or first sentence (the dateline) names: "هجوم على قاعدة
// X فجر اليوم" over a body that says only "استهدفت مسيرة قاعدة X", or
// "الحسكة - الأحد 3 آذار 2024" before it. Only the attacks told first (in
// the lead itself or in the first sentence that tells of an attack) take
// it; background attacks told later keep no date.
func (a *article) leadDates() {
	h, src, end := a.leadDay()
	if h == nil {
		a.leadSegmentDates()
		return
	}
	first := -1
	unnamed := a.unnamedAttack(src, h)
	for _, at := range a.attacks {
		if unnamed && at.day != "" && at.day != h.day {
			continue // "قصف صاروخي طال موقعين" in the lead: an attack told with another day is not the lead's
		}
		if !at.merged && (first < 0 || at.first < first) {
			first = at.first
		}
	}
	for _, at := range a.attacks {
		if at.merged || at.day != "" || at.text != "" || at.first != first && at.first >= end || toldIn(at, src) {
			continue
		}
		if v := a.vagueTimeAfter(at); v != nil {
			at.text = v.text // "رداً على الهجمات، ومنها الهجوم على X الذي أدى إلى مقتل جنود أواخر الشهر الماضي"
			continue
		}
		if at.first >= end && a.answeredOnly(at) {
			continue
		}
		at.day, at.text = h.day, h.text
	}
}

// revealedDates dates an attack that a sentence reveals the base of, with
// no day, after the article told it on an unnamed base: in "أسفر هجوم
// بطائرة مسيرة على قاعدة للتحالف قرب الحسكة، الخميس، عن مقتل متعاقد ...
// وأفادت مصادر بأن الهجوم طال قاعدة X" the attack on X is Thursday's.
func (a *article) revealedDates() { a.dateUndated(a.revealedDay) }

// dateUndated gives each attack with no time yet the day dayOf finds for
// it, if any.
func (a *article) dateUndated(dayOf func(*attackAcc) *dateHit) {
	for _, at := range a.attacks {
		if at.merged || at.day != "" || at.text != "" {
			continue
		}
		if h := dayOf(at); h != nil {
			at.day, at.text = h.day, h.text
		}
	}
}

// revealedDay is the day of the attack on an unnamed base that the first
// sentence of at takes back with "الهجوم" before a verb of reaching its
// base, or nil.
func (a *article) revealedDay(at *attackAcc) *dateHit {
	s := a.sents[at.first]
	reach, again := a.x.rules.Cue(rules.CueStrikeReach), a.x.rules.Cue(rules.CueAttackAnaphora)
	m := a.firstMention(s, 0, len(s.toks), func(m *mention) bool { return m.id == at.target })
	if m == nil || m.t0 < 2 || !reach.Has(&s.toks[m.t0-1]) || !again.Has(&s.toks[m.t0-2]) {
		return nil
	}
	for _, p := range a.sents[:at.first] {
		for _, c := range a.freeCue(p, rules.CueAttack) {
			if !a.unnamedBaseAfter(p, c) {
				continue
			}
			if h := nearestDate(p, c); h != nil && h.day != "" {
				return h
			}
		}
	}
	return nil
}

// unnamedBaseAfter reports an indefinite base word told as the target of
// the attack word at c of s, within four words, that names no base: "هجوم
// بطائرة مسيرة على قاعدة للتحالف الدولي".
func (a *article) unnamedBaseAfter(s *sentence, c int) bool {
	for k := c + 1; k < len(s.toks) && k <= c+4; k++ {
		if s.toks[k].Break {
			return false
		}
		if s.toks[k].HasAny("قاعده", "قاعدتين") && !definite(&s.toks[k]) && s.mentionAt(k) == nil {
			return true
		}
	}
	return false
}

// unnamedAttack reports a sentence that tells, after the day h, an
// attack on sites it counts but does not name: "مساء الأربعاء، جولة جديدة
// من التصعيد بعد قصف صاروخي طال موقعين يتمركز فيهما جنود أميركيون". The
// body names the sites later. The first event word after the day must be
// an attack word, and the sites where troops are: "شنت مقاتلات، فجر
// الجمعة، ضربات على منشأتين تستخدمهما فصائل" tells the strikes' day.
func (a *article) unnamedAttack(s *sentence, h *dateHit) bool {
	for _, m := range s.ments {
		if m.typ == model.TypeBase {
			return false
		}
	}
	strike := len(s.toks)
	for _, c := range a.freeCue(s, rules.CueStrike) {
		if c >= h.end {
			strike = c
			break
		}
	}
	for _, c := range a.freeCue(s, rules.CueAttack) {
		if c >= h.end {
			k := a.numberedSites(s, c)
			return c <= strike && k > 0 && holdsTroops(s, k)
		}
	}
	return false
}

// vagueTimeAfter is a date naming no day (a month, a week) after the
// mention of at's base in the sentence that first told it, with no other
// base between: the attack's own time, told loosely.
func (a *article) vagueTimeAfter(at *attackAcc) *dateHit {
	s := a.sents[at.first]
	m := a.firstMention(s, 0, len(s.toks), func(m *mention) bool { return m.id == at.target })
	if m == nil {
		return nil
	}
	t1 := m.t1
	for i := range s.dates {
		if h := &s.dates[i]; h.tok >= t1 {
			if h.day != "" || h.span || a.baseBetween(s, t1, h.tok) {
				return nil
			}
			return h
		}
	}
	return nil
}

// leadSegmentDates dates the attacks of a lead that names two days by the
// clause that names their base: "اندلع حريق في قاعدة X بعد أن سقطت عليها
// مسيرتان ليل الأحد، في حين أسقطت مسيرات أخرى فجر اليوم قرب قاعدة Y" is
// X's Sunday and Y's today, even when the attack on X is told as an attack
// only later ("وتبنت الجماعة الهجوم على قاعدة X").
func (a *article) leadSegmentDates() {
	end := a.leadEnd()
	if end > len(a.sents) {
		end = len(a.sents)
	}
	for _, at := range a.attacks {
		if at.merged || at.day != "" || at.text != "" {
			continue
		}
		if h := a.leadSegmentDay(at.target, end); h != nil && !a.answeredOnly(at) {
			at.day, at.text = h.day, h.text
		}
	}
}

// leadSegmentDay is the one day named in the clauses (segment) of the
// first end sentences that name base id as no strike's answer, or nil.
func (a *article) leadSegmentDay(id string, end int) *dateHit {
	var got *dateHit
	for _, s := range a.sents[:end] {
		var cues []int
		for _, m := range s.ments {
			if m.id != id || notTargetAt(s, m.t0) {
				continue
			}
			lo, hi := segment(s, m.t0)
			if !daysIn(s, lo, hi) {
				continue
			}
			if cues == nil {
				cues = a.realCues(s, a.freeCue(s, rules.CueAttack))
			}
			if _, back := a.backReference(s, m.t0, cues); back {
				return nil // "ردا على الهجوم على قاعدة X": an earlier day
			}
			for i := range s.dates {
				h := &s.dates[i]
				if h.day == "" || h.tok < lo || h.tok >= hi {
					continue
				}
				if got != nil && got.day != h.day {
					return nil
				}
				got = h
			}
		}
	}
	return got
}

// daysIn reports a day among the dates of s in tokens [lo, hi).
func daysIn(s *sentence, lo, hi int) bool {
	for _, h := range s.dates {
		if h.day != "" && h.tok >= lo && h.tok < hi {
			return true
		}
	}
	return false
}

// answeredOnly reports an attack told only as what a strike answered:
// "وقال مسؤول إن الضربة تأتي ضمن الرد على الهجوم الذي استهدف قاعدة X"
// after a lead about the strike. That attack came before the lead's day.
func (a *article) answeredOnly(at *attackAcc) bool {
	for _, ev := range at.evidence {
		s := a.sentAt(ev.Start)
		if s == nil {
			return false
		}
		cues := a.realCues(s, a.freeCue(s, rules.CueAttack))
		answered := false
		for _, m := range s.ments {
			if m.id == at.target {
				if _, ok := a.backReference(s, m.t0, cues); ok || a.answeredAfterStrike(s, -1, m.t0) {
					answered = true // "شنت القوات ضربات … رداً على مقتل جنود في قاعدة X" too
					break
				}
			}
		}
		if !answered {
			return false
		}
	}
	return len(at.evidence) > 0
}

// toldIn reports an attack told in s: the dates of its own sentence were
// weighed when it was placed ("قصفت طائرات ... الجمعة بعد أيام من هجوم على
// قاعدة X" leaves X undated on purpose).
func toldIn(at *attackAcc, s *sentence) bool {
	for _, ev := range at.evidence {
		if ev.Start == s.Start && ev.End == s.End {
			return true
		}
	}
	return false
}

// leadDay is the one day named in the lead of the article, the headline
// line and the sentence after it (or the first sentence when there is no
// headline), the sentence that names it and the index of the first
// sentence after the lead; nil when the lead names no day or two
// different ones.
func (a *article) leadDay() (*dateHit, *sentence, int) {
	end := a.leadEnd()
	if end > len(a.sents) {
		end = len(a.sents)
	}
	var lead *dateHit
	var src *sentence
	for _, s := range a.sents[:end] {
		for i := range s.dates {
			h := &s.dates[i]
			switch {
			case h.day == "" || a.announcedDate(s, s.dates, i) && dayBeforeIn(s, h.day):
				// "أعلن الحرس، اليوم الثلاثاء، مسؤوليته عن القصف ... ليل الإثنين": the event's day leads
			case lead == nil:
				lead, src = h, s
			case lead.day != h.day:
				return nil, nil, 0
			}
		}
	}
	return lead, src, end
}

// dayBeforeIn reports a date of s naming the day before day: the night
// before an announcement is the event it announces.
func dayBeforeIn(s *sentence, day string) bool {
	prev := addDays(day, -1)
	for _, h := range s.dates {
		if h.day == prev {
			return true
		}
	}
	return false
}

// ownClauseDates moves an attack that took the day of another base's
// event in its sentence to the dated attack on its own base told
// elsewhere: in "الهجوم الذي استهدف قاعدة X يوم 24 تشرين الأول فيما أعلنت
// حكومة الإقليم إحباط هجوم آخر على قاعدة Y" the day is X's, and Y's attack
// is the one the article dates later ("حاولت مسيرة مساء الأربعاء استهداف
// قاعدة Y"). Without such a later attack the day stays: "استهدفت مسيرات
// فجر اليوم قاعدة X، فيما سقطت قذائف على قاعدة Y بعد ساعات" is one day.
func (a *article) ownClauseDates() {
	for _, at := range a.attacks {
		if at.merged || at.day == "" || !a.otherBaseDay(at) && !a.strikeDayAfter(at) {
			continue
		}
		var into *attackAcc
		for _, b := range a.attacks {
			if b != at && !b.merged && b.target == at.target && b.day != "" && b.day != at.day && (into == nil || b.first < into.first) {
				into = b
			}
		}
		if into != nil {
			at.day, at.text = "", ""
			absorb(into, at)
		}
	}
}

// strikeDayAfter reports that the day of at was read in a sentence that
// tells a strike on that day and at's attack as what the strike came after:
// "نفذت المقاتلات فجر اليوم ضربتين ... بعد ساعات من هجوم على قاعدة X" is
// the day of the strike, not of the attack.
func (a *article) strikeDayAfter(at *attackAcc) bool {
	for _, ev := range at.evidence {
		s := a.sentAt(ev.Start)
		if s == nil {
			continue
		}
		_, lo, hi, ok := relativeSpan(s)
		if !ok || !a.strikeBefore(s, lo) || !a.baseAfter(s, at.target, hi) {
			continue
		}
		if at.text == surfaceOf(s.toks, lo, hi, 0) {
			return true // the attack dated by the span from the strike: "بعد ساعات من"
		}
		for i := range s.dates {
			if h := &s.dates[i]; h.text == at.text && h.day == at.day && h.tok < lo {
				return true
			}
		}
	}
	return false
}

// baseAfter reports a mention of base id within eight tokens after token k.
func (a *article) baseAfter(s *sentence, id string, k int) bool {
	for _, m := range s.ments {
		if m.id == id && m.t0 >= k && m.t0-k <= 8 {
			return true
		}
	}
	return false
}

// spanDates gives back to the one dated attack on its base an attack told
// only with the start of a span: "ويعد هذا ثالث هجوم يطال حقل X منذ مطلع
// تموز الماضي" is the attack the article dated before, not another one.
//
// A later clause of that sentence in which the base "was hit" on a day,
// with no subject of its own, tells of an older attack: "وهذا أول هجوم على
// القاعدة منذ مطلع شباط، إذ كانت قد تعرضت في الثاني من ذلك الشهر لقصف"
// is the attack of 2 February (the retelling of the article's own attack
// adds nothing).
func (a *article) spanDates() {
	for _, at := range a.attacks {
		if at.merged || at.day != "" || at.text == "" || !a.spanText(at) {
			continue
		}
		if h := a.exposedAfterSpan(at); h != nil {
			at.day, at.text = h.day, h.text
			mergeSameDay(a.attacks, at)
			continue
		}
		var into *attackAcc
		n := 0
		for _, b := range a.attacks {
			if b != at && !b.merged && b.target == at.target && b.day != "" {
				into, n = b, n+1
			}
		}
		at.text = ""
		if n == 1 {
			absorb(into, at)
		}
	}
}

// exposedAfterSpan is the day of a clause after the span that dates at,
// in the same sentence, whose verb of being hit has no subject of its own,
// or nil.
func (a *article) exposedAfterSpan(at *attackAcc) *dateHit {
	for _, ev := range at.evidence {
		s := a.sentAt(ev.Start)
		if s == nil {
			continue
		}
		span := -1
		for i := range s.dates {
			h := &s.dates[i]
			if span < 0 && h.span && h.text == at.text {
				span = h.tok
			}
			if span < 0 || h.day == "" || h.tok <= span {
				continue
			}
			if lo, hi := clause(s, h.tok); lo > span && (exposedClause(s, lo, hi) || highlightClause(s, lo, hi)) {
				return h
			}
		}
	}
	return nil
}

// highlightClause reports a clause that singles out one attack of the
// series told before it and names no place of its own: "، أبرزها الهجوم
// بصاروخ باليستي في 21 تشرين الثاني"، "، وكان آخرها هجوم فجر اليوم"،
// "، بينها هجوم بثلاث مسيّرات في 17 من الشهر الماضي".
func highlightClause(s *sentence, lo, hi int) bool {
	k := lo
	if k < hi && s.toks[k].HasAny("كان", "وكان") {
		k++
	}
	if k+1 < hi && s.toks[k].Key() == "من" && s.toks[k+1].Has("بينها") {
		k++ // "من بينها هجوم"
	}
	if k+1 < hi && s.toks[k].HasAny("ابرز", "اخر", "احدث", "اعنف", "اخطر", "اهم") && s.toks[k+1].Key() == "ما" {
		k++ // "وأبرز ما شهدته القصف بصواريخ … فجر 8 كانون الثاني"
	} else if k >= hi || !s.toks[k].HasAny("ابرزها", "اخرها", "احدثها", "اعنفها", "اخطرها", "اولها", "بينها", "منها") {
		return false
	}
	for i := k + 1; i < hi; i++ {
		if n := s.mentionAt(i); n != nil && !n.adj && !doerAfterWeapon(s, k, n) {
			return false // "أبرزها الهجوم على قاعدة X": another base's
		}
	}
	return true
}

// doerAfterWeapon reports group n named as who fired the weapons named
// between k and it: "القصف بصواريخ بالستية أطلقها الحرس الثوري".
func doerAfterWeapon(s *sentence, k int, n *mention) bool {
	if n.typ != model.TypeMilitia && n.typ != model.TypeForce || n.t0 < 1 {
		return false
	}
	return s.toks[n.t0-1].HasPrefix("اطلق") && n.t0-1 > k
}

// mergeSameDay merges at into another live attack on its base and day.
func mergeSameDay(attacks []*attackAcc, at *attackAcc) {
	for _, b := range attacks {
		if b != at && !b.merged && b.target == at.target && b.day == at.day {
			absorb(b, at)
			return
		}
	}
}

// spanText reports that the words dating at are the start of a span in a
// sentence that tells of it.
func (a *article) spanText(at *attackAcc) bool {
	for _, ev := range at.evidence {
		if s := a.sentAt(ev.Start); s != nil {
			for _, h := range s.dates {
				if h.span && h.text == at.text {
					return true
				}
			}
		}
	}
	return false
}

// otherBaseDay reports that the day of at was read in a sentence where
// the date's segment names another base and the segment of at's own base
// names no date.
func (a *article) otherBaseDay(at *attackAcc) bool {
	for _, ev := range at.evidence {
		s := a.sentAt(ev.Start)
		if s == nil {
			continue
		}
		for i := range s.dates {
			h := &s.dates[i]
			if h.text != at.text || h.day != at.day {
				continue
			}
			lo, hi := segment(s, h.tok)
			own, other := false, false
			for _, m := range s.ments {
				if m.typ != model.TypeBase || notTargetAt(s, m.t0) {
					continue
				}
				in := m.t0 >= lo && m.t0 < hi
				own = own || in && m.id == at.target
				other = other || in && m.id != at.target
			}
			for k := max(lo, h.tok-3); k < h.tok && !own; k++ {
				own = s.mentionAt(k) == nil && a.baseAnaphor(s, k) // "عن هجوم مماثل على القاعدة الثلاثاء الماضي، وعن استهداف قاعدة Y": the day right after the base pointed back to
			}
			return other && !own && !a.datedSegment(s, at.target)
		}
	}
	return false
}

// datedSegment reports a day in the segment of a mention of base id in s.
func (a *article) datedSegment(s *sentence, id string) bool {
	for _, m := range s.ments {
		if m.id != id {
			continue
		}
		lo, hi := segment(s, m.t0)
		for _, h := range s.dates {
			if h.day != "" && h.tok >= lo && h.tok < hi {
				return true
			}
		}
	}
	return false
}

// sentAt is the sentence of the article starting at rune start, or nil.
func (a *article) sentAt(start int) *sentence {
	for _, s := range a.sents {
		if s.Start == start {
			return s
		}
	}
	return nil
}

// segment is the part of s around token t between the words that open
// another event without ending the sentence: فيما، بينما، في حين.
func segment(s *sentence, t int) (int, int) {
	lo, hi := 0, len(s.toks)
	for k := t; k > 0; k-- {
		if opensEvent(s, k) {
			lo = k
			break
		}
	}
	for k := t + 1; k < len(s.toks); k++ {
		if opensEvent(s, k) {
			hi = k
			break
		}
	}
	return lo, hi
}

// opensEvent reports a word at token k that opens a clause of another
// event: فيما، بينما، (و)في حين.
func opensEvent(s *sentence, k int) bool {
	t := &s.toks[k]
	if t.Has("فيما") || t.Has("بينما") {
		return true
	}
	return t.Has("في") && k+1 < len(s.toks) && s.toks[k+1].Key() == "حين"
}

// countedDates dates the attacks a sentence enumerates after counting them
// on a day: "تعرضت القوات لهجومين يوم الثلاثاء، استهدف الأول قاعدة X، فيما
// استهدف الثاني قاعدة Y" (or "لثلاث هجمات"). The count's clause names no
// base, so the day was not read as theirs when they were placed.
func (a *article) countedDates() {
	for _, at := range a.attacks {
		if at.merged || at.day != "" || at.text != "" || at.first >= len(a.sents) {
			continue
		}
		s := a.sents[at.first]
		h := soleDay(s)
		if h == nil || !a.countedIn(s, h.tok) {
			continue
		}
		for _, m := range s.ments {
			if m.id == at.target && m.t0 > h.tok {
				at.day, at.text = h.day, h.text
				break
			}
		}
	}
}

// soleDay is the one day named in s, or nil when it names none or several.
func soleDay(s *sentence) *dateHit {
	var one *dateHit
	for i := range s.dates {
		switch h := &s.dates[i]; {
		case h.day == "":
		case one == nil:
			one = h
		case one.day != h.day:
			return nil
		}
	}
	return one
}

// countedIn reports a counted attack word in the clause of token t of s:
// a dual (هجومين، هجمتين، اعتداءين) or a number before هجمات / هجوما.
func (a *article) countedIn(s *sentence, t int) bool {
	lo, hi := clause(s, t)
	for k := lo; k < hi; k++ {
		tk := &s.toks[k]
		if tk.Has("هجومين") || tk.Has("هجومان") || tk.Has("هجمتين") || tk.Has("اعتداءين") {
			return true
		}
		if k > lo && (tk.Has("هجمات") || tk.Has("هجوما")) && a.number(&s.toks[k-1]) {
			return true
		}
	}
	return false
}

// number reports a number word in any reading of t: ثلاث، لثلاث، بخمسة.
func (a *article) number(t *arabic.Token) bool {
	for _, v := range t.Variants {
		if _, ok := a.x.rules.Numbers[v.Key]; ok {
			return true
		}
	}
	return false
}

// leadEnd is the index of the first sentence after the lead: the headline
// and the sentence after it, or the first sentence when there is no
// headline. A headline cut in two by "..", "X.. وY", is one paragraph of
// several sentences; the sentence after it is the dateline or the lead.
//
// A dateline on a line of its own after the headline ("الأنبار - المدى"،
// "بغداد (رويترز) -") is no lead: the sentence after it is.
func (a *article) leadEnd() int {
	end := a.headlineEnd()
	if end < len(a.sents) && a.datelineLine(end-1) {
		end++
	}
	return end
}

// headlineEnd is the index of the first sentence after the headline and
// the sentence after it (or after the first sentence without a headline).
func (a *article) headlineEnd() int {
	if a.headline() {
		return 2
	}
	h := 0 // the last sentence of a headline paragraph
	for h+1 < len(a.sents) && a.sents[h+1].Para == a.sents[0].Para {
		h++
	}
	if h == 0 || h+1 >= len(a.sents) || !splitHeadline(a.sents[:h+1]) {
		return 1
	}
	return h + 2
}

// datelineLine reports that sentence i (not the first) is a line of its
// own of a few words with a dash, slash or bracket and no full stop: a
// dateline such as "بغداد اليوم – الأنبار" or "أربيل (كوردستان 24) -".
func (a *article) datelineLine(i int) bool {
	if i < 1 || i >= len(a.sents) {
		return false
	}
	s := a.sents[i]
	if len(s.toks) > 8 || a.sents[i-1].Para == s.Para || i+1 < len(a.sents) && a.sents[i+1].Para == s.Para {
		return false
	}
	t := strings.TrimSpace(s.Text)
	return !strings.HasSuffix(t, ".") && strings.ContainsAny(t, "-–—/(")
}

// splitHeadline reports the sentences of a headline cut by "..": short
// ones of which the last has no full stop (a lead paragraph ends with one).
func splitHeadline(ss []*sentence) bool {
	for _, s := range ss {
		if len(s.toks) > 25 {
			return false
		}
	}
	t := strings.TrimSpace(ss[len(ss)-1].Text)
	return t != "" && !strings.HasSuffix(t, ".")
}

// moreOfSame is the token of munitions of the attack told before in s, or
// -1: a munition followed by "أخرى"، "آخر"، "أخريان" or "ثانية" ("وسقطت
// ثلاثة صواريخ أخرى"، "مسيرة ثانية"), or definite munitions counted again
// ("اعترضت الدفاعات الصواريخ الثمانية"، "القذائف الثلاث"). "هجوم آخر" is
// left out: another attack is as often on another day.
func (a *article) moreOfSame(s *sentence) int {
	for k := 0; k+1 < len(s.toks); k++ {
		if !munitionWord(&s.toks[k]) {
			continue
		}
		if s.toks[k].HasPrefix("ال") {
			if n, ok := strings.CutPrefix(s.toks[k+1].Key(), "ال"); ok && a.x.rules.Numbers[n] > 1 {
				return k
			}
		}
		for j := k + 1; j < len(s.toks) && j <= k+2; j++ {
			switch s.toks[j].Key() {
			case "اخري", "اخر", "اخريان", "اخريين", "اخرين", "اخران", "ثانيه", "ثان", "ثاني",
				"الاخري", "الاخر", "الاخريان", "الاخريين", "الاخرين", "الاخران", "الثانيه":
				return k
			}
		}
	}
	return -1
}

// munitionWord reports a rocket, shell, drone or bomb word of any number.
func munitionWord(t *arabic.Token) bool {
	return t.HasAny("صاروخ", "صاروخا", "صواريخ", "صاروخين", "صاروخان", "قذيفه", "قذائف", "قذيفتين", "قذيفتان", "مسيره", "مسيرات", "مسيرتين", "مسيرتان", "طائره", "طائرات", "عبوه", "عبوات", "قنبله")
}

// statementDates moves an attack dated only by the day of the statement
// that tells of it to the attack on its base the article dates otherwise:
// in "أعلنت خلية الإعلام الأمني، اليوم الإثنين، مقتل جنديين في هجوم على
// مقر الفوج X" the day is the announcement's, and "أقدمت ... ليل الأحد
// على مهاجمة مقر الفوج X" told after it is the attack's. Without such an
// earlier day the statement's day stays the best guess.
func (a *article) statementDates() {
	for _, at := range a.attacks {
		if at.merged || at.day == "" {
			continue
		}
		accused := a.accusedOnDay(at)
		if !accused && !a.saidOnDay(at) {
			continue
		}
		var into *attackAcc
		for _, b := range a.attacks {
			if b == at || b.merged || b.target != at.target || (into != nil && b.first >= into.first) {
				continue
			}
			if d := daysBetween(b.day, at.day); d > 0 && (d <= 2 && !a.toldAsEarlier(b) || accused && d <= 31) {
				into = b
			}
		}
		if into != nil {
			at.day, at.text = "", ""
			absorb(into, at)
		} else if h := a.toldAgainEarlier(at); h != nil {
			at.day, at.text = h.day, h.text
		}
	}
}

// toldAgainEarlier is the day one or two days before at's that one of the
// two sentences after the one that dated at names within six words of an
// attack word, with no base other than at's named, when at's day was an
// accusation's or set off by commas after a statement's verb: in "اتهمت
// X، اليوم الاثنين، Y بقصف مقر Z. وقالت إن طائرة استهدفت مساء الأحد
// مقراً ..." the Monday is the accusation's and the Sunday the strike's.
// It is nil when no such sentence follows.
func (a *article) toldAgainEarlier(at *attackAcc) *dateHit {
	s, h := a.ownDayHit(at)
	if s == nil || !commaSet(s, h) && !a.accusedOnDay(at) {
		return nil
	}
	for _, b := range a.attacks {
		if b != at && !b.merged && b.target == at.target {
			return nil // an attack of its own on the base: "وكانت القاعدة قد تعرضت لهجوم مماثل مساء الخميس"
		}
	}
	for i := s.idx + 1; i <= s.idx+2 && i < len(a.sents); i++ {
		n := a.sents[i]
		if a.firstMention(n, 0, len(n.toks), func(m *mention) bool { return m.typ == model.TypeBase && m.id != at.target }) != nil {
			return nil
		}
		cues := a.freeCue(n, rules.CueAttack)
		for j := range n.dates {
			h := &n.dates[j]
			if d := daysBetween(h.day, at.day); d < 1 || d > 2 {
				continue
			}
			for _, c := range cues {
				if abs(c-h.tok) <= 6 {
					return h
				}
			}
		}
	}
	return nil
}

// daysBetween is the number of days from ISO day d0 to d1, or -1 when
// either is no day.
func daysBetween(d0, d1 string) int {
	t0, err0 := time.Parse("2006-01-02", d0)
	t1, err1 := time.Parse("2006-01-02", d1)
	if err0 != nil || err1 != nil {
		return -1
	}
	return int(t1.Sub(t0).Hours() / 24)
}

// toldAsEarlier reports an attack told as an earlier one: "هجوم مماثل"،
// "هجوم سابق"، "هجوم آخر"، or in the past perfect, "وكانت القاعدة قد
// تعرضت". Such an attack is no retelling of the one a statement dates.
func (a *article) toldAsEarlier(at *attackAcc) bool {
	for _, ev := range at.evidence {
		s := a.sentAt(ev.Start)
		if s == nil {
			continue
		}
		for k := range s.toks {
			t := &s.toks[k]
			if t.HasPrefix("مماثل") || t.HasPrefix("سابق") || t.Has("اخر") || t.Has("اخري") || t.Has("قد") && k > 0 && (s.toks[k-1].Has("كانت") || s.toks[k-1].Has("كان") || k > 1 && (s.toks[k-2].Has("كانت") || s.toks[k-2].Has("كان"))) {
				return true
			}
			if t.Has("منذ") && k+1 < len(s.toks) && singularAttack(&s.toks[k+1]) && a.sinceAttackOn(s, k+1, at.target) {
				return true // "ويعد هجوم X الأول ... منذ الهجوم على قاعدة Y أواخر ديسمبر"
			}
		}
	}
	return false
}

// sinceAttackOn reports base id named within four words after attack
// noun c: "منذ الهجوم على قاعدة «كي وان»".
func (a *article) sinceAttackOn(s *sentence, c int, id string) bool {
	return a.firstMention(s, c+1, c+5, func(m *mention) bool { return m.id == id }) != nil
}

// saidOnDay reports that the day of at was read right after a speech or
// announcement verb and its subject, with no attack word between them:
// "أعلنت القيادة، اليوم الإثنين، ..."، "قال مصدر أمني اليوم ..."; or
// it dates a statement or briefing: "قال المتحدث في إيجاز صحفي أمس إن".
func (a *article) saidOnDay(at *attackAcc) bool {
	s, h := a.ownDayHit(at)
	return h != nil && (a.afterSpeech(s, h.tok) || commaSet(s, h) && a.afterCue(s, h.tok, 12, "speech", "announce") || a.reportDate(s, h.tok, h.end))
}

// ownDayHit is the first date expression, in the sentences that tell at,
// that gave at its day, and its sentence; nil when none did.
func (a *article) ownDayHit(at *attackAcc) (*sentence, *dateHit) {
	for _, ev := range at.evidence {
		s := a.sentAt(ev.Start)
		if s == nil {
			continue
		}
		for i := range s.dates {
			if h := &s.dates[i]; h.text == at.text && h.day == at.day {
				return s, h
			}
		}
	}
	return nil, nil
}

// accusedOnDay reports that the day of at was read after an accusing verb
// and its subject, before the accused: in "حمّل X، أمس الأربعاء، Y
// المسؤولية عن تفجير معسكر Z" the day is the accusation's, and the attack
// on Z the article dates elsewhere, even in the past perfect ("وكان انفجار
// قد دمّر في 12 آب مخازن في المعسكر"), is the one accused.
func (a *article) accusedOnDay(at *attackAcc) bool {
	s, h := a.ownDayHit(at)
	return h != nil && a.afterCue(s, h.tok, 10, "asserted")
}

// commaSet reports a date set off by commas on both sides: "قال X، اليوم
// الثلاثاء، إن".
func commaSet(s *sentence, h *dateHit) bool {
	return h.tok > 0 && s.toks[h.tok].Break && h.end > h.tok && h.end < len(s.toks) && s.toks[h.end].Break
}

// afterSpeech reports a speech or announcement verb at most six tokens
// before t, or a published statement at most ten, with no attack or strike
// word between it and t.
func (a *article) afterSpeech(s *sentence, t int) bool {
	return a.afterCue(s, t, 6, "speech", "announce") || a.afterCue(s, t, 10, "statement_said")
}

// afterCue reports a word of the named cue sets at most reach tokens before
// t with no attack or strike word between the last such word and t.
func (a *article) afterCue(s *sentence, t, reach int, names ...string) bool {
	c := -1
	for _, n := range names {
		for _, k := range a.freeCues(s, n) {
			if k < t && t-k <= reach && k > c {
				c = k
			}
		}
	}
	if c < 0 {
		return false
	}
	for _, n := range [...]string{"attack", "strike", "subjected"} {
		for _, k := range a.freeCues(s, n) {
			if k > c && k < t {
				return false // "أوضح أن القاعدة تعرضت صباح اليوم لهجوم": the event's day
			}
		}
	}
	return true
}

// appositionDates dates the attacks on bases named in apposition to the
// sites an attack counted: in "استهدفت مسيرات فجر أمس قاعدتين، هما قاعدة
// X وقاعدة Y" (or "ثلاث قواعد، وهي X، وY، وZ") the day of the counting
// clause is X's and Y's, though the comma puts the names in a clause of
// their own. The headline may have told of the attacks before, undated.
func (a *article) appositionDates() { a.dateUndated(a.appositionDay) }

// appositionDay is the day of the counting clause before the apposition
// that names the base of at, or nil. Any sentence of the article may be
// it: a base listed late in the apposition is not always read as a target
// there ("هما قاعدة X قرب الحدود مع العراق والأردن وقاعدة Y").
func (a *article) appositionDay(at *attackAcc) *dateHit {
	for _, s := range a.sents {
		if !hasDay(s) {
			continue
		}
		for _, m := range s.ments {
			if m.id != at.target {
				continue
			}
			if lo := a.siteListStart(s, m.t0); lo > 0 {
				plo, _ := clause(s, lo-1)
				if h := a.countedSitesDay(s, plo, lo); h != nil {
					return h
				}
			}
			lo, _ := clause(s, m.t0) // the list joined to its clause by joinSiteList
			if k := a.appositionIn(s, lo, m.t0); k > lo {
				if h := a.countedSitesDay(s, lo, k); h != nil {
					return h
				}
			}
		}
	}
	return nil
}

// siteListStart is the token of the clause that opens with an
// apposition pronoun (هما، وهي ...) or after a colon, and lists the base
// at token t, passing back over the list items opened by و; 0 when there
// is none.
func (a *article) siteListStart(s *sentence, t int) int {
	lo, _ := clause(s, t)
	for n := 0; lo > 0 && n < 6; n++ {
		if a.x.rules.Cue(rules.CueApposition).Has(&s.toks[lo]) || strings.Contains(gap(s, lo), ":") {
			return lo
		}
		if !conjunct(&s.toks[lo]) {
			return 0
		}
		lo, _ = clause(s, lo-1)
	}
	return 0
}

// appositionIn is the last apposition pronoun or colon in (lo, t) of s,
// or lo when there is none.
func (a *article) appositionIn(s *sentence, lo, t int) int {
	for k := t - 1; k > lo; k-- {
		if a.x.rules.Cue(rules.CueApposition).Has(&s.toks[k]) || strings.Contains(gap(s, k), ":") {
			return k
		}
	}
	return lo
}

// conjunct reports a token read with the conjunction و before it.
func conjunct(t *arabic.Token) bool {
	for _, v := range t.Variants {
		if strings.HasPrefix(v.Pre, "و") {
			return true
		}
	}
	return false
}

// countedSitesDay is the one day of [lo, hi) of s when that clause also
// counts sites and holds an attack word: "استهدفت أمس الأربعاء قاعدتين".
func (a *article) countedSitesDay(s *sentence, lo, hi int) *dateHit {
	var day *dateHit
	for i := range s.dates {
		if h := &s.dates[i]; h.day != "" && h.tok >= lo && h.tok < hi {
			if day != nil && day.day != h.day {
				return nil
			}
			day = h
		}
	}
	if day == nil || !a.countsSites(s, lo, hi) {
		return nil
	}
	for _, c := range a.freeCue(s, rules.CueAttack) {
		if c >= lo && c < hi {
			return day
		}
	}
	return nil
}

// countsSites reports a counted site noun in [lo, hi) of s: قاعدتين،
// موقعين، منشأتين، ثلاث قواعد.
func (a *article) countsSites(s *sentence, lo, hi int) bool {
	set := a.x.rules.Cue(rules.CueSiteCount)
	for k := lo; k < hi && k < len(s.toks); k++ {
		if set.Has(&s.toks[k]) {
			return true
		}
	}
	return false
}

// numberedSites is the first site noun counted by number at or after
// token from of s, or -1: a dual (موقعين، قاعدتين) or a number before the
// plural (ثلاث قواعد), not a bare plural ("مواقع لفصائل"، "قواعدها").
func (a *article) numberedSites(s *sentence, from int) int {
	set := a.x.rules.Cue(rules.CueSiteCount)
	for k := from; k < len(s.toks); k++ {
		t := &s.toks[k]
		if !set.Has(t) {
			continue
		}
		switch t.Key() {
		case "قواعد", "مواقع", "منشات", "اهداف":
			if k > 0 && a.number(&s.toks[k-1]) {
				return k
			}
		default:
			return k
		}
	}
	return -1
}

// holdsTroops reports the sites at token k of s described as where troops
// are: "موقعين يتمركز فيهما جنود"، "قاعدتين تستضيفان قوات".
func holdsTroops(s *sentence, k int) bool {
	for j := k + 1; j < len(s.toks) && j <= k+3; j++ {
		if s.toks[j].Break {
			return false
		}
		if t := &s.toks[j]; stationVerb(t) || hostVerb(t) {
			return true
		}
	}
	return false
}

// siblingDates dates an attack told beside another base's dated attack in
// a sentence, with no day of its own, that counts the sites one attack hit:
// "أكدت القيادة أن الهجوم شمل موقعين، إذ سقط 17 صاروخاً على قاعدة X و5
// على مطار Y" or "الصواريخ استهدفت منشأتين في X وY" tell of one attack on
// X's day. An attack told as an earlier one keeps no date.
func (a *article) siblingDates() {
	for _, at := range a.attacks {
		if at.merged || at.day != "" || at.text != "" || a.toldAsEarlier(at) {
			continue
		}
		if b := a.siblingOf(at); b != nil {
			at.day, at.text = b.day, b.text
		}
	}
}

// siblingOf is the dated attack on another base told in a sentence of at
// that counts sites (or splits a salvo between them) and names no day, or nil when there is none or the
// attacks told there differ in day.
func (a *article) siblingOf(at *attackAcc) *attackAcc {
	for _, ev := range at.evidence {
		s := a.sentAt(ev.Start)
		if s == nil || hasDay(s) || !a.countsSites(s, 0, len(s.toks)) && !a.splitSalvo(s) {
			continue
		}
		var sib *attackAcc
		for _, b := range a.attacks {
			if b == at || b.merged || b.target == at.target || b.day == "" || !toldIn(b, s) {
				continue
			}
			if sib != nil && sib.day != b.day {
				return nil
			}
			sib = b
		}
		if sib != nil {
			return sib
		}
	}
	return nil
}

// splitSalvo reports a salvo counted out between its targets: "سقط 22
// صاروخاً، منها 17 على قاعدة X وخمسة على مطار Y".
func (a *article) splitSalvo(s *sentence) bool {
	for k := 0; k+1 < len(s.toks); k++ {
		if !s.toks[k].HasAny("منها", "بينها") {
			continue
		}
		key := s.toks[k+1].Key()
		if key != "" && key[0] >= '0' && key[0] <= '9' {
			return true
		}
		if _, ok := a.x.rules.Numbers[key]; ok {
			return true
		}
	}
	return false
}

// hasDay reports a day named in s.
func hasDay(s *sentence) bool {
	for i := range s.dates {
		if s.dates[i].day != "" {
			return true
		}
	}
	return false
}

// headlineStrikes merges a strike the headline tells without a day into
// the first dated strike of the same side that the body tells: the
// headline "ضربات أمريكية على مواقع للحرس الثوري" names the lead's
// "غارات جوية أمريكية مساء الثلاثاء"، not a strike of its own, even when
// the side strikes again later in the article ("وردت المروحيات أمس").
func (a *article) headlineStrikes() {
	end := a.headlineEnd() - 1 // the headline's sentences are [0, end)
	for _, r := range a.rets {
		if r.merged || r.day != "" || r.text != "" || r.first >= end {
			continue
		}
		var into *retAcc
		for _, d := range a.rets {
			if d == r || d.merged || d.day == "" || d.first < end || !a.x.sameActor(d.actor, r.actor) {
				continue
			}
			if into == nil || d.first < into.first {
				into = d
			}
		}
		if into != nil {
			mergeRet(into, r)
		}
	}
}

// tollDates dates an attack told with its toll and no day by an earlier
// sentence that names an attack by the same toll and dates it: after "إن
// الهجوم الذي أودى بحياة ثلاثة جنود أمس الأحد لم يقع على أراضينا" the
// later "وكانت الوزارة قد أعلنت أن مسيرة هاجمت موقع X، ما أدى إلى مقتل
// ثلاثة جنود" tells of that attack, on Sunday: long articles name the
// lead event by its dead before they name its base.
//
// An attack told as another, older one ("وكانت القاعدة قد تعرضت لهجوم
// مماثل أسفر عن مقتل جنديين") keeps no day.
func (a *article) tollDates() {
	for _, at := range a.attacks {
		if at.merged || at.day != "" || at.text != "" || at.casualties == "" {
			continue
		}
		for _, ev := range at.evidence {
			s := a.sentAt(ev.Start)
			if s == nil || a.olderTelling(s) {
				continue
			}
			n, kind, _ := a.toll(s)
			if n == 0 {
				continue
			}
			if h := a.tollDay(s.idx, n, kind); h != nil {
				at.day, at.text = h.day, h.text
				mergeSameDay(a.attacks, at) // the same attack, told twice
			}
			break
		}
	}
}

// olderTelling reports a sentence that tells of another, older attack:
// "هجوم مماثل"، "هجوم سابق". The past perfect alone does not: "وكانت
// مسيرة قد استهدفت القاعدة، ما أدى إلى جرح أربعة جنود" recounts the
// attack of the lead as often as an older one, and the toll says which.
func (a *article) olderTelling(s *sentence) bool {
	for k := range s.toks {
		if t := &s.toks[k]; t.HasPrefix("مماثل") || t.HasPrefix("سابق") {
			return true
		}
	}
	return false
}

// tollDay is the day of the attack that a sentence before sentence i
// counts n dead or wounded of kind for, or nil.
func (a *article) tollDay(i, n int, kind string) *dateHit {
	for j := i - 1; j >= 0; j-- {
		s := a.sents[j]
		if !hasDay(s) || len(a.freeCue(s, rules.CueAttack)) == 0 {
			continue
		}
		m, k, at := a.toll(s)
		if m != n || k != kind {
			continue
		}
		if h := soleDay(s); h != nil {
			return h
		}
		return nearestDay(s, at)
	}
	return nil
}

// nearestDay is the date hit of s with a day closest to token t, or nil.
func nearestDay(s *sentence, t int) *dateHit {
	var best *dateHit
	for i := range s.dates {
		if h := &s.dates[i]; h.day != "" && (best == nil || abs(h.tok-t) < abs(best.tok-t)) {
			best = h
		}
	}
	return best
}

// toll is the first count of people of one kind in s and its token: "ثلاثة
// جنود" (3, soldiers), "جنديين" (2, soldiers), "17 مدنياً" (17,
// civilians); 0 when s counts none. One person names no attack.
func (a *article) toll(s *sentence) (int, string, int) {
	for k := range s.toks {
		kind, dual := victimKind(&s.toks[k])
		if kind == "" {
			continue
		}
		if k > 0 {
			if n := a.count(&s.toks[k-1]); n > 1 {
				return n, kind, k
			}
		}
		if dual {
			return 2, kind, k
		}
	}
	return 0, "", 0
}

// count is the number a token writes in digits or in words, or 0.
func (a *article) count(t *arabic.Token) int {
	if n, err := strconv.Atoi(t.Key()); err == nil {
		return n
	}
	for _, v := range t.Variants {
		if n, ok := a.x.rules.Numbers[v.Key]; ok {
			return n
		}
	}
	return 0
}

// victimKind is the kind of people a plural or dual noun counts
// (soldiers, civilians, contractors), and whether it is a dual.
func victimKind(t *arabic.Token) (string, bool) {
	for _, v := range t.Variants {
		switch v.Key {
		case "جنود", "جنديا", "عسكريين", "عسكريا", "عناصر", "عنصرا":
			return "soldier", false
		case "جنديين", "جنديان":
			return "soldier", true
		case "مدنيين", "مدنيا", "اشخاص", "شخصا":
			return "civilian", false
		case "متعاقدين", "متعاقدا":
			return "contractor", false
		case "متعاقدان":
			return "contractor", true
		}
	}
	return "", false
}

// sinceDates undates an attack named only after "منذ" ("الأعنف منذ الهجوم
// على قاعدة X نهاية العام الماضي") that took a day named before منذ, the
// day of the event the sentence opens with ("ويعد هجوم الأربعاء ..."): the
// attack on X is an older one, and a month or year after it says only that.
func (a *article) sinceDates() {
	for _, at := range a.attacks {
		if at.merged || at.day == "" || len(at.evidence) != 1 {
			continue
		}
		s := a.sentAt(at.evidence[0].Start)
		if s == nil {
			continue
		}
		if a.earlierAttacksOn(s, at.target) {
			at.day, at.text = "", "" // "في هجمات سابقة على مطار X": no day of this sentence
			continue
		}
		k := sinceBefore(s, at.target)
		if k < 0 {
			continue
		}
		for i := range s.dates {
			if h := &s.dates[i]; h.day == at.day && h.text == at.text && h.tok < k {
				at.day, at.text = "", ""
				break
			}
		}
	}
}

// earlierAttacksOn reports base id named first in s right after attacks
// told as earlier ones: "هجمات سابقة على مطار X"، "الهجمات السابقة على X".
func (a *article) earlierAttacksOn(s *sentence, id string) bool {
	event := a.x.rules.Cue(rules.CueAttackEvent)
	for _, m := range s.ments {
		if m.id != id {
			continue
		}
		for k := m.t0 - 1; k >= 1 && k >= m.t0-3; k-- {
			if s.toks[k+1].Break {
				return false
			}
			if s.toks[k].HasAny("سابقه", "ماضيه") && event.Has(&s.toks[k-1]) {
				return true
			}
		}
		return false
	}
	return false
}

// sinceBefore is the token of "منذ" up to four words before the first
// mention of base id in s, with no break between, or -1.
func sinceBefore(s *sentence, id string) int {
	for _, m := range s.ments {
		if m.id != id {
			continue
		}
		for k := m.t0 - 1; k >= 0 && k >= m.t0-4; k-- {
			if s.toks[k+1].Break {
				return -1
			}
			if s.toks[k].Has("منذ") {
				return k
			}
		}
		return -1
	}
	return -1
}

// happenedDates dates an undated attack by a sentence soon after it that
// says when "the attack" took place and names no base and no other attack:
// "وقالت الوزارة إن الهجوم وقع مساء يوم 2024/03/10"، "وجرى الهجوم فجر
// الأحد".
func (a *article) happenedDates() {
	for _, at := range a.attacks {
		if at.merged || at.day != "" && !a.saidOnDay(at) {
			continue // a day of the statement that tells it yields: "قال X، اليوم الثلاثاء، إن ... الهجوم على Y. ووقع الهجوم فجر الأحد"
		}
		for i := at.first + 1; i < len(a.sents) && i <= max(at.first+3, at.sent); i++ {
			if h := a.happenedDay(a.sents[i]); h != nil {
				if h.day == "" {
					if at.text == "" {
						at.text = h.text // an article with no date: the words, for the resolver
					}
					break
				}
				if a.dayTaken(at.target, h.day) || at.day != "" && (daysBetween(h.day, at.day) <= 0 || daysBetween(h.day, at.day) > 7) {
					break
				}
				at.day, at.text = h.day, h.text
				break
			}
		}
	}
}

// happenedDay is the day of "الهجوم وقع/جرى/حصل/نُفّذ <day>" in s, or of
// an attack noun with its day right after it ("على هجوم مساء 15 شباط"),
// when s names no base, or nil.
func (a *article) happenedDay(s *sentence) *dateHit {
	if len(s.dates) == 0 || a.baseBetween(s, 0, len(s.toks)) {
		return nil
	}
	back, event := a.x.rules.Cue(rules.CueAttackAnaphora), a.x.rules.Cue(rules.CueAttackEvent)
	for k := 0; k+1 < len(s.toks); k++ {
		if t := &s.toks[k]; event.Has(t) && !definite(t) && !strings.HasSuffix(t.Key(), "ات") && !a.answerBefore(s, k) {
			for i := range s.dates {
				if h := &s.dates[i]; h.tok == k+1 && (h.day != "" && !a.attackOnBefore(h.day, s.idx) || a.meta.Published == "") {
					return h // "مرّ أكثر من عشرة أيام على هجوم مساء 15 شباط": the attack told, by its day
				}
			}
		}
		if !back.Has(&s.toks[k]) || !definite(&s.toks[k]) || strings.HasSuffix(s.toks[k].Key(), "ات") {
			continue
		}
		v := k + 1
		if v+1 < len(s.toks) && s.toks[v].Has("ذي") && s.toks[v+1].HasAny("وقع", "جري", "حصل", "حدث") {
			v++ // "قُتلوا في الهجوم الذي وقع فجر الأحد 28 كانون الثاني"
		}
		if !s.toks[v].HasAny("وقع", "جري", "حصل", "نفذ", "تم", "حدث") {
			if k == 0 || !s.toks[k-1].HasAny("وقع", "جري", "حصل", "حدث") {
				continue
			}
			v = k // "ووقع الهجوم فجر الأحد"
		}
		for i := range s.dates {
			if h := &s.dates[i]; (h.day != "" || a.meta.Published == "") && h.tok > v && h.tok <= v+2 {
				return h // an article with no date keeps the words: "فجر الأحد 28 كانون الثاني"
			}
		}
	}
	return nil
}

// answerBefore reports a response phrase ending right before token k:
// "رداً على هجوم اليوم" names what is answered.
func (a *article) answerBefore(s *sentence, k int) bool {
	for _, rc := range a.responseCues(s) {
		if rc < k && rc+a.x.rules.Cue(rules.CueResponse).Match(s.toks, rc) == k {
			return true
		}
	}
	return false
}

// attackOnBefore reports a live attack of the article on day told before
// sentence i: "هجوم الاثنين" then retells it.
func (a *article) attackOnBefore(day string, i int) bool {
	for _, b := range a.attacks {
		if b = b.live(); !b.merged && b.day == day && b.first < i {
			return true
		}
	}
	return false
}

// dayTaken reports another live attack on base id on day.
func (a *article) dayTaken(id, day string) bool {
	for _, b := range a.attacks {
		if b = b.live(); !b.merged && b.target == id && b.day == day {
			return true
		}
	}
	return false
}

// interviewDates gives an undated attack told in an interview's answer
// ("ج: رصدت منظوماتنا طائرتين مسيّرتين تقتربان من قاعدة X"، "الجاسم:
// رصدت الدفاعات ...") the one day named in the question just before it
// ("س: ماذا حدث فجر الخميس؟"، "عنب بلدي: ماذا جرى فجر الإثنين 15 آب؟").
func (a *article) interviewDates() {
	for _, at := range a.attacks {
		if at.merged || at.day != "" || at.text != "" {
			continue
		}
		for _, ev := range at.evidence {
			s := a.sentAt(ev.Start)
			if s == nil || !interviewLine(s.Text, "ج", "جواب") && !a.inAnswer(s) {
				continue
			}
			if h := a.questionDay(s.idx); h != nil {
				at.day, at.text = h.day, h.text
				break
			}
		}
	}
}

// questionDay is the one day named in the interview question told in the
// three sentences before sentence i, or nil.
func (a *article) questionDay(i int) *dateHit {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		q := a.sents[k]
		if asked, ok := speakerLine(q.Text); !interviewLine(q.Text, "س", "سؤال") && !(ok && asked) {
			continue
		}
		var day *dateHit
		for j := range q.dates {
			if h := &q.dates[j]; h.day != "" {
				if day != nil && day.day != h.day {
					return nil
				}
				day = h
			}
		}
		return day
	}
	return nil
}

// inAnswer reports sentence s in an answer told after its speaker's name
// ("الجاسم: قرابة الرابعة فجراً رصدت الدفاعات ...") or one of the next two
// sentences of that answer.
func (a *article) inAnswer(s *sentence) bool {
	for k := s.idx; k >= 0 && k >= s.idx-2; k-- {
		if asked, ok := speakerLine(a.sents[k].Text); ok {
			return !asked
		}
	}
	return false
}

// speakerLine reports a line opening with a speaker's short name and a
// colon, as interviews print them ("عنب بلدي: ماذا جرى فجر الإثنين 15
// آب؟"، "الجاسم: قرابة الرابعة ..."), and whether it asks (ends with ؟).
func speakerLine(text string) (asked, ok bool) {
	head, rest, found := strings.Cut(strings.TrimSpace(text), ":")
	if !found || head == "" || len(strings.Fields(head)) > 3 || strings.ContainsAny(head, "،.؟!\"«»()-–0123456789٠١٢٣٤٥٦٧٨٩") {
		return false, false
	}
	return strings.HasSuffix(strings.TrimSpace(rest), "؟"), true
}

// interviewLine reports a line opening with one of the interview marks and
// a colon: "س: …"، "ج: …"، "سؤال: …".
func interviewLine(text string, marks ...string) bool {
	text = strings.TrimSpace(text)
	for _, m := range marks {
		if rest, ok := strings.CutPrefix(text, m); ok && strings.HasPrefix(strings.TrimSpace(rest), ":") {
			return true
		}
	}
	return false
}

// listItemDates gives an attack first told in a numbered item of a list
// ("2- استهداف قاعدة Y بطائرة مسيرة") that names no day the day of the
// attacks of the item before it, and their claim when it has none: the
// items of one statement's list share the statement's day and voice.
func (a *article) listItemDates() {
	for _, at := range a.attacks {
		if at.merged || at.day != "" || at.text != "" || at.first < 1 || at.first >= len(a.sents) {
			continue
		}
		s := a.sents[at.first]
		if !opensItem(s.Text) || len(s.dates) > 0 {
			continue
		}
		p := a.sents[at.first-1]
		if !opensItem(p.Text) {
			if h := a.countDayBefore(at.first); h != nil {
				at.day, at.text = h.day, h.text // "تبنت X هجومين استهدفا فجر الأربعاء قاعدتين … 1- استهداف قاعدة Y"
			}
			continue
		}
		var prev []*attackAcc
		for _, b := range a.attacks {
			if !b.merged && b.first == p.idx && b.target != at.target {
				prev = append(prev, b)
			}
		}
		if len(prev) == 0 || prev[0].day == "" {
			continue
		}
		for _, b := range prev[1:] {
			if b.day != prev[0].day {
				prev = nil
				break
			}
		}
		if prev == nil {
			continue
		}
		at.day, at.text = prev[0].day, prev[0].text
		if len(at.attribs) == 0 {
			for _, x := range prev[0].attribs {
				if x.Stance == model.StanceClaimed {
					at.attribs = addAttribution(at.attribs, x)
				}
			}
		}
	}
}

// countDayBefore is the day told within six words after a count of
// attacks ("هجومين"، "ثلاث هجمات") in one of the two sentences before
// sentence i, the day of the attacks a list then names; nil when none.
func (a *article) countDayBefore(i int) *dateHit {
	for j := i - 1; j >= 0 && j >= i-2; j-- {
		q := a.sents[j]
		for _, c := range a.freeCue(q, rules.CueAttack) {
			if !strings.HasSuffix(q.toks[c].Key(), "ين") && !(c > 0 && a.number(&q.toks[c-1])) {
				continue
			}
			for k := range q.dates {
				if h := &q.dates[k]; h.day != "" && h.tok > c && h.tok-c <= 6 {
					return h
				}
			}
		}
	}
	return nil
}

// opensItem reports a sentence that opens with an item number, or whose
// words after a colon do: "وجاء في البيان: "1- استهداف …".
func opensItem(text string) bool {
	_, after, _ := strings.Cut(text, ":")
	return listItem(text) || listItem(after)
}

// listItem reports a sentence that opens with an item number: "2- "،
// "2) "، "(2) "، "ثانياً:".
func listItem(text string) bool {
	t := strings.TrimLeft(text, " \"«“'(")
	i := 0
	for i < len(t) && (t[i] >= '0' && t[i] <= '9') {
		i++
	}
	if i == 0 {
		r, size := utf8.DecodeRuneInString(t)
		for r >= '٠' && r <= '٩' {
			i += size
			r, size = utf8.DecodeRuneInString(t[i:])
		}
	}
	if i == 0 || i > 2 && t[0] <= '9' || i > 4 {
		return false
	}
	rest := strings.TrimLeft(t[i:], " ")
	return strings.HasPrefix(rest, "-") || strings.HasPrefix(rest, ")") || strings.HasPrefix(rest, "–") || strings.HasPrefix(rest, ".") && !strings.HasPrefix(rest, "..")
}
