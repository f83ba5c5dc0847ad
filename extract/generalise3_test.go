package extract_test

import (
	"testing"

	"github.com/nisba/nisba/extract"
	"github.com/nisba/nisba/model"
)

// entityCase is a text with entity ids that must (not) be discovered.
type entityCase struct {
	name, text string
	want, not  []string
}

// runEntityCases extracts each case's text and checks the entities it must
// and must not hold.
func runEntityCases(t *testing.T, x *extract.Extractor, cases []entityCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			doc := extractText(t, x, tc.text)
			for _, id := range tc.want {
				if !hasEntity(doc, id) {
					t.Errorf("missing entity %s in %v", id, entityIDs(doc))
				}
			}
			for _, id := range tc.not {
				if hasEntity(doc, id) {
					t.Errorf("unwanted entity %s", id)
				}
			}
		})
	}
}

// TestDiscoveryStopsAtNonNames checks that a trigger noun followed by a
// verb, an adjective or a relative clause makes no entity, and that a group
// naming itself ("يطلق على نفسه اسم «X»") or a quoted operations room does.
func TestDiscoveryStopsAtNonNames(t *testing.T) {
	x := extract.New(loadLexicon(t))
	cases := []entityCase{
		{name: "compound used by fighters",
			text: "انطلقت المسيرات من مجمع تستخدمه عناصر مسلحة قرب بلدة الصالحية.",
			not:  []string{"base:مجمع-تستخدمه-عناصر"}},
		{name: "old airport turned into a base",
			text: "سقطت قذيفة على مطار زراعي قديم حولته القوات إلى نقطة تمركز.",
			not:  []string{"base:مطار-زراعي-قديم-حولته", "base:مطار-زراعي"}},
		{name: "armed faction naming itself",
			text: "تبنى فصيل مسلح يطلق على نفسه اسم «رجال الصحراء» قصف قاعدة التنف أمس.",
			want: []string{"militia:رجال-صحراء"},
			not:  []string{"militia:فصيل-مسلح-يطلق"}},
		{name: "group known by a name",
			text: "قالت جماعة تعرف باسم «أنصار الحدود» إنها أطلقت صاروخين على قاعدة عين الأسد.",
			want: []string{"militia:انصار-حدود"}},
		{name: "quoted operations room",
			text: "هددت غرفة عمليات «صقور البادية» باستهداف قاعدة التنف.",
			want: []string{"militia:غرفه-عمليات-صقور-باديه"}},
		{name: "verbs with object pronouns",
			text: "سقطت قذيفة على معسكر اتخذوه مقرا لهم، ووصلت التعزيزات إلى قاعدة تديرها القوات.",
			not:  []string{"base:معسكر-اتخذوه", "base:معسكر-اتخذوه-مقرا", "base:تديرها"}},
		{name: "chamber of commerce is no group",
			text: "قالت غرفة تجارة البصرة إن الأسواق عادت إلى العمل.",
			not:  []string{"militia:غرفه-تجاره", "militia:غرفه-تجاره-بصره"}},
		{name: "base for a faction is no base name",
			text: "تحولت الثكنة إلى قاعدة لفصيل مسلح في ريف حلب.",
			not:  []string{"base:لفصيل", "base:لفصيل-مسلح"}},
	}
	runEntityCases(t, x, cases)
}

func extractText(t *testing.T, x *extract.Extractor, text string) *model.Document {
	t.Helper()
	res := x.Extract(model.Article{ID: "t3", Published: "2025-10-01"}, text)
	r := extract.NewResolver(nil)
	r.Add(res)
	doc := r.Document()
	if err := doc.Validate(); err != nil {
		t.Fatalf("invalid document: %v", err)
	}
	return doc
}

func entityIDs(doc *model.Document) []string {
	ids := make([]string, 0, len(doc.Entities))
	for _, e := range doc.Entities {
		ids = append(ids, e.ID)
	}
	return ids
}

