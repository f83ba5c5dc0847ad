package dates

import (
	"time"

	"github.com/hablullah/go-hijri"
)

// Hijri dates. Outlets in the Gulf and Iraq write the Hijri day first and
// the Gregorian one after الموافق ("الخميس 4 ربيع الآخر 1445 هـ الموافق 19
// تشرين الأول 2023"); the Gregorian day then wins, because the calendars
// in use (Umm al-Qura, moon sighting in Iraq) may differ by a day. A Hijri
// date alone is converted by the Umm al-Qura calendar, moved to the weekday
// named before it when that is at most two days away.

// hijriEpoch is the Julian day number of 1 Muharram 1 AH (16 July 622,
// Julian), the civil epoch of the tabular calendar.
const hijriEpoch = 1948440

// unixJDN is the Julian day number of 1970-01-01.
const unixJDN = 2440588

// Years that the Umm al-Qura tables of go-hijri cover (its lunations run
// from 1356 to 1500 AH); outside them the tabular calendar is used.
const (
	firstUmmAlQura = 1357
	lastUmmAlQura  = 1499
)

// hijriToGregorian converts day d of month m of Hijri year y: by the Umm
// al-Qura calendar (Saudi Arabia's, followed by most outlets) for the years
// it covers, else by the tabular Islamic calendar. Day 30 of a 29-day month
// is the first of the next month.
func hijriToGregorian(y, m, d int) (time.Time, bool) {
	if y < 1 || y > 9000 || m < 1 || m > 12 || d < 1 || d > 30 {
		return time.Time{}, false
	}
	if y >= firstUmmAlQura && y <= lastUmmAlQura {
		g := hijri.UmmAlQuraDate{Year: int64(y), Month: int64(m), Day: int64(d)}.ToGregorian().UTC()
		return time.Date(g.Year(), g.Month(), g.Day(), 0, 0, 0, 0, time.UTC), true
	}
	return tabularToGregorian(y, m, d), true
}

// tabularToGregorian converts by the tabular Islamic calendar (30-year
// cycle, leap years 2, 5, 7, 10, 13, 16, 18, 21, 24, 26, 29).
func tabularToGregorian(y, m, d int) time.Time {
	jd := d + (59*(m-1)+1)/2 + (y-1)*354 + (3+11*y)/30 + hijriEpoch - 1
	return time.Unix(0, 0).UTC().AddDate(0, 0, jd-unixJDN)
}

// hijriYearOf is the tabular Hijri year in which day t falls.
func hijriYearOf(t time.Time) int {
	jd := int(t.Unix()/86400) + unixJDN
	return (30*(jd-hijriEpoch) + 10646) / 10631
}

// hijri matches a day of a Hijri month: "4 ربيع الآخر 1445 هـ", "الخامس
// عشر من شعبان 1445 للهجرة", "27 رمضان 1444هـ". Without a year the month
// must be one that is no common word (not صفر, رجب, محرم) unless من
// joins it to the day ("العاشر من محرم"), and the day is the latest one
// on or before publication.
func (s *scanner) hijri(k int) (hit, bool) {
	d, j, ok := s.dayExpr(k)
	if !ok || d > 30 {
		return hit{}, false
	}
	of := s.cls(j) == cMin
	if of {
		j++
	}
	if s.cls(j) == cMonthNoun {
		j++
	}
	m, j, sure, ok := s.hijriMonth(j)
	if !ok {
		return hit{}, false
	}
	if y, end, ok := s.hijriYear(j); ok {
		day, ok := hijriToGregorian(y, m, d)
		return hit{end: end, day: day, known: ok, prec: "day", hijri: true}, ok
	}
	if !sure && !of {
		return hit{}, false
	}
	h := hit{end: j, prec: "day", rel: true, hijri: true}
	if s.hasPub {
		h.day, h.known = placeHijri(s.pub, m, d)
	}
	return h, true
}

// placeHijri is day d of Hijri month m in the latest year that puts it on
// or before pub.
func placeHijri(pub time.Time, m, d int) (time.Time, bool) {
	hy := hijriYearOf(pub)
	for y := hy + 1; y >= hy-1; y-- {
		if t, ok := hijriToGregorian(y, m, d); ok && !t.After(pub) {
			return t, true
		}
	}
	return time.Time{}, false
}

