package extract_test

import (
	"testing"

	"github.com/nisba/nisba/extract"
)

// TestRound6RankInBody checks a name after a rank and the body it serves
// in: "النقيب في الجيش X NAME", with a family name in ـات.
func TestRound6RankInBody(t *testing.T) {
	x := extract.New(loadLexicon(t))
	cases := []entRuleCase{
		{name: "captain in the Jordanian army, family name in ـات",
			text: "وشيّع الأهالي النقيب في القوات المسلحة الأردنية خالد سليمان العبيدات وإصابة جنديين في الاشتباك.",
			want: []string{"Official خالد سليمان العبيدات", "Force القوات المسلحة الأردنية"},
			not:  []string{"Official خالد سليمان"}},
		{name: "colonel in the IRGC then a verb",
			text: "وقتل العقيد في الحرس الثوري حسين رضائي في الغارة على المستودع.",
			want: []string{"Official حسين رضائي", "Militia الحرس الثوري"}},
		{name: "lieutenant, the body's other name in brackets",
			text: "وقال الملازم في قوى الأمن الداخلي (الأسايش) دلوفان حسن بكر إن الطريق أعيد فتحه.",
			want: []string{"Official دلوفان حسن بكر", "Militia الأسايش"}},
		{name: "a weak army name after a rank and في",
			text: "وأصيب الرقيب في حرس الحدود الأردني سامي عودة الزيود بجروح طفيفة.",
			want: []string{"Official سامي عودة الزيود", "Force حرس الحدود الأردني"}},
		{name: "a plural noun in ـات after a rank is no family name",
			text: "وأكد العميد ناصر الجماعات المسلحة تنتشر قرب الحدود.",
			not:  []string{"Official ناصر الجماعات"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkEntRules(t, run(t, x, "2026-02-01", c.text), c)
		})
	}
}

// TestRound6BodyOrg checks government bodies the lexicon does not know,
// read from the words of their names.
func TestRound6BodyOrg(t *testing.T) {
	x := extract.New(loadLexicon(t))
	cases := []entRuleCase{
		{name: "ministry placed in a region",
			text: "وقالت وزارة الصحة في إقليم كردستان إن ثلاثة مدنيين أصيبوا بجروح طفيفة.",
			want: []string{"Organization وزارة الصحة في إقليم كردستان", "City إقليم كردستان"}},
		{name: "ministry of a regional government",
			text: "وأعلنت وزارة الزراعة في حكومة إقليم كوردستان تعويض المزارعين المتضررين.",
			want: []string{"Organization وزارة الزراعة في حكومة إقليم كوردستان", "Organization حكومة إقليم كوردستان"}},
		{name: "department named by its task",
			text: "وضبطت إدارة مكافحة المخدرات شحنة كبيرة قرب الحدود الشمالية.",
			want: []string{"Organization إدارة مكافحة المخدرات"}},
		{name: "department of tribal affairs",
			text: "ودعت دائرة شؤون العشائر إلى التهدئة في المنطقة.",
			want: []string{"Organization دائرة شؤون العشائر"}},
		{name: "ministry told by a state adjective",
			text: "وندد المتحدث باسم وزارة الخارجية العمانية سالم الهنائي بالغارات.",
			want: []string{"Organization وزارة الخارجية العمانية", "Official سالم الهنائي"}},
		{name: "department with a nisba adjective in a regional government",
			text: "وطالبت دائرة الإغاثة الإنسانية في حكومة إقليم كردستان بفتح الطرق.",
			want: []string{"Organization دائرة الإغاثة الإنسانية في حكومة إقليم كردستان", "Organization حكومة إقليم كردستان"}},
		{name: "authority of an administration the lexicon knows",
			text: "وأعلنت هيئة الصحة في الإدارة الذاتية لشمال وشرق سوريا وصول شحنة أدوية.",
			want: []string{"Organization هيئة الصحة في الإدارة الذاتية لشمال وشرق سوريا", "Organization الإدارة الذاتية لشمال وشرق سوريا"}},
		{name: "commission with a definite noun and an adjective",
			text: "وذكرت هيئة المساءلة الوطنية في بيان أن القرار نهائي.",
			want: []string{"Organization هيئة المساءلة الوطنية"}},
		{name: "managing a file with an adjective is no department",
			text: "وقال إن إدارة الملف الأمني تحتاج إلى تنسيق أكبر.",
			not:  []string{"Organization إدارة الملف الأمني"}},
		{name: "a bare ministry says not whose",
			text: "وقالت وزارة الداخلية إن التحقيق مستمر.",
			not:  []string{"Organization وزارة الداخلية"}},
		{name: "an office of a ministry in a city is no name",
			text: "وأكد مصدر في وزارة الداخلية في الموصل أن الطريق مغلق.",
			not:  []string{"Organization وزارة الداخلية في الموصل"}},
		{name: "managing a file is no department",
			text: "وتتولى الحكومة إدارة الملف الأمني في المحافظة.",
			not:  []string{"Organization إدارة الملف"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkEntRules(t, run(t, x, "2026-02-01", c.text), c)
		})
	}
}

