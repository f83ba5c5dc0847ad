package extract

import (
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
