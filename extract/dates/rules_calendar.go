package dates

import (
	"strings"
	"time"
)

// explicit matches day + month (+ year): "29 يونيو/ حزيران 2021",
// "السابع من شهر آذار الماضي", "٢٩ حزيران".
func (s *scanner) explicit(k int) (hit, bool) {
	d, j, ok := s.dayExpr(k)
	if !ok {
		return hit{}, false
	}
	pairEnd := 0
	if e, ok := s.pairedDay(j); ok {
		pairEnd, j = j, e // "يومي 17 و18 تشرين الأول": 17 is of that month too
	}
	if s.cls(j) == cMin {
		j++
	}
	if s.cls(j) == cMonthNoun {
		j++
	}
	m, j, _, ok := s.monthExpr(j)
	if !ok {
		return hit{}, false
	}
	y, a, end := s.yearExpr(j)
	if pairEnd > 0 {
		end = pairEnd // the second day is matched on its own, from "و"
	}
	h := hit{end: end, prec: "day", rel: a != absolute}
	if a == absolute {
		h.day, h.known = validDay(y, m, d)
		return h, h.known
	}
	if _, ok := validDay(2000, m, d); !ok {
		return hit{}, false
	}
	if s.hasPub && a == onOrBefore && s.hasMonth && int(s.month.Month()) == m && s.month.Year() < s.pub.Year() {
		if t, ok := validDay(s.month.Year(), m, d); ok {
			h.day, h.known = t, true // "يعود إلى آذار 2020، حين سقطت صواريخ ... مساء الأربعاء 11 آذار": the month just named, in its year
			return h, true
		}
	}
	if s.hasPub {
		h.day, h.known = placeDay(s.pub, y, m, d, a)
	} else if s.hasMonth && a == onOrBefore {
		h.day, h.known = validDay(s.month.Year(), m, d) // no publication day: "في 20 كانون الثاني 2024 … ففي 23 كانون الثاني" is of that year
	}
	return h, true
}

// pairedDay reads "و18" or "والثامن عشر" at token j, the second of two
// days that share the month named after it; end is the token after it.
func (s *scanner) pairedDay(j int) (end int, ok bool) {
	k, ok := s.secondOfPair(j)
	if !ok {
		return 0, false
	}
	_, e, ok := s.dayExpr(k)
	return e, ok
}

// secondOfPair is the token where the second of two days starts, after
// "و" at token j: j+1 for "و18", j for "والثاني عشر".
func (s *scanner) secondOfPair(j int) (int, bool) {
	switch {
	case j >= len(s.ts) || !strings.HasPrefix(s.ts[j].key, "و"):
		return 0, false
	case s.ts[j].key == "و":
		return j + 1, true
	}
	return j, s.ts[j].clitics > 0 && s.ts[j].kind == kWord
}

// yearExpr reads what follows a month: a year ("2021", "عام 2021", "من
// العام الماضي") or a modifier (الماضي, الجاري, المقبل). Without one the
// anchor is onOrBefore and end is j.
func (s *scanner) yearExpr(j int) (y int, a anchor, end int) {
	e := j
	if s.cls(e) == cMin || s.cls(e) == cFi {
		if end, ok := s.thatYear(e + 1); ok {
			return s.lastYear, s.namedYear(), end // "من ذلك العام": the year named before
		}
	}
	if s.cls(e) == cMin {
		e++
	}
	if s.cls(e) == cThis && s.cls(e+1) == cTheYear {
		return 0, sameYear, e + 2
	}
	if c := s.cls(e); c == cYearNoun || c == cTheYear {
		if y, e2, ok := s.yearNum(e + 1); ok {
			return y, absolute, e2
		}
		if c == cTheYear {
			switch s.cls(e + 1) {
			case cPast:
				return 0, prevYear, e + 2
			case cCurrent:
				return 0, sameYear, e + 2
			case cNext:
				return 0, nextYear, e + 2
			}
		}
	}
	if y, e2, ok := s.yearNum(j); ok {
		return y, absolute, e2
	}
	switch s.cls(j) {
	case cPast:
		return 0, strictBefore, j + 1
	case cCurrent:
		return 0, sameYear, j + 1
	case cNext:
		return 0, after, j + 1
	}
	return 0, onOrBefore, j
}

