package extract

import (
	"strings"
	"time"

	"github.com/nisba/nisba/extract/arabic"
	"github.com/nisba/nisba/extract/dates"
	"github.com/nisba/nisba/model"
)

// dateHit is a date expression of a sentence, placed at a token.
type dateHit struct {
	tok  int
	end  int // the token after the expression (0 when unknown)
	text string
	span bool   // the start of a span, "منذ مطلع تموز": no event's day
	day  string // ISO day when the expression names a day, else ""
}

// findDates finds the date expressions of s and the token each starts at;
// days after publication ("الخميس المقبل") are left out, since no attack
// told of has happened then. The start of a span ("منذ ...") is kept,
// without a day.
func (a *article) findDates(s *sentence) []dateHit {
	var out []dateHit
	pub := a.meta.Published
	if len(pub) > len("2006-01-02") {
		pub = pub[:len("2006-01-02")]
	}
	for _, m := range dates.FindAfter(s.Text, a.meta.Published, a.month) {
		if future(m, pub) {
			continue // "الخميس المقبل": no attack told of has happened then
		}
		h := dateHit{tok: tokenAtRune(s, m.Start), end: tokenAtRune(s, m.End), text: m.Text}
		if a.inName(s, h.tok) {
			continue // "قناة روسيا اليوم"، "قال مصدر لبغداد اليوم": an outlet, not today
		}
		if m.Day != "" {
			a.month = m.Day // "وفي العاشر من الشهر نفسه" in a later sentence is of this month
		}
		joinDate(s, h.tok, m.End)
		h.span = since(s, h.tok, m)
		if m.Precision == "day" && !h.span {
			h.day = m.Day
		}
		out = append(out, h)
	}
	a.joinSiteList(s, out)
	out = a.sameDayHits(s, a.dropReportDates(s, out))
	for _, h := range out {
		if h.day != "" {
			a.named = h.day
		}
	}
	return out
}

// sameDayHits adds the day of "في اليوم ذاته" (نفسه، عينه، ذات اليوم، نفس
// اليوم) and "في اليوم التالي" when no date of s comes before it: it is
// the day named last, in s or in an earlier sentence ("هاجمت مسيرتان
// القاعدة فجر الأحد 3 آذار ... وفي اليوم ذاته أسقطت الدفاعات مسيرة قرب
// المطار"), or the day after it.
func (a *article) sameDayHits(s *sentence, hs []dateHit) []dateHit {
	for k := 0; k+1 < len(s.toks); k++ {
		next, ok := sameDayAt(s, k)
		if !ok {
			continue
		}
		day := a.named
		i := 0
		for ; i < len(hs) && hs[i].tok < k; i++ {
			if hs[i].day != "" {
				day = hs[i].day
			}
		}
		if day == "" || i < len(hs) && hs[i].tok <= k+1 {
			continue
		}
		if next {
			day = addDays(day, 1)
		}
		h := dateHit{tok: k, end: k + 2, text: s.toks[k].Surface + " " + s.toks[k+1].Surface, day: day}
		hs = append(hs[:i], append([]dateHit{h}, hs[i:]...)...)
	}
	return hs
}

// sameDayAt reports "اليوم ذاته"، "اليوم نفسه"، "اليوم عينه"، "ذات اليوم"،
// "نفس اليوم" (next false) or "اليوم التالي" (next true) at token k of s.
func sameDayAt(s *sentence, k int) (next, ok bool) {
	t, n := &s.toks[k], &s.toks[k+1]
	day, same := false, false // a reading اليوم/يوم; a reading ذات/نفس
	for i := range t.Variants {
		switch t.Variants[i].Key {
		case "اليوم", "يوم":
			day = true
		case "ذات", "نفس":
			same = true
		}
	}
	switch {
	case day && selfAfter(s, k+1):
		return false, true
	case day && (n.Has("تالي") || n.Has("التالي")):
		return true, !ofEvent(s, k+2) // "في اليوم التالي للضربات" counts from the strikes
	case same && strings.HasSuffix(arabic.Fold(n.Surface), "اليوم"):
		return false, true // not the indefinite "ذات يوم" (once)
	}
	return false, false
}

// ofEvent reports a word with the ل of "اليوم التالي لـX" at token k of s.
func ofEvent(s *sentence, k int) bool {
	if k >= len(s.toks) {
		return false
	}
	t := &s.toks[k]
	if t.Pre == "ل" {
		return true
	}
	for _, v := range t.Variants {
		if strings.HasSuffix(v.Pre, "ل") {
			return true
		}
	}
	return false
}

// addDays is ISO day d moved n days, or d when it is no day.
func addDays(d string, n int) string {
	t, err := time.Parse("2006-01-02", d)
	if err != nil {
		return d
	}
	return t.AddDate(0, 0, n).Format("2006-01-02")
}