// hijriMonth matches a Hijri month name, the two-word ones (ربيع الأول,
// جمادى الآخرة, ذو القعدة) included; sure is false for the names that are
// also common words (صفر zero, رجب, محرم forbidden).
func (s *scanner) hijriMonth(j int) (m, end int, sure, ok bool) {
	switch s.cls(j) {
	case cHijri:
		v := s.val(j)
		return v, j + 1, v != 1 && v != 2 && v != 7, true
	case cHijriHead:
		v := s.val(j)
		n := hijriSecond(v, s.stem(j+1))
		return n, j + 2, true, n > 0
	}
	return 0, 0, false, false
}

// hijriSecond completes a two-word Hijri month whose head has value v
// (3 ربيع, 5 جمادى, 11 ذو/ذي) by its second word w; 0 when w does not.
func hijriSecond(v int, w string) int {
	switch v {
	case 3, 5:
		switch w {
		case "الاول", "الاولي", "اول":
			return v
		case "الاخر", "الاخره", "الثاني", "الثانيه", "اخر", "ثاني":
			return v + 1
		}
	case 11:
		switch w {
		case "القعده":
			return 11
		case "الحجه":
			return 12
		}
	}
	return 0
}

// hijriYear matches a Hijri year after the month: "1445", "عام 1445",
// "1445 هـ", "1445 للهجرة". Three or four digits between 1300 and 1600.
func (s *scanner) hijriYear(j int) (y, end int, ok bool) {
	if c := s.cls(j); c == cYearNoun || c == cTheYear {
		j++
	}
	if j >= len(s.ts) || s.ts[j].kind != kNum || s.ts[j].digits < 3 || s.ts[j].digits > 4 {
		return 0, 0, false
	}
	y = s.ts[j].num
	if y < 1300 || y > 1600 {
		return 0, 0, false
	}
	return y, s.hijriMark(j + 1), true
}

// hijriMark returns the index after the Hijri era mark at j (هـ, هجري,
// للهجرة), or j when there is none.
func (s *scanner) hijriMark(j int) int {
	if j >= len(s.ts) || s.ts[j].kind != kWord {
		return j
	}
	switch s.ts[j].key {
	case "ه", "هجري", "هجريه", "الهجري", "الهجريه", "للهجره", "هجريا":
		return j + 1
	}
	return j
}

// onWeekday moves day t to the day with weekday wd at most two days away,
// when there is one: the weekday a writer names settles the uncertainty of
// the arithmetic Hijri calendar.
func onWeekday(t time.Time, wd int) time.Time {
	diff := (wd - int(t.Weekday()) + 7) % 7
	if diff > 3 {
		diff -= 7
	}
	if diff < -2 || diff > 2 {
		return t
	}
	return t.AddDate(0, 0, diff)
}

// companion extends a day by the same day in the other calendar written
// after it: "4 ربيع الآخر 1445 هـ الموافق 19 تشرين الأول 2023", "19 تشرين
// الأول 2023 (4 ربيع الآخر 1445 هـ)", "19/10/2023 م - 4/4/1445 هـ". The
// Gregorian day wins.
func (s *scanner) companion(h hit) hit {
	if h.prec != "day" {
		return h
	}
	j := h.end
	paren := s.isPunct(j, "(")
	linked := paren || s.isPunct(j, "،,-–/")
	if linked {
		j++
	}
	if w := s.stem(j); w == "الموافق" || w == "الموافقه" || w == "وفق" {
		j, linked = j+1, true
		if s.stem(j) == "ل" {
			j++ // "الموافق لـ19 تشرين الأول"
		}
	}
	if !linked {
		return h
	}
	var c hit
	var ok bool
	if h.hijri {
		if c, ok = s.explicit(j); !ok {
			c, ok = s.numeric(j)
		}
		ok = ok && !c.hijri
	} else if c, ok = s.hijri(j); !ok {
		c, ok = s.numeric(j)
		ok = ok && c.hijri
	}
	if !ok {
		return h
	}
	if paren && s.isPunct(c.end, ")") {
		c.end++
	}
	if h.hijri {
		return c
	}
	h.end = c.end
	return h
}
