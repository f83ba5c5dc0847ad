package extract_test

import (
	"testing"

	"github.com/nisba/nisba/extract"
)

// TestAttackWordingsRound6 runs the round-6 attack and attribution rules
// over wordings of our own, written for the failure families of long
// unseen articles: headlines and bodies that tell one attack twice, bases
// joined before the attack word, bases named only as where the wounded
// were taken, accusations spread over sentences that name no base.
func TestAttackWordingsRound6(t *testing.T) {
	x := extract.New(loadLexicon(t))
	var cases []generalCase
	for _, f := range []func() []generalCase{headlineMergeWordings, joinedBeforeWordings, destinationWordings,
		groupRecordWordings, claimBesideHabitWordings, stateDenialWordings, speakerTitleWordings, relativeAttackerWordings,
		hedgedPlanesWordings, involvedWordings, contrastClaimWordings, responsibleToWordings, longDenialWordings,
		presentHeadlineWordings, defenceSiteWordings, backgroundWordings} {
		cases = append(cases, f()...)
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) { checkCase(t, x, tc) })
	}
}

// headlineMergeWordings: a headline cut by ".." tells the body's lead
// attack, not one of its own; without a publication day the body's named
// but unresolved day still makes the two one attack.
func headlineMergeWordings() []generalCase {
	return []generalCase{
		{name: "split headline goes to the lead attack among several dated", published: "2025-03-12",
			text: "«النجباء» تنفي صلتها بقصف عين الأسد.. والجيش يعزز الحماية حول القاعدة\n" +
				"نفت حركة النجباء، اليوم الأربعاء، أي علاقة لها بالهجوم الصاروخي الذي استهدف قاعدة عين الأسد مساء الاثنين الماضي.\n" +
				"وكانت القاعدة قد تعرضت في الخامس من شباط الماضي لهجوم بطائرة مسيّرة لم تتبنه أي جهة.",
			attacks: []string{"base:ain-al-asad@2025-02-05", "base:ain-al-asad@2025-03-10"},
			attribs: []string{"base:ain-al-asad>militia:nujaba:denied"}},
		{name: "split headline with a second clause on the same base", published: "2025-04-03",
			text: "صواريخ على قاعدة حرير.. والتحالف يقيّم الأضرار في القاعدة\n" +
				"سقطت ثلاثة صواريخ داخل قاعدة حرير شمال أربيل فجر اليوم الخميس.\n" +
				"وكانت قاعدة حرير قد استُهدفت في العاشر من آذار الماضي بطائرة مسيّرة.",
			attacks: []string{"base:harir@2025-03-10", "base:harir@2025-04-03"}},
		{name: "no publication day: headline and body are one undated attack",
			text: "مسيّرة تستهدف قاعدة حرير شمال أربيل\n" +
				"استهدفت طائرة مسيّرة مفخخة، مساء الجمعة، قاعدة حرير التي تستضيف قوات أمريكية، من دون إصابات.",
			attacks: []string{"base:harir@-"}},
		{name: "no publication day: split headline and a dawn attack",
			text: "قصف صاروخي على قاعدة الشدادي.. ولا إصابات بين الجنود\n" +
				"سقطت ثلاث قذائف صاروخية داخل قاعدة الشدادي جنوبي الحسكة فجر السبت، بحسب مصدر عسكري.",
			attacks: []string{"base:shaddadi@-"}},
	}
}

