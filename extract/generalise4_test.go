package extract_test

import (
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/nisba/nisba/extract"
	"github.com/nisba/nisba/model"
)

// retCase is an article with the retaliations it must yield, each as
// "date actor" and the targets it must name.
type retCase struct {
	name, published, text string
	want                  []string // "date actor" (actor taken to its side by checkRetaliationSides), any order
	targets               []string // ids some retaliation must target
	not                   []string // ids no retaliation may target
}

// TestRetaliationClasses4 checks dated background strikes tied to earlier
// attacks, second strikes on another day, and third-party strikes.
func TestRetaliationClasses4(t *testing.T) {
	x := extract.New(loadLexicon(t))
	cases := []retCase{
		{name: "dated background strike after a series of attacks", published: "2025-10-13",
			text: "أصيب جنديان في هجوم بمسيرة على قاعدة حرير مساء السبت.\n\n" +
				"وفي 3 أيلول الماضي، نفذت طائرات أمريكية غارات على مواقع في القائم، في أعقاب هجمات على القوات الأمريكية.",
			want: []string{"2025-09-03 country:united-states"}, targets: []string{"city:al-qaim"}},
		{name: "dated background strike with no link stays out", published: "2025-10-13",
			text: "أصيب جنديان في هجوم بمسيرة على قاعدة حرير مساء السبت.\n\n" +
				"وفي 3 أيلول الماضي، نفذت طائرات أمريكية غارات على مواقع في القائم."},
		{name: "two strikes on two days", published: "2025-11-05",
			text: "سقطت ثلاثة صواريخ على قاعدة فيكتوريا قرب مطار بغداد مساء الأحد.\n\n" +
				"وقصفت مروحية أمريكية مساء الأحد شاحنة تابعة لكتائب سيد الشهداء قرب الفلوجة، ردا على الهجوم.\n\n" +
				"وفجر الثلاثاء، شنت طائرات أمريكية غارات على مواقع في منطقة القائم، ردا على الهجوم نفسه.",
			want:    []string{"2025-11-02 country:united-states", "2025-11-04 country:united-states"},
			targets: []string{"militia:kataib-sayyid-al-shuhada", "city:al-qaim"}},
		{name: "second strike two days later", published: "2025-11-06",
			text: "سقطت صواريخ على قاعدة عين الأسد مساء الأحد، وقصفت طائرة أمريكية بعد ساعات منصة إطلاق قرب هيت، ردا على الهجوم.\n\n" +
				"وبعد يومين، شنت مقاتلات أمريكية غارات على مخازن لعصائب أهل الحق في منطقة جرف الصخر.",
			want:    []string{"2025-11-02 country:united-states", "2025-11-04 force:us-forces"},
			targets: []string{"militia:asaib-ahl-al-haq", "city:jurf-al-sakhar"}},
		{name: "command tells of its forces' strikes on two days", published: "2025-10-01",
			text: "استهدفت مسيرتان قاعدة التنف فجر الخميس دون وقوع إصابات.\n\n" +
				"وذكرت القيادة المركزية الأمريكية أن قواتها نفذت مساء الخميس ضربة على مستودع للمسيرات قرب القائم.\n\n" +
				"وفي اليوم التالي، شنت طائرات أمريكية غارات على مقرات تستخدمها كتائب حزب الله في البوكمال.",
			want:    []string{"2025-09-25 org:centcom", "2025-09-26 country:united-states"},
			targets: []string{"city:al-qaim", "militia:kataib-hezbollah", "city:albukamal"}},
		{name: "turkish strike answering an attack on a turkish base", published: "2025-10-20",
			text: "سقطت قذائف على قاعدة زليكان التركية مساء الأحد، واتهمت أنقرة حزب العمال الكردستاني بالهجوم.\n\n" +
				"وردت مسيرات تركية فجر الاثنين بقصف مواقع للحزب في جبل قنديل، ردا على الهجوم.",
			want: []string{"2025-10-20 country:turkey"}},
		{name: "israeli strike on sites of a militia is no retaliation", published: "2025-10-20",
			text: "تعرضت قاعدة التنف لهجوم بمسيرة مساء الأحد.\n\n" +
				"وفي سياق آخر، شنت طائرات إسرائيلية غارات على مواقع تابعة للحرس الثوري الإيراني قرب الميادين."},
		{name: "a threatened answer is no response", published: "2025-10-20",
			text: "سقطت قذيفتان على قاعدة التنف مساء الأحد.\n\n" +
				"وتكررت الغارات الإسرائيلية على مواقع في ريف حمص، بينما تتوعد طهران بالرد على مقتل قادتها."},
		{name: "israeli strike framed as a response stays", published: "2025-10-20",
			text: "قال الجيش الإسرائيلي إن طائراته قصفت فجر الاثنين مواقع لحزب الله في ريف القصير، ردا على إطلاق صواريخ من سوريا.",
			want: []string{"2025-10-20 force:israeli-army"}},
	}
	runRetCases(t, x, cases)
}

// runRetCases runs checkRetaliations on each case as a subtest.
func runRetCases(t *testing.T, x *extract.Extractor, cases []retCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) { checkRetaliations(t, x, tc) })
	}
}

// checkRetaliations extracts tc and compares its retaliations.
func checkRetaliations(t *testing.T, x *extract.Extractor, tc retCase) {
	t.Helper()
	doc := run(t, x, tc.published, tc.text)
	var got, targets []string
	for _, r := range doc.Retaliations {
		d := ""
		if r.Date != nil {
			d = *r.Date
		}
		got = append(got, d+" "+r.Actor)
		targets = append(targets, r.Targets...)
	}
	sort.Strings(got)
	if len(got) != len(tc.want) {
		t.Fatalf("retaliations %v, want %v", got, tc.want)
	}
	for i := range got {
		if got[i] != tc.want[i] {
			t.Errorf("retaliation %q, want %q", got[i], tc.want[i])
		}
	}
	for _, id := range tc.targets {
		if !contains(targets, id) {
			t.Errorf("targets %v lack %s", targets, id)
		}
	}
	for _, id := range tc.not {
		if contains(targets, id) {
			t.Errorf("targets %v hold %s", targets, id)
		}
	}
}

// TestSameDayAttackDate checks that an attack told "في اليوم نفسه" after a
// dated strike takes the strike's day.
func TestSameDayAttackDate(t *testing.T) {
	x := extract.New(loadLexicon(t))
	cases := []struct{ name, text, want string }{
		{name: "same day", want: "2025-11-02",
			text: "قصفت طائرة أمريكية مساء الأحد مخزنا لحركة النجباء، ردا على هجوم بمسيرة استهدف قاعدة حرير في اليوم نفسه."},
		{name: "same day, ذاته", want: "2025-11-03",
			text: "شنت مقاتلات أمريكية غارات فجر الاثنين على مواقع في القائم، ردا على قصف صاروخي طال قاعدة عين الأسد في اليوم ذاته."},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			doc := run(t, x, "2025-11-05", tc.text)
			if len(doc.Attacks) != 1 {
				t.Fatalf("attacks %d, want 1", len(doc.Attacks))
			}
			if d := doc.Attacks[0].Date; d == nil || *d != tc.want {
				t.Errorf("attack date %v, want %s", d, tc.want)
			}
		})
	}
}

// TestMembersLaunched checks that "صواريخ أطلقها مسلحون من X" accuses X.
func TestMembersLaunched(t *testing.T) {
	x := extract.New(loadLexicon(t))
	cases := []struct{ name, text, want string }{
		{name: "fighters of a group launched", want: "base:harir>militia:kataib-hezbollah:asserted",
			text: "قال مسؤول كردي إن قاعدة حرير تعرضت مساء السبت لهجوم بصاروخين أطلقهما مقاتلون من كتائب حزب الله."},
		{name: "gunmen of a group launched", want: "base:zilkan>militia:pkk:asserted",
			text: "أعلنت أنقرة أن قذائف أطلقها مسلحون من حزب العمال الكردستاني سقطت على قاعدة زليكان فجر الجمعة."},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			doc := run(t, x, "2025-11-08", tc.text)
			_, attribs := attackSummary(t, doc)
			if !contains(attribs, tc.want) {
				t.Errorf("attributions %v lack %s", attribs, tc.want)
			}
		})
	}
}

// TestForceLaunchArea checks a state force whose positions or land a hedged
// source names as where the shells came from ("مصدرها على الأرجح مواقع
// قوات النظام"): likely the attacker, unless the sentence names after it a
// group that did the deed from there.
func TestForceLaunchArea(t *testing.T) {
	x := extract.New(loadLexicon(t))
	cases := []generalCase{
		{name: "the likely source of the shells", published: "2024-02-10",
			text:    "سقطت قذائف صاروخية مساء الخميس على قاعدة التنف. وقال مصدر محلي إن القذائف مصدرها على الأرجح مواقع قوات النظام القريبة.",
			attacks: []string{"base:al-tanf@2024-02-08"},
			attribs: []string{"base:al-tanf>force:syrian-regime-forces:likely"}},
		{name: "launched from its land, a group named as the doer", published: "2024-02-10",
			text:      "سقطت قذائف صاروخية مساء الخميس على قاعدة التنف. ورجح المصدر أن تكون القذائف قد أطلقت من مناطق سيطرة قوات النظام، مضيفاً أن ميليشيات مدعومة من إيران هي من تقف وراء الهجوم.",
			attacks:   []string{"base:al-tanf@2024-02-08"},
			noAttribs: []string{"base:al-tanf>force:syrian-regime-forces:likely"}},
	}
	runGeneralCases(t, x, cases)
}

// TestForcePerformedTold checks a state force told as the subject of a
// verb of carrying out whose object is the attack already told ("إن الجيش
// التركي نفذ الضربة"، "ونفذت القوات التركية الهجوم"), and a country named
// only where the doers are active.
func TestForcePerformedTold(t *testing.T) {
	x := extract.New(loadLexicon(t))
	cases := []generalCase{
		{name: "a state force that carried out the attack told", published: "2024-02-12",
			text:    "سقطت صواريخ فجر اليوم الاثنين على قاعدة حرير. وقال مصدر أمني إن الجيش التركي نفذ الضربة بطائرة مسيرة.",
			attacks: []string{"base:harir@2024-02-12"},
			attribs: []string{"base:harir>force:turkish-army:asserted"}},
		{name: "the verb first, the force after it", published: "2024-02-12",
			text:    "سقطت صواريخ فجر اليوم الاثنين على قاعدة حرير. ونفذت القوات التركية الهجوم من الجو، بحسب مصادر كردية.",
			attacks: []string{"base:harir@2024-02-12"},
			attribs: []string{"base:harir>force:turkish-army:asserted"}},
		{name: "a country where the doers are active is no doer", published: "2024-01-29",
			text:      "قُتل ثلاثة جنود أمريكيين في هجوم بطائرة مسيرة على البرج 22 فجر الأحد. وقال الرئيس الأمريكي إن جماعات مسلحة مدعومة من إيران تنشط في سوريا والعراق نفذت الهجوم.",
			attacks:   []string{"base:tower-22@2024-01-28"},
			noAttribs: []string{"base:tower-22>country:iraq:asserted", "base:tower-22>country:syria:asserted"}},
	}
	runGeneralCases(t, x, cases)
}