// TestRound6QuotedCore checks that the quoted core of a known body's name
// is kept as one of its names.
func TestRound6QuotedCore(t *testing.T) {
	x := extract.New(loadLexicon(t))
	doc := run(t, x, "2026-02-01", `ورأى الباحث في مركز "جسور" للدراسات أن الضربة رسالة سياسية.`)
	e := entityByName(doc, "Organization", "مركز جسور للدراسات")
	if e == nil {
		t.Fatalf("no Jusoor centre; got %v", entRuleNames(doc))
	}
	found := false
	for _, al := range e.Aliases {
		if al == "جسور" {
			found = true
		}
	}
	if !found {
		t.Errorf("aliases %v lack the quoted core جسور", e.Aliases)
	}
}

// TestRound6BodyBackReference checks that "وزارة X في الإقليم" after "وزارة
// X في إقليم كردستان" is the same body, not a second one.
func TestRound6BodyBackReference(t *testing.T) {
	x := extract.New(loadLexicon(t))
	text := "وأعلنت وزارة الصحة في إقليم كردستان نقل الجرحى إلى أربيل. وقال المتحدث باسم وزارة الصحة في الإقليم، الدكتور آزاد طه رشيد، إن حالتهم مستقرة."
	doc := run(t, x, "2026-02-01", text)
	n := 0
	for _, e := range doc.Entities {
		if e.Type == "Organization" {
			n++
		}
	}
	if n != 1 {
		t.Errorf("want one ministry, got %d organisations: %v", n, entRuleNames(doc))
	}
	if entityByName(doc, "Official", "آزاد طه رشيد") == nil {
		t.Errorf("missing the spokesman; got %v", entRuleNames(doc))
	}
}

// TestRound6KunyaFamily checks that a family name opened by أبو or ابن is
// not the lexicon person who bears the bare surname.
func TestRound6KunyaFamily(t *testing.T) {
	x := extract.New(loadLexicon(t))
	cases := []entRuleCase{
		{name: "analyst with أبو and a known surname",
			text: "ويرى الكاتب المتخصص في الحركات الإسلامية سامر أبو هنية أن الهجوم يحمل رسالة.",
			not:  []string{"Official إسماعيل هنية"}},
		{name: "the surname alone after a speech verb, no أبو",
			text: "وقال هنية إن المفاوضات متوقفة.",
			want: []string{"Official إسماعيل هنية"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkEntRules(t, run(t, x, "2026-02-01", c.text), c)
		})
	}
}

