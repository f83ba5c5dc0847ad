package extract_test

import (
	"strings"
	"testing"

	"github.com/nisba/nisba/extract"
	"github.com/nisba/nisba/model"
)

// run extracts one article of our own writing and resolves it alone.
func run(t *testing.T, x *extract.Extractor, published, text string) *model.Document {
	t.Helper()
	res := x.Extract(model.Article{ID: "t1", Published: published}, text)
	r := extract.NewResolver(nil)
	r.Add(res)
	doc := r.Document()
	if err := doc.Validate(); err != nil {
		t.Fatalf("invalid document: %v", err)
	}
	return doc
}

func hasEntity(doc *model.Document, id string) bool {
	for _, e := range doc.Entities {
		if e.ID == id {
			return true
		}
	}
	return false
}

func entityByName(doc *model.Document, typ, name string) *model.Entity {
	for i, e := range doc.Entities {
		if e.Type == typ && (e.Name == name || contains(e.Aliases, name)) {
			return &doc.Entities[i]
		}
	}
	return nil
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

func TestCollectiveActors(t *testing.T) {
	x := extract.New(loadLexicon(t))
	tests := []struct {
		text, want string
	}{
		{"قصفت ميليشيات مدعومة من إيران محيط المطار.", "militia:iran-backed-militias"},
		{"وأطلقت مجموعات مسلحة موالية لطهران ثلاث قذائف.", "militia:iran-backed-militias"},
		{"وتنتشر فصائل مدعومة من قبل الحرس الثوري الإيراني في المنطقة.", "militia:iran-backed-militias"},
		{"وقالت المصادر إن المليشيات الإيرانية انسحبت.", "militia:iran-backed-militias"},
		{"وهاجمت الميليشيات المدعومة من روسيا نقطة للجيش.", "militia:russia-backed-militias"},
	}
	for _, tc := range tests {
		t.Run(tc.want+" "+tc.text, func(t *testing.T) {
			doc := run(t, x, "2024-03-10", tc.text)
			if !hasEntity(doc, tc.want) {
				t.Errorf("no %s in %v", tc.want, ids(doc))
			}
		})
	}
	// A domestic adjective is nationality, not backing.
	doc := run(t, x, "2024-03-10", "وانسحبت فصائل عراقية من المنطقة.")
	for _, e := range doc.Entities {
		if strings.HasSuffix(e.ID, "-backed-militias") {
			t.Errorf("فصائل عراقية read as collective %s", e.ID)
		}
	}
}

func ids(doc *model.Document) []string {
	var out []string
	for _, e := range doc.Entities {
		out = append(out, e.ID)
	}
	return out
}

func TestAttackAndDate(t *testing.T) {
	x := extract.New(loadLexicon(t))
	tests := []struct {
		name, text, target, date, weapon string
		munitions                        int
		status                           string
	}{
		{"yesterday rockets", "تعرضت قاعدة عين الأسد أمس لهجوم بثلاثة صواريخ من دون إصابات.", "base:ain-al-asad", "2024-03-09", "rocket", 3, model.StatusCarriedOut},
		{"weekday mortars", "سقطت 4 قذائف هاون مساء الجمعة على قاعدة التنف.", "base:al-tanf", "2024-03-08", "mortar", 4, model.StatusCarriedOut},
		{"event day, not statement day", "وقال متحدث عسكري، الثلاثاء، إن قاعدة التنف تعرضت أمس لهجوم بثلاث قذائف.", "base:al-tanf", "2024-03-09", "rocket", 3, model.StatusCarriedOut},
		{"foiled drone", "أحبطت الدفاعات الجوية هجوماً بطائرة مسيرة على قاعدة التنف اليوم الأحد.", "base:al-tanf", "2024-03-10", "drone", 0, model.StatusFoiled},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := run(t, x, "2024-03-10", tc.text)
			if len(doc.Attacks) != 1 {
				t.Fatalf("got %d attacks, want 1: %+v", len(doc.Attacks), doc.Attacks)
			}
			a := doc.Attacks[0]
			if a.Target != tc.target || a.Date == nil || *a.Date != tc.date {
				t.Errorf("attack %s on %s, want %s on %s", deref(a.Date), a.Target, tc.date, tc.target)
			}
			if !contains(a.Weapons, tc.weapon) {
				t.Errorf("weapons %v lack %s", a.Weapons, tc.weapon)
			}
			if a.Munitions != tc.munitions || a.Status != tc.status {
				t.Errorf("munitions %d status %s, want %d %s", a.Munitions, a.Status, tc.munitions, tc.status)
			}
		})
	}
}

