package extract_test

import (
	"testing"

	"github.com/nisba/nisba/extract"
)

// TestStrikesFellOnAList checks strikes told with no target, "شن X ضربات
// على مقرات لأحزاب معارضة", then where they fell, "الضربات طالت مقر A في
// قضاء X، ومعسكر B ...، إضافة إلى معسكر C (باك) في ناحية Y، ومقر D في
// قرية Z": every site of the list is attacked, by the strikers told before.
func TestStrikesFellOnAList(t *testing.T) {
	x := extract.New(loadLexicon(t))
	runGeneralCases(t, x, []generalCase{
		{name: "strikes told, then where they fell", published: "2022-09-28",
			text: "شن الحرس الثوري الإيراني، صباح اليوم الأربعاء، سلسلة ضربات بالصواريخ والطائرات المسيرة المفخخة على مقرات لأحزاب كردية إيرانية معارضة في محافظتي أربيل والسليمانية. " +
				"وقال مسؤول محلي لوكالة رووداو إن الضربات طالت مقر الحزب الديمقراطي الكردستاني الإيراني في قضاء كويه، ومعسكر ديگلة التابع للحزب ذاته على الطريق بين أربيل وكويه، إضافة إلى معسكر حزب الحرية الكردستاني (باك) في ناحية بردي (ألتون كوبري) جنوب غربي أربيل، ومقر حزب كومله في قرية زرگويز قرب السليمانية.",
			attacks: []string{"base:معسكر-ديكله@2022-09-28", "base:مقر-حزب-حريه-كردستاني@2022-09-28", "base:مقر-حزب-ديمقراطي-كردستاني-ايراني@2022-09-28", "base:مقر-حزب-كومله-كردستاني@2022-09-28"},
			attribs: []string{"base:معسكر-ديكله>militia:irgc:asserted", "base:مقر-حزب-كومله-كردستاني>militia:irgc:asserted"}},
		{name: "control: a strike with no sites told after it", published: "2022-09-28",
			text:    "شن الحرس الثوري الإيراني، صباح اليوم الأربعاء، ضربات بالصواريخ على مقرات لأحزاب كردية إيرانية معارضة. وقال الحزب الديمقراطي الكردستاني الإيراني إن عناصره تعرضوا لهجوم في قاعدة حرير قبل أسبوع.",
			attacks: []string{"base:harir@2022-09-21"}, noAttribs: []string{"base:harir>militia:irgc"}},
		{name: "a list of sites each told with its town", published: "2022-09-28",
			text:    "قصفت طائرات مسيرة مجهولة، صباح اليوم الأربعاء، مقر الحزب الديمقراطي الكردستاني الإيراني في قضاء كويه، ومعسكر حزب الحرية الكردستاني في ناحية بردي شمال كركوك، ومقر حزب كومله في قرية زرگويز قرب السليمانية.",
			attacks: []string{"base:مقر-حزب-حريه-كردستاني@2022-09-28", "base:مقر-حزب-ديمقراطي-كردستاني-ايراني@2022-09-28", "base:مقر-حزب-كومله-كردستاني@2022-09-28"}},
	})
	runEntityCases(t, x, []entityCase{
		{name: "a party's camp named again by its town", text: "قصفت طائرات مسيرة فجر اليوم معسكر حزب الحرية الكردستاني (باك) في ناحية بردي. وقال الحزب إن اثنين من مقاتليه قتلا في معسكر بردي.",
			want: []string{"base:مقر-حزب-حريه-كردستاني"}, not: []string{"base:معسكر-بردي"}},
	})
}

// TestConvoysGarrisonsAndShips checks a convoy told as heading to a base
// (no attack on it), "الحامية" for a base named "حامية X", an attack done
// by "عشرات من مقاتلي X", and warships named by their state's adjective.
func TestConvoysGarrisonsAndShips(t *testing.T) {
	x := extract.New(loadLexicon(t))
	runGeneralCases(t, x, []generalCase{
		{name: "a convoy heading to the base", published: "2017-06-09",
			text:    "وفي الثامن عشر من الشهر الماضي، استهدفت غارة أميركية رتلا من نحو عشرين آلية كان يتجه نحو التنف، بعد أن تجاهل طلقات تحذيرية.",
			attacks: []string{}},
		{name: "the garrison told again, attacked by dozens of the group's fighters", published: "2017-06-09",
			text: "أسقطت مقاتلة أميركية أمس طائرة مسيرة بعد أن ألقت ذخيرة قرب موقع للتحالف في حامية التنف. " +
				"وسبق أن تعرضت الحامية في الثامن من نيسان الماضي لهجوم شنه عشرات من مقاتلي داعش.",
			attacks: []string{"base:al-tanf@2017-04-08", "base:al-tanf@2017-06-08"},
			attribs: []string{"base:al-tanf>militia:isis:asserted"}},
		{name: "two warships of a state", published: "2017-06-21",
			text:    "وكانت العلاقات قد شهدت توترا في السابع من نيسان الماضي، حين أطلقت سفينتان حربيتان أمريكيتان 59 صاروخا من طراز توماهوك على مطار الشعيرات العسكري في ريف حمص.",
			attacks: []string{"base:shayrat@2017-04-07"},
			attribs: []string{"base:shayrat>country:united-states:asserted"}},
	})
}

