package extract

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/nisba/nisba/extract/arabic"
	"github.com/nisba/nisba/extract/dates"
	"github.com/nisba/nisba/extract/rules"
	"github.com/nisba/nisba/model"
)

// dateHit is a date expression of a sentence, placed at a token.
type dateHit struct {
	tok  int
	end  int // the token after the expression (0 when unknown)
	text string
	span bool   // the start of a span, "منذ مطلع تموز": no event's day
	day  string // ISO day when the expression names a day, else ""
	from string // the day a span starts on ("منذ صباح الجمعة"), when it names one
	// unknown: a day named relative to a publication day the article lacks
	// ("فجر الإثنين" with no date): one day, though which is not known
	unknown bool
	// period is the month ("2020-01") or year ("2020") a date names when it
	// names no day: "في يناير/كانون الثاني 2020"
	period string
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
	// said is the day of a statement whose words s quotes after it;
	// inQuote, a quotation the sentence before opened and did not close.
	said, inQuote := "", a.said != "" && a.quoteOpen
	if a.continues(s) || inQuote {
		said = a.said // "وأضاف المتحدث أن "..."": the same statement goes on
	}
	for _, m := range dates.FindAfterTokens(s.Text, s.toks, a.meta.Published, a.month) {
		if future(m, pub) {
			continue // "الخميس المقبل": no attack told of has happened then
		}
		h := dateHit{tok: tokenAtRune(s, m.Start), end: tokenAtRune(s, m.End), text: m.Text}
		if a.inName(s, h.tok) {
			continue // "قناة روسيا اليوم"، "قال مصدر لبغداد اليوم": an outlet, not today
		}
		if worldTime(s, h.tok) {
			continue // "بعد منتصف الليل (22,45 ت غ الثلاثاء)": the same hour told in GMT
		}
		if a.inlineDateline(s, h.tok, m) {
			continue // "واشنطن/بغداد 3 فبراير 2024 (شينخوا) شنت ... مساء أمس": the filing day
		}
		if said != "" && m.Relative && quotedAt(s.Text, m.Start, inQuote) {
			m = fromSaid(m, said)
		}
		m = a.weekdayNamed(s, m)
		when := sinceWhen(s, h.tok, h.end)
		if comparedSince(s, h.tok) && !when {
			continue // "لأعنف هجوم منذ عام 2020": a point of comparison, not the event's time
		}
		if said == "" && m.Precision == "day" && m.Day != "" && m.Day != pub && a.reportDate(s, h.tok, h.end) {
			said = m.Day // "وقال المتحدث، السبت، إن "القاعدة تعرضت اليوم لهجوم"": the speaker's today
		}
		if m.Day != "" {
			a.month = m.Day // "وفي العاشر من الشهر نفسه" in a later sentence is of this month
			switch m.Precision {
			case "year":
				a.month = m.Day[:len("2006")] // "مطلع عام 2020": a year, no month
			case "month":
				a.month = m.Day[:len("2006-01")] // "في تموز 2022": a month, no day
			}
		}
		joinDate(s, h.tok, m.End)
		h.span = since(s, h.tok, m) && !when
		h.unknown = m.Precision == "day" && m.Day == "" && !h.span && pub == ""
		if m.Precision == "day" && !h.span {
			h.day = m.Day
		}
		if (m.Precision == "month" || m.Precision == "year") && !h.span && m.Day != "" {
			h.period = a.month // set just above from m.Day
		}
		if m.Precision == "day" && h.span {
			h.from = m.Day
		}
		out = append(out, h)
	}
	a.said = said
	a.quoteOpen = said != "" && quotedAt(s.Text, len(s.Text), inQuote) // only a statement's quotation matters
	a.joinSiteList(s, out)
	out = a.dropReportDates(s, a.dropEventNames(s, out))
	// Most sentences have none of the words the readers below look for;
	// each is skipped when its words are missing, which changes nothing.
	words := dateWordsOf(s)
	if words&(wordDay|wordSame|wordSelf) != 0 {
		out = a.sameDayHits(s, out)
	}
	out = a.immediateHits(s, out)
	if words&wordThen != 0 {
		out = a.thenHits(s, out)
	}
	if words&wordAfter != 0 {
		out = a.laterHits(s, pub, out)
		out = a.thatDayHits(s, pub, out)
	}
	out = a.underHeading(s, out)
	nightDated(out)
	if !sectionHeader(s) {
		a.noteDays(s, out) // not "الأحد: الغارة الثانية": a roundup's heading, no event's day to count from
	}
	return out
}

// dateHeading is a timeline's date line, "27 كانون الأول/ديسمبر 2019" on a
// line of its own, and the paragraph the lines under it run to.
type dateHeading struct {
	hit  dateHit
	para int // the paragraph of the last line under the heading
}

// underHeading dates the lines under a timeline's date line: a sentence
// that is one dated expression and nothing else opens a heading, and each
// line after it, up to a blank line, that names no day of its own takes its
// day ("27 كانون الأول/ديسمبر 2019\nأكثر من 30 صاروخاً تسقط على قاعدة X").
func (a *article) underHeading(s *sentence, hs []dateHit) []dateHit {
	if len(hs) == 1 && hs[0].day != "" && hs[0].tok == 0 && hs[0].end >= len(s.toks) && a.otherDateLine(s.idx) {
		a.heading = dateHeading{hit: hs[0], para: s.Para}
		return hs
	}
	h := &a.heading
	if h.hit.day == "" || s.Para > h.para+1 {
		h.hit.day = ""
		return hs
	}
	h.para = s.Para
	if anyDay(hs) {
		return hs
	}
	s.timeline = true
	return insertHit(hs, dateHit{tok: 0, end: 0, text: h.hit.text, day: h.hit.day})
}

