package extract_test

import (
	"sort"
	"testing"

	"github.com/nisba/nisba/extract"
	"github.com/nisba/nisba/extract/lexicon"
)

// round6Case is a retaliation case with names that must not be targets.
type round6Case struct {
	name, published, text string
	want                  []string // "date actor" (actor taken to its side), any order
	targets               []string // ids some retaliation must target
	not                   []string // ids no retaliation may target
}

// TestRetaliationClassesRound6 checks the failure families of long
// articles: a foreign state's corps (the IRGC) as the striker, its undated
// statement dated by the strike told just before; members of the group last
// named in a struck site's relative clause; a definite strike noun that
// reaches more sites in a later sentence; what a strike answers (a response
// clause, an attack after "بعد"، a blamed group) and the striker's partners
// are no targets; a response word of another speaker's clause answers
// nothing.
func TestRetaliationClassesRound6(t *testing.T) {
	lex := loadLexicon(t)
	x := extract.New(lex)
	var cases []round6Case
	for _, f := range []func() []round6Case{stateCorpsCases, doerCases, membersCases, reachedCases, deedCases, otherClauseCases, comesAfterCases} {
		cases = append(cases, f()...)
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) { checkRound6(t, x, lex, tc) })
	}
}

// checkRound6 compares the retaliations of tc's article with tc.
func checkRound6(t *testing.T, x *extract.Extractor, lex *lexicon.Lexicon, tc round6Case) {
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

// stateCorpsCases: the IRGC, part of Iran, strikes for its state; the
// PMF, part of Iraq where the stories happen, stays a group.
func stateCorpsCases() []round6Case {
	return []round6Case{
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
func doerCases() []round6Case {
	return []round6Case{
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
func membersCases() []round6Case {
	return []round6Case{
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
func reachedCases() []round6Case {
	first := "وقالت القيادة المركزية الأمريكية إن مقاتلاتها نفذت مساء الثلاثاء 5 أيار/مايو ضربات على مقرات لكتائب حزب الله في القائم رداً على الهجوم على قاعدة التنف.\n\n"
	return []round6Case{
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
func deedCases() []round6Case {
	attack := "سقطت خمسة صواريخ مساء أمس الأربعاء على قاعدة عين الأسد الجوية، وأُطلقت من أطراف بلدة البغدادي.\n\n"
	return []round6Case{
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
func otherClauseCases() []round6Case {
	attack := "سقطت ثلاثة صواريخ مساء أمس الاثنين في محيط قاعدة بامرني التركية شمال دهوك.\n\n"
	return []round6Case{
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
func comesAfterCases() []round6Case {
	attack := "سقطت ثلاثة صواريخ فجر اليوم الأحد على قاعدة عين الأسد الجوية غرب العراق من دون إصابات.\n\n"
	return []round6Case{
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