// TestSelfDefenceByStrikes checks "قبل أن يرد التحالف دفاعاً عن النفس
// بضربات جوية": the plural after the answer phrase is its means, and the
// strike answers the attack told before.
func TestSelfDefenceByStrikes(t *testing.T) {
	x := extract.New(loadLexicon(t))
	runRetCases(t, x, []retCase{
		{name: "self-defence by strikes", published: "2018-02-08",
			text: "قال التحالف الدولي إن قوات موالية للنظام السوري شنت مساء أمس الأربعاء هجوما على مقر لقوات سوريا الديمقراطية قرب حقل كونيكو في ريف دير الزور الشرقي. " +
				"وأوضح البيان أن نحو 500 مقاتل تقدموا من جهة بلدة خشام نحو المقر، وبدأوا بقصفه بالمدفعية، قبل أن يرد التحالف دفاعا عن النفس بضربات جوية ومدفعية استهدفت القوات المهاجمة.",
			want: []string{"2018-02-07 force:international-coalition"}, targets: []string{"militia:pro-regime-forces"}},
	})
}

// TestTargetsAndTheirEnemies checks a strike on forces "التي كانت تتصدى
// لـX": X is whom the target fights, no target; "القوات الشعبية" are the
// pro-government forces of Syrian state media; and "بإدانة المجزرة" after a
// title is no person.
func TestTargetsAndTheirEnemies(t *testing.T) {
	x := extract.New(loadLexicon(t))
	runRetCases(t, x, []retCase{
		{name: "the target's enemy", published: "2018-02-09",
			text: "وقالت الوزارة إن طيران التحالف ومدفعيته استهدفا مساء الأربعاء القوات الشعبية التي كانت تتصدى لإرهابيي داعش شرق نهر الفرات.",
			want: []string{"2018-02-07 force:international-coalition"}, targets: []string{"militia:pro-regime-forces"}, not: []string{"militia:isis"}},
		{name: "control: fighting in the striker's name", published: "2020-06-18",
			text: "تعرضت قاعدة عين عيسى أمس الأربعاء لهجوم بالصواريخ. وشن التحالف الدولي لمحاربة تنظيم الدولة الإسلامية أمس الأربعاء غارات جوية على مواقع تابعة لكتائب حزب الله العراقي في الطرة، ردا على الهجوم.",
			want: []string{"2020-06-17 force:international-coalition"}, targets: []string{"militia:kataib-hezbollah"}},
	})
	runEntityCases(t, x, []entityCase{
		{name: "a demand after a title", text: "طالبت وزارة الخارجية السورية، في رسالة إلى الأمين العام للأمم المتحدة بإدانة المجزرة، بوقف الاعتداءات.",
			not: []string{"official:بادانه-مجزره"}},
	})
}

// TestOverlookedBase checks a base named only as what a struck height
// overlooks, "جبل الثردة المطل على مطار X", and the noun that takes it up
// later in the sentence: no attack on the base.
func TestOverlookedBase(t *testing.T) {
	x := extract.New(loadLexicon(t))
	runGeneralCases(t, x, []generalCase{
		{name: "a height overlooking the airport", published: "2018-02-09",
			text:    "إذ شنت طائرات التحالف في السابع عشر من أيلول 2016 غارات على مواقع للجيش في جبل الثردة المطل على مطار دير الزور العسكري، أدت إلى مقتل أكثر من ثمانين جنديا، وهو ما مهد لتقدم مسلحي داعش في محيط المطار.",
			attacks: []string{}},
		{name: "control: the airport struck", published: "2018-02-09",
			text:    "شنت طائرات التحالف في السابع عشر من أيلول 2016 غارات على مطار دير الزور العسكري.",
			attacks: []string{"base:deir-ez-zor-airport@2016-09-17"}},
	})
}

