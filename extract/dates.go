package extract

import (
	"time"

	"github.com/nisba/nisba/extract/dates"
)

// dateHit is a date expression of a sentence, placed at a token.
type dateHit struct {
	tok  int
	text string
	day  string // ISO day when the expression names a day, else ""
}

// findDates finds the date expressions of s and the token each starts at.
func (a *article) findDates(s *sentence) []dateHit {
	var out []dateHit
	for _, m := range dates.Find(s.Text, a.meta.Published) {
		h := dateHit{tok: tokenAtRune(s, m.Start), text: m.Text}
		if m.Precision == "day" {
			h.day = m.Day
		}
		out = append(out, h)
	}
	return out
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
// على" (3), "بعد أسبوع من" (7), "بعد ساعات من" (0). It returns the days
// and the token the phrase starts at.
func (a *article) daysBefore(s *sentence, c int) (int, int, bool) {
	if c < 1 {
		return 0, 0, false
	}
	if k := s.toks[c-1].Key(); k == "غداه" {
		return 1, c - 1, true
	}
	if c < 3 || (s.toks[c-1].Key() != "من" && s.toks[c-1].Key() != "على") {
		return 0, 0, false
	}
	d := c - 2
	n, ok := spanDays(s.toks[d].Key())
	if !ok && s.toks[d].Key() == "ايام" && d >= 2 {
		d--
		n, ok = a.x.rules.Numbers[s.toks[d].Key()]
	}
	if !ok || d < 1 || s.toks[d-1].Key() != "بعد" {
		return 0, 0, false
	}
	return n, d - 1, true
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
// قاعدة Y" dates the attack on Y told before.
func (a *article) redate(at *attackAcc, s *sentence, m mention) {
	if at.day != "" {
		return
	}
	lo, hi := clause(s, m.t0)
	for i := range s.dates {
		h := &s.dates[i]
		if h.day != "" && h.tok >= lo && h.tok < hi && !a.statementDate(s, h, m.t0) && !a.otherEvent(s, h.tok) {
			at.day, at.text = h.day, h.text
			return
		}
	}
}
