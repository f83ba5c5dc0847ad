package extract_test

import (
	"testing"

	"github.com/nisba/nisba/extract"
)

// TestAttackEventClasses8 checks that a base named outside a specific event
// (counts of attacks, a bare year, troops stationed there) makes no attack,
// and that an attack told by its toll, by a launch towards the base, by
// shells falling around it or by an interception does.
func TestAttackEventClasses8(t *testing.T) {
	x := extract.New(loadLexicon(t))
	for _, tc := range attackEventCases() {
		t.Run(tc.name, func(t *testing.T) {
			checkCase(t, x, tc)
		})
	}
}

func attackEventCases() []generalCase {
	return []generalCase{
		{name: "a count of attacks", published: "2026-01-10",
			text:    "وتعرضت قاعدة التنف لأكثر من 40 هجوماً منذ تشرين الأول الماضي.",
			attacks: nil},
		{name: "a total over two bases", published: "2026-01-10",
			text:    "وبلغ عدد الهجمات على القوات الأمريكية في قاعدة عين الأسد وقاعدة حرير 150 هجوماً.",
			attacks: nil},
		{name: "most of them struck a base", published: "2026-01-10",
			text:    "ووثق المرصد عشرات الهجمات خلال العام الماضي، استهدف معظمها قاعدة حرير.",
			attacks: nil},
		{name: "dozens of attacks on a base", published: "2026-01-10",
			text:    "وتعرض حقل العمر لعشرات الهجمات بالصواريخ والطائرات المسيرة.",
			attacks: nil},
		{name: "many of the attacks", published: "2026-01-10",
			text:    "ونفذت الفصائل العديد من الهجمات على قاعدة التنف بالطائرات المسيرة.",
			attacks: nil},
		{name: "a hundred attacks in words", published: "2026-01-10",
			text:    "وشهدت قاعدة حرير أكثر من مئة هجوم بالصواريخ والمسيرات.",
			attacks: nil},
		{name: "struck in a bare year", published: "2026-01-10",
			text:    "وتضم قاعدة الشدادي، التي قصفت عام 2019، نحو مئتي جندي.",
			attacks: nil},
		{name: "struck in a month of a past year", published: "2026-01-10",
			text:    "وكانت قاعدة عين الأسد قد تعرضت لقصف صاروخي في كانون الثاني 2020.",
			attacks: nil},
		{name: "the latest of a series", published: "2026-01-10",
			text:    "سقطت ثلاثة صواريخ على قاعدة عين الأسد، في هجوم هو الأحدث ضمن سلسلة هجمات على القوات الأمريكية.",
			attacks: []string{"base:ain-al-asad@-"}},
		{name: "a weekday of an undated article", published: "",
			text:    "استهدفت طائرة مسيرة قاعدة حرير مساء الاثنين، بعد عشرات الهجمات على القوات الأمريكية.",
			attacks: []string{"base:harir@-"}},
		{name: "a halt announced", published: "2026-01-10",
			text:    "أعلنت كتائب حزب الله وقف استهداف قاعدة عين الأسد حتى إشعار آخر.",
			attacks: nil},
		{name: "an intent announced", published: "2026-01-10",
			text:    "أعلنت حركة النجباء عزمها استهداف قاعدة التنف.",
			attacks: nil},
		{name: "troops stationed at bases", published: "2026-01-10",
			text:    "وتنتشر القوات الأمريكية في قاعدة رميلان وقاعدة الشدادي وحقل العمر.",
			attacks: nil},
		{name: "a dated attack, then a count", published: "2026-01-12",
			text: "استهدفت طائرة مسيرة قاعدة حرير فجر الأحد من دون إصابات.\n\n" +
				"وتعرضت القاعدة لعشرات الهجمات منذ عام 2023.",
			attacks: []string{"base:harir@2026-01-11"}},
		{name: "undated, counted since a year", published: "2026-01-12",
			text:    "أصيب جنديان في هجوم صاروخي على قاعدة التنف، هو الأول منذ عام 2022.",
			attacks: []string{"base:al-tanf@-"}},
		{name: "told by its toll", published: "2026-01-12",
			text:    "قتل ثلاثة جنود أمريكيين وأصيب 34 آخرون في ضربة بطائرة مسيرة على البرج 22 فجر الأحد.",
			attacks: []string{"base:tower-22@2026-01-11"}},
		{name: "rockets launched towards a base", published: "2026-01-16",
			text:    "أطلقت صواريخ باتجاه قاعدة عين الأسد مساء الخميس من دون أن تسفر عن إصابات.",
			attacks: []string{"base:ain-al-asad@2026-01-15"}},
		{name: "shells fell inside the perimeter", published: "2026-01-18",
			text:    "سقطت ثلاث قذائف داخل محيط قاعدة حرير ليل السبت.",
			attacks: []string{"base:harir@2026-01-17"}},
		{name: "shells fell near a base", published: "2026-01-21",
			text:    "سقطت قذيفتا هاون قرب قاعدة فكتوريا مساء الثلاثاء.",
			attacks: []string{"base:victory@2026-01-20"}},
		{name: "a drone intercepted on its way", published: "2026-01-19",
			text:    "اعترضت الدفاعات الجوية صباح الاثنين طائرة مسيرة كانت متجهة نحو قاعدة التنف.",
			attacks: []string{"base:al-tanf@2026-01-19"}},
		{name: "struck again and again", published: "2026-01-10",
			text:    "وسبق أن استهدفت الفصائل المسلحة قاعدة عين الأسد بالصواريخ مرات عدة.",
			attacks: nil},
		{name: "more than once", published: "2026-01-10",
			text:    "وكانت قاعدة التنف قد استهدفت أكثر من مرة بطائرات مسيرة.",
			attacks: nil},
		{name: "a repeated target", published: "2026-01-10",
			text:    "وتتعرض قاعدة حرير لقصف متكرر بالطائرات المسيرة.",
			attacks: nil},
		{name: "troops counted at two bases", published: "2026-01-10",
			text:    "وتعرضت القوات الأمريكية في قاعدة عين الأسد وقاعدة حرير لنحو 70 هجوماً.",
			attacks: nil},
		{name: "repelled a drone trying to strike", published: "2026-01-16",
			text:    "تصدت الدفاعات الجوية مساء الخميس لطائرة مسيرة حاولت استهداف قاعدة عين الأسد.",
			attacks: []string{"base:ain-al-asad@2026-01-15"}},
		{name: "drones downed over a base", published: "2026-01-16",
			text:    "أسقطت الدفاعات الجوية مسيرتين فوق قاعدة حرير فجر الجمعة.",
			attacks: []string{"base:harir@2026-01-16"}},
		{name: "air defences moved against attacks", published: "2026-01-10",
			text:    "ونقلت القوات الأمريكية منظومات دفاع جوي إلى قاعدة عين الأسد لحمايتها من الهجمات بالصواريخ والمسيرات.",
			attacks: nil},
		{name: "a drone exploded inside a base", published: "2026-01-12",
			text:    "انفجرت طائرة مسيرة مفخخة داخل قاعدة حرير فجر الأحد من دون إصابات.",
			attacks: []string{"base:harir@2026-01-11"}},
		{name: "reports of two rockets falling", published: "2026-01-12",
			text:    "أفادت مصادر أمنية مساء الأحد بسقوط صاروخين في محيط قاعدة عين الأسد.",
			attacks: []string{"base:ain-al-asad@2026-01-11"}},
		{name: "downed before it reached a base", published: "2026-01-12",
			text:    "أسقطت الدفاعات الجوية فجر الأحد طائرة مسيرة قبل وصولها إلى قاعدة التنف.",
			attacks: []string{"base:al-tanf@2026-01-11"}},
		{name: "rockets fired at a base", published: "2026-01-12",
			text:    "أطلق مسلحون ثلاثة صواريخ صوب حقل كونيكو مساء الأحد.",
			attacks: []string{"base:conoco-gas-field@2026-01-11"}},
		{name: "shells fell, an aside, near a base", published: "2026-01-12",
			text:    "أفادت خلية الإعلام الأمني بسقوط صاروخين، صباح اليوم الاثنين، قرب قاعدة القيارة الجوية.",
			attacks: []string{"base:qayyarah@2026-01-12"}},
		{name: "a strike answering deaths in an earlier attack", published: "2026-01-12",
			text: "قصفت مقاتلات أمريكية ليل السبت مقرات لكتائب حزب الله قرب القائم، رداً على مقتل جنديين في الهجوم على قاعدة حرير.\n\n" +
				"وكانت قاعدة حرير قد تعرضت مساء الخميس لهجوم بطائرة مسيرة.",
			attacks: []string{"base:harir@2026-01-08"}},
		{name: "a weapon's make accuses no state", published: "2026-01-12",
			text:      "استهدفت طائرة مسيرة إيرانية الصنع قاعدة التنف فجر الأحد.",
			attacks:   []string{"base:al-tanf@2026-01-11"},
			noAttribs: []string{"base:al-tanf>country:iran:asserted", "base:al-tanf>country:iran:attacker"}},
	}
}

