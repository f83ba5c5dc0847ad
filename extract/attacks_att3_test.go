package extract_test

import (
	"testing"

	"github.com/nisba/nisba/extract"
)

// TestAttackWordingsRound3 runs the round-3 attack and attribution rules
// over wordings of our own: killings placed at a base, habits, accusations
// of many attacks, outlets a source spoke to, groups named by the name they
// give themselves, companion salvos and the same groups named again.
func TestAttackWordingsRound3(t *testing.T) {
	x := extract.New(loadLexicon(t))
	cases := append(killedAtWordings(), manyWordings()...)
	cases = append(cases, addressedWordings()...)
	cases = append(cases, answerWordings()...)
	cases = append(cases, headWordings()...)
	cases = append(cases, qualifiedWordings()...)
	cases = append(cases, pronounWordings()...)
	for _, tc := range append(cases, selfNamedWordings()...) {
		t.Run(tc.name, func(t *testing.T) { checkCase(t, x, tc) })
	}
}

// killedAtWordings: a person killed at a base is no attack on the base.
func killedAtWordings() []generalCase {
	return []generalCase{
		{name: "a commander killed by a drone at an airport", published: "2024-02-10",
			text:    "وتزايد التوتر منذ أن قتلت ضربة أمريكية القائد العسكري الإيراني قاسم سليماني في مطار بغداد مطلع 2020.",
			attacks: []string{}},
		{name: "an assassination near an airport, verbal noun", published: "2024-02-10",
			text:    "ويأتي التصعيد بعد أيام من اغتيال أبو مهدي المهندس ورفاقه عند مطار بغداد الدولي.",
			attacks: []string{}},
		{name: "a killing and a real attack in one sentence", published: "2024-02-10",
			text:    "وسقطت ثلاثة صواريخ مساء أمس على قاعدة عين الأسد، بعد أربع سنوات من مقتل قاسم سليماني في مطار بغداد.",
			attacks: []string{"base:ain-al-asad@2024-02-09"}},
		{name: "soldiers killed in an attack on a base stay an attack", published: "2024-02-10",
			text:    "قُتل جنديان في هجوم بطائرة مسيرة استهدف قاعدة التنف فجر اليوم.",
			attacks: []string{"base:al-tanf@2024-02-10"}},
	}
}

// manyWordings: a habit or a count of attacks is no one attack, and blaming
// a group for many attacks is no attribution of the one told.
func manyWordings() []generalCase {
	return []generalCase{
		{name: "attacks that recur on two bases", published: "2024-03-05",
			text:    "وتكررت الهجمات على قاعدة عين الأسد وقاعدة حرير خلال الأشهر الماضية.",
			attacks: []string{}},
		{name: "attacks that keep recurring, imperfect", published: "2024-03-05",
			text:    "وتتكرر الهجمات الصاروخية على مطار أربيل منذ مطلع العام.",
			attacks: []string{}},
		{name: "blamed for dozens of attacks after the one told", published: "2024-03-05",
			text: "سقط صاروخان مساء أمس داخل قاعدة عين الأسد دون إصابات. " +
				"وتحمّل واشنطن كتائب حزب الله مسؤولية عشرات الهجمات على قواتها في العراق.",
			attacks:   []string{"base:ain-al-asad@2024-03-04"},
			noAttribs: []string{"base:ain-al-asad>militia:kataib-hezbollah:asserted"}},
		{name: "the two attacks blamed, with a count beside", published: "2024-03-05",
			text: "سقط صاروخان مساء أمس داخل قاعدة عين الأسد، واستهدفت مسيرة قاعدة حرير في الوقت نفسه. " +
				"واتهم مسؤول أمريكي كتائب حزب الله بالوقوف خلف الهجومين، مشيراً إلى أن عدد الهجمات منذ الشهر الماضي بلغ 20 هجوماً.",
			attacks: []string{"base:ain-al-asad@2024-03-04", "base:harir@2024-03-04"},
			attribs: []string{"base:ain-al-asad>militia:kataib-hezbollah:asserted"}},
	}
}

