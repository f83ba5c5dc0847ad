package dates

import "testing"

// dateCase is a text, its publication day and context (the month or year
// named before it), the text of one date expression in it and the day it
// must get ("": read, but no day; "-": not read at all).
type dateCase struct {
	name, pub, before, text, expr, want string
}

func runDateCases(t *testing.T, cases []dateCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			ms := FindAfter(tc.text, tc.pub, tc.before)
			for _, m := range ms {
				if m.Text != tc.expr {
					continue
				}
				if tc.want == "-" || m.Day != tc.want {
					t.Errorf("%q = %q (%s), want %q", m.Text, m.Day, m.Precision, tc.want)
				}
				return
			}
			if tc.want != "-" {
				t.Errorf("%q not found in %v, want %q", tc.expr, ms, tc.want)
			}
		})
	}
}

// TestThatYear checks a day or month "من ذلك العام" (العام نفسه، ذاته،
// تلك السنة): the year named last before it, in the text or before it,
// not the publication year; with no year before, no day.
func TestThatYear(t *testing.T) {
	runDateCases(t, []dateCase{
		{"من ذلك العام after مطلع عام", "2023-10-19", "",
			"ففي مطلع عام 2021 تصاعدت الهجمات، وقصفت الفصائل المطار في 3 آذار من ذلك العام بعشرة صواريخ",
			"في 3 آذار من ذلك العام", "2021-03-03"},
		{"من العام نفسه after a full date", "2024-06-01", "",
			"سقط صاروخ في القاعدة يوم 2 شباط 2022، ثم سقطت قذيفتان في 9 أيار من العام نفسه",
			"في 9 أيار من العام نفسه", "2022-05-09"},
		{"من السنة ذاتها with a doubled month", "2024-06-01", "",
			"خلال صيف 2019 ضربت مسيرة المعسكر في الثاني عشر من تموز/يوليو من السنة ذاتها",
			"في الثاني عشر من تموز/يوليو من السنة ذاتها", "2019-07-12"},
		{"العام المذكور after العام الماضي", "2024-03-10", "",
			"شهد العام الماضي هجمات عدة، أعنفها في 14 تشرين الأول من العام المذكور",
			"في 14 تشرين الأول من العام المذكور", "2023-10-14"},
		{"the year of the sentence before", "2024-03-10", "2020",
			"واستهدفت صواريخ القاعدة في 8 كانون الثاني من تلك السنة",
			"في 8 كانون الثاني من تلك السنة", "2020-01-08"},
		{"a month of that year", "2024-03-10", "",
			"بدأت الهجمات عام 2018، واشتدت في تموز من ذلك العام",
			"في تموز من ذلك العام", "2018-07-01"},
		{"no publication day, a bare day of the month told before", "", "2024-01",
			"ففي ٢٣ كانون الثاني/يناير نفذت الطائرات ضربات",
			"في ٢٣ كانون الثاني/يناير", "2024-01-23"},
		{"no publication day, a bare day after a full date", "", "",
			"وفي ٢٠ كانون الثاني ٢٠٢٤ سقطت صواريخ، ففي ٢٣ كانون الثاني ردت الطائرات",
			"في ٢٣ كانون الثاني", "2024-01-23"},
		{"no publication day, a year before", "", "",
			"في عام 2017 قصفت الطائرات المطار، ثم عادت في 5 أيلول من العام ذاته",
			"في 5 أيلول من العام ذاته", "2017-09-05"},
		{"no year before: no day", "2024-03-10", "",
			"واستهدفت صواريخ القاعدة في 8 كانون الثاني من ذلك العام",
			"في 8 كانون الثاني من ذلك العام", ""},
		// controls: the year of publication, or the year before it
		{"control: الجاري stays in the publication year", "2024-01-30", "2020",
			"قصفت مسيرة أمريكية مقرا للحركة في 20 يناير الجاري",
			"في 20 يناير الجاري", "2024-01-20"},
		{"control: من العام الماضي", "2024-01-30", "2020",
			"سقطت قذائف في 3 آذار من العام الماضي",
			"في 3 آذار من العام الماضي", "2023-03-03"},
		{"control: a bare day and month after an old year", "2024-01-30", "2020",
			"وتعرضت القاعدة لهجوم آخر في 12 كانون الثاني",
			"في 12 كانون الثاني", "2024-01-12"},
	})
}