// otherDateLine reports another line of the article, before or after
// sentence i, that looks like a date line of a timeline: a short sentence
// opening with a number. A dated line at the top of an article ("الخميس
// ١٨/١/٢٠٢٤") with no other is no heading.
func (a *article) otherDateLine(i int) bool {
	for _, s := range a.sents {
		if s.idx != i && len(s.toks) > 0 && len(s.toks) <= 6 && digits(s.toks[0].Surface) {
			return true
		}
	}
	return false
}

// sectionHeader reports a short line that opens with a weekday and a colon,
// the heading of a weekly roundup's paragraph: "الأحد: الغارة الثانية"،
// "ليل الأحد - الإثنين: الدفاعات تعترض مسيّرتين".
func sectionHeader(s *sentence) bool {
	if len(s.toks) == 0 || len(s.toks) > 8 || !strings.Contains(s.Text, ":") {
		return false
	}
	i := strings.Index(s.Text, ":")
	head := arabic.Key(strings.TrimSpace(s.Text[:i]))
	for _, d := range []string{"سبت", "احد", "اثنين", "ثلاثاء", "اربعاء", "خميس", "جمعه"} {
		if strings.Contains(head, d) {
			return true
		}
	}
	return false
}

// nightDated gives a night of two days the second when a written date of
// that day stands right after it: "ليل الجمعة - السبت، 6 كانون الثاني"
// says which day is meant (the night alone keeps its first day).
func nightDated(hs []dateHit) {
	for i := 0; i+1 < len(hs); i++ {
		h, n := &hs[i], &hs[i+1]
		if h.day == "" || n.tok != h.end || !strings.HasPrefix(h.text, "ليل") || !strings.ContainsAny(h.text, "-–") || !strings.ContainsFunc(n.text, unicode.IsDigit) {
			continue
		}
		if n.day == addDays(h.day, 1) {
			h.day = n.day
		}
	}
}

// dateWords are classes of words that the date readers below start from;
// a sentence with none of a reader's words skips it.
type dateWords uint8

const (
	wordDay   dateWords = 1 << iota // اليوم، يوم، الليلة، ليلة، المساء، الصباح: sameDayAt's day
	wordSame                        // ذات، نفس: sameDayAt's "same" before the day
	wordSelf                        // نفسه، ذاته، عينه ... after a word (selfAfter)
	wordThen                        // thenWord's
	wordAfter                       // بعد، قبل: laterHits' and thatDayHits'
	wordGoOn                        // continues' verbs of going on
)

// dateWordTable finds the dateWords of a key: bloom rules out almost every
// key by its hash, class decides the rest.
type dateWordTable struct {
	bloom [16]uint64
	class map[string]dateWords
}

// dateWordKeys is the read-only table of classOf. wordSelf is selfAfter's
// (attacks.go), not looked up here.
var dateWordKeys = newDateWordTable(map[dateWords][]string{
	wordDay:   {"اليوم", "يوم", "الليله", "ليله", "مساء", "صباح", "صباحا", "ظهرا", "عصرا"},
	wordSame:  {"ذات", "نفس"},
	wordThen:  {"حينها", "انذاك", "اناذاك", "وقتها", "يومها", "حينذاك", "وقتذاك", "ساعتها", "يومذاك", "ليلا"},
	wordAfter: {"بعد", "بعدها", "بعده", "قبل", "قبلها", "قبله"},
	wordGoOn:  {"اضاف", "اضافت", "تابع", "تابعت", "اوضح", "اوضحت", "استطرد", "استطردت", "مضيفا", "مضيفه"},
})

// newDateWordTable builds the table of keys by class.
func newDateWordTable(keys map[dateWords][]string) *dateWordTable {
	t := &dateWordTable{class: map[string]dateWords{}}
	for c, ks := range keys {
		for _, k := range ks {
			t.class[k] |= c
			h := arabic.KeyHash(k)
			t.bloom[h>>6&15] |= 1 << (h & 63)
		}
	}
	return t
}

// classOf adds to out the classes of the key of v.
func (t *dateWordTable) classOf(out dateWords, v *arabic.Variant) dateWords {
	if h := v.Hash(); t.bloom[h>>6&15]&(1<<(h&63)) != 0 {
		out |= t.class[v.Key]
	}
	return out
}

// tokenWords returns the classes of the keys of every reading of t.
func tokenWords(t *arabic.Token) dateWords {
	var out dateWords
	for j := range t.Variants {
		out = dateWordKeys.classOf(out, &t.Variants[j])
	}
	return out
}

// dateWordsOf returns the classes of the words of s.
func dateWordsOf(s *sentence) dateWords {
	var out dateWords
	for i := range s.toks {
		vs := s.toks[i].Variants
		for j := range vs {
			if h := vs[j].Hash(); dateWordKeys.bloom[h>>6&15]&(1<<(h&63)) != 0 {
				out |= dateWordKeys.class[vs[j].Key]
			}
		}
		if selfAfter(s, i) {
			out |= wordSelf
		}
	}
	return out
}

