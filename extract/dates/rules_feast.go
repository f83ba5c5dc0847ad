package dates

import "time"

// The feasts that name a day: Christmas on 25 December; the two Eids on 1
// Shawwal and 10 Dhu al-Hijjah and Ashura on 10 Muharram, placed by the
// Umm al-Qura calendar as Hijri dates are.
const (
	feastNativity = 1 + iota
	feastFitr
	feastAdha
	feastAshura
)

// feast matches a feast told as the day of an event: "يوم عيد الميلاد"
// (25 December), "في رأس السنة" (1 January), "صباح عيد الفطر" (1 Shawwal),
// "في عيد الأضحى" (10 Dhu al-Hijjah), after في, يوم, ليلة or a part of
// the day, and "أول أيام عيد الأضحى"، "في ثاني أيام عيد الفطر" (the day
// after). ليلة and عشية are its eve ("ليلة رأس السنة" is 31 December).
// Without such words before it the feast is no day: "احتفالات عيد
// الميلاد", "عطلة رأس السنة". A year or a modifier may follow a Gregorian
// feast, as after a month; a Hijri year ("عيد الأضحى 1441 هـ") or a
// Gregorian one ("عيد الفطر عام 2020", the Eid that fell in it) may follow
// an Eid; otherwise a feast is the latest one on or before publication.
func (s *scanner) feast(k int, p prefix) (hit, bool) {
	nth, k2 := s.feastDayOf(k)
	if p.core == p.start && k2 == k {
		return hit{}, false
	}
	m, d, j, hijri, ok := s.feastName(k2)
	if !ok {
		return hit{}, false
	}
	off := nth
	if k2 == k && (p.eve || s.stem(p.core-1) == "عشيه") {
		off = -1
	}
	if hijri {
		if y, end, ok := s.hijriYear(j); ok { // "عيد الأضحى 1441 هـ"
			day, ok := hijriToGregorian(y, m, d)
			return hit{end: end, day: day.AddDate(0, 0, off), known: ok, prec: "day", hijri: true}, ok
		}
		if y, a, end := s.yearExpr(j); a == absolute { // "أول أيام عيد الأضحى عام 2020"
			day, ok := hijriInYear(y, m, d)
			return hit{end: end, day: day.AddDate(0, 0, off), known: ok, prec: "day", hijri: true}, ok
		}
		h := hit{end: j, prec: "day", rel: true, hijri: true}
		if s.hasPub {
			h.day, h.known = s.placeFeast(m, d, off, func(t time.Time) (time.Time, bool) { return placeHijri(t, m, d) })
		}
		return h, true
	}
	y, a, end := s.yearExpr(j)
	h := hit{end: end, prec: "day", rel: a != absolute}
	switch {
	case a == absolute:
		h.day, h.known = validDay(y, m, d)
		h.day = h.day.AddDate(0, 0, off)
	case s.hasPub:
		h.day, h.known = s.placeFeast(m, d, off, func(t time.Time) (time.Time, bool) { return placeDay(t, y, m, d, a) })
	}
	return h, true
}

// hijriInYear is day d of Hijri month m that falls in Gregorian year y,
// the first when two do.
func hijriInYear(y, m, d int) (time.Time, bool) {
	hy := hijriYearOf(time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC))
	for h := hy - 1; h <= hy+1; h++ {
		if t, ok := hijriToGregorian(h, m, d); ok && t.Year() == y {
			return t, true
		}
	}
	return time.Time{}, false
}

// placeFeast places a feast off days from its day (its eve, its second
// day) so that the day itself is on or before publication.
func (s *scanner) placeFeast(m, d, off int, place func(time.Time) (time.Time, bool)) (time.Time, bool) {
	t, ok := place(s.pub.AddDate(0, 0, -off))
	return t.AddDate(0, 0, off), ok
}

// feastDayOf reads "أول أيام"، "ثاني أيام"، "ثالث أيام"، "رابع أيام" at token
// k: the days after the feast's first (0 for none) and the token after.
func (s *scanner) feastDayOf(k int) (int, int) {
	if s.stem(k+1) != "ايام" {
		return 0, k
	}
	switch {
	case s.cls(k) == cFirst:
		return 0, k + 2
	case s.cls(k) == cNth:
		return s.val(k) - 1, k + 2
	}
	return 0, k
}

// feastName reads the name of a feast at token k, "عيد الميلاد (المجيد)",
// "رأس السنة (الميلادية، الجديدة)", "عيد الفطر (المبارك)" or "عيد الأضحى
// (المبارك)", and returns its month and day (Hijri when hijri is set) and
// the token after it. "عيد الميلاد الستين" (a birthday) and "رأس السنة
// الهجرية" are no such name.
func (s *scanner) feastName(k int) (m, d, end int, hijri, ok bool) {
	switch {
	case s.stem(k) == "عيد" && s.cls(k+1) == cFeast:
		end = k + 2
		switch s.val(k + 1) {
		case feastNativity:
			m, d = 12, 25
		case feastFitr:
			m, d, hijri = 10, 1, true
		case feastAdha:
			m, d, hijri = 12, 10, true
		}
		if st := s.stem(end); st == "المجيد" || st == "المبارك" || st == "السعيد" {
			end++
		}
	case s.cls(k) == cFeast && s.val(k) == feastAshura:
		m, d, end, hijri = 1, 10, k+1, true // "يوم عاشوراء": 10 Muharram
	case s.stem(k) == "راس" && s.stem(k+1) == "السنه":
		m, d, end = 1, 1, k+2
		switch s.stem(end) {
		case "الميلاديه", "الجديده":
			end++
		case "الهجريه":
			return 0, 0, 0, false, false
		}
	default:
		return 0, 0, 0, false, false
	}
	if s.cls(end) == cOrdinal || s.stem(end) == "ال" || end < len(s.ts) && s.ts[end].kind == kNum && s.ts[end].digits < 4 {
		return 0, 0, 0, false, false
	}
	return m, d, end, hijri, true
}
