package dates

import "testing"

// TestAfterMidnight checks that a night told "after midnight" is already
// the day it runs into, in several wordings, and that the night alone keeps
// its first day.
func TestAfterMidnight(t *testing.T) {
	// 2024-03-13 is a Wednesday.
	tests := []struct{ name, pub, text, want string }{
		{"after midnight, two days with a dash", "2024-03-13",
			"سقطت ثلاث قذائف على المعسكر بعد منتصف ليل الإثنين - الثلاثاء", "2024-03-12"},
		{"shortly after midnight, على", "2024-03-13",
			"دوت انفجارات في محيط القاعدة بعيد منتصف ليلة السبت على الأحد", "2024-03-10"},
		{"after midnight of the eve of a day", "2024-03-13",
			"استهدفت مسيرة المطار عقب منتصف ليلة الثلاثاء", "2024-03-12"},
		{"the night alone: first day", "2024-03-13",
			"سقطت ثلاث قذائف على المعسكر ليل الإثنين - الثلاثاء", "2024-03-11"},
		{"the eve alone: the day before", "2024-03-13",
			"استهدفت مسيرة المطار ليلة الثلاثاء", "2024-03-11"},
		{"the dawn of the second day told next", "2024-03-13",
			"سقطت ثلاث قذائف على المعسكر ليل الإثنين - الثلاثاء، قرابة الساعة الثالثة من فجر الثلاثاء", "2024-03-12"},
		{"the hour at dawn told next", "2024-03-13",
			"هاجمت مسيرتان القاعدة ليلة الأحد على الإثنين، عند الثانية فجراً", "2024-03-11"},
		{"the morning of the second day", "2024-03-13",
			"دوت انفجارات في المطار ليل السبت/الأحد، وتحديداً صباح الأحد", "2024-03-10"},
		{"midnight without after", "2024-03-13",
			"سقطت القذائف قرابة منتصف ليل الإثنين - الثلاثاء", "2024-03-11"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ms := Find(tc.text, tc.pub)
			if len(ms) != 1 {
				t.Fatalf("matches %+v, want one", ms)
			}
			if ms[0].Day != tc.want {
				t.Errorf("%q = %q, want %q", ms[0].Text, ms[0].Day, tc.want)
			}
		})
	}
}
