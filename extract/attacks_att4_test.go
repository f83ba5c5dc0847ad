package extract_test

import (
	"testing"

	"github.com/nisba/nisba/extract"
)

// TestAttackWordingsRound4 runs the round-4 attribution rules over wordings
// of our own: a state adjective that names the owner of the struck sites,
// and a party accused of an attack it answered.
func TestAttackWordingsRound4(t *testing.T) {
	x := extract.New(loadLexicon(t))
	cases := append(ownerAdjWordings(), answeredWordings()...)
	cases = append(cases, habitRaidWordings()...)
	cases = append(cases, announcedThenWordings()...)
	cases = append(cases, pastExposedWordings()...)
	cases = append(cases, pronounAccusedWordings()...)
	cases = append(cases, habitClauseWordings()...)
	cases = append(cases, fightersWordings()...)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) { checkCase(t, x, tc) })
	}
}

// ownerAdjWordings: a state adjective after the struck sites names their
// owner ("قواعد عسكرية سورية"), not the attacker.
func ownerAdjWordings() []generalCase {
	return []generalCase{
		{name: "a series of raids on Syrian bases", published: "2025-06-10",
			text:      "وكان مطار الشعيرات قد تعرّض في 3 أيار الماضي لغارات إسرائيلية، ضمن موجة ضربات طالت قواعد عسكرية سورية عدة.",
			attacks:   []string{"base:shayrat@2025-05-03"},
			attribs:   []string{"base:shayrat>country:israel:asserted"},
			noAttribs: []string{"base:shayrat>country:syria:asserted"}},
		{name: "raids on Syrian bases, one of them named", published: "2025-06-10",
			text:      "وتعرّض مطار تدمر في 3 أيار الماضي لغارات إسرائيلية، ضمن سلسلة ضربات استهدفت مواقع عسكرية سورية، من بينها مطار الشعيرات في ريف حمص.",
			attacks:   []string{"base:palmyra-airport@2025-05-03", "base:shayrat@2025-05-03"},
			noAttribs: []string{"base:shayrat>country:syria:asserted", "base:palmyra-airport>country:syria:asserted"}},
		{name: "sites of the Iraqi army, the attacker named", published: "2025-06-10",
			text:      "قصفت طائرات تركية أمس مطار القامشلي ومواقع عسكرية سورية قريبة منه.",
			attacks:   []string{"base:qamishli-airport@2025-06-09"},
			noAttribs: []string{"base:qamishli-airport>country:syria:asserted"}},
		{name: "bases hosting advisers, Iraqi by adjective", published: "2025-06-10",
			text:      "سقطت صواريخ مساء أمس على قاعدة بلد، في أحدث اعتداء يطال منشآت عسكرية عراقية تستضيف مستشارين أجانب.",
			attacks:   []string{"base:balad@2025-06-09"},
			noAttribs: []string{"base:balad>country:iraq:asserted"}},
		{name: "the adjective on the raid stays the attacker", published: "2025-06-10",
			text:    "تعرّض مطار الشعيرات فجر اليوم لغارات إسرائيلية استهدفت مخازن للذخيرة.",
			attacks: []string{"base:shayrat@2025-06-10"},
			attribs: []string{"base:shayrat>country:israel:asserted"}},
	}
}

// answeredWordings: the side that answered an attack is not accused of it
// when its foe speaks of "the answer to the American aggression".
func answeredWordings() []generalCase {
	return []generalCase{
		{name: "a group vows to answer the American aggression", published: "2024-03-11",
			text: "قصفت طائرات أمريكية مساء أمس مواقع لكتائب حزب الله رداً على هجوم صاروخي استهدف قاعدة عين الأسد يوم الجمعة الماضي. " +
				"وقال المتحدث باسم الكتائب إن الرد على العدوان الأمريكي سيكون قاسياً.",
			attacks:   []string{"base:ain-al-asad@2024-03-08"},
			noAttribs: []string{"base:ain-al-asad>country:united-states:asserted"}},
	}
}

