package extract_test

import (
	"testing"

	"github.com/nisba/nisba/extract"
)

// TestRound4OfficeThenPreposition checks a name after an office and its
// place or body that a preposition closes: "دعا محافظ X NAME إلى ...",
// "طالب قائد شرطة X NAME بـ...", "أعرب وزير X NAME عن ...".
func TestRound4OfficeThenPreposition(t *testing.T) {
	x := extract.New(loadLexicon(t))
	cases := []entRuleCase{
		{name: "governor of a province then إلى",
			text: "ودعا محافظ ديالى عمر كريم إلى تشديد الإجراءات على الطرق الخارجية.",
			want: []string{"Official عمر كريم"}},
		{name: "police chief then a preposition clitic",
			text: "وطالب قائد شرطة الأنبار هادي رزيج بتعزيز نقاط التفتيش قرب الحدود.",
			want: []string{"Official هادي رزيج"}},
		{name: "minister then عن",
			text: "وأعرب وزير الخارجية الأردني سمير حداد عن إدانة بلاده للهجوم.",
			want: []string{"Official سمير حداد"}},
		{name: "mayor then على",
			text: "وشدد قائممقام قضاء سنجار نايف سيدو على ضرورة حماية المدنيين.",
			not:  []string{"City سيدو على"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkEntRules(t, run(t, x, "2025-12-01", c.text), c)
		})
	}
}

// TestRound4TerrainAdjectives checks indefinite adjectives after a place
// noun: a rugged, demilitarised, desert or mountain area names no town.
func TestRound4TerrainAdjectives(t *testing.T) {
	x := extract.New(loadLexicon(t))
	cases := []entRuleCase{
		{name: "rugged and mountain areas",
			text: "وفر المهاجمون إلى منطقة وعرة شمال بلدة الصفرة، ثم اختبأوا في منطقة جبلية قرب قرية الزركة.",
			want: []string{"City الصفرة", "City الزركة"},
			not:  []string{"City وعرة", "City جبلية"}},
		{name: "demilitarised and desert areas",
			text: "وتطالب إسرائيل بمنطقة منزوعة السلاح جنوب البلاد، فيما تنشط الخلايا في منطقة صحراوية شاسعة غرب الأنبار.",
			not:  []string{"City منزوعة السلاح", "City منزوعة", "City صحراوية", "City صحراوية شاسعة"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkEntRules(t, run(t, x, "2025-12-01", c.text), c)
		})
	}
}

// TestRound4WeakTowns checks a town's short name (a weak alias such as
// القائم or الكسوة) in context only a town fits: the subject of تقع/يقع, or
// the first of a pair whose second is a town named in full.
func TestRound4WeakTowns(t *testing.T) {
	x := extract.New(loadLexicon(t))
	cases := []entRuleCase{
		{name: "subject of a verb of lying",
			text: "وتقع الكسوة على مسافة قصيرة من العاصمة، وتضم ثكنات قديمة.",
			want: []string{"City بلدة الكسوة"}},
		{name: "masculine verb of lying",
			text: "ويقع القائم على الضفة الجنوبية لنهر الفرات قرب الحدود.",
			want: []string{"City بلدة القائم"}},
		{name: "first of a pair with a town named in full",
			text: "وتراقب الدوريات الطريق بين القائم والبوكمال منذ أشهر.",
			want: []string{"City بلدة القائم", "City البوكمال"}},
		{name: "an adjective is no town",
			text: "وقال إن التنسيق القائم والتعاون مع بغداد مستمران، وإن الوضع القائم لن يتغير.",
			not:  []string{"City بلدة القائم"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkEntRules(t, run(t, x, "2025-12-01", c.text), c)
		})
	}
}

