package extract_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/nisba/nisba/extract"
	"github.com/nisba/nisba/model"
)

// TestRetaliationBattery crosses who strikes back (a force, a state's
// planes named by an adjective), how (five verbs), what (a group's sites in
// one or two towns, its depot near a town) and where the cause is told (the
// sentence before, or "رداً على" after the strike): every combination must
// give one retaliation by that side on the group and the towns, on the day
// told, answering the attack.
func TestRetaliationBattery(t *testing.T) {
	x := extract.New(loadLexicon(t))
	us := []string{"country:united-states", "force:us-forces", "org:centcom", "org:pentagon"}
	actors := []struct {
		name string
		ids  []string
	}{
		{"القوات الأمريكية", us},
		{"مقاتلات أمريكية", us},
		{"الطيران الأمريكي", us},
	}
	verbs := map[string]string{
		"wage":   "شنت {A} {D} غارات على",
		"strike": "قصفت {A} {D}",
		"target": "استهدفت {A} {D}",
		"carry":  "نفذت {A} {D} ضربات جوية على",
		"hit":    "ضربت {A} {D}",
	}
	objects := map[string]struct {
		text   string
		places []string
	}{
		"sites in a town":  {"مواقع لكتائب حزب الله في القائم", []string{"city:al-qaim"}},
		"hqs in two towns": {"مقرات تابعة لكتائب حزب الله في القائم والبوكمال", []string{"city:al-qaim", "city:albukamal"}},
		"a depot near":     {"مستودع أسلحة لكتائب حزب الله قرب البوكمال", []string{"city:albukamal"}},
	}
	attack := "تعرضت قاعدة التنف لهجوم بطائرة مسيرة مساء أمس الأحد. "
	causes := map[string]func(strike string) string{
		"before": func(strike string) string { return attack + "و" + strike + "، ردا على الهجوم." },
		"after": func(strike string) string {
			return strike + "، رداً على الهجوم الذي استهدف قاعدة التنف مساء أمس الأحد."
		},
	}
	for vn, v := range verbs {
		for _, a := range actors {
			for on, o := range objects {
				for cn, cause := range causes {
					strike := strings.NewReplacer("{A}", a.name, "{D}", "فجر اليوم الاثنين").Replace(v) + " " + o.text
					text := cause(strike)
					t.Run(fmt.Sprintf("%s/%s/%s/%s", vn, a.name, on, cn), func(t *testing.T) {
						res := x.Extract(model.Article{ID: "r", Published: "2024-03-11"}, "ضربات أمريكية\n"+text)
						var got []string
						for _, r := range res.Retaliations {
							day := "undated"
							if r.Date != nil {
								day = *r.Date
							}
							answers := "nothing"
							if r.RespondsTo != nil {
								answers = *r.RespondsTo
							}
							got = append(got, fmt.Sprintf("%s@%s%v->%s", r.Actor, day, r.Targets, answers))
							if !slices.Contains(a.ids, r.Actor) || !slices.Contains(r.Targets, "militia:kataib-hezbollah") || day != "2024-03-11" {
								continue
							}
							ok := true
							for _, p := range o.places {
								ok = ok && slices.Contains(r.Targets, p)
							}
							if ok && r.RespondsTo != nil && strings.Contains(*r.RespondsTo, "al-tanf") {
								return
							}
						}
						t.Errorf("%s\nretaliations %v", text, got)
					})
				}
			}
		}
	}
}

// TestRetaliationSides: the same shapes for other sides and their foes,
// with two groups and two towns struck at once.
func TestRetaliationSides(t *testing.T) {
	x := extract.New(loadLexicon(t))
	sides := []struct {
		name, attack, actor string
		ids                 []string
		object              string
		targets             []string
		base                string
	}{
		{"turkey", "تعرضت قاعدة زليكان التركية لهجوم صاروخي مساء أمس الأحد. ", "الجيش التركي", []string{"country:turkey", "force:turkish-army", "org:turkish-mod"},
			"مواقع لحزب العمال الكردستاني ووحدات حماية الشعب في مخمور وسنجار", []string{"militia:pkk", "militia:ypg", "city:makhmour", "city:sinjar"}, "zilkan"},
		{"turkish drones", "تعرضت قاعدة زليكان التركية لهجوم صاروخي مساء أمس الأحد. ", "المسيرات التركية", []string{"country:turkey", "force:turkish-army", "org:turkish-mod"},
			"مواقع لحزب العمال الكردستاني في مخمور وسنجار", []string{"militia:pkk", "city:makhmour", "city:sinjar"}, "zilkan"},
		{"israel", "استهدفت طائرة مسيرة قاعدة إسرائيلية في الجولان مساء أمس الأحد. ", "الطيران الإسرائيلي", []string{"country:israel", "force:israeli-army"},
			"مواقع لحزب الله والحرس الثوري الإيراني في القصير والبوكمال", []string{"militia:hezbollah", "militia:irgc", "city:qusayr", "city:albukamal"}, ""},
		{"coalition", "تعرضت قاعدة حقل العمر لهجوم بطائرة مسيرة مساء أمس الأحد. ", "التحالف الدولي", []string{"force:international-coalition", "country:united-states", "force:us-forces"},
			"مواقع لحزب الله العراقي ولواء فاطميون في الميادين والبوكمال", []string{"militia:kataib-hezbollah", "militia:fatemiyoun", "city:mayadin", "city:albukamal"}, "omar"},
	}
	verbs := []string{"قصف {A} فجر اليوم الاثنين", "شن {A} فجر اليوم الاثنين غارات على", "استهدف {A} فجر اليوم الاثنين"}
	for _, sd := range sides {
		for i, v := range verbs {
			strike := strings.ReplaceAll(v, "{A}", sd.actor) + " " + sd.object
			for cn, text := range map[string]string{"before": sd.attack + "و" + strike + "، ردا على الهجوم.", "after": strike + "، رداً على الهجوم الذي استهدف " + "القاعدة مساء أمس الأحد."} {
				if cn == "after" {
					continue // "القاعدة" alone names no base: only the told-before shape here
				}
				t.Run(fmt.Sprintf("%s/%d/%s", sd.name, i+1, cn), func(t *testing.T) {
					res := x.Extract(model.Article{ID: "r", Published: "2024-03-11"}, "ضربات\n"+text)
					var got []string
					for _, r := range res.Retaliations {
						got = append(got, fmt.Sprintf("%s%v", r.Actor, r.Targets))
						if !slices.Contains(sd.ids, r.Actor) || r.Date == nil || *r.Date != "2024-03-11" {
							continue
						}
						ok := true
						for _, w := range sd.targets {
							ok = ok && slices.Contains(r.Targets, w)
						}
						if ok && (sd.base == "" || r.RespondsTo != nil && strings.Contains(*r.RespondsTo, sd.base)) {
							return
						}
					}
					t.Errorf("%s\nretaliations %v", text, got)
				})
			}
		}
	}
}

// TestKillingBefore: a group's attack told "بعد أسبوع من اغتيال القيادي X
// بغارة أمريكية": the strike that killed him is dated the span before the
// sentence's day, not on the attack's day.
func TestKillingBefore(t *testing.T) {
	x := extract.New(loadLexicon(t))
	spans := map[string]string{"بعد أسبوع من": "2024-03-02", "بعد يومين من": "2024-03-07", "بعد ثلاثة أيام على": "2024-03-06"}
	for span, want := range spans {
		text := "فصيل يتبنى قصف قاعدة\nأعلنت حركة النجباء، مساء أمس السبت، استهداف قاعدة الشدادي الأمريكية في ريف الحسكة بصاروخين، وذلك " + span +
			" اغتيال القيادي في الحركة أبو حسن الكناني بغارة أمريكية استهدفت سيارته قرب مدينة القائم."
		res := x.Extract(model.Article{ID: "k", Published: "2024-03-10"}, text)
		var got []string
		for _, r := range res.Retaliations {
			if r.Date != nil {
				got = append(got, *r.Date)
			}
		}
		if !slices.Contains(got, want) || slices.Contains(got, "2024-03-09") {
			t.Errorf("%s: retaliation days %v, want %s", span, got, want)
		}
	}
}