// addressedWordings: an outlet a source spoke to is no claimant.
func addressedWordings() []generalCase {
	return []generalCase{
		{name: "a security source told an agency", published: "2024-04-02",
			text: "سقطت قذيفتا هاون مساء أمس قرب قاعدة عين الأسد. " +
				"وقال مصدر أمني لوكالة الأنباء العراقية إن خلايا تنظيم داعش تقف خلف الهجوم على الأرجح.",
			attacks: []string{"base:ain-al-asad@2024-04-01"},
			claims:  []string{"base:ain-al-asad>militia:isis<-"}},
		{name: "an outlet cited as the source stays the claimant", published: "2024-04-02",
			text: "سقطت قذيفتا هاون مساء أمس قرب قاعدة عين الأسد. " +
				"وبحسب وكالة الأنباء العراقية، فإن خلايا تنظيم داعش تقف خلف الهجوم.",
			attacks: []string{"base:ain-al-asad@2024-04-01"},
			claims:  []string{"base:ain-al-asad>militia:isis<org:ina"}},
	}
}

// selfNamedWordings: "جماعة تطلق على نفسها اسم X" then a claim.
func selfNamedWordings() []generalCase {
	return []generalCase{
		{name: "a group that calls itself X posts a claim", published: "2024-05-20",
			text: "استهدفت طائرة مسيرة مساء أمس قاعدة حرير شمال أربيل. " +
				"ونشرت جماعة تطلق على نفسها اسم «أصحاب الكهف» بياناً على قناتها في تلغرام، أعلنت فيه مسؤوليتها عن الهجوم.",
			attacks: []string{"base:harir@2024-05-19"},
			attribs: []string{"base:harir>militia:ashab-al-kahf:claimed"}},
		{name: "a statement in which the group claims it", published: "2024-05-20",
			text: "سقطت ثلاثة صواريخ فجر اليوم داخل قاعدة عين الأسد. " +
				"وأصدرت كتائب سيد الشهداء بياناً مقتضباً تبنت فيه الهجوم على القاعدة.",
			attacks: []string{"base:ain-al-asad@2024-05-20"},
			attribs: []string{"base:ain-al-asad>militia:kataib-sayyid-al-shuhada:claimed"}},
		{name: "a faction naming itself, verb first", published: "2024-05-20",
			text: "سقطت ثلاثة صواريخ فجر اليوم داخل قاعدة عين الأسد. " +
				"وأصدر فصيل غير معروف يسمي نفسه «عصبة الثائرين» بياناً قال فيه إنه استهدف القاعدة.",
			attacks: []string{"base:ain-al-asad@2024-05-20"},
			attribs: []string{"base:ain-al-asad>militia:usbat-al-thairin:claimed"}},
	}
}

// answerWordings: a state that strikes in answer, or whose strike on other
// sites is named, is not accused of the attack on the base.
func answerWordings() []generalCase {
	return []generalCase{
		{name: "jets strike after an attack, headline", published: "2024-06-11",
			text: "مقاتلات تركية تقصف مواقع في جبال قنديل بعد هجوم على قاعدة بامرني\n" +
				"تعرضت قاعدة بامرني التركية مساء أمس لهجوم بطائرة مسيرة.",
			attacks:   []string{"base:bamerni@2024-06-10"},
			noAttribs: []string{"base:bamerni>country:turkey:asserted"}},
		{name: "an American bombardment following a strike", published: "2024-06-11",
			text: "قصف أمريكي على مواقع للفصائل في البوكمال عقب استهداف حقل العمر\n" +
				"سقطت قذائف صاروخية مساء أمس داخل حقل العمر النفطي.",
			attacks:   []string{"base:omar-oil-field@2024-06-10"},
			noAttribs: []string{"base:omar-oil-field>country:united-states:asserted"}},
		{name: "state aggression on other sites", published: "2024-06-11",
			text: "سقطت صواريخ مساء أمس على قاعدة عين الأسد. " +
				"ونعت الفصائل مقاتلين قضوا في العدوان الأمريكي الغاشم على مقرات الحشد قرب القائم.",
			attacks:   []string{"base:ain-al-asad@2024-06-10"},
			noAttribs: []string{"base:ain-al-asad>country:united-states:asserted"}},
		{name: "state aggression on the base stays an accusation", published: "2024-06-11",
			text:    "أدانت دمشق العدوان الإسرائيلي على مطار التيفور فجر اليوم.",
			attacks: []string{"base:t4@2024-06-11"},
			attribs: []string{"base:t4>country:israel:asserted"}},
	}
}