// TestFalseAlarmAndListedTargets checks an attack taken back as a false
// alarm in the sentence that tells it, an earlier attack kept when a false
// alarm is told of something else, bases listed after "بينها" or after
// strikes told just before, with no day of their own, and an admission's
// day that is not the strike's.
func TestFalseAlarmAndListedTargets(t *testing.T) {
	x := extract.New(loadLexicon(t))
	cases := []generalCase{
		{name: "a false alarm", published: "2019-03-05",
			text:    "أعلنت وكالة الأنباء الرسمية فجر اليوم الثلاثاء أن الدفاعات الجوية تصدت لصواريخ استهدفت مطار التيفور، قبل أن يؤكد مصدر عسكري أنه لم يكن هناك أي عدوان وأن المنظومات انطلقت بسبب إنذار كاذب.",
			attacks: nil},
		{name: "a false alarm of another kind keeps the attack told", published: "2023-10-20",
			text:    "استهدفت طائرة مسيرة قاعدة حرير مساء الثلاثاء دون إصابات.\n\nوفي حادثة منفصلة، توفي متعاقد مدني إثر إنذار كاذب داخل قاعدة حرير.",
			attacks: []string{"base:harir@2023-10-17"}},
		{name: "bases listed after بينها take the day of the clause before", published: "2024-02-05",
			text:    "وقصفت الفصائل فجر اليوم الاثنين مواقع أمريكية في سوريا، بينها قاعدة الشدادي وحقل العمر.",
			attacks: []string{"base:omar-oil-field@2024-02-05", "base:shaddadi@2024-02-05"}},
		{name: "an admission dated by its own day, the strike by the night told after", published: "2019-01-13",
			text:    "أقرّ رئيس الوزراء الإسرائيلي، اليوم الأحد، بأن سلاح الجو قصف مستودعات أسلحة في مطار دمشق الدولي.\n\nوقال في مستهل اجتماع حكومته إن بلاده ماضية في التحرك.\n\nوكانت الوكالة الرسمية نقلت عن مصدر عسكري أن الطيران الإسرائيلي أطلق ليل الجمعة رشقات من الصواريخ أصابت مستودعاً في المطار.",
			attacks: []string{"base:damascus-airport@2019-01-11"}},
		{name: "an announcement's day, then the attack named by its base", published: "2024-02-03",
			text:    "قتل ثلاثة جنود أمريكيين في هجوم بطائرة مسيرة على البرج 22 فجر الأحد الماضي.\n\nوجاءت الضربات بعد أيام من إعلان كتائب حزب الله، الثلاثاء الماضي، تعليق عملياتها، في خطوة رأى فيها مراقبون تنصلاً من هجوم البرج 22.",
			attacks: []string{"base:tower-22@2024-01-28"}},
		{name: "targets listed after the strikes told", published: "2019-03-05",
			text:    "سقط صاروخ فجر اليوم الثلاثاء على مطار الشعيرات.\n\nوجاء ذلك بعد يومين من الضربات التي شنتها إسرائيل فجر الأحد الماضي.\n\nوبحسب مصدر روسي، فإن ثلاثة صواريخ وجهت إلى مطار التيفور، وخمسة إلى مطار الشعيرات، وستة إلى مطار الضمير.",
			attacks: []string{"base:dumayr@2019-03-03", "base:shayrat@2019-03-03", "base:shayrat@2019-03-05", "base:t4@2019-03-03"}},
	}
	runGeneralCases(t, x, cases)
}

// TestAnswerSiteDates checks a base named among the sites a dated strike
// hit, in the next sentence and with no day of its own: the strike's day.
func TestAnswerSiteDates(t *testing.T) {
	x := extract.New(loadLexicon(t))
	checkCase(t, x, generalCase{name: "a site inside an airport the answer hit", published: "2019-01-21",
		text:    "أعلن الجيش الإسرائيلي فجر اليوم الاثنين أنه شن غارات على أهداف تابعة لفيلق القدس في سوريا، رداً على إطلاق صاروخ باتجاه الجولان أمس. وقال الجيش في بيان إن مقاتلاته استهدفت مستودعات ذخيرة، وموقعاً داخل مطار دمشق الدولي، ومعسكر تدريب.",
		attacks: []string{"base:damascus-airport@2019-01-21"}})
}

// TestOtherBaseDate checks a date told in a later clause with another base
// of its own: that base's day, not the day of an attack whose clause told
// it already ("وتبنت X هجوم التنف، ... كما نسب إليها انفجار سمع الأحد
// الماضي في قاعدة الشدادي").
func TestOtherBaseDate(t *testing.T) {
	x := extract.New(loadLexicon(t))
	cases := []generalCase{
		{name: "a claim, then another base's blast on its day", published: "2023-10-27",
			text:    "وفجر الأربعاء، هاجمت طائرتان مسيرتان قاعدة التنف، في حين اعترضت الدفاعات مسيرة كانت تتجه نحو قاعدة فكتوريا.\n\nوتبنت المقاومة الإسلامية في العراق هجوم التنف، متجاهلة الحديث عن قاعدة فكتوريا، كما نسب إليها انفجار سمع الأحد الماضي (22 تشرين الأول) في قاعدة الشدادي.",
			attacks: []string{"base:al-tanf@2023-10-25", "base:shaddadi@2023-10-22", "base:victory@2023-10-25"}},
		{name: "a series, then a third base's rockets on their day", published: "2019-12-30",
			text:    "وتأتي التطورات بعد هجمات صاروخية على منشآت تستضيف قوات أمريكية، من بينها معسكر التاجي شمال بغداد، إضافة إلى سقوط صواريخ على قاعدة بلد الجوية في الخامس من الشهر الجاري.",
			attacks: []string{"base:balad@2019-12-05", "base:taji@-"}},
		{name: "a base whose clause tells no attack keeps the day after its aside", published: "2021-03-06",
			text:    "وكانت قاعدة عين الأسد، التي تضم جنوداً من التحالف، قد تعرضت في الثامن من كانون الثاني 2020 لهجوم بالصواريخ رداً على اغتيال قاسم سليماني قرب مطار بغداد.",
			attacks: []string{"base:ain-al-asad@2020-01-08"}},
	}
	runGeneralCases(t, x, cases)
}

// TestDistanceLandmark checks that a base named only to say how far the
// attacked one lies from it is not what a later "القاعدة" means.
func TestDistanceLandmark(t *testing.T) {
	x := extract.New(loadLexicon(t))
	checkCase(t, x, generalCase{name: "the tower, a few kilometres from al-Tanf", published: "2024-01-29",
		text: "قتل ثلاثة جنود أمريكيين فجر أمس الأحد في هجوم بطائرة مسيرة استهدف موقع البرج 22 شمال شرقي الأردن.\n\n" +
			"ويضم البرج 22، وهو قاعدة دعم لوجستي لا تبعد سوى كيلومترات قليلة عن قاعدة التنف، نحو 350 عسكرياً.\n\n" +
			"وأوضحت المتحدثة باسم البنتاغون أن الهجوم يحمل بصمات كتائب حزب الله، مشيرة إلى أن المسيرة اقتربت من القاعدة في التوقيت نفسه الذي كانت تعود فيه مسيرة أمريكية.",
		attacks: []string{"base:tower-22@2024-01-28"},
		attribs: []string{"base:tower-22>militia:kataib-hezbollah:asserted"}})
}

// TestReachedAsSaid checks strikes dated before a clause in which a source
// says they reached a base ("، قالت مصادر محلية إنها طالت قاعدة X"), with
// the day glossed in brackets or not: the strikes' day is the base's.
func TestReachedAsSaid(t *testing.T) {
	x := extract.New(loadLexicon(t))
	for _, text := range []string{
		"شنت طائرات مجهولة ليل الجمعة غارات على مواقع للميليشيات الإيرانية في محيط مدينة البوكمال، قالت مصادر محلية إنها طالت قاعدة الإمام علي جنوب المدينة.",
		"نفى التحالف الدولي مسؤوليته عن الغارات الجوية التي استهدفت ليل الجمعة (١٦ محرم ١٤٤٢هـ) مواقع للميليشيات الإيرانية في محيط مدينة البوكمال، والتي قالت مصادر محلية إنها طالت قاعدة الإمام علي جنوب المدينة.",
	} {
		checkCase(t, x, generalCase{name: text[:40], published: "2020-09-06", text: text,
			attacks: []string{"base:imam-ali@2020-09-04"}})
	}
}

// TestKurdistanNames checks the lexicon's Kurdish parties and the places
// of the disputed areas, in Arabic and in Kurdish letters.
func TestKurdistanNames(t *testing.T) {
	x := extract.New(loadLexicon(t))
	cases := []entityCase{
		{name: "the PUK", text: "وقال مسؤول في الاتحاد الوطني الكردستاني إن البيشمركة صدت الهجوم.", want: []string{"org:puk"}},
		{name: "Qarachogh in Kurdish letters", text: "هاجم مسلحو داعش نقطة للبيشمركة في جبل قرەچوغ ليل الأحد.", want: []string{"city:qarachogh"}},
		{name: "Garmiyan and Kifri", text: "وقعت الاشتباكات قرب قضاء كفري في إدارة گرميان.", want: []string{"city:garmiyan", "city:kifri"}},
		{name: "a mountain's name ends before the night", text: "هاجم مسلحو داعش نقطة للبيشمركة في جبل كورك ليل الأحد.", want: []string{"city:جبل-كورك"}, not: []string{"city:جبل-كورك-ليل"}},
	}
	runEntityCases(t, x, cases)
}

// TestPartnerNotStriker checks that forces named after "بالتنسيق مع" are the
// striker's partners, not the striker.
func TestPartnerNotStriker(t *testing.T) {
	x := extract.New(loadLexicon(t))
	doc := extractText(t, x, "قتل ثلاثة من البيشمركة مساء الجمعة في هجوم لداعش على قاعدة مخمور.\n\n"+
		"وذكرت قيادة العمليات المشتركة أن طائرات التحالف، وبالتنسيق مع القوات العراقية وقوات البيشمركة، نفذت سبع ضربات دقيقة استهدفت كهوفاً يستخدمها الإرهابيون، رداً على الاعتداء.")
	if len(doc.Retaliations) == 0 {
		t.Fatal("no retaliation")
	}
	for _, r := range doc.Retaliations {
		if r.Actor == "force:peshmerga" || r.Actor == "force:iraqi-army" {
			t.Errorf("retaliation by the partner %s", r.Actor)
		}
	}
}

// TestNotTheFirstTime checks a sentence opening with "ففي" and a day right
// after "ليست هذه المرة الأولى التي تستهدف فيها القاعدة": the earlier
// attack on that base, even with no base named in it.
func TestNotTheFirstTime(t *testing.T) {
	x := extract.New(loadLexicon(t))
	const lead = "استهدفت ضربة صاروخية فجر أمس الاثنين مطار التيفور العسكري في ريف حمص.\n\n"
	cases := []generalCase{
		{name: "the earlier time told after", published: "2018-04-10",
			text:    lead + "وليست هذه المرة الأولى التي تستهدف فيها القاعدة. ففي العاشر من شباط الماضي، قصفت مقاتلات إسرائيلية عربة التحكم التي أطلقت منها طائرة مسيرة.",
			attacks: []string{"base:t4@2018-02-10", "base:t4@2018-04-09"}},
		{name: "the first time, said so", published: "2018-04-10",
			text:    lead + "وهذه المرة الأولى التي تستهدف فيها القاعدة. ففي العاشر من شباط الماضي، قصفت مقاتلات إسرائيلية عربة التحكم التي أطلقت منها طائرة مسيرة.",
			attacks: []string{"base:t4@2018-04-09"}},
		{name: "no earlier time said", published: "2018-04-10",
			text:    lead + "وتشهد المنطقة توتراً متصاعداً. ففي العاشر من شباط الماضي، قصفت مقاتلات إسرائيلية عربة التحكم التي أطلقت منها طائرة مسيرة.",
			attacks: []string{"base:t4@2018-04-09"}},
	}
	runGeneralCases(t, x, cases)
}

// TestCountedSitesLead checks a lead that tells, on its day, an attack on
// sites it counts but does not name: the sites the body names later take
// that day, even when an attack told with a day of its own comes first.
// A lead that counts the sites a strike hit dates no attack.
func TestCountedSitesLead(t *testing.T) {
	x := extract.New(loadLexicon(t))
	const body = "وقالت واشنطن إن غاراتها جاءت رداً على هجوم بطائرات مسيرة استهدف قاعدة التنف في 15 من آب الحالي.\n\n" +
		"وسقطت قذائف صاروخية على حقل كونيكو وعلى قاعدة القرية الخضراء في حقل العمر، ما أدى إلى إصابة جنديين."
	cases := []generalCase{
		{name: "the counted sites named later", published: "2022-08-25",
			text:    "شهدت محافظة دير الزور، مساء الأربعاء 24 من آب، تصعيداً جديداً بعد قصف صاروخي طال موقعين يتمركز فيهما جنود أمريكيون.\n\n" + body,
			attacks: []string{"base:al-tanf@2022-08-15", "base:conoco-gas-field@2022-08-24", "base:omar-oil-field@2022-08-24"}},
		{name: "the sites a strike hit", published: "2022-08-25",
			text:    "شنت مقاتلات أمريكية، مساء الأربعاء 24 من آب، غارات على منشأتين تستخدمهما فصائل موالية لإيران.\n\n" + body,
			attacks: []string{"base:al-tanf@2022-08-15", "base:conoco-gas-field@-", "base:omar-oil-field@-"}},
	}
	runGeneralCases(t, x, cases)
}

