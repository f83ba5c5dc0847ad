package extract_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/nisba/nisba/extract"
	"github.com/nisba/nisba/model"
)

// TestBlameGrammar crosses the common shapes of a blame sentence with three
// doers (a named group, another, a collective) and three deeds (carry out,
// wage, claim), after one attack sentence: every combination must blame the
// doer for that attack. The shapes are grammar, not any article's wording:
// subject first, verb first, object before the doer, the attack first with
// a pronoun, a relative clause, a verbal noun, a deed after "بعد أن", and a
// nominal predicate.
func TestBlameGrammar(t *testing.T) {
	x := extract.New(loadLexicon(t))
	lead := "تعرضت قاعدة عين الأسد الجوية غربي العراق فجر أمس الثلاثاء لهجوم بطائرتين مسيرتين. "
	groups := []struct{ name, id string }{
		{"كتائب حزب الله", "militia:kataib-hezbollah"},
		{"حركة النجباء", "militia:nujaba"},
		{"ميليشيات مدعومة من إيران", "militia:iran-backed-militias"},
	}
	type deed struct{ past, present, withPronoun, noun string }
	deeds := map[string]deed{
		"carry out": {"نفذت", "تنفذه", "نفذته", "تنفيذ"},
		"wage":      {"شنت", "تشنه", "شنته", "شن"},
		"claim":     {"تبنت", "", "تبنته", "تبني"},
	}
	shapes := map[string]string{
		"subject first":     "وقال مسؤول أمني إن {G} {P} الهجوم.",
		"verb first":        "و{P} {G} الهجوم بحسب مسؤول أمني.",
		"object before":     "و{P} الهجوم {G}، بحسب مسؤول أمني.",
		"attack first":      "وقال مسؤول أمني إن الهجوم {PP} {G}.",
		"relative, past":    "وجاء الهجوم الذي {PP} {G} بعد تهديدات متكررة.",
		"relative, present": "وهذا الهجوم هو الثالث الذي {PR} {G} على القاعدة هذا الشهر.",
		"verbal noun":       "وأكد مسؤول أمني أن الهجوم من {N} {G}.",
		"after «بعد أن»":    "وتوعدت {G} بمزيد من العمليات بعد أن {P} الهجوم.",
	}
	predicates := []string{
		"وقال مسؤول أمني إن {G} هي المسؤولة عن الهجوم.",
		"وقال مسؤولون أمريكيون إن {G} هي المشتبه به الرئيسي في الهجوم.",
		"وتعد {G} المشتبه به الأول في الهجوم.",
	}
	check := func(t *testing.T, text, want string) {
		t.Helper()
		res := x.Extract(model.Article{ID: "g", Published: "2024-03-13"}, "هجوم على عين الأسد\n"+lead+text)
		if got := blamedFor(res, "base:ain-al-asad"); !slices.Contains(got, want) {
			t.Errorf("%s\nblamed %v, want %s", text, got, want)
		}
	}
	for shape, tmpl := range shapes {
		for dn, d := range deeds {
			if shape == "relative, present" && d.present == "" {
				continue // one does not claim an attack in the present
			}
			for _, g := range groups {
				t.Run(fmt.Sprintf("%s/%s/%s", shape, dn, g.id), func(t *testing.T) {
					r := strings.NewReplacer("{G}", g.name, "{P}", d.past, "{PR}", d.present, "{PP}", d.withPronoun, "{N}", d.noun)
					check(t, r.Replace(tmpl), g.id)
				})
			}
		}
	}
	for i, tmpl := range predicates {
		for _, g := range groups {
			t.Run(fmt.Sprintf("predicate %d/%s", i+1, g.id), func(t *testing.T) {
				check(t, strings.ReplaceAll(tmpl, "{G}", g.name), g.id)
			})
		}
	}
}

