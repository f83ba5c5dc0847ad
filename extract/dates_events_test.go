package extract

import (
	"slices"
	"testing"
)

// dayCase is an article and the days the attacks on bases (by target id)
// and the retaliations (by actor id) must get, sorted and each day once
// ("-": undated); a key not listed is not checked.
type dayCase struct {
	name, pub, text string
	attacks, rets   map[string][]string
}

func runDayCases(t *testing.T, cases []dayCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			attacks, rets := extractDays(t, tc.pub, tc.text)
			for _, m := range []map[string][]string{attacks, rets} {
				for id := range m {
					m[id] = slices.Compact(m[id]) // the days, not how the strikes were merged
				}
			}
			for id, want := range tc.attacks {
				if !slices.Equal(attacks[id], want) {
					t.Errorf("attacks on %s: %v, want %v (all %v)", id, attacks[id], want, attacks)
				}
			}
			for id, want := range tc.rets {
				if !slices.Equal(rets[id], want) {
					t.Errorf("retaliations of %s: %v, want %v (all %v)", id, rets[id], want, rets)
				}
			}
		})
	}
}

// TestThatYearDates checks an attack dated "في 8 كانون الثاني من ذلك
// العام" (العام نفسه، ذاته، تلك السنة): the year named before, in the
// sentence or the one before it, not the year of publication.
func TestThatYearDates(t *testing.T) {
	runDayCases(t, []dayCase{
		{name: "من ذلك العام after مطلع عام", pub: "2023-10-20",
			text:    "وتعيد الهجمات الأخيرة التذكير بما جرى مطلع عام 2020، حين قصفت صواريخ باليستية قاعدة عين الأسد في 8 يناير (كانون الثاني) من ذلك العام.",
			attacks: map[string][]string{"base:ain-al-asad": {"2020-01-08"}}},
		{name: "العام نفسه in the next sentence", pub: "2024-05-02",
			text:    "شهد صيف 2019 تصاعدا في الهجمات على القواعد.\n\nوفي 19 تموز من العام نفسه سقطت ثلاثة صواريخ داخل قاعدة حرير.",
			attacks: map[string][]string{"base:harir": {"2019-07-19"}}},
		{name: "السنة ذاتها after a full date", pub: "2024-05-02",
			text:    "تعرضت قاعدة الشدادي لهجوم في 3 آذار 2022، ثم استهدفت مسيرة قاعدة التنف في 11 أيار من السنة ذاتها.",
			attacks: map[string][]string{"base:shaddadi": {"2022-03-03"}, "base:al-tanf": {"2022-05-11"}}},
		{name: "no year before: undated", pub: "2024-05-02",
			text:    "واستهدفت مسيرة قاعدة حرير في 11 أيار من ذلك العام.",
			attacks: map[string][]string{"base:harir": {"-"}}},
		{name: "control: الجاري keeps the publication year", pub: "2024-01-30",
			text:    "بدأت موجة الهجمات عام 2020.\n\nوسقطت صواريخ داخل قاعدة حرير في 20 يناير الجاري.",
			attacks: map[string][]string{"base:harir": {"2024-01-20"}}},
	})
}

// TestFeastDates checks attacks and strikes dated by a fixed Gregorian
// feast (يوم عيد الميلاد: 25 December; ليلة رأس السنة: 31 December), and
// "في اليوم التالي" counted from it rather than from a day told before.
func TestFeastDates(t *testing.T) {
	runDayCases(t, []dayCase{
		{name: "يوم عيد الميلاد", pub: "2024-02-03",
			text:    "شنت الولايات المتحدة فجر اليوم ضربات على مواقع في العراق.\n\nوكانت مسيرة مفخخة قد استهدفت قاعدة حرير الجوية يوم عيد الميلاد وأصابت ثلاثة جنود.",
			attacks: map[string][]string{"base:harir": {"2023-12-25"}}},
		{name: "the attack of the feast after another day", pub: "2024-02-03",
			text: "قصفت القوات الأمريكية الأحد الماضي مقرات للفصائل.\n\n" +
				"ففي أواخر كانون الأول الماضي، وبعد هجوم بمسيرة استهدف قاعدة حرير في أربيل يوم عيد الميلاد، شنت القوات الأمريكية في اليوم التالي غارات على ثلاثة مواقع لكتائب حزب الله.",
			attacks: map[string][]string{"base:harir": {"2023-12-25"}}},
		{name: "ليلة رأس السنة", pub: "2024-01-15",
			text:    "سقطت ثلاثة صواريخ داخل قاعدة عين الأسد ليلة رأس السنة الميلادية دون وقوع إصابات.",
			attacks: map[string][]string{"base:ain-al-asad": {"2023-12-31"}}},
		{name: "control: a birthday is no day", pub: "2024-01-15",
			text:    "سقطت ثلاثة صواريخ داخل قاعدة عين الأسد بعد أيام من احتفال القائد بعيد ميلاده.",
			attacks: map[string][]string{"base:ain-al-asad": {"-"}}},
	})
}

// TestFeastNextDay checks "في اليوم التالي" after a feast day named in its
// sentence, past a month named before it and a day told before that.
func TestFeastNextDay(t *testing.T) {
	runHitCases(t, []hitCase{
		{"next day after Christmas", "2024-02-03",
			"قصفت القوات الأمريكية الأحد الماضي مقرات للفصائل. ففي أواخر كانون الأول الماضي، وبعد هجوم بمسيرة استهدف قاعدة حرير يوم عيد الميلاد، شنت القوات في اليوم التالي غارات على مواقع لكتائب حزب الله.",
			1, map[string]string{"يوم عيد الميلاد": "2023-12-25", "اليوم التالي": "2023-12-26"}},
		{"next day after new year's eve", "2024-02-03",
			"وكانت صواريخ قد سقطت في قاعدة عين الأسد ليلة رأس السنة، وردت القوات في اليوم التالي بقصف منصات الإطلاق.",
			0, map[string]string{"ليلة رأس السنة": "2023-12-31", "اليوم التالي": "2024-01-01"}},
	})
}

