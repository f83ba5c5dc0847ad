package extract

import "testing"

// TestShiftFromThatDay checks "قبل ذلك بيوم"، "بعد ذلك بيومين"، "قبلها
// بيوم" in a sentence that names no day: the day named last, shifted.
// Without a span, past the publication day, or in a sentence with a day of
// its own nothing is added.
func TestShiftFromThatDay(t *testing.T) {
	tests := []struct {
		name, pub, text, key string
		sent                 int
		want                 string // "-" when key must not be a hit
	}{
		{"a day before that", "2025-05-14",
			"سقطت مسيرة مفخخة على قاعدة حرير يوم الأحد 11 أيار. وقبل ذلك بيوم، أسقطت الدفاعات مسيرتين قرب قاعدة التنف.",
			"وقبل ذلك بيوم", 1, "2025-05-10"},
		{"two days after that", "2025-05-14",
			"تعرضت قاعدة عين الأسد لقصف صاروخي يوم الجمعة 9 أيار. وبعد ذلك بيومين، سقطت قذيفتان قرب قاعدة بلد.",
			"وبعد ذلك بيومين", 1, "2025-05-11"},
		{"the day before it, with a pronoun", "2025-05-14",
			"أعلنت الفصائل استهداف قاعدة فكتوريا مساء الاثنين 12 أيار، وقبلها بيوم قاعدة حرير.",
			"وقبلها بيوم", 0, "2025-05-11"},
		{"the day before it, with a masculine pronoun", "2025-05-14",
			"حمّل المسؤول الفصائل مسؤولية الهجوم على قاعدة التنف في 12 أيار، والهجوم على قاعدة حرير قبله بيوم.",
			"قبله بيوم", 0, "2025-05-11"},
		{"a week before that", "2025-05-20",
			"سقط صاروخ على مطار أربيل يوم الاثنين 19 أيار. وقبل ذلك بأسبوع، استهدفت مسيرة قاعدة حرير.",
			"وقبل ذلك بأسبوع", 1, "2025-05-12"},
		{"control: no span after the words", "2025-05-14",
			"سقطت مسيرة على قاعدة حرير يوم الأحد 11 أيار. وقبل ذلك، أسقطت الدفاعات مسيرتين قرب قاعدة التنف.",
			"وقبل ذلك", 1, "-"},
		{"control: past the publication day", "2025-05-12",
			"سقطت مسيرة على قاعدة حرير يوم الأحد 11 أيار. وبعد ذلك بيومين، تتوقع المصادر هجمات أخرى.",
			"وبعد ذلك بيومين", 1, "-"},
		{"control: the sentence names its own day", "2025-05-14",
			"سقطت مسيرة على قاعدة حرير يوم الأحد 11 أيار. وقبل ذلك بيوم، أي السبت 10 أيار، أسقطت الدفاعات مسيرتين.",
			"وقبل ذلك بيوم", 1, "-"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkSentenceDay(t, tc.pub, tc.text, tc.key, tc.sent, tc.want)
		})
	}
}

// TestThenWordsOwnTime checks that "آنذاك"، "حينها" take the day named last
// only in a sentence that names no time of its own and tells of no earlier
// deed ("وسبق أن ..."): "في آذار 2022 ... آنذاك" is that month.
func TestThenWordsOwnTime(t *testing.T) {
	tests := []struct {
		name, pub, text, key string
		sent                 int
		want                 string
	}{
		{"a month in the sentence", "2023-10-19",
			"أسقطت الدفاعات مسيرة قرب قاعدة حرير فجر اليوم الخميس. وذكر المسؤول بالقصف الإيراني على أربيل في آذار 2022، الذي قالت طهران آنذاك إنه استهدف مقرا.",
			"آنذاك", 1, "-"},
		{"a year in the sentence", "2023-10-19",
			"أسقطت الدفاعات مسيرة قرب قاعدة حرير فجر اليوم الخميس. وفي عام 2021 قالت الحكومة حينها إنها ستلاحق المنفذين.",
			"حينها", 1, "-"},
		{"an earlier deed told with سبق أن", "2024-01-05",
			"قتل قيادي بضربة أمريكية ظهر أمس الخميس. وسبق أن قصفت طائرات أمريكية مواقع في جرف الصخر من دون أن تعلن واشنطن حينها حجم الخسائر.",
			"حينها", 1, "-"},
		{"control: a sentence with no time of its own", "2024-01-30",
			"هاجمت الفصائل قاعدة التنف في 28 كانون الثاني. وردت واشنطن حينها بغارات على مواقع الكتائب.",
			"حينها", 1, "2024-01-28"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkSentenceDay(t, tc.pub, tc.text, tc.key, tc.sent, tc.want)
		})
	}
}