// TestRaidAnswers checks that a raid by state forces told as the answer to
// an attack is a retaliation, and that a raid an attack is told to have
// come after answers nothing.
func TestRaidAnswers(t *testing.T) {
	x := extract.New(loadLexicon(t))
	cases := []retCase{
		{name: "a raid in answer", published: "2015-10-30",
			text: "سقطت عشرات الصواريخ على معسكر ليبرتي قرب بغداد مساء أمس الخميس.\n\n" +
				"وقال متحدث عسكري إن قوة مشتركة من الجيش العراقي والشرطة الاتحادية نفذت فجر اليوم الجمعة، رداً على الهجوم، عملية دهم في بساتين منطقة الرضوانية التي انطلقت منها الصواريخ، واشتبكت مع مسلحين.",
			want: []string{"2015-10-30 force:iraqi-forces"}},
		{name: "a raid the attack came after", published: "2020-07-05",
			text: "سقطت صواريخ على قاعدة فكتوريا قرب مطار بغداد مساء السبت، بعد أيام من مداهمة نفذها جهاز مكافحة الإرهاب لمقر لكتائب حزب الله جنوبي بغداد."},
	}
	runRetCases(t, x, cases)
}

// TestCaptureWithDateAside checks a base taken by groups named before a
// day told between commas: "سيطر مقاتلون من X، فجر أمس، على مطار Y" is an
// attack on Y by X, as it is with no day between.
func TestCaptureWithDateAside(t *testing.T) {
	x := extract.New(loadLexicon(t))
	cases := []generalCase{
		{name: "the day between commas", published: "2013-01-12",
			text:    "سيطر مقاتلون من «حركة أحرار الشام»، فجر أمس الجمعة، على مطار تفتناز العسكري في ريف إدلب.",
			attacks: []string{"base:taftanaz@2013-01-11"}, attribs: []string{"base:taftanaz>militia:ahrar-al-sham:attacker"}},
		{name: "a town between commas is no day", published: "2013-01-12",
			text: "سيطر مقاتلون من «حركة أحرار الشام»، في بلدة تفتناز، على مستودعات للذخيرة قرب مطار تفتناز العسكري."},
	}
	runGeneralCases(t, x, cases)
}

// TestDualCapture checks the dual and imperfect verbs of taking a base:
// "سيطرتا على مطار X"، "قبل أن تسيطرا على معسكر Y".
func TestDualCapture(t *testing.T) {
	x := extract.New(loadLexicon(t))
	cases := []generalCase{
		{name: "the dual past", published: "2013-01-12",
			text:    "وكانت الجماعتان قد سيطرتا على مطار تفتناز العسكري فجر أمس بعد معارك عنيفة.",
			attacks: []string{"base:taftanaz@2013-01-11"}},
		{name: "the dual subjunctive", published: "2014-12-16",
			text:    "تقدمت الجماعتان فجر أمس الاثنين قبل أن تسيطرا على معسكر الحامدية قرب معرة النعمان.",
			attacks: []string{"base:معسكر-حامديه@2014-12-15"}},
	}
	runGeneralCases(t, x, cases)
}

// TestPointedBaseKeepsItsDay checks that a day told right after "القاعدة"
// is the day of an earlier attack on the base pointed back to, even when
// the sentence goes on to another base with a day of its own.
func TestPointedBaseKeepsItsDay(t *testing.T) {
	x := extract.New(loadLexicon(t))
	cases := []generalCase{
		{name: "another base after", published: "2023-10-27",
			text: "تعرضت قاعدة حرير الجوية شمال شرقي أربيل، فجر اليوم الجمعة، لهجوم بطائرة مسيرة.\n\n" +
				"وكانت الجماعة نفسها قد أعلنت مسؤوليتها عن هجوم مماثل على القاعدة الثلاثاء الماضي، وعن استهداف قاعدة حقل العمر يوم الأربعاء.",
			attacks: []string{"base:harir@2023-10-24", "base:harir@2023-10-27", "base:omar-oil-field@2023-10-25"}},
	}
	runGeneralCases(t, x, cases)
}

// TestRevealedBaseTakesTheDay checks an attack told first on an unnamed
// base with its day, whose base a later sentence reveals with "الهجوم طال
// قاعدة X": the attack on X is that day's, though the lead names two days.
func TestRevealedBaseTakesTheDay(t *testing.T) {
	x := extract.New(loadLexicon(t))
	cases := []generalCase{
		{name: "the base revealed", published: "2023-03-25",
			text: "قتل متعاقد أمريكي في هجوم بطائرة مسيرة على قاعدة للتحالف الدولي قرب الحسكة، يوم الخميس، فيما تعرضت قاعدة أخرى لقصف صاروخي صباح أمس الجمعة.\n\n" +
				"وأفادت مصادر محلية بأن الهجوم طال قاعدة خراب الجير قرب رميلان.",
			attacks: []string{"base:kharab-al-jir@2023-03-23"}},
	}
	runGeneralCases(t, x, cases)
}

// TestQuotedPairTakesBase checks two quoted groups joined by a lone و
// ("«X» و«Y»") as the subject of a verb of taking a base: both did it.
func TestQuotedPairTakesBase(t *testing.T) {
	x := extract.New(loadLexicon(t))
	cases := []generalCase{
		{name: "fighters of two quoted groups", published: "2013-01-12",
			text:    "سيطر مقاتلون من «جيش الإسلام» و«حركة أحرار الشام» على مطار تفتناز العسكري فجر أمس.",
			attacks: []string{"base:taftanaz@2013-01-11"},
			attribs: []string{"base:taftanaz>militia:jaysh-al-islam:attacker", "base:taftanaz>militia:ahrar-al-sham:attacker"}},
	}
	runGeneralCases(t, x, cases)
}

// TestTookPartInAttack checks a group named after "شاركت فيه" that follows
// an attack word: it took part in the attack, in the article's own voice.
func TestTookPartInAttack(t *testing.T) {
	x := extract.New(loadLexicon(t))
	cases := []generalCase{
		{name: "brigades of a group took part", published: "2013-08-06",
			text:    "سيطر مسلحون فجر اليوم على مطار منغ العسكري، إثر هجوم واسع شاركت فيه كتائب من «حركة أحرار الشام».",
			attacks: []string{"base:menagh@2013-08-06"},
			attribs: []string{"base:menagh>militia:ahrar-al-sham:attacker"}},
	}
	runGeneralCases(t, x, cases)
}

// TestCompassInGroupNames checks a group named after a region ("لواء صقور
// الشمال") keeps the definite direction noun, while the indefinite one
// after a name ("شمال حلب") still tells where.
func TestCompassInGroupNames(t *testing.T) {
	x := extract.New(loadLexicon(t))
	cases := []entityCase{
		{name: "a brigade of the north", text: "أعلن «لواء صقور الشمال» أن مقاتليه قصفوا قاعدة الحمدان الجوية أمس.",
			want: []string{"militia:لواء-صقور-شمال"}, not: []string{"militia:لواء-صقور"}},
		{name: "the direction after a town", text: "قصف لواء الفرقان مواقع قرب بلدة الكرزان شمال حلب أمس.",
			want: []string{"city:كرزان"}, not: []string{"city:كرزان-شمال"}},
	}
	runEntityCases(t, x, cases)
}

// TestNearBaseNames checks a base name typed one weak letter, or ض for ظ,
// away from a lexicon base's name: it is that base; a strong letter apart
// it is a new one.
func TestNearBaseNames(t *testing.T) {
	x := extract.New(loadLexicon(t))
	cases := []entityCase{
		{name: "ض for ظ", text: "سيطرت الفصائل على مطار أبو الضهور العسكري أمس.", want: []string{"base:abu-al-duhur"}},
		{name: "a long vowel added", text: "قصفت الفصائل مطار كويريس العسكري أمس.", want: []string{"base:kweires"}},
		{name: "a long vowel in a short name", text: "قصفت الفصائل مطار مينغ العسكري أمس.", want: []string{"base:menagh"}},
		{name: "a strong letter apart", text: "قصفت الفصائل مطار كويرز العسكري أمس.", not: []string{"base:kweires"}},
	}
	runEntityCases(t, x, cases)
}

// TestSharedInBattle checks groups that are the subjects of "شاركوا في
// المعركة" (الهجوم) in a sentence after the taking of a base: they took
// part in that attack.
func TestSharedInBattle(t *testing.T) {
	x := extract.New(loadLexicon(t))
	cases := []generalCase{
		{name: "two quoted groups took part in the battle", published: "2013-08-06",
			text:    "سيطرت فصائل المعارضة فجر اليوم على مطار منغ العسكري. وأكد القائد الميداني أبو خالد أن «حركة أحرار الشام» و«جيش الإسلام» شاركا في المعركة.",
			attacks: []string{"base:menagh@2013-08-06"},
			attribs: []string{"base:menagh>militia:ahrar-al-sham:asserted", "base:menagh>militia:jaysh-al-islam:asserted"}},
		{name: "control: a battle elsewhere", published: "2013-08-06",
			text:      "سيطرت فصائل المعارضة فجر اليوم على مطار منغ العسكري. وقال القائد الميداني أبو خالد إن «حركة أحرار الشام» تستعد للمعركة.",
			attacks:   []string{"base:menagh@2013-08-06"},
			noAttribs: []string{"base:menagh>militia:ahrar-al-sham:asserted"}},
	}
	runGeneralCases(t, x, cases)
}

// TestDefiniteStrikesDay checks a day after a definite strike noun ("كما
// استهدفت الغارات يوم الاثنين مطار X") as the strikes' own day, though the
// day was told before and another day follows: only an indefinite noun
// names an event by its day ("غارات الاثنين").
func TestDefiniteStrikesDay(t *testing.T) {
	x := extract.New(loadLexicon(t))
	cases := []generalCase{
		{name: "the strikes on Monday", published: "2024-12-10",
			text: "وهاجمت زوارق حربية مساء الاثنين سفناً راسية في ميناء طرطوس.\n\n" +
				"كما استهدفت الغارات يوم الاثنين مطار المزة العسكري غرب دمشق، إضافة إلى مواقع أخرى تعرضت لضربات على مدى يومي الأحد والاثنين.",
			attacks: []string{"base:mezzeh-airport@2024-12-09"}},
	}
	runGeneralCases(t, x, cases)
}

// TestCleftPerformer checks a state force singled out by a cleft ("إن
// الجيش الإسرائيلي هو من نفّذ الضربات") as the doer of the strikes told.
func TestCleftPerformer(t *testing.T) {
	x := extract.New(loadLexicon(t))
	cases := []generalCase{
		{name: "the army is who carried out the strikes", published: "2024-12-10",
			text:    "استهدفت غارات جوية فجر اليوم مطار المزة العسكري. ونقلت إذاعة محلية عن مصدر أمني قوله إن الجيش الإسرائيلي هو من نفذ الضربات.",
			attacks: []string{"base:mezzeh-airport@2024-12-10"},
			attribs: []string{"base:mezzeh-airport>force:israeli-army:asserted"}},
	}
	runGeneralCases(t, x, cases)
}

// TestStationedAsideEnds checks a base listed after an aside on forces
// stationed at the one before ("، حيث كانت قوات روسية تتمركز، إضافة إلى
// مطار X"): the comma ends the aside, and X is struck too.
func TestStationedAsideEnds(t *testing.T) {
	x := extract.New(loadLexicon(t))
	cases := []generalCase{
		{name: "the list goes on after the aside", published: "2024-12-10",
			text:    "استهدفت الغارات يوم الاثنين مطار القامشلي، حيث كانت قوات روسية تتمركز، إضافة إلى مطار الشعيرات في ريف حمص.",
			attacks: []string{"base:qamishli-airport@2024-12-09", "base:shayrat@2024-12-09"}},
	}
	runGeneralCases(t, x, cases)
}

// TestFrontMembersNotBlamed checks groups a front is said to comprise
// ("يُعتقد أنها تضم فصائل مثل X وY"): members, not blamed for the attack
// the front claimed.
func TestFrontMembersNotBlamed(t *testing.T) {
	x := extract.New(loadLexicon(t))
	cases := []generalCase{
		{name: "the factions a front comprises", published: "2024-12-10",
			text:      "أعلنت المقاومة الإسلامية في العراق استهداف قاعدة حرير بطائرتين مسيرتين فجر اليوم. ويرى مراقبون أن المقاومة الإسلامية في العراق واجهة إعلامية يعتقد أنها تضم فصائل مثل كتائب حزب الله وحركة النجباء.",
			attacks:   []string{"base:harir@2024-12-10"},
			attribs:   []string{"base:harir>militia:islamic-resistance-in-iraq:claimed"},
			noAttribs: []string{"base:harir>militia:kataib-hezbollah:suspected", "base:harir>militia:nujaba:suspected"}},
	}
	runGeneralCases(t, x, cases)
}

