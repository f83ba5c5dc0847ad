package extract

import (
	"slices"
	"testing"

	"github.com/nisba/nisba/extract/lexicon"
	"github.com/nisba/nisba/model"
)

// sentenceDates runs the stages before attacks on text and returns the
// date hits of each sentence as text → ISO day ("" when no day). Each
// sentence's dates are kept as run keeps them, for the rules that look back
// at the sentences before.
func sentenceDates(t *testing.T, published, text string) []map[string]string {
	t.Helper()
	lex, err := lexicon.Load()
	if err != nil {
		t.Fatalf("load lexicon: %v", err)
	}
	a := New(lex).newArticle(model.Article{ID: "t", Published: published}, text, &scratch{})
	for _, s := range a.sents {
		a.recognize(s)
	}
	var out []map[string]string
	for _, s := range a.sents {
		s.dates = a.findDates(s)
		m := map[string]string{}
		for _, h := range s.dates {
			m[h.text] = h.day
		}
		out = append(out, m)
	}
	return out
}

// TestSinceAndReportDates checks that a day after منذ opens a span (no
// day) unless it is today's or yesterday's, and that the day of a
// statement or report is left out when the event has its own date.
func TestSinceAndReportDates(t *testing.T) {
	tests := []struct {
		name, pub, text string
		want            map[string]string // date text → day; a text missing from the hits is written "-"
	}{
		{"since a calendar day", "2024-03-19",
			"وتشهد المنطقة توترا متصاعدا منذ 7 أكتوبر 2023 وفق مراقبين",
			map[string]string{"7 أكتوبر 2023": ""}},
		{"since an ordinal day", "2023-11-09",
			"بلغ عدد الهجمات على القواعد منذ السابع عشر من تشرين الأول 31 هجوما",
			map[string]string{"السابع عشر من تشرين الأول": ""}},
		{"since dawn today is today", "2024-01-15",
			"ووثق المرصد 21 غارة منذ فجر اليوم",
			map[string]string{"فجر اليوم": "2024-01-15"}},
		{"ago stays a day", "2024-01-15",
			"استهدفت مسيرة قاعدة التنف منذ يومين",
			map[string]string{"منذ يومين": "2024-01-13"}},
		{"since an attack of a day", "2024-03-19",
			"الهجوم هو الأول على الحقل منذ هجوم 25 فيفري الماضي",
			map[string]string{"25 فيفري الماضي": "2024-02-25"}},
		{"speaker's day before إن", "2024-01-29",
			"قال الناطق باسم الحكومة، اليوم الاثنين، إن الهجوم الذي وقع أمس الأحد استهدف قاعدة التنف",
			map[string]string{"اليوم الاثنين": "-", "أمس الأحد": "2024-01-28"}},
		{"a report published today", "2024-02-22",
			"وقال المرصد، في تقرير نشره اليوم الخميس، إن قاعدة الشدادي تعرضت مساء أمس الأربعاء لهجوم",
			map[string]string{"اليوم الخميس": "-", "مساء أمس الأربعاء": "2024-02-21"}},
		{"a statement and a span", "2024-02-22",
			"وذكر بيان صدر اليوم الخميس أن القاعدة شهدت خلال الأسبوع الماضي محاولات استهداف",
			map[string]string{"اليوم الخميس": "-", "الأسبوع الماضي": ""}},
		{"a span is not the event's date", "2024-01-29",
			"قال المتحدث اليوم الاثنين إن قاعدة التنف التي تنتشر فيها القوات منذ عام 2016 تعرضت لهجوم",
			map[string]string{"اليوم الاثنين": "2024-01-29", "عام 2016": ""}},
		{"the statement's day alone stays", "2024-02-22",
			"وقال المرصد في بيان اليوم إن مسيرة استهدفت قاعدة الشدادي",
			map[string]string{"اليوم": "2024-02-22"}},
		{"strikes keep the statement's day", "2024-02-03",
			"أعلنت القيادة المركزية في بيان صدر اليوم السبت أن مقاتلاتها قصفت مواقع ردا على هجوم أمس الجمعة",
			map[string]string{"اليوم السبت": "2024-02-03", "أمس الجمعة": "2024-02-02"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := sentenceDates(t, tt.pub, tt.text)
			if len(got) != 1 {
				t.Fatalf("%d sentences, want 1", len(got))
			}
			for text, day := range tt.want {
				d, ok := got[0][text]
				switch {
				case day == "-" && ok:
					t.Errorf("%q kept (day %q), want it left out", text, d)
				case day != "-" && !ok:
					t.Errorf("%q not found in %v", text, got[0])
				case day != "-" && d != day:
					t.Errorf("%q day %q, want %q", text, d, day)
				}
			}
		})
	}
}

