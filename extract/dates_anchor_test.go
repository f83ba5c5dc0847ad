package extract

import (
	"slices"
	"testing"

	"github.com/nisba/nisba/extract/lexicon"
	"github.com/nisba/nisba/model"
)

// hitCase is a short article and, for one of its sentences, the day each
// date text must get ("-": the text must not be a hit).
type hitCase struct {
	name, pub, text string
	sent            int
	want            map[string]string
}

func runHitCases(t *testing.T, cases []hitCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			ds := sentenceDates(t, tc.pub, tc.text)
			if len(ds) <= tc.sent {
				t.Fatalf("%d sentences, want more than %d", len(ds), tc.sent)
			}
			got := ds[tc.sent]
			for text, want := range tc.want {
				day, ok := got[text]
				switch {
				case want == "-" && ok:
					t.Errorf("%q read as %q, want no hit (%v)", text, day, got)
				case want != "-" && day != want:
					t.Errorf("%q = %q (found %v), want %q (%v)", text, day, ok, want, got)
				}
			}
		})
	}
}

// TestImmediateResponseDay checks that an answer told as immediate, in a
// sentence naming no day, is on the day named last (the attack's), and
// that "على الفور" without a response verb before it dates nothing.
func TestImmediateResponseDay(t *testing.T) {
	runHitCases(t, []hitCase{
		{"ردت على الفور", "2024-02-07",
			"سقطت مسيرة داخل قاعدة الشدادي مساء الإثنين. وقال مصدر إن القوات الأمريكية ردت على الفور بقصف مدفعي على مصادر النيران.",
			1, map[string]string{"على الفور": "2024-02-05"}},
		{"ردّت فوراً with diacritics", "2023-06-20",
			"سقطت صواريخ في قاعدة زليكان مساء أمس. وأفاد شهود بأن المدفعية التركية ردّت فوراً بقصف القرى المحيطة.",
			1, map[string]string{"فوراً": "2023-06-19"}},
		{"في الحال after the subject", "2024-05-09",
			"تعرضت قاعدة التنف لهجوم بمسيرتين فجر الثلاثاء 7 أيار. وردت المروحيات الأمريكية في الحال على مصادر الإطلاق.",
			1, map[string]string{"في الحال": "2024-05-07"}},
		{"دون تأخير", "2024-05-09",
			"استهدفت صواريخ حقل العمر مساء الأحد. وردت قوات التحالف دون تأخير بضربات على منصات الإطلاق.",
			1, map[string]string{"دون تأخير": "2024-05-05"}},
		{"not immediately clear: no response verb", "2024-02-07",
			"سقطت مسيرة داخل قاعدة الشدادي مساء الإثنين. ولم يتضح على الفور حجم الأضرار.",
			1, map[string]string{"على الفور": "-"}},
		{"a day of its own wins", "2024-02-07",
			"سقطت مسيرة داخل قاعدة الشدادي مساء الإثنين. وردت القوات على الفور فجر الثلاثاء بغارات.",
			1, map[string]string{"على الفور": "-", "فجر الثلاثاء": "2024-02-06"}},
	})
}

