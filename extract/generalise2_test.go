package extract_test

import (
	"testing"

	"github.com/nisba/nisba/extract"
	"github.com/nisba/nisba/model"
)

// generalCase is one article of our own writing with the attacks it tells
// of and attributions that must (not) be found.
type generalCase struct {
	name, published, title, text string
	attacks                      []string // every attack, "target@day"
	attribs                      []string // attributions that must be present
	noAttribs                    []string // attributions that must be absent
	noEntities                   []string // entity ids that must be absent
	claims                       []string // "target>accused<claimant" that must be present
	noClaims                     []string // "target>accused<claimant" that must be absent
}

// runGeneralCases runs checkCase on each case as a subtest.
func runGeneralCases(t *testing.T, x *extract.Extractor, cases []generalCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) { checkCase(t, x, tc) })
	}
}

// TestGeneralisation2 checks the six failure classes of unseen articles:
// headline lines, verb-first attackers and claims with words in between,
// targets joined across a comma, event-relative dates, later re-mentions
// with their own date, and statements about attacks told before.
func TestGeneralisation2(t *testing.T) {
	x := extract.New(loadLexicon(t))
	for _, tc := range generalCases() {
		t.Run(tc.name, func(t *testing.T) {
			checkCase(t, x, tc)
		})
	}
}

func checkCase(t *testing.T, x *extract.Extractor, tc generalCase) {
	t.Helper()
	res := x.Extract(model.Article{ID: "t2", Published: tc.published, Title: tc.title}, tc.text)
	r := extract.NewResolver(nil)
	r.Add(res)
	doc := r.Document()
	if err := doc.Validate(); err != nil {
		t.Fatalf("invalid document: %v", err)
	}
	checkAttacks(t, doc, tc.attacks, tc.attribs, tc.noAttribs)
	for _, w := range tc.claims {
		if !contains(claimSummary(t, doc), w) {
			t.Errorf("missing %s in %v", w, claimSummary(t, doc))
		}
	}
	for _, w := range tc.noClaims {
		if contains(claimSummary(t, doc), w) {
			t.Errorf("unwanted %s in %v", w, claimSummary(t, doc))
		}
	}
	for _, id := range tc.noEntities {
		if hasEntity(doc, id) {
			t.Errorf("unwanted entity %s", id)
		}
	}
}

// claimSummary renders each attribution as "target>accused<claimant", the
// claimant "-" for the article's own voice.
func claimSummary(t *testing.T, doc *model.Document) []string {
	t.Helper()
	var out []string
	for _, at := range doc.Attacks {
		for _, x := range at.Attributions {
			c := "-"
			if x.Claimant != "" {
				c = x.Claimant
			}
			out = append(out, at.Target+">"+x.Accused+"<"+c)
		}
	}
	return out
}

