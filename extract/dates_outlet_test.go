package extract_test

import (
	"sort"
	"strings"
	"testing"

	"github.com/nisba/nisba/extract"
	"github.com/nisba/nisba/model"
)

// outletCase is an article of an outlet and the days (joined by "|", "-"
// for none) each attacked base must get.
type outletCase struct {
	name, published, outlet, text string
	want                          map[string]string
}

// TestOutletNamesDateNoAttack checks that an outlet whose name holds a date
// word ("بغداد اليوم", "روسيا اليوم") dates no attack, wherever it is
// named: the dateline, an attribution to it, the headline; and that "today"
// still dates one.
func TestOutletNamesDateNoAttack(t *testing.T) {
	runOutletCases(t, []outletCase{
		{name: "own outlet after lam, unquoted", published: "2022-05-10", outlet: "بغداد اليوم",
			text: "وقال مصدر أمني لبغداد اليوم إن صاروخين سقطا داخل قاعدة عين الأسد دون خسائر.",
			want: map[string]string{"base:ain-al-asad": "-"}},
		{name: "own outlet quoted, event day elsewhere", published: "2022-05-10", outlet: "بغداد اليوم",
			text: "تعرضت قاعدة بلد الجوية مساء أمس الاثنين لقصف بثلاث قذائف هاون.\n\nوقال مصدر في الشرطة لـ«بغداد اليوم» إن قاعدة بلد استهدفت من بساتين قريبة.",
			want: map[string]string{"base:balad": "2022-05-09"}},
		{name: "dateline of the outlet", published: "2022-05-10", outlet: "بغداد اليوم",
			text: "بغداد اليوم – صلاح الدين\n\nاستهدفت طائرة مسيرة قاعدة سبايكر شمال تكريت، بحسب مصدر أمني.",
			want: map[string]string{"base:speicher": "-"}},
		{name: "outlet in the headline", published: "2022-05-10", outlet: "وكالة الأنباء العراقية",
			text: "«بغداد اليوم» تنشر تفاصيل الهجوم على قاعدة التاجي\n\nأفاد مصدر بأن قذيفتين سقطتا داخل قاعدة التاجي العسكرية من دون إصابات.",
			want: map[string]string{"base:taji": "-"}},
		{name: "lexicon outlet, unquoted", published: "2022-05-10", outlet: "الميادين",
			text: "وذكرت قناة روسيا اليوم أن طائرات مسيرة حاولت استهداف قاعدة حميميم في ريف اللاذقية.",
			want: map[string]string{"base:hmeimim": "-"}},
		{name: "today from the same outlet", published: "2022-05-10", outlet: "بغداد اليوم",
			text: "تعرضت قاعدة حرير شمال أربيل اليوم لهجوم بطائرة مسيرة مفخخة.",
			want: map[string]string{"base:harir": "2022-05-10"}},
		{name: "an agency today", published: "2022-05-10", outlet: "المدى",
			text: "وأفادت وكالة رويترز اليوم بأن صواريخ سقطت قرب قاعدة عين الأسد.",
			want: map[string]string{"base:ain-al-asad": "2022-05-10"}},
	})
}

// TestMoreOfTheSameAttack checks that more munitions of an attack told
// before ("صواريخ أخرى", "الصاروخين الآخرين", "مسيرة ثانية") take its day.
func TestMoreOfTheSameAttack(t *testing.T) {
	runOutletCases(t, []outletCase{
		{name: "other rockets on another base", published: "2022-05-10",
			text: "سقط صاروخان مساء أمس على قاعدة التاجي شمال بغداد. وأضاف المصدر أن ثلاثة صواريخ أخرى سقطت بعد دقائق داخل قاعدة بلد الجوية.",
			want: map[string]string{"base:taji": "2022-05-09", "base:balad": "2022-05-09"}},
		{name: "the two other rockets", published: "2022-05-10",
			text: "استهدف هجوم بأربعة صواريخ قاعدة عين الأسد فجر الأحد. وقال مسؤول محلي إن الصاروخين الآخرين سقطا في محيط قاعدة الحبانية.",
			want: map[string]string{"base:ain-al-asad": "2022-05-08", "base:habbaniyah": "2022-05-08"}},
		{name: "a second drone", published: "2022-05-10",
			text: "أسقطت الدفاعات الجوية مسيرة مفخخة حاولت استهداف قاعدة حرير مساء السبت.\n\nوفي السياق ذاته، استهدفت مسيرة ثانية مطار أربيل الدولي.",
			want: map[string]string{"base:harir": "2022-05-07", "base:erbil-airbase": "2022-05-07"}},
		{name: "another attack keeps no day", published: "2022-05-10",
			text: "استهدفت ثلاثة صواريخ قاعدة عين الأسد مساء الأحد.\n\nوكانت قاعدة التاجي قد تعرضت لهجوم آخر لم تعرف حصيلته.",
			want: map[string]string{"base:ain-al-asad": "2022-05-08", "base:taji": "-"}},
	})
}

