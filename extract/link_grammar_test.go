package extract_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/nisba/nisba/extract"
	"github.com/nisba/nisba/model"
)

// TestBlameLinking: an article that reports today's attack and recalls an
// earlier one on another base, with a claim of the earlier one and blame
// for today's. Each blame must land on its own attack, whichever order the
// sentences come in, however the background attack is told and however the
// blame points back (by day, by base, "الأخير", a pronoun).
func TestBlameLinking(t *testing.T) {
	x := extract.New(loadLexicon(t))
	head := "هجوم بطائرات مسيرة على قاعدة عين الأسد\n"
	main := "تعرضت قاعدة عين الأسد الجوية غربي العراق فجر اليوم الأربعاء لهجوم بطائرتين مسيرتين، بحسب مصدر أمني. "
	backgrounds := map[string]string{
		"pluperfect":  "وكانت قاعدة حرير في أربيل قد تعرضت في الخامس من الشهر الجاري لهجوم صاروخي تبنته حركة النجباء. ",
		"dated first": "وفي الخامس من الشهر الجاري، استهدف هجوم صاروخي قاعدة حرير في أربيل، وأعلنت حركة النجباء مسؤوليتها عنه. ",
		"claim first": "وكانت حركة النجباء قد أعلنت مسؤوليتها عن هجوم صاروخي استهدف قاعدة حرير في أربيل في الخامس من الشهر الجاري. ",
		"noun":        "ويأتي ذلك بعد هجوم صاروخي على قاعدة حرير في أربيل في الخامس من الشهر الجاري، تبنته حركة النجباء. ",
	}
	// Blame of today's attack said right after it (near) or after the
	// background (far): only the far shapes that name which attack they
	// mean are asked to survive the background between.
	blames := []struct {
		name, text string
		far        bool
	}{
		{"likely", "ورجح مسؤول أمريكي أن تكون كتائب حزب الله وراء الهجوم. ", false},
		{"pronoun", "ولم تعلن أي جهة مسؤوليتها عن الهجوم، لكن مسؤولاً أمريكياً اتهم كتائب حزب الله بالوقوف وراءه. ", false},
		{"today's", "ولم تعلن أي جهة مسؤوليتها عن هجوم اليوم، لكن مسؤولاً أمريكياً اتهم كتائب حزب الله بالوقوف وراءه. ", true},
		{"by base", "واتهم مسؤولون أمريكيون كتائب حزب الله بتنفيذ الهجوم على عين الأسد. ", true},
		{"latest", "ويشتبه مسؤولون أمريكيون في أن كتائب حزب الله تقف وراء الهجوم الأخير. ", true},
		{"own claim", "وأعلنت كتائب حزب الله في بيان مسؤوليتها عن استهداف قاعدة عين الأسد بطائرتين مسيرتين. ", true},
		{"wednesday's", "وحمّل مسؤول في البنتاغون كتائب حزب الله مسؤولية هجوم الأربعاء. ", true},
	}
	for bn, bg := range backgrounds {
		for _, b := range blames {
			orders := map[string]string{"near": main + b.text + bg}
			if b.far {
				orders["far"] = main + bg + b.text
			}
			for on, body := range orders {
				t.Run(fmt.Sprintf("%s/%s/%s", bn, b.name, on), func(t *testing.T) {
					res := x.Extract(model.Article{ID: "l", Published: "2024-03-13"}, head+body)
					days := attackDays(res)
					for _, want := range []string{"base:ain-al-asad@2024-03-13", "base:harir@2024-03-05"} {
						if !slices.Contains(days, want) {
							t.Errorf("attacks %v, want %s", days, want)
						}
					}
					today, earlier := blamedFor(res, "base:ain-al-asad"), blamedFor(res, "base:harir")
					if !slices.Contains(today, "militia:kataib-hezbollah") || slices.Contains(today, "militia:nujaba") {
						t.Errorf("today's attack blames %v, want kataib-hezbollah alone", today)
					}
					if !slices.Contains(earlier, "militia:nujaba") || slices.Contains(earlier, "militia:kataib-hezbollah") {
						t.Errorf("earlier attack blames %v, want nujaba alone", earlier)
					}
					if t.Failed() {
						t.Log(strings.ReplaceAll(body, ". ", ".\n"))
					}
				})
			}
		}
	}
}