// joinedBeforeWordings: a base joined by "و" to the one next to the
// attack word is hit too ("تعرضت قاعدتا A وB، ...، لهجوم").
func joinedBeforeWordings() []generalCase {
	return []generalCase{
		{name: "dual noun with quoted names then a relative clause", published: "2025-06-02",
			text: "تعرضت قاعدتا \"الشدادي\" و\"تل بيدر\"، اللتان تضمان قوات التحالف في ريف الحسكة، لهجوم بطائرات مسيّرة فجر اليوم الاثنين. " +
				"وقال مسؤول أمريكي إن فصائل موالية لإيران تقف وراء الهجوم.",
			attacks: []string{"base:shaddadi@2025-06-02", "base:tell-baydar@2025-06-02"},
			attribs: []string{"base:shaddadi>militia:iran-backed-militias:asserted", "base:tell-baydar>militia:iran-backed-militias:asserted"}},
		{name: "two named bases then a long aside before the attack noun", published: "2025-06-02",
			text:    "تعرضت قاعدة رميلان وقاعدة قسرك، اللتان تستضيفان جنوداً أمريكيين في ريف الحسكة الشمالي الشرقي منذ سنوات، لقصف صاروخي مساء أمس الأحد.",
			attacks: []string{"base:qasrak@2025-06-01", "base:rumeilan@2025-06-01"}},
	}
}

// destinationWordings: a base named as where the wounded, the dead or
// debris were taken is no target.
func destinationWordings() []generalCase {
	return []generalCase{
		{name: "wounded taken to another base in the same clause", published: "2025-07-07",
			text: "سقطت قذائف صاروخية داخل قاعدة خراب الجير فجر اليوم الاثنين. " +
				"وأصيب جندي أمريكي بجروح خلال القصف نُقل إلى قاعدة رميلان لتلقي العلاج.",
			attacks: []string{"base:kharab-al-jir@2025-07-07"}},
		{name: "the dead taken to another base after a comma", published: "2025-07-07",
			text: "استهدفت طائرة مسيّرة قاعدة التنف فجر اليوم الاثنين. " +
				"وقُتل متعاقد مدني خلال الهجوم، وقال مصدر إن جثمانه نُقل لاحقاً إلى قاعدة عين الأسد قبل إعادته إلى بلاده.",
			attacks: []string{"base:al-tanf@2025-07-07"}},
		{name: "evacuation of the wounded to an air base", published: "2025-07-07",
			text: "تعرضت قاعدة حرير لهجوم صاروخي مساء أمس الأحد. " +
				"وجرى إجلاء المصابين في الهجوم إلى قاعدة أربيل الجوية بمروحية عسكرية.",
			attacks: []string{"base:harir@2025-07-06"}},
	}
}

// groupRecordWordings: a relative aside that counts a group's past attacks
// does not make the sentence a count, and the accusing word after the
// aside still names the group.
func groupRecordWordings() []generalCase {
	return []generalCase{
		{name: "suspected group with a record of claims", published: "2025-08-11",
			text: "أسقطت الدفاعات الجوية طائرة مسيّرة كانت متجهة نحو قاعدة فكتوريا فجر اليوم الاثنين. " +
				"ولم تتبنَّ أي جهة المحاولة، لكن يُعتقد أن «المقاومة الإسلامية في العراق»، التي تبنت أكثر من 150 هجوماً على القوات الأمريكية منذ عام 2023، تقف وراء المحاولة.",
			attacks: []string{"base:victory@2025-08-11"},
			attribs: []string{"base:victory>militia:islamic-resistance-in-iraq:suspected"}},
		{name: "likely group with a record of operations", published: "2025-08-11",
			text: "سقطت قذيفتان صاروخيتان قرب مهبط قاعدة الشدادي فجر اليوم الاثنين. " +
				"ورجّح مصدر محلي، تحدث لشبكة نورث برس، أن تكون كتائب حزب الله، التي نفذت عشرات العمليات ضد القواعد الأمريكية في سوريا خلال العامين الماضيين، وراء القصف.",
			attacks: []string{"base:shaddadi@2025-08-11"},
			attribs: []string{"base:shaddadi>militia:kataib-hezbollah:likely"}},
	}
}

