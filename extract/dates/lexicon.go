package dates

// class is the role a folded word can play in a date expression.
type class uint8

const (
	cNone      class = iota
	cWeekday         // الأحد .. السبت; val 0 (Sunday) .. 6
	cMonth           // an unambiguous month name; val 1..12
	cMonthAmb        // a month name that is also a common word (آب, مارس, ماي, جوان)
	cMonthHead       // كانون (val 0) or تشرين (val 1), completed by الأول/الثاني
	cOrdinal         // الأول .. العاشر, العشرين, الثلاثين; val is the number
	cOrdUnit         // الحادي, الواحد: only inside a compound ordinal
	cTeen            // عشر, as in الحادي عشر
	cYesterday       // أمس, البارحة
	cToday           // اليوم
	cTonight         // الليلة
	cDayPart         // فجر, صباح, ظهر, عصر, مساء ...: does not move the day
	cNight           // ليلة, ليل: the evening before the named weekday
	cYawm            // يوم, يوماً
	cPast            // الماضي, المنصرم, الفائت, السابق (and feminine)
	cCurrent         // الجاري, الحالي
	cNext            // المقبل, القادم
	cTheMonth        // الشهر
	cMonthNoun       // شهر
	cTheWeek         // الأسبوع
	cTheYear         // العام, السنة
	cYearNoun        // عام, سنة
	cMin             // من
	cFi              // في
	cAgo             // قبل, منذ
	cDay2            // يومين
	cDays            // أيام
	cWeek1           // أسبوع
	cWeek2           // أسبوعين
	cWeeks           // أسابيع
	cCount           // ثلاثة .. عشرة; val is the number
	cPart            // مطلع, منتصف, أواخر, صيف ...: a part of a month or year
	cFirst           // أول, as in أول أمس
	cThis            // هذا, هذه
	cAla             // على, as in ليلة السبت على الأحد
	cOther           // التالي, نفسه, ذاتها: اليوم, الليلة relative to another event
	cFew             // بضعة, عدة
	cPrayer          // صلاة, خطبة: الجمعة after them is the prayer, not a day
	cAbout           // نحو, حوالي: an approximate count
	cHijri           // a one-word Hijri month: محرم .. شوال; val 1..12
	cHijriHead       // ربيع (val 3), جمادى (5), ذو/ذي (11): completed by the next word
	cFeast           // الميلاد (val 1), الفطر (2), الأضحى (3), as in عيد الميلاد; عاشوراء (4) alone
	cNth             // ثاني, ثالث, رابع: as in ثاني أيام عيد الفطر; val is the number
)

// lex is what classify knows about one word.
type lex struct {
	cls class
	val int
}

// classify looks up one folded word (no diacritics, أإآ→ا, ى→ي, ة→ه).
// It is a switch rather than a map so that the table is constant.
func classify(w string) lex {
	if l := classifyCalendar(w); l.cls != cNone {
		return l
	}
	return classifyRelative(w)
}

// classifyCalendar knows weekday and month names and ordinals.
func classifyCalendar(w string) lex {
	switch w {
	case "الاحد":
		return lex{cWeekday, 0}
	case "الاثنين", "الاتنين":
		return lex{cWeekday, 1}
	case "الثلاثاء", "الثلثاء":
		return lex{cWeekday, 2}
	case "الاربعاء":
		return lex{cWeekday, 3}
	case "الخميس":
		return lex{cWeekday, 4}
	case "الجمعه":
		return lex{cWeekday, 5}
	case "السبت":
		return lex{cWeekday, 6}
	case "كانون":
		return lex{cMonthHead, 0}
	case "تشرين":
		return lex{cMonthHead, 1}
	case "اب", "مارس", "ماي", "جوان":
		return lex{cMonthAmb, monthNumber(w)}
	}
	if m := monthNumber(w); m > 0 {
		return lex{cMonth, m}
	}
	if l := classifyHijri(w); l.cls != cNone {
		return l
	}
	if n := ordinalNumber(w); n > 0 {
		return lex{cOrdinal, n}
	}
	switch w {
	case "الحادي", "الواحد":
		return lex{cOrdUnit, 1}
	case "عشر":
		return lex{cTeen, 10}
	}
	return lex{}
}

// monthNumber knows the Egyptian/Gulf, Levantine/Iraqi and Maghrebi names
// of the Gregorian months (the one-word ones; كانون and تشرين take two).
func monthNumber(w string) int {
	switch w {
	case "يناير", "جانفي", "جانفييه":
		return 1
	case "فبراير", "فيفري", "شباط":
		return 2
	case "مارس", "اذار":
		return 3
	case "ابريل", "افريل", "نيسان":
		return 4
	case "مايو", "ايار", "ماي":
		return 5
	case "يونيو", "يونيه", "حزيران", "جوان":
		return 6
	case "يوليو", "يوليه", "تموز", "جويليه", "يوليوز":
		return 7
	case "اغسطس", "اب", "اوت", "غشت":
		return 8
	case "سبتمبر", "ايلول", "شتنبر":
		return 9
	case "اكتوبر":
		return 10
	case "نوفمبر", "نونبر":
		return 11
	case "ديسمبر", "دجنبر":
		return 12
	}
	return 0
}