// TestLaunchedBy: "سقوط صاروخ أطلقه X" with X the group, its gunmen, its
// "terrorists" or "عناصر من" it: the group is the attacker; and a state's
// headquarters in a town ("مقر للقوات التركية في محيط مارع") is the base hit.
func TestLaunchedBy(t *testing.T) {
	x := extract.New(loadLexicon(t))
	for _, by := range []string{"أطلقه حزب العمال الكردستاني", "أطلقه مسلحو حزب العمال الكردستاني", "أطلقه إرهابيو حزب العمال الكردستاني", "أطلقته عناصر من حزب العمال الكردستاني"} {
		res := x.Extract(model.Article{ID: "l", Published: "2021-10-11"}, "مقتل\nقتل شرطيان تركيان جراء سقوط صاروخ "+by+" على قاعدة زليكان مساء الأحد.")
		if got := blamedFor(res, "base:zilkan"); !slices.Contains(got, "militia:pkk") {
			t.Errorf("%s: blamed %v, want militia:pkk", by, got)
		}
	}
	res := x.Extract(model.Article{ID: "m", Published: "2021-10-11"}, "مقتل\nأعلنت وزارة الداخلية التركية أن شرطيين قتلا جراء سقوط صاروخ على مقر للقوات التركية في محيط مارع مساء الأحد.")
	if got := attackDays(res); len(got) != 1 || got[0] != "base:نقطه-مارع@2021-10-10" {
		t.Errorf("headquarters: attacks %v, want [base:نقطه-مارع@2021-10-10]", got)
	}
}

// TestAlsoClaimed: "وكانت X قد أعلنت، قبل يومين، استهداف قاعدة A، كما
// تبنّت في 23-10-2023 هجوماً على قاعدة B": X claims both attacks.
func TestAlsoClaimed(t *testing.T) {
	x := extract.New(loadLexicon(t))
	res := x.Extract(model.Article{ID: "c", Published: "2023-11-22"}, "هجوم على الشدادي\n"+
		"استهدفت طائرة مسيرة قاعدة الشدادي فجر اليوم الأربعاء.\n"+
		"وكانت المقاومة الإسلامية في العراق قد أعلنت، قبل يومين، استهداف قاعدة حقل العمر بطائرتين مسيرتين، كما تبنت في 23-10-2023 هجوماً بالصواريخ على قاعدة خراب الجير.")
	for _, base := range []string{"base:omar-oil-field", "base:kharab-al-jir"} {
		if got := blamedFor(res, base); !slices.Contains(got, "militia:islamic-resistance-in-iraq") {
			t.Errorf("%s: blamed %v, want the Islamic Resistance in Iraq", base, got)
		}
	}
	if got := blamedFor(res, "base:shaddadi"); len(got) != 0 {
		t.Errorf("today's attack blamed on %v, want no one", got)
	}
}

// TestDutyArea: a group named as holding the area the rockets came from
// ("تقع ضمن قاطع مسؤولية قوات X") is not blamed; a group named as firing
// them is.
func TestDutyArea(t *testing.T) {
	x := extract.New(loadLexicon(t))
	lead := "سقطت ثلاثة صواريخ على قاعدة عين الأسد مساء الأحد.\n"
	for text, blamed := range map[string]bool{
		"وقال ضابط محلي إن المكان الذي أطلقت منه الصواريخ يقع ضمن قاطع مسؤولية قوات الحشد الشعبي.": false,
		"وقال ضابط محلي إن المنطقة تقع ضمن مسؤولية الحشد الشعبي، ولم تتبن أي جهة الهجوم.":          false,
		"وقال ضابط محلي إن عناصر من الحشد الشعبي أطلقوا الصواريخ.":                                 true,
	} {
		res := x.Extract(model.Article{ID: "d", Published: "2021-03-09"}, "صواريخ\n"+lead+text)
		if got := slices.Contains(blamedFor(res, "base:ain-al-asad"), "militia:pmf"); got != blamed {
			t.Errorf("%s\nPMF blamed %v, want %v", text, got, blamed)
		}
	}
}

// TestBlamedPair: two groups joined by "و" as the subject of a blame are
// both blamed, and "هذه الجماعات" later in the sentence points back to
// every group it named; a pair after a verbal noun ("لمحاسبة X وY") is not
// a subject.
func TestBlamedPair(t *testing.T) {
	x := extract.New(loadLexicon(t))
	lead := "تعرضت قاعدة عين الأسد مساء السبت لهجوم بالصواريخ.\n"
	kh, nujaba, backed := "militia:kataib-hezbollah", "militia:nujaba", "militia:iran-backed-militias"
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"وقال مسؤول أمريكي إن كتائب حزب الله والجماعات التابعة لإيران تتحمل المسؤولية عن الهجوم على عين الأسد.", []string{kh, backed}},
		{"وقال الوزير إن الضربات طالت مقرات تستخدمها كتائب حزب الله وحركة النجباء، مضيفاً أن هذه الجماعات تتحمل المسؤولية عن الهجمات على القوات الأمريكية، بما فيها الهجوم على عين الأسد.", []string{kh, nujaba}},
		{"وقال الوزير إن الرئيس أمر باتخاذ خطوات لمحاسبة كتائب حزب الله والجماعات التابعة لإيران على هجماتها.", nil},
	} {
		res := x.Extract(model.Article{ID: "b", Published: "2024-01-22"}, "هجوم\n"+lead+tc.text)
		got := blamedFor(res, "base:ain-al-asad")
		for _, id := range []string{kh, nujaba, backed} {
			if slices.Contains(got, id) != slices.Contains(tc.want, id) {
				t.Errorf("%s\nblamed %v, want %v", tc.text, got, tc.want)
				break
			}
		}
	}
}

