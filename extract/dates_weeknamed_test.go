package extract

import "testing"

// TestWeekdayNamedBefore checks a bare weekday ("يوم الأربعاء") right
// after a sentence that named that weekday with its date a week before
// the one the publication day gives: it is that date. Two sentences on,
// or with no such date, the publication day's week is meant.
func TestWeekdayNamedBefore(t *testing.T) {
	tests := []struct {
		name, pub, text, key string
		sent                 int
		want                 string
	}{
		{"the weekday of a pair named before", "2024-03-13",
			"أصيب جنود في هجومين على قاعدتي حرير والتنف يومي الثلاثاء والأربعاء 5 و6 آذار الجاري. وقال المتحدث إن الإصابات وقعت في حرير يوم الأربعاء.",
			"يوم الأربعاء", 1, "2024-03-06"},
		{"the first weekday of the pair", "2024-03-13",
			"أصيب جنود في هجومين على قاعدتي حرير والتنف يومي الثلاثاء والأربعاء 5 و6 آذار الجاري. وأضاف أن مسيرة أصابت التنف يوم الثلاثاء.",
			"يوم الثلاثاء", 1, "2024-03-05"},
		{"a weekday named with its date", "2024-03-13",
			"سقطت قذائف على المطار مساء الأربعاء 6 آذار. وأوضح مصدر أن القذائف أطلقت يوم الأربعاء من بستان قريب.",
			"يوم الأربعاء", 1, "2024-03-06"},
		{"two sentences on, the week of publication", "2024-03-13",
			"سقطت قذائف على المطار مساء الأربعاء 6 آذار. وأوضح مصدر أن القذائف أطلقت من بستان قريب. وأحصت الوزارة حتى الأربعاء عشرة هجمات.",
			"الأربعاء", 2, "2024-03-13"},
		{"no weekday named before", "2024-03-13",
			"سقطت قذائف على المطار في 6 آذار. وقال المتحدث يوم الأربعاء إن التحقيق مستمر.",
			"يوم الأربعاء", 1, "2024-03-13"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ds := sentenceDates(t, tc.pub, tc.text)
			if len(ds) <= tc.sent {
				t.Fatalf("%d sentences, want more than %d", len(ds), tc.sent)
			}
			if day := ds[tc.sent][tc.key]; day != tc.want {
				t.Errorf("%q = %q, want %q (%v)", tc.key, day, tc.want, ds[tc.sent])
			}
		})
	}
}