// TestRound6DescribedGroup checks that an elative after a group word is a
// description, not a group's name.
func TestRound6DescribedGroup(t *testing.T) {
	x := extract.New(loadLexicon(t))
	cases := []entRuleCase{
		{name: "a larger militia",
			text: "ويعتقد مراقبون أن المجموعة تعمل لحساب مليشيا أكبر تنشط في البادية.",
			not:  []string{"Militia أكبر تنشط"}},
		{name: "a stronger faction",
			text: "وانضم مقاتلوها إلى فصيل أقوى يسيطر على المعبر.",
			not:  []string{"Militia فصيل أقوى يسيطر"}},
		{name: "an elative given name in a person's name stays",
			text: "وقال العميد علي أكبر رضائي إن الدفاعات تصدت للهجوم.",
			want: []string{"Official علي أكبر رضائي"}},
		{name: "domestic factions that a backing phrase ties to Iran",
			text: "ويعتقد مسؤولون أن الاسم واجهة لإحدى الفصائل المسلحة العراقية الموالية لإيران.",
			want: []string{"Militia الفصائل المسلحة العراقية الموالية لإيران"},
			not:  []string{"Militia الفصائل المسلحة العراقية"}},
		{name: "a named militia still reads",
			text: "وتبنت ميليشيا «أنصار الدم» الهجوم.",
			want: []string{"Militia أنصار الدم"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkEntRules(t, run(t, x, "2026-02-01", c.text), c)
		})
	}
}

// TestRound6EmbeddedForce checks that a body named after a state's army
// (القيادة العامة للقوات المسلحة X) names that army too, and that its weak
// name then reads.
func TestRound6EmbeddedForce(t *testing.T) {
	x := extract.New(loadLexicon(t))
	text := "وأعلنت القيادة العامة للقوات المسلحة الأردنية إحباط محاولة تسلل. وقال ضابط في الجيش العربي إن الاشتباك استمر ساعة."
	c := entRuleCase{want: []string{"Organization القيادة العامة للقوات المسلحة الأردنية", "Force الجيش العربي"}}
	checkEntRules(t, run(t, x, "2026-02-01", text), c)
}

// TestRound6SpokesmanBody checks that a body's weak name after "باسم" is
// read: a spokesman speaks for a body.
func TestRound6SpokesmanBody(t *testing.T) {
	x := extract.New(loadLexicon(t))
	text := "وقال المتحدث باسم مجلس الأمن القومي جون كيربي إن بلاده لا تريد التصعيد."
	c := entRuleCase{want: []string{"Organization مجلس الأمن القومي", "Official جون كيربي"}}
	checkEntRules(t, run(t, x, "2026-02-01", text), c)
}

// TestRound6ShortMinistry checks a ministry called by its portfolio and a
// feminine state adjective, and that the minister's masculine adjective
// makes no ministry.
func TestRound6ShortMinistry(t *testing.T) {
	x := extract.New(loadLexicon(t))
	cases := []entRuleCase{
		{name: "the French foreign ministry",
			text: "وأعربت الخارجية الفرنسية عن قلقها من التصعيد.",
			want: []string{"Organization الخارجية الفرنسية", "Country فرنسا"}},
		{name: "a minister's adjective is no ministry",
			text: "وقال وزير الخارجية المصري إن بلاده تتابع التطورات.",
			not:  []string{"Organization الخارجية المصري"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkEntRules(t, run(t, x, "2026-02-01", c.text), c)
		})
	}
}

// TestRound6NamedGroupsAndCompanies checks groups that name themselves in
// other wordings and companies with a quoted name.
func TestRound6NamedGroupsAndCompanies(t *testing.T) {
	x := extract.New(loadLexicon(t))
	cases := []entRuleCase{
		{name: "a group unknown before that calls itself",
			text: "وقالت مجموعة غير معروفة سابقاً تسمي نفسها «كتيبة الفجر» إنها أطلقت الصواريخ.",
			want: []string{"Militia كتيبة الفجر"}},
		{name: "a group that bears a name",
			text: "وتبنت جماعة تحمل اسم «درع البادية» الهجوم.",
			want: []string{"Militia درع البادية"}},
		{name: "a quoted company of two words",
			text: "وأعلنت شركة «غلف ووتر» الأمنية سحب موظفيها من المطار.",
			want: []string{"Organization شركة غلف ووتر"}},
		{name: "a state company told by its adjective",
			text: "وأعلنت شركة الخطوط الجوية الأردنية تعليق رحلاتها إلى بغداد.",
			want: []string{"Organization شركة الخطوط الجوية الأردنية"}},
		{name: "a company with no quoted name is no entity",
			text: "وقالت شركة محلية إن الأضرار طفيفة.",
			not:  []string{"Organization شركة محلية"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkEntRules(t, run(t, x, "2026-02-01", c.text), c)
		})
	}
}