// claimBesideHabitWordings: "تبنت X الهجوم على Y" tells one attack even
// when another clause of the sentence speaks of repeated attacks.
func claimBesideHabitWordings() []generalCase {
	return []generalCase{
		{name: "claim on a named base beside repeated assaults", published: "2025-09-04",
			text: "استهدفت صواريخ كاتيوشا قاعدة بلد الجوية فجر اليوم الخميس. " +
				"وتبنت سرايا أولياء الدم الهجوم على قاعدة بلد في بيان على تلغرام، بينما قال مسؤول محلي إن محيط القاعدة يتعرض لاعتداءات متكررة منذ أشهر.",
			attacks: []string{"base:balad@2025-09-04"},
			attribs: []string{"base:balad>militia:saraya-awliya-al-dam:claimed"}},
		{name: "self-named group claims while the ministry speaks of a series", published: "2025-09-04",
			text: "سقطت ثلاثة صواريخ داخل قاعدة زليكان شمال شرقي الموصل مساء أمس الأربعاء. " +
				"وتبنت مجموعة تطلق على نفسها «أحرار العراق» الهجوم على زليكان، في حين قالت وزارة الدفاع التركية إن القاعدة تعرضت لسلسلة اعتداءات متكررة خلال الأشهر الماضية.",
			attacks: []string{"base:zilkan@2025-09-03"},
			attribs: []string{"base:zilkan>militia:ahrar-al-iraq:claimed"}},
	}
}

// stateDenialWordings: an official or ministry denying for "his country"
// or "his government" makes the state it speaks for the denied accused.
func stateDenialWordings() []generalCase {
	return []generalCase{
		{name: "spokesman of a foreign ministry denies for his country", published: "2025-10-20",
			text: "استهدفت طائرتان مسيّرتان قاعدة التنف فجر اليوم الاثنين. " +
				"ونفى المتحدث باسم الخارجية الإيرانية إسماعيل بقائي أن تكون لبلاده أي صلة بالهجوم.",
			attacks: []string{"base:al-tanf@2025-10-20"},
			attribs: []string{"base:al-tanf>country:iran:denied"}},
		{name: "his government has nothing to do with it", published: "2025-10-20",
			text: "سقطت صواريخ على قاعدة عين الأسد مساء أمس الأحد. " +
				"وقال المتحدث باسم الخارجية الإيرانية إن حكومته لا علاقة لها بالقصف.",
			attacks: []string{"base:ain-al-asad@2025-10-19"},
			attribs: []string{"base:ain-al-asad>country:iran:denied"}},
		{name: "pentagon spokesman denies for his country", published: "2025-10-20",
			text: "شنت طائرات حربية مجهولة فجر اليوم الاثنين غارات على قاعدة الإمام علي قرب البوكمال. " +
				"ونفى متحدث باسم البنتاغون أن تكون لبلاده أي علاقة بالغارات.",
			attacks: []string{"base:imam-ali@2025-10-20"},
			attribs: []string{"base:imam-ali>country:united-states:denied"}},
	}
}

// speakerTitleWordings: the body a speaker belongs to ("مسؤولين في
// واشنطن"، "مسؤول في المكتب الإعلامي لـX") is who speaks, not who is
// accused; "مسؤولين" is no "مسؤولية" denied.
func speakerTitleWordings() []generalCase {
	return []generalCase{
		{name: "officials in Washington say the US suspects a group", published: "2025-11-05",
			text: "سقطت ثلاثة صواريخ داخل قاعدة حرير مساء أمس الثلاثاء. " +
				"ونقلت وكالة أسوشيتد برس عن مسؤولين في واشنطن قولهم إن الولايات المتحدة تشتبه بأن كتائب سيد الشهداء هي من أطلقت الصواريخ.",
			attacks:   []string{"base:harir@2025-11-04"},
			attribs:   []string{"base:harir>militia:kataib-sayyid-al-shuhada:suspected"},
			noAttribs: []string{"base:harir>country:united-states:denied", "base:harir>country:united-states:suspected"}},
		{name: "an official of a group's media office names another group", published: "2025-11-05",
			text: "تعرضت قاعدة خراب الجير لهجوم بقذائف صاروخية مساء أمس الثلاثاء. " +
				"وقال مسؤول في المكتب الإعلامي لقوات سوريا الديمقراطية إن خلايا تابعة للحرس الثوري الإيراني تقف وراء القصف.",
			attacks:   []string{"base:kharab-al-jir@2025-11-04"},
			attribs:   []string{"base:kharab-al-jir>militia:irgc:asserted"},
			noAttribs: []string{"base:kharab-al-jir>militia:sdf:asserted", "base:kharab-al-jir>militia:sdf:claimed"}},
	}
}

