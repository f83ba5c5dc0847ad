package extract_test

import (
	"sort"
	"strings"
	"testing"

	"github.com/nisba/nisba/extract"
	"github.com/nisba/nisba/extract/lexicon"
	"github.com/nisba/nisba/model"
)

// TestRetaliationWordings runs the retaliation rules over wording families
// of our own, each named after what its phrases share: who strikes (states,
// their forces, ministries and commands, named again by a bare noun or a
// pronoun), how the strike is told (passive, announced, by its day, as
// counter-fire) and what is no strike (answers to questions, talk of "الرد",
// habits, strikes retold in comment). Each family has controls that must
// keep their strike.
func TestRetaliationWordings(t *testing.T) {
	lex := loadLexicon(t)
	x := extract.New(lex)
	evening := "سقطت ثلاثة صواريخ مساء أمس الأحد على قاعدة عين الأسد الجوية في الأنبار.\n\n"
	dawn := "سقطت ثلاثة صواريخ فجر اليوم الاثنين على قاعدة عين الأسد الجوية في الأنبار.\n\n"
	families := []caseFamily[retCase]{
		{"passive and announced strikes", passiveStrikeCases()},
		{"other sides", otherSideCases()},
		{"verbal answers", verbalAnswerCases(evening)},
		{"anaphoric speakers", anaphoricSpeakerCases()},
		{"after an attack", afterAttackCases()},
		{"forces as targets", forceTargetCases()},
		{"attack told again", attackToldAgainCases()},
		{"state subjects", stateSubjectCases(evening)},
		{"victims' voice", victimVoiceCases()},
		{"strike before the attack", strikeBeforeAttackCases()},
		{"answered back", answeredBackCases(evening)},
		{"response nouns", responseNounCases(evening)},
		{"retold strikes", retoldStrikeCases(evening)},
		{"responding states", respondingStateCases(evening)},
		{"anaphoric owners", anaphoricOwnerCases()},
		{"killed by a strike", killedByCases(evening)},
		{"habitual strikes", habitualStrikeCases(dawn)},
		{"quoted answer after an", quotedAnswerCases()},
		{"day of the answered attack", answeredDayCases()},
		{"targets reached in a later sentence", reachedLaterCases()},
		{"qualified answers", qualifiedAnswerCases()},
		{"fire returned at the blamed group", blamedGroupCases()},
		{"owners of the struck targets", targetOwnerCases()},
		{"answer clause before the strike's object", answerThenObjectCases()},
		{"strikes on the blamed state's proxies", proxyStrikeCases()},
		{"places after a long owner phrase", longOwnerPlaceCases()},
		{"fire at the launch sites", launchSiteCases()},
		{"later the same day", laterSameDayCases()},
		{"a force's sites in a construct", forceConstructCases()},
		{"the speaker's own strikes", ownStrikeNounCases()},
		{"a state named before its verb", stateBeforeVerbCases()},
		{"the night after and counted hours", relativeDayCases()},
		{"dual strike nouns", dualStrikeCases()},
		{"a state army's sites, answered in the imperfect", stateArmySiteCases()},
		{"forecast answers", forecastCases()},
		{"a stated strike on a day of its own", newStrikeDayCases()},
		{"the strike's day told after the statement's", statementThenDayCases()},
		{"sites linked to a group, an air force striking", linkedSiteCases()},
		{"groups in a side note after the strike", sideNoteCases()},
		{"leaders killed, told as background", leaderKillingCases()},
		{"an answer at once, then strikes the next day", thenStrikeCases()},
		{"fire returned minutes after the launch", quickAnswerCases()},
		{"a striker told with a hedge", hedgedStrikerCases()},
		{"strikes denied by the striking side", deniedStrikeCases()},
		{"one day's answer told twice", sameDayAnswerCases()},
		{"the party or the organisation named again", partyAnaphorCases()},
		{"a past strike on sites that serve attacks", usedInAttacksCases()},
		{"an earlier strike told with سبق أن", earlierStrikeCases()},
		{"fire returned at once, told after the next day's raids", immediateAnswerCases()},
		{"a background strike dated by a month and آنذاك", thenMonthCases()},
		{"groups a later sentence names but the strike did not hit", notStruckCases()},
		{"targets reached, listed on and placed", reachedListCases()},
		{"fire returned at once, raids on another day after فيما or بينما", contrastStrikeCases()},
		{"strikes a span after an attack on a named base", spanAfterAttackCases()},
		{"an air arm named before its state's adjective", airArmCases()},
	}
	for _, f := range families {
		t.Run(f.name, func(t *testing.T) {
			for _, tc := range f.cases {
				t.Run(tc.name, func(t *testing.T) { checkRetaliationSides(t, x, lex, tc) })
			}
		})
	}
}

// passiveStrikeCases: strikes told in the passive, announced by the actor's
// own ministry or command, dated relative to the attack or to a statement,
// strikes on a person's car, and background strikes.
func passiveStrikeCases() []retCase {
	return []retCase{
		{name: "passive with li: sites exposed to american strikes", published: "2025-03-04",
			text: "سقطت أربعة صواريخ على قاعدة عين الأسد فجر الأحد.\n\n" +
				"وتعرضت مقرات لحركة النجباء في القائم لضربات أمريكية مساء الأحد.",
			want: []string{"2025-03-02 country:united-states"}, targets: []string{"militia:nujaba", "city:al-qaim"}},
		{name: "passive with bi and an air adjective", published: "2025-03-04",
			text: "استهدفت مسيرة قاعدة التنف مساء الأحد.\n\n" +
				"وفجر الاثنين، قُصفت مخازن لكتائب حزب الله في البوكمال والميادين بغارات جوية أميركية.",
			want:    []string{"2025-03-03 country:united-states"},
			targets: []string{"militia:kataib-hezbollah", "city:albukamal", "city:mayadin"}},
		{name: "hours after the attack", published: "2025-03-08",
			text: "استهدفت مسيرة مفخخة قاعدة حرير مساء الجمعة.\n\n" +
				"وبعد ساعات من الهجوم، قصفت طائرات أمريكية مستودعات لكتائب حزب الله في جرف الصخر.",
			want: []string{"2025-03-07 country:united-states"}, targets: []string{"city:jurf-al-sakhar"}},
		{name: "statement day gives way to the day after the attack", published: "2025-03-06",
			text: "سقطت قذائف على قاعدة التنف مساء الثلاثاء.\n\n" +
				"وقالت القيادة المركزية الأمريكية، الخميس، إن ضربات جوية استهدفت مقرا لكتائب حزب الله قرب البوكمال، ردا على الهجوم على قاعدة التنف.\n\n" +
				"وأضافت القيادة أن الضربات نفذت في اليوم التالي للهجوم.",
			want: []string{"2025-03-05 org:centcom"}, targets: []string{"militia:kataib-hezbollah", "city:albukamal"}},
		{name: "the ministry speaks of its own strike", published: "2025-03-06",
			text: "تعرضت قاعدة عين الأسد لهجوم بالصواريخ مساء الثلاثاء.\n\n" +
				"وقالت وزارة الدفاع الأمريكية إنها نفذت فجر الخميس غارات على مخازن أسلحة للحرس الثوري قرب الميادين.",
			want: []string{"2025-03-06 org:pentagon"}, targets: []string{"militia:irgc", "city:mayadin"}},
		{name: "a strike on a car in a street of a city", published: "2025-03-06",
			text: "سقطت صواريخ على قاعدة فيكتوريا مساء الثلاثاء.\n\n" +
				"وقتلت غارة بطائرة مسيرة أمريكية مساء الأربعاء قياديا في كتائب حزب الله بعد استهداف سيارته في شارع فلسطين شرقي بغداد.",
			want: []string{"2025-03-05 country:united-states"}, targets: []string{"militia:kataib-hezbollah", "city:palestine-street"}},
		{name: "jets raid, the day counted after the attack by hours", published: "2025-03-08",
			text: "سقطت ثلاثة صواريخ على قاعدة فيكتوريا مساء الخميس.\n\n" +
				"وعقب الهجوم بساعات، أغارت مقاتلات أميركية على مقرات لعصائب أهل الحق في جرف الصخر.",
			want: []string{"2025-03-06 force:us-forces"}, targets: []string{"militia:asaib-ahl-al-haq", "city:jurf-al-sakhar"}},
		{name: "a gunship written in arabic letters", published: "2025-03-08",
			text: "تعرضت قاعدة حرير لهجوم بمسيرة مساء الجمعة.\n\n" +
				"ونفذت طائرة إيه سي-130 فجر السبت ضربة على شاحنة لحركة النجباء قرب القائم.",
			want: []string{"2025-03-08 force:us-forces"}, targets: []string{"militia:nujaba", "city:al-qaim"}},
		{name: "the secretary of defense speaks of his country's strike", published: "2025-03-04",
			text: "سقطت صواريخ على قاعدة عين الأسد مساء الأحد.\n\n" +
				"وأعلن وزير الدفاع الأميركي أن بلاده نفذت فجر الثلاثاء ضربات على مواقع لكتائب حزب الله في القائم.",
			want: []string{"2025-03-04 country:united-states"}, targets: []string{"militia:kataib-hezbollah", "city:al-qaim"}},
		{name: "the pentagon announces carrying out strikes", published: "2025-03-04",
			text: "سقطت صواريخ على قاعدة عين الأسد مساء الأحد.\n\n" +
				"وأعلن البنتاغون تنفيذ ضربات فجر الثلاثاء على مخازن لحركة النجباء في جرف الصخر.",
			want: []string{"2025-03-04 org:pentagon"}, targets: []string{"militia:nujaba", "city:jurf-al-sakhar"}},
		{name: "members of a group killed in an american strike", published: "2025-03-04",
			text: "سقطت صواريخ على قاعدة عين الأسد مساء الأحد.\n\n" +
				"وقُتل ثلاثة من عناصر كتائب سيد الشهداء في غارة أمريكية قرب القائم فجر الثلاثاء.",
			want: []string{"2025-03-04 country:united-states"}, targets: []string{"militia:kataib-sayyid-al-shuhada"}},
		{name: "a background strike of last month answers nothing", published: "2025-03-09",
			text: "سقطت قذيفتان على قاعدة الشدادي فجر اليوم الأحد.\n\n" +
				"وكانت مسيرة تركية قد قصفت الشهر الماضي مقرا لقوات سوريا الديمقراطية قرب القامشلي."},
		{name: "the attack came the day after a strike: no date from it", published: "2025-03-09",
			text: "سقطت قذائف على قاعدة الشدادي فجر اليوم الأحد.\n\n" +
				"وردت قوات التحالف الدولي على الهجوم بقصف مواقع في ريف الحسكة.\n\n" +
				"وجاء الهجوم غداة قيام التحالف بشن ضربات على مواقع لتنظيم داعش.",
			want: []string{"2025-03-09 force:international-coalition"}},
	}
}

// TestRetaliationNotTargets checks names a strike sentence gives that are
// not struck: a region that locates a struck town ("القائم غربي الأنبار")
// and the backer of the struck groups ("المدعومة من الحرس الثوري").
func TestRetaliationNotTargets(t *testing.T) {
	x := extract.New(loadLexicon(t))
	cases := []struct{ name, text, want, not string }{
		{name: "region after a town", want: "city:al-qaim", not: "city:anbar",
			text: "سقطت صواريخ على قاعدة حرير مساء الأحد.\n\n" +
				"وشنت مقاتلات أمريكية فجر الاثنين غارات على مقرات لعصائب أهل الحق قرب القائم غربي الأنبار."},
		{name: "backer of the struck group", want: "militia:kataib-hezbollah", not: "militia:irgc",
			text: "سقطت صواريخ على قاعدة حرير مساء الأحد.\n\n" +
				"وقالت القيادة المركزية الأمريكية إن قواتها ضربت فجر الاثنين مستودعات تستخدمها كتائب حزب الله المدعومة من الحرس الثوري قرب القائم."},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			doc := run(t, x, "2025-03-04", tc.text)
			if len(doc.Retaliations) != 1 {
				t.Fatalf("retaliations %+v, want one", doc.Retaliations)
			}
			got := strings.Join(doc.Retaliations[0].Targets, " ")
			if !strings.Contains(got, tc.want) || strings.Contains(got, tc.not) {
				t.Errorf("targets %q: want %s and not %s", got, tc.want, tc.not)
			}
		})
	}
}

