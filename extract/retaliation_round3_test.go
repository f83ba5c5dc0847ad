package extract_test

import (
	"testing"

	"github.com/nisba/nisba/extract"
)

// TestRetaliationRound3NoStrayTargets checks that what a later sentence
// tells of the attack (where it was launched from, who is at odds with
// whom) and the striking side itself never become targets.
func TestRetaliationRound3NoStrayTargets(t *testing.T) {
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

// TestRetaliationClassesRound3 checks answers to questions that are no
// strikes, a ministry or command named again by its bare noun ("الوزارة"،
// "القيادة") telling of its own jets' strike, strikes told from the side
// that lost fighters in them, and hideouts as strike sites.
func TestRetaliationClassesRound3(t *testing.T) {
	lex := loadLexicon(t)
	x := extract.New(lex)
	for _, tc := range retaliationCasesRound3() {
		t.Run(tc.name, func(t *testing.T) { checkRetaliationSides(t, x, lex, tc) })
	}
}

func retaliationCasesRound3() []retCase {
	attack := "سقطت ثلاثة صواريخ مساء أمس الأحد على قاعدة عين الأسد الجوية في الأنبار.\n\n"
	cases := append(verbalAnswerCases(attack), anaphoricSpeakerCases()...)
	cases = append(cases, afterAttackCases()...)
	cases = append(cases, forceTargetCases()...)
	cases = append(cases, attackToldAgainCases()...)
	cases = append(cases, stateSubjectCases(attack)...)
	return append(cases, append(victimVoiceCases(), strikeBeforeAttackCases()...)...)
}

// afterAttackCases: a strike told first, then "بعد هجوم على قاعدة X": the
// base is what it answers, not what it hits.
func afterAttackCases() []retCase {
	return []retCase{
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
