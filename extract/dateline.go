package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/nisba/nisba/extract/arabic"
	"github.com/nisba/nisba/extract/dates"
	"github.com/nisba/nisba/extract/rules"
)

// datelineLines is how many non-empty lines from the top may hold the
// article's date line; datelineRunes bounds such a line.
const (
	datelineLines = 6
	datelineRunes = 90
)

// datelineDay reads the publication day of an article that came without
// one from a date line near its top: a short line that is one full date
// with its year, perhaps with a label, a weekday, a time or a place
// ("نشر بتاريخ: 12/03/2024"، "الثلاثاء 12 آذار 2024 - 10:45"، "بغداد،
// 2024-03-12"). It returns the day and the line.
func (x *Extractor) datelineDay(text string) (day, line string, ok bool) {
	seen := 0
	for rest := text; rest != "" && seen < datelineLines; {
		l, after, _ := strings.Cut(rest, "\n")
		rest = after
		l = strings.TrimSpace(l)
		if l == "" {
			continue
		}
		seen++
		if utf8.RuneCountInString(l) > datelineRunes {
			continue
		}
		if d, ok := x.dateLine(l); ok {
			return d, l, true
		}
	}
	return "", "", false
}

// dateLine reports a line that is a full date and little else: besides
// the date, at most two words that are neither a label, a weekday, nor a
// time.
func (x *Extractor) dateLine(l string) (string, bool) {
	var best dates.Match
	for _, m := range dates.Find(l, "") {
		if m.Precision == "day" && m.Day != "" && !m.Relative && m.End-m.Start > best.End-best.Start {
			best = m
		}
	}
	if best.Day == "" {
		return "", false
	}
	rs := []rune(l)
	labels := x.rules.Cue(rules.CueDateline)
	other := 0
	for _, t := range arabic.Tokens(string(rs[:best.Start]) + " " + string(rs[best.End:])) {
		if !labels.Has(&t) && hasLetter(t.Surface) {
			other++
		}
	}
	return best.Day, other <= 2
}

func hasLetter(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}
