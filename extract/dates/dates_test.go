package dates

import (
	"testing"
	"time"
	"unicode/utf8"
)

// pub is a Sunday: the weekdays before it are Sat 07-10, Fri 07-09, Thu
// 07-08, Wed 07-07, Tue 07-06, Mon 07-05.
const pub = "2021-07-11"

// want is one expected match; Text is checked against the runes at its
// offsets separately.
type want struct {
	text, day, prec string
	rel             bool
}

// d is a relative day-precision expectation, the most common one.
func d(text, day string) want { return want{text, day, "day", true} }

type findCase struct {
	name, in, published string
	want                []want
}

func TestFindRelativeDays(t *testing.T) {
	runFind(t, []findCase{
		{"yesterday", "قصفت طائرة مسيّرة القاعدة أمس وأصابت مخزنا", pub, []want{d("أمس", "2021-07-10")}},
		{"yesterday with clitic and kasra", "وأمسِ سقطت قذائف قرب المطار", pub, []want{d("أمسِ", "2021-07-10")}},
		{"bi-al-ams", "تعرضت القاعدة بالأمس لهجوم", pub, []want{d("الأمس", "2021-07-10")}},
		{"al-bariha with tatweel", "سمعت انفجارات البـارحة في المدينة", pub, []want{d("البـارحة", "2021-07-10")}},
		{"yawm ams", "وقع الهجوم يوم أمس على الحقل", pub, []want{d("يوم أمس", "2021-07-10")}},
		{"awwal min ams", "أعلنت الفصائل أول من أمس مسؤوليتها", pub, []want{d("أول من أمس", "2021-07-09")}},
		{"awwal ams", "وصلت التعزيزات أول أمس", pub, []want{d("أول أمس", "2021-07-09")}},
		{"ams al-awwal", "وصلت التعزيزات أمس الأول إلى القاعدة", pub, []want{d("أمس الأول", "2021-07-09")}},
		{"yesterday's attack, the first of its kind", "لم يكن هجوم أمس الأول من نوعه على القاعدة", pub, []want{d("أمس", "2021-07-10")}},
		{"yesterday's shelling, the first by its toll", "ويعد قصف أمس الأول من حيث عدد القذائف", pub, []want{d("أمس", "2021-07-10")}},
		{"ams al-awwal before a weekday", "وصلت التعزيزات أمس الأول الجمعة", pub, []want{d("أمس الأول الجمعة", "2021-07-09")}},
		{"today", "أكد المتحدث اليوم أن الهجوم فشل", pub, []want{d("اليوم", "2021-07-11")}},
		{"next day is not today", "وفي اليوم التالي انسحبت القوات", pub, nil},
		{"first day is not today", "في اليوم الأول من العملية قتل جنديان", pub, nil},
		{"last night", "سقطت صواريخ الليلة الماضية على القاعدة", pub, []want{d("الليلة الماضية", "2021-07-10")}},
		{"laylat ams", "ليلةَ أمسٍ دوّت صفارات الإنذار", pub, []want{d("ليلةَ أمسٍ", "2021-07-10")}},
		{"fajr al-yawm", "استهدفت مسيرة فجر اليوم قاعدة التنف", pub, []want{d("فجر اليوم", "2021-07-11")}},
		{"sabah ams", "انفجرت عبوة صباح أمس بقافلة", pub, []want{d("صباح أمس", "2021-07-10")}},
		{"masa ams with clitic", "ومساء أمس أطلقت قذائف", pub, []want{d("مساء أمس", "2021-07-10")}},
		{"that day is not today", "وفي ذلك اليوم قصفت الطائرات", pub, nil},
		{"same day is not today", "في نفس اليوم", pub, nil},
		{"until today", "حتى اليوم لم تعلن أي جهة", pub, []want{d("اليوم", "2021-07-11")}},
		{"ghadat is not resolved", "غداة الهجوم شنت الطائرات غارات", pub, nil},
		{"no published", "قصفت الطائرات أمس مواقع", "", []want{d("أمس", "")}},
		{"published with a time", "قصفت الطائرات أمس مواقع", "2021-07-11T08:30:00Z", []want{d("أمس", "2021-07-10")}},
		{"bad published", "قصفت الطائرات أمس مواقع", "not-a-day", []want{d("أمس", "")}},
	})
}