// TestNightOfAnotherEvent checks "في الليلة نفسها" (ذاتها، عينها): the
// night of the event told before, not the publication day; "الليلة" alone
// is still tonight.
func TestNightOfAnotherEvent(t *testing.T) {
	runHitCases(t, []hitCase{
		{"الليلة نفسها after a dated strike", "2024-01-16",
			"قصفت مدفعية الحرس الثوري مساء الاثنين مواقع في أربيل. وأضاف البيان أن القوات استهدفت في الليلة نفسها تجمعات للمسلحين في إدلب.",
			1, map[string]string{"في الليلة نفسها": "2024-01-15", "في الليلة": "-"}},
		{"الليلة ذاتها after فيما", "2022-09-17",
			"شنت طائرات حربية فجر الثلاثاء الماضي غارات على مطار دمشق، فيما طالت غارات في الليلة ذاتها مواقع قرب الكسوة.",
			0, map[string]string{"في الليلة ذاتها": "2022-09-13", "في الليلة": "-"}},
		{"الليلة عينها, no في", "2024-03-20",
			"سقطت صواريخ في قاعدة حرير ليل السبت. وأسقطت الدفاعات الليلة عينها مسيرة قرب المطار.",
			1, map[string]string{"الليلة عينها": "2024-03-16"}},
		{"a month before the night leaves no day", "2022-09-17",
			"شنت طائرات حربية فجر الثلاثاء غارات على مطار دمشق. وكانت غارات قد استهدفت الشهر الماضي مطار التيفور، فيما طالت غارات في الليلة نفسها مواقع قرب القصير.",
			1, map[string]string{"في الليلة نفسها": "-", "في الليلة": "-"}},
		{"control: الليلة alone is tonight", "2024-01-16",
			"تعرضت قاعدة حرير الليلة لهجوم بمسيرتين.",
			0, map[string]string{"الليلة": "2024-01-16"}},
	})
	runDayCases(t, []dayCase{
		{name: "strike in the same night", pub: "2024-01-17",
			text: "قصفت القوات التركية مساء الاثنين مواقع لحزب العمال الكردستاني في سنجار ردا على هجوم استهدف قاعدة زليكان. وأضافت الوزارة أن القوات التركية قصفت في الليلة نفسها مواقع للحزب في مخمور ردا على الهجوم.",
			rets: map[string][]string{"force:turkish-army": {"2024-01-15"}}},
	})
}

// TestNextDayAfterMonth checks "في اليوم التالي" after a month named in
// its own sentence: the day before it is no longer the anchor.
func TestNextDayAfterMonth(t *testing.T) {
	runHitCases(t, []hitCase{
		{"a month after the day told before", "2024-02-03",
			"قصفت القوات الأمريكية مواقع للفصائل الثلاثاء الماضي. وفي منتصف كانون الأول الماضي تعرضت القاعدة لهجوم، وشنت القوات في اليوم التالي غارات على مواقع للكتائب.",
			1, map[string]string{"اليوم التالي": "-"}},
		{"a week after the day told before", "2024-02-03",
			"قصفت القوات الأمريكية مواقع للفصائل الثلاثاء الماضي. وفي الأسبوع الماضي تعرضت القاعدة لهجوم، وردت القوات في اليوم التالي بغارات.",
			1, map[string]string{"اليوم التالي": "-"}},
		{"control: a day in the sentence still counts", "2024-02-03",
			"قصفت القوات الأمريكية مواقع للفصائل الثلاثاء الماضي. وفي كانون الأول الماضي، وبعد هجوم على القاعدة في 20 منه، ردت القوات في اليوم التالي بغارات.",
			1, map[string]string{"اليوم التالي": "2023-12-21"}},
		{"control: the day of the sentence before", "2024-02-03",
			"تعرضت قاعدة حرير لهجوم الثلاثاء الماضي. وفي اليوم التالي ردت القوات بغارات.",
			1, map[string]string{"اليوم التالي": "2024-01-31"}},
		{"control: a span does not reset", "2024-02-03",
			"تعرضت قاعدة حرير لهجوم الثلاثاء الماضي، وهو الثالث منذ مطلع الشهر، وفي اليوم التالي ردت القوات بغارات.",
			0, map[string]string{"اليوم التالي": "2024-01-31"}},
	})
}