// noteDays keeps the day named last in hs for the sentences after, and as
// the attack's day when s tells an attack on a base (asked only of the few
// sentences that name a day).
func (a *article) noteDays(s *sentence, hs []dateHit) {
	day, from := "", ""
	for _, h := range hs {
		if h.day != "" {
			day = h.day
		}
		if h.from != "" {
			from = h.from
		}
	}
	if day == "" {
		if from != "" {
			// "تعرضت منذ 17 تشرين الأول لأكثر من 20 هجوماً. وكانت أولى هذه
			// الهجمات قد استهدفت قاعدة X في اليوم نفسه": the day a span starts
			// on is the day "اليوم نفسه" points back to.
			a.named = from
		}
		return
	}
	a.named = day
	if a.tellsBaseAttack(s) {
		if d := a.daysBeforeTold(s, hs); d != "" {
			a.namedAttack = d
		} else if !a.comesAfterDay(s, hs) {
			a.namedAttack = day
		}
	} else if len(a.freeCue(s, rules.CueStrike)) > 0 {
		a.namedStrike = day
	}
}

// daysBeforeTold is the day of an attack that s tells as days before the
// event it dates: in "أعلنت الكتائب مساء أمس الثلاثاء تعليق عملياتها، بعد
// يومين من الهجوم على قاعدة X" the attack is on Sunday, and "في اليوم
// ذاته" told of an attack later points back to Sunday, not Tuesday. Empty
// when no attack word of s is put days before a day named before it.
func (a *article) daysBeforeTold(s *sentence, hs []dateHit) string {
	for _, c := range a.freeCue(s, rules.CueAttack) {
		n, at, ok := a.daysBefore(s, c)
		if !ok || n <= 0 {
			continue
		}
		anchor := ""
		for _, h := range hs {
			if h.day != "" && h.tok < at {
				anchor = h.day
			}
		}
		if anchor != "" {
			return addDays(anchor, -n)
		}
	}
	return ""
}

// comesAfterDay reports a sentence that tells an attack only to say it
// came after another event and whose days all belong to that event: in
// "ويأتي هجوم التنظيم على القاعدة بعد أقل من ثلاثة أسابيع على إعلان ...
// في 23 آذار الماضي" the day is the announcement's, so "وفي اليوم ذاته"
// told of an attack later still points to the attack's day.
func (a *article) comesAfterDay(s *sentence, hs []dateHit) bool {
	if len(s.toks) == 0 || !s.toks[0].HasAny("ياتي", "تاتي", "جاء", "جاءت") {
		return false
	}
	after := -1
	for k := 1; k < len(s.toks); k++ {
		if s.toks[k].HasAny("بعد", "عقب", "اثر", "اعقاب") {
			after = k
			break
		}
	}
	if after < 0 {
		return false
	}
	for _, h := range hs {
		if h.day != "" && h.tok < after {
			return false
		}
	}
	for _, c := range a.freeCue(s, rules.CueAttack) {
		if c > after {
			return false // "ويأتي الهجوم بعد أقل من أسبوع على الهجوم الذي استهدف معسكر X في 11 آذار"
		}
	}
	for _, m := range s.ments {
		if m.t0 > after && m.typ == model.TypeBase {
			return false
		}
	}
	return true
}

// dayTold reports day named in a sentence before sentence i (their dates
// are found in order).
func (a *article) dayTold(day string, i int) bool {
	for _, s := range a.sents[:i] {
		for _, h := range s.dates {
			if h.day == day {
				return true
			}
		}
	}
	return false
}

// dropEventNames leaves out a day that names an event told before, right
// after its noun ("غارات الثلاثاء"، "هجوم الإثنين"), when s names another
// day: in "وتأتي غارات الثلاثاء بعد أسبوعين من ضربات استهدفت في 23 كانون
// الثاني مقرات للكتائب" the new strike is of 23 January, and Tuesday's is
// the one the article told already. A definite noun is in no construct:
// in "كما استهدفت الغارات يوم الاثنين مطار X" the day is the strikes' own.
func (a *article) dropEventNames(s *sentence, hs []dateHit) []dateHit {
	if len(hs) < 2 {
		return hs
	}
	name := -1
	for i := range hs {
		h := &hs[i]
		if h.day != "" && h.tok > 0 && !s.toks[h.tok].Break && eventNoun(&s.toks[h.tok-1]) && !definite(&s.toks[h.tok-1]) && a.dayTold(h.day, s.idx) {
			name = i
			break
		}
	}
	if name < 0 {
		return hs
	}
	for i := range hs {
		if i != name && hs[i].day != "" && hs[i].day != hs[name].day {
			return append(hs[:name], hs[name+1:]...)
		}
	}
	return hs
}

// eventNoun is a noun of an attack or strike a bare day may follow as
// its name: هجوم، غارات، ضربات، قصف، عملية ...
func eventNoun(t *arabic.Token) bool {
	return t.HasAny("هجوم", "هجمات", "غارات", "غاره", "ضربات", "ضربه", "قصف", "عمليه", "اعتداء")
}

// continues reports a sentence that goes on with the statement quoted
// before: it opens with a verb of going on ("وأضاف رايدر أن"، "وتابع
// البيان") or with a speech verb and no new speaker ("وقال إن"). "وقال مصدر
// أمني إن" opens another statement.
func (a *article) continues(s *sentence) bool {
	if len(s.toks) < 2 {
		return false
	}
	t := &s.toks[0]
	if tokenWords(t)&wordGoOn != 0 {
		return true
	}
	n := s.toks[1].Key()
	return (n == "ان" || n == "انه" || n == "انها" || n == "بان") && a.x.rules.Cue(rules.CueSpeech).Has(t)
}

// fromSaid resolves m, a relative date quoted from a statement, against
// the statement's day said rather than the publication day: the speaker's
// "اليوم" and "أمس" count from the day they spoke.
func fromSaid(m dates.Match, said string) dates.Match {
	if r, ok := dates.Parse(m.Text, said); ok && r.Precision == m.Precision {
		m.Day = r.Day
	}
	return m
}

