package extract_test

import (
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/nisba/nisba/extract"
	"github.com/nisba/nisba/model"
)

// dateCase is an article and the day (or "-" for none) each attacked base
// must get; text, when set, must be the dateText of the base's attack.
type dateCase struct {
	name, published, text string
	want                  map[string]string // target id -> ISO day or "-"
	dateText              map[string]string // target id -> dateText
}

func TestAttackDates(t *testing.T) {
	runDateCases(t, []dateCase{
		// Hijri dates.
		{name: "hijri with gregorian after al-muwafiq", published: "2023-10-25",
			text: "أفادت مصادر بأن طائرة مسيرة استهدفت قاعدة عين الأسد يوم الأربعاء 3 ربيع الثاني 1445 هـ الموافق 18 أكتوبر 2023.",
			want: map[string]string{"base:ain-al-asad": "2023-10-18"}},
		{name: "hijri alone", published: "2024-03-20",
			text: "قالت مصادر أمنية إن صاروخين سقطا داخل قاعدة حرير في 5 رمضان 1445 هـ.",
			want: map[string]string{"base:harir": "2024-03-15"}},
		// Numeric dates, and the slashes of a date cut no clause.
		{name: "numeric date between base and attack word", published: "2024-01-22",
			text: "قال مصدر إن قاعدة التنف تعرضت لهجوم يوم 20/01/2024. وأضاف أن القاعدة ذاتها تعرضت في 2024/1/16 لقصف بطائرة مسيرة.",
			want: map[string]string{"base:al-tanf": "2024-01-20|2024-01-16"}},
		{name: "dotted numeric date", published: "2024-01-22",
			text: "استهدفت طائرة مسيرة قاعدة حرير بتاريخ 17.01.2024 دون وقوع إصابات.",
			want: map[string]string{"base:harir": "2024-01-17"}},
		// A future day dates no attack.
		{name: "next weekday is not the attack's", published: "2024-01-10",
			text: "استهدفت طائرة مسيرة قاعدة حرير، فيما يصل وفد أمني إلى أربيل الخميس المقبل لبحث الهجوم.",
			want: map[string]string{"base:harir": "-"}},
		// Two events, two days in one sentence.
		{name: "the other event's day stays with it", published: "2024-01-10",
			text: "استهدفت طائرة مسيرة قاعدة حرير صباح الثلاثاء، بعد قصف صاروخي طال مطار أربيل الدولي مساء الأحد.",
			want: map[string]string{"base:harir": "2024-01-09", "base:erbil-airbase": "2024-01-07"}},
		{name: "the attack's day, not the strikes' it came after", published: "2024-01-11",
			text: "ويأتي الهجوم الذي استهدف قاعدة حرير الثلاثاء بعد غارات أمريكية استهدفت مواقع لكتائب حزب الله في القائم يوم الأحد.",
			want: map[string]string{"base:harir": "2024-01-09"}},
		{name: "answer to an earlier strike keeps its own day", published: "2024-01-11",
			text: "وجاء قصف قاعدة عين الأسد مساء الأربعاء رداً على غارة أمريكية فجر الإثنين قتلت قياديا في كتائب حزب الله.",
			want: map[string]string{"base:ain-al-asad": "2024-01-10"}},
		{name: "militias answer with rockets on a base: the answer's day is the attack's", published: "2023-05-13",
			text: "قتل جندي في هجوم استهدف قاعدة الشدادي مساء الأربعاء. وصباح الخميس، ردت الميليشيات بإطلاق ستة صواريخ على قاعدة حقل التيم بريف دير الزور.",
			want: map[string]string{"base:shaddadi": "2023-05-10", "base:taym-field": "2023-05-11"}},
		{name: "the attack's day, then a comma before its على", published: "2024-02-20",
			text: "قتل 6 عناصر من قوات النظام جراء هجوم نفذته خلايا تنظيم داعش مساء أمس الاثنين، على نقاط تمركزهم داخل مطار التيفور العسكري.",
			want: map[string]string{"base:t4": "2024-02-19"}},
		{name: "strikes' day first, attack's day after", published: "2024-01-11",
			text: "بعد الغارات الأمريكية التي استهدفت مواقع في القائم مساء الجمعة، تعرضت قاعدة عين الأسد لهجوم صاروخي صباح السبت.",
			want: map[string]string{"base:ain-al-asad": "2024-01-06"}},
		{name: "hours after another event: its day", published: "2024-01-11",
			text: "تعرضت قاعدة عين الأسد لهجوم صاروخي، بعد ساعات من غارات أمريكية نفذت فجر السبت على مواقع في القائم.",
			want: map[string]string{"base:ain-al-asad": "2024-01-06"}},
		{name: "two days after another event", published: "2024-01-11",
			text: "تعرضت قاعدة حرير لقصف بطائرة مسيرة، بعد يومين من غارات أمريكية استهدفت مواقع في جرف الصخر مساء الأحد.",
			want: map[string]string{"base:harir": "2024-01-09"}},
		{name: "days after another event: no day", published: "2024-01-11",
			text: "تعرضت قاعدة حرير لقصف بطائرة مسيرة، بعد أيام من غارات أمريكية استهدفت مواقع في جرف الصخر مساء الأحد.",
			want: map[string]string{"base:harir": "-"}},
		{name: "two bases, two days", published: "2024-01-11",
			text: "استهدف هجوم صاروخي قاعدة عين الأسد الثلاثاء، وهو الثاني بعد هجوم الأحد على قاعدة حرير.",
			want: map[string]string{"base:ain-al-asad": "2024-01-09", "base:harir": "2024-01-07"}},
		{name: "night between two days is the first", published: "2024-01-10",
			text: "تعرض مطار أربيل الدولي لهجوم بطائرتين مسيرتين ليلة الإثنين إلى الثلاثاء.",
			want: map[string]string{"base:erbil-airbase": "2024-01-08"}},
		// The strike's day is not the day of the attack it came after, told
		// with its own day elsewhere; told nowhere else, the day stays.
		{name: "strikes hours after the attack told the evening before", published: "2024-01-12",
			text: "قالت وزارة الدفاع الأمريكية إن مقاتلات نفذت فجر اليوم الجمعة ضربات على منشأتين قرب البوكمال، وذلك بعد ساعات من هجوم بطائرة مسيرة على قاعدة حرير.\n\nوكانت مسيرة قد استهدفت قاعدة حرير مساء الخميس.",
			want: map[string]string{"base:harir": "2024-01-11"}},
		{name: "raids a day after the attack told with its day", published: "2024-01-12",
			text: "شنت طائرات أمريكية مساء الخميس غارات على مخازن في القائم، عقب يوم من هجوم صاروخي على قاعدة عين الأسد.\n\nوكانت صواريخ قد سقطت على قاعدة عين الأسد مساء الأربعاء.",
			want: map[string]string{"base:ain-al-asad": "2024-01-10"}},
		// "أمس الأول من نوعه" is yesterday's, the first of its kind; a
		// weekday before "الخامس من الشهر نفسه" is of the month told before.
		{name: "yesterday's attack, the first of its kind", published: "2024-01-12",
			text: "ولم يكن هجوم أمس الأول من نوعه على قاعدة حرير هذا الشهر.",
			want: map[string]string{"base:harir": "2024-01-11"}},
		{name: "a weekday and a day of the same month", published: "2024-02-20",
			text: "سقطت صواريخ على قاعدة عين الأسد في 3 كانون الثاني.\n\nوبعد يومين، أي يوم الجمعة الخامس من الشهر نفسه، استهدف صاروخان قاعدة بلد الجوية.",
			want: map[string]string{"base:ain-al-asad": "2024-01-03", "base:balad": "2024-01-05"}},
		// The lead's day.
		{name: "headline day over an undated body", published: "2024-02-12",
			text: "قصف صاروخي على قاعدة أمريكية في دير الزور مساء أمس\n\nقالت مصادر محلية إن ثلاثة صواريخ سقطت داخل حقل العمر النفطي وأحدثت أضرارا مادية.",
			want: map[string]string{"base:omar-oil-field": "2024-02-11"}},
		{name: "dateline day over an undated body", published: "2024-01-22",
			text: "صواريخ على عين الأسد\n\nالأنبار - 21/1/2024\n\nقال مصدر أمني إن صواريخ عدة استهدفت قاعدة عين الأسد الجوية وسقط بعضها قرب المدرج.",
			want: map[string]string{"base:ain-al-asad": "2024-01-21"}},
		{name: "a background attack told later keeps no date", published: "2024-02-12",
			text: "هجوم بمسيرة على خراب الجير فجر اليوم\n\nقال المرصد إن طائرة مسيرة استهدفت قاعدة خراب الجير في ريف الحسكة.\n\nوكانت قاعدة الشدادي قد تعرضت لهجمات مماثلة في أوقات سابقة.",
			want: map[string]string{"base:kharab-al-jir": "2024-02-12"}},
	})
}