// TestJoinDateApposition checks that the comma closing a weekday and its
// date in apposition ends no clause, while a date alone between commas
// (often the statement's) keeps its commas.
func TestJoinDateApposition(t *testing.T) {
	tests := []struct {
		name, text, after string
		joined            bool // the word after the date is in its clause
	}{
		{"apposition", "تصدت الدفاعات مساء أمس الإثنين، 15-07-2024، لهجوم بثلاث مسيرات", "لهجوم", true},
		{"apposition with a slash date", "تعرضت القاعدة فجر الأحد، 3/3/2024، لقصف صاروخي", "لقصف", true},
		{"date alone between commas", "نفت الحركة، أمس الخميس، أي صلة لها بالهجوم", "أي", false},
		{"date then a new clause", "استهدفت مسيرة القاعدة مساء أمس، وقالت مصادر إن", "وقالت", false},
		{"slash date then a new clause", "استهدفت مسيرة القاعدة في 2024/1/15، وقالت مصادر إن", "وقالت", false},
	}
	lex, err := lexicon.Load()
	if err != nil {
		t.Fatalf("load lexicon: %v", err)
	}
	x := New(lex)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := x.newArticle(model.Article{ID: "t", Published: "2024-07-16"}, tt.text, &scratch{})
			s := a.sents[0]
			a.recognize(s)
			hs := a.findDates(s)
			if len(hs) == 0 {
				t.Fatalf("no date found in %q", tt.text)
			}
			k := -1
			for i, tok := range s.toks {
				if tok.Surface == tt.after {
					k = i
				}
			}
			if k < 0 {
				t.Fatalf("no token %q", tt.after)
			}
			lo, hi := clause(s, hs[0].tok)
			if in := k >= lo && k < hi; in != tt.joined {
				t.Errorf("%q in the date's clause = %v, want %v", tt.after, in, tt.joined)
			}
		})
	}
}

// attackDaysCase is an article and, for some bases, the days of their
// attacks in the order the result gives them ("" for an undated attack).
type attackDaysCase struct {
	name, pub, text string
	want            map[string][]string
}

// runAttackDays extracts each case's article and checks the days of the
// attacks on the bases it names.
func runAttackDays(t *testing.T, tests []attackDaysCase) {
	t.Helper()
	lex, err := lexicon.Load()
	if err != nil {
		t.Fatalf("load lexicon: %v", err)
	}
	x := New(lex)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := x.Extract(model.Article{ID: "t", Published: tt.pub}, tt.text)
			got := map[string][]string{}
			for _, at := range res.Attacks {
				day := ""
				if at.Date != nil {
					day = *at.Date
				}
				got[at.Target] = append(got[at.Target], day)
			}
			for target, days := range tt.want {
				if !slices.Equal(got[target], days) {
					t.Errorf("%s: days %v, want %v (all: %v)", target, got[target], days, got)
				}
			}
		})
	}
}