// TestSameEventDay checks "العملية ذاتها" and its kin: the operation told
// last, on the day named before (in the sentence or an earlier one).
func TestSameEventDay(t *testing.T) {
	runHitCases(t, []hitCase{
		{"العملية ذاتها in the next sentence", "2024-02-07",
			"تبنت الجماعة في 18 كانون الثاني الماضي هجوما على قاعدة الشدادي. وقالت إنها استهدفت في العملية ذاتها قاعدة خراب الجير.",
			1, map[string]string{"العملية ذاتها": "2024-01-18"}},
		{"الضربة نفسها", "2023-11-14",
			"قصفت مقاتلات مستودعا قرب البوكمال فجر الأحد. وأضاف البيان أن المقاتلات دمرت في الضربة نفسها مخزنا آخر.",
			1, map[string]string{"الضربة نفسها": "2023-11-12"}},
		{"بالغارات ذاتها with a clitic", "2024-01-16",
			"شنت طائرات غارات على مواقع في القائم مساء الاثنين. واستهدفت بالغارات ذاتها مقرا في عكاشات.",
			1, map[string]string{"بالغارات ذاتها": "2024-01-15"}},
		{"الهجوم عينه, day before in the sentence", "2024-03-20",
			"سقطت صواريخ في قاعدة حرير ليل السبت، وأصيب في الهجوم عينه مبنى قرب المطار.",
			0, map[string]string{"الهجوم عينه": "2024-03-16"}},
		{"الساعة ذاتها after فيما", "2024-01-21",
			"تعرضت قاعدة حقل العمر لهجوم فجر أمس السبت، فيما أسقطت الدفاعات مسيرة قرب حقل كونيكو في الساعة ذاتها.",
			0, map[string]string{"الساعة ذاتها": "2024-01-20"}},
		{"في الليلة نفسها read as a date stays placeDate's", "2025-11-17",
			"استهدفت مسيرة قاعدة حرير مساء الأحد. وفي هجوم منفصل في الليلة نفسها، سقطت صواريخ داخل قاعدة عين الأسد.",
			1, map[string]string{"الليلة نفسها": "-"}},
		{"a base, not an event, before ذاتها", "2024-02-07",
			"تعرضت قاعدة الشدادي لهجوم مساء الإثنين. وكانت القاعدة ذاتها قد استهدفت مرارا.",
			1, map[string]string{"القاعدة ذاتها": "-"}},
	})
}

// TestQuotedStatementDay checks that relative days quoted from a dated
// statement count from the statement's day, in its own sentence and in a
// "وأضاف" sentence after it; unquoted words and other sentences keep the
// publication day.
func TestQuotedStatementDay(t *testing.T) {
	runHitCases(t, []hitCase{
		{"statement of yesterday, quoted today", "2024-02-07",
			`وفي بيان نشرته صباح أمس، قالت القيادة المركزية إن "قواتنا نفذت اليوم ضربات على ثلاثة مواقع".`,
			0, map[string]string{"اليوم": "2024-02-06"}},
		{"guillemets and a weekday", "2023-11-14",
			"قالت القيادة في بيان صدر مساء الأحد إن «مقاتلات نفذت فجر اليوم ضربات قرب البوكمال».",
			0, map[string]string{"فجر اليوم": "2023-11-12"}},
		{"a briefing, then وأضاف", "2024-03-12",
			`وفي إحاطة صحفية عقدها مساء أمس، قال المتحدث إن "الهجوم وقع اليوم". وأضاف أن "الدفاعات أسقطت اليوم أيضاً مسيرة قرب قاعدة حرير".`,
			1, map[string]string{"اليوم": "2024-03-11"}},
		{"a speaker's day before إن, curly quotes", "2024-02-07",
			"وقال المتحدث العسكري، أمس الثلاثاء، إن “الدفاعات أسقطت مساء اليوم مسيرة قرب قاعدة حرير”.",
			0, map[string]string{"مساء اليوم": "2024-02-06"}},
		{"a quotation of several sentences", "2024-02-07",
			"وقال المتحدث في مؤتمر صحفي عقده أمس: «تعرضت القاعدة لهجوم بمسيرتين. وقد أسقطت دفاعاتنا فجر اليوم مسيرة ثالثة قرب قاعدة حرير». وتابع الصحفيون الحديث.",
			0, map[string]string{"فجر اليوم": "2024-02-06"}},
		{"after the quotation closes, the publication day", "2024-02-07",
			"وقال المتحدث في مؤتمر صحفي عقده أمس: «تعرضت القاعدة لهجوم بمسيرتين». وسقطت صباح اليوم قذيفة قرب قاعدة حرير.",
			1, map[string]string{"صباح اليوم": "2024-02-07"}},
		{"unquoted words keep the publication day", "2024-02-07",
			"قال المتحدث في مؤتمر صحفي عقده أمس إن القوات صدت هجوما اليوم.",
			0, map[string]string{"اليوم": "2024-02-07"}},
		{"a new speaker opens a new statement", "2024-03-12",
			`وفي إحاطة عقدها مساء أمس، قال المتحدث إن "الهجوم وقع اليوم". وقال مصدر أمني إن "مسيرة سقطت اليوم قرب قاعدة حرير".`,
			1, map[string]string{"اليوم": "2024-03-12"}},
		{"وقال إن: the same speaker goes on", "2024-03-12",
			`وفي بيان صدر مساء أمس، قالت القيادة إن "الهجوم وقع اليوم". وقالت إن "مسيرة سقطت اليوم قرب قاعدة حرير".`,
			1, map[string]string{"اليوم": "2024-03-11"}},
	})
}