func TestAttackDatesWithoutPublished(t *testing.T) {
	runDateCases(t, []dateCase{
		{name: "relative day stays null with its words",
			text:     "استهدفت طائرة مسيرة قاعدة حرير مساء أمس دون وقوع إصابات.",
			want:     map[string]string{"base:harir": "-"},
			dateText: map[string]string{"base:harir": "مساء أمس"}},
		{name: "absolute hijri day resolves",
			text: "أعلنت فصائل عراقية مسؤوليتها عن قصف قاعدة عين الأسد يوم 15 شعبان 1445 هـ.",
			want: map[string]string{"base:ain-al-asad": "2024-02-25"}},
	})
}

// runDateCases extracts each case and compares the days of its attacks;
// several attacks on one base are listed as days joined by "|".
func runDateCases(t *testing.T, cases []dateCase) {
	t.Helper()
	x := extract.New(loadLexicon(t))
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			res := x.Extract(model.Article{ID: "d", Published: tc.published}, tc.text)
			got := map[string][]string{}
			texts := map[string]string{}
			for _, at := range res.Attacks {
				day := "-"
				if at.Date != nil {
					day = *at.Date
				}
				got[at.Target] = append(got[at.Target], day)
				texts[at.Target] = at.DateText
			}
			for target, want := range tc.want {
				days := got[target]
				sort.Sort(sort.Reverse(sort.StringSlice(days)))
				if g := strings.Join(days, "|"); g != want {
					t.Errorf("attack on %s: days %q, want %q (all: %v)", target, g, want, got)
				}
			}
			for target, want := range tc.dateText {
				if texts[target] != want {
					t.Errorf("attack on %s: dateText %q, want %q", target, texts[target], want)
				}
			}
		})
	}
}