// TestAdjectiveAccusedAndUSStrikes checks country adjectives as the
// predicate of a judgement ("أن تكون الغارات أمريكية"), groups that only own
// a struck site, and a denial in another clause that must not change an
// accusation's stance.
func TestAdjectiveAccusedAndUSStrikes(t *testing.T) {
	x := extract.New(loadLexicon(t))
	cases := []generalCase{
		{name: "likely and hinted states",
			published: "2025-10-05",
			text:      "سقطت صواريخ على مطار الضمير العسكري مساء السبت.\n\nورجحت مصادر في المرصد السوري لحقوق الإنسان أن تكون الصواريخ إيرانية، فيما لم يستبعد مسؤول محلي أن تكون الضربة تركية.",
			attacks:   []string{"base:dumayr@2025-10-04"},
			attribs:   []string{"base:dumayr>country:iran:likely", "base:dumayr>country:turkey:hinted"}},
		{name: "owner of a struck site is no accused",
			published: "2025-10-08",
			text:      "تعرضت قاعدة حرير لهجوم بطائرة مسيرة فجر الثلاثاء.\n\nوبعد ساعات شنت طائرات أمريكية غارات على مستودعات تستخدمها كتائب سيد الشهداء في جرف الصخر.",
			attacks:   []string{"base:harir@2025-10-07"},
			noAttribs: []string{"base:harir>militia:kataib-sayyid-al-shuhada:asserted"}},
		{name: "denial in another clause keeps the accusation",
			published: "2025-10-12",
			text:      "سقطت قذائف على معسكر زليكان مساء الجمعة.\n\nوحمّلت أنقرة حزب العمال الكردستاني المسؤولية عن القصف، في حين نفت قوات اليبشة علاقتها بالحادث.",
			attacks:   []string{"base:zilkan@2025-10-10"},
			attribs:   []string{"base:zilkan>militia:pkk:asserted", "base:zilkan>militia:ybs:denied"},
			noAttribs: []string{"base:zilkan>militia:pkk:denied"}},
	}
	runGeneralCases(t, x, cases)
}

// TestSelfDefenceStrike checks that a strike told by a US command "in self
// defence" is a retaliation by it, with the group and the place near it.
func TestSelfDefenceStrike(t *testing.T) {
	x := extract.New(loadLexicon(t))
	text := "أعلنت القيادة المركزية الأمريكية أن مسيرة من طراز MQ-9 نفذت ضربة دفاعا عن النفس استهدفت عناصر من حركة النجباء قرب مدينة الفلوجة مساء الأحد."
	doc := extractText(t, x, text)
	if len(doc.Retaliations) != 1 {
		t.Fatalf("retaliations %d, want 1", len(doc.Retaliations))
	}
	r := doc.Retaliations[0]
	if r.Actor != "org:centcom" {
		t.Errorf("actor %s, want org:centcom", r.Actor)
	}
	for _, want := range []string{"militia:nujaba", "city:fallujah"} {
		if !contains(r.Targets, want) {
			t.Errorf("targets %v lack %s", r.Targets, want)
		}
	}
}

// TestLexiconGaps3 checks names of the kind unseen articles used.
func TestLexiconGaps3(t *testing.T) {
	x := extract.New(loadLexicon(t))
	cases := []entityCase{
		{name: "pkk short form", text: "اتهمت أنقرة مسلحي بي كا كا بقصف القاعدة.", want: []string{"militia:pkk"}},
		{name: "zilkan spelling", text: "سقطت قذائف قرب معسكر زيلكان مساء أمس.", want: []string{"base:zilkan"}},
		{name: "sinjar units", text: "نفت قوات اليبشة أي دور لها في الهجوم.", want: []string{"militia:ybs"}},
		{name: "ahrar al-iraq", text: "تبنت جماعة أحرار العراق الهجوم.", want: []string{"militia:ahrar-al-iraq"}},
		{name: "krg counter-terrorism", text: "قالت مديرية مكافحة الإرهاب في إقليم كردستان إن المسيرة أسقطت.", want: []string{"org:kurdistan-ct"}},
		{name: "allies of syria room", text: "هددت غرفة عمليات حلفاء سوريا بالرد.", want: []string{"militia:allies-of-syria-operations-room"}},
		{name: "jordan", text: "قالت الحكومة الأردنية إن الأردن لن يكون ساحة للصراع.", want: []string{"country:jordan"}},
	}
	runEntityCases(t, x, cases)
}

// TestUSAircraftStrike checks that a strike by an aircraft type only US
// forces fly is a US retaliation even with no state named.
func TestUSAircraftStrike(t *testing.T) {
	x := extract.New(loadLexicon(t))
	text := "سقطت صواريخ على قاعدة عين الأسد مساء الأحد.\n\nوفجر الاثنين نفذت طائرة AC-130 ضربة على شاحنة لحركة النجباء في منطقة جرف الصخر."
	doc := extractText(t, x, text)
	if len(doc.Retaliations) != 1 {
		t.Fatalf("retaliations %d, want 1", len(doc.Retaliations))
	}
	r := doc.Retaliations[0]
	if r.Actor != "force:us-forces" || !contains(r.Targets, "militia:nujaba") {
		t.Errorf("retaliation %s on %v, want force:us-forces on militia:nujaba", r.Actor, r.Targets)
	}
}
