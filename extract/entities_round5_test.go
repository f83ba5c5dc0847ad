package extract_test

import (
	"testing"

	"github.com/nisba/nisba/extract"
)

// TestRound5OfficeSeat checks a name after an office whose body is placed
// with في: "عضو لجنة X في البرلمان العراقي NAME إن"، "مدير مكتب X في دمشق
// NAME إن".
func TestRound5OfficeSeat(t *testing.T) {
	x := extract.New(loadLexicon(t))
	cases := []entRuleCase{
		{name: "committee member in a parliament then إن",
			text: "وقال عضو لجنة الأمن والدفاع في البرلمان العراقي حسين العامري إن الهجوم لن يمر.",
			want: []string{"Official حسين العامري"}},
		{name: "office head in a known city then a comma",
			text: "وأكد مدير مركز الرصد في دمشق سامر خليل، أن الطائرة سقطت قرب المطار.",
			want: []string{"Official سامر خليل"}},
		{name: "seat with a compass adjective then أن",
			text: "وأكد قائد قوات الحماية في الريف الشمالي ماهر الزين أن الطرق آمنة.",
			want: []string{"Official ماهر الزين"}},
		{name: "office of a مكتب then a comma",
			text: "وقال مدير مكتب الإعلام في محافظة نينوى عادل حميد، إن الدوام الرسمي مستمر.",
			want: []string{"Official عادل حميد"}},
		{name: "seat then a verb is no name",
			text: "وقال قائد الشرطة في المدينة إن الوضع مستقر.",
			not:  []string{"Official المدينة إن"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkEntRules(t, run(t, x, "2026-02-01", c.text), c)
		})
	}
}

// TestRound5RegionStates checks that every state listed inside a vague
// border region is taken, not only the last one.
func TestRound5RegionStates(t *testing.T) {
	x := extract.New(loadLexicon(t))
	cases := []entRuleCase{
		{name: "three states in a border triangle",
			text: "وحلقت طائرات استطلاع فوق المثلث الحدودي بين سوريا والعراق والأردن طوال الليل.",
			want: []string{"Country سوريا", "Country العراق", "Country الأردن"}},
		{name: "one state after a compass word",
			text: "وتعرضت مواقع في شمال سوريا لقصف مدفعي.",
			want: []string{"Country سوريا"},
			not:  []string{"City شمال سوريا"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkEntRules(t, run(t, x, "2026-02-01", c.text), c)
		})
	}
}

// TestRound5BasesList checks a town that names a base, listed after the
// plural قواعد: the base, not the town, even when no "قاعدة X" is written.
func TestRound5BasesList(t *testing.T) {
	x := extract.New(loadLexicon(t))
	cases := []entRuleCase{
		{name: "after a located item and a comma",
			text: "وينتشر الجنود الأمريكيون في قواعد أهمها حقل العمر في ريف دير الزور، والشدادي في ريف الحسكة.",
			want: []string{"Base الشدادي"},
			not:  []string{"City الشدادي"}},
		{name: "town told as a place stays the town",
			text: "وقال سكان في مدينة الشدادي إن الأسواق فتحت أبوابها.",
			not:  []string{"Base الشدادي"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkEntRules(t, run(t, x, "2026-02-01", c.text), c)
		})
	}
}

// TestRound5CompanionPerson checks a name after a companion or kin noun
// that "وهو" + a role describes.
func TestRound5CompanionPerson(t *testing.T) {
	x := extract.New(loadLexicon(t))
	cases := []entRuleCase{
		{name: "bodyguard who is a commander",
			text: "وقتل في الغارة مع آمر الفوج مرافقه حيدر الكناني، وهو قيادي ميداني في الجماعة.",
			want: []string{"Official حيدر الكناني"}},
		{name: "companion behind و",
			text: "وقتل في الغارة القيادي في الفصيل ومرافقه حيدر الكناني، وهو قيادي ميداني في الجماعة.",
			want: []string{"Official حيدر الكناني"},
			not:  []string{"Official ومرافقه حيدر الكناني"}},
		{name: "son who is an official",
			text: "وأصيب في الانفجار نجله مصطفى الشمري، وهو مسؤول في مديرية الأمن.",
			want: []string{"Official مصطفى الشمري"}},
		{name: "companion without a role is no official",
			text: "ونجا من الحادث سائقه علي حسن، وهو بحالة مستقرة.",
			not:  []string{"Official علي حسن"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkEntRules(t, run(t, x, "2026-02-01", c.text), c)
		})
	}
}
