package extract_test

import (
	"testing"

	"github.com/nisba/nisba/extract"
)

// TestRetaliationClassesRound5 checks comment that tells what strikes of a
// side usually do ("غالباً ما تصيب الضربات الأمريكية مواقع فارغة"): a habit,
// no strike on a day; struck towns named bare after the article introduced
// them, or after "، وفي" in a list; and a dated strike on a group told as
// done before ("وسبق أن استهدفت مسيرة أمريكية ..."), kept on its own.
func TestRetaliationClassesRound5(t *testing.T) {
	lex := loadLexicon(t)
	x := extract.New(lex)
	attack := "سقطت ثلاثة صواريخ فجر اليوم الاثنين على قاعدة عين الأسد الجوية في الأنبار.\n\n"
	for _, tc := range habitualStrikeCases(attack) {
		t.Run(tc.name, func(t *testing.T) { checkRetaliationSides(t, x, lex, tc) })
	}
}

// habitualStrikeCases: a habit adverb (غالباً، عادةً، كثيراً، دائماً)
// near a strike noun makes it a general pattern, not an event.
func habitualStrikeCases(attack string) []retCase {
	return []retCase{
		{name: "analyst: the retaliatory shelling often hits empty sites", published: "2025-03-10",
			text: attack + "ويقول الباحث في الشؤون الأمنية إن «القصف الأمريكي الانتقامي غالباً ما يطال مواقع خالية من المقاتلين»."},
		{name: "expert: russian raids usually come in answer", published: "2025-03-10",
			text: attack + "ويرى خبير عسكري أن الغارات الروسية الانتقامية عادةً ما تأتي بعد ساعات من أي هجوم."},
		{name: "observer: american responses are often limited", published: "2025-03-10",
			text: attack + "ويشير مراقبون إلى أن الرد الأمريكي كثيراً ما يقتصر على قصف مدفعي لمصادر النيران."},
		{name: "commentator: turkish strikes always follow", published: "2025-03-10",
			text: attack + "وكتب معلق سياسي أن الضربات التركية دائماً ما تعقب الهجمات على القواعد ردّاً عليها."},
		{name: "control: counter-fire on the launch town", published: "2025-03-10",
			text: attack + "وردّت القوات الأمريكية فجر اليوم الاثنين بقصف مدفعي على مصادر النيران في القائم.",
			want: []string{"2025-03-10 force:us-forces"}, targets: []string{"city:al-qaim"}},
		{name: "counter-fire on a town named only by the launch", published: "2025-03-10",
			text: attack + "وقالت مصادر محلية إن الصواريخ أُطلقت من أطراف بلدة حطلة شرق النهر.\n\n" +
				"وردّت القوات الأمريكية بقصف مدفعي على مصادر النيران في حطلة، من دون أن ترد أنباء عن إصابات.",
			want: []string{"2025-03-10 force:us-forces"}, targets: []string{"city:hatla"}},
		{name: "counter-fire on a second launch town", published: "2025-03-10",
			text: attack + "وقالت مصادر محلية إن الصواريخ أُطلقت من أطراف بلدة الكشمة شرق النهر.\n\n" +
				"وردّت القوات الأمريكية بقصف مدفعي على مصادر النيران في الكشمة، من دون أن ترد أنباء عن إصابات.",
			want: []string{"2025-03-10 force:us-forces"}, targets: []string{"city:kishma"}},
		{name: "counter-fire on a town the lexicon lacks, named bare", published: "2025-03-10",
			text: attack + "وقالت مصادر محلية إن الصواريخ أُطلقت من أطراف بلدة الطويبة الواقعة على الضفة الغربية للنهر.\n\n" +
				"وأضافت المصادر أن انفجارات سُمعت في المنطقة بعد أن ردّت القوات الأمريكية بقصف مدفعي على مصادر النيران في الطويبة.",
			want: []string{"2025-03-10 force:us-forces"}, targets: []string{"city:طويبه"}},
		{name: "raids on positions in a village introduced before", published: "2025-03-10",
			text: attack + "وتنتشر عناصر كتائب حزب الله في قرية السويعية قرب الحدود.\n\n" +
				"وشنّت القوات الأمريكية فجر اليوم الاثنين غارات على مواقع في السويعية رداً على الهجوم.",
			want: []string{"2025-03-10 force:us-forces"}, targets: []string{"city:سويعيه"}},
		{name: "control: a bare word after في that names no town", published: "2025-03-10",
			text: attack + "وقالت مصادر محلية إن الصواريخ أُطلقت من أطراف بلدة الطويبة.\n\n" +
				"وردّت القوات الأمريكية فجر اليوم الاثنين بقصف مدفعي على مصادر النيران في المنطقة.",
			want: []string{"2025-03-10 force:us-forces"}},
		{name: "places listed with a repeated في", published: "2025-03-10",
			text: attack + "وشنّت القوات الأمريكية فجر اليوم الاثنين غارات على مستودعات تابعة لكتائب حزب الله في منطقة جرف الصخر شمال بابل، وفي البوكمال، وفي موقع ثالث قرب الحدود.",
			want: []string{"2025-03-10 force:us-forces"}, targets: []string{"city:jurf-al-sakhar", "city:albukamal"}},
		{name: "a second place after وفي following a launch", published: "2025-03-10",
			text: attack + "وردّت القوات الأمريكية فجر اليوم الاثنين بضربات على مقرات لحركة النجباء في الميادين، وفي البوكمال أيضاً.",
			want: []string{"2025-03-10 force:us-forces"}, targets: []string{"city:mayadin", "city:albukamal"}},
		{name: "an american drone as the subject of the strike verb", published: "2025-03-10",
			text: attack + "وسبق أن استهدفت طائرة مسيّرة أمريكية في العاشر من شباط/فبراير الماضي مقراً لكتائب حزب الله في بغداد، ما أدى إلى مقتل قيادي في الكتائب.",
			want: []string{"2025-02-10 country:united-states"}, targets: []string{"militia:kataib-hezbollah"}},
		{name: "american jets had struck before, with its day", published: "2025-03-10",
			text: attack + "وسبق أن قصفت مقاتلات أمريكية في الثاني من شباط/فبراير الماضي مستودعات لحركة النجباء قرب القائم.",
			want: []string{"2025-02-02 country:united-states"}, targets: []string{"militia:nujaba"}},
		{name: "control: habit word in another sentence", published: "2025-03-10",
			text: attack + "وشنت القوات الأمريكية فجر اليوم الاثنين غارات على مقرات لكتائب حزب الله في القائم رداً على الهجوم.\n\n" +
				"ويقول محللون إن الفصائل غالباً ما تنسحب بعد إطلاق الصواريخ.",
			want: []string{"2025-03-10 force:us-forces"}, targets: []string{"militia:kataib-hezbollah"}},
	}
}