// TestEveryRocket: "تريد تحميل X مسؤولية كل صاروخ يسقط في العراق" speaks of
// every attack, not the one told.
func TestEveryRocket(t *testing.T) {
	x := extract.New(loadLexicon(t))
	res := x.Extract(model.Article{ID: "e", Published: "2024-08-07"}, "قصف\n"+
		"تعرضت قاعدة عين الأسد مساء الإثنين لقصف بصاروخين.\n"+
		"وقال النائب إن بعض الأطراف تريد تحميل الحشد الشعبي مسؤولية كل صاروخ يسقط في العراق.")
	if got := blamedFor(res, "base:ain-al-asad"); slices.Contains(got, "militia:pmf") {
		t.Errorf("blamed %v, want no PMF", got)
	}
}

// TestHeldQualifiedGroup: "حمّل X جماعات مدعومة من إيران وتعمل في سوريا
// والعراق مسؤولية الهجوم" holds the qualified group, not the places that
// end its qualifiers nor the accuser's body.
func TestHeldQualifiedGroup(t *testing.T) {
	x := extract.New(loadLexicon(t))
	lead := "قتل جنديان أمريكيان في هجوم بطائرة مسيرة على البرج 22 في الأردن يوم الأحد الماضي.\n"
	for text, want := range map[string]string{
		"وكان الرئيس الأمريكي قد حمّل «جماعات مسلحة مدعومة من إيران وتعمل في سوريا والعراق» مسؤولية هجوم الأردن.": "militia:iran-backed-militias",
		"وحمّل قائد في الحشد الشعبي في كركوك تنظيم داعش مسؤولية الهجوم على البرج 22.":                             "militia:isis",
	} {
		res := x.Extract(model.Article{ID: "q", Published: "2024-02-03"}, "هجوم\n"+lead+text)
		if got := blamedFor(res, "base:tower-22"); !slices.Equal(got, []string{want}) {
			t.Errorf("%s\nblamed %v, want [%s]", text, got, want)
		}
	}
}

// TestTopicStateDenies: "أما طهران، فقد نفت على لسان المتحدث باسم
// خارجيتها أي علاقة لها بالهجوم" is the state's own denial.
func TestTopicStateDenies(t *testing.T) {
	x := extract.New(loadLexicon(t))
	res := x.Extract(model.Article{ID: "d", Published: "2024-02-03"}, "هجوم\n"+
		"قتل جنديان أمريكيان في هجوم بطائرة مسيرة على البرج 22 في الأردن يوم الأحد الماضي.\n"+
		"أما طهران، فقد نفت على لسان المتحدث باسم وزارة الخارجية أي علاقة لها بالهجوم.")
	for _, at := range res.Attacks {
		for _, x := range at.Attributions {
			if x.Accused == "country:iran" && x.Stance == model.StanceDenied {
				return
			}
		}
	}
	t.Errorf("no denial by Iran: %+v", res.Attacks)
}

// TestGreenLight: "لا يستبعد أن تكون طهران قد أعطت الضوء الأخضر للهجوم"
// hints at the state behind it.
func TestGreenLight(t *testing.T) {
	x := extract.New(loadLexicon(t))
	res := x.Extract(model.Article{ID: "g", Published: "2023-10-20"}, "هجوم\n"+
		"تعرضت قاعدة عين الأسد فجر الخميس لهجوم بطائرات مسيرة.\n"+
		"وقال الباحث إنه لا يستبعد أن تكون طهران قد أعطت الضوء الأخضر لهذه الهجمات.")
	if got := blamedFor(res, "base:ain-al-asad"); !slices.Contains(got, "country:iran") {
		t.Errorf("blamed %v, want Iran", got)
	}
}

