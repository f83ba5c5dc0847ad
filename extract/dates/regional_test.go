package dates

import "testing"

// TestFindRegionalMonths covers the Moroccan (نونبر، شتنبر، دجنبر، يوليوز،
// غشت، ماي، يونيو، أبريل) and Algerian/Tunisian (جانفي، فيفري، أفريل، جوان،
// جويلية، أوت) month names, with and without a year and after "مساء أمس
// الأحد", where the explicit date wins, and the first of a month written
// "فاتح نونبر" / "الفاتح من نوفمبر".
func TestFindRegionalMonths(t *testing.T) {
	const p = "2023-12-10" // a Sunday
	abs := func(text, day string) want { return want{text, day, "day", false} }
	runFind(t, []findCase{
		{"nonbir with weekday and yesterday", "نفذت مقاتلات مساء أمس الأحد 12 نونبر 2023 ضربات", "2023-11-13",
			[]want{abs("مساء أمس الأحد 12 نونبر 2023", "2023-11-12")}},
		{"dujanbir with yesterday", "تعرضت القاعدة مساء أمس السبت 9 دجنبر 2023 لهجوم", p,
			[]want{abs("مساء أمس السبت 9 دجنبر 2023", "2023-12-09")}},
		{"shutanbir", "في 3 شتنبر 2023", p, []want{abs("في 3 شتنبر 2023", "2023-09-03")}},
		{"yulyuz", "في 16 يوليوز 2023", p, []want{abs("في 16 يوليوز 2023", "2023-07-16")}},
		{"ghusht without year", "يوم 2 غشت", p, []want{d("يوم 2 غشت", "2023-08-02")}},
		{"nonbir without year", "يوم 3 نونبر", p, []want{d("يوم 3 نونبر", "2023-11-03")}},
		{"may without year", "يوم السبت 25 ماي", "2024-05-27", []want{d("يوم السبت 25 ماي", "2024-05-25")}},
		{"yunyu", "8 يونيو 2023", p, []want{abs("8 يونيو 2023", "2023-06-08")}},
		{"abril", "9 أبريل 2023", p, []want{abs("9 أبريل 2023", "2023-04-09")}},
		{"janfi", "في 3 جانفي 2024", "2024-06-06", []want{abs("في 3 جانفي 2024", "2024-01-03")}},
		{"fifri past", "منذ 4 فيفري الماضي", "2024-06-06", []want{d("4 فيفري الماضي", "2024-02-04")}},
		{"afril", "يوم 14 أفريل 2024", "2024-06-06", []want{abs("يوم 14 أفريل 2024", "2024-04-14")}},
		{"juwan with weekday", "فجر الأربعاء 5 جوان 2024", "2024-06-06", []want{abs("فجر الأربعاء 5 جوان 2024", "2024-06-05")}},
		{"juwilya without year", "في 8 جويلية", p, []want{d("في 8 جويلية", "2023-07-08")}},
		{"ut", "9 أوت 2023", p, []want{abs("9 أوت 2023", "2023-08-09")}},
		{"maghrebi ordinal", "في الثالث من نونبر الماضي", p, []want{d("في الثالث من نونبر الماضي", "2023-11-03")}},
		{"fatih", "يوم فاتح نونبر 2023", p, []want{abs("يوم فاتح نونبر 2023", "2023-11-01")}},
		{"fatih this month", "فاتح دجنبر الجاري", p, []want{d("فاتح دجنبر الجاري", "2023-12-01")}},
		{"al-fatih min", "في الفاتح من نوفمبر 2023", p, []want{abs("في الفاتح من نوفمبر 2023", "2023-11-01")}},
		{"al-fatih is a name", "أطلق الجيش عملية الفاتح في الشمال", p, nil},
	})
}