func TestFindWeekdays(t *testing.T) {
	runFind(t, []findCase{
		{"yawm al-khamis", "هاجمت الفصائل القاعدة يوم الخميس", pub, []want{d("يوم الخميس", "2021-07-08")}},
		{"hamza ithnayn", "وقع انفجار الإثنين قرب الحدود", pub, []want{d("الإثنين", "2021-07-05")}},
		{"plain ithnayn", "وقع انفجار الاثنين قرب الحدود", pub, []want{d("الاثنين", "2021-07-05")}},
		{"wednesday past", "أعلن الجيش الأربعاء الماضي إسقاط طائرة", pub, []want{d("الأربعاء الماضي", "2021-07-07")}},
		{"bare weekday equal to published", "تعرضت القاعدة الأحد لقصف", pub, []want{d("الأحد", "2021-07-11")}},
		{"past weekday equal to published", "تعرضت القاعدة الأحد الماضي لقصف", pub, []want{d("الأحد الماضي", "2021-07-04")}},
		{"munsarim", "جرى الاستهداف السبت المنصرم", pub, []want{d("السبت المنصرم", "2021-07-10")}},
		{"feminine modifier", "قتل عنصران الجمعة الفائتة", pub, []want{d("الجمعة الفائتة", "2021-07-09")}},
		{"weekday of last week", "الأحد من الأسبوع الماضي", pub, []want{d("الأحد من الأسبوع الماضي", "2021-07-04")}},
		{"monday of last week", "الاثنين من الأسبوع الماضي", "2021-07-14", []want{d("الاثنين من الأسبوع الماضي", "2021-07-05")}},
		{"weekday of this week", "الخميس من هذا الأسبوع", pub, []want{d("الخميس من هذا الأسبوع", "2021-07-08")}},
		{"levantine tuesday", "انفجرت عبوة الثلثاء", pub, []want{d("الثلثاء", "2021-07-06")}},
		{"umsiya", "في أمسية الجمعة", pub, []want{d("في أمسية الجمعة", "2021-07-09")}},
		{"diacritics on weekday", "يومَ الأَحَدِ", pub, []want{d("يومَ الأَحَدِ", "2021-07-11")}},
		{"zuhr", "سقطت القذائف ظهر الثلاثاء", pub, []want{d("ظهر الثلاثاء", "2021-07-06")}},
		{"asr with clitic", "وعصر الجمعة اندلعت اشتباكات", pub, []want{d("عصر الجمعة", "2021-07-09")}},
		{"today sunday", "قالت الوزارة اليوم الأحد إن", pub, []want{d("اليوم الأحد", "2021-07-11")}},
		{"yesterday saturday", "وأمس السبت استهدفت مسيرة الحقل", pub, []want{d("أمس السبت", "2021-07-10")}},
		{"fajr al-yawm weekday", "فجر اليوم الأحد دوت انفجارات", pub, []want{d("فجر اليوم الأحد", "2021-07-11")}},
		{"night before saturday", "سمعت انفجارات ليلة السبت في القاعدة", pub, []want{d("ليلة السبت", "2021-07-09")}},
		{"night between two days", "ليلة السبت على الأحد سقطت صواريخ", pub, []want{d("ليلة السبت على الأحد", "2021-07-10")}},
		{"night with dash", "ليلة السبت-الأحد سقطت صواريخ", pub, []want{d("ليلة السبت-الأحد", "2021-07-10")}},
		{"layl is the night of the day", "قصف ليل الخميس مواقع", pub, []want{d("ليل الخميس", "2021-07-08")}},
		{"layl two days", "قصف ليل السبت الأحد مواقع", pub, []want{d("ليل السبت الأحد", "2021-07-10")}},
		{"late in the night is its small hours", "في ساعة متأخرة من ليلة الأربعاء", pub, []want{d("ليلة الأربعاء", "2021-07-07")}},
		{"late in the night, translated copy", "في وقت متأخر من ليلة الأربعاء", pub, []want{d("ليلة الأربعاء", "2021-07-07")}},
		{"the night before, with no lateness", "وقعت الانفجارات ليلة الأربعاء", pub, []want{d("ليلة الأربعاء", "2021-07-06")}},
		{"today parenthesised weekday", "قال اليوم (الأحد) إن", pub, []want{d("اليوم (الأحد)", "2021-07-11")}},
		{"weekday then day of this month", "الأربعاء 7 الجاري", pub, []want{d("الأربعاء 7 الجاري", "2021-07-07")}},
		{"night past", "ليلة الجمعة الماضية استهدفت القاعدة", pub, []want{d("ليلة الجمعة الماضية", "2021-07-08")}},
		{"clitic waw", "والسبت أعلنت الفصائل", pub, []want{d("السبت", "2021-07-10")}},
		{"weekday then explicit", "يوم الأحد 27 حزيران 2021 قصفت", pub, []want{{"يوم الأحد 27 حزيران 2021", "2021-06-27", "day", false}}},
		{"weekday muwafiq", "الأحد الموافق 2021-06-27 قصفت", pub, []want{{"الأحد الموافق 2021-06-27", "2021-06-27", "day", false}}},
		{"weekday then parenthesised date", "اليوم الإثنين (5 يوليو 2021) قال", pub, []want{{"اليوم الإثنين (5 يوليو 2021)", "2021-07-05", "day", false}}},
		{"next weekday", "ستعقد الجلسة الثلاثاء المقبل", pub, []want{d("الثلاثاء المقبل", "2021-07-13")}},
		{"next weekday equal to published", "الأحد القادم", pub, []want{d("الأحد القادم", "2021-07-18")}},
		{"not inside a longer word", "هذا الطراز الأحدث من المسيرات", pub, nil},
		{"eleven", "قتل الأحد عشر جنديا", pub, nil},
		{"friday prayer", "بعد صلاة الجمعة خرج المصلون", pub, nil},
		{"weekday without published", "مساء الثلاثاء هاجمت مسيرة", "", []want{d("مساء الثلاثاء", "")}},
	})
}