// TestAirportAnaphor: "المطار" is the base told as an airport ("مطار X"),
// not a later base only also known as one; and told with "تعرض" and a time
// of its own after the airport is named in the same sentence, it is an
// earlier attack, the one a claim in its clause is about.
func TestAirportAnaphor(t *testing.T) {
	x := extract.New(loadLexicon(t))
	lead := "ضربت مسيرة مفخخة مطار أربيل مساء أمس الثلاثاء، بينما سقطت ثلاثة صواريخ فجر اليوم قرب قاعدة حرير.\n"
	for name, tc := range map[string]struct{ text, claimed string }{
		"next sentence": {"وكان المطار قد تعرض في العاشر من كانون الثاني الماضي لهجوم بالصواريخ تبنته «سرايا أولياء الدم».", "base:erbil-airbase@2021-01-10"},
		"same sentence": {"وهذا الهجوم هو الثاني على مطار أربيل خلال شهرين، إذ تعرض المطار في منتصف كانون الثاني الماضي لهجوم صاروخي تبنته «سرايا أولياء الدم».", "base:erbil-airbase@"},
	} {
		res := x.Extract(model.Article{ID: "p", Published: "2021-03-10"}, "هجومان\n"+lead+tc.text)
		var claimed []string
		for _, at := range res.Attacks {
			for _, x := range at.Attributions {
				if x.Accused == "militia:saraya-awliya-al-dam" {
					day := ""
					if at.Date != nil {
						day = *at.Date
					}
					claimed = append(claimed, at.Target+"@"+day)
				}
			}
		}
		if !slices.Equal(claimed, []string{tc.claimed}) {
			t.Errorf("%s: claimed %v, want [%s] (attacks %v)", name, claimed, tc.claimed, attackDays(res))
		}
	}
}

// TestClaimHoursLater: "وبعد ساعات من الهجوم الأول، تبنّت X استهداف مطار
// Y" dates the claim, not a second attack: X claims the attack on Y told
// first, even after another base's attack of a later hour.
func TestClaimHoursLater(t *testing.T) {
	x := extract.New(loadLexicon(t))
	for _, opener := range []string{"وبعد ساعات من الهجوم الأول، ", "وبعد ساعات، ", ""} {
		res := x.Extract(model.Article{ID: "h", Published: "2022-06-02"}, "هجومان\n"+
			"استهدفت مسيرة مطار أربيل مساء أمس الأربعاء، ثم سقطت صواريخ فجر اليوم الخميس قرب قاعدة حرير.\n"+
			"وقال مسؤول أمني إن ثلاثة صواريخ سقطت فجر اليوم في أرض خالية قرب قاعدة حرير.\n"+
			opener+"تبنت جماعة تسمي نفسها «أصحاب الكهف» استهداف مطار أربيل في بيان على تلغرام.")
		if got := attackDays(res); !slices.Equal(got, []string{"base:erbil-airbase@2022-06-01", "base:harir@2022-06-02"}) {
			t.Errorf("%q: attacks %v, want one on each base", opener, got)
		}
		if got := blamedFor(res, "base:erbil-airbase"); !slices.Contains(got, "militia:ashab-al-kahf") {
			t.Errorf("%q: Erbil blamed on %v", opener, got)
		}
	}
}

// TestSourceAtBase: "وفق ما أفاد به مصدر في مطار X" says where a source
// works; the airport is not a second base attacked.
func TestSourceAtBase(t *testing.T) {
	x := extract.New(loadLexicon(t))
	res := x.Extract(model.Article{ID: "s", Published: "2023-10-19"}, "مسيرتان\n"+
		"وكانت قاعدة فكتوريا قد شهدت مساء أمس الأربعاء محاولة استهداف بطائرتين مسيرتين أسقطتهما الدفاعات، وفق ما أفاد به مصدر في مطار بغداد.")
	if got := attackDays(res); !slices.Equal(got, []string{"base:victory@2023-10-18"}) {
		t.Errorf("attacks %v, want only the one on Victory", got)
	}
}

// TestFoiledBeforeIsBackground: a launcher "كانت القطعات قد عثرت عليه" the
// day before is background; a later "الهجوم الفاشل" with blame is the
// story's attack, told first.
func TestFoiledBeforeIsBackground(t *testing.T) {
	x := extract.New(loadLexicon(t))
	res := x.Extract(model.Article{ID: "f", Published: "2022-03-07"}, "إسقاط مسيرتين\n"+
		"أعلنت خلية الإعلام الأمني فجر اليوم الإثنين إسقاط طائرتين مسيرتين كانتا تحاولان استهداف قاعدة فكتوريا.\n"+
		"وأضاف البيان أن القطعات الأمنية كانت قد عثرت مساء أمس الأحد على منصة صواريخ موجهة نحو القاعدة ذاتها، وأحبطت الاعتداء قبل وقوعه.\n"+
		"وقال مسؤول في التحالف إن الهجوم الفاشل يحمل بصمات واضحة، مضيفاً أنه يعتقد أن فصائل موالية لإيران نفذته.")
	var got []string
	for _, at := range res.Attacks {
		for _, x := range at.Attributions {
			got = append(got, fmt.Sprint(*at.Date, " ", x.Accused))
		}
	}
	if !slices.Equal(got, []string{"2022-03-07 militia:iran-backed-militias"}) {
		t.Errorf("blamed %v, want the drones of 2022-03-07 on the backed militias (attacks %v)", got, attackDays(res))
	}
}

