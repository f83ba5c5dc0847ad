// Package dates finds Arabic date expressions in news text and resolves them
// to ISO days relative to the article's publication day.
//
// # Input
//
// Text is raw article text. Words are compared after folding: diacritics and
// tatweel removed, أ إ آ ٱ → ا, ى → ي, ة → ه, Arabic-Indic and Persian
// digits → ASCII. A word that is not itself a date word may carry up to two
// proclitics (و ف ب ل ك: وأمس, بالأمس, وللشهر); the match then starts after
// them. Matches never begin or end inside a word (الأحدث is not الأحد). A
// preceding separate "في" is part of the match ("في 28 من الشهر الماضي").
//
// # Rules (published = P)
//
//   - أمس, البارحة, الأمس, يوم أمس, ليلة أمس, الليلة الماضية, ليلة البارحة:
//     P-1; الليلة قبل الماضية: P-2. أول أمس, أول من أمس, أمس الأول: P-2. اليوم, الليلة: P. اليوم
//     followed by التالي, نفسه, ذاته, an ordinal or a modifier ("اليوم التالي",
//     "اليوم الأول") or preceded by ذلك, نفس, ذات, مثل هذا counts from another
//     event and is no match. Nor is an اليوم that is part of a name, an
//     outlet's as a rule: quoted or in brackets with one word before it
//     («بغداد اليوم», لـ"روسيا اليوم", "(بغداد اليوم)", "«اليوم»"), after an
//     outlet noun or أخبار ("صحيفة اليوم", "أخبار اليوم"), before نيوز, نت or
//     الإخبارية, or in a dateline that opens the text ("بغداد اليوم – بغداد",
//     "بغداد اليوم/ نينوى"). "الخميس (اليوم)" and "وكالة رويترز اليوم" are
//     today.
//   - A part of the day before any expression (فجر, صباح, ظهر, عصر, مساء,
//     نهار, ضحى ...) and يوم do not move the day: "فجر اليوم" = P, "مساء أمس" = P-1.
//   - A weekday followed by nothing is the latest such day on or before P (P
//     itself when P is that weekday); with الماضي/المنصرم/الفائت/السابق it is
//     strictly before P (a week back when P is that weekday); with المقبل/القادم
//     it is strictly after P. "الاثنين من الأسبوع الماضي" is the Monday of the week
//     before P's (weeks start on Sunday); "الخميس من هذا الأسبوع" is like
//     "الخميس"; "الأحد قبل الماضي" is a week before "الأحد الماضي". "اليوم الأحد" is
//     P and "أمس السبت" is P-1 whatever the weekday says.
//   - ليلة X for a weekday X: in Arabic the night precedes its day, so
//     "ليلة السبت" is the night from Friday to Saturday and resolves to the
//     calendar day on which that night began, X-1 (Friday). When a second day
//     is named ("ليلة السبت على الأحد", "ليلة السبت إلى الأحد", "ليلة السبت-الأحد") the night began on
//     the first one, which is the day. ليلة before أمس/اليوم or an explicit
//     date does not shift it. ليل X is the modern "X night" (the agencies'
//     "ليل السبت الأحد"), so it is X. After "بعد منتصف" (بعيد، عقب) the night
//     has run into its day: "بعد منتصف ليل الأحد - الإثنين" is Monday and
//     "بعيد منتصف ليلة الثلاثاء" is Tuesday. So has a night of two days
//     whose hour is told next at dawn ("ليلة السبت على الأحد، قرابة الساعة
//     الثالثة فجراً"، "ليل الأحد - الإثنين، عند الثانية من فجر الإثنين"),
//     which the match then covers.
//   - Weekday then explicit date ("الأحد 27 حزيران", "الأحد الموافق
//     2021-06-27", "الأحد الموافق لـ27 حزيران"): the explicit date wins; الأحد عشر (eleven) and صلاة الجمعة
//     (the prayer) are not weekdays.
//   - Day + month: the day in digits (1–31) or as a masculine ordinal (الأول
//     .. العاشر, الحادي عشر .. التاسع عشر, العشرين, الحادي والعشرين ..
//     الحادي والثلاثين; not when it qualifies a definite noun before it, as in
//     "الأسبوع الأول من الشهر"; "الـ28" is 28; the Maghrebi "فاتح" / "الفاتح" is 1), optionally من and شهر, then a month name in any of
//     the Egyptian/Gulf (يناير .. ديسمبر, إبريل, يونيه, يوليه), Levantine/Iraqi
//     (كانون الثاني .. كانون الأول) or Maghrebi (جانفي, فيفري, أفريل, ماي, جوان,
//     جويلية, أوت; يوليوز, غشت, شتنبر, نونبر, دجنبر) forms, optionally doubled
//     ("يونيو/ حزيران", "يونيو (حزيران)"), then optionally a year ("2021",
//     "عام 2021", "من العام الماضي") or a modifier. Without a year the day is
//     the latest one on or before P; with الماضي strictly before P; with
//     الجاري/الحالي in P's year; with المقبل/القادم the first after P. In
//     "كانون الأول" الأول belongs to the month name; "الأول من كانون الثاني"
//     is day 1 of January.
//   - Month without day: "في آذار 2019", "حزيران الماضي", "منتصف شهر آب"
//     have Precision "month" and Day the first of the month. آب, مارس, ماي,
//     جوان are also common words (father, "practised", May, Joan), so alone
//     they need a year, a modifier, شهر, في or a part word (مطلع, منتصف,
//     أواخر ...) next to them.
//   - The current and neighbouring months: "في السابع من الشهر الجاري",
//     "في 28 من الشهر الماضي", "في 17 الشهر الماضي", and the journalistic
//     "في 5 الجاري" (this month) and "في 28 الماضي" (last month; a feminine الماضية agrees with another noun,
//     as in "الساعات الـ24 الماضية", and is no date) are days; "الشهر
//     الماضي", "مطلع الشهر", "منتصف الشهر الماضي", "هذا الشهر" are months.
//   - Years: "عام 2017", "سنة 2017م", "العام 2017" and "في 2019" (only before
//     punctuation or the end) are Precision "year"; so are "العام الماضي",
//     "هذا العام", "مطلع العام الجاري", "مطلع العام" (Relative), and "أواخر 2019". The part
//     words (مطلع, منتصف, أوائل, أواخر, بداية, نهاية, أول ...) never make a
//     month or year more precise.
//   - Weeks: "الأسبوع الماضي", "هذا الأسبوع" are matched so that callers can
//     keep the words, with Precision "week" and Day "": a week is not a day.
//   - Ago: "قبل يوم" P-1, "قبل يومين"/"منذ يومين" P-2, "قبل ثلاثة أيام",
//     "منذ 10 أيام", "قبل نحو 5 أيام" P-n, "قبل أسبوع" P-7, "قبل أسبوعين" P-14, "قبل 3 أسابيع"
//     P-21, "قبل 48 ساعة" P-2 (whole days of hours only). "قبل أيام", "منذ بضعة أيام" match with Day "". When من follows
//     ("قبل يومين من الهجوم") the count is from another event: no match;
//     "منذ يوم الجمعة", "منذ يوم أمس" are since that day: only the day matches.
//     غداة (the morning after another event) is never resolved.
//   - Numeric: 2021-06-28, 2021/6/28, 28/6/2021, 28-06-2021, 28.6.2021
//     written without spaces (slashes may be spaced: 7 / 1 / 2021); day-first unless only month-first is a date.
//     A year from 1300 to 1600 is Hijri ("1445/4/4 هـ"); other years before 1800 are no date.
//     Day/month without a year ("19/10") counts only after في, يوم, بتاريخ,
//     a part of the day or a weekday ("الخميس 19/10"), or before الجاري/الماضي
//     ("3/4 الأعضاء" is a fraction); it is the latest such day on or before P.
//   - Nights between two days of a month: "ليلة 18 على 19 تشرين الأول",
//     "ليلة 18-19 الجاري" are the first day. Two consecutive weekdays joined
//     by a dash, slash, على or إلى after any prefix ("فجر الأحد-الإثنين",
//     "الأحد - الإثنين") are the first; weekdays further apart stay two matches.
//   - Hijri: a day (digits or ordinal), optionally من/شهر, a Hijri month
//     (محرم، صفر، ربيع الأول/الآخر/الثاني، جمادى الأولى/الآخرة، رجب، شعبان،
//     رمضان، شوال، ذو/ذي القعدة، ذو/ذي الحجة) and a year of three or four
//     digits with an optional era mark (هـ, هجري, للهجرة): "4 ربيع الآخر
//     1445 هـ", "في العاشر من ذي الحجة 1444". Converted by the Umm al-Qura
//     calendar (go-hijri's tables, 1357–1499 AH) and by the tabular Islamic
//     calendar outside it; a weekday before it ("الخميس 4 ربيع الآخر")
//     moves the day to that weekday when it is at most two days away.
//     Without a year only the months that are no common words match (not
//     صفر zero, رجب, محرم), placed on or before P. The same day in the other
//     calendar after it, joined by الموافق, a dash, a slash or in
//     parentheses, extends the match and the Gregorian day wins: "الخميس 4
//     ربيع الآخر 1445 هـ الموافق 19 تشرين الأول/أكتوبر 2023", "19 أكتوبر
//     2023 (4 ربيع الآخر 1445 هـ)".
//   - The year named before: "في 8 كانون الثاني من ذلك العام" (من العام
//     نفسه، ذاته، المذكور، تلك السنة، في السنة ذاتها) is in the year of the
//     last date of the text (any precision: "مطلع عام 2020", "العام
//     الماضي") or, before any, the year FindAfter is given; with none the
//     expression matches with Day "". Seasons (صيف، شتاء، خريف) are part
//     words: "صيف 2019" is the year 2019.
//   - Feasts: after في, يوم, a part of the day or ليلة/عشية (the eve),
//     "عيد الميلاد (المجيد)" is 25 December and "رأس السنة (الميلادية)" 1
//     January, the latest on or before P unless a year or a modifier follows
//     ("عيد الميلاد 2021", "الماضي"); "عيد الفطر" is 1 Shawwal and "عيد
//     الأضحى" 10 Dhu al-Hijjah by the Umm al-Qura calendar, the latest on
//     or before P. "أول أيام عيد الأضحى" is its day, "ثاني أيام" the day
//     after, with or without a word before. A feast with no such word
//     ("احتفالات عيد الميلاد"), a birthday ("عيد ميلاده") and "رأس السنة
//     الهجرية" are no date.
//   - الليلة with نفسها, ذاتها, عينها or التالية after it, or تلك, ذات,
//     نفس before it, is another event's night and no match.
//
// Without a publication day every relative expression still matches, with
// Day "" and Relative true, except a bare weekday ("صباح الاثنين"): it is
// the day with that weekday at most three days from the nearest date the
// text gives in full ("مساء الأحد 24 تموز 2022"), or from the day
// FindAfter is given. A day that does not exist (31 حزيران 2021) is no day; the month
// alone may still match.
//
// Find first runs an allocation-free scan for digits and date words and
// returns nil without allocating when there are none, because it runs on
// every sentence of large corpora. The scan reads Arabic letters and ASCII
// byte by byte and folds and looks up only the words whose last three
// letters end a date word (with its proclitics); internal/reference keeps
// the first implementation so that tests can check that results never
// change.
package dates