// TestAttributionClasses8 checks accusations in other speakers' words,
// hedges, denials by the accused itself, a state named by an adjective,
// claims by announcement, and attributions kept to their own attack.
func TestAttributionClasses8(t *testing.T) {
	x := extract.New(loadLexicon(t))
	for _, tc := range attributionCases() {
		t.Run(tc.name, func(t *testing.T) {
			checkCase(t, x, tc)
		})
	}
}

func attributionCases() []generalCase {
	const lead = "استهدفت طائرة مسيرة قاعدة التنف فجر الأحد.\n\n"
	tanf := []string{"base:al-tanf@2026-01-11"}
	return []generalCase{
		{name: "movement not concerned", published: "2026-01-12",
			text:    lead + "وقال متحدث باسم كتائب حزب الله لوكالة فرانس برس إن الكتائب غير معنية بالهجوم.",
			attacks: tanf, attribs: []string{"base:al-tanf>militia:kataib-hezbollah:denied"}},
		{name: "capital denies a tie", published: "2026-01-12",
			text:    lead + "ونفت أنقرة أي دور لها في الهجوم.",
			attacks: tanf, attribs: []string{"base:al-tanf>country:turkey:denied"},
			claims: []string{"base:al-tanf>country:turkey<country:turkey"}},
		{name: "state denies its responsibility", published: "2026-01-12",
			text:    lead + "في المقابل، نفت إيران مسؤوليتها عن الهجوم.",
			attacks: tanf, attribs: []string{"base:al-tanf>country:iran:denied"}},
		{name: "spokesman denies for his group", published: "2026-01-12",
			text:    lead + "ونفى متحدث باسم حركة النجباء مسؤولية الحركة عن الهجوم.",
			attacks: tanf, attribs: []string{"base:al-tanf>militia:nujaba:denied"}},
		{name: "fingers point two sentences on", published: "2026-01-12",
			text: lead + "وقالت مصادر إن المسيرة أطلقت من الأراضي العراقية.\n\n" +
				"وتشير أصابع الاتهام إلى كتائب سيد الشهداء.",
			attacks: tanf, attribs: []string{"base:al-tanf>militia:kataib-sayyid-al-shuhada:asserted"}},
		{name: "believed to be behind", published: "2026-01-12",
			text:    lead + "ويُعتقد أن عصائب أهل الحق تقف وراء الهجوم.",
			attacks: tanf, attribs: []string{"base:al-tanf>militia:asaib-ahl-al-haq:suspected"}},
		{name: "held fully responsible", published: "2026-01-12",
			text:    lead + "وحمّل الجيش الأمريكي كتائب حزب الله المسؤولية الكاملة عن الهجوم.",
			attacks: tanf, attribs: []string{"base:al-tanf>militia:kataib-hezbollah:asserted"}},
		{name: "Washington accuses Tehran", published: "2026-01-12",
			text:    lead + "واتهمت واشنطن طهران بالوقوف وراء الهجوم.",
			attacks: tanf, attribs: []string{"base:al-tanf>country:iran:asserted"}},
		{name: "did not rule out", published: "2026-01-12",
			text:    lead + "ولم يستبعد مسؤول عراقي أن تكون حركة النجباء وراء الهجوم.",
			attacks: tanf, attribs: []string{"base:al-tanf>militia:nujaba:hinted"}},
		{name: "as officials deem likely", published: "2026-01-12",
			text:    lead + "وبحسب ما يرجح مسؤولون أمريكيون، فإن كتائب حزب الله نفذت الهجوم.",
			attacks: tanf, attribs: []string{"base:al-tanf>militia:kataib-hezbollah:likely"}},
		{name: "denial with an aside", published: "2026-01-12",
			text:    lead + "ونفت كتائب حزب الله، في بيان مقتضب، أي صلة لها بالهجوم.",
			attacks: tanf, attribs: []string{"base:al-tanf>militia:kataib-hezbollah:denied"}},
		{name: "state first, then its denial", published: "2026-01-12",
			text:    lead + "وفي طهران، قالت الخارجية إن إيران تنفي أي علاقة لها بالهجوم.",
			attacks: tanf, attribs: []string{"base:al-tanf>country:iran:denied"}},
		{name: "a video on its channel", published: "2026-01-12",
			text:    lead + "ونشرت حركة النجباء على قناتها في تلغرام مقطعاً مصوراً قالت إنه يظهر استهداف القاعدة.",
			attacks: tanf, attribs: []string{"base:al-tanf>militia:nujaba:claimed"}},
		{name: "headline claim in the present", published: "2026-01-12",
			text:    "كتائب حزب الله تتبنى قصف قاعدة التنف\n\nاستهدفت طائرة مسيرة قاعدة التنف فجر الأحد.",
			attacks: tanf, attribs: []string{"base:al-tanf>militia:kataib-hezbollah:claimed"}},
		{name: "said it struck with a drone", published: "2026-01-12",
			text:    "قالت حركة النجباء إنها قصفت بطائرة مسيرة قاعدة التنف فجر الأحد.",
			attacks: tanf, attribs: []string{"base:al-tanf>militia:nujaba:claimed"}},
		{name: "two attacks in one sentence, one claimed", published: "2026-01-12",
			text:      "استهدفت مسيرة قاعدة حرير مساء السبت وتبنت الهجوم كتائب حزب الله، فيما سقطت صواريخ على قاعدة عين الأسد فجر الأحد.",
			attacks:   []string{"base:ain-al-asad@2026-01-11", "base:harir@2026-01-10"},
			attribs:   []string{"base:harir>militia:kataib-hezbollah:claimed"},
			noAttribs: []string{"base:ain-al-asad>militia:kataib-hezbollah:claimed"}},
		{name: "an earlier attack named for the claim", published: "2026-01-13",
			text: "سقطت صواريخ على قاعدة عين الأسد مساء الأحد.\n\n" +
				"واستهدفت مسيرة قاعدة حرير فجر الاثنين.\n\n" +
				"وكانت حركة النجباء قد تبنت هجوم الأحد على قاعدة عين الأسد.",
			attacks:   []string{"base:ain-al-asad@2026-01-11", "base:harir@2026-01-12"},
			attribs:   []string{"base:ain-al-asad>militia:nujaba:claimed"},
			noAttribs: []string{"base:harir>militia:nujaba:claimed"}},
		{name: "a spokesman for his faction", published: "2026-01-12",
			text:    lead + "وقال أبو علي العسكري، المتحدث باسم كتائب حزب الله، إن فصيله غير معني بالهجوم.",
			attacks: tanf, attribs: []string{"base:al-tanf>militia:kataib-hezbollah:denied"}},
		{name: "cells of a group are the group's", published: "2026-01-12",
			text:    lead + "ورجح المرصد أن تكون خلايا تابعة لتنظيم داعش وراء الهجوم.",
			attacks: tanf, attribs: []string{"base:al-tanf>militia:isis:likely"}},
		{name: "a backer is not the accused", published: "2026-01-12",
			text:    lead + "واتهمت قسد لواء فاطميون المدعوم من الحرس الثوري بالوقوف وراء الهجوم.",
			attacks: tanf, attribs: []string{"base:al-tanf>militia:fatemiyoun:asserted"},
			noAttribs: []string{"base:al-tanf>militia:irgc:asserted", "base:al-tanf>militia:sdf:asserted"}},
		{name: "a source's group does not launch", published: "2026-01-12",
			text:      lead + "وقال مصدر في كتائب حزب الله إن المسيرة أطلقت من البادية.",
			attacks:   tanf,
			noAttribs: []string{"base:al-tanf>militia:kataib-hezbollah:attacker", "base:al-tanf>militia:kataib-hezbollah:asserted"}},
		{name: "an aside before the denied tie", published: "2026-01-12",
			text:    lead + "ونفت عصائب أهل الحق، المنضوية في الحشد الشعبي، أي علاقة لها بالهجوم.",
			attacks: tanf, attribs: []string{"base:al-tanf>militia:asaib-ahl-al-haq:denied"}},
		{name: "the claim names the day of its attack", published: "2026-01-12",
			text: "استهدفت طائرة مسيرة قاعدة التنف فجر الأحد.\n\n" +
				"وكانت قاعدة عين الأسد قد تعرضت لهجوم صاروخي في 3 كانون الثاني.\n\n" +
				"وتبنت كتائب حزب الله هجوم الأحد في بيان.",
			attacks:   []string{"base:ain-al-asad@2026-01-03", "base:al-tanf@2026-01-11"},
			attribs:   []string{"base:al-tanf>militia:kataib-hezbollah:claimed"},
			noAttribs: []string{"base:ain-al-asad>militia:kataib-hezbollah:claimed"}},
		{name: "an Iranian attack", published: "2026-01-12",
			text:    lead + "ووصف مسؤول أمريكي الضربة بأنها هجوم إيراني مباشر.",
			attacks: tanf, attribs: []string{"base:al-tanf>country:iran:asserted"}},
		{name: "announced the targeting of a base", published: "2026-01-12",
			text:    "أعلنت المقاومة الإسلامية في العراق، في بيان، استهداف قاعدة حرير بطائرة مسيرة فجر اليوم الاثنين.",
			attacks: []string{"base:harir@2026-01-12"}, attribs: []string{"base:harir>militia:islamic-resistance-in-iraq:claimed"}},
		{name: "its fighters struck", published: "2026-01-12",
			text:    "قالت كتائب حزب الله في بيان إن مجاهديها استهدفوا قاعدة عين الأسد بصواريخ مساء الأحد.",
			attacks: []string{"base:ain-al-asad@2026-01-11"}, attribs: []string{"base:ain-al-asad>militia:kataib-hezbollah:claimed"}},
		{name: "claimed attacks on two bases", published: "2026-01-12",
			text:    "تبنت المقاومة الإسلامية في العراق عبر قناتها على تلغرام هجمات على قاعدة الشدادي وحقل العمر فجر الأحد.",
			attacks: []string{"base:omar-oil-field@2026-01-11", "base:shaddadi@2026-01-11"},
			attribs: []string{"base:omar-oil-field>militia:islamic-resistance-in-iraq:claimed", "base:shaddadi>militia:islamic-resistance-in-iraq:claimed"}},
		{name: "claim kept to its own attack", published: "2026-01-13",
			text: "سقطت صواريخ على قاعدة عين الأسد مساء الأحد.\n\n" +
				"وفي هجوم منفصل، استهدفت مسيرة قاعدة حرير فجر الاثنين.\n\n" +
				"وتبنت حركة النجباء الهجوم على قاعدة حرير، فيما نفت كتائب حزب الله علاقتها بالهجومين.",
			attacks:   []string{"base:ain-al-asad@2026-01-11", "base:harir@2026-01-12"},
			attribs:   []string{"base:harir>militia:nujaba:claimed", "base:harir>militia:kataib-hezbollah:denied", "base:ain-al-asad>militia:kataib-hezbollah:denied"},
			noAttribs: []string{"base:ain-al-asad>militia:nujaba:claimed"}},
	}
}