// TestDaysAfterAnotherEvent checks an attack told inside "بعد يوم واحد من
// إعلانها إحباط هجوم على قاعدة X" (a few words between من and the attack
// word): the day the sentence names before, less the span.
func TestDaysAfterAnotherEvent(t *testing.T) {
	runDayCases(t, []dayCase{
		{name: "بعد يوم واحد من إعلانها إحباط هجوم", pub: "2019-09-10",
			text:    "شنت الطائرات الروسية في 3-9-2019 غارات على بلدة كفرنبل، بعد يوم واحد من إعلانها إحباط هجوم بطائرات مسيرة على قاعدة حميميم.",
			attacks: map[string][]string{"base:hmeimim": {"2019-09-02"}}},
		{name: "بعد يومين من إعلان الجيش صد هجوم", pub: "2024-01-20",
			text:    "قصفت الطائرات الأمريكية مساء الأربعاء مواقع للفصائل، بعد يومين من إعلان الجيش صد هجوم بمسيرات على قاعدة حرير.",
			attacks: map[string][]string{"base:harir": {"2024-01-15"}}},
		{name: "بعد أسبوع واحد من", pub: "2024-01-20",
			text:    "شنت المقاتلات غارات يوم 18 كانون الثاني، بعد أسبوع واحد من هجوم صاروخي استهدف قاعدة عين الأسد.",
			attacks: map[string][]string{"base:ain-al-asad": {"2024-01-11"}}},
		{name: "control: the date inside the من-phrase stays", pub: "2024-01-30",
			text:    "ويأتي الهجوم على قاعدة التنف بعد أسبوع من قصف طال قاعدة الشدادي يوم السبت 20 من الشهر.",
			attacks: map[string][]string{"base:shaddadi": {"2024-01-20"}}},
		{name: "control: من right before the attack word", pub: "2024-01-20",
			text:    "قصفت الطائرات مواقع للفصائل مساء الأربعاء، بعد ثلاثة أيام من هجوم على قاعدة حرير.",
			attacks: map[string][]string{"base:harir": {"2024-01-14"}}},
		{name: "control: بعد أيام من is no day", pub: "2024-01-20",
			text:    "قصفت الطائرات مواقع للفصائل مساء الأربعاء، بعد أيام من إعلانها إحباط هجوم على قاعدة حرير.",
			attacks: map[string][]string{"base:harir": {"-"}}},
	})
}

// TestWeekdayAnchoredWithoutPublished checks an article with no
// publication day: a bare weekday takes its day from the full date the
// sentence gives, and "في اليوم التالي" from the day named before.
func TestWeekdayAnchoredWithoutPublished(t *testing.T) {
	runHitCases(t, []hitCase{
		{"صباح الاثنين before the full date", "",
			"شنت طائرات تركية صباح الاثنين غارات على مواقع في سنجار، بعد ساعات من هجوم صاروخي استهدف قاعدة زليكان مساء الأحد 24 تموز 2022.",
			0, map[string]string{"صباح الاثنين": "2022-07-25", "مساء الأحد 24 تموز 2022": "2022-07-24"}},
		{"a weekday in the next sentence", "",
			"سقطت صواريخ في قاعدة زليكان مساء الأحد 24 تموز 2022. وأعلنت الوزارة الثلاثاء تحييد عشرة مسلحين.",
			1, map[string]string{"الثلاثاء": "2022-07-26"}},
		{"control: no full date", "",
			"شنت طائرات تركية صباح الاثنين غارات على مواقع في سنجار.",
			0, map[string]string{"صباح الاثنين": ""}},
	})
}

// TestDayBeforeAnotherEvent checks "في اليوم السابق" (the day before the
// day named last), and that "اليوم السابق للهجوم" (counted from an event
// of its own) and "الليلة السابقة" (last night) are not read so.
func TestDayBeforeAnotherEvent(t *testing.T) {
	runHitCases(t, []hitCase{
		{"في اليوم السابق", "2024-03-20",
			"سقطت صواريخ في قاعدة حرير مساء الأحد. وكانت مسيرة قد حلقت فوق القاعدة في اليوم السابق.",
			1, map[string]string{"اليوم السابق": "2024-03-16"}},
		{"control: اليوم السابق للهجوم", "2024-03-20",
			"سقطت صواريخ في قاعدة حرير مساء الأحد. وكانت مسيرة قد حلقت فوق القاعدة في اليوم السابق للهجوم.",
			1, map[string]string{"اليوم السابق": "-"}},
		{"control: الليلة السابقة is last night", "2024-03-20",
			"سقطت صواريخ في قاعدة حرير مساء الأحد. وحلقت مسيرة فوق القاعدة الليلة السابقة.",
			1, map[string]string{"الليلة السابقة": "2024-03-19"}},
	})
}

// TestDaysAfterTheStrikeToldBefore checks an attack dated from a strike
// that an earlier sentence told with its day, named again by a definite
// noun: "وجاءت الضربات بعد يومين من هجوم على قاعدة X" is two days before
// the strikes' day, not on it.
func TestDaysAfterTheStrikeToldBefore(t *testing.T) {
	strike := "نفذت طائرات أمريكية فجر اليوم الأربعاء ضربات على مواقع لكتائب حزب الله في القائم.\n\n"
	runDayCases(t, []dayCase{
		{name: "جاءت الضربات بعد يومين من هجوم", pub: "2025-03-12",
			text:    strike + "وجاءت الضربات بعد يومين من هجوم صاروخي على قاعدة عين الأسد.",
			attacks: map[string][]string{"base:ain-al-asad": {"2025-03-10"}}},
		{name: "تأتي الغارات بعد ثلاثة أيام من هجوم", pub: "2025-03-12",
			text:    strike + "وتأتي الغارات بعد ثلاثة أيام من هجوم بطائرة مسيرة على قاعدة حرير.",
			attacks: map[string][]string{"base:harir": {"2025-03-09"}}},
		{name: "جاء القصف غداة هجوم", pub: "2025-03-12",
			text:    strike + "وجاء القصف الأمريكي غداة هجوم بالصواريخ على قاعدة التنف.",
			attacks: map[string][]string{"base:al-tanf": {"2025-03-11"}}},
		{name: "a week after, the attack word a verbal noun", pub: "2025-03-12",
			text:    strike + "ونفذت الضربات بعد أسبوع من استهداف قاعدة الشدادي بالصواريخ.",
			attacks: map[string][]string{"base:shaddadi": {"2025-03-05"}}},
		{name: "control: the attack's own day in its phrase", pub: "2025-03-12",
			text:    strike + "وجاءت الضربات بعد هجوم صاروخي على قاعدة عين الأسد مساء الأحد.",
			attacks: map[string][]string{"base:ain-al-asad": {"2025-03-09"}}},
	})
}