func runOutletCases(t *testing.T, cases []outletCase) {
	t.Helper()
	x := extract.New(loadLexicon(t))
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			res := x.Extract(model.Article{ID: "o", Published: tc.published, Outlet: tc.outlet}, tc.text)
			got := map[string][]string{}
			for _, at := range res.Attacks {
				day := "-"
				if at.Date != nil {
					day = *at.Date
				}
				got[at.Target] = append(got[at.Target], day)
			}
			for target, want := range tc.want {
				days := got[target]
				sort.Sort(sort.Reverse(sort.StringSlice(days)))
				if g := strings.Join(days, "|"); g != want {
					t.Errorf("attack on %s: days %q, want %q (all: %v)", target, g, want, got)
				}
			}
		})
	}
}

// TestStatementDayYieldsToTheEventDay checks that an attack dated only by
// the day of the statement that tells of it ("أعلنت القيادة، اليوم
// الثلاثاء، ...") joins the attack on its base dated a day or two before
// in the article, and stays apart from an earlier attack told as such.
func TestStatementDayYieldsToTheEventDay(t *testing.T) {
	runOutletCases(t, []outletCase{
		{name: "announcement then the event's night", published: "2022-05-10",
			text: "أعلنت قيادة العمليات المشتركة، اليوم الثلاثاء، إصابة جندي في هجوم بطائرة مسيرة على قاعدة بلد الجوية.\n\nوذكرت القيادة في بيانها أن طائرة مسيرة مفخخة استهدفت قاعدة بلد الجوية في ساعة متأخرة من ليل الاثنين.",
			want: map[string]string{"base:balad": "2022-05-09"}},
		{name: "a source today, the rockets yesterday", published: "2022-05-11",
			text: "قال مصدر أمني اليوم الأربعاء إن ثلاثة صواريخ سقطت داخل قاعدة التاجي شمالي بغداد.\n\nوأوضح المصدر أن الصواريخ أطلقت نحو قاعدة التاجي مساء الثلاثاء من منطقة زراعية.",
			want: map[string]string{"base:taji": "2022-05-10"}},
		{name: "a similar earlier attack stays apart", published: "2022-05-14",
			text: "أعلنت خلية الإعلام الأمني، اليوم السبت، سقوط صاروخين على قاعدة عين الأسد الجوية.\n\nوكانت قاعدة عين الأسد قد تعرضت لهجوم مماثل مساء الخميس.",
			want: map[string]string{"base:ain-al-asad": "2022-05-14|2022-05-12"}},
		{name: "an attack long before stays apart", published: "2022-05-15",
			text: "أفادت مصادر كردية، اليوم الأحد، بأن طائرة مسيرة استهدفت قاعدة حرير.\n\nواستهدفت مسيرة قاعدة حرير يوم 2 أيار دون إصابات.",
			want: map[string]string{"base:harir": "2022-05-15|2022-05-02"}},
	})
}

// TestLeadAfterDatelineLine checks that a dateline on a line of its own
// between the headline and the lead does not take the lead's place: the
// lead's day still dates the attack the body tells without a day.
func TestLeadAfterDatelineLine(t *testing.T) {
	const body = "\n\nوقالت المصادر إن الصواريخ سقطت داخل قاعدة عين الأسد الجوية دون إصابات."
	runOutletCases(t, []outletCase{
		{name: "city and outlet with a dash", published: "2022-05-10",
			text: "قصف صاروخي يستهدف قوات التحالف في الأنبار\n\nالأنبار - المدى\n\nتعرضت قوات التحالف الدولي مساء أمس الاثنين لقصف بثلاثة صواريخ غراد، بحسب مصادر أمنية." + body,
			want: map[string]string{"base:ain-al-asad": "2022-05-09"}},
		{name: "agency in brackets", published: "2022-05-10",
			text: "صواريخ على قوات التحالف غربي العراق\n\nبغداد (رويترز) -\n\nقالت مصادر أمنية عراقية إن قوات التحالف الدولي تعرضت فجر اليوم لقصف صاروخي." + body,
			want: map[string]string{"base:ain-al-asad": "2022-05-10"}},
		{name: "outlet with a date word and a slash", published: "2022-05-10",
			text: "هجوم صاروخي في الأنبار\n\nبغداد اليوم/ الأنبار\n\nأفاد مصدر أمني بأن قوات التحالف الدولي تعرضت ليلة أمس لقصف بالصواريخ." + body,
			want: map[string]string{"base:ain-al-asad": "2022-05-09"}},
		{name: "no dateline line", published: "2022-05-10",
			text: "قصف صاروخي يستهدف قوات التحالف في الأنبار\n\nتعرضت قوات التحالف الدولي مساء أمس الاثنين لقصف بثلاثة صواريخ غراد، بحسب مصادر أمنية." + body,
			want: map[string]string{"base:ain-al-asad": "2022-05-09"}},
	})
}