// checkSentenceDay checks the day of hit key in sentence sent of text, or
// ("-") that key is no hit there.
func checkSentenceDay(t *testing.T, pub, text, key string, sent int, want string) {
	t.Helper()
	ds := sentenceDates(t, pub, text)
	if len(ds) <= sent {
		t.Fatalf("%d sentences, want more than %d", len(ds), sent)
	}
	day, ok := ds[sent][key]
	switch {
	case want == "-" && ok:
		t.Errorf("%q read as %q, want no hit (%v)", key, day, ds[sent])
	case want != "-" && day != want:
		t.Errorf("%q = %q (found %v), want %q (%v)", key, day, ok, want, ds[sent])
	}
}

// TestAnnouncedAndSinceDays checks two attack days: an announcement's day
// right before its verbal noun ("أعلنت القيادة، اليوم الأربعاء، مقتل ...")
// yields to the event's day in the same sentence, while a lone day there is
// the event's; a base named after "منذ الهجوم على" does not take the day of
// the attack the sentence opens with, nor one after "هجمات سابقة على" the
// day of the sentence.
func TestAnnouncedAndSinceDays(t *testing.T) {
	tests := []attackDaysCase{
		{"announced today, the rocket fell last evening", "2025-05-15",
			"أعلنت قيادة العمليات المشتركة، اليوم الخميس، مقتل ثلاثة مدنيين إثر سقوط قذيفة على منزلهم قرب ناحية البغدادي، مساء أمس الأربعاء ١٤/٥/٢٠٢٥.\n\n" +
				"وقالت القيادة في بيان إن \"مجموعة خارجة عن القانون أطلقت ثلاث قذائف باتجاه قاعدة بلد الجوية، سقطت إحداها على منزل مدني\".",
			map[string][]string{"base:balad": {"2025-05-14"}}},
		{"pinned (held before too): announced yesterday, the drone downed at dawn", "2025-05-15",
			"أعلنت خلية الإعلام الأمني، أمس الأربعاء، إسقاط مسيرة مفخخة فجر الثلاثاء 13 أيار قرب قاعدة فكتوريا.",
			map[string][]string{"base:victory": {"2025-05-13"}}},
		{"control: the announcement's day is the only one", "2024-07-16",
			"وكانت موسكو قد أعلنت في 2024/06/27 إسقاط مسيرتين قرب قاعدة حميميم، كما تعرضت القاعدة لهجمات خلال السنوات الماضية.",
			map[string][]string{"base:hmeimim": {"2024-06-27"}}},
		{"the deadliest since the attack on another base", "2025-05-16",
			"سقطت أربعة صواريخ على معسكر التاجي مساء الأربعاء.\n\n" +
				"ويعد هجوم الأربعاء الأعنف منذ الهجوم على قاعدة كي وان مطلع العام الجاري.",
			map[string][]string{"base:k1": {""}, "base:taji": {"2025-05-14"}}},
		{"since the attack on another base at the end of last year", "2025-05-16",
			"ويعد هجوم الأربعاء على معسكر التاجي الأكثر دموية منذ الهجوم على قاعدة كي وان في كركوك نهاية العام الماضي.",
			map[string][]string{"base:k1": {""}, "base:taji": {"2025-05-14"}}},
		{"the day after the attack, told with the strike's day", "2025-05-16",
			"قصفت المدفعية التركية مساء الأربعاء قرى في سنجار، في اليوم التالي للهجوم على قاعدة زليكان.",
			map[string][]string{"base:zilkan": {"2025-05-13"}}},
		{"earlier attacks on a base, told at a press conference", "2025-02-12",
			"وفي مؤتمر صحفي عقده ظهر أمس، قال المتحدث إن المسيرتين من الطراز نفسه الذي استخدم في هجمات سابقة على قاعدة حرير.",
			map[string][]string{"base:harir": {""}}},
		{"control: no since, one day for both", "2025-05-16",
			"سقطت صواريخ على معسكر التاجي وقاعدة كي وان مساء الأربعاء.",
			map[string][]string{"base:k1": {"2025-05-14"}, "base:taji": {"2025-05-14"}}},
	}
	runAttackDays(t, tests)
}