// habitRaidWordings: a site "exposed again and again to raids" tells no one
// attack, so the state is not accused of the attack told before.
func habitRaidWordings() []generalCase {
	return []generalCase{
		{name: "raids again and again on a town after a dated strike", published: "2025-09-02",
			text: "استهدفت غارات إسرائيلية فجر اليوم مطار الشعيرات في ريف حمص. " +
				"وتقع بلدة القريتين قرب المطار، وتعرّضت مراراً لغارات إسرائيلية خلال السنوات الماضية.",
			attacks: []string{"base:shayrat@2025-09-02"}},
		{name: "raids more than once, a base hit the day before", published: "2025-09-02",
			text: "قال مصدر عسكري إن مطار الضبعة تعرض أمس لقصف مدفعي. " +
				"وكانت منطقة القصير قد تعرّضت أكثر من مرة لغارات تركية في الأعوام الماضية.",
			attacks:   []string{"base:dabaa@2025-09-01"},
			noAttribs: []string{"base:dabaa>country:turkey:asserted"}},
		{name: "blamed on several occasions for these attacks", published: "2025-09-02",
			text: "سقطت ثلاثة صواريخ مساء أمس قرب قاعدة بلد الجوية. " +
				"وكانت بغداد قد حمّلت في أكثر من مناسبة فصائل خارجة عن القانون مسؤولية هذه الهجمات.",
			attacks: []string{"base:balad@2025-09-01"}},
		{name: "blamed repeatedly, the attack singular", published: "2025-09-02",
			text: "سقطت ثلاثة صواريخ مساء أمس قرب قاعدة بلد الجوية. " +
				"واتهم مسؤول أمني مراراً كتائب حزب الله بالوقوف وراء الهجوم.",
			attacks: []string{"base:balad@2025-09-01"},
			attribs: []string{"base:balad>militia:kataib-hezbollah:asserted"}},
	}
}

// announcedThenWordings: a state army that "announced then that it
// destroyed" the sites struck claims the strike it announced.
func announcedThenWordings() []generalCase {
	return []generalCase{
		{name: "a series of strikes, the army announced then", published: "2025-09-02",
			text:    "واستهدفت ضربات جوية في الخامس من آب الماضي مطار الشعيرات، وأعلن الجيش الإسرائيلي حينها أنه دمّر مخازن للأسلحة.",
			attacks: []string{"base:shayrat@2025-08-05"},
			claims:  []string{"base:shayrat>force:israeli-army<force:israeli-army"}},
		{name: "the army said at the time that its jets struck", published: "2025-09-02",
			text:    "وقصفت طائرات حربية في 12 تموز الماضي مطار التيفور، وقال الجيش الإسرائيلي آنذاك إنه استهدف بنى تحتية عسكرية.",
			attacks: []string{"base:t4@2025-07-12"},
			claims:  []string{"base:t4>force:israeli-army<force:israeli-army"}},
	}
}

// pastExposedWordings: a base described in one clause and "had been hit on
// DAY by an attack claimed by X" in the next is a background attack of X.
func pastExposedWordings() []generalCase {
	return []generalCase{
		{name: "a base described, then hit before and claimed", published: "2025-06-22",
			text:    "وتقع قاعدة حرير على بعد نحو 60 كيلومتراً شمال أربيل، وكانت قد تعرضت في 5 آذار 2024 لهجوم بطائرة مسيرة تبنته كتائب حزب الله.",
			attacks: []string{"base:harir@2024-03-05"},
			attribs: []string{"base:harir>militia:kataib-hezbollah:claimed"}},
		{name: "a base counted among the largest, then hit before", published: "2025-06-22",
			text:    "وتعد قاعدة عين الأسد من أكبر القواعد التي تنتشر فيها قوات أمريكية وبريطانية في البلاد، وكانت قد تعرضت في 9 كانون الثاني 2024 لهجوم صاروخي أعلنت المقاومة الإسلامية في العراق مسؤوليتها عنه.",
			attacks: []string{"base:ain-al-asad@2024-01-09"},
			attribs: []string{"base:ain-al-asad>militia:islamic-resistance-in-iraq:claimed"}},
		{name: "hit before within a wave, a war and a place after", published: "2025-06-22",
			text:    "سقطت مسيرة مساء أمس على قاعدة حرير. وتعد قاعدة حرير من أهم المواقع في الإقليم، وكانت قد تعرضت في 4 شباط 2024 لهجوم صاروخي تبنته كتائب حزب الله ضمن سلسلة الهجمات التي تلت الحرب في غزة.",
			attacks: []string{"base:harir@2024-02-04", "base:harir@2025-06-21"},
			attribs: []string{"base:harir>militia:kataib-hezbollah:claimed"}},
		{name: "a town exposed to shelling keeps its own date", published: "2025-06-22",
			text:    "سقطت قذيفتان مساء أمس قرب مطار القامشلي، وكانت بلدة عامودا قد تعرضت في 4 شباط 2024 لقصف مدفعي.",
			attacks: []string{"base:qamishli-airport@2025-06-21"}},
	}
}