// TestPostsOnHillsAndBranchesInTowns checks a military post placed on a
// hill the lexicon does not know, "موقع عسكري تتمركز فيه قوات X في تل
// السمن", named "موقع تل السمن" after, and a security detachment placed in
// a town known by its short name ("مفرزة المخابرات الجوية في جاسم").
func TestPostsOnHillsAndBranchesInTowns(t *testing.T) {
	x := extract.New(loadLexicon(t))
	runGeneralCases(t, x, []generalCase{
		{name: "a post on a hill, told again by its name", published: "2020-05-06",
			text: "رصد المرصد هجوما نفذه مسلحون مجهولون، فجر اليوم الأربعاء، على موقع عسكري تتمركز فيه قوات الفرقة الرابعة في تل السمن غربي مدينة طفس. " +
				"ولم تتبن أي جهة الهجوم على موقع تل السمن حتى الآن.",
			attacks: []string{"base:موقع-تل-سمن@2020-05-06"}},
		{name: "control: a post with no one stationed in it", published: "2020-05-06",
			text:    "رصد المرصد هجوما نفذه مسلحون مجهولون، فجر اليوم الأربعاء، على موقع عسكري قديم في تل السمن غربي مدينة طفس.",
			attacks: []string{}},
		{name: "a detachment in a town known by its short name", published: "2022-12-01",
			text:    "كما شهدت المدينة في الثالث من تشرين الأول انفجار عبوة ناسفة أمام مفرزة المخابرات الجوية في جاسم، ما أدى إلى مقتل عنصر وإصابة اثنين.",
			attacks: []string{"base:مفرزه-مخابرات-جويه-في-جاسم@2022-10-03"}},
	})
}

// TestProjectilesCounted checks "أسقطت عدداً من الصواريخ" after a strike:
// the count is of missiles downed, so the strike stays one attack told.
func TestProjectilesCounted(t *testing.T) {
	x := extract.New(loadLexicon(t))
	runGeneralCases(t, x, []generalCase{
		{name: "missiles downed", published: "",
			text:    "وكانت طائرات حربية إسرائيلية قد قصفت، مطلع الشهر الماضي، موقع تل الحارة العسكري في ريف درعا، بحسب وزارة الدفاع السورية التي قالت إن الدفاعات الجوية تصدت له وأسقطت عددا من الصواريخ.",
			attacks: []string{"base:موقع-تل-حاره@-"}},
		{name: "control: most of them struck", published: "2024-03-10",
			text:    "أطلقت الفصائل عشرات الصواريخ خلال الشهر الماضي، استهدف معظمها موقع تل الحارة العسكري في ريف درعا.",
			attacks: []string{}},
	})
}

// TestOutpostByHolderAndVillage checks "ربيئة للبيشمركة في قرية X" as the
// outpost "ربيئة X" that the article names so after, and the attack of its
// own sentence; an outpost the article never names by its village is none.
func TestOutpostByHolderAndVillage(t *testing.T) {
	x := extract.New(loadLexicon(t))
	runGeneralCases(t, x, []generalCase{
		{name: "the outpost named by its village after", published: "2021-12-06",
			text: "قتل ثمانية من عناصر قوات البيشمركة، مساء أمس الأحد، في هجوم شنه مسلحون من تنظيم داعش على ربيئة للبيشمركة في قرية قره سالم الواقعة على سفوح جبال قره جوغ، بحسب ما أعلنته وزارة شؤون البيشمركة صباح اليوم الاثنين. " +
				"وقالت الوزارة في بيانها إن مجموعة من إرهابيي داعش هاجمت ربيئة قره سالم بالأسلحة الخفيفة وقذائف الهاون قرابة الساعة التاسعة مساء.",
			attacks: []string{"base:ربيئه-قره-سالم@2021-12-05"},
			attribs: []string{"base:ربيئه-قره-سالم>militia:isis:asserted"}},
		{name: "control: never named by its village", published: "2021-12-06",
			text:    "قتل ثمانية من عناصر قوات البيشمركة، مساء أمس الأحد، في هجوم شنه مسلحون من تنظيم داعش على ربيئة للبيشمركة في قرية قره سالم الواقعة على سفوح جبال قره جوغ.",
			attacks: []string{}},
	})
}

// TestTookPartInTheAttackTold checks "وبدأ الهجوم، الذي شارك فيه عشرات
// المسلحين من تنظيم X": X took part in the attack its relative clause
// follows, a count of its fighters between.
func TestTookPartInTheAttackTold(t *testing.T) {
	x := extract.New(loadLexicon(t))
	runGeneralCases(t, x, []generalCase{
		{name: "took part, after a count of fighters", published: "2014-07-18",
			text:    "صدت القوات المرابطة في قاعدة سبايكر الجوية فجر اليوم هجوما واسعا على القاعدة. وبدأ الهجوم، الذي شارك فيه عشرات المسلحين من تنظيم داعش، نحو الساعة الرابعة فجرا بقصف مكثف بقذائف الهاون.",
			attacks: []string{"base:speicher@2014-07-18"},
			attribs: []string{"base:speicher>militia:isis:asserted"}},
	})
}

