package extract

import (
	"time"

	"github.com/nisba/nisba/extract/dates"
	"github.com/nisba/nisba/model"
)

// dateHit is a date expression of a sentence, placed at a token.
type dateHit struct {
	tok  int
	text string
	day  string // ISO day when the expression names a day, else ""
}

// findDates finds the date expressions of s and the token each starts at;
// days after publication ("الخميس المقبل") are left out, since no attack
// told of has happened then.
func (a *article) findDates(s *sentence) []dateHit {
	var out []dateHit
	pub := a.meta.Published
	if len(pub) > len("2006-01-02") {
		pub = pub[:len("2006-01-02")]
	}
	for _, m := range dates.Find(s.Text, a.meta.Published) {
		if future(m, pub) {
			continue // "الخميس المقبل": no attack told of has happened then
		}
		h := dateHit{tok: tokenAtRune(s, m.Start), text: m.Text}
		if m.Precision == "day" {
			h.day = m.Day
		}
		out = append(out, h)
		joinDate(s, h.tok, m.End)
	}
	return out
}

// joinDate clears the breaks inside the date expression that starts at
// token t and ends at rune end: the slashes of 2024/1/15 and the dash of
// "ليل الثلاثاء - الأربعاء" separate no clauses, and the date stays in the
// clause of its event.
func joinDate(s *sentence, t, end int) {
	for i := t + 1; i < len(s.toks) && s.toks[i].End <= end; i++ {
		s.toks[i].Break = false
	}
}

// future reports a day after the publication day pub (ISO days compare as
// strings).
func future(m dates.Match, pub string) bool {
	return m.Precision == "day" && m.Day != "" && pub != "" && m.Day > pub
}

// tokenAtRune is the index of the first token ending after rune offset r.
func tokenAtRune(s *sentence, r int) int {
	for i, t := range s.toks {
		if t.End > r {
			return i
		}
	}
	return len(s.toks)
}

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
	var anchor *dateHit
	for i := range s.dates {
		if h := &s.dates[i]; h.day != "" && h.tok < at {
			anchor = h
		}
	}
	if anchor == nil {
		return nil
	}
	day, err := time.Parse("2006-01-02", anchor.day)
	if err != nil {
		return nil
	}
	return &dateHit{tok: at, text: surfaceOf(s.toks, at, c, 0), day: day.AddDate(0, 0, -n).Format("2006-01-02")}
}

// daysBefore reads the words before the attack word at c that put it days
// before another event: "غداة" (1), "بعد يومين من" (2), "بعد ثلاثة أيام
// على" (3), "بعد أسبوع من" (7), "بعد ساعات من" (0), "بعد أيام من" or,
// after a strike, "عقب هجوم" (-1: an unknown number). It returns the days
// and the token the phrase starts at.
func (a *article) daysBefore(s *sentence, c int) (int, int, bool) {
	if c < 1 {
		return 0, 0, false
	}
	p := &s.toks[c-1]
	if p.Has("غداه") {
		return 1, c - 1, true
	}
	if (p.Has("عقب") || p.Has("بعد")) && a.strikeBefore(s, c-1) {
		return -1, c - 1, true // "قصفت ... مساء الثلاثاء ... عقب هجوم على قاعدة X": some time before
	}
	if c < 3 || !p.Has("من") && !p.Has("علي") && !p.Has("على") {
		return 0, 0, false
	}
	d := c - 2
	n, ok := spanDays(s.toks[d].Key())
	if !ok && s.toks[d].Key() == "ايام" && d >= 2 {
		if n, ok = a.x.rules.Numbers[s.toks[d-1].Key()]; ok {
			d--
		} else {
			n, ok = -1, true // "بعد أيام من"
		}
	}
	if !ok && vagueSpan(s.toks[d].Key()) {
		n, ok = -1, true
	}
	if !ok || d < 1 || !s.toks[d-1].Has("بعد") {
		return 0, 0, false
	}
	return n, d - 1, true
}

// strikeBefore reports a strike or attack word before token t: the
// sentence tells of an event of its own before the one it dates from.
func (a *article) strikeBefore(s *sentence, t int) bool {
	for _, c := range a.freeCues(s, "strike") {
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
	if at.day != "" {
		return
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
// event of the same day: "وبعد ساعات استهدفت مسيرة قاعدة Y"، "وفي وقت لاحق".
func (a *article) laterThatDay(s *sentence) *dateHit {
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
	if k < 0 {
		return nil
	}
	var last *attackAcc
	for _, at := range a.attacks {
		if at = at.live(); at.day != "" && at.sent < s.idx && (last == nil || at.sent > last.sent) {
			last = at
		}
	}
	if last == nil {
		return nil
	}
	return &dateHit{tok: k, text: last.text, day: last.day}
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

// spanAt reads a span and من/على at token j: "ساعات من" (0), "يومين من"
// (2), "ثلاثة أيام على" (3), "أيام من" (-1: unknown); it returns the days
// and the index of من/على.
func (a *article) spanAt(s *sentence, j int) (int, int, bool) {
	n, ok := spanDays(s.toks[j].Key())
	if !ok && j+1 < len(s.toks) && s.toks[j+1].Key() == "ايام" {
		if n, ok = a.x.rules.Numbers[s.toks[j].Key()]; ok {
			j++
		}
	}
	if !ok && vagueSpan(s.toks[j].Key()) {
		n, ok = -1, true
	}
	if !ok || j+1 >= len(s.toks) || !s.toks[j+1].Has("من") && !s.toks[j+1].Has("على") && !s.toks[j+1].Has("علي") {
		return 0, 0, false
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
		return
	}
	first := -1
	for _, at := range a.attacks {
		if !at.merged && (first < 0 || at.first < first) {
			first = at.first
		}
	}
	for _, at := range a.attacks {
		if at.merged || at.day != "" || at.text != "" || at.first != first && at.first >= end || toldIn(at, src) {
			continue
		}
		at.day, at.text = h.day, h.text
	}
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
	end := 1
	if a.headline() {
		end = 2
	}
	if end > len(a.sents) {
		end = len(a.sents)
	}
	var lead *dateHit
	var src *sentence
	for _, s := range a.sents[:end] {
		for i := range s.dates {
			h := &s.dates[i]
			switch {
			case h.day == "":
			case lead == nil:
				lead, src = h, s
			case lead.day != h.day:
				return nil, nil, 0
			}
		}
	}
	return lead, src, end
}