// TestThenDay checks "حينها"، "آنذاك"، "وقتها" in a sentence naming no day:
// the day named last; a sentence with a day of its own keeps it.
func TestThenDay(t *testing.T) {
	runHitCases(t, []hitCase{
		{"حينها after a background attack", "2024-05-20",
			"وكانت القاعدة قد تعرضت في 13 شباط لهجوم بمسيرة. وردت الولايات المتحدة حينها بضربات على مستودعات للكتائب.",
			1, map[string]string{"حينها": "2024-02-13"}},
		{"آنذاك", "2024-05-20",
			"قصفت الفصائل قاعدة التنف في 28 كانون الثاني. وشنت واشنطن آنذاك غارات على 85 هدفا.",
			1, map[string]string{"آنذاك": "2024-01-28"}},
		{"وقتها with a clitic-free reading", "2023-12-01",
			"سقطت صواريخ قرب مطار أربيل مساء 20 تشرين الأول. وأعلنت الفصائل وقتها تبني الهجوم.",
			1, map[string]string{"وقتها": "2023-10-20"}},
		{"a day of its own wins", "2024-05-20",
			"وكانت القاعدة قد تعرضت في 13 شباط لهجوم. وقالت واشنطن حينها إنها ردت في 15 شباط بضربات.",
			1, map[string]string{"حينها": "-", "في 15 شباط": "2024-02-15"}},
		{"ليلاً after the evening told", "2023-03-25",
			"قتل متعاقد في هجوم بمسيرة على قاعدة الشدادي مساء الخميس 23 من آذار. وقال الوزير إنه أمر بتنفيذ ضربات جوية دقيقة ليلاً في شرق سوريا.",
			1, map[string]string{"ليلاً": "2023-03-23"}},
		{"ليلاً after an hour is the hour's", "2023-03-25",
			"قتل متعاقد في هجوم بمسيرة على قاعدة الشدادي مساء الخميس 23 من آذار. وقال مراسل إن ثلاث غارات ضربت معسكراً قرابة الساعة التاسعة ليلاً.",
			1, map[string]string{"ليلاً": "-"}},
	})
}