// TestNightEarlyHours: "ليل الأحد - الإثنين" is the Sunday unless the
// sentence then places the attack "في الساعات الأولى من يوم الإثنين".
func TestNightEarlyHours(t *testing.T) {
	x := extract.New(loadLexicon(t))
	for text, want := range map[string]string{
		"وكانت المقاومة الإسلامية في العراق قد أعلنت، ليل الأحد - الإثنين، استهداف قاعدة حقل العمر بطائرة مسيرة، وهو الهجوم الذي وقع في الساعات الأولى من يوم الإثنين.": "base:omar-oil-field@2024-02-05",
		"وكانت المقاومة الإسلامية في العراق قد أعلنت، ليل الأحد - الإثنين، استهداف قاعدة حقل العمر بطائرة مسيرة.":                                                       "base:omar-oil-field@2024-02-04",
	} {
		res := x.Extract(model.Article{ID: "n", Published: "2024-02-08"}, "هجوم\n"+text)
		if got := attackDays(res); !slices.Equal(got, []string{want}) {
			t.Errorf("%s\nattacks %v, want [%s]", text, got, want)
		}
	}
}

// TestWorldTimeAside: "بعد منتصف الليل (22,45 ت غ الثلاثاء)" tells the
// same hour in universal time; the attack stays on the local day.
func TestWorldTimeAside(t *testing.T) {
	x := extract.New(loadLexicon(t))
	res := x.Extract(model.Article{ID: "g", Published: "2020-01-08"}, "صواريخ\n"+
		"أطلق الحرس الثوري الإيراني فجر الأربعاء صواريخ باليستية على قاعدة عين الأسد الجوية.\n"+
		"وقالت قيادة العمليات المشتركة إن 22 صاروخاً سقطت بعد منتصف الليل (22,45 ت غ الثلاثاء)، منها 17 على قاعدة عين الأسد.")
	if got := attackDays(res); !slices.Equal(got, []string{"base:ain-al-asad@2020-01-08"}) {
		t.Errorf("attacks %v, want one on 2020-01-08", got)
	}
}