// quotedAt reports rune offset r of text inside a quotation: «…»، “…” or
// "…" opened before r and not closed; open is the state at the start of
// text (a quotation of several sentences).
func quotedAt(text string, r int, open bool) bool {
	if !strings.ContainsAny(text, "«»“”\"") {
		return open
	}
	i := 0
	for _, c := range text {
		if i >= r {
			break
		}
		switch c {
		case '«', '“':
			open = true
		case '»', '”':
			open = false
		case '"':
			open = !open
		}
		i++
	}
	return open
}

// sameDayHits adds the day of "في اليوم ذاته" (نفسه، عينه، ذات اليوم، نفس
// اليوم), "في اليوم التالي" and "في اليوم السابق" when no date of s comes
// before it: it is the day named last, in s or in an earlier sentence
// ("هاجمت مسيرتان القاعدة فجر الأحد 3 آذار ... وفي اليوم ذاته أسقطت
// الدفاعات مسيرة قرب المطار"), or the day after or before it.
func (a *article) sameDayHits(s *sentence, hs []dateHit) []dateHit {
	for k := 0; k+1 < len(s.toks); k++ {
		shift, ok := sameDayAt(s, k)
		if !ok && !a.sameEventAt(s, k) {
			continue
		}
		named := a.named
		if a.namedAttack != "" && a.tellsBaseAttack(s) && !(a.namedStrike == a.named && a.named > a.namedAttack) {
			// "وفي اليوم نفسه، سقطت صواريخ على قاعدة Y": the day of the attack
			// told, not of the flights resumed since; but "شنت مقاتلات غارات
			// ليل الثلاثاء ... ففي مساء اليوم التالي سقطت قذائف على X" counts
			// from the strikes told last.
			named = a.namedAttack
		}
		adverb := ok && partAdverb(s, k)
		if adverb {
			named = "" // "ظهراً" after the day its sentence names, not one named before
		}
		day, i := dayBefore(hs, k, named)
		if day == "" || i < len(hs) && hs[i].tok <= k+1 || !ok && i > 0 && hs[i-1].end > k {
			continue // "في الليلة نفسها" read as a date already: placeDate's
		}
		day = addDays(day, shift)
		if i < len(hs) && hs[i].tok <= k+3 && shift != 0 && weekApart(hs[i].day, day) {
			hs[i].day = day // "وفي اليوم التالي، الأربعاء،": the weekday in apposition is that day
		}
		from, end := k, k+2
		if k > 0 && s.toks[k-1].Has("في") && arabic.Fold(s.toks[k].Surface) == "الليله" {
			from = k - 1 // "في الليلة نفسها": the night's في, as the dates package reads "في الليلة"
		}
		if partOfDay(&s.toks[k]) {
			from, end = k-1, k+1 // "وفي المساء،": two words
		}
		if adverb {
			end = k + 1
		}
		h := dateHit{tok: from, end: end, text: surfaceOf(s.toks, from, end, 0), day: day}
		hs = append(hs[:i], append([]dateHit{h}, hs[i:]...)...)
	}
	return hs
}

// tellsBaseAttack reports a sentence with an attack cue and a base named,
// or pointed back to ("القاعدة").
func (a *article) tellsBaseAttack(s *sentence) bool {
	if len(a.freeCue(s, rules.CueAttack)) == 0 {
		return false
	}
	for _, m := range s.ments {
		if m.typ == model.TypeBase {
			return true
		}
	}
	for i := range s.toks {
		if s.mentionAt(i) == nil && a.baseAnaphor(s, i) {
			return true // "ضربت مسيّرة فجر الأحد مساكن الجنود في القاعدة"
		}
	}
	return false
}

// dayBefore is the day named last before token k in hs, or named, the day
// of the sentences before, and the index of the first hit at k or after.
// A month or a week named after the last day leaves no day: in "ففي أواخر
// كانون الأول الماضي ... في اليوم التالي" the next day is not counted
// from a day of another month told before.
func dayBefore(hs []dateHit, k int, named string) (string, int) {
	day, i := named, 0
	for ; i < len(hs) && hs[i].tok < k; i++ {
		switch {
		case hs[i].day != "":
			day = hs[i].day
		case !hs[i].span:
			day = ""
		}
	}
	return day, i
}

// sameEventAt reports "العملية ذاتها"، "الضربات نفسها"، "الهجوم عينه" at
// token k of s: the operation told last, on its day ("أعلن الحرس أنه قصف
// في العملية ذاتها مواقع في إدلب" after the night of the strike).
//
// So are the same hour, night or moment: "فيما أسقطت الدفاعات مسيرة قرب
// قاعدة Y في الساعة ذاتها"، "في الساعات ذاتها"، "في الليلة نفسها"،
// "في التوقيت ذاته".
//
// "في الوقت نفسه الذي كانت فيه ..." is the time of the clause that follows,
// not an earlier day; "وفي الوقت نفسه" alone most often means "meanwhile"
// and is no time at all.
func (a *article) sameEventAt(s *sentence, k int) bool {
	if !selfAfter(s, k+1) || k+2 < len(s.toks) && relativePronoun(&s.toks[k+2]) {
		return false
	}
	t := &s.toks[k]
	for _, v := range t.Variants {
		switch v.Fold {
		case "الساعه", "الساعات", "الليله", "اللحظه", "التوقيت":
			return true
		}
	}
	return a.x.rules.Cue(rules.CueSameEvent).Has(t)
}