// TestStrikeOwnDay: "ويأتي القصف بعد أسبوع من الغارات التي شنتها مقاتلات
// أمريكية يوم الخميس الماضي ...، والتي قالت واشنطن إنها جاءت رداً على
// هجوم مطار أربيل في 15 فبراير": the strikes keep the day their own clause
// names, and answer the attack named after them.
func TestStrikeOwnDay(t *testing.T) {
	x := extract.New(loadLexicon(t))
	res := x.Extract(model.Article{ID: "o", Published: "2021-03-04"}, "قصف\nسقطت ثلاثة صواريخ على قاعدة عين الأسد فجر أمس الأربعاء.\n"+
		"ويأتي القصف بعد أسبوع من الغارات التي شنتها مقاتلات أمريكية يوم الخميس الماضي على منشآت تستخدمها كتائب حزب الله قرب البوكمال في شرق سوريا، والتي قالت واشنطن إنها جاءت رداً على هجوم مطار أربيل في 15 فبراير الماضي.")
	if !oneRetaliation(res, "", "2021-02-25", "") {
		t.Fatalf("retaliations %+v, want one on 2021-02-25", res.Retaliations)
	}
	if r := res.Retaliations[0]; r.RespondsTo == nil || !strings.Contains(*r.RespondsTo, "erbil") {
		t.Errorf("answers %v, want the attack on Erbil airport", r.RespondsTo)
	}
}

// TestTimelinePresentStrike: a timeline's line under its date line tells
// a strike in the historic present ("مقاتلات أميركية تقصف مواقع لـX، رداً
// على هجوم Y"): a retaliation on the heading's day that answers Y.
func TestTimelinePresentStrike(t *testing.T) {
	x := extract.New(loadLexicon(t))
	res := x.Extract(model.Article{ID: "o", Published: "2021-03-04"}, "سقطت صواريخ على قاعدة بلد يوم 5 تشرين الأول 2019.\n\n"+
		"7 تشرين الأول/أكتوبر 2019\nمقاتلات أميركية تقصف ثلاثة مواقع لحركة النجباء في العراق، ردا على هجوم بلد.\n\n"+
		"9 تشرين الأول/أكتوبر 2019\nسقط صاروخ قرب قاعدة عين الأسد.\n")
	if !oneRetaliation(res, "", "2019-10-07", "") {
		t.Fatalf("retaliations %+v, want one on 2019-10-07", res.Retaliations)
	}
	if r := res.Retaliations[0]; r.RespondsTo == nil || !strings.Contains(*r.RespondsTo, "balad") {
		t.Errorf("answers %v, want the attack on Balad", r.RespondsTo)
	}
}

// TestListedGroupSitesAndPlaces: "ردت الولايات المتحدة ... بضربات طالت 85
// هدفاً ...، بينها مقرات لـA وB وC، في X وY بمحافظة Z، وفي V وW بريف U":
// the groups and all four towns are struck.
func TestListedGroupSitesAndPlaces(t *testing.T) {
	x := extract.New(loadLexicon(t))
	res := x.Extract(model.Article{ID: "l", Published: "2025-01-20"}, "تقرير\n"+
		"ردت الولايات المتحدة في الثاني من فبراير/شباط بضربات هي الأوسع منذ سنوات، طالت 85 هدفاً في سبعة مواقع بالعراق وسوريا، بينها مقرات لفيلق القدس وكتائب حزب الله وحركة النجباء، في القائم وعكاشات بمحافظة الأنبار العراقية، وفي البوكمال والميادين بريف دير الزور السوري.")
	want := []string{"militia:quds-force", "militia:kataib-hezbollah", "militia:nujaba", "city:al-qaim", "city:akashat", "city:albukamal", "city:mayadin"}
	if len(res.Retaliations) != 1 {
		t.Fatalf("retaliations %+v, want one", res.Retaliations)
	}
	for _, w := range want {
		if !slices.Contains(res.Retaliations[0].Targets, w) {
			t.Errorf("targets %v lack %s", res.Retaliations[0].Targets, w)
		}
	}
}

// TestAnswerNounStrikesBase: "فإن الرد التركي طال أكثر من 20 موقعاً ...،
// فيما طال القصف المدفعي بلدات تل رفعت ومنغ": the base a state's answer
// hits is that answer's target, not an attacked base.
func TestAnswerNounStrikesBase(t *testing.T) {
	x := extract.New(loadLexicon(t))
	res := x.Extract(model.Article{ID: "a", Published: "2022-08-16"}, "قصف تركي\n"+
		"قتل جندي تركي في هجوم على قاعدة زليكان فجر اليوم الثلاثاء.\n"+
		"وبحسب المرصد، فإن الرد التركي طال أكثر من 20 موقعاً، إذ استهدفت المدفعية التركية مواقع لقوات النظام في ريف منبج، فيما طال القصف المدفعي بلدات تل رفعت ومنغ وعين دقنة في ريف حلب الشمالي.")
	if got := attackDays(res); len(got) != 1 || got[0] != "base:zilkan@2022-08-16" {
		t.Errorf("attacks %v, want [base:zilkan@2022-08-16]", got)
	}
	if !oneRetaliation(res, "", "", "base:menagh") {
		t.Errorf("retaliations %+v, want one striking Menagh", res.Retaliations)
	}
}

// TestRapidAnswerToAmbush: "وفي رد سريع، شن سلاح الجو الروسي ... غارة على
// مواقع يعتقد أنها مخابئ لخلايا التنظيم في X وY": an answer to an ambush,
// by Russia's air force, on the group's cells and the places.
func TestRapidAnswerToAmbush(t *testing.T) {
	x := extract.New(loadLexicon(t))
	for _, day := range []string{"صباح الجمعة", "منذ صباح الجمعة"} {
		res := x.Extract(model.Article{ID: "r", Published: "2023-08-12"}, "كمين\n"+
			"قتل 12 عنصراً من قوات النظام في كمين نصبه تنظيم داعش لحافلة عسكرية في بادية دير الزور مساء الخميس.\n"+
			"وفي رد سريع، شن سلاح الجو الروسي "+day+" أكثر من 40 غارة على مواقع يعتقد أنها مخابئ لخلايا التنظيم في بادية الرصافة جنوبي الرقة ومحيط بلدة السخنة شرقي حمص.")
		if len(res.Retaliations) != 1 {
			t.Fatalf("%s: retaliations %+v, want one", day, res.Retaliations)
		}
		r := res.Retaliations[0]
		if r.Actor != "force:russian-forces" || !slices.Contains(r.Targets, "militia:isis") || !slices.Contains(r.Targets, "city:sukhnah") || r.Date == nil || *r.Date != "2023-08-11" {
			t.Errorf("%s: retaliation %s %v on %v, want Russia's on ISIS and Sukhnah on 2023-08-11", day, r.Actor, r.Targets, r.Date)
		}
	}
}

// TestAnswerToldAgain: the side's answer told first with a day ("صعّدت
// القوات التركية، فجر أمس الثلاثاء، قصفها على مناطق قسد") and then through
// "الرد التركي طال ... إذ استهدفت ..." with more targets is one retaliation.
func TestAnswerToldAgain(t *testing.T) {
	x := extract.New(loadLexicon(t))
	res := x.Extract(model.Article{ID: "t", Published: "2022-08-17"}, "قصف تركي\n"+
		"صعّدت القوات التركية، فجر أمس الثلاثاء، قصفها المدفعي على مناطق سيطرة قسد، بعد هجوم استهدف قاعدة زليكان.\n"+
		"وبحسب المرصد، فإن الرد التركي طال أكثر من 20 موقعاً، إذ استهدفت المدفعية التركية مواقع لقوات النظام في ريف منبج وبلدة تل رفعت.")
	if len(res.Retaliations) != 1 {
		t.Fatalf("retaliations %+v, want one", res.Retaliations)
	}
	r := res.Retaliations[0]
	if r.Date == nil || *r.Date != "2022-08-16" || !slices.Contains(r.Targets, "militia:sdf") || !slices.Contains(r.Targets, "city:tal-rifaat") {
		t.Errorf("retaliation on %v hitting %v, want 2022-08-16 on the SDF and Tal Rifaat", r.Date, r.Targets)
	}
}

// TestAnswerHeadline: "قصف تركي مكثف على تل رفعت ومحيط منغ بعد مقتل شرطيين
// أتراك في مارع": a state's strike on a town and a base's vicinity told
// after a killing is an answer; the base is its target, not attacked.
func TestAnswerHeadline(t *testing.T) {
	x := extract.New(loadLexicon(t))
	res := x.Extract(model.Article{ID: "h", Published: "2021-10-11"}, "قصف تركي مكثف على تل رفعت ومحيط منغ بعد مقتل شرطيين أتراك في مارع\n"+
		"قتل شرطيان تركيان أمس الأحد بصاروخ موجه استهدف قاعدة عسكرية تركية في بلدة مارع.")
	for _, at := range res.Attacks {
		if at.Target == "base:menagh" {
			t.Errorf("Menagh attacked: %+v", at)
		}
	}
}

