package extract_test

import (
	"testing"

	"github.com/nisba/nisba/extract"
)

// TestRetaliationClassesRound4 checks strikes answered back with a pronoun
// ("ردّت عليها طهران": the strike before is what was answered), the bare
// noun "الرد" spoken of with no target, and a strike already told retold by
// its definite noun in comment ("يرى محللون أن الضربات الأمريكية ...").
// Each family has wordings that must yield no new retaliation and controls
// that must keep one.
func TestRetaliationClassesRound4(t *testing.T) {
	lex := loadLexicon(t)
	x := extract.New(lex)
	attack := "سقطت ثلاثة صواريخ مساء أمس الأحد على قاعدة عين الأسد الجوية في الأنبار.\n\n"
	cases := append(answeredBackCases(attack), responseNounCases(attack)...)
	cases = append(cases, retoldStrikeCases(attack)...)
	cases = append(cases, respondingStateCases(attack)...)
	cases = append(cases, anaphoricOwnerCases()...)
	cases = append(cases, killedByCases(attack)...)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) { checkRetaliationSides(t, x, lex, tc) })
	}
}

// answeredBackCases: "X struck Y, ردّ عليها Z": X's strike is the deed
// answered; a strike after the pronoun ("ردت عليه القوات بقصف") is the answer.
func answeredBackCases(attack string) []retCase {
	return []retCase{
		{name: "israeli jets answered back by tehran", published: "2025-03-10",
			text: attack + "ويأتي الهجوم بعد أيام من قصف مقاتلات إسرائيلية مخازن صواريخ في غرب إيران، فردّت عليها طهران بصواريخ باليستية."},
		{name: "american strikes on iranian sites answered by the guard", published: "2025-03-10",
			text: attack + "وتصاعد التوتر بعد أن ضربت الولايات المتحدة منشآت عسكرية إيرانية، ردّ عليها الحرس الثوري بهجمات على سفن في الخليج."},
		{name: "israeli strikes answered with a masculine pronoun", published: "2025-03-10",
			text: attack + "وكانت إسرائيل قد شنت غارات واسعة على منشآت نووية إيرانية، وهو ما ردت عليه إيران بموجات من المسيرات."},
		{name: "control: counter-fire after the pronoun", published: "2025-03-10",
			text: attack + "وردّت عليه القوات الأمريكية على الفور بقصف مدفعي استهدف مصادر النيران في محيط مدينة الميادين.",
			want: []string{"2025-03-09 force:us-forces"}, targets: []string{"city:mayadin"}},
		{name: "control: washington answered it with strikes", published: "2025-03-10",
			text: attack + "وهو ما ردت عليه واشنطن فجر اليوم الاثنين بغارات على مقرات لكتائب حزب الله في القائم.",
			want: []string{"2025-03-10 country:united-states"}, targets: []string{"militia:kataib-hezbollah"}},
	}
}

// responseNounCases: "الرد" as a noun with no target names an answer
// promised or weighed, not a strike, whoever the speaker's title names.
func responseNounCases(attack string) []retCase {
	return []retCase{
		{name: "peshmerga spokesman: the response will come", published: "2025-03-10",
			text: attack + "وقال المتحدث باسم قوات البيشمركة إن الرد على الهجوم سيأتي في الوقت المناسب."},
		{name: "american commander: the response has begun", published: "2025-03-10",
			text: attack + "وأكد قائد القوات الأمريكية في المنطقة أن الرد على استهداف القاعدة قد بدأ أو سيبدأ قريباً."},
		{name: "coalition official: a military response is not ruled out", published: "2025-03-10",
			text: attack + "وقال مسؤول في التحالف الدولي إن الرد العسكري ليس مستبعداً."},
		{name: "control: forces responded with strikes", published: "2025-03-10",
			text: attack + "وردّت القوات الأمريكية فجر اليوم الاثنين على الهجوم بغارات على مواقع لكتائب حزب الله في القائم.",
			want: []string{"2025-03-10 force:us-forces"}, targets: []string{"militia:kataib-hezbollah"}},
	}
}

