package extract_test

import (
	"testing"

	"github.com/nisba/nisba/extract"
)

// TestAttackWordingsRound2 runs the round-2 rules over further wordings of
// our own: state-media subjects ("العدو الإسرائيلي"، "الكيان الإسرائيلي"),
// directions and launch places, report and broadcast days, background
// downings, duals, counts, hedged launch places, victims and owners, and
// claims set against each other in one sentence.
func TestAttackWordingsRound2(t *testing.T) {
	x := extract.New(loadLexicon(t))
	cases := append(stateWordings(), accusedWordings()...)
	cases = append(cases, noAttackWordings()...)
	for _, tc := range append(cases, contextWordings()...) {
		t.Run(tc.name, func(t *testing.T) { checkCase(t, x, tc) })
	}
}

func stateWordings() []generalCase {
	return []generalCase{
		{name: "the Israeli entity as subject", published: "2025-03-10",
			text:    "شنّ الكيان الإسرائيلي فجر اليوم عدواناً جوياً على مطار الضمير العسكري.",
			attacks: []string{"base:dumayr@2025-03-10"}, attribs: []string{"base:dumayr>country:israel:attacker"}},
		{name: "the Israeli enemy as subject", published: "2025-03-10",
			text:    "استهدف العدو الإسرائيلي بعدة صواريخ مطار المزة العسكري مساء أمس.",
			attacks: []string{"base:mezzeh-airport@2025-03-09"}, attribs: []string{"base:mezzeh-airport>country:israel:attacker"}},
		{name: "a headline adjective after a qualifier", published: "2025-03-10",
			text:    "اعتداء صاروخي إسرائيلي يطال مطار حماة العسكري\n\nتعرض مطار حماة العسكري فجر اليوم لاعتداء بعدة صواريخ.",
			attacks: []string{"base:hama-airbase@2025-03-10"}, attribs: []string{"base:hama-airbase>country:israel:asserted"}},
		{name: "towards an airport from a neighbour's airspace", published: "2025-03-10",
			text:    "قالت مصادر إن الصواريخ انطلقت من الأجواء الأردنية باتجاه مطار التيفور فجر اليوم.",
			attacks: []string{"base:t4@2025-03-10"}},
		{name: "launched from a neighbour's airspace", published: "2025-03-16",
			text:    "شنت طائرات حربية إسرائيلية غارات على مطار الشعيرات فجر اليوم انطلاقاً من الأجواء اللبنانية، وفق ما أعلن الجيش السوري.",
			attacks: []string{"base:shayrat@2025-03-16"}, attribs: []string{"base:shayrat>country:israel:asserted"}},
		{name: "drones sent towards a base", published: "2025-03-16",
			text:    "أعلنت وزارة الدفاع الروسية أن دفاعاتها الجوية أسقطت ليل السبت أربع مسيرات أطلقها مسلحون من مناطق خفض التصعيد باتجاه قاعدة حميميم.",
			attacks: []string{"base:hmeimim@2025-03-15"}},
		{name: "the evening a news item was broadcast", published: "2025-03-15",
			text:    "أفادت وكالة سانا في خبر بثته مساء الجمعة بأن الهجوم على مطار التيفور وقع فجر الخميس.",
			attacks: []string{"base:t4@2025-03-13"}},
		{name: "the morning a toll was published", published: "2025-03-15",
			text:    "ذكر المرصد، في حصيلة نشرها صباح اليوم السبت، أن القصف الذي استهدف حقل كونيكو ليل الخميس أوقع أضراراً.",
			attacks: []string{"base:conoco-gas-field@2025-03-13"}},
		{name: "the evening a statement came out", published: "2025-03-16",
			text:    "وأوضح المرصد، في بيان صدر مساء السبت، أن المسيرات استهدفت قاعدة التنف فجر الجمعة.",
			attacks: []string{"base:al-tanf@2025-03-14"}},
		{name: "a claim on a past day", published: "2025-03-15",
			text:    "وكانت فصائل عراقية قد تبنت في 5 شباط الماضي هجوماً على قاعدة التنف.",
			attacks: []string{"base:al-tanf@2025-02-05"}},
		{name: "a downing announced before", published: "2025-05-20",
			text:    "وسبق أن أعلنت القوات الروسية في 12 أيار الجاري إسقاط مسيرة قرب مطار حماة العسكري.",
			attacks: []string{"base:hama-airbase@2025-05-12"}},
		{name: "strikes on two airports", published: "2025-03-10",
			text:    "استهدفت غارات مطاري التيفور والشعيرات فجر اليوم.",
			attacks: []string{"base:shayrat@2025-03-10", "base:t4@2025-03-10"}},
		{name: "a count of assaults since a time", published: "2025-03-10",
			text:    "وتعرضت قاعدة التنف منذ مطلع العام لأكثر من عشرة اعتداءات.",
			attacks: nil},
		{name: "a second attack in two days", published: "2025-03-16",
			text:    "استهدفت مسيرة قاعدة حرير فجر اليوم الأحد. وهذا ثاني هجوم على القاعدة خلال يومين، بعد هجوم صاروخي استهدفها مساء الجمعة.",
			attacks: []string{"base:harir@2025-03-14", "base:harir@2025-03-16"}},
		{name: "a Turkish base with no name", published: "2025-03-16",
			text:    "قالت وزارة الدفاع التركية إن قاعدة تركية في ريف حلب تعرضت مساء السبت لقصف صاروخي، ما أدى إلى إصابة جندي تركي.",
			attacks: nil},
	}
}