func TestFindMonthRelative(t *testing.T) {
	runFind(t, []findCase{
		{"ordinal current month", "وقع هجوم في السابع من الشهر الجاري", pub, []want{d("في السابع من الشهر الجاري", "2021-07-07")}},
		{"digits last month", "وفي 28 من الشهر الماضي قصفت", pub, []want{d("في 28 من الشهر الماضي", "2021-06-28")}},
		{"without min", "في 17 الشهر الماضي هاجمت", pub, []want{d("في 17 الشهر الماضي", "2021-06-17")}},
		{"compound ordinal", "في الحادي عشر من الشهر المنصرم", pub, []want{d("في الحادي عشر من الشهر المنصرم", "2021-06-11")}},
		{"twenty-first", "في الحادي والعشرين من الشهر الحالي", pub, []want{d("في الحادي والعشرين من الشهر الحالي", "2021-07-21")}},
		{"al with tatweel before digits", "في الـ28 من الشهر الماضي", pub, []want{d("في الـ28 من الشهر الماضي", "2021-06-28")}},
		{"ordinal qualifying a noun", "في الأسبوع الأول من الشهر الجاري", pub, []want{{"الشهر الجاري", "2021-07-01", "month", true}}},
		{"journalistic current", "في 5 الجاري", pub, []want{d("في 5 الجاري", "2021-07-05")}},
		{"journalistic past", "في 28 الماضي", pub, []want{d("في 28 الماضي", "2021-06-28")}},
		{"compound twenty-third", "في الثالث والعشرين من الشهر الماضي", pub, []want{d("في الثالث والعشرين من الشهر الماضي", "2021-06-23")}},
		{"hours are not a day", "خلال الساعات الـ24 الماضية", pub, nil},
		{"feminine modifier is not a day", "في الأيام 3 الماضية", pub, nil},
		{"day not in month", "في الحادي والثلاثين من الشهر الماضي", pub, []want{d("في الحادي والثلاثين من الشهر الماضي", "")}},
		{"arabic-indic digits", "في ٣ من الشهر الجاري", pub, []want{d("في ٣ من الشهر الجاري", "2021-07-03")}},
		{"middle of last month", "منذ منتصف الشهر الماضي تتصاعد الهجمات", pub, []want{{"منتصف الشهر الماضي", "2021-06-01", "month", true}}},
		{"start of the month", "منذ مطلع الشهر قتل عشرة", pub, []want{{"مطلع الشهر", "2021-07-01", "month", true}}},
		{"last month", "تكررت الهجمات الشهر الماضي", pub, []want{{"الشهر الماضي", "2021-06-01", "month", true}}},
		{"this month", "هذا الشهر شهد تصعيدا", pub, []want{{"هذا الشهر", "2021-07-01", "month", true}}},
		{"last week", "تعرضت القاعدة الأسبوع الماضي لهجومين", pub, []want{{"الأسبوع الماضي", "", "week", true}}},
		{"start of the week", "منذ مطلع الأسبوع", pub, []want{{"مطلع الأسبوع", "", "week", true}}},
		{"january last month", "في 28 من الشهر الماضي", "2022-01-06", []want{d("في 28 من الشهر الماضي", "2021-12-28")}},
	})
}

