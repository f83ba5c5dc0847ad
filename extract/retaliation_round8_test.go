package extract_test

import (
	"testing"

	"github.com/nisba/nisba/extract"
)

// TestRetaliationRound8 checks two wording families: a force's answer told
// in a quote after "أن" names the force before the quote, not the attacker
// quoted earlier in the sentence; and the day of an attack told before
// "ردت عليه" is the attack's day, not the answer's.
func TestRetaliationRound8(t *testing.T) {
	lex := loadLexicon(t)
	x := extract.New(lex)
	families := []caseFamily[retCase]{
		{"quoted answer after an", quotedAnswerCases()},
		{"day of the answered attack", answeredDayCases()},
		{"targets reached in a later sentence", reachedLaterCases()},
	}
	for _, f := range families {
		t.Run(f.name, func(t *testing.T) {
			for _, tc := range f.cases {
				t.Run(tc.name, func(t *testing.T) { checkRetaliationSides(t, x, lex, tc) })
			}
		})
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
			want: []string{" country:turkey"}},
		{name: "army statement adds that the army answered", published: "2020-03-03",
			text: "قتل جنديان تركيان أمس الإثنين في قصف لقوات النظام السوري على رتل تركي قرب سراقب.\n\n" +
				"وأعلن الجيش التركي في بيان أن \"قوات النظام قصفت رتلنا قرب سراقب\"، وأضاف أن الجيش التركي \"رد على الفور وقصف مواقع لقوات النظام\".",
			want: []string{"2020-03-02 country:turkey"}},
		{name: "control: the force answers with no quote", published: "2020-03-03",
			text: "قتل ثلاثة جنود أتراك أمس الإثنين بقصف مدفعي لقوات النظام السوري على نقطة تركية قرب سراقب.\n\n" +
				"وردت القوات التركية بقصف مواقع لقوات النظام قرب سراقب.",
			want: []string{" country:turkey"}},
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

// TestRetaliationRound8Controls: an undated strike told after a dated one
// that already names its targets does not add its own (its targets are not
// trusted, see foldUndated); only a dated strike with no target takes them.
func TestRetaliationRound8Controls(t *testing.T) {
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