// ordinalNumber knows the masculine ordinals used for days of a month,
// and the Maghrebi "فاتح نونبر" / "الفاتح من نوفمبر" (the first).
func ordinalNumber(w string) int {
	switch w {
	case "الاول", "فاتح", "الفاتح":
		return 1
	case "الثاني":
		return 2
	case "الثالث":
		return 3
	case "الرابع":
		return 4
	case "الخامس":
		return 5
	case "السادس":
		return 6
	case "السابع":
		return 7
	case "الثامن":
		return 8
	case "التاسع":
		return 9
	case "العاشر":
		return 10
	case "العشرين":
		return 20
	case "الثلاثين":
		return 30
	}
	return 0
}

// classifyRelative knows the words of relative expressions.
func classifyRelative(w string) lex {
	switch w {
	case "امس", "الامس", "البارحه":
		return lex{cYesterday, 0}
	case "اليوم":
		return lex{cToday, 0}
	case "الليله":
		return lex{cTonight, 0}
	case "فجر", "صباح", "ظهر", "ظهيره", "عصر", "مساء", "نهار", "ضحي", "صبيحه", "عشيه", "فجريه", "امسيه":
		return lex{cDayPart, 0}
	case "ليله", "ليل":
		return lex{cNight, 0}
	case "يوم", "يوما":
		return lex{cYawm, 1}
	case "الماضي", "الماضيه", "المنصرم", "المنصرمه", "الفائت", "الفائته", "الفايت", "السابق", "السابقه":
		return lex{cPast, 0}
	case "الجاري", "الجاريه", "الحالي", "الحاليه":
		return lex{cCurrent, 0}
	case "المقبل", "المقبله", "القادم", "القادمه":
		return lex{cNext, 0}
	case "الشهر":
		return lex{cTheMonth, 0}
	case "شهر":
		return lex{cMonthNoun, 0}
	case "الاسبوع":
		return lex{cTheWeek, 0}
	case "العام", "السنه":
		return lex{cTheYear, 0}
	case "عام", "سنه":
		return lex{cYearNoun, 0}
	case "الميلاد":
		return lex{cFeast, feastNativity}
	case "الفطر":
		return lex{cFeast, feastFitr}
	case "الاضحي":
		return lex{cFeast, feastAdha}
	case "عاشوراء", "عاشورا":
		return lex{cFeast, feastAshura}
	}
	return classifyFunction(w)
}

// classifyFunction knows the small words that glue expressions together.
func classifyFunction(w string) lex {
	switch w {
	case "من":
		return lex{cMin, 0}
	case "في":
		return lex{cFi, 0}
	case "قبل", "منذ":
		return lex{cAgo, 0}
	case "يومين":
		return lex{cDay2, 2}
	case "ايام":
		return lex{cDays, 0}
	case "اسبوع", "اسبوعا":
		return lex{cWeek1, 7}
	case "اسبوعين":
		return lex{cWeek2, 14}
	case "اسابيع":
		return lex{cWeeks, 7}
	case "مطلع", "منتصف", "اواسط", "اوائل", "اواخر", "نهايه", "بدايه", "اخر", "اوسط", "صيف", "شتاء", "خريف":
		return lex{cPart, 0}
	case "اول":
		return lex{cFirst, 0}
	case "هذا", "هذه":
		return lex{cThis, 0}
	case "علي":
		return lex{cAla, 0}
	case "التالي", "التاليه", "نفسه", "ذاته", "عينه", "نفسها", "ذاتها", "عينها":
		return lex{cOther, 0}
	case "ثاني", "ثالث", "رابع":
		return lex{cNth, countNth(w)}
	case "بضعه", "بضع", "عده":
		return lex{cFew, 0}
	case "صلاه", "خطبه", "خطيب", "صلوات":
		return lex{cPrayer, 0}
	case "نحو", "حوالي", "قرابه", "زهاء":
		return lex{cAbout, 0}
	}
	if n := countNumber(w); n > 0 {
		return lex{cCount, n}
	}
	return lex{}
}

// countNumber knows the cardinal words that count days or weeks.
func countNumber(w string) int {
	switch w {
	case "ثلاثه", "ثلاث":
		return 3
	case "اربعه", "اربع":
		return 4
	case "خمسه", "خمس":
		return 5
	case "سته", "ست":
		return 6
	case "سبعه", "سبع":
		return 7
	case "ثمانيه", "ثماني":
		return 8
	case "تسعه", "تسع":
		return 9
	case "عشره":
		return 10
	}
	return 0
}

// isTrigger reports classes that can anchor a date expression: a text
// without any of them (and without digits) holds no date.
func isTrigger(c class) bool {
	switch c {
	case cWeekday, cMonth, cMonthAmb, cMonthHead, cYesterday, cToday, cTonight,
		cTheMonth, cTheWeek, cTheYear, cYearNoun, cDay2, cDays, cWeek1, cWeek2, cWeeks, cFeast, cHijri, cHijriHead:
		return true
	}
	return false
}

// classifyHijri knows the names of the Hijri months.
func classifyHijri(w string) lex {
	switch w {
	case "محرم", "المحرم":
		return lex{cHijri, 1}
	case "صفر":
		return lex{cHijri, 2}
	case "ربيع":
		return lex{cHijriHead, 3}
	case "جمادي":
		return lex{cHijriHead, 5}
	case "رجب":
		return lex{cHijri, 7}
	case "شعبان":
		return lex{cHijri, 8}
	case "رمضان":
		return lex{cHijri, 9}
	case "شوال":
		return lex{cHijri, 10}
	case "ذو", "ذي":
		return lex{cHijriHead, 11}
	}
	return lex{}
}

// countNth is the number of an indefinite ordinal: ثاني 2, ثالث 3, رابع 4.
func countNth(w string) int {
	switch w {
	case "ثاني":
		return 2
	case "ثالث":
		return 3
	}
	return 4
}