// joinSiteList clears the breaks of a list of bases in apposition to the
// sites a dated clause counts: "قصفت ليل الخميس ثلاث قواعد، وهي قاعدة X،
// وقاعدة Y" and "استهدفت أمس موقعين: X وY" name the objects of the verb,
// and the day of its clause is theirs. The commas open no other event.
func (a *article) joinSiteList(s *sentence, hs []dateHit) {
	if !anyDay(hs) || !a.countsSites(s, 0, len(s.toks)) {
		return
	}
	for k := 1; k < len(s.toks); k++ {
		if !s.toks[k].Break || !a.x.rules.Cues["apposition"].Has(&s.toks[k]) && !strings.Contains(gap(s, k), ":") {
			continue
		}
		lo, _ := clause(s, k-1)
		if !a.datedCount(s, hs, lo, k) {
			continue
		}
		s.toks[k].Break = false
		for j := k + 1; j < len(s.toks); j++ {
			if !s.toks[j].Break {
				continue
			}
			if m := s.mentionAt(j); m == nil || m.typ != model.TypeBase || !conjunct(&s.toks[j]) {
				break
			}
			s.toks[j].Break = false // "، وقاعدة Y": the next item of the list
		}
		return
	}
}

// anyDay reports a hit with a day.
func anyDay(hs []dateHit) bool {
	for i := range hs {
		if hs[i].day != "" {
			return true
		}
	}
	return false
}

// datedCount reports a day, a counted site noun and an attack word in
// [lo, hi) of s.
func (a *article) datedCount(s *sentence, hs []dateHit, lo, hi int) bool {
	dated := false
	for _, h := range hs {
		dated = dated || h.day != "" && h.tok >= lo && h.tok < hi
	}
	if !dated || !a.countsSites(s, lo, hi) {
		return false
	}
	for _, c := range a.freeCues(s, "attack") {
		if c >= lo && c < hi {
			return true
		}
	}
	return false
}

// since reports a date that opens a span, "منذ السابع من أكتوبر"، "منذ
// مطلع تموز" (since), which dates no event. "منذ يومين" (ago) is matched
// with its منذ and is a day; so are "منذ فجر اليوم" and "منذ مساء أمس",
// which end today.
func since(s *sentence, t int, m dates.Match) bool {
	if t < 1 || t > len(s.toks) || s.toks[t-1].Key() != "منذ" {
		return false
	}
	return !m.Relative || !strings.Contains(m.Text, "اليوم") && !strings.Contains(m.Text, "أمس") && !strings.Contains(m.Text, "امس")
}

// dropReportDates leaves out the day of a statement or report when its
// sentence has another date (the event's, a day or a span) and tells of no
// strike: in "قال الوزير، اليوم الاثنين، إن الهجوم الذي وقع أمس الأحد
// استهدف قاعدة X" and "أفاد
// المرصد في تقرير نشره اليوم بأن قاعدة X تعرضت مساء أمس لهجوم" the attack
// is of أمس. A sentence that also tells of strikes keeps it: "أعلن الجيش
// اليوم أنه قصف ... رداً على هجوم أمس" dates the strikes by it.
func (a *article) dropReportDates(s *sentence, hs []dateHit) []dateHit {
	if len(hs) < 2 || a.strikes(s) {
		return hs
	}
	var buf [8]bool // no allocation for the usual few dates
	report := buf[:0]
	other := false
	for i := range hs {
		report = append(report, hs[i].day != "" && a.reportDate(s, hs[i].tok, hs[i].end))
		other = other || !report[i] && !hs[i].span // the event's own words, even "خلال الأسبوع الماضي"
	}
	if !other {
		return hs
	}
	out := hs[:0]
	for i, h := range hs {
		if !report[i] {
			out = append(out, h)
		}
	}
	return out
}

// strikes reports a strike word of s other than استهدف and استهداف, which
// tell of attacks as often: "قصفت"، "غارات"، "ضربات"، "شنت".
func (a *article) strikes(s *sentence) bool {
	for _, c := range a.freeCues(s, "strike") {
		if t := &s.toks[c]; !t.HasPrefix("استهدف") && !t.HasPrefix("استهداف") {
			return true
		}
	}
	return false
}

// reportDate reports the day of a statement or a report: the date [t, e)
// comes after a speech verb and right before the إن/أن of what was said
// ("قال ... اليوم الاثنين إن"), or right after a report and its verb ("في
// بيان صدر اليوم"، "في تقرير نشره أمس"، "في تصريح أدلى به اليوم").
func (a *article) reportDate(s *sentence, t, e int) bool {
	if e < len(s.toks) && (s.toks[e].Key() == "ان" || s.toks[e].Key() == "بان") && a.saidBefore(s, t) {
		return true
	}
	for k := t - 1; k >= 0 && k >= t-4; k-- {
		if reportNoun(&s.toks[k]) {
			return true
		}
	}
	return false
}

// saidBefore reports a speech verb before token t of s with no attack word
// between them: the words before t name who spoke, not what happened.
func (a *article) saidBefore(s *sentence, t int) bool {
	c := -1
	for _, n := range [...]string{"speech", "announce", "publish"} {
		for _, k := range a.freeCues(s, n) {
			if k < t && k > c {
				c = k
			}
		}
	}
	if c < 0 {
		return false
	}
	for _, k := range a.freeCues(s, "attack") {
		if k > c && k < t {
			return false
		}
	}
	return true
}

