package extract_test

import (
	"strings"
	"testing"

	"github.com/nisba/nisba/extract"
	"github.com/nisba/nisba/model"
)

// entRuleCase is one sentence of our own writing with the entities it must
// and must not yield, each as "Type name".
type entRuleCase struct {
	name, text string
	want, not  []string
}

// TestEntityDiscoveryRules checks the rules that find entities missing from
// the lexicon and keep common words out, in several wordings each.
func TestEntityDiscoveryRules(t *testing.T) {
	x := extract.New(loadLexicon(t))
	cases := []entRuleCase{
		{name: "a named checkpoint is a base, a security checkpoint none",
			text: "هاجم مسلحون حاجز دوار النعيم التابع لقوات سوريا الديمقراطية، كما ألقوا قنبلة على حاجز الصور، بعد يوم من هجوم على حاجز أمني قرب بلدة الشحيل.",
			want: []string{"Base حاجز دوار النعيم", "Base حاجز الصور"}, not: []string{"Base حاجز أمني"}},
		{name: "a facility placed only in a region is no base",
			text: "ويعد هجوم الأحد الأعنف على منشأة أمنية في شمال شرقي سوريا منذ عامين.",
			not:  []string{"Base منشأة أمنية في شمال شرقي سوريا"}},
		{name: "a post named by its distance keeps the distance",
			text: "واستهدف التنظيم حاجز الخمسة كيلو قرب مدينة الشدادي بسيارة مفخخة.",
			want: []string{"Base حاجز الخمسة كيلو"}, not: []string{"Base حاجز الخمسة"}},
		{name: "participle after a place noun is no town",
			text: "وسقطت القذائف في منطقة مفتوحة قرب بلدة الصفصافة، وأخرى في منطقة معزولة.",
			want: []string{"City الصفصافة"}, not: []string{"City مفتوحة", "City معزولة"}},
		{name: "adjective after a place noun is no town",
			text: "وعثرت القوات على المنصة في منطقة مغلقة شرق قرية الحمرة.",
			want: []string{"City الحمرة"}, not: []string{"City مغلقة"}},
		{name: "a village named with عبد and a divine name keeps both",
			text: "وانطلقت القذائف من قرية السلطان عبد الله في ريف دير الزور، بينما سقطت أخرى قرب بلدة الشيخ عبد الرحمن.",
			want: []string{"City السلطان عبد الله", "City الشيخ عبد الرحمن"}, not: []string{"City السلطان"}},
		{name: "an ordinal after a base noun is a count, no name",
			text: "واستهدفت مسيرتان قاعدة عين الأسد فجر الأربعاء، فيما تعرضت قاعدة ثالثة قرب العاصمة لمحاولة مماثلة، وسقط صاروخ على معسكر رابع، بينما قصفت المدفعية مقر الفرقة الرابعة.",
			want: []string{"Base قاعدة عين الأسد"}, not: []string{"Base قاعدة ثالثة", "Base معسكر رابع"}},
		{name: "predicate after هو is no group",
			text: "وتبنى «لواء الفرقان» الهجوم، وهو فصيل ظهر العام الماضي.",
			want: []string{"Militia لواء الفرقان"}, not: []string{"Militia فصيل ظهر"}},
		{name: "a count before a place noun is no name",
			text: "وقال المسؤول إن أكثر من 600 قرية باتت خالية، وإن نحو 40 بلدة، بحسب تقديرات محلية، تضررت، فيما عاد السكان إلى قرية الزاوية.",
			want: []string{"City الزاوية"}, not: []string{"City باتت", "City بحسب"}},
		{name: "a conjunction after a title is no name",
			text: "وطالب المتظاهرون بطرد السفير، بينما اقتحم محتجون مقراً حكومياً، فيما دعا المحافظ، عندما التقى الوجهاء، إلى التهدئة.",
			not:  []string{"Official بينما اقتحم محتجون", "Official عندما التقى الوجهاء"}},
		{name: "a title that ends a place's name takes no surname after it",
			text: "وسقطت قذيفتان صاروخيتان مساء أمس في محيط موقع جبل الشيخ العسكري.",
			want: []string{"City جبل الشيخ"}, not: []string{"Official أبو علي العسكري"}},
		{name: "a military post named after a known place",
			text: "وسقطت قذيفة هاون مساء أمس قرب موقع سنجار العسكري.",
			want: []string{"Base موقع سنجار", "City سنجار"}},
		{name: "a base named after the unit it houses",
			text: "وأصابت طائرة مسيرة قاعدة لواء الحرمون في الجولان، فيما قصفت طائرات مواقع لواء فاطميون في البوكمال.",
			want: []string{"Base قاعدة لواء الحرمون", "Militia لواء الحرمون", "Militia لواء فاطميون"}, not: []string{"Base قاعدة لواء فاطميون"}},
		{name: "control: a base of a group the lexicon knows is no new base",
			text: "وقصفت طائرات مجهولة قاعدة لواء فاطميون في البوكمال.",
			want: []string{"Militia لواء فاطميون"}, not: []string{"Base قاعدة لواء فاطميون"}},
		{name: "quantifier before a trigger",
			text: "ولم يتبنَّ أي فصيل الهجوم على قاعدة عين الأسد حتى الآن.",
			not:  []string{"Militia فصيل الهجوم"}},
		{name: "weapon words end a base name",
			text: "وأعلن فصيل مسلح استهداف معسكر البيادر بطائرة مسيرة فجر اليوم.",
			want: []string{"Base معسكر البيادر"}, not: []string{"Base معسكر البيادر بطائرة مسيرة"}},
		{name: "outlet word is no organisation",
			text: "وذكرت وكالة الأنباء الرسمية أن الانفجار وقع قرب مطار الصفا العسكري.",
			want: []string{"Base مطار الصفا"}, not: []string{"Organization الأنباء"}},
		{name: "directorate with العام",
			text: "وقال مصدر في مديرية الأمن العام إن التحقيق مستمر.",
			want: []string{"Organization مديرية الأمن العام"}},
		{name: "new facility word",
			text: "وتعرضت منشأة الوادي الأخضر لهجوم صاروخي مساء الأحد.",
			want: []string{"Base منشأة الوادي الأخضر"}},
		{name: "proclitic function word ends a person's name",
			text: "وصرح السكرتير الصحفي جيمس كارتر بأن الرئيس اطلع على التفاصيل.",
			want: []string{"Official جيمس كارتر"}, not: []string{"Official جيمس كارتر بأن"}},
		{name: "media adjective of a spokesman is no title",
			text: "وقال العقيد سامر الحديد، الناطق الإعلامي باسم مديرية الأمن العام، إن الوضع مستقر.",
			want: []string{"Official سامر الحديد"}, not: []string{"Official باسم مديرية الأمن"}},
		{name: "months and plural nouns are no names",
			text: "وقع الهجوم في منطقة تشرين الحدودية، وأشارت قاعدة بيانات الجيش إلى أن مخيم اللاجئين بعيد عن حي سكني في قرية الزرّاعة.",
			want: []string{"City الزرّاعة"},
			not:  []string{"City تشرين", "Base بيانات", "City اللاجئين", "City سكني"}},
		{name: "league as a group word",
			text: "وأعلنت عصبة الوعد الحق مسؤوليتها عن استهداف قاعدة حرير.",
			want: []string{"Militia عصبة الوعد الحق"}},
		{name: "group word in quotes with a Latin name",
			text: "وتبنت مجموعة «رجال البادية» (Rijal al-Badiya) الهجوم على حقل العمر.",
			want: []string{"Militia مجموعة رجال البادية"}},
		{name: "air base adjective kept as an alias",
			text: "وتعرضت قاعدة السهل الجوية لهجوم صاروخي مساء الأحد.",
			want: []string{"Base قاعدة السهل الجوية"}},
		{name: "office in construct is no title",
			text: "وقال رئيس كتلة حقوق النيابية، إن الحكومة مسؤولة.",
			not:  []string{"Official كتلة حقوق النيابية"}},
		{name: "a time word ends a former base name",
			text: "وتقع قاعدة النسر، التي كانت تعرف بقاعدة تالون إبان الوجود الأمريكي قبل عام 2011، جنوب بغداد.",
			want: []string{"Base تالون"}, not: []string{"Base تالون إبان الوجود"}},
		{name: "a verb after a title is no name",
			text: "نائب عراقي ينفي تورط الفصائل في قصف قاعدة عين الأسد.",
			not:  []string{"Official ينفي تورط الفصائل", "Official ينفي تورط"}},
		{name: "outlaws and the embassy compound are no names",
			text: "وقالت الخلية إن \"مجموعة خارجة عن القانون\" أطلقت الصواريخ، وإن أحدها سقط قرب مجمع السفارة.",
			not:  []string{"Militia مجموعة خارجة", "Base مجمع السفارة"}},
		{name: "a base somewhere in a region is no base named after it",
			text: "وقالت القيادة إن طائرة مسيرة هاجمت القوات الأمريكية في قاعدة بشمال شرقي الأردن قرب الحدود السورية، فيما تعرضت قاعدة بعشيقة لقصف.",
			want: []string{"Base قاعدة بعشيقة"}, not: []string{"Base قاعدة بشمال شرقي الأردن"}},
		{name: "traffic is no movement",
			text: "وقال مصدر في المطار إن \"حركة الطيران المدني لم تتأثر\"، وإن حركة الملاحة مستمرة.",
			not:  []string{"Militia حركة الطيران", "Militia حركة الطيران المدني", "Militia حركة الملاحة"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkEntRules(t, run(t, x, "2025-11-10", c.text), c)
		})
	}
}