// TestRound6KingdomOutlet checks that "المملكة" is Jordan once Jordan is
// named, while "قناة المملكة" stays the outlet.
func TestRound6KingdomOutlet(t *testing.T) {
	x := extract.New(loadLexicon(t))
	text := "وقال وزير الداخلية الأردني لقناة المملكة إن الأردن لن يتهاون. وأضاف أن أمن المملكة خط أحمر."
	c := entRuleCase{want: []string{"Organization قناة المملكة", "Country الأردن"}}
	doc := run(t, x, "2026-02-01", text)
	checkEntRules(t, doc, c)
	if e := entityByName(doc, "Country", "الأردن"); e == nil || !contains(e.Aliases, "المملكة") {
		t.Errorf("Jordan should carry المملكة; got %v", entRuleNames(doc))
	}
}

// TestRound6OfficeChain checks a name after an office of an office
// ("نائب رئيس X"، "مساعد وزير X") and a name that في closes after an
// office frame.
func TestRound6OfficeChain(t *testing.T) {
	x := extract.New(loadLexicon(t))
	cases := []entRuleCase{
		{name: "deputy head of a centre, the name closed by في",
			text: "وقال نائب رئيس مركز المصالحة الروسي في سوريا يوري بوبوف في إفادة إن الطيران قصف مخابئ.",
			want: []string{"Official يوري بوبوف"}},
		{name: "assistant minister then في",
			text: "وقالت مساعدة وزير الخارجية الأمريكي سارة هولت في مؤتمر صحفي إن الاتصالات مستمرة.",
			want: []string{"Official سارة هولت"}},
		{name: "a participle after the body is no name",
			text: "وقال قائد القوات الأمريكية المنتشرة في سوريا إن الوضع مستقر.",
			not:  []string{"Official المنتشرة في"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkEntRules(t, run(t, x, "2026-02-01", c.text), c)
		})
	}
}

// TestRound6NinevehPlains checks that the Nineveh Plains are a place of
// their own, and that "حرس نينوى" is a group, not the province.
func TestRound6NinevehPlains(t *testing.T) {
	x := extract.New(loadLexicon(t))
	cases := []entRuleCase{
		{name: "the plains and the province",
			text: "وانطلقت الطائرة من سهل نينوى، بحسب مسؤول في محافظة نينوى.",
			want: []string{"City سهل نينوى", "City نينوى"}},
		{name: "the guard is no place",
			text: "ودرب الجنود الأتراك مقاتلي «حرس نينوى» في القاعدة.",
			want: []string{"Militia حرس نينوى"}, not: []string{"City نينوى"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkEntRules(t, run(t, x, "2026-02-01", c.text), c)
		})
	}
}

// TestRound6OutpostsAndOldNames checks an outpost (ربيئة) as a base, with
// its own name after a naming verb, and a base's former name.
func TestRound6OutpostsAndOldNames(t *testing.T) {
	x := extract.New(loadLexicon(t))
	cases := []entRuleCase{
		{name: "an outpost known by a quoted name",
			text: "وهاجم مسلحون فجر اليوم ربيئة عسكرية تعرف باسم «ربيئة الصخرة» جنوب كركوك.",
			want: []string{"Base ربيئة الصخرة"}, not: []string{"Base ربيئة عسكرية"}},
		{name: "an outpost named directly",
			text: "وتعرضت ربيئة الزركة لهجوم بقذائف الهاون.",
			want: []string{"Base ربيئة الزركة"}},
		{name: "Ain al-Asad under its first name",
			text: "وأنشئت القاعدة في الثمانينيات باسم قاعدة القادسية الجوية.",
			want: []string{"Base قاعدة القادسية الجوية"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkEntRules(t, run(t, x, "2026-02-01", c.text), c)
		})
	}
}