// TestAnnouncedControl checks a group announcing its control of a base
// ("أعلن X سيطرته على مطار Y"): the taking of the base, claimed by X.
func TestAnnouncedControl(t *testing.T) {
	x := extract.New(loadLexicon(t))
	cases := []generalCase{
		{name: "a group announces its control", published: "2024-12-02",
			text:    "أعلن «الجيش الوطني السوري»، أمس الأحد، سيطرته على مطار كويرس العسكري في ريف حلب الشرقي، بعد انسحاب قوات النظام منه.",
			attacks: []string{"base:kweires@2024-12-01"},
			claims:  []string{"base:kweires>militia:syrian-national-army<militia:syrian-national-army"}},
	}
	runGeneralCases(t, x, cases)
}

// TestRegimentBase checks a regiment by number ("الفوج ٤٦") as the base it
// holds, named as the text writes its digits, and "ضربة لقوات النظام" as a
// blow dealt to the forces, not a strike of theirs.
func TestRegimentBase(t *testing.T) {
	x := extract.New(loadLexicon(t))
	doc := extractText(t, x, "سيطرت فصائل المعارضة على الفوج ٤٦ قرب بلدة الأتارب يوم الاثنين، وهو ما اعتبره ناشطون أكبر ضربة لقوات النظام في ريف حلب.")
	found := false
	for _, e := range doc.Entities {
		if e.ID == "base:فوج-46" {
			found = e.Type == model.TypeBase && e.Name == "الفوج ٤٦"
		}
	}
	if !found {
		t.Errorf("no base الفوج ٤٦ in %v", doc.Entities)
	}
	if len(doc.Attacks) != 1 || doc.Attacks[0].Target != "base:فوج-46" {
		t.Errorf("attacks %v, want one on the regiment", doc.Attacks)
	}
	if len(doc.Retaliations) != 0 {
		t.Errorf("retaliations %v, want none: the blow is dealt to the forces", doc.Retaliations)
	}
}

// TestAleppoColleges checks the military academy and colleges of Aleppo
// as bases the lexicon knows.
func TestAleppoColleges(t *testing.T) {
	x := extract.New(loadLexicon(t))
	cases := []generalCase{
		{name: "the academy in al-Hamdaniyah", published: "2024-11-30",
			text:    "سيطرت فصائل المعارضة، أمس الجمعة، على الأكاديمية العسكرية في حي الحمدانية غربي مدينة حلب.",
			attacks: []string{"base:aleppo-military-academy@2024-11-29"}},
		{name: "the artillery college", published: "2016-08-07",
			text:    "اقتحم مقاتلو المعارضة كلية المدفعية جنوب حلب أمس.",
			attacks: []string{"base:ramouseh-colleges@2016-08-06"}},
	}
	runGeneralCases(t, x, cases)
}

// TestNamedRegimentBase checks the headquarters of a regiment named after
// its place ("مقر فوج الميلبية") as the base "فوج الميلبية".
func TestNamedRegimentBase(t *testing.T) {
	x := extract.New(loadLexicon(t))
	cases := []generalCase{
		{name: "a regiment's headquarters", published: "2022-01-22",
			text:    "استهدف مسلحون، مساء الجمعة، بقذائف صاروخية مقر فوج الكوكب جنوب الحسكة، من دون أن يسفر ذلك عن إصابات.",
			attacks: []string{"base:فوج-كوكب@2022-01-21"}},
	}
	runGeneralCases(t, x, cases)
}

// TestFightersNearBaseStruck checks a state striking gatherings of fighters
// "في محيط القاعدة": it struck the men near the base, and is no attacker of
// the base they had attacked.
func TestFightersNearBaseStruck(t *testing.T) {
	x := extract.New(loadLexicon(t))
	cases := []generalCase{
		{name: "gatherings around the base", published: "2022-01-21",
			text:      "هاجم عناصر تنظيم داعش فجر اليوم قاعدة الشدادي في الحسكة. وقصفت مروحيات التحالف الدولي تجمعات عناصر التنظيم في محيط القاعدة.",
			attacks:   []string{"base:shaddadi@2022-01-21"},
			noAttribs: []string{"base:shaddadi>force:international-coalition:asserted"}},
	}
	runGeneralCases(t, x, cases)
}

// TestMercenariesOfGroup checks "مرتزقة X", how some outlets call a
// group's men, as the group's fighters: the group attacked.
func TestMercenariesOfGroup(t *testing.T) {
	x := extract.New(loadLexicon(t))
	cases := []generalCase{
		{name: "the group's mercenaries attacked", published: "2022-01-21",
			text:    "هاجم مرتزقة داعش فجر اليوم قاعدة الشدادي في ريف الحسكة الجنوبي.",
			attacks: []string{"base:shaddadi@2022-01-21"},
			attribs: []string{"base:shaddadi>militia:isis:attacker"}},
	}
	runGeneralCases(t, x, cases)
}

// TestGatheringsOfGroupStruck checks "تجمعات عناصر التنظيم" struck in
// answer to the group's attack: the group named before is the target.
func TestGatheringsOfGroupStruck(t *testing.T) {
	x := extract.New(loadLexicon(t))
	runRetCases(t, x, []retCase{
		{name: "gatherings of the group's men", published: "2022-01-21",
			text:    "هاجم عناصر تنظيم داعش فجر اليوم قاعدة الشدادي في الحسكة. وقصفت مروحيات التحالف الدولي تجمعات عناصر التنظيم في محيط القاعدة رداً على الهجوم.",
			want:    []string{"2022-01-21 force:international-coalition"},
			targets: []string{"militia:isis"}},
	})
}

// TestAggressionDayIsBases checks the day told with "العدوان الإسرائيلي"
// in one clause as the day of the strike on the base the next clause
// tells, when no other actor is named.
func TestAggressionDayIsBases(t *testing.T) {
	x := extract.New(loadLexicon(t))
	cases := []generalCase{
		{name: "the aggression's day", published: "2018-05-10",
			text:    "قال الجيش إن العدوان الإسرائيلي فجر اليوم أدى إلى مقتل ثلاثة عسكريين، مشيراً إلى أن الطائرات استهدفت مطار الضمير العسكري.",
			attacks: []string{"base:dumayr@2018-05-10"}},
	}
	runGeneralCases(t, x, cases)
}

// TestHedgeOverAsideThenThat checks a hedge verb that governs its "أن"
// clause over an aside about the speaker ("ورجّح مسؤول، طلب عدم الكشف عن
// هويته، أن تكون X هي الجهة التي خططت للهجوم"): X is the likely doer.
func TestHedgeOverAsideThenThat(t *testing.T) {
	x := extract.New(loadLexicon(t))
	cases := []generalCase{
		{name: "an aside about the speaker", published: "2024-12-11",
			text:    "استهدفت صواريخ باليستية قاعدة عين الأسد مساء الثلاثاء. ورجح مسؤول دفاعي، طلب عدم الكشف عن هويته، أن تكون كتائب حزب الله هي الجهة التي خططت للهجوم.",
			attacks: []string{"base:ain-al-asad@2024-12-10"},
			attribs: []string{"base:ain-al-asad>militia:kataib-hezbollah:likely"}},
	}
	runGeneralCases(t, x, cases)
}

// TestFellIntoHands checks a base that "fell into the hands" of a group
// ("سقط مطار X بأيدي مقاتلي Y"، "وكان مطار X، الذي …، قد سقط فجر أمس بيد
// مقاتلين من «غرفة عمليات الجنوب»"): Y took it that day. A rocket that
// fell takes nothing.
func TestFellIntoHands(t *testing.T) {
	x := extract.New(loadLexicon(t))
	cases := []generalCase{
		{name: "fell into the hands of a group's fighters", published: "2013-08-06",
			text:    "سقط مطار منغ العسكري فجر اليوم بأيدي مقاتلي «حركة أحرار الشام».",
			attacks: []string{"base:menagh@2013-08-06"},
			attribs: []string{"base:menagh>militia:ahrar-al-sham:attacker"}},
		{name: "fell after an aside, to a southern operations room", published: "2024-12-09",
			text:    "استهدفت غارات جوية فجر اليوم الاثنين مطار المزة العسكري. وكان مطار المزة، الذي شكل لعقود مركزاً للأجهزة الأمنية، قد سقط فجر أمس الأحد بيد مقاتلين من «غرفة عمليات الجنوب».",
			attacks: []string{"base:mezzeh-airport@2024-12-08", "base:mezzeh-airport@2024-12-09"},
			attribs: []string{"base:mezzeh-airport>militia:غرفه-عمليات-جنوب:attacker"}},
		{name: "control: a rocket fell", published: "2024-12-09",
			text:    "سقط صاروخ فجر اليوم في محيط مطار المزة العسكري دون أن يسفر عن إصابات.",
			attacks: []string{"base:mezzeh-airport@2024-12-09"}},
	}
	runGeneralCases(t, x, cases)
}

// TestFiredFromSitesStruck checks sites struck "after the group's men
// fired from them" ("بعدما أطلق منها مسلحو التنظيم النار"): the group told
// before is the target.
func TestFiredFromSitesStruck(t *testing.T) {
	x := extract.New(loadLexicon(t))
	runRetCases(t, x, []retCase{
		{name: "the men who fired from the buildings", published: "2022-01-22",
			text:    "هاجم عناصر تنظيم داعش ليل الخميس سجناً في مدينة الحسكة. وشنت مقاتلات التحالف الدولي مساء الجمعة غارات على مبان في حي غويران، بعدما أطلق منها مسلحو التنظيم النار على قوات سوريا الديمقراطية.",
			want:    []string{"2022-01-21 force:international-coalition"},
			targets: []string{"militia:isis"}},
	})
}

// TestPartyHeadquartersAsBase checks the headquarters or camp of a party
// with armed men ("مقر حزب X"، "المقر الرئيسي للحزب X"، "معسكر حزب X")
// read as a base: its shelling is an attack on it, one compound however
// named, and the party is still the target of the state's answer. A site
// of the party's ("مقراً لحزب X") names no base.
func TestPartyHeadquartersAsBase(t *testing.T) {
	x := extract.New(loadLexicon(t))
	cases := []generalCase{
		{name: "the party's headquarters shelled", published: "2021-05-13",
			text:    "قصفت مدفعية الحرس الثوري الإيراني ظهر اليوم الخميس مقر حزب كومله الكردستاني قرب مدينة السليمانية، ما أدى إلى إصابة اثنين من حراسه.",
			attacks: []string{"base:مقر-حزب-كومله-كردستاني@2021-05-13"}},
		{name: "the main headquarters, then the headquarters again", published: "2021-05-13",
			text:    "سقطت صواريخ مساء أمس الأربعاء على المقر الرئيسي للحزب الديمقراطي الكردستاني الإيراني في كويسنجق. وقال مسؤول في الحزب إن مقر الحزب تعرض لأضرار كبيرة.",
			attacks: []string{"base:مقر-حزب-ديمقراطي-كردستاني-ايراني@2021-05-12"}},
		{name: "control: a site of the party's", published: "2021-05-13",
			text:       "قصفت مدفعية الحرس الثوري ظهر اليوم مقراً لحزب كومله الكردستاني قرب مدينة السليمانية.",
			noEntities: []string{"base:مقر-حزب-كومله-كردستاني"}},
	}
	runGeneralCases(t, x, cases)
	runRetCases(t, x, []retCase{
		{name: "the party is struck", published: "2021-05-13",
			text:    "قصفت مدفعية الحرس الثوري الإيراني ظهر اليوم الخميس مقر حزب كومله الكردستاني قرب مدينة السليمانية، رداً على تسلل مسلحين عبر الحدود.",
			want:    []string{"2021-05-13 militia:irgc"},
			targets: []string{"militia:komala"}},
	})
}