// yearNum matches a four-digit Gregorian year, with an optional م after it.
func (s *scanner) yearNum(j int) (y, end int, ok bool) {
	if j >= len(s.ts) || s.ts[j].kind != kNum || s.ts[j].digits != 4 {
		return 0, 0, false
	}
	y = s.ts[j].num
	if y < 1900 || y > 2100 {
		return 0, 0, false
	}
	if s.stem(j+1) == "م" {
		return y, j + 2, true
	}
	return y, j + 1, true
}

// monthOnly matches a month without a day: "في آذار 2019", "حزيران
// الماضي", "منتصف شهر آب". An ambiguous name (آب, مارس) needs a year, a
// modifier, شهر, في or a part word around it.
func (s *scanner) monthOnly(k int, p prefix) (hit, bool) {
	e := k
	part := s.isPart(e)
	if part {
		e++
	}
	noun := s.cls(e) == cMonthNoun
	if noun {
		e++
	}
	m, j, ambiguous, ok := s.monthExpr(e)
	if !ok {
		return hit{}, false
	}
	y, a, end := s.yearExpr(j)
	if end == j && ambiguous && !noun && !part && !p.fi {
		return hit{}, false
	}
	h := hit{end: end, prec: "month", rel: a != absolute}
	switch {
	case a == absolute:
		h.day, h.known = validDay(y, m, 1)
		return h, h.known
	case s.hasPub:
		h.day, h.known = placeMonth(s.pub, y, m, a)
	}
	return h, true
}

// monthRel matches the current or a neighbouring month: "في 28 من الشهر
// الماضي" (a day), "منتصف الشهر الجاري", "الشهر الماضي" (a month).
func (s *scanner) monthRel(k int) (hit, bool) {
	if h, ok := s.monthDay(k); ok {
		return h, true
	}
	e := k
	part := s.isPart(e)
	if part {
		e++
	}
	if s.cls(e) == cTheMonth && s.hasMonth {
		switch s.stem(e + 1) {
		case "التالي", "اللاحق":
			// "وفي الشهر التالي": the month after the one named before
			return hit{end: e + 2, prec: "month", day: s.month.AddDate(0, 1, 0), known: true}, true
		}
	}
	delta, end, ok := s.theMonth(e, part)
	if !ok {
		return hit{}, false
	}
	h := hit{end: end, prec: "month", rel: true}
	if s.hasPub {
		h.day, h.known = monthStart(s.pub, delta), true
	}
	return h, true
}

// monthDay matches a day of the current or a neighbouring month: "28 من
// الشهر الماضي", "17 الشهر الماضي", and the journalistic "في 5 الجاري"
// (this month) and "في 28 الماضي" (last month).
func (s *scanner) monthDay(k int) (hit, bool) {
	d, j, ok := s.dayExpr(k)
	if !ok {
		return hit{}, false
	}
	if s.cls(j) == cMin {
		if _, same := s.thatMonth(j + 1); same {
			return s.sameMonth(k, prefix{start: k, core: k}) // "الخميس الخامس من الشهر نفسه"
		}
		j++
	}
	delta, end, ok := s.theMonth(j, true)
	switch {
	case ok:
	case s.cls(j) == cCurrent && masculine(s.stem(j)):
		delta, end = 0, j+1
	case s.cls(j) == cPast && masculine(s.stem(j)):
		delta, end = -1, j+1
	default:
		return hit{}, false
	}
	h := hit{end: end, prec: "day", rel: true}
	if s.hasPub {
		ms := monthStart(s.pub, delta)
		h.day, h.known = validDay(ms.Year(), int(ms.Month()), d)
	}
	return h, true
}

// masculine reports a modifier that can agree with an implied اليوم/الشهر;
// "الماضية" agrees with another noun ("الساعات الـ24 الماضية").
func masculine(w string) bool {
	return !strings.HasSuffix(w, "ه")
}

// theMonth matches "الشهر الماضي/الجاري/المقبل" and "هذا الشهر"; a bare
// "الشهر" counts (as the current month) only when bare is set.
func (s *scanner) theMonth(j int, bare bool) (delta, end int, ok bool) {
	if s.cls(j) == cThis && s.cls(j+1) == cTheMonth {
		return 0, j + 2, true
	}
	if s.cls(j) != cTheMonth {
		return 0, 0, false
	}
	switch s.cls(j + 1) {
	case cPast:
		return -1, j + 2, true
	case cCurrent:
		return 0, j + 2, true
	case cNext:
		return 1, j + 2, true
	}
	return 0, j + 1, bare
}