// TestSimilarAttemptAfter: "تعرضت قاعدة X لهجوم، بعد ساعات من محاولة
// مماثلة استهدفت قاعدة Y" makes Y's attempt the side event, not X's attack:
// blame for "الهجمات" then covers X's attack too.
func TestSimilarAttemptAfter(t *testing.T) {
	x := extract.New(loadLexicon(t))
	res := x.Extract(model.Article{ID: "m", Published: "2023-11-02"}, "مسيرات تستهدف عين الأسد وفكتوريا خلال ساعات\nالأنبار/ وكالات\n"+
		"تعرضت قاعدة عين الأسد فجر اليوم الخميس لهجوم بثلاث طائرات مسيرة، بعد ساعات من محاولة مماثلة استهدفت قاعدة فكتوريا قرب مطار بغداد.\n"+
		"وقال مصدر أمني إن الدفاعات الجوية في القاعدة أسقطت طائرتين، فيما سقطت الثالثة داخل سور القاعدة.\n"+
		"وكانت قاعدة فكتوريا قد شهدت مساء أمس الأربعاء محاولة استهداف بطائرتين مسيرتين أسقطتهما الدفاعات.\n"+
		"ورجح متحدث باسم البنتاغون أن تكون مجموعات مدعومة من إيران وراء الهجمات.")
	if got := blamedFor(res, "base:ain-al-asad"); !slices.Contains(got, "militia:iran-backed-militias") {
		t.Errorf("Ain al-Asad blamed on %v, want the backed militias (attacks %v)", got, attackDays(res))
	}
}

// TestAnsweredAttackOwnMonth: in a lead about a strike, "رداً على الهجمات،
// ومنها الهجوم على قاعدة X الذي أدى إلى مقتل جنود أواخر الشهر الماضي" gives
// X's attack its own loose time, not the strike's day.
func TestAnsweredAttackOwnMonth(t *testing.T) {
	x := extract.New(loadLexicon(t))
	res := x.Extract(model.Article{ID: "o", Published: "2024-02-08"}, "غارة على بغداد\nبغداد - وكالات\n"+
		"قتل قائد في كتائب حزب الله مساء أمس الأربعاء بغارة نفذتها طائرة مسيرة أمريكية في بغداد.\n"+
		"وقالت القيادة المركزية الأمريكية إن الضربة جاءت ردا على الهجمات على القوات الأمريكية، ومنها الهجوم على قاعدة التنف الذي أدى إلى إصابة جنود أواخر الشهر الماضي.")
	for _, at := range res.Attacks {
		if at.Target == "base:al-tanf" && (at.Date != nil || at.DateText != "أواخر الشهر الماضي") {
			t.Errorf("attack on al-Tanf dated %v %q, want no day and its own month", at.Date, at.DateText)
		}
	}
	if got := attackDays(res); !slices.Contains(got, "base:al-tanf@undated") {
		t.Errorf("attacks %v, want one on al-Tanf", got)
	}
}

// TestSeriesSince: "وهذه هي المحاولة الثالثة لاستهداف حقل كونيكو منذ منتصف
// الشهر الجاري" counts the attack told; "منذ" gives it no time of its own,
// also in an article with no publication day. With a day after the span
// ("إذ كان قد تعرض في الثاني من ذلك الشهر") the sentence tells an earlier
// attack.
func TestSeriesSince(t *testing.T) {
	x := extract.New(loadLexicon(t))
	lead := "أسقطت الدفاعات الجوية في حقل كونيكو فجر اليوم طائرتين مسيرتين.\n"
	for _, tc := range []struct{ published, text, want string }{
		{"", "وهذه هي المحاولة الثالثة لاستهداف حقل كونيكو منذ منتصف الشهر الجاري.", "base:conoco-gas-field@undated"},
		{"2024-03-20", "وهذه هي المحاولة الثالثة لاستهداف حقل كونيكو منذ منتصف الشهر الجاري.", "base:conoco-gas-field@2024-03-20"},
		{"2024-03-20", "وهذا أول هجوم على الحقل منذ مطلع شباط الماضي، إذ كان قد تعرض في الثاني من ذلك الشهر لقصف صاروخي.", "base:conoco-gas-field@2024-02-02 base:conoco-gas-field@2024-03-20"},
	} {
		res := x.Extract(model.Article{ID: "s", Published: tc.published}, "كونيكو\n"+lead+tc.text)
		got := attackDays(res)
		slices.Sort(got)
		if strings.Join(got, " ") != tc.want {
			t.Errorf("%q %s\nattacks %v, want %s", tc.published, tc.text, got, tc.want)
		}
	}
}

// TestDomesticArmyPost: "هجوم مماثل استهدف نقطة للجيش العراقي في قضاء
// الدبس" is an attack on the country's own army, no foreign post; "نقطة
// للقوات التركية في بلدة مارع" is one.
func TestDomesticArmyPost(t *testing.T) {
	x := extract.New(loadLexicon(t))
	for text, want := range map[string]int{
		"قتل ثلاثة جنود في هجوم استهدف نقطة للجيش العراقي في قضاء الدبس شمال غربي كركوك مساء الأحد.": 0,
		"قتل جنديان في هجوم استهدف نقطة للقوات التركية في بلدة مارع مساء الأحد.":                     1,
	} {
		res := x.Extract(model.Article{ID: "p", Published: "2022-12-20"}, "هجوم\n"+text)
		if got := attackDays(res); len(got) != want {
			t.Errorf("%s\nattacks %v, want %d", text, got, want)
		}
	}
}