func TestFindExplicit(t *testing.T) {
	abs := func(text, day string) want { return want{text, day, "day", false} }
	runFind(t, []findCase{
		{"doubled with slash", "في 29 يونيو/ حزيران 2021 قصفت", pub, []want{abs("في 29 يونيو/ حزيران 2021", "2021-06-29")}},
		{"doubled parenthesis past", "بتاريخ 29 يونيو (حزيران) الماضي", pub, []want{d("29 يونيو (حزيران) الماضي", "2021-06-29")}},
		{"arabic-indic", "٢٩ حزيران ٢٠٢١", pub, []want{abs("٢٩ حزيران ٢٠٢١", "2021-06-29")}},
		{"kanun al-awwal", "منذ 20 ديسمبر (كانون الأول) الماضي", "2022-01-06", []want{d("20 ديسمبر (كانون الأول) الماضي", "2021-12-20")}},
		{"ordinal and tishrin", "في الأول من تشرين الأول 2020", pub, []want{abs("في الأول من تشرين الأول 2020", "2020-10-01")}},
		{"kanun al-thani", "3 كانون الثاني 2020", pub, []want{abs("3 كانون الثاني 2020", "2020-01-03")}},
		{"tishrin al-thani", "الخامس من تشرين الثاني 2019", pub, []want{abs("الخامس من تشرين الثاني 2019", "2019-11-05")}},
		{"no year earlier", "الخامس من أيار", pub, []want{d("الخامس من أيار", "2021-05-05")}},
		{"no year later in year", "في 12 تموز", pub, []want{d("في 12 تموز", "2020-07-12")}},
		{"no year same day", "11 تموز", pub, []want{d("11 تموز", "2021-07-11")}},
		{"past same day", "11 تموز الماضي", pub, []want{d("11 تموز الماضي", "2020-07-11")}},
		{"next", "3 أغسطس المقبل", pub, []want{d("3 أغسطس المقبل", "2021-08-03")}},
		{"current", "5 آذار الجاري", pub, []want{d("5 آذار الجاري", "2021-03-05")}},
		{"from last year", "في 9 أيلول من العام الماضي", pub, []want{d("في 9 أيلول من العام الماضي", "2020-09-09")}},
		{"aam year", "في 9 أيلول عام 2018", pub, []want{abs("في 9 أيلول عام 2018", "2018-09-09")}},
		{"shahr", "في 4 من شهر أبريل 2021", pub, []want{abs("في 4 من شهر أبريل 2021", "2021-04-04")}},
		{"ibril", "4 إبريل 2021", pub, []want{abs("4 إبريل 2021", "2021-04-04")}},
		{"mayyo shadda", "5 مايّو 2021", pub, []want{abs("5 مايّو 2021", "2021-05-05")}},
		{"yunyah", "7 يونيه 2020", pub, []want{abs("7 يونيه 2020", "2020-06-07")}},
		{"yulyah", "7 يوليه 2020", pub, []want{abs("7 يوليه 2020", "2020-07-07")}},
		{"october no hamza", "1 اكتوبر 2020", pub, []want{abs("1 اكتوبر 2020", "2020-10-01")}},
		{"maghrebi july", "14 جويلية 2020", pub, []want{abs("14 جويلية 2020", "2020-07-14")}},
		{"maghrebi august", "3 أوت 2019", pub, []want{abs("3 أوت 2019", "2019-08-03")}},
		{"maghrebi feb", "12 فيفري 2019", pub, []want{abs("12 فيفري 2019", "2019-02-12")}},
		{"maghrebi may", "8 ماي 2018", pub, []want{abs("8 ماي 2018", "2018-05-08")}},
		{"maghrebi june", "2 جوان 2019", pub, []want{abs("2 جوان 2019", "2019-06-02")}},
		{"leap day without year", "29 فبراير", pub, []want{d("29 فبراير", "2020-02-29")}},
		{"day that does not exist keeps the month", "31 حزيران 2021", pub, []want{{"حزيران 2021", "2021-06-01", "month", false}}},
		{"no year without published", "29 يونيو الماضي", "", []want{d("29 يونيو الماضي", "")}},
		{"year without published", "29 يونيو 2021", "", []want{abs("29 يونيو 2021", "2021-06-29")}},
		{"iso", "بتاريخ 2021-06-28 سقطت", pub, []want{abs("2021-06-28", "2021-06-28")}},
		{"slashes", "بتاريخ 28/6/2021 سقطت", pub, []want{abs("28/6/2021", "2021-06-28")}},
		{"dashes day first", "28-06-2021", pub, []want{abs("28-06-2021", "2021-06-28")}},
		{"year first slashes", "2021/6/28", pub, []want{abs("2021/6/28", "2021-06-28")}},
		{"indic numeric", "٢٨/٦/٢٠٢١", pub, []want{abs("٢٨/٦/٢٠٢١", "2021-06-28")}},
		{"month first fallback", "6/28/2021", pub, []want{abs("6/28/2021", "2021-06-28")}},
		{"spaced slashes", "بتاريخ 7 / 1 / 2021", pub, []want{abs("7 / 1 / 2021", "2021-01-07")}},
		{"not a date", "28/13/2021 و 5 - 6 - 2021", pub, nil},
	})
}