// TestFixedFeasts checks the Gregorian feasts with a fixed day told as the
// day of an event: Christmas (25 December) and New Year's Day (1 January),
// their eves after ليلة or عشية, the latest on or before publication. A
// birthday, a Hijri new year and a feast named without a day word are no
// date.
func TestFixedFeasts(t *testing.T) {
	runDateCases(t, []dateCase{
		{"يوم عيد الميلاد after new year", "2024-01-20", "",
			"أصابت مسيرة مفخخة قاعدة حرير يوم عيد الميلاد وجرحت ثلاثة جنود",
			"يوم عيد الميلاد", "2023-12-25"},
		{"في عيد الميلاد المجيد", "2023-12-27", "",
			"وسقطت قذيفة قرب المطار في عيد الميلاد المجيد",
			"في عيد الميلاد المجيد", "2023-12-25"},
		{"صباح عيد الميلاد with a clitic", "2022-02-01", "",
			"وتعرض المعسكر لقصف صاروخي صباح عيد الميلاد",
			"صباح عيد الميلاد", "2021-12-25"},
		{"ليلة عيد الميلاد is its eve", "2024-01-03", "",
			"حاولت مسيرتان استهداف القاعدة ليلة عيد الميلاد",
			"ليلة عيد الميلاد", "2023-12-24"},
		{"ليلة رأس السنة is 31 December", "2024-01-10", "",
			"سقطت ثلاثة صواريخ على المطار ليلة رأس السنة الميلادية",
			"ليلة رأس السنة الميلادية", "2023-12-31"},
		{"يوم رأس السنة", "2024-01-10", "",
			"وأعلن الفصيل أنه استهدف القاعدة يوم رأس السنة",
			"يوم رأس السنة", "2024-01-01"},
		{"عشية رأس السنة", "2024-01-10", "",
			"وقصفت المدفعية مواقع الفصائل عشية رأس السنة",
			"عشية رأس السنة", "2023-12-31"},
		{"with a year", "2024-06-01", "",
			"ويعيد الهجوم إلى الأذهان قصف القاعدة في عيد الميلاد 2021",
			"في عيد الميلاد 2021", "2021-12-25"},
		{"no publication day: read, no day", "", "",
			"أصابت مسيرة القاعدة يوم عيد الميلاد",
			"يوم عيد الميلاد", ""},
		// controls
		{"control: a birthday", "2024-01-20", "",
			"احتفل القائد بعيد ميلاده في المعسكر",
			"بعيد ميلاده", "-"},
		{"control: a feast with no day word", "2024-01-20", "",
			"وتأتي الهجمات مع اقتراب احتفالات عيد الميلاد في المنطقة",
			"عيد الميلاد", "-"},
		{"control: the Hijri new year", "2024-07-20", "",
			"وقعت الضربة في رأس السنة الهجرية",
			"في رأس السنة الهجرية", "-"},
		{"control: before Christ", "2024-07-20", "",
			"بنيت القلعة في القرن الثالث قبل الميلاد",
			"قبل الميلاد", "-"},
	})
}

// TestSameNight checks that "الليلة نفسها" (ذاتها، عينها، التالية، تلك
// الليلة، ذات الليلة) is another event's night, not tonight, while
// "الليلة" alone and "الليلة الماضية" still count from publication.
func TestSameNight(t *testing.T) {
	runDateCases(t, []dateCase{
		{"في الليلة نفسها", "2024-01-16", "",
			"وقصفت المدفعية في الليلة نفسها مواقع الفصيل",
			"في الليلة", "-"},
		{"الليلة ذاتها", "2022-09-17", "",
			"فيما طالت غارات في الليلة ذاتها مستودعات قرب المطار",
			"في الليلة", "-"},
		{"الليلة عينها", "2022-09-17", "",
			"واستهدفت مسيرة الليلة عينها معسكرا آخر",
			"الليلة", "-"},
		{"الليلة التالية", "2022-09-17", "",
			"وردت الطائرات في الليلة التالية بغارات",
			"في الليلة", "-"},
		{"تلك الليلة", "2022-09-17", "",
			"وسقطت في تلك الليلة قذائف أخرى",
			"الليلة", "-"},
		{"ذات الليلة", "2022-09-17", "",
			"وسقطت في ذات الليلة قذائف أخرى",
			"الليلة", "-"},
		// controls
		{"control: الليلة alone is tonight", "2022-09-17", "",
			"تعرضت القاعدة الليلة لهجوم بمسيرتين",
			"الليلة", "2022-09-17"},
		{"control: الليلة الماضية", "2022-09-17", "",
			"تعرضت القاعدة الليلة الماضية لهجوم بمسيرتين",
			"الليلة الماضية", "2022-09-16"},
		{"control: اليوم نفسه stays no date", "2022-09-17", "",
			"وفي اليوم نفسه سقطت قذائف",
			"اليوم", "-"},
	})
}

