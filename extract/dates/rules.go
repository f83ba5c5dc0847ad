package dates

import "strings"

// relDay matches أمس, البارحة, أول (من) أمس, أمس الأول, اليوم, الليلة
// (الماضية), each optionally followed by a weekday and an explicit date.
func (s *scanner) relDay(k int) (hit, bool) {
	switch s.cls(k) {
	case cFirst:
		j := k + 1
		if s.cls(j) == cMin {
			j++
		}
		if s.cls(j) != cYesterday {
			return hit{}, false
		}
		return s.offset(j+1, -2), true
	case cYesterday:
		j, off := k+1, -1
		if s.cls(j) == cOrdinal && s.val(j) == 1 && s.cls(j+1) != cMin {
			j, off = j+1, -2 // not "هجوم أمس الأول من نوعه": yesterday's, the first of its kind
		}
		return s.withWeekday(j, off), true
	case cToday:
		if s.isOtherDay(k) || s.nameToday(k) {
			return hit{}, false
		}
		switch s.cls(k + 1) {
		case cOther, cOrdinal, cOrdUnit, cPast, cNext, cCurrent:
			return hit{}, false // اليوم التالي, اليوم الأول: another event's day
		}
		return s.withWeekday(k+1, 0), true
	case cTonight:
		if s.cls(k+1) == cOther || s.isOtherDay(k) {
			return hit{}, false // الليلة نفسها, تلك الليلة: another event's night
		}
		if s.cls(k+1) == cAgo && s.cls(k+2) == cPast {
			return s.offset(k+3, -2), true // الليلة قبل الماضية: the night before last
		}
		if c := s.cls(k + 1); c == cPast || c == cYesterday {
			return s.offset(k+2, -1), true
		}
		return s.offset(k+1, 0), true
	}
	return hit{}, false
}

// isOtherDay reports "ذلك اليوم", "نفس اليوم", "ذات اليوم", "مثل هذا
// اليوم", "تلك الليلة": a day of another event, not the publication day.
func (s *scanner) isOtherDay(k int) bool {
	switch s.stem(k - 1) {
	case "ذلك", "تلك", "نفس", "ذات", "مثل":
		return true
	case "هذا":
		return s.stem(k-2) == "مثل"
	}
	return false
}

// withWeekday extends a relative day by a following weekday name (أمس
// السبت), which confirms rather than moves it, and by an explicit date,
// which wins.
func (s *scanner) withWeekday(j, off int) hit {
	if s.cls(j) == cWeekday {
		j++
	} else if s.isPunct(j, "(") && s.cls(j+1) == cWeekday && s.isPunct(j+2, ")") {
		j += 3 // اليوم (الأحد)
	}
	if h, ok := s.mergeExplicit(j); ok {
		return h
	}
	return s.offset(j, off)
}

// mergeExplicit matches an explicit date right after a weekday:
// "الأحد، 27 حزيران", "الأحد الموافق 2021-06-27".
func (s *scanner) mergeExplicit(j int) (hit, bool) {
	paren := s.isPunct(j, "(")
	if paren || s.isPunct(j, "،,-–") {
		j++
	}
	if s.stem(j) == "الموافق" {
		j++
		if s.stem(j) == "ل" {
			j++ // "الموافق لـ12 نوفمبر"
		}
	}
	h, ok := s.explicit(j)
	if !ok {
		h, ok = s.numeric(j)
	}
	if !ok {
		h, ok = s.hijri(j) // الخميس 4 ربيع الآخر 1445 هـ
	}
	if !ok {
		h, ok = s.dayMonthNumeric(j, prefix{start: j, core: j, fi: true}) // الخميس 19/10
	}
	if !ok {
		h, ok = s.monthDay(j) // الأربعاء 5 الجاري
	}
	if ok && paren && s.isPunct(h.end, ")") {
		h.end++
	}
	return h, ok
}