// TestOccupationPlanes: the regime press's "طائرات الاحتلال الأميركي" are
// the US striker; "قوات الاحتلال الأمريكي" stays what militia statements
// strike, never a striker read from the lexicon.
func TestOccupationPlanes(t *testing.T) {
	x := extract.New(loadLexicon(t))
	res := x.Extract(model.Article{ID: "o", Published: "2024-02-04"}, "عدوان\n"+
		"شنّت طائرات الاحتلال الأميركي مساء يوم الجمعة الماضي سلسلة غارات على مواقع في مدينتي البوكمال والميادين بريف دير الزور الشرقي.\n"+
		"وزعم الرئيس الأميركي أن الضربات جاءت رداً على الهجوم الذي استهدف البرج 22 يوم الأحد 28 كانون الثاني الماضي.")
	if !oneRetaliation(res, "force:us-forces", "", "city:albukamal") {
		t.Errorf("retaliations %+v, want one by the US forces on Albukamal", res.Retaliations)
	}
}

// TestAttackCalledAnAnswer: "وسبق أن تعرضت [القاعدة] لقصف بصواريخ باليستية
// إيرانية في ... رداً على اغتيال قائد فيلق القدس": Iran's missiles are an
// attack on the base, not a retaliation by Iran with no target.
func TestAttackCalledAnAnswer(t *testing.T) {
	x := extract.New(loadLexicon(t))
	res := x.Extract(model.Article{ID: "a", Published: "2021-03-03"}, "صواريخ على عين الأسد\n"+
		"سقطت ثلاثة صواريخ على قاعدة عين الأسد فجر اليوم.\n"+
		"وتستضيف قاعدة عين الأسد قوات أمريكية، وسبق أن تعرضت لقصف بصواريخ باليستية إيرانية في الثامن من كانون الثاني 2020 رداً على اغتيال قائد فيلق القدس.")
	if got := attackDays(res); !slices.Contains(got, "base:ain-al-asad@2020-01-08") {
		t.Errorf("attacks %v, want the one of 2020-01-08", got)
	}
	if len(res.Retaliations) != 0 {
		t.Errorf("retaliations %+v, want none", res.Retaliations)
	}
}

// TestAnswerGloss: "في إشارة إلى" goes on telling what an answer answers, so
// the Israeli raid it names is the cause, and the corps' missile strike of
// the sentence before is the retaliation.
func TestAnswerGloss(t *testing.T) {
	x := extract.New(loadLexicon(t))
	res := x.Extract(model.Article{ID: "g", Published: "2024-01-16"}, "ضربة صاروخية\n"+
		"أعلن الحرس الثوري الإيراني أن وحداته الصاروخية استهدفت ليل الاثنين مقراً للاستخبارات الإسرائيلية في مدينة أربيل.\n"+
		"وقال الحرس في بيان إن الضربة جاءت «رداً على جرائم الاحتلال الأخيرة»، في إشارة إلى اغتيال ضابط كبير في غارة إسرائيلية على ريف دمشق قبل أسابيع.")
	var got []string
	for _, r := range res.Retaliations {
		got = append(got, fmt.Sprint(r.Actor, r.Targets))
	}
	if len(got) != 1 || !strings.HasPrefix(got[0], "militia:irgc[") || !strings.Contains(got[0], "city:erbil") {
		t.Errorf("retaliations %v, want only the corps' on Erbil", got)
	}
}

// TestOurForcesFireBack: a ministry quoting "قواتنا ردت على مصادر النيران
// وحيّدت ..." strikes back for its state on the attack's day, at the group
// it blamed, also when a later sentence tells where the shells fell.
func TestOurForcesFireBack(t *testing.T) {
	x := extract.New(loadLexicon(t))
	res := x.Extract(model.Article{ID: "o", Published: "2022-05-02"}, "قصف\n"+
		"أعلنت وزارة الدفاع التركية أن قاعدة زيلكان تعرضت مساء السبت لقصف صاروخي، متهمة حزب العمال الكردستاني بالوقوف وراءه.\n"+
		"وقالت الوزارة إن «قواتنا ردت فوراً على مصادر النيران وتم تحييد إرهابيين اثنين».\n"+
		"وذكر سكان أن القذائف التركية سقطت في أراض زراعية قرب قرية باطنايا.")
	var got []string
	for _, r := range res.Retaliations {
		got = append(got, fmt.Sprint(r.Actor, "@", r.Date, r.Targets))
		if r.Date != nil && *r.Date == "2022-04-30" && slices.Contains(r.Targets, "militia:pkk") && r.RespondsTo != nil {
			return
		}
	}
	t.Errorf("retaliations %v, want one on 2022-04-30 at militia:pkk answering the attack", got)
}

// TestAwaitedAnswer: "وسط ترقّب لردّ إيراني على إسرائيل" awaits an answer;
// it tells none.
func TestAwaitedAnswer(t *testing.T) {
	x := extract.New(loadLexicon(t))
	res := x.Extract(model.Article{ID: "w", Published: "2024-08-07"}, "قصف\n"+
		"تعرضت قاعدة عين الأسد مساء الإثنين لقصف بصاروخين.\n"+
		"ويأتي الهجوم بعد أقل من أسبوع على اغتيال قيادي في طهران، وسط ترقّب لردّ إيراني على إسرائيل.")
	if len(res.Retaliations) != 0 {
		t.Errorf("retaliations %+v, want none", res.Retaliations)
	}
}

// TestAnswerLatestOfSeries: "رداً على سلسلة الهجمات ...، وآخرها القصف على
// قاعدة X قرب Y" goes on telling what is answered: Y is where the attack
// fell, not a target of the strikes.
func TestAnswerLatestOfSeries(t *testing.T) {
	x := extract.New(loadLexicon(t))
	res := x.Extract(model.Article{ID: "l", Published: "2019-12-30"}, "ضربات\n"+
		"أعلنت وزارة الدفاع الأمريكية مساء الأحد أن القوات الأمريكية شنت ضربات على خمسة مواقع تابعة لكتائب حزب الله في العراق وسوريا، رداً على سلسلة الهجمات التي استهدفت قواعد عراقية، وآخرها القصف الصاروخي على قاعدة كي 1 قرب كركوك يوم الجمعة الماضي.")
	if len(res.Retaliations) != 1 {
		t.Fatalf("retaliations %+v, want one", res.Retaliations)
	}
	if got := res.Retaliations[0].Targets; !slices.Equal(got, []string{"militia:kataib-hezbollah"}) {
		t.Errorf("targets %v, want only the group", got)
	}
}

// TestStorageSitesPlace: "مواقع قالت الوزارة إنها منشآت لتخزين الأسلحة
// تابعة لـX، في منطقة Y" hit Y: the storage words name whose the sites are.
func TestStorageSitesPlace(t *testing.T) {
	x := extract.New(loadLexicon(t))
	res := x.Extract(model.Article{ID: "s", Published: "2020-03-15"}, "غارات\n"+
		"وكانت مقاتلات أمريكية قد قصفت فجر الجمعة خمسة مواقع قالت وزارة الدفاع الأمريكية إنها منشآت لتخزين الأسلحة تابعة لكتائب حزب الله، في منطقة جرف الصخر بمحافظة بابل.")
	if !oneRetaliation(res, "", "", "city:jurf-al-sakhar") {
		t.Errorf("retaliations %+v, want one on Jurf al-Sakhar", res.Retaliations)
	}
}

// TestWeaponsThenState: "قصفت طائرات حربية ومسيّرة أمريكية موقعين لـX" is
// a strike by the state whose adjective closes the run of weapon words.
func TestWeaponsThenState(t *testing.T) {
	x := extract.New(loadLexicon(t))
	res := x.Extract(model.Article{ID: "w", Published: "2023-11-13"}, "غارات\n"+
		"قصفت طائرات حربية ومسيرة أمريكية مساء أمس الأحد موقعين للميليشيات الإيرانية في ريف دير الزور الشرقي.")
	if !oneRetaliation(res, "country:united-states", "", "") {
		t.Errorf("retaliations %+v, want one by the United States", res.Retaliations)
	}
}

// TestAircraftOfModel: "إن طائرات مقاتلة أمريكية من طراز إف-15 قصفت
// موقعين لـX" is the state's strike: the model's name between the planes
// and the verb does not hide who flew them.
func TestAircraftOfModel(t *testing.T) {
	x := extract.New(loadLexicon(t))
	for _, model15 := range []string{"إف-15", "إف 15", "F-15"} {
		res := x.Extract(model.Article{ID: "m", Published: "2024-08-11"}, "ضربات\n"+
			"قال مسؤول عسكري أمريكي إن طائرات مقاتلة أمريكية من طراز "+model15+" قصفت فجر اليوم الأحد موقعين تستخدمهما جماعات مرتبطة بإيران في محافظة دير الزور.")
		if !oneRetaliation(res, "country:united-states", "", "") {
			t.Errorf("%s: retaliations %+v, want one by the United States", model15, res.Retaliations)
		}
	}
}