// TestWeekdayWithoutPublication checks that with no publication day a bare
// weekday is placed by the day the text gives in full (or the day named
// before it), at most three days away, and that a weekday with الماضي or
// a text with a publication day are not.
func TestWeekdayWithoutPublication(t *testing.T) {
	runDateCases(t, []dateCase{
		{"the morning after a full date", "", "",
			"قصفت المدفعية صباح الثلاثاء مواقع الحزب، بعد ساعات من هجوم على القاعدة مساء الاثنين 14 آب 2023",
			"صباح الثلاثاء", "2023-08-15"},
		{"a weekday before the full date", "", "",
			"سقطت قذيفة الخميس، قبل يوم من الهجوم الكبير الذي وقع الجمعة 9 شباط 2024",
			"الخميس", "2024-02-08"},
		{"the same weekday", "", "",
			"أعلنت الوزارة مساء الأحد، 5 أيار 2024، أن مسيرة أصابت المعسكر فجر الأحد",
			"فجر الأحد", "2024-05-05"},
		{"the day named in the sentence before", "", "2022-07-24",
			"وأعلنت الوزارة الاثنين تحييد عشرة مسلحين",
			"الاثنين", "2022-07-25"},
		{"ليلة: the night before", "", "",
			"تعرضت القاعدة لقصف ليلة الأربعاء، وأعلن الجيش الأربعاء 10 كانون الثاني 2024 أنه رد على مصادر النيران",
			"ليلة الأربعاء", "2024-01-09"},
		// controls
		{"control: no full date, no context", "", "",
			"قصفت المدفعية صباح الثلاثاء مواقع الحزب",
			"صباح الثلاثاء", ""},
		{"control: a month gives no day", "", "2023-08",
			"قصفت المدفعية صباح الثلاثاء مواقع الحزب",
			"صباح الثلاثاء", ""},
		{"control: الماضي needs the publication day", "", "",
			"وكانت القاعدة قد تعرضت الأحد الماضي لهجوم، قبل هجوم الجمعة 9 شباط 2024",
			"الأحد الماضي", ""},
		{"control: the publication day wins", "2024-02-20", "",
			"سقطت قذيفة الخميس، بعد أسبوع من الهجوم الذي وقع الجمعة 9 شباط 2024",
			"الخميس", "2024-02-15"},
	})
}

// TestEidDays checks the two Eids told as days, placed by the Umm al-Qura
// calendar: عيد الفطر is 1 Shawwal, عيد الأضحى 10 Dhu al-Hijjah; ثاني أيام
// is the day after, ليلة the eve; العيد alone names no feast.
func TestEidDays(t *testing.T) {
	runDateCases(t, []dateCase{
		{"يوم عيد الأضحى 1444", "2023-07-20", "",
			"سقطت قذائف قرب القاعدة يوم عيد الأضحى",
			"يوم عيد الأضحى", "2023-06-28"},
		{"أول أيام عيد الفطر 1445", "2024-05-01", "",
			"استهدفت مسيرة المعسكر في أول أيام عيد الفطر المبارك",
			"في أول أيام عيد الفطر المبارك", "2024-04-10"},
		{"ثاني أيام عيد الأضحى", "2023-07-20", "",
			"وقصفت المدفعية مواقع الفصيل ثاني أيام عيد الأضحى",
			"ثاني أيام عيد الأضحى", "2023-06-29"},
		{"ليلة عيد الفطر is its eve", "2024-05-01", "",
			"سقط صاروخان في القاعدة ليلة عيد الفطر",
			"ليلة عيد الفطر", "2024-04-09"},
		{"the last Eid before publication", "2024-04-05", "",
			"وكانت القاعدة قد تعرضت لقصف صباح عيد الفطر",
			"صباح عيد الفطر", "2023-04-21"},
		{"control: العيد alone", "2024-05-01", "",
			"سقط صاروخان في القاعدة ليلة العيد",
			"ليلة العيد", "-"},
		{"control: Eid with no day word", "2024-05-01", "",
			"وتأتي الهجمات مع انتهاء عطلة عيد الفطر",
			"عيد الفطر", "-"},
	})
}

// TestPairedDays checks two days that share one month ("5 و6 آذار") and
// two weekdays named with them: each day is read, and each weekday gets
// the one of the two that falls on it.
func TestPairedDays(t *testing.T) {
	runDateCases(t, []dateCase{
		{"the first of two numbered days", "2022-03-20", "",
			"سقطت قذائف على المعسكر يومي 5 و6 آذار الجاري",
			"5", "2022-03-05"},
		{"the second of two numbered days", "2022-03-20", "",
			"سقطت قذائف على المعسكر يومي 5 و6 آذار الجاري",
			"6 آذار الجاري", "2022-03-06"},
		{"the first of two ordinal days", "2021-08-30", "",
			"وقعت الهجمات في الحادي عشر والثاني عشر من آب",
			"في الحادي عشر", "2021-08-11"},
		{"two weekdays, the first on the first day", "2022-03-20", "",
			"هاجمت مسيرات المطار يومي السبت والأحد 5 و6 آذار الجاري",
			"السبت", "2022-03-05"},
		{"two weekdays, the second on the second day", "2022-03-20", "",
			"هاجمت مسيرات المطار يومي السبت والأحد 5 و6 آذار الجاري",
			"الأحد 5 و6 آذار الجاري", "2022-03-06"},
		{"two weekdays in the other order of the days", "2022-03-20", "",
			"هاجمت مسيرات المطار يومي الأحد والسبت 6 و5 آذار الجاري",
			"الأحد", "2022-03-06"},
		{"two weekdays and two ordinal days", "2021-08-30", "",
			"وقعت الهجمات يومي الأربعاء والخميس الحادي عشر والثاني عشر من آب",
			"الخميس الحادي عشر والثاني عشر من آب", "2021-08-12"},
		{"one weekday and one day keep the day", "2022-03-20", "",
			"سقط صاروخ في القاعدة الأحد 6 آذار",
			"الأحد 6 آذار", "2022-03-06"},
	})
}
