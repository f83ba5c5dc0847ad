package dates

import (
	"testing"
	"time"
)

// pubH is a Sunday in Rabi' al-Akhir 1445: the Thursday before it is
// 2023-10-19 = 4 Rabi' al-Akhir 1445 (Umm al-Qura).
const pubH = "2023-10-22"

func TestHijriToGregorian(t *testing.T) {
	// Days every calendar of the region agrees on (Ramadan, the Eids, the
	// new year by Umm al-Qura).
	cases := []struct {
		y, m, d int
		want    string
	}{
		{1444, 9, 1, "2023-03-23"},   // 1 Ramadan 1444
		{1444, 12, 10, "2023-06-28"}, // Eid al-Adha 1444 (the tabular calendar says 06-29)
		{1445, 1, 1, "2023-07-19"},   // 1 Muharram 1445
		{1445, 4, 4, "2023-10-19"},
		{1445, 9, 1, "2024-03-11"},
		{1445, 10, 1, "2024-04-10"},  // Eid al-Fitr 1445
		{1446, 1, 1, "2024-07-07"},   // tabular: 07-08
		{1440, 12, 10, "2019-08-11"}, // tabular: 08-12
		{1300, 1, 1, "1882-11-12"},   // before the Umm al-Qura tables: tabular
		{1600, 1, 1, "2173-12-06"},   // after them: tabular
	}
	for _, c := range cases {
		got, ok := hijriToGregorian(c.y, c.m, c.d)
		if !ok || got.Format(isoDay) != c.want {
			t.Errorf("hijriToGregorian(%d, %d, %d) = %s %v, want %s", c.y, c.m, c.d, got.Format(isoDay), ok, c.want)
		}
	}
	for _, bad := range [][3]int{{1445, 0, 1}, {1445, 13, 1}, {1445, 1, 0}, {1445, 1, 31}, {0, 1, 1}} {
		if _, ok := hijriToGregorian(bad[0], bad[1], bad[2]); ok {
			t.Errorf("hijriToGregorian(%v) ok, want not a day", bad)
		}
	}
}

func TestHijriYearOf(t *testing.T) {
	for _, c := range []struct {
		day  string
		want int
	}{{"2023-10-22", 1445}, {"2023-07-18", 1444}, {"2024-07-10", 1446}, {"2021-07-11", 1442}} {
		d, _ := time.Parse(isoDay, c.day)
		if got := hijriYearOf(d); got != c.want {
			t.Errorf("hijriYearOf(%s) = %d, want %d", c.day, got, c.want)
		}
	}
}

func TestOnWeekday(t *testing.T) {
	thu, _ := time.Parse(isoDay, "2023-10-19") // a Thursday
	for _, c := range []struct {
		wd   int
		want string
	}{{4, "2023-10-19"}, {5, "2023-10-20"}, {3, "2023-10-18"}, {6, "2023-10-21"}, {2, "2023-10-17"}, {0, "2023-10-19"}, {1, "2023-10-19"}} {
		if got := onWeekday(thu, c.wd).Format(isoDay); got != c.want {
			t.Errorf("onWeekday(Thu, %d) = %s, want %s", c.wd, got, c.want)
		}
	}
}