// TestThatComesDaysAfter checks "ويأتي ذلك بعد N أيام من هجوم على قاعدة
// X": ذلك is the event told just before, an attack or a strike, and the
// attack on X is N days before its day.
func TestThatComesDaysAfter(t *testing.T) {
	runDayCases(t, []dayCase{
		{name: "after an attack", pub: "2025-03-12",
			text:    "أسقطت الدفاعات الجوية في قاعدة حرير مساء أمس الثلاثاء طائرة مسيرة.\n\nويأتي ذلك بعد ثلاثة أيام من هجوم مماثل على قاعدة عين الأسد.",
			attacks: map[string][]string{"base:harir": {"2025-03-11"}, "base:ain-al-asad": {"2025-03-08"}}},
		{name: "after a strike", pub: "2025-03-12",
			text:    "نفذت طائرات أمريكية فجر اليوم الأربعاء ضربات على مواقع لكتائب حزب الله في القائم.\n\nوجاء هذا بعد يومين من هجوم صاروخي على قاعدة التنف.",
			attacks: map[string][]string{"base:al-tanf": {"2025-03-10"}}},
	})
}

// TestUnknownDayAfterTheTarget checks an article with no publication day
// that tells its attack's day after the target's clause ("قاعدة X الواقعة
// على طريق Y، مساء يوم السبت، إثر استهدافها"): the day is unknown but
// named, so the attack stays apart from an earlier dated attack on X told
// later in the pluperfect.
func TestUnknownDayAfterTheTarget(t *testing.T) {
	runDayCases(t, []dayCase{
		{name: "apart from the background attack", pub: "",
			text:    "هزت انفجارات قوية محيط قاعدة الشدادي الواقعة على طريق الحسكة – دير الزور، مساء يوم السبت، إثر استهدافها بطائرتين مسيرتين.\n\nوكانت قاعدة الشدادي قد تعرضت لهجوم صاروخي في 3 كانون الثاني 2024، من دون إصابات.",
			attacks: map[string][]string{"base:shaddadi": {"-", "2024-01-03"}}},
	})
}

// TestOtherEventsDays checks days told after the attack's target that
// belong to other events: a strike "بعد الضربات الأمريكية في 2 شباط" and
// another base's attack "رداً على هجوم قاعدة Y يوم 28" (heldout90); and
// a training centre inside a base ("مركز تدريب") is no drill (heldout90).
func TestOtherEventsDays(t *testing.T) {
	runDayCases(t, []dayCase{
		{name: "after the strikes, in answer to another attack", pub: "2024-02-12",
			text: "قتل أربعة من مقاتلي قسد مساء أمس الأحد في هجوم بطائرة مسيرة على قاعدة حقل كونيكو.\n\n" +
				"ويعد هجوم كونيكو الأول من نوعه بعد الضربات الأمريكية الواسعة في 2 شباط/فبراير 2024 على مواقع في العراق وسورية، والتي جاءت رداً على هجوم قاعدة التنف يوم 28 كانون الثاني/يناير 2024.",
			attacks: map[string][]string{"base:conoco-gas-field": {"2024-02-11"}, "base:al-tanf": {"2024-01-28"}}},
		{name: "a training centre inside the base", pub: "",
			text:    "استهدفت طائرة مسيرة ليل الأحد مركز تدريب داخل قاعدة حقل كونيكو.",
			attacks: map[string][]string{"base:conoco-gas-field": {"-"}}},
	})
}

// TestDayAfterAYearSpan checks "ليست المرة الأولى التي تُقصف فيها القاعدة
// خلال العام الحالي، إذ تعرضت في 17 من الشهر الماضي لغارات": the day of
// the later clause that tells the attack again, not the year (heldout94).
func TestDayAfterAYearSpan(t *testing.T) {
	runDayCases(t, []dayCase{
		{name: "not the first time this year", pub: "2024-03-26",
			text: "استهدفت طائرات مجهولة ليل الأحد مواقع داخل قاعدة التنف.\n\n" +
				"وهذه ليست المرة الأولى التي تقصف فيها قاعدة التنف خلال العام الحالي، إذ تعرضت في 17 من الشهر الماضي لغارات مماثلة.",
			attacks: map[string][]string{"base:al-tanf": {"2024-02-17", "2024-03-24"}}},
	})
}

// TestInterviewDay checks an attack told in an interview's answer ("ج:",
// or the speaker's name and a colon) with no day of its own: the day is
// the one the question before it names ("س: ماذا حدث فجر الخميس؟") (heldout95).
func TestInterviewDay(t *testing.T) {
	runDayCases(t, []dayCase{
		{name: "answer after a dated question", pub: "2023-10-28",
			text: "تحدث مدير الإعلام في مجلس أمن الإقليم عن الهجوم الذي استهدف قاعدة حرير.\n\n" +
				"س: ماذا حدث بالضبط فجر الخميس؟\nج: رصدت منظوماتنا طائرتين مسيرتين تقتربان من قاعدة حرير، وأسقطتهما الدفاعات الجوية.",
			attacks: map[string][]string{"base:harir": {"2023-10-26"}}},
		{name: "the outlet asks, the commander answers by name", pub: "2022-08-25",
			text: "يتخذ جيش مغاوير الثورة من قاعدة التنف مقراً رئيسياً له. وفي ظل تصاعد الهجمات على القاعدة، حاورت عنب بلدي قائد الفصيل.\n\n" +
				"عنب بلدي: ماذا جرى فجر الإثنين 15 آب؟\nالجاسم: قرابة الرابعة فجراً رصدت الدفاعات ثلاث طائرات مسيّرة تقترب من القاعدة. جرى إسقاط اثنتين منها، فيما سقطت الثالثة قرب مبنى تستخدمه قواتنا داخل الحامية.\n\n" +
				"وكانت القيادة المركزية الأمريكية قد أكدت في بيان أن «حامية التنف» تعرضت لهجوم بطائرات مسيّرة أحادية الاتجاه.",
			attacks: map[string][]string{"base:al-tanf": {"2022-08-15"}}},
		{name: "control: no question", pub: "2023-10-28",
			text:    "تحدث مدير الإعلام عن الهجوم الذي استهدف قاعدة حرير.\n\nرصدت منظوماتنا طائرتين مسيرتين تقتربان من قاعدة حرير، وأسقطتهما الدفاعات الجوية.",
			attacks: map[string][]string{"base:harir": {"-"}}},
	})
}