// TestNamedPosts checks a post named by its own name after "نقطة" or
// "مخفر" when a word marks it as one: "العسكرية", "الحدودي", an owner
// ("التابعة لـ"), a compass word or "في" and a place. A kind of post
// ("نقطة إمداد في بلدة X") is no name.
func TestNamedPosts(t *testing.T) {
	x := extract.New(loadLexicon(t))
	cases := []generalCase{
		{name: "the military post", published: "2022-03-10",
			text:    "هاجم مسلحون فجر اليوم الخميس نقطة المزيرعة العسكرية في ريف إدلب الجنوبي، وقتلوا جنديين.",
			attacks: []string{"base:نقطه-مزيرعه@2022-03-10"}},
		{name: "the border post", published: "2022-03-10",
			text:    "أطلق مهربون النار مساء أمس الأربعاء على مخفر الزويرات الحدودي، دون وقوع إصابات.",
			attacks: []string{"base:مخفر-زويرات@2022-03-09"}},
		{name: "the post in a mountain", published: "2022-03-10",
			text:    "استهدفت قذائف هاون صباح اليوم نقطة كرم الزيتون في جبل الأكراد.",
			attacks: []string{"base:نقطه-كرم-زيتون@2022-03-10"}},
		{name: "control: a kind of post", published: "2022-03-10",
			text:       "استهدفت قذائف هاون صباح اليوم نقطة إمداد في بلدة كفرنبودة.",
			noEntities: []string{"base:نقطه-امداد"}},
	}
	runGeneralCases(t, x, cases)
}

// TestAllyJoinsTheAnswer checks a second side's strike told with the
// first side's answer: in the sentence after it, opening with "كما"
// (the answer's day), or in a clause of its own after "في حين" with its
// own day. The towns listed after "على" ("على مدينة X وبلدات Y وZ") are
// all struck.
func TestAllyJoinsTheAnswer(t *testing.T) {
	x := extract.New(loadLexicon(t))
	runRetCases(t, x, []retCase{
		{name: "the next sentence opens with كما", published: "2022-12-08",
			text:    "هاجم مسلحون فجر اليوم الخميس نقطة الرويسة العسكرية في ريف إدلب. وبعد ساعات ردت قوات النظام بقصف مدفعي على قرية الفطيرة. كما شنت طائرات حربية روسية ثلاث غارات على أطراف بلدة البارة.",
			want:    []string{"2022-12-08 force:russian-forces", "2022-12-08 force:syrian-regime-forces"},
			targets: []string{"city:باره"}},
		{name: "a clause after في حين with its own day", published: "2023-10-07",
			text:    "استهدفت طائرات مسيرة الكلية الحربية في حمص ظهر الخميس. وبدأت قوات الحكومة السورية مساء الخميس قصفاً مدفعياً على مدينة إدلب وبلدات سرمين وأريحا، في حين شنت طائرات حربية روسية أمس الجمعة غارات على محيط جسر الشغور.",
			want:    []string{"2023-10-05 force:syrian-regime-forces", "2023-10-06 force:russian-forces"},
			targets: []string{"city:سرمين", "city:jisr-al-shughur"}},
		{name: "control: a strike told as done before", published: "2022-12-08",
			text: "هاجم مسلحون فجر اليوم الخميس نقطة الرويسة العسكرية في ريف إدلب. وبعد ساعات ردت قوات النظام بقصف مدفعي على قرية الفطيرة. وكانت طائرات حربية روسية قد شنت غارات على أطراف بلدة البارة.",
			want: []string{"2022-12-08 force:syrian-regime-forces"}},
	})
}

// TestForeignNameLikeCliticArticle checks a family name that starts like
// a clitic and the article but leaves two letters or fewer after them
// ("فالون"، "والاس"): it is part of the office holder's name; a real
// definite noun after the name ("والسفير") still ends it.
func TestForeignNameLikeCliticArticle(t *testing.T) {
	x := extract.New(loadLexicon(t))
	runEntityCases(t, x, []entityCase{
		{name: "فالون", text: "وقال وزير الدفاع البريطاني جون فالون إن حكومته تؤيد الرد.",
			want: []string{"official:جون-فالون"}},
		{name: "والاس", text: "وقال وزير الدفاع البريطاني بن والاس إن حكومته تؤيد الرد.",
			want: []string{"official:بن-والاس"}},
		{name: "control: والسفير", text: "والتقى وزير الخارجية العراقي فؤاد حسين والسفير الأمريكي في بغداد.",
			not: []string{"official:فؤاد-حسين-والسفير"}},
	})
}

// TestCaptureOverSubjectAside checks a verb of taking whose subject is
// described in an aside before "على" ("سيطر «X»، وهو تحالف تقوده «Y»، على
// المطار"): the base after the aside is taken.
func TestCaptureOverSubjectAside(t *testing.T) {
	x := extract.New(loadLexicon(t))
	runGeneralCases(t, x, []generalCase{
		{name: "an aside about the subject", published: "2015-09-21",
			text:    "تأتي التعزيزات بعد سقوط مطار أبو الظهور العسكري في ريف إدلب. وسيطر «جيش الفتح»، وهو تحالف فصائل تقوده «جبهة النصرة»، على المطار في التاسع من الشهر الجاري.",
			attacks: []string{"base:abu-al-duhur@2015-09-09"},
			attribs: []string{"base:abu-al-duhur>militia:jaish-al-fatah:attacker"}},
		{name: "the fall told before with no day", published: "2015-09-22",
			text:    "تأتي التعزيزات بعد أقل من أسبوعين على سقوط مطار أبو الظهور العسكري. وسيطر «جيش الفتح»، وهو تحالف فصائل تقوده «جبهة النصرة»، على المطار في التاسع من الشهر الجاري.",
			attacks: []string{"base:abu-al-duhur@2015-09-09"},
			attribs: []string{"base:abu-al-duhur>militia:jaish-al-fatah:attacker"}},
	})
}

// TestSettingAttackDay checks a day told inside "بعد هجوم ... على X" (an
// earlier attack on something else, the setting) between a base's taking
// and the day of the verb before: the verb's day is the base's.
func TestSettingAttackDay(t *testing.T) {
	x := extract.New(loadLexicon(t))
	runGeneralCases(t, x, []generalCase{
		{name: "the setting's day", published: "2016-12-14",
			text:    "وكان التنظيم قد اقتحم تدمر يوم الأحد الماضي، بعد هجوم بدأه قبل أربعة أيام على حقول الغاز شمال المدينة، وسيطر على مطار تدمر العسكري وقلعة المدينة.",
			attacks: []string{"base:palmyra-airport@2016-12-11"}},
	})
}

// TestAttackHelicoptersNoAttack checks "هجومية" describing aircraft
// ("مروحيات هجومية") as a kind of craft, no attack on the base they reached.
func TestAttackHelicoptersNoAttack(t *testing.T) {
	x := extract.New(loadLexicon(t))
	runGeneralCases(t, x, []generalCase{
		{name: "attack helicopters", published: "2015-09-22",
			text: "وقال مسؤولون إن الطائرات التي وصلت إلى قاعدة حميميم تضم مقاتلات وقاذفات ومروحيات هجومية وطائرات استطلاع."},
	})
}

// TestNotFirstTimeStoryBase checks "وليست هذه المرة الأولى التي تستهدف
// فيها القاعدة" after another base was only named: the base is the
// story's attacked one.
func TestNotFirstTimeStoryBase(t *testing.T) {
	x := extract.New(loadLexicon(t))
	runGeneralCases(t, x, []generalCase{
		{name: "the story's base", published: "2018-01-04",
			text:    "تعرضت قاعدة حميميم مساء الأحد لقصف بقذائف الهاون. وتحتفظ روسيا أيضاً بقاعدة طرطوس البحرية على الساحل. وليست هذه المرة الأولى التي تستهدف فيها القاعدة، إذ أسقطت الدفاعات الجوية في تشرين الأول الماضي طائرة مسيرة قربها.",
			attacks: []string{"base:hmeimim@2017-12-31"}},
	})
}

// TestGateBaseAndStrikesOnBase checks a base named with "باب" ("قاعدة باب
// الخير": neither "بآب" nor the town الباب, whose name has the article),
// and strikes told before whose verb takes a named base as its object over
// a day told aside ("وكانت الغارات قد استهدفت، فجر الأحد، قاعدة X").
func TestGateBaseAndStrikesOnBase(t *testing.T) {
	x := extract.New(loadLexicon(t))
	runGeneralCases(t, x, []generalCase{
		{name: "a gate's name", published: "2023-10-09",
			text:    "استهدف مقاتلون مساء السبت قاعدة باب الخير التابعة للجيش التركي في ريف رأس العين.",
			attacks: []string{"base:باب-خير@2023-10-07"}},
		{name: "the strikes aimed at a base", published: "2022-11-22",
			text:    "قصفت طائرات تركية مواقع في ريف الحسكة. وكانت الغارات الأولى قد استهدفت، فجر الأحد، قاعدة قره جوخ في ريف ديريك.",
			attacks: []string{"base:قاعده-قره-جوخ@2022-11-20"}},
	})
}

// TestUnnamedBaseNamedLater checks an attack on a base left unnamed
// ("تعرضت إحدى قواعد الجيش التركي مساء السبت لهجوم") and named in a later
// sentence through "الهجوم" ("فإن الهجوم استهدف قاعدة X"): that base's
// attack has the day told before.
func TestUnnamedBaseNamedLater(t *testing.T) {
	x := extract.New(loadLexicon(t))
	runGeneralCases(t, x, []generalCase{
		{name: "named a paragraph later", published: "2023-10-12",
			text: "أعلنت وزارة الدفاع التركية، الخميس، تحييد 40 مسلحاً خلال الأسبوع الأخير في شمال سوريا.\n\n" +
				"وأضاف أن إحدى قواعد الجيش التركي في ريف الحسكة تعرضت مساء السبت الماضي لهجوم بالصواريخ الموجهة نفذه مسلحو وحدات حماية الشعب، مشيراً إلى أن \"قواتنا ردت على مصادر النيران على الفور بالمثل\".\n\n" +
				"ووفق مصادر محلية، فإن الهجوم استهدف قاعدة باب الخير الواقعة شرقي رأس العين، فيما قصفت المدفعية التركية عقب الهجوم مواقع المسلحين في محيط بلدة أبو راسين.",
			attacks: []string{"base:باب-خير@2023-10-07"}},
	})
}

// TestVisitAfterOwnAttack checks a visit to a base dated between commas
// and told "a day after its attack on Saturday evening" ("تفقد الوزير، أمس
// الأحد، قاعدة X، بعد يوم من تعرضها لهجوم مساء السبت"): the attack is on
// Saturday, not the day of the visit nor a day after Saturday.
func TestVisitAfterOwnAttack(t *testing.T) {
	x := extract.New(loadLexicon(t))
	runGeneralCases(t, x, []generalCase{
		{name: "the visit a day after", published: "2024-01-22",
			text:    "تفقد وزير الدفاع العراقي، أمس الأحد، قاعدة عين الأسد الجوية غربي الأنبار، بعد يوم من تعرضها لهجوم بصواريخ باليستية مساء السبت.",
			attacks: []string{"base:ain-al-asad@2024-01-20"}},
	})
}

// TestClaimedGearInsideBase checks a group announcing the destruction or
// targeting of the other side's gear inside a base ("أعلنت X، أمس السبت،
// تدمير دبابة لقوات النظام بصاروخ موجه داخل الفوج 46"): X claims the
// attack on the base.
func TestClaimedGearInsideBase(t *testing.T) {
	x := extract.New(loadLexicon(t))
	runGeneralCases(t, x, []generalCase{
		{name: "a tank destroyed inside the base", published: "2023-11-26",
			text:    "أعلنت غرفة عمليات \"الفتح المبين\"، أمس السبت، تدمير دبابة لقوات النظام بصاروخ موجه داخل الفوج 46 في ريف حلب الغربي.",
			attacks: []string{"base:فوج-46@2023-11-25"},
			claims:  []string{"base:فوج-46>militia:fath-al-mubin<militia:fath-al-mubin"}},
	})
}

// TestDayAfterStrikeVerbInStatement checks a day told right after the
// strike verb inside a statement ("وقال المتحدث، في بيان، إن "المسلحين
// قصفوا يوم أمس المطار""): it is the strike's own day, not the
// statement's, so a later, earlier assault on the base stays another
// attack.
func TestDayAfterStrikeVerbInStatement(t *testing.T) {
	x := extract.New(loadLexicon(t))
	runGeneralCases(t, x, []generalCase{
		{name: "the quoted strike's day", published: "2016-12-16",
			text: "أعلنت وزارة الدفاع الروسية، اليوم الجمعة، مقتل مستشار عسكري روسي جراء قصف مدفعي نفذه مسلحو تنظيم داعش على مطار التيفور العسكري.\n\n" +
				"وقال المتحدث باسم الوزارة، في بيان، إن \"المسلحين قصفوا يوم أمس المطار بمدافع الهاون\".\n\n" +
				"وأضاف أن القوات السورية صدت يوم الثلاثاء الماضي هجوماً كبيراً شنه مئات المسلحين على القاعدة.",
			attacks: []string{"base:t4@2016-12-13", "base:t4@2016-12-15"}},
	})
}