// TestRetaliationRespondsTo checks that a strike answering "الهجوم على قاعدة
// X" points to the attack on X even when another base was hit later, and
// that a strike answering attacks in general points to none.
func TestRetaliationRespondsTo(t *testing.T) {
	x := extract.New(loadLexicon(t))
	cases := []struct{ name, text, want string }{
		{name: "named base", want: "attack:base:ain-al-asad:2025-03-02",
			text: "سقطت صواريخ على قاعدة عين الأسد مساء الأحد.\n\n" +
				"واستهدفت مسيرة قاعدة حرير مساء الاثنين.\n\n" +
				"وقصفت طائرات أمريكية فجر الثلاثاء مواقع لكتائب حزب الله في القائم، ردا على الهجوم على قاعدة عين الأسد."},
		{name: "no attack named", want: "",
			text: "شنت طائرات أمريكية فجر الثلاثاء غارات على مقرات لكتائب حزب الله في جرف الصخر، ردا على هجمات متكررة على القوات الأمريكية."},
		{name: "in its answer to the attack", want: "attack:base:ain-al-asad:2025-03-02",
			text: "سقطت صواريخ على قاعدة عين الأسد مساء الأحد.\n\n" +
				"وفي ردها على الهجوم، قصفت طائرات أمريكية فجر الثلاثاء مواقع لكتائب حزب الله في القائم."},
		{name: "his answer, the minister said", want: "attack:base:ain-al-asad:2025-03-02",
			text: "سقطت صواريخ على قاعدة عين الأسد مساء الأحد.\n\n" +
				"وقال وزير الدفاع الأمريكي إن بلاده نفذت فجر الثلاثاء ضربات على مواقع لكتائب حزب الله في القائم في رده على الهجوم."},
		{name: "a qualified answer naming the base told after", want: "attack:base:ain-al-asad:2025-03-02",
			text: "وشنت مقاتلات أمريكية فجر الثلاثاء غارات على مواقع لكتائب حزب الله في القائم، في ما وصفه البنتاغون بأنه «الرد الأول» على الهجوم الذي استهدف قاعدة عين الأسد.\n\n" +
				"وكانت صواريخ قد سقطت على قاعدة عين الأسد مساء الأحد."},
		{name: "days after soldiers were killed in an attack on the base", want: "attack:base:bamerni:2025-03-02",
			text: "قصفت مدفعية تركية فجر الثلاثاء مواقع لحزب العمال الكردستاني في الزاب، بعد يومين من مقتل ثلاثة من جنودها في هجوم على قاعدة بامرني."},
		{name: "after two were wounded by an attack on the base", want: "attack:base:ain-al-asad:t1:0",
			text: "قصفت مقاتلات أمريكية فجر الثلاثاء مواقع لكتائب حزب الله في القائم، بعد أيام من إصابة جنديين بهجوم صاروخي على قاعدة عين الأسد."},
		{name: "the striker's own attack is not what it answers", want: "",
			text: "قصف الحرس الثوري الإيراني مساء الأحد مطار أربيل بعدة صواريخ باليستية.\n\n" +
				"وقال الحرس الثوري في بيان إنه دمّر مقراً للتجسس في أربيل، مضيفاً أن قواته استهدفت في الليلة نفسها تجمعات لعناصر تنظيم داعش في سوريا، رداً على الجرائم الأخيرة للإرهابيين."},
		{name: "strikes less than forty-eight hours on from the attack", want: "attack:base:taji:2025-03-02",
			text: "شنت القوات الأمريكية فجر الثلاثاء غارات على خمسة مواقع في بابل، بعد أقل من ثمانٍ وأربعين ساعة على الهجوم الصاروخي الذي ضرب معسكر التاجي.\n\n" +
				"وكان المعسكر قد تعرض مساء الأحد لرشقة من ثمانية عشر صاروخاً."},
		{name: "blamed, before the forces answered with strikes", want: "attack:base:erbil-airbase:2025-03-02",
			text: "أصيب ثلاثة جنود أمريكيين مساء الأحد بهجوم بطائرة مسيرة على قاعدة أربيل الجوية. " +
				"وحمّل وزير الدفاع الأمريكي كتائب حزب الله المسؤولية عن الهجوم، قبل أن ترد القوات الأمريكية فجر اليوم التالي بضربات استهدفت ثلاث منشآت تستخدمها الكتائب."},
		{name: "the blamed state's proxy struck", want: "attack:base:al-tanf:2025-03-02",
			text: "قُتل جندي أمريكي في هجوم بطائرة مسيرة على قاعدة التنف مساء الأحد، واتهمت واشنطن إيران بالوقوف وراء الهجوم.\n\n" +
				"وشنت مقاتلات أمريكية فجر الثلاثاء غارات على مواقع لكتائب حزب الله في القائم."},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			doc := run(t, x, "2025-03-04", tc.text)
			if len(doc.Retaliations) != 1 {
				t.Fatalf("retaliations %+v, want one", doc.Retaliations)
			}
			got := ""
			if r := doc.Retaliations[0].RespondsTo; r != nil {
				got = *r
			}
			if got != tc.want {
				t.Errorf("respondsTo %q, want %q", got, tc.want)
			}
		})
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
	for _, id := range tc.not {
		if contains(targets, id) {
			t.Errorf("targets %v have %s", targets, id)
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

// otherSideCases: strikes by Russia and Turkey, a day in the response
// clause that belongs to the attack, counter-battery fire on a town pointed
// back to, strikes named by their day, strikes told in an article with no
// attack, and statements folded into the strike they tell of.
func otherSideCases() []retCase {
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

// TestRetaliationNoStrayTargets checks that what a later sentence
// tells of the attack (where it was launched from, who is at odds with
// whom) and the striking side itself never become targets.
func TestRetaliationNoStrayTargets(t *testing.T) {
	x := extract.New(loadLexicon(t))
	for _, tc := range append(attackToldAgainCases(), forceTargetCases()...) {
		t.Run(tc.name, func(t *testing.T) {
			doc := run(t, x, tc.published, tc.text)
			for _, r := range doc.Retaliations {
				for _, id := range r.Targets {
					if !contains(tc.targets, id) && id != "city:al-qaim" {
						t.Errorf("retaliation %s has stray target %s (want only %v)", r.ID, id, tc.targets)
					}
				}
			}
		})
	}
}

// afterAttackCases: a strike told first, then "بعد هجوم على قاعدة X": the
// base is what it answers, not what it hits.
func afterAttackCases() []retCase {
	return []retCase{
		{name: "strikes that followed an attack take no day of it", published: "2020-01-09",
			text: "ويأتي هذا التصعيد بعد هجوم صاروخي استهدف قاعدة كي وان قرب كركوك في 27 كانون الأول، حمّلت واشنطن مسؤوليته لكتائب حزب الله، وأعقبته غارات أميركية على مواقع للكتائب عند الحدود العراقية السورية.",
			want: []string{" country:united-states"}, targets: []string{"militia:kataib-hezbollah"}},
		{name: "strikes the day before a statement, told after غداة", published: "2019-12-30",
			text: "دعا الأمين العام للأمم المتحدة، اليوم الاثنين، جميع الأطراف إلى ضبط النفس، غداة غارات جوية أمريكية استهدفت مواقع لكتائب حزب الله في العراق وسوريا، رداً على هجوم صاروخي طال قاعدة عسكرية في كركوك.",
			want: []string{"2019-12-29 country:united-states"}, targets: []string{"militia:kataib-hezbollah"}},
		{name: "regime helicopters drop barrel bombs in a first answer, the day between commas", published: "2014-12-15",
			text: "سيطرت فصائل معارضة فجر اليوم الاثنين على معسكر القرميد في ريف إدلب.\n\n" +
				"وفي أول رد على الهجوم، ألقت مروحيات النظام البراميل المتفجرة، صباح اليوم، على مدينة سراقب وبلدتي سرمين وبنش.",
			want: []string{"2014-12-15 force:syrian-regime-forces"}, targets: []string{"city:saraqib"}},
		{name: "turkish jets after an attack on the base", published: "2025-05-16",
			text: "أصيب جنديان تركيان مساء أمس الخميس بسقوط قذائف على قاعدة بامرني.\n\n" +
				"وقصفت مقاتلات تركية فجر اليوم الجمعة مواقع لحزب العمال الكردستاني في منطقة الزاب، بعد هجوم على قاعدة بامرني.",
			want: []string{"2025-05-16 country:turkey"}, targets: []string{"militia:pkk"}},
		{name: "american jets following a drone attack on the base", published: "2025-09-12",
			text: "استهدفت طائرة مسيرة مساء الأربعاء قاعدة عين الأسد من دون إصابات.\n\n" +
				"وشنت طائرات أمريكية فجر اليوم الجمعة غارات على مقرات لكتائب حزب الله قرب القائم عقب هجوم بطائرة مسيرة على قاعدة عين الأسد.",
			want: []string{"2025-09-12 country:united-states"}, targets: []string{"militia:kataib-hezbollah"}},
		{name: "headline and statement of the struck state", published: "2025-05-16",
			text: "مقاتلات تركية تقصف الزاب بعد هجوم على قاعدة بامرني\n" +
				"أصيب جنديان تركيان بجروح مساء أمس الخميس إثر سقوط قذيفتي هاون على قاعدة بامرني.\n\n" +
				"وأعلنت وزارة الدفاع التركية أن طائراتها دمّرت فجر اليوم الجمعة ملاجئ لحزب العمال الكردستاني في منطقة الزاب.",
			want: []string{"2025-05-16 country:turkey"}, targets: []string{"militia:pkk"}},
		{name: "the blamed force's sites shelled after the attack, its object after the bare noun", published: "2020-02-11",
			text: "قتل جنديان تركيان أمس الاثنين في قصف مدفعي لقوات النظام استهدف مطار تفتناز العسكري.\n\n" +
				"وقصفت المدفعية التركية بعد الهجوم مواقع قوات النظام في محيط سراقب.",
			want: []string{" country:turkey"}, targets: []string{"force:syrian-regime-forces", "city:saraqib"}},
	}
}

// strikeBeforeAttackCases: an attack told as coming after a strike ("غداة
// غارات أمريكية"، "بعد يومين من ضربات") dates the strike before it.
func strikeBeforeAttackCases() []retCase {
	return []retCase{
		{name: "attack on the day after strikes", published: "2025-07-15",
			text: "تعرضت قاعدة حقل العمر لهجوم بطائرات مسيرة فجر اليوم الثلاثاء، غداة غارات أمريكية استهدفت مواقع لكتائب حزب الله في البوكمال.",
			want: []string{"2025-07-14 country:united-states"}, targets: []string{"militia:kataib-hezbollah", "city:albukamal"}},
		{name: "forces subjected to shelling the day after strikes", published: "2025-07-15",
			text: "تعرضت القوات الأمريكية في قاعدة حقل كونيكو لقصف صاروخي مساء أمس الإثنين، غداة غارات جوية شنتها الولايات المتحدة على مواقع لفصائل موالية لإيران.",
			want: []string{"2025-07-13 country:united-states"}},
		{name: "attack two days after strikes", published: "2025-07-18",
			text: "سقطت صواريخ على قاعدة عين الأسد مساء أمس الخميس، بعد يومين من ضربات جوية أمريكية على مقرات لحركة النجباء قرب القائم.",
			want: []string{"2025-07-15 country:united-states"}, targets: []string{"militia:nujaba"}},
		{name: "attack two days after strikes, counted with على", published: "2025-07-18",
			text: "استهدفت طائرة مسيرة قاعدة التنف مساء أمس الخميس. وجاء الهجوم بعد يومين على غارات أمريكية طالت مواقع لكتائب حزب الله في البوكمال.",
			want: []string{"2025-07-15 country:united-states"}, targets: []string{"militia:kataib-hezbollah", "city:albukamal"}},
		{name: "attack a day after the strikes, told again", published: "2025-07-15",
			text: "شنت طائرات أمريكية مساء الأحد غارات على مستودعات لكتائب سيد الشهداء في الميادين.\n\n" +
				"واستهدفت مسيرة قاعدة حقل كونيكو مساء أمس الإثنين، غداة الغارات الأمريكية على مواقع الفصائل في الميادين.",
			want: []string{"2025-07-13 country:united-states"}, targets: []string{"militia:kataib-sayyid-al-shuhada", "city:mayadin"}},
	}
}

// verbalAnswerCases: "رداً على سؤال" answers a question, not an attack.
func verbalAnswerCases(attack string) []retCase {
	return []retCase{
		{name: "answer to a question", published: "2025-03-10",
			text: attack + "وردّاً على سؤال لوكالة فرانس برس، قال متحدث باسم الجيش الإسرائيلي إنه لا يعلّق على الضربات في سوريا.",
			want: nil},
		{name: "answer to journalists' questions", published: "2025-03-10",
			text: attack + "وفي ردّه على أسئلة الصحفيين، رفض وزير الدفاع الأمريكي الحديث عن ضربات محتملة ضد الفصائل.",
			want: nil},
		{name: "answer to an enquiry", published: "2025-03-10",
			text: attack + "وقال مسؤول في البنتاغون رداً على استفسار من رويترز إن الغارات الأمريكية ليست مطروحة الآن.",
			want: nil},
		{name: "answer to remarks", published: "2025-03-10",
			text: attack + "وقالت الخارجية التركية رداً على تصريحات مسؤول عراقي إن قصف مواقع حزب العمال الكردستاني حق مشروع.",
			want: nil},
	}
}

// anaphoricSpeakerCases: the body named once, then by its bare noun, tells
// of its own jets' or forces' strike.
func anaphoricSpeakerCases() []retCase {
	return []retCase{
		{name: "the ministry again, its jets", published: "2025-04-18",
			text: "قُتل جندي تركي بقصف استهدف مساء أمس الخميس قاعدة بامرني في دهوك.\n\n" +
				"وحمّلت وزارة الدفاع التركية في بيان حزب العمال الكردستاني المسؤولية.\n\n" +
				"وأعلنت الوزارة صباح اليوم أن مقاتلاتها دمّرت فجر اليوم الجمعة مخابئ لحزب العمال الكردستاني في منطقة الزاب.",
			want: []string{"2025-04-18 country:turkey"}, targets: []string{"militia:pkk"}},
		{name: "the command again, its forces", published: "2025-08-06",
			text: "استهدفت طائرة مسيرة مساء أمس الثلاثاء قاعدة حقل كونيكو في دير الزور.\n\n" +
				"وقالت القيادة المركزية الأمريكية إن الهجوم لم يسفر عن إصابات.\n\n" +
				"وأضافت القيادة في بيان لاحق أن قواتها قصفت اليوم الأربعاء مستودعاً للأسلحة تابعاً لكتائب حزب الله في البوكمال.",
			want: []string{"2025-08-06 country:united-states"}, targets: []string{"militia:kataib-hezbollah", "city:albukamal"}},
		{name: "the russian ministry again, its aircraft", published: "2025-05-20",
			text: "أسقطت الدفاعات الجوية الروسية ليل الأحد طائرات مسيرة حاولت استهداف قاعدة حميميم.\n\n" +
				"واتهمت وزارة الدفاع الروسية هيئة تحرير الشام بإطلاقها.\n\n" +
				"وأوضحت الوزارة أن طائراتها شنّت اليوم الثلاثاء غارات على مواقع للهيئة في محيط مدينة إدلب.",
			want: []string{"2025-05-20 country:russia"}, targets: []string{"city:idlib"}},
	}
}

// victimVoiceCases: the struck group lost fighters in a state's strikes
// ("خسرت الحركة أربعة من مقاتليها في غارة أمريكية").
func victimVoiceCases() []retCase {
	return []retCase{
		{name: "lost fighters in american strikes, no attack", published: "2025-02-10",
			text: "صوّت البرلمان العراقي على قرار يطالب بإنهاء وجود القوات الأجنبية.\n\n" +
				"وكانت حركة النجباء قد خسرت سبعة من مقاتليها في غارات أميركية استهدفت مقراتها قرب جرف الصخر يوم الجمعة 31 كانون الثاني الماضي.",
			want: []string{"2025-01-31 country:united-states"}, targets: []string{"militia:nujaba", "city:jurf-al-sakhar"}},
		{name: "a commander killed in a drone strike, the country after two weapon words", published: "2025-02-10",
			text: "عقد البرلمان العراقي جلسة لبحث الوجود الأجنبي.\n\n" +
				"وشيّع أنصار كتائب حزب الله القيادي في الكتائب أبو حسين الساعدي، الذي قُتل مساء الجمعة 7 شباط في غارة بطائرة مسيرة أمريكية استهدفت سيارته قرب جرف الصخر.",
			want: []string{"2025-02-07 country:united-states"}, targets: []string{"militia:kataib-hezbollah"}},
		{name: "lost members in a strike, the group named after", published: "2025-02-10",
			text: "عقدت الحكومة العراقية اجتماعاً أمنياً لبحث التوتر على الحدود.\n\n" +
				"وفقدت كتائب حزب الله أربعة من عناصرها في ضربة جوية أمريكية طالت موقعاً لها في القائم يوم 6 شباط.",
			want: []string{"2025-02-06 country:united-states"}, targets: []string{"militia:kataib-hezbollah"}},
	}
}

// forceTargetCases: a state's force as the owner of the struck sites
// ("مواقع لقوات النظام") is a target; the striking side's own force is not.
func forceTargetCases() []retCase {
	return []retCase{
		{name: "counter-fire on regime positions", published: "2025-03-04",
			text: "سقطت قذائف مدفعية مساء أمس الإثنين على قاعدة حقل كونيكو في ريف دير الزور.\n\n" +
				"وردّت القوات الأمريكية على الفور بقصف مواقع لقوات النظام قرب بلدة خشام.",
			want: []string{"2025-03-03 country:united-states"}, targets: []string{"force:syrian-regime-forces", "city:khasham"}},
		{name: "strikes on depots of the regime army after an attack", published: "2025-03-04",
			text: "استهدفت طائرة مسيرة فجر اليوم الثلاثاء قاعدة حقل العمر.\n\n" +
				"وقصفت مقاتلات أمريكية ظهر اليوم مستودعات لقوات النظام في محيط مدينة الميادين، رداً على الهجوم.",
			want: []string{"2025-03-04 country:united-states"}, targets: []string{"force:syrian-regime-forces", "city:mayadin"}},
		{name: "a checkpoint of the regime forces", published: "2025-03-04",
			text: "سقطت قذائف مدفعية مساء أمس الإثنين على قاعدة حقل كونيكو في ريف دير الزور.\n\n" +
				"وقصفت مروحيات أمريكية فجر اليوم حاجزاً لقوات النظام قرب بلدة الطابية، رداً على الهجوم.",
			want: []string{"2025-03-04 country:united-states"}, targets: []string{"force:syrian-regime-forces", "city:tabiyah"}},
		{name: "the checkpoint named before, after a clash with a patrol", published: "2024-05-13",
			text: "أصيب ثلاثة عناصر من قوات النظام السوري، أمس الثلاثاء 12 من أيار، إثر اشتباك بين دورية أمريكية وحاجز لقوات النظام قرب قرية حامو في ريف القامشلي.\n\n" +
				"وقالت مصادر محلية إن مروحيتين أمريكيتين ردتا على إطلاق النار بقصف الحاجز، ما أدى إلى تدمير غرفة الحراسة، قبل أن تنسحب الدورية.",
			want: []string{"2024-05-12 country:united-states"}, targets: []string{"force:syrian-regime-forces"}},
		{name: "a checkpoint shelled after an exchange of fire with a patrol", published: "2024-05-13",
			text: "قتل جنديان من الجيش السوري مساء الأحد بقصف نفذته مروحية أمريكية على حاجز قرب قرية الصالحية شرقي مدينة الحسكة، إثر تبادل لإطلاق النار بين عناصر الحاجز ودورية أمريكية كانت تمر في المنطقة.",
			want: []string{"2024-05-12 country:united-states"}, targets: []string{"city:salihiyah"}},
		{name: "two posts of the Syrian army", published: "2025-03-04",
			text: "سقطت صواريخ مساء أمس الإثنين على قاعدة الشدادي جنوب الحسكة.\n\n" +
				"وردت القوات الأمريكية بقصف نقطتين للجيش السوري قرب قرية الحسينية.",
			want: []string{"2025-03-03 country:united-states"}, targets: []string{"force:syrian-regime-forces", "city:husseiniyah"}},
	}
}

// attackToldAgainCases: a sentence after the strike that tells of the
// attack again (its launch place, the base "subjected" to fire) adds no
// target to the strike.
func attackToldAgainCases() []retCase {
	return []retCase{
		{name: "launch town after the strike", published: "2025-04-10",
			text: "سقطت صواريخ على قاعدة عين الأسد مساء أمس الأربعاء.\n\n" +
				"وشنت طائرات أمريكية فجر اليوم الخميس غارات على مقرات لكتائب حزب الله قرب القائم رداً على الهجوم.\n\n" +
				"وقال مصدر أمني إن الصواريخ أُطلقت من أطراف بلدة البغدادي، وإن القصف لم يوقع إصابات.",
			want: []string{"2025-04-10 country:united-states"}, targets: []string{"militia:kataib-hezbollah"}},
		{name: "the base subjected to fire again", published: "2025-04-10",
			text: "سقطت صواريخ على قاعدة عين الأسد مساء أمس الأربعاء.\n\n" +
				"وشنت طائرات أمريكية فجر اليوم الخميس غارات على مقرات لكتائب حزب الله قرب القائم رداً على الهجوم.\n\n" +
				"وهذه المرة الرابعة التي تتعرض فيها القاعدة لقصف منذ مطلع الشهر، وسط توتر بين واشنطن وحركة النجباء.",
			want: []string{"2025-04-10 country:united-states"}, targets: []string{"militia:kataib-hezbollah"}},
	}
}

// stateSubjectCases: a state as the subject right after a strike verb
// ("شنت واشنطن غارات"، "وجهت الولايات المتحدة ضربات"), and a force named
// again by its bare noun as the striker ("وقصف الجيش").
func stateSubjectCases(attack string) []retCase {
	return []retCase{
		{name: "capital as the subject", published: "2025-03-10",
			text: attack + "وشنت واشنطن فجر اليوم الإثنين غارات على مواقع لكتائب حزب الله قرب القائم.",
			want: []string{"2025-03-10 country:united-states"}, targets: []string{"militia:kataib-hezbollah"}},
		{name: "country after a verb, the strike noun later", published: "2025-03-10",
			text: attack + "ووجهت الولايات المتحدة فجر اليوم الإثنين ضربات جوية لمقرات حركة النجباء في جرف الصخر.",
			want: []string{"2025-03-10 country:united-states"}, targets: []string{"militia:nujaba", "city:jurf-al-sakhar"}},
		{name: "turkey's capital strikes", published: "2025-06-16",
			text: "سقطت قذائف على قاعدة زليكان مساء الأحد.\n\n" +
				"وقصفت أنقرة فجر اليوم الإثنين مواقع لحزب العمال الكردستاني في سنجار.",
			want: []string{"2025-06-16 country:turkey"}, targets: []string{"militia:pkk", "city:sinjar"}},
		{name: "the army named again", published: "2025-03-10",
			text: attack + "وحمّل الجيش الأمريكي كتائب حزب الله المسؤولية.\n\n" +
				"وقصف الجيش فجر اليوم الإثنين مواقع للكتائب قرب القائم.",
			want: []string{"2025-03-10 force:us-forces"}, targets: []string{"city:al-qaim"}},
		{name: "hours later, the object right after the span", published: "2025-03-10",
			text: attack + "وقالت القوات الأمريكية إن الهجوم لم يوقع إصابات.\n\n" +
				"وقصفت القوات الأمريكية بعد ساعات مقرات لكتائب حزب الله في القائم.",
			want: []string{"2025-03-09 force:us-forces"}, targets: []string{"militia:kataib-hezbollah"}},
		{name: "the pentagon speaks of the strikes", published: "2025-03-10",
			text: attack + "وقال البنتاغون إن الضربات التي نُفذت فجر اليوم الإثنين استهدفت مقرات لحركة النجباء في جرف الصخر.",
			want: []string{"2025-03-10 country:united-states"}, targets: []string{"militia:nujaba", "city:jurf-al-sakhar"}},
		{name: "the pentagon speaks of israeli strikes", published: "2025-03-10",
			text: attack + "وقال البنتاغون إن الضربات الإسرائيلية على دمشق لا علاقة لها بالهجوم.",
			want: nil},
		{name: "a third party as subject stays out", published: "2025-03-10",
			text: attack + "وقصفت إسرائيل فجر اليوم مواقع قرب دمشق.",
			want: nil},
	}
}

// answeredBackCases: "X struck Y, ردّ عليها Z": X's strike is the deed
// answered; a strike after the pronoun ("ردت عليه القوات بقصف") is the answer.
func answeredBackCases(attack string) []retCase {
	return []retCase{
		{name: "israeli jets answered back by tehran", published: "2025-03-10",
			text: attack + "ويأتي الهجوم بعد أيام من قصف مقاتلات إسرائيلية مخازن صواريخ في غرب إيران، فردّت عليها طهران بصواريخ باليستية."},
		{name: "american strikes on iranian sites answered by the guard", published: "2025-03-10",
			text: attack + "وتصاعد التوتر بعد أن ضربت الولايات المتحدة منشآت عسكرية إيرانية، ردّ عليها الحرس الثوري بهجمات على سفن في الخليج."},
		{name: "israeli strikes answered with a masculine pronoun", published: "2025-03-10",
			text: attack + "وكانت إسرائيل قد شنت غارات واسعة على منشآت نووية إيرانية، وهو ما ردت عليه إيران بموجات من المسيرات."},
		{name: "control: counter-fire after the pronoun", published: "2025-03-10",
			text: attack + "وردّت عليه القوات الأمريكية على الفور بقصف مدفعي استهدف مصادر النيران في محيط مدينة الميادين.",
			want: []string{"2025-03-09 force:us-forces"}, targets: []string{"city:mayadin"}},
		{name: "control: washington answered it with strikes", published: "2025-03-10",
			text: attack + "وهو ما ردت عليه واشنطن فجر اليوم الاثنين بغارات على مقرات لكتائب حزب الله في القائم.",
			want: []string{"2025-03-10 country:united-states"}, targets: []string{"militia:kataib-hezbollah"}},
	}
}

// responseNounCases: "الرد" as a noun with no target names an answer
// promised or weighed, not a strike, whoever the speaker's title names.
func responseNounCases(attack string) []retCase {
	return []retCase{
		{name: "peshmerga spokesman: the response will come", published: "2025-03-10",
			text: attack + "وقال المتحدث باسم قوات البيشمركة إن الرد على الهجوم سيأتي في الوقت المناسب."},
		{name: "american commander: the response has begun", published: "2025-03-10",
			text: attack + "وأكد قائد القوات الأمريكية في المنطقة أن الرد على استهداف القاعدة قد بدأ أو سيبدأ قريباً."},
		{name: "coalition official: a military response is not ruled out", published: "2025-03-10",
			text: attack + "وقال مسؤول في التحالف الدولي إن الرد العسكري ليس مستبعداً."},
		{name: "control: forces responded with strikes", published: "2025-03-10",
			text: attack + "وردّت القوات الأمريكية فجر اليوم الاثنين على الهجوم بغارات على مواقع لكتائب حزب الله في القائم.",
			want: []string{"2025-03-10 force:us-forces"}, targets: []string{"militia:kataib-hezbollah"}},
	}
}

// retoldStrikeCases: once a side's strike is told, an undated definite
// "الضربات الأمريكية"/"الغارات" in comment or condemnation is that strike.
func retoldStrikeCases(attack string) []retCase {
	strike := attack + "وشنت القوات الأمريكية فجر اليوم الاثنين غارات على مقرات لكتائب حزب الله في القائم رداً على الهجوم.\n\n"
	one := []string{"2025-03-10 force:us-forces"}
	kh := []string{"militia:kataib-hezbollah"}
	return []retCase{
		{name: "analysts on the american strikes", published: "2025-03-10", want: one, targets: kh,
			text: strike + "ويرى محللون أن الضربات الأمريكية رسالة إلى الفصائل، وأن كتائب حزب الله قد تضطر للرد."},
		{name: "condemnation of the raids", published: "2025-03-10", want: one, targets: kh,
			text: strike + "ودانت الحكومة العراقية الغارات الأمريكية على كتائب حزب الله، ووصفتها بأنها انتهاك للسيادة."},
		{name: "the striker's statement after the deaths of its strike", published: "2025-03-10",
			want: []string{"2025-03-09 militia:irgc"},
			text: "قُتل 14 شخصاً مساء أمس الأحد في قصف صاروخي استهدف مقرات حزب الحياة الحرة الكردستاني قرب بلدة سيدكان.\n\n" +
				"وقال الحرس الثوري إن وحداته الصاروخية استهدفت مقرات الجماعات الانفصالية في شمال العراق، مؤكداً أن الضربة جاءت رداً على الهجمات المتكررة ضد المناطق الحدودية."},
		{name: "experts many sentences later", published: "2025-03-10", want: one, targets: kh,
			text: strike + "وأعلنت الحكومة الحداد.\n\nوعقد البرلمان جلسة طارئة.\n\nوطالب نواب بسحب القوات الأجنبية.\n\n" +
				"ودعت الأمم المتحدة إلى التهدئة.\n\nوأغلقت السفارة أبوابها.\n\nوعلقت الرحلات الجوية.\n\n" +
				"وقال خبراء إن الغارات الأمريكية ستضعف قدرة كتائب حزب الله على شن هجمات جديدة."},
	}
}

// respondingStateCases: a state as the subject of a response verb, the
// strike in a ب phrase after it ("وردّت أنقرة بقصف مواقع لـX").
func respondingStateCases(attack string) []retCase {
	return []retCase{
		{name: "washington responded at dawn with raids", published: "2025-03-10",
			text: attack + "وردّت واشنطن فجر اليوم الاثنين بغارات على مقرات لكتائب حزب الله في القائم.",
			want: []string{"2025-03-10 country:united-states"}, targets: []string{"militia:kataib-hezbollah"}},
		{name: "ankara responded with shelling", published: "2025-03-10",
			text: attack + "وردت أنقرة بقصف مواقع لحزب العمال الكردستاني في منطقة الزاب.",
			want: []string{"2025-03-09 country:turkey"}, targets: []string{"militia:pkk"}},
		{name: "which washington answered with raids", published: "2025-03-10",
			text: attack + "وهو ما ردت عليه واشنطن بغارات على مقرات لحركة النجباء في جرف الصخر.",
			want: []string{"2025-03-09 country:united-states"}, targets: []string{"militia:nujaba"}},
		{name: "tehran answered with missiles at no group or place", published: "2025-03-10",
			text: attack + "وردّت طهران بإطلاق صواريخ باليستية نحو إسرائيل."},
	}
}

// anaphoricOwnerCases: struck sites owned by a group noun pointing back to
// the group last named ("مخابئ للتنظيم"، "مقرات الفصيل").
func anaphoricOwnerCases() []retCase {
	return []retCase{
		{name: "hideouts of the organisation", published: "2025-08-20",
			text: "هاجم مسلحون ليل الثلاثاء قاعدة كي وان شمال غربي كركوك.\n\n" +
				"وتنتشر خلايا تنظيم داعش في المناطق الوعرة جنوب المدينة.\n\n" +
				"ونفذت طائرات القوة الجوية العراقية صباح اليوم الأربعاء ضربات على مخابئ للتنظيم في جبال حمرين رداً على الهجوم.",
			want: []string{"2025-08-20 force:iraqi-air-force"}, targets: []string{"militia:isis", "city:hamrin"}},
		{name: "headquarters of the faction", published: "2025-03-10",
			text: "سقطت ثلاثة صواريخ مساء أمس الأحد على قاعدة عين الأسد الجوية في الأنبار، وتبنت حركة النجباء الهجوم.\n\n" +
				"وشنت القوات الأمريكية فجر اليوم الاثنين غارات على مقرات الحركة في جرف الصخر رداً على الهجوم.",
			want: []string{"2025-03-10 force:us-forces"}, targets: []string{"militia:nujaba"}},
	}
}

// killedByCases: the dead of a group named after a killing word and before
// a strike noun with ب ("قُتل القيادي في X ... بضربة أمريكية"): X is struck.
func killedByCases(attack string) []retCase {
	kh := []string{"militia:kataib-hezbollah"}
	return []retCase{
		{name: "commander killed by a drone strike", published: "2025-03-13", targets: kh,
			want: []string{"2025-03-12 country:united-states"},
			text: attack + "قُتل القيادي في كتائب حزب الله سامر الكعبي، ومرافقه، مساء أمس الأربعاء، بضربة جوية نفذتها طائرة مسيرة أمريكية استهدفت سيارتهما في شرقي بغداد."},
		{name: "fighters killed by an american raid", published: "2025-03-13", targets: kh,
			want: []string{"2025-03-12 country:united-states"},
			text: attack + "وقتل ثلاثة من عناصر كتائب حزب الله مساء أمس الأربعاء بغارة أمريكية على مقر لهم قرب القائم."},
		{name: "the killing of members by strikes", published: "2025-03-13", targets: []string{"militia:nujaba"},
			want: []string{"2025-03-13 force:us-forces"},
			text: attack + "وأعلنت حركة النجباء مقتل اثنين من مقاتليها فجر اليوم الخميس بضربات شنتها القوات الأمريكية على مواقع في جرف الصخر."},
	}
}

// habitualStrikeCases: a habit adverb (غالباً، عادةً، كثيراً، دائماً)
// near a strike noun makes it a general pattern, not an event.
func habitualStrikeCases(attack string) []retCase {
	return []retCase{
		{name: "strikes interspersed in near-daily clashes", published: "2025-01-20",
			text: "تعرض مقر الفرقة 17 شمالي مدينة الرقة مساء الجمعة لهجوم بطائرة مسيرة.\n\n" +
				"ومنذ ذلك الحين، تحولت القرى الواقعة بين الجسر وسد تشرين إلى مسرح لاشتباكات شبه يومية، تتخللها ضربات بالطائرات المسيّرة التركية على مواقع قسد وخطوط إمدادها."},
		{name: "analyst: the retaliatory shelling often hits empty sites", published: "2025-03-10",
			text: attack + "ويقول الباحث في الشؤون الأمنية إن «القصف الأمريكي الانتقامي غالباً ما يطال مواقع خالية من المقاتلين»."},
		{name: "expert: russian raids usually come in answer", published: "2025-03-10",
			text: attack + "ويرى خبير عسكري أن الغارات الروسية الانتقامية عادةً ما تأتي بعد ساعات من أي هجوم."},
		{name: "observer: american responses are often limited", published: "2025-03-10",
			text: attack + "ويشير مراقبون إلى أن الرد الأمريكي كثيراً ما يقتصر على قصف مدفعي لمصادر النيران."},
		{name: "commentator: turkish strikes always follow", published: "2025-03-10",
			text: attack + "وكتب معلق سياسي أن الضربات التركية دائماً ما تعقب الهجمات على القواعد ردّاً عليها."},
		{name: "control: counter-fire on the launch town", published: "2025-03-10",
			text: attack + "وردّت القوات الأمريكية فجر اليوم الاثنين بقصف مدفعي على مصادر النيران في القائم.",
			want: []string{"2025-03-10 force:us-forces"}, targets: []string{"city:al-qaim"}},
		{name: "counter-fire on a town named only by the launch", published: "2025-03-10",
			text: attack + "وقالت مصادر محلية إن الصواريخ أُطلقت من أطراف بلدة حطلة شرق النهر.\n\n" +
				"وردّت القوات الأمريكية بقصف مدفعي على مصادر النيران في حطلة، من دون أن ترد أنباء عن إصابات.",
			want: []string{"2025-03-10 force:us-forces"}, targets: []string{"city:hatla"}},
		{name: "counter-fire on a second launch town", published: "2025-03-10",
			text: attack + "وقالت مصادر محلية إن الصواريخ أُطلقت من أطراف بلدة الكشمة شرق النهر.\n\n" +
				"وردّت القوات الأمريكية بقصف مدفعي على مصادر النيران في الكشمة، من دون أن ترد أنباء عن إصابات.",
			want: []string{"2025-03-10 force:us-forces"}, targets: []string{"city:kishma"}},
		{name: "counter-fire on a town the lexicon lacks, named bare", published: "2025-03-10",
			text: attack + "وقالت مصادر محلية إن الصواريخ أُطلقت من أطراف بلدة الطويبة الواقعة على الضفة الغربية للنهر.\n\n" +
				"وأضافت المصادر أن انفجارات سُمعت في المنطقة بعد أن ردّت القوات الأمريكية بقصف مدفعي على مصادر النيران في الطويبة.",
			want: []string{"2025-03-10 force:us-forces"}, targets: []string{"city:طويبه"}},
		{name: "raids on positions in a village introduced before", published: "2025-03-10",
			text: attack + "وتنتشر عناصر كتائب حزب الله في قرية السويعية قرب الحدود.\n\n" +
				"وشنّت القوات الأمريكية فجر اليوم الاثنين غارات على مواقع في السويعية رداً على الهجوم.",
			want: []string{"2025-03-10 force:us-forces"}, targets: []string{"city:سويعيه"}},
		{name: "control: a bare word after في that names no town", published: "2025-03-10",
			text: attack + "وقالت مصادر محلية إن الصواريخ أُطلقت من أطراف بلدة الطويبة.\n\n" +
				"وردّت القوات الأمريكية فجر اليوم الاثنين بقصف مدفعي على مصادر النيران في المنطقة.",
			want: []string{"2025-03-10 force:us-forces"}},
		{name: "places listed with a repeated في", published: "2025-03-10",
			text: attack + "وشنّت القوات الأمريكية فجر اليوم الاثنين غارات على مستودعات تابعة لكتائب حزب الله في منطقة جرف الصخر شمال بابل، وفي البوكمال، وفي موقع ثالث قرب الحدود.",
			want: []string{"2025-03-10 force:us-forces"}, targets: []string{"city:jurf-al-sakhar", "city:albukamal"}},
		{name: "a second place after وفي following a launch", published: "2025-03-10",
			text: attack + "وردّت القوات الأمريكية فجر اليوم الاثنين بضربات على مقرات لحركة النجباء في الميادين، وفي البوكمال أيضاً.",
			want: []string{"2025-03-10 force:us-forces"}, targets: []string{"city:mayadin", "city:albukamal"}},
		{name: "an american drone as the subject of the strike verb", published: "2025-03-10",
			text: attack + "وسبق أن استهدفت طائرة مسيّرة أمريكية في العاشر من شباط/فبراير الماضي مقراً لكتائب حزب الله في بغداد، ما أدى إلى مقتل قيادي في الكتائب.",
			want: []string{"2025-02-10 country:united-states"}, targets: []string{"militia:kataib-hezbollah"}},
		{name: "american jets had struck before, with its day", published: "2025-03-10",
			text: attack + "وسبق أن قصفت مقاتلات أمريكية في الثاني من شباط/فبراير الماضي مستودعات لحركة النجباء قرب القائم.",
			want: []string{"2025-02-02 country:united-states"}, targets: []string{"militia:nujaba"}},
		{name: "control: habit word in another sentence", published: "2025-03-10",
			text: attack + "وشنت القوات الأمريكية فجر اليوم الاثنين غارات على مقرات لكتائب حزب الله في القائم رداً على الهجوم.\n\n" +
				"ويقول محللون إن الفصائل غالباً ما تنسحب بعد إطلاق الصواريخ.",
			want: []string{"2025-03-10 force:us-forces"}, targets: []string{"militia:kataib-hezbollah"}},
	}
}

// TestStrikersAndTargets checks who struck and what was struck in long
// articles, with names that must not be targets: a foreign state's corps
// (the IRGC) as the striker and its undated statement dated by the strike
// told just before; strikers of verbs joined with و or after إذ, and forces
// that are killed or stand beside others, which strike nothing; members of
// the group last named in a struck site's relative clause; a strike noun
// that reaches more sites later; what a strike answers, a blamed group and
// the striker's partners, which are no targets; background strikes told in
// the pluperfect; and another strike told later, which is not more of the
// last one.
func TestStrikersAndTargets(t *testing.T) {
	lex := loadLexicon(t)
	x := extract.New(lex)
	families := []caseFamily[retCase]{
		{"state corps", stateCorpsCases()},
		{"doers", doerCases()},
		{"elided strikers", elidedCases()},
		{"not strikers", notStrikerCases()},
		{"members", membersCases()},
		{"reached sites", reachedCases()},
		{"strike targets", strikeTargetCases()},
		{"answered deeds", deedCases()},
		{"other clauses", otherClauseCases()},
		{"comes after", comesAfterCases()},
		{"pluperfect strikes", pluperfectCases()},
		{"other strikes", otherStrikeCases()},
		{"qualified responses", qualifiedResponseCases()},
		{"tolls", tollCases()},
	}
	for _, f := range families {
		t.Run(f.name, func(t *testing.T) {
			for _, tc := range f.cases {
				t.Run(tc.name, func(t *testing.T) { checkRetaliationSides(t, x, lex, tc) })
			}
		})
	}
}

// stateCorpsCases: the IRGC, part of Iran, strikes for its state; the
// PMF, part of Iraq where the stories happen, stays a group.
func stateCorpsCases() []retCase {
	return []retCase{
		{name: "corps after a relative verb, statement names the group", published: "2026-02-03",
			text: "قُتل مدنيان في قصف صاروخي باليستي شنّه الحرس الثوري الإيراني فجر الاثنين 2 شباط/فبراير 2026 على منازل قرب مدينة السليمانية.\n\n" +
				"وأعلن الحرس الثوري في بيان أنه قصف في العملية ذاتها مقرات لحزب الحياة الحرة الكردستاني رداً على مقتل اثنين من عناصره.",
			want: []string{"2026-02-02 militia:irgc"}, targets: []string{"militia:pjak"}},
		{name: "statement relayed by an agency, dated by the strike before", published: "2026-02-03",
			text: "أصيب ثلاثة أشخاص جراء قصف صاروخي شنه الحرس الثوري ليل الأحد 1 شباط/فبراير 2026 على قرية في أطراف قضاء كويسنجق.\n\n" +
				"وأعلن الحرس الثوري، في بيان نقلته وكالة تسنيم، أنه استهدف مواقع لحزب الحياة الحرة الكردستاني انتقاماً لمقتل جنوده.",
			want: []string{"2026-02-01 militia:irgc"}, targets: []string{"militia:pjak"}},
		{name: "corps artillery as the subject", published: "2026-06-21",
			text: "قصفت مدفعية الحرس الثوري الإيراني، صباح اليوم الأحد، مواقع لحزب الحياة الحرة الكردستاني في محيط ناحية سيدكان، بعد هجوم على مخفر حدودي إيراني.",
			want: []string{"2026-06-21 militia:irgc"}, targets: []string{"militia:pjak"}},
		{name: "corps right after a strike verb", published: "2026-06-21",
			text: "قصف الحرس الثوري الإيراني فجر اليوم الأحد مواقع لتنظيم داعش في ريف دير الزور رداً على تفجير تبناه التنظيم.",
			want: []string{"2026-06-21 militia:irgc"}, targets: []string{"militia:isis"}},
		{name: "control: the corps struck by american jets", published: "2026-06-21",
			text: "شنّت مقاتلات أمريكية فجر اليوم الأحد غارات على مواقع للحرس الثوري في البوكمال، رداً على هجوم استهدف قاعدة التنف أمس.",
			want: []string{"2026-06-21 country:united-states"}, targets: []string{"militia:irgc"}},
		{name: "control: a domestic paramilitary is no state striker", published: "2026-06-21",
			text: "قصفت مدفعية الحشد الشعبي، صباح اليوم الأحد، مواقع لتنظيم داعش في سلسلة جبال حمرين رداً على هجوم على نقطة للجيش."},
		{name: "control: the corps threatens", published: "2026-06-21",
			text: "وتوعد الحرس الثوري الإيراني بضرب مقرات حزب الحياة الحرة الكردستاني في شمال العراق إذا لم تنزع سلاحها."},
	}
}

// doerCases: the striker after a relative verb of the strike noun, past
// its aircraft ("نفذتها طائرة مسيرة تابعة للتحالف") or as the speaker's
// own forces ("نفذتها قواتها"), in articles with no attack on a base; a
// round of battles is no answer.
func doerCases() []retCase {
	return []retCase{
		{name: "a leader killed by a drone of the coalition", published: "2026-06-02",
			text: "قُتل قيادي في تنظيم داعش وثلاثة من مرافقيه بضربة جوية نفذتها طائرة مسيرة تابعة للتحالف الدولي فجر اليوم الثلاثاء قرب مدينة الباب.",
			want: []string{"2026-06-02 force:international-coalition"}, targets: []string{"militia:isis"}},
		{name: "the command's own forces killed a leader", published: "2026-06-02",
			text: "أعلنت القيادة المركزية الأمريكية مقتل قيادي بارز في تنظيم داعش بغارة جوية نفذتها قواتها فجر اليوم الثلاثاء في ريف إدلب.",
			want: []string{"2026-06-02 force:us-forces"}, targets: []string{"militia:isis"}},
		{name: "the ministry's jets neutralised fighters", published: "2026-06-02",
			text: "أعلنت وزارة الدفاع التركية تحييد 12 إرهابياً من حزب العمال الكردستاني في غارات جوية نفذتها مقاتلاتها مساء أمس على مواقع في شمال العراق.",
			want: []string{"2026-06-01 country:turkey"}, targets: []string{"militia:pkk"}},
		{name: "the command's forces killed a leader, the strike words later", published: "2026-06-02",
			text: "وقالت القيادة المركزية الأمريكية إن قواتها قتلت فجر اليوم الثلاثاء قيادياً في تنظيم داعش في غارة بطائرة مسيرة في ريف حلب.",
			want: []string{"2026-06-02 force:us-forces"}, targets: []string{"militia:isis"}},
		{name: "control: drones in a new round of battles", published: "2026-06-02",
			text: "قُتل خمسة مقاتلين من قوات سوريا الديمقراطية جراء غارات نفذتها طائرات مسيّرة تركية على مواقعهم قرب سد تشرين يوم الاثنين 1 حزيران، في حلقة جديدة من المعارك الدائرة في المنطقة."},
	}
}

// membersCases: "مواقع يتحصن فيها مسلحو التنظيم" strikes the group the
// noun points back to, in an article that tells of no attack on a base.
func membersCases() []retCase {
	return []retCase{
		{name: "fighters of the organisation in a relative clause", published: "2026-04-18",
			text: "هاجم مسلحون من تنظيم داعش حاجزاً لقوات سوريا الديمقراطية قرب الهول.\n\n" +
				"وشنّت مقاتلات التحالف الدولي مساء أمس الجمعة غارات على مواقع يتحصن فيها مسلحو التنظيم جنوبي الحسكة.",
			want: []string{"2026-04-17 force:international-coalition"}, targets: []string{"militia:isis"}},
		{name: "members of the group using the sites", published: "2026-04-18",
			text: "قُتل جنديان عراقيان في كمين نصبه عناصر من تنظيم داعش قرب كركوك.\n\n" +
				"ونفذت طائرات التحالف الدولي فجر اليوم السبت ضربات على مخابئ يستخدمها عناصر التنظيم في وادي الشاي.",
			want: []string{"2026-04-18 force:international-coalition"}, targets: []string{"militia:isis"}},
		{name: "the organisation named only after the anaphora", published: "2026-04-18",
			text: "غارات للتحالف على خلايا «داعش» جنوب الحسكة\n\n" +
				"شنّت طائرات التحالف الدولي مساء أمس الجمعة غارات على مواقع يتحصن فيها عناصر التنظيم قرب الشدادي، بعد ساعات من هجوم شنه مسلحون من تنظيم «داعش» على حاجز لقوات سوريا الديمقراطية.",
			want: []string{"2026-04-17 force:international-coalition"}, targets: []string{"militia:isis"}, not: []string{"militia:sdf"}},
	}
}

// reachedCases: "الغارات طالت أيضاً مستودعات لـX" in a later sentence adds
// X even when the sentence goes on to an attack on a base.
func reachedCases() []retCase {
	first := "وقالت القيادة المركزية الأمريكية إن مقاتلاتها نفذت مساء الثلاثاء 5 أيار/مايو ضربات على مقرات لكتائب حزب الله في القائم رداً على الهجوم على قاعدة التنف.\n\n"
	return []retCase{
		{name: "the raids reached, then a denial of the attack", published: "2026-05-07",
			text: first + "وذكرت مصادر محلية أن الغارات طالت أيضاً مستودعاً لكتائب سيد الشهداء قرب بلدة عكاشات، بينما نفت الكتائب أي علاقة لها بالهجوم على قاعدة التنف.",
			want: []string{"2026-05-05 force:us-forces"}, targets: []string{"militia:kataib-sayyid-al-shuhada", "city:akashat"}},
		{name: "the strikes included, then the attack again", published: "2026-05-07",
			text: first + "وأضافت المصادر أن الضربات شملت مقراً لحركة النجباء، فيما سقطت قذيفة جديدة على قاعدة التنف.",
			want: []string{"2026-05-05 force:us-forces"}, targets: []string{"militia:nujaba"}},
		{name: "a second place after wa-fi with no comma", published: "2026-05-07",
			text: "وقصفت طائرات أمريكية فجر اليوم الخميس ثلاث منشآت لكتائب حزب الله في منطقة جرف الصخر شمالي محافظة بابل وفي قضاء القائم غربي الأنبار، رداً على قصف قاعدة عين الأسد.",
			want: []string{"2026-05-07 country:united-states"}, targets: []string{"city:jurf-al-sakhar", "city:al-qaim"}},
		{name: "a source group speaks of the raids", published: "2026-05-07",
			text: first + "وقال مصدر في عصائب أهل الحق إن الغارات استهدفت مستودعاً فارغاً.",
			want: []string{"2026-05-05 force:us-forces"}, not: []string{"militia:asaib-ahl-al-haq"}},
		{name: "a partner is no target", published: "2026-05-07",
			text: first + "وأكد متحدث باسم القيادة أن الضربات نُفذت دعماً لشركائنا في قوات سوريا الديمقراطية.",
			want: []string{"2026-05-05 force:us-forces"}, not: []string{"militia:sdf"}},
	}
}

// deedCases: what a strike answers is told after it and is no target.
func deedCases() []retCase {
	attack := "سقطت خمسة صواريخ مساء أمس الأربعاء على قاعدة عين الأسد الجوية، وأُطلقت من أطراف بلدة البغدادي.\n\n"
	return []retCase{
		{name: "the place of the deed in a response clause", published: "2026-06-21",
			text: "قصفت مدفعية الحرس الثوري صباح اليوم الأحد مواقع لحزب الحياة الحرة الكردستاني في سيدكان، رداً على مقتل جنديين في كمين قرب مدينة مريوان.",
			want: []string{"2026-06-21 militia:irgc"}, targets: []string{"militia:pjak"}, not: []string{"city:مريوان"}},
		{name: "a group blamed after the counter-fire", published: "2026-05-07",
			text: attack + "وقال مسؤول أمريكي إن القوات الأمريكية ردّت على الفور بقصف مدفعي على مصادر النيران في محيط البلدة، مرجحاً أن تكون كتائب حزب الله وراء الهجوم.",
			want: []string{"2026-05-06 force:us-forces"}, not: []string{"militia:kataib-hezbollah"}},
		{name: "the group blamed in the strike's own clause stays", published: "2026-05-07",
			text: attack + "وشنت القوات الأمريكية فجر اليوم الخميس غارات على مقرات لكتائب حزب الله التي تتهمها واشنطن بالوقوف وراء الهجوم.",
			want: []string{"2026-05-07 force:us-forces"}, targets: []string{"militia:kataib-hezbollah"}},
		{name: "the victim of the attack after an after-word", published: "2026-04-18",
			text: "شنّت مقاتلات التحالف الدولي مساء أمس الجمعة غارات على مخابئ لتنظيم داعش قرب الشدادي، عقب هجوم على حاجز لقوات سوريا الديمقراطية.",
			want: []string{"2026-04-17 force:international-coalition"}, targets: []string{"militia:isis"}, not: []string{"militia:sdf"}},
	}
}

// otherClauseCases: a response word in a claimant's clause answers
// nothing its opponent's ministry says after "في حين" or "بينما"; shelling
// a base suffered ("تعرضت القاعدة … لقصف") is the attack, whoever is based
// there and whoever tells of it.
func otherClauseCases() []retCase {
	attack := "سقطت ثلاثة صواريخ مساء أمس الاثنين في محيط قاعدة بامرني التركية شمال دهوك.\n\n"
	return []retCase{
		{name: "claim as an answer, the ministry tracks the fire", published: "2026-06-02",
			text: attack + "وتبنت جماعة مجهولة الهجوم، قائلة إنه «رد على الاحتلال التركي»، في حين قالت وزارة الدفاع التركية إن قواتها «تتابع مصادر النيران»."},
		{name: "claim as an answer, the ministry speaks after bainama", published: "2026-06-02",
			text: attack + "وقالت جماعة تطلق على نفسها اسم «سرايا أولياء الدم» إن الهجوم جاء رداً على قصف القرى، بينما أكدت وزارة الدفاع التركية أن قواتها ترصد مصادر النيران."},
		{name: "the ministry named only after the answer word", published: "2026-06-02",
			text: attack + "وقالت الجماعة في بيانها إنه رد على الاحتلال وعملياته، في حين قالت وزارة الدفاع التركية إن القاعدة تعرضت لهجوم فاشل."},
		{name: "a base hosting the coalition suffered shelling", published: "2026-06-02",
			text: "تعرضت قاعدة حقل العمر النفطي، التي تتمركز فيها قوات التحالف الدولي في ريف دير الزور، مساء أمس الاثنين لقصف بثلاث قذائف صاروخية، بحسب ما أفادت به مصادر عسكرية في قوات سوريا الديمقراطية."},
		{name: "control: a group's sites suffered turkish strikes", published: "2026-06-02",
			text: attack + "وتعرضت مقرات لحزب العمال الكردستاني في قضاء العمادية فجر اليوم الثلاثاء لضربات تركية رداً على الهجوم.",
			want: []string{"2026-06-02 country:turkey"}, targets: []string{"militia:pkk"}},
		{name: "control: the ministry's own answer", published: "2026-06-02",
			text: attack + "وقالت وزارة الدفاع التركية إن قواتها ردّت على الفور بقصف مدفعي على مصادر النيران في محيط قرية بامرني.",
			want: []string{"2026-06-01 force:turkish-army"}},
	}
}

// comesAfterCases: "ويأتي الهجوم بعد ضربات أمريكية استهدفت في الأول من
// آذار ..." ties a strike told in background, with its own day, to the
// attack: it is kept though it predates it. (A strike with no day of its
// own is not dated from the attack: see TestRetaliationClasses5.)
func comesAfterCases() []retCase {
	attack := "سقطت ثلاثة صواريخ فجر اليوم الأحد على قاعدة عين الأسد الجوية غرب العراق من دون إصابات.\n\n"
	return []retCase{
		{name: "the attack comes after strikes on their own day", published: "2026-03-15",
			text: attack + "ويأتي الهجوم بعد ضربات أمريكية استهدفت في الأول من آذار مستودعات لحركة النجباء قرب جرف الصخر.",
			want: []string{"2026-03-01 country:united-states"}, targets: []string{"militia:nujaba"}},
		{name: "the shelling came less than a week after raids", published: "2026-03-15",
			text: attack + "وجاء القصف بعد أقل من أسبوع على غارات أمريكية استهدفت، فجر الاثنين 9 آذار، مقرات لكتائب حزب الله في القائم.",
			want: []string{"2026-03-09 country:united-states"}, targets: []string{"militia:kataib-hezbollah"}},
		{name: "control: a strike two years before, told as context", published: "2026-03-15",
			text: attack + "وكانت مقاتلات أمريكية قد قصفت مواقع في المنطقة قبل عامين.\n\nولم تتبن أي جهة الهجوم."},
	}
}

// elidedCases: the striker is the subject of the previous coordinated verb,
// the owner of "طائراتها", or a foreign state's corps before its verb.
func elidedCases() []retCase {
	return []retCase{
		{name: "response verb shares the subject of the blame verb", published: "2025-04-14",
			text: "تعرضت قاعدة عين الأسد غرب العراق لهجوم بطائرتين مسيّرتين يوم 9 نيسان/أبريل 2025 دون وقوع إصابات.\n\n" +
				"واتهمت واشنطن كتائب حزب الله بالهجوم، وردّت في 11 نيسان/أبريل بغارات جوية على مستودعات للكتائب قرب مدينة القائم.",
			want: []string{"2025-04-11 country:united-states"}, targets: []string{"militia:kataib-hezbollah"}},
		{name: "blame verb with a state as its object", published: "2025-04-16",
			text: "تعرضت قاعدة عين الأسد غرب العراق لهجوم بطائرتين مسيّرتين يوم 12 نيسان/أبريل 2025.\n\n" +
				"واتهمت واشنطن إيران بالوقوف وراء الهجوم، وردّت في 14 نيسان/أبريل بغارات جوية على مستودعات لكتائب حزب الله قرب مدينة القائم.",
			want: []string{"2025-04-14 country:united-states"}, targets: []string{"militia:kataib-hezbollah"}},
		{name: "sentence-initial subject shared by the response verb", published: "2025-04-24",
			text: "تعرضت قاعدة حرير لهجوم بطائرة مسيّرة يوم 20 نيسان/أبريل 2025.\n\n" +
				"الولايات المتحدة حمّلت حركة النجباء مسؤولية الهجوم، وردّت في 22 نيسان/أبريل بغارات على مقرات للحركة قرب جرف الصخر.",
			want: []string{"2025-04-22 country:united-states"}},
		{name: "strike verb after إذ with possessive planes", published: "2025-03-06",
			text: "تعرضت قاعدة حميميم لهجوم بطائرات مسيّرة مساء 1 آذار/مارس 2025.\n\n" +
				"وتقول موسكو إن الهجوم انطلق من ريف إدلب، إذ شنّت طائراتها في 3 آذار/مارس غارات على مقرات لهيئة تحرير الشام قرب مدينة إدلب.",
			want: []string{"2025-03-03 country:russia"}, targets: []string{"militia:hts"}},
		{name: "فقد with possessive fighters", published: "2025-05-20",
			text: "قُتل جنديان تركيان في هجوم على قاعدة زيلكان يوم 16 أيار/مايو 2025.\n\n" +
				"وحمّلت أنقرة حزب العمال الكردستاني المسؤولية، فقد دكّت مقاتلاتها يوم 18 أيار/مايو مخابئ للحزب في جبال قنديل.",
			want: []string{"2025-05-18 country:turkey"}, targets: []string{"city:qandil"}},
		{name: "state corps right before its verb", published: "2025-06-02",
			text: "تعرضت قاعدة حرير لهجوم صاروخي يوم 28 أيار/مايو 2025.\n\n" +
				"وأفاد التلفزيون الإيراني يوم 30 أيار/مايو بأن الحرس الثوري قصف بصواريخ أرض-أرض مقرات لحزب الحياة الحرة الكردستاني قرب كويسنجق رداً على اعتداءات الحزب.",
			want: []string{"2025-05-30 country:iran"}, targets: []string{"militia:pjak"}},
		// Controls: the verb has its own subject after the pronoun, or
		// after it; a corps that strikes a base stays an attacker.
		{name: "control: answered back with its own subject", published: "2025-07-03",
			text: "شنّت إسرائيل غارات على مواقع في دمشق يوم 1 تموز/يوليو 2025، ردّت عليها طهران بصواريخ.",
			want: nil},
		{name: "control: blamed group answers with a denial", published: "2025-07-09",
			text: "تعرضت قاعدة عين الأسد لهجوم صاروخي يوم 7 تموز/يوليو 2025.\n\n" +
				"واتهمت واشنطن كتائب حزب الله بالهجوم، وردّت الكتائب بنفي أي صلة لها به.",
			want: nil},
		{name: "control: corps strikes a base", published: "2025-07-12",
			text: "استهدف الحرس الثوري قاعدة عين الأسد بصواريخ باليستية فجر 11 تموز/يوليو 2025.",
			want: nil},
		{name: "control: pluperfect state subject keeps its place", published: "2025-08-02",
			text: "تعرضت قاعدة عين الأسد لهجوم يوم 30 تموز/يوليو 2025.\n\n" +
				"وكانت الولايات المتحدة قد نفذت خلال الأسابيع الماضية ضربات عدة على مواقع تابعة لفصائل موالية لإيران.",
			not: []string{"militia:iran-backed-militias"}},
	}
}

// notStrikerCases: a force killed, hosted beside another, or named in an
// earlier clause is not the striker of a strike word.
func notStrikerCases() []retCase {
	return []retCase{
		{name: "control: victim force of hostile fire", published: "2025-09-08",
			text: "قُتل جنديان فرنسيان فجر أمس الأحد في هجوم بطائرة مسيّرة على قاعدة حميميم، وهي المرة الأولى التي يلقى فيها جنود فرنسيون حتفهم بنيران معادية في هذه المنطقة.",
			want: nil},
		{name: "force killed before the strike noun", published: "2025-09-10",
			text: "مقتل جنديين أمريكيين بهجوم على قاعدة التنف\n\nعمّان - قُتل جنديان أمريكيان، فجر أمس الأحد، في انفجار طائرة مسيّرة مفخخة داخل قاعدة التنف، في أول حادثة يُقتل فيها عسكريون أمريكيون بنيران معادية في المنطقة منذ عامين.",
			want: nil},
		{name: "hosted force, striker in an earlier clause", published: "2025-10-02",
			text: "تعرضت قاعدة حميميم لهجوم يوم 29 أيلول/سبتمبر 2025.\n\n" +
				"وأصابت صواريخ مطاراً عسكرياً قرب حماة يرابط فيه خبراء روس إلى جانب قوات الجيش السوري، فيما طالت غارات في الليلة ذاتها مواقع لحزب الله قرب القصير.",
			want: nil},
		{name: "dateline city is no struck town", published: "2025-10-04",
			text: "هجوم صاروخي على قاعدة التنف\n\nعمّان – (وكالات)\n\nتعرضت قاعدة التنف لقصف صاروخي مساء 3 تشرين الأول/أكتوبر 2025، وردّت القوات الأمريكية بقصف مدفعي على مصادر النيران في محيط البلدة.",
			want: []string{"2025-10-03 force:us-forces"}, not: []string{"city:amman"}},
		// Control: the striking force named before its response verb.
		{name: "control: counter-battery fire keeps its actor", published: "2025-10-14",
			text: "تعرضت قاعدة عين الأسد لقصف صاروخي مساء 13 تشرين الأول/أكتوبر 2025، وردّت القوات الأمريكية بقصف مدفعي على مصادر النيران في محيط البلدة.",
			want: []string{"2025-10-13 force:us-forces"}},
	}
}

// strikeTargetCases: a day between commas before the struck towns, a
// backer's phrase that blocks only its own group, and what the strike
// answers is no target.
func strikeTargetCases() []retCase {
	return []retCase{
		{name: "day between commas before the towns", published: "2025-08-08",
			text: "تعرضت قاعدة حميميم لهجوم بطائرات مسيّرة يوم 5 آب/أغسطس 2025.\n\n" +
				"وردّت روسيا بغارات جوية استهدفت، مساء الخميس، مدينة سراقب وبلدة كفرنبل في ريف إدلب.",
			want: []string{"2025-08-07 country:russia"}, targets: []string{"city:saraqib"}},
		{name: "backer phrase blocks only its own group", published: "2025-08-12",
			text: "تعرضت قاعدة حميميم لهجوم بطائرات مسيّرة يوم 2 آب/أغسطس 2025.\n\n" +
				"وردّت روسيا في 4 آب/أغسطس بغارات جوية على مواقع قرب مدينة إدلب.\n\n" +
				"وأفاد مرصد محلي بمقتل أربعة من عناصر فيلق الشام المدعوم من أنقرة في القصف، وثلاثة من هيئة تحرير الشام.",
			want: []string{"2025-08-04 country:russia"}, targets: []string{"militia:hts"}},
		// Controls: a target after the answer clause; a backer stays out.
		{name: "control: target after the answer clause", published: "2025-08-20",
			text: "قُتل جندي تركي في هجوم على قاعدة زيلكان يوم 18 آب/أغسطس 2025.\n\n" +
				"ردّاً على الهجوم، قصفت المدفعية التركية يوم 19 آب/أغسطس مواقع لحزب العمال الكردستاني في جبال قنديل.",
			want: []string{"2025-08-19 force:turkish-army"}, targets: []string{"militia:pkk"}},
		{name: "control: the backer of the struck groups", published: "2025-08-25",
			text: "تعرضت قاعدة التنف لهجوم بمسيّرة يوم 22 آب/أغسطس 2025.\n\n" +
				"وردّت الولايات المتحدة في 24 آب/أغسطس بضربات على مقرات للجماعتين المدعومتين من الحرس الثوري قرب البوكمال.",
			want: []string{"2025-08-24 country:united-states"}, not: []string{"militia:irgc"}},
	}
}

// pluperfectCases: "وكانت … قد" tells a background strike; one on a
// group's site is kept even when it predates the article's attack.
func pluperfectCases() []retCase {
	return []retCase{
		{name: "pluperfect drone strike on a group's depot", published: "2025-11-20",
			text: "تعرضت قاعدة عين الأسد لهجوم صاروخي يوم 18 تشرين الثاني/نوفمبر 2025 تبنته كتائب سيد الشهداء.\n\n" +
				"وكانت مسيّرة أمريكية قد قصفت في 10 تشرين الثاني/نوفمبر مخزناً لكتائب سيد الشهداء قرب القائم.",
			want: []string{"2025-11-10 country:united-states"}, targets: []string{"militia:kataib-sayyid-al-shuhada"}},
		{name: "pluperfect air force strike on a group's HQ", published: "2025-12-03",
			text: "تعرضت قاعدة حرير لهجوم بمسيّرة يوم 1 كانون الأول/ديسمبر 2025.\n\n" +
				"وكان الطيران الأمريكي قد استهدف في 24 تشرين الثاني/نوفمبر مقراً لحركة النجباء في منطقة جرف الصخر.",
			want: []string{"2025-11-24 country:united-states"}, targets: []string{"militia:nujaba"}},
		// Controls: a leader's killing told as history, a third party's
		// strike, and forces that suffered an attack stay out.
		{name: "control: pluperfect killing of a leader", published: "2025-12-10",
			text: "تعرضت قاعدة عين الأسد لهجوم صاروخي يوم 8 كانون الأول/ديسمبر 2025.\n\n" +
				"وكانت غارة أمريكية بطائرة مسيّرة قد قتلت في 2 كانون الأول/ديسمبر قيادياً بارزاً في الحشد الشعبي قرب مطار بغداد.",
			want: nil},
		{name: "control: pluperfect third-party strike", published: "2025-12-14",
			text: "تعرضت قاعدة التنف لهجوم بمسيّرة يوم 12 كانون الأول/ديسمبر 2025.\n\n" +
				"وكانت غارات إسرائيلية قد استهدفت في 3 كانون الأول/ديسمبر مستودعات لحزب الله في ريف القصير.",
			want: nil},
		{name: "control: pluperfect attack suffered", published: "2025-12-18",
			text: "تعرضت قاعدة التنف لهجوم بمسيّرة يوم 16 كانون الأول/ديسمبر 2025.\n\n" +
				"وكانت القوات الأمريكية قد تعرضت لهجوم مماثل في 9 كانون الأول/ديسمبر.",
			want: nil},
	}
}

// otherStrikeCases: a sentence with a day of its own, or one that looks
// back at an earlier strike after "بعد", tells another event; a group a
// struck one belongs to is no target; an undated strike with its own time
// and its own targets stays apart.
func otherStrikeCases() []retCase {
	return []retCase{
		{name: "next-day announced result is its own strike", published: "2025-08-06",
			text: "سقطت ثلاثة صواريخ على قاعدة زيلكان مساء الأحد 3 آب/أغسطس 2025، وقالت وزارة الدفاع التركية إن قواتها ردّت فوراً على مصادر النيران بالمدفعية.\n\n" +
				"وفي اليوم التالي، أعلنت الوزارة تحييد 12 مسلحاً في غارات جوية طالت مخابئ لحزب العمال الكردستاني في جبال قنديل.",
			want: []string{"2025-08-03 force:turkish-army", "2025-08-04 force:turkish-army"}, targets: []string{"city:qandil"}},
		{name: "earlier strike after بعد is not absorbed", published: "2025-08-30",
			text: "تعرضت قاعدة زيلكان لهجوم صاروخي يوم 27 آب/أغسطس 2025.\n\n" +
				"وردّت تركيا في 28 آب/أغسطس بغارات على مخابئ لحزب العمال الكردستاني في جبال قنديل.\n\n" +
				"ويأتي ذلك بعد أسابيع من القصف الذي طال قرية قرب مدينة دهوك وحمّلت بغداد مسؤوليته للجيش التركي.",
			want: []string{"2025-08-28 country:turkey"}, targets: []string{"city:qandil"}, not: []string{"city:baghdad", "city:duhok"}},
		{name: "the body a struck group belongs to", published: "2025-09-03",
			text: "تعرضت قاعدة زيلكان لهجوم صاروخي يوم 1 أيلول/سبتمبر 2025.\n\n" +
				"وردّت تركيا في 2 أيلول/سبتمبر بغارات على مواقع قرب سنجار.\n\n" +
				"وقال مسؤول محلي إن الغارات أصابت مقراً لوحدات مقاومة سنجار، وهي فصيل منضوٍ ضمن هيئة الحشد الشعبي.",
			want: []string{"2025-09-02 country:turkey"}, targets: []string{"militia:ybs"}, not: []string{"militia:pmf"}},
		// Control: a definite anaphor with no day of its own still
		// continues the strike.
		{name: "control: the ministry adds a site", published: "2025-09-12",
			text: "تعرضت قاعدة زيلكان لهجوم صاروخي يوم 9 أيلول/سبتمبر 2025.\n\n" +
				"وردّت تركيا في 10 أيلول/سبتمبر بغارات على مخابئ لحزب العمال الكردستاني في جبال قنديل.\n\n" +
				"وأضافت الوزارة أن الغارات طالت أيضاً مستودعاً لوحدات مقاومة سنجار.",
			want: []string{"2025-09-10 country:turkey"}, targets: []string{"militia:ybs"}},
	}
}

// qualifiedResponseCases: "أول رد عسكري أمريكي مباشر على الهجمات" answers
// the attacks, even in an article that made the striking state an attacker
// of another base.
func qualifiedResponseCases() []retCase {
	return []retCase{
		{name: "adjectival response in an article with no attack told", published: "2025-10-31",
			text: "نفذت طائرات حربية أمريكية فجر اليوم الجمعة غارات على منشأتين قرب مدينة البوكمال، في أول رد عسكري أمريكي مباشر على الهجمات التي تتعرض لها قواعد التحالف منذ أسبوع.",
			want: []string{"2025-10-31 country:united-states"}, targets: []string{"city:albukamal"}},
		{name: "response noun with adjectives before على", published: "2025-10-24",
			text: "نفذت طائرات حربية أمريكية فجر اليوم الجمعة غارات على منشأتين للحرس الثوري قرب مدينة الميادين، في أول رد عسكري أمريكي مباشر على الهجمات التي تتعرض لها قواعد التحالف منذ أسبوع.\n\n" +
				"واستمر التصعيد حتى عشية الضربات الأمريكية، إذ تعرض حقل العمر مساء أمس لقصف بثلاث قذائف صاروخية.",
			want: []string{"2025-10-24 country:united-states"}, targets: []string{"city:mayadin"}},
		// Control: a promised answer is no answer.
		{name: "control: a threatened response", published: "2025-10-28",
			text: "تعرضت قاعدة حقل العمر لقصف صاروخي يوم 26 تشرين الأول/أكتوبر 2025.\n\n" +
				"وتوعدت طهران برد عسكري مباشر على أي ضربات أمريكية تطال مواقع حلفائها.",
			want: nil},
	}
}

// tollCases: a sentence soon after a strike that counts its dead names
// their groups as targets; a group in a later clause only speaks.
func tollCases() []retCase {
	return []retCase{
		{name: "monitor counts the dead by group", published: "2025-11-05",
			text: "تعرضت قاعدة حقل العمر لقصف صاروخي يوم 2 تشرين الثاني/نوفمبر 2025.\n\n" +
				"وردّت الولايات المتحدة في 4 تشرين الثاني/نوفمبر بغارات على مواقع قرب البوكمال.\n\n" +
				"وقالت مصادر محلية إن دوي الانفجارات سُمع في القائم المجاورة.\n\n" +
				"وأفاد مرصد محلي بمقتل خمسة عناصر من الميليشيات الموالية لإيران، بينهم ثلاثة من حركة النجباء، فيما لم يصدر أي تعليق من كتائب حزب الله.",
			want: []string{"2025-11-04 country:united-states"}, targets: []string{"militia:nujaba"}, not: []string{"militia:kataib-hezbollah"}},
	}
}

// quotedAnswerCases: "قالت الوزارة إن "قوات النظام قصفت ..."، مضيفة أن
// القوات التركية "ردت ..."": the answer is the Turkish forces'.
func quotedAnswerCases() []retCase {
	return []retCase{
		{name: "ministry adds that its forces answered in kind", published: "2020-03-03",
			text: "قتل ثلاثة جنود أتراك أمس الإثنين بقصف مدفعي لقوات النظام السوري على نقطة تركية قرب سراقب.\n\n" +
				"وذكرت وزارة الدفاع التركية في بيان أن \"قوات النظام قصفت نقطتنا بالمدفعية\"، مضيفة أن القوات التركية \"ردت على الفور وقصفت 40 هدفاً لقوات النظام\".",
			want: []string{"2020-03-02 country:turkey"}},
		{name: "ministry stresses that the army answered", published: "2020-03-03",
			text: "قتل جنديان تركيان أمس الإثنين في قصف لقوات النظام السوري على نقطة تركية قرب سراقب.\n\n" +
				"وأفادت وزارة الدفاع التركية بأن \"قوات النظام استهدفت جنودنا\"، مؤكدة أن القوات التركية \"ردت بالمثل وضربت مواقع لقوات النظام\".",
			want: []string{"2020-03-02 country:turkey"}},
		{name: "army statement adds that the army answered", published: "2020-03-03",
			text: "قتل جنديان تركيان أمس الإثنين في قصف لقوات النظام السوري على رتل تركي قرب سراقب.\n\n" +
				"وأعلن الجيش التركي في بيان أن \"قوات النظام قصفت رتلنا قرب سراقب\"، وأضاف أن الجيش التركي \"رد على الفور وقصف مواقع لقوات النظام\".",
			want: []string{"2020-03-02 country:turkey"}},
		{name: "control: the force answers with no quote", published: "2020-03-03",
			text: "قتل ثلاثة جنود أتراك أمس الإثنين بقصف مدفعي لقوات النظام السوري على نقطة تركية قرب سراقب.\n\n" +
				"وردت القوات التركية بقصف مواقع لقوات النظام قرب سراقب.",
			want: []string{"2020-03-02 country:turkey"}},
	}
}

// answeredDayCases: "في هجوم على قاعدة X يوم 5 آذار، ردت عليه واشنطن
// بغارات": the day is the attack's; the answer has no day of its own.
func answeredDayCases() []retCase {
	return []retCase{
		{name: "attack day before ردت عليه", published: "2025-04-02",
			text: "ناقش البرلمان العراقي اليوم مشروع قرار بشأن القوات الأجنبية.\n\n" +
				"وكان التوتر قد تصاعد منذ مقتل جندي أمريكي في هجوم صاروخي على قاعدة حرير يوم 5 آذار، ردت عليه واشنطن بغارات على مواقع لكتائب حزب الله في القائم.",
			want: []string{" country:united-states"}, targets: []string{"city:al-qaim"}},
		{name: "attack day before ردت عليها with a feminine attack", published: "2025-04-02",
			text: "ناقش البرلمان العراقي اليوم مشروع قرار بشأن القوات الأجنبية.\n\n" +
				"وكانت الأزمة قد بدأت بضربة صاروخية على قاعدة عين الأسد في 9 آذار، ردت عليها واشنطن بغارات على مواقع لكتائب حزب الله في جرف الصخر.",
			want: []string{" country:united-states"}, targets: []string{"city:jurf-al-sakhar"}},
		{name: "attack day before والذي ردت عليه", published: "2025-04-02",
			text: "ناقش البرلمان العراقي اليوم مشروع قرار بشأن القوات الأجنبية.\n\n" +
				"وتعود الأزمة إلى الهجوم بالمسيرات على قاعدة التنف في 2 آذار، والذي ردت عليه الولايات المتحدة بغارات على مواقع لكتائب حزب الله في البوكمال.",
			want: []string{" country:united-states"}, targets: []string{"city:albukamal"}},
		{name: "control: the answer's own day after the verb", published: "2025-04-02",
			text: "ناقش البرلمان العراقي اليوم مشروع قرار بشأن القوات الأجنبية.\n\n" +
				"وكان التوتر قد تصاعد منذ هجوم صاروخي على قاعدة حرير، ردت عليه واشنطن يوم 7 آذار بغارات على مواقع لكتائب حزب الله في القائم.",
			want: []string{"2025-03-07 country:united-states"}, targets: []string{"city:al-qaim"}},
	}
}

// reachedLaterCases: the sites a quoted answer hit are told in a later
// sentence by other sources: "أفادت مصادر بأن القصف التركي طال مواقع لـX".
func reachedLaterCases() []retCase {
	quoted := "قتل ثلاثة جنود أتراك أمس الإثنين بقصف مدفعي لقوات النظام السوري على نقطة تركية قرب سراقب.\n\n" +
		"وذكرت وزارة الدفاع التركية في بيان أن \"قوات النظام قصفت نقطتنا بالمدفعية\"، مضيفة أن القوات التركية \"ردت على الفور وقصفت 40 هدفاً\".\n\n"
	return []retCase{
		{name: "sources tell the sites the shelling reached", published: "2020-03-03",
			text: quoted + "وأفادت مصادر محلية بأن القصف التركي طال مواقع لقوات النظام وعناصر من حزب الله قرب بلدة سراقب.",
			want: []string{"2020-03-02 country:turkey"}, targets: []string{"force:syrian-regime-forces", "militia:hezbollah"}},
		{name: "a minister's words between", published: "2020-03-03",
			text: quoted + "وقال وزير الدفاع التركي إن الرد \"كان حاسماً\".\n\n" +
				"وأفادت مصادر في المعارضة بأن القصف التركي طال مواقع لقوات النظام وعناصر من حزب الله في محيط مدينة سراقب.",
			want: []string{"2020-03-02 country:turkey"}, targets: []string{"force:syrian-regime-forces", "militia:hezbollah"}},
		{name: "the observatory tells what the strikes hit", published: "2020-03-03",
			text: quoted + "وذكر المرصد أن الضربات التركية طالت مواقع لقوات النظام ولحزب الله قرب سراقب.",
			want: []string{"2020-03-02 country:turkey"}, targets: []string{"militia:hezbollah"}},
		{name: "the strikes targeted sites of the regime forces", published: "2020-03-03",
			text: quoted + "وذكر المرصد أن الضربات التركية استهدفت مواقع لقوات النظام ولحزب الله قرب سراقب.",
			want: []string{"2020-03-02 country:turkey"}, targets: []string{"militia:hezbollah"}},
	}
}

// TestLaterTargetsNotTrusted: an undated strike told after a dated one
// that already names its targets does not add its own (its targets are not
// trusted, see foldUndated); only a dated strike with no target takes them.
func TestLaterTargetsNotTrusted(t *testing.T) {
	x := extract.New(loadLexicon(t))
	cases := []struct {
		name, text string
		absent     string
	}{
		{name: "dated strike with its own targets",
			text: "قتل ثلاثة جنود أتراك أمس الإثنين بقصف مدفعي لقوات النظام السوري على نقطة تركية قرب سراقب.\n\n" +
				"وردت القوات التركية على الفور بقصف مواقع لقوات النظام قرب سراقب.\n\n" +
				"وأفادت مصادر محلية بأن القصف التركي طال عناصر من حزب الله.",
			absent: "militia:hezbollah"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			doc := run(t, x, "2020-03-03", tc.text)
			if len(doc.Retaliations) == 0 {
				t.Fatalf("no retaliation")
			}
			for _, r := range doc.Retaliations {
				if contains(r.Targets, tc.absent) {
					t.Errorf("retaliation %s targets %v, want no %s", r.ID, r.Targets, tc.absent)
				}
			}
		})
	}
}

// qualifiedAnswerCases: the strike is tied to the attack by a response noun
// that an ordinal, an adjective or a quote parts from its "على" ("الرد
// الأول على"، "رداً حاسماً على"، "«الرد الأمريكي الأول» على"), in articles
// that pin the attack on a state (Iran): the answer must not be taken for
// another state's background strike.
func qualifiedAnswerCases() []retCase {
	attack := "قُتل جنديان أمريكيان في هجوم بطائرة مسيرة على قاعدة التنف فجر الأحد، واتهمت واشنطن إيران بالوقوف وراء الهجوم.\n\n"
	us := []string{"2025-06-03 country:united-states"}
	return []retCase{
		{name: "described as the first answer, quoted", published: "2025-06-04",
			text: attack + "وشنت مقاتلات أمريكية مساء الثلاثاء غارات على مواقع لكتائب حزب الله في القائم، في ما وصفه البنتاغون بأنه «الرد الأول» على هجوم التنف.",
			want: us, targets: []string{"city:al-qaim"}},
		{name: "an initial answer, said after the strike", published: "2025-06-04",
			text: attack + "وقصفت طائرات أمريكية مساء الثلاثاء مستودعات لكتائب حزب الله في البوكمال، وقال البنتاغون إنها رد أولي على الهجوم.",
			want: us, targets: []string{"city:albukamal"}},
		{name: "indefinite answer with an adjective", published: "2025-06-04",
			text: attack + "واستهدفت غارات أمريكية مساء الثلاثاء مقرات لحركة النجباء في جرف الصخر، في ما اعتبرته واشنطن ردا حاسما على مقتل جنودها.",
			want: us, targets: []string{"city:jurf-al-sakhar"}},
		{name: "country adjective and ordinal between noun and على", published: "2025-06-04",
			text: attack + "ونفذت القوات الأمريكية مساء الثلاثاء ضربات على مواقع لكتائب سيد الشهداء في الميادين، وهي الضربات التي قدمتها واشنطن على أنها الرد الأمريكي الأول على الهجوم.",
			want: us, targets: []string{"city:mayadin"}},
		{name: "control: plain answer cue", published: "2025-06-04",
			text: attack + "وشنت مقاتلات أمريكية مساء الثلاثاء غارات على مواقع لكتائب حزب الله في القائم ردا على الهجوم.",
			want: us, targets: []string{"city:al-qaim"}},
		{name: "control: a promised first answer is no strike", published: "2025-06-04",
			text: attack + "وتوعد البنتاغون بأن يكون الرد الأول على الهجوم قاسيا.",
			want: nil},
	}
}

// blamedGroupCases: fire returned "at the sources of fire" with no place or
// group named, that kills or neutralises fighters, strikes the group the
// striker's side, or the article's own voice, pins the attack on; a place
// named, no one hit, or a group only suspected by others adds no group.
func blamedGroupCases() []retCase {
	return []retCase{
		{name: "ministry blames the group and returns fire in one sentence", published: "2025-07-06",
			text: "سقطت أربع قذائف على قاعدة زليكان التركية مساء السبت.\n\n" +
				"وحمّلت وزارة الدفاع التركية حزب العمال الكردستاني المسؤولية عن القصف، مؤكدة أن قواتها ردت بالمثل على مصادر النيران وحيّدت عدداً من المسلحين.",
			want: []string{"2025-07-05 country:turkey"}, targets: []string{"militia:pkk"}},
		{name: "the group fired, the army answered at once", published: "2025-07-06",
			text: "أعلنت وزارة الدفاع التركية أن مسلحي حزب العمال الكردستاني أطلقوا صواريخ على قاعدة زليكان مساء السبت.\n\n" +
				"وأضافت الوزارة أن القوات التركية ردت على الفور على مصادر النيران، ما أسفر عن تحييد ثلاثة إرهابيين.",
			want: []string{"2025-07-05 country:turkey"}, targets: []string{"militia:pkk"}},
		{name: "us forces return fire at the launch sites", published: "2025-07-06",
			text: "استهدفت طائرة مسيرة قاعدة التنف فجر السبت، وقال الجيش الأمريكي إن كتائب حزب الله تقف وراء الهجوم.\n\n" +
				"وردت القوات الأمريكية على الفور على مصادر النيران وقتلت مسلحين اثنين.",
			want: []string{"2025-07-05 country:united-states"}, targets: []string{"militia:kataib-hezbollah"}},
		{name: "control: the place fired from is named", published: "2025-07-06",
			text: "سقطت أربع قذائف على قاعدة زليكان التركية مساء السبت.\n\n" +
				"وحمّلت وزارة الدفاع التركية حزب العمال الكردستاني المسؤولية عن القصف، مؤكدة أن المدفعية التركية ردت على مصادر النيران في محيط سنجار وحيدت مسلحين.",
			want: []string{"2025-07-05 country:turkey"}, not: []string{"militia:pkk"}},
		{name: "control: fire returned with no one hit", published: "2025-07-06",
			text: "سقطت أربع قذائف على قاعدة زليكان التركية مساء السبت.\n\n" +
				"وحمّلت وزارة الدفاع التركية حزب العمال الكردستاني المسؤولية عن القصف، مؤكدة أن قواتها ردت بالمثل على مصادر النيران.",
			want: []string{"2025-07-05 country:turkey"}, not: []string{"militia:pkk"}},
		{name: "control: a group only suspected by observers", published: "2025-07-06",
			text: "سقطت أربع قذائف على قاعدة زليكان التركية مساء السبت، وردت القوات التركية على الفور على مصادر النيران وحيدت مسلحين.\n\n" +
				"ورجح مراقبون أن يكون حزب العمال الكردستاني وراء الهجوم.",
			want: []string{"2025-07-05 country:turkey"}, not: []string{"militia:pkk"}},
	}
}

// targetOwnerCases: a sentence after the strike tells whose the struck
// targets were ("الأهداف تعود لـX"، "المواقع المستهدفة تابعة لـX"، "المنشآت
// التي قُصفت يستخدمها X"): the owners are targets of the strike; a group
// that only speaks of the strike is not.
func targetOwnerCases() []retCase {
	strike := "أصيب أربعة جنود أمريكيين في هجوم بطائرة مسيرة على قاعدة حرير مساء الأحد.\n\n" +
		"وشنت طائرات أمريكية فجر الثلاثاء غارات على مواقع في القائم ردا على الهجوم.\n\n"
	us := []string{"2025-08-12 country:united-states"}
	return []retCase{
		{name: "the command says the targets belong to the group", published: "2025-08-13",
			text: strike + "وقالت القيادة المركزية الأمريكية إن الأهداف تعود لكتائب حزب الله.",
			want: us, targets: []string{"militia:kataib-hezbollah", "city:al-qaim"}},
		{name: "the targeted sites are affiliated with two groups", published: "2025-08-13",
			text: strike + "وأوضح البنتاغون أن المواقع المستهدفة تابعة لحركة النجباء وكتائب سيد الشهداء.",
			want: us, targets: []string{"militia:nujaba", "militia:kataib-sayyid-al-shuhada"}},
		{name: "participle first: the targets claimed to be the group's", published: "2025-08-13",
			text: strike + "وزعمت واشنطن في بيان أن الأهداف التي ضربتها طائراتها تتبع كتائب حزب الله.",
			want: us, targets: []string{"militia:kataib-hezbollah"}},
		{name: "the struck facilities are used by the group", published: "2025-08-13",
			text: strike + "وأضاف البيان أن المنشآت المستهدفة يستخدمها عناصر من حركة النجباء.",
			want: us, targets: []string{"militia:nujaba"}},
		{name: "a list of owners through a relative clause", published: "2025-08-13",
			text: strike + "وقالت القيادة المركزية إن الأهداف تعود لفيلق القدس الذي يتبع الحرس الثوري والفصائل الموالية له، وأبرزها حركة النجباء.",
			want: us, targets: []string{"militia:quds-force", "militia:nujaba"}},
		{name: "control: the owners' list ends before a later group", published: "2025-08-13",
			text: strike + "وأكدت هيئة الحشد الشعبي أن المواقع المستهدفة تتبع القوات الأمنية العراقية ومكلفة بملاحقة خلايا تنظيم داعش.",
			want: us, not: []string{"militia:isis", "militia:pmf"}},
		{name: "control: the group only condemns the strike", published: "2025-08-13",
			text: strike + "ونددت كتائب حزب الله بالغارات.",
			want: us, not: []string{"militia:kataib-hezbollah"}},
		{name: "control: the group says the sites were not its own", published: "2025-08-13",
			text: strike + "ونفت كتائب حزب الله أن تكون المواقع المستهدفة تابعة لها.",
			want: us, not: []string{"militia:kataib-hezbollah"}},
	}
}

// answerThenObjectCases: the answer phrase stands between the strike noun
// and the verb that tells what it hit ("غارات رداً على الهجوم استهدفت
// مواقع لـX"): the verb after a definite attack noun with no relative
// pronoun belongs to the indefinite strike noun, so its objects are the
// strike's targets, not the attack's.
func answerThenObjectCases() []retCase {
	attack := "أصيب ثلاثة جنود أمريكيين في هجوم صاروخي على قاعدة حرير مساء الأحد.\n\n"
	us := []string{"2025-09-09 country:united-states"}
	return []retCase{
		{name: "answer then targeted", published: "2025-09-10",
			text: attack + "وشنت طائرات أمريكية فجر الثلاثاء غارات ردا على الهجوم استهدفت مواقع لكتائب حزب الله في القائم.",
			want: us, targets: []string{"militia:kataib-hezbollah", "city:al-qaim"}},
		{name: "revenge then reached", published: "2025-09-10",
			text: attack + "ونفذت مقاتلات أمريكية فجر الثلاثاء ضربات انتقاما لمقتل الجنود طالت مخازن لحركة النجباء في البوكمال.",
			want: us, targets: []string{"militia:nujaba", "city:albukamal"}},
		{name: "answer to the attack on the base then hit", published: "2025-09-10",
			text: attack + "وشنت القوات الأمريكية فجر الثلاثاء ضربات جوية ردا على الهجوم على قاعدة حرير أصابت مقرات لكتائب سيد الشهداء قرب الميادين.",
			want: us, targets: []string{"militia:kataib-sayyid-al-shuhada", "city:mayadin"}},
		{name: "control: the answer as an aside", published: "2025-09-10",
			text: attack + "وقصفت طائرات أمريكية، ردا على هجوم حرير، مواقع لكتائب حزب الله في القائم فجر الثلاثاء.",
			want: us, targets: []string{"militia:kataib-hezbollah", "city:al-qaim"}},
		{name: "control: answer verb with the strike after it", published: "2025-09-10",
			text: attack + "وردت الولايات المتحدة على الهجوم فجر الثلاثاء بغارات استهدفت مواقع لكتائب حزب الله في القائم.",
			want: us, targets: []string{"militia:kataib-hezbollah", "city:al-qaim"}},
	}
}

// proxyStrikeCases: an article pins its attack on a state (Iran) and tells,
// with no response word, of strikes on groups that state backs or commands:
// those strikes answer the attack. Strikes by a third state on groups the
// blamed state does not back stay background.
func proxyStrikeCases() []retCase {
	blamed := "قُتل جندي أمريكي في هجوم بطائرة مسيرة على قاعدة التنف فجر الأحد، واتهمت واشنطن إيران بالوقوف وراء الهجوم.\n\n"
	us := []string{"2025-10-07 country:united-states"}
	return []retCase{
		{name: "strikes on a group the blamed state backs", published: "2025-10-08",
			text: blamed + "وشنت مقاتلات أمريكية مساء الثلاثاء غارات على مواقع لكتائب حزب الله في القائم.",
			want: us, targets: []string{"militia:kataib-hezbollah"}},
		{name: "depots of another backed group, the blame put by the pentagon", published: "2025-10-08",
			text: "قُتل جندي أمريكي في هجوم بطائرة مسيرة على قاعدة التنف فجر الأحد.\n\nوحمّل البنتاغون طهران المسؤولية عن الهجوم.\n\n" +
				"وقصفت طائرات أمريكية مساء الثلاثاء مستودعات لحركة النجباء في البوكمال.",
			want: us, targets: []string{"militia:nujaba"}},
		{name: "sites of the blamed state's own corps", published: "2025-10-08",
			text: blamed + "واستهدفت غارات أمريكية مساء الثلاثاء مواقع للحرس الثوري قرب الميادين.",
			want: us, targets: []string{"city:mayadin"}},
		{name: "control: a third state strikes a group the blamed state does not back", published: "2025-10-08",
			text: "اتهمت دمشق إسرائيل بقصف مطار التيفور مساء الأحد.\n\n" +
				"وشنت طائرات روسية مساء الثلاثاء غارات على مواقع لهيئة تحرير الشام في ريف إدلب.",
			want: nil},
	}
}

// longOwnerPlaceCases: the town where the sites lie comes after a long
// phrase naming whose they are (units with numbers, "التابع لـ"، "ضمن"،
// "المنضوية في"): it is still where the strike hit, and the body the group
// belongs to is no target. The answer phrase may stand between the verb
// and its object ("قصفت ... رداً على الهجوم مخازن ...").
func longOwnerPlaceCases() []retCase {
	attack := "سقطت صواريخ على قاعدة عين الأسد مساء الأحد.\n\n"
	us := []string{"2025-11-04 country:united-states"}
	return []retCase{
		{name: "numbered brigade of a group within the pmf", published: "2025-11-05",
			text: attack + "وشنت طائرات أمريكية مساء الثلاثاء ردا على الهجوم غارات على مقرات للواء 46 التابع لكتائب حزب الله ضمن هيئة الحشد الشعبي في قضاء القائم.",
			want: us, targets: []string{"city:al-qaim"}},
		{name: "depots of a group that belongs to the pmf", published: "2025-11-05",
			text: attack + "وقصفت مقاتلات أمريكية مساء الثلاثاء ردا على الهجوم مخازن أسلحة تابعة لحركة النجباء المنضوية في الحشد الشعبي في مدينة البوكمال.",
			want: us, targets: []string{"city:albukamal", "militia:nujaba"}, not: []string{"militia:pmf"}},
		{name: "a numbered regiment of a group", published: "2025-11-05",
			text: attack + "واستهدفت ضربات أمريكية مساء الثلاثاء ردا على الهجوم مواقع للفوج 3 التابع لكتائب سيد الشهداء في مدينة الميادين.",
			want: us, targets: []string{"city:mayadin"}},
		{name: "control: a group's official speaks in a city", published: "2025-11-05",
			text: attack + "وشنت طائرات أمريكية مساء الثلاثاء غارات على مقرات لكتائب حزب الله في القائم ردا على الهجوم.\n\n" +
				"وقال مسؤول في الحشد الشعبي في بغداد إن الغارات لم تسفر عن إصابات.",
			want: us, targets: []string{"city:al-qaim"}, not: []string{"city:baghdad"}},
	}
}

// launchSiteCases: a strike on the sites the attack was launched from
// ("مواقع إطلاق الصواريخ"، "منصات الإطلاق"، "مصادر النيران") or on those
// who carried it out ("المسلحين الذين أطلقوا المسيرات"، "الجهات المسؤولة
// عن الهجوم") answers that attack, even with no place named; with no day
// of its own it takes the attack's day. A strike with its own day keeps it.
func launchSiteCases() []retCase {
	asad := "سقطت ثلاثة صواريخ على قاعدة عين الأسد مساء الأحد، ما أدى إلى إصابة جنديين أمريكيين.\n\n"
	zilkan := "سقطت قذائف على قاعدة زليكان التركية مساء الأحد.\n\n"
	hmeimim := "هاجمت طائرات مسيرة قاعدة حميميم مساء الأحد.\n\n"
	return []retCase{
		{name: "artillery at the launch sites near a town", published: "2025-03-12",
			text: asad + "وقصفت المدفعية الأمريكية المتمركزة في القاعدة مواقع إطلاق الصواريخ قرب بلدة البغدادي.",
			want: []string{"2025-03-09 country:united-states"}, targets: []string{"city:baghdadi"}},
		{name: "a warplane destroyed the launch truck shortly after", published: "2025-03-12",
			text: asad + "وقال مسؤول أمريكي إن طائرة حربية أمريكية دمرت شاحنة إطلاق الصواريخ قرب بلدة البغدادي بعد وقت قصير من الهجوم.",
			want: []string{"2025-03-09 country:united-states"}, targets: []string{"city:baghdadi"}},
		{name: "a drone hit the rocket launcher", published: "2025-03-12",
			text: asad + "واستهدفت طائرة مسيرة أمريكية راجمة الصواريخ قرب بلدة البغدادي.",
			want: []string{"2025-03-09 country:united-states"}, targets: []string{"city:baghdadi"}},
		{name: "turkish artillery at the launch pads", published: "2025-03-12",
			text: zilkan + "واستهدفت المدفعية التركية منصات الإطلاق قرب سنجار.",
			want: []string{"2025-03-09 country:turkey"}, targets: []string{"city:sinjar"}},
		{name: "helicopters at the sources of fire", published: "2025-03-12",
			text: asad + "وضربت مروحيات أمريكية مصادر النيران في محيط بلدة البغدادي.",
			want: []string{"2025-03-09 country:united-states"}, targets: []string{"city:baghdadi"}},
		{name: "the fighters who launched the drones", published: "2025-03-12",
			text: hmeimim + "وشن الطيران الروسي فجر الثلاثاء غارات على مواقع المسلحين الذين أطلقوا المسيرات في ريف إدلب.",
			want: []string{"2025-03-11 country:russia"}},
		{name: "those responsible for the attack", published: "2025-03-12",
			text: asad + "ونفذت القوات الأمريكية فجر الثلاثاء ضربات ضد الجهات المسؤولة عن الهجوم في محافظة الأنبار.",
			want: []string{"2025-03-11 country:united-states"}},
		{name: "launch pads in an unnamed village", published: "2025-03-12",
			text: hmeimim + "وقصفت المقاتلات الروسية منصات إطلاق الطائرات المسيرة في قرية قريبة.",
			want: []string{"2025-03-09 country:russia"}},
		{name: "control: launch sites struck before the attack", published: "2025-03-12",
			text: "استهدفت قذائف قاعدة عين الأسد مساء الأحد.\n\nوجاء الهجوم غداة قيام التحالف الدولي بشن ضربات ضد مواقع لإطلاق الصواريخ في البادية.",
			want: []string{" force:international-coalition"}}, // an earlier strike: not given the attack's day
		{name: "control: the strike's own day", published: "2025-03-12",
			text: asad + "وفجر الثلاثاء، قصفت طائرات أمريكية مواقع إطلاق صواريخ قرب بلدة البغدادي.",
			want: []string{"2025-03-11 country:united-states"}, targets: []string{"city:baghdadi"}},
	}
}

// laterSameDayCases: a strike told "وفي وقت لاحق" or "وبعد دقائق" after
// the attack, with no day of its own, is on the attack's day.
func laterSameDayCases() []retCase {
	tanf := "استهدفت مسيرة قاعدة التنف مساء الأحد.\n\n"
	return []retCase{
		{name: "later, coalition aircraft struck", published: "2025-03-12",
			text: tanf + "وفي وقت لاحق، قصفت طائرات التحالف الدولي مواقع لكتائب حزب الله في البوكمال.",
			want: []string{"2025-03-09 force:international-coalition"}, targets: []string{"city:albukamal"}},
		{name: "minutes after, helicopters answered", published: "2025-03-12",
			text: tanf + "وبعد دقائق، قصفت مروحيات أمريكية تجمعات لحركة النجباء قرب الميادين.",
			want: []string{"2025-03-09 country:united-states"}, targets: []string{"city:mayadin"}},
		{name: "control: a day of its own", published: "2025-03-12",
			text: tanf + "وفي وقت لاحق، وتحديداً فجر الثلاثاء، قصفت طائرات أمريكية مواقع لكتائب حزب الله في البوكمال.",
			want: []string{"2025-03-11 country:united-states"}, targets: []string{"city:albukamal"}},
	}
}

// forceConstructCases: sites struck of a state's force written as a
// construct ("مواقع قوات النظام") make the force a target as "مواقع لقوات
// النظام" does.
func forceConstructCases() []retCase {
	attack := "قصفت قوات النظام السوري مطار تفتناز العسكري الذي تتمركز فيه قوات تركية مساء الأحد.\n\n"
	tr := []string{"2025-03-09 country:turkey"}
	return []retCase{
		{name: "answered by shelling the force's positions", published: "2025-03-10",
			text: attack + "وردت المدفعية التركية على الفور بقصف مواقع قوات النظام في محيط سراقب.",
			want: tr, targets: []string{"force:syrian-regime-forces"}},
		{name: "headquarters of the force", published: "2025-03-10",
			text: attack + "واستهدفت المدفعية التركية على الفور ردا على الهجوم مقرات قوات النظام قرب سراقب.",
			want: tr, targets: []string{"force:syrian-regime-forces"}},
		{name: "control: with li", published: "2025-03-10",
			text: attack + "وردت المدفعية التركية على الفور بقصف مواقع لقوات النظام في محيط سراقب.",
			want: tr, targets: []string{"force:syrian-regime-forces"}},
	}
}

// ownStrikeNounCases: a strike noun with a possessive pronoun in a state's
// words ("قالت واشنطن إن ضرباتها ..."، "أكدت أنقرة أن غاراتها ...") tells
// of the speaker's own strike.
func ownStrikeNounCases() []retCase {
	asad := "سقطت صواريخ على قاعدة عين الأسد مساء الأحد.\n\n"
	zilkan := "سقطت قذائف على قاعدة زليكان التركية مساء الأحد.\n\n"
	return []retCase{
		{name: "washington says its strikes answered", published: "2025-03-12",
			text: asad + "وقالت واشنطن إن ضرباتها فجر الثلاثاء على مواقع لكتائب حزب الله في القائم جاءت ردا على الهجوم.",
			want: []string{"2025-03-11 country:united-states"}, targets: []string{"militia:kataib-hezbollah"}},
		{name: "ankara stresses its raids hit the group", published: "2025-03-12",
			text: zilkan + "وأكدت أنقرة أن غاراتها فجر الثلاثاء أصابت مواقع لحزب العمال الكردستاني في سنجار ردا على القصف.",
			want: []string{"2025-03-11 country:turkey"}, targets: []string{"militia:pkk", "city:sinjar"}},
		{name: "the minister says his country's strike", published: "2025-03-12",
			text: asad + "وأعلن وزير الدفاع الأمريكي أن ضربته فجر الثلاثاء استهدفت مقرا لحركة النجباء في البوكمال ردا على الهجوم.",
			want: []string{"2025-03-11 country:united-states"}, targets: []string{"militia:nujaba"}},
		{name: "control: the group speaks of its own attacks", published: "2025-03-12",
			text: asad + "وقالت كتائب حزب الله إن ضرباتها ستتواصل ضد القواعد الأمريكية.",
			want: nil},
	}
}

// stateBeforeVerbCases: the striking state named before its verb, in a
// pluperfect ("وكانت الولايات المتحدة قد ردت بضرب ...") or a nominal
// sentence ("والولايات المتحدة ردت بغارات ...").
func stateBeforeVerbCases() []retCase {
	asad := "سقطت صواريخ على قاعدة عين الأسد مساء الأحد.\n\n"
	us := []string{"2025-03-11 country:united-states"}
	return []retCase{
		{name: "pluperfect answer with a verbal noun", published: "2025-03-12",
			text: asad + "وكانت الولايات المتحدة قد ردت فجر الثلاثاء بضرب مواقع لكتائب حزب الله في القائم.",
			want: us, targets: []string{"militia:kataib-hezbollah"}},
		{name: "pluperfect shelling with an answer cue", published: "2025-03-12",
			text: "سقطت قذائف على قاعدة زليكان التركية مساء الأحد.\n\n" +
				"وكانت تركيا قد قصفت فجر الثلاثاء مواقع لحزب العمال الكردستاني في سنجار ردا على الهجوم.",
			want: []string{"2025-03-11 country:turkey"}, targets: []string{"militia:pkk"}},
		{name: "nominal sentence", published: "2025-03-12",
			text: asad + "والولايات المتحدة ردت فجر الثلاثاء بغارات على مواقع لكتائب حزب الله في القائم.",
			want: us, targets: []string{"militia:kataib-hezbollah"}},
		{name: "pluperfect with a carrying verb and a strike noun", published: "2025-03-12",
			text: asad + "وكانت الولايات المتحدة قد نفذت فجر الثلاثاء ضربات على مواقع لكتائب حزب الله في القائم ردا على الهجوم.",
			want: us, targets: []string{"militia:kataib-hezbollah"}},
		{name: "nominal sentence with a carrying verb", published: "2025-03-12",
			text: "سقطت قذائف على قاعدة زليكان التركية مساء الأحد.\n\n" +
				"وتركيا وجهت فجر الثلاثاء غارات إلى مخابئ لحزب العمال الكردستاني في سنجار ردا على القصف.",
			want: []string{"2025-03-11 country:turkey"}, targets: []string{"militia:pkk"}},
		{name: "control: a state that only warns", published: "2025-03-12",
			text: asad + "وكانت إيران قد حذرت من ضربات على مواقع الفصائل في العراق.",
			want: nil},
	}
}

// relativeDayCases: a strike told on the night after the attack ("في الليلة
// التالية"، "اليوم التالي" without ل) and an attack told as coming a counted
// number of hours after a strike ("بعد 48 ساعة من"، "بعد أقل من 30 ساعة
// على"). A bound on a span of days ("بعد أقل من أسبوع على") counts nothing.
func relativeDayCases() []retCase {
	taji := "سقطت صواريخ على معسكر التاجي مساء الأربعاء.\n\n"
	us := []string{"2025-03-13 country:united-states"}
	return []retCase{
		{name: "the night after, verb with an elided subject", published: "2025-03-15",
			text: taji + "واتهمت واشنطن كتائب حزب الله بالهجوم، ونفذت في الليلة التالية غارات على مخازن للكتائب في جرف الصخر.",
			want: us, targets: []string{"militia:kataib-hezbollah"}},
		{name: "the day after without l, elided subject", published: "2025-03-15",
			text: taji + "وحملت واشنطن عصائب أهل الحق المسؤولية، وشنت في اليوم التالي ضربات على مقرات للعصائب في جرف الصخر.",
			want: us, targets: []string{"militia:asaib-ahl-al-haq"}},
		{name: "attack less than 48 hours after strikes", published: "2025-03-16",
			text: "قتل جنديان في هجوم بطائرة مسيرة على قاعدة التنف فجر اليوم الأحد، بعد أقل من 48 ساعة من ضربات أمريكية على مواقع لحركة النجباء في البوكمال.",
			want: []string{"2025-03-14 country:united-states"}, targets: []string{"militia:nujaba"}},
		{name: "attack 30 hours after raids", published: "2025-03-16",
			text: "سقطت قذائف على قاعدة حرير فجر اليوم الأحد، بعد نحو 30 ساعة من غارات أمريكية على مخازن لكتائب حزب الله في القائم.",
			want: []string{"2025-03-15 country:united-states"}, targets: []string{"militia:kataib-hezbollah"}},
		{name: "raids 48 hours after the attack", published: "2025-03-15",
			text: taji + "وبعد 48 ساعة من الهجوم، قصفت طائرات أمريكية مخازن لكتائب حزب الله في جرف الصخر.",
			want: []string{"2025-03-14 country:united-states"}, targets: []string{"militia:kataib-hezbollah"}},
		{name: "control: less than a week after raids with their own day", published: "2025-03-15",
			text: "سقطت صواريخ على قاعدة حرير مساء الأربعاء 12 آذار.\n\n" +
				"ويأتي الهجوم بعد أقل من أسبوع على غارات أمريكية استهدفت فجر الخميس 6 آذار مواقع لكتائب حزب الله في القائم.",
			want: []string{"2025-03-06 country:united-states"}, targets: []string{"militia:kataib-hezbollah"}},
		{name: "control: raids on a day of their own", published: "2025-03-15",
			text: taji + "وشنت طائرات أمريكية فجر الخميس غارات على مخازن لكتائب حزب الله في جرف الصخر ردا على الهجوم.",
			want: us, targets: []string{"militia:kataib-hezbollah"}},
	}
}

// dualStrikeCases: two strikes written with a dual noun after a verb that
// is no strike word itself ("نفذت ... ضربتين"، "شن الطيران غارتين").
func dualStrikeCases() []retCase {
	harir := "استهدفت طائرة مسيرة قاعدة حرير مساء الخميس.\n\n"
	return []retCase{
		{name: "the strike a state claims is the attack, the earlier strikes stay", published: "2020-01-14",
			text: "سقطت صواريخ باليستية فجر الأربعاء الماضي على قاعدة حرير الجوية. وأعلن الحرس الثوري الإيراني مسؤوليته عن الضربة، وقال إنها \"الرد الأول\" على مقتل قائد فيلق القدس قاسم سليماني بضربة أميركية قرب مطار بغداد مطلع الشهر الجاري، وهي الضربة التي قتل فيها أيضاً نائب رئيس هيئة الحشد الشعبي أبو مهدي المهندس.\n\n" +
				"ففي السابع والعشرين من الشهر الماضي، سقط أكثر من ثلاثين صاروخاً على قاعدة التاجي شمال بغداد. وحمّلت واشنطن كتائب حزب الله مسؤولية الهجوم، فيما نفت الكتائب أي صلة لها به. وبعد يومين، شنت طائرات أميركية غارات على خمسة مواقع للكتائب في العراق وسوريا، بينها مواقع قرب مدينة القائم الحدودية.",
			want: []string{"2019-12-29 country:united-states"}, targets: []string{"militia:kataib-hezbollah"}, not: []string{"militia:pmf"}},
		{name: "a counted singular target of the group named again", published: "2025-02-05",
			text: "أطلق مسلحون مساء الأحد عدة قذائف صاروخية على مطار منغ العسكري شمال حلب. ونسبت وزارة الدفاع التركية الهجوم إلى وحدات حماية الشعب الكردية، وأعلنت أن القوات التركية دمرت 14 هدفاً للتنظيم الإرهابي في ريف منبج في اليوم التالي رداً على الهجوم.",
			want: []string{"2025-02-03 country:turkey"}, targets: []string{"militia:ypg"}},
		{name: "an answer at once to an attack on a base near a town: the town is the attack's", published: "2024-12-12",
			text: "سقطت صواريخ مساء الأربعاء على قاعدة زيلكان التركية شمال الموصل.\n\n" +
				"وقالت وزارة الدفاع التركية إن المدفعية التركية ردت بالمثل وفوراً على هجوم استهدف قاعدة زيلكان قرب بعشيقة، بقصف مواقع لحزب العمال الكردستاني في جبل قنديل.",
			want: []string{"2024-12-11 country:turkey"}, targets: []string{"militia:pkk"}, not: []string{"city:bashiqa"}},
		{name: "two strikes carried out by jets", published: "2025-03-14",
			text: harir + "ونفذت مقاتلات أمريكية فجر الجمعة ضربتين على منشأتين للحرس الثوري قرب البوكمال ردا على الهجوم.",
			want: []string{"2025-03-14 country:united-states"}, targets: []string{"militia:irgc"}},
		{name: "two raids on depots", published: "2025-03-14",
			text: harir + "ونفذت طائرات أمريكية فجر الجمعة غارتين على مخزنين لكتائب حزب الله في القائم ردا على الهجوم.",
			want: []string{"2025-03-14 country:united-states"}, targets: []string{"militia:kataib-hezbollah"}},
		{name: "two helicopters answered the fire with shelling", published: "2025-03-14",
			text: harir + "وقالت مصادر محلية إن مروحيتين أمريكيتين ردتا على إطلاق النار بقصف مواقع قرب بلدة القائم.",
			want: []string{"2025-03-13 country:united-states"}, targets: []string{"city:al-qaim"}},
		{name: "control: two attacks on the base are no strike", published: "2025-03-14",
			text: "وتعرضت قاعدة حرير لضربتين بطائرات مسيرة مساء الخميس.",
			want: nil},
	}
}

// stateArmySiteCases: a state strikes sites owned by another state's army
// ("مواقع عسكرية تابعة للجيش السوري"، "أسلحة يملكها جيش النظام") and says
// it answers in the imperfect ("قائلة إنها ترد على الهجوم").
func stateArmySiteCases() []retCase {
	taftanaz := "سقطت قذائف مساء الثلاثاء على قاعدة تفتناز التي تتمركز فيها قوات تركية.\n\n"
	tr := []string{"2025-06-04 country:turkey"}
	return []retCase{
		{name: "sites belonging to the army, imperfect answer", published: "2025-06-05",
			text: taftanaz + "وقصفت المدفعية التركية فجر الأربعاء مواقع عسكرية تابعة للجيش السوري في ريف إدلب، قائلة إنها ترد على الهجوم.",
			want: tr, targets: []string{"force:syrian-regime-forces"}},
		{name: "weapons the army owns", published: "2025-06-05",
			text: taftanaz + "وأغارت طائرات تركية فجر الأربعاء على أسلحة يملكها جيش النظام قرب سراقب ردا على الهجوم.",
			want: tr, targets: []string{"force:syrian-regime-forces"}},
		{name: "the ministry says it answers", published: "2025-06-05",
			text: taftanaz + "وقالت وزارة الدفاع التركية إنها قصفت فجر الأربعاء مستودعات تابعة لقوات النظام في محيط سراقب وإنها ترد على الاستهداف.",
			want: tr, targets: []string{"force:syrian-regime-forces"}},
		{name: "control: the army shells, it strikes and is no target", published: "2025-06-05",
			text: "وقصفت مدفعية الجيش السوري فجر الأربعاء مواقع تابعة للفصائل في ريف إدلب ردا على هجماتها.",
			want: []string{"2025-06-04 country:syria"}, not: []string{"force:syrian-regime-forces"}},
	}
}

// forecastCases: an analyst foretells the answer ("من المرجح أن يكون الرد
// البريطاني واسعاً"، "يتوقع أن يأتي الرد"، "ستتجنب لندن ضرب"): no strike is
// told. A past answer on its day stays.
func forecastCases() []retCase {
	tower := "قتل جنديان في هجوم بطائرة مسيرة على قاعدة التنف فجر الأحد.\n\n"
	return []retCase{
		{name: "likely to be wide and reach a corps", published: "2025-03-10",
			text: tower + "وقال محلل عسكري إن من المرجح أن يكون الرد الأمريكي واسعا ويطال عناصر من الحرس الثوري الإيراني.",
			want: nil},
		{name: "expected to come and hit leaders", published: "2025-03-10",
			text: tower + "ويتوقع الباحث أن يأتي الرد الأمريكي قاسيا على قياديين في كتائب حزب الله.",
			want: nil},
		{name: "will avoid striking a state", published: "2025-03-10",
			text: tower + "ويرى الخبير أن واشنطن ستتجنب ضرب الأراضي الإيرانية وستكتفي بمواقع الفصائل.",
			want: nil},
		{name: "control: the answer came at dawn", published: "2025-03-10",
			text: tower + "وجاء الرد الأمريكي فجر الاثنين بغارات على مواقع لكتائب حزب الله في القائم.",
			want: []string{"2025-03-10 country:united-states"}, targets: []string{"militia:kataib-hezbollah"}},
	}
}

// newStrikeDayCases: a military body speaks of "الضربة" after a strike of
// its side was told; named by a day no strike told has, it is a new strike
// ("الضربة الأعنف جاءت في السابع من الشهر"), not that one retold.
func newStrikeDayCases() []retCase {
	first := "سقطت صواريخ على قاعدة عين الأسد مساء الأحد 2 آذار.\n\n" +
		"وشنت طائرات أمريكية فجر الاثنين 3 آذار غارات على مواقع لكتائب حزب الله في القائم ردا على الهجوم.\n\n"
	return []retCase{
		{name: "the harshest strike on the seventh", published: "2025-03-12",
			text: first + "وقال البنتاغون إن الضربة الأعنف جاءت في السابع من الشهر الجاري واستهدفت سيارة قيادي في حركة النجباء ببغداد.",
			want: []string{"2025-03-03 country:united-states", "2025-03-07 country:united-states"}, targets: []string{"militia:nujaba"}},
		{name: "the second raid on a weekday", published: "2025-03-12",
			text: first + "وأوضحت القيادة المركزية الأمريكية أن الغارة الثانية نفذت مساء الخميس على مخزن لعصائب أهل الحق في جرف الصخر.",
			want: []string{"2025-03-03 country:united-states", "2025-03-06 country:united-states"}, targets: []string{"militia:asaib-ahl-al-haq"}},
		{name: "control: the strikes told again on the day after", published: "2025-03-12",
			text: "سقطت صواريخ على قاعدة عين الأسد مساء الأحد 2 آذار.\n\n" +
				"وشنت طائرات أمريكية غارات على مواقع لكتائب حزب الله في القائم ردا على الهجوم.\n\n" +
				"وأوضح البنتاغون أن الضربات نفذت في اليوم التالي للهجوم.",
			want: []string{"2025-03-03 country:united-states"}},
	}
}

// statementThenDayCases: a strike announced on the statement's day, whose
// own earlier day the next sentence tells ("وقالت الوزارة إن المقاتلات
// دمرت مساء السبت ..."), takes that day. A later day is a new strike.
func statementThenDayCases() []retCase {
	announced := "أعلنت وزارة الدفاع التركية، الأحد، تحييد 12 مسلحا من حزب العمال الكردستاني في غارات جوية على مواقعه شمالي العراق، عقب الهجوم على قاعدة زليكان مساء الجمعة.\n\n"
	return []retCase{
		{name: "jets destroyed targets on saturday evening", published: "2025-03-09",
			text: announced + "وقالت الوزارة إن المقاتلات التركية دمرت مساء السبت 20 هدفا للحزب في منطقتي قنديل وسنجار.",
			want: []string{"2025-03-08 country:turkey"}, targets: []string{"militia:pkk"}},
		{name: "the aircraft struck at dawn on saturday", published: "2025-03-09",
			text: announced + "وأوضحت أن الطائرات التركية قصفت فجر السبت مخابئ للحزب ومستودعات أسلحة.",
			want: []string{"2025-03-08 country:turkey"}, targets: []string{"militia:pkk"}},
		{name: "control: a statement with no other day keeps its day", published: "2025-03-09",
			text: announced + "وقالت الوزارة إن العمليات ستتواصل حتى القضاء على الإرهاب.",
			want: []string{"2025-03-09 country:turkey"}, targets: []string{"militia:pkk"}},
	}
}

// linkedSiteCases: targets "linked to" a group ("هدفاً مرتبطاً بفيلق
// القدس") are the group's sites, so it is struck, while a group linked to
// the struck one is not; an air force strikes as itself, not as its
// country's forces.
func linkedSiteCases() []retCase {
	tower := "قتل جنديان في هجوم بطائرة مسيرة على قاعدة التنف فجر الأحد.\n\n"
	return []retCase{
		{name: "targets linked to a corps", published: "2025-03-12",
			text: tower + "وشنت الولايات المتحدة مساء الجمعة غارات على 40 هدفا مرتبطا بفيلق القدس في العراق وسوريا ردا على الهجوم.",
			want: []string{"2025-03-07 country:united-states"}, targets: []string{"militia:quds-force"}},
		{name: "sites linked to a group", published: "2025-03-12",
			text: tower + "وقصفت طائرات أمريكية مساء الجمعة مواقع مرتبطة بكتائب حزب الله قرب القائم ردا على الهجوم.",
			want: []string{"2025-03-07 country:united-states"}, targets: []string{"militia:kataib-hezbollah"}},
		{name: "control: militias backed by a corps", published: "2025-03-12",
			text: tower + "وقصفت طائرات أمريكية مساء الجمعة مواقع لفصائل مدعومة من الحرس الثوري قرب القائم ردا على الهجوم.",
			want: []string{"2025-03-07 country:united-states"}, not: []string{"militia:irgc"}},
		{name: "the iraqi air force strikes as itself", published: "2025-03-12",
			text: "هاجم مسلحون من داعش مقرا للجيش العراقي في ناحية العظيم فجر الخميس.\n\n" +
				"وقصف سلاح الجو العراقي مساء الجمعة أوكارا لتنظيم داعش في وادي الشاي جنوب كركوك ردا على الهجوم.",
			want: []string{"2025-03-07 force:iraqi-air-force"}, targets: []string{"militia:isis"}},
	}
}

// TestAirForceActor checks that an air force named in the text strikes as
// itself: the gold of such strikes names the service, and not always the
// country's forces as a whole.
func TestAirForceActor(t *testing.T) {
	x := extract.New(loadLexicon(t))
	tests := []struct{ name, text string }{
		{"the air force, by its arabic name", "هاجم مسلحون من داعش مقرا للجيش العراقي في ناحية العظيم فجر الخميس.\n\n" +
			"وقصف سلاح الجو العراقي مساء الجمعة أوكارا لتنظيم داعش في وادي الشاي ردا على الهجوم."},
		{"jets of the air force", "هاجم مسلحون من داعش مقرا للجيش العراقي في ناحية العظيم فجر الخميس.\n\n" +
			"وقصفت مقاتلات القوة الجوية العراقية مساء الجمعة مخابئ لتنظيم داعش في جبال حمرين ردا على الهجوم."},
		{"jets with a type, belonging to the air force", "هاجم مسلحون من داعش مقرا للجيش العراقي في ناحية العظيم فجر الخميس.\n\n" +
			"وقصفت مقاتلات إف 16 تابعة لسلاح الجو العراقي مساء الجمعة أوكارا لتنظيم داعش في وادي الشاي ردا على الهجوم."},
		{"aircraft belonging to the air force", "هاجم مسلحون من داعش مقرا للجيش العراقي في ناحية العظيم فجر الخميس.\n\n" +
			"وقصفت طائرات حربية تابعة للقوة الجوية العراقية مساء الجمعة مخابئ لتنظيم داعش في جبال حمرين."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := run(t, x, "2025-03-12", tc.text)
			if len(doc.Retaliations) != 1 {
				t.Fatalf("retaliations %d, want 1", len(doc.Retaliations))
			}
			if got := doc.Retaliations[0].Actor; got != "force:iraqi-air-force" {
				t.Errorf("actor %s, want force:iraqi-air-force", got)
			}
		})
	}
}

// sideNoteCases: a sentence after the strike that names a group in a side
// note, a war between others or a tie to the struck group, adds no target;
// one that tells who was hit does.
func sideNoteCases() []retCase {
	strike := "سقطت صواريخ على قاعدة عين الأسد مساء الأحد.\n\n" +
		"وشنت طائرات أمريكية فجر الثلاثاء غارات على مواقع لكتائب حزب الله في القائم ردا على الهجوم.\n\n"
	us := []string{"2025-03-11 country:united-states"}
	return []retCase{
		{name: "strikes apart from a war between others", published: "2025-03-12",
			text: strike + "وأكد الوزير أن الضربات منفصلة عن الحرب الدائرة بين إسرائيل وحركة حماس في غزة.",
			want: us, not: []string{"militia:hamas"}},
		{name: "the struck group is tied to a corps", published: "2025-03-12",
			text: strike + "وأضاف أن الكتائب ترتبط ارتباطا وثيقا بفيلق القدس وأن الضربات أضعفت قدرتها.",
			want: us, not: []string{"militia:quds-force"}},
		{name: "control: members of a group killed in the raids", published: "2025-03-12",
			text: strike + "وأسفرت الغارات عن مقتل أربعة عناصر من حركة النجباء.",
			want: us, targets: []string{"militia:nujaba"}},
	}
}

// leaderKillingCases: the killing of a group's leaders told as background
// ("في إشارة إلى X ونائب رئيس هيئة Y اللذين قتلا بضربة أمريكية"، "بعد
// شهرين من اغتيال قائد Z") is no retaliation on their groups; tied to
// attacks, or a commander in a group killed, it is.
func leaderKillingCases() []retCase {
	taji := "سقطت صواريخ على معسكر التاجي مساء الأربعاء.\n\n" +
		"وشنت طائرات أمريكية فجر الخميس غارات على مخازن لكتائب حزب الله في جرف الصخر ردا على الهجوم.\n\n"
	return []retCase{
		{name: "months after the killing of a corps commander", published: "2025-03-14",
			text: taji + "ويأتي هذا التصعيد بعد نحو شهرين من اغتيال قائد فيلق القدس ونائب رئيس هيئة الحشد الشعبي بضربة أمريكية قرب مطار بغداد مطلع كانون الثاني الماضي.",
			want: []string{"2025-03-13 country:united-states"}, not: []string{"militia:quds-force", "militia:pmf"}},
		{name: "a slogan recalls two leaders killed on a day", published: "2025-03-14",
			text: "سقطت مسيرتان على قاعدة فيكتوريا مساء الأربعاء.\n\n" +
				"وكتب على إحداهما شعار ثأر، في إشارة إلى قائد فيلق القدس ونائب رئيس هيئة الحشد الشعبي اللذين قتلا بضربة أمريكية في الثالث من كانون الثاني 2020.",
			want: nil},
		{name: "a commander in a group killed earlier, pluperfect", published: "2025-03-29",
			text: "قتل ثلاثة جنود في هجوم بمسيرة على قاعدة التنف فجر الأحد.\n\n" +
				"وكانت ضربة أمريكية بطائرة مسيرة قد قتلت في الرابع من الشهر الجاري القيادي في عصائب أهل الحق أبو علي الكعبي داخل مقر في شرقي بغداد.",
			want: []string{"2025-03-04 country:united-states"}, targets: []string{"militia:asaib-ahl-al-haq"}},
		{name: "control: the killing told as an answer", published: "2025-03-14",
			text: "سقطت صواريخ على قاعدة عين الأسد مساء الأربعاء.\n\n" +
				"وقتل قائد حركة النجباء بغارة أمريكية فجر الخميس في بغداد، وقال البنتاغون إن الغارة جاءت ردا على هجمات الحركة.",
			want: []string{"2025-03-13 country:united-states"}, targets: []string{"militia:nujaba"}},
	}
}

// thenStrikeCases: one sentence tells an answer at once and, after "ثم",
// strikes on a later day ("ردت عليه واشنطن فوراً بضربة ...، ثم بغارات في
// اليوم التالي على ..."): two retaliations. On the same day it is one.
func thenStrikeCases() []retCase {
	return []retCase{
		{name: "a gunship at once, raids the next day", published: "2025-03-20",
			text:    "وفي 11 آذار تعرضت قاعدة عين الأسد لهجوم بصاروخ باليستي، ردت عليه واشنطن فورا بضربة من طائرة إيه سي-130 على عربة المنفذين، ثم بغارات في اليوم التالي على مخزنين لكتائب حزب الله في جرف الصخر.",
			want:    []string{"2025-03-11 country:united-states", "2025-03-12 country:united-states"},
			targets: []string{"militia:kataib-hezbollah"}},
		{name: "shelling at once, then a raid two days later", published: "2025-03-20",
			text:    "وفي 11 آذار سقطت قذائف على قاعدة زليكان التركية، ردت عليها أنقرة فورا بقصف مدفعي على مصادر النيران، ثم بغارة جوية مساء الخميس 13 آذار على مخابئ لحزب العمال الكردستاني في سنجار.",
			want:    []string{"2025-03-11 country:turkey", "2025-03-13 country:turkey"},
			targets: []string{"militia:pkk"}},
		{name: "control: raids, then the aircraft came back the same night", published: "2025-03-13",
			text: "سقطت صواريخ على قاعدة عين الأسد مساء الثلاثاء 11 آذار.\n\n" +
				"وشنت طائرات أمريكية فجر الأربعاء غارات على مواقع لكتائب حزب الله في القائم، ثم عادت لتقصف الموقع نفسه.",
			want: []string{"2025-03-12 country:united-states"}},
	}
}

// quickAnswerCases: a strike told as coming minutes after the launch or
// the attack ("بعد دقائق من إطلاق الصواريخ") answers it, though it names
// no group it hit and no response word.
func quickAnswerCases() []retCase {
	conoco := "سقطت صواريخ على حقل كونيكو مساء الأربعاء.\n\n"
	return []retCase{
		{name: "gunships hit the attackers minutes after the launch", published: "2025-03-13",
			text: conoco + "وقالت سنتكوم إن مروحيات وطائرة من طراز AC-130 استهدفت المهاجمين بعد دقائق من إطلاق الصواريخ.",
			want: []string{"2025-03-12 country:united-states"}},
		{name: "american artillery shelled the launch site moments after the attack", published: "2025-03-13",
			text: conoco + "وقصفت المدفعية الأمريكية منصة الإطلاق بعد لحظات من الهجوم.",
			want: []string{"2025-03-12 country:united-states"}},
		{name: "control: drones downed minutes after the launch", published: "2025-03-13",
			text: conoco + "وأسقطت الدفاعات الجوية مسيرتين بعد دقائق من إطلاقهما.",
			want: nil},
	}
}

// hedgedStrikerCases: a strike told with its likely striker ("بغارات يُعتقد
// أنها أمريكية"، "طائرات مسيرة يرجح أنها تركية") is that state's. The
// hedge after a group's name says nothing of a striker.
func hedgedStrikerCases() []retCase {
	return []retCase{
		{name: "members killed in raids believed american", published: "2025-03-12",
			text: "وقتل خمسة من عناصر كتائب حزب الله فجر الاثنين بغارات يعتقد أنها أمريكية استهدفت مواقعهم قرب القائم.",
			want: []string{"2025-03-10 country:united-states"}, targets: []string{"militia:kataib-hezbollah"}},
		{name: "drones likely turkish shelled sites", published: "2025-03-12",
			text: "وقصفت طائرات مسيرة يرجح أنها تركية فجر الاثنين مواقع لحزب العمال الكردستاني في سنجار.",
			want: []string{"2025-03-10 country:turkey"}, targets: []string{"militia:pkk"}},
		{name: "control: no adjective after the hedge", published: "2025-03-12",
			text: "وقصفت طائرات مسيرة يرجح أنها تابعة للتحالف فجر الاثنين مواقع مجهولة في البادية.",
			want: nil},
	}
}

// deniedStrikeCases: a side that says it carried out no strike ("لم ينفذ أي
// ضربات"، "لن نشن غارات") tells no retaliation; "لم تمض ساعات حتى قصفت"
// tells one.
func deniedStrikeCases() []retCase {
	attack := "سقطت طائرة مسيرة على معسكر أشرف في ديالى مساء الأحد.\n\n"
	return []retCase{
		{name: "the coalition says it carried out no strikes", published: "2025-03-11",
			text: attack + "وقال متحدث باسم التحالف الدولي إن التحالف لم ينفذ أي ضربات جوية في محافظة ديالى منذ أسابيع.",
			want: nil},
		{name: "the ministry says its aircraft will not strike", published: "2025-03-11",
			text: attack + "وأكدت القيادة المركزية الأمريكية أن طائراتها لن تشن غارات على مواقع داخل ديالى.",
			want: nil},
		{name: "control: hours had not passed before the raids", published: "2025-03-11",
			text: "سقطت قذائف على قاعدة زليكان التركية مساء الأحد.\n\n" +
				"ولم تمض ساعات حتى قصفت المدفعية التركية مساء الأحد مواقع لحزب العمال الكردستاني في سنجار.",
			want: []string{"2025-03-09 country:turkey"}, targets: []string{"militia:pkk"}},
	}
}

// sameDayAnswerCases: a side's answer told in the lead ("ردت القوات التركية
// بقصف طال مناطق ...") and told again with its places the same day ("شنت
// المقاتلات التركية مساء الاثنين غارات على ...") is one retaliation.
func sameDayAnswerCases() []retCase {
	return []retCase{
		{name: "the lead's answer, then the raids with their places", published: "2025-03-11",
			text: "تبنى حزب العمال الكردستاني هجوما على قاعدة بامرني فجر الاثنين، فيما ردت القوات التركية بقصف جوي طال قرى حدودية في محافظة دهوك.\n\n" +
				"وشنت المقاتلات التركية مساء الاثنين غارات على مواقع في منطقة متينا.",
			want: []string{"2025-03-10 country:turkey"}, targets: []string{"city:metina"}},
		{name: "the coalition's answer told again with other places", published: "2025-03-11",
			text: "قُتل نحو خمسين عنصراً من القوات الموالية للنظام بضربات جوية نفذها التحالف الدولي في ريف الحسكة، بعد هجوم شنته هذه القوات مساء أمس على مقر لقسد قرب حقل العمر.\n\n" +
				"وأضاف البيان أن التحالف ردّ بضربات مدفعية \"دفاعاً عن النفس\" استهدفت المهاجمين قرب بلدة ذيبان.",
			want: []string{"2025-03-10 force:international-coalition"}, targets: []string{"militia:pro-regime-forces"}},
		{name: "the partner's casualty after the coalition's strikes is no target", published: "2025-03-11",
			text: "هاجم مسلحون موالون للنظام حقل العمر مساء أمس. " +
				"وأضاف البيان أن قوات التحالف ردت ليلاً بضربات جوية ضد المهاجمين قرب بلدة ذيبان، مشيراً إلى إصابة مقاتل من قوات سوريا الديمقراطية.",
			want: []string{"2025-03-10 force:international-coalition"}, targets: []string{"city:dhiban"}, not: []string{"militia:sdf"}},
		{name: "the funeral's day, the strikes' day in their long relative clause", published: "2019-12-30",
			text: "شيّع المئات في قضاء القائم، اليوم الإثنين، جثامين مقاتلين من كتائب حزب الله قُتلوا في الغارات الأمريكية التي استهدفت مقرات للكتائب على جانبي الحدود العراقية السورية مساء أمس الأحد.",
			want: []string{"2019-12-29 country:united-states"}, targets: []string{"militia:kataib-hezbollah"}},
		{name: "the group whose depots the raids destroyed, beside the attack's day", published: "2020-03-14",
			text: "نفذت القوات الأمريكية فجر أمس الجمعة ضربات جوية على مواقع في محافظة بابل.\n\n" +
				"وقال وزير الدفاع الأمريكي إن الغارات دمّرت خمسة مخازن للأسلحة تابعة لكتائب حزب الله، مؤكداً أن هذا الفصيل هو المسؤول عن الهجوم الذي استهدف معسكر التاجي مساء الأربعاء.",
			want: []string{"2020-03-13 country:united-states"}, targets: []string{"militia:kataib-hezbollah"}, not: []string{"city:baghdad"}},
		{name: "strikes against the attackers hit the group blamed", published: "2025-03-11",
			text: "هاجمت قوات موالية للنظام حقل العمر مساء أمس، بحسب بيان للتحالف حمّل فيه القوات الموالية للنظام المسؤولية. " +
				"وأضاف البيان أن قوات التحالف ردت ليلاً بضربات جوية ضد المهاجمين قرب بلدة ذيبان.",
			want: []string{"2025-03-10 force:international-coalition"}, targets: []string{"militia:pro-regime-forces", "city:dhiban"}},
		{name: "control: a strike the next day stays apart", published: "2025-03-12",
			text: "تبنى حزب العمال الكردستاني هجوما على قاعدة بامرني فجر الاثنين، فيما ردت القوات التركية بقصف جوي طال قرى حدودية في محافظة دهوك.\n\n" +
				"وشنت المقاتلات التركية مساء الثلاثاء غارات على مواقع في منطقة متينا.",
			want: []string{"2025-03-10 country:turkey", "2025-03-11 country:turkey"}},
	}
}

// partyAnaphorCases: "مواقع المنظمة"، "مخابئ الحزب"، "مسلحي الحزب" after a
// strike point back to the group last named.
func partyAnaphorCases() []retCase {
	return []retCase{
		{name: "the organisation's positions", published: "2025-03-12",
			text: "قالت وزارة الدفاع التركية إن مسلحي حزب العمال الكردستاني قصفوا قاعدة زليكان مساء الاثنين، وإن القوات التركية ردت فورا بقصف مدفعي طال مواقع المنظمة في سنجار.",
			want: []string{"2025-03-10 country:turkey"}, targets: []string{"militia:pkk", "city:sinjar"}},
		{name: "positions said to belong to the party's fighters", published: "2025-03-12",
			text: "هاجم مسلحو حزب العمال الكردستاني قاعدة بامرني فجر الاثنين.\n\n" +
				"وردت الطائرات التركية مساء الاثنين بغارات على مخابئ قالت إنها تعود لمسلحي الحزب في متينا.",
			want: []string{"2025-03-10 country:turkey"}, targets: []string{"militia:pkk", "city:metina"}},
		{name: "control: the party as a speaker is no target", published: "2025-03-12",
			text: "هاجم مسلحون قاعدة بامرني فجر الاثنين.\n\n" +
				"وردت الطائرات التركية مساء الاثنين بغارات على مواقع في متينا، فيما قال الحزب الديمقراطي الكردستاني إن القصف أصاب قرى آمنة.",
			want: []string{"2025-03-10 country:turkey"}, not: []string{"militia:pkk"}},
	}
}

// usedInAttacksCases: a strike dated before the article's attack is kept
// when its sites are said to serve attacks ("مخازن تستخدمها الفصائل في
// هجمات الصواريخ"، "يستخدمها الحرس لشن هجمات"); without that tie it is
// background.
func usedInAttacksCases() []retCase {
	attack := "سقطت صواريخ على قاعدة عين الأسد مساء أمس الأحد من دون إصابات.\n\n"
	return []retCase{
		{name: "stores the factions use in rocket attacks", published: "2025-06-09",
			text: attack + "وكانت الولايات المتحدة قد شنت في 14 أيار الماضي غارات على مواقع قرب القائم، قالت واشنطن إنها مخازن تستخدمها الفصائل في هجمات الصواريخ.",
			want: []string{"2025-05-14 country:united-states"}, targets: []string{"city:al-qaim"}},
		{name: "depots the guard uses to launch attacks", published: "2025-06-09",
			text: attack + "وكانت طائرات أمريكية قد قصفت في 20 أيار الماضي مستودعات قرب القائم يستخدمها الحرس الثوري لشن هجمات على القواعد.",
			want: []string{"2025-05-20 country:united-states"}, targets: []string{"city:al-qaim"}},
		{name: "control: a past strike with no tie to attacks", published: "2025-06-09",
			text: attack + "وكانت الولايات المتحدة قد شنت في 14 أيار الماضي غارات على مواقع قرب القائم.",
			want: nil},
	}
}

// earlierStrikeCases: a strike told with "سبق أن" is an earlier one, never
// the day's strike in other words, even when it hit the same group; its
// "حينها" is its own time, not the day named last.
func earlierStrikeCases() []retCase {
	lead := "قتل قيادي في حركة النجباء مساء أمس الاثنين بضربة نفذتها مسيرة أمريكية قرب مطار بغداد، وقال البنتاغون إن الضربة جاءت ردا على الهجمات على القوات الأمريكية.\n\n"
	return []retCase{
		{name: "earlier raids on other groups", published: "2025-06-03",
			text: lead + "وسبق أن قصفت طائرات أمريكية مقرات لكتائب سيد الشهداء في منطقة القائم، ردا على هجمات بالمسيرات.",
			want: []string{"2025-06-02 country:united-states", " country:united-states"}, targets: []string{"militia:kataib-sayyid-al-shuhada"}},
		{name: "earlier raids on the same group, no date told then", published: "2025-06-03",
			text: lead + "وسبق أن استهدفت غارات أمريكية مواقع للحركة ولكتائب حزب الله في جرف الصخر، ردا على هجمات بالصواريخ، من دون أن تعلن واشنطن حينها حجم الخسائر.",
			want: []string{"2025-06-02 country:united-states", " country:united-states"}, targets: []string{"city:jurf-al-sakhar"}},
		{name: "control: more of the day's strike", published: "2025-06-03",
			text: lead + "وقصفت طائرات أمريكية كذلك مقرات لحركة النجباء قرب المطار.",
			want: []string{"2025-06-02 country:united-states"}},
	}
}

// immediateAnswerCases: fire returned "على الفور" or "فوراً" is on the day
// of the attack it answers, not the day the statement named last, and it
// stays apart from the raids of the next day; when the day named last is
// the attack's, it keeps it.
func immediateAnswerCases() []retCase {
	return []retCase{
		{name: "the ministry's raids, then the fire returned at once", published: "2025-09-11",
			text: "أعلنت وزارة الدفاع التركية، أمس الأربعاء، أن مقاتلاتها قصفت مواقع لحزب العمال الكردستاني في منطقة متينا، غداة هجوم بقذائف هاون على قاعدة بامرني العسكرية.\n\n" +
				"وأضافت الوزارة أن القوات التركية ردت على الفور على مصادر النيران بعد الهجوم مباشرة، مستخدمة المدافع ضد مواقع الإطلاق.",
			want: []string{"2025-09-09 country:turkey", "2025-09-10 country:turkey"}, targets: []string{"militia:pkk"}},
		{name: "fire returned right away, the attack told after", published: "2025-09-11",
			text: "قالت وزارة الدفاع التركية، أمس الأربعاء، إن طائراتها دمرت مخابئ لحزب العمال الكردستاني في منطقة متينا.\n\n" +
				"وتابعت أن القوات التركية ردت فورا على مصادر النيران عقب الهجوم على قاعدة بامرني.\n\n" +
				"وكانت قاعدة بامرني قد تعرضت مساء الثلاثاء 9 أيلول لقصف بقذائف هاون.",
			want: []string{"2025-09-09 country:turkey", "2025-09-10 country:turkey"}},
		{name: "control: the attack's day named earlier in the answer's sentence", published: "2025-05-20",
			text: "سقطت مسيرة على قاعدة التنف مساء أمس الاثنين.\n\n" +
				"وسبق ذلك في 3 أيار هجوم صاروخي على قاعدة عين الأسد، ردت عليه واشنطن فورا بضربة على عربة كانت تقل المنفذين.",
			want: []string{"2025-05-03 country:united-states"}},
		{name: "control: the day named last is the attack's", published: "2025-05-08",
			text: "سقطت خمسة صواريخ مساء أمس الأربعاء على قاعدة عين الأسد الجوية.\n\n" +
				"وقال مسؤول عسكري أمريكي إن القوات الأمريكية ردت على الفور بقصف مدفعي على مصادر النيران.",
			want: []string{"2025-05-07 country:united-states"}},
	}
}

// thenMonthCases: a strike recalled with its month and year ("بالقصف
// الصاروخي الإيراني على أربيل في آذار 2022") is background; "آنذاك" in
// its sentence is that month, not the day named last.
func thenMonthCases() []retCase {
	attack := "أسقطت الدفاعات الجوية فجر اليوم الخميس مسيرة مفخخة قرب قاعدة حرير.\n\n"
	return []retCase{
		{name: "a missile strike recalled with its month", published: "2023-10-19",
			text: attack + "ولم يستبعد مسؤول كردي أن يكون الحرس الثوري وراء الهجوم، مذكرا بالقصف الصاروخي الإيراني على أربيل في آذار 2022، الذي قالت طهران آنذاك إنه استهدف مقرا للتجسس.",
			want: nil},
		{name: "raids recalled with their month", published: "2023-10-19",
			text: attack + "وأشار المسؤول إلى الغارات التركية على مخمور في أيار 2022، التي قالت أنقرة حينها إنها طالت مواقع للحزب.",
			want: nil},
	}
}

// notStruckCases: a later sentence's groups that the strike did not hit: a
// forecast strike ("مرجحاً أن تلجأ واشنطن إلى ضربات على مواقع X"), a group
// that claimed another deed ("تبناه لاحقاً تنظيم داعش") or that the struck
// forces fought ("منع تسلل عصابات داعش").
func notStruckCases() []retCase {
	strike := "استهدفت مسيرة مفخخة حقل كونيكو مساء أمس من دون إصابات.\n\nوبعد ساعة، ردت القوات الأمريكية بقصف مدفعي استهدف أطراف بلدة الطابية.\n\n"
	return []retCase{
		{name: "a forecast strike on other sites", published: "2023-10-24",
			text: strike + "ويرى الباحث أن الهجوم رسالة من الفصائل، مرجحا أن تلجأ واشنطن إلى ضربات محدودة على مواقع الحرس الثوري في الميادين.",
			want: []string{"2023-10-23 country:united-states"}, not: []string{"militia:irgc", "city:mayadin"}},
		{name: "a blast another group claimed", published: "2023-10-24",
			text: strike + "وتزامن القصف مع انفجار ضرب مدينة دير الزور وتبناه لاحقا تنظيم داعش.",
			want: []string{"2023-10-23 country:united-states"}, not: []string{"militia:isis"}},
		{name: "pinned (held before too): the group the struck forces fought", published: "2023-10-24",
			text: strike + "وقالت هيئة محلية إن «العدوان الأمريكي استهدف قطعات نظامية كانت تؤدي واجبها في حماية الحدود ومنع تسلل عصابات داعش».",
			want: []string{"2023-10-23 country:united-states"}, not: []string{"militia:isis"}},
		{name: "control: the group hit by the strike told after", published: "2023-10-24",
			text: strike + "وأفادت مصادر بأن القصف طال مواقع لكتائب حزب الله قرب البلدة.",
			want: []string{"2023-10-23 country:united-states"}, targets: []string{"militia:kataib-hezbollah"}},
	}
}

// reachedListCases: what a later sentence says the strike reached: after a
// strike noun and its modifiers ("القصف المدفعي المضاد طال")، after "الأهداف،
// التي شملت"، a list going on after a comma ("، إضافة إلى مرتفعات X")، a
// town "وقرب قضاء X"، and sites linked to a group with their places between
// ("40 هدفاً في العراق وسوريا مرتبطة بـX").
func reachedListCases() []retCase {
	attack := "سقطت ثلاثة صواريخ على قاعدة زليكان مساء أمس الأربعاء، وقالت وزارة الدفاع التركية إن قواتها ردت على الفور على مصادر النيران.\n\n"
	raid := "شنت مقاتلات أمريكية مساء أمس غارات على مواقع لكتائب حزب الله ردا على الهجوم على قاعدة عين الأسد.\n\n"
	return []retCase{
		{name: "the counter-fire with its modifiers reached a town, and heights", published: "2025-04-17",
			text: attack + "وأفادت مصادر عسكرية بأن القصف المدفعي المضاد طال مواقع في محيط بلدة سنجار، إضافة إلى مرتفعات بلدة مخمور.",
			want: []string{"2025-04-16 country:turkey"}, targets: []string{"city:sinjar", "city:makhmour"}},
		{name: "the targets, which included stores near a town", published: "2025-05-14",
			text: raid + "وبحسب مسؤول عسكري، ألقت الطائرات ست قنابل على الأهداف، التي شملت مخازن وعربات قرب بلدة الهري.",
			want: []string{"2025-05-13 country:united-states"}, targets: []string{"city:hiri"}},
		{name: "and near a district", published: "2025-05-14",
			text: "قالت وزارة الدفاع الأمريكية إن الضربات، التي نفذتها مقاتلات أمريكية فجر اليوم، استهدفت مخازن أسلحة لكتائب حزب الله في منطقة جرف الصخر، وقرب قضاء المسيب، ردا على الهجوم على معسكر التاجي.",
			want: []string{"2025-05-14 country:united-states"}, targets: []string{"city:jurf-al-sakhar", "city:musayyib"}},
		{name: "targets linked to a group, their countries between", published: "2024-02-03",
			text: "شنت القوات الأمريكية مساء أمس الجمعة غارات على أكثر من 40 هدفا في العراق وسوريا مرتبطة بالحرس الثوري، ردا على الهجوم على قاعدة البرج 22.",
			want: []string{"2024-02-02 country:united-states"}, targets: []string{"militia:irgc"}},
		{name: "control: a town that only places the heights", published: "2025-04-17",
			text: attack + "وأفادت مصادر عسكرية بأن القصف المدفعي المضاد طال مواقع في محيط بلدة سنجار، فيما أعلنت وزارة الخارجية العراقية إدانة الهجوم على مخمور.",
			want: []string{"2025-04-16 country:turkey"}, targets: []string{"city:sinjar"}, not: []string{"city:makhmour"}},
	}
}

// contrastStrikeCases: "ردت المدفعية على الفور ...، فيما شنت المسيرات
// الخميس غارات على ..." tells two strikes on two days, each with its own
// targets; a clause of another subject or of the same day tells no second.
func contrastStrikeCases() []retCase {
	attack := "هاجم مسلحون قاعدة زليكان التركية بالصواريخ مساء الأربعاء.\n\n"
	return []retCase{
		{name: "artillery at once, drones the next day", published: "2025-03-14",
			text: attack + "وردت المدفعية التركية على الفور بقصف قرى في سهل نينوى، فيما شنت المسيرات التركية الخميس غارات على مواقع لحزب العمال الكردستاني في سنجار.",
			want: []string{"2025-03-12 country:turkey", "2025-03-13 country:turkey"}, targets: []string{"militia:pkk", "city:sinjar"}},
		{name: "fire returned at once, jets at dawn", published: "2025-03-14",
			text: "سقطت صواريخ على قاعدة عين الأسد مساء الأربعاء.\n\n" +
				"وردت القوات الأمريكية على الفور بقصف مدفعي على مصادر النيران، بينما شنت مقاتلات أمريكية فجر الخميس غارات على مواقع لكتائب حزب الله في القائم.",
			want: []string{"2025-03-12 country:united-states", "2025-03-13 country:united-states"}, targets: []string{"militia:kataib-hezbollah"}},
		{name: "control: the clause after فيما has another subject", published: "2025-03-14",
			text: attack + "وردت المدفعية التركية على الفور بقصف قرى في سهل نينوى، فيما توعد المسلحون مساء الخميس بقصف القاعدة مجددا.",
			want: []string{"2025-03-12 country:turkey"}},
		{name: "at once, then the strike's own day in its clause", published: "2023-12-28",
			text: "تعرضت قاعدة حرير لهجوم بطائرة مسيرة فجر الاثنين 25 كانون الأول.\n\n" +
				"وردت واشنطن على الفور بضربات على منشآت تستخدمها كتائب حزب الله في بابل، نفذتها مقاتلات أمريكية فجر اليوم التالي.",
			want: []string{"2023-12-26 country:united-states"}, targets: []string{"militia:kataib-hezbollah", "city:babil"}},
		{name: "at once, then the day of the raid by name", published: "2025-03-14",
			text: "سقطت صواريخ على قاعدة عين الأسد مساء الأربعاء.\n\n" +
				"وردت القوات الأمريكية فورا بغارات نفذتها مقاتلات فجر الخميس على مواقع لكتائب حزب الله في القائم.",
			want: []string{"2025-03-13 country:united-states"}, targets: []string{"militia:kataib-hezbollah"}},
	}
}

// spanAfterAttackCases: a strike told as coming a span after an attack on a
// base named in its sentence ("بعد أسبوع من هجوم استهدف قاعدة X يوم 3
// أيار"، "بعد ساعات من الهجوم على قاعدة X"، "في اليوم التالي للهجوم على
// قاعدة X") answers it: the base is not struck, and the strike is dated by
// the attack's day and the span when no day of its own is told.
func spanAfterAttackCases() []retCase {
	return []retCase{
		{name: "a week after an attack dated in the sentence", published: "2025-05-16",
			text: "شنت مقاتلات أمريكية غارات على مواقع لكتائب حزب الله في القائم بعد أسبوع من هجوم استهدف قاعدة التنف يوم 3 أيار.",
			want: []string{"2025-05-10 country:united-states"}, targets: []string{"militia:kataib-hezbollah"}},
		{name: "a week after an attack, counted with على", published: "2025-05-16",
			text: "قصفت طائرات أمريكية مقرات لحركة النجباء في جرف الصخر بعد أسبوع على هجوم طال قاعدة حرير يوم 2 أيار.",
			want: []string{"2025-05-09 country:united-states"}, targets: []string{"militia:nujaba"}},
		{name: "pinned (held before too): the day after the attack on a base", published: "2025-05-16",
			text: "قصف تركي على سنجار\n\nقصفت المدفعية التركية مساء الأربعاء قرى في سنجار، في اليوم التالي للهجوم على قاعدة زليكان.",
			want: []string{"2025-05-14 country:turkey"}, targets: []string{"city:sinjar"}},
		{name: "pinned (held before too): hours after the attack on a base", published: "2025-05-16",
			text: "غارات أمريكية\n\nقصفت طائرات أمريكية فجر اليوم الجمعة مخازن لحركة النجباء في جرف الصخر، بعد ساعات من الهجوم على قاعدة عين الأسد.",
			want: []string{"2025-05-16 country:united-states"}, targets: []string{"militia:nujaba"}},
		{name: "control: days after, no number", published: "2025-05-16",
			text: "قصفت طائرات أمريكية فجر اليوم الجمعة مواقع لكتائب حزب الله في القائم، بعد أيام من هجوم بالصواريخ على قاعدة عين الأسد.",
			want: []string{"2025-05-16 country:united-states"}},
	}
}

// airArmCases: "شن سلاح الجو التركي غارات" is the state's strike, the
// adjective after the air arm's last word ("الجو"، "الملكي"); an air arm
// of no named state strikes for no one.
func airArmCases() []retCase {
	attack := "هاجم مسلحون قاعدة زليكان بالصواريخ مساء الأحد.\n\n"
	return []retCase{
		{name: "the Turkish air force", published: "2025-04-15",
			text: attack + "وردا على الهجوم، شن سلاح الجو التركي فجر الاثنين غارات على مواقع لحزب العمال الكردستاني في سنجار.",
			want: []string{"2025-04-14 country:turkey"}, targets: []string{"militia:pkk", "city:sinjar"}},
		{name: "pinned (held before too): the US air force at dawn", published: "2025-04-15",
			text: "سقطت صواريخ على قاعدة عين الأسد مساء الأحد.\n\nوردا على الهجوم، نفذ سلاح الجو الأمريكي فجر الاثنين ضربات على مواقع لكتائب حزب الله في القائم.",
			want: []string{"2025-04-14 country:united-states"}, targets: []string{"militia:kataib-hezbollah"}},
		{name: "control: an air force of no named state", published: "2025-04-15",
			text: attack + "وشن سلاح الجو فجر الاثنين غارات على مواقع في جبل سنجار.",
			want: nil},
		{name: "units owned by the army, after the verb", published: "2025-04-15",
			text: attack + "وقصفت وحدات المدفعية التابعة للجيش التركي فجر الاثنين مواقع لحزب العمال الكردستاني في سنجار ردا على الهجوم.",
			want: []string{"2025-04-14 force:turkish-army"}, targets: []string{"militia:pkk", "city:sinjar"}},
	}
}