// TestCorrectedReport checks a correction: "ورد في تقرير نشرناه أمس أن
// هجوماً استهدف قاعدة X ... والصحيح أن الهجوم استهدف قاعدة Y ... ولم
// تتعرض قاعدة X لأي استهداف في ذلك اليوم" leaves the attack on Y alone
// (heldout95).
func TestCorrectedReport(t *testing.T) {
	runDayCases(t, []dayCase{
		{name: "the wrong base withdrawn", pub: "2024-01-05",
			text: "تصحيح\n\nورد في تقرير نشرناه أمس الخميس أن هجوماً بطائرات مسيرة استهدف قاعدة الشدادي مساء الثلاثاء. " +
				"والصحيح أن الهجوم استهدف قاعدة حقل كونيكو، وأنه وقع مساء الإثنين الأول من كانون الثاني 2024. " +
				"ولم تتعرض قاعدة الشدادي لأي استهداف في ذلك اليوم.",
			attacks: map[string][]string{"base:conoco-gas-field": {"2024-01-01"}, "base:shaddadi": nil}},
	})
}

// TestAccusationDay checks a day told between an accusing verb's subject
// and the accused ("حمّل X، أمس الخميس، Y المسؤولية عن تفجير …"): it is the
// accusation's day, and the blame reaches the attack on the same base the
// article dates elsewhere, even in the past perfect (heldout98). "تفجير"
// tells an attack by itself.
func TestAccusationDay(t *testing.T) {
	runDayCases(t, []dayCase{
		{name: "the blast told in the past perfect", pub: "2024-03-08",
			text: "حمّل قيادي في فصيل مسلح، أمس الخميس، إسرائيل المسؤولية عن تفجير مخازن في قاعدة بلد الجوية، مؤكداً أن طائرات مسيرة دخلت الأجواء العراقية.\n\n" +
				"وكان انفجار كبير قد وقع في 3 آذار/مارس الجاري داخل قاعدة بلد الجوية.",
			attacks: map[string][]string{"base:balad": {"2024-03-03"}}},
		{name: "no day of the accusation", pub: "2024-03-08",
			text:    "حمّل قيادي في فصيل مسلح إسرائيل المسؤولية عن تفجير قاعدة بلد الجوية.",
			attacks: map[string][]string{"base:balad": {"-"}}},
	})
}

// TestAccusationDayThenTheNight checks an accusation dated between commas
// and the strike told again in the next sentence with the night before:
// the night is the strike's day. A day read with the event itself
// ("رصدت فجر اليوم مسيرة") stays, though the next sentence dates the
// answer the day before.
func TestAccusationDayThenTheNight(t *testing.T) {
	runDayCases(t, []dayCase{
		{name: "accused today, struck last night", pub: "2024-02-05",
			text: "اتهمت جماعة أنصار الحق، اليوم الاثنين، القوات الأمريكية بقصف مقر قيادة اللواء 30 في منطقة الرمانة.\n\n" +
				"وقالت الجماعة في بيان إن طائرة أمريكية استهدفت عند منتصف ليل الأحد المقر بصاروخين.",
			attacks: map[string][]string{"base:مقر-لواء-30": {"2024-02-04"}}},
		{name: "the drone's own dawn, the answer the evening before", pub: "2023-01-08",
			text: "وأضاف البيان أن الدفاعات الجوية رصدت فجر اليوم طائرة مسيرة كانت تتجه نحو قاعدة حميميم.\n\n" +
				"وتابعت الوزارة أن المدفعية استهدفت، مساء السبت، مواقع المسلحين في ريف إدلب.",
			attacks: map[string][]string{"base:hmeimim": {"2023-01-08"}}},
	})
}

// TestForInstanceMonth checks a month of a written year told as an
// example after "ففي": one incident of that month, undated. The same month
// without it stays a past time in bulk.
func TestForInstanceMonth(t *testing.T) {
	runDayCases(t, []dayCase{
		{name: "an example after ففي", pub: "2018-06-18",
			text:    "وليست هذه المرة الأولى التي تتهم فيها دمشق التحالف باستهداف قواتها؛ ففي آذار (مارس) 2017 أعلنت أن طائراته قصفت معسكر الطلائع قرب بلدة المسرب وقتلت جنديين.",
			attacks: map[string][]string{"base:معسكر-طلائع": {"-"}}},
		{name: "the month by itself", pub: "2018-06-18",
			text:    "وفي آذار 2017 قصفت طائرات التحالف معسكر الطلائع قرب بلدة المسرب.",
			attacks: map[string][]string{"base:معسكر-طلائع": nil}},
	})
}