// relativeAttackerWordings: "هجوم ... شنّه X" names X as the attacker.
func relativeAttackerWordings() []generalCase {
	return []generalCase{
		{name: "attack launched by a guard corps in a relative verb", published: "2025-12-01",
			text:    "وكانت قاعدة عين الأسد قد تعرضت في الثامن من كانون الثاني 2020 لهجوم بالصواريخ الباليستية شنّه الحرس الثوري الإيراني.",
			attacks: []string{"base:ain-al-asad@2020-01-08"},
			attribs: []string{"base:ain-al-asad>militia:irgc:attacker"}},
		{name: "feminine relative verb after a drone attack", published: "2025-12-01",
			text:    "تعرضت قاعدة حرير في الثالث من أيار الماضي لهجوم بطائرة مسيّرة شنّته حركة النجباء.",
			attacks: []string{"base:harir@2025-05-03"},
			attribs: []string{"base:harir>militia:nujaba:attacker"}},
	}
}

// hedgedPlanesWordings: "رجّح X أن تكون الطائرات إسرائيلية" in a sentence of
// its own accuses the state of the strike told just before; a weapon's
// make ("مطوّر عن نماذج إيرانية") accuses no one.
func hedgedPlanesWordings() []generalCase {
	return []generalCase{
		{name: "monitor deems the planes Israeli in the next sentence", published: "2025-12-09",
			text: "شنّت طائرات حربية مجهولة فجر اليوم الثلاثاء غارات على مطار الضمير العسكري شرق دمشق. " +
				"ورجّح المرصد السوري لحقوق الإنسان أن تكون الطائرات إسرائيلية.",
			attacks: []string{"base:dumayr@2025-12-09"},
			attribs: []string{"base:dumayr>country:israel:likely"}},
		{name: "a make of drones is no accusation", published: "2025-12-09",
			text: "أسقطت الدفاعات الجوية مسيّرتين كانتا متجهتين نحو قاعدة عين الأسد فجر اليوم الثلاثاء. " +
				"وقالت مصادر إن الطائرات من طراز محلي يُرجَّح أنه مطوَّر عن نماذج إيرانية.",
			attacks:   []string{"base:ain-al-asad@2025-12-09"},
			noAttribs: []string{"base:ain-al-asad>country:iran:likely"}},
	}
}

// involvedWordings: "ضالعة فيه"، "متورطة في الهجوم" after a group accuse it,
// even in a sentence with no attack word of its own.
func involvedWordings() []generalCase {
	return []generalCase{
		{name: "not ruled out that a group is involved in it", published: "2025-02-12",
			text: "سقطت صواريخ باليستية على قاعدة عين الأسد مساء أمس الثلاثاء. " +
				"ولم يستبعد المتحدث باسم البنتاغون أن تكون «كتائب حزب الله» ضالعة فيه، من دون أن يجزم بذلك.",
			attacks: []string{"base:ain-al-asad@2025-02-11"},
			attribs: []string{"base:ain-al-asad>militia:kataib-hezbollah:hinted"}},
		{name: "suspicion hovers around a group, no attack word", published: "2025-02-12",
			text: "سقطت ثلاثة صواريخ على قاعدة بلد الجوية مساء أمس الثلاثاء. " +
				"وتحوم الشبهات حول عصائب أهل الحق، وفق مصادر أمنية.",
			attacks: []string{"base:balad@2025-02-11"},
			attribs: []string{"base:balad>militia:asaib-ahl-al-haq:suspected"}},
		{name: "a source says a group is implicated in the attack", published: "2025-02-12",
			text: "استهدفت طائرة مسيّرة قاعدة حرير فجر اليوم الأربعاء. " +
				"وقال مصدر أمني إن حركة النجباء متورطة في الهجوم.",
			attacks: []string{"base:harir@2025-02-12"},
			attribs: []string{"base:harir>militia:nujaba:asserted"}},
	}
}

