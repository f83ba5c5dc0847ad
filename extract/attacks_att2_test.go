package extract_test

import (
	"testing"

	"github.com/nisba/nisba/extract"
)

// TestAttackClassesRound2 checks the attack and attribution rules of the
// second round on phrases of our own writing: state-media words for an
// attack, launch sites that are no target, the day of a report that is no
// attack's day, attacks told in the background, one base hit on two days,
// hedged launch places, claims after an aside, victims that are never the
// accused, and a headline's claim kept to the attack the body ties it to.
func TestAttackClassesRound2(t *testing.T) {
	x := extract.New(loadLexicon(t))
	for _, tc := range round2Cases() {
		t.Run(tc.name, func(t *testing.T) {
			checkCase(t, x, tc)
		})
	}
}

func round2Cases() []generalCase {
	cases := append(stateMediaCases(), launchAndDateCases()...)
	cases = append(cases, backgroundCases()...)
	return append(cases, accusedCases2()...)
}

// stateMediaCases: عدوان and اعتداء are attack nouns; the adjective of the
// noun names the accused.
func stateMediaCases() []generalCase {
	return []generalCase{
		{name: "an aggression on an airport", published: "2025-03-10",
			text:    "تصدت وسائط الدفاع الجوي فجر اليوم الاثنين لعدوان إسرائيلي استهدف مطار الضمير العسكري.",
			attacks: []string{"base:dumayr@2025-03-10"},
			attribs: []string{"base:dumayr>country:israel:asserted"}},
		{name: "the assault with a definite noun", published: "2025-03-10",
			text:    "وأدى الاعتداء الذي طال مطار حماة العسكري مساء أمس الأحد إلى أضرار مادية في المدرج.",
			attacks: []string{"base:hama-airbase@2025-03-09"}},
		{name: "a condemnation of aggressions names no attack", published: "2025-03-10",
			text:    "أدانت الخارجية السورية العدوان الإسرائيلي المتواصل على غزة واعتداءات الاحتلال على دول المنطقة.",
			attacks: nil},
		{name: "a claim in support against a war names no state", published: "2025-03-10",
			text: "استهدفت طائرة مسيرة قاعدة حرير فجر اليوم. " +
				"وتبنت كتائب سيد الشهداء الهجوم، وقالت إنه يأتي رداً على الدعم الأمريكي للعدوان الإسرائيلي على غزة.",
			attacks:   []string{"base:harir@2025-03-10"},
			attribs:   []string{"base:harir>militia:kataib-sayyid-al-shuhada:claimed"},
			noAttribs: []string{"base:harir>country:israel:claimed", "base:harir>country:israel:asserted"}},
		{name: "an airport hit since a year by several assaults", published: "2025-03-10",
			text:    "وتعرّض مطار الشعيرات منذ عام 2017 لعدة اعتداءات إسرائيلية.",
			attacks: nil},
	}
}

// launchAndDateCases: where a strike came from is no target; a report's
// day and a place between the base and the day do not move the attack.
func launchAndDateCases() []generalCase {
	return []generalCase{
		{name: "from the direction of a base", published: "2025-03-10",
			text:    "أطلقت طائرات حربية صواريخ من اتجاه منطقة التنف على مطار الشعيرات مساء أمس الأحد.",
			attacks: []string{"base:shayrat@2025-03-09"}},
		{name: "launched from around a base", published: "2025-03-10",
			text:    "سقطت قذائف على قاعدة حرير فجر اليوم، وقالت مصادر إنها أطلقت انطلاقاً من محيط مطار أربيل.",
			attacks: []string{"base:harir@2025-03-10"}},
		{name: "the day a report was published", published: "2025-03-13",
			text:    "قال المرصد في تقرير نشره اليوم الخميس إن الغارات التي وقعت فجر الثلاثاء استهدفت مستودعات داخل مطار التيفور.",
			attacks: []string{"base:t4@2025-03-11"}},
		{name: "a town and an aside between the base and the day", published: "2025-03-10",
			text:    "تصدت الدفاعات في مطار القامشلي (Qamishli) بريف الحسكة مساء أمس الأحد لهجوم بمسيرتين.",
			attacks: []string{"base:qamishli-airport@2025-03-09"}},
		{name: "a base told far from its attack word", published: "2025-03-18",
			text: "تعرضت القاعدة الأمريكية في حقل كونيكو للغاز بريف دير الزور الشمالي فجر اليوم الثلاثاء لهجوم بطائرة مسيرة، " +
				"في حين سقطت قذيفة قرب قاعدة الشدادي مساء أمس.",
			attacks: []string{"base:conoco-gas-field@2025-03-18", "base:shaddadi@2025-03-17"}},
	}
}

// backgroundCases: attacks told as the background of the lead event.
func backgroundCases() []generalCase {
	return []generalCase{
		{name: "a downing announced on a past day", published: "2025-03-10",
			text:    "وكانت الوزارة قد أعلنت في 2025/03/02 إسقاط ثلاث مسيرات قرب قاعدة حميميم.",
			attacks: []string{"base:hmeimim@2025-03-02"}},
		{name: "an aggression on two airports", published: "2025-03-10",
			text:    "ويأتي ذلك بعد أسبوع من عدوان استهدف في 3 آذار الجاري مطاري المزة والضمير.",
			attacks: []string{"base:dumayr@2025-03-03", "base:mezzeh-airport@2025-03-03"}},
		{name: "one base on two days", published: "2025-03-16",
			text: "استهدفت طائرة مسيرة قاعدة التنف فجر اليوم الأحد. " +
				"وكانت القاعدة قد تعرضت لهجوم صاروخي يوم الخميس الماضي.",
			attacks: []string{"base:al-tanf@2025-03-13", "base:al-tanf@2025-03-16"}},
		{name: "a base described by the town it lies in", published: "2025-03-16",
			text: "قصفت مسيرات قرى في ريف منبج بعد هجوم على قاعدة كلجبرين. " +
				"وقالت الوزارة إن العمليات جاءت رداً على الهجوم الذي استهدف القاعدة التركية في قرية كلجبرين الخميس الماضي.",
			attacks: []string{"base:كلجبرين@2025-03-13"}},
	}
}