// TestOccupiersCraft checks a state's craft named through "الاحتلال"
// ("مسيّرات الاحتلال التركي"، "طائرات دولة الاحتلال التركي"), the way
// some outlets name a foreign army: that state struck the base.
func TestOccupiersCraft(t *testing.T) {
	x := extract.New(loadLexicon(t))
	runGeneralCases(t, x, []generalCase{
		{name: "the occupier's drones", published: "2023-10-08",
			text:    "وأفادت مصادر أهلية بأن مسيّرات الاحتلال التركي استهدفت أول من أمس الجمعة قاعدة قره جوخ بريف المالكية.",
			attacks: []string{"base:قاعده-قره-جوخ@2023-10-06"},
			attribs: []string{"base:قاعده-قره-جوخ>country:turkey:asserted"}},
		{name: "the occupying state's aircraft", published: "2023-10-09",
			text:    "قُتل عشرة عناصر مساء أمس الأحد جراء قصف نفذته طائرات دولة الاحتلال التركي على قاعدة قره جوخ في ريف ديرك.",
			attacks: []string{"base:قاعده-قره-جوخ@2023-10-08"},
			attribs: []string{"base:قاعده-قره-جوخ>country:turkey:asserted"}},
	})
}

// TestFightersOfListedGroupsLaunch checks "شن مقاتلو X وY هجوماً على
// القاعدة" with the groups quoted or not and a day between them and the
// noun: the fighters of every group listed launched the attack.
func TestFightersOfListedGroupsLaunch(t *testing.T) {
	x := extract.New(loadLexicon(t))
	runGeneralCases(t, x, []generalCase{
		{name: "quoted groups", published: "2015-03-06",
			text:    "شن مقاتلو «حركة أحرار الشام» و«جيش الإسلام» أمس الخميس هجوماً على مطار كويرس العسكري شرق حلب.",
			attacks: []string{"base:kweires@2015-03-05"},
			attribs: []string{"base:kweires>militia:ahrar-al-sham:attacker", "base:kweires>militia:ahrar-al-sham:asserted", "base:kweires>militia:jaysh-al-islam:attacker", "base:kweires>militia:jaysh-al-islam:asserted"}},
		{name: "bare groups", published: "2015-03-06",
			text:    "ونفذ مقاتلو حركة أحرار الشام وجيش الإسلام فجر أمس هجوماً واسعاً على مطار كويرس العسكري.",
			attacks: []string{"base:kweires@2015-03-05"},
			attribs: []string{"base:kweires>militia:ahrar-al-sham:attacker", "base:kweires>militia:ahrar-al-sham:asserted", "base:kweires>militia:jaysh-al-islam:attacker", "base:kweires>militia:jaysh-al-islam:asserted"}},
		{name: "the alliance they belong to between", published: "2015-03-06",
			text:    "وشن مقاتلو «حركة أحرار الشام» و«جيش الإسلام» المنضوون في «جيش الفتح» الهجوم الأخير على مطار كويرس العسكري فجر أمس.",
			attacks: []string{"base:kweires@2015-03-05"},
			attribs: []string{"base:kweires>militia:ahrar-al-sham:attacker", "base:kweires>militia:ahrar-al-sham:asserted", "base:kweires>militia:jaysh-al-islam:attacker", "base:kweires>militia:jaysh-al-islam:asserted"}},
	})
	runEntityCases(t, x, []entityCase{
		{name: "a participle of belonging ends a new group's name",
			text: "وقاتل عناصر «لواء صقور الجبل» المنضوون في «جيش الفتح» قرب المطار.",
			want: []string{"militia:لواء-صقور-جبل"}, not: []string{"militia:لواء-صقور-جبل-منضوون"}},
	})
}

// TestFullControlClaimed checks "أعلن X سيطرته الكاملة على مطار Y": a
// group announcing its full control of a base claims its capture.
func TestFullControlClaimed(t *testing.T) {
	x := extract.New(loadLexicon(t))
	runGeneralCases(t, x, []generalCase{
		{name: "full control", published: "2015-03-06",
			text:    "أعلن «جيش الإسلام» أمس الخميس سيطرته الكاملة على مطار كويرس العسكري في ريف حلب الشرقي بعد حصار دام أشهراً.",
			attacks: []string{"base:kweires@2015-03-05"},
			claims:  []string{"base:kweires>militia:jaysh-al-islam<militia:jaysh-al-islam"}},
	})
}

// TestSecurityHeadquarters checks the headquarters of a security service
// placed in a town ("مقر الأمن العام في مدينة جبلة"، "مقر قيادة الشرطة
// العسكرية في طرطوس") as a base, one base whether the town comes with
// "مدينة" or without, and told again without its town; and a group that
// answers an attack on such a base ("أطلقت X عملية رداً على الهجوم الذي
// استهدف مطار Y") is not the one who attacked it.
func TestSecurityHeadquarters(t *testing.T) {
	x := extract.New(loadLexicon(t))
	runGeneralCases(t, x, []generalCase{
		{name: "a security headquarters and its re-mention", published: "2025-03-07",
			text: "هاجم مسلحون مساء أمس الخميس مقر الأمن العام في مدينة جبلة بالأسلحة الرشاشة.\n\n" +
				"وقال مصدر إن مقر الأمن العام في جبلة تعرض لإطلاق نار كثيف، وإن مقر الأمن العام لم يسقط.",
			attacks:    []string{"base:مقر-امن-عام-في-جبله@2025-03-06"},
			noEntities: []string{"base:مقر-امن-عام", "base:مقر-امن-عام-في-مدينه-جبله"}},
		{name: "military police command", published: "2025-03-07",
			text:    "قصف مسلحون فجر اليوم الجمعة مقر قيادة الشرطة العسكرية في طرطوس بقذائف الهاون.",
			attacks: []string{"base:مقر-شرطه-عسكريه-في-طرطوس@2025-03-07"}},
		{name: "with and without its command", published: "2025-08-12",
			text: "هاجم مسلحون فجر أمس الاثنين مقر قيادة الأمن الداخلي في القرداحة بالقذائف الصاروخية.\n\n" +
				"وقال مصدر أمني إن مقر الأمن الداخلي في القرداحة تعرض فجر أمس الاثنين لهجوم بالأسلحة الرشاشة.",
			attacks:    []string{"base:مقر-امن-داخلي-في-قرداحه@2025-08-11"},
			noEntities: []string{"base:مقر-قياده-امن-داخلي-في-قرداحه"}},
		{name: "the group answering is not the attacker", published: "2025-03-07",
			text:      "أطلقت قوات سوريا الديمقراطية، فجر أمس الخميس، عملية عسكرية واسعة في ريف دير الزور، رداً على الهجوم الذي استهدف مطار حماة العسكري مطلع الأسبوع.",
			attacks:   []string{"base:hama-airbase@-"},
			noAttribs: []string{"base:hama-airbase>militia:sdf:attacker", "base:hama-airbase>militia:sdf:asserted"}},
	})
}

// TestSubjectedToGunfire checks a base as the subject of a past "تعرض"
// with a weak attack word after it ("وتعرض مطار X لإطلاق نار كثيف"): one
// attack on it, undated here; and a campaign's doer ("حملات أمنية نفذتها
// X") is not the attacker of the attack the sentence recalls.
func TestSubjectedToGunfire(t *testing.T) {
	x := extract.New(loadLexicon(t))
	runGeneralCases(t, x, []generalCase{
		{name: "exposed to gunfire", published: "2025-03-07",
			text:    "وتعرض مطار حماة العسكري لإطلاق نار كثيف من أبنية مجاورة.",
			attacks: []string{"base:hama-airbase@-"}},
		{name: "a campaign's doer", published: "2025-03-07",
			text: "وتعرض مطار حماة العسكري مساء أمس الخميس لقصف صاروخي.\n\n" +
				"وتأتي هذه الهجمات بعد أسابيع من حملات أمنية نفذتها إدارة العمليات العسكرية في ريف اللاذقية لجمع السلاح.",
			attacks:   []string{"base:hama-airbase@2025-03-06"},
			noAttribs: []string{"base:hama-airbase>militia:military-operations-command:attacker", "base:hama-airbase>militia:military-operations-command:asserted"}},
	})
}

// TestWesternSyriaTowns checks towns of the Syrian coast and the north-west
// read from the gazetteer, bare or after a place word, and their common
// words left alone ("السفيرة الأميركية"، "مجلس الدوما"، "الحلول السلمية");
// and the owner of a struck convoy ("استهداف رتل تعزيزات لقوات النظام قرب
// قمحانة") is not the striker of a town.
func TestWesternSyriaTowns(t *testing.T) {
	x := extract.New(loadLexicon(t))
	runEntityCases(t, x, []entityCase{
		{name: "coastal towns", text: "قصفت القوات مواقع في بانياس والقرداحة وريف صافيتا، فيما شهدت مدينة مصياف اشتباكات.",
			want: []string{"city:baniyas", "city:qardaha", "city:safita"}},
		{name: "common words", text: "وقالت السفيرة الأميركية إن مجلس الدوما الروسي يدعم الحلول السلمية.",
			not: []string{"city:safira", "city:douma", "city:salamiyah"}},
		{name: "a town named with its place word", text: "وسقطت قذائف على مدينة مورك وبلدة كفرزيتا شمالي حماة.",
			want: []string{"city:morek", "city:kafr-zita"}},
	})
	runRetCases(t, x, []retCase{
		{name: "the convoy's owner", published: "2017-03-23",
			text: "قصفت الفصائل المسلحة مطار حماة العسكري أمس الأربعاء بصواريخ غراد، ما أدى إلى خروج مدرجه عن الخدمة.\n\n" +
				"وكانت الفصائل قد أعلنت في اليوم الأول للمعركة تدمير حاجز \"المزارع\" على طريق حماة – محردة بعربة مفخخة، واستهداف رتل تعزيزات لقوات النظام قرب قمحانة بصواريخ موجهة.",
			not: []string{"city:qamhana"}},
	})
}

// TestPlacedGroupHeadquarters checks a group's headquarters placed in a
// town with its place word ("مقر فرقة X قرب بلدة Y"، "مقر الجبهة الشامية
// في مدينة Y") as a base, and not an office of a group ("مقر لهيئة X")
// nor one at an address ("في شارع X").
func TestPlacedGroupHeadquarters(t *testing.T) {
	x := extract.New(loadLexicon(t))
	runGeneralCases(t, x, []generalCase{
		{name: "near a town", published: "2023-05-12",
			text:    "وأعلن فصيل مجهول هجوماً بصاروخ موجه على مقر فرقة السلطان مراد قرب بلدة مارع أمس الخميس.",
			attacks: []string{"base:مقر-فرقه-سلطان-مراد@2023-05-11"}},
		{name: "in a town", published: "2023-05-12",
			text:    "سقطت ثلاث قذائف صاروخية أمس الخميس على مقر الجبهة الشامية في مدينة اعزاز.",
			attacks: []string{"base:مقر-جبهه-شاميه@2023-05-11"}},
		{name: "an office at an address", published: "2024-01-05",
			text:       "استهدفت طائرة مسيرة أمريكية أمس الخميس مقراً لحركة النجباء في شارع فلسطين ببغداد، كما قصفت مقر حركة النجباء في شارع فلسطين.",
			noEntities: []string{"base:مقر-حركه-نجباء"}},
	})
}

// TestTownPairsAndRegions checks "قريتي X والشيخ Y" as two towns (a
// saint's title after و opens the second name), "ناحيتي X وY" as a list
// of towns, and "بمقاطعة X" closing a town's name.
func TestTownPairsAndRegions(t *testing.T) {
	x := extract.New(loadLexicon(t))
	runEntityCases(t, x, []entityCase{
		{name: "a pair with a saint's title", text: "قصفت المدفعية قريتي حربل والشيخ عيسى في ريف حلب.",
			want: []string{"city:حربل", "city:شيخ-عيسي"}, not: []string{"city:حربل-والشيخ-عيسي"}},
		{name: "two sub-districts", text: "قصفت المدفعية ناحيتي الغندورة وصرين في ريف منبج.",
			want: []string{"city:غندوره", "city:sarrin"}, not: []string{"city:ناحيتي-غندوره"}},
		{name: "a region word closes the name", text: "سحبت القوات عناصرها من نقطتها في بلدة كفرجنة بمقاطعة عفرين.",
			want: []string{"city:كفرجنه"}, not: []string{"city:كفرجنه-بمقاطعه"}},
	})
}

