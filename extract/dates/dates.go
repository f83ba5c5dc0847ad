package dates

import (
	"strings"
	"time"
)

// Match is one date expression found in a text.
type Match struct {
	Start, End int    // RUNE offsets of the expression in the input
	Text       string // the words matched, as in the input
	Day        string // ISO day "YYYY-MM-DD" when resolvable, else ""
	Precision  string // "day", "month", "year" or "week" (for month/year precision Day is the first day; callers treat only "day" as a day)
	Relative   bool   // true when resolution needed the publication day
	// Weekday is 1 + the weekday of a bare weekday ("يوم الأربعاء", with no
	// الماضي and no date after it), else 0.
	Weekday int
	// Named is 1 + the weekday named together with an explicit date
	// ("الأربعاء 18 تشرين الأول"), else 0.
	Named int
}

// Find returns the date expressions in text, left to right, non-overlapping,
// longest first. published is the article's ISO publication day or "" (then
// relative expressions get Day "").
func Find(text, published string) []Match {
	return FindAfter(text, published, "")
}

// FindAfter is Find for a text that follows one naming month, the ISO month
// ("YYYY-MM", or a day in it) named last before it, or "": "في العاشر من
// الشهر نفسه" is a day of that month when the text names none before it.
// A year alone ("YYYY", named by "مطلع عام 2020") serves "في 8 كانون
// الثاني من ذلك العام" but names no month.
func FindAfter(text, published, month string) []Match {
	if !mayHoldDate(text) {
		return nil
	}
	return findAfter(text, published, month)
}

// findAfter is FindAfter past the pre-scan.
func findAfter(text, published, month string) []Match {
	return scanTokens(text, tokenize(text), published, month)
}

// scanTokens is findAfter of text split into ts.
func scanTokens(text string, ts []token, published, month string) []Match {
	if !holdsTrigger(ts) {
		return nil
	}
	s := scanner{text: text, ts: ts}
	s.pub, s.hasPub = parsePublished(published)
	s.before(month)
	return s.findAll()
}

// Parse resolves one expression (e.g. a dateText) the same way; ok is false
// when text holds no date. When text holds several, the longest wins.
func Parse(text, published string) (m Match, ok bool) {
	for _, c := range Find(text, published) {
		if !ok || c.End-c.Start > m.End-m.Start {
			m, ok = c, true
		}
	}
	return m, ok
}

// Weekday is the weekday text names, when it names exactly one ("فجر
// الأحد الماضي" is a Sunday), with its words read as Find reads them.
func Weekday(text string) (time.Weekday, bool) {
	day, n := time.Weekday(0), 0
	var buf []byte
	for _, w := range strings.Fields(text) {
		buf = foldWord(buf[:0], w)
		if _, _, l := strip(string(buf)); l.cls == cWeekday {
			day, n = time.Weekday(l.val), n+1
		}
	}
	return day, n == 1
}

// before takes the month ("YYYY-MM", or a day in it, which a text with no
// publication day also places its weekdays by) or the year ("YYYY") named
// before the text.
func (s *scanner) before(month string) {
	if len(month) >= len("2006-01") {
		if m, err := time.Parse("2006-01", month[:len("2006-01")]); err == nil {
			s.month, s.hasMonth = m, true
			s.lastYear, s.hasYear = m.Year(), true
		}
		if d, err := time.Parse(isoDay, month); err == nil {
			s.dayBefore, s.hasDayBefore = d, true
		}
		return
	}
	if len(month) == len("2006") {
		if y, err := time.Parse("2006", month); err == nil {
			s.lastYear, s.hasYear = y.Year(), true
		}
	}
}