// weekday matches a weekday name with an optional الماضي; see the package
// doc for ليلة.
func (s *scanner) weekday(k int, p prefix) (hit, bool) {
	if s.cls(k) != cWeekday || !s.isWeekday(k) {
		return hit{}, false
	}
	wd, j := s.val(k), k+1
	past, future, lastWeek := s.cls(j) == cPast, s.cls(j) == cNext, false
	before := s.cls(j) == cAgo && s.cls(j+1) == cPast // الأحد قبل الماضي: a week before الأحد الماضي
	switch {
	case before:
		j, past = j+2, true
	case past || future:
		j++
	default:
		if e, ok := s.ofWeek(j); ok {
			j, lastWeek = e.end, e.past
		}
	}
	if h, ok := s.pairOfWeekdays(j, wd); ok {
		h.end = k + 1 // "يومي الثلاثاء والأربعاء 17 و18 تشرين الأول": Tuesday is the 17th
		return s.namedOn(h, wd), true
	}
	if h, ok := s.mergeExplicit(j); ok {
		if h.hijri && h.known {
			h.day = onWeekday(h.day, wd)
		}
		if h2, ok := s.pairedOn(h, wd); ok {
			return s.namedOn(h2, wd), true // "والأربعاء 17 و18 تشرين الأول": Wednesday is the 18th
		}
		return s.namedOn(h, wd), true
	}
	h := hit{end: j, prec: "day", rel: true}
	shift := 0
	late := s.afterMidnight(p.start)
	if e := s.secondDay(j, wd, p.night); e > j {
		h.end = e // ليلة السبت على الأحد, فجر الأحد-الإثنين: the first day
		if d, ok := s.dawnOf(e, s.val(e-1)); ok {
			h.end, late = d, true // "ليل الأحد - الإثنين، عند الساعة الثانية من فجر الإثنين"
		}
		if late {
			shift = 1 // "بعد منتصف ليل الأحد - الإثنين": already the second day
		}
	} else if p.eve && !late && !s.lateIn(p.start) {
		shift = -1 // "ليلة الأربعاء": the night before Wednesday
	}
	if !past && !future && !lastWeek && !before {
		h.weekday, h.shift = wd+1, shift // placed by anchorWeekdays without a publication day
	}
	if s.hasPub {
		day := lastWeekday(s.pub, wd, past)
		switch {
		case future:
			day = nextWeekday(s.pub, wd)
		case lastWeek:
			day = weekdayOfLastWeek(s.pub, wd)
		}
		if before {
			day = day.AddDate(0, 0, -7)
		}
		h.day, h.known = day.AddDate(0, 0, shift), true
	}
	return h, true
}

// namedOn notes weekday wd on h, a day told with it, when h falls on it.
func (s *scanner) namedOn(h hit, wd int) hit {
	if h.known && int(h.day.Weekday()) == wd {
		h.named = wd + 1
	}
	return h
}

// pairOfWeekdays reads a second weekday ("والأربعاء") at token j, after
// the first, wd, and the two days named right after both: the one of
// them that falls on wd is the first weekday's day.
func (s *scanner) pairOfWeekdays(j, wd int) (hit, bool) {
	if s.cls(j) != cWeekday || !strings.HasPrefix(s.ts[j].key, "و") {
		return hit{}, false
	}
	h, ok := s.mergeExplicit(j + 1)
	if !ok || !h.known {
		return hit{}, false
	}
	if int(h.day.Weekday()) == wd {
		return h, true
	}
	return s.pairedOn(h, wd)
}

// pairedOn is the second of two days named together ("17 و18 تشرين
// الأول") when h, the first, does not fall on weekday wd and the second
// does.
func (s *scanner) pairedOn(h hit, wd int) (hit, bool) {
	k, ok := s.secondOfPair(h.end)
	if !h.known || int(h.day.Weekday()) == wd || !ok {
		return hit{}, false
	}
	h2, ok := s.explicit(k)
	if !ok || !h2.known || int(h2.day.Weekday()) != wd {
		return hit{}, false
	}
	return h2, true
}

// lateIn reports "متأخر من" right before token i: "في وقت متأخر من
// ليلة الأربعاء"، "في ساعة متأخرة من ليلة الأربعاء" are its small hours,
// Wednesday itself, as "late Wednesday night" is in the copy translated.
func (s *scanner) lateIn(i int) bool {
	if s.stem(i-1) != "من" {
		return false
	}
	switch s.stem(i - 2) {
	case "متاخر", "متاخره":
		return true
	}
	return false
}

// afterMidnight reports "بعد منتصف" (بعيد، عقب) right before token i: "بعد
// منتصف ليلة الجمعة" is already Friday, and "بعيد منتصف ليل السبت - الأحد"
// already Sunday, the second day of the night.
func (s *scanner) afterMidnight(i int) bool {
	if s.stem(i-1) != "منتصف" {
		return false
	}
	switch s.stem(i - 2) {
	case "بعد", "بعيد", "عقب":
		return true
	}
	return false
}

// dawnOf reads, within a few words after a night of two days ending at
// token e, the dawn or morning that tells its hour: "ليلة السبت على الأحد،
// قرابة الساعة الثالثة من فجر الأحد" or "... عند الثالثة فجراً". The night
// then happened on its second day, wd; the result is the token after the
// dawn's words.
func (s *scanner) dawnOf(e, wd int) (int, bool) {
	for i := e; i < e+8 && i < len(s.ts); i++ {
		if s.isPunct(i, ".؛:!؟") || s.cls(i) == cWeekday {
			return 0, false
		}
		switch s.stem(i) {
		case "فجر", "صباح", "فجريه", "صبيحه":
			if s.cls(i+1) == cWeekday && s.val(i+1) == wd {
				return i + 2, true
			}
		case "فجرا", "صباحا":
			return i + 1, true
		}
	}
	return 0, false
}

// weekOf is the week a weekday is said to belong to.
type weekOf struct {
	end  int
	past bool
}

