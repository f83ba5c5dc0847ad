package dates

import "time"

// sameMonth matches a day of the month named before it in the text: "في
// العاشر من ذلك الشهر"، "في 12 من الشهر نفسه"، "الخامس من الشهر ذاته"،
// "الثالث من نفس الشهر". Reports often name a month once ("منذ كانون
// الأول 2024 ...") and then a day in it. With no month before, the day
// is unknown.
//
// "في 18 منه" and "يوم الثامن عشر منه" (of it) are a day of the month
// named before only after في or يوم, and only when one was named: "الثاني
// منه" alone is as often the second of anything.
func (s *scanner) sameMonth(k int, p prefix) (hit, bool) {
	d, j, ok := s.dayExpr(k)
	if !ok {
		return hit{}, false
	}
	var end int
	switch {
	case s.stem(j) == "منه" && s.hasMonth && (p.fi || s.cls(k-1) == cYawm):
		end = j + 1
	case s.cls(j) != cMin:
		return hit{}, false
	default:
		if end, ok = s.thatMonth(j + 1); !ok {
			return hit{}, false
		}
	}
	h := hit{end: end, prec: "day"}
	if s.hasMonth {
		h.day, h.known = validDay(s.month.Year(), int(s.month.Month()), d)
	}
	return h, true
}

// thatMonth reads "ذلك الشهر"، "ذات الشهر"، "نفس الشهر"، "الشهر نفسه"،
// "الشهر ذاته" or "الشهر عينه" at token j and returns the token after it.
func (s *scanner) thatMonth(j int) (int, bool) {
	switch s.stem(j) {
	case "ذلك", "ذات", "نفس":
		return j + 2, s.cls(j+1) == cTheMonth
	}
	if s.cls(j) != cTheMonth {
		return 0, false
	}
	switch s.stem(j + 1) {
	case "نفسه", "ذاته", "عينه":
		return j + 2, true
	}
	return 0, false
}

// noteMonth keeps the month of a known Gregorian hit for a later "من ذلك
// الشهر".
func (s *scanner) noteMonth(h hit) {
	if !h.known || h.hijri || h.prec != "day" && h.prec != "month" {
		return
	}
	s.month = time.Date(h.day.Year(), h.day.Month(), 1, 0, 0, 0, 0, time.UTC)
	s.hasMonth = true
}

// noteYear keeps the year of a known Gregorian hit for a later "من ذلك
// العام".
func (s *scanner) noteYear(h hit) {
	if !h.known || h.hijri || h.prec == "week" {
		return
	}
	s.lastYear, s.hasYear = h.day.Year(), true
}

// thatYear reads "ذلك العام"، "تلك السنة"، "ذات العام"، "نفس العام"، "العام
// نفسه"، "السنة ذاتها"، "العام عينه" or "العام المذكور" at token j and returns
// the token after it.
func (s *scanner) thatYear(j int) (int, bool) {
	switch s.stem(j) {
	case "ذلك", "تلك", "ذات", "نفس":
		return j + 2, s.cls(j+1) == cTheYear
	}
	if s.cls(j) != cTheYear {
		return 0, false
	}
	switch s.stem(j + 1) {
	case "نفسه", "نفسها", "ذاته", "ذاتها", "عينه", "عينها", "المذكور", "المذكوره":
		return j + 2, true
	}
	return 0, false
}

// namedYear is the anchor of "من ذلك العام": the year named before, or no
// year when the text named none.
func (s *scanner) namedYear() anchor {
	if s.hasYear {
		return absolute
	}
	return unknownYear
}
