package extract_test

import (
	"sort"
	"testing"

	"github.com/nisba/nisba/extract"
	"github.com/nisba/nisba/extract/lexicon"
	"github.com/nisba/nisba/model"
)

// TestRetaliationClassesRound2 checks strikes by Russia and Turkey, a day
// in the response clause that belongs to the attack, counter-battery fire
// on a town pointed back to, strikes named by their day, strikes told in an
// article with no attack, and statements folded into the strike they tell of.
func TestRetaliationClassesRound2(t *testing.T) {
	lex := loadLexicon(t)
	x := extract.New(lex)
	for _, tc := range retaliationCasesRound2() {
		t.Run(tc.name, func(t *testing.T) { checkRetaliationSides(t, x, lex, tc) })
	}
}

// checkRetaliationSides is checkRetaliations with each actor taken to its
// side (the country it is part of): a force, its ministry and its country
// are all acceptable actors, and which one the lexicon names first may change.
func checkRetaliationSides(t *testing.T, x *extract.Extractor, lex *lexicon.Lexicon, tc retCase) {
	t.Helper()
	doc := run(t, x, tc.published, tc.text)
	var got, targets []string
	for _, r := range doc.Retaliations {
		got = append(got, dayOf(r)+" "+sideOf(lex, r.Actor))
		targets = append(targets, r.Targets...)
	}
	want := make([]string, len(tc.want))
	for i, w := range tc.want {
		day, actor, _ := cutSpace(w)
		want[i] = day + " " + sideOf(lex, actor)
	}
	sort.Strings(got)
	sort.Strings(want)
	if len(got) != len(want) {
		t.Fatalf("retaliations %v, want %v", got, want)
	}
	for i := range got {
		if got[i] != want[i] {
			t.Errorf("retaliation %q, want %q", got[i], want[i])
		}
	}
	for _, id := range tc.targets {
		if !contains(targets, id) {
			t.Errorf("targets %v lack %s", targets, id)
		}
	}
}

func dayOf(r model.Retaliation) string {
	if r.Date == nil {
		return ""
	}
	return *r.Date
}

func cutSpace(s string) (string, string, bool) {
	for i := 0; i < len(s); i++ {
		if s[i] == ' ' {
			return s[:i], s[i+1:], true
		}
	}
	return "", s, false
}

// sideOf follows part_of relations from id to a country, or returns id.
func sideOf(lex *lexicon.Lexicon, id string) string {
	for hop, cur := 0, id; hop < 4; hop++ {
		e := lex.ByID(cur)
		if e == nil {
			return id
		}
		if e.Type == model.TypeCountry {
			return cur
		}
		next := ""
		for _, r := range e.Relations {
			if r.Type == model.RelPartOf {
				next = r.To
				break
			}
		}
		if next == "" {
			return id
		}
		cur = next
	}
	return id
}