// TestLaterDay checks "بعد يومين" and "بعد ثلاثة أيام" with no event
// after them: days after the day named before; "بعد يومين من الهجوم",
// hours, and days after publication add nothing.
func TestLaterDay(t *testing.T) {
	runHitCases(t, []hitCase{
		{"ردت بعد يومين", "2024-01-21",
			"وكانت القاعدة قد تعرضت قبل أسبوعين لهجوم مماثل، وردت القوات الأمريكية عليه بعد يومين بغارات على مواقع في البوكمال.",
			0, map[string]string{"بعد يومين": "2024-01-09"}},
		{"بعد ثلاثة أيام in the next sentence", "2024-03-20",
			"سقطت صواريخ داخل قاعدة عين الأسد في 3 آذار. وبعد ثلاثة أيام، شنت طائرات غارات على مستودعات قرب القائم.",
			1, map[string]string{"وبعد ثلاثة أيام": "2024-03-06"}},
		{"an event after من is relativeDay's", "2024-03-20",
			"شنت طائرات غارات في 9 آذار بعد يومين من الهجوم على القاعدة.",
			0, map[string]string{"بعد يومين": "-"}},
		{"hours are laterThatDay's", "2024-03-20",
			"سقطت صواريخ داخل قاعدة عين الأسد في 3 آذار. وبعد ساعات، سقطت مسيرة قرب قاعدة حرير.",
			1, map[string]string{"وبعد ساعات": "-"}},
		{"day after day is no day", "2024-03-20",
			"سقطت صواريخ داخل قاعدة عين الأسد في 3 آذار. وتتصاعد الهجمات على القاعدة يوما بعد يوم.",
			1, map[string]string{"بعد يوم": "-"}},
		{"not after the publication day", "2024-03-20",
			"قال المتحدث اليوم إن القوات ستنسحب من المواقع بعد أسبوع.",
			0, map[string]string{"بعد أسبوع": "-"}},
	})
}

// TestEventNameDay checks that a day naming an event told before ("غارات
// الثلاثاء") is left out when the sentence names another day, and kept
// when it names none or the day is new.
func TestEventNameDay(t *testing.T) {
	runHitCases(t, []hitCase{
		{"strikes named by their day, another day follows", "2024-02-07",
			"شنت طائرات أمريكية فجر الثلاثاء غارات قرب البوكمال. وتأتي غارات الثلاثاء بعد أسبوعين من ضربات استهدفت في 23 كانون الثاني مقرات للكتائب.",
			1, map[string]string{"الثلاثاء": "-", "في 23 كانون الثاني": "2024-01-23"}},
		{"هجوم الإثنين before a claim of another day", "2024-02-07",
			"استهدفت مسيرات قاعدة الشدادي مساء الإثنين. ولم تعلن أي جهة مسؤوليتها عن هجوم الإثنين، غير أن الفصائل تبنت في 18 كانون الثاني هجوما على القاعدة.",
			1, map[string]string{"الإثنين": "-", "في 18 كانون الثاني": "2024-01-18"}},
		{"the only day stays", "2024-02-07",
			"استهدفت مسيرات قاعدة الشدادي مساء الإثنين. ولم تعلن أي جهة مسؤوليتها عن هجوم الإثنين.",
			1, map[string]string{"الإثنين": "2024-02-05"}},
		{"a day not told before stays", "2024-02-07",
			"تتكرر الهجمات على القواعد. وجاء هجوم الأحد بعد غارات شنتها الطائرات في 23 كانون الثاني.",
			1, map[string]string{"الأحد": "2024-02-04", "في 23 كانون الثاني": "2024-01-23"}},
	})
}

// TestExposedAfterSpan checks "وهذا أول هجوم على القاعدة منذ <span>، إذ
// كانت قد تعرضت في <day> لـ...": the base's attack of that sentence is the
// older one, on its day, next to the article's own attack.
func TestExposedAfterSpan(t *testing.T) {
	tests := []struct{ name, pub, text string }{
		{"إذ كانت قد تعرضت", "2024-05-20",
			"سقط صاروخان داخل قاعدة عين الأسد الجوية مساء أمس الأحد.\n\n" +
				"وهذا أول هجوم على القاعدة منذ مطلع شباط الماضي، إذ كانت قد تعرضت في الثاني من ذلك الشهر لقصف صاروخي."},
		{"حيث تعرضت, month and year", "2024-05-20",
			"سقط صاروخان داخل قاعدة عين الأسد الجوية مساء أمس الأحد.\n\n" +
				"ويعد هذا الهجوم الأول على القاعدة منذ شباط 2024، حيث تعرضت في 2 شباط 2024 لقصف صاروخي."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, _ := extractDays(t, tc.pub, tc.text)
			if want := []string{"2024-02-02", "2024-05-19"}; !slices.Equal(got["base:ain-al-asad"], want) {
				t.Errorf("days %v, want %v", got["base:ain-al-asad"], want)
			}
		})
	}
}