// TestOccupationForces: "وردّت قوات الاحتلال الأمريكي بقصف مدفعي استهدف
// محيط قريتي X وY" is the state's answer, whatever the outlet calls it.
func TestOccupationForces(t *testing.T) {
	x := extract.New(loadLexicon(t))
	res := x.Extract(model.Article{ID: "o", Published: "2024-03-04"}, "قصف\n"+
		"تعرضت قاعدة حقل كونيكو ليل الأحد لقصف بالقذائف.\n"+
		"وردّت قوات الاحتلال الأمريكي بقصف مدفعي عنيف استهدف محيط قريتي مراط وخشام على الضفة الأخرى من النهر.")
	if !oneRetaliation(res, "country:united-states", "", "city:khasham") {
		t.Errorf("retaliations %+v, want one by the United States on Khasham", res.Retaliations)
	}
}

// TestEarlierDatedStrike: a strike on a group its sentence dates with a
// numbered day before the story's attack ("وفي 4 كانون الثاني الجاري، قُتل
// القيادي في X بضربة أمريكية") is a retaliation of its own.
func TestEarlierDatedStrike(t *testing.T) {
	x := extract.New(loadLexicon(t))
	res := x.Extract(model.Article{ID: "e", Published: "2024-01-22"}, "هجوم\n"+
		"قالت وزارة الدفاع الأمريكية إن كتائب حزب الله نفذت الهجوم الذي استهدف قاعدة عين الأسد قبل يومين.\n"+
		"وفي 4 كانون الثاني الجاري، قُتل القيادي في حركة النجباء أبو تقوى بضربة أمريكية بطائرة مسيرة استهدفت مقرا للحشد الشعبي في شارع فلسطين شرقي بغداد.")
	if !oneRetaliation(res, "", "2024-01-04", "militia:nujaba") {
		t.Errorf("retaliations %+v, want the strike of 2024-01-04 on al-Nujaba", res.Retaliations)
	}
}

// TestSimilarStrikeBefore: "وتأتي هذه الغارة بعد شهر على اغتيال القيادي في
// X بضربة مماثلة ... في الرابع من كانون الثاني الماضي" is the same state's
// earlier strike on X, dated by its own month's day.
func TestSimilarStrikeBefore(t *testing.T) {
	x := extract.New(loadLexicon(t))
	res := x.Extract(model.Article{ID: "s", Published: "2024-02-08"}, "غارة\n"+
		"قتل قائد في كتائب حزب الله مساء أمس الأربعاء بغارة نفذتها طائرة مسيرة أمريكية في بغداد، ردا على الهجوم على البرج 22 أواخر الشهر الماضي.\n"+
		"وتأتي هذه الغارة بعد نحو شهر على اغتيال القيادي في حركة النجباء أبو تقوى بضربة مماثلة استهدفت مقر الحركة في شارع فلسطين ببغداد في الرابع من كانون الثاني الماضي.")
	for _, r := range res.Retaliations {
		if r.Date != nil && *r.Date == "2024-01-04" && r.Actor == "country:united-states" && slices.Contains(r.Targets, "militia:nujaba") {
			return
		}
	}
	t.Errorf("retaliations %+v, want the United States' strike of 2024-01-04 on al-Nujaba", res.Retaliations)
}

// TestTargetsDestroyedInAreas: the ministry's count of targets "دُمّرت في
// مناطق X وY، وفي مناطق Z" after the strike adds the places to it.
func TestTargetsDestroyedInAreas(t *testing.T) {
	x := extract.New(loadLexicon(t))
	res := x.Extract(model.Article{ID: "d", Published: "2023-12-24"}, "غارات\n"+
		"شنّت المقاتلات التركية، مساء أمس السبت، غارات على مواقع لحزب العمال الكردستاني، بعد ساعات من مقتل جنود أتراك في هجوم على قاعدة بامرني العسكرية.\n"+
		"وقالت وزارة الدفاع التركية إن \"31 هدفاً، بينها ملاجئ ومخازن ذخيرة، دُمّرت في مناطق زاب وآفاشين شمالي العراق، وفي مناطق القامشلي والمالكية شمالي سوريا\".")
	if len(res.Retaliations) != 1 {
		t.Fatalf("retaliations %+v, want one", res.Retaliations)
	}
	for _, want := range []string{"militia:pkk", "city:zap", "city:avashin-basyan", "city:qamishli", "city:malikiyah"} {
		if !slices.Contains(res.Retaliations[0].Targets, want) {
			t.Errorf("targets %v, want %s", res.Retaliations[0].Targets, want)
		}
	}
}

// TestStrikeNightThenSmallHours: strikes told "ليل الخميس - الجمعة", then
// "بدأت الغارات قرابة الساعة الواحدة من فجر الجمعة", came on Friday.
func TestStrikeNightThenSmallHours(t *testing.T) {
	x := extract.New(loadLexicon(t))
	for next, want := range map[string]string{
		"وبدأت الغارات قرابة الساعة الواحدة من فجر الجمعة واستمرت نحو ساعة.": "2021-03-05",
		"وسمعت أصوات الانفجارات في مدينة الحلة.":                             "2021-03-04",
	} {
		res := x.Extract(model.Article{ID: "n", Published: "2021-03-05"}, "غارات\n"+
			"شنت طائرات أمريكية، ليل الخميس - الجمعة، غارات على مخازن أسلحة تابعة لكتائب حزب الله في جرف الصخر.\n"+next)
		if len(res.Retaliations) != 1 || deref(res.Retaliations[0].Date) != want {
			t.Errorf("%s\nretaliations %+v, want one on %s", next, res.Retaliations, want)
		}
	}
}

// TestAnsweredClaimerHit: the group that claimed the event a strike answers,
// named again "وهو الهجوم الذي تبنّاه التنظيم", stays a target of the strike.
func TestAnsweredClaimerHit(t *testing.T) {
	x := extract.New(loadLexicon(t))
	res := x.Extract(model.Article{ID: "c", Published: "2024-01-16"}, "قصف\n"+
		"قصف الحرس الثوري الإيراني مساء الإثنين مواقع في مدينة إدلب بصواريخ باليستية.\n"+
		"أما ضربة إدلب فقد استهدفت، وفق البيان، «عناصر من تنظيم داعش الإرهابي» ردّاً على التفجيرين اللذين استهدفا حشود المشاركين في احتفال في مدينة كرمان، وهو الهجوم الذي تبنّاه التنظيم.")
	if len(res.Retaliations) != 1 || !slices.Contains(res.Retaliations[0].Targets, "militia:isis") {
		t.Errorf("retaliations %+v, want one striking ISIS", res.Retaliations)
	}
}

// TestBaseOwnerStrikesNothing: "مطار أربيل، الذي يضم قاعدة للتحالف، …
// وهو الهجوم الذي ردت عليه واشنطن لاحقاً" names the coalition as the base's
// owner, not as who struck back; the US strikes told before stay a strike.
func TestBaseOwnerStrikesNothing(t *testing.T) {
	x := extract.New(loadLexicon(t))
	res := x.Extract(model.Article{ID: "o", Published: "2021-07-08"}, "صواريخ\n"+
		"سقطت صواريخ على قاعدة عين الأسد عصر أمس الأربعاء، وقال المتحدث باسم التحالف الدولي إن الأضرار قيد التقييم.\n"+
		"وأعلنت مجموعة تطلق على نفسها «لواء الثأر» مسؤوليتها عن القصف، وقالت إنه يأتي في إطار الرد على جرائم الاحتلال.\n"+
		"وتأتي هذه الهجمات بعد الضربات الجوية التي نفذتها الولايات المتحدة في 27 حزيران الماضي على مواقع لكتائب حزب الله في القائم.\n"+
		"وكانت «سرايا أولياء الدم» قد تبنت في منتصف شباط الماضي الهجوم على مطار أربيل، الذي يضم قاعدة للتحالف، وهو الهجوم الذي ردت عليه واشنطن لاحقاً بغارات على الحدود.")
	found := false
	for _, r := range res.Retaliations {
		if r.Actor == "force:international-coalition" {
			t.Errorf("a strike by the coalition: %+v", r)
		}
		found = found || r.Actor == "country:united-states" && deref(r.Date) == "2021-06-27"
	}
	if !found {
		t.Errorf("retaliations %+v, want the US strikes of 2021-06-27", res.Retaliations)
	}
}