// TestAttacksCarriedOutBy: "إن هذه الهجمات تنفذها مجموعات مدعومة من إيران"
// blames the groups; "حملة أمنية تنفذها قسد" blames no one.
func TestAttacksCarriedOutBy(t *testing.T) {
	x := extract.New(loadLexicon(t))
	lead := "سقطت صواريخ على قاعدة كونيكو مساء الخميس.\n"
	for text, want := range map[string]string{
		"وقال المتحدث إن هذه الهجمات تنفذها مجموعات مدعومة من إيران.":               "militia:iran-backed-militias",
		"وتزامن الهجوم مع حملة أمنية تنفذها قوات سوريا الديمقراطية في بلدة الشحيل.": "",
	} {
		res := x.Extract(model.Article{ID: "c", Published: "2023-10-23"}, "هجوم\n"+lead+text)
		got := blamedFor(res, "base:conoco-gas-field")
		if want == "" && len(got) > 0 || want != "" && !slices.Contains(got, want) {
			t.Errorf("%s\nblamed %v, want %q", text, got, want)
		}
	}
}

// TestAscribedIt: "ونسبه مسؤولون أميركيون إلى فصائل مدعومة من إيران" and
// "وهو ما نسبته قسد إلى X" ascribe the attack told to the group after إلى;
// the subject of the verb only speaks.
func TestAscribedIt(t *testing.T) {
	x := extract.New(loadLexicon(t))
	lead := "وكان آخر تلك الهجمات إطلاق صاروخين على قاعدة عين الأسد في الخامس من آب، "
	for _, tail := range []string{
		"ونسبه مسؤولون أميركيون حينها إلى \"فصائل مدعومة من إيران\".",
		"وهو ما نسبته قوات سوريا الديمقراطية إلى فصائل مدعومة من إيران.",
	} {
		res := x.Extract(model.Article{ID: "n", Published: "2024-08-20"}, "هجوم\n"+lead+tail)
		if got := blamedFor(res, "base:ain-al-asad"); !slices.Equal(got, []string{"militia:iran-backed-militias"}) {
			t.Errorf("%s\nblamed %v, want only the backed militias", tail, got)
		}
	}
}

// TestHolderBeforeVerb: the subject of an accusing verb in the present or
// future that comes before it ("إن واشنطن ستحمّل طهران المسؤولية"، "وأنقرة
// تتهم X") accuses; it is not accused itself.
func TestHolderBeforeVerb(t *testing.T) {
	x := extract.New(loadLexicon(t))
	lead := "سقطت ثلاثة صواريخ على قاعدة عين الأسد فجر الأحد.\n"
	for text, want := range map[string]string{
		"وقال المتحدث إن واشنطن ستحمّل طهران مسؤولية الهجوم.":            "country:iran",
		"وأضاف أن الولايات المتحدة \"ستحمل إيران المسؤولية\" عن الهجوم.": "country:iran",
		"وبغداد تتهم كتائب حزب الله بتنفيذ الهجوم.":                      "militia:kataib-hezbollah",
	} {
		res := x.Extract(model.Article{ID: "h", Published: "2024-02-06"}, "هجوم\n"+lead+text)
		if got := blamedFor(res, "base:ain-al-asad"); !slices.Equal(got, []string{want}) {
			t.Errorf("%s\nblamed %v, want only %s", text, got, want)
		}
	}
}

// TestOneThenSeries: blame for the attack told ("تقف وراءها"، "وراء
// المحاولة") followed by a clause that sets it in a series of attacks
// ("إذ تأتي في سياق سلسلة هجمات") is blame for that attack.
func TestOneThenSeries(t *testing.T) {
	x := extract.New(loadLexicon(t))
	lead := "أسقطت الدفاعات الجوية فجر الأحد طائرة مسيرة كانت متجهة إلى قاعدة عين الأسد.\n"
	for _, text := range []string{
		"ويرجح مسؤولون أن حركة النجباء تقف وراءها، إذ تأتي في سياق سلسلة هجمات استهدفت القواعد منذ أشهر.",
		"ويرجح مسؤولون أن حركة النجباء تقف وراء المحاولة، إذ تأتي في سياق سلسلة هجمات استهدفت القواعد منذ أشهر.",
		"ولم تتبن أي جهة المحاولة، غير أن مسؤولين يرجحون أن حركة النجباء تقف وراءها، إذ تأتي وسط هجمات متكررة على القواعد.",
	} {
		res := x.Extract(model.Article{ID: "o", Published: "2024-02-06"}, "هجوم\n"+lead+text)
		if got := blamedFor(res, "base:ain-al-asad"); !slices.Contains(got, "militia:nujaba") {
			t.Errorf("%s\nblamed %v, want Nujaba", text, got)
		}
	}
}