// headWordings: a base's head noun read back, and duals a clause later.
func headWordings() []generalCase {
	return []generalCase{
		{name: "an earlier attack on the embassy by its head noun", published: "2024-07-02",
			text: "اعترضت الدفاعات صاروخين أطلقا مساء أمس باتجاه السفارة الأمريكية في بغداد. " +
				"وفي 12 أيار الماضي، سقطت قذيفة على منزل قرب المنطقة الخضراء خلال هجوم على السفارة.",
			attacks: []string{"base:us-embassy-baghdad@2024-05-12", "base:us-embassy-baghdad@2024-07-01"}},
		{name: "the head noun of no base attacked is nothing", published: "2024-07-02",
			text:    "وتظاهر محتجون أمام السفارة الأمريكية في بغداد، وألقوا الحجارة على السفارة.",
			attacks: []string{}},
		{name: "a claim of both attacks a clause after the group", published: "2024-07-02",
			text: "سقطت صواريخ مساء أمس على قاعدة عين الأسد، واستهدفت مسيرة مطار أربيل بعد ساعة. " +
				"ونشرت كتائب حزب الله بياناً على قناتها في تلغرام، أعلنت فيه مسؤوليتها عن الهجومين وقالت إنها استهدفت قاعدة عين الأسد.",
			attacks: []string{"base:ain-al-asad@2024-07-01", "base:erbil-airbase@2024-07-01"},
			attribs: []string{"base:ain-al-asad>militia:kataib-hezbollah:claimed", "base:erbil-airbase>militia:kataib-hezbollah:claimed"}},
	}
}

// qualifiedWordings: a group qualified by where it is spread, a participle
// of accusing, and a group named as helped rather than accused.
func qualifiedWordings() []generalCase {
	return []generalCase{
		{name: "cells spread in the desert stand likely behind it", published: "2024-08-15",
			text: "سقطت قذيفتا هاون فجر اليوم داخل قاعدة عين الأسد. " +
				"وقال مصدر إن خلايا تنظيم داعش المنتشرة في الصحراء تقف على الأرجح وراء الهجوم.",
			attacks: []string{"base:ain-al-asad@2024-08-15"},
			attribs: []string{"base:ain-al-asad>militia:isis:likely"}},
		{name: "factions stationed near a town are behind it", published: "2024-08-15",
			text: "استهدفت مسيرة فجر اليوم حقل العمر النفطي. " +
				"وأكد المرصد أن الفصائل الموالية لإيران المتمركزة قرب الميادين تقف وراء الهجوم.",
			attacks: []string{"base:omar-oil-field@2024-08-15"},
			attribs: []string{"base:omar-oil-field>militia:iran-backed-militias:asserted"}},
		{name: "a ministry accusing with a participle", published: "2024-08-15",
			text:    "أعلنت وزارة الدفاع التركية مقتل جندي في هجوم استهدف مساء أمس قاعدة بامرني العسكرية، متهمة حزب العمال الكردستاني بالوقوف وراءه.",
			attacks: []string{"base:bamerni@2024-08-14"},
			claims:  []string{"base:bamerni>militia:pkk<org:turkish-mod"}},
		{name: "a group helped is not accused", published: "2024-08-15",
			text: "سقطت قذائف مساء أمس على قاعدة تفتناز. " +
				"وقال مصدر عسكري سوري إن أنقرة أرسلت أرتالاً لدعم هيئة تحرير الشام، متهماً إياها بالتصعيد.",
			attacks:   []string{"base:taftanaz@2024-08-14"},
			noAttribs: []string{"base:taftanaz>militia:hts:asserted"}},
	}
}