// TestStrikeCalledAnswerAfter: a state's strikes told first, then "وقال
// المتحدث إن الغارات جاءت رداً على إطلاق صاروخ أرض-أرض ... ظهر الأحد":
// one retaliation, on the strikes' day and targets, not the day of what
// it answers (the hyphen of "أرض-أرض" ends no clause).
func TestStrikeCalledAnswerAfter(t *testing.T) {
	x := extract.New(loadLexicon(t))
	res := x.Extract(model.Article{ID: "s", Published: "2019-01-22"}, "غارات\n"+
		"شنّ الجيش الإسرائيلي فجر أمس الإثنين غارات على مواقع تابعة لـ\"فيلق القدس\" الإيراني في محيط دمشق.\n"+
		"وقال المتحدث باسم الجيش الإسرائيلي إن الغارات جاءت \"رداً على إطلاق صاروخ أرض-أرض إيراني الصنع\" ظهر الأحد باتجاه هضبة الجولان.")
	if len(res.Retaliations) != 1 || deref(res.Retaliations[0].Date) != "2019-01-21" || !slices.Contains(res.Retaliations[0].Targets, "militia:quds-force") {
		t.Errorf("retaliations %+v, want one on 2019-01-21 striking the Quds Force", res.Retaliations)
	}
}

// TestStrikesForetold: "أي رد أمريكي سيستهدف مواقع X" and "توقع مراقبون أن
// ترد واشنطن بضربات على مواقع X" tell strikes to come, not strikes made.
func TestStrikesForetold(t *testing.T) {
	x := extract.New(loadLexicon(t))
	for _, next := range []string{
		"وحذر من أن أي رد أمريكي سيستهدف مواقع كتائب حزب الله في جرف الصخر.",
		"وتوقع مراقبون أن ترد واشنطن بضربات على مواقع كتائب حزب الله.",
	} {
		res := x.Extract(model.Article{ID: "f", Published: "2024-01-10"}, "هجوم\n"+
			"سقطت ثلاثة صواريخ على قاعدة بلد الجوية مساء أمس، وحملت واشنطن كتائب حزب الله المسؤولية.\n"+next)
		if len(res.Retaliations) != 0 {
			t.Errorf("%s\nretaliations %+v, want none", next, res.Retaliations)
		}
	}
}

// TestOccupierNamedBefore: the regime press calls the US "الاحتلال" once it
// has named it "الاحتلال الأمريكي"; its bare "قوات الاحتلال"، "مدفعية
// الاحتلال"، "طائرات الاحتلال" strike for that state, and a village right
// after the striker is what the verb hit.
func TestOccupierNamedBefore(t *testing.T) {
	const lead = "سقطت عدة قذائف صاروخية على قاعدة الاحتلال الأمريكي في حقل العمر بريف دير الزور مساء أمس الأحد.\n"
	tests := []struct {
		name, text, actor, target string
	}{
		{"forces answer", lead + "وردت قوات الاحتلال بقصف مدفعي على قريتي الطابية وخشام.", "country:united-states", "city:khasham"},
		{"artillery, dual villages", lead + "وعقب ذلك قصفت مدفعية الاحتلال قريتي الطابية وخشام بعشرات القذائف.", "country:united-states", "city:khasham"},
		{"planes, occupier named later in the sentence", "نفذت طائرات الاحتلال فجر اليوم الاثنين غارات على مواقع في مدينة الميادين، بزعم الرد على هجوم استهدف قاعدة الاحتلال الأمريكي في حقل كونيكو أمس.", "country:united-states", "city:mayadin"},
		{"relative clause", "استشهد مدنيان جراء غارات شنها طيران الاحتلال الأمريكي فجر اليوم الاثنين على مواقع في مدينة البوكمال.\nوادعت واشنطن أن الغارات جاءت ردا على هجوم استهدف قاعدة التنف أمس الأحد.", "country:united-states", "city:albukamal"},
		{"count after an unknown village", lead + "وقصفت مدفعية الاحتلال قريتي ذيبان والحوايج بعشرات القذائف.", "country:united-states", "city:حوايج"},
		{"air aggression", "استشهد مدنيان جراء عدوان جوي شنه طيران الاحتلال الأمريكي فجر اليوم الاثنين على مواقع في مدينة البوكمال.\nوادعت واشنطن أن الغارات جاءت ردا على هجوم استهدف قاعدة التنف أمس الأحد.", "country:united-states", "city:albukamal"},
		{"named striker, village object", lead + "وقصفت القوات الأمريكية قرية الطابية.", "force:us-forces", ""},
	}
	x := extract.New(loadLexicon(t))
	for _, tt := range tests {
		res := x.Extract(model.Article{ID: "o", Published: "2024-02-05"}, "قصف\n"+tt.text)
		if !oneRetaliation(res, tt.actor, "", tt.target) || len(res.Retaliations[0].Targets) == 0 {
			t.Errorf("%s: retaliations %+v, want one by %s on %s", tt.name, res.Retaliations, tt.actor, tt.target)
		}
	}
	// Whose base, not who struck: no strike by the occupier.
	res := x.Extract(model.Article{ID: "o", Published: "2023-10-19"}, "بيان\n"+
		"أعلنت المقاومة الإسلامية في العراق فجر اليوم مسؤوليتها عن استهداف قاعدتين لقوات الاحتلال الأمريكي في العراق بطائرات مسيرة، وقالت إن العمليتين تأتيان رداً على الدعم الأمريكي لإسرائيل.")
	if len(res.Retaliations) != 0 {
		t.Errorf("militia statement: retaliations %+v, want none", res.Retaliations)
	}
}

// TestStrikeReadings holds strike shapes found this way, each a wording
// of our own (the session and set that taught it in its comment): one
// retaliation by actor (any when ""), on day (any when ""), reaching
// target (any when ""), or none when none is set.
func TestStrikeReadings(t *testing.T) {
	x := extract.New(loadLexicon(t))
	const (
		tower  = "نفذت طائرات أمريكية مساء أمس الجمعة غارات على مواقع في العراق وسوريا ردا على الهجوم الذي استهدف قاعدة البرج 22 الأحد الماضي.\n"
		zilkan = "سقطت ثلاثة صواريخ على قاعدة زليكان التركية قرب الموصل مساء أمس الأحد.\n"
		omar   = "سقطت ثلاثة صواريخ على قاعدة حقل العمر في ريف دير الزور مساء أمس الأحد.\n"
	)
	for _, c := range []struct {
		name, published, text, actor, day, target string
		none                                      bool
	}{
		// Aircraft of no named side that a foreign military body reports as
		// striking are its state's (heldout82).
		{name: "planes a command reports", published: "2024-02-03", day: "2024-02-02", target: "militia:quds-force",
			text: tower + "وأعلنت القيادة المركزية الأمريكية أن قاذفات بعيدة المدى انطلقت من الولايات المتحدة ضربت أكثر من 80 هدفا في مواقع يستخدمها فيلق القدس."},
		{name: "planes a domestic body reports", published: "2024-02-03", none: true,
			text: "وقالت وزارة الدفاع السورية إن طائرات حربية قصفت مساء أمس مواقع يستخدمها فيلق القدس قرب البوكمال."},
		// "قاذفات ... انطلقت من الأراضي الأمريكية" tells where the aircraft
		// took off, not where an attack was fired from (heldout80).
		{name: "bombers took off", published: "2024-02-03", day: "2024-02-02", target: "city:akashat",
			text: "شنت القوات الأمريكية ليل الجمعة غارات على مواقع لفيلق القدس والفصائل الموالية لإيران، ردا على الهجوم على البرج 22.\n" +
				"وشاركت في الضربات قاذفات استراتيجية من طراز بي-1 انطلقت من الأراضي الأمريكية، واستهدفت مراكز قيادة ومخازن في منطقتي القائم وعكاشات غرب العراق."},
		// Strikes a state's leader ordered ("أمر الرئيس بايدن بضربات") are
		// that state's (heldout90).
		{name: "ordered by the president", published: "2024-02-05", actor: "country:united-states", target: "militia:kataib-hezbollah",
			text: omar + "وقال البيت الأبيض إن الرئيس بايدن أمر بضربات «ضرورية ومتناسبة» رداً على الهجوم، نفذت مساء اليوم نفسه ضد ثلاثة مواقع تستخدمها كتائب حزب الله."},
		{name: "ordered to launch", published: "2024-02-05", actor: "country:united-states", target: "militia:kataib-hezbollah",
			text: omar + "وأمر الرئيس الأمريكي جو بايدن بشن ضربات على مواقع لكتائب حزب الله رداً على الهجوم."},
		{name: "carried out at the president's direction", published: "2024-02-05", actor: "country:united-states",
			text: omar + "وأُعلن في ساعة متأخرة عن تنفيذ ضربات جوية في شرق سوريا. وقال لويد أوستن إن الضربات نُفّذت بتوجيه من الرئيس جو بايدن، وجاءت رداً على الهجوم."},
		// A defence ministry's "تحييد" told as its answer (probe).
		{name: "neutralised in answer", published: "2024-02-05", target: "militia:pkk",
			text: zilkan + "وأعلنت وزارة الدفاع التركية تحييد 12 إرهابيا من حزب العمال الكردستاني في شمال العراق ردا على الهجوم."},
		// "التحالف" alone after a speech verb; helicopters are a state's
		// weapon as aircraft are (probe).
		{name: "the coalition's counter-fire", published: "2024-02-05", actor: "force:international-coalition",
			text: omar + "وقال التحالف إن قواته ردت على مصادر النيران بالمدفعية."},
		{name: "helicopters", published: "2024-02-05", actor: "country:united-states",
			text: omar + "ونفذت مروحيات أمريكية من طراز أباتشي ضربات على مواقع قرب بلدة الصالحية بعد الهجوم."},
		// The weapons a force used between it and the town it shelled
		// ("قصفت قوات النظام بالمدفعية الثقيلة وراجمات الصواريخ مدينة X")
		// (heldout110).
		{name: "shelled a town with its guns", published: "2024-02-05", actor: "force:syrian-regime-forces", target: "city:idlib",
			text: omar + "وقصفت قوات النظام بالمدفعية الثقيلة وراجمات الصواريخ مدينة إدلب رداً على الهجوم."},
		// A quoted model and a time between the planes' state and the
		// strike noun ("مقاتلتان أمريكيتان من طراز «إف-16» فجر اليوم
		// الجمعة ضربات") (heldout107).
		{name: "a quoted model and a time", published: "2024-02-05", actor: "country:united-states", day: "2024-02-05",
			text: omar + "ونفّذت مقاتلتان أمريكيتان من طراز «إف-16» فجر اليوم الإثنين ضربات على منشأتين قرب مدينة البوكمال ردا على الهجوم."},
		// Strikes on a group based outside Iraq, Syria, Jordan and Iran
		// ("مواقع لجماعة الحوثي في اليمن") answer no attack on a base
		// (heldout102, heldout92).
		{name: "strikes in Yemen", published: "2024-02-03", none: true,
			text: tower + "وفي تطور منفصل، نفذت القوات الأمريكية والبريطانية فجر اليوم السبت غارات على مواقع لجماعة الحوثي في اليمن."},
		// A dual strike verb ("استهدفتا"), and boats the group used
		// ("يستخدمونهما") are the group's; the oil field attacked is a
		// base, not the strike's place (heldout39, heldout100).
		{name: "two helicopters hit the group's boats", published: "2024-08-09", actor: "force:international-coalition", day: "2024-08-09", target: "militia:arab-tribes-forces",
			text: "استهدفت مسيرة ليل الخميس قاعدة حقل التنك النفطي في ريف دير الزور.\n" +
				"وذكر مراسل محلي أن مروحيتين تابعتين للتحالف الدولي استهدفتا فجر الجمعة زورقين مقابل بلدة ذيبان، كان مسلحو «قوات العشائر» يستخدمونهما في العبور، بعد ساعات من الهجوم على القاعدة."},
	} {
		t.Run(c.name, func(t *testing.T) {
			res := x.Extract(model.Article{ID: "s", Published: c.published}, "ضربات\n"+c.text)
			if c.none {
				if len(res.Retaliations) != 0 {
					t.Errorf("retaliations %+v, want none", res.Retaliations)
				}
				return
			}
			if !oneRetaliation(res, c.actor, c.day, c.target) {
				t.Errorf("retaliations %+v, want one by %q on %q reaching %q", res.Retaliations, c.actor, c.day, c.target)
			}
		})
	}
}