// ofWeek matches "من الأسبوع الماضي" (the weekday of the week before
// publication's) and "من هذا الأسبوع" / "من الأسبوع الجاري" after a weekday.
func (s *scanner) ofWeek(j int) (weekOf, bool) {
	if s.cls(j) != cMin {
		return weekOf{}, false
	}
	switch {
	case s.cls(j+1) == cThis && s.cls(j+2) == cTheWeek:
		return weekOf{end: j + 3}, true
	case s.cls(j+1) == cTheWeek && s.cls(j+2) == cCurrent:
		return weekOf{end: j + 3}, true
	case s.cls(j+1) == cTheWeek && s.cls(j+2) == cPast:
		return weekOf{end: j + 3, past: true}, true
	}
	return weekOf{}, false
}

// isWeekday rules out الأحد عشر (eleven) and صلاة الجمعة (the prayer).
func (s *scanner) isWeekday(k int) bool {
	switch s.val(k) {
	case 0:
		return s.cls(k+1) != cTeen
	case 5:
		return s.cls(k-1) != cPrayer
	}
	return true
}

// secondDay matches the second weekday of "ليلة السبت على الأحد",
// "ليلة السبت إلى الأحد", "ليلة السبت-الأحد" after a night word, and of
// "فجر الأحد-الإثنين", "الأحد - الإثنين" (the next day, joined) after any
// other first weekday wd; it returns j when there is none.
func (s *scanner) secondDay(j, wd int, night bool) int {
	e := j
	joined := s.cls(e) == cAla || s.stem(e) == "الي" || s.isPunct(e, "-–/")
	if joined {
		e++
	}
	if s.cls(e) != cWeekday || !night && (!joined || s.val(e) != (wd+1)%7) {
		return j
	}
	return e + 1
}

// dayExpr matches the day of a month: 1..31 in digits or an ordinal word
// (الأول .. الحادي والثلاثين).
func (s *scanner) dayExpr(k int) (day, end int, ok bool) {
	if s.stem(k) == "ال" { // الـ28, but not "الساعات الـ24"
		if s.afterDefiniteNoun(k) {
			return 0, 0, false
		}
		k++
	}
	if n, ok := s.number(k, 2); ok {
		return n, k + 1, n >= 1 && n <= 31
	}
	c := s.cls(k)
	if c != cOrdinal && c != cOrdUnit || s.afterDefiniteNoun(k) {
		return 0, 0, false
	}
	v, j := s.val(k), k+1
	if v < 10 && s.cls(j) == cTeen {
		return v + 10, j + 1, true
	}
	if v < 10 && j < len(s.ts) && s.ts[j].clitics > 0 && strings.HasPrefix(s.ts[j].key, "و") &&
		s.cls(j) == cOrdinal && s.val(j) >= 20 {
		return v + s.val(j), j + 1, v+s.val(j) <= 31
	}
	return v, j, c == cOrdinal
}

// afterDefiniteNoun reports an ordinal that qualifies the noun before it
// ("الأسبوع الأول من الشهر", "النصف الثاني من آذار"), so it is no day.
func (s *scanner) afterDefiniteNoun(k int) bool {
	if k == 0 || s.ts[k-1].kind != kWord {
		return false
	}
	if st := s.stem(k - 1); st == "الموافق" || st == "الموافقه" {
		return false // "الموافق للثاني عشر من نوفمبر": its object, not its adjective
	}
	return s.cls(k-1) != cWeekday && strings.HasPrefix(s.stem(k-1), "ال")
}

// monthName matches one month name, including كانون/تشرين الأول/الثاني.
func (s *scanner) monthName(j int) (m, end int, ambiguous, ok bool) {
	switch s.cls(j) {
	case cMonth:
		return s.val(j), j + 1, false, true
	case cMonthAmb:
		// باب is a door, not ب+آب.
		return s.val(j), j + 1, true, s.ts[j].clitics == 0
	case cMonthHead:
		st := s.stem(j + 1)
		first := st == "الاول" || st == "اول"
		second := st == "الثاني" || st == "ثاني"
		if !first && !second {
			return 0, 0, false, false
		}
		// val 0 is كانون (الأول 12, الثاني 1), val 1 تشرين (10, 11).
		months := [2][2]int{{12, 1}, {10, 11}}[s.val(j)]
		if second {
			return months[1], j + 2, false, true
		}
		return months[0], j + 2, false, true
	}
	return 0, 0, false, false
}

// monthExpr matches a month name with an optional second name of the same
// month: "يونيو/ حزيران", "يونيو (حزيران)", "حزيران - يونيو".
func (s *scanner) monthExpr(j int) (m, end int, ambiguous, ok bool) {
	m, end, ambiguous, ok = s.monthName(j)
	if !ok {
		return 0, 0, false, false
	}
	e := end
	if s.isPunct(e, "/(-–|\\") {
		e++
	}
	if m2, e2, _, ok2 := s.monthName(e); ok2 && m2 == m {
		if s.isPunct(e2, ")") {
			e2++
		}
		return m, e2, false, true
	}
	return m, end, ambiguous, true
}