// TestPlaceNameStopsAtVerbAndParticiple checks a place's name closed by a
// perfect verb ("وادي X شهدت هجوماً") or a participle ("وادي Y الممتد
// بين …").
func TestPlaceNameStopsAtVerbAndParticiple(t *testing.T) {
	x := extract.New(loadLexicon(t))
	runEntityCases(t, x, []entityCase{
		{name: "verb and participle", text: "وكانت منطقة وادي زغيتون شهدت هجوماً مماثلاً، فيما قصف الطيران وادي الشاي الممتد بين كركوك وصلاح الدين.",
			want: []string{"city:وادي-زغيتون", "city:وادي-شاي"}, not: []string{"city:وادي-زغيتون-شهدت", "city:وادي-شاي-ممتد"}},
	})
}

// TestDomesticJets checks a domestic state's war planes named by its
// adjective ("شنت مقاتلات عراقية غارات على مخابئ التنظيم") as the striker.
func TestDomesticJets(t *testing.T) {
	x := extract.New(loadLexicon(t))
	runRetCases(t, x, []retCase{
		{name: "Iraqi jets", published: "2022-01-23",
			text:    "تبنى تنظيم داعش الهجوم الذي استهدف فجر الجمعة الماضي ربيئة للجيش العراقي قرب قضاء خانقين، فيما شنت مقاتلات عراقية، أمس السبت، سلسلة غارات على مخابئ التنظيم في جبال حمرين.",
			want:    []string{"2022-01-22 country:iraq"},
			targets: []string{"militia:isis"}},
	})
}

// TestDiyalaKirkukVillages checks villages of Diyala, Kirkuk and
// Salahuddin and the "White Flags" group read from the lexicon.
func TestDiyalaKirkukVillages(t *testing.T) {
	x := extract.New(loadLexicon(t))
	runEntityCases(t, x, []entityCase{
		{name: "villages and a group", text: "هاجم مسلحون يُعتقد أنهم من الرايات البيض نقطة قرب قره تبه، فيما نفذت القوات عملية في مطيبيجة ويايجي.",
			want: []string{"militia:white-flags", "city:qara-tapa", "city:mutaibija", "city:yayji"}},
	})
}

// TestBaseOfNamedAirport checks "قاعدة مطار X" as the airport X itself,
// so "المطار" told after points back to it and not to a base called
// "مطار".
func TestBaseOfNamedAirport(t *testing.T) {
	x := extract.New(loadLexicon(t))
	runGeneralCases(t, x, []generalCase{
		{name: "the base of the airport", published: "2016-12-05",
			text: "أعلنت هيئة الحشد الشعبي، الاثنين، إحباط هجوم لعصابات داعش على مطار تلعفر العسكري غربي الموصل.\n\n" +
				"وقال المتحدث إن \"مجموعة من الانتحاريين حاولت التسلل إلى قاعدة مطار تلعفر فجر أمس الأحد من جهة قرية مجاورة\".\n\n" +
				"وأوضح المتحدث أن المطار كان قد تعرض مساء يوم الخميس الماضي لقصف بثمانية صواريخ كاتيوشا.",
			attacks:    []string{"base:مطار-تلعفر@2016-12-01", "base:مطار-تلعفر@2016-12-04"},
			noEntities: []string{"base:مطار"}},
	})
}

// TestAftermathAndMinistryAircraft checks a strike told "وعلى الأثر" after
// an attack as its answer, and aircraft "تابعة لوزارة الدفاع" striking for
// that ministry.
func TestAftermathAndMinistryAircraft(t *testing.T) {
	x := extract.New(loadLexicon(t))
	runRetCases(t, x, []retCase{
		{name: "in the aftermath", published: "2025-03-07",
			text: "هاجم مسلحون مساء أمس الخميس مقر الأمن العام في مدينة جبلة بالأسلحة الرشاشة.\n\n" +
				"وعلى الأثر، قصف الجيش السوري مساء الخميس مواقع يتحصن فيها المسلحون في محيط قرية الدالية.",
			want: []string{"2025-03-06 force:syrian-regime-forces"}},
		{name: "the ministry's helicopters", published: "2025-03-07",
			text: "هاجم مسلحون مساء أمس الخميس مقر الأمن العام في مدينة جبلة بالأسلحة الرشاشة.\n\n" +
				"وعلى الأثر، قصفت مروحيات تابعة لوزارة الدفاع السورية، مساء الخميس، مواقع قالت مصادر عسكرية إن المسلحين يتحصنون فيها في محيط قرية الدالية.",
			want: []string{"2025-03-06 org:syrian-mod"}},
	})
	res := x.Extract(model.Article{ID: "t4", Published: "2025-03-07"}, "هاجم مسلحون مساء أمس الخميس مقر الأمن العام في مدينة جبلة بالأسلحة الرشاشة.\n\n"+
		"وعلى الأثر، قصف الجيش السوري مساء الخميس مواقع يتحصن فيها المسلحون في محيط قرية الدالية.")
	r := extract.NewResolver(nil)
	r.Add(res)
	doc := r.Document()
	if len(doc.Retaliations) != 1 || doc.Retaliations[0].RespondsTo == nil || !strings.Contains(*doc.Retaliations[0].RespondsTo, "مقر-امن-عام-في-جبله") {
		t.Errorf("the strike after «وعلى الأثر» should answer the attack on the headquarters: %+v", doc.Retaliations)
	}
}

// TestBaseAnaphorPassesStationingCamp checks "القاعدة" after a camp named
// only as where other forces stay ("القوات العراقية المتمركزة في معسكر X
// المجاور"): it is the base told before, not the camp; and a day right
// after «تعرضت» inside a statement ("وأوضح المتحدث أن القاعدة تعرضت صباح
// اليوم الاثنين لهجوم ثانٍ") is the second attack's, not the statement's.
func TestBaseAnaphorPassesStationingCamp(t *testing.T) {
	x := extract.New(loadLexicon(t))
	runGeneralCases(t, x, []generalCase{
		{name: "the base, not the camp beside it", published: "2016-03-21",
			text: "قُتل جندي أمريكي في هجوم صاروخي على قاعدة بيل النارية قرب بلدة مخمور يوم السبت.\n\n" +
				"وتتولى القاعدة حماية القوات العراقية المتمركزة في معسكر مخمور المجاور.\n\n" +
				"وأوضح المتحدث أن القاعدة تعرضت صباح اليوم الاثنين لهجوم ثانٍ بنيران أسلحة خفيفة.",
			attacks: []string{"base:بيل@2016-03-19", "base:بيل@2016-03-21"}},
	})
}

// TestCoastalGroupsAndAcademy checks the coast's 2025 groups and the
// Jableh naval academy read from the lexicon, the academy also by its
// short name when the attack on it is told.
func TestCoastalGroupsAndAcademy(t *testing.T) {
	x := extract.New(loadLexicon(t))
	runEntityCases(t, x, []entityCase{
		{name: "groups and the academy", text: "وتبنى المجلس العسكري لتحرير سوريا الهجوم على الكلية البحرية في جبلة، فيما نفى لواء درع الساحل أي صلة له.",
			want: []string{"militia:military-council-liberation-syria", "militia:coast-shield-brigade", "base:jableh-naval-academy"}},
	})
}

// TestOwnedBaseInKnownTown checks "القاعدة التركية في مارع": a definite
// base with its owner's adjective placed in a known town is that town's
// base, attacked here.
func TestOwnedBaseInKnownTown(t *testing.T) {
	x := extract.New(loadLexicon(t))
	runGeneralCases(t, x, []generalCase{
		{name: "the Turkish base in Mare", published: "2022-11-22",
			text:    "وأوضحت الوزارة أن المسلحين استهدفوا أمس الاثنين القاعدة التركية في مارع بثلاثة صواريخ.",
			attacks: []string{"base:marea-military-base@2022-11-21"}},
	})
}

// TestCountClosesPlaceName checks a count with its preposition closing a
// new town's name: "القاعدة التركية في قرية قطمة بثلاثة صواريخ".
func TestCountClosesPlaceName(t *testing.T) {
	x := extract.New(loadLexicon(t))
	runEntityCases(t, x, []entityCase{
		{name: "a count after the town", text: "وأوضحت الوزارة أن المسلحين استهدفوا القاعدة التركية في قرية قطمة بثلاثة صواريخ.",
			want: []string{"city:قطمه"}, not: []string{"city:قطمه-بثلاثه"}},
	})
}

// TestSweepAnswers checks a sweep of villages told as an answer, by a
// response cue or by its hunt for the attackers: its actor (also a
// detachment drawn from a force) and the villages it combs, those after
// "في" and those a later clause names ("شملت"). A sweep told with no
// answer in its sentence is no retaliation.
func TestSweepAnswers(t *testing.T) {
	x := extract.New(loadLexicon(t))
	runRetCases(t, x, []retCase{
		{name: "a hunt for the attackers by a detachment", published: "2024-02-13",
			text: "قصف مسلحون من تنظيم داعش بقذائف الهاون قاعدة كي وان في كركوك فجر الأحد. وأطلقت قطعات من الجيش العراقي ظهر اليوم نفسه عملية تمشيط في قرية الزاب بحثاً عن المنفذين.",
			want: []string{"2024-02-11 force:iraqi-forces"}, targets: []string{"city:zap"}},
		{name: "on the news, villages a later clause names", published: "2024-02-10",
			text: "استهدف مسلحون مجهولون ليل الخميس مقر الأمن العام في مدينة جبلة بقذائف صاروخية. وعلى الأثر، شنت قوات الأمن العام حملة تفتيش في ريف جبلة، شملت قريتي الدالية وبيت ياشوط، وأوقفت خمسة أشخاص.",
			want: []string{"2024-02-08 force:syrian-general-security"}, targets: []string{"city:daliyah-jableh", "city:بيت-ياشوط"}},
		{name: "no answer told", published: "2024-02-13",
			text: "قصف مسلحون من تنظيم داعش بقذائف الهاون قاعدة كي وان في كركوك فجر الأحد. وباشرت قطعات من الجيش العراقي عملية تفتيش في قرية الزاب، واعتقلت ثلاثة أشخاص."},
	})
}

// TestOperationsCommandForms checks operations commands after a clitic
// ("لقيادة"، "وقيادة") and by a province's short name, and the commands of
// the south the lexicon knows.
func TestOperationsCommandForms(t *testing.T) {
	x := extract.New(loadLexicon(t))
	runEntityCases(t, x, []entityCase{
		{name: "clitics and a short province name", text: "وقصف المسلحون مقرات لقيادة عمليات كركوك، فيما قالت قيادة عمليات صلاح الدين وقيادة عمليات الفرات الأوسط إن الوضع مستقر.",
			want: []string{"organization:قياده-عمليات-كركوك", "organization:قياده-عمليات-صلاح-دين", "org:middle-euphrates-operations-command"},
			not:  []string{"organization:لقياده-عمليات-كركوك", "organization:قياده-عمليات-فرات"}},
	})
}

// TestUnitNumberForms checks a unit's headquarters named by digits, by a
// compound ordinal ("الخامسة عشرة"، "الحادي عشر") and with "قيادة": one
// base for one unit.
func TestUnitNumberForms(t *testing.T) {
	x := extract.New(loadLexicon(t))
	runGeneralCases(t, x, []generalCase{
		{name: "digits, compound ordinal and command", published: "2024-04-22",
			text:    "سقطت قذائف على مقر قيادة الفرقة 15 في السويداء فجر الأحد. وكان مقر الفرقة الخامسة عشرة قد تعرض لهجوم مماثل يوم 3 آذار الماضي.",
			attacks: []string{"base:مقر-فرقه-15@2024-03-03", "base:مقر-فرقه-15@2024-04-21"}},
		{name: "the eleventh", published: "2024-04-22",
			text:    "قصف مسلحون مقر اللواء الحادي عشر في ريف حلب يوم السبت.",
			attacks: []string{"base:مقر-لواء-11@2024-04-20"}},
	})
}