// TestPlacesAfterGroupSites checks "استهدفت مراكز قيادة تابعة لـX، في
// مناطق Y وZ": the places after the comma are where the group's sites were
// hit, also when the sites have complements of their own ("مراكز قيادة
// ومستودعات صواريخ ومسيرات") (heldout89).
func TestPlacesAfterGroupSites(t *testing.T) {
	x := extract.New(loadLexicon(t))
	text := "نفذت القوات الأمريكية مساء أمس الجمعة ضربات جوية على أهداف في سورية والعراق، رداً على الهجوم على قاعدة التنف.\n\n" +
		"وقالت القيادة المركزية الأمريكية إن الضربات استهدفت مراكز قيادة ومستودعات صواريخ ومسيرات تابعة لـ«فيلق القدس»، في مناطق الميادين والبوكمال بريف دير الزور."
	res := x.Extract(model.Article{ID: "s", Published: "2024-02-03"}, text)
	for _, place := range []string{"city:mayadin", "city:albukamal"} {
		if !oneRetaliation(res, "", "2024-02-02", place) {
			t.Errorf("retaliations %+v, want one reaching %s", res.Retaliations, place)
		}
	}
}

// TestMinistryStrikesAsItsState checks that a ministry telling of its
// forces' strike is not the striker: the state it belongs to is, when the
// article names that state, and the ministry stays the actor otherwise.
func TestMinistryStrikesAsItsState(t *testing.T) {
	x := extract.New(loadLexicon(t))
	const attack = "أصيب جنديان تركيان بجروح فجر اليوم الثلاثاء إثر سقوط قذائف هاون على قاعدة زيلكان شمال الموصل. "
	runRetCases(t, x, []retCase{
		{name: "the ministry says its forces answered, the state named", published: "2020-06-30",
			text: attack + "واتهمت تركيا حزب العمال الكردستاني بالهجوم. وأعلنت وزارة الدفاع التركية أن قواتها ردّت بقصف مواقع الحزب في جبل قنديل رداً على الهجوم.",
			want: []string{"2020-06-30 country:turkey"}},
		{name: "the ministry speaks after the state accuses, in one sentence", published: "2020-06-30",
			text: attack + "واتهمت تركيا حزب العمال الكردستاني بالهجوم، وأعلنت وزارة الدفاع التركية أن قواتها ردّت بقصف مواقع الحزب في جبل قنديل رداً على الهجوم.",
			want: []string{"2020-06-30 country:turkey"}},
		{name: "control: the state is not named", published: "2020-06-30",
			text: attack + "وأعلنت وزارة الدفاع التركية أن قواتها ردّت بقصف مواقع حزب العمال الكردستاني في جبل قنديل رداً على الهجوم.",
			want: []string{"2020-06-30 org:turkish-mod"}},
	})
}

// TestDirectResponse: strikes that came "رداً مباشراً" on the attack on a
// base named again, in a sentence that opens with "وفي وقت لاحق", answer
// the attack told before; the base's name there tells no new attack.
func TestDirectResponse(t *testing.T) {
	x := extract.New(loadLexicon(t))
	res := x.Extract(model.Article{ID: "d", Published: "2023-11-22"}, "ضربات\n"+
		"أطلق مسلحون مساء الاثنين صاروخاً على قاعدة عين الأسد في الأنبار.\n"+
		"وتحدثت تقارير عن هجوم بمسيرة على قاعدة الشدادي اليوم.\n"+
		"وفي وقت لاحق، قالت القيادة المركزية الأمريكية إن قواتها قصفت فجر اليوم الأربعاء موقعين لحركة النجباء في جرف الصخر، \"رداً مباشراً\" على هجوم عين الأسد.")
	n := 0
	for _, at := range res.Attacks {
		if at.Target == "base:ain-al-asad" {
			n++
		}
	}
	if n != 1 {
		t.Errorf("%d attacks on Ain al-Asad, want 1", n)
	}
	if len(res.Retaliations) != 1 || res.Retaliations[0].RespondsTo == nil || !strings.Contains(*res.Retaliations[0].RespondsTo, "ain-al-asad:2023-11-20") {
		t.Errorf("retaliations %+v, want one answering the attack on Ain al-Asad of 2023-11-20", res.Retaliations)
	}
}

// TestTargetsListedAfter: a sentence after the strikes that lists what
// they hit with the verb first ("وشملت الأهداف مواقع في X وY"), as "من بين
// الأهداف", after "بينها"/"منها", or past a relative aside ("الغارات، التي
// شاركت فيها قاذفات، طالت") adds those places to the strikes.
func TestTargetsListedAfter(t *testing.T) {
	x := extract.New(loadLexicon(t))
	lead := "ضربات\nنفذت القوات الأمريكية فجر اليوم ضربات جوية على عشرات الأهداف في العراق وسوريا، رداً على الهجوم الذي استهدف قاعدة التنف أمس.\n"
	for text, want := range map[string][]string{
		"وشملت الأهداف مواقع قرب القائم، ومحيط البوكمال.":                                                                {"city:al-qaim", "city:albukamal"},
		"وكان من بين الأهداف مستودعات في القائم والبوكمال.":                                                              {"city:al-qaim", "city:albukamal"},
		"وقالت الوزارة إن الأهداف شملت مستودعات في القائم والبوكمال.":                                                    {"city:al-qaim", "city:albukamal"},
		"وقالت الوزارة إن الغارات استهدفت مخازن في مناطق عدة، بينها القائم والبوكمال.":                                   {"city:al-qaim", "city:albukamal"},
		"وقالت الوزارة إن الغارات، التي شاركت فيها قاذفات بعيدة المدى، طالت مخازن في مناطق عدة، بينها القائم والبوكمال.": {"city:al-qaim", "city:albukamal"},
	} {
		res := x.Extract(model.Article{ID: "l", Published: "2024-02-03"}, lead+text)
		if len(res.Retaliations) != 1 {
			t.Errorf("%s\n%d retaliations, want 1", text, len(res.Retaliations))
			continue
		}
		for _, id := range want {
			if !slices.Contains(res.Retaliations[0].Targets, id) {
				t.Errorf("%s\ntargets %v, want %s among them", text, res.Retaliations[0].Targets, id)
			}
		}
	}
}