func deref(s *string) string {
	if s == nil {
		return "<nil>"
	}
	return *s
}

func TestNoAttackWithoutSpecificBase(t *testing.T) {
	x := extract.New(loadLexicon(t))
	doc := run(t, x, "2024-03-10", "وتعرضت معظم القواعد الأمريكية في المنطقة لهجمات عدة خلال الأشهر الماضية. وقاعدة عين الأسد من أكبر القواعد في العراق.")
	if len(doc.Attacks) != 0 {
		t.Errorf("generic statement made attacks: %+v", doc.Attacks)
	}
}

func TestStances(t *testing.T) {
	x := extract.New(loadLexicon(t))
	base := "تعرضت قاعدة عين الأسد أمس لهجوم صاروخي. "
	tests := []struct {
		text, accused, stance string
	}{
		{"وأعلنت \"كتائب حزب الله\" مسؤوليتها عن الهجوم.", "militia:kataib-hezbollah", model.StanceClaimed},
		{"واتهم المرصد السوري ميليشيات مدعومة من إيران بالوقوف وراء الهجوم.", "militia:iran-backed-militias", model.StanceAsserted},
		{"ونفت \"عصائب أهل الحق\" أي علاقة لها بالهجوم، بينما قال مسؤول إن من المرجح أن تكون \"كتائب حزب الله\" وراء الهجوم.", "militia:kataib-hezbollah", model.StanceLikely},
		{"ويشتبه مسؤولون في أن \"كتائب حزب الله\" نفذت الهجوم.", "militia:kataib-hezbollah", model.StanceSuspected},
		{"ولم يستبعد المتحدث أن تكون \"عصائب أهل الحق\" وراء الهجوم.", "militia:asaib-ahl-al-haq", model.StanceHinted},
		{"ونفت \"عصائب أهل الحق\" مسؤوليتها عن الهجوم.", "militia:asaib-ahl-al-haq", model.StanceDenied},
	}
	for _, tc := range tests {
		t.Run(tc.stance, func(t *testing.T) {
			doc := run(t, x, "2024-03-10", base+tc.text)
			if len(doc.Attacks) != 1 {
				t.Fatalf("got %d attacks, want 1", len(doc.Attacks))
			}
			var got []string
			for _, at := range doc.Attacks[0].Attributions {
				if at.Accused == tc.accused {
					if at.Stance == tc.stance {
						return
					}
				}
				got = append(got, at.Accused+":"+at.Stance)
			}
			t.Errorf("no %s %s attribution; got %v", tc.accused, tc.stance, got)
		})
	}
}

func TestDiscoveryAndShortNames(t *testing.T) {
	x := extract.New(loadLexicon(t))
	text := "قال العقيد سامر الحلبي إن قاعدة الزعفران تعرضت أمس لقصف بقذائف الهاون، انطلقت من بلدة أم الريحان. وأضاف الحلبي أن القاعدة لم تتضرر."
	doc := run(t, x, "2024-03-10", text)
	off := entityByName(doc, model.TypeOfficial, "سامر الحلبي")
	if off == nil {
		t.Fatalf("official not discovered: %v", ids(doc))
	}
	if !contains(off.Aliases, "الحلبي") {
		t.Errorf("short form not resolved to %s: aliases %v", off.Name, off.Aliases)
	}
	n := 0
	for _, e := range doc.Entities {
		if e.Type == model.TypeOfficial {
			n++
		}
	}
	if n != 1 {
		t.Errorf("%d officials, want 1 (short form split off)", n)
	}
	b := entityByName(doc, model.TypeBase, "الزعفران")
	if b == nil {
		t.Fatalf("base not discovered: %v", ids(doc))
	}
	if entityByName(doc, model.TypeCity, "أم الريحان") == nil {
		t.Errorf("town not discovered: %v", ids(doc))
	}
	if len(doc.Attacks) != 1 || doc.Attacks[0].Target != b.ID {
		t.Fatalf("want one attack on %s, got %+v", b.ID, doc.Attacks)
	}
	if len(doc.Attacks[0].LaunchedFrom) != 1 {
		t.Errorf("launch site not read: %v", doc.Attacks[0].LaunchedFrom)
	}
}

func TestSpellingVariants(t *testing.T) {
	x := extract.New(loadLexicon(t))
	for _, text := range []string{"انتشرت القوات في سوريا.", "انتشرت القوات في سورية.", "وانتشرت القوات الأمريكية.", "وانتشرت القوات الأميركية."} {
		doc := run(t, x, "", text)
		if len(doc.Entities) == 0 {
			t.Errorf("%q: no entity", text)
		}
	}
}