// TestSecurityBranchBases checks a security service's branch or detachment
// placed in a town and attacked as a base, told again without its town, in
// a town the lexicon knows only with its own word; the branch's chief
// names no base.
func TestSecurityBranchBases(t *testing.T) {
	x := extract.New(loadLexicon(t))
	runGeneralCases(t, x, []generalCase{
		{name: "branch building, then the branch again", published: "2024-04-22",
			text:    "هاجم مسلحون مساء الأحد مبنى فرع الأمن السياسي وسط مدينة درعا بالأسلحة الخفيفة. وكان فرع الأمن السياسي قد تعرض لهجوم مماثل يوم 3 آذار الماضي.",
			attacks: []string{"base:فرع-امن-سياسي-في-درعا@2024-03-03", "base:فرع-امن-سياسي-في-درعا@2024-04-21"}},
		{name: "a detachment in a town with its word", published: "2024-04-22",
			text:    "تعرضت مفرزة الأمن العسكري في بلدة الصنمين، فجر اليوم، لهجوم بقذيفة صاروخية.",
			attacks: []string{"base:مفرزه-امن-عسكري-في-صنمين@2024-04-22"}},
	})
	runEntityCases(t, x, []entityCase{
		{name: "the branch's chief", text: "وكان رئيس فرع الأمن العسكري في درعا قد توعد المحتجين، قبل يوم من الهجوم على حاجز للجيش.",
			not: []string{"base:فرع-امن-عسكري-في-درعا"}},
	})
}

// TestAnsweredDeedNoAttack checks a base named in the deed an attack
// answers when that deed is an arrest: no attack on it. A deadly deed at a
// base ("رداً على مقتل جنود في X") still names the attack on X.
func TestAnsweredDeedNoAttack(t *testing.T) {
	x := extract.New(loadLexicon(t))
	runGeneralCases(t, x, []generalCase{
		{name: "an arrest at a checkpoint", published: "2024-04-22",
			text: "وتبنت مجموعة أحرار الجبل الهجوم في بيان، قالت فيه إنها استهدفت \"مركز القمع\"، رداً على اعتقال الأمن العسكري شاباً من أبناء المدينة على حاجز المسمية قبل أسبوع."},
		{name: "a deadly attack answered", published: "2024-02-04",
			text:    "شنت القوات الأمريكية يوم الجمعة غارات على مواقع في القائم، رداً على مقتل ثلاثة جنود أمريكيين في قاعدة البرج 22 يوم 28 كانون الثاني.",
			attacks: []string{"base:tower-22@2024-01-28"}},
	})
}

// TestSweidaActors checks the Druze south's groups, spiritual leadership
// and sheikhs read from the lexicon.
func TestSweidaActors(t *testing.T) {
	x := extract.New(loadLexicon(t))
	runEntityCases(t, x, []entityCase{
		{name: "groups, leadership and sheikhs", text: "ونفت حركة رجال الكرامة والمجلس العسكري في السويداء أي صلة بالهجوم، فيما دعت الرئاسة الروحية لطائفة المسلمين الموحدين الدروز، على لسان يوسف جربوع، إلى التهدئة، وأيده وليد جنبلاط.",
			want: []string{"militia:rijal-al-karama", "militia:sweida-military-council", "org:druze-spiritual-leadership", "official:yusuf-jarbou", "official:walid-jumblatt"}},
	})
}

// TestStationedStrikerAnswers checks a force stationed at a base striking
// from it, told verb first ("قصفت قوات X المتمركزة في مقر الفرقة ..."): an
// answer, not an attack on that base, whose targets leave out the places
// the guns stand in; and a strike opened by "وبعد ساعات من الهجوم" answers
// the attack just told, one strike with the source's own words after it.
func TestStationedStrikerAnswers(t *testing.T) {
	x := extract.New(loadLexicon(t))
	runRetCases(t, x, []retCase{
		{name: "stationed at the base struck before", published: "2024-04-22",
			text: "سقطت ثلاث قذائف هاون فجر أمس الأحد داخل مقر الفرقة 15 في السويداء.\n\n" +
				"وبعد ساعات من الهجوم، قصفت قوات النظام المتمركزة في مقر الفرقة ومحيط بلدة الثعلة بالمدفعية الثقيلة أطراف بلدة عتيل.\n\n" +
				"ونقلت الوكالة عن مصدر عسكري قوله إن \"وحدات الجيش العربي السوري ردت على مصادر النيران\".",
			want: []string{"2024-04-21 force:syrian-regime-forces"}, targets: []string{"city:عتيل"}, not: []string{"city:thaala"}},
	})
}

// TestAttemptedStormingAttackers checks the subject of a verb of trying
// followed by an attack's verbal noun as who attacked: "حاول مسلحون من X
// اقتحام القاعدة"، "حاول مسلحو X التسلل إلى المعسكر".
func TestAttemptedStormingAttackers(t *testing.T) {
	x := extract.New(loadLexicon(t))
	runGeneralCases(t, x, []generalCase{
		{name: "fighters of a group tried to storm", published: "2015-02-16",
			text:    "حاول مسلحون من تنظيم داعش فجر الجمعة اقتحام قاعدة عين الأسد، لكن القوات العراقية صدتهم.",
			attacks: []string{"base:ain-al-asad@2015-02-13"}, attribs: []string{"base:ain-al-asad>militia:isis:attacker", "base:ain-al-asad>militia:isis:asserted"}},
		{name: "a group's fighters tried to infiltrate", published: "2015-02-16",
			text:    "حاول مسلحو تنظيم داعش ليل السبت التسلل إلى قاعدة الحبانية من جهتها الشرقية.",
			attacks: []string{"base:habbaniyah@2015-02-14"}, attribs: []string{"base:habbaniyah>militia:isis:attacker", "base:habbaniyah>militia:isis:asserted"}},
	})
}

// TestSeriesOnStatementDay checks a statement, dated, that blames a series
// of attacks over past weeks: no attack on the statement's day; the last
// one, told with its own day, stays.
func TestSeriesOnStatementDay(t *testing.T) {
	x := extract.New(loadLexicon(t))
	runGeneralCases(t, x, []generalCase{
		{name: "a series blamed on Friday", published: "2018-09-29",
			text: "أعلن وزير الخارجية، مساء أمس الجمعة، إغلاق القنصلية، محمّلاً الفصائل الموالية لإيران مسؤولية سلسلة من الهجمات الصاروخية التي طالت مجمع القنصلية داخل مطار البصرة الدولي خلال الأسابيع الأخيرة.\n\n" +
				"وكان آخر تلك الهجمات مساء الخميس، حين سقط صاروخ قرب سياج مطار البصرة الدولي.",
			attacks: []string{"base:basra-airport@2018-09-27"}},
	})
}

// TestProvincialBodiesAndCompoundNames checks a province's council and
// police command read by their words, and a four-word name with a
// compound after a member of the council.
func TestProvincialBodiesAndCompoundNames(t *testing.T) {
	x := extract.New(loadLexicon(t))
	runEntityCases(t, x, []entityCase{
		{name: "council member with a compound name", text: "وقال عضو مجلس محافظة البصرة أحمد عبد الحسين السليطي إن الهجوم مدان، فيما أعلنت قيادة شرطة ذي قار فتح تحقيق.",
			want: []string{"organization:مجلس-محافظه-بصره", "official:احمد-عبد-حسين-سليطي", "organization:قياده-شرطه-ذي-قار"}},
		{name: "no name after عن", text: "وأعرب المتحدث باسم حكومة إقليم كردستان عن أسفه لسقوط ضحايا.",
			not: []string{"official:اسفه-لسقوط"}},
	})
}

// TestBasraActors checks the 2018 spokespeople, the Basra group and the
// Basra district read from the lexicon.
func TestBasraActors(t *testing.T) {
	x := extract.New(loadLexicon(t))
	runEntityCases(t, x, []entityCase{
		{name: "spokespeople, group and district", text: "وقالت المتحدثة هيذر ناورت إن صاروخاً أطلق من كرمة علي، فيما نفى بهرام قاسمي وحركة ثأر الله أي صلة بالهجوم.",
			want: []string{"official:heather-nauert", "city:karmat-ali", "official:bahram-qassemi", "militia:thar-allah"}},
	})
}

// TestMilitaryPostFullName checks a post read from "موقع X العسكري" keeps
// its name with the adjective among its names, as the news writes it.
func TestMilitaryPostFullName(t *testing.T) {
	x := extract.New(loadLexicon(t))
	doc := run(t, x, "2024-06-23", "شن مقاتلو الحزب الإسلامي التركستاني فجر أمس السبت هجوماً على موقع تل واسط العسكري التابع لقوات النظام في سهل الغاب.")
	for _, e := range doc.Entities {
		if e.ID == "base:موقع-تل-واسط" {
			if !slices.Contains(e.Aliases, "موقع تل واسط العسكري") {
				t.Errorf("names %q %q lack the full name", e.Name, e.Aliases)
			}
			return
		}
	}
	t.Errorf("no post base:موقع-تل-واسط in %v", doc.Entities)
}

// TestInghimasiRaid checks a faction's "عملية انغماسية" or "عملية نوعية"
// on a post as an attack by it.
func TestInghimasiRaid(t *testing.T) {
	x := extract.New(loadLexicon(t))
	runGeneralCases(t, x, []generalCase{
		{name: "an inghimasi raid", published: "2022-11-26",
			text:    "نفذت هيئة تحرير الشام فجر الجمعة عملية انغماسية على موقع الملاجة العسكري التابع لقوات النظام.",
			attacks: []string{"base:موقع-ملاجه@2022-11-25"}, attribs: []string{"base:موقع-ملاجه>militia:hts:attacker", "base:موقع-ملاجه>militia:hts:asserted"}},
	})
}

// TestIraqiArmyAviation checks Iraqi army aviation apart from the air
// force, and its answer told as its own: a service named on its own, not
// lifted to the forces it belongs to.
func TestIraqiArmyAviation(t *testing.T) {
	x := extract.New(loadLexicon(t))
	runEntityCases(t, x, []entityCase{
		{name: "aviation and air force", text: "وشاركت القوة الجوية العراقية وطيران الجيش في الضربات على جبال حمرين.",
			want: []string{"force:iraqi-air-force", "force:iraqi-army-aviation"}},
	})
	runRetCases(t, x, []retCase{
		{name: "army aviation answers", published: "2016-05-24",
			text: "تعرض معسكر المزرعة فجر اليوم لهجوم بقذائف الهاون شنه تنظيم داعش. وأضاف البيان أن طيران الجيش العراقي رد على الهجوم بضرب تجمعات الإرهابيين في ناحية الصقلاوية.",
			want: []string{"2016-05-24 force:iraqi-army-aviation"}},
	})
}

// TestPersonAfterRoleAndBodyWord checks a name right after a role and the
// word for its body, "وقال شيخ العشيرة X إن"، "رئيس الهيئة X،"; the
// body's own name after "الحزب" is no person.
func TestPersonAfterRoleAndBodyWord(t *testing.T) {
	x := extract.New(loadLexicon(t))
	runEntityCases(t, x, []entityCase{
		{name: "tribe's sheikh", text: "وقال شيخ العشيرة نعيم الكعود، في اتصال هاتفي، إن المقاتلين صامدون.",
			want: []string{"official:نعيم-كعود"}},
		{name: "a party's name", text: "وقال عضو الحزب الديمقراطي الكوردستاني إن القصف مرفوض.",
			not: []string{"official:ديمقراطي-كوردستاني"}},
	})
}

// TestGovernmentForcesOfTheStory checks "القوات الحكومية", named with no
// state, as the forces of the state the story's places lie in.
func TestGovernmentForcesOfTheStory(t *testing.T) {
	x := extract.New(loadLexicon(t))
	runRetCases(t, x, []retCase{
		{name: "Syrian places", published: "2025-07-15",
			text: "استهدفت فصائل محلية بقذائف الهاون تجمعا داخل مطار الثعلة العسكري غربي السويداء مساء الأحد. وردت القوات الحكومية بقصف مدفعي على بلدة الثعلة وعلى قرية ولغا.",
			want: []string{"2025-07-13 force:syrian-regime-forces"}},
	})
	runEntityCases(t, x, []entityCase{
		{name: "Iraqi places", text: "وقالت القوات الحكومية إنها عززت انتشارها حول قاعدة عين الأسد في الأنبار وقرب مدينة هيت.",
			want: []string{"force:iraqi-forces"}},
	})
}
