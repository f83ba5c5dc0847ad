package extract_test

import (
	"strings"
	"testing"

	"github.com/nisba/nisba/extract"
)

// TestRetaliationClasses5 checks strikes told in the passive, announced by
// the actor's own ministry or command, dated relative to the attack or to
// a statement, strikes on a person's car, and background strikes.
func TestRetaliationClasses5(t *testing.T) {
	lex := loadLexicon(t)
	x := extract.New(lex)
	for _, tc := range retaliationCases5() {
		t.Run(tc.name, func(t *testing.T) { checkRetaliationSides(t, x, lex, tc) })
	}
}

func retaliationCases5() []retCase {
	return []retCase{
		{name: "passive with li: sites exposed to american strikes", published: "2025-03-04",
			text: "سقطت أربعة صواريخ على قاعدة عين الأسد فجر الأحد.\n\n" +
				"وتعرضت مقرات لحركة النجباء في القائم لضربات أمريكية مساء الأحد.",
			want: []string{"2025-03-02 country:united-states"}, targets: []string{"militia:nujaba", "city:al-qaim"}},
		{name: "passive with bi and an air adjective", published: "2025-03-04",
			text: "استهدفت مسيرة قاعدة التنف مساء الأحد.\n\n" +
				"وفجر الاثنين، قُصفت مخازن لكتائب حزب الله في البوكمال والميادين بغارات جوية أميركية.",
			want:    []string{"2025-03-03 country:united-states"},
			targets: []string{"militia:kataib-hezbollah", "city:albukamal", "city:mayadin"}},
		{name: "hours after the attack", published: "2025-03-08",
			text: "استهدفت مسيرة مفخخة قاعدة حرير مساء الجمعة.\n\n" +
				"وبعد ساعات من الهجوم، قصفت طائرات أمريكية مستودعات لكتائب حزب الله في جرف الصخر.",
			want: []string{"2025-03-07 country:united-states"}, targets: []string{"city:jurf-al-sakhar"}},
		{name: "statement day gives way to the day after the attack", published: "2025-03-06",
			text: "سقطت قذائف على قاعدة التنف مساء الثلاثاء.\n\n" +
				"وقالت القيادة المركزية الأمريكية، الخميس، إن ضربات جوية استهدفت مقرا لكتائب حزب الله قرب البوكمال، ردا على الهجوم على قاعدة التنف.\n\n" +
				"وأضافت القيادة أن الضربات نفذت في اليوم التالي للهجوم.",
			want: []string{"2025-03-05 org:centcom"}, targets: []string{"militia:kataib-hezbollah", "city:albukamal"}},
		{name: "the ministry speaks of its own strike", published: "2025-03-06",
			text: "تعرضت قاعدة عين الأسد لهجوم بالصواريخ مساء الثلاثاء.\n\n" +
				"وقالت وزارة الدفاع الأمريكية إنها نفذت فجر الخميس غارات على مخازن أسلحة للحرس الثوري قرب الميادين.",
			want: []string{"2025-03-06 org:pentagon"}, targets: []string{"militia:irgc", "city:mayadin"}},
		{name: "a strike on a car in a street of a city", published: "2025-03-06",
			text: "سقطت صواريخ على قاعدة فيكتوريا مساء الثلاثاء.\n\n" +
				"وقتلت غارة بطائرة مسيرة أمريكية مساء الأربعاء قياديا في كتائب حزب الله بعد استهداف سيارته في شارع فلسطين شرقي بغداد.",
			want: []string{"2025-03-05 country:united-states"}, targets: []string{"militia:kataib-hezbollah", "city:palestine-street"}},
		{name: "jets raid, the day counted after the attack by hours", published: "2025-03-08",
			text: "سقطت ثلاثة صواريخ على قاعدة فيكتوريا مساء الخميس.\n\n" +
				"وعقب الهجوم بساعات، أغارت مقاتلات أميركية على مقرات لعصائب أهل الحق في جرف الصخر.",
			want: []string{"2025-03-06 force:us-forces"}, targets: []string{"militia:asaib-ahl-al-haq", "city:jurf-al-sakhar"}},
		{name: "a gunship written in arabic letters", published: "2025-03-08",
			text: "تعرضت قاعدة حرير لهجوم بمسيرة مساء الجمعة.\n\n" +
				"ونفذت طائرة إيه سي-130 فجر السبت ضربة على شاحنة لحركة النجباء قرب القائم.",
			want: []string{"2025-03-08 force:us-forces"}, targets: []string{"militia:nujaba", "city:al-qaim"}},
		{name: "the secretary of defense speaks of his country's strike", published: "2025-03-04",
			text: "سقطت صواريخ على قاعدة عين الأسد مساء الأحد.\n\n" +
				"وأعلن وزير الدفاع الأميركي أن بلاده نفذت فجر الثلاثاء ضربات على مواقع لكتائب حزب الله في القائم.",
			want: []string{"2025-03-04 country:united-states"}, targets: []string{"militia:kataib-hezbollah", "city:al-qaim"}},
		{name: "the pentagon announces carrying out strikes", published: "2025-03-04",
			text: "سقطت صواريخ على قاعدة عين الأسد مساء الأحد.\n\n" +
				"وأعلن البنتاغون تنفيذ ضربات فجر الثلاثاء على مخازن لحركة النجباء في جرف الصخر.",
			want: []string{"2025-03-04 org:pentagon"}, targets: []string{"militia:nujaba", "city:jurf-al-sakhar"}},
		{name: "members of a group killed in an american strike", published: "2025-03-04",
			text: "سقطت صواريخ على قاعدة عين الأسد مساء الأحد.\n\n" +
				"وقُتل ثلاثة من عناصر كتائب سيد الشهداء في غارة أمريكية قرب القائم فجر الثلاثاء.",
			want: []string{"2025-03-04 country:united-states"}, targets: []string{"militia:kataib-sayyid-al-shuhada"}},
		{name: "a background strike of last month answers nothing", published: "2025-03-09",
			text: "سقطت قذيفتان على قاعدة الشدادي فجر اليوم الأحد.\n\n" +
				"وكانت مسيرة تركية قد قصفت الشهر الماضي مقرا لقوات سوريا الديمقراطية قرب القامشلي."},
		{name: "the attack came the day after a strike: no date from it", published: "2025-03-09",
			text: "سقطت قذائف على قاعدة الشدادي فجر اليوم الأحد.\n\n" +
				"وردت قوات التحالف الدولي على الهجوم بقصف مواقع في ريف الحسكة.\n\n" +
				"وجاء الهجوم غداة قيام التحالف بشن ضربات على مواقع لتنظيم داعش.",
			want: []string{"2025-03-09 force:international-coalition"}},
	}
}

