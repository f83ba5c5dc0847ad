package dates

import (
	"strings"
	"time"
)

// hit is one expression found by a rule, in tokens.
type hit struct {
	end   int       // index of the token after the expression
	day   time.Time // valid when known
	known bool
	prec  string
	rel   bool
	hijri bool // a Hijri date, converted: a Gregorian one next to it wins
	// weekday is 1 + the weekday of a bare weekday ("صباح الاثنين"),
	// with no الماضي and no date after it, else 0; anchorWeekdays places
	// it when there is no publication day.
	weekday int
	shift   int // days a night or a dawn moves that weekday
	named   int // 1 + the weekday named with an explicit date ("الأربعاء 18 تشرين الأول"), else 0
}

// prefix is what precedes the core of an expression: في, a part of the day
// (مساء, فجر ...), ليلة/ليل, يوم.
type prefix struct {
	start int  // index of the first token of the prefix
	core  int  // index of the first token after the prefix
	fi    bool // في
	night bool // ليلة or ليل: a second weekday may follow the first
	eve   bool // ليلة: the night before the named day
}

// scanner matches the rules over the tokens of one text.
type scanner struct {
	text   string
	ts     []token
	pub    time.Time
	hasPub bool
	// month is the month of the last known date found so far, for "في
	// العاشر من ذلك الشهر".
	month    time.Time
	hasMonth bool
	// lastYear is the year of the last known Gregorian date found so far, for
	// "في 8 كانون الثاني من ذلك العام".
	lastYear int
	hasYear  bool
	// dayBefore is the day named before the text, when its context gave
	// one, for the weekdays of a text with no publication day.
	dayBefore    time.Time
	hasDayBefore bool
}

func (s *scanner) cls(j int) class {
	if j < 0 || j >= len(s.ts) {
		return cNone
	}
	return s.ts[j].lx.cls
}

func (s *scanner) val(j int) int {
	if j < 0 || j >= len(s.ts) {
		return 0
	}
	return s.ts[j].lx.val
}

func (s *scanner) stem(j int) string {
	if j < 0 || j >= len(s.ts) {
		return ""
	}
	return s.ts[j].stem
}

// isPart reports a word for a part of a month or year: مطلع, منتصف, أواخر,
// أول ...
func (s *scanner) isPart(j int) bool {
	return s.cls(j) == cPart || s.cls(j) == cFirst
}

// isPunct reports whether token j is one of the punctuation runes in set.
func (s *scanner) isPunct(j int, set string) bool {
	return j >= 0 && j < len(s.ts) && s.ts[j].kind == kPunct && strings.Contains(set, s.ts[j].key)
}

// number returns the value of token j when it is a number of at most
// maxDigits digits.
func (s *scanner) number(j, maxDigits int) (int, bool) {
	if j < 0 || j >= len(s.ts) || s.ts[j].kind != kNum || s.ts[j].digits > maxDigits {
		return 0, false
	}
	return s.ts[j].num, true
}

// findAll scans left to right, taking the longest expression at each token.
func (s *scanner) findAll() []Match {
	var out []Match
	var hits []hit
	for i := 0; i < len(s.ts); {
		if !s.mayStart(i) {
			i++
			continue
		}
		h, ok := s.matchAt(i)
		if !ok {
			i++
			continue
		}
		out = append(out, s.toMatch(i, h))
		if !s.hasPub {
			hits = append(hits, h) // for anchorWeekdays
		}
		s.noteMonth(h)
		s.noteYear(h)
		i = h.end
	}
	s.anchorWeekdays(out, hits)
	return out
}

// mayStart reports whether an expression can start at token i. Every rule
// needs at its first token a number, a word of the lexicon (a prefix such
// as في or the core itself) or the "ال" of الـ28, so punctuation and other
// words are skipped without trying the rules.
func (s *scanner) mayStart(i int) bool {
	t := &s.ts[i]
	return t.kind == kNum || t.lx.cls != cNone || t.stem == "ال"
}

// matchAt returns the longest expression that starts at token i.
func (s *scanner) matchAt(i int) (hit, bool) {
	p := s.prefix(i)
	k := p.core
	var best hit
	found := false
	take := func(h hit, ok bool) {
		if ok && (!found || h.end > best.end) {
			best, found = h, true
		}
	}
	take(s.relDay(k))
	take(s.weekday(k, p))
	take(s.explicit(k))
	take(s.monthOnly(k, p))
	take(s.monthRel(k))
	take(s.year(k, p))
	take(s.week(k))
	take(s.ago(k))
	take(s.numeric(k))
	take(s.hijri(k))
	take(s.nightSpan(k, p))
	take(s.dayMonthNumeric(k, p))
	take(s.sameMonth(k, p))
	take(s.feast(k, p))
	if found {
		best = s.companion(best)
	}
	return best, found
}

// prefix reads [في] [part of day | ليلة] [يوم] at token i.
func (s *scanner) prefix(i int) prefix {
	p := prefix{start: i, core: i}
	if s.cls(p.core) == cFi {
		p.fi = true
		p.core++
	}
	switch s.cls(p.core) {
	case cDayPart:
		p.core++
	case cNight:
		p.night, p.eve = true, s.stem(p.core) == "ليله"
		p.core++
	}
	if s.cls(p.core) == cYawm {
		p.core++
	}
	return p
}

// toMatch turns a hit that starts at token i into a Match.
func (s *scanner) toMatch(i int, h hit) Match {
	rs, bs := stemStart(s.text, s.ts[i])
	last := s.ts[h.end-1]
	m := Match{Start: rs, End: last.end, Text: s.text[bs:last.bend], Precision: h.prec, Relative: h.rel, Weekday: h.weekday, Named: h.named}
	if h.known && h.day.Year() >= 1 && h.day.Year() <= 9999 {
		m.Day = h.day.Format(isoDay) // a day counted from 0001-01-01 may leave ISO years
	}
	return m
}

// offset is a day-precision hit off days from publication.
func (s *scanner) offset(end, off int) hit {
	h := hit{end: end, prec: "day", rel: true}
	if s.hasPub {
		h.day, h.known = s.pub.AddDate(0, 0, off), true
	}
	return h
}