// immediateHits adds the day of an answer told as immediate in a clause
// that names no day: "وردت المروحيات على الفور واستهدفت العربات" and "ردت
// القوات فوراً بقصف مصادر النيران" came on the day named last, that of the
// attack answered. A response word must come a few words before: "لم يتضح
// على الفور" dates nothing.
func (a *article) immediateHits(s *sentence, hs []dateHit) []dateHit {
	for _, k := range a.freeCue(s, rules.CueImmediate) {
		if !a.respondsBefore(s, k) || dayInClause(s, hs, k) {
			continue // "ردت على الفور مساء الأربعاء": the answer's own day
		}
		n := a.x.rules.Cue(rules.CueImmediate).Match(s.toks, k)
		if a.attackAnsweredAfter(s, k+n) {
			continue // "ردت فوراً على هجوم استهدف قاعدة X": that attack's day, not told here
		}
		day := a.named
		for _, h := range hs {
			if h.tok < k && h.day != "" {
				day = h.day // "وسبقه في 21 نوفمبر هجوم ...، ردت عليه واشنطن فوراً"
			}
		}
		if day == "" {
			return hs
		}
		h := dateHit{tok: k, end: k + n, text: surfaceOf(s.toks, k, k+n, 0), day: day}
		return insertHit(hs, h)
	}
	return hs
}

// attackAnsweredAfter reports "على" and an indefinite attack noun within
// three words of token k: "ردت بالمثل وفوراً على هجوم استهدف قاعدة X"
// tells the attack answered after the answer's word, and the answer is at
// once after that attack, whose day the sentence does not give. "ردت على
// الفور على الهجوم" answers the attack told before, on its day.
func (a *article) attackAnsweredAfter(s *sentence, k int) bool {
	event := a.x.rules.Cue(rules.CueAttackEvent)
	for j := k; j+1 < len(s.toks) && j <= k+2; j++ {
		if s.toks[j].Has(arabic.Key("على")) && event.Has(&s.toks[j+1]) && !definite(&s.toks[j+1]) {
			return true
		}
	}
	return false
}

// dayInClause reports a day among hs in the clause of token k: a day in
// another clause ("، فيما شنت المسيرات الخميس غارات") is another event's.
func dayInClause(s *sentence, hs []dateHit, k int) bool {
	lo, hi := clause(s, k)
	for _, h := range hs {
		if h.day != "" && h.tok >= lo && h.tok < hi {
			return true
		}
	}
	return false
}

// laterHits adds the day of "بعد يومين" (after two days, with no من of an
// event after it) counted from the day named last before it: "وكانت
// القاعدة قد تعرضت قبل أسبوعين لهجوم، وردت القوات عليه بعد يومين بغارات"
// dates the strikes two days after the attack. Hours ("بعد ساعات") are
// laterThatDay's; a day after the publication day is left out.
func (a *article) laterHits(s *sentence, pub string, hs []dateHit) []dateHit {
	for k := 0; k+1 < len(s.toks); k++ {
		if !s.toks[k].Has("بعد") {
			continue
		}
		n, end := a.spanLength(s, k+1)
		e := end
		if e+1 < len(s.toks) && s.toks[e].HasAny("فقط", "تقريبا") {
			e++ // "بعد يوم واحد فقط من انطلاق المباحثات": the day of the talks, not of the day before
		}
		if n <= 0 || e < len(s.toks) && (s.toks[e].Has("من") || s.toks[e].Has("علي")) {
			continue
		}
		if k > 0 && (s.toks[k-1].HasPrefix("يوم") || s.toks[k-1].HasPrefix("اسبوع")) {
			continue // "يوماً بعد يوم": day after day, no day
		}
		day, i := a.named, 0
		for ; i < len(hs) && hs[i].tok < k; i++ {
			if hs[i].day != "" {
				day = hs[i].day
			}
		}
		if day == "" || anyDay(hs[i:]) {
			continue
		}
		if day = addDays(day, n); pub != "" && day > pub {
			continue
		}
		h := dateHit{tok: k, end: end, text: surfaceOf(s.toks, k, end, 0), day: day}
		hs = append(hs[:i], append([]dateHit{h}, hs[i:]...)...)
	}
	return hs
}

// thatDayHits adds the day of "قبل ذلك بيوم"، "بعد ذلك بيومين"، "قبلها
// بيوم" counted from the day named last before the words (in s or before
// it), unless s names a day after them:
// "سقطت مسيرة على قاعدة X يوم الأحد 11 أيار. وقبل ذلك بيوم أسقطت
// الدفاعات مسيرتين" is Saturday 10 May.
func (a *article) thatDayHits(s *sentence, pub string, hs []dateHit) []dateHit {
	for k := 0; k+1 < len(s.toks); k++ {
		sign, j := thatWord(s, k)
		if sign == 0 {
			continue
		}
		n, end := a.byDays(s, j)
		if n <= 0 {
			continue
		}
		day, i := a.named, 0
		for ; i < len(hs) && hs[i].tok < k; i++ {
			if hs[i].day != "" {
				day = hs[i].day // "مساء الاثنين 12 أيار، وقبلها بيوم"
			}
		}
		if day == "" || anyDay(hs[i:]) {
			return hs // the sentence names the day itself after the words
		}
		if day = addDays(day, sign*n); pub != "" && day > pub {
			return hs
		}
		return insertHit(hs, dateHit{tok: k, end: end, text: surfaceOf(s.toks, k, end, 0), day: day})
	}
	return hs
}

// thatWord reads "قبل ذلك" / "بعد ذلك" / "قبلها" / "بعدها" / "قبله" /
// "بعده" at token k:
// the sign of the shift and the token after the words, or 0.
func thatWord(s *sentence, k int) (int, int) {
	t := &s.toks[k]
	switch {
	case t.HasAny("قبلها", "قبله"):
		return -1, k + 1 // "والهجوم على قاعدة X قبله بيوم": the day before the one named
	case t.HasAny("بعدها", "بعده"):
		return 1, k + 1
	case !t.Has("قبل") && !t.Has("بعد"):
		return 0, 0
	}
	if !s.toks[k+1].HasAny("ذلك", "ذاك") || s.toks[k+1].Break {
		return 0, 0
	}
	if t.Has("قبل") {
		return -1, k + 2
	}
	return 1, k + 2
}

