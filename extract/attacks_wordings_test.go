package extract_test

import (
	"testing"

	"github.com/nisba/nisba/extract"
)

// caseFamily is one wording family of a rule class: phrases of our own
// writing that the class's rules must read alike.
type caseFamily[C any] struct {
	name  string
	cases []C
}

// TestAttackWordings runs the attack and attribution rules over wording
// families of our own, each named after what its phrases share: what makes
// an attack (state-media nouns, tolls, interceptions) and what does not
// (counts, habits, killings at a base, background); its day and launch
// place; and who is accused of it, by whom and how firmly (claims, denials,
// hedges, accusers' own groups, victims and owners never accused).
func TestAttackWordings(t *testing.T) {
	x := extract.New(loadLexicon(t))
	families := []caseFamily[generalCase]{
		{"attack events", attackEventCases()},
		{"state media", stateMediaCases()},
		{"state-media subjects", stateWordings()},
		{"launch places and days", launchAndDateCases()},
		{"background", backgroundCases()},
		{"no attack", noAttackWordings()},
		{"killed at a base", killedAtWordings()},
		{"habit raids", habitRaidWordings()},
		{"habit clauses", habitClauseWordings()},
		{"announced then", announcedThenWordings()},
		{"dual sites", dualSiteWordings()},
		{"context", contextWordings()},
		{"attributions", attributionCases()},
		{"quoted statements", quotedWordings()},
		{"accused", accusedCases2()},
		{"accused wordings", accusedWordings()},
		{"many attacks", manyWordings()},
		{"addressed outlets", addressedWordings()},
		{"self-named groups", selfNamedWordings()},
		{"pro-regime forces and Russian contractors", proRegimeWordings()},
		{"answers", answerWordings()},
		{"answered", answeredWordings()},
		{"headlines", headWordings()},
		{"qualified groups", qualifiedWordings()},
		{"pronouns", pronounWordings()},
		{"pronoun accused", pronounAccusedWordings()},
		{"owner adjectives", ownerAdjWordings()},
		{"past exposed", pastExposedWordings()},
		{"fighters", fightersWordings()},
		{"accuser's group", accuserGroupWordings()},
		{"asides", asideWordings()},
		{"headline merge", headlineMergeWordings()},
		{"joined before the attack word", joinedBeforeWordings()},
		{"destinations", destinationWordings()},
		{"group records", groupRecordWordings()},
		{"claim beside a habit", claimBesideHabitWordings()},
		{"state denials", stateDenialWordings()},
		{"speaker titles", speakerTitleWordings()},
		{"relative attackers", relativeAttackerWordings()},
		{"hedged planes", hedgedPlanesWordings()},
		{"involved", involvedWordings()},
		{"contrasted claims", contrastClaimWordings()},
		{"responsible to", responsibleToWordings()},
		{"long denials", longDenialWordings()},
		{"present-tense headlines", presentHeadlineWordings()},
		{"defence sites", defenceSiteWordings()},
		{"told as background", backgroundWordings()},
		{"side attacks", sideAttackWordings()},
		{"base lists", baseListWordings()},
		{"the story's attacks", storyScopeWordings()},
		{"locating bases", locatingBaseWordings()},
		{"bracketed names", bracketNameWordings()},
		{"pronoun blame", pronounBlameWordings()},
		{"struck objects", struckObjectWordings()},
		{"the defender's strike", defenderStrikeWordings()},
		{"other charges", otherChargeWordings()},
		{"after a semicolon", semicolonWordings()},
		{"threats after", threatAfterWordings()},
		{"charged", chargedWordings()},
		{"civilian sites near a base", civilianSiteWordings()},
		{"attacks in general", generalAttackWordings()},
		{"state behind the strike", behindStateWordings()},
		{"force denies its part", forceDenialWordings()},
		{"a past state attack", pastStateAttackWordings()},
		{"contractors hit", contractorWordings()},
		{"accusative state attack", accusativeAttackWordings()},
		{"negated strike", negatedStrikeWordings()},
		{"struck before, within a series", previouslyStruckWordings()},
		{"pointed at", pointedAtWordings()},
		{"the speaker's group", speakerGroupWordings()},
		{"victims' group", victimGroupWordings()},
		{"named denials", namedDenialWordings()},
		{"the accused's modifiers", accusedModifierWordings()},
		{"controlled launch areas", controlledAreaWordings()},
		{"sites inside a base", insideBaseWordings()},
		{"clause subjects", clauseSubjectWordings()},
		{"forces stationed at a base", stationedWordings()},
		{"passive and relative attackers", passiveAttackerWordings()},
		{"men a base hosts", hostedMenWordings()},
		{"a group's store struck back", storeOfDronesWordings()},
		{"nominal blame", nominalBlameWordings()},
		{"titles are no blame", titleNoBlameWordings()},
		{"own denials", ownDenialWordings()},
		{"told vaguely, then by its day", monthPartWordings()},
		{"attacks beyond one base", beyondOneBaseWordings()},
		{"reactions renew an attack's reach", renewedReachWordings()},
		{"the soldiers' state is hit", soldiersStateWordings()},
		{"sites near the striker's own base", nearOwnBaseWordings()},
		{"standing behind, with words between", standsBehindWordings()},
		{"one attack blamed beside repeated ones", blamedBesideHabitWordings()},
		{"carried it out, by a pronoun", pronounDeedWordings()},
		{"claims told by verbal nouns", verbalNounClaimWordings()},
		{"a base known by another name", knownAsWordings()},
		{"a base as a time landmark", timeLandmarkWordings()},
		{"a correction itself corrected", retractedWordings()},
		{"the group whose leader was killed", killedLeaderWordings()},
		{"attacks on ships, not bases", foreignTargetWordings()},
		{"sites the host state's strikes hit", hostStrikeWordings()},
		{"a series since a day", seriesSinceWordings()},
		{"a group says it did not strike", notStruckWordings()},
		{"a tally over a span", tallyWordings()},
		{"killed near the base's head noun", killedNearAnaphorWordings()},
		{"a group's terrorists carried it out", terroristsWordings()},
		{"blame after a long accuser title", longAccuserTitleWordings()},
		{"the likely doer after an-takun", likelyDoerWordings()},
		{"a state's strike on a base", stateStrikeOnWordings()},
		{"an attack by fighters from a group", fightersFromWordings()},
		{"accusing 'in a time when'", accusedMeanwhileWordings()},
		{"a base in a group's record", recordBaseWordings()},
		{"a convoy headed to a base", headedToWordings()},
		{"a claim of one of many past attacks", oneOfThemWordings()},
		{"a base told before keeps its day", keptDayWordings()},
		{"an attack told by its month", wholeMonthWordings()},
		{"a base that only places another", placingSiteWordings()},
		{"said at first, then corrected", firstToldWordings()},
		{"a state's strike on others", strikeOnOthersWordings()},
		{"a launcher found", foundLauncherWordings()},
		{"sites the strikes hit", strikeSiteWordings()},
		{"the field anaphor and blame after it", fieldAnaphorWordings()},
		{"held responsible in the next sentence", heldResponsibleWordings()},
		{"a timeline's historic present", timelinePresentWordings()},
		{"a group word and its backer", backedGroupWordings()},
		{"a separate event", separateEventWordings()},
		{"a group joined to a struck one", joinedTargetWordings()},
		{"the same group claimed before", sameGroupWordings()},
		{"a group says it claims", saysItClaimsWordings()},
		{"fingerprints and fronts", fingerprintWordings()},
		{"standing behind them", behindItWordings()},
		{"an earlier attack a count recalls", priorAttackWordings()},
		{"the city's airport", cityAirportWordings()},
		{"a front for others", frontWordings()},
		{"the most prominent of a group's attacks", seriesHeadWordings()},
		{"a strike verb with the pronoun of the base", pronounStrikeWordings()},
		{"a speaker goes on after a colon", colonSpeechWordings()},
		{"a hedge inside «X هو من فعل»", hedgedDoerWordings()},
		{"the day of a briefing", briefingDayWordings()},
		{"the day of a visit to the base", visitDayWordings()},
		{"what a group may do or seeks to do", mayDoWordings()},
		{"a post near a base, a convoy advancing on it", postNearBaseWordings()},
		{"the site of an attack told before, named after it", identifiedSiteWordings()},
		{"a shooting at a base's gate", shootingWordings()},
		{"who announces it downed the drones defended the base", []generalCase{
			{name: "the coalition's forces downed the drones", published: "2024-02-05",
				text:      "أعلن التحالف الدولي أن قواته أسقطت فجر الخميس طائرتين مسيّرتين حاولتا استهداف قاعدة حقل كونيكو.",
				attacks:   []string{"base:conoco-gas-field@2024-02-01"},
				noAttribs: []string{"base:conoco-gas-field>force:international-coalition:claimed"}},
			{name: "control: a group says its fighters struck the base", published: "2024-02-05",
				text:    "أعلنت كتائب حزب الله أن مقاتليها استهدفوا فجر الخميس قاعدة حقل كونيكو بطائرتين مسيّرتين.",
				attacks: []string{"base:conoco-gas-field@2024-02-01"},
				attribs: []string{"base:conoco-gas-field>militia:kataib-hezbollah:claimed"}},
		}},
		{"bases evacuated or handed over", []generalCase{
			{name: "the bases Washington left are not struck with the one shelled", published: "2020-01-08",
				text:    "تقلص الوجود الأميركي منذ تشرين الأول الماضي، حين سقطت قذائف تركية قرب قاعدة مشتى نور في كوباني، وأخلت واشنطن قاعدة لافارج ومطار الطبقة.",
				attacks: []string{"base:mishtenur@-"}},
			{name: "a base handed over is still the base struck after", published: "2020-01-08",
				text:    "وبعد تسليم قاعدة كي وان للجيش العراقي، تعرضت القاعدة لهجوم صاروخي مساء أمس.",
				attacks: []string{"base:k1@2020-01-07"}},
			{name: "control: drones struck both bases", published: "2020-01-08",
				text:    "قصفت طائرات مسيرة قاعدة لافارج ومطار الطبقة مساء أمس.",
				attacks: []string{"base:lafarge@2020-01-07", "base:tabqa-airbase@2020-01-07"}},
		}},
		{"one attack singled out of a habit", []generalCase{
			{name: "among repeated attacks, one on a day", published: "2024-02-05",
				text:    "وتتعرض قاعدة حرير لهجمات متكررة منذ تشرين الأول الماضي، بينها هجوم بثلاث طائرات مسيّرة في 17 من الشهر الماضي.",
				attacks: []string{"base:harir@2024-01-17"}},
			{name: "from among them", published: "2024-02-05",
				text:    "وتتعرض قاعدة حرير لهجمات متكررة، من بينها هجوم بصاروخين في 17 من الشهر الماضي.",
				attacks: []string{"base:harir@2024-01-17"}},
			{name: "control: repeated attacks and no one singled out", published: "2024-02-05",
				text:    "وتتعرض قاعدة حرير لهجمات متكررة منذ تشرين الأول الماضي.",
				attacks: nil},
		}},
		{"القاعدة after an embassy named in passing", []generalCase{
			{name: "protests at the embassy, then shells inside the base's walls", published: "2025-01-15",
				text:    "سقط أكثر من ثلاثين صاروخاً داخل قاعدة كي وان مساء 27 كانون الأول 2019. وأعقبت الغارات الأمريكية احتجاجات أمام السفارة الأمريكية في بغداد. وفي الشهر التالي سقطت قذيفتا هاون داخل أسوار القاعدة.",
				attacks: []string{"base:k1@-", "base:k1@2019-12-27"}},
			{name: "the embassy condemned, then the field was shelled before", published: "2024-04-27",
				text:    "قتل عاملان مساء أمس الجمعة بهجوم بطائرة مسيرة على حقل كورمور للغاز. كما أدانت السفارة الأمريكية في بغداد الهجوم. ويعد هذا الهجوم الأعنف على الحقل؛ إذ تعرض في 22 حزيران 2022 لقصف صاروخي لم يوقع إصابات.",
				attacks: nil},
		}},
		{"an entry about one base, its attacks listed under a heading", []generalCase{
			{name: "the base of the first sentence, far back", published: "2025-03-10",
				text: "قاعدة حرير الجوية قاعدة عسكرية تقع شمال شرقي مدينة أربيل.\n\nالتاريخ\nشُيّد المدرج في ستينيات القرن الماضي. وزارها قائد.\n\nالهجمات\n" +
					"في 26 تشرين الأول 2023 سقطت طائرتان مسيّرتان قرب مدرج القاعدة من دون إصابات.",
				attacks: []string{"base:harir@2023-10-26"}},
			{name: "control: a first sentence that names no base", published: "2025-03-10",
				text: "يقع سهل حرير شمال شرقي مدينة أربيل.\n\nالتاريخ\nشُيّد المدرج في ستينيات القرن الماضي. وزارها قائد.\n\nالهجمات\n" +
					"في 26 تشرين الأول 2023 سقطت طائرتان مسيّرتان قرب مدرج القاعدة من دون إصابات.",
				attacks: nil},
		}},
		{"a base visited after talk of attacks", []generalCase{
			{name: "a quoted warning, then a minister's visit", published: "2025-06-16",
				text:    "دعا رئيس الوزراء الفصائل إلى \"عدم منح أي طرف ذريعة لاستهداف العراق\"، فيما زار وزير الدفاع ثابت العباسي أمس الأحد قاعدة عين الأسد الجوية.",
				attacks: nil},
			{name: "control: a visit to a base struck in the same clause", published: "2025-06-16",
				text:    "زار وزير الدفاع أمس الأحد قاعدة عين الأسد التي استهدفتها مسيّرة فجر اليوم.",
				attacks: []string{"base:ain-al-asad@2025-06-16"}},
		}},
		{"the compound of the airport told before", []generalCase{
			{name: "three rockets inside the airport's compound", published: "2021-02-16",
				text:       "سقطت صواريخ عدة مساء أمس الاثنين على مطار أربيل الدولي، وقالت الوزارة إن ثلاثة منها سقطت داخل مجمع المطار، بينما سقطت البقية على أحياء سكنية.",
				attacks:    []string{"base:erbil-airbase@2021-02-15"},
				noEntities: []string{"base:مجمع-مطار"}},
			{name: "control: a base named with a definite field word", published: "2021-02-16",
				text:    "سقطت صواريخ عدة مساء أمس الاثنين على قاعدة الحقل الأخضر شرقي دير الزور.",
				attacks: []string{"base:حقل-اخضر@2021-02-15"}},
		}},
		{"the state the missiles came from", []generalCase{
			{name: "the Pentagon: launched from Iran", published: "2020-01-08",
				text:    "سقطت صواريخ باليستية فجر اليوم الأربعاء على قاعدة عين الأسد. وقال المتحدث باسم البنتاغون إن \"من الواضح أن الصواريخ أطلقت من إيران\".",
				attacks: []string{"base:ain-al-asad@2020-01-08"}, attribs: []string{"base:ain-al-asad>country:iran:asserted"}},
			{name: "from inside Iran", published: "2020-01-08",
				text:    "سقطت صواريخ باليستية فجر اليوم الأربعاء على قاعدة عين الأسد. وأكدت وزارة الدفاع الأمريكية أن الصواريخ \"أطلقت من داخل إيران\".",
				attacks: []string{"base:ain-al-asad@2020-01-08"}, attribs: []string{"base:ain-al-asad>country:iran:asserted"}},
			{name: "control: launched from a state where the stories happen", published: "2020-01-08",
				text:      "سقطت صواريخ فجر اليوم الأربعاء على قاعدة عين الأسد. وقال مسؤول عراقي إن الصواريخ أطلقت من سوريا.",
				attacks:   []string{"base:ain-al-asad@2020-01-08"},
				noAttribs: []string{"base:ain-al-asad>country:syria:asserted"}},
			{name: "control: bombers that took off from home", published: "2020-01-08",
				text:      "سقطت صواريخ فجر اليوم الأربعاء على قاعدة عين الأسد. وبعد أيام أغارت قاذفات استراتيجية من طراز «بي - 1» انطلقت من الأراضي الأميركية على مواقع للفصائل.",
				attacks:   []string{"base:ain-al-asad@2020-01-08"},
				noAttribs: []string{"base:ain-al-asad>country:united-states:asserted"}},
		}},
		{"two attacks in one sentence, each with its own blame", []generalCase{
			{name: "a relative claim after the first attack, an accusation with the deed's pronoun after the second", published: "2024-01-05",
				text: "ومن بين هذه الهجمات الهجوم الذي طال قاعدة فكتوريا فجر ١٨ تشرين الأول/أكتوبر الماضي، والذي تبنته «المقاومة الإسلامية في العراق»، " +
					"إلى جانب قصف صاروخي استهدف قاعدة حرير في 17 من الشهر الماضي، واتهم مسؤولون أمريكيون حركة النجباء بتنفيذه.",
				attacks:   []string{"base:harir@2023-12-17", "base:victory@2023-10-18"},
				attribs:   []string{"base:harir>militia:nujaba:asserted", "base:victory>militia:islamic-resistance-in-iraq:claimed"},
				noAttribs: []string{"base:victory>militia:nujaba:asserted", "base:harir>militia:islamic-resistance-in-iraq:claimed"}},
			{name: "control: one claim of both attacks", published: "2024-01-05",
				text:    "وتبنت «المقاومة الإسلامية في العراق» الهجومين على قاعدة فكتوريا فجر ١٨ تشرين الأول/أكتوبر الماضي وعلى قاعدة حرير في 17 من الشهر الماضي.",
				attacks: []string{"base:harir@2023-12-17", "base:victory@2023-10-18"},
				attribs: []string{"base:victory>militia:islamic-resistance-in-iraq:claimed", "base:harir>militia:islamic-resistance-in-iraq:claimed"}},
		}},
		{"an oil field the army holds", []generalCase{
			{name: "a post of the army in an oil field the army holds", published: "2025-05-19",
				text:    "وكان مسلحون قد هاجموا في 17 من الشهر الماضي نقطة لقوات وزارة الدفاع في حقل التيم النفطي جنوبي مدينة دير الزور.",
				attacks: []string{"base:taym-field@2025-04-17"}},
		}},
	}
	for _, f := range families {
		t.Run(f.name, func(t *testing.T) {
			for _, tc := range f.cases {
				t.Run(tc.name, func(t *testing.T) { checkCase(t, x, tc) })
			}
		})
	}
}