func retaliationCasesRound2() []retCase {
	return []retCase{
		{name: "russian jets as subject, own day beats hours after the attack", published: "2025-05-07",
			text: "أسقطت الدفاعات الجوية في قاعدة حميميم مساء أمس الثلاثاء طائرتين مسيّرتين.\n\n" +
				"وبعد ساعات على الهجوم، قصفت المقاتلات الروسية صباح اليوم الأربعاء مواقع لهيئة تحرير الشام في محيط مدينة إدلب.",
			want: []string{"2025-05-07 force:russian-forces"}, targets: []string{"militia:hts", "city:idlib"}},
		{name: "turkish drones by adjective", published: "2025-06-10",
			text: "سقطت قذائف على قاعدة زليكان مساء الأحد.\n\n" +
				"وقصفت طائرات مسيرة تركية فجر اليوم الثلاثاء مقرات لحزب العمال الكردستاني في سنجار.",
			want: []string{"2025-06-10 country:turkey"}, targets: []string{"militia:pkk", "city:sinjar"}},
		{name: "the day in the response clause is the attack's; the statement folds into the strike", published: "2025-06-10",
			text: "شنّت مسيرات تركية فجر اليوم الثلاثاء غارات على مواقع لحزب العمال الكردستاني في مخمور.\n\n" +
				"وأعلنت وزارة الدفاع التركية أن قواتها ضربت أهدافاً للحزب رداً على الهجوم الذي استهدف قاعدة بامرني السبت الماضي.\n\n" +
				"وكانت قذائف قد سقطت على قاعدة بامرني السبت الماضي.",
			want: []string{"2025-06-10 country:turkey"}, targets: []string{"militia:pkk", "city:makhmour"}},
		{name: "counter-battery fire on the town named before", published: "2025-09-03",
			text: "سقطت قذائف صاروخية مساء أمس الثلاثاء على قاعدة حقل العمر، وقالت مصادر إنها أطلقت من بلدة العشارة.\n\n" +
				"وردّت القوات الأمريكية بقصف مدفعي على مصادر النيران في محيط البلدة.",
			want: []string{"2025-09-02 force:us-forces"}, targets: []string{"city:asharah"}},
		{name: "counter-fire verb with a later sentence mentioning the attack again", published: "2025-09-03",
			text: "تعرضت قاعدة حقل كونيكو مساء أمس الثلاثاء لقصف بالقذائف من أطراف بلدة خشام.\n\n" +
				"وردت المدفعية الأمريكية بقصف مصادر النيران في أطراف البلدة.\n\n" +
				"ولم تتبن أي جهة الهجوم، وهو الثالث على القاعدة منذ بداية الشهر.",
			want: []string{"2025-09-02 country:united-states"}, targets: []string{"city:khasham"}},
		{name: "counter-fire with the masculine verb, the village named after it", published: "2025-04-09",
			text: "سقطت صواريخ على قاعدة عين الأسد مساء الإثنين.\n\n" +
				"وردّ الجيش الأمريكي بقصف مواقع إطلاق الصواريخ قرب قرية البغدادي.",
			want: []string{"2025-04-07 force:us-forces"}, targets: []string{"city:baghdadi"}},
		{name: "strikes named by their day in a list", published: "2025-12-16",
			text: "استهدفت مسيرة قاعدة عين الأسد مساء الأحد.\n\n" +
				"وقصفت طائرات أمريكية فجر اليوم الثلاثاء مخزنا لحركة النجباء قرب القائم.\n\n" +
				"وهذه ثالث ضربة أمريكية خلال شهر، بعد غارات 22 نوفمبر التي طالت مقرين لكتائب حزب الله في جرف الصخر، وضربة 3 ديسمبر على مستودع قرب الحويجة.",
			want:    []string{"2025-11-22 country:united-states", "2025-12-03 country:united-states", "2025-12-16 country:united-states"},
			targets: []string{"militia:kataib-hezbollah", "city:jurf-al-sakhar", "city:hawija"}},
		{name: "strike in an article with no attack, actor after a relative pronoun", published: "2026-03-05",
			text: "عقد مجلس النواب العراقي جلسة لمناقشة وجود القوات الأجنبية.\n\n" +
				"ويسود هدوء حذر منذ الضربات التي نفذتها واشنطن في 2 شباط على مواقع للحرس الثوري في الميادين والبوكمال.",
			want: []string{"2026-02-02 country:united-states"}, targets: []string{"militia:irgc", "city:mayadin"}},
		{name: "no attack, a strike dated only by a month is no retaliation", published: "2026-03-05",
			text: "عقد مجلس النواب العراقي جلسة لمناقشة وجود القوات الأجنبية.\n\n" +
				"ويسود هدوء حذر منذ الضربات الأمريكية على مواقع للحرس الثوري في الميادين الشهر الماضي.",
			want: nil},
		{name: "no attack, a third party strike stays out", published: "2026-03-05",
			text: "ناقش مجلس الأمن الوضع في سوريا.\n\n" +
				"وكانت طائرات إسرائيلية قد شنت في 2 شباط غارات على مواقع لحزب الله قرب القصير.",
			want: nil},
		{name: "a strike told with its day after the noun is no named strike", published: "2025-03-04",
			text: "سقطت صواريخ على قاعدة عين الأسد مساء الأحد.\n\n" +
				"وأعلنت القيادة المركزية الأمريكية تنفيذ ضربات فجر الثلاثاء على مقرات لكتائب حزب الله في القائم.",
			want: []string{"2025-03-04 org:centcom"}, targets: []string{"militia:kataib-hezbollah", "city:al-qaim"}},
		{name: "then again on another day, one sentence", published: "2026-01-20",
			text: "استهدفت مسيرة قاعدة حرير مساء 2 كانون الثاني.\n\n" +
				"وشنّت طائرات أمريكية في 3 كانون الثاني غارات على مقرات لحركة النجباء في جرف الصخر، ثم عادت في 6 كانون الثاني لتقصف مستودعاً قرب بيجي.",
			want:    []string{"2026-01-03 country:united-states", "2026-01-06 country:united-states"},
			targets: []string{"militia:nujaba", "city:jurf-al-sakhar", "city:baiji"}},
		{name: "strikes a group says it answered are no retaliation", published: "2025-05-12",
			text: "سقطت قذائف على قاعدة التنف مساء الأحد، وقالت جماعة مسلحة إن هجومها جاء رداً على غارات أمريكية على مواقعها قرب البوكمال.",
			want: nil},
		{name: "a second answer clause joined by wa-ala keeps its day", published: "2025-06-10",
			text: "سقطت قذائف على قاعدة زليكان السبت الماضي.\n\n" +
				"وشنّت مسيرات تركية فجر اليوم الثلاثاء غارات على مواقع لحزب العمال الكردستاني في سنجار.\n\n" +
				"وقالت وزارة الدفاع التركية إن قواتها ضربت أهدافاً للحزب رداً على الهجوم على قاعدة زليكان السبت الماضي، وعلى مقتل جنديين في هجوم آخر يوم الأحد.",
			want: []string{"2025-06-10 country:turkey"}, targets: []string{"militia:pkk", "city:sinjar"}},
		{name: "a new strike the next day does not redate counter-fire", published: "2025-11-19",
			text: "سقطت قذائف مساء الإثنين على مطار حماة العسكري، وقالت مصادر إنها أطلقت من بلدة كفرنبودة.\n\n" +
				"وردّت القوات الروسية بقصف مصادر النيران في محيط البلدة.\n\n" +
				"وفي اليوم التالي، شنّ الطيران الروسي غارات على مدينة سراقب.",
			want:    []string{"2025-11-17 force:russian-forces", "2025-11-18 force:russian-forces"},
			targets: []string{"city:saraqib"}},
		{name: "an adjective of the struck bases is no striker", published: "2026-03-05",
			text: "نظمت قوات التحالف الدولي تدريبات في قاعدة قصرك.\n\n" +
				"وفي تسجيل بثه الأحد، دعا قائد محلي إلى ضرب القواعد الأميركية ومقرات قسد في دير الزور.",
			want: nil},
		{name: "threatened answer is no strike", published: "2026-01-10",
			text: "سقطت صواريخ على قاعدة عين الأسد مساء الخميس.\n\n" +
				"وحذرت كتائب حزب الله من أن أي رد أمريكي سيقابل برد أشد في المنطقة.",
			want: nil},
	}
}