// byDays reads "بيوم"، "بيومين"، "بأسبوع"، "بأسبوعين" at token j: the
// days and the token after them (0 when there is none; "بأيام" and
// "بساعات" name no number of days).
func (a *article) byDays(s *sentence, j int) (int, int) {
	if j >= len(s.toks) || s.toks[j].Break {
		return 0, j
	}
	for _, v := range s.toks[j].Variants {
		if v.Pre != "ب" {
			continue
		}
		if n, ok := spanDays(v.Key); ok {
			return n, j + 1
		}
		if n, ok := a.x.rules.Numbers[v.Key]; ok && j+1 < len(s.toks) && s.toks[j+1].HasAny("ايام", "اسابيع") {
			if s.toks[j+1].Has("اسابيع") {
				n *= 7
			}
			return n, j + 2 // "بعد ذلك بتسعة أيام"، "قبلها بثلاثة أسابيع"
		}
	}
	return 0, j
}

// spanLength reads a span of days at token j of s: "يومين" (2), "ثلاثة
// أيام" (3), "أسبوع" (7); it returns the days (0: none or hours) and the
// token after the span.
func (a *article) spanLength(s *sentence, j int) (int, int) {
	if j >= len(s.toks) {
		return 0, j // "... بعد" ending the sentence
	}
	if n, ok := spanDays(s.toks[j].Key()); ok {
		if j+1 < len(s.toks) && (s.toks[j+1].Key() == "واحد" || s.toks[j+1].Key() == "واحدا") {
			return n, j + 2 // "بعد يوم واحد"
		}
		return n, j + 1
	}
	if j+1 < len(s.toks) && s.toks[j+1].Key() == "ايام" {
		if n, ok := a.x.rules.Numbers[s.toks[j].Key()]; ok {
			return n, j + 2
		}
	}
	return 0, j
}

// thenHits adds the day named last to "حينها"، "آنذاك"، "وقتها"، "يومها"،
// "ليلاً" in a sentence that names no day: "وردت واشنطن حينها بغارات على مواقع
// الكتائب" after "هاجمت الفصائل القاعدة في 28 كانون الثاني" is a strike
// of that time, not one more of the article's own day. A sentence that
// names a time of its own ("في آذار 2022 ... آنذاك") or tells of an earlier
// deed ("وسبق أن قصفت ... من دون أن تعلن حينها") means that time.
func (a *article) thenHits(s *sentence, hs []dateHit) []dateHit {
	if a.named == "" || len(hs) > 0 {
		return hs
	}
	past := a.freeCue(s, rules.CueStrikePast)
	for k := range s.toks {
		if !thenWord(&s.toks[k]) || clockNight(s, k) {
			continue
		}
		if len(past) > 0 && past[0] < k {
			return hs
		}
		h := dateHit{tok: k, end: k + 1, text: s.toks[k].Surface, day: a.named}
		return insertHit(hs, h)
	}
	return hs
}

// clockNight reports "ليلاً" after an hour, "الساعة التاسعة ليلاً": the
// time of day of some event, not "at night" of the day told before.
func clockNight(s *sentence, k int) bool {
	if s.toks[k].Key() != "ليلا" {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if s.toks[j].HasPrefix("ساع") || digits(s.toks[j].Surface) {
			return true
		}
	}
	return false
}

// thenWord reports a word for "at that time": حينها، آنذاك، وقتها، يومها،
// حينذاك، وقتذاك، ساعتها.
func thenWord(t *arabic.Token) bool {
	return tokenWords(t)&wordThen != 0
}

// insertHit adds h to hs, which are in token order.
func insertHit(hs []dateHit, h dateHit) []dateHit {
	i := 0
	for i < len(hs) && hs[i].tok < h.tok {
		i++
	}
	return append(hs[:i], append([]dateHit{h}, hs[i:]...)...)
}

// respondsBefore reports a response verb at most four tokens before k:
// "ردت"، "ردوا"، "رد الجيش".
func (a *article) respondsBefore(s *sentence, k int) bool {
	for _, c := range a.freeCue(s, rules.CueResponseWord) {
		if c < k && k-c <= 4 && !s.toks[c].HasPrefix("ال") {
			return true
		}
	}
	return false
}

// sameDayAt reports "اليوم ذاته"، "اليوم نفسه"، "اليوم عينه"، "ذات اليوم"،
// "نفس اليوم"، "الليلة ذاتها"، "في الوقت ذاته تقريباً" (shift 0), "اليوم التالي"، "الليلة التالية"
// (1) or "اليوم السابق" (-1) at token k of s.
func sameDayAt(s *sentence, k int) (shift int, ok bool) {
	t, n := &s.toks[k], &s.toks[k+1]
	w := tokenWords(t)
	day, same := w&wordDay != 0, w&wordSame != 0 // a reading اليوم/يوم; a reading ذات/نفس
	switch {
	case day && selfAfter(s, k+1):
		return 0, true
	case k > 0 && k+2 < len(s.toks) && s.toks[k-1].Has("في") && t.Has("وقت") && selfAfter(s, k+1) && s.toks[k+2].Has("تقريبا"):
		return 0, true // "وفي الوقت ذاته تقريباً": at about the time told before, not "في الوقت نفسه" (meanwhile)
	case day && n.HasAny("تالي", "تاليه"):
		return 1, !ofEvent(s, k+2) // "في اليوم التالي للضربات" counts from the strikes
	case day && arabic.Fold(n.Surface) == "السابق" && arabic.Fold(t.Surface) != "الليله":
		return -1, !ofEvent(s, k+2) // "في اليوم السابق": the day before; "الليلة السابقة" is last night
	case same && (strings.HasSuffix(arabic.Fold(n.Surface), "اليوم") || strings.HasSuffix(arabic.Fold(n.Surface), "الليله")):
		return 0, true // not the indefinite "ذات يوم" (once)
	case k >= 1 && k <= 2 && s.toks[k-1].Has("في") && n.Break && partOfDay(t):
		return 0, true // "وفي المساء، أعلنت X أن مقاتليها استهدفوا …": the evening of the day told
	case partAdverb(s, k):
		return 0, true // "سيطرت X فجر الاثنين على معسكر Y، قبل أن تتقدم ظهراً نحو معسكر Z": that day's noon
	}
	return 0, false
}