func attackEventCases() []generalCase {
	return []generalCase{
		{name: "the missiles a state launched, in the article's voice", published: "2020-01-14",
			text:    "سقطت صواريخ باليستية فجر الأربعاء على قاعدة حرير الجوية. والصواريخ التي أطلقتها إيران انطلقت من محافظة كرمانشاه.",
			attacks: []string{"base:harir@2020-01-08"},
			attribs: []string{"base:harir>country:iran:asserted"}},
		{name: "a visit dated first, the strike told after it with its own day", published: "2020-01-14",
			text:    "سمح الجيش الأميركي، أمس الاثنين، لعدد من الصحفيين بدخول قاعدة حرير الجوية في أربيل، للمرة الأولى منذ الضربة الصاروخية التي استهدفتها فجر الأربعاء الماضي.",
			attacks: []string{"base:harir@2020-01-08"}},
		{name: "a base taken by groups named after the verb", published: "2015-06-12",
			text:    "سيطر مقاتلون من جبهة النصرة وحركة أحرار الشام أمس الخميس على مطار الشعيرات العسكري في ريف حمص.",
			attacks: []string{"base:shayrat@2015-06-11"},
			attribs: []string{"base:shayrat>militia:hts:asserted"}},
		{name: "two groups joined as the subject of the verb", published: "2015-06-12",
			text:    "استهدفت جبهة النصرة وحركة أحرار الشام أمس الخميس مطار الشعيرات العسكري بقذائف الهاون.",
			attacks: []string{"base:shayrat@2015-06-11"},
			attribs: []string{"base:shayrat>militia:hts:asserted", "base:shayrat>militia:ahrar-al-sham:asserted"}},
		{name: "two groups joined as the objects of a strike told in speech", published: "2024-02-03",
			text:      "هاجمت مسيرة قاعدة التنف فجر الأحد. وقالت القيادة المركزية إنها استهدفت جيش الإسلام وحركة أحرار الشام في البادية.",
			attacks:   []string{"base:al-tanf@2024-01-28"},
			noAttribs: []string{"base:al-tanf>militia:ahrar-al-sham:asserted"}},
		{name: "a base stormed", published: "2015-06-12",
			text:    "اقتحم مقاتلو جبهة النصرة فجر الأربعاء مطار كويرس العسكري شرقي حلب.",
			attacks: []string{"base:kweires@2015-06-10"},
			attribs: []string{"base:kweires>militia:hts:asserted"}},
		{name: "a town taken is no attack", published: "2015-06-12",
			text:    "وسيطرت فصائل المعارضة أمس الخميس على مدينة أريحا بعد معارك عنيفة، ثم اقتحمت بلدة قريبة.",
			attacks: nil},
		{name: "an embassy stormed by a crowd is no attack", published: "2020-01-02",
			text:    "واقتحم محتجون من أنصار الفصائل السفارة الأمريكية في بغداد يوم الثلاثاء.",
			attacks: nil},
		{name: "a base under near-daily shelling", published: "2013-01-12",
			text:    "ولا يزال المقاتلون يحاصرون مطار كويرس العسكري شرقي حلب، حيث يتعرض لقصف شبه يومي بقذائف الهاون.",
			attacks: nil},
		{name: "a base under intermittent rocket fire", published: "2014-12-15",
			text:    "ويتعرض مطار أبو الظهور العسكري منذ أشهر لقصف متقطع بصواريخ محلية الصنع.",
			attacks: nil},
		{name: "shelling on two named days is no habit (the first day is kept)", published: "2020-03-16",
			text:    "نفت الكتائب أي علاقة لها بالقصف الذي طال قاعدة بلد يومي الأربعاء والسبت الماضيين.",
			attacks: []string{"base:balad@2020-03-11"}},
		{name: "strikes dated before one of them reached the base", published: "2024-06-04",
			text:    "شنّت طائرات إسرائيلية فجر أمس الاثنين غارات على مواقع لحزب الله في منطقة القصير بريف حمص الغربي، طالت إحداها مطار الشعيرات العسكري.",
			attacks: []string{"base:shayrat@2024-06-03"},
			attribs: []string{"base:shayrat>country:israel:asserted"}},
		{name: "a hedge between the copula and who stands behind it", published: "2024-02-01",
			text:    "سقطت صواريخ على قاعدة التنف مساء الثلاثاء. وقال مسؤولان أمريكيان إن كتائب حزب الله هي على الأرجح من يقف وراءه.",
			attacks: []string{"base:al-tanf@2024-01-30"},
			attribs: []string{"base:al-tanf>militia:kataib-hezbollah:likely"}},
		{name: "the force that repelled an attack is not its doer", published: "2015-06-12",
			text:      "صدت قوات النظام هجوماً واسعاً شنته فصائل جيش الإسلام فجر الثلاثاء على مطار كويرس العسكري.",
			attacks:   []string{"base:kweires@2015-06-09"},
			noAttribs: []string{"base:kweires>force:syrian-regime-forces:asserted"}},
		{name: "a state named before a pronoun of speech is not the verb's subject", published: "2024-01-30",
			text:      "قُتل ثلاثة جنود أمريكيين في هجوم بمسيرة فجر الأحد. وقال الناطق باسم الحكومة الأردنية إن الهجوم لم يقع داخل الأردن وإنه استهدف قاعدة التنف في سوريا.",
			attacks:   []string{"base:al-tanf@2024-01-28"},
			noAttribs: []string{"base:al-tanf>country:jordan:asserted"}},
		{name: "the airport flights were diverted to is no target; both of the pair struck are, on the day of the strikes", published: "2023-10-13",
			text:    "أعلنت وزارة النقل، الجمعة، تحويل الرحلات المقررة إلى مطاري دمشق وحلب الدوليين نحو مطار اللاذقية، بعد خروجهما عن الخدمة إثر ضربات صاروخية إسرائيلية استهدفتهما ظهر أمس الخميس.",
			attacks: []string{"base:aleppo-airport@2023-10-12", "base:damascus-airport@2023-10-12"}},
		{name: "flights stopped at an airport a strike took back with a pronoun", published: "2024-02-11",
			text:    "توقفت الرحلات في مطار حلب الدولي بعد غارة إسرائيلية استهدفته ليل السبت.",
			attacks: []string{"base:aleppo-airport@2024-02-10"},
			attribs: []string{"base:aleppo-airport>country:israel:asserted"}},
		{name: "flights stopped at both airports of a pair the strikes took back", published: "2024-02-11",
			text:    "أعلنت وزارة النقل السورية توقف الرحلات في مطاري حلب ودمشق بعد غارات إسرائيلية استهدفتهما ليل السبت.",
			attacks: []string{"base:aleppo-airport@2024-02-10", "base:damascus-airport@2024-02-10"},
			attribs: []string{"base:aleppo-airport>country:israel:asserted", "base:damascus-airport>country:israel:asserted"}},
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

func attributionCases() []generalCase {
	const lead = "استهدفت طائرة مسيرة قاعدة التنف فجر الأحد.\n\n"
	tanf := []string{"base:al-tanf@2026-01-11"}
	return []generalCase{
		{name: "a group that set about attacking a checkpoint", published: "2026-01-12",
			text:    "أقدمت خلايا تنظيم داعش على مهاجمة حاجز الصور التابع لقوات سوريا الديمقراطية فجر الأحد.",
			attacks: []string{"base:حاجز-صور@2026-01-11"}, attribs: []string{"base:حاجز-صور>militia:isis:asserted"}},
		{name: "a group that set about striking a base", published: "2026-01-12",
			text:    "وقالت خلية الإعلام الأمني إن جماعة خارجة عن القانون أقدمت على استهداف قاعدة بلد الجوية فجر الأحد بصواريخ كاتيوشا.",
			attacks: []string{"base:balad@2026-01-11"}},
		{name: "a hand grenade thrown at a checkpoint", published: "2026-01-12",
			text:    "وألقى مسلحون مجهولون قنبلة يدوية على حاجز الصور فجر الأحد، ما أسفر عن أضرار مادية.",
			attacks: []string{"base:حاجز-صور@2026-01-11"}},
		{name: "a group that detonated a bomb at a checkpoint", published: "2026-01-12",
			text:    "وفجّرت خلايا داعش فجر الأحد عبوة ناسفة بحاجز دوار النعيم، ما أسفر عن إصابة عنصرين.",
			attacks: []string{"base:حاجز-دوار-نعيم@2026-01-11"}, attribs: []string{"base:حاجز-دوار-نعيم>militia:isis:asserted"}},
		{name: "one deed on two bases, then claimed as one attack", published: "2026-01-12",
			text: "قال المتحدث إن الجماعة مارست حقها في الرد عندما استهدفت فجر الأحد قاعدة التنف وقاعدة حقل العمر في دير الزور.\n\n" +
				"وأوضح أن الرد استهدف القاعدة التي انطلقت منها الطائرة التي قتلت القائد.\n\n" +
				"وكانت كتائب حزب الله قد تبنت الهجوم في بيان على قناتها.",
			attacks: []string{"base:al-tanf@2026-01-11", "base:omar-oil-field@2026-01-11"},
			attribs: []string{"base:al-tanf>militia:kataib-hezbollah:claimed", "base:omar-oil-field>militia:kataib-hezbollah:claimed"}},
		{name: "an envoy says his country struck", published: "2026-01-12",
			text:    "وجّه مندوب إيران لدى الأمم المتحدة رسالة إلى مجلس الأمن قال فيها إن بلاده مارست حقها في الدفاع عن النفس وفق المادة 51 من الميثاق، عندما استهدفت فجر الأحد قاعدة حرير.",
			attacks: []string{"base:harir@2026-01-11"}, attribs: []string{"base:harir>country:iran:claimed"}},
		{name: "a spokesman's country saw such attacks", published: "2026-01-12",
			text:    lead + "وقال المتحدث باسم الخارجية الأمريكية إن بلاده شهدت هجمات مماثلة نفذتها جماعات مدعومة من إيران.",
			attacks: tanf, noAttribs: []string{"base:al-tanf>country:united-states:claimed"}},
		{name: "two attempts on two days blamed together", published: "2026-01-12",
			text: "أسقطت الدفاعات الجوية فجر الأحد طائرتين مسيرتين حاولتا الاقتراب من قاعدة حرير. وكانت منظومة مماثلة قد أسقطت فجر السبت طائرتين استهدفتا قاعدة التنف. " +
				"غير أن مسؤولاً في التحالف الدولي قال إن المحاولتين \"تحملان بصمات الميليشيات المدعومة من إيران\".",
			attacks: []string{"base:al-tanf@2026-01-10", "base:harir@2026-01-11"},
			attribs: []string{"base:harir>militia:iran-backed-militias:asserted", "base:al-tanf>militia:iran-backed-militias:asserted"}},
		{name: "several shells fired at a base, no day told", published: "2026-01-12",
			text:    "وقال المرصد إن ميليشيات موالية لإيران أطلقت عدة قذائف صاروخية باتجاه قاعدة حقل كونيكو من مناطق سيطرتها غرب النهر.",
			attacks: []string{"base:conoco-gas-field@-"}},
		{name: "a ministry condemns what it calls aggression", published: "2026-01-12",
			text:    lead + "وشنت الولايات المتحدة فجر الاثنين غارات على مواقع لكتائب حزب الله في البوكمال، فيما نددت وزارة الخارجية السورية بما وصفته بـ\"العدوان الأميركي\".",
			attacks: tanf, noAttribs: []string{"base:al-tanf>country:united-states:asserted"}},
		{name: "the guards' sweep after the attack", published: "2026-01-12",
			text:    lead + "وعلى إثر الهجوم، شنت قوات سوريا الديمقراطية بمساندة من التحالف الدولي حملة دهم وتفتيش في القرى المجاورة.",
			attacks: tanf, noAttribs: []string{"base:al-tanf>militia:sdf:asserted"}},
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
		{name: "rockets on homes, then the attack on the base they belong to", published: "2025-03-10",
			text:    "أفادت مصادر طبية بإصابة ثلاثة مدنيين جراء سقوط صواريخ على منازل في بلدة البغدادي مساء أمس الأحد، في هجوم استهدف قاعدة عين الأسد.",
			attacks: []string{"base:ain-al-asad@2025-03-09"}},
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
		{name: "what the awaited strike may bring", published: "2025-03-10",
			text: "ويرى محلل أن المعادلة ستحددها الضربة الأمريكية المرتقبة: إن جاءت محدودة صمدت التهدئة، وإن طالت قادة الصف الأول فإن الفصائل ستعود إلى استهداف قاعدتي حرير والتنف.", attacks: nil},
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

// quotedWordings: a quoted statement of several sentences keeps the speaker
// named after it.
func quotedWordings() []generalCase {
	return []generalCase{
		{name: "the speaker after a quote of two sentences", published: "2024-02-07",
			text: "تعرضت قاعدة حرير في أربيل لهجوم بطائرة مسيرة مساء أمس. " +
				"«نعتقد أن كتائب حزب الله نفذت الهجوم. سنرد في الوقت المناسب»، قال المتحدث باسم البنتاغون في مؤتمر صحفي.",
			attacks: []string{"base:harir@2024-02-06"},
			claims:  []string{"base:harir>militia:kataib-hezbollah<org:pentagon"}},
		{name: "a faction's statement that its fighters pounded a base", published: "2024-02-07",
			text:    "وفي بيان مقتضب، قالت كتائب سيد الشهداء إن «مقاتليها دكّوا قاعدة عين الأسد الجوية فجر اليوم».",
			attacks: []string{"base:ain-al-asad@2024-02-07"},
			attribs: []string{"base:ain-al-asad>militia:kataib-sayyid-al-shuhada:claimed"}},
	}
}

// proRegimeWordings: "القوات الموالية للنظام" (لدمشق، للحكومة السورية) is
// one collective actor, and "المتعاقدون الروس" are the Wagner group.
func proRegimeWordings() []generalCase {
	return []generalCase{
		{name: "forces loyal to the regime attacked a base", published: "2017-06-09",
			text:    "شنت قوات موالية للنظام السوري أمس هجوماً بطائرة مسيرة على قاعدة التنف، بحسب بيان للتحالف الدولي.",
			attacks: []string{"base:al-tanf@2017-06-08"},
			attribs: []string{"base:al-tanf>militia:pro-regime-forces:asserted"}},
		{name: "forces loyal to Damascus and Russian contractors", published: "2018-02-09",
			text: "سقطت قذائف على حقل كونيكو مساء الأربعاء. " +
				"واتهمت واشنطن القوات الموالية لدمشق بالوقوف وراء الهجوم، فيما رجّح مسؤول أمريكي مشاركة المتعاقدين الروس فيه.",
			attacks: []string{"base:conoco-gas-field@2018-02-07"},
			attribs: []string{"base:conoco-gas-field>militia:pro-regime-forces:asserted", "base:conoco-gas-field>militia:wagner:likely"}},
	}
}

// selfNamedWordings: "جماعة تطلق على نفسها اسم X" then a claim.
func selfNamedWordings() []generalCase {
	return []generalCase{
		{name: "a group claims the attack of a month, not the one told last", published: "2021-04-20",
			text: "بثّ مجلس أمن إقليم كوردستان، مساء أمس الاثنين، اعترافات أحد المتهمين بالهجوم الصاروخي الذي استهدف مطار أربيل الدولي مساء الخامس عشر من شباط الماضي.\n\n" +
				"وكان المتهم قد أقر بأن المجموعة نفسها أطلقت ستة صواريخ على قاعدة حرير ليل 30 أيلول 2020.\n\n" +
				"وكانت جماعة غير معروفة سابقاً تطلق على نفسها \"سرايا أولياء الدم\" قد تبنّت هجوم شباط في حينه، وهي تسمية يرى مراقبون أنها واجهة.",
			attacks:   []string{"base:erbil-airbase@2021-02-15", "base:harir@2020-09-30"},
			attribs:   []string{"base:erbil-airbase>militia:saraya-awliya-al-dam:claimed"},
			noAttribs: []string{"base:harir>militia:saraya-awliya-al-dam:claimed"}},
		{name: "a group named twice with a slash, as Turkish officials name it", published: "2024-12-14",
			text:      "وقال المتحدث باسم وزارة الدفاع التركية إن \"إرهابيي ي ب ك/بي كي كي هاجموا الخميس قاعدة زيلكان بطائرة مسيرة\".",
			attacks:   []string{"base:zilkan@2024-12-12"},
			attribs:   []string{"base:zilkan>militia:ypg:asserted"},
			noAttribs: []string{"base:zilkan>militia:pkk:asserted"}},
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
		{name: "an answer at once to an attack told after it, dated a sentence later", published: "2024-12-12",
			text: "أعلنت وزارة الدفاع التركية، الخميس، \"تحييد\" 61 إرهابياً في شمالي سوريا خلال الأسبوع الأخير، مؤكدة أن قواتها ردّت \"بالمثل وفوراً\" على هجوم استهدف قاعدة زيلكان قرب مدينة بعشيقة.\n\n" +
				"وأوضح المتحدث أن \"الإرهابيين هاجموا الأربعاء قاعدة زيلكان بطائرتين مسيّرتين انتحاريتين، جرى إسقاط إحداهما\".",
			attacks: []string{"base:zilkan@2024-12-11"}},
		{name: "jets strike after an attack, headline", published: "2024-06-11",
			text: "مقاتلات تركية تقصف مواقع في جبال قنديل بعد هجوم على قاعدة بامرني\n" +
				"تعرضت قاعدة بامرني التركية مساء أمس لهجوم بطائرة مسيرة.",
			attacks:   []string{"base:bamerni@2024-06-10"},
			noAttribs: []string{"base:bamerni>country:turkey:asserted"}},
		{name: "jets strike hours after the attack on a base", published: "2024-06-11",
			text:      "قصفت طائرات أمريكية فجر اليوم مخازن لكتائب حزب الله في جرف الصخر، بعد ساعات من الهجوم على قاعدة فكتوريا.",
			attacks:   []string{"base:victory@-"},
			noAttribs: []string{"base:victory>country:united-states:asserted"}},
		{name: "jets strike a week after an attack on a base", published: "2024-06-11",
			text:      "قصفت مقاتلات أمريكية مواقع لحركة النجباء في القائم بعد أسبوع على هجوم استهدف قاعدة عين الأسد يوم 2 حزيران.",
			attacks:   []string{"base:ain-al-asad@2024-06-02"},
			noAttribs: []string{"base:ain-al-asad>country:united-states:asserted"}},
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
		{name: "the group's own post goes on: the group struck another base", published: "2024-09-04",
			text: "وتبنت حركة النجباء في منشور على تلغرام هجوماً على قاعدة حرير فجر أمس. " +
				"وأضاف المنشور أن الحركة استهدفت في اليوم نفسه قاعدة عين الأسد برشقة صاروخية.",
			attacks: []string{"base:ain-al-asad@2024-09-03", "base:harir@2024-09-03"},
			attribs: []string{"base:ain-al-asad>militia:nujaba:claimed", "base:harir>militia:nujaba:claimed"}},
		{name: "the strike's sites used by a group, no blame", published: "2023-10-27",
			text: "تعرضت قاعدة عين الأسد لهجوم بطائرة مسيرة أمس. " +
				"وشُنّت فجر اليوم غارات أمريكية على منشأتين في شرق سوريا، قال وزير الدفاع الأمريكي إنهما تُستخدمان من قبل الحرس الثوري الإيراني والجماعات التابعة له.",
			attacks:   []string{"base:ain-al-asad@2023-10-26"},
			noAttribs: []string{"base:ain-al-asad>militia:irgc:asserted", "base:ain-al-asad>militia:iran-backed-militias:asserted"}},
		{name: "control: an attack carried out by a group", published: "2023-10-27",
			text:    "وقال الوزير إن الهجوم على قاعدة عين الأسد أمس نُفّذ من قبل الحرس الثوري الإيراني.",
			attacks: []string{"base:ain-al-asad@2023-10-26"},
			attribs: []string{"base:ain-al-asad>militia:irgc:asserted"}},
		{name: "the group is the one responsible, hedged", published: "2024-09-04",
			text: "سقطت قذيفة على قاعدة الشدادي مساء أمس. " +
				"ورجّح المتحدث باسم التحالف أن تكون كتائب سيد الشهداء هي المسؤولة، من دون أن يقدم أدلة.",
			attacks: []string{"base:shaddadi@2024-09-03"},
			attribs: []string{"base:shaddadi>militia:kataib-sayyid-al-shuhada:likely"}},
		{name: "these forces, after the forces named before", published: "2024-09-04",
			text:    "أعلن التحالف الدولي أنه قتل عشرات من عناصر القوات الموالية للنظام، بعدما هاجمت هذه القوات موقعاً لقسد في حقل العمر مساء أمس.",
			attacks: []string{"base:omar-oil-field@2024-09-03"},
			attribs: []string{"base:omar-oil-field>militia:pro-regime-forces:asserted"}},
		{name: "the leader of those forces denies, not the accuser", published: "2024-09-04",
			text:      "اتهمت قوات سوريا الديمقراطية مسلحين تابعين لـ\"قوات العشائر\" بقصف حقل العمر مساء أمس، في حين نفى قائد تلك القوات أي علاقة لمقاتليه بالهجوم.",
			attacks:   []string{"base:omar-oil-field@2024-09-03"},
			noAttribs: []string{"base:omar-oil-field>militia:sdf:denied"}},
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
			attacks:   []string{"base:kharab-al-jir@2024-09-04"},
			attribs:   []string{"base:kharab-al-jir>country:turkey:attacker"},
			noAttribs: []string{"base:kharab-al-jir>force:turkish-army:attacker"}},
		{name: "a capital named in the denial", published: "2024-09-04",
			text: "قُتل جنديان أمريكيان في هجوم بطائرة مسيرة على قاعدة التنف فجر اليوم. " +
				"ونفى متحدث باسم الخارجية الإيرانية أي علاقة لطهران بالهجوم.",
			attacks: []string{"base:al-tanf@2024-09-04"},
			attribs: []string{"base:al-tanf>country:iran:denied"}},
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

// accuserGroupWordings: "حمّل/اتهم + title + X + Y": X is the accuser's own
// group, Y the accused; a plain list after the verb stays accused.
func accuserGroupWordings() []generalCase {
	return []generalCase{
		{name: "spokesman of a group holds another responsible", published: "2025-08-04",
			text:      "سقطت قذائف صاروخية فجر اليوم داخل قاعدة الشدادي جنوبي الحسكة. وحمّل المتحدث باسم قوات سوريا الديمقراطية الحرس الثوري مسؤولية القصف.",
			attacks:   []string{"base:shaddadi@2025-08-04"},
			attribs:   []string{"base:shaddadi>militia:irgc:asserted"},
			noAttribs: []string{"base:shaddadi>militia:sdf:asserted"}},
		{name: "media office of a group with li- accuses", published: "2025-08-04",
			text:      "استهدفت طائرة مسيّرة مساء أمس قاعدة خراب الجير في ريف رميلان. واتهم مسؤول في المكتب الإعلامي لقوات سوريا الديمقراطية ميليشيات مدعومة من إيران بتنفيذ الهجوم.",
			attacks:   []string{"base:kharab-al-jir@2025-08-03"},
			attribs:   []string{"base:kharab-al-jir>militia:iran-backed-militias:asserted"},
			noAttribs: []string{"base:kharab-al-jir>militia:sdf:asserted"}},
		{name: "the director of a group's media centre, the group quoted after لـ", published: "2025-08-04",
			text:      "سقطت قذائف على قاعدة تل بيدر مساء أمس. واتهم مدير المركز الإعلامي لـ\"قسد\"، فرهاد شامي، في تغريدة، حزب الله بإطلاق القذائف.",
			attacks:   []string{"base:tell-baydar@2025-08-03"},
			noAttribs: []string{"base:tell-baydar>militia:sdf:asserted"}},
		{name: "operations commander of a force blames a group", published: "2025-08-04",
			text:      "تعرّضت قاعدة سبايكر شمال تكريت لهجوم بقذائف الهاون ليلة أمس. وحمّل قائد عمليات الحشد الشعبي في صلاح الدين تنظيم داعش مسؤولية الهجوم.",
			attacks:   []string{"base:speicher@2025-08-03"},
			attribs:   []string{"base:speicher>militia:isis:asserted"},
			noAttribs: []string{"base:speicher>militia:pmf:asserted"}},
		{name: "officials accuse two groups joined by and", published: "2025-08-04",
			text:    "اتهم مسؤولون أمريكيون كتائب حزب الله وحركة النجباء بتنفيذ الهجوم الصاروخي على قاعدة عين الأسد مساء أمس.",
			attacks: []string{"base:ain-al-asad@2025-08-03"},
			attribs: []string{"base:ain-al-asad>militia:kataib-hezbollah:asserted", "base:ain-al-asad>militia:nujaba:asserted"}},
	}
}

// dualSiteWordings: a definite dual of bases after the attack word names
// both attacks told last, not only the latest.
func dualSiteWordings() []generalCase {
	return []generalCase{
		{name: "held responsible for the attack on the two bases", published: "2025-09-16",
			text: "سقطت صواريخ فجر اليوم على قاعدة الشدادي في ريف الحسكة. وفي هجوم منفصل، استهدفت طائرة مسيّرة قاعدة تل بيدر فجر اليوم أيضاً. " +
				"وحمّل مسؤول أمريكي ميليشيات مدعومة من إيران مسؤولية الهجوم على القاعدتين.",
			attacks: []string{"base:shaddadi@2025-09-16", "base:tell-baydar@2025-09-16"},
			attribs: []string{"base:shaddadi>militia:iran-backed-militias:asserted", "base:tell-baydar>militia:iran-backed-militias:asserted"}},
		{name: "likely behind targeting the two bases", published: "2025-09-16",
			text: "تعرّضت قاعدة عين الأسد لقصف صاروخي مساء أمس. وفي هجوم آخر، استهدفت مسيّرة قاعدة حرير مساء أمس. " +
				"وقال مصدر أمني إن كتائب حزب الله تقف على الأرجح وراء استهداف القاعدتين.",
			attacks: []string{"base:ain-al-asad@2025-09-15", "base:harir@2025-09-15"},
			attribs: []string{"base:ain-al-asad>militia:kataib-hezbollah:likely", "base:harir>militia:kataib-hezbollah:likely"}},
	}
}

// asideWordings: a group described in an aside ("X، التي تضم فصائل موالية
// لإيران، أعلنت أنها استهدفت") is the one that claims; the factions of
// the aside are not.
func asideWordings() []generalCase {
	return []generalCase{
		{name: "no one claimed, but a group with an aside announced", published: "2025-09-16",
			text: "استهدفت طائرة مسيّرة فجر اليوم قاعدة الشدادي في ريف الحسكة. " +
				"ولم يتبنَّ أحد الهجوم في البداية، إلا أن «المقاومة الإسلامية في العراق»، التي تضم فصائل مسلحة موالية لإيران، أعلنت لاحقاً أنها استهدفت القاعدة.",
			attacks:   []string{"base:shaddadi@2025-09-16"},
			attribs:   []string{"base:shaddadi>militia:islamic-resistance-in-iraq:claimed"},
			noAttribs: []string{"base:shaddadi>militia:iran-backed-militias:claimed"}},
		{name: "an aside with wa-hiya before the announcement", published: "2025-09-16",
			text: "سقطت صواريخ مساء أمس على قاعدة عين الأسد غرب الأنبار. " +
				"غير أن «كتائب حزب الله»، وهي من أبرز الفصائل المدعومة من إيران، أعلنت أنها قصفت القاعدة.",
			attacks:   []string{"base:ain-al-asad@2025-09-15"},
			attribs:   []string{"base:ain-al-asad>militia:kataib-hezbollah:claimed"},
			noAttribs: []string{"base:ain-al-asad>militia:iran-backed-militias:claimed"}},
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
			attacks: []string{"base:kharab-al-jir@2025-06-01", "base:qasrak@2025-06-01"}},
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
		{name: "the plant named as a base, then shelled around", published: "2018-02-20",
			text: "وعبرت قوة من مقاتلي العشائر نهر الفرات ليلة السابع من شباط، وتقدمت باتجاه معمل غاز كونيكو، حيث يتمركز جنود أمريكيون. " +
				"وقصفت القوة محيط المعمل بالدبابات قبل أن تبدأ محاولة الاقتحام.",
			attacks: []string{"base:conoco-gas-field@2018-02-07"}},
		{name: "control: a plant with no base named", published: "2018-02-20",
			text:    "وقصفت القوات محيط المعمل بالمدفعية مساء أمس.",
			attacks: nil},
		{name: "a convoy struck on the road named after a base", published: "2024-05-01",
			text:    "وسبق لطيران التحالف أن استهدف في الثامن من آذار من العام الماضي رتلاً للجيش السوري على طريق التنف.",
			attacks: nil},
		{name: "a convoy going back towards its base after a stand-off", published: "2024-05-01",
			text:    "وأطلق الجنود الأمريكيون الرصاص باتجاه الأهالي مساء أمس، قبل أن تصل دورية روسية إلى المكان، ليعود الرتل أدراجه باتجاه قاعدة الشدادي.",
			attacks: nil},
		{name: "a force struck in the zone around a base", published: "2024-05-01",
			text:    "وقصفت طائرات التحالف في الرابع من آذار قوة ضمت دبابتين دخلت المنطقة المحظورة حول قاعدة حرير.",
			attacks: nil},
		{name: "control: rockets that fell in the area around a base", published: "2024-05-01",
			text:    "سقطت ثلاثة صواريخ فجر اليوم في المنطقة المحيطة بقاعدة حرير.",
			attacks: []string{"base:harir@2024-05-01"}},
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
		{name: "a force that is not involved", published: "2025-10-20",
			text: "سقطت قذائف على قاعدة التنف مساء أمس. " +
				"وقال مسؤول أمريكي إن الجانب الروسي أكد أن القوات الروسية ليست متورطة في الهجوم.",
			attacks: []string{"base:al-tanf@2025-10-19"},
			attribs: []string{"base:al-tanf>force:russian-forces:denied"}},
		{name: "a group that is not involved", published: "2025-10-20",
			text: "سقطت قذائف على قاعدة حرير مساء أمس. " +
				"وأكد قيادي في الحشد أن كتائب حزب الله غير متورطة في القصف.",
			attacks:   []string{"base:harir@2025-10-19"},
			attribs:   []string{"base:harir>militia:kataib-hezbollah:denied"},
			noAttribs: []string{"base:harir>militia:kataib-hezbollah:asserted"}},
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

// sideAttackWordings: a later singular "الهجوم" is the story's attack, not
// a place named only to correct where it hit, nor a similar attempt told
// after it; "ذلك الهجوم"، "يومها" keep the attack told last.
func sideAttackWordings() []generalCase {
	return []generalCase{
		{name: "a correction of the place, then a claim listing it, then the blame", published: "2025-05-12",
			text: "قُتل جنديان أمريكيان فجر اليوم الاثنين بهجوم بطائرة مسيّرة على قاعدة حرير شمال أربيل. " +
				"وقال مسؤول عراقي إن الهجوم لم يقع في أربيل، بل استهدف قاعدة عين الأسد في الأنبار. " +
				"وبعد ساعات، قالت المقاومة الإسلامية في العراق إنها هاجمت بالمسيّرات قاعدة عين الأسد. " +
				"وقال متحدث عسكري أمريكي إن الهجوم يحمل بصمات كتائب حزب الله. " +
				"ونفت حركة النجباء أي صلة لها بالهجوم.",
			attacks:   []string{"base:ain-al-asad@2025-05-12", "base:harir@2025-05-12"},
			attribs:   []string{"base:harir>militia:kataib-hezbollah:asserted", "base:harir>militia:nujaba:denied"},
			noAttribs: []string{"base:ain-al-asad>militia:kataib-hezbollah:asserted", "base:ain-al-asad>militia:nujaba:denied"}},
		{name: "a correction by a government, a claim on it, then a denial", published: "2025-05-12",
			text: "استهدفت طائرة مسيّرة مفخخة فجر اليوم الاثنين قاعدة التنف قرب الحدود. " +
				"لكن متحدثاً حكومياً قال إن الهجوم لم يطل التنف، وإنما استهدف قاعدة البرج 22 داخل الحدود. " +
				"وأعلنت فصائل عراقية في بيان أنها ضربت قاعدة البرج 22 فجر اليوم. " +
				"ونفت حركة النجباء أي صلة لها بالهجوم.",
			attacks:   []string{"base:al-tanf@2025-05-12", "base:tower-22@-"},
			attribs:   []string{"base:al-tanf>militia:nujaba:denied"},
			noAttribs: []string{"base:tower-22>militia:nujaba:denied"}},
		{name: "control: a distal back reference keeps the older attack", published: "2025-05-12",
			text: "سقطت ثلاثة صواريخ فجر اليوم الاثنين على قاعدة عين الأسد، ولم تتبن أي جهة الهجوم. " +
				"وكانت مسيّرة قد استهدفت مطار أربيل في العاشر من نيسان الماضي. " +
				"وتبنت سرايا أولياء الدم ذلك الهجوم في بيان، بينما نفت كتائب حزب الله يومها أي صلة لها به.",
			attacks: []string{"base:ain-al-asad@2025-05-12", "base:erbil-airbase@2025-04-10"},
			attribs: []string{"base:erbil-airbase>militia:saraya-awliya-al-dam:claimed", "base:erbil-airbase>militia:kataib-hezbollah:denied"}},
		{name: "control: a new attack on another base then its own claim", published: "2025-05-12",
			text: "سقطت ثلاثة صواريخ فجر اليوم الاثنين على قاعدة عين الأسد من دون إصابات. " +
				"وفي سياق متصل، استهدفت طائرة مسيّرة مساء اليوم قاعدة حرير شمال أربيل. " +
				"وتبنت المقاومة الإسلامية في العراق الهجوم في بيان.",
			attacks: []string{"base:ain-al-asad@2025-05-12", "base:harir@2025-05-12"},
			attribs: []string{"base:harir>militia:islamic-resistance-in-iraq:claimed"}},
	}
}

// TestSimilarAttemptKeepsStory checks that a similar attempt told after the
// story's attack, named only where a count places it, takes no denial
// about "القاعدة": the denial stays on the dated story attack.
func TestSimilarAttemptKeepsStory(t *testing.T) {
	x := extract.New(loadLexicon(t))
	tests := []struct {
		name, text string
		day        string // the story attack that must hold the denial
	}{
		{name: "similar attempt and a count, then a denial about the base",
			text: "أعلنت وزارة الدفاع الروسية أن الدفاعات الجوية أسقطت مساء السبت الماضي أربع طائرات مسيّرة كانت متجهة إلى قاعدة حميميم. " +
				"وأضافت الوزارة أن محاولة مماثلة سُجّلت فجر اليوم، مشيرة إلى أن عدد المسيّرات التي أسقطت قرب حميميم منذ بداية الشهر بلغ 12. " +
				"ونفت هيئة تحرير الشام أي علاقة لها بإطلاق مسيّرات نحو القاعدة. " +
				"وكانت القاعدة قد تعرضت في الثالث من الشهر الجاري لهجوم بالمسيّرات.",
			day: "2025-05-10"},
		{name: "attempt like it, then a denial of the attack",
			text: "أسقطت الدفاعات الجوية مساء السبت الماضي ثلاث مسيّرات حاولت استهداف قاعدة حميميم. " +
				"وذكر المتحدث أن هجوماً مشابهاً أحبط فجر اليوم قرب حميميم. " +
				"ونفت هيئة تحرير الشام مسؤوليتها عن الهجوم. " +
				"وكانت القاعدة قد تعرضت في الثالث من الشهر الجاري لهجوم بالمسيّرات.",
			day: "2025-05-10"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := run(t, x, "2025-05-12", tc.text)
			for _, at := range doc.Attacks {
				has := false
				for _, y := range at.Attributions {
					has = has || y.Accused == "militia:hts" && y.Stance == "denied"
				}
				day := "-"
				if at.Date != nil {
					day = *at.Date
				}
				if has != (day == tc.day) {
					t.Errorf("attack on %s@%s: hts denied %v, want it only on %s", at.Target, day, has, tc.day)
				}
			}
		})
	}
}

// baseListWordings: bases listed after a plural or dual base noun with
// qualifiers between, or after a dual attack noun, are each hit; a list
// with no attack word makes no attack.
func baseListWordings() []generalCase {
	return []generalCase{
		{name: "plural noun, qualifier and a colon list of bare names", published: "2025-06-09",
			text: "سقطت صواريخ فجر اليوم الاثنين على قاعدة التنف. " +
				"وقالت المقاومة الإسلامية في العراق إنها ضربت بالمسيّرات فجر اليوم ثلاث قواعد للاحتلال، هي: الشدادي والركبان والتنف.",
			attacks: []string{"base:al-tanf@2025-06-09", "base:shaddadi@-", "base:tower-22@-"},
			attribs: []string{"base:shaddadi>militia:islamic-resistance-in-iraq:claimed", "base:tower-22>militia:islamic-resistance-in-iraq:claimed",
				"base:al-tanf>militia:islamic-resistance-in-iraq:claimed"}},
		{name: "dual noun with the occupier and a place word before the names", published: "2025-06-09",
			text:    "أعلن فصيل مسلح أن مقاتليه استهدفوا فجر اليوم الاثنين قاعدتي العدو الأمريكي في الشدادي وتل بيدر بالصواريخ.",
			attacks: []string{"base:shaddadi@2025-06-09", "base:tell-baydar@2025-06-09"}},
		{name: "dual attack noun in construct with two bases", published: "2025-06-09",
			text: "سقطت صواريخ فجر اليوم الاثنين على قاعدة حرير. وبعد ساعة استهدفت مسيّرة قاعدة عين الأسد. " +
				"وتبنّت المقاومة الإسلامية في العراق هجومَي حرير وعين الأسد في بيانين منفصلين.",
			attacks: []string{"base:ain-al-asad@2025-06-09", "base:harir@2025-06-09"},
			attribs: []string{"base:harir>militia:islamic-resistance-in-iraq:claimed", "base:ain-al-asad>militia:islamic-resistance-in-iraq:claimed"}},
		{name: "control: a charge about past attacks on a plural list names no hit", published: "2025-06-09",
			text: "سقطت قذيفتان فجر اليوم الاثنين قرب قاعدة التنف. " +
				"ويتهم مسؤولون أمريكيون القيادي بتزويد الفصائل بالمسيّرات المستخدمة في الهجمات على قواعد حرير وعين الأسد.",
			attacks: []string{"base:al-tanf@2025-06-09"}},
		{name: "control: a list of bases with no attack word", published: "2025-06-09",
			text:    "وتتوزع القوات الأمريكية في سوريا على قواعد عدة، أهمها العمر وكونيكو والشدادي.",
			attacks: nil},
	}
}

// storyScopeWordings: a plural anaphor ("الاستهدافات"، "الهجمات الأخيرة")
// or an event word under a strong accusation ("وراء التصعيد الأخير") covers
// the attacks of the story, days apart, but not one recalled from weeks
// before; a blame sentence keeps the next one in reach of the attack; a
// count of many attacks in an aside does not drop "العملية".
func storyScopeWordings() []generalCase {
	return []generalCase{
		{name: "plural targetings over two days", published: "2025-07-10",
			text: "استهدفت طائرة مسيّرة قاعدة خراب الجير فجر الثلاثاء 8 تموز. " +
				"وسقطت صواريخ على قاعدة الشدادي مساء أمس الأربعاء. " +
				"ونفت هيئة الحشد الشعبي في بيان أي صلة لألويتها بالاستهدافات.",
			attacks: []string{"base:kharab-al-jir@2025-07-08", "base:shaddadi@2025-07-09"},
			attribs: []string{"base:kharab-al-jir>militia:pmf:denied", "base:shaddadi>militia:pmf:denied"}},
		{name: "escalation under a hint covers both attacks of the day", published: "2025-07-10",
			text: "سقطت صواريخ على قاعدة عين الأسد فجر أمس الأربعاء، فيما استهدفت مسيّرة قاعدة حرير بعد ساعات. " +
				"وأكدت القيادة المركزية عدم وقوع إصابات. " +
				"وألمح قيادي في حركة النجباء إلى أن الحركة تقف خلف التصعيد الأخير.",
			attacks: []string{"base:ain-al-asad@2025-07-09", "base:harir@2025-07-09"},
			attribs: []string{"base:ain-al-asad>militia:nujaba:hinted", "base:harir>militia:nujaba:hinted"}},
		{name: "recent attacks do not reach one recalled from weeks before", published: "2025-07-10",
			text: "استهدفت طائرة مسيّرة قاعدة خراب الجير فجر الثلاثاء 8 تموز. " +
				"وسقطت صواريخ على قاعدة الشدادي مساء أمس الأربعاء. " +
				"وكانت قاعدة التنف قد تعرضت في 12 حزيران الماضي لهجوم بمسيّرتين. " +
				"ويرى الباحث أن بصمات كتائب حزب الله واضحة في الهجمات الأخيرة على القواعد الأمريكية.",
			attacks:   []string{"base:al-tanf@2025-06-12", "base:kharab-al-jir@2025-07-08", "base:shaddadi@2025-07-09"},
			attribs:   []string{"base:kharab-al-jir>militia:kataib-hezbollah:asserted", "base:shaddadi>militia:kataib-hezbollah:asserted"},
			noAttribs: []string{"base:al-tanf>militia:kataib-hezbollah:asserted"}},
		{name: "pointing fingers five sentences on, after other blame", published: "2025-07-10",
			text: "سقطت ثلاثة صواريخ على قاعدة عين الأسد فجر أمس الأربعاء. " +
				"ولم تسفر الصواريخ عن إصابات. " +
				"ورجّح مسؤول أمريكي أن تكون كتائب حزب الله وراء الهجوم. " +
				"ونفت الكتائب في بيان أي صلة لها بما جرى، ووصفت الاتهامات بالباطلة. " +
				"وقال نائب في البرلمان إن التحقيق لم يكتمل بعد. " +
				"ويرى أستاذ العلوم السياسية أن أصابع الاتهام تتجه إلى حركة النجباء.",
			attacks: []string{"base:ain-al-asad@2025-07-09"},
			attribs: []string{"base:ain-al-asad>militia:kataib-hezbollah:likely", "base:ain-al-asad>militia:nujaba:asserted"}},
		{name: "the operation beside a count of many attacks", published: "2025-07-10",
			text: "استهدفت مسيّرة قاعدة عين الأسد فجر أمس الأربعاء. " +
				"وبثت قناة مقربة من الفصائل تلميحاً إلى مسؤولية المقاومة الإسلامية في العراق عن العملية، وهي المظلة التي تبنت أكثر من 150 هجوماً منذ العام الماضي.",
			attacks: []string{"base:ain-al-asad@2025-07-09"},
			attribs: []string{"base:ain-al-asad>militia:islamic-resistance-in-iraq:hinted"}},
		{name: "control: blame for dozens of attacks stays dropped", published: "2025-07-10",
			text: "استهدفت مسيّرة قاعدة عين الأسد فجر أمس الأربعاء. " +
				"وكانت واشنطن قد حمّلت كتائب حزب الله مسؤولية عشرات الهجمات منذ العام الماضي.",
			attacks:   []string{"base:ain-al-asad@2025-07-09"},
			noAttribs: []string{"base:ain-al-asad>militia:kataib-hezbollah:asserted"}},
		{name: "control: an event word with no accusation adds no blame", published: "2025-07-10",
			text: "استهدفت مسيّرة قاعدة عين الأسد فجر أمس الأربعاء. " +
				"وتأتي الحادثة بعد أيام من تهديدات أطلقتها حركة النجباء ضد المصالح الأمريكية.",
			attacks:   []string{"base:ain-al-asad@2025-07-09"},
			noAttribs: []string{"base:ain-al-asad>militia:nujaba:asserted"}},
	}
}

// locatingBaseWordings: a base named only to place another ("قاعدة X
// الملاصقة لمطار Y") is no second target, nor what "المطار" refers to in
// "طريق المطار"; two bases joined by "و" stay two targets.
func locatingBaseWordings() []generalCase {
	return []generalCase{
		{name: "base beside an airport, then the road of the airport", published: "2025-08-14",
			text: "أفاد مصدر أمني بأن الدفاعات الجوية أسقطت فجر الخميس مسيّرتين كانتا تحاولان بلوغ قاعدة فكتوريا الملاصقة لمطار بغداد الدولي، من دون أضرار. " +
				"وقال المصدر: «نرجح أن إحدى المجموعات المسلحة القريبة من طريق المطار أطلقت المسيّرتين».",
			attacks: []string{"base:victory@2025-08-14"}},
		{name: "control: base next to an airport", published: "2025-08-14",
			text:    "أسقطت الدفاعات فجر اليوم الخميس مسيّرة كانت تقترب من قاعدة حرير المجاورة لمطار أربيل الدولي.",
			attacks: []string{"base:harir@2025-08-14"}},
		{name: "control: two bases joined by wa stay two targets", published: "2025-08-14",
			text:    "استهدفت مسيّرتان فجر اليوم الخميس قاعدة عين الأسد وقاعدة حرير.",
			attacks: []string{"base:ain-al-asad@2025-08-14", "base:harir@2025-08-14"}},
	}
}

// bracketNameWordings: a base's short name in brackets after its quoted
// name ends no clause: the date after it is the attack's.
func bracketNameWordings() []generalCase {
	return []generalCase{
		{name: "quoted name, Latin name in brackets, then the date", published: "2025-10-02",
			text:    "ويذكّر القصف بأحداث نهاية العام الماضي، حين تعرضت قاعدة «كي وان» (K1) العسكرية في محافظة كركوك في 29 كانون الأول لقصف بعشرات الصواريخ.",
			attacks: []string{"base:k1@2024-12-29"}},
		{name: "bracketed name before an attack noun and the date", published: "2025-10-02",
			text:    "تعرضت قاعدة «كي وان» (K1) في كركوك، في 14 أيلول الماضي، لهجوم بثلاث قذائف.",
			attacks: []string{"base:k1@2025-09-14"}},
	}
}

// pronounBlameWordings: "حمّلتها واشنطن المسؤولية" blames the group the
// pronoun points back to, never Washington; "أن تكون لإيران أي علاقة"
// under a denial verb is Iran's denial; "الهجوم" after a claim listing
// several bases is the story's attack.
func pronounBlameWordings() []generalCase {
	return []generalCase{
		{name: "held responsible by an object pronoun", published: "2025-11-20",
			text:      "سقطت صواريخ على قاعدة حرير فجر الاثنين 17 تشرين الثاني، وبعد يومين ضربت القوات الأمريكية مستودعات لعصائب أهل الحق بعدما حمّلتها واشنطن المسؤولية عن الهجوم على القاعدة.",
			attacks:   []string{"base:harir@2025-11-17"},
			attribs:   []string{"base:harir>militia:asaib-ahl-al-haq:asserted"},
			noAttribs: []string{"base:harir>country:united-states:asserted"}},
		{name: "held responsible, present tense pronoun", published: "2025-11-20",
			text:      "استهدفت مسيّرة قاعدة عين الأسد فجر أمس الأربعاء. وقصفت الطائرات الأمريكية مقرات لكتائب حزب الله التي تحمّلها واشنطن مسؤولية الهجوم.",
			attacks:   []string{"base:ain-al-asad@2025-11-19"},
			attribs:   []string{"base:ain-al-asad>militia:kataib-hezbollah:asserted"},
			noAttribs: []string{"base:ain-al-asad>country:united-states:asserted"}},
		{name: "state denial: that Iran has any link", published: "2025-11-20",
			text: "قُتل جندي أمريكي بهجوم بطائرة مسيّرة على قاعدة التنف فجر أمس الأربعاء. " +
				"ونفى المتحدث باسم الخارجية الإيرانية أن تكون لإيران أي علاقة بالهجوم.",
			attacks: []string{"base:al-tanf@2025-11-19"},
			attribs: []string{"base:al-tanf>country:iran:denied"}},
		{name: "a claim listing three bases, then a denial of the attack", published: "2025-11-20",
			text: "قُتل جنديان أمريكيان بهجوم بمسيّرة على قاعدة البرج 22 فجر أمس الأربعاء. " +
				"وقال مسؤول أمريكي إن المسيّرة انطلقت من العراق. " +
				"وتبنّت المقاومة الإسلامية في العراق هجمات فجر أمس على ثلاث قواعد، هي الشدادي والتنف وقاعدة عين الأسد. " +
				"ونفى المتحدث باسم الخارجية الإيرانية أن تكون لإيران أي علاقة بالهجوم.",
			attacks:   []string{"base:ain-al-asad@2025-11-19", "base:al-tanf@2025-11-19", "base:shaddadi@2025-11-19", "base:tower-22@2025-11-19"},
			attribs:   []string{"base:tower-22>country:iran:denied"},
			noAttribs: []string{"base:al-tanf>country:iran:denied", "base:ain-al-asad>country:iran:denied"}},
		{name: "control: a claim of one attack stays claimed", published: "2025-11-20",
			text:    "استهدفت مسيّرة قاعدة حرير فجر أمس الأربعاء. وأعلنت كتائب حزب الله مسؤوليتها عن الهجوم.",
			attacks: []string{"base:harir@2025-11-19"},
			attribs: []string{"base:harir>militia:kataib-hezbollah:claimed"}},
		{name: "control: Washington accuses by name", published: "2025-11-20",
			text:    "استهدفت مسيّرة قاعدة حرير فجر أمس الأربعاء. وحمّلت واشنطن كتائب حزب الله المسؤولية عن الهجوم.",
			attacks: []string{"base:harir@2025-11-19"},
			attribs: []string{"base:harir>militia:kataib-hezbollah:asserted"}},
	}
}

// struckObjectWordings: a group or state named as what a strike hits is no
// accused: the object of "لضرب"، of "أن تطال الضربات"، or a state's
// shipment that was "هدف الغارة".
func struckObjectWordings() []generalCase {
	return []generalCase{
		{name: "a pretext to strike a group", published: "2025-12-03",
			text: "سقطت ثلاثة صواريخ على قاعدة عين الأسد فجر أمس الثلاثاء. " +
				"ونفى متحدث باسم كتائب حزب الله أي صلة لفصيله بالهجوم، وقال إن واشنطن تختلق الذرائع لضرب الحشد الشعبي.",
			attacks:   []string{"base:ain-al-asad@2025-12-02"},
			noAttribs: []string{"base:ain-al-asad>militia:pmf:denied"}},
		{name: "strikes expected to reach a force's commanders", published: "2025-12-03",
			text: "قُتل جندي أمريكي بهجوم بمسيّرة على قاعدة التنف فجر أمس الثلاثاء. " +
				"ورجّح باحث أمريكي أن تطاول الضربات الانتقامية قادة في الحرس الثوري الإيراني داخل سوريا.",
			attacks:   []string{"base:al-tanf@2025-12-02"},
			noAttribs: []string{"base:al-tanf>militia:irgc:likely"}},
		{name: "a state's shipment as the target of the raid", published: "2025-12-03",
			text: "استهدفت غارات إسرائيلية مطار التيفور العسكري فجر أمس الثلاثاء. " +
				"ورجّح المرصد أن تكون شحنة صواريخ إيرانية وصلت مساء الاثنين هي الهدف الرئيسي للغارات.",
			attacks:   []string{"base:t4@2025-12-02"},
			attribs:   []string{"base:t4>country:israel:attacker"},
			noAttribs: []string{"base:t4>country:iran:likely"}},
		{name: "control: hedged planes keep the state", published: "2025-12-03",
			text: "استهدفت غارات مطار التيفور العسكري فجر أمس الثلاثاء. " +
				"ورجّح المرصد أن تكون الطائرات إسرائيلية.",
			attacks: []string{"base:t4@2025-12-02"},
			attribs: []string{"base:t4>country:israel:likely"}},
		{name: "control: a force that fires at the base stays the attacker", published: "2025-12-03",
			text:    "أطلق الحرس الثوري صواريخ باليستية على قاعدة حرير فجر أمس الثلاثاء.",
			attacks: []string{"base:harir@2025-12-02"},
			attribs: []string{"base:harir>militia:irgc:attacker"}},
	}
}

// defenderStrikeWordings: the defender's answer to an attack told before
// names that attack, it tells no new one; a state's strikes named only as
// a time ("عشية الضربات الأمريكية") strike no base.
func defenderStrikeWordings() []generalCase {
	return []generalCase{
		{name: "the answer to an attack told before, dated by the answer", published: "2025-12-20",
			text: "أصيب جنود أمريكيون بهجوم صاروخي على قاعدة عين الأسد يوم السبت 13 كانون الأول. " +
				"وردّت القوات الأمريكية على هجوم عين الأسد، الثلاثاء الماضي، بغارات على مواقع لكتائب حزب الله.",
			attacks: []string{"base:ain-al-asad@2025-12-13"}},
		{name: "in answer to the attack on the base", published: "2025-12-20",
			text: "سقطت صواريخ على قاعدة حرير مساء الأحد 14 كانون الأول. " +
				"وشنت الطائرات الأمريكية يوم الأربعاء الماضي غارات رداً على الهجوم على قاعدة حرير.",
			attacks: []string{"base:harir@2025-12-14"}},
		{name: "attacks went on until the eve of a state's strikes", published: "2025-12-20",
			text:      "ولم تتوقف الهجمات حتى عشية الضربات الأمريكية، إذ تعرض حقل كونيكو أمس الجمعة لقصف بثلاثة صواريخ.",
			attacks:   []string{"base:conoco-gas-field@2025-12-19"},
			noAttribs: []string{"base:conoco-gas-field>country:united-states:asserted", "base:conoco-gas-field>country:united-states:attacker"}},
		{name: "control: an attack in answer to raids is a new attack", published: "2025-12-20",
			text:    "شنّت فصائل مسلحة فجر اليوم السبت هجوماً على قاعدة التنف رداً على الغارات الأمريكية.",
			attacks: []string{"base:al-tanf@2025-12-20"}},
	}
}

// otherChargeWordings: the second of two states that accuse is an accuser
// too; an indefinite "فصيل" that names itself is a new group, not the one
// named before.
func otherChargeWordings() []generalCase {
	return []generalCase{
		{name: "control: two capitals accuse the factions of another charge", published: "2026-01-12",
			text: "أسقطت الدفاعات الروسية مسيّرتين قرب قاعدة حميميم فجر أمس الأحد. " +
				"ويأتي التصعيد بعد فشل الهدنة، إذ اتهمت دمشق وموسكو الفصائل بعدم الالتزام بسحب السلاح الثقيل من المنطقة العازلة المتفق عليها بين روسيا وتركيا.",
			attacks:   []string{"base:hmeimim@2026-01-11"},
			noAttribs: []string{"base:hmeimim>country:russia:asserted"}},
		{name: "an unknown faction naming itself is no group named before", published: "2026-01-12",
			text: "قصفت طائرات تركية مقرات للحشد الشعبي في سنجار صباح أمس الأحد. " +
				"وفي المقابل، تبنى فصيل عراقي غير معروف يطلق على نفسه اسم «سرايا الفجر الجديد» هجوماً صاروخياً على قاعدة زيلكان فجر أمس.",
			attacks:   []string{"base:zilkan@2026-01-11"},
			noAttribs: []string{"base:zilkan>militia:pmf:claimed"}},
		{name: "a denial about a shell that hit a patrol", published: "2026-01-12",
			text: "سقطت صواريخ على قاعدة زيلكان فجر أمس الأحد من دون إصابات. " +
				"وجاء ذلك بعد مقتل جندي تركي بقذيفة استهدفت دورية عسكرية قرب الحدود، وهو ما نفت قوات سوريا الديمقراطية أي صلة لها به.",
			attacks:   []string{"base:zilkan@2026-01-11"},
			noAttribs: []string{"base:zilkan>militia:sdf:denied"}},
		{name: "control: a definite faction points back", published: "2026-01-12",
			text: "سقطت صواريخ على قاعدة عين الأسد فجر أمس الأحد. وقال مسؤول إن كتائب حزب الله تقف وراء القصف. " +
				"وتبنّى الفصيل الهجوم في بيان لاحق.",
			attacks: []string{"base:ain-al-asad@2026-01-11"},
			attribs: []string{"base:ain-al-asad>militia:kataib-hezbollah:claimed"}},
		{name: "control: a name that starts with wa is accused", published: "2026-01-12",
			text:    "تعرضت قاعدة الكرمة التركية لقصف صاروخي مساء أمس الأحد. واتهمت أنقرة وحدات حماية الشعب بالوقوف وراء الهجوم.",
			attacks: []string{"base:قاعده-كرمه@2026-01-11"},
			attribs: []string{"base:قاعده-كرمه>militia:ypg:asserted"}},
	}
}

// semicolonWordings: a sentence cut at "؛" that goes on with "إذ تعرضت"
// and no subject tells of the base before the cut, with its own date.
func semicolonWordings() []generalCase {
	return []generalCase{
		{name: "not the first time; it was hit in March", published: "2026-05-18",
			text: "سقطت ثلاثة صواريخ على قاعدة حرير فجر أمس الأحد من دون إصابات. " +
				"وقال مسؤول كردي إن التحقيق جار. " +
				"ولم تكن هذه أول مرة تُقصف فيها القاعدة؛ إذ تعرضت في 9 آذار الماضي لهجوم بمسيّرتين، رجّح مسؤولون أن تكون فصائل موالية لإيران وراءه.",
			attacks: []string{"base:harir@2026-03-09", "base:harir@2026-05-17"},
			attribs: []string{"base:harir>militia:iran-backed-militias:likely"}},
		{name: "control: a subject after the cut", published: "2026-05-18",
			text: "سقطت ثلاثة صواريخ على قاعدة حرير فجر أمس الأحد من دون إصابات. " +
				"وتوترت الأوضاع في المنطقة؛ إذ تعرضت القوات العراقية لقصف قرب الحدود في 2 أيار الجاري.",
			attacks: []string{"base:harir@2026-05-17"}},
	}
}

// threatAfterWordings: a threat told after the attack, in a clause of its
// own, leaves the attack told; a threat before the attack word, or in its
// clause, still makes no attack. A dual base noun reads an air base by its
// airfield's name.
func threatAfterWordings() []generalCase {
	return []generalCase{
		{name: "the factions will go back to striking the bases", published: "2024-01-31",
			text:    "ويرى الباحث أن الفصائل ستعود إلى استهداف القواعد في عين الأسد وحرير.",
			attacks: []string{}},
		{name: "a group will resume its attacks on a base", published: "2024-01-31",
			text:    "وقال قيادي في الحركة إن فصائل المقاومة ستعاود قصف قاعدة التنف.",
			attacks: []string{}},
		{name: "claim of two bases, then a vow of more", published: "2026-02-09",
			text: "سقطت صواريخ على قاعدة الشدادي فجر أمس الأحد. وأعلن فصيل عراقي فجر اليوم أن مقاتليه قصفوا قاعدة خراب الجير. " +
				"وقالت المقاومة الإسلامية في العراق إن مقاتليها استهدفوا قاعدتي الاحتلال في الشدادي وخراب الجير بالصواريخ، متوعدة بمزيد من العمليات.",
			attacks: []string{"base:kharab-al-jir@2026-02-09", "base:shaddadi@2026-02-08"},
			attribs: []string{"base:shaddadi>militia:islamic-resistance-in-iraq:claimed", "base:kharab-al-jir>militia:islamic-resistance-in-iraq:claimed"}},
		{name: "a statement that it hit two air bases, then a warning", published: "2026-02-09",
			text:    "وأعلنت المقاومة الإسلامية في العراق أنها هاجمت فجر اليوم الاثنين قاعدتي التيفور وحماة الجويتين، فيما هددت بمزيد من العمليات.",
			attacks: []string{"base:hama-airbase@2026-02-09", "base:t4@2026-02-09"},
			attribs: []string{"base:hama-airbase>militia:islamic-resistance-in-iraq:claimed", "base:t4>militia:islamic-resistance-in-iraq:claimed"}},
		{name: "a dual list with each name placed and quoted", published: "2026-02-09",
			text:    "وأعلنت المقاومة الإسلامية في العراق، فجر اليوم الاثنين، استهداف قاعدتي \"الشدادي\" في ريف الحسكة و\"حرير\" في أربيل بطائرات مسيرة.",
			attacks: []string{"base:harir@2026-02-09", "base:shaddadi@2026-02-09"},
			attribs: []string{"base:harir>militia:islamic-resistance-in-iraq:claimed", "base:shaddadi>militia:islamic-resistance-in-iraq:claimed"}},
		{name: "a base where forces are stationed, then an aggression on towns", published: "2026-02-09",
			text:    "وتنتشر القوات الروسية في مطار القامشلي منذ عام 2019، إثر العدوان التركي على رأس العين وتل أبيض.",
			attacks: []string{}},
		{name: "control: the base where forces are stationed is attacked in its clause", published: "2026-02-09",
			text:    "وتنتشر القوات الروسية في مطار القامشلي الذي تعرض مساء أمس لهجوم بطائرة مسيرة.",
			attacks: []string{"base:qamishli-airport@2026-02-08"}},
		{name: "control: a threat to attack the base is no attack", published: "2026-02-09",
			text:    "توعدت جماعة مسلحة باستهداف قاعدة عين الأسد إذا لم تنسحب القوات الأمريكية.",
			attacks: nil},
		{name: "a dual attack noun with على before two bare base names", published: "2026-02-09",
			text:    "وأوضح ضابط في الجيش أن الهجومين على حرير والشدادي وقعا مساء أمس.",
			attacks: []string{"base:harir@2026-02-08", "base:shaddadi@2026-02-08"}},
		{name: "control: towns after a dual noun are no airfields", published: "2026-02-09",
			text:    "هجومان على قاعدتين للتحالف في دير الزور والحسكة.",
			attacks: nil},
	}
}

// chargedWordings: "حمّل X مسؤوليته لـY" asserts Y, it is no claim of Y's;
// "أعلنت Y مسؤوليتها" still claims.
func chargedWordings() []generalCase {
	return []generalCase{
		{name: "Washington charged the group with it", published: "2025-03-16",
			text: "سقطت ثلاثة صواريخ على قاعدة التاجي فجر اليوم الأحد. " +
				"وكان المعسكر قد استُهدف الأربعاء الماضي بصواريخ، وهو الهجوم الذي حمّلت واشنطن مسؤوليته لكتائب حزب الله.",
			attacks:   []string{"base:taji@2025-03-12", "base:taji@2025-03-16"},
			attribs:   []string{"base:taji>militia:kataib-hezbollah:asserted"},
			noAttribs: []string{"base:taji>militia:kataib-hezbollah:claimed"}},
		{name: "control: the group announced its responsibility", published: "2025-03-16",
			text:    "سقطت ثلاثة صواريخ على قاعدة التاجي فجر اليوم الأحد. وأعلنت عصائب أهل الحق مسؤوليتها عن الهجوم.",
			attacks: []string{"base:taji@2025-03-16"},
			attribs: []string{"base:taji>militia:asaib-ahl-al-haq:claimed"}},
	}
}

// behindStateWordings: "أن تكون إسرائيل وراء الضربة" accuses the state
// under the hedge, as "وراء" does for a group; a state that only locates
// the group behind it is no accused.
func behindStateWordings() []generalCase {
	return []generalCase{
		{name: "not ruled out behind the strike", published: "2025-03-11",
			text: "قتل جندي في انفجار هز قاعدة التاجي مساء أمس الاثنين. " +
				"ولم تعلن أي جهة مسؤوليتها، غير أن مسؤولاً عراقياً لم يستبعد أن تكون إسرائيل وراء الهجوم.",
			attacks: []string{"base:taji@2025-03-10"},
			attribs: []string{"base:taji>country:israel:hinted"}},
		{name: "likely behind the strike", published: "2025-03-11",
			text:    "قتل جندي في انفجار هز قاعدة التاجي مساء أمس الاثنين. ورجح مسؤول عراقي أن تكون إسرائيل وراء الضربة.",
			attacks: []string{"base:taji@2025-03-10"},
			attribs: []string{"base:taji>country:israel:likely"}},
		{name: "widely believed to stand behind the targeting", published: "2025-03-11",
			text:    "قتل جندي في هجوم على قاعدة التاجي مساء أمس الاثنين. ويعتقد على نطاق واسع أن إسرائيل تقف وراء الاستهداف.",
			attacks: []string{"base:taji@2025-03-10"},
			attribs: []string{"base:taji>country:israel:suspected"}},
		{name: "Washington stands behind it", published: "2025-06-02",
			text:    "سقطت صواريخ على قاعدة حرير فجر اليوم الاثنين. واتهم قيادي في فصيل محلي واشنطن بأنها تقف خلف القصف.",
			attacks: []string{"base:harir@2025-06-02"},
			attribs: []string{"base:harir>country:united-states:asserted"}},
		{name: "control: a state that only locates the group behind it", published: "2025-06-02",
			text: "سقطت صواريخ على قاعدة حرير فجر اليوم الاثنين. " +
				"وقالت الوزارة إن \"عناصر حزب العمال الكردستاني وأذرعه في العراق\" تقف وراء الهجوم.",
			attacks:   []string{"base:harir@2025-06-02"},
			noAttribs: []string{"base:harir>country:iraq:asserted", "base:harir>country:iraq:hinted"}},
	}
}

// forceDenialWordings: a force or coalition that denies any link with the
// attack is an accused with stance denied, as a state or group is.
func forceDenialWordings() []generalCase {
	return []generalCase{
		{name: "the coalition denies any link", published: "2025-03-11",
			text:    "سقطت صواريخ على قاعدة التاجي مساء أمس الاثنين. من جهته، نفى التحالف الدولي أي علاقة له بالقصف.",
			attacks: []string{"base:taji@2025-03-10"},
			attribs: []string{"base:taji>force:international-coalition:denied"}},
		{name: "US forces deny any tie", published: "2025-03-11",
			text:    "سقطت صواريخ على قاعدة التاجي مساء أمس الاثنين. ونفت القوات الأمريكية أي صلة لها بالهجوم.",
			attacks: []string{"base:taji@2025-03-10"},
			attribs: []string{"base:taji>force:us-forces:denied"}},
		{name: "control: the coalition only reports the attack", published: "2025-03-11",
			text:      "سقطت صواريخ على قاعدة التاجي مساء أمس الاثنين. وقال التحالف الدولي إن الهجوم لم يوقع إصابات.",
			attacks:   []string{"base:taji@2025-03-10"},
			noAttribs: []string{"base:taji>force:international-coalition:denied", "base:taji>force:international-coalition:asserted"}},
	}
}

// pastStateAttackWordings: "منذ الهجوم الإيراني" dates the story from
// another attack; it accuses no one of the base's attack.
func pastStateAttackWordings() []generalCase {
	return []generalCase{
		{name: "tension since the state's attack", published: "2025-04-21",
			text: "دمر انفجار مخزناً في قاعدة بلد الجوية فجر اليوم الاثنين. " +
				"ويأتي الانفجار وسط توتر متصاعد في المنطقة منذ الهجوم الإيراني بالصواريخ مطلع الشهر.",
			attacks:   []string{"base:balad@2025-04-21"},
			noAttribs: []string{"base:balad>country:iran:asserted"}},
		{name: "control: the state's attack on the base itself", published: "2025-04-21",
			text:    "قالت وزارة الدفاع إن الهجوم الإيراني على قاعدة بلد الجوية فجر اليوم الاثنين لم يسفر عن إصابات.",
			attacks: []string{"base:balad@2025-04-21"},
			attribs: []string{"base:balad>country:iran:asserted"}},
	}
}

// contractorWordings: the state of a contractor killed in the attack is
// its victim, never its author, even when a later sentence speaks of that
// state's own strikes.
func contractorWordings() []generalCase {
	return []generalCase{
		{name: "a civil contractor killed, then the state's raids", published: "2025-05-05",
			text: "اتهمت واشنطن كتائب حزب الله بالوقوف وراء الهجوم الصاروخي على قاعدة K1 يوم الجمعة الماضي، الذي أدى إلى مقتل متعاقد مدني أمريكي. " +
				"ويرى محللون أن الهجوم الأمريكي يمثل تصعيداً خطيراً.",
			attacks:   []string{"base:k1@2025-05-02"},
			attribs:   []string{"base:k1>militia:kataib-hezbollah:asserted"},
			noAttribs: []string{"base:k1>country:united-states:asserted"}},
		{name: "contractors wounded", published: "2025-05-05",
			text: "أصيب ثلاثة متعاقدين أمريكيين في هجوم بطائرة مسيرة على قاعدة عين الأسد فجر اليوم الاثنين. " +
				"وقال محللون إن الهجوم الأمريكي المتوقع سيكون واسعاً.",
			attacks:   []string{"base:ain-al-asad@2025-05-05"},
			noAttribs: []string{"base:ain-al-asad>country:united-states:asserted"}},
	}
}

// accusativeAttackWordings: the indefinite accusative "عدواناً" is an
// attack noun like "عدوان", so its state adjective names the attacker.
func accusativeAttackWordings() []generalCase {
	return []generalCase{
		{name: "an aggression struck, with the day set off", published: "2025-02-13",
			text:    "قال الجيش إن عدواناً إسرائيلياً استهدف، مساء أمس الأربعاء، مطار حماة العسكري.",
			attacks: []string{"base:hama-airbase@2025-02-12"},
			attribs: []string{"base:hama-airbase>country:israel:asserted"}},
		{name: "another aggression told after the story's", published: "2025-03-13",
			text: "تصدت الدفاعات الجوية فجر اليوم الخميس لعدوان جوي إسرائيلي استهدف مطار التيفور العسكري في ريف حمص. " +
				"وكان مصدر عسكري أعلن أن عدواناً إسرائيلياً آخر استهدف، مساء أمس الأربعاء، مطار حماة العسكري، ما أدى إلى إصابة جنديين.",
			attacks: []string{"base:hama-airbase@2025-03-12", "base:t4@2025-03-13"},
			attribs: []string{"base:hama-airbase>country:israel:asserted", "base:t4>country:israel:asserted"}},
		{name: "control: the nominative raid", published: "2025-01-16",
			text:    "قال الجيش إن غارة إسرائيلية استهدفت، مساء أمس الأربعاء، مطار حماة العسكري.",
			attacks: []string{"base:hama-airbase@2025-01-15"},
			attribs: []string{"base:hama-airbase>country:israel:asserted"}},
	}
}

// negatedStrikeWordings: "X لم تنفذ/تشن/تستهدف" said of the attack denies
// X's part in it.
func negatedStrikeWordings() []generalCase {
	return []generalCase{
		{name: "a command says its state carried out no strikes", published: "2025-03-15",
			text: "دمر انفجار مخزناً في قاعدة بلد الجوية فجر اليوم السبت. " +
				"وسارعت القيادة المركزية الأمريكية إلى النفي، وقالت إن الولايات المتحدة لم تنفذ ضربات جوية في العراق اليوم.",
			attacks: []string{"base:balad@2025-03-15"},
			attribs: []string{"base:balad>country:united-states:denied"}},
		{name: "a state launched no attack", published: "2025-03-08",
			text:    "سقطت صواريخ على قاعدة بلد الجوية فجر اليوم السبت. وقال مصدر في الحرس الثوري إن إيران لم تشن أي هجوم على القاعدة.",
			attacks: []string{"base:balad@2025-03-08"},
			attribs: []string{"base:balad>country:iran:denied"}},
		{name: "a group did not target the base", published: "2025-03-01",
			text:    "سقطت صواريخ على قاعدة بلد الجوية فجر اليوم السبت. وقال بيان إن كتائب حزب الله لم تستهدف القاعدة.",
			attacks: []string{"base:balad@2025-03-01"},
			attribs: []string{"base:balad>militia:kataib-hezbollah:denied"}},
		{name: "control: the group carried it out", published: "2025-03-01",
			text:      "سقطت صواريخ على قاعدة بلد الجوية فجر اليوم السبت. وقال بيان إن كتائب حزب الله نفذت الهجوم.",
			attacks:   []string{"base:balad@2025-03-01"},
			noAttribs: []string{"base:balad>militia:kataib-hezbollah:denied"}},
	}
}

// previouslyStruckWordings: "سبق أن استهدف مطار X" tells one attack on X
// even in a sentence about a series of raids; a habit word keeps it many.
func previouslyStruckWordings() []generalCase {
	const lead = "استهدفت غارة إسرائيلية مطار التيفور العسكري فجر اليوم الخميس. "
	return []generalCase{
		{name: "a series, where it had struck an airfield", published: "2025-03-13",
			text:    lead + "وتأتي الغارة ضمن سلسلة غارات صعدتها إسرائيل منذ بدء الحرب، حيث سبق أن استهدفت مطار حماة العسكري مطلع الشهر الجاري.",
			attacks: []string{"base:hama-airbase@-", "base:t4@2025-03-13"}},
		{name: "a series, as the state had struck an airfield", published: "2025-01-16",
			text:    lead + "وتأتي الغارة ضمن سلسلة غارات، إذ سبق أن استهدفت إسرائيل مطار حماة العسكري مطلع الشهر الجاري.",
			attacks: []string{"base:hama-airbase@-", "base:t4@2025-01-16"}},
		{name: "a masculine verb in a series of aggressions", published: "2025-01-16",
			text:    lead + "ويأتي هذا العدوان ضمن سلسلة اعتداءات صعدها جيش الاحتلال، حيث سبق أن استهدف مطار حماة العسكري مطلع الشهر الجاري.",
			attacks: []string{"base:hama-airbase@-", "base:t4@2025-01-16"}},
		{name: "control: it had struck the airfield many times", published: "2025-01-16",
			text:    lead + "وتأتي الغارة ضمن سلسلة غارات، إذ سبق أن استهدفت إسرائيل مطار حماة العسكري مرات عدة.",
			attacks: []string{"base:t4@2025-01-16"}},
	}
}

// pointedAtWordings: "في إشارة إلى X" and "في إشارة فُهم منها أن المقصود
// هو X" hint at X; a state named further on in what is pointed at is none.
func pointedAtWordings() []generalCase {
	const lead = "أسقطت الدفاعات الجوية طائرات مسيرة استهدفت قاعدة حميميم فجر اليوم السبت. "
	return []generalCase{
		{name: "only an advanced state's army has them", published: "2025-03-15",
			text:    lead + "وقالت الوزارة إن الطائرات المستخدمة في الهجوم لا يملكها إلا جيش دولة متقدمة، في إشارة إلى الولايات المتحدة.",
			attacks: []string{"base:hmeimim@2025-03-15"},
			attribs: []string{"base:hmeimim>country:united-states:hinted"}},
		{name: "what was understood to be meant", published: "2025-02-15",
			text:    lead + "ولم تسم الوزارة منفذي الهجوم، غير أنها ألمحت إلى دعم خارجي، في إشارة فهم منها أن المقصود هو الولايات المتحدة.",
			attacks: []string{"base:hmeimim@2025-02-15"},
			attribs: []string{"base:hmeimim>country:united-states:hinted"}},
		{name: "a clear pointer to a state", published: "2025-01-18",
			text:    lead + "وألمحت الوزارة إلى أن دولة كبرى تقف وراء الهجوم، في إشارة واضحة إلى إسرائيل.",
			attacks: []string{"base:hmeimim@2025-01-18"},
			attribs: []string{"base:hmeimim>country:israel:hinted"}},
		{name: "control: the state is inside what is pointed at", published: "2025-01-18",
			text:      lead + "وقال الوزير إن بلاده لن تسمح بتكرار الهجوم، في إشارة إلى الاتفاق مع إيران.",
			attacks:   []string{"base:hmeimim@2025-01-18"},
			noAttribs: []string{"base:hmeimim>country:iran:hinted"}},
	}
}

// generalAttackWordings: bases named only after "الهجمات على", with no
// date and no claim, are attacks in general, unless the article told one.
func generalAttackWordings() []generalCase {
	return []generalCase{
		{name: "the wide answer the attacks on two bases draw", published: "2024-02-05",
			text:    "ويرى مراقبون أن استهداف الحقول الصغيرة بات أسلوباً مفضلاً لدى الفصائل، من دون أن يستدعي رداً واسعاً كالذي تثيره الهجمات على قاعدتي العمر والتنف.",
			attacks: []string{}},
		{name: "drones used in the attacks on three bases", published: "2024-02-05",
			text:    "ويتهمه مسؤولون بتزويد الفصائل بالمسيرات المستخدمة في الهجمات على قواعد عين الأسد وحرير والتنف.",
			attacks: []string{}},
		{name: "control: the attacks on the base told before", published: "2024-02-05",
			text:    "سقطت ثلاثة صواريخ مساء أمس على قاعدة التنف. ويرى مراقبون أن الهجمات على قاعدة التنف تهدف إلى الضغط على واشنطن.",
			attacks: []string{"base:al-tanf@2024-02-04"}},
		{name: "control: the attacks on two bases, dated", published: "2024-02-05",
			text:    "ويرى مراقبون أن الهجمات على قاعدتي العمر والتنف مساء أمس جاءت رداً على الضربات الأمريكية.",
			attacks: []string{"base:al-tanf@2024-02-04", "base:omar-oil-field@2024-02-04"}},
	}
}

// civilianSiteWordings: shells that fell on homes, a building or a quarter
// "near" a base hit those; the base only locates them. Shells that fell
// near the base with nothing else named still aim at it.
func civilianSiteWordings() []generalCase {
	return []generalCase{
		{name: "missiles on homes in a quarter near the airport", published: "2024-01-16",
			text:    "وسقطت بعض الصواريخ فجر اليوم على منازل في حي راقٍ قرب مطار أربيل الدولي.",
			attacks: []string{}},
		{name: "a rocket on a residential building near the base", published: "2024-01-16",
			text:    "سقط صاروخ فجر اليوم على مبنى سكني قرب قاعدة عين الأسد الجوية.",
			attacks: []string{}},
		{name: "a shell on a farm close to the airport", published: "2024-01-16",
			text:    "وسقطت قذيفة هاون مساء أمس على مزرعة بالقرب من مطار بغداد الدولي.",
			attacks: []string{}},
		{name: "control: rockets near the base, nothing else hit", published: "2024-01-16",
			text:    "سقطت ثلاثة صواريخ فجر اليوم قرب قاعدة عين الأسد الجوية.",
			attacks: []string{"base:ain-al-asad@2024-01-16"}},
		{name: "control: a drone downed near the base", published: "2024-01-16",
			text:    "أعلن التحالف إسقاط طائرة مسيرة فجر اليوم قرب قاعدة حرير.",
			attacks: []string{"base:harir@2024-01-16"}},
		{name: "missiles on a building not far from the airport", published: "2024-01-16",
			text:    "أطلقت مقاتلات أربعة صواريخ فجر اليوم على المبنى الواقع على الطريق العام غير بعيد عن مطار المزة العسكري.",
			attacks: []string{}},
		{name: "a strike on a depot not far from the base", published: "2024-01-16",
			text:    "قالت مصادر محلية إن مسيرات قصفت فجر اليوم مستودعاً للذخيرة ليس بعيداً عن قاعدة الشعيرات الجوية.",
			attacks: []string{}},
		{name: "control: rockets fell not far from the base", published: "2024-01-16",
			text:    "سقطت ثلاثة صواريخ فجر اليوم غير بعيد عن قاعدة عين الأسد الجوية.",
			attacks: []string{"base:ain-al-asad@2024-01-16"}},
	}
}

// speakerGroupWordings: a group named in the speaker's title ("قيادي في
// X"، "عضو في X") speaks; the one the clause after أن/إن names is accused,
// whatever verb governs it (hedge, accusation, plain speech).
func speakerGroupWordings() []generalCase {
	const lead = "هز انفجار قوي قاعدة كالسو العسكرية ليل الجمعة. "
	return []generalCase{
		{name: "a leader in the group does not rule out a state", published: "2025-04-12",
			text:      lead + "ولم يستبعد قيادي في الحشد الشعبي أن تكون إسرائيل وراء الهجوم.",
			attacks:   []string{"base:kalsu@2025-04-11"},
			attribs:   []string{"base:kalsu>country:israel:hinted"},
			noAttribs: []string{"base:kalsu>militia:pmf:hinted", "base:kalsu>militia:pmf:asserted"}},
		{name: "a member of the group says a state did it", published: "2025-04-12",
			text:      lead + "وقال عضو في حركة النجباء إن الولايات المتحدة تقف خلف الانفجار.",
			attacks:   []string{"base:kalsu@2025-04-11"},
			attribs:   []string{"base:kalsu>country:united-states:asserted"},
			noAttribs: []string{"base:kalsu>militia:nujaba:asserted"}},
		{name: "an official of the group thinks a state likely", published: "2025-04-12",
			text:      lead + "ورجّح مسؤول في كتائب حزب الله أن تكون إسرائيل قد نفذت الضربة.",
			attacks:   []string{"base:kalsu@2025-04-11"},
			attribs:   []string{"base:kalsu>country:israel:likely"},
			noAttribs: []string{"base:kalsu>militia:kataib-hezbollah:likely", "base:kalsu>militia:kataib-hezbollah:asserted"}},
		{name: "control: the group's spokesman denies and names a state's motive", published: "2025-04-12",
			text:    lead + "في المقابل، نفى متحدث باسم كتائب حزب الله أي صلة للكتائب بالهجوم، معتبراً أن الولايات المتحدة تبحث عن ذرائع.",
			attacks: []string{"base:kalsu@2025-04-11"},
			attribs: []string{"base:kalsu>militia:kataib-hezbollah:denied"}},
		{name: "control: an unnamed source blames a group", published: "2025-04-12",
			text:    lead + "وقال مصدر أمني إن كتائب حزب الله تقف وراء الهجوم.",
			attacks: []string{"base:kalsu@2025-04-11"},
			attribs: []string{"base:kalsu>militia:kataib-hezbollah:asserted"}},
	}
}

// victimGroupWordings: the group whose men were killed or hurt by the
// blast is its victim, never its author.
func victimGroupWordings() []generalCase {
	return []generalCase{
		{name: "a fighter of the group killed by a blast in the camp", published: "2025-04-12",
			text:      "قُتل عنصر في الحشد الشعبي وأصيب خمسة آخرون جراء انفجار ضخم وقع ليل الجمعة في معسكر كالسو، حسبما أفادت مصادر أمنية ومسؤول في الحشد.",
			attacks:   []string{"base:kalsu@2025-04-11"},
			noAttribs: []string{"base:kalsu>militia:pmf:asserted"}},
		{name: "control: attackers killed while trying to storm the base", published: "2025-04-12",
			text:    "قُتل ثلاثة من عناصر تنظيم داعش خلال هجومهم على قاعدة التنف فجر اليوم السبت.",
			attacks: []string{"base:al-tanf@2025-04-12"},
			attribs: []string{"base:al-tanf>militia:isis:asserted"}},
		{name: "control: the defenders foil an infiltration attempt", published: "2025-04-12",
			text:      "أحبط مقاتلو الحشد الشعبي فجر اليوم السبت محاولة تسلل لعناصر تنظيم داعش نحو قاعدة سبايكر، وقتلوا اثنين من المهاجمين.",
			attacks:   []string{"base:speicher@2025-04-12"},
			noAttribs: []string{"base:speicher>militia:pmf:asserted"}},
		{name: "members of the group wounded by a drone", published: "2025-04-12",
			text:      "أصيب ثلاثة من مقاتلي كتائب حزب الله بقصف بطائرة مسيرة استهدف قاعدة كالسو فجر اليوم السبت، بحسب ما ذكرت مصادر محلية.",
			attacks:   []string{"base:kalsu@2025-04-12"},
			noAttribs: []string{"base:kalsu>militia:kataib-hezbollah:asserted"}},
	}
}

// namedDenialWordings: "نفى X أن تكون Y قد نفذت"، "إن Y لم تكن وراء"،
// "نفى تورط Y في": Y is denied, by X, whatever the verb of the clause.
func namedDenialWordings() []generalCase {
	const lead = "دوّى انفجار في قاعدة كالسو ليل الجمعة. "
	return []generalCase{
		{name: "a command denies its country's forces struck", published: "2025-04-12",
			text:    lead + "ونفت القيادة المركزية الأمريكية أن تكون القوات الأمريكية قد نفذت أي ضربات جوية في العراق.",
			attacks: []string{"base:kalsu@2025-04-11"},
			attribs: []string{"base:kalsu>force:us-forces:denied"}},
		{name: "a ministry denies its state launched anything", published: "2025-04-12",
			text:    lead + "في المقابل، نفى البنتاغون أن تكون الولايات المتحدة شنت غارات على القاعدة.",
			attacks: []string{"base:kalsu@2025-04-11"},
			attribs: []string{"base:kalsu>country:united-states:denied"}},
		{name: "an official says his state was not behind it", published: "2025-04-12",
			text:      lead + "وقال مسؤول إسرائيلي لوكالة رويترز إن إسرائيل لم تكن وراء الهجوم.",
			attacks:   []string{"base:kalsu@2025-04-11"},
			attribs:   []string{"base:kalsu>country:israel:denied"},
			noAttribs: []string{"base:kalsu>country:israel:asserted"}},
		{name: "an official denies the forces' involvement", published: "2025-04-12",
			text:    lead + "ونفى متحدث عسكري تورط القوات الأمريكية في الانفجار.",
			attacks: []string{"base:kalsu@2025-04-11"},
			attribs: []string{"base:kalsu>force:us-forces:denied"}},
	}
}

// accusedModifierWordings: states inside the accused's own phrase ("تنشط
// في سوريا والعراق"، "مدعومة من إيران") place or back it; they are not
// accused, whoever speaks and whatever the order of the clause.
func accusedModifierWordings() []generalCase {
	const lead = "قُتل ثلاثة جنود أمريكيين في هجوم بطائرة مسيرة على البرج 22 في الأردن يوم الأحد. "
	return []generalCase{
		{name: "held responsible, speaker before the verb", published: "2025-01-28",
			text:      lead + "وكان الرئيس الأمريكي قد حمّل \"جماعات مسلحة متطرفة مدعومة من إيران تنشط في سوريا والعراق\" المسؤولية عن الهجوم.",
			attacks:   []string{"base:tower-22@2025-01-26"},
			attribs:   []string{"base:tower-22>militia:iran-backed-militias:asserted"},
			noAttribs: []string{"base:tower-22>country:syria:asserted", "base:tower-22>country:iraq:asserted"}},
		{name: "said to be behind it, with where they operate", published: "2025-01-28",
			text:      lead + "وقال وزير الدفاع إن ميليشيات مدعومة من إيران تنتشر في العراق تقف وراء الهجوم.",
			attacks:   []string{"base:tower-22@2025-01-26"},
			attribs:   []string{"base:tower-22>militia:iran-backed-militias:asserted"},
			noAttribs: []string{"base:tower-22>country:iraq:asserted"}},
		{name: "accused of the attack, with where they operate", published: "2025-01-28",
			text:      lead + "واتهم البيت الأبيض فصائل موالية لإيران تعمل في سوريا بتنفيذ الهجوم.",
			attacks:   []string{"base:tower-22@2025-01-26"},
			attribs:   []string{"base:tower-22>militia:iran-backed-militias:asserted"},
			noAttribs: []string{"base:tower-22>country:syria:asserted"}},
		{name: "control: a state itself held responsible", published: "2025-01-28",
			text:    lead + "وحمّل الرئيس الأمريكي إيران المسؤولية عن الهجوم.",
			attacks: []string{"base:tower-22@2025-01-26"},
			attribs: []string{"base:tower-22>country:iran:asserted"}},
	}
}

// controlledAreaWordings: drones launched from land a group holds name the
// group, however the holding is worded.
func controlledAreaWordings() []generalCase {
	const lead = "أسقطت الدفاعات الجوية في قاعدة حميميم طائرتين مسيرتين مساء السبت. "
	return []generalCase{
		{name: "areas under the group's control", published: "2025-08-17",
			text:    lead + "وقال المركز الروسي إن الطائرتين أُطلقتا من المناطق الخاضعة لسيطرة هيئة تحرير الشام في ريف إدلب.",
			attacks: []string{"base:hmeimim@2025-08-16"},
			attribs: []string{"base:hmeimim>militia:hts:asserted"}},
		{name: "an area that lies under the group's control", published: "2025-08-17",
			text:    lead + "وأوضح المتحدث أن المسيرات انطلقت من منطقة واقعة تحت سيطرة هيئة تحرير الشام.",
			attacks: []string{"base:hmeimim@2025-08-16"},
			attribs: []string{"base:hmeimim>militia:hts:asserted"}},
		{name: "thought likely launched from areas of militias named by their backer", published: "2025-08-17",
			text:    lead + "ورجّح مسؤول محلي أن تكون المسيرات قد أُطلقت من مناطق سيطرة الميليشيات الإيرانية شرقي حلب.",
			attacks: []string{"base:hmeimim@2025-08-16"},
			attribs: []string{"base:hmeimim>militia:iran-backed-militias:likely"}},
		{name: "control: areas the group holds", published: "2025-08-17",
			text:    lead + "وقال المركز إن الطائرتين أُطلقتا من مناطق يسيطر عليها مسلحو هيئة تحرير الشام.",
			attacks: []string{"base:hmeimim@2025-08-16"},
			attribs: []string{"base:hmeimim>militia:hts:asserted"}},
	}
}

// insideBaseWordings: a headquarters, depot or brigade site named as lying
// inside a base is part of it: the attack is the base's, told once.
func insideBaseWordings() []generalCase {
	const lead = "سقطت أربعة صواريخ على قاعدة بلد الجوية مساء الثلاثاء. "
	return []generalCase{
		{name: "rockets near a division's headquarters inside the base", published: "2025-05-07",
			text:    lead + "وقال مصدر إن \"الصواريخ سقطت قرب مقر الفرقة السادسة بالجيش العراقي داخل القاعدة وألحقت أضراراً بآليات\".",
			attacks: []string{"base:balad@2025-05-06"}},
		{name: "a depot of a brigade inside the named base", published: "2025-05-07",
			text:    lead + "وأوضح المصدر أن أحد الصواريخ أصاب مخزن اللواء الثامن داخل قاعدة بلد.",
			attacks: []string{"base:balad@2025-05-06"}},
		{name: "a named military site inside the field", published: "2025-05-07",
			text:    "سقطت عدة صواريخ مساء الثلاثاء داخل محيط موقع الإسناد العسكري في كونيكو، من دون إصابات.",
			attacks: []string{"base:conoco-gas-field@2025-05-06"}},
		{name: "control: a headquarters hit on its own stays a target", published: "2025-05-07",
			text:    "استهدفت طائرة مسيرة مساء الثلاثاء مقر اللواء 30 في سهل نينوى، من دون وقوع إصابات.",
			attacks: []string{"base:مقر-لواء-30@2025-05-06"}},
	}
}

// clauseSubjectWordings: who the clause after the speaker's verb makes the
// subject of the attack is accused, and the verb that governs the clause
// (says, thinks likely, rules out, denies) or a negation inside it sets
// the stance: "أن تكون X قد نفذت"، "إن X هي من أطلقت"، "تورط X في".
func clauseSubjectWordings() []generalCase {
	const lead = "استهدفت طائرة مسيرة قاعدة عين الأسد الجوية فجر اليوم الخميس. "
	const at = "base:ain-al-asad@2025-09-04"
	return []generalCase{
		{name: "she is the one who carried it out", published: "2025-09-04",
			text:    lead + "وأكد مسؤول أمريكي أن إيران هي من نفذت الضربة على القاعدة.",
			attacks: []string{at}, attribs: []string{"base:ain-al-asad>country:iran:asserted"}},
		{name: "he is the one who fired the rockets", published: "2025-09-04",
			text:    lead + "وقالت مصادر أمنية إن الحرس الثوري هو الذي أطلق الصواريخ على القاعدة.",
			attacks: []string{at}, attribs: []string{"base:ain-al-asad>militia:irgc:asserted"}},
		{name: "ruled out that a state was responsible", published: "2025-09-04",
			text:      lead + "واستبعد مسؤول عراقي أن تكون تركيا مسؤولة عن الهجوم.",
			attacks:   []string{at},
			attribs:   []string{"base:ain-al-asad>country:turkey:denied"},
			noAttribs: []string{"base:ain-al-asad>country:turkey:asserted"}},
		{name: "denied that a state gave orders for it", published: "2025-09-04",
			text:    lead + "ونفى متحدث باسم الحكومة السورية أن تكون دمشق قد سهلت الهجوم.",
			attacks: []string{at}, attribs: []string{"base:ain-al-asad>country:syria:denied"}},
		{name: "the state's responsibility for it denied", published: "2025-09-04",
			text:    lead + "ونفى البيت الأبيض مسؤولية الولايات المتحدة عن الانفجار الذي وقع قرب القاعدة.",
			attacks: []string{at}, attribs: []string{"base:ain-al-asad>country:united-states:denied"}},
		{name: "the forces did not fire, said a spokesman", published: "2025-09-04",
			text:      lead + "وقال متحدث عسكري إن القوات الأمريكية لم تطلق أي صاروخ على القاعدة.",
			attacks:   []string{at},
			noAttribs: []string{"base:ain-al-asad>force:us-forces:asserted"}},
		{name: "control: the forces struck back at sites", published: "2025-09-04",
			text:      lead + "وقال متحدث عسكري إن القوات الأمريكية قصفت مواقع للفصائل رداً على الهجوم.",
			attacks:   []string{at},
			noAttribs: []string{"base:ain-al-asad>force:us-forces:asserted", "base:ain-al-asad>force:us-forces:likely"}},
	}
}

// stationedWordings: a back-reference to the attack told ("هذا الاعتداء")
// that names a base only as where a force is stationed makes no attack on
// that base; a new attack on the forces stationed at a base still does.
func stationedWordings() []generalCase {
	const lead = "قُتل سبعة جنود سوريين في كمين نصبه مسلحون لحافلة عسكرية قرب السخنة مساء أمس الأحد. "
	return []generalCase{
		{name: "two bases of the forces, in a list of fields", published: "2022-08-25",
			text:      "أصيب ثلاثة جنود إثر هجمات صاروخية استهدفت قاعدتين للقوات الأمريكية في حقل كونيكو للغاز وحقل العمر مساء الأربعاء.",
			attacks:   []string{"base:conoco-gas-field@2022-08-24", "base:omar-oil-field@2022-08-24"},
			noAttribs: []string{"base:omar-oil-field>force:us-forces:asserted", "base:conoco-gas-field>force:us-forces:asserted"}},
		{name: "aggression backed by forces stationed at a base", published: "2025-03-10",
			text:    lead + "وقال المصدر إن \"هذا الاعتداء جاء بدعم من القوات الأمريكية المتمركزة في منطقة التنف\".",
			attacks: []string{}},
		{name: "attack directed by forces deployed at a base", published: "2025-03-10",
			text:    lead + "واعتبر المحافظ أن الهجوم تم بتوجيه من قوات الاحتلال المنتشرة في قاعدة التنف.",
			attacks: []string{}},
		{name: "control: drones hit the forces stationed at a base", published: "2025-03-10",
			text:    "استهدفت طائرة مسيرة مساء أمس الأحد القوات الأمريكية المتمركزة في قاعدة التنف.",
			attacks: []string{"base:al-tanf@2025-03-09"}},
	}
}

// passiveAttackerWordings: the one who did it named after a passive verb,
// a relative verb with the attack first, or a verb of belonging on the
// weapon: "نُفذ الهجوم من قبل X"، "القصف نفذته X"، "المسيرات تعود لـX"،
// "يُتهم X بالوقوف وراء الهجوم".
func passiveAttackerWordings() []generalCase {
	const lead = "تعرضت قاعدة الشدادي لهجوم بطائرات مسيرة مساء أمس السبت. "
	const at = "base:shaddadi@2025-06-14"
	return []generalCase{
		{name: "carried out by members of a group", published: "2025-06-15",
			text:    lead + "وأفاد مصدر أمني بأن الهجوم نُفذ من قبل عناصر تابعة لكتائب حزب الله.",
			attacks: []string{at}, attribs: []string{"base:shaddadi>militia:kataib-hezbollah:asserted"}},
		{name: "the shelling, a group carried it out", published: "2025-06-15",
			text:    lead + "وقالت قوات سوريا الديمقراطية إن القصف نفذته خلايا تابعة لتنظيم داعش.",
			attacks: []string{at}, attribs: []string{"base:shaddadi>militia:isis:asserted"}},
		{name: "the drones belong to a group", published: "2025-06-15",
			text:    lead + "وبحسب المرصد، فإن الطائرات المسيرة التي استهدفت القاعدة تعود لفصائل موالية لإيران.",
			attacks: []string{at}, attribs: []string{"base:shaddadi>militia:iran-backed-militias:asserted"}},
		{name: "a group is accused, passive verb", published: "2025-06-15",
			text:    lead + "ويُتهم الحرس الثوري الإيراني بالوقوف وراء الهجوم.",
			attacks: []string{at}, attribs: []string{"base:shaddadi>militia:irgc:asserted"}},
	}
}

// hostedMenWordings: controls for ownedBy: the men a base hosts, or a
// headquarters that belongs to a group, are no attackers.
func hostedMenWordings() []generalCase {
	return []generalCase{
		{name: "a base that hosts a group's men", published: "2025-06-15",
			text:    "سقطت قذيفتان على قاعدة بلد مساء أمس السبت، وهي قاعدة تضم عناصر تابعة للحشد الشعبي.",
			attacks: []string{"base:balad@2025-06-14"}, noAttribs: []string{"base:balad>militia:pmf:asserted"}},
		{name: "a headquarters of a group inside the base hit", published: "2025-06-15",
			text:    "استهدفت طائرة مسيرة مساء أمس السبت مقراً تابعاً لكتائب حزب الله داخل قاعدة بلد.",
			attacks: []string{"base:balad@2025-06-14"}, noAttribs: []string{"base:balad>militia:kataib-hezbollah:asserted"}},
	}
}

// storeOfDronesWordings: a control for ownedBy: a store of drones that
// belongs to a group and is struck back is the group's site, not its attack.
func storeOfDronesWordings() []generalCase {
	return []generalCase{
		{name: "a drone store of a group destroyed in answer", published: "2025-06-15",
			text: "تعرضت قاعدة حميميم لهجوم بطائرات مسيرة مساء أمس السبت. " +
				"وقالت الوزارة إن طيرانها دمر مخزناً للطائرات المسيرة تابعاً لهيئة تحرير الشام رداً على استهداف القاعدة.",
			attacks: []string{"base:hmeimim@2025-06-14"}, noAttribs: []string{"base:hmeimim>militia:hts:asserted"}},
	}
}

// nominalBlameWordings: blame told in a nominal sentence or with the verb
// after its object: "المتهم بالهجوم هو X"، "X هي المسؤولة عن"، "الهجوم
// الذي تقف وراءه X"، "بصمات X واضحة في الهجوم".
func nominalBlameWordings() []generalCase {
	const lead = "استهدف قصف صاروخي قاعدة حرير مساء أمس الأربعاء. "
	const at = "base:harir@2025-04-09"
	return []generalCase{
		{name: "the one accused of it is a group", published: "2025-04-10",
			text:    lead + "وبحسب المصدر، فإن المتهم الأول بالهجوم هو تنظيم داعش.",
			attacks: []string{at}, attribs: []string{"base:harir>militia:isis:asserted"}},
		{name: "a group is the one responsible", published: "2025-04-10",
			text:    lead + "وقال المسؤول إن كتائب سيد الشهداء هي المسؤولة عن القصف.",
			attacks: []string{at}, attribs: []string{"base:harir>militia:kataib-sayyid-al-shuhada:asserted"}},
		{name: "the attack that a group stands behind", published: "2025-04-10",
			text:    lead + "وأكد الوزير أن الهجوم الذي تقف وراءه ميليشيات مدعومة من إيران لن يمر دون رد.",
			attacks: []string{at}, attribs: []string{"base:harir>militia:iran-backed-militias:asserted"}},
		{name: "control: the official says the next target is a group", published: "2025-04-10",
			text:      lead + "وقال المسؤول إن الهدف التالي للضربات هو حزب الله.",
			attacks:   []string{at},
			noAttribs: []string{"base:harir>militia:hezbollah:asserted"}},
		{name: "a group's fingerprints are clear in it", published: "2025-04-10",
			text:    lead + "ورأى مراقبون أن بصمات الحرس الثوري واضحة في الهجوم.",
			attacks: []string{at}, attribs: []string{"base:harir>militia:irgc:asserted"}},
		{name: "the doers are members of a group", published: "2025-04-10",
			text:    lead + "وبحسب مصدر أمني، فإن منفذي القصف هم عناصر من كتائب سيد الشهداء.",
			attacks: []string{at}, attribs: []string{"base:harir>militia:kataib-sayyid-al-shuhada:asserted"}},
		{name: "the doers are a group's gunmen", published: "2025-04-10",
			text:    lead + "وقال المحافظ إن منفذي الهجوم هم مسلحو حركة النجباء.",
			attacks: []string{at}, attribs: []string{"base:harir>militia:nujaba:asserted"}},
		{name: "the aircraft was launched by a group", published: "2025-04-10",
			text:    "استهدفت طائرة مسيرة قاعدة حرير مساء أمس الأربعاء. وأوضح المصدر أن الطائرة أطلقتها حركة النجباء من منطقة قريبة.",
			attacks: []string{at}, attribs: []string{"base:harir>militia:nujaba:asserted"}},
		{name: "the doers were members of two groups", published: "2025-04-10",
			text:    lead + "وكان منفذو القصف من عناصر حركة النجباء وكتائب سيد الشهداء، بحسب الشرطة.",
			attacks: []string{at}, attribs: []string{"base:harir>militia:nujaba:asserted", "base:harir>militia:kataib-sayyid-al-shuhada:asserted"}},
		{name: "the doers are two groups", published: "2025-04-10",
			text:    lead + "وقال المحافظ إن منفذي الهجوم هم عناصر من حركة النجباء وكتائب سيد الشهداء.",
			attacks: []string{at}, attribs: []string{"base:harir>militia:nujaba:asserted", "base:harir>militia:kataib-sayyid-al-shuhada:asserted"}},
		{name: "control: the doers are of one group, which met another", published: "2025-04-10",
			text:      lead + "وقال المحافظ إن منفذي الهجوم هم عناصر من حركة النجباء والتقوا قبل أيام بقادة من كتائب سيد الشهداء.",
			attacks:   []string{at},
			attribs:   []string{"base:harir>militia:nujaba:asserted"},
			noAttribs: []string{"base:harir>militia:kataib-sayyid-al-shuhada:asserted"}},
		{name: "these groups did the attack of the day, and a series before", published: "2025-04-10",
			text:    lead + "وأوضح الوزير أنه أذن بضربات ضد منشآت تستخدمها فصائل موالية لإيران، مؤكداً أن هذه الفصائل هي التي نفذت هجوم الأربعاء، إلى جانب سلسلة هجمات سابقة على قوات التحالف.",
			attacks: []string{at}, attribs: []string{"base:harir>militia:iran-backed-militias:asserted"}},
		{name: "the same factions that did the attack, that is two groups", published: "2025-04-10",
			text:    lead + "وقال المتحدث: نحن واثقون من أن المخازن تستخدمها الفصائل ذاتها التي نفذت الهجوم على القاعدة، أي كتائب حزب الله وكتائب سيد الشهداء.",
			attacks: []string{at}, attribs: []string{"base:harir>militia:kataib-hezbollah:asserted", "base:harir>militia:kataib-sayyid-al-shuhada:asserted"}},
		{name: "control: that is, a group named after another clause", published: "2025-04-10",
			text:      lead + "وقال المتحدث إن الهجوم لن يمر، وإن الرد سيطال الفصائل، أي كتائب حزب الله.",
			attacks:   []string{at},
			noAttribs: []string{"base:harir>militia:kataib-hezbollah:asserted"}},
		{name: "control: the wounded are members of a group", published: "2025-04-10",
			text:      lead + "وقال المحافظ إن الجرحى هم عناصر من حركة النجباء.",
			attacks:   []string{at},
			noAttribs: []string{"base:harir>militia:nujaba:asserted"}},
		{name: "control: threats a group launched", published: "2025-04-10",
			text:      lead + "ولم تعلق الحكومة على التهديدات التي أطلقتها حركة النجباء.",
			attacks:   []string{at},
			noAttribs: []string{"base:harir>militia:nujaba:asserted"}},
	}
}

// titleNoBlameWordings: "المسؤول" names who speaks; only "مسؤولية" or
// "مصدره" (its source) blame. The group of a spokesman who says something
// else is not accused.
func titleNoBlameWordings() []generalCase {
	const lead = "سقطت قذائف على قاعدة حرير فجر اليوم الأحد. "
	const at = "base:harir@2025-08-03"
	return []generalCase{
		{name: "a group's media official speaks of calm", published: "2025-08-03",
			text:      lead + "وقال المسؤول الإعلامي لعصائب أهل الحق، جواد الطليباوي، إن العصائب ملتزمة بالتهدئة، رافضاً التعليق على القصف.",
			attacks:   []string{at},
			noAttribs: []string{"base:harir>militia:asaib-ahl-al-haq:asserted"}},
		{name: "officials speak of a group active near the border", published: "2025-08-03",
			text:      lead + "وكان مسؤولون أكراد قد أشاروا في مناسبات عدة إلى أن فصائل موالية لإيران تنشط قرب حدود الإقليم، وتستخدم الطائرات المسيرة في التهريب.",
			attacks:   []string{at},
			noAttribs: []string{"base:harir>militia:iran-backed-militias:asserted"}},
		{name: "control: its source was a group", published: "2025-08-03",
			text:    "تعرضت قاعدة حرير فجر اليوم الأحد لقصف صاروخي مصدره ميليشيات مدعومة من إيران.",
			attacks: []string{at}, attribs: []string{"base:harir>militia:iran-backed-militias:asserted"}},
		{name: "control: the official lays the responsibility on a group", published: "2025-08-03",
			text:    lead + "وقال المسؤول إن المسؤولية تقع على عاتق كتائب حزب الله.",
			attacks: []string{at}, attribs: []string{"base:harir>militia:kataib-hezbollah:asserted"}},
	}
}

// ownDenialWordings: a group or state denies its own part, in the
// headline's colon quote, with "تتبرأ", with "صلتها"/"علاقتها", or through
// "لا علاقة لنا" in its spokesman's mouth.
func ownDenialWordings() []generalCase {
	const lead = "سقطت صواريخ على قاعدة عين الأسد فجر اليوم الثلاثاء. "
	const at = "base:ain-al-asad@2025-07-15"
	return []generalCase{
		{name: "a group disowns the attack", published: "2025-07-15",
			text:    lead + "وتبرأت عصائب أهل الحق من الهجوم في بيان مقتضب.",
			attacks: []string{at}, attribs: []string{"base:ain-al-asad>militia:asaib-ahl-al-haq:denied"}},
		{name: "a state denies its link to it", published: "2025-07-15",
			text:    lead + "ونفت إيران صلتها بالقصف، ووصفت الاتهامات بأنها لا أساس لها.",
			attacks: []string{at}, attribs: []string{"base:ain-al-asad>country:iran:denied"}},
		{name: "we have nothing to do with it, says the group's spokesman", published: "2025-07-15",
			text:    lead + "وقال المتحدث باسم كتائب حزب الله إنه \"لا علاقة لنا بهذا الهجوم\".",
			attacks: []string{at}, attribs: []string{"base:ain-al-asad>militia:kataib-hezbollah:denied"}},
		{name: "a group announces it took no part in the attack", published: "2025-07-15",
			text:      lead + "وأعلنت كتائب سيد الشهداء في بيان أنها لم تشارك في الهجوم على القاعدة.",
			attacks:   []string{at},
			attribs:   []string{"base:ain-al-asad>militia:kataib-sayyid-al-shuhada:denied"},
			noAttribs: []string{"base:ain-al-asad>militia:kataib-sayyid-al-shuhada:claimed"}},
		{name: "control: a group announces it targeted the base", published: "2025-07-15",
			text:    lead + "وأعلنت كتائب سيد الشهداء في بيان أنها استهدفت القاعدة بالصواريخ.",
			attacks: []string{at}, attribs: []string{"base:ain-al-asad>militia:kataib-sayyid-al-shuhada:claimed"}},
		{name: "a group says it did not take part", published: "2025-07-15",
			text:    lead + "وأكدت حركة النجباء أنها لم تشارك في استهداف القاعدة.",
			attacks: []string{at}, attribs: []string{"base:ain-al-asad>militia:nujaba:denied"}},
	}
}

// monthPartWordings: an attack told by a part of a month ("منتصف الشهر
// الجاري") is the one dated attack on its base whose day falls in it; its
// blame goes with it. A part of another month stays apart.
func monthPartWordings() []generalCase {
	return []generalCase{
		{name: "mid this month, then the 14th", published: "2025-03-25",
			text: "جاءت الغارات رداً على استهداف قاعدة حرير منتصف الشهر الجاري، وقال المتحدث إن كتائب حزب الله هي المسؤولة عن ذلك الهجوم.\n" +
				"وكانت القاعدة قد تعرضت في 14 من الشهر لقصف بطائرات مسيرة.",
			attacks: []string{"base:harir@2025-03-14"},
			attribs: []string{"base:harir>militia:kataib-hezbollah:asserted"}},
		{name: "early this month, then Tuesday the 4th", published: "2025-03-25",
			text: "كان أبرز تلك الهجمات الهجوم على قاعدة التنف مطلع الشهر الجاري.\n" +
				"واستهدفت مسيرتان قاعدة التنف مساء الثلاثاء 4 آذار.",
			attacks: []string{"base:al-tanf@2025-03-04"}},
		{name: "late last month, then a day of last month", published: "2025-03-25",
			text: "جاءت الضربة بعد الهجوم على قاعدة حرير أواخر الشهر الماضي.\n" +
				"وكانت صواريخ قد سقطت على قاعدة حرير في 26 شباط.",
			attacks: []string{"base:harir@2025-02-26"}},
		{name: "control: mid last month is another attack", published: "2025-03-25",
			text: "وكانت قاعدة حرير قد تعرضت منتصف الشهر الماضي لهجوم بمسيرة.\n" +
				"واستهدف قصف صاروخي القاعدة في 14 من الشهر الجاري.",
			attacks: []string{"base:harir@-", "base:harir@2025-03-14"}},
		{name: "control: told only by a part of the month", published: "2025-03-25",
			text:    "استهدفت صواريخ قاعدة عين الأسد أواخر الشهر الجاري بحسب مصادر أمنية.",
			attacks: []string{"base:ain-al-asad@-"}},
	}
}

// beyondOneBaseWordings: "لم تقتصر الهجمات على X" names the base the
// attacks went beyond; the sentence tells only of the other one.
func beyondOneBaseWordings() []generalCase {
	return []generalCase{
		{name: "the attacks were not confined to one base", published: "2025-03-25",
			text: "سقطت ثلاثة صواريخ على قاعدة حرير مساء الأحد 16 آذار. " +
				"ولم تقتصر الهجمات على قاعدة حرير، إذ استهدفت مسيرة قاعدة عين الأسد مساء أمس.",
			attacks: []string{"base:ain-al-asad@2025-03-24", "base:harir@2025-03-16"}},
		{name: "the shelling is not confined to an airport", published: "2025-03-25",
			text:    "ولا يقتصر القصف على مطار أربيل، فقد سقطت قذائف على قاعدة حرير فجر اليوم.",
			attacks: []string{"base:harir@2025-03-25"}},
	}
}

// renewedReachWordings: each sentence that blames someone for an attack
// renews its reach, so a denial many sentences after the telling still
// finds it; a blanket "أي هجوم" and an attack never referred to again do
// not.
func renewedReachWordings() []generalCase {
	const filler = "وقال المتحدث إن التحقيقات مستمرة. وأضاف أن فرق الهندسة تعمل في الموقع. " +
		"وأشار إلى أن الطرق أغلقت لساعات. وذكر شهود أن الدخان شوهد من بعيد. "
	const more = "وتابع أن الحركة عادت إلى طبيعتها. وقال سكان إنهم سمعوا دوياً. "
	const lead = "سقطت صواريخ على قاعدة عين الأسد فجر اليوم الثلاثاء. "
	const blame = "ورجح مسؤول أمريكي أن تكون كتائب حزب الله وراء الهجوم. "
	const at = "base:ain-al-asad@2025-07-15"
	return []generalCase{
		{name: "a denial after reactions", published: "2025-07-15",
			text:    lead + filler + blame + filler + more + "ونفت حركة النجباء أي صلة لها بالهجوم.",
			attacks: []string{at},
			attribs: []string{"base:ain-al-asad>militia:kataib-hezbollah:likely", "base:ain-al-asad>militia:nujaba:denied"}},
		{name: "a state's denial after reactions", published: "2025-07-15",
			text:    lead + filler + blame + filler + more + "ونفت إيران أي علاقة لها بالقصف.",
			attacks: []string{at},
			attribs: []string{"base:ain-al-asad>country:iran:denied"}},
		{name: "control: a blanket denial of any attack", published: "2025-07-15",
			text:      lead + filler + blame + filler + more + "وقالت إيران إنها لا علاقة لها بأي هجوم على القوات الأجنبية.",
			attacks:   []string{at},
			noAttribs: []string{"base:ain-al-asad>country:iran:denied"}},
		{name: "control: no reaction in between", published: "2025-07-15",
			text:      lead + filler + filler + filler + "ونفت حركة النجباء أي صلة لها بالهجوم.",
			attacks:   []string{at},
			noAttribs: []string{"base:ain-al-asad>militia:nujaba:denied"}},
	}
}

// soldiersStateWordings: the state whose soldiers an attack killed is hit
// by it; its "aggression" condemned by the other side is another event.
func soldiersStateWordings() []generalCase {
	const lead = "شنت القوات الأمريكية، مساء أمس الجمعة، ضربات جوية على مواقع في سوريا رداً على الهجوم الذي أودى بحياة ثلاثة جنود أمريكيين في قاعدة البرج 22 الأحد الماضي. "
	const at = "base:tower-22@2024-01-28"
	return []generalCase{
		{name: "the ministry condemns the American aggression", published: "2024-02-03",
			text:      lead + "وقالت وزارة الدفاع السورية إن «العدوان الأمريكي» أدى إلى سقوط قتلى بين المدنيين.",
			attacks:   []string{at},
			noAttribs: []string{"base:tower-22>country:united-states:asserted"}},
		{name: "the foreign ministry denounces the American attack", published: "2024-02-03",
			text:      lead + "ونددت الخارجية السورية بالاعتداء الأمريكي الذي طال مناطق مأهولة.",
			attacks:   []string{at},
			noAttribs: []string{"base:tower-22>country:united-states:asserted"}},
		{name: "control: the group accused is kept", published: "2024-02-03",
			text:    lead + "وحمّلت واشنطن كتائب حزب الله مسؤولية الهجوم.",
			attacks: []string{at},
			attribs: []string{"base:tower-22>militia:kataib-hezbollah:asserted"}},
	}
}

// nearOwnBaseWordings: a force that shells sites "قرب قاعدته في X" strikes
// around its own base, not the base; shells that fell near the base still
// tell of an attack on it.
func nearOwnBaseWordings() []generalCase {
	return []generalCase{
		{name: "the coalition shells sites near its base", published: "2025-03-25",
			text:    "أعلن التحالف الدولي الثلاثاء أنه قصف بالمدفعية مواقع قرب قاعدته في حقل العمر، قال إنها تستخدم لإطلاق مسيرات.",
			attacks: nil},
		{name: "US forces strike launchers near their bases", published: "2025-03-25",
			text:    "قصفت القوات الأمريكية فجر اليوم منصات إطلاق قرب قواعدها في حقل كونيكو.",
			attacks: nil},
		{name: "control: shells fell near the base", published: "2025-03-25",
			text:    "سقطت ثلاث قذائف قرب القاعدة في حقل العمر فجر اليوم.",
			attacks: []string{"base:omar-oil-field@2025-03-25"}},
		{name: "control: a drone struck the base in the field", published: "2025-03-25",
			text:    "استهدفت مسيرة القاعدة الأمريكية في حقل العمر فجر اليوم.",
			attacks: []string{"base:omar-oil-field@2025-03-25"}},
	}
}

// standsBehindWordings: words of manner or degree between "تقف" and
// "وراء" keep the blame; "تقف إلى جانب" is none.
func standsBehindWordings() []generalCase {
	const lead = "سقطت صواريخ على قاعدة حرير فجر اليوم. "
	const at = "base:harir@2025-03-25"
	return []generalCase{
		{name: "a state stands in the end behind the attacks", published: "2025-03-25",
			text:    lead + "وقال المسؤول إن إيران تقف في نهاية المطاف وراء هذه الهجمات.",
			attacks: []string{at}, attribs: []string{"base:harir>country:iran:asserted"}},
		{name: "a group stands directly behind the attack", published: "2025-03-25",
			text:    lead + "وقال المسؤول إن كتائب حزب الله تقف بشكل مباشر خلف الهجوم.",
			attacks: []string{at}, attribs: []string{"base:harir>militia:kataib-hezbollah:asserted"}},
		{name: "a state most likely stands behind the shelling", published: "2025-03-25",
			text:    lead + "ويرى محللون أن إيران تقف على الأرجح وراء القصف.",
			attacks: []string{at}, attribs: []string{"base:harir>country:iran:likely"}},
		{name: "control: a state stands beside the factions", published: "2025-03-25",
			text:      lead + "وقال المسؤول إن إيران تقف في نهاية المطاف إلى جانب الفصائل.",
			attacks:   []string{at},
			noAttribs: []string{"base:harir>country:iran:asserted"}},
	}
}

// blamedBesideHabitWordings: a blame for "الهجوم" stays when a later clause
// speaks of repeated attacks; a blame for the repeated attacks alone goes.
func blamedBesideHabitWordings() []generalCase {
	const lead = "سقطت صواريخ على قاعدة حرير فجر اليوم. "
	const at = "base:harir@2025-03-25"
	return []generalCase{
		{name: "responsibility for the attack, then a call about repeated assaults", published: "2025-03-25",
			text:    lead + "وحمّلت وزارة الداخلية في الإقليم كتائب حزب الله مسؤولية الهجوم، مطالبة الحكومة بكشف من يقف وراء هذه الاعتداءات المتكررة.",
			attacks: []string{at}, attribs: []string{"base:harir>militia:kataib-hezbollah:asserted"}},
		{name: "behind the shelling, then an end to repeated attacks", published: "2025-03-25",
			text:    lead + "وقال المسؤول إن حركة النجباء تقف وراء القصف، داعياً إلى وضع حد للهجمات المتكررة على القواعد.",
			attacks: []string{at}, attribs: []string{"base:harir>militia:nujaba:asserted"}},
		{name: "control: repeatedly blamed for these attacks", published: "2025-03-25",
			text:      lead + "وحمّلت واشنطن مراراً كتائب حزب الله مسؤولية هذه الهجمات.",
			attacks:   []string{at},
			noAttribs: []string{"base:harir>militia:kataib-hezbollah:asserted"}},
	}
}

// pronounDeedWordings: a verb of carrying out with an object pronoun
// ("نفذته"، "شنّته") points back to the attack told just before; threats
// a group "launched" do not.
func pronounDeedWordings() []generalCase {
	const lead = "سقطت صواريخ على قاعدة حرير فجر اليوم. "
	const at = "base:harir@2025-03-25"
	return []generalCase{
		{name: "officials suspect that factions carried it out", published: "2025-03-25",
			text:    lead + "وقال مسؤولون أمريكيون إنهم يشتبهون بأن فصائل مدعومة من إيران نفذته.",
			attacks: []string{at}, attribs: []string{"base:harir>militia:iran-backed-militias:suspected"}},
		{name: "the spokesman says a group is who carried it out", published: "2025-03-25",
			text:    lead + "وأكد المتحدث أن حركة النجباء هي من نفذته.",
			attacks: []string{at}, attribs: []string{"base:harir>militia:nujaba:asserted"}},
		{name: "control: raids that US forces carried out", published: "2025-03-25",
			text:      lead + "وقال البنتاغون إن الغارات التي نفذتها القوات الأمريكية مساء اليوم استهدفت مخازن لكتائب حزب الله.",
			attacks:   []string{at},
			noAttribs: []string{"base:harir>militia:kataib-hezbollah:asserted", "base:harir>force:us-forces:asserted"}},
		{name: "control: threats a group launched", published: "2025-03-25",
			text:      lead + "وتأتي الحادثة بعد أيام من تهديدات أطلقتها حركة النجباء ضد المصالح الأمريكية.",
			attacks:   []string{at},
			noAttribs: []string{"base:harir>militia:nujaba:asserted"}},
	}
}

// verbalNounClaimWordings: a group in the genitive of "إعلان" before an
// attack noun claims it; a group that opens its campaign "باستهداف" A and B
// and then strikes C claims all three. A state's announcement, threats and
// a government's series of talks claim nothing.
func verbalNounClaimWordings() []generalCase {
	return []generalCase{
		{name: "hours after the group announced targeting the base", published: "2023-10-25",
			text:    "ويأتي ذلك بعد ساعات من إعلان المقاومة الإسلامية في العراق، أمس الثلاثاء، استهداف قاعدة التنف بطائرتين مسيرتين.",
			attacks: []string{"base:al-tanf@2023-10-24"},
			claims:  []string{"base:al-tanf>militia:islamic-resistance-in-iraq<militia:islamic-resistance-in-iraq"}},
		{name: "the group opened its series by targeting two bases, then a third", published: "2023-10-25",
			text: "وكانت المقاومة الإسلامية في العراق قد افتتحت سلسلة عملياتها في 18/10/2023 باستهداف قاعدة عين الأسد وقاعدة حرير بعدد من المسيرات، " +
				"ثم استهدفت الخميس الماضي قاعدة فكتوريا بمسيرتين.",
			attacks: []string{"base:ain-al-asad@2023-10-18", "base:harir@2023-10-18", "base:victory@2023-10-19"},
			attribs: []string{"base:ain-al-asad>militia:islamic-resistance-in-iraq:claimed", "base:harir>militia:islamic-resistance-in-iraq:claimed",
				"base:victory>militia:islamic-resistance-in-iraq:claimed"}},
		{name: "a group began its campaign by shelling a base", published: "2023-10-25",
			text:    "بدأت حركة النجباء حملتها بقصف قاعدة عين الأسد فجر اليوم.",
			attacks: []string{"base:ain-al-asad@2023-10-25"},
			attribs: []string{"base:ain-al-asad>militia:nujaba:claimed"}},
		{name: "control: the Pentagon announced targeting the factions", published: "2023-10-25",
			text:      "سقطت صواريخ على قاعدة عين الأسد فجر اليوم. وجاء ذلك بعد إعلان البنتاغون استهداف مواقع لكتائب حزب الله في القائم.",
			attacks:   []string{"base:ain-al-asad@2023-10-25"},
			noAttribs: []string{"base:ain-al-asad>militia:kataib-hezbollah:claimed"}},
		{name: "control: despite a group announcing a halt to targeting bases", published: "2023-10-25",
			text:      "سقطت صواريخ على قاعدة عين الأسد فجر اليوم، رغم إعلان حركة النجباء وقف استهداف القواعد الأمريكية.",
			attacks:   []string{"base:ain-al-asad@2023-10-25"},
			noAttribs: []string{"base:ain-al-asad>militia:nujaba:claimed"}},
		{name: "control: a group went on with its threats of targeting bases", published: "2023-10-25",
			text:      "سقطت صواريخ على قاعدة عين الأسد فجر اليوم. في حين واصلت حركة النجباء تهديداتها باستهداف القواعد الأمريكية.",
			attacks:   []string{"base:ain-al-asad@2023-10-25"},
			noAttribs: []string{"base:ain-al-asad>militia:nujaba:claimed"}},
		{name: "control: a day after a group announced, an official said a drone targeted", published: "2024-02-05",
			text:      "ففي يوم الأربعاء الماضي، أي بعد يوم واحد من إعلان حركة النجباء، قال مسؤول أمريكي إن مسيرة استهدفت قاعدة حرير.",
			attacks:   []string{"base:harir@2024-01-31"},
			noAttribs: []string{"base:harir>militia:nujaba:claimed"}},
	}
}

// knownAsWordings: "قاعدة X، المعروفة أيضاً بقاعدة Y" names one base; a
// landmark that "holds a camp known as Y" gives way to Y; two bases joined
// by "و" stay two.
func knownAsWordings() []generalCase {
	return []generalCase{
		{name: "a base also known by another name", published: "2024-02-05",
			text:    "قال مسؤول أمريكي إن مسيرة استهدفت يوم الأربعاء الماضي قاعدة خراب الجير، المعروفة أيضا بقاعدة رميلان، في محافظة الحسكة.",
			attacks: []string{"base:kharab-al-jir@2024-01-31"}},
		{name: "a base that is also called by a field's name", published: "2024-02-05",
			text:    "سقطت قذائف على قاعدة الشدادي، التي تعرف كذلك باسم قاعدة حقل كونيكو، فجر اليوم.",
			attacks: []string{"base:shaddadi@2024-02-05"}},
		{name: "a base near an airport that holds a camp known by its name", published: "2019-12-10",
			text:    "وفي التاسع من ديسمبر، سقطت أربعة صواريخ على قاعدة عسكرية قرب مطار بغداد الدولي تضم معسكرا يعرف بقاعدة فيكتوريا.",
			attacks: []string{"base:victory@2019-12-09"}},
		{name: "control: a base known for its defences, and another base", published: "2024-02-05",
			text:    "استهدفت الصواريخ فجر اليوم قاعدة عين الأسد المعروفة بتحصيناتها وقاعدة حرير.",
			attacks: []string{"base:ain-al-asad@2024-02-05", "base:harir@2024-02-05"}},
		{name: "control: two bases joined by wa", published: "2019-12-10",
			text:    "استهدفت الصواريخ قاعدة فيكتوريا ومطار بغداد فجر اليوم.",
			attacks: []string{"base:victory-baghdad-airport@2019-12-10", "base:victory@2019-12-10"}},
	}
}

// timeLandmarkWordings: a base right after "قبل"/"منذ" marks a time (its
// attack's), not a new target; "بعد هجوم قاعدة X" still tells X's attack.
func timeLandmarkWordings() []generalCase {
	return []generalCase{
		{name: "the gravest attack before a base", published: "2024-02-05",
			text:    "وكان أخطر تلك الهجمات قبل «البرج 22» ما تعرضت له قاعدة عين الأسد مساء السبت 20 يناير، حين أطلقت عليها صواريخ باليستية.",
			attacks: []string{"base:ain-al-asad@2024-01-20"}},
		{name: "the fiercest strike since a base", published: "2024-02-05",
			text:    "وتعد هذه أعنف ضربة منذ قاعدة حرير، إذ استهدفت مسيرات قاعدة الشدادي فجر اليوم.",
			attacks: []string{"base:shaddadi@2024-02-05"}},
		{name: "control: after the attack on a base", published: "2024-02-05",
			text:    "بعد هجوم قاعدة حرير أمس، تعرضت قاعدة الشدادي اليوم لهجوم بمسيرة.",
			attacks: []string{"base:harir@2024-02-04", "base:shaddadi@2024-02-05"}},
	}
}

// retractedWordings: "الهجوم … وإنما/بل استهدف قاعدة X، قبل أن يصدر بيان
// يوضح أن …" tells of a site the text goes on to correct: no attack on X.
// A correction left standing still names X.
func retractedWordings() []generalCase {
	const lead = "قتل ثلاثة جنود أمريكيين في هجوم بمسيرة على قاعدة البرج 22 فجر أمس الأحد. "
	const at = "base:tower-22@2024-01-28"
	return []generalCase{
		{name: "the spokesman's site, then a statement makes clear", published: "2024-01-29",
			text:    lead + "وقال المتحدث الحكومي إن الهجوم لم يقع داخل البلاد، وإنما استهدف قاعدة التنف، قبل أن يصدر بيان عن الجيش يوضح أن المسيرة ضربت البرج 22.",
			attacks: []string{at}},
		{name: "the ministry goes back and makes clear", published: "2024-01-29",
			text:    lead + "وقال المتحدث إن الهجوم لم يستهدف البرج بل استهدف قاعدة التنف، قبل أن تعود الوزارة وتوضح أن المستهدف كان البرج 22.",
			attacks: []string{at}},
		{name: "the first telling of the day is corrected", published: "2024-01-29",
			text: "دانت الحكومة الهجوم الذي استهدف فجر الأحد موقعاً متقدماً على الحدود.\n" +
				"وقال الناطق إن الهجوم \"لم يقع داخل الأراضي الأردنية، وإنما استهدف قاعدة التنف في سوريا\"، قبل أن يصدر بيان يوضح أن المسيّرة ضربت الموقع المعروف باسم \"البرج 22\".",
			attacks: []string{"base:tower-22@2024-01-28"}},
		{name: "control: a correction left standing", published: "2024-01-29",
			text:    lead + "وقال الجيش إن الهجوم لم يستهدف القاعدة بل استهدف قاعدة التنف.",
			attacks: []string{"base:al-tanf@-", at}},
	}
}

// killedLeaderWordings: the group of a leader killed, named in the reason
// for a claimed strike, is the side that lost him, never the claimer.
func killedLeaderWordings() []generalCase {
	return []generalCase{
		{name: "in answer to the killing of a force's commander", published: "2020-01-09",
			text:      "أطلق الحرس الثوري الإيراني 11 صاروخاً على قاعدة عين الأسد فجر 8 كانون الثاني 2020، وأعلن مسؤوليته عنها رسمياً رداً على مقتل قائد فيلق القدس قاسم سليماني.",
			attacks:   []string{"base:ain-al-asad@2020-01-08"},
			attribs:   []string{"base:ain-al-asad>militia:irgc:asserted"},
			noAttribs: []string{"base:ain-al-asad>militia:quds-force:claimed"}},
		{name: "revenge for the killing of a movement's leader", published: "2020-01-09",
			text:      "سقطت صواريخ على قاعدة عين الأسد فجر أمس، وأعلنت كتائب حزب الله مسؤوليتها ثأراً لمقتل قائد في حركة النجباء.",
			attacks:   []string{"base:ain-al-asad@2020-01-08"},
			attribs:   []string{"base:ain-al-asad>militia:kataib-hezbollah:claimed"},
			noAttribs: []string{"base:ain-al-asad>militia:nujaba:claimed"}},
	}
}

// foreignTargetWordings: blame for attacks "على السفن"/"على الملاحة" is for
// another event than the base's attack; attacks "على القواعد" stay.
func foreignTargetWordings() []generalCase {
	const lead = "أصيب عسكريون أمريكيون في هجوم بصواريخ على قاعدة عين الأسد أمس. "
	const at = "base:ain-al-asad@2024-01-20"
	return []generalCase{
		{name: "strikes in answer to the group's attacks on ships", published: "2024-01-21",
			text:      lead + "وفي تطور منفصل، شنت الولايات المتحدة وبريطانيا ضربات على أهداف لجماعة الحوثيين في اليمن، ردا على هجمات الجماعة على السفن في البحر الأحمر.",
			attacks:   []string{at},
			noAttribs: []string{"base:ain-al-asad>militia:houthis:asserted"}},
		{name: "the group's attacks on shipping", published: "2024-01-21",
			text:      lead + "وتتهم واشنطن جماعة الحوثيين بتنفيذ هجمات على الملاحة في البحر الأحمر.",
			attacks:   []string{at},
			noAttribs: []string{"base:ain-al-asad>militia:houthis:asserted"}},
		{name: "control: behind the attacks on bases", published: "2024-01-21",
			text:    lead + "وقال المسؤول إن كتائب حزب الله تقف وراء الهجمات على القواعد الأمريكية.",
			attacks: []string{at},
			attribs: []string{"base:ain-al-asad>militia:kataib-hezbollah:asserted"}},
	}
}

// TestAttackOfDay checks that "المسؤولة عن هجوم الأربعاء" blames that
// day's attack alone, even when a plural "الهجمات" follows in the quote.
func TestAttackOfDay(t *testing.T) {
	x := extract.New(loadLexicon(t))
	const lead = "تعرض معسكر التاجي، أمس السبت، لهجوم صاروخي جديد.\n" +
		"وكانت صواريخ قد استهدفت المعسكر ذاته مساء الأربعاء ١١ مارس/آذار.\n"
	tests := []struct {
		name, text, accused, day string
	}{
		{name: "Wednesday's attack, then attacks in general",
			text:    lead + "وقال الوزير إن كتائب حزب الله \"هي المسؤولة\" عن هجوم الأربعاء، مضيفاً: \"لن نتسامح مع الهجمات على شعبنا\".",
			accused: "militia:kataib-hezbollah", day: "2020-03-11"},
		{name: "Saturday's shelling, then repeated attacks",
			text:    lead + "وقال المسؤول إن عصائب أهل الحق تقف وراء قصف يوم السبت، محذراً من تكرار الهجمات على المعسكرات.",
			accused: "militia:asaib-ahl-al-haq", day: "2020-03-14"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := run(t, x, "2020-03-15", tc.text)
			if len(doc.Attacks) != 2 {
				t.Fatalf("got %d attacks, want 2", len(doc.Attacks))
			}
			for _, at := range doc.Attacks {
				if at.Date == nil {
					t.Fatalf("undated attack on %s", at.Target)
				}
				has := false
				for _, y := range at.Attributions {
					has = has || y.Accused == tc.accused
				}
				if day := *at.Date; has != (day == tc.day) {
					t.Errorf("attack on %s: accused %s = %v", day, tc.accused, has)
				}
			}
		})
	}
}

// hostStrikeWordings: an airport or site the lexicon does not know as a
// base, named where US strikes hit ("الضربات الأمريكية قتلت … في مطار X"،
// "وردت الولايات المتحدة بضربات على … مطار X"), is no attacked base; a
// known base struck by others stays one.
func hostStrikeWordings() []generalCase {
	const lead = "تعرض معسكر التاجي مساء الأربعاء لهجوم صاروخي. "
	const at = "base:taji@2020-03-11"
	return []generalCase{
		{name: "the US answered with strikes on sites and an airport", published: "2020-03-14",
			text:    lead + "وردت الولايات المتحدة فجر الجمعة بضربات جوية استهدفت مواقع في جرف الصخر ومطار النجف قيد الإنشاء.",
			attacks: []string{at}},
		{name: "US forces answered with raids on stores at an airport", published: "2020-03-14",
			text:    lead + "وردت القوات الأمريكية بغارات استهدفت مخازن في مطار الحلة قيد الإنشاء.",
			attacks: []string{at}},
		{name: "the US raids hit an airport", published: "2020-03-14",
			text:    lead + "وأصابت الغارات الأمريكية فجر الجمعة مطار النجف قيد الإنشاء.",
			attacks: []string{at}},
		{name: "strikes around an international airport being built; a worker killed there", published: "2020-03-14",
			text: lead + "وشنت طائرات أمريكية فجر الجمعة غارات على مخازن في محيط مطار النجف الدولي قيد الإنشاء. " +
				"وقالت قيادة العمليات إن الغارات أسفرت عن مقتل مدني يعمل في مطار النجف.",
			attacks: []string{at}},
		{name: "an airport being built, named by no town before it", published: "2020-03-14",
			text:       lead + "وقال الوزير إن المواقع المستهدفة في جرف الصخر، إضافة إلى مطار قيد الإنشاء في كربلاء، كانت مخازن للأسلحة.",
			attacks:    []string{at},
			noEntities: []string{"base:مطار-قيد-انشاء"}},
		{name: "control: rockets on a known base", published: "2020-03-14",
			text:    lead + "وسقطت صواريخ مساء الخميس على قاعدة بلد الجوية.",
			attacks: []string{"base:balad@2020-03-12", at}},
	}
}

// seriesSinceWordings: "هذه الهجمات" after a count of attacks "منذ" a day
// covers every attack of the story since that day; with no start it
// stays with the attacks near the one told last.
func seriesSinceWordings() []generalCase {
	const lead = "استهدفت مسيرة قاعدة حرير مساء أمس الخميس.\n"
	const first = "وكانت أولى هذه الهجمات في 2023/10/17 حين استهدفت مسيرة قاعدة عين الأسد.\n"
	const blame = "وأضاف أن حركة النجباء هي المسؤولة عن هذه الهجمات."
	return []generalCase{
		{name: "attacks since a day, then who is behind these attacks", published: "2023-10-27",
			text:    lead + "وقال المتحدث إن القوات تعرضت منذ 17 أكتوبر لما لا يقل عن 12 هجوماً في العراق وسوريا.\n" + first + blame,
			attacks: []string{"base:ain-al-asad@2023-10-17", "base:harir@2023-10-26"},
			attribs: []string{"base:ain-al-asad>militia:nujaba:asserted", "base:harir>militia:nujaba:asserted"}},
		{name: "a series that began on a day", published: "2023-10-27",
			text:    lead + "وأشار إلى أن القواعد تتعرض منذ السابع عشر من أكتوبر لهجمات شبه يومية.\n" + first + blame,
			attacks: []string{"base:ain-al-asad@2023-10-17", "base:harir@2023-10-26"},
			attribs: []string{"base:ain-al-asad>militia:nujaba:asserted", "base:harir>militia:nujaba:asserted"}},
		{name: "control: a count with no start", published: "2023-10-27",
			text:      lead + "وقال المتحدث إن القوات تعرضت لما لا يقل عن 12 هجوماً في العراق وسوريا.\n" + first + blame,
			attacks:   []string{"base:ain-al-asad@2023-10-17", "base:harir@2023-10-26"},
			attribs:   []string{"base:ain-al-asad>militia:nujaba:asserted"},
			noAttribs: []string{"base:harir>militia:nujaba:asserted"}},
	}
}

// notStruckWordings: "أعلنت X أنها لم تستهدف القاعدة" is X's denial; "أنها
// استهدفت" stays its claim.
func notStruckWordings() []generalCase {
	const lead = "سقطت صواريخ على قاعدة عين الأسد فجر اليوم الثلاثاء. "
	const at = "base:ain-al-asad@2025-07-15"
	return []generalCase{
		{name: "a group announces it did not target the base", published: "2025-07-15",
			text:      lead + "وأعلنت كتائب حزب الله في بيان أنها لم تستهدف القاعدة.",
			attacks:   []string{at},
			attribs:   []string{"base:ain-al-asad>militia:kataib-hezbollah:denied"},
			noAttribs: []string{"base:ain-al-asad>militia:kataib-hezbollah:claimed"}},
		{name: "a movement affirms it did not shell the base", published: "2025-07-15",
			text:    lead + "وأكدت حركة النجباء أنها لم تقصف القاعدة ولم تطلق أي صواريخ.",
			attacks: []string{at},
			attribs: []string{"base:ain-al-asad>militia:nujaba:denied"}},
		{name: "control: a group announces it targeted the base", published: "2025-07-15",
			text:    lead + "وأعلنت كتائب حزب الله في بيان أنها استهدفت القاعدة.",
			attacks: []string{at},
			attribs: []string{"base:ain-al-asad>militia:kataib-hezbollah:claimed"}},
	}
}

// tallyWordings: "هو العاشر خلال شهرين على قواعد … أو على السفارة" counts
// the kinds of site attacked, naming no new target; a base attacked after
// an ordinal of its own stays.
func tallyWordings() []generalCase {
	return []generalCase{
		{name: "the tenth attack in two months on bases or the embassy", published: "2019-12-28",
			text:    "سقطت صواريخ على قاعدة كيه وان في كركوك مساء أمس. وهجوم كركوك هو العاشر على الأقل خلال شهرين على قواعد تضم أمريكيين أو على السفارة الأمريكية في بغداد.",
			attacks: []string{"base:k1@2019-12-27"}},
		{name: "the third since the start of the month on sites or an airport", published: "2019-12-28",
			text:    "سقطت صواريخ على قاعدة كيه وان في كركوك مساء أمس، في هجوم هو الثالث منذ بداية الشهر على مواقع التحالف أو على مطار بغداد.",
			attacks: []string{"base:k1@2019-12-27"}},
		{name: "control: the third in a week, on the base named first", published: "2019-12-28",
			text:    "تعرضت قاعدة عين الأسد مساء الأحد لهجوم صاروخي هو الثالث خلال أسبوع على القاعدة.",
			attacks: []string{"base:ain-al-asad@2019-12-22"}},
		{name: "control: a tally, then a base struck in the next clause", published: "2019-12-28",
			text:    "وهذا هو الهجوم الثالث خلال أسبوع، إذ سقطت صواريخ مساء الأحد على قاعدة بلد.",
			attacks: []string{"base:balad@2019-12-22"}},
	}
}

// killedNearAnaphorWordings: men "killed by a strike near the airport"
// (the base's head noun only) tell no attack on the base; shells that fell
// near it still do.
func killedNearAnaphorWordings() []generalCase {
	const lead = "أسقطت الدفاعات مسيرتين كانتا تستهدفان قاعدة فيكتوريا الملاصقة لمطار بغداد فجر أمس.\n"
	const at = "base:victory@2022-01-04"
	return []generalCase{
		{name: "two leaders killed by a strike near the airport", published: "2022-01-05",
			text:    lead + "وكتب على جناح إحداهما شعار ثأر للقائدين اللذين قتلا بضربة أميركية قرب المطار في الثالث من كانون الثاني 2020.",
			attacks: []string{at}},
		{name: "a commander killed by a raid near the base", published: "2022-01-05",
			text:    lead + "وجاء ذلك في ذكرى قائد قتل بغارة قرب القاعدة في كانون الثاني 2020.",
			attacks: []string{at}},
		{name: "control: a shell fell near the base", published: "2022-01-05",
			text:    lead + "وسقطت قذيفة ثالثة قرب القاعدة فجر أمس.",
			attacks: []string{at}},
	}
}

// terroristsWordings: "الهجوم الذي نفذه إرهابيو X" names X as the doer, as
// "عناصر X" does.
func terroristsWordings() []generalCase {
	const lead = "هاجم مسلحون قاعدة بامرني مساء الجمعة.\n"
	const at = "base:bamerni@2024-01-12"
	return []generalCase{
		{name: "the treacherous attack that a group's terrorists carried out", published: "2024-01-13",
			text:    lead + "وأضاف البيان أن العملية جاءت ردا على الهجوم الغادر الذي نفذه إرهابيو بي كي كي ضد القاعدة العسكرية في بامرني.",
			attacks: []string{at}, attribs: []string{"base:bamerni>militia:pkk:asserted"}},
		{name: "the attack that a party's terrorists carried out", published: "2024-01-13",
			text:    lead + "وأضاف البيان أن الهجوم الذي نفذه إرهابيو حزب العمال الكردستاني ضد القاعدة أسفر عن مقتل جنود.",
			attacks: []string{at}, attribs: []string{"base:bamerni>militia:pkk:asserted"}},
		{name: "control: members of a group carried it out", published: "2024-01-13",
			text:    lead + "وأضاف البيان أن الهجوم الذي نفذه عناصر بي كي كي ضد القاعدة أسفر عن مقتل جنود.",
			attacks: []string{at}, attribs: []string{"base:bamerni>militia:pkk:asserted"}},
	}
}

// longAccuserTitleWordings: in "حمّل القيادي في X، الأمين العام لـY، فلان
// Z مسؤولية الهجوم" X and Y only name who accuses; Z, right before
// مسؤولية, is accused.
func longAccuserTitleWordings() []generalCase {
	const lead = "قصفت طائرة مسيرة مقرا للحشد الشعبي في معسكر أشرف مساء الأحد.\n"
	const at = "base:camp-ashraf@2019-07-28"
	return []generalCase{
		{name: "a leader in one group and head of another blames a force", published: "2019-07-29",
			text:    lead + "وحمّل قيادي بارز في الحشد الشعبي، الأمين العام لكتائب حزب الله، في بيان مقتضب \"القوات الأمريكية\" مسؤولية القصف.",
			attacks: []string{at}, attribs: []string{"base:camp-ashraf>force:us-forces:asserted"},
			noAttribs: []string{"base:camp-ashraf>militia:pmf:asserted", "base:camp-ashraf>militia:kataib-hezbollah:asserted"}},
		{name: "control: a spokesman of a group blames a state", published: "2019-07-29",
			text:    lead + "وحمّل المتحدث باسم الحشد الشعبي، في مؤتمر صحفي عقده ببغداد، إسرائيل مسؤولية القصف.",
			attacks: []string{at}, attribs: []string{"base:camp-ashraf>country:israel:asserted"},
			noAttribs: []string{"base:camp-ashraf>militia:pmf:asserted"}},
		{name: "control: a group blames a force directly", published: "2019-07-29",
			text:    lead + "وحمّل الحشد الشعبي القوات الأمريكية مسؤولية القصف.",
			attacks: []string{at}, attribs: []string{"base:camp-ashraf>force:us-forces:asserted"},
			noAttribs: []string{"base:camp-ashraf>militia:pmf:asserted"}},
	}
}

// likelyDoerWordings: "رجّحت مصادر أن تكون X أو فصائل قريبة منها قد نفذته"
// names X as the likely doer, quoted or not.
func likelyDoerWordings() []generalCase {
	const lead = "سقطت خمسة صواريخ على قاعدة بلد الجوية مساء الأحد.\n"
	const at = "base:balad@2020-01-12"
	return []generalCase{
		{name: "control: sources deem a quoted group or its kin likely", published: "2020-01-13",
			text:    lead + "ولم تتبن أي جهة الهجوم، لكن مصادر أمنية رجّحت أن تكون \"كتائب حزب الله\" أو جماعات مقربة منها قد نفذته.",
			attacks: []string{at}, attribs: []string{"base:balad>militia:kataib-hezbollah:likely"}},
		{name: "likely doer, then the killing the escalation followed", published: "2020-01-13",
			text:    lead + "ولم تتبن أي جهة الهجوم، لكن مصادر أمنية رجّحت أن تكون \"كتائب حزب الله\" أو فصائل حليفة لها قد نفذته، وسط توتر أعقب مقتل قائد عسكري إيراني بضربة أمريكية قرب مطار بغداد في الثالث من الشهر الجاري.",
			attacks: []string{at}, attribs: []string{"base:balad>militia:kataib-hezbollah:likely"}},
		{name: "control: an unquoted group carried it out, likely", published: "2020-01-13",
			text:    lead + "ورجّح مسؤول أمني أن تكون عصائب أهل الحق قد نفذت القصف.",
			attacks: []string{at}, attribs: []string{"base:balad>militia:asaib-ahl-al-haq:likely"}},
		{name: "control: a group deemed behind it", published: "2020-01-13",
			text:    lead + "ورجّحت مصادر أن تكون كتائب حزب الله وراء الهجوم.",
			attacks: []string{at}, attribs: []string{"base:balad>militia:kataib-hezbollah:likely"}},
	}
}

// stateStrikeOnWordings: "القصف الصاروخي الإيراني على قاعدة X" tells, in
// the article's own voice, that the state struck X; its strikes on other
// sites name no attacker of the base's attack.
func stateStrikeOnWordings() []generalCase {
	const lead = "سقطت صواريخ على قاعدة بلد مساء الأحد.\n"
	return []generalCase{
		{name: "days after a state's rocket strike on another base", published: "2020-01-13",
			text:    lead + "ويأتي ذلك بعد ثلاثة أيام من القصف الصاروخي الإيراني على قاعدة عين الأسد فجر الخميس الماضي.",
			attacks: []string{"base:ain-al-asad@2020-01-09", "base:balad@2020-01-12"},
			attribs: []string{"base:ain-al-asad>country:iran:attacker"}, noAttribs: []string{"base:balad>country:iran:asserted"}},
		{name: "control: a state's strike with a second adjective", published: "2020-01-13",
			text:    lead + "وجاء الهجوم عقب الضربة الإيرانية المباشرة على قاعدة عين الأسد فجر الخميس الماضي.",
			attacks: []string{"base:ain-al-asad@2020-01-09", "base:balad@2020-01-12"},
			attribs: []string{"base:ain-al-asad>country:iran:attacker"}},
		{name: "a state's missile strike that targeted a base, in a relative clause", published: "2020-01-13",
			text:    lead + "وتأتي هذه التطورات بعد أيام من الضربة الصاروخية الإيرانية التي استهدفت فجر الخميس الماضي قاعدة عين الأسد.",
			attacks: []string{"base:ain-al-asad@2020-01-09", "base:balad@2020-01-12"},
			attribs: []string{"base:ain-al-asad>country:iran:attacker"}, noAttribs: []string{"base:balad>country:iran:asserted"}},
		{name: "control: a state's shelling of villages", published: "2020-01-13",
			text:      lead + "ويأتي ذلك بعد أيام من القصف التركي على قرى في ريف دهوك.",
			attacks:   []string{"base:balad@2020-01-12"},
			noAttribs: []string{"base:balad>country:turkey:asserted", "base:balad>country:turkey:attacker"}},
	}
}

// fightersFromWordings: "هجوم لإرهابيين من تنظيم X على القاعدة" names X's
// men as the attackers, with the group noun or the -ين plural.
func fightersFromWordings() []generalCase {
	const lead = "هاجم مسلحون قاعدة بامرني فجر الثلاثاء.\n"
	const at = "base:bamerni@2023-08-15"
	return []generalCase{
		{name: "terrorists from an organisation, quoted", published: "2023-08-16",
			text:    lead + "وأعلنت وزارة الدفاع التركية مقتل جندي «جراء هجوم لإرهابيين من تنظيم بي كي كي على القاعدة».",
			attacks: []string{at}, attribs: []string{"base:bamerni>militia:pkk:asserted"}},
		{name: "gunmen from a party", published: "2023-08-16",
			text:    lead + "وقالت الوزارة إن جنديين أصيبا في هجوم لمسلحين من حزب العمال الكردستاني على القاعدة.",
			attacks: []string{at}, attribs: []string{"base:bamerni>militia:pkk:asserted"}},
		{name: "terrorist bands from an organisation, after a feminine relative verb", published: "2023-08-16",
			text:    lead + "وقالت الوزارة إن الوحدات تصدت لهجوم شنته مجموعات إرهابية من تنظيم بي كي كي على القاعدة.",
			attacks: []string{at}, attribs: []string{"base:bamerni>militia:pkk:asserted"}},
		{name: "gunmen of an organisation tried to infiltrate", published: "2023-08-16",
			text:    lead + "وأشار المتحدث إلى أن مسلحي «بي كي كي» حاولوا ليل الثلاثاء التسلل نحو القاعدة، إلا أن الحراس أحبطوا المحاولة.",
			attacks: []string{at}, attribs: []string{"base:bamerni>militia:pkk:asserted"}},
		{name: "control: gunmen who tried to infiltrate towards a town", published: "2023-08-16",
			text:      lead + "وقالت الوزارة إن مسلحين هاجموا القاعدة، فيما قال مصدر محلي إن الحراس كانوا يتصدون لمجموعة من مسلحي «بي كي كي» حاولت التسلل نحو بلدة زاخو.",
			attacks:   []string{at},
			noAttribs: []string{"base:bamerni>militia:pkk:asserted"}},
		{name: "control: fighters who foiled an infiltration", published: "2023-08-16",
			text:      lead + "وأحبط مقاتلو حزب العمال الكردستاني محاولة تسلل نحو القاعدة.",
			attacks:   []string{at},
			noAttribs: []string{"base:bamerni>militia:pkk:asserted"}},
		{name: "control: strikes on gunmen from a party", published: "2023-08-16",
			text:      lead + "وقالت الوزارة إن طائراتها استهدفت مسلحين من حزب العمال الكردستاني في جبال قنديل.",
			attacks:   []string{at},
			noAttribs: []string{"base:bamerni>militia:pkk:asserted"}},
	}
}

// accusedMeanwhileWordings: in "في وقت اتهمت فيه أنقرة X بالوقوف وراء
// الهجوم" the capital accuses, X is accused.
func accusedMeanwhileWordings() []generalCase {
	const lead = "هاجم مسلحون قاعدة بامرني فجر الثلاثاء.\n"
	const at = "base:bamerni@2023-08-15"
	return []generalCase{
		{name: "a capital accuses, at a time when", published: "2023-08-16",
			text:    lead + "وتبنت جماعة أولياء الدم الهجوم، في وقت اتهمت فيه أنقرة حزب العمال الكردستاني بتنفيذه.",
			attacks: []string{at}, attribs: []string{"base:bamerni>militia:pkk:asserted"},
			noAttribs: []string{"base:bamerni>country:turkey:asserted"}},
		{name: "a state accuses, at a time when", published: "2023-08-16",
			text:    lead + "وتبنت جماعة أولياء الدم الهجوم، في الوقت الذي اتهمت فيه تركيا حزب العمال الكردستاني بالوقوف وراءه.",
			attacks: []string{at}, attribs: []string{"base:bamerni>militia:pkk:asserted"},
			noAttribs: []string{"base:bamerni>country:turkey:asserted"}},
		{name: "control: the capital accuses, verb first", published: "2023-08-16",
			text:    lead + "واتهمت أنقرة حزب العمال الكردستاني بالوقوف وراء الهجوم.",
			attacks: []string{at}, attribs: []string{"base:bamerni>militia:pkk:asserted"},
			noAttribs: []string{"base:bamerni>country:turkey:asserted"}},
	}
}

// recordBaseWordings: a base named only in a group's record of plural
// attacks ("سبق أن تبنت هجمات على مطار X") is not the "القاعدة" told next;
// the base attacked before it is.
func recordBaseWordings() []generalCase {
	const lead = "استهدفت صواريخ قاعدة زيلكان التركية مساء الثلاثاء، وتبنت جماعة أولياء الدم القصف.\n"
	const at = "base:zilkan@2022-04-19"
	return []generalCase{
		{name: "the group's past attacks on an airport, then the base's rockets", published: "2022-04-21",
			text:    lead + "وكانت الجماعة قد تبنت في السابق هجمات على مطار أربيل الدولي خلال العام الماضي.\nوقال مسؤول محلي إن أربعة صواريخ أطلقت باتجاه القاعدة ليلاً.",
			attacks: []string{at}},
		{name: "strikes on an airport in its record", published: "2022-04-21",
			text:    lead + "وسبق أن ظهر اسمها في بيانات اعتداءات على مطار أربيل الدولي.\nوقال مسؤول محلي إن صاروخين سقطا داخل القاعدة.",
			attacks: []string{at}},
		{name: "control: an airport struck itself, then the base", published: "2022-04-21",
			text:    lead + "وسقط صاروخ على مطار أربيل الدولي مساء الثلاثاء.\nوقال مسؤول إن صاروخين سقطا داخل القاعدة.",
			attacks: []string{"base:erbil-airbase@2022-04-19", at}},
	}
}

// headedToWordings: a base a convoy or patrol was heading to when it was
// struck on the road is no target; rockets fired towards a base still are.
func headedToWordings() []generalCase {
	return []generalCase{
		{name: "a convoy returning towards a camp hit by a roadside bomb", published: "2024-03-02",
			text:    "قُتل جنديان فجر اليوم. وقال مصدر أمني إن «القافلة كانت عائدة من مهمة في قرى المنطقة باتجاه معسكر التاجي، عندما انفجرت عبوة ناسفة بالمركبة الأولى».",
			attacks: nil},
		{name: "control: a patrol on its way to a base ambushed", published: "2024-03-02",
			text:    "نصب مسلحون كميناً فجر اليوم لدورية عسكرية كانت في طريقها إلى قاعدة عين الأسد، ما أدى إلى مقتل جندي.",
			attacks: nil},
		{name: "control: a drone on its way to the base downed", published: "2024-03-02",
			text:    "أسقطت الدفاعات الجوية فجر اليوم طائرة مسيرة كانت في طريقها إلى معسكر التاجي.",
			attacks: []string{"base:taji@2024-03-02"}},
		{name: "control: rockets fired towards the base", published: "2024-03-02",
			text:    "قال مسؤول إن أربعة صواريخ أطلقت فجر اليوم باتجاه معسكر التاجي وسقطت داخله.",
			attacks: []string{"base:taji@2024-03-02"}},
	}
}

// oneOfThemWordings: "تبنت إحداها X" after several past attacks claims one
// of them, not the attack the story tells.
func oneOfThemWordings() []generalCase {
	const lead = "سقطت صواريخ على قاعدة زيلكان مساء الثلاثاء.\n"
	const at = "base:zilkan@2022-04-19"
	return []generalCase{
		{name: "several attacks over two years, one of them claimed", published: "2022-04-20",
			text:      lead + "وسبق أن تعرضت القاعدة، التي تضم جنوداً أتراكاً، لهجمات عدة خلال العامين الماضيين، تبنت إحداها جماعة تطلق على نفسها اسم \"أولياء الدم\".",
			attacks:   []string{at},
			noAttribs: []string{"base:zilkan>militia:saraya-awliya-al-dam:claimed"}},
		{name: "control: the group claimed this attack", published: "2022-04-20",
			text:    lead + "وتبنت جماعة تطلق على نفسها اسم \"أولياء الدم\" الهجوم في بيان.",
			attacks: []string{at}, attribs: []string{"base:zilkan>militia:saraya-awliya-al-dam:claimed"}},
	}
}

// keptDayWordings: a sentence that names a base already attacked, with no
// day of its own, keeps that attack's day; a day named in the sentence
// before (a statement's "اليوم") is not borrowed.
func keptDayWordings() []generalCase {
	const lead = "قتل جنديان في هجوم بمسيرة على قاعدة البرج 22 فجر الأحد الماضي. "
	const at = "base:tower-22@2024-01-28"
	return []generalCase{
		{name: "the president's words of today, then the blame in the pluperfect", published: "2024-02-03",
			text:    lead + "وقال الرئيس في بيان إن \"ردنا بدأ اليوم\". وكان قد حمّل فصائل مدعومة من إيران مسؤولية هجوم البرج 22.",
			attacks: []string{at}, attribs: []string{"base:tower-22>militia:iran-backed-militias:asserted"}},
		{name: "the strikes of today, then the claim", published: "2024-02-03",
			text:    lead + "وقالت الوزارة إن الضربات نفذت مساء اليوم. وتبنت المقاومة الإسلامية في العراق هجوم البرج 22.",
			attacks: []string{at}, attribs: []string{"base:tower-22>militia:islamic-resistance-in-iraq:claimed"}},
		{name: "control: a base told for the first time takes the day before", published: "2024-02-03",
			text:    "فجر اليوم سُمع دوي انفجارات في ريف حمص الشرقي. وقالت مصادر إن الهجوم استهدف قاعدة التنف.",
			attacks: []string{"base:al-tanf@2024-02-03"}},
	}
}

// wholeMonthWordings: an attack told by its month alone is the one dated
// attack on its base in that month.
func wholeMonthWordings() []generalCase {
	const lead = "سقطت صواريخ على مطار أربيل مساء الإثنين 15 شباط/فبراير. "
	const at = "base:erbil-airbase@2021-02-15"
	return []generalCase{
		{name: "one of a wave during the month", published: "2021-02-26",
			text:    lead + "وجاء الهجوم على مطار أربيل ضمن موجة من الاعتداءات خلال شهر شباط.",
			attacks: []string{at}},
		{name: "the month named alone", published: "2021-02-26",
			text:    lead + "ويعد استهداف مطار أربيل في شهر شباط الأعنف منذ أشهر.",
			attacks: []string{at}},
		{name: "control: another month is another attack", published: "2021-02-26",
			text:    lead + "وكان مطار أربيل قد تعرض لهجوم آخر خلال شهر كانون الأول الماضي.",
			attacks: []string{"base:erbil-airbase@-", at}},
	}
}

// placingSiteWordings: a base named only to place the base attacked, in
// its surroundings or in a clause that describes it, is no target.
func placingSiteWordings() []generalCase {
	return []generalCase{
		{name: "a base in the surroundings of an airport", published: "2020-09-29",
			text:    "أطلق مسلحون صاروخين باتجاه قاعدة فكتوريا العسكرية في محيط مطار بغداد الدولي مساء أمس.",
			attacks: []string{"base:victory@2020-09-28"}},
		{name: "a site described as next to a base", published: "2024-01-29",
			text:    "تعرض البرج 22، وهو موقع صغير قرب مخيم الركبان ملاصق لقاعدة التنف، لهجوم بمسيرة فجر أمس.",
			attacks: []string{"base:tower-22@2024-01-28"}},
		{name: "control: a site described as near a base, relative clause (read before)", published: "2024-01-29",
			text:    "تعرض البرج 22، الذي يقع على الحدود بجوار قاعدة التنف، لهجوم بمسيرة فجر أمس.",
			attacks: []string{"base:tower-22@2024-01-28"}},
		{name: "control: two bases struck", published: "2020-09-29",
			text:    "سقطت صواريخ على قاعدة فكتوريا وعلى مطار بغداد الدولي مساء أمس.",
			attacks: []string{"base:victory-baghdad-airport@2020-09-28", "base:victory@2020-09-28"}},
	}
}

// firstToldWordings: what a government said at first and then went back on
// is no attack of its own.
func firstToldWordings() []generalCase {
	const lead = "قتل ثلاثة جنود في هجوم بمسيرة على قاعدة البرج 22 فجر أمس الأحد. "
	const at = "base:tower-22@2024-01-28"
	return []generalCase{
		{name: "said at first, then went back and confirmed", published: "2024-01-29",
			text:    lead + "وكانت الحكومة قد قالت في البداية إن الهجوم استهدف قاعدة التنف، قبل أن تعود وتؤكد وقوعه داخل حدودها.",
			attacks: []string{at}},
		{name: "said first of all, then made clear", published: "2024-01-29",
			text:    lead + "وذكر المتحدث في بداية الأمر أن المسيرة ضربت قاعدة التنف، قبل أن يوضح أنها أصابت البرج.",
			attacks: []string{at}},
		{name: "control: a second attack, then a toll", published: "2024-01-29",
			text:    lead + "وقالت الحكومة إن مسيرة أخرى استهدفت قاعدة التنف، قبل أن تعود وتعلن حصيلة القتلى.",
			attacks: []string{"base:al-tanf@2024-01-28", at}},
	}
}

// strikeOnOthersWordings: a state's attack noun whose verb strikes men or
// sites named after it, with no base, tells that state's strike, not who
// attacked the base of the story.
func strikeOnOthersWordings() []generalCase {
	const lead = "أحبطت القوات الأمنية هجوماً صاروخياً على معسكر التاجي فجر اليوم. "
	const at = "base:taji@2019-12-31"
	return []generalCase{
		{name: "the aggression struck regular units", published: "2019-12-31",
			text:    lead + "وقالت الهيئة إن العدوان الأمريكي الغادر استهدف قطعات نظامية تابعة للدولة.",
			attacks: []string{at}, noAttribs: []string{"base:taji>country:united-states:asserted"}},
		{name: "the attack reached the group's headquarters", published: "2019-12-31",
			text:    lead + "وأضافت أن الاعتداء الأميركي طال مقرات الألوية على الحدود.",
			attacks: []string{at}, noAttribs: []string{"base:taji>country:united-states:asserted"}},
		{name: "control: the state's attack struck the base", published: "2019-12-31",
			text:    lead + "وقال مسؤول إن الاعتداء الإيراني استهدف المعسكر ومحيطه.",
			attacks: []string{at}, attribs: []string{"base:taji>country:iran:asserted"}},
	}
}

// foundLauncherWordings: the day a launcher aimed at a base was found is
// the day of that foiled attack.
func foundLauncherWordings() []generalCase {
	return []generalCase{
		{name: "a launcher found at dawn, aimed at a camp", published: "2019-12-31",
			text:    "أعلنت خلية الإعلام الأمني أن القوات عثرت فجر اليوم على منصة صواريخ في منطقة زراعية، وعليها صواريخ «معدة للإطلاق باتجاه معسكر التاجي».",
			attacks: []string{"base:taji@2019-12-31"}},
		{name: "a launcher found in a named district", published: "2021-03-01",
			text:    "وقالت الشرطة إن قوة أمنية عثرت صباح اليوم على منصة لإطلاق الصواريخ في قضاء الدجيل، كانت معدة للإطلاق باتجاه قاعدة بلد الجوية.",
			attacks: []string{"base:balad@2021-03-01"}},
		{name: "a vehicle seized in a named subdistrict", published: "2021-03-01",
			text:    "وأعلن الجيش أنه ضبط مساء اليوم عجلة لإطلاق الصواريخ في ناحية الرشاد، وعليها صواريخ موجهة نحو قاعدة كي وان.",
			attacks: []string{"base:k1@2021-03-01"}},
		{name: "control: a truck seized in the morning, aimed at a base (read before)", published: "2021-04-20",
			text:    "وقالت الشرطة إن دورية ضبطت صباح اليوم شاحنة محملة بالصواريخ في بلدة زراعية، كانت «موجهة نحو قاعدة بلد الجوية».",
			attacks: []string{"base:balad@2021-04-20"}},
	}
}

// strikeSiteWordings: a site the strikes told before hit, or where they
// killed people, is no base attacked, when the lexicon knows no base there.
func strikeSiteWordings() []generalCase {
	const lead = "شنت مقاتلات أمريكية فجر اليوم غارات على مخازن أسلحة لكتائب حزب الله في جرف الصخر، بعد هجوم على معسكر التاجي مساء الأربعاء. "
	const at = "base:taji@2020-03-11"
	return []generalCase{
		{name: "the strikes hit a site inside an airport", published: "2020-03-13",
			text:    lead + "وقالت الوزارة إن الضربات، التي نفذتها مقاتلات وقاذفات، استهدفت مستودعات في موقع داخل مطار الحلة قيد الإنشاء.",
			attacks: []string{at}},
		{name: "the shelling killed men at an airport", published: "2020-03-13",
			text:    lead + "وأعلنت قيادة العمليات أن القصف أسفر عن مقتل جنديين وعامل مدني في مطار الحلة.",
			attacks: []string{at}},
		{name: "control: strikes answered by an attack on the airport", published: "2020-03-13",
			text:    lead + "ورداً على الغارات، استهدفت الفصائل مطار الحلة بالصواريخ مساء اليوم.",
			attacks: []string{at, "base:مطار-حله@2020-03-13"}},
	}
}

// fieldAnaphorWordings: "الحقل" (المطار، المعسكر) after two bases names the
// one whose name holds that noun; blame told after a sentence about it
// alone is its.
func fieldAnaphorWordings() []generalCase {
	const lead = "تعرضت قاعدة حقل العمر النفطي لهجوم بمسيرتين فجر اليوم، قبل أن تتعرض قاعدة الشدادي لهجوم مماثل مساء اليوم ذاته.\n"
	return []generalCase{
		{name: "explosions inside the field, then who stands behind the attack", published: "2023-10-23",
			text: lead + "وقالت مصادر محلية إن دوي انفجارين سمع داخل الحقل.\n" +
				"ونقل المرصد عن مصادره أن \"الحرس الثوري الإيراني يقف وراء الهجوم\".",
			attacks:   []string{"base:omar-oil-field@2023-10-23", "base:shaddadi@2023-10-23"},
			attribs:   []string{"base:omar-oil-field>militia:irgc:asserted"},
			noAttribs: []string{"base:shaddadi>militia:irgc:asserted"}},
		{name: "smoke over the field, then a group accused", published: "2023-10-23",
			text: lead + "وشوهدت أعمدة الدخان تتصاعد من الحقل بعد الانفجار.\n" +
				"واتهم مسؤول محلي حركة النجباء بتنفيذ الهجوم.",
			attacks:   []string{"base:omar-oil-field@2023-10-23", "base:shaddadi@2023-10-23"},
			attribs:   []string{"base:omar-oil-field>militia:nujaba:asserted"},
			noAttribs: []string{"base:shaddadi>militia:nujaba:asserted"}},
		{name: "control: both attacks blamed together", published: "2023-10-23",
			text:    lead + "ونقل المرصد عن مصادره أن \"الحرس الثوري الإيراني يقف وراء الهجومين\".",
			attacks: []string{"base:omar-oil-field@2023-10-23", "base:shaddadi@2023-10-23"},
			attribs: []string{"base:omar-oil-field>militia:irgc:asserted", "base:shaddadi>militia:irgc:asserted"}},
		{name: "both attacks of the sentence before, though an earlier one is the group's by name", published: "2023-10-23",
			text: "قتل جندي في هجوم على قاعدة تل بيدر مساء السبت، وحمّل البنتاغون الحرس الثوري الإيراني مسؤولية الهجوم.\n" +
				"وصباح الأحد، سقطت صواريخ على قاعدة حقل العمر النفطي، كما سقطت قذائف قرب قاعدة الشدادي دون إصابات. ونسب المرصد الهجومين إلى الحرس الثوري الإيراني.",
			attacks: []string{"base:omar-oil-field@2023-10-22", "base:shaddadi@2023-10-22", "base:tell-baydar@2023-10-21"},
			attribs: []string{"base:omar-oil-field>militia:irgc:asserted", "base:shaddadi>militia:irgc:asserted"}},
	}
}

// backedGroupWordings: "الكتائب المدعومة من طهران" held responsible names
// the group; its backer is no accused.
func backedGroupWordings() []generalCase {
	const lead = "قتل متعاقد بهجوم صاروخي على قاعدة كي وان مساء الجمعة، وسط اتهامات لكتائب حزب الله. "
	const at = "base:k1@2019-12-27"
	return []generalCase{
		{name: "the group word backed by a capital", published: "2019-12-29",
			text:    lead + "وحمّل الوزير الكتائب المدعومة من طهران مسؤولية ذلك الهجوم.",
			attacks: []string{at}, attribs: []string{"base:k1>militia:kataib-hezbollah:asserted"},
			noAttribs: []string{"base:k1>country:iran:asserted"}},
		{name: "the group word loyal to a state", published: "2019-12-29",
			text:    lead + "وحمّل الوزير الكتائب الموالية لإيران مسؤولية الهجوم.",
			attacks: []string{at}, attribs: []string{"base:k1>militia:kataib-hezbollah:asserted"},
			noAttribs: []string{"base:k1>country:iran:asserted"}},
		{name: "control: the state itself held responsible", published: "2019-12-29",
			text:    lead + "وحمّل الوزير إيران مسؤولية الهجوم.",
			attacks: []string{at}, attribs: []string{"base:k1>country:iran:asserted"}},
	}
}

// separateEventWordings: "وفي تطور منفصل" and an attack on a post open
// another event; the group that did it is not blamed for the base's attack.
func separateEventWordings() []generalCase {
	const lead = "سقطت خمسة صواريخ على قاعدة بلد الجوية مساء أمس. "
	const at = "base:balad@2021-04-18"
	return []generalCase{
		{name: "a separate development", published: "2021-04-19",
			text:    lead + "وفي تطور منفصل، قتل جنديان بهجوم شنه مسلحون من تنظيم داعش قرب كركوك.",
			attacks: []string{at}, noAttribs: []string{"base:balad>militia:isis:asserted"}},
		{name: "an attack on an army post", published: "2021-04-19",
			text:    lead + "كما قتل جندي بهجوم شنه عناصر من تنظيم داعش على نقطة للجيش في مخمور.",
			attacks: []string{at}, noAttribs: []string{"base:balad>militia:isis:asserted"}},
		{name: "control: the group attacked the base", published: "2021-04-19",
			text:    lead + "وقال مسؤول إن عناصر من تنظيم داعش شنوا الهجوم.",
			attacks: []string{at}, attribs: []string{"base:balad>militia:isis:asserted"}},
	}
}

// joinedTargetWordings: a group joined by "و" to one whose sites were
// struck was struck too.
func joinedTargetWordings() []generalCase {
	const lead = "استهدفت طائرات مسيرة قاعدة التنف مساء الأربعاء. "
	const at = "base:al-tanf@2021-10-20"
	return []generalCase{
		{name: "sites of a corps and a party", published: "2021-10-22",
			text:    lead + "وقال مسؤول إن واشنطن تعتقد أن الهجوم جاء رداً على غارات إسرائيلية استهدفت مواقع للحرس الثوري وحزب الله قرب تدمر.",
			attacks: []string{at}, noAttribs: []string{"base:al-tanf>militia:hezbollah:suspected", "base:al-tanf>militia:irgc:suspected"}},
		{name: "headquarters of two groups", published: "2021-10-22",
			text:    lead + "ويعتقد مسؤولون أن الهجوم جاء رداً على ضربات استهدفت مقرات لحركة النجباء وكتائب حزب الله.",
			attacks: []string{at}, noAttribs: []string{"base:al-tanf>militia:kataib-hezbollah:suspected"}},
	}
}

// sameGroupWordings: "وكانت المجموعة ذاتها قد أعلنت مسؤوليتها عن هجوم" is
// the claim of the group named before, not of the backers its description
// names.
func sameGroupWordings() []generalCase {
	const lead = "تبنت \"المقاومة الإسلامية في العراق\"، وهي تسمية تضم فصائل موالية لطهران، هجوماً بمسيرة على قاعدة حرير فجر اليوم.\n"
	return []generalCase{
		{name: "the same group had claimed an attack the day before", published: "2023-10-19",
			text:    lead + "وكانت المجموعة ذاتها قد أعلنت مسؤوليتها عن هجوم بمسيرتين أمس على قاعدة عين الأسد.",
			attacks: []string{"base:ain-al-asad@2023-10-18", "base:harir@2023-10-19"},
			attribs: []string{"base:ain-al-asad>militia:islamic-resistance-in-iraq:claimed"}},
		{name: "the group itself had adopted it", published: "2023-10-19",
			text:    lead + "وكانت الجماعة نفسها قد تبنت أمس قصف قاعدة عين الأسد بمسيرتين.",
			attacks: []string{"base:ain-al-asad@2023-10-18", "base:harir@2023-10-19"},
			attribs: []string{"base:ain-al-asad>militia:islamic-resistance-in-iraq:claimed"}},
		{name: "control: the same group denied it", published: "2023-10-19",
			text:      lead + "وكانت المجموعة ذاتها قد نفت علاقتها بهجوم بمسيرتين أمس على قاعدة عين الأسد.",
			attacks:   []string{"base:ain-al-asad@2023-10-18", "base:harir@2023-10-19"},
			noAttribs: []string{"base:ain-al-asad>militia:islamic-resistance-in-iraq:claimed"}},
	}
}

// saysItClaimsWordings: a group that published a clip "قالت فيه إنها تتبنى"
// the attack claims it; "لم تعلن X مسؤوليتها" claims nothing.
func saysItClaimsWordings() []generalCase {
	const lead = "سقطت صواريخ على معسكر التاجي مساء الأربعاء، واتهمت واشنطن كتائب حزب الله بالهجوم. "
	const at = "base:taji@2020-03-11"
	return []generalCase{
		{name: "a group after 'but' says in a clip it adopts the shelling", published: "2020-03-13",
			text:    lead + "ولم تعلن الكتائب مسؤوليتها، بيد أن جماعة مجهولة تطلق على نفسها «عصبة الثائرين» نشرت مقطعاً مصوراً قالت فيه إنها «تتبنى» قصف التاجي.",
			attacks: []string{at}, attribs: []string{"base:taji>militia:usbat-al-thairin:claimed"},
			noAttribs: []string{"base:taji>militia:kataib-hezbollah:claimed"}},
		{name: "a named group did not announce its responsibility", published: "2020-03-13",
			text:      lead + "ولم تعلن كتائب حزب الله مسؤوليتها عن الهجوم حتى الآن.",
			attacks:   []string{at},
			noAttribs: []string{"base:taji>militia:kataib-hezbollah:claimed"}},
		{name: "control: the group announced its responsibility", published: "2020-03-13",
			text:    lead + "وأعلنت كتائب حزب الله مسؤوليتها عن الهجوم.",
			attacks: []string{at}, attribs: []string{"base:taji>militia:kataib-hezbollah:claimed"}},
	}
}

// fingerprintWordings: "بصمات X" and "واجهة لـX" blame X; a plural form of
// "يعتقد" hedges it.
func fingerprintWordings() []generalCase {
	const lead = "تبنت جماعة تطلق على نفسها «سرايا أولياء الدم» الهجوم الصاروخي على مطار أربيل مساء الإثنين. "
	const at = "base:erbil-airbase@2021-02-15"
	return []generalCase{
		{name: "officials spoke of a group's fingerprints", published: "2021-02-17",
			text:    lead + "وتحدث مسؤولون أمريكيون لوسائل الإعلام عن \"بصمات\" لكتائب حزب الله، من دون تأكيد رسمي.",
			attacks: []string{at}, attribs: []string{"base:erbil-airbase>militia:kataib-hezbollah:asserted"}},
		{name: "the attack most likely bears a group's fingerprints", published: "2021-02-17",
			text:    lead + "وقال مسؤول أمريكي إن الهجوم يحمل على الأرجح بصمات كتائب حزب الله.",
			attacks: []string{at}, attribs: []string{"base:erbil-airbase>militia:kataib-hezbollah:likely"},
			noAttribs: []string{"base:erbil-airbase>militia:kataib-hezbollah:asserted"}},
		{name: "control: the fingerprints with no hedge", published: "2021-02-17",
			text:    lead + "وقال مسؤول أمريكي إن الهجوم يحمل بصمات كتائب حزب الله.",
			attacks: []string{at}, attribs: []string{"base:erbil-airbase>militia:kataib-hezbollah:asserted"}},
		{name: "officials believe the group is nothing but a front", published: "2021-02-17",
			text:    lead + "إلا أن مسؤولين أمريكيين يعتقدون أن الجماعة ليست سوى واجهة لكتائب حزب الله.",
			attacks: []string{at}, attribs: []string{"base:erbil-airbase>militia:kataib-hezbollah:suspected"}},
		{name: "two officials believe a group stands behind it", published: "2021-02-17",
			text:    lead + "ويعتقدان أن حركة النجباء تقف وراء الهجوم.",
			attacks: []string{at}, attribs: []string{"base:erbil-airbase>militia:nujaba:suspected"}},
	}
}

// behindItWordings: "تقف وراءها" with a pronoun of the attacks told before
// blames the state that stands there.
func behindItWordings() []generalCase {
	const lead = "سقطت صواريخ على قاعدة عين الأسد مساء الأربعاء. وأسقطت الدفاعات مسيرة قرب قاعدة التنف مساء الأربعاء أيضاً. "
	return []generalCase{
		{name: "the state stands in the end behind them", published: "2023-10-20",
			text:    lead + "وحمّل المتحدث جماعات مدعومة من إيران المسؤولية عن الهجمات، قائلاً إن \"إيران تقف في النهاية وراءها\".",
			attacks: []string{"base:ain-al-asad@2023-10-18", "base:al-tanf@2023-10-18"},
			attribs: []string{"base:ain-al-asad>country:iran:asserted", "base:al-tanf>country:iran:asserted"}},
		{name: "the state stands behind them, no words between", published: "2023-10-20",
			text:    lead + "وحمّل المتحدث فصائل موالية لطهران مسؤولية الهجمات، مؤكداً أن إيران تقف خلفها.",
			attacks: []string{"base:ain-al-asad@2023-10-18", "base:al-tanf@2023-10-18"},
			attribs: []string{"base:ain-al-asad>country:iran:asserted", "base:al-tanf>country:iran:asserted"}},
	}
}

// priorAttackWordings: "ويعد هذا الهجوم الثاني على قاعدة X خلال أسبوعين،
// إذ سقط ... مطلع الشهر" tells an earlier attack on X with a day of its own.
func priorAttackWordings() []generalCase {
	return []generalCase{
		{name: "the second within two weeks, the first early in the month", published: "2021-04-20",
			text:    "سقطت صواريخ على قاعدة بلد مساء الأحد. ويعد هذا الهجوم الثاني على قاعدة بلد خلال أقل من أسبوعين، إذ سقط صاروخان في محيطها مطلع الشهر الجاري.",
			attacks: []string{"base:balad@-", "base:balad@2021-04-18"}},
		{name: "the third within a month, one in mid-month", published: "2021-04-20",
			text:    "سقطت صواريخ على قاعدة عين الأسد مساء الأحد. ويعد هذا الهجوم الثالث على قاعدة عين الأسد خلال شهر، إذ سقطت قذائف في محيطها منتصف الشهر الجاري.",
			attacks: []string{"base:ain-al-asad@-", "base:ain-al-asad@2021-04-18"}},
		{name: "control: the first on a named day (read before)", published: "2021-04-20",
			text:    "استهدفت مسيرة مفخخة مطار أربيل مساء الأحد. وهذا هو الهجوم الثاني على مطار أربيل خلال أسبوع، إذ سقطت قربه قذيفتان في الأول من نيسان.",
			attacks: []string{"base:erbil-airbase@2021-04-01", "base:erbil-airbase@2021-04-18"}},
		{name: "control: the earlier attack has no day", published: "2021-04-20",
			text:    "سقطت صواريخ على قاعدة بلد مساء الأحد. ويعد هذا الهجوم الثاني على قاعدة بلد خلال أسبوعين، إذ سبقه هجوم مماثل لم يسفر عن إصابات.",
			attacks: []string{"base:balad@2021-04-18"}},
	}
}

// cityAirportWordings: "مطار المدينة" after a city names the lexicon base
// of that city with the same head noun.
func cityAirportWordings() []generalCase {
	return []generalCase{
		{name: "the city's airport after Erbil", published: "2021-02-16",
			text:    "سقطت صواريخ قرب أربيل مساء أمس. وكان مطار المدينة قد تعرض في أيلول الماضي لهجوم بستة صواريخ.",
			attacks: []string{"base:erbil-airbase@-"}},
		{name: "the city's airport after Baghdad, in the same sentence", published: "2021-02-16",
			text:    "ويعد هذا أول هجوم على بغداد منذ أشهر، إذ كان مطار المدينة قد استهدف بقذائف في آب الماضي.",
			attacks: []string{"base:victory-baghdad-airport@-"}},
		{name: "control: a city with no airport base in the lexicon", published: "2021-02-16",
			text:    "وتعيش تكريت هدوءاً حذراً، وكان مطار المدينة قد تعرض في آب الماضي لهجوم بقذائف.",
			attacks: nil},
	}
}

// frontWordings: a group called "nothing but a front" for others blames
// those others.
func frontWordings() []generalCase {
	const lead = "تبنت جماعة تطلق على نفسها «سرايا أولياء الدم» الهجوم الصاروخي على مطار أربيل مساء الإثنين. "
	const at = "base:erbil-airbase@2021-02-15"
	return []generalCase{
		{name: "observers: a front for factions backed by Iran", published: "2021-02-17",
			text:    lead + "ويرى مراقبون أن \"سرايا أولياء الدم\" ليست سوى واجهة لفصائل مدعومة من إيران.",
			attacks: []string{at}, attribs: []string{"base:erbil-airbase>militia:iran-backed-militias:asserted"}},
		{name: "observers: the group is a front for a named group", published: "2021-02-17",
			text:    lead + "ويرى مراقبون أن الجماعة ليست سوى واجهة لكتائب حزب الله.",
			attacks: []string{at}, attribs: []string{"base:erbil-airbase>militia:kataib-hezbollah:asserted"}},
		{name: "like names given as examples are not accused", published: "2021-02-17",
			text:    lead + "ومن المرجح أن تكون الجماعة مجرد واجهة لكتائب حزب الله، على غرار تسميات ظهرت العام الماضي مثل «عصبة الثائرين».",
			attacks: []string{at}, attribs: []string{"base:erbil-airbase>militia:kataib-hezbollah:likely"},
			noAttribs: []string{"base:erbil-airbase>militia:usbat-al-thairin:likely"}},
		{name: "control: a group named with no blame", published: "2021-02-17",
			text:      lead + "وقال مسؤول في كتائب حزب الله إن الوضع الأمني في أربيل مستقر.",
			attacks:   []string{at},
			noAttribs: []string{"base:erbil-airbase>militia:kataib-hezbollah:asserted"}},
	}
}

// seriesHeadWordings: a group's own attacks ("هجماتها"، "عملياتها") then
// "أبرزها" (آخرها) and one attack: that attack is the group's, in the
// article's voice.
func seriesHeadWordings() []generalCase {
	return []generalCase{
		{name: "intensified its attacks, the most prominent on a base", published: "2021-07-09",
			text:    "وكثفت الفصائل الموالية لإيران خلال الأشهر الماضية هجماتها على المصالح الأميركية، كان أبرزها الهجوم بالصواريخ على قاعدة عين الأسد مساء الأربعاء.",
			attacks: []string{"base:ain-al-asad@2021-07-07"}, attribs: []string{"base:ain-al-asad>militia:iran-backed-militias:asserted"}},
		{name: "escalated its operations, the latest a drone on an airport", published: "2021-07-09",
			text:    "وصعّدت حركة النجباء عملياتها ضد القوات الأجنبية، وآخرها هجوم بمسيرة على مطار أربيل فجر اليوم.",
			attacks: []string{"base:erbil-airbase@2021-07-09"}, attribs: []string{"base:erbil-airbase>militia:nujaba:asserted"}},
		{name: "control: attacks of no one's, the most prominent on a base", published: "2021-07-09",
			text:      "وتواجه الحكومة ضغوطاً من حركة النجباء، فيما تتواصل الهجمات على المصالح الأميركية، وكان أبرزها الهجوم على قاعدة عين الأسد مساء الأربعاء.",
			attacks:   []string{"base:ain-al-asad@2021-07-07"},
			noAttribs: []string{"base:ain-al-asad>militia:nujaba:asserted"}},
	}
}

// pronounStrikeWordings: an attack verb carrying the pronoun of the base
// named before it ("قصفته"، "استهدفتها") tells an attack on that base, with
// the day and the striker of its own clause.
func pronounStrikeWordings() []generalCase {
	return []generalCase{
		{name: "after إذ in the base's sentence: its day and its striker", published: "2025-04-03",
			text:    "تعرض مطار الشعيرات للقصف أكثر من مرة، إذ قصفته طائرات إسرائيلية في 14 شباط الماضي.",
			attacks: []string{"base:shayrat@2025-02-14"}, attribs: []string{"base:shayrat>country:israel:asserted"}},
		{name: "after a semicolon, which ends the sentence", published: "2025-04-03",
			text:    "ولا يُعد هذا أول استهداف لمطار الشعيرات؛ إذ قصفته مقاتلات إسرائيلية في 14 شباط الماضي.",
			attacks: []string{"base:shayrat@2025-02-14"}, attribs: []string{"base:shayrat>country:israel:asserted"}},
		{name: "the sentence after a visit, in the past perfect", published: "2025-04-03",
			text:    "ووصل وفد عسكري إلى قاعدة حرير مساء الأحد. وكانت مسيرة قد استهدفتها في 12 آذار الماضي.",
			attacks: []string{"base:harir@2025-03-12"}},
		{name: "the striker before the verb, the base in the sentence before", published: "2025-04-03",
			text:    "وزار الوزير مطار الشعيرات أمس. وكانت طائرات إسرائيلية قد قصفته في 12 آذار الماضي.",
			attacks: []string{"base:shayrat@2025-03-12"}, attribs: []string{"base:shayrat>country:israel:asserted"}},
		{name: "control: the feminine pronoun is the sites, not the airport", published: "2025-04-03",
			text:    "وحلقت الطائرات فوق مواقع في البادية قرب مطار الشعيرات. ثم عادت الطائرات وقصفتها في 12 آذار الماضي.",
			attacks: nil},
		{name: "control: a verb deep in a statement", published: "2025-04-03",
			text:    "وزار الوزير مطار الشعيرات أمس. وقال إن الجيش لن يسمح لأحد بأن يقصفه مجدداً بعد ما جرى في 12 آذار الماضي.",
			attacks: nil},
	}
}

// colonSpeechWordings: "وأضاف: «…»" goes on with the speaker of the
// sentence before, as "وأضاف أن …" does; a colon after a word that is no
// speech verb does not.
func colonSpeechWordings() []generalCase {
	const lead = "أعلنت القيادة المركزية الأمريكية أن قاعدة الشدادي تعرضت لهجوم بثلاثة صواريخ فجر الاثنين. "
	const at = "base:shaddadi@2025-06-09"
	return []generalCase{
		{name: "a quote after the colon", published: "2025-06-10",
			text:    lead + "وأضافت: «نقدّر أن حركة النجباء أطلقت الصواريخ».",
			attacks: []string{at}, claims: []string{"base:shaddadi>militia:nujaba<org:centcom"}},
		{name: "a belief after the colon", published: "2025-06-10",
			text:    lead + "وتابعت: نعتقد أن حركة النجباء أطلقت الصواريخ.",
			attacks: []string{at}, claims: []string{"base:shaddadi>militia:nujaba<org:centcom"}},
		{name: "control: the article's own note after a colon", published: "2025-06-10",
			text:    lead + "وللتذكير: حركة النجباء أعلنت في السابق مسؤوليتها عن هجمات مماثلة.",
			attacks: []string{at}, noClaims: []string{"base:shaddadi>militia:nujaba<org:centcom"}},
	}
}

// hedgedDoerWordings: "إن X هو على الأرجح من أطلق الصاروخ" is a likely
// blame of X: the adverb sits between the subject and its predicate.
func hedgedDoerWordings() []generalCase {
	const lead = "سقطت قذيفتا هاون ظهر السبت داخل قاعدة الحبانية غرب بغداد. "
	const at = "base:habbaniyah@2025-06-07"
	return []generalCase{
		{name: "على الأرجح between subject and predicate", published: "2025-06-08",
			text:    lead + "وقال ضابط في الجيش إن تنظيم داعش هو على الأرجح من أطلق القذيفتين.",
			attacks: []string{at}, attribs: []string{"base:habbaniyah>militia:isis:likely"}},
		{name: "على الأغلب after the feminine pronoun", published: "2025-06-08",
			text:    lead + "وقال ضابط في الجيش إن كتائب حزب الله هي على الأغلب التي نفذت الهجوم.",
			attacks: []string{at}, attribs: []string{"base:habbaniyah>militia:kataib-hezbollah:likely"}},
		{name: "control: no hedge stays asserted", published: "2025-06-08",
			text:    lead + "وقال ضابط في الجيش إن تنظيم داعش هو من أطلق القذيفتين.",
			attacks: []string{at}, attribs: []string{"base:habbaniyah>militia:isis:asserted"}},
	}
}

// briefingDayWordings: the day of the briefing or statement that retells
// an attack ("وقال المتحدث، في مؤتمر صحفي أمس الثلاثاء، إن الصاروخ سقط
// قرب المدرج") is not a second attack on the base the day after.
func briefingDayWordings() []generalCase {
	const lead = "أعلن الجيش الأمريكي أن صاروخاً سقط مساء الاثنين داخل قاعدة التقدم غرب بغداد. "
	return []generalCase{
		{name: "a press conference the day after", published: "2025-06-11",
			text:    lead + "وقال المتحدث باسم التحالف، في مؤتمر صحفي أمس الثلاثاء، إن الصاروخ سقط قرب مدرج القاعدة ولم يسفر عن إصابات.",
			attacks: []string{"base:taqaddum@2025-06-09"}},
		{name: "a briefing the day after", published: "2025-06-11",
			text:    lead + "وأوضح المتحدث في إيجاز صحفي أمس أن الصاروخ أصاب مخزناً فارغاً داخل القاعدة.",
			attacks: []string{"base:taqaddum@2025-06-09"}},
		{name: "control: a second attack told with its own day", published: "2025-06-11",
			text:    lead + "ثم سقط صاروخ آخر على القاعدة مساء أمس الثلاثاء.",
			attacks: []string{"base:taqaddum@2025-06-09", "base:taqaddum@2025-06-10"}},
	}
}

// visitDayWordings: in an article with no date, an attack told with its
// own weekday keeps that unknown day; the day of a visit to the base told
// after it ("ويأتي القصف بعد أشهر من زيارة … إلى القاعدة في 26 …") is the
// visit's.
func visitDayWordings() []generalCase {
	const lead = "سقطت ثلاث قذائف هاون مساء الجمعة داخل قاعدة الحبانية شرقي الرمادي. "
	return []generalCase{
		{name: "a visit months before", published: "",
			text:    lead + "ويأتي القصف بعد أشهر من زيارة قام بها وزير الدفاع إلى القاعدة في 14 تشرين الثاني 2019.",
			attacks: []string{"base:habbaniyah@-"}},
		{name: "control: an attack told with no day, then dated", published: "",
			text:    "سقطت ثلاث قذائف هاون داخل قاعدة الحبانية شرقي الرمادي. وأوقع القصف الذي استهدف القاعدة في 14 تشرين الثاني 2019 جريحين.",
			attacks: []string{"base:habbaniyah@2019-11-14"}},
	}
}

// mayDoWordings: "قد" before a present verb ("قد يلجأ إلى استهداف"، "قد
// تهاجم") and "يسعى إلى استهداف" tell what may happen, no attack; "قد"
// before a past verb ("كانت قد استهدفت") still tells one.
func mayDoWordings() []generalCase {
	return []generalCase{
		{name: "may resort to targeting", published: "2025-02-02",
			text:    "ويتوقع محللون أن التنظيم قد يلجأ إلى استهداف قاعدة الحبانية في الأسابيع التالية.",
			attacks: nil},
		{name: "may attack, after a warning", published: "2025-02-02",
			text:    "وحذر ضابط عراقي من أن الخلايا النائمة قد تهاجم قاعدة التقدم ليلاً.",
			attacks: nil},
		{name: "seeks to target", published: "2025-02-02",
			text:    "ويرى الباحث أن الفصيل يسعى إلى استهداف قاعدة الحبانية لإحراج الحكومة.",
			attacks: nil},
		{name: "control: قد before a past verb", published: "2025-02-02",
			text:    "وكانت طائرة مسيرة قد استهدفت قاعدة الحبانية مساء الجمعة.",
			attacks: []string{"base:habbaniyah@2025-01-31"}},
	}
}

// postNearBaseWordings: an attack on a military post that "قرب" places by
// a base ("هجوم على مقر لقسد قرب حقل X"، "هاجمت جماعة، بمساندة …، مقراً
// قرب حقل X") is on the base's ground; a convoy struck while advancing
// towards a base ("رتل كان يتقدم على الطريق باتجاه قاعدة X") is not.
func postNearBaseWordings() []generalCase {
	return []generalCase{
		{name: "on a post, near a base", published: "2019-03-08",
			text:    "وقتل جندي بعد هجوم شنته مجموعة مسلحة مساء الأربعاء على مقر لقوات سوريا الديمقراطية يوجد فيه جنود أمريكيون قرب حقل العمر النفطي.",
			attacks: []string{"base:omar-oil-field@2019-03-06"}},
		{name: "a post as the object, past an aside", published: "2019-03-08",
			text:    "وهاجمت مجموعة مسلحة، بمساندة عناصر من ميليشيات محلية، مقراً للتحالف قرب حقل العمر مساء الأربعاء.",
			attacks: []string{"base:omar-oil-field@2019-03-06"}},
		{name: "control: shelling of sites near a base", published: "2019-03-08",
			text:    "وقصفت طائرات التحالف مواقع للتنظيم قرب حقل العمر مساء الأربعاء.",
			attacks: nil},
		{name: "a convoy advancing on a base", published: "2019-03-08",
			text:    "وشنت طائرات التحالف مساء الأربعاء غارات على رتل عسكري للقوات الحكومية كان يتقدم على الطريق الصحراوي باتجاه قاعدة التنف.",
			attacks: nil},
	}
}

// identifiedSiteWordings: a sentence with no attack word that names the
// site of the attack told just before without one ("وتبين أن الموقع
// المستهدف هو X"، "وكانت القاعدة المستهدفة X") tells an attack on X on
// that sentence's day; a base named otherwise after it does not.
func identifiedSiteWordings() []generalCase {
	const lead = "أصيب أربعة جنود أمريكيين بهجوم صاروخي مساء الخميس. "
	return []generalCase{
		{name: "the targeted site is", published: "2024-09-07",
			text:    lead + "وتبين لاحقاً أن الموقع المستهدف هو قاعدة حرير.",
			attacks: []string{"base:harir@2024-09-05"}},
		{name: "the targeted base was", published: "2024-09-07",
			text:    lead + "وكانت القاعدة المستهدفة قاعدة حرير شمال أربيل.",
			attacks: []string{"base:harir@2024-09-05"}},
		{name: "control: a base named otherwise", published: "2024-09-07",
			text:    lead + "وتستضيف قاعدة حرير مستشارين من التحالف منذ سنوات.",
			attacks: nil},
	}
}

// shootingWordings: soldiers killed "برصاص" someone at a base ("عند بوابة
// قاعدة X"، "داخل قاعدة X") tell an attack on it; shots near a base do not.
func shootingWordings() []generalCase {
	return []generalCase{
		{name: "shot at the gate", published: "2023-05-02",
			text:    "وفي 9 آذار 2019 قُتل جنديان أمريكيان برصاص مسلح عند بوابة قاعدة التاجي.",
			attacks: []string{"base:taji@2019-03-09"}},
		{name: "control: shot near a base", published: "2023-05-02",
			text:    "وفي 9 آذار 2019 قُتل متظاهر برصاص قوات الأمن قرب قاعدة التاجي.",
			attacks: nil},
	}
}

// heldResponsibleWordings: "وحمّلت X Y المسؤولية" in the sentence after an
// attack holds Y responsible for it, with no attack word of its own.
func heldResponsibleWordings() []generalCase {
	const lead = "سقط أكثر من 20 صاروخاً على قاعدة حرير يوم 5 تشرين الأول 2019.\n"
	const at = "base:harir@2019-10-05"
	return []generalCase{
		{name: "a ministry holds a group responsible", published: "2019-10-07",
			text:    lead + "وحمّلت وزارة الدفاع الأمريكية حركة النجباء المسؤولية.",
			attacks: []string{at}, attribs: []string{"base:harir>militia:nujaba:asserted"}},
		{name: "a timeline's present tense", published: "2019-10-07",
			text:    lead + "واشنطن تحمّل عصائب أهل الحق المسؤولية.",
			attacks: []string{at}, attribs: []string{"base:harir>militia:asaib-ahl-al-haq:asserted"}},
		{name: "control: carrying is no blame", published: "2019-10-07",
			text:      lead + "وحملت شاحنات تابعة لحركة النجباء معدات إلى المنطقة.",
			attacks:   []string{at},
			noAttribs: []string{"base:harir>militia:nujaba:asserted"}},
	}
}

// timelinePresentWordings: a timeline line tells the deed in the historic
// present, "الحرس الثوري يطلق صواريخ على قاعدة X": the actor is the
// attacker, as with the past tense.
func timelinePresentWordings() []generalCase {
	const lead = "سقطت صواريخ على قاعدة حرير صباح أمس.\n\n"
	return []generalCase{
		{name: "a state force launches missiles", published: "2021-03-04",
			text: lead + "8 كانون الثاني/يناير 2020\nالحرس الثوري الإيراني يطلق أكثر من عشرة صواريخ باليستية على قاعدة عين الأسد.\n\n" +
				"11 آذار/مارس 2020\nنحو 18 صاروخاً تسقط على قاعدة التاجي.\n",
			attacks: []string{"base:ain-al-asad@2020-01-08", "base:harir@2021-03-03", "base:taji@2020-03-11"},
			attribs: []string{"base:ain-al-asad>militia:irgc:attacker"}, noAttribs: []string{"base:taji>militia:irgc:asserted"}},
	}
}