// accusedCases2: who is (and is not) accused.
func accusedCases2() []generalCase {
	return []generalCase{
		{name: "likely from positions a group holds", published: "2025-03-10",
			text: "سقطت ثلاثة صواريخ على قاعدة عين الأسد مساء أمس الأحد. " +
				"ورجح مصدر أمني أن تكون الصواريخ قد أطلقت من مواقع تنتشر فيها عناصر كتائب سيد الشهداء.",
			attacks: []string{"base:ain-al-asad@2025-03-09"},
			attribs: []string{"base:ain-al-asad>militia:kataib-sayyid-al-shuhada:likely"}},
		{name: "believed launched from a group's positions", published: "2025-03-10",
			text: "أسقطت الدفاعات طائرة مسيرة كانت تقترب من قاعدة التنف فجر اليوم. " +
				"ويُعتقد، بحسب مصادر محلية، أن الطائرة انطلقت من مواقع ميليشيا حركة النجباء قرب القائم.",
			attacks: []string{"base:al-tanf@2025-03-10"},
			attribs: []string{"base:al-tanf>militia:nujaba:suspected"}},
		{name: "launched from a group's area, stated flatly", published: "2025-03-10",
			text:      "سقطت قذائف على قاعدة حرير فجر اليوم، وقالت مصادر إنها أطلقت من مناطق سيطرة حزب العمال الكردستاني.",
			attacks:   []string{"base:harir@2025-03-10"},
			noAttribs: []string{"base:harir>militia:pkk:likely", "base:harir>militia:pkk:suspected"}},
		{name: "aircraft that carried out the strikes, likely Israeli", published: "2025-03-10",
			text: "استهدفت غارات جوية مطار التيفور فجر اليوم. " +
				"ورجح المرصد أن تكون الطائرات التي نفذت الغارات إسرائيلية.",
			attacks: []string{"base:t4@2025-03-10"},
			attribs: []string{"base:t4>country:israel:likely"}},
		{name: "a claim after an aside", published: "2025-03-10",
			text: "استهدفت طائرة مسيرة قاعدة حرير مساء أمس. " +
				"وكانت كتائب سيد الشهداء، وهي فصيل عراقي مسلح، قد تبنت الهجوم في بيان.",
			attacks: []string{"base:harir@2025-03-09"},
			attribs: []string{"base:harir>militia:kataib-sayyid-al-shuhada:claimed"}},
		{name: "the state of the base and of its soldiers is no accused", published: "2025-03-16",
			text: "مسيرات تركية تقصف القامشلي بعد هجوم على قاعدة كلجبرين\n" +
				"سقطت قذائف على قاعدة كلجبرين التركية مساء أمس السبت، ما أدى إلى إصابة جنديين تركيين، " +
				"واتهمت أنقرة حزب العمال الكردستاني بالوقوف وراء الهجوم.",
			attacks:   []string{"base:كلجبرين@2025-03-15"},
			attribs:   []string{"base:كلجبرين>militia:pkk:asserted"},
			noAttribs: []string{"base:كلجبرين>country:turkey:asserted", "base:كلجبرين>country:turkey:attacker"}},
		{name: "the group holding the base is no accused", published: "2025-03-10",
			text:      "تعرض حقل العمر، الذي تسيطر عليه قوات سوريا الديمقراطية، لهجوم بالصواريخ مساء أمس الأحد تبنته حركة النجباء.",
			attacks:   []string{"base:omar-oil-field@2025-03-09"},
			attribs:   []string{"base:omar-oil-field>militia:nujaba:claimed"},
			noAttribs: []string{"base:omar-oil-field>militia:sdf:asserted", "base:omar-oil-field>militia:sdf:claimed"}},
		{name: "a headline claim kept to the attack the body names", published: "2025-03-19",
			text: "صواريخ على حقل العمر ومسيرة فوق كونيكو.. و\"كتائب حزب الله\" تتبنى\n\n" +
				"سقطت صواريخ على حقل العمر مساء الثلاثاء، فيما استهدفت مسيرة حقل كونيكو فجر الأربعاء. " +
				"وأعلنت كتائب حزب الله مسؤوليتها عن استهداف حقل العمر.",
			attacks:   []string{"base:conoco-gas-field@2025-03-19", "base:omar-oil-field@2025-03-18"},
			attribs:   []string{"base:omar-oil-field>militia:kataib-hezbollah:claimed"},
			noAttribs: []string{"base:conoco-gas-field>militia:kataib-hezbollah:claimed"}},
		{name: "a denial through the group's own name", published: "2025-03-10",
			text: "استهدفت مسيرة قاعدة التنف فجر اليوم. " +
				"ونفى قيادي في حركة النجباء أي صلة للحركة بالهجوم.",
			attacks: []string{"base:al-tanf@2025-03-10"},
			attribs: []string{"base:al-tanf>militia:nujaba:denied"}},
		{name: "holding a group directly responsible", published: "2025-03-10",
			text:    "قالت الوزارة إن الدفاعات أسقطت مسيرتين قرب قاعدة حميميم مساء أمس، محمّلةً هيئة تحرير الشام المسؤولية المباشرة عن الهجوم.",
			attacks: []string{"base:hmeimim@2025-03-09"},
			attribs: []string{"base:hmeimim>militia:hts:asserted"}},
	}
}