// pronounAccusedWordings: "يتهمه مسؤولون بتزويد X بالمسيرات" accuses him,
// named before; X is part of the charge, not the accused of the attack.
func pronounAccusedWordings() []generalCase {
	return []generalCase{
		{name: "a commander accused of arming a group", published: "2024-02-12",
			text: "سقطت طائرة مسيرة مساء أمس على قاعدة حرير دون إصابات. " +
				"وكان القيادي في الفصيل قد قُتل بضربة جوية، ويتهمه مسؤولون أمريكيون بتزويد كتائب حزب الله بالمسيرات المستخدمة في الهجمات على قاعدة حرير.",
			attacks:   []string{"base:harir@2024-02-11"},
			noAttribs: []string{"base:harir>militia:kataib-hezbollah:asserted"}},
		{name: "an official accused her of funding a group", published: "2024-02-12",
			text: "استهدفت ثلاثة صواريخ مساء أمس قاعدة عين الأسد. " +
				"واتهمتها واشنطن بتمويل حركة النجباء التي تنفذ الهجوم تلو الآخر على قاعدة عين الأسد.",
			attacks:   []string{"base:ain-al-asad@2024-02-11"},
			noAttribs: []string{"base:ain-al-asad>militia:nujaba:asserted"}},
		{name: "the verb with no pronoun still accuses", published: "2024-02-12",
			text: "استهدفت ثلاثة صواريخ مساء أمس قاعدة عين الأسد. " +
				"واتهم مسؤولون أمريكيون حركة النجباء بتنفيذ الهجوم.",
			attacks: []string{"base:ain-al-asad@2024-02-11"},
			attribs: []string{"base:ain-al-asad>militia:nujaba:asserted"}},
	}
}

// habitClauseWordings: a base hit "again and again" in one clause of a
// sentence that dates another attack has no attack of its own; a base "in
// the circle of targeting" in a headline is under threat, not hit.
func habitClauseWordings() []generalCase {
	return []generalCase{
		{name: "a dated attack, then an airport hit several times", published: "2025-06-22",
			text:    "وكانت قاعدة حرير قد تعرضت في 3 آذار 2024 لهجوم بطائرة مسيرة، كما استُهدف مطار أربيل مرات عدة خلال السنوات الماضية.",
			attacks: []string{"base:harir@2024-03-03"}},
		{name: "a dated attack, an airport targeted repeatedly", published: "2025-06-22",
			text:    "سقطت ثلاثة صواريخ مساء أمس على قاعدة عين الأسد، بينما تعرضت قاعدة بلد مراراً لهجمات مماثلة.",
			attacks: []string{"base:ain-al-asad@2025-06-21"}},
		{name: "a headline with an airport in the crosshairs", published: "2025-06-22",
			title:   "مطار أربيل في دائرة الاستهداف مجدداً",
			text:    "مطار أربيل في دائرة الاستهداف مجدداً\nأربيل - رووداو\nقال مسؤول أمني إن طائرة مسيرة سقطت فجر اليوم قرب قاعدة حرير.",
			attacks: []string{"base:harir@2025-06-22"}},
		{name: "bases within range of the rockets", published: "2025-06-22",
			text:    "وباتت قاعدة التنف في مرمى صواريخ الفصائل المنتشرة قرب الحدود، بحسب محللين عسكريين.",
			attacks: []string{}},
	}
}

// fightersWordings: the group whose fighters made the attack ("محاولة تسلل
// لعناصر X"، "هجوم شنه عناصر من X") is its attacker; fighters that are the
// object of an attack verb ("تستهدف مسلحي X") or of a purpose ("منع تسلل
// عناصر X") are not.
func fightersWordings() []generalCase {
	return []generalCase{
		{name: "an infiltration attempt by a group's members", published: "2025-06-21",
			text:    "أحبطت قوات الجيش مساء أمس محاولة تسلل لعناصر تنظيم داعش نحو قاعدة بلد الجوية، وقتلت اثنين من المهاجمين.",
			attacks: []string{"base:balad@2025-06-20"},
			attribs: []string{"base:balad>militia:isis:asserted"}},
		{name: "an attack of a group's gunmen, dated", published: "2025-06-21",
			text:    "وفي 5 آذار 2024 أحبط الجيش هجوماً لمسلحي تنظيم داعش على قاعدة بلد الجوية.",
			attacks: []string{"base:balad@2024-03-05"},
			attribs: []string{"base:balad>militia:isis:asserted"}},
		{name: "an attack that members of a group launched", published: "2025-06-21",
			text:    "تصدت القوات مساء أمس لهجوم شنه عناصر من داعش على قاعدة بلد الجوية.",
			attacks: []string{"base:balad@2025-06-20"},
			attribs: []string{"base:balad>militia:isis:asserted"}},
		{name: "fighters as the object of the strikes", published: "2025-06-21",
			text: "قصفت مسيرة مساء أمس قاعدة عين عيسى. " +
				"ولم تعلق أنقرة على الحادثة، لكنها تقول عادة إن عملياتها تستهدف مسلحي حزب العمال الكردستاني.",
			attacks:   []string{"base:ain-issa@2025-06-20"},
			noAttribs: []string{"base:ain-issa>militia:pkk:asserted"}},
		{name: "fighters in a purpose clause", published: "2025-06-21",
			text:      "سقطت قذيفتان مساء أمس على قاعدة بلد الجوية، وتتولى القاعدة منع تسلل عناصر تنظيم داعش إلى المنطقة.",
			attacks:   []string{"base:balad@2025-06-20"},
			noAttribs: []string{"base:balad>militia:isis:asserted"}},
	}
}
