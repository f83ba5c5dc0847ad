package extract

import "testing"

// TestSameDayAnaphora checks "في اليوم ذاته" (نفسه، عينه، ذات اليوم، نفس
// اليوم) and "في اليوم التالي" in a sentence of their own: the day named
// last before them, or the day after it; "اليوم التالي لـX" counts from
// another event and stays undated, and with no day before nothing is read.
func TestSameDayAnaphora(t *testing.T) {
	tests := []struct {
		name, pub, text, key string
		sent                 int
		want                 string // "-" when key must not be a hit
	}{
		{"اليوم ذاته after a dated sentence", "2024-05-09",
			"قصفت مسيرة قاعدة التنف فجر الاثنين 6 أيار. وفي اليوم ذاته سقطت قذيفة قرب قاعدة الشدادي.",
			"اليوم ذاته", 1, "2024-05-06"},
		{"اليوم نفسه", "2024-05-09",
			"استهدفت صواريخ مطار أربيل مساء أمس. وفي اليوم نفسه أعلنت فصائل تبنيها هجوما آخر.",
			"اليوم نفسه", 1, "2024-05-08"},
		{"ذات اليوم", "2023-12-20",
			"تعرضت قاعدة حرير لهجوم صباح الأحد 17 كانون الأول. وفي ذات اليوم أسقطت الدفاعات مسيرة قرب أربيل.",
			"ذات اليوم", 1, "2023-12-17"},
		{"نفس اليوم", "2023-12-20",
			"سقطت ثلاثة صواريخ قرب قاعدة عين الأسد مساء الجمعة. وفي نفس اليوم دوت صفارات الإنذار في قاعدة حرير.",
			"نفس اليوم", 1, "2023-12-15"},
		{"at about the same time", "2023-03-25",
			"سقطت صواريخ على قاعدة حرير صباح الجمعة. وفي الوقت ذاته تقريباً تعرضت قاعدة التنف لهجوم بمسيرتين.",
			"الوقت ذاته", 1, "2023-03-24"},
		{"meanwhile is no time", "2023-03-25",
			"سقطت صواريخ على قاعدة حرير صباح الجمعة. وفي الوقت نفسه أكد الوزير أن قواته مستعدة للرد.",
			"الوقت نفسه", 1, "-"},
		{"the next day", "2024-01-25",
			"هاجمت مسيرة قاعدة حرير مساء الاثنين 22 كانون الثاني. وفي اليوم التالي تعرضت قاعدة أربيل لهجوم مماثل.",
			"اليوم التالي", 1, "2024-01-23"},
		{"the next day after strikes told after the attack", "2022-08-27",
			"فجر الاثنين 15 آب، هاجمت طائرات مسيّرة قاعدة التنف. وبعد ثمانية أيام، ليل الثلاثاء الماضي، شنت مقاتلات أمريكية غارات على منشآت في محافظة دير الزور. ففي مساء اليوم التالي، سقطت قذائف صاروخية على حقل كونيكو.",
			"اليوم التالي", 2, "2022-08-24"},
		{"the next day of another event", "2024-01-25",
			"هاجمت مسيرة قاعدة حرير مساء الاثنين 22 كانون الثاني. وفي اليوم التالي للضربات الأميركية سقط صاروخ قرب المطار.",
			"اليوم التالي", 1, "-"},
		{"ذات يوم is once, not the same day", "2024-01-25",
			"هاجمت مسيرة قاعدة حرير مساء الاثنين 22 كانون الثاني. وكان مسؤول قد حذر ذات يوم من تكرار الهجمات.",
			"ذات يوم", 1, "-"},
		{"the day a span starts on", "",
			"وأوضح الوزير أن قواته تعرضت منذ 9 أيار/مايو 2024 لخمسة عشر هجوماً. وكان أولها قد استهدف قاعدة حرير في اليوم نفسه، فيما سقطت مسيرة قرب المطار.",
			"اليوم نفسه", 1, "2024-05-09"},
		{"and the day after it", "",
			"وأوضح الوزير أن قواته تعرضت منذ 9 أيار/مايو 2024 لخمسة عشر هجوماً. وفي اليوم التالي هاجمت مسيرتان قاعدة التنف.",
			"اليوم التالي", 1, "2024-05-10"},
		{"no day before", "2024-01-25",
			"تتكرر الهجمات على القواعد. وفي اليوم ذاته سقط صاروخ قرب المطار.",
			"اليوم ذاته", 1, "-"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ds := sentenceDates(t, tc.pub, tc.text)
			if len(ds) <= tc.sent {
				t.Fatalf("%d sentences, want more than %d", len(ds), tc.sent)
			}
			day, ok := ds[tc.sent][tc.key]
			switch {
			case tc.want == "-" && ok:
				t.Errorf("%q read as %q, want no hit (%v)", tc.key, day, ds[tc.sent])
			case tc.want != "-" && day != tc.want:
				t.Errorf("%q = %q (found %v), want %q (%v)", tc.key, day, ok, tc.want, ds[tc.sent])
			}
		})
	}
}

// TestLeadSegmentDates checks a lead that names two bases on two days,
// each in its own clause, where the first attack is told as an attack only
// later in the article.
func TestLeadSegmentDates(t *testing.T) {
	tests := []attackDaysCase{
		{"fire at a base, the attack claimed later", "2024-08-06",
			"اندلع حريق في مخزن داخل قاعدة بلد الجوية بعد سقوط صاروخين عليه مساء الأحد، في حين أسقطت الدفاعات فجر اليوم الثلاثاء مسيرة قرب قاعدة عين الأسد.\n\n" +
				"وقال مصدر إن الحريق أخمد بعد ساعات.\n\nوتبنت جماعة أصحاب الكهف الهجوم على قاعدة بلد.",
			map[string][]string{"base:balad": {"2024-08-04"}, "base:ain-al-asad": {"2024-08-06"}}},
		{"night then dawn of the second day, bases in two clauses", "2024-03-13",
			"تضرر رادار في قاعدة حرير بعد انفجار مسيرة فوقه ليل الأحد - الإثنين، عند الثانية من فجر الإثنين، بينما سقطت قذيفة قرب مطار أربيل مساء أمس الثلاثاء.\n\n" +
				"وأعلنت فصائل مسلحة مسؤوليتها عن الهجوم على قاعدة حرير.",
			map[string][]string{"base:harir": {"2024-03-11"}, "base:erbil-airbase": {"2024-03-12"}}},
	}
	runAttackDays(t, tests)
}