// contrastClaimWordings: "لم تعلن أي جهة مسؤوليتها عن الهجوم على A، غير أن X
// أعلنت أنها استهدفت B": X claims B's attack only, its aside skipped.
func contrastClaimWordings() []generalCase {
	return []generalCase{
		{name: "ghayr anna: a claim of the other base after an aside", published: "2025-02-10",
			text: "استهدفت طائرة مسيّرة فجر اليوم الاثنين قاعدة التنف. وفي اليوم ذاته سقطت قذيفتان قرب قاعدة الشدادي. " +
				"ولم تعلن أي جهة مسؤوليتها عن الهجوم على التنف، غير أن «المقاومة الإسلامية في العراق»، التي تضم فصائل موالية لإيران، أعلنت أنها قصفت قاعدة الشدادي.",
			attacks:   []string{"base:al-tanf@2025-02-10", "base:shaddadi@2025-02-10"},
			attribs:   []string{"base:shaddadi>militia:islamic-resistance-in-iraq:claimed"},
			noAttribs: []string{"base:al-tanf>militia:islamic-resistance-in-iraq:claimed"}},
		{name: "lakin: a claim of the other base", published: "2025-02-10",
			text: "سقطت صواريخ على قاعدة حرير فجر اليوم الاثنين، كما استُهدفت قاعدة عين الأسد بطائرة مسيّرة فجر اليوم. " +
				"ولم تتبنَّ أي جهة قصف حرير، لكن كتائب سيد الشهداء أعلنت أنها استهدفت قاعدة عين الأسد.",
			attacks:   []string{"base:ain-al-asad@2025-02-10", "base:harir@2025-02-10"},
			attribs:   []string{"base:ain-al-asad>militia:kataib-sayyid-al-shuhada:claimed"},
			noAttribs: []string{"base:harir>militia:kataib-sayyid-al-shuhada:claimed"}},
	}
}

// responsibleToWordings: "حمّل X المسؤولية لـY" names Y as responsible even
// when X's title («الرئيس»، «قائد») could head a group of its own.
func responsibleToWordings() []generalCase {
	return []generalCase{
		{name: "the president lays responsibility on backed groups", published: "2025-03-03",
			text: "قُتل جنديان أمريكيان في هجوم بطائرة مسيّرة على قاعدة التنف فجر اليوم الاثنين. " +
				"وحمّل الرئيس الأمريكي المسؤولية لـ\"جماعات مسلحة مدعومة من إيران تنشط في سوريا والعراق\"، متعهداً بمحاسبة المسؤولين عن الهجوم.",
			attacks: []string{"base:al-tanf@2025-03-03"},
			attribs: []string{"base:al-tanf>militia:iran-backed-militias:asserted"}},
		{name: "a commander lays responsibility on a group", published: "2025-03-03",
			text: "تعرضت قاعدة سبايكر لهجوم بقذائف الهاون مساء أمس الأحد. " +
				"وحمّل قائد عمليات صلاح الدين المسؤولية عن الهجوم لتنظيم داعش وخلاياه في سلسلة جبال حمرين.",
			attacks: []string{"base:speicher@2025-03-02"},
			attribs: []string{"base:speicher>militia:isis:asserted"}},
	}
}