// extractDays extracts text and returns the days of the attacks on each
// base and of the retaliations of each actor, sorted ("-" for none).
// allDays are the days of extractDays' map, of every actor or target.
func allDays(byID map[string][]string) []string {
	var all []string
	for _, days := range byID {
		all = append(all, days...)
	}
	return all
}

func extractDays(t *testing.T, pub, text string) (attacks, rets map[string][]string) {
	t.Helper()
	lex, err := lexicon.Load()
	if err != nil {
		t.Fatalf("load lexicon: %v", err)
	}
	res := New(lex).Extract(model.Article{ID: "t", Published: pub}, text)
	attacks, rets = map[string][]string{}, map[string][]string{}
	for _, at := range res.Attacks {
		attacks[at.Target] = append(attacks[at.Target], dayOrDash(at.Date))
	}
	for _, r := range res.Retaliations {
		rets[r.Actor] = append(rets[r.Actor], dayOrDash(r.Date))
	}
	for _, m := range []map[string][]string{attacks, rets} {
		for k := range m {
			slices.Sort(m[k])
		}
	}
	return attacks, rets
}

func dayOrDash(d *string) string {
	if d == nil {
		return "-"
	}
	return *d
}

// TestTollDates checks an attack told with its toll and no day after a
// sentence that dates an attack by the same toll (digits or words,
// soldiers or contractors), and that another toll dates nothing.
func TestTollDates(t *testing.T) {
	tests := []struct {
		name, pub, text string
		want            map[string][]string
	}{
		{"contractors, base named later", "2024-03-12",
			"تعهد رئيس الوزراء بملاحقة منفذي الهجوم الذي أودى بحياة ثلاثة متعاقدين مساء أمس الإثنين، بعد هجوم استهدف قاعدة عين الأسد يوم الخميس الماضي.\n\n" +
				"وكانت خلية الإعلام الأمني قد ذكرت أن صواريخ سقطت داخل قاعدة فكتوريا، ما أسفر عن مقتل ثلاثة متعاقدين.",
			map[string][]string{"base:victory": {"2024-03-11"}, "base:ain-al-asad": {"2024-03-07"}}},
		{"digits then words", "2024-02-01",
			"أعلنت وزارة الدفاع الأمريكية إصابة 4 جنود في هجوم بمسيرة مساء الثلاثاء، فيما سقطت صواريخ قرب قاعدة حرير فجر اليوم الخميس.\n\n" +
				"وأوضح مسؤول أن المسيرة استهدفت قاعدة الشدادي، ما أدى إلى جرح أربعة جنود.",
			map[string][]string{"base:shaddadi": {"2024-01-30"}, "base:harir": {"2024-02-01"}}},
		{"an older attack with the same toll", "2024-02-01",
			"أعلنت وزارة الدفاع الأمريكية إصابة 4 جنود في هجوم بمسيرة مساء الثلاثاء، فيما سقطت صواريخ قرب قاعدة حرير فجر اليوم الخميس.\n\n" +
				"وكانت قاعدة الشدادي قد تعرضت لهجوم مماثل أدى إلى جرح أربعة جنود.",
			map[string][]string{"base:shaddadi": {"-"}}},
		{"the lead's attack recounted in the past perfect", "2024-02-01",
			"أعلنت وزارة الدفاع الأمريكية إصابة 4 جنود في هجوم بمسيرة مساء الثلاثاء، فيما سقطت صواريخ قرب قاعدة حرير فجر اليوم الخميس.\n\n" +
				"وكانت المسيرة قد استهدفت قاعدة الشدادي، ما أدى إلى جرح أربعة جنود.",
			map[string][]string{"base:shaddadi": {"2024-01-30"}}},
		{"another toll is another attack", "2024-02-01",
			"أعلنت وزارة الدفاع الأمريكية إصابة 4 جنود في هجوم بمسيرة مساء الثلاثاء، فيما سقطت صواريخ قرب قاعدة حرير فجر اليوم الخميس.\n\n" +
				"وكانت مسيرة قد استهدفت قاعدة الشدادي، ما أدى إلى جرح سبعة جنود.",
			map[string][]string{"base:shaddadi": {"-"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, _ := extractDays(t, tc.pub, tc.text)
			for target, want := range tc.want {
				if !slices.Equal(got[target], want) {
					t.Errorf("%s: days %v, want %v (all %v)", target, got[target], want, got)
				}
			}
		})
	}
}

// TestHeadlineStrike checks that a strike the headline tells without a day
// is the lead's strike, not one more, when the side strikes on other days
// too.
func TestHeadlineStrike(t *testing.T) {
	tests := []struct{ name, pub, text, lead string }{
		{"a headline cut by .., targets of its own", "2024-02-07",
			"ضربات أمريكية على مخازن للحرس الثوري في دير الزور.. وهجوم على قاعدة الشدادي\n\n" +
				"الحسكة – نورث برس\n\n" +
				"شنت طائرات حربية أمريكية فجر الثلاثاء غارات على مواقع لفصائل مدعومة من إيران قرب البوكمال، بعد ساعات من هجوم بمسيرات استهدف قاعدة الشدادي مساء الإثنين.\n\n" +
				"وكانت طائرات أمريكية قد قصفت في 23 كانون الثاني الماضي مقرات لكتائب حزب الله في ريف الميادين ردا على هجمات متكررة.",
			"2024-02-06"},
		{"a headline of one line, the side struck before too", "2024-03-14",
			"ضربات أمريكية تدمر مستودعات للحرس الثوري شرقي سوريا\n\n" +
				"نفذت مقاتلات أمريكية مساء الثلاثاء ضربات على مخازن أسلحة لحركة النجباء قرب الميادين، ردا على هجوم صاروخي استهدف حقل العمر مساء الإثنين.\n\n" +
				"وكانت طائرات أمريكية قد قصفت في 2 شباط الماضي مقرات لكتائب حزب الله في القائم ردا على هجمات متكررة.",
			"2024-03-12"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, rets := extractDays(t, tc.pub, tc.text)
			all := allDays(rets)
			if slices.Contains(all, "-") || !slices.Contains(all, tc.lead) {
				t.Errorf("retaliation days %v (by actor %v): want the headline's strike on the lead's day %s, no undated one", all, rets, tc.lead)
			}
		})
	}
}