func TestFindMonthsAndYears(t *testing.T) {
	month := func(text, day string, rel bool) want { return want{text, day, "month", rel} }
	year := func(text, day string, rel bool) want { return want{text, day, "year", rel} }
	runFind(t, []findCase{
		{"month year", "قتل في آذار 2019 ثلاثة", pub, []want{month("في آذار 2019", "2019-03-01", false)}},
		{"doubled month year", "في أبريل/ نيسان 2020", pub, []want{month("في أبريل/ نيسان 2020", "2020-04-01", false)}},
		{"maghrebi month", "في جانفي 2020", pub, []want{month("في جانفي 2020", "2020-01-01", false)}},
		{"month past", "منذ حزيران الماضي", pub, []want{month("حزيران الماضي", "2021-06-01", true)}},
		{"month past equal to published", "منذ تموز الماضي", pub, []want{month("تموز الماضي", "2020-07-01", true)}},
		{"month next", "في آب المقبل", pub, []want{month("في آب المقبل", "2021-08-01", true)}},
		{"month before published", "منذ أيار", pub, []want{month("أيار", "2021-05-01", true)}},
		{"ab with shahr", "منذ شهر آب الماضي", pub, []want{month("شهر آب الماضي", "2020-08-01", true)}},
		{"ab with fi", "في آب قصفت", pub, []want{month("في آب", "2020-08-01", true)}},
		{"middle of august", "منتصف آب", pub, []want{month("منتصف آب", "2020-08-01", true)}},
		{"door is not august", "أغلق باب القاعدة", pub, nil},
		{"father is not august", "قال أب القتيل", pub, nil},
		{"verb is not march", "مارس الضغط على الحكومة", pub, nil},
		{"name is not may", "قالت تيريزا ماي إن", pub, nil},
		{"aam", "تأسست القاعدة عام 2017", pub, []want{year("عام 2017", "2017-01-01", false)}},
		{"sana with mim", "منذ سنة 2017م", pub, []want{year("سنة 2017م", "2017-01-01", false)}},
		{"last year", "في العام الماضي قتل", pub, []want{year("في العام الماضي", "2020-01-01", true)}},
		{"start of the year", "منذ مطلع العام قتل", pub, []want{year("مطلع العام", "2021-01-01", true)}},
		{"end of a year", "منذ أواخر 2019", pub, []want{year("أواخر 2019", "2019-01-01", false)}},
		{"part at the end", "منذ أواخر", pub, nil},
		{"first of the month", "منذ أول الشهر الجاري", pub, []want{month("أول الشهر الجاري", "2021-07-01", true)}},
		{"this year", "منذ مطلع هذا العام", pub, []want{year("مطلع هذا العام", "2021-01-01", true)}},
		{"fi year", "في 2019، قصفت", pub, []want{year("في 2019", "2019-01-01", false)}},
		{"count is not a year", "في 2019 غارة", pub, nil},
		{"hijri is not gregorian", "عام 1442 هـ", pub, nil},
	})
}