// TestStrikesASpanAfter checks "ردت عليه X بعد يومين بغارات": the strikes
// written with ب right after the span came that long after the attack,
// where "بعد يومين من غارات" puts the attack after the strikes.
func TestStrikesASpanAfter(t *testing.T) {
	runDayCases(t, []dayCase{
		{name: "answered two days later with raids", pub: "2024-02-03",
			text:    "ويذكّر ذلك بالهجوم الصاروخي الذي استهدف قاعدة حميميم في 27 كانون الأول الماضي، والذي ردّت عليه موسكو بعد يومين بغارات على مواقع لهيئة تحرير الشام في إدلب.",
			attacks: map[string][]string{"base:hmeimim": {"2023-12-27"}},
			rets:    map[string][]string{"country:russia": {"2023-12-29"}}},
		{name: "the attack a dated strike answers keeps no day of its own", pub: "2024-09-28",
			text:    "أعلنت الحكومتان، الجمعة، التوصل إلى اتفاق لإنهاء مهمة التحالف.\n\nوجاء الإعلان بعد جولات من المحادثات. ففي الثاني من شباط/فبراير، شنّت القوات الأميركية ضربات واسعة على مواقع في القائم، رداً على مقتل ثلاثة جنود أميركيين في قاعدة التنف.",
			attacks: map[string][]string{"base:al-tanf": {"-"}}},
		{name: "a strike after another strike answering a dated attack", pub: "2024-01-04",
			text:    "قتل قيادي في حركة النجباء اليوم الخميس بضربة مسيرة في بغداد. وتأتي الضربة بعد نحو أسبوع من قصف أمريكي طال ثلاثة مواقع لكتائب حزب الله في محافظة بابل، فجر 26 كانون الأول الماضي، رداً على هجوم بطائرة مسيرة استهدف قاعدة حرير يوم 25 من الشهر ذاته.",
			attacks: map[string][]string{"base:harir": {"2023-12-25"}},
			rets:    map[string][]string{"country:united-states": {"2023-12-26"}}},
		{name: "a strike's own day in its relative clause, not the funeral's", pub: "2023-03-25",
			text:    "سقطت صواريخ على قاعدة التنف مساء الأربعاء. وشيّع أهالي البوكمال اليوم السبت ضحايا الغارات الأمريكية التي استهدفت ليل الخميس مواقع في المدينة رداً على الهجوم.",
			attacks: map[string][]string{"base:al-tanf": {"2023-03-22"}},
			rets:    map[string][]string{"country:united-states": {"2023-03-23"}}},
		{name: "an attack a day after strikes: the strikes the day before", pub: "2020-03-15",
			text:    "سقطت صواريخ على قاعدة التاجي ظهر أمس السبت. ويأتي الهجوم الجديد بعد يوم واحد من الضربات الأمريكية على مخازن أسلحة في جرف الصخر.",
			attacks: map[string][]string{"base:taji": {"2020-03-14"}},
			rets:    map[string][]string{"country:united-states": {"2020-03-13"}}},
		{name: "a base's attack two weeks and more after a dated strike", pub: "2024-01-21",
			text:    "تعرضت قاعدة حرير مساء السبت لهجوم بصواريخ. ويأتي هجوم حرير بعد أسبوعين ونيّف من الضربة الأميركية التي استهدفت في الرابع من الشهر الجاري مقراً لحركة النجباء في بغداد.",
			attacks: map[string][]string{"base:harir": {"2024-01-20"}},
			rets:    map[string][]string{"country:united-states": {"2024-01-04"}}},
		{name: "an attack the morrow of strikes", pub: "2020-03-15",
			text:    "سقطت صواريخ على قاعدة التاجي ظهر أمس السبت. ويأتي الهجوم الجديد غداة الضربات الأمريكية على مخازن أسلحة في جرف الصخر.",
			attacks: map[string][]string{"base:taji": {"2020-03-14"}},
			rets:    map[string][]string{"country:united-states": {"2020-03-13"}}},
		{name: "a day after another event, with فقط", pub: "2024-01-29",
			text:    "وجدت الحكومة نفسها أمس (الأحد) في موقف حرج، بعد يوم واحد فقط من انطلاق المباحثات مع واشنطن، إثر هجوم بطائرة مسيرة استهدف قاعدة التنف.",
			attacks: map[string][]string{"base:al-tanf": {"2024-01-28"}}},
	})
}

// TestUnitHeadquartersAgain checks "مقر اللواء" with no number after the
// headquarters named in full: the same base, here attacked before.
func TestUnitHeadquartersAgain(t *testing.T) {
	runDayCases(t, []dayCase{
		{name: "the brigade's headquarters named again", pub: "2020-05-03",
			text: "قُتل ثلاثة مقاتلين فجر السبت جراء هجوم شنه مسلحو داعش على مقر اللواء 16 قرب طوز خورماتو.\n\n" +
				"وكان مقر اللواء قد تعرض لهجوم مماثل لداعش في آذار الماضي أسفر عن إصابة مقاتلين اثنين.",
			attacks: map[string][]string{"base:مقر-لواء-16": {"-", "2020-05-02"}}},
	})
}

// TestSameHoursDay checks "في الساعات ذاتها" (in the same hours): the day
// of the event told before, like "في الساعة ذاتها".
func TestSameHoursDay(t *testing.T) {
	runDayCases(t, []dayCase{
		{name: "a claim in the same hours", pub: "2023-12-09",
			text:    "سقطت قذائف على قاعدة فكتوريا فجر الجمعة. وفي الساعات ذاتها، أعلنت المقاومة الإسلامية في العراق أنها استهدفت قاعدة حرير في أربيل.",
			attacks: map[string][]string{"base:victory": {"2023-12-08"}, "base:harir": {"2023-12-08"}}},
	})
}