// longDenialWordings: a denial whose speaker's title and name run long
// before "أي علاقة لـX" still denies for X.
func longDenialWordings() []generalCase {
	return []generalCase{
		{name: "a ministry spokesman with his name denies for Tehran", published: "2025-03-04",
			text: "استهدفت طائرة مسيّرة قاعدة البرج 22 فجر اليوم الثلاثاء. " +
				"في المقابل، نفى المتحدث باسم وزارة الخارجية الإيرانية ناصر كنعاني أي علاقة لطهران بالهجوم.",
			attacks: []string{"base:tower-22@2025-03-04"},
			attribs: []string{"base:tower-22>country:iran:denied"}},
	}
}

// presentHeadlineWordings: a headline's present-tense verb after a group
// ("X يقصف قاعدة Y") tells the attack and names its author.
func presentHeadlineWordings() []generalCase {
	return []generalCase{
		{name: "guard corps shells a base, present tense headline", published: "2025-05-06",
			text: "الحرس الثوري يقصف قاعدة حرير بالصواريخ الباليستية\n" +
				"سقطت عدة صواريخ باليستية داخل قاعدة حرير شمال أربيل فجر اليوم الثلاثاء، من دون أن تسفر عن إصابات.",
			attacks: []string{"base:harir@2025-05-06"},
			attribs: []string{"base:harir>militia:irgc:attacker"}},
		{name: "a present tense aim in the body names no attacker", published: "2025-05-06",
			text: "سقطت ثلاثة صواريخ داخل قاعدة حرير فجر اليوم الثلاثاء. " +
				"وتواصل حركة النجباء منذ أشهر نشر تسجيلات تقول إنها تستهدف القواعد الأمريكية في المنطقة.",
			attacks:   []string{"base:harir@2025-05-06"},
			noAttribs: []string{"base:harir>militia:nujaba:attacker"}},
		{name: "a group attacks a base, feminine present tense", published: "2025-05-06",
			text: "«كتائب حزب الله» تهاجم قاعدة عين الأسد بالمسيّرات\n" +
				"استهدفت طائرتان مسيّرتان قاعدة عين الأسد الجوية غربي الأنبار مساء أمس الاثنين.",
			attacks: []string{"base:ain-al-asad@2025-05-05"},
			attribs: []string{"base:ain-al-asad>militia:kataib-hezbollah:attacker"}},
	}
}

// defenceSiteWordings: where the intercepting defences stand is no target,
// and where people left from is none either; defences struck are.
func defenceSiteWordings() []generalCase {
	return []generalCase{
		{name: "defences at an airport intercept drones aimed at a base", published: "2025-06-10",
			text:    "تصدت منظومة الدفاع الجوي المنصوبة في مطار بغداد الدولي فجر اليوم الثلاثاء لطائرتين مسيّرتين حاولتا استهداف قاعدة فكتوريا.",
			attacks: []string{"base:victory@2025-06-10"}},
		{name: "a named defence system at an airport, verb after", published: "2025-06-10",
			text:    "وقالت مصادر أمنية إن منظومة \"سي-رام\" للدفاع الجوي المنصوبة في مطار بغداد الدولي أسقطت فجر اليوم الثلاثاء طائرة مسيّرة كانت متجهة نحو قاعدة فكتوريا.",
			attacks: []string{"base:victory@2025-06-10"}},
		{name: "the defences that downed the drone told before", published: "2025-06-10",
			text: "أسقطت الدفاعات الجوية فجر اليوم الثلاثاء طائرة مسيّرة مفخخة كانت متجهة نحو قاعدة فكتوريا. " +
				"وأوضح مصدر أمني أن منظومة الدفاع الجوي المنصوبة في مطار بغداد الدولي هي التي أسقطت الطائرة.",
			attacks: []string{"base:victory@2025-06-10"}},
		{name: "defences at a base intercept an attack on it", published: "2025-06-10",
			text:    "تصدت الدفاعات الجوية في قاعدة عين الأسد فجر اليوم الثلاثاء لهجوم بطائرتين مسيّرتين.",
			attacks: []string{"base:ain-al-asad@2025-06-10"}},
		{name: "strikes on the defences of an air base", published: "2025-06-10",
			text:    "استهدفت غارات إسرائيلية فجر اليوم الثلاثاء منظومات الدفاع الجوي في مطار الشعيرات بريف حمص.",
			attacks: []string{"base:shayrat@2025-06-10"}},
		{name: "a car struck after leaving an airport", published: "2025-06-10",
			text: "استهدفت طائرة مسيّرة فجر اليوم الثلاثاء سيارة قيادي في فصيل مسلح بعد دقائق من مغادرته مطار بغداد الدولي. " +
				"وسقطت في اليوم نفسه ثلاثة صواريخ داخل قاعدة عين الأسد.",
			attacks: []string{"base:ain-al-asad@2025-06-10"}},
	}
}