// TestUnderUmbrella: "إن «X والجماعات التابعة لها تحت مظلة Y» نفذت
// الهجوم" blames X as well as its umbrella Y; a description with no name
// ("مجموعات خارجة عن القانون تنضوي تحت مظلة Y") leaves Y alone.
func TestUnderUmbrella(t *testing.T) {
	x := extract.New(loadLexicon(t))
	lead := "سقطت قذائف على قاعدة عين الأسد فجر الأحد.\n"
	for text, want := range map[string][]string{
		"وقال الوزير إن «حركة النجباء والفصائل المرتبطة بها تحت مظلة الحرس الثوري الإيراني» نفذت الهجوم.": {"militia:irgc", "militia:nujaba"},
		"وحمّل البيان «مجموعات خارجة عن القانون تنضوي تحت مظلة الحشد الشعبي» مسؤولية الهجوم.":             {"militia:pmf"},
	} {
		res := x.Extract(model.Article{ID: "u", Published: "2024-02-06"}, "هجوم\n"+lead+text)
		got := blamedFor(res, "base:ain-al-asad")
		slices.Sort(got)
		if !slices.Equal(got, want) {
			t.Errorf("%s\nblamed %v, want %v", text, got, want)
		}
	}
}

// TestFightersOfGroup: "وقالت الحركة إن مقاتليها استهدفوا قاعدة X" is the
// claim of the group the definite noun points back to, and "قالت X، وهي
// تسمية تنضوي تحتها فصائل موالية لإيران، إن مقاتليها أطلقوا" is X's, not
// the collective's.
func TestFightersOfGroup(t *testing.T) {
	x := extract.New(loadLexicon(t))
	for text, want := range map[string]string{
		"أعلنت حركة النجباء مسؤوليتها عن هجمات عدة في الأسابيع الماضية.\nوقالت الحركة في بيان إن مقاتليها استهدفوا قاعدة عين الأسد فجر الأربعاء.": "militia:nujaba",
		"قال المتحدث باسم كتائب حزب الله إن مقاتليه أطلقوا صواريخ على قاعدة عين الأسد فجر الأربعاء.":                                              "militia:kataib-hezbollah",
		"قالت المقاومة الإسلامية في العراق، وهي تسمية تنضوي تحتها فصائل موالية لإيران، إن مقاتليها قصفوا قاعدة عين الأسد فجر الأربعاء.":           "militia:islamic-resistance-in-iraq",
	} {
		res := x.Extract(model.Article{ID: "f", Published: "2023-10-19"}, "هجوم\n"+text)
		if got := blamedFor(res, "base:ain-al-asad"); !slices.Equal(got, []string{want}) {
			t.Errorf("%s\nblamed %v, want only %s", text, got, want)
		}
	}
}

// TestClaimedListGoesOn: a claim whose object list runs past a comma
// ("استهدفوا قاعدة A بطائرتين، وقاعدة B بطائرة ثالثة") claims both
// attacks, when the two bases were struck on different days.
func TestClaimedListGoesOn(t *testing.T) {
	x := extract.New(loadLexicon(t))
	res := x.Extract(model.Article{ID: "c", Published: "2023-10-19"}, "هجوم\n"+
		"سقطت مسيرتان قرب قاعدة عين الأسد فجر الأربعاء، وسقطت ثالثة في قاعدة حرير مساء الثلاثاء.\n"+
		"وقالت كتائب سيد الشهداء في بيان إن مقاتليها استهدفوا قاعدة عين الأسد بطائرتين مسيرتين، وقاعدة حرير بطائرة ثالثة.")
	for _, base := range []string{"base:ain-al-asad", "base:harir"} {
		if got := blamedFor(res, base); !slices.Contains(got, "militia:kataib-sayyid-al-shuhada") {
			t.Errorf("%s blamed on %v, want Kataib Sayyid al-Shuhada", base, got)
		}
	}
}