// TestGroupNounSuffered: "وكانت الحركة قد تعرضت لضربة أمريكية ..., حين
// استهدفت طائرة مسيرة مقراً لها في بغداد" is a US strike on the group the
// definite noun points back to.
func TestGroupNounSuffered(t *testing.T) {
	x := extract.New(loadLexicon(t))
	res := x.Extract(model.Article{ID: "g", Published: "2024-02-10"}, "تهديد\n"+
		"وقال أمين عام كتائب سيد الشهداء إن الكتائب لن تتراجع عن عملياتها.\n"+
		"وكانت الكتائب قد تعرضت لضربة أمريكية في 6 شباط الجاري، حين استهدفت طائرة مسيرة مقراً لها في بغداد.")
	if len(res.Retaliations) != 1 || !slices.Contains(res.Retaliations[0].Targets, "militia:kataib-sayyid-al-shuhada") {
		t.Errorf("retaliations %+v, want one on Kataib Sayyid al-Shuhada", res.Retaliations)
	}
}

// TestCoalitionAircraft: "طائرات التحالف"، "مقاتلات التحالف" and "مدفعية
// التحالف" are the international coalition striking back, even in an
// article that never names it in full; a bare "التحالف" stays a weak name.
func TestCoalitionAircraft(t *testing.T) {
	x := extract.New(loadLexicon(t))
	lead := "سقطت قذائف هاون على قاعدة مخمور مساء الثلاثاء.\n"
	for _, striker := range []string{"طائرات التحالف", "مقاتلات التحالف", "مدفعية التحالف"} {
		text := "وقصفت " + striker + " مواقع لتنظيم داعش في جبال قره جوغ رداً على الهجوم."
		res := x.Extract(model.Article{ID: "c", Published: "2019-04-18"}, "قصف\n"+lead+text)
		if !oneRetaliation(res, "force:international-coalition", "", "militia:isis") {
			t.Errorf("%s\nretaliations %+v, want one by the coalition on ISIS", text, res.Retaliations)
		}
	}
}

// TestCameAsAnswer: "وجاءت الضربات رداً على الهجوم الذي استهدف قاعدة X"
// after a strike makes that strike the answer to the attack on X, also
// when the attack is told only there; "ويأتي القصف بعد أسبوع من الغارات"
// and an answer to a bombing elsewhere answer nothing.
func TestCameAsAnswer(t *testing.T) {
	x := extract.New(loadLexicon(t))
	strike := "شنت القوات الأمريكية مساء أمس الخميس غارات جوية على مواقع لكتائب حزب الله قرب القائم.\n"
	for text, answers := range map[string]bool{
		"وجاءت الضربات رداً على الهجوم الذي استهدف قاعدة التنف فجر الإثنين.":      true,
		"وتأتي الغارات رداً على الهجوم بطائرة مسيرة على قاعدة التنف فجر الإثنين.": true,
		"وتأتي الغارات ضمن حملة أعلنتها واشنطن رداً على تفجير في عاصمة أوروبية.":  false,
	} {
		res := x.Extract(model.Article{ID: "a", Published: "2025-03-14"}, "غارات\n"+strike+text)
		if len(res.Retaliations) != 1 {
			t.Errorf("%s\nretaliations %+v, want 1", text, res.Retaliations)
			continue
		}
		r := res.Retaliations[0]
		if got := r.RespondsTo != nil && strings.Contains(*r.RespondsTo, "base:al-tanf"); got != answers {
			t.Errorf("%s\nresponds to %v, want the Tanf attack: %v", text, r.RespondsTo, answers)
		}
	}
}

// TestCommandStrikes: a military command, verb first, strikes like a
// force: "نفّذت القيادة المركزية الأميركية (سنتكوم) مساء أمس غارات على
// مواقع لـX".
func TestCommandStrikes(t *testing.T) {
	x := extract.New(loadLexicon(t))
	for _, text := range []string{
		"نفّذت القيادة المركزية الأميركية (سنتكوم) مساء أمس الجمعة غارات جوية على مواقع لـ«فيلق القدس» في سورية.",
		"شنت القيادة المركزية الأمريكية فجر اليوم ضربات على مواقع لفيلق القدس في سورية.",
	} {
		res := x.Extract(model.Article{ID: "c", Published: "2024-02-03"}, "غارات\n"+text)
		if !oneRetaliation(res, "org:centcom", "", "militia:quds-force") {
			t.Errorf("%s\nretaliations %+v, want one by CENTCOM on the Quds Force", text, res.Retaliations)
		}
	}
}

// TestOrderedStrikes: a strike ordered by "الرئيس الأمريكي" is his
// state's; a command given leave to strike ("أذن وزير الدفاع الأمريكي
// للقيادة المركزية الأمريكية بتنفيذ ضربات") is the striker.
func TestOrderedStrikes(t *testing.T) {
	x := extract.New(loadLexicon(t))
	lead := "أصابت طائرة مسيرة قاعدة الشدادي ظهر الخميس.\n"
	for text, actor := range map[string]string{
		"وأمر الرئيس الأمريكي بتنفيذ ضربات جوية على منشآت لفيلق القدس في شرق سوريا.":                                            "country:united-states",
		"وأذن وزير الدفاع الأمريكي للقيادة المركزية الأمريكية بتنفيذ ضربات جوية مساء الخميس ضد منشآت لفيلق القدس في شرق سوريا.": "org:centcom",
		"وبتوجيه من الرئيس، أذن وزير الدفاع للقيادة المركزية الأمريكية بتنفيذ ضربات جوية مساء الخميس ضد منشآت لفيلق القدس.":     "org:centcom",
	} {
		res := x.Extract(model.Article{ID: "o", Published: "2023-03-24"}, "ضربات\n"+lead+text)
		if !oneRetaliation(res, actor, "", "militia:quds-force") {
			t.Errorf("%s\nretaliations %+v, want one by %s on the Quds Force", text, res.Retaliations, actor)
		}
	}
}

// TestKillingStrike: "اغتالت طائرة أمريكية مسيرة القيادي في X" is a US
// strike on X; a killing by unknown gunmen is no state's strike.
func TestKillingStrike(t *testing.T) {
	x := extract.New(loadLexicon(t))
	for text, want := range map[string]bool{
		"واغتالت طائرة أمريكية مسيرة في الخامس من الشهر الجاري القيادي في كتائب حزب الله أبو علي وسط بغداد.":                                            true,
		"شنت القوات الأمريكية غارات على القائم يوم الجمعة. كما اغتالت طائرة أمريكية مسيرة في الخامس من الشهر الجاري القيادي في كتائب حزب الله أبو علي.": true,
		"واغتال مسلحون مجهولون في الخامس من الشهر الجاري ناشطاً مدنياً في البصرة.":                                                                      false,
	} {
		res := x.Extract(model.Article{ID: "k", Published: "2024-01-21"}, "اغتيال\n"+text)
		got := slices.ContainsFunc(res.Retaliations, func(r model.Retaliation) bool {
			return r.Actor == "country:united-states" && slices.Contains(r.Targets, "militia:kataib-hezbollah")
		})
		if got != want || !want && len(res.Retaliations) > 0 {
			t.Errorf("%s\nretaliations %+v, want a US strike on Kataib Hezbollah: %v", text, res.Retaliations, want)
		}
	}
}