func accusedWordings() []generalCase {
	return []generalCase{
		{name: "holding backed militias responsible", published: "2025-03-10",
			text:    "سقطت صواريخ على قاعدة حرير فجر اليوم. وحمّل المتحدث باسم التحالف الدولي الميليشيات المدعومة من إيران مسؤولية الهجوم.",
			attacks: []string{"base:harir@2025-03-10"}, attribs: []string{"base:harir>militia:iran-backed-militias:asserted"}},
		{name: "central command holds backed factions responsible", published: "2025-03-16",
			text:    "سقطت صواريخ على قاعدة عين الأسد مساء السبت. وحمّلت القيادة المركزية الأمريكية فصائل مدعومة من إيران مسؤولية الهجوم.",
			attacks: []string{"base:ain-al-asad@2025-03-15"}, attribs: []string{"base:ain-al-asad>militia:iran-backed-militias:asserted"}},
		{name: "denying any role of the movement", published: "2025-03-10",
			text:    "سقطت صواريخ على قاعدة حرير فجر اليوم. ونفى مصدر في حركة النجباء أي دور للحركة في استهداف قاعدة حرير.",
			attacks: []string{"base:harir@2025-03-10"}, attribs: []string{"base:harir>militia:nujaba:denied"}},
		{name: "a group disowns the attack", published: "2025-03-16",
			text:    "استهدفت مسيرة قاعدة التنف فجر اليوم الأحد، وتبرأت حركة النجباء من الهجوم.",
			attacks: []string{"base:al-tanf@2025-03-16"}, attribs: []string{"base:al-tanf>militia:nujaba:denied"}},
		{name: "denying any responsibility for targeting the base", published: "2025-03-16",
			text:    "استهدفت مسيرة قاعدة التنف فجر اليوم الأحد. ونفت كتائب سيد الشهداء أي مسؤولية لها عن استهداف القاعدة.",
			attacks: []string{"base:al-tanf@2025-03-16"}, attribs: []string{"base:al-tanf>militia:kataib-sayyid-al-shuhada:denied"}},
		{name: "likely from areas a group holds", published: "2025-03-10",
			text: "استهدفت طائرة مسيرة حقل العمر فجر اليوم. " +
				"ورجّحت مصادر محلية أن تكون الطائرة قد أُطلقت من مناطق ينتشر فيها مقاتلو لواء فاطميون غربي الفرات.",
			attacks: []string{"base:omar-oil-field@2025-03-10"}, attribs: []string{"base:omar-oil-field>militia:fatemiyoun:likely"}},
		{name: "soldiers of the accuser hit", published: "2025-03-10",
			text:    "أصيب ثلاثة جنود أمريكيين في هجوم على قاعدة عين الأسد فجر اليوم، واتهمت واشنطن كتائب حزب الله بتنفيذه.",
			attacks: []string{"base:ain-al-asad@2025-03-10"}, attribs: []string{"base:ain-al-asad>militia:kataib-hezbollah:asserted"},
			noAttribs: []string{"base:ain-al-asad>country:united-states:asserted", "base:ain-al-asad>country:united-states:attacker"}},
		{name: "soldiers of the accusing state killed", published: "2025-03-10",
			text:    "قتل جنديان روسيان في قصف استهدف قاعدة حميميم مساء أمس، واتهمت موسكو هيئة تحرير الشام بالمسؤولية عنه.",
			attacks: []string{"base:hmeimim@2025-03-09"}, attribs: []string{"base:hmeimim>militia:hts:asserted"},
			noAttribs: []string{"base:hmeimim>country:russia:asserted"}},
		{name: "the state of the soldiers is no accused", published: "2025-03-16",
			text:      "تعرضت القاعدة التركية في مطار تفتناز مساء السبت لقصف مدفعي مصدره مواقع قوات النظام، ما أدى إلى إصابة جنديين تركيين.",
			attacks:   []string{"base:taftanaz@2025-03-15"},
			noAttribs: []string{"base:taftanaz>country:turkey:asserted", "base:taftanaz>country:turkey:attacker"}},
		{name: "the group the base hosts", published: "2025-03-10",
			text:    "سقطت قذائف فجر اليوم على مطار الحمدان الذي تتخذه ميليشيات مدعومة من إيران مقراً لها.",
			attacks: []string{"base:hamdan-airport@2025-03-10"},
			noAttribs: []string{"base:hamdan-airport>militia:iran-backed-militias:asserted",
				"base:hamdan-airport>militia:iran-backed-militias:attacker"}},
		{name: "a claim for one base, none for the other", published: "2025-03-16",
			text: "قصفت صواريخ قاعدة عين الأسد وقاعدة حرير مساء السبت. " +
				"وتبنت كتائب حزب الله الهجوم على قاعدة عين الأسد، فيما لم تتبن أي جهة قصف قاعدة حرير.",
			attacks:   []string{"base:ain-al-asad@2025-03-15", "base:harir@2025-03-15"},
			attribs:   []string{"base:ain-al-asad>militia:kataib-hezbollah:claimed"},
			noAttribs: []string{"base:harir>militia:kataib-hezbollah:claimed"}},
	}
}