// TestOwnClauseDates checks that an attack told in the فيما clause of
// another base's dated attack joins the attack on its base that the
// article dates later, and keeps the day when the article has none, and
// that attacks enumerated after a count ("لهجومين يوم الاثنين، استهدف
// الأول ...") take the count's day.
func TestOwnClauseDates(t *testing.T) {
	tests := []attackDaysCase{
		{"the other base's day moves to its own", "2024-03-05",
			"قالت مصادر أمنية إن صاروخين سقطا داخل قاعدة عين الأسد مساء الأحد 3 آذار، فيما أحبطت الدفاعات هجوما آخر على قاعدة حرير.\n\n" +
				"وكانت الدفاعات قد أسقطت طائرة مسيرة كانت تتجه نحو قاعدة حرير فجر الاثنين.",
			map[string][]string{"base:ain-al-asad": {"2024-03-03"}, "base:harir": {"2024-03-04"}}},
		{"a dual count's day goes to the attacks it enumerates", "2024-03-06",
			"أعلن مسؤول أمريكي أن القوات الأمريكية تعرضت لهجومين يوم الاثنين، استهدف الأول قاعدة التنف، فيما استهدف الثاني قاعدة حرير.",
			map[string][]string{"base:al-tanf": {"2024-03-04"}, "base:harir": {"2024-03-04"}}},
		{"a number and هجمات", "2024-03-06",
			"قال البنتاغون إن القوات الأمريكية تعرضت لثلاث هجمات أمس الثلاثاء، إذ سقطت صواريخ داخل قاعدة عين الأسد وقاعدة حرير والتنف.",
			map[string][]string{"base:ain-al-asad": {"2024-03-05"}}},
		{"one day when the article tells no other", "2024-03-05",
			"استهدفت طائرات مسيرة قاعدة التنف فجر الأحد 3 آذار، فيما سقطت قذائف صاروخية على قاعدة الشدادي بعد ساعات.",
			map[string][]string{"base:al-tanf": {"2024-03-03"}, "base:shaddadi": {"2024-03-03"}}},
	}
	runAttackDays(t, tests)
}

// TestLeadDateSplitHeadline checks that a headline cut by ".." is one
// headline, so the day of the dateline after it dates the lead attack told
// without a date, while a lead paragraph of two sentences is no headline.
func TestLeadDateSplitHeadline(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"split headline and dated dateline",
			"مسيرة تستهدف قاعدة التنف.. والتحالف يتحدث عن أضرار طفيفة\n\nدمشق - الأربعاء 6 آذار/مارس 2024\n\n" +
				"قالت مصادر محلية إن طائرة مسيرة استهدفت قاعدة التنف قرب الحدود الأردنية، ما أدى إلى أضرار في أحد المباني.",
			"2024-03-06"},
		{"lead paragraph of two sentences",
			"قالت مصادر محلية إن طائرة مسيرة استهدفت قاعدة التنف قرب الحدود الأردنية ما أدى إلى أضرار في أحد المباني. وقال مسؤول إن التحقيقات جارية.\n\n" +
				"دمشق - الأربعاء 6 آذار/مارس 2024\n\nوتتعرض القواعد الأمريكية لهجمات متكررة.",
			""},
	}
	lex, err := lexicon.Load()
	if err != nil {
		t.Fatalf("load lexicon: %v", err)
	}
	x := New(lex)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := x.Extract(model.Article{ID: "t", Published: "2024-03-07"}, tt.text)
			if len(res.Attacks) != 1 {
				t.Fatalf("%d attacks, want 1: %+v", len(res.Attacks), res.Attacks)
			}
			day := ""
			if d := res.Attacks[0].Date; d != nil {
				day = *d
			}
			if day != tt.want {
				t.Errorf("day %q, want %q", day, tt.want)
			}
		})
	}
}

// TestSpanDates checks that an attack told only with the start of a span
// ("منذ مطلع تموز الماضي") is the dated attack on its base, not another.
func TestSpanDates(t *testing.T) {
	text := "استهدفت طائرة مسيرة قاعدة التنف فجر أمس الأحد، من دون أن تسفر عن إصابات، بحسب مصادر محلية.\n\n" +
		"ويعد هذا ثاني هجوم يطال قاعدة التنف منذ مطلع تموز الماضي، وفق المصادر ذاتها."
	lex, err := lexicon.Load()
	if err != nil {
		t.Fatalf("load lexicon: %v", err)
	}
	res := New(lex).Extract(model.Article{ID: "t", Published: "2024-08-05"}, text)
	if len(res.Attacks) != 1 {
		for _, at := range res.Attacks {
			t.Logf("attack %s %v %q", at.Target, at.Date, at.DateText)
		}
		t.Fatalf("%d attacks, want 1", len(res.Attacks))
	}
	if d := res.Attacks[0].Date; d == nil || *d != "2024-08-04" {
		t.Errorf("date %v, want 2024-08-04", d)
	}
}