// TestFindWeekdayAndNumericDate covers a weekday and a numeric date in
// apposition, when they agree with "أمس" and when they do not (the date
// wins), and Hijri with Gregorian dates in Arabic-Indic digits.
func TestFindWeekdayAndNumericDate(t *testing.T) {
	abs := func(text, day string) want { return want{text, day, "day", false} }
	runFind(t, []findCase{
		{"agrees", "تصدت مساء أمس الإثنين، 15-07-2024، لهجوم", "2024-07-16",
			[]want{abs("مساء أمس الإثنين، 15-07-2024", "2024-07-15")}},
		{"disagrees with yesterday", "تعرضت مساء أمس الثلاثاء، 20-02-2024، لقصف", "2024-02-22",
			[]want{abs("مساء أمس الثلاثاء، 20-02-2024", "2024-02-20")}},
		{"hijri and gregorian in arabic-indic", "فجر اليوم الأحد ٢٣ رجب ١٤٤٥ هـ الموافق ٤ شباط/فبراير ٢٠٢٤ لعدوان", "2024-02-04",
			[]want{abs("فجر اليوم الأحد ٢٣ رجب ١٤٤٥ هـ الموافق ٤ شباط/فبراير ٢٠٢٤", "2024-02-04")}},
		{"numeric arabic-indic", "استهدف المطار نفسه في ١٧/١٢/٢٠٢٣.", "2024-02-04",
			[]want{abs("في ١٧/١٢/٢٠٢٣", "2023-12-17")}},
	})
}

// TestFindBeforeLastAndSince covers "الأحد قبل الماضي" (a week before "الأحد
// الماضي"), "الليلة قبل الماضية" (the night before last) and "منذ يوم
// الجمعة" (since Friday: the weekday, not "a day ago").
func TestFindBeforeLastAndSince(t *testing.T) {
	const p = "2023-11-13" // a Monday
	runFind(t, []findCase{
		{"sunday before last", "قصفت الطائرات الأحد قبل الماضي مواقع", p, []want{d("الأحد قبل الماضي", "2023-11-05")}},
		{"sunday last", "قصفت الطائرات الأحد الماضي مواقع", p, []want{d("الأحد الماضي", "2023-11-12")}},
		{"night before last", "سقطت صواريخ الليلة قبل الماضية على القاعدة", p, []want{d("الليلة قبل الماضية", "2023-11-11")}},
		{"since friday", "تتواصل الاشتباكات منذ يوم الجمعة", p, []want{d("يوم الجمعة", "2023-11-10")}},
		{"since yesterday", "تتواصل الاشتباكات منذ يوم أمس", p, []want{d("يوم أمس", "2023-11-12")}},
		{"a day ago", "سقطت صواريخ قبل يوم على القاعدة", p, []want{d("قبل يوم", "2023-11-12")}},
		{"a day ago before a place", "سقطت صواريخ منذ يوم في القاعدة", p, []want{d("منذ يوم", "2023-11-12")}},
	})
}

// TestFindMuwafiqLi covers "الموافق لـ12 نوفمبر" and "الموافق للثاني عشر من
// نوفمبر", where ل joins the weekday or Hijri date to the Gregorian one.
func TestFindMuwafiqLi(t *testing.T) {
	abs := func(text, day string) want { return want{text, day, "day", false} }
	runFind(t, []findCase{
		{"li with tatweel", "قصفت الطائرات الأحد الموافق لـ12 نوفمبر 2023 مواقع", "",
			[]want{abs("الأحد الموافق لـ12 نوفمبر 2023", "2023-11-12")}},
		{"li joined to an ordinal", "فجر الأحد الموافق للثاني عشر من نوفمبر 2023", "",
			[]want{abs("فجر الأحد الموافق للثاني عشر من نوفمبر 2023", "2023-11-12")}},
		{"hijri then li", "في 4 ربيع الآخر 1445 هـ الموافق لـ19 تشرين الأول 2023", "",
			[]want{abs("في 4 ربيع الآخر 1445 هـ الموافق لـ19 تشرين الأول 2023", "2023-10-19")}},
		{"ordinal after a definite noun is still no day", "في الأسبوع الثاني من نوفمبر 2023", "",
			[]want{{"نوفمبر 2023", "2023-11-01", "month", false}}},
	})
}