// pronounWordings: "وراءهما" after a group, a raid the base was exposed
// to, and a capital named in what a denial denies.
func pronounWordings() []generalCase {
	return []generalCase{
		{name: "behind them both, dual pronoun", published: "2024-09-04",
			text: "تعرضت قاعدة حرير وقاعدة عين الأسد لهجومين بطائرات مسيرة مساء أمس. " +
				"وقال مسؤول أمريكي إن كتائب حزب الله تقف وراءهما.",
			attacks: []string{"base:ain-al-asad@2024-09-03", "base:harir@2024-09-03"},
			attribs: []string{"base:harir>militia:kataib-hezbollah:asserted", "base:ain-al-asad>militia:kataib-hezbollah:asserted"}},
		{name: "behind it, singular pronoun", published: "2024-09-04",
			text:    "سقطت قذيفة هاون مساء أمس قرب قاعدة التنف، وقال المرصد إن فصائل موالية لإيران تقف وراءه.",
			attacks: []string{"base:al-tanf@2024-09-03"},
			attribs: []string{"base:al-tanf>militia:iran-backed-militias:asserted"}},
		{name: "exposed to an Israeli raid", published: "2024-09-04",
			text:    "وتعرّض مطار الشعيرات العسكري فجر اليوم لغارة إسرائيلية استهدفت مستودعاً للذخيرة.",
			attacks: []string{"base:shayrat@2024-09-04"},
			attribs: []string{"base:shayrat>country:israel:asserted"}},
		{name: "a raid told with no exposure verb accuses no one", published: "2024-09-04",
			text: "وتعرّض مطار الشعيرات العسكري فجر اليوم لقصف بعدة صواريخ. " +
				"ويأتي ذلك بعد أسبوع من مقتل عنصرين لحزب الله بغارة إسرائيلية قرب دمشق.",
			attacks:   []string{"base:shayrat@2024-09-04"},
			noAttribs: []string{"base:shayrat>country:israel:asserted"}},
		{name: "Israeli jets are Israel, not its army", published: "2024-09-04",
			text:      "قالت وزارة الدفاع السورية إن طائرات إسرائيلية شنت فجر اليوم غارات على مطار التيفور العسكري.",
			attacks:   []string{"base:t4@2024-09-04"},
			attribs:   []string{"base:t4>country:israel:asserted"},
			noAttribs: []string{"base:t4>force:israeli-army:asserted"}},
		{name: "Turkish warplanes are Turkey", published: "2024-09-04",
			text:      "استهدفت الطائرات الحربية التركية فجر اليوم قاعدة رميلان بعدة غارات.",
			attacks:   []string{"base:rumeilan@2024-09-04"},
			attribs:   []string{"base:rumeilan>country:turkey:attacker"},
			noAttribs: []string{"base:rumeilan>force:turkish-army:attacker"}},
		{name: "a capital named in the denial", published: "2024-09-04",
			text: "قُتل جنديان أمريكيان في هجوم بطائرة مسيرة على قاعدة التنف فجر اليوم. " +
				"ونفى متحدث باسم الخارجية الإيرانية أي علاقة لطهران بالهجوم.",
			attacks: []string{"base:al-tanf@2024-09-04"},
			attribs: []string{"base:al-tanf>country:iran:denied"}},
	}
}