// TestSinceAttackIsEarlier: "ويعد هجوم التاجي الأول ... منذ الهجوم على
// قاعدة كي وان أواخر ديسمبر" tells K1's attack as an earlier one: it does
// not take the day of the attack counted beside it.
func TestSinceAttackIsEarlier(t *testing.T) {
	x := extract.New(loadLexicon(t))
	res := x.Extract(model.Article{ID: "e", Published: "2020-03-12"}, "هجوم\n"+
		"قتل ثلاثة جنود في هجوم بالصواريخ استهدف مساء أمس الأربعاء معسكر التاجي شمالي بغداد.\n"+
		"ويعد هجوم التاجي الأول الذي يودي بحياة جنود أمريكيين منذ الهجوم على قاعدة كي وان في كركوك أواخر ديسمبر الماضي، والذي ردت عليه واشنطن بغارات على مواقع لكتائب حزب الله في القائم والبوكمال، قبل أن تتسارع الأحداث بضربة صاروخية إيرانية على قاعدة عين الأسد.")
	for _, d := range attackDays(res) {
		if strings.HasPrefix(d, "base:k1@2020") {
			t.Errorf("attacks %v: K1 takes the Taji day", attackDays(res))
		}
	}
}

// TestInlineDateline: "واشنطن/بغداد 3 فبراير 2024 (وكالة) شنت الولايات
// المتحدة مساء أمس (الجمعة) ضربات" dates the strikes by "أمس", not by the
// filing day at the head of the sentence.
func TestInlineDateline(t *testing.T) {
	x := extract.New(loadLexicon(t))
	res := x.Extract(model.Article{ID: "d", Published: "2024-02-03"}, "ضربات\n"+
		"واشنطن/بغداد 3 فبراير 2024 (شينخوا) شنت الولايات المتحدة مساء أمس (الجمعة) ضربات جوية على مواقع لكتائب حزب الله في البوكمال، ردا على الهجوم على البرج 22.")
	if !oneRetaliation(res, "", "2024-02-02", "") {
		t.Errorf("retaliations %+v, want one on 2024-02-02", res.Retaliations)
	}
}

// TestAssassinationDay: "ويأتي الهجوم بعد أيام من هجوم على قاعدة X، وسط
// مخاوف ... بعد اغتيال Y في طهران في 31 يوليو" does not date X's attack by
// the killing.
func TestAssassinationDay(t *testing.T) {
	x := extract.New(loadLexicon(t))
	res := x.Extract(model.Article{ID: "k", Published: "2024-08-11"}, "هجوم\n"+
		"ويأتي الهجوم بعد أيام من هجوم صاروخي على قاعدة عين الأسد الجوية في العراق، وسط مخاوف من اتساع الصراع بعد اغتيال قيادي بارز في طهران في 31 يوليو تموز.")
	for _, d := range attackDays(res) {
		if d == "base:ain-al-asad@2024-07-31" {
			t.Errorf("attacks %v: Ain al-Asad dated by the killing", attackDays(res))
		}
	}
}

// TestTodaysAttackNamedLater: in "بعد يومين من هجوم البرج 22، …، إلا أن
// هجوم اليوم يشير إلى …" the "اليوم" after another attack noun, in a later
// clause, names today's attack, not the Tower 22 attack.
func TestTodaysAttackNamedLater(t *testing.T) {
	x := extract.New(loadLexicon(t))
	res := x.Extract(model.Article{ID: "k", Published: "2024-02-05"},
		"قُتل ستة مقاتلين فجر اليوم الإثنين بهجوم بطائرة مسيرة على قاعدة حقل العمر. "+
			"وأعلنت جماعة مسلحة، بعد يومين من هجوم البرج 22، تعليق عملياتها، إلا أن هجوم اليوم يشير إلى أن فصائل أخرى ماضية في التصعيد.")
	got := attackDays(res)
	for _, d := range got {
		if d == "base:tower-22@2024-02-05" {
			t.Errorf("attacks %v: the Tower 22 attack dated by today's attack", got)
		}
	}
	if !slices.Contains(got, "base:omar-oil-field@2024-02-05") {
		t.Errorf("attacks %v: want today's attack on al-Omar", got)
	}
}