// contextWordings: what the rest of the sentence or article says about the
// attack: the same night, defenders, a share of many attacks, the site of a
// retaliation, and a base named by its head noun.
func contextWordings() []generalCase {
	return []generalCase{
		{name: "an attack on the same night", published: "2025-03-17",
			text: "استهدفت مسيرة قاعدة حرير مساء الأحد. " +
				"وفي هجوم آخر في الليلة ذاتها، سقطت صواريخ داخل قاعدة عين الأسد.",
			attacks: []string{"base:ain-al-asad@2025-03-16", "base:harir@2025-03-16"}},
		{name: "the Israeli entity had struck", published: "2025-03-15",
			text:    "وكان الكيان الإسرائيلي قد استهدف في الرابع من الشهر الجاري مطار المزة العسكري.",
			attacks: []string{"base:mezzeh-airport@2025-03-04"}, attribs: []string{"base:mezzeh-airport>country:israel:attacker"}},
		{name: "a denial for the army named after the link", published: "2025-03-15",
			text: "أسقطت الدفاعات التركية مسيرة كانت تستهدف القاعدة التركية في مطار تفتناز مساء أمس. " +
				"ونفى مصدر في وزارة الدفاع السورية أي علاقة للجيش السوري بالحادثة.",
			attacks: []string{"base:taftanaz@2025-03-14"}, attribs: []string{"base:taftanaz>force:syrian-regime-forces:denied"}},
		{name: "a masculine launch verb after a headline", published: "2025-03-15",
			text: "فصيل مسلح يقصف الشدادي وكونيكو بالصواريخ\n\n" +
				"أطلق فصيل مسلح فجر اليوم صواريخ على قاعدة الشدادي، وعلى القاعدة الأمريكية في حقل كونيكو، حيث تنتشر قوات أمريكية.",
			attacks: []string{"base:conoco-gas-field@2025-03-15", "base:shaddadi@2025-03-15"}},
		{name: "strikes said to be likely Israeli", published: "2025-03-15",
			text:    "استهدفت غارات، يُرجَّح أنها إسرائيلية، مساء الجمعة مطار الضمير العسكري.",
			attacks: []string{"base:dumayr@2025-03-14"}, attribs: []string{"base:dumayr>country:israel:likely"}},
		{name: "military aircraft of a state strike", published: "2025-03-15",
			text:    "شنت طائرات عسكرية إسرائيلية غارات على مطار الضمير فجر اليوم.",
			attacks: []string{"base:dumayr@2025-03-15"}, attribs: []string{"base:dumayr>country:israel:attacker"}},
		{name: "the defenders' state is no striker", published: "2025-03-15",
			text:      "اعترضت الدفاعات الجوية الأردنية فجر اليوم مسيرة كانت متجهة نحو قاعدة موفق السلطي.",
			attacks:   []string{"base:muwaffaq-salti@2025-03-15"},
			noAttribs: []string{"base:muwaffaq-salti>country:jordan:asserted", "base:muwaffaq-salti>country:jordan:attacker"}},
		{name: "a claim of most of many attacks", published: "2025-03-15",
			text: "سقطت صواريخ على قاعدة حرير فجر اليوم. " +
				"وتعرضت القوات الأمريكية لعشرات الهجمات منذ مطلع العام، تبنت معظمها حركة النجباء.",
			attacks:   []string{"base:harir@2025-03-15"},
			noAttribs: []string{"base:harir>militia:nujaba:claimed"}},
		{name: "the headquarters a retaliation struck", published: "2025-03-15",
			text:      "قال مسؤول أمريكي إن مقاتلات أمريكية قصفت فجر اليوم مقراً لـ«حركة النجباء» في البوكمال، رداً على هجوم استهدف قاعدة التنف أمس.",
			attacks:   []string{"base:al-tanf@2025-03-14"},
			noAttribs: []string{"base:al-tanf>militia:nujaba:asserted", "base:al-tanf>militia:nujaba:attacker"}},
		{name: "the embassy named by its head noun", published: "2025-03-15",
			text: "سقطت صواريخ فجر اليوم قرب مجمع السفارة الأمريكية في بغداد. " +
				"وبعد ساعات، استهدفت مسيرة قاعدة فكتوريا قرب المطار. " +
				"وقال مسؤول إن واشنطن تعتقد أن كتائب حزب الله تقف وراء الهجوم على السفارة.",
			attacks:   []string{"base:us-embassy-baghdad@2025-03-15", "base:victory@2025-03-15"},
			attribs:   []string{"base:us-embassy-baghdad>militia:kataib-hezbollah:suspected"},
			noAttribs: []string{"base:victory>militia:kataib-hezbollah:suspected"}},
		{name: "two drones believed launched from a group's areas", published: "2025-03-15",
			text: "أسقطت الدفاعات طائرتين مسيرتين قرب قاعدة التنف فجر اليوم. " +
				"ويُعتقد أن الطائرتين انطلقتا من مناطق نفوذ حركة النجباء قرب القائم.",
			attacks: []string{"base:al-tanf@2025-03-15"},
			attribs: []string{"base:al-tanf>militia:nujaba:suspected"}},
	}
}