// TestHeldPair: "وحمّل فلان الولايات المتحدة وإسرائيل مسؤولية الهجوم" holds
// both states responsible, not only the one right before "مسؤولية".
func TestHeldPair(t *testing.T) {
	x := extract.New(loadLexicon(t))
	res := x.Extract(model.Article{ID: "p", Published: "2019-08-21"}, "انفجارات\n"+
		"استهدفت طائرة مسيرة مجهولة مساء الاثنين مستودعاً للذخيرة داخل قاعدة عين الأسد.\n"+
		"وحمّل رئيس أركان الحشد الشعبي عبد العزيز المحمداوي الولايات المتحدة وإسرائيل مسؤولية الهجوم.")
	got := blamedFor(res, "base:ain-al-asad")
	slices.Sort(got)
	if want := []string{"country:israel", "country:united-states"}; !slices.Equal(got, want) {
		t.Errorf("blamed %v, want %v", got, want)
	}
}

// TestRepelledNotClaimed: a group whose fighters repelled an attack
// ("أعلنت X أن مقاتليها صدوا هجوماً على Y") defended Y; it claims nothing.
// The same sentence with a verb of striking is its claim.
func TestRepelledNotClaimed(t *testing.T) {
	x := extract.New(loadLexicon(t))
	for verb, want := range map[string]bool{
		"صدوا هجوماً بالصواريخ على": false,
		"تصدوا لهجوم بالصواريخ على": false,
		"قصفوا بالصواريخ":           true,
	} {
		text := "أعلنت كتائب حزب الله أن مقاتليها " + verb + " قاعدة بلد الجوية مساء السبت."
		res := x.Extract(model.Article{ID: "r", Published: "2024-05-06"}, "بيان\n"+text)
		if len(res.Attacks) == 0 {
			t.Errorf("%s\nno attack", text)
			continue
		}
		if got := slices.Contains(blamedFor(res, ""), "militia:kataib-hezbollah"); got != want {
			t.Errorf("%s\nblamed %v, want Kataib Hezbollah blamed: %v", text, blamedFor(res, ""), want)
		}
	}
}

// TestHedgeOverSpeakerAside: a hedge verb whose speaker's name stands in
// an aside ("ولم يستبعد قائد قوات X، فلان، أن يكون …") still governs its
// clause: the group, named or pointed back to, is hinted at, not asserted;
// of two hedges the nearer one governs.
func TestHedgeOverSpeakerAside(t *testing.T) {
	lead := "أعلن تنظيم داعش مسؤوليته عن تفجير في سوق الموصل. وسقطت ثلاث قذائف على قاعدة القيارة مساء الخميس.\n"
	checkStances(t, "2024-04-13", lead, "base:qayyarah", map[string]string{
		"ولم يستبعد قائد قوات الجيش العراقي في المنطقة، اللواء قاسم المحمدي، أن يكون تنظيم داعش وراء القصف.": "militia:isis:hinted",
		"ولم يستبعد قائد قوات الجيش العراقي في المنطقة، اللواء قاسم المحمدي، أن يكون التنظيم وراء القصف.":    "militia:isis:hinted",
		"وقال ضابطان إنهما يعتقدان أن جماعات مسلحة نفذته، ورجح أحدهما أن تكون كتائب حزب الله وراءه.":         "militia:kataib-hezbollah:likely",
	})
}

// checkStances extracts lead and each text after it, published on pub,
// and wants the stance ("accused:stance") the text maps to among the
// attributions of the attacks on base.
func checkStances(t *testing.T, pub, lead, base string, cases map[string]string) {
	t.Helper()
	x := extract.New(loadLexicon(t))
	for text, want := range cases {
		res := x.Extract(model.Article{ID: "h", Published: pub}, "قصف\n"+lead+text)
		if got := stancesFor(res, base); !slices.Contains(got, want) {
			t.Errorf("%s\nstances %v, want %s", text, got, want)
		}
	}
}