func TestRobustness(t *testing.T) {
	x := extract.New(loadLexicon(t))
	huge := strings.Repeat("قصفت القوات مواقع في البادية ", 3000)
	tests := []struct {
		name, text, note string
	}{
		{"empty", "", "empty text"},
		{"english only", "Rockets hit a base in Syria yesterday.", "no Arabic text"},
		{"html", "<html><body><p>تعرضت قاعدة التنف أمس لهجوم.</p></body></html>", "markup removed"},
		{"huge line", huge, "very long line split"},
		{"invalid utf8", "قاعدة\xff\xfeالتنف", "invalid UTF-8 replaced"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res := x.Extract(model.Article{ID: "r"}, tc.text)
			if res == nil {
				t.Fatal("nil result")
			}
			if !contains(res.Notes, tc.note) {
				t.Errorf("notes %v lack %q", res.Notes, tc.note)
			}
			r := extract.NewResolver(nil)
			r.Add(res)
			if err := r.Document().Validate(); err != nil {
				t.Errorf("invalid document: %v", err)
			}
		})
	}
	res := x.Extract(model.Article{ID: "h", Published: "2024-03-10"}, "<p>تعرضت قاعدة التنف أمس لهجوم.</p>")
	if len(res.Attacks) != 1 {
		t.Errorf("markup hid the attack: %+v", res.Attacks)
	}
}

func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"تعرضت قاعدة عين الأسد أمس لهجوم بثلاثة صواريخ، واتهم المرصد ميليشيات مدعومة من إيران.",
		"ورداً على ذلك قصفت القوات الأمريكية مواقع لـ\"كتائب حزب الله\".",
		"<p>لـ«قسد»</p>", "", "ـ", "قاعدة", "المتحدث باسم", "\n\n؟",
	} {
		f.Add(s, "2024-03-10")
	}
	x := extract.New(loadLexicon(f))
	f.Fuzz(func(t *testing.T, text, published string) {
		res := x.Extract(model.Article{ID: "f", Published: published}, text)
		for _, n := range res.Notes {
			if strings.Contains(n, "internal error") {
				t.Fatalf("%s", n)
			}
		}
		r := extract.NewResolver(nil)
		r.Add(res)
		if err := r.Document().Validate(); err != nil {
			t.Fatalf("invalid document: %v", err)
		}
	})
}

func TestNilLexicon(t *testing.T) {
	x := extract.New(nil)
	res := x.Extract(model.Article{ID: "n", Published: "2024-03-10"}, "تعرضت قاعدة الزعفران أمس لهجوم بثلاثة صواريخ.")
	r := extract.NewResolver(nil)
	r.Add(res)
	doc := r.Document()
	if err := doc.Validate(); err != nil {
		t.Fatalf("invalid document: %v", err)
	}
	if len(doc.Attacks) != 1 {
		t.Errorf("discovery without a lexicon found %d attacks, want 1", len(doc.Attacks))
	}
}

func TestRelations(t *testing.T) {
	x := extract.New(loadLexicon(t))
	tests := []struct {
		name, text, from, typ, to string
	}{
		{"spokesperson", "وقال المتحدث باسم \"كتائب حزب الله\" سامر الحلبي إن الهجوم لم يقع.", "official:سامر-حلبي", model.RelSpokespersonOf, "militia:kataib-hezbollah"},
		{"leader", "وعاد زعيم \"عصائب أهل الحق\"، الشيخ سامر الحلبي، إلى بغداد.", "official:سامر-حلبي", model.RelLeaderOf, "militia:asaib-ahl-al-haq"},
		{"member", "واعتقلت القوات القيادي في \"كتائب حزب الله\" سامر الحلبي.", "official:سامر-حلبي", model.RelMemberOf, "militia:kataib-hezbollah"},
		{"based in", "وقصفت الميليشيات الإيرانية المتمركزة في مدينة الميادين القاعدة.", "militia:iran-backed-militias", model.RelBasedIn, ""},
		{"located in", "وسقطت القذائف على قاعدة عين الأسد الجوية في غرب الأنبار.", "base:ain-al-asad", model.RelLocatedIn, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := run(t, x, "2024-03-10", tc.text)
			var got []string
			for _, r := range doc.Relations {
				if r.From == tc.from && r.Type == tc.typ && (tc.to == "" || r.To == tc.to) {
					return
				}
				got = append(got, r.From+" "+r.Type+" "+r.To)
			}
			t.Errorf("no %s %s %s in %v", tc.from, tc.typ, tc.to, got)
		})
	}
}