func TestFindAgo(t *testing.T) {
	runFind(t, []findCase{
		{"two days", "قبل يومين سقطت قذيفة", pub, []want{d("قبل يومين", "2021-07-09")}},
		{"mundhu two days", "منذ يومين تتعرض القاعدة", pub, []want{d("منذ يومين", "2021-07-09")}},
		{"one day", "قبل يوم واحد", pub, []want{d("قبل يوم", "2021-07-10")}},
		{"three days", "قبل ثلاثة أيام", pub, []want{d("قبل ثلاثة أيام", "2021-07-08")}},
		{"digits days", "منذ 5 أيام", pub, []want{d("منذ 5 أيام", "2021-07-06")}},
		{"week", "وقبل أسبوع هاجمت", pub, []want{d("قبل أسبوع", "2021-07-04")}},
		{"two weeks", "قبل أسبوعين", pub, []want{d("قبل أسبوعين", "2021-06-27")}},
		{"three weeks", "قبل ثلاثة أسابيع", pub, []want{d("قبل ثلاثة أسابيع", "2021-06-20")}},
		{"about a week", "قبل نحو أسبوع", pub, []want{d("قبل نحو أسبوع", "2021-07-04")}},
		{"days unknown", "قبل أيام قصفت", pub, []want{d("قبل أيام", "")}},
		{"few days unknown", "منذ بضعة أيام", pub, []want{d("منذ بضعة أيام", "")}},
		{"relative to another event", "قبل يومين من الانتخابات", pub, nil},
		{"relative to another event, with only", "قبل يومين فقط من زيارة الوزير", pub, nil},
	})
}

func TestFindSeveral(t *testing.T) {
	runFind(t, []findCase{
		{"three in one sentence", "بعد هجوم أمس، وآخر الخميس، و3 تموز 2020، قال", pub, []want{
			d("أمس", "2021-07-10"), d("الخميس", "2021-07-08"), {"3 تموز 2020", "2020-07-03", "day", false}}},
		{"no arabic at all", "The base was attacked on Sunday.", pub, nil},
		{"empty", "", pub, nil},
	})
}