// TestStruckOthersNoBlame: a state that struck what a relative clause
// describes ("بالمجموعات التي استهدفتها واشنطن") is not blamed for the
// attack on the base named after it.
func TestStruckOthersNoBlame(t *testing.T) {
	x := extract.New(loadLexicon(t))
	res := x.Extract(model.Article{ID: "s", Published: "2022-08-26"}, "نفي\n"+
		"استهدفت طائرتان مسيرتان قاعدة التنف في 15 آب.\n"+
		"وقال مسؤول عراقي إنه لا صلة لحكومته بالفصائل التي استهدفتها واشنطن أو بالهجوم الذي تعرضت له قاعدة التنف.")
	if got := blamedFor(res, "base:al-tanf"); slices.Contains(got, "country:united-states") {
		t.Errorf("blamed %v, want no blame of the United States", got)
	}
}

// TestStateAsPlace: a state after "في" in the accused phrase ("طهران
// وأذرعها في العراق") says where, it is not accused.
func TestStateAsPlace(t *testing.T) {
	x := extract.New(loadLexicon(t))
	res := x.Extract(model.Article{ID: "p", Published: "2024-03-12"}, "هجوم\n"+
		"تعرضت قاعدة حرير لهجوم بطائرة مسيرة مساء الاثنين.\n"+
		"وحمّل مسؤول أمريكي طهران وأذرعها في العراق مسؤولية الهجوم.")
	got := blamedFor(res, "base:harir")
	if !slices.Contains(got, "country:iran") || slices.Contains(got, "country:iraq") {
		t.Errorf("blamed %v, want Iran and not Iraq", got)
	}
}

// TestHedgeVerbOverAssertingWords: a hedge verb governs its "أن" clause
// even when the clause holds words that would assert on their own ("يحمل
// بصمات"، "نفذته"); a clause opened by a verb of saying still asserts.
func TestHedgeVerbOverAssertingWords(t *testing.T) {
	lead := "سقطت أربعة صواريخ على قاعدة حرير شمال أربيل ليل السبت.\n"
	checkStances(t, "2024-05-12", lead, "base:harir", map[string]string{
		"ولمّح مسؤول أمريكي إلى أن القصف يحمل بصمات حركة النجباء.": "militia:nujaba:hinted",
		"وقال ضابط كردي إنه يعتقد أن القصف نفذته حركة النجباء.":    "militia:nujaba:suspected",
		"وقال ضابط كردي إن القصف يحمل بصمات حركة النجباء الواضحة.": "militia:nujaba:asserted",
	})
}

// TestCollectiveOfBody: groups said to belong to a named armed body
// ("مجموعات تابعة لفيلق القدس") blame that body as well as the collective;
// groups only backed by it ("مدعومة من") do not.
func TestCollectiveOfBody(t *testing.T) {
	x := extract.New(loadLexicon(t))
	lead := "أصابت قذائف صاروخية قاعدة الشدادي عصر الجمعة.\n"
	for text, want := range map[string]bool{
		"وحمّل مسؤول عسكري أمريكي مجموعات تابعة للحرس الثوري مسؤولية القصف.":             true,
		"واتهم مسؤول عسكري أمريكي فصائل مسلحة تابعة للحرس الثوري الإيراني بتنفيذ القصف.": true,
		"واتهم مسؤول عسكري أمريكي ميليشيات مدعومة من الحرس الثوري بتنفيذ القصف.":         false,
	} {
		res := x.Extract(model.Article{ID: "c", Published: "2024-06-15"}, "قصف\n"+lead+text)
		got := blamedFor(res, "base:shaddadi")
		if slices.Contains(got, "militia:irgc") != want || !slices.Contains(got, "militia:iran-backed-militias") {
			t.Errorf("%s\nblamed %v, want the collective, and the Guard %v", text, got, want)
		}
	}
}

// TestDowningJetNoStriker: the state of the jet that downs a drone
// ("أسقطت مقاتلة أمريكية طائرة مسيرة") defends the base; it is not blamed
// for the attack. A state's aircraft that bombed still strikes.
func TestDowningJetNoStriker(t *testing.T) {
	x := extract.New(loadLexicon(t))
	for text, want := range map[string]bool{
		"أسقطت مقاتلة أمريكية مساء السبت طائرة مسيرة كانت تقترب من قاعدة حرير.":           false,
		"اعترضت مروحية أمريكية مساء السبت طائرة مسيرة ألقت قنبلة على قاعدة حرير.":         false,
		"وكانت طائرات أمريكية قد قصفت قاعدة حرير مساء السبت في تمرين خاطئ للتصويب الجوي.": true,
	} {
		res := x.Extract(model.Article{ID: "d", Published: "2024-06-17"}, "مسيرة\n"+text)
		if got := blamedFor(res, "base:harir"); slices.Contains(got, "country:united-states") != want {
			t.Errorf("%s\nblamed %v, want the United States blamed: %v", text, got, want)
		}
	}
}

