package dates

import "testing"

// TestOutletNamesDateNothing checks that an اليوم inside an outlet's name
// (quoted, after an outlet noun, before نيوز, in an opening dateline) is no
// date, while "today" next to the same words still is.
func TestOutletNamesDateNothing(t *testing.T) {
	const pub = "2022-05-10"
	tests := []struct {
		name, text string
		want       []string // the matched texts, in order
	}{
		{"guillemets after lam", "وأفاد مصدر في الشرطة لـ«بغداد اليوم» بأن قذيفتين سقطتا قرب المعسكر", nil},
		{"straight quotes after lam", `وقال ضابط لـ"روسيا اليوم"، إن الدفاعات أسقطت المسيرة`, nil},
		{"curly quotes", "ونقلت “فلسطين اليوم” عن شهود أن الانفجار وقع", nil},
		{"single word quoted", "ذكرت صحيفة «اليوم» السعودية أن الوفد وصل", nil},
		{"outlet noun before", "ونقلت جريدة اليوم عن مسؤول أن المطار أغلق", nil},
		{"outlet noun with clitic", "وقال متحدث لصحيفة اليوم إن المفاوضات تعثرت", nil},
		{"news tail", "وبحسب بغداد اليوم نيوز فإن القصف استمر ساعة", nil},
		{"news tail al-ikhbariya", "وأوردت العراق اليوم الإخبارية أن الطريق قطع", nil},
		{"akhbar al-yawm", "ونشرت صحيفة أخبار اليوم تقريرا عن الهجوم", nil},
		{"dateline with dash", "بغداد اليوم – الأنبار", nil},
		{"dateline with slash", "بغداد اليوم/ نينوى", nil},
		{"parenthesised name", "أفاد مراسل (بغداد اليوم) بأن صافرات الإنذار دوت", nil},
		{"name and a real day", "وقال مصدر لـ«بغداد اليوم» إن الهجوم وقع مساء أمس الأحد", []string{"مساء أمس الأحد"}},
		// Still today.
		{"agency then today", "وأفادت وكالة رويترز اليوم بأن الرتل تعرض لكمين", []string{"اليوم"}},
		{"city then today", "شهدت بغداد اليوم هجوما بطائرة مسيرة", []string{"اليوم"}},
		{"quoted phrase ending in today", "وقال إن «ما جرى صباح اليوم» لن يمر", []string{"صباح اليوم"}},
		{"weekday and today in brackets", "وصل الوفد الخميس (اليوم) إلى أربيل", []string{"الخميس", "اليوم"}},
		{"today in a sentence that opens with it", "اليوم – أعلنت الفصائل هدنة", []string{"اليوم"}},
		{"today first, then a closing quote", "اليوم» قال", []string{"اليوم"}},
		{"today first, then a bracket", "اليوم) قال", []string{"اليوم"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ms := Find(tc.text, pub)
			var got []string
			for _, m := range ms {
				got = append(got, m.Text)
			}
			if len(got) != len(tc.want) {
				t.Fatalf("Find(%q) = %q, want %q", tc.text, got, tc.want)
			}
			for i := range got {
				if got[i] != tc.want[i] {
					t.Errorf("Find(%q)[%d] = %q, want %q", tc.text, i, got[i], tc.want[i])
				}
			}
		})
	}
}