// noAttackWordings: attack nouns that tell no attack of their own.
func noAttackWordings() []generalCase {
	return []generalCase{
		{name: "repeated assaults denounced", published: "2025-03-10",
			text: "وندد البيان بالاعتداءات الإسرائيلية المتكررة على مطار دمشق الدولي.", attacks: nil},
		{name: "any assault will be answered", published: "2025-03-10",
			text: "وحذر الوزير من أن أي اعتداء على قاعدة حميميم سيقابل برد حازم.", attacks: nil},
		{name: "a possible assault", published: "2025-03-10",
			text: "وتواصل القوات الأمريكية في قاعدة التنف تدريب فصائل المعارضة لمواجهة أي اعتداء محتمل.", attacks: nil},
		{name: "a war that moved factions to strike bases", published: "2025-03-10",
			text: "وقال المسؤول إن العدوان على غزة دفع الفصائل إلى استهداف القواعد الأمريكية في العراق وسوريا.", attacks: nil},
		{name: "prisoners released at a base", published: "2025-03-10",
			text: "أطلقت القوات الأمريكية سراح ثلاثة موقوفين كانوا محتجزين في قاعدة الشدادي.", attacks: nil},
		{name: "reconnaissance flown from a base", published: "2025-03-10",
			text: "وأطلق الجيش الأمريكي من قاعدة عين الأسد طائرات استطلاع لمراقبة الحدود.", attacks: nil},
		{name: "a condemned assault of yesterday", published: "2025-03-10",
			text:    "وأدانت دمشق العدوان الإسرائيلي على مطار حلب الدولي الذي أخرجه عن الخدمة أمس.",
			attacks: []string{"base:aleppo-airport@2025-03-09"}},
	}
}