func generalCases() []generalCase {
	return []generalCase{
		// 1. Headline lines and datelines.
		{name: "headline merges into the dated body attack", published: "2025-03-13",
			title: "فصيل عراقي يعلن قصف قاعدة حرير بطائرات مسيرة",
			text: "فصيل عراقي يعلن قصف قاعدة حرير بطائرات مسيرة\nأربيل - (أ ف ب)\n" +
				"استهدفت طائرتان مسيرتان مساء الأربعاء قاعدة حرير الجوية شمال أربيل. وتبنت كتائب حزب الله الهجوم في بيان.",
			attacks: []string{"base:harir@2025-03-12"},
			attribs: []string{"base:harir>militia:kataib-hezbollah:claimed"}},
		{name: "headline in present tense, body dated yesterday", published: "2025-02-20",
			text: "صواريخ تستهدف قاعدة عين الأسد غربي العراق\nبغداد - «الشرق الأوسط»:\n" +
				"سقطت ثلاثة صواريخ مساء أمس الأربعاء داخل قاعدة عين الأسد الجوية في محافظة الأنبار من دون إصابات.",
			attacks: []string{"base:ain-al-asad@2025-02-19"}},
		{name: "headline with two bases, body dates both", published: "2025-02-21",
			text: "هجمات بطائرات مسيرة على قاعدتي حرير وعين الأسد\n" +
				"استهدفت طائرات مسيرة فجر اليوم الجمعة قاعدة حرير في أربيل، فيما سقطت صواريخ على قاعدة عين الأسد بعد ساعات.",
			attacks: []string{"base:ain-al-asad@2025-02-21", "base:harir@2025-02-21"}},
		{name: "dateline names no claimant", published: "2025-01-09",
			text: "هجوم على قاعدة التنف\nعمّان - (رويترز)\n" +
				"قال مسؤول أمريكي إن طائرة مسيرة استهدفت قاعدة التنف مساء الأربعاء من دون أن تسفر عن إصابات.",
			attacks: []string{"base:al-tanf@2025-01-08"}},
		{name: "headline, then background, then the dated report", published: "2025-02-24",
			text: "مسيرات تستهدف قاعدة حرير\n" +
				"تتمركز في أربيل قوات أمريكية منذ سنوات ضمن التحالف الدولي لمحاربة داعش.\n\n" +
				"وقال مسؤول أمني إن طائرتين مسيرتين استهدفتا قاعدة حرير الجوية فجر اليوم الاثنين.",
			attacks: []string{"base:harir@2025-02-24"}},
		{name: "headline goes to the lead event, not the older attack", published: "2025-02-24",
			text: "صواريخ على قاعدة عين الأسد\nالأنبار - «المدى»:\n" +
				"سقطت صواريخ فجر اليوم الاثنين على قاعدة عين الأسد الجوية غربي العراق.\n\n" +
				"وكانت القاعدة قد تعرضت لهجوم مماثل يوم 3 شباط الجاري.",
			attacks: []string{"base:ain-al-asad@2025-02-03", "base:ain-al-asad@2025-02-24"}},
		{name: "headline far from the lead event, older attack told after", published: "2025-02-24",
			text: "قصف صاروخي يستهدف قاعدة عين الأسد\nالأنبار - «المدى»:\n" +
				"تستضيف محافظة الأنبار منذ سنوات مستشارين عسكريين من دول التحالف الدولي.\n" +
				"وسقطت أربعة صواريخ فجر اليوم الاثنين على قاعدة عين الأسد الجوية بحسب مصدر أمني.\n" +
				"وكانت القاعدة قد تعرضت لهجوم مماثل يوم 3 شباط الجاري.",
			attacks: []string{"base:ain-al-asad@2025-02-03", "base:ain-al-asad@2025-02-24"}},
		{name: "undated mention later merges into the one dated attack", published: "2025-02-25",
			text: "استهدفت صواريخ مساء أمس الاثنين قاعدة التنف قرب الحدود الأردنية.\n\n" +
				"وتقول مصادر محلية إن المنطقة تشهد توترا منذ أسابيع.\n\n" +
				"ويعد هجوم قاعدة التنف الأول من نوعه منذ بداية العام.",
			attacks: []string{"base:al-tanf@2025-02-24"}},
		{name: "headline claim merges with the body attack", published: "2025-03-02",
			text: "«كتائب حزب الله» تتبنى قصف قاعدة فكتوريا قرب مطار بغداد\nبغداد - «العالم الجديد»:\n" +
				"سقطت ثلاثة صواريخ مساء أمس السبت داخل قاعدة فكتوريا العسكرية قرب مطار بغداد الدولي من دون إصابات.",
			attacks: []string{"base:victory@2025-03-01"},
			attribs: []string{"base:victory>militia:kataib-hezbollah:claimed"}},
		// 2. Verb-first attackers and claims with words in between.
		{name: "masculine verb before its armed subject", published: "2025-04-06",
			text:    "أطلق الحرس الثوري الإيراني فجر اليوم الأحد عشرات الصواريخ على قاعدة حرير في أربيل.",
			attacks: []string{"base:harir@2025-04-06"},
			attribs: []string{"base:harir>militia:irgc:attacker", "base:harir>militia:irgc:asserted"}},
		{name: "claim with a long phrase between group and mas'uliyyatahu", published: "2025-04-06",
			text: "سقطت صواريخ فجر اليوم الأحد على قاعدة عين الأسد. " +
				"وأعلن الحرس الثوري في بيان مقتضب بثه التلفزيون الرسمي مسؤوليته عن الهجوم.",
			attacks: []string{"base:ain-al-asad@2025-04-06"},
			attribs: []string{"base:ain-al-asad>militia:irgc:claimed"}},
		{name: "claim verb, commas, then the attack", published: "2025-04-07",
			text: "استهدفت طائرة مسيرة مساء أمس الأحد قاعدة الشدادي جنوبي الحسكة. " +
				"وتبنّت المقاومة الإسلامية في العراق، في بيان نشرته على تلغرام، الهجوم.",
			attacks: []string{"base:shaddadi@2025-04-06"},
			attribs: []string{"base:shaddadi>militia:islamic-resistance-in-iraq:claimed"}},
		{name: "claim with a very long phrase before mas'uliyyataha", published: "2025-04-07",
			text: "استهدفت طائرة مسيرة مساء أمس الأحد قاعدة الشدادي جنوبي الحسكة. " +
				"وأعلنت المقاومة الإسلامية في العراق في بيان نشرته على قناتها في تطبيق تلغرام في وقت متأخر من مساء أمس مسؤوليتها عن الهجوم.",
			attacks: []string{"base:shaddadi@2025-04-06"},
			attribs: []string{"base:shaddadi>militia:islamic-resistance-in-iraq:claimed"}},
		{name: "masculine verb with shadda, militia subject", published: "2025-04-08",
			text:    "شنّ تنظيم داعش فجر اليوم الثلاثاء هجوما على قاعدة كي وان شمال كركوك.",
			attacks: []string{"base:k1@2025-04-08"},
			attribs: []string{"base:k1>militia:isis:asserted"}},
		{name: "state subject of a feminine verb", published: "2025-04-09",
			text:    "استهدفت إسرائيل فجر اليوم الأربعاء مطار التيفور العسكري في ريف حمص بعدة صواريخ.",
			attacks: []string{"base:t4@2025-04-09"},
			attribs: []string{"base:t4>country:israel:attacker"}},
		{name: "svo masculine verb, speaker of the sentence before", published: "2025-03-05",
			text: "هجوم بالصواريخ على قاعدة التنف\nعمان - رويترز\n" +
				"قالت القيادة المركزية الأمريكية إن صاروخين سقطا داخل قاعدة التنف مساء الثلاثاء. " +
				"وأضافت أن الحرس الثوري الإيراني أطلق الصاروخين من داخل الأراضي السورية.",
			attacks:   []string{"base:al-tanf@2025-03-04"},
			claims:    []string{"base:al-tanf>militia:irgc<org:centcom"},
			noAttribs: []string{"base:al-tanf>militia:irgc:attacker"}},
		{name: "dateline agency is no claimant", published: "2025-03-04",
			text:    "بغداد (أ ف ب) - قال مسؤول أمني عراقي إن كتائب حزب الله تقف وراء هجوم صاروخي استهدف قاعدة عين الأسد الجوية مساء أمس الاثنين.",
			attacks: []string{"base:ain-al-asad@2025-03-03"},
			claims:  []string{"base:ain-al-asad>militia:kataib-hezbollah<-"}},
		{name: "group, qad, announced, long phrase, mas'uliyyatahu", published: "2025-10-04",
			text: "تعرضت قاعدة عين الأسد الجوية فجر الخميس لهجوم بصواريخ باليستية.\n\n" +
				"وكان الحرس الثوري الإيراني قد أعلن، في بيان نقلته وكالة تسنيم، مسؤوليته عن الهجوم.",
			attacks: []string{"base:ain-al-asad@2025-10-02"},
			claims:  []string{"base:ain-al-asad>militia:irgc<militia:irgc"}},
		// 3. Targets joined across a comma clause.
		{name: "second target after a comma and wa-ala", published: "2025-05-10",
			text: "شنت فصائل مسلحة مساء الجمعة هجوما بطائرات مسيرة على قاعدة عين الأسد في محافظة الأنبار، " +
				"وعلى القاعدة العسكرية في مطار أربيل حيث تنتشر قوات التحالف.",
			attacks: []string{"base:ain-al-asad@2025-05-09", "base:erbil-airbase@2025-05-09"}},
		{name: "base noun with adjective then fi names the base", published: "2025-05-12",
			text:    "سقطت قذائف صاروخية مساء أمس الأحد على قاعدة الشدادي، وعلى القاعدة الأمريكية في حقل كونيكو بريف دير الزور.",
			attacks: []string{"base:conoco-gas-field@2025-05-11", "base:shaddadi@2025-05-11"}},
		{name: "a later al-qa'ida fi X is X, not the last base", published: "2025-05-14",
			text: "استهدفت طائرة مسيرة فجر اليوم الأربعاء قاعدة التنف. " +
				"وفي هجوم آخر مساء اليوم، سقطت صواريخ على القاعدة الأمريكية في حقل العمر.",
			attacks: []string{"base:al-tanf@2025-05-14", "base:omar-oil-field@2025-05-14"}},
		// 4. Event-relative dates.
		{name: "two days after an attack: the strike's day minus two", published: "2025-08-07",
			text: "شنت مقاتلات أمريكية مساء الثلاثاء 5 آب غارات على مواقع لفصائل موالية لإيران في البوكمال، " +
				"وذلك بعد يومين من هجوم صاروخي استهدف القاعدة الأمريكية في حقل كونيكو.",
			attacks: []string{"base:conoco-gas-field@2025-08-03"}},
		{name: "ghadat: the day before", published: "2025-08-07",
			text:    "قصفت طائرات أمريكية مساء الأربعاء 6 آب مستودعات أسلحة لكتائب حزب الله في القائم، غداة هجوم بطائرات مسيرة على قاعدة عين الأسد.",
			attacks: []string{"base:ain-al-asad@2025-08-05"}},
		{name: "three days after", published: "2025-08-09",
			text:    "نفذ الجيش الأمريكي يوم الجمعة 8 آب ضربات في ريف البوكمال، وذلك بعد ثلاثة أيام على هجوم استهدف قاعدة التنف.",
			attacks: []string{"base:al-tanf@2025-08-05"}},
		{name: "published-relative date in the attack clause", published: "2025-08-09",
			text:    "قصفت مقاتلات أمريكية اليوم السبت مواقع في البوكمال عقب هجوم استهدف قاعدة الشدادي قبل يومين.",
			attacks: []string{"base:shaddadi@2025-08-07"}},
		{name: "vague days after: no date of the strike", published: "2025-08-09",
			text:    "قصفت طائرات أمريكية يوم الجمعة 8 آب مواقع لكتائب حزب الله في القائم بعد أيام من هجوم على قاعدة عين الأسد.",
			attacks: []string{"base:ain-al-asad@-"}},
		{name: "vague days after, but the attack names its own day", published: "2025-08-14",
			text:    "قصفت طائرات أمريكية يوم الأربعاء 13 آب مواقع في القائم، بعد أيام من هجوم على قاعدة عين الأسد في التاسع من الشهر الجاري.",
			attacks: []string{"base:ain-al-asad@2025-08-09"}},
		{name: "one day after", published: "2025-08-09",
			text:    "ردت القوات الأمريكية فجر الجمعة 8 آب بضربات على مواقع لفصائل عراقية في جرف الصخر، بعد يوم من هجوم بطائرة مسيرة على قاعدة حرير.",
			attacks: []string{"base:harir@2025-08-07"}},
		{name: "ghadat the attack told before, undated", published: "2025-08-08",
			text: "سقطت قذائف صاروخية على قاعدة حرير في أربيل، بحسب مصادر كردية.\n\n" +
				"وقصفت طائرات أمريكية مساء الخميس 7 آب مواقع لكتائب حزب الله في جرف الصخر، غداة الهجوم على قاعدة حرير.",
			attacks: []string{"base:harir@2025-08-06"}},
		{name: "after an attack, no offset: not the strike's day", published: "2025-08-08",
			text:    "قصفت طائرات أمريكية مساء الخميس 7 آب مواقع لكتائب حزب الله في جرف الصخر عقب هجوم صاروخي استهدف قاعدة حرير.",
			attacks: []string{"base:harir@-"}},
		{name: "soldiers hurt after an attack: the same event's day", published: "2025-08-08",
			text:    "أصيب جنديان أمريكيان فجر اليوم الجمعة إثر هجوم بطائرة مسيرة على قاعدة حرير.",
			attacks: []string{"base:harir@2025-08-08"}},
		// 5. A later re-mention with its own date.
		{name: "re-mention dates the undated attack and adds its perpetrators", published: "2025-09-16",
			text: "تعرضت قاعدة الشدادي لهجوم بطائرات مسيرة، بحسب مصادر محلية.\n\n" +
				"وقال المتحدث باسم البنتاغون إن الهجوم الذي نفذته جماعات مدعومة من إيران مساء الأحد 14 أيلول على قاعدة الشدادي لم يوقع إصابات.",
			attacks: []string{"base:shaddadi@2025-09-14"},
			attribs: []string{"base:shaddadi>militia:iran-backed-militias:asserted"}},
		// 6. Statements about attacks told before.
		{name: "likely behind both attacks", published: "2025-06-02",
			text: "استهدفت طائرات مسيرة فجر اليوم قاعدة التنف، فيما سقطت قذائف على قاعدة رميلان بعد ساعات. " +
				"ورجّح المرصد السوري لحقوق الإنسان أن تكون ميليشيات موالية لإيران وراء الهجومين.",
			attacks: []string{"base:al-tanf@2025-06-02", "base:kharab-al-jir@2025-06-02"},
			attribs: []string{"base:al-tanf>militia:iran-backed-militias:likely", "base:kharab-al-jir>militia:iran-backed-militias:likely"},
			claims:  []string{"base:al-tanf>militia:iran-backed-militias<org:sohr", "base:kharab-al-jir>militia:iran-backed-militias<org:sohr"}},
		{name: "plural reference covers attacks of two sentences", published: "2025-06-03",
			text: "سقطت قذائف صاروخية فجر اليوم الثلاثاء على قاعدة الشدادي. " +
				"وبعد ساعات استهدفت طائرة مسيرة قاعدة رميلان في ريف الحسكة. " +
				"واتهم المرصد السوري لحقوق الإنسان ميليشيات موالية لإيران بالوقوف وراء الهجومين.",
			attacks: []string{"base:kharab-al-jir@2025-06-03", "base:shaddadi@2025-06-03"},
			attribs: []string{"base:kharab-al-jir>militia:iran-backed-militias:asserted", "base:shaddadi>militia:iran-backed-militias:asserted"}},
		{name: "dual reference covers two attacks of different days", published: "2025-06-05",
			text: "سقطت ثلاثة صواريخ الليلة الماضية في محيط قاعدة خراب الجير في ريف الحسكة.\n" +
				"وكانت قاعدة الشدادي قد استهدفت قبل يومين بقذائف صاروخية.\n" +
				"واتهم المرصد السوري لحقوق الإنسان ميليشيات موالية لإيران بالوقوف وراء الهجومين.",
			attacks: []string{"base:kharab-al-jir@2025-06-04", "base:shaddadi@2025-06-03"},
			attribs: []string{"base:kharab-al-jir>militia:iran-backed-militias:asserted", "base:shaddadi>militia:iran-backed-militias:asserted"}},
		{name: "a ministry says a state launched missiles", published: "2025-01-14",
			text: "سقطت صواريخ باليستية فجر اليوم الثلاثاء على قاعدة عين الأسد وقاعدة حرير. " +
				"وقالت وزارة الدفاع الأمريكية إن إيران أطلقت أكثر من عشرة صواريخ على القاعدتين.",
			attacks: []string{"base:ain-al-asad@2025-01-14", "base:harir@2025-01-14"},
			attribs: []string{"base:ain-al-asad>country:iran:asserted", "base:harir>country:iran:asserted"}},
	}
}