// TestSinceAnotherBaseDate checks a date after "منذ قصف قاعدة Y": Y's
// time, not that of the attack named before it, which is the story's.
func TestSinceAnotherBaseDate(t *testing.T) {
	runDayCases(t, []dayCase{
		{name: "the worst since the shelling of another base", pub: "2020-03-13",
			text: "سقطت صواريخ على معسكر التاجي مساء الأربعاء.\n\n" +
				"ويعد الهجوم على التاجي الأعنف منذ قصف قاعدة كي وان في كركوك أواخر العام الماضي.",
			attacks: map[string][]string{"base:taji": {"2020-03-11"}}},
	})
}

// TestForInstanceAfterSemicolon checks "ليست المرة الأولى التي يُستهدف
// فيها مطار X؛ ففي 30 أيلول سقطت صواريخ في محيطه": the sentence cut at
// "؛" tells an earlier attack on the base the first part names.
func TestForInstanceAfterSemicolon(t *testing.T) {
	runDayCases(t, []dayCase{
		{name: "rockets around it, after a semicolon", pub: "2021-02-16",
			text: "سقطت صواريخ على مطار أربيل مساء أمس.\n\n" +
				"ولا تعدّ هذه المرة الأولى التي يُستهدف فيها مطار أربيل؛ ففي 30 أيلول الماضي سقطت ستة صواريخ في محيطه.",
			attacks: map[string][]string{"base:erbil-airbase": {"2020-09-30", "2021-02-15"}}},
		{name: "control: no base in the first part", pub: "2021-02-16",
			text: "سقطت صواريخ على مطار أربيل مساء أمس.\n\n" +
				"ولا تعدّ هذه المرة الأولى؛ ففي 30 أيلول الماضي سقطت ستة صواريخ في محيطه.",
			attacks: map[string][]string{"base:erbil-airbase": {"2021-02-15"}}},
	})
}

// TestOverflightIsNoAttack checks a drone told only as flying over a base
// ("تحليق طائرة مسيرة فوق القاعدة"): no attack; one that struck still is.
func TestOverflightIsNoAttack(t *testing.T) {
	runDayCases(t, []dayCase{
		{name: "a drone flew over", pub: "2022-01-06",
			text:    "وشهدت قاعدة التاجي مساء الأربعاء تحليق طائرة مسيرة مجهولة فوقها، قبل أن تغادر دون أن تطلق أي ذخيرة.",
			attacks: map[string][]string{"base:taji": nil}},
		{name: "control: a drone struck", pub: "2022-01-06",
			text:    "واستهدفت طائرة مسيرة مجهولة قاعدة التاجي مساء الأربعاء.",
			attacks: map[string][]string{"base:taji": {"2022-01-05"}}},
	})
}

// TestBracketedNameBeforeTheBase checks a short name in brackets between
// the attack's day and its base ("نقاطاً لقوات سوريا الديمقراطية (قسد)
// داخل حقل X"): the brackets do not end the clause that dates the attack
// (heldout100).
func TestBracketedNameBeforeTheBase(t *testing.T) {
	runDayCases(t, []dayCase{
		{name: "the group's short name in brackets", pub: "2024-02-06",
			text:    "هاجم مسلحون فجر أول أمس الأحد نقاطاً لقوات سوريا الديمقراطية (قسد) داخل حقل كونيكو في ريف دير الزور.",
			attacks: map[string][]string{"base:conoco-gas-field": {"2024-02-04"}}},
	})
}

// TestStatementDayThenHappened checks a statement's day set off by commas
// after a long title ("قال منسق … جون كيربي، اليوم الثلاثاء، إن … الهجوم على
// موقع البرج 22") that yields to the day a later sentence gives the
// attack, verb first ("ووقع الهجوم فجر الأحد 28 كانون الثاني") (heldout102).
func TestStatementDayThenHappened(t *testing.T) {
	runDayCases(t, []dayCase{
		{name: "the attack happened two days before", pub: "2024-01-30",
			text: "قال المتحدث باسم مجلس الأمن القومي الأمريكي جون كيربي، اليوم الثلاثاء، إن الإدارة تعتقد أن كتائب حزب الله خططت للهجوم بطائرة مسيرة على موقع البرج 22 في الأردن.\n\n" +
				"ووقع الهجوم فجر الأحد 28 كانون الثاني/يناير 2024، حين أصابت المسيرة مساكن الجنود.",
			attacks: map[string][]string{"base:tower-22": {"2024-01-28"}}},
	})
}

// TestAfterSpanDates: in "ويأتي هجوم X على قاعدة Y بعد <span> على <event>،
// في <date>" the date is the event's, not the attack's: the attack told
// before keeps its day, an untold one counts the span from the event's day
// when the span is exact, and stays undated when it is not.
func TestAfterSpanDates(t *testing.T) {
	runDayCases(t, []dayCase{
		{name: "a vague span after the attack told", pub: "2024-06-05",
			text: "أحبطت القوات الأمريكية مساء الاثنين 3 حزيران هجوماً بطائرة مسيرة على قاعدة التنف. " +
				"ويأتي هجوم الفصائل على القاعدة بعد أقل من أسبوعين على إعلان البنتاغون، في 21 أيار الماضي، سحب بعض قواته.",
			attacks: map[string][]string{"base:al-tanf": {"2024-06-03"}}},
		{name: "weeks counted after the attack told", pub: "2024-06-05",
			text: "أحبطت القوات الأمريكية مساء الاثنين 3 حزيران هجوماً بطائرة مسيرة على قاعدة التنف. " +
				"ويأتي هجوم الفصائل على قاعدة التنف بعد ثلاثة أسابيع على إعلان البنتاغون، في 13 أيار الماضي، سحب بعض قواته.",
			attacks: map[string][]string{"base:al-tanf": {"2024-06-03"}}},
		{name: "less than a counted number of days", pub: "2024-06-10",
			text:    "تعرضت قاعدة حرير بعد أقل من ثلاثة أيام على زيارة الوزير في الأول من حزيران لهجوم بطائرة مسيرة.",
			attacks: map[string][]string{"base:harir": {"-"}}},
		{name: "a vague span, nothing told before", pub: "2024-06-05",
			text:    "وجاء الهجوم على قاعدة حرير بعد أكثر من يومين على زيارة الوزير إلى أربيل، في الأول من حزيران.",
			attacks: map[string][]string{"base:harir": {"-"}}},
	})
}