// year matches "عام 2017", "سنة 2017", "العام الماضي", "هذا العام",
// "مطلع العام الجاري" and "في 2019" (only before punctuation or the end).
func (s *scanner) year(k int, p prefix) (hit, bool) {
	e := k
	part := s.isPart(e)
	if part {
		e++
	}
	h := hit{prec: "year", rel: true}
	delta := 0
	switch c := s.cls(e); {
	case c == cThis && s.cls(e+1) == cTheYear:
		h.end = e + 2
	case c == cYearNoun || c == cTheYear:
		if y, end, ok := s.yearNum(e + 1); ok {
			return s.absYear(y, end)
		}
		if c != cTheYear {
			return hit{}, false
		}
		switch s.cls(e + 1) {
		case cPast:
			delta = -1
		case cCurrent:
		case cNext:
			delta = 1
		default:
			if !part {
				return hit{}, false
			}
			e-- // "مطلع العام": this year
		}
		h.end = e + 2
	case part: // أواخر 2019
		if y, end, ok := s.yearNum(e); ok {
			return s.absYear(y, end)
		}
		return hit{}, false
	case p.fi && e == k:
		y, end, ok := s.yearNum(k)
		if !ok || (end < len(s.ts) && s.ts[end].kind != kPunct) {
			return hit{}, false
		}
		return s.absYear(y, end)
	default:
		return hit{}, false
	}
	if s.hasPub {
		h.day, h.known = time.Date(s.pub.Year()+delta, 1, 1, 0, 0, 0, 0, time.UTC), true
	}
	return h, true
}

// absYear is a year-precision hit for year y.
func (s *scanner) absYear(y, end int) (hit, bool) {
	d, ok := validDay(y, 1, 1)
	return hit{end: end, day: d, known: ok, prec: "year"}, ok
}

// week matches "الأسبوع الماضي", "هذا الأسبوع", "مطلع الأسبوع الجاري": a
// week is not a day, so Day stays empty and Precision is "week".
func (s *scanner) week(k int) (hit, bool) {
	e := k
	if s.isPart(e) {
		e++
	}
	switch {
	case s.cls(e) == cThis && s.cls(e+1) == cTheWeek:
	case s.cls(e) == cTheWeek && (s.cls(e+1) == cPast || s.cls(e+1) == cCurrent || s.cls(e+1) == cNext):
	case s.cls(e) == cTheWeek && e > k: // مطلع الأسبوع
		return hit{end: e + 1, prec: "week", rel: true}, true
	default:
		return hit{}, false
	}
	return hit{end: e + 2, prec: "week", rel: true}, true
}

// ago matches "قبل يومين", "منذ ثلاثة أيام", "قبل 5 أيام", "قبل أسبوع",
// "قبل 48 ساعة" (whole days of hours);
// "قبل أيام" is a match without a day, and "قبل يومين (فقط) من الهجوم"
// counts from another event, so it is no match.
func (s *scanner) ago(k int) (hit, bool) {
	if s.cls(k) != cAgo {
		return hit{}, false
	}
	j := k + 1
	if s.cls(j) == cAbout {
		j++
	}
	days, end := s.agoAmount(j)
	if end == 0 || s.cls(end) == cMin || s.cls(end+1) == cMin && s.stem(end) == "فقط" || s.cls(j) == cYawm && s.namesDay(end) {
		return hit{}, false // "منذ يوم الجمعة", "قبل يوم 7 أكتوبر": since a day, not a day ago
	}
	if days == 0 {
		return hit{end: end, prec: "day", rel: true}, true
	}
	return s.offset(end, -days), true
}

// namesDay reports a word at j that names the day يوم stands for: a
// weekday, أمس, اليوم or a number.
func (s *scanner) namesDay(j int) bool {
	switch s.cls(j) {
	case cWeekday, cYesterday, cToday, cOrdinal:
		return true
	}
	return j < len(s.ts) && s.ts[j].kind == kNum
}

// agoAmount reads the amount after قبل/منذ in days (0: unknown); end is 0
// when there is no amount.
func (s *scanner) agoAmount(j int) (days, end int) {
	switch c := s.cls(j); c {
	case cYawm, cDay2, cWeek1, cWeek2:
		return s.val(j), j + 1
	case cDays:
		return 0, j + 1
	case cFew:
		if n := s.cls(j + 1); n == cDays || n == cWeeks {
			return 0, j + 2
		}
		return 0, 0
	}
	n, ok := s.number(j, 2)
	if s.cls(j) == cCount {
		n, ok = s.val(j), true
	}
	if !ok || n == 0 {
		return 0, 0
	}
	switch s.cls(j + 1) {
	case cDays, cYawm:
		return n, j + 2
	case cWeeks, cWeek1:
		return 7 * n, j + 2
	}
	if st := s.stem(j + 1); (st == "ساعه" || st == "ساعات") && n%24 == 0 {
		return n / 24, j + 2 // قبل 48 ساعة: two days
	}
	return 0, 0
}