// reportNoun is a statement or report a day may date: بيان، تقرير،
// تصريح، مؤتمر صحفي، تغريدة، منشور.
func reportNoun(t *arabic.Token) bool {
	for _, k := range [...]string{"بيان", "بيانا", "تقرير", "تقريرا", "تصريح", "تصريحات", "مؤتمر", "تغريده", "منشور", "رساله", "ايجاز"} {
		if t.Has(k) {
			return true
		}
	}
	return false
}

// joinDate clears the breaks inside the date expression that starts at
// token t and ends at rune end: the slashes of 2024/1/15 and the dash of
// "ليل الثلاثاء - الأربعاء" separate no clauses, and the date stays in the
// clause of its event. A weekday and its date in apposition close with a
// comma that ends no clause either: "تصدت مساء أمس الإثنين، 15-07-2024،
// لهجوم". (A date alone between commas, "نفت الحركة، أمس الخميس، أي
// صلة", is often the statement's and keeps them.)
func joinDate(s *sentence, t, end int) {
	e := t + 1
	inner := false
	for ; e < len(s.toks) && s.toks[e].End <= end; e++ {
		inner = inner || s.toks[e].Break && commaGap(s, e) // "الإثنين، 15-07-2024", not the slashes of 2024/1/15
		s.toks[e].Break = false
	}
	if inner && e < len(s.toks) && s.toks[e].Break && commaGap(s, e) && !(t > 0 && s.toks[t].Break) {
		s.toks[e].Break = false
	}
}

// commaGap reports that only a comma (and spaces) separates token i of s
// from the token before it.
func commaGap(s *sentence, i int) bool {
	g := gap(s, i)
	return g != "" && strings.Trim(g, " ،,") == ""
}

// gap is the text between token i-1 and token i of s ("" for i = 0).
func gap(s *sentence, i int) string {
	if i < 1 || i >= len(s.toks) {
		return ""
	}
	from, to := s.toks[i-1].End, s.toks[i].Start
	b0, b1, r := -1, len(s.Text), 0
	for b := range s.Text {
		if r == from {
			b0 = b
		}
		if r == to {
			b1 = b
			break
		}
		r++
	}
	if b0 < 0 || b1 < b0 {
		return ""
	}
	return s.Text[b0:b1]
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

// inName reports a date whose first token t lies inside a name: an
// organisation of the lexicon ("روسيا اليوم"، "قوى 14 آذار") or the
// article's own outlet written as its source ("وقال مصدر لبغداد اليوم إن").
// Names found by discovery are not trusted to end where the date begins.
func (a *article) inName(s *sentence, t int) bool {
	for _, m := range s.ments {
		if m.typ == model.TypeOrganization && m.t0 <= t && t < m.t1 && !strings.HasPrefix(m.id, "organization:") {
			return true
		}
	}
	return a.outletAt(s, t)
}

// outletAt reports that token t of s lies in the article's outlet named as
// a source: with the ل of "قال لـ" on its first word, quoted, after an
// outlet noun or "بحسب"، or opening the sentence (the dateline "بغداد اليوم
// - بغداد"). "شهدت بغداد اليوم هجوماً" is today, even from Baghdad Today.
func (a *article) outletAt(s *sentence, t int) bool {
	if a.meta.Outlet == "" {
		return false
	}
	if a.outlet == nil {
		a.outlet = strings.Fields(arabic.Key(a.meta.Outlet))
	}
	words := a.outlet
	if len(words) == 0 {
		return false
	}
	for i := t - len(words) + 1; i <= t; i++ {
		if i < 0 || i+len(words) > len(s.toks) || !wordsAt(s, i, words) {
			continue
		}
		if i == 0 || s.toks[i].Quote || s.toks[i].Pre == "ل" || hasPre(&s.toks[i], words[0], "ل") || sourceWord(&s.toks[i-1]) {
			return true
		}
	}
	return false
}

// wordsAt reports the words (keys) at token i of s, the first with any
// proclitic.
func wordsAt(s *sentence, i int, words []string) bool {
	for j, w := range words {
		if !s.toks[i+j].Has(w) {
			return false
		}
	}
	return true
}

// hasPre reports a reading of t that is key k after the proclitics pre.
func hasPre(t *arabic.Token, k, pre string) bool {
	for _, v := range t.Variants {
		if v.Key == k && strings.HasSuffix(v.Pre, pre) {
			return true
		}
	}
	return false
}

// sourceWord is a word that names a source after it: an outlet noun
// (قناة، صحيفة، موقع، وكالة ...) or بحسب، حسب، وفق.
func sourceWord(t *arabic.Token) bool {
	for _, k := range [...]string{"قناه", "صحيفه", "جريده", "موقع", "وكاله", "شبكه", "مجله", "تلفزيون", "اذاعه", "بحسب", "حسب", "وفق", "وفقا", "نقلا"} {
		if t.Has(k) {
			return true
		}
	}
	return false
}