// TestAttackDayWordings checks days an attack takes from the words around
// it: a day after "قبل أن" is of what followed ("قبل أن تستأنف العمل صباح
// الخميس"); a base whose verb follows a relative aside ("وكان المعسكر،
// الذي يستضيف مدربين، قد تعرّض مساء الأربعاء") takes that verb's day;
// "في ذلك اليوم" points back to the day named last, past an aside.
func TestAttackDayWordings(t *testing.T) {
	x := extract.New(loadLexicon(t))
	cases := []struct {
		name, published, text string
		want                  []string
	}{
		{"a day after قبل أن is of what followed", "2022-08-25",
			"سقطت صواريخ مساء الأربعاء على حقل كونيكو. " +
				"وقال عامل في محطة معالجة الغاز بكونيكو إن الإدارة أخرجت العمال من الموقع بعد سقوط الصواريخ، قبل أن تستأنف العمل صباح الخميس.",
			[]string{"base:conoco-gas-field@2022-08-24"}},
		{"control: a new attack, its day after قبل أن", "2024-02-05",
			"سقطت ثلاثة صواريخ كاتيوشا أطلقت باتجاه قاعدة بلد الجوية في أرض زراعية قبل أن تبلغ هدفها مساء أمس.",
			[]string{"base:balad@2024-02-04"}},
		{"the verb's day past a relative aside", "2020-03-13",
			"شنت طائرات أمريكية فجر الجمعة غارات على مخازن أسلحة، بعد أقل من ثمانٍ وأربعين ساعة على الهجوم الصاروخي الذي ضرب معسكر التاجي. " +
				"وكان المعسكر، الذي يستضيف مدربين من التحالف الدولي، قد تعرّض مساء الأربعاء الحادي عشر من آذار لرشقة من ثمانية عشر صاروخاً.",
			[]string{"base:taji@2020-03-11"}},
		{"that day, the day named last", "2022-08-24",
			"نفذت القوات الأمريكية فجر اليوم الأربعاء غارات على مواقع في دير الزور.\n\n" +
				"وقال المتحدث إن الضربات جاءت لحماية القوات من هجمات مماثلة لهجوم 15 من آب الجاري.\n\n" +
				"وكانت قاعدة التنف، الواقعة قرب المثلث الحدودي، قد تعرضت في ذلك اليوم لهجوم بطائرات مسيرة.",
			[]string{"base:al-tanf@2022-08-15"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			res := x.Extract(model.Article{ID: "k", Published: tc.published}, tc.text)
			if got := attackDays(res); !slices.Equal(got, tc.want) {
				t.Errorf("attacks %v, want %v", got, tc.want)
			}
		})
	}
}

// TestSinceWhen checks a day after "منذ" that a clause of "حين" or
// "عندما" then tells of: "الهجوم الأول منذ 9 أيار، حين استهدفتها
// مسيرات" dates that attack, and the attack is found; without the clause
// the day is a point of comparison and dates nothing.
func TestSinceWhen(t *testing.T) {
	x := extract.New(loadLexicon(t))
	lead := "سقطت صواريخ على قاعدة حرير فجر الأحد 2 حزيران 2024.\n"
	for tail, want := range map[string]bool{
		"ويعد الهجوم الأول على القاعدة منذ 9 أيار، حين استهدفتها مسيرتان من دون إصابات.": true,
		"ويعد الهجوم الأول على القاعدة منذ 9 أيار عندما سقطت قذيفة في محيطها.":           true,
		"ويعد الهجوم الأول على القاعدة منذ 9 أيار، وهو ما يثير مخاوف من عودة التصعيد.":   false,
		"وتعرضت القوات منذ 9 أيار لما لا يقل عن خمس هجمات في العراق وسوريا.":             false,
	} {
		res := x.Extract(model.Article{ID: "w", Published: "2024-06-03"}, "هجوم\n"+lead+tail)
		got := false
		for _, at := range res.Attacks {
			if at.Target == "base:harir" && at.Date != nil && *at.Date == "2024-05-09" {
				got = true
			}
		}
		if got != want {
			t.Errorf("%s\nattack on 2024-05-09: %v, want %v", tail, got, want)
		}
	}
}

