package dates

import "testing"

// TestSameMonth checks a day of the month named before it: "العاشر من ذلك
// الشهر" after "كانون الأول 2024", in several wordings; with no month
// before, the day is unknown but still read (it dates no other month).
func TestSameMonth(t *testing.T) {
	tests := []struct{ name, pub, text, want string }{
		{"that month after a month and year", "2025-08-27",
			"شنت الطائرات منذ كانون الأول/ديسمبر 2024 عشرات الغارات، أبرزها في العاشر من ذلك الشهر على مطار المزة", "2024-12-10"},
		{"the same month, digits", "2024-05-02",
			"تعرضت القاعدة لهجوم في 3 آذار 2024، ثم لهجوم ثان في 19 من الشهر نفسه", "2024-03-19"},
		{"the month itself, compound ordinal", "2023-12-01",
			"بدأت الهجمات في 17 تشرين الأول 2023 وبلغت ذروتها في الحادي والعشرين من الشهر ذاته", "2023-10-21"},
		{"نفس الشهر after a month with no year", "2024-05-20",
			"وقعت الضربة الأولى في مطلع نيسان، والثانية في الخامس عشر من نفس الشهر", "2024-04-15"},
		{"a day of a past day's month", "2024-02-10",
			"قصفت مسيرة القاعدة يوم 2 شباط الجاري ثم في الثامن من الشهر عينه", "2024-02-08"},
		{"no month before", "2024-02-10",
			"وفي العاشر من ذلك الشهر تعرضت القاعدة لهجوم", ""},
		{"a weekday before the day of the same month", "2024-04-01",
			"سقطت صواريخ على القاعدة في 3 آذار 2024، وبعد يومين، أي يوم الثلاثاء الخامس من الشهر نفسه، سقطت قذائف أخرى", "2024-03-05"},
		{"a weekday before digits of the month itself", "2024-04-01",
			"بدأت الهجمات في 3 آذار 2024 ثم تجددت يوم السبت 9 من الشهر ذاته", "2024-03-09"},
		{"control: a weekday before a day of this month", "2024-03-20",
			"سقطت قذائف يوم الثلاثاء الخامس من الشهر الجاري", "2024-03-05"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ms := Find(tc.text, tc.pub)
			if len(ms) == 0 {
				t.Fatalf("no date in %q", tc.text)
			}
			last := ms[len(ms)-1]
			if last.Day != tc.want || last.Precision != "day" {
				t.Errorf("last date %q = %q (%s), want %q", last.Text, last.Day, last.Precision, tc.want)
			}
		})
	}
}

// TestSameMonthAfter checks a day of the month named in an earlier
// sentence, passed to FindAfter, and that a month of the text itself wins.
// A day and month with no year after the same month named with an earlier
// year, in the text or the sentence before, are of that year ("يعود إلى
// آذار 2020، حين … مساء الأربعاء 11 آذار"); a day of another month, or of
// the publication year's month, is placed as usual.
func TestSameMonthAfter(t *testing.T) {
	tests := []struct{ name, pub, month, text, want string }{
		{"month of the sentence before", "2024-05-02", "2024-03",
			"وفي الثاني والعشرين من الشهر ذاته سقطت قذيفتان قرب القاعدة", "2024-03-22"},
		{"a day given as context", "2024-05-02", "2023-11-17",
			"ثم تكررت الهجمات في 30 من الشهر نفسه", "2023-11-30"},
		{"the text's own month wins", "2024-05-02", "2023-11",
			"بدأت في آذار 2024 وبلغت ذروتها في 9 من ذلك الشهر", "2024-03-09"},
		{"no context", "2024-05-02", "",
			"وفي التاسع من الشهر نفسه قصفت الطائرات المطار", ""},
		{"a bad context is ignored", "2024-05-02", "آذار",
			"وفي التاسع من الشهر نفسه قصفت الطائرات المطار", ""},
		{"a day after its month named with an earlier year", "2024-01-31", "",
			"يعود أول ظهور له إلى آذار 2020، حين سقطت صواريخ على المعسكر مساء الأربعاء 11 آذار", "2020-03-11"},
		{"a day of the month of the sentence before, with its year", "2024-01-31", "2020-03",
			"وفي 14 آذار سقطت عشرات الصواريخ مجدداً على المعسكر", "2020-03-14"},
		{"a day of another month", "2024-01-31", "2020-03",
			"وفي 14 أيار سقطت صواريخ على المعسكر", "2023-05-14"},
		{"a day of the publication year's month", "2024-05-02", "2024-03",
			"وفي 14 آذار سقطت صواريخ على المعسكر", "2024-03-14"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ms := FindAfter(tc.text, tc.pub, tc.month)
			if len(ms) == 0 {
				t.Fatalf("no date in %q", tc.text)
			}
			if last := ms[len(ms)-1]; last.Day != tc.want {
				t.Errorf("last date %q = %q, want %q", last.Text, last.Day, tc.want)
			}
		})
	}
}

// TestDayOfIt checks "في 18 منه" and "يوم الثامن عشر منه" (a day of the
// month named before, in the text or an earlier sentence), and that
// "الثاني منه" with no في or يوم, or with no month before, is no date.
func TestDayOfIt(t *testing.T) {
	tests := []struct{ name, pub, month, text, want string }{
		{"digits after في", "2024-02-06", "",
			"قصفت الطائرات القاعدة في السابع من كانون الثاني، ثم عادت في 18 منه لتقصفها مجددا", "في 18 منه=2024-01-18"},
		{"ordinal after وفي", "2024-02-06", "",
			"تعرضت القاعدة لهجوم في 3 آذار 2023، وفي الثامن عشر منه سقطت صواريخ", "في الثامن عشر منه=2023-03-18"},
		{"after يوم, month of an earlier sentence", "2024-02-06", "2023-11",
			"ويوم 20 منه سقطت صواريخ قرب المطار", "يوم 20 منه=2023-11-20"},
		{"no month named before", "2024-02-06", "",
			"وفي 18 منه سقطت صواريخ", ""},
		{"an ordinal of something else", "2024-02-06", "",
			"أطلقت ثلاثة صواريخ في 3 آذار 2023 سقط الثاني منه قرب السور", "في 3 آذار 2023=2023-03-03"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := ""
			if ms := FindAfter(tc.text, tc.pub, tc.month); len(ms) > 0 {
				last := ms[len(ms)-1]
				got = last.Text + "=" + last.Day
			}
			if got != tc.want {
				t.Errorf("last date %q, want %q", got, tc.want)
			}
		})
	}
}

// TestNextMonth checks "الشهر التالي" (اللاحق): the month after the one
// named before it, in the text or an earlier sentence; with none named it
// is no date.
func TestNextMonth(t *testing.T) {
	tests := []struct{ name, month, text, want string }{
		{"after December, across the year", "2019-12-27", "وفي الشهر التالي سقطت قذيفتا هاون", "2020-01-01"},
		{"after the text's own month", "", "بدأت الهجمات في آذار 2024، وتصاعدت في الشهر اللاحق", "2024-04-01"},
		{"no month before", "", "وفي الشهر التالي سقطت قذيفتا هاون", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got, prec string
			for _, m := range FindAfter(tc.text, "", tc.month) {
				if m.Text == "الشهر التالي" || m.Text == "في الشهر التالي" || m.Text == "في الشهر اللاحق" || m.Text == "الشهر اللاحق" {
					got, prec = m.Day, m.Precision
				}
			}
			if got != tc.want || got != "" && prec != "month" {
				t.Errorf("next month = %q (%s), want %q", got, prec, tc.want)
			}
		})
	}
}