// TestOfficialRecall checks people introduced by no listed title: a kunya,
// "يدعى", an apposition to a role, an office in construct, and a re-mention
// by family name that a lexicon person shares.
func TestOfficialRecall(t *testing.T) {
	x := extract.New(loadLexicon(t))
	cases := []entRuleCase{
		{name: "kunya with a family nisba",
			text: "وظهر أبو حيدر الكناني في تسجيل مصور يتوعد القوات الأمريكية.",
			want: []string{"Official أبو حيدر الكناني"}},
		{name: "kunya with the given name علي",
			text: "وقال أبو علي الشويلي إن الفصائل ملتزمة بالتهدئة.",
			want: []string{"Official أبو علي الشويلي"}},
		{name: "a person called so",
			text: "وقال مسؤول أمني في الفصيل يدعى مازن الربيعي إن المقاتلين جاهزون.",
			want: []string{"Official مازن الربيعي"}},
		{name: "apposition to a role",
			text: "وقال نضال الخوالدة، المتحدث باسم الدفاع المدني، إن فرق الإطفاء سيطرت على الحريق.",
			want: []string{"Official نضال الخوالدة"}},
		{name: "minister of a state",
			text: "وقال وزير الدفاع البريطاني جوناثان بيل إن بلاده تدين الهجوم.",
			want: []string{"Official جوناثان بيل"}},
		{name: "office head then a noun phrase is no person",
			text: "وقال وزير الدفاع الأمريكي خلال زيارته إن القوات باقية.",
			not:  []string{"Official خلال زيارته"}},
		{name: "military spokesman of a group is no name",
			text: "وقال المتحدث العسكري باسم الفصيل، أبو ياسر الكرخي، إن العملية ناجحة.",
			want: []string{"Official أبو ياسر الكرخي"}, not: []string{"Official باسم الفصيل"}},
		{name: "a verb of death ends a name",
			text: "وكان القيادي في المجموعة سلمان الشويلي قتل في غارة جوية قرب الميادين.",
			want: []string{"Official سلمان الشويلي"}, not: []string{"Official سلمان الشويلي قتل"}},
		{name: "family name of a person named in full",
			text: "وقال المتحدث باسم خلية الإعلام الأمني اللواء مهند الزيدي إن التحقيق مستمر.\n\nوأضاف الزيدي أن المنطقة مغلقة.",
			want: []string{"Official مهند الزيدي"}, not: []string{"Official شبل الزيدي"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkEntRules(t, run(t, x, "2025-11-10", c.text), c)
		})
	}
}