// TestBlameAhead: a claim told before the attack it speaks of ("تبنت X
// هجوماً … . وقالت إن الهجوم استهدف قاعدة Y") blames X for the attack the
// next sentence tells; a claim of attacks told before, a strike, a claim
// on a town, or a sentence on another matter takes nothing ahead.
func TestBlameAhead(t *testing.T) {
	x := extract.New(loadLexicon(t))
	cases := []struct {
		text, base, want string // want "" = nobody blamed
	}{
		{"أعلنت حركة النجباء مسؤوليتها عن هجوم بطائرة مسيرة. وقالت الحركة في بيانها إن الهجوم استهدف قاعدة التنف.", "base:al-tanf", "militia:nujaba"},
		{"تبنت كتائب حزب الله هجوماً صاروخياً مساء أمس. وأفاد بيان نشرته على تلغرام بأن أربعة صواريخ سقطت داخل قاعدة حرير.", "base:harir", "militia:kataib-hezbollah"},
		{"أعلنت المقاومة الإسلامية في العراق أنها نفذت فجر اليوم عمليتين ضد قواعد الاحتلال. وقالت في بيانها إنها استهدفت قاعدة البلد الجوية بالطائرات المسيرة.", "base:balad", "militia:islamic-resistance-in-iraq"},
		{"وأعلنت كتائب حزب الله أنها نفذت ثلاث عمليات خلال الليل. وأفاد بيانها بأن صواريخ سقطت داخل قاعدة حرير.", "base:harir", "militia:kataib-hezbollah"},
		{"تبنت حركة النجباء هجومين بطائرات مسيرة استهدفا فجر اليوم قاعدتين. وذكرت أن الهجومين استهدفا قاعدة عين الأسد وقاعدة حرير.", "base:harir", "militia:nujaba"},
		{"تبنت حركة النجباء هجوماً بطائرة مسيرة، وقصفت القوات الأمريكية مواقع للحركة بعد ساعات. وسقطت أربعة صواريخ داخل قاعدة حرير مساء أمس.", "base:harir", ""},
		{"تبنت حركة النجباء هجومين بطائرات مسيرة استهدفا فجر اليوم قاعدتين.\nوجاء في البيان:\n\"1- استهداف قاعدة البلد الجوية بطائرتين مسيرتين.\n2- استهداف قاعدة فكتوريا بطائرة مسيرة\".", "base:victory", "militia:nujaba"},
		{"تبنت حركة النجباء هجومين استهدفا فجر اليوم قاعدتين، فيما تعرضت قاعدة ثالثة قرب العاصمة لمحاولة استهداف مماثلة.\nوجاء في البيان:\n\"1- استهداف قاعدة البلد الجوية بطائرتين مسيرتين\".", "base:balad", "militia:nujaba"},
		{"وكانت كتائب حزب الله قد نفذت ثلاث عمليات العام الماضي. وسقطت أربعة صواريخ داخل قاعدة حرير مساء أمس.", "base:harir", ""},
		{"تبنت كتائب حزب الله الهجمات الثلاث على القوافل. وسقطت أربعة صواريخ داخل قاعدة حرير مساء أمس.", "base:harir", ""},
		{"تبنت كتائب حزب الله هجوماً بطائرة مسيرة على مدينة إيلات. وسقطت أربعة صواريخ داخل قاعدة حرير مساء أمس.", "base:harir", ""},
		{"تبنت كتائب حزب الله هجوماً بطائرة مسيرة. وفي سياق متصل، سقطت أربعة صواريخ داخل قاعدة حرير مساء أمس.", "base:harir", ""},
		{"قصفت طائرات أمريكية مواقع تابعة لكتائب حزب الله. وسقطت أربعة صواريخ داخل قاعدة حرير مساء أمس.", "base:harir", ""},
	}
	for _, c := range cases {
		res := x.Extract(model.Article{ID: "g", Published: "2024-03-13"}, c.text)
		got := blamedFor(res, c.base)
		if c.want == "" && len(got) > 0 || c.want != "" && !slices.Contains(got, c.want) {
			t.Errorf("%s\nblamed %v, want %q", c.text, got, c.want)
		}
	}
}