// partAdverb reports a part of the day told as a bare adverb at token k of
// s, "ظهراً"، "عصراً"، "صباحاً"، "مساءً", not "في مساء" nor "مساء الأحد"
// (a date of its own): a time of the day told before.
func partAdverb(s *sentence, k int) bool {
	switch arabic.Fold(s.toks[k].Surface) {
	case "ظهرا", "عصرا", "صباحا", "مساء":
	default:
		return false
	}
	if k > 0 && (s.toks[k-1].HasAny("في", "من", "حتي", "منذ", "ساعه") || clockWord(&s.toks[k-1])) {
		return false // "في تمام الساعة 7:20 صباحاً": a time, told with its own day
	}
	return k+1 >= len(s.toks) || s.toks[k+1].Break || tokenWords(&s.toks[k+1])&wordDay == 0 && !isWeekday(&s.toks[k+1])
}

// clockWord reports a token of a clock time: a number ("7:20"، "السابعة").
func clockWord(t *arabic.Token) bool {
	if !t.Arabic {
		return true
	}
	switch t.Key() {
	case "الواحده", "الثانيه", "الثالثه", "الرابعه", "الخامسه", "السادسه", "السابعه", "الثامنه", "التاسعه", "العاشره", "عشره", "ونصف", "والنصف", "وربع", "والربع", "الا", "دقيقه", "دقائق", "تقريبا", "المحلي":
		return true
	}
	return false
}

// isWeekday reports a token that names a weekday (الأحد، الاثنين ...).
func isWeekday(t *arabic.Token) bool {
	_, ok := dates.Weekday(t.Surface)
	return ok
}