// TestLatinName checks that a transliteration in parentheses becomes the
// nameEn of a discovered group.
func TestLatinName(t *testing.T) {
	x := extract.New(loadLexicon(t))
	doc := run(t, x, "2025-11-10", "وتبنى «لواء الفاتحين» (Liwa al-Fatihin) الهجوم على قاعدة التنف.")
	e := entityByName(doc, model.TypeMilitia, "لواء الفاتحين")
	if e == nil || e.NameEn != "Liwa al-Fatihin" {
		t.Fatalf("want لواء الفاتحين with nameEn Liwa al-Fatihin, got %+v", e)
	}
}

// TestCollectiveWordings checks collectives that must fold into the
// collective of their foreign backer and never become a new group.
func TestCollectiveWordings(t *testing.T) {
	x := extract.New(loadLexicon(t))
	cases := []entRuleCase{
		{name: "domestic and foreign backer",
			text: "وتنتشر ميليشيات مدعومة من سوريا وإيران قرب قاعدة التنف.",
			want: []string{"Militia ميليشيات مدعومة من إيران", "Country سوريا"},
			not:  []string{"Militia ميليشيات مدعومة من سوريا"}},
		{name: "domestic backer alone",
			text: "وتنتشر ميليشيات مدعومة من سوريا قرب الحدود.",
			not:  []string{"Militia ميليشيات مدعومة من سوريا"}},
		{name: "compass region names the country",
			text: "وسقطت مسيرة في منطقة صحراوية شمال شرق الأردن.",
			want: []string{"Country الأردن"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkEntRules(t, run(t, x, "2025-11-10", c.text), c)
		})
	}
}

// checkEntRules fails when a wanted entity is missing or an unwanted one
// is present.
func checkEntRules(t *testing.T, doc *model.Document, c entRuleCase) {
	t.Helper()
	for _, w := range c.want {
		typ, name, _ := strings.Cut(w, " ")
		if entityByName(doc, typ, name) == nil {
			t.Errorf("missing %s; got %v", w, entRuleNames(doc))
		}
	}
	for _, n := range c.not {
		typ, name, _ := strings.Cut(n, " ")
		if entityByName(doc, typ, name) != nil {
			t.Errorf("unexpected %s; got %v", n, entRuleNames(doc))
		}
	}
}

func entRuleNames(doc *model.Document) []string {
	var out []string
	for _, e := range doc.Entities {
		out = append(out, e.Type+" "+e.Name)
	}
	return out
}