// backgroundWordings: a sentence that names no base and no day, told after
// a background attack ("وكان مطار X قد تعرض في ... لهجوم"), speaks of the
// story's attack; a statement told in the pluperfect ("وكانت الوزارة قد
// أعلنت أن مسيّرة هاجمت X") is no background.
func backgroundWordings() []generalCase {
	return []generalCase{
		{name: "a hint after a background attack on another base", published: "2025-04-16",
			text: "استهدفت طائرتان مسيّرتان قاعدة حرير شمال أربيل مساء أمس الثلاثاء.\n" +
				"وقالت وزارة الداخلية في إقليم كردستان إن حركة النجباء هي من نفذت الهجوم.\n" +
				"وكان مطار أربيل قد تعرض في العاشر من آذار الماضي لهجوم صاروخي تبنته سرايا أولياء الدم.\n" +
				"ولم يستبعد مسؤول أمريكي أن تكون كتائب حزب الله متورطة أيضاً.",
			attacks:   []string{"base:erbil-airbase@2025-03-10", "base:harir@2025-04-15"},
			attribs:   []string{"base:harir>militia:nujaba:asserted", "base:erbil-airbase>militia:saraya-awliya-al-dam:claimed", "base:harir>militia:kataib-hezbollah:hinted"},
			noAttribs: []string{"base:erbil-airbase>militia:kataib-hezbollah:hinted"}},
		{name: "fingerprints after a background attack that a group had claimed", published: "2025-04-16",
			text: "سقطت ثلاثة صواريخ داخل قاعدة عين الأسد فجر اليوم الأربعاء.\n" +
				"وكان الحرس الثوري قد تبنى في الثامن من كانون الثاني 2020 هجوماً بالصواريخ الباليستية على قاعدة حرير.\n" +
				"ويرى محللون أن بصمات الفصائل الموالية لإيران واضحة في الهجوم الأخير.",
			attacks:   []string{"base:ain-al-asad@2025-04-16", "base:harir@2020-01-08"},
			attribs:   []string{"base:ain-al-asad>militia:iran-backed-militias:asserted"},
			noAttribs: []string{"base:harir>militia:iran-backed-militias:asserted"}},
		{name: "a statement in the pluperfect tells the story's attack", published: "2024-02-05",
			text: "قال الناطق باسم الحكومة الأردنية إن الهجوم لم يقع داخل الأردن، بل استهدف قاعدة التنف في سوريا.\n" +
				"وكانت وزارة الدفاع الأمريكية قد أعلنت أن طائرة مسيّرة هاجمت قاعدة البرج 22 فجر الأحد.\n" +
				"وحمّل الرئيس الأمريكي جماعات مسلحة مدعومة من إيران مسؤولية الهجوم.",
			attacks:   []string{"base:al-tanf@-", "base:tower-22@2024-02-04"}, // the spokesman's Tanf reading is told as an attack too
			attribs:   []string{"base:tower-22>militia:iran-backed-militias:asserted"},
			noAttribs: []string{"base:al-tanf>militia:iran-backed-militias:asserted"}},
	}
}