// runFind checks every case: the expected matches and their offsets.
func runFind(t *testing.T, cases []findCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := Find(tc.in, tc.published)
			checkOffsets(t, tc.in, got)
			if len(got) != len(tc.want) {
				t.Fatalf("Find(%q) = %+v, want %d matches", tc.in, got, len(tc.want))
			}
			for i, w := range tc.want {
				g := got[i]
				if g.Text != w.text || g.Day != w.day || g.Precision != w.prec || g.Relative != w.rel {
					t.Errorf("Find(%q)[%d] = %+v, want %+v", tc.in, i, g, w)
				}
			}
		})
	}
}

// checkOffsets asserts that matches are ordered, do not overlap, and that
// their rune offsets select their Text.
func checkOffsets(t *testing.T, text string, ms []Match) {
	t.Helper()
	runes := []rune(text)
	prevEnd := 0
	for _, m := range ms {
		if m.Start < prevEnd || m.End <= m.Start || m.End > len(runes) {
			t.Fatalf("bad offsets %d:%d (previous end %d, %d runes) in %q", m.Start, m.End, prevEnd, len(runes), text)
		}
		if s := string(runes[m.Start:m.End]); s != m.Text {
			t.Errorf("runes[%d:%d] = %q, Text = %q", m.Start, m.End, s, m.Text)
		}
		prevEnd = m.End
	}
}

func TestParse(t *testing.T) {
	tests := []struct {
		in, published, day, prec string
		ok                       bool
	}{
		{"أمس", pub, "2021-07-10", "day", true},
		{"في 28 من الشهر الماضي", pub, "2021-06-28", "day", true},
		{"مساء السبت", pub, "2021-07-10", "day", true},
		{"في آذار 2019", "", "2019-03-01", "month", true},
		{"مساء السبت", "", "", "day", true},
		{"صباحاً", pub, "", "", false},
		{"لا تاريخ هنا", pub, "", "", false},
		// several: the longest wins
		{"أمس، في 29 يونيو/ حزيران الماضي", pub, "2021-06-29", "day", true},
	}
	for _, tc := range tests {
		m, ok := Parse(tc.in, tc.published)
		if ok != tc.ok || m.Day != tc.day || m.Precision != tc.prec {
			t.Errorf("Parse(%q, %q) = %+v, %v; want day %q precision %q ok %v", tc.in, tc.published, m, ok, tc.day, tc.prec, tc.ok)
		}
	}
}

// TestParseAgreesWithFind parses the Text of every match Find returns in a
// paragraph and expects the same resolution.
func TestParseAgreesWithFind(t *testing.T) {
	const para = "قالت مصادر محلية إن طائرة مسيرة استهدفت فجر اليوم الأحد القاعدة، بعد هجوم أمس السبت. " +
		"وكانت القاعدة تعرضت في 28 من الشهر الماضي ويوم 3 تموز 2020 وليلة الجمعة الماضية لهجمات، " +
		"كما قصفت قبل ثلاثة أيام وفي منتصف الشهر الماضي وعام 2017 و20 ديسمبر (كانون الأول) الماضي و2021-06-28."
	ms := Find(para, pub)
	if len(ms) < 10 {
		t.Fatalf("Find found %d matches, want at least 10: %+v", len(ms), ms)
	}
	checkOffsets(t, para, ms)
	for _, m := range ms {
		p, ok := Parse(m.Text, pub)
		if !ok || p.Day != m.Day || p.Precision != m.Precision || p.Relative != m.Relative || p.Text != m.Text {
			t.Errorf("Parse(%q) = %+v, %v; Find gave %+v", m.Text, p, ok, m)
		}
		if p.Start != 0 || p.End != utf8.RuneCountInString(m.Text) {
			t.Errorf("Parse(%q) offsets %d:%d, want 0:%d", m.Text, p.Start, p.End, utf8.RuneCountInString(m.Text))
		}
	}
}