// TestRound4TitledNames checks names after a title that earlier rules
// missed: an adjective of standing between title and name, a minister's
// portfolio, a relative joined by و after the family name, and a verb
// right after the title.
func TestRound4TitledNames(t *testing.T) {
	x := extract.New(loadLexicon(t))
	cases := []entRuleCase{
		{name: "a prominent leader then a three-word name",
			text: "وقتل القيادي البارز سامي عواد الدليمي في غارة جوية شرق البلاد.",
			want: []string{"Official سامي عواد الدليمي"}},
		{name: "a retired general",
			text: "وقال الجنرال المتقاعد مارك هيرتلينغ إن الضربات محدودة الأثر.",
			want: []string{"Official مارك هيرتلينغ"}},
		{name: "a leader of a movement and his companion",
			text: "واستهدفت المسيرة سيارة القيادي في حركة النجباء فاضل الكعبي ومرافقه قرب ساحة عامة.",
			want: []string{"Official فاضل الكعبي"}, not: []string{"Official فاضل الكعبي ومرافقه"}},
		{name: "two named people joined by و",
			text: "وقتل القيادي كريم الساعدي وشقيقه في الغارة.",
			want: []string{"Official كريم الساعدي"}},
		{name: "a minister's portfolio",
			text: "والتقى الوزير الإسرائيلي للشؤون الاستراتيجية موشيه كوهين نظيره في باريس.",
			want: []string{"Official موشيه كوهين"}},
		{name: "a verb after the title is no name",
			text: "وقال الوزير إن الرئيس وجه باتخاذ إجراءات عاجلة، وإن الرئيس أوعز بتشكيل لجنة.",
			not:  []string{"Official وجه باتخاذ", "Official أوعز بتشكيل"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkEntRules(t, run(t, x, "2025-12-01", c.text), c)
		})
	}
}

// TestRound4OtherBearers checks a person whose family name the lexicon
// knows for someone else, and a given name that is also a rank.
func TestRound4OtherBearers(t *testing.T) {
	x := extract.New(loadLexicon(t))
	cases := []entRuleCase{
		{name: "a brigadier who shares a minister's family name",
			text: "وقال مدير المعبر العميد كاظم الياسري إن الحركة طبيعية.",
			want: []string{"Official كاظم الياسري"}, not: []string{"Official ياسين الياسري"}},
		{name: "a colonel who shares a former premier's family name",
			text: "وأكد العقيد حسن المالكي أن الدوريات مستمرة.",
			want: []string{"Official حسن المالكي"}, not: []string{"Official نوري المالكي"}},
		{name: "the known person by his family name alone",
			text: "وقال المالكي في كلمة متلفزة إن الحكومة ستحاسب المقصرين.",
			want: []string{"Official نوري المالكي"}},
		{name: "a rank word as a given name",
			text: "ودعا النائب رائد حمدان إلى جلسة طارئة، وقال الصحفي نقيب الجبوري إن الطرق مغلقة.",
			want: []string{"Official رائد حمدان"}},
		{name: "a definite rank still starts a title",
			text: "وقال النائب إن الرائد سعد حميد، آمر السرية، نجا من الهجوم.",
			want: []string{"Official سعد حميد"}, not: []string{"Official الرائد سعد حميد"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkEntRules(t, run(t, x, "2025-12-01", c.text), c)
		})
	}
}

// TestRound4OtherBearersAfterRole checks a known family name after two
// given names that a role and its body introduce.
func TestRound4OtherBearersAfterRole(t *testing.T) {
	x := extract.New(loadLexicon(t))
	cases := []entRuleCase{
		{name: "a leader of a coalition who shares a former premier's family name",
			text: "وطالب القيادي في ائتلاف دولة القانون حسين علوان المالكي بتحقيق عاجل.",
			want: []string{"Official حسين علوان المالكي"}, not: []string{"Official نوري المالكي"}},
		{name: "a prominent leader of a movement",
			text: "وقال القيادي البارز في حركة النجباء جاسم محمد الياسري إن الرد قادم.",
			want: []string{"Official جاسم محمد الياسري"}, not: []string{"Official ياسين الياسري"}},
		{name: "a brigadier with two given names",
			text: "وقال العميد كاظم جواد الياسري إن المنفذ مفتوح.",
			want: []string{"Official كاظم جواد الياسري"}, not: []string{"Official ياسين الياسري"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkEntRules(t, run(t, x, "2025-12-01", c.text), c)
		})
	}
}

// TestRound4GivenNameAdjective checks a given name that is also a state
// adjective (تركي): after a definite word it cannot agree as an adjective,
// and a family nisba follows it.
func TestRound4GivenNameAdjective(t *testing.T) {
	x := extract.New(loadLexicon(t))
	cases := []entRuleCase{
		{name: "a mayor named Turki",
			text: "وقال قائممقام سنجار تركي الجبوري إن الطرق مفتوحة.",
			want: []string{"Official تركي الجبوري"}, not: []string{"Country تركيا"}},
		{name: "the adjective still names the state",
			text: "وقصفت مسيرة تركية مواقع في جبال قنديل، وقال مصدر أمني تركي إن العملية مستمرة.",
			want: []string{"Country تركيا"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkEntRules(t, run(t, x, "2025-12-01", c.text), c)
		})
	}
}