// TestStrikeAfterLongAttackPhrase: "بضربات نفذها التحالف في ريف X، بعد
// هجوم شنته هذه القوات مساء الأربعاء، على مقر لـY يوجد فيه مستشارون قرب
// حقل Z" answers the attack on Z however long the phrase, and Y, the side
// attacked, is no target of the strikes.
func TestStrikeAfterLongAttackPhrase(t *testing.T) {
	x := extract.New(loadLexicon(t))
	res := x.Extract(model.Article{ID: "k", Published: "2019-03-08"}, "ضربات\n"+
		"قُتل عشرات المسلحين بضربات جوية نفذها التحالف الدولي في ريف دير الزور، بعد هجوم شنّته هذه القوات مساء الأربعاء، على مقر لقوات سوريا الديمقراطية (قسد) يوجد فيه مستشارون أمريكيون قرب حقل العمر النفطي.")
	if len(res.Retaliations) != 1 {
		t.Fatalf("retaliations %+v, want one", res.Retaliations)
	}
	r := res.Retaliations[0]
	if slices.Contains(r.Targets, "militia:sdf") || r.RespondsTo == nil || !strings.Contains(*r.RespondsTo, "omar-oil-field") {
		t.Errorf("targets %v, responds to %v; want no SDF target and the answer to the attack on al-Omar", r.Targets, r.RespondsTo)
	}
}

// TestSpeakerSaysStrikesCameAsAnswer: "وقال المرصد إن الغارات جاءت رداً
// على الهجوم على قاعدة X" makes the strike told just before the answer to
// that attack, as "وجاءت الغارات رداً على …" does.
func TestSpeakerSaysStrikesCameAsAnswer(t *testing.T) {
	x := extract.New(loadLexicon(t))
	res := x.Extract(model.Article{ID: "m", Published: "2024-05-14"}, "غارات\n"+
		"شنت طائرات حربية إسرائيلية، مساء أمس الاثنين، غارات على مواقع لحركة النجباء قرب مدينة الميادين.\n"+
		"وقال مدير المرصد إن الغارات جاءت رداً على الهجوم بطائرة مسيرة على قاعدة لواء الحرمون في الجولان مطلع الشهر.")
	if len(res.Retaliations) != 1 || res.Retaliations[0].RespondsTo == nil {
		t.Fatalf("retaliations %+v, want one that answers the attack", res.Retaliations)
	}
	if r := res.Retaliations[0]; r.Actor != "country:israel" || !slices.Contains(r.Targets, "militia:nujaba") {
		t.Errorf("retaliation by %s on %v, want Israel on al-Nujaba", r.Actor, r.Targets)
	}
}

// TestRelativeClauseStruckForce: in "الجهات التي استهدفت القوات الأمريكية"
// the force after the verb was struck, no strike of its own; in "الغارات
// التي شنتها القوات الأمريكية" it is the striker.
func TestRelativeClauseStruckForce(t *testing.T) {
	x := extract.New(loadLexicon(t))
	lead := "أصابت قذيفة صاروخية قاعدة حرير مساء السبت.\n"
	for text, want := range map[string]int{
		"وقال مسؤول إن الجماعات التي استهدفت القوات الأمريكية في العراق خلال الأشهر الماضية تقف وراء القصف، في إشارة إلى الفصائل المدعومة من طهران.": 0,
		"وقال مسؤول إن الغارات التي شنتها القوات الأمريكية مساء الأحد على مواقع لكتائب حزب الله جاءت رداً على القصف.":                                1,
	} {
		res := x.Extract(model.Article{ID: "r", Published: "2024-06-17"}, "قصف\n"+lead+text)
		if len(res.Retaliations) != want {
			t.Errorf("%s\nretaliations %+v, want %d", text, res.Retaliations, want)
		}
	}
}

// TestAreasAmongThem: towns listed after "في مناطق بينها" are where the
// strikes hit, with no comma before "بينها" as with one.
func TestAreasAmongThem(t *testing.T) {
	x := extract.New(loadLexicon(t))
	res := x.Extract(model.Article{ID: "b", Published: "2024-03-15"}, "ضربات\n"+
		"قتل جنديان بهجوم على قاعدة الشدادي في 28 كانون الثاني. وفي الثاني من شباط شنت قاذفات أميركية ضربات على 40 هدفاً طالت كتائب حزب الله في مناطق بينها القائم والبوكمال والميادين.")
	if len(res.Retaliations) != 1 {
		t.Fatalf("retaliations %+v, want one", res.Retaliations)
	}
	for _, town := range []string{"city:al-qaim", "city:albukamal", "city:mayadin"} {
		if !slices.Contains(res.Retaliations[0].Targets, town) {
			t.Errorf("targets %v, want %s", res.Retaliations[0].Targets, town)
		}
	}
}

// TestStruckMembersNotSpeakers: a raid's targets are the group whose men
// hold the struck site, not the partner who speaks of it or joins in:
// "غارات على مبانٍ قالت قسد إن عناصر التنظيم تحصنوا فيها"، "استهدفت
// منزلاً يؤوي قيادياً في التنظيم، بمشاركة قوة من قسد".
func TestStruckMembersNotSpeakers(t *testing.T) {
	x := extract.New(loadLexicon(t))
	lead := "هاجم مسلحون من تنظيم داعش مساء الخميس حاجز الصور التابع لقوات سوريا الديمقراطية في ريف دير الزور. "
	cases := []string{
		"ونفذت طائرات التحالف الدولي يوم الجمعة غارات جوية على مبانٍ قرب الحاجز قالت قسد إن عناصر التنظيم تحصنوا فيها.",
		"ونفذت مروحيات التحالف الدولي يوم الجمعة إنزالاً جوياً استهدف منزلاً يُعتقد أنه يؤوي قيادياً في التنظيم، بمشاركة قوة من قسد.",
	}
	for _, c := range cases {
		res := x.Extract(model.Article{ID: "m", Published: "2024-03-10"}, lead+c)
		if !oneRetaliation(res, "force:international-coalition", "", "militia:isis") || slices.Contains(res.Retaliations[0].Targets, "militia:sdf") {
			t.Errorf("%s\nretaliations %+v, want the coalition striking ISIS only", c, res.Retaliations)
		}
	}
}

// TestStrikeTargetsToldNext: a strike told with its striker but only
// "targets in Iraq and Syria" takes its targets and day from the sentences
// that say what it hit, also when they tell the attack it answers with
// that attack's own date ("كان أخطرها الهجوم على قاعدة X في 28 يناير").
func TestStrikeTargetsToldNext(t *testing.T) {
	x := extract.New(loadLexicon(t))
	cases := []string{
		"شنت القوات الأمريكية مساء الجمعة ضربات على أهداف في العراق وسوريا.\n\n" +
			"وقالت إن الضربات استهدفت منشآت يستخدمها فيلق القدس، وإنها جاءت رداً على الهجوم على قاعدة التنف في 28 يناير.",
		"أبلغت الولايات المتحدة مجلس الأمن بأن الضربات التي شنتها قواتها مساء الجمعة على أهداف في العراق وسوريا تندرج ضمن حق الدفاع عن النفس.\n\n" +
			"وجاء في الرسالة التي وجهتها السفيرة الأمريكية أن الضربات استهدفت منشآت يستخدمها فيلق القدس، وأنها جاءت رداً على سلسلة هجمات، كان أخطرها الهجوم على قاعدة التنف في 28 يناير.",
	}
	for _, c := range cases {
		res := x.Extract(model.Article{ID: "n", Published: "2024-02-03"}, c)
		if !oneRetaliation(res, "", "2024-02-02", "militia:quds-force") {
			t.Errorf("%s\nretaliations %+v, want one on 2024-02-02 hitting the Quds Force", c, res.Retaliations)
		}
	}
}

// TestAggressionIsStrike: state media call a state's strikes "العدوان
// الأمريكي"; told first, it is the strike, with its day and sites; told
// again after the strike, it adds no second one.
func TestAggressionIsStrike(t *testing.T) {
	x := extract.New(loadLexicon(t))
	lead := "سقطت ثلاثة صواريخ على قاعدة حرير مساء الأحد 14 شباط، وتبنت سرايا أولياء الدم الهجوم.\n\n"
	first := "ووجهت الخارجية السورية رسالة إلى مجلس الأمن حول العدوان الأمريكي الذي استهدف مساء الخميس 25 شباط مواقع في منطقة البوكمال."
	res := x.Extract(model.Article{ID: "g", Published: "2021-02-27"}, lead+first)
	if !oneRetaliation(res, "", "2021-02-25", "city:albukamal") {
		t.Errorf("retaliations %+v, want one on 2021-02-25 hitting Albukamal", res.Retaliations)
	}
	again := "شنت الولايات المتحدة مساء الخميس 25 شباط غارات على مواقع لكتائب حزب الله في البوكمال.\n\n" +
		"وأفادت سانا بأن العدوان الأمريكي طال مواقع في منطقة الميادين، وأن الضربات أسفرت عن أضرار كبيرة."
	res = x.Extract(model.Article{ID: "h", Published: "2021-02-27"}, lead+again)
	if len(res.Retaliations) != 1 || !slices.Contains(res.Retaliations[0].Targets, "city:mayadin") {
		t.Errorf("retaliations %+v, want one that also hit al-Mayadin", res.Retaliations)
	}
}