func TestFindHijri(t *testing.T) {
	abs := func(text, day string) want { return want{text, day, "day", false} }
	runFind(t, []findCase{
		{"hijri then gregorian after al-muwafiq", "وقع الهجوم الخميس 4 ربيع الآخر 1445 هـ الموافق 19 تشرين الأول/أكتوبر 2023 على القاعدة", pubH,
			[]want{abs("الخميس 4 ربيع الآخر 1445 هـ الموافق 19 تشرين الأول/أكتوبر 2023", "2023-10-19")}},
		{"gregorian wins over a hijri day that disagrees", "يوم 5 ربيع الثاني 1445هـ الموافق 19 أكتوبر 2023", pubH,
			[]want{abs("يوم 5 ربيع الثاني 1445هـ الموافق 19 أكتوبر 2023", "2023-10-19")}},
		{"gregorian then hijri in parentheses", "في 19 أكتوبر 2023 (4 ربيع الآخر 1445 هـ) سقطت", pubH,
			[]want{abs("في 19 أكتوبر 2023 (4 ربيع الآخر 1445 هـ)", "2023-10-19")}},
		{"gregorian then al-muwafiq hijri", "بتاريخ 19/10/2023 الموافق 4/4/1445 هـ", pubH,
			[]want{abs("19/10/2023 الموافق 4/4/1445 هـ", "2023-10-19")}},
		{"hijri alone glued mark", "في 27 ربيع الأول 1445هـ", pubH, []want{abs("في 27 ربيع الأول 1445هـ", "2023-10-12")}},
		{"hijri alone lil-hijra", "في 15 شعبان 1445 للهجرة", "", []want{abs("في 15 شعبان 1445 للهجرة", "2024-02-25")}},
		{"hijri ordinal day with min", "في العاشر من ذي الحجة 1444 هـ", pubH, []want{abs("في العاشر من ذي الحجة 1444 هـ", "2023-06-28")}},
		{"jumada al-ula", "يوم 3 جمادى الأولى 1445 هـ", pubH, []want{abs("يوم 3 جمادى الأولى 1445 هـ", "2023-11-17")}},
		{"jumada al-akhira", "يوم 3 جمادى الآخرة 1445 هـ", pubH, []want{abs("يوم 3 جمادى الآخرة 1445 هـ", "2023-12-16")}},
		{"dhu al-qa'da", "في 20 ذو القعدة 1444", pubH, []want{abs("في 20 ذو القعدة 1444", "2023-06-09")}},
		{"muharram with year", "في 1 محرم 1445 هـ", pubH, []want{abs("في 1 محرم 1445 هـ", "2023-07-19")}},
		{"weekday settles the hijri day", "الأربعاء 9 ذي الحجة 1444 هـ", pubH, []want{abs("الأربعاء 9 ذي الحجة 1444 هـ", "2023-06-28")}},
		{"a weekday three days off is ignored", "السبت 9 ذي الحجة 1444 هـ", pubH, []want{abs("السبت 9 ذي الحجة 1444 هـ", "2023-06-27")}},
		{"hijri numeric year first", "الموافق 1445/4/4 هـ", pubH, []want{abs("1445/4/4 هـ", "2023-10-19")}},
		{"ramadan without year", "في 15 رمضان قصفت", "2024-04-01", []want{d("في 15 رمضان", "2024-03-25")}},
		{"ramadan without year before its day", "في 20 رمضان قصفت", "2024-03-20", []want{d("في 20 رمضان", "2023-04-11")}},
		{"an ordinal day of Ramadan with no digit and no year", "استهدفت المسيرة القاعدة في العاشر من رمضان", "2024-06-10", []want{d("في العاشر من رمضان", "2024-03-20")}},
		{"muharram joined to its day by من", "استهدفت المسيرة القاعدة في العاشر من محرم", "2024-06-10", []want{d("في العاشر من محرم", "2023-07-28")}},
		{"safar without year is zero", "انتهت المباراة 3 صفر", pubH, nil},
		{"rajab without year is a name", "قال 3 رجب", pubH, nil},
		{"hijri year alone is no day", "عام 1445 هـ", pubH, nil},
		{"numeric year far in the past is no date", "الرقم 12/5/1750", pubH, nil},
	})
}