// TestHighlightedAttackDates: "وأبرز ما شهدته القصف بصواريخ أطلقها X فجر
// 8 أيلول 2022" singles out one older attack on the base just told: it
// keeps its own day instead of folding into today's attack.
func TestHighlightedAttackDates(t *testing.T) {
	runDayCases(t, []dayCase{
		{name: "the worst of past attacks, with its doer", pub: "2024-01-04",
			text: "أسقطت الدفاعات الجوية فجر اليوم طائرتين مسيرتين حاولتا الاقتراب من قاعدة حرير. " +
				"وتعد قاعدة حرير من أكثر المواقع التي تعرضت للاستهداف خلال العامين الماضيين، وأبرز ما شهدته القصف بصواريخ بالستية أطلقها الحرس الثوري الإيراني فجر الثامن من أيلول 2022.",
			attacks: map[string][]string{"base:harir": {"2022-09-08", "2024-01-04"}}},
	})
}

// TestHappenedRelativeDates: "قُتلوا في الهجوم الذي وقع فجر الأحد 28
// كانون الثاني" dates the attack told before; with no publication date
// the words are kept for the resolver.
func TestHappenedRelativeDates(t *testing.T) {
	runDayCases(t, []dayCase{
		{name: "the attack that happened on a day", pub: "2024-02-05",
			text: "رفعت وزارة الدفاع الأمريكية حصيلة المصابين في الهجوم على قاعدة البرج 22 إلى أكثر من 40 عسكرياً.\n\n" +
				"وكان ثلاثة جنود أمريكيين قد قُتلوا في الهجوم الذي وقع فجر الأحد 28 كانون الثاني.",
			attacks: map[string][]string{"base:tower-22": {"2024-01-28"}}},
		{name: "an interviewer names the attack by its day", pub: "2021-02-27",
			text: "قال المتحدث باسم وزارة داخلية إقليم كردستان إن التحقيقات في الهجوم الصاروخي الذي استهدف مطار أربيل الدولي قطعت شوطاً كبيراً.\n\n" +
				"رووداو: مرّ أكثر من عشرة أيام على هجوم مساء ١٥ شباط. ما الذي توصلت إليه التحقيقات؟",
			attacks: map[string][]string{"base:erbil-airbase": {"2021-02-15"}}},
		{name: "control: the attack a strike answers", pub: "2023-03-25",
			text: "استهدفت طائرة مسيرة قاعدة خراب الجير في ريف الحسكة.\n\n" +
				"وقال الوزير إن الضربات جاءت رداً على هجوم اليوم وعلى سلسلة هجمات سابقة.",
			attacks: map[string][]string{"base:kharab-al-jir": {"-"}}},
	})
}

// TestListItemDates: the numbered items of one statement share the day
// (and the claim) of the item before them; a dated item keeps its own.
func TestListItemDates(t *testing.T) {
	runDayCases(t, []dayCase{
		{name: "second item takes the first's day", pub: "2024-02-08",
			text:    "تبنت المقاومة الإسلامية في العراق هجومين بطائرات مسيرة استهدفا فجر الأربعاء قاعدتين.\nوجاء في البيان:\n\"1- استهداف قاعدة البلد الجوية بطائرتين مسيرتين.\n2- استهداف قاعدة فكتوريا بطائرة مسيرة\".",
			attacks: map[string][]string{"base:balad": {"2024-02-07"}, "base:victory": {"2024-02-07"}}},
		{name: "a dated item keeps its day", pub: "2024-02-08",
			text:    "تبنت المقاومة الإسلامية في العراق هجومين بطائرات مسيرة استهدفا فجر الأربعاء قاعدتين.\nوجاء في البيان:\n\"1- استهداف قاعدة البلد الجوية بطائرتين مسيرتين.\n2- استهداف قاعدة فكتوريا مساء الاثنين بطائرة مسيرة\".",
			attacks: map[string][]string{"base:balad": {"2024-02-07"}, "base:victory": {"2024-02-05"}}},
		{name: "the first item takes the day told after the count of attacks", pub: "2024-02-08",
			text:    "تبنت المقاومة الإسلامية في العراق هجومين بطائرات مسيرة استهدفا فجر الأربعاء قاعدتين في غرب البلاد، فيما تعرضت قاعدة أخرى لمحاولة مماثلة صباح اليوم الخميس.\nوجاء في البيان:\n\"1- استهداف قاعدة البلد الجوية بطائرتين مسيرتين.\n2- استهداف قاعدة فكتوريا بطائرة مسيرة\".",
			attacks: map[string][]string{"base:balad": {"2024-02-07"}, "base:victory": {"2024-02-07"}}},
		{name: "control: a sentence after the list is no item", pub: "2024-02-08",
			text:    "تبنت المقاومة الإسلامية في العراق هجوماً بطائرة مسيرة استهدف فجر الأربعاء قاعدة.\nوجاء في البيان:\n\"1- استهداف قاعدة البلد الجوية بطائرتين مسيرتين\".\nوكانت قاعدة فكتوريا قد تعرضت لهجوم مماثل.",
			attacks: map[string][]string{"base:balad": {"2024-02-07"}, "base:victory": {"-"}}},
	})
}