// TestDeniedTieAfterALongSpeaker checks a denial whose speaker is told at
// length, "نفى مسؤول في وزارة X في حكومة Y، طلب عدم ذكر اسمه، أي صلة لقوات
// Z بالهجوم": Z's part is denied; a tie "بالمجموعة" that far is not read.
func TestDeniedTieAfterALongSpeaker(t *testing.T) {
	x := extract.New(loadLexicon(t))
	lead := "قتل عنصران من الحشد الشعبي، مساء السبت، في هجوم شنه مسلحون مجهولون على معسكر سليمان بيك جنوبي قضاء طوزخورماتو. "
	runGeneralCases(t, x, []generalCase{
		{name: "a long speaker, then the tie denied", published: "2018-02-19",
			text:    lead + "في المقابل، نفى مسؤول في وزارة شؤون البيشمركة في حكومة إقليم كردستان، طلب عدم ذكر اسمه، أي صلة لقوات البيشمركة بالهجوم.",
			attacks: []string{"base:معسكر-سليمان-بيك@2018-02-17"},
			attribs: []string{"base:معسكر-سليمان-بيك>force:peshmerga:denied"}},
	})
}

// TestForcesAccusedOfTheAttack checks "اتهمت X الطيران الروسي وطيران
// النظام السوري باستهداف مواقعها": the forces are blamed by X; a force
// held responsible for another shelling ("حمّلت بغداد مسؤوليته للجيش
// التركي") is not blamed for the attack told.
func TestForcesAccusedOfTheAttack(t *testing.T) {
	x := extract.New(loadLexicon(t))
	runGeneralCases(t, x, []generalCase{
		{name: "forces accused of the attack", published: "2017-09-26",
			text:    "اتهمت قوات سوريا الديمقراطية (قسد) الطيران الروسي وطيران النظام السوري باستهداف مواقعها في حقل كونيكو للغاز شرقي دير الزور، أمس الاثنين 25 أيلول.",
			attacks: []string{"base:conoco-gas-field@2017-09-25"},
			attribs: []string{"base:conoco-gas-field>force:russian-forces:asserted", "base:conoco-gas-field>force:syrian-regime-forces:asserted"}},
		{name: "control: held responsible for another shelling", published: "2025-08-05",
			text: "سقطت ثلاثة صواريخ على قاعدة زيلكان التركية في ناحية بعشيقة مساء الأحد 3 آب/أغسطس 2025. " +
				"ويأتي ذلك بعد أسابيع من القصف الذي طال قرية قرب مدينة دهوك، وحمّلت بغداد مسؤوليته للجيش التركي.",
			attacks: []string{"base:zilkan@2025-08-03"}, noAttribs: []string{"base:zilkan>force:turkish-army"}},
	})
}

// TestAppositiveNameIsNotTheLexiconBearer checks "المتحدث باسم اللواء
// الثامن، محمود المقداد،": the spokesman shares a family name with an
// official the lexicon knows by it alone, and is not him.
func TestAppositiveNameIsNotTheLexiconBearer(t *testing.T) {
	x := extract.New(loadLexicon(t))
	runEntityCases(t, x, []entityCase{
		{name: "a spokesman in apposition", text: "غير أن المتحدث باسم اللواء الثامن، محمود المقداد، قال إن هذه الاتهامات باطلة.",
			not: []string{"official:faisal-mekdad"}},
		{name: "control: the bare family name", text: "وقال المقداد إن الاتهامات باطلة.",
			want: []string{"official:faisal-mekdad"}},
	})
}

// TestHedgeOverTheSpeakersNameToTheGroupsMen checks "ورجّح قائممقام X،
// فلان، أن تكون «خلايا التنظيم المنتشرة في ...» مسؤولة عن القصف": the
// group taken up by "التنظيم", behind its men, is the likely doer.
func TestHedgeOverTheSpeakersNameToTheGroupsMen(t *testing.T) {
	x := extract.New(loadLexicon(t))
	runGeneralCases(t, x, []generalCase{
		{name: "the group's men after the speaker's name", published: "2020-05-03",
			text: "قتل عنصر من البيشمركة في هجوم شنه عناصر من تنظيم داعش على ربيئة كولجو فجر اليوم. وفي قضاء خانقين، سقطت أربع قذائف هاون، مساء الجمعة، على معسكر قوره تو التابع للبيشمركة. " +
				"ورجّح قائممقام خانقين، نوزاد ملا صالح، أن تكون \"خلايا التنظيم المنتشرة في سلسلة جبال حمرين\" مسؤولة عن القصف.",
			attacks: []string{"base:ربيئه-كولجو@2020-05-03", "base:معسكر-قوره-تو@2020-05-01"},
			attribs: []string{"base:معسكر-قوره-تو>militia:isis:likely"}},
	})
}