func TestBaseByPlaceAndParagraphDate(t *testing.T) {
	x := extract.New(loadLexicon(t))
	doc := run(t, x, "2024-03-10", "سقطت ثلاث قذائف على قاعدة أمريكية في كركوك أمس.")
	if len(doc.Attacks) != 1 || doc.Attacks[0].Target != "base:k1" {
		t.Errorf("want one attack on the base of Kirkuk, got %+v", doc.Attacks)
	}
	doc = run(t, x, "2024-03-10", "سمع دوي انفجارات عنيفة فجر أمس السبت. وقالت مصادر إن الهجوم استهدف قاعدة التنف بطائرتين مسيرتين.")
	if len(doc.Attacks) != 1 || deref(doc.Attacks[0].Date) != "2024-03-09" {
		t.Errorf("want the paragraph's day 2024-03-09, got %+v", doc.Attacks)
	}
}

func TestEvidenceOffsets(t *testing.T) {
	x := extract.New(loadLexicon(t))
	text := "مقدمة قصيرة.\nتعرضت قاعدة عين الأسد أمس لهجوم صاروخي، واتهم مسؤولون \"كتائب حزب الله\" بالوقوف وراءه."
	res := x.Extract(model.Article{ID: "e", Published: "2024-03-10"}, text)
	rs := []rune(text)
	for _, at := range res.Attacks {
		for _, ev := range at.Evidence {
			if string(rs[ev.Start:ev.End]) != ev.Sentence {
				t.Errorf("evidence [%d,%d) %q is not the text there", ev.Start, ev.End, ev.Sentence)
			}
		}
	}
	if len(res.Attacks) != 1 {
		t.Fatalf("got %d attacks", len(res.Attacks))
	}
}

func TestRetaliationTargets(t *testing.T) {
	x := extract.New(loadLexicon(t))
	doc := run(t, x, "2024-03-10", "وردت القوات الأمريكية أمس بضربات جوية استهدفت مواقع لـ\"كتائب حزب الله\" في القائم.")
	if len(doc.Retaliations) != 1 {
		t.Fatalf("got %d retaliations, want 1", len(doc.Retaliations))
	}
	r := doc.Retaliations[0]
	if r.Actor != "force:us-forces" || deref(r.Date) != "2024-03-09" {
		t.Errorf("retaliation by %s on %s", r.Actor, deref(r.Date))
	}
	if !contains(r.Targets, "militia:kataib-hezbollah") || len(r.Targets) != 2 {
		t.Errorf("targets %v: want the group and the town", r.Targets)
	}
}

func TestHypotheticalIsNoAttack(t *testing.T) {
	x := extract.New(loadLexicon(t))
	doc := run(t, x, "2024-03-10", "وأجرت القوات تدريبات في قاعدة التنف على التصدي لهجمات محتملة بالطائرات المسيرة.")
	if len(doc.Attacks) != 0 {
		t.Errorf("a drill made attacks: %+v", doc.Attacks)
	}
}

// TestBlameAtSentenceEnd checks a sentence that tells two attacks on two
// days and blames someone in its last clause, naming no base there: the
// search for the speaker's next clause once ran past the last token, and
// the panic lost the whole article.
func TestBlameAtSentenceEnd(t *testing.T) {
	x := extract.New(loadLexicon(t))
	res := x.Extract(model.Article{ID: "e", Published: "2023-11-20"},
		"تعرضت قاعدة عين الأسد لهجوم بمسيرتين يوم الثلاثاء 17 أكتوبر. واستهدفت مسيرة قاعدة التنف يوم الأربعاء 18 أكتوبر. "+
			"وقال المتحدث باسم البنتاغون: «نعلم أن الهجومين على عين الأسد والتنف نفذتهما جماعات مدعومة من إيران، ونحمّل إيران المسؤولية».")
	for _, n := range res.Notes {
		if strings.Contains(n, "internal error") {
			t.Fatalf("%s", n)
		}
	}
	blamed := map[string]bool{}
	for _, at := range res.Attacks {
		for _, a := range at.Attributions {
			if a.Accused == "country:iran" {
				blamed[at.Target] = true
			}
		}
	}
	if !blamed["base:ain-al-asad"] || !blamed["base:al-tanf"] || len(res.Attacks) != 2 {
		t.Errorf("attacks %d, Iran blamed for %v; want both bases", len(res.Attacks), blamed)
	}
}