// retoldStrikeCases: once a side's strike is told, an undated definite
// "الضربات الأمريكية"/"الغارات" in comment or condemnation is that strike.
func retoldStrikeCases(attack string) []retCase {
	strike := attack + "وشنت القوات الأمريكية فجر اليوم الاثنين غارات على مقرات لكتائب حزب الله في القائم رداً على الهجوم.\n\n"
	one := []string{"2025-03-10 force:us-forces"}
	kh := []string{"militia:kataib-hezbollah"}
	return []retCase{
		{name: "analysts on the american strikes", published: "2025-03-10", want: one, targets: kh,
			text: strike + "ويرى محللون أن الضربات الأمريكية رسالة إلى الفصائل، وأن كتائب حزب الله قد تضطر للرد."},
		{name: "condemnation of the raids", published: "2025-03-10", want: one, targets: kh,
			text: strike + "ودانت الحكومة العراقية الغارات الأمريكية على كتائب حزب الله، ووصفتها بأنها انتهاك للسيادة."},
		{name: "experts many sentences later", published: "2025-03-10", want: one, targets: kh,
			text: strike + "وأعلنت الحكومة الحداد.\n\nوعقد البرلمان جلسة طارئة.\n\nوطالب نواب بسحب القوات الأجنبية.\n\n" +
				"ودعت الأمم المتحدة إلى التهدئة.\n\nوأغلقت السفارة أبوابها.\n\nوعلقت الرحلات الجوية.\n\n" +
				"وقال خبراء إن الغارات الأمريكية ستضعف قدرة كتائب حزب الله على شن هجمات جديدة."},
	}
}

// respondingStateCases: a state as the subject of a response verb, the
// strike in a ب phrase after it ("وردّت أنقرة بقصف مواقع لـX").
func respondingStateCases(attack string) []retCase {
	return []retCase{
		{name: "washington responded at dawn with raids", published: "2025-03-10",
			text: attack + "وردّت واشنطن فجر اليوم الاثنين بغارات على مقرات لكتائب حزب الله في القائم.",
			want: []string{"2025-03-10 country:united-states"}, targets: []string{"militia:kataib-hezbollah"}},
		{name: "ankara responded with shelling", published: "2025-03-10",
			text: attack + "وردت أنقرة بقصف مواقع لحزب العمال الكردستاني في منطقة الزاب.",
			want: []string{"2025-03-09 country:turkey"}, targets: []string{"militia:pkk"}},
		{name: "which washington answered with raids", published: "2025-03-10",
			text: attack + "وهو ما ردت عليه واشنطن بغارات على مقرات لحركة النجباء في جرف الصخر.",
			want: []string{"2025-03-09 country:united-states"}, targets: []string{"militia:nujaba"}},
		{name: "tehran answered with missiles at no group or place", published: "2025-03-10",
			text: attack + "وردّت طهران بإطلاق صواريخ باليستية نحو إسرائيل."},
	}
}

// anaphoricOwnerCases: struck sites owned by a group noun pointing back to
// the group last named ("مخابئ للتنظيم"، "مقرات الفصيل").
func anaphoricOwnerCases() []retCase {
	return []retCase{
		{name: "hideouts of the organisation", published: "2025-08-20",
			text: "هاجم مسلحون ليل الثلاثاء قاعدة كي وان شمال غربي كركوك.\n\n" +
				"وتنتشر خلايا تنظيم داعش في المناطق الوعرة جنوب المدينة.\n\n" +
				"ونفذت طائرات القوة الجوية العراقية صباح اليوم الأربعاء ضربات على مخابئ للتنظيم في جبال حمرين رداً على الهجوم.",
			want: []string{"2025-08-20 force:iraqi-air-force"}, targets: []string{"militia:isis", "city:hamrin"}},
		{name: "headquarters of the faction", published: "2025-03-10",
			text: "سقطت ثلاثة صواريخ مساء أمس الأحد على قاعدة عين الأسد الجوية في الأنبار، وتبنت حركة النجباء الهجوم.\n\n" +
				"وشنت القوات الأمريكية فجر اليوم الاثنين غارات على مقرات الحركة في جرف الصخر رداً على الهجوم.",
			want: []string{"2025-03-10 force:us-forces"}, targets: []string{"militia:nujaba"}},
	}
}

// killedByCases: the dead of a group named after a killing word and before
// a strike noun with ب ("قُتل القيادي في X ... بضربة أمريكية"): X is struck.
func killedByCases(attack string) []retCase {
	kh := []string{"militia:kataib-hezbollah"}
	return []retCase{
		{name: "commander killed by a drone strike", published: "2025-03-13", targets: kh,
			want: []string{"2025-03-12 country:united-states"},
			text: attack + "قُتل القيادي في كتائب حزب الله سامر الكعبي، ومرافقه، مساء أمس الأربعاء، بضربة جوية نفذتها طائرة مسيرة أمريكية استهدفت سيارتهما في شرقي بغداد."},
		{name: "fighters killed by an american raid", published: "2025-03-13", targets: kh,
			want: []string{"2025-03-12 country:united-states"},
			text: attack + "وقتل ثلاثة من عناصر كتائب حزب الله مساء أمس الأربعاء بغارة أمريكية على مقر لهم قرب القائم."},
		{name: "the killing of members by strikes", published: "2025-03-13", targets: []string{"militia:nujaba"},
			want: []string{"2025-03-13 force:us-forces"},
			text: attack + "وأعلنت حركة النجباء مقتل اثنين من مقاتليها فجر اليوم الخميس بضربات شنتها القوات الأمريكية على مواقع في جرف الصخر."},
	}
}