// partOfDay reports "المساء" or "الصباح" with the article, the part of
// the day told before.
func partOfDay(t *arabic.Token) bool {
	f := arabic.Fold(t.Surface)
	return f == "المساء" || f == "الصباح"
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

// weekApart reports two different days a whole number of weeks apart:
// the same weekday, placed in another week.
func weekApart(a, b string) bool {
	ta, err1 := time.Parse("2006-01-02", a)
	tb, err2 := time.Parse("2006-01-02", b)
	if err1 != nil || err2 != nil || a == b {
		return false
	}
	return int(ta.Sub(tb).Hours()/24)%7 == 0
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
		if !s.toks[k].Break || !a.x.rules.Cue(rules.CueApposition).Has(&s.toks[k]) && !strings.Contains(gap(s, k), ":") {
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
	for _, c := range a.freeCue(s, rules.CueAttack) {
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
//
// So is the day an event began on, told after منذ: in "أول هجوم على
// القاعدة منذ اندلاع الحرب في غزة في السابع من أكتوبر" the seventh dates
// the war, not the attack.
func since(s *sentence, t int, m dates.Match) bool {
	if t < 1 || t > len(s.toks) {
		return false
	}
	if s.toks[t-1].Key() != "منذ" {
		return sinceStart(s, t)
	}
	return !m.Relative || !strings.Contains(m.Text, "اليوم") && !strings.Contains(m.Text, "أمس") && !strings.Contains(m.Text, "امس")
}

// comparedSince reports "منذ" at t-1 after a superlative or "الأول" in the
// three words before it: "أعنف هجوم منذ عام 2020"، "الأول من نوعه منذ
// أشهر" compare the event with a time, they do not date it.
func comparedSince(s *sentence, t int) bool {
	if t < 2 || t > len(s.toks) || s.toks[t-1].Key() != "منذ" {
		return false
	}
	for k := t - 2; k >= 0 && k >= t-5; k-- {
		if s.toks[k].Break && k < t-2 {
			return false
		}
		if s.toks[k].HasAny("اعنف", "لاعنف", "اكبر", "لاكبر", "اخطر", "اشد", "ادمي", "اول", "اولي", "اوسع") {
			return true
		}
	}
	return false
}

// sinceWhen reports a day after "منذ" (token t) that a clause of "حين"
// or "عندما" right after it (token end) tells what happened on: "الأول
// على القاعدة منذ 15 آب 2022، حين استهدفتها طائرات مسيرة" dates that
// attack, it is no mere point of comparison.
func sinceWhen(s *sentence, t, end int) bool {
	if t < 1 || end >= len(s.toks) || s.toks[t-1].Key() != "منذ" {
		return false
	}
	return s.toks[end].HasAny("حين", "حينما", "عندما")
}

// sinceStart reports "منذ" and a word of beginning (اندلاع، بدء، بداية،
// انطلاق) up to six words before token t, in its clause.
func sinceStart(s *sentence, t int) bool {
	for k := t - 1; k >= 1 && k >= t-6; k-- {
		if s.toks[k].Break || s.toks[k].Quote {
			return false
		}
		if s.toks[k-1].Key() == "منذ" {
			return s.toks[k].HasAny("اندلاع", "بدء", "بدايه", "انطلاق", "اشتعال")
		}
	}
	return false
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
		report = append(report, hs[i].day != "" && (a.reportDate(s, hs[i].tok, hs[i].end) || a.announcedDate(s, hs, i)))
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
	for _, c := range a.freeCue(s, rules.CueStrike) {
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
		if a.x.rules.Cue(rules.CueAttack).Has(&s.toks[k]) {
			return false // "في بيان، إن "الإرهابيين قصفوا يوم أمس المطار"": the strike's day, after its verb
		}
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
	for _, k := range a.freeCue(s, rules.CueAttack) {
		if k > c && k < t {
			return false
		}
	}
	return true
}

// announcedDate reports hit i of hs as the day of an announcement whose
// verbal noun follows it ("أعلنت القيادة، اليوم الأربعاء، مقتل ثلاثة
// مدنيين ... مساء أمس الثلاثاء") when another hit of s names the event's
// day; a lone day ("أعلنت في 27 حزيران إسقاط مسيرتين") is the event's.
func (a *article) announcedDate(s *sentence, hs []dateHit, i int) bool {
	e := hs[i].end
	if e >= len(s.toks) || !announcedNoun(&s.toks[e]) || !a.saidBefore(s, hs[i].tok) {
		return false
	}
	for j := range hs {
		if j != i && hs[j].day != "" && hs[j].day != hs[i].day && !hs[j].span {
			return true
		}
	}
	return false
}

// announcedNoun is a verbal noun an announcement names right after its
// day: "أعلنت الخلية، اليوم، مقتل/إحباط/سقوط ...".
func announcedNoun(t *arabic.Token) bool {
	return t.HasAny("مقتل", "اصابه", "سقوط", "اسقاط", "احباط", "تعرض", "عثور", "تدمير", "تحييد", "استشهاد", "مصرع", "وقوع", "انفجار",
		"مسؤوليته", "مسؤوليتها", "مسؤوليتهم") // "أعلن الحرس، اليوم الثلاثاء، مسؤوليته عن القصف ... ليل الإثنين"
}

// reportNoun is a statement or report a day may date: بيان، تقرير،
// تصريح، مؤتمر صحفي، تغريدة، منشور، إحاطة، مقابلة، خطاب.
func reportNoun(t *arabic.Token) bool {
	return t.HasAny("بيان", "بيانا", "تقرير", "تقريرا", "تصريح", "تصريحات", "مؤتمر", "تغريده", "منشور", "رساله", "ايجاز", "احاطه", "مقابله", "خطاب")
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
	return t.HasAny("قناه", "صحيفه", "جريده", "موقع", "وكاله", "شبكه", "مجله", "تلفزيون", "اذاعه", "بحسب", "حسب", "وفق", "وفقا", "نقلا")
}

// worldTime reports a date right after a mark of universal time ("ت غ"،
// "بتوقيت غرينتش"، "GMT"): the hour told again for readers abroad.
func worldTime(s *sentence, t int) bool {
	for k := max(t-3, 0); k < t; k++ {
		w := &s.toks[k]
		if w.Has("غ") && k > 0 && s.toks[k-1].Has("ت") || w.HasAny("غرينتش", "غرينيتش", "جرينتش") || strings.EqualFold(w.Surface, "GMT") || strings.EqualFold(w.Surface, "UTC") {
			return true
		}
	}
	return false
}

// inlineDateline reports date m at the head of one of the first sentences,
// after place names only and before an agency in brackets or a dash:
// "واشنطن/دمشق 3 فبراير 2024 (شينخوا) شنت ..." is when the story was
// filed, not when what it tells happened.
func (a *article) inlineDateline(s *sentence, t int, m dates.Match) bool {
	if s.idx > 2 || m.Precision != "day" || t > 6 {
		return false
	}
	for k := 0; k < t; {
		n := s.mentionAt(k)
		if n == nil || n.typ != model.TypeCity && n.typ != model.TypeCountry {
			return false
		}
		k = n.t1
	}
	rest := strings.TrimSpace(string([]rune(s.Text)[min(m.End, utf8.RuneCountInString(s.Text)):]))
	return strings.HasPrefix(rest, "(") || strings.HasPrefix(rest, "-") || strings.HasPrefix(rest, "–")
}

// namedDay is a day named with its weekday, and the sentence naming it.
type namedDay struct {
	day  string
	sent int
}

// weekdayNamed places a bare weekday ("يوم الأربعاء") on the day the
// sentence before, or s itself, named with that weekday a week before
// the one the publication day gives: after "يومي الثلاثاء والأربعاء 17
// و18 تشرين الأول", an article of Wednesday the 25th means the 18th by
// "يوم الأربعاء" in the next sentence. Farther on, the publication day's
// week is meant again ("أحصى البنتاغون حتى الخميس").
func (a *article) weekdayNamed(s *sentence, m dates.Match) dates.Match {
	if m.Precision != "day" || m.Day == "" {
		return m
	}
	if m.Named > 0 {
		a.namedOn[m.Named-1] = namedDay{m.Day, s.idx}
		return m
	}
	if m.Weekday == 0 {
		return m
	}
	named := a.namedOn[m.Weekday-1]
	if named.day == "" || s.idx-named.sent > 1 {
		return m
	}
	day, err := time.Parse(time.DateOnly, m.Day)
	if err == nil && day.AddDate(0, 0, -7).Format(time.DateOnly) == named.day {
		m.Day = named.day
	}
	return m
}