// numeric matches 2021-06-28, 28/6/2021, 28-06-2021, 28.6.2021 written
// without spaces (slashes may have spaces around them). Day-first is preferred; month-first is used only when the
// day-first reading is impossible. A year from 1300 to 1600 is Hijri (1445/4/4 هـ).
func (s *scanner) numeric(k int) (hit, bool) {
	if k+4 >= len(s.ts) {
		return hit{}, false
	}
	t := s.ts[k : k+5]
	if !s.isPunct(k+1, "/-.") || t[1].key != t[3].key {
		return hit{}, false
	}
	spaced := t[1].key == "/" // "7 / 1 / 2021"; a spaced dash is a range
	for i := 0; i < 5; i++ {
		if (i%2 == 0) != (t[i].kind == kNum) || (i > 0 && !spaced && t[i-1].end != t[i].start) {
			return hit{}, false
		}
	}
	var y, m, d int
	switch {
	case t[0].digits == 4 && t[2].digits <= 2 && t[4].digits <= 2:
		y, m, d = t[0].num, t[2].num, t[4].num
	case t[4].digits == 4 && t[0].digits <= 2 && t[2].digits <= 2:
		y, m, d = t[4].num, t[2].num, t[0].num
		if m > 12 && d <= 12 {
			m, d = d, m
		}
	default:
		return hit{}, false
	}
	if y >= 1300 && y <= 1600 { // 1445/4/4 هـ: a Hijri year
		if m > 12 {
			return hit{}, false
		}
		day, ok := hijriToGregorian(y, m, d)
		return hit{end: s.hijriMark(k + 5), day: day, known: ok, prec: "day", hijri: true}, ok
	}
	if y < 1800 {
		return hit{}, false
	}
	day, ok := validDay(y, m, d)
	return hit{end: k + 5, day: day, known: ok, prec: "day"}, ok
}

// nightSpan matches a night between two days of a month, "ليلة 18 على 19
// تشرين الأول", "ليلة 18-19 الجاري": the night began on the first day.
func (s *scanner) nightSpan(k int, p prefix) (hit, bool) {
	if !p.night {
		return hit{}, false
	}
	d1, j, ok := s.dayExpr(k)
	if !ok || !(s.cls(j) == cAla || s.stem(j) == "الي" || s.isPunct(j, "-–/")) {
		return hit{}, false
	}
	d2, _, ok := s.dayExpr(j + 1)
	if !ok || d2 != d1+1 {
		return hit{}, false
	}
	h, ok := s.explicit(j + 1)
	if !ok {
		h, ok = s.monthDay(j + 1)
	}
	if ok && h.known {
		h.day = h.day.AddDate(0, 0, -1)
	}
	return h, ok
}

// dayMonthNumeric matches a day and month in digits without a year, "19/10",
// after في, يوم, بتاريخ or a weekday, or before الجاري/الماضي: the latest
// such day on or before publication (in its month with الجاري, strictly
// before with الماضي).
func (s *scanner) dayMonthNumeric(k int, p prefix) (hit, bool) {
	if k+2 >= len(s.ts) || !s.isPunct(k+1, "/") {
		return hit{}, false
	}
	t := s.ts[k : k+3]
	if t[0].kind != kNum || t[2].kind != kNum || t[0].digits > 2 || t[2].digits > 2 ||
		t[0].end != t[1].start || t[1].end != t[2].start || s.isPunct(k+3, "/") {
		return hit{}, false
	}
	d, m := t[0].num, t[2].num
	if _, ok := validDay(2000, m, d); !ok {
		return hit{}, false
	}
	end, a := k+3, onOrBefore
	switch s.cls(end) {
	case cCurrent:
		end, a = end+1, sameYear
	case cPast:
		end, a = end+1, strictBefore
	default:
		if !p.fi && p.core == p.start && s.stem(k-1) != "بتاريخ" {
			return hit{}, false // 3/4 of the members: a fraction, not a day
		}
	}
	h := hit{end: end, prec: "day", rel: true}
	if s.hasPub {
		h.day, h.known = placeDay(s.pub, 0, m, d, a)
	}
	return h, true
}