// TestStrikeDayAfterAttackClause checks that a strike told after a clause
// that dates the attack ("... الهجوم الذي استهدف قاعدة X أول أمس الجمعة،
// بعدما شنت الطائرات فجر أمس السبت غارات") takes its own day, not the
// attack's, and that a strike with no day of its own keeps the attack's.
func TestStrikeDayAfterAttackClause(t *testing.T) {
	tests := []struct{ name, pub, text, want string }{
		{"own day after the subject", "2024-08-11",
			"غارات\nتصاعدت أمس ردود الفعل على القصف الذي استهدف قاعدة الاحتلال الأمريكي في حقل العمر أول أمس الجمعة، بعدما شنت طائرات الاحتلال الأمريكي فجر أمس السبت غارات على مواقع في بلدتي الصالحية والعشارة بريف دير الزور.",
			"2024-08-10"},
		{"no day of its own", "2024-08-11",
			"غارات\nتعرضت قاعدة حقل العمر مساء أمس السبت لقصف صاروخي، وردت القوات الأمريكية على الفور بقصف مدفعي على مواقع في محيط بلدة الصالحية.",
			"2024-08-10"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, rets := extractDays(t, tc.pub, tc.text)
			all := allDays(rets)
			if len(all) != 1 || all[0] != tc.want {
				t.Errorf("retaliation days %v, want one on %s", rets, tc.want)
			}
		})
	}
}