// TestDeedVerbBeforeTheGroupTakenUp checks "وكانت ربيئة X قد تعرضت لهجوم
// مماثل نفذه التنظيم": the group taken up after the deed's verb did the
// attack on the base; "بعد هجوم واسع شنه التنظيم لتحرير معتقليه", with no
// base, blames no attack told before.
func TestDeedVerbBeforeTheGroupTakenUp(t *testing.T) {
	x := extract.New(loadLexicon(t))
	lead := "قتل ثمانية من البيشمركة مساء أمس في هجوم شنه مسلحون من تنظيم داعش على ربيئة قره سالم. ولم يتبن التنظيم الهجوم حتى ساعة إعداد هذا التقرير. "
	runGeneralCases(t, x, []generalCase{
		{name: "the deed's verb, then the group", published: "2021-12-06",
			text:    lead + "وكانت ربيئة كولجو التابعة لقضاء كفري قد تعرضت في الخامس من تشرين الثاني لهجوم مماثل نفذه التنظيم بأسلحة القنص.",
			attacks: []string{"base:ربيئه-قره-سالم@2021-12-05", "base:ربيئه-كولجو@2021-11-05"},
			attribs: []string{"base:ربيئه-كولجو>militia:isis:asserted"}},
		{name: "control: no base in the sentence", published: "2021-12-06",
			text:    lead + "وكان قائد المحور قد أدار معركة استعادة السجن بعد هجوم واسع شنه التنظيم لتحرير معتقليه.",
			attacks: []string{"base:ربيئه-قره-سالم@2021-12-05"}},
	})
}

// TestVerbsDayBeforeTheComma checks an attack whose verb, subject and day
// come before a comma and whose object after it: "شنت X فجر الخميس، هجوماً
// على مطار Y"، "استهدفت X فجر الخميس، مطار Y": the day is the attack's.
// A list after an earlier attack's day keeps its own ("في 15 شباط،
// والهجمات التي تلته، ومنها سقوط صواريخ على قاعدة Z يوم السبت 20 شباط").
func TestVerbsDayBeforeTheComma(t *testing.T) {
	x := extract.New(loadLexicon(t))
	runGeneralCases(t, x, []generalCase{
		{name: "an attack noun after the comma", published: "2013-05-31",
			text:    "شنت حركة أحرار الشام فجر يوم الخميس ٣٠ أيار/مايو ٢٠١٣، هجوماً على مطار كويرس العسكري في ريف حلب الشرقي.",
			attacks: []string{"base:kweires@2013-05-30"},
			attribs: []string{"base:kweires>militia:ahrar-al-sham:asserted"}},
		{name: "the base after the comma", published: "2013-05-31",
			text:    "استهدفت حركة أحرار الشام فجر الخميس، مطار كويرس العسكري بقذائف الهاون.",
			attacks: []string{"base:kweires@2013-05-30"}},
		{name: "control: a list after another attack's day", published: "2021-02-27",
			text:    "وقال المتحدث إن الضربات جاءت ردا على الهجمات الأخيرة، في إشارة إلى القصف الصاروخي على مطار أربيل في 15 فبراير/شباط، والهجمات التي تلته، ومنها سقوط صواريخ على قاعدة بلد الجوية يوم السبت 20 شباط.",
			attacks: []string{"base:balad@2021-02-20", "base:erbil-airbase@2021-02-15"}},
	})
}

// TestMenOfAGroupLaunchedTheAttack checks "شن مقاتلون من حركة X فجر الخميس
// هجوماً على مطار Y": the men's group did the attack.
func TestMenOfAGroupLaunchedTheAttack(t *testing.T) {
	x := extract.New(loadLexicon(t))
	runGeneralCases(t, x, []generalCase{
		{name: "the group's men launched it", published: "2013-05-31",
			text:    "شن مقاتلون من حركة أحرار الشام فجر الخميس هجوما على مطار كويرس العسكري.",
			attacks: []string{"base:kweires@2013-05-30"},
			attribs: []string{"base:kweires>militia:ahrar-al-sham:asserted", "base:kweires>militia:ahrar-al-sham:attacker"}},
	})
}