func TestFindDateFormsRound2(t *testing.T) {
	abs := func(text, day string) want { return want{text, day, "day", false} }
	runFind(t, []findCase{
		{"numeric year first", "في 2023/10/19", pubH, []want{abs("في 2023/10/19", "2023-10-19")}},
		{"numeric day first", "في 19/10/2023", pubH, []want{abs("في 19/10/2023", "2023-10-19")}},
		{"numeric dashes", "يوم 19-10-2023", pubH, []want{abs("يوم 19-10-2023", "2023-10-19")}},
		{"numeric dots", "بتاريخ 19.10.2023", pubH, []want{abs("19.10.2023", "2023-10-19")}},
		{"numeric arabic-indic", "في ١٩/١٠/٢٠٢٣", pubH, []want{abs("في ١٩/١٠/٢٠٢٣", "2023-10-19")}},
		{"two days ago", "قبل يومين", pubH, []want{d("قبل يومين", "2023-10-20")}},
		{"three days ago", "منذ ثلاثة أيام", pubH, []want{d("منذ ثلاثة أيام", "2023-10-19")}},
		{"a week ago", "قبل أسبوع", pubH, []want{d("قبل أسبوع", "2023-10-15")}},
		{"last thursday", "الخميس الماضي", pubH, []want{d("الخميس الماضي", "2023-10-19")}},
		{"last sunday on a sunday", "الأحد الماضي", pubH, []want{d("الأحد الماضي", "2023-10-15")}},
		{"next thursday is after", "الخميس المقبل", pubH, []want{d("الخميس المقبل", "2023-10-26")}},
		{"layl with spaced dash", "ليل الأحد - الإثنين", pubH, []want{d("ليل الأحد - الإثنين", "2023-10-22")}},
		{"layla ala", "ليلة الأحد على الإثنين", "2023-10-23", []want{d("ليلة الأحد على الإثنين", "2023-10-22")}},
		{"layla ila", "ليلة الخميس إلى الجمعة", pubH, []want{d("ليلة الخميس إلى الجمعة", "2023-10-19")}},
		{"fajr today", "فجر اليوم", pubH, []want{d("فجر اليوم", "2023-10-22")}},
		{"morning today", "صباح اليوم", pubH, []want{d("صباح اليوم", "2023-10-22")}},
		{"day before yesterday", "أمس الأول", pubH, []want{d("أمس الأول", "2023-10-20")}},
		{"mid this month is a month", "منتصف الشهر الجاري", pubH, []want{{"منتصف الشهر الجاري", "2023-10-01", "month", true}}},
		{"mid last month is a month", "منتصف الشهر الماضي", pubH, []want{{"منتصف الشهر الماضي", "2023-09-01", "month", true}}},
		{"start of the month is a month", "مطلع الشهر", pubH, []want{{"مطلع الشهر", "2023-10-01", "month", true}}},
		{"end of last week is a week", "نهاية الأسبوع الماضي", pubH, []want{{"نهاية الأسبوع الماضي", "", "week", true}}},
		{"48 hours ago", "قبل 48 ساعة", pubH, []want{d("قبل 48 ساعة", "2023-10-20")}},
		{"24 hours ago", "منذ 24 ساعة", pubH, []want{d("منذ 24 ساعة", "2023-10-21")}},
		{"hours that are no whole day", "قبل 36 ساعة", pubH, nil},
		{"weekday then day/month", "الخميس 19/10", pubH, []want{d("الخميس 19/10", "2023-10-19")}},
		{"fi day/month al-jari", "في 19/10 الجاري", pubH, []want{d("في 19/10 الجاري", "2023-10-19")}},
		{"yawm day/month", "يوم 19/10", pubH, []want{d("يوم 19/10", "2023-10-19")}},
		{"a fraction is no day", "صوّت 3/4 الأعضاء", pubH, nil},
		{"dawn of a night between two days", "فجر الأحد-الإثنين", pubH, []want{d("فجر الأحد-الإثنين", "2023-10-22")}},
		{"two consecutive weekdays", "الأحد - الإثنين", pubH, []want{d("الأحد - الإثنين", "2023-10-22")}},
		{"two weekdays apart stay two", "الأحد - الأربعاء", pubH, []want{d("الأحد", "2023-10-22"), d("الأربعاء", "2023-10-18")}},
		{"night between two days of a month", "ليلة 18 على 19 تشرين الأول", pubH, []want{d("ليلة 18 على 19 تشرين الأول", "2023-10-18")}},
		{"night with a dash between days", "ليلة 18-19 تشرين الأول 2023", pubH, []want{{"ليلة 18-19 تشرين الأول 2023", "2023-10-18", "day", false}}},
		{"night between days of this month", "ليلة 18 إلى 19 الجاري", pubH, []want{d("ليلة 18 إلى 19 الجاري", "2023-10-18")}},
	})
}