// TestRetaliationNotTargets checks names a strike sentence gives that are
// not struck: a region that locates a struck town ("القائم غربي الأنبار")
// and the backer of the struck groups ("المدعومة من الحرس الثوري").
func TestRetaliationNotTargets(t *testing.T) {
	x := extract.New(loadLexicon(t))
	cases := []struct{ name, text, want, not string }{
		{name: "region after a town", want: "city:al-qaim", not: "city:anbar",
			text: "سقطت صواريخ على قاعدة حرير مساء الأحد.\n\n" +
				"وشنت مقاتلات أمريكية فجر الاثنين غارات على مقرات لعصائب أهل الحق قرب القائم غربي الأنبار."},
		{name: "backer of the struck group", want: "militia:kataib-hezbollah", not: "militia:irgc",
			text: "سقطت صواريخ على قاعدة حرير مساء الأحد.\n\n" +
				"وقالت القيادة المركزية الأمريكية إن قواتها ضربت فجر الاثنين مستودعات تستخدمها كتائب حزب الله المدعومة من الحرس الثوري قرب القائم."},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			doc := run(t, x, "2025-03-04", tc.text)
			if len(doc.Retaliations) != 1 {
				t.Fatalf("retaliations %+v, want one", doc.Retaliations)
			}
			got := strings.Join(doc.Retaliations[0].Targets, " ")
			if !strings.Contains(got, tc.want) || strings.Contains(got, tc.not) {
				t.Errorf("targets %q: want %s and not %s", got, tc.want, tc.not)
			}
		})
	}
}

// TestRetaliationRespondsTo checks that a strike answering "الهجوم على قاعدة
// X" points to the attack on X even when another base was hit later, and
// that a strike answering attacks in general points to none.
func TestRetaliationRespondsTo(t *testing.T) {
	x := extract.New(loadLexicon(t))
	cases := []struct{ name, text, want string }{
		{name: "named base", want: "attack:base:ain-al-asad:2025-03-02",
			text: "سقطت صواريخ على قاعدة عين الأسد مساء الأحد.\n\n" +
				"واستهدفت مسيرة قاعدة حرير مساء الاثنين.\n\n" +
				"وقصفت طائرات أمريكية فجر الثلاثاء مواقع لكتائب حزب الله في القائم، ردا على الهجوم على قاعدة عين الأسد."},
		{name: "no attack named", want: "",
			text: "شنت طائرات أمريكية فجر الثلاثاء غارات على مقرات لكتائب حزب الله في جرف الصخر، ردا على هجمات متكررة على القوات الأمريكية."},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			doc := run(t, x, "2025-03-04", tc.text)
			if len(doc.Retaliations) != 1 {
				t.Fatalf("retaliations %+v, want one", doc.Retaliations)
			}
			got := ""
			if r := doc.Retaliations[0].RespondsTo; r != nil {
				got = *r
			}
			if got != tc.want {
				t.Errorf("respondsTo %q, want %q", got, tc.want)
			}
		})
	}
}