func TestFindWithoutDateDoesNotAllocate(t *testing.T) {
	const s = "قال المتحدث باسم التحالف للقوات إن القوات ردت على مصادر النيران وإن التحقيق مستمر."
	allocs := testing.AllocsPerRun(100, func() {
		if ms := Find(s, pub); ms != nil {
			t.Fatalf("Find(%q) = %+v, want nil", s, ms)
		}
	})
	if allocs != 0 {
		t.Errorf("Find without a date allocates %.1f times per call, want 0", allocs)
	}
}

// TestFindSpellingVariants writes the same expressions with clitics,
// diacritics, tatweel, hamza and ya/ta-marbuta variants and other digits.
func TestFindSpellingVariants(t *testing.T) {
	tests := []struct {
		in, text, day string
	}{
		{"فأمس قصفت", "أمس", "2021-07-10"},
		{"وبالأمس قصفت", "الأمس", "2021-07-10"},
		{"هاجموا امس القاعدة", "امس", "2021-07-10"},
		{"هاجموا أمـــس القاعدة", "أمـــس", "2021-07-10"},
		{"وفي اليومِ قُصفت", "في اليومِ", "2021-07-11"},
		{"لليوم الأحد", "ليوم الأحد", "2021-07-11"},
		{"الاحد", "الاحد", "2021-07-11"},
		{"الأحَد", "الأحَد", "2021-07-11"},
		{"الخميـس", "الخميـس", "2021-07-08"},
		{"الجمعه الماضيه", "الجمعه الماضيه", "2021-07-09"},
		{"الأربعاء", "الأربعاء", "2021-07-07"},
		{"الاربعاء", "الاربعاء", "2021-07-07"},
		{"في 28 من الشهر الماضى", "في 28 من الشهر الماضى", "2021-06-28"},
		{"في ٢٨ من الشهر الماضي", "في ٢٨ من الشهر الماضي", "2021-06-28"},
		{"في ۲۸ من الشهر الماضي", "في ۲۸ من الشهر الماضي", "2021-06-28"},
		{"في 28 مِنَ الشَّهرِ الماضِي", "في 28 مِنَ الشَّهرِ الماضِي", "2021-06-28"},
		{"وللشهر الماضي", "لشهر الماضي", "2021-06-01"},
		{"٢٠٢١-٠٦-٢٨", "٢٠٢١-٠٦-٢٨", "2021-06-28"},
		{"إبريل 2021", "إبريل 2021", "2021-04-01"},
		{"ابريل 2021", "ابريل 2021", "2021-04-01"},
		{"أيّار 2021", "أيّار 2021", "2021-05-01"},
	}
	for _, tc := range tests {
		got := Find(tc.in, pub)
		checkOffsets(t, tc.in, got)
		if len(got) != 1 || got[0].Text != tc.text || got[0].Day != tc.day {
			t.Errorf("Find(%q) = %+v, want one match %q on %s", tc.in, got, tc.text, tc.day)
		}
	}
}

// TestWeekday checks the one weekday a date text names, read as Find reads
// words (clitics, variant spellings), and none when it names none or two.
func TestWeekday(t *testing.T) {
	tests := []struct {
		text string
		want time.Weekday
		ok   bool
	}{
		{"فجر الأحد الماضي", time.Sunday, true},
		{"مساء يوم الإثنين", time.Monday, true},
		{"ليل الثلثاء", time.Tuesday, true},
		{"وفي الخميس", time.Thursday, true},
		{"أحد الأيام", 0, false},
		{"ليل الخميس - الجمعة", 0, false},
		{"في 17 من الشهر الماضي", 0, false},
	}
	for _, tc := range tests {
		got, ok := Weekday(tc.text)
		if ok != tc.ok || ok && got != tc.want {
			t.Errorf("Weekday(%q) = %v, %v; want %v, %v", tc.text, got, ok, tc.want, tc.ok)
		}
	}
}