// TestTwoDaysOneBase: one sentence that tells two attacks on one base, each
// with its day before it ("ففي 3 آذار قصفت مسيرة المطار، وفي 20 شباط سقطت
// صواريخ على المطار"), gives two attacks; a day told after the base of
// one attack ("اعترضت، في الليلة نفسها وقبيل منتصف الليل، مسيرات متجهة
// نحو القاعدة") gives one.
func TestTwoDaysOneBase(t *testing.T) {
	x := extract.New(loadLexicon(t))
	lead := "استهدفت مسيرتان مطار أربيل الدولي ليل السبت.\n"
	for tail, want := range map[string][]string{
		"ويعد الهجوم الثالث هذا العام، ففي 3 آذار الماضي قصفت مسيرة المطار، وفي 20 شباط سقطت صواريخ على المطار.":     {"2024-02-20", "2024-03-03", "2024-04-13"},
		"وفي 30 آذار اعترضت الدفاعات في مطار أربيل، قبيل منتصف ليل الأحد 31 آذار، مسيرتين كانتا متجهتين نحو المطار.": {"2024-03-30", "2024-04-13"},
	} {
		res := x.Extract(model.Article{ID: "d", Published: "2024-04-14"}, "هجوم\n"+lead+tail)
		var got []string
		for _, at := range res.Attacks {
			if at.Target == "base:erbil-airbase" && at.Date != nil {
				got = append(got, *at.Date)
			}
		}
		sort.Strings(got)
		if !slices.Equal(got, want) {
			t.Errorf("%s\nattacks on %v, want %v", tail, got, want)
		}
	}
}

// TestTimelineHeadings checks a timeline whose date lines stand alone and
// whose events follow on the next line: each event takes its heading's day
// up to the blank line.
func TestTimelineHeadings(t *testing.T) {
	runDateCases(t, []dateCase{
		{name: "events under their date lines", published: "2021-03-04",
			text: "سقطت صواريخ على قاعدة حرير صباح أمس الأربعاء.\nوفي ما يلي تسلسل زمني لأبرز الهجمات:\n\n" +
				"5 تشرين الأول/أكتوبر 2019\nأكثر من 20 صاروخاً تسقط على قاعدة بلد الجوية قرب سامراء.\n\n" +
				"9 تشرين الأول/أكتوبر 2019\nهجوم صاروخي جديد على قاعدة بلد يصيب جندياً.\n",
			want: map[string]string{"base:harir": "2021-03-03", "base:balad": "2019-10-09|2019-10-05"}},
		{name: "the heading ends at the blank line", published: "2021-03-04",
			text: "5 تشرين الأول/أكتوبر 2019\nأكثر من 20 صاروخاً تسقط على قاعدة بلد الجوية.\n\n" +
				"9 تشرين الأول/أكتوبر 2019\nهجوم صاروخي جديد على قاعدة التنف.\n\nوتعرضت قاعدة حرير لهجوم بطائرة مسيرة.\n",
			want: map[string]string{"base:balad": "2019-10-05", "base:al-tanf": "2019-10-09", "base:harir": "-"}},
	})
}

// TestExplainerQuestion checks an explainer's question and answer: "هل
// استُهدف مطار X من قبل؟" tells no attack by itself, and the answer's
// pronouns ("سقطت عليه"، "في محيطه") are attacks on X on their own days.
func TestExplainerQuestion(t *testing.T) {
	runDateCases(t, []dateCase{
		{name: "the answer's pronouns", published: "2021-02-26",
			text: "هل استُهدف مطار أربيل من قبل؟\nنعم، مرات عدة. ففجر الثامن من كانون الثاني/يناير 2020 سقطت عليه صواريخ باليستية، وفي 30 أيلول/سبتمبر من العام نفسه سقطت ستة صواريخ في محيطه.",
			want: map[string]string{"base:erbil-airbase": "2020-09-30|2020-01-08"}},
		{name: "the question alone", published: "2021-02-26",
			text: "هل استُهدف مطار أربيل من قبل؟\nلا توجد معلومات مؤكدة حتى الآن.",
			want: map[string]string{"base:erbil-airbase": ""}}, // no attack at all
	})
}
