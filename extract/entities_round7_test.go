package extract_test

import (
	"testing"

	"github.com/nisba/nisba/extract"
)

// runEntCases runs each case through one extractor and checks its entities.
func runEntCases(t *testing.T, cases []entRuleCase) {
	t.Helper()
	x := extract.New(loadLexicon(t))
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkEntRules(t, run(t, x, "2026-03-01", c.text), c)
		})
	}
}

// TestRound7Commentators checks names after an analyst's or researcher's
// field ("الباحث في الشأن الأمني NAME", "المحلل السياسي العراقي NAME").
func TestRound7Commentators(t *testing.T) {
	runEntCases(t, []entRuleCase{
		{name: "researcher in a field with an adjective",
			text: "ويقول الباحث في الشأن الأمني سردار عزيز إن الفصائل غيرت أسلوبها.",
			want: []string{"Official سردار عزيز"}},
		{name: "researcher in a field with two adjectives",
			text: "ويرى الباحث في الشأن السياسي العراقي منذر حميد أن الحكومة في موقف صعب.",
			want: []string{"Official منذر حميد"}},
		{name: "analyst with a field and a nationality",
			text: "وقال المحلل السياسي الأردني عامر السبايلة إن الرد سيتأخر.",
			want: []string{"Official عامر السبايلة"}},
		{name: "analyst with a field only",
			text: "ويرى المحلل العسكري هشام الكبيسي أن المسيّرات أصعب رصداً.",
			want: []string{"Official هشام الكبيسي"}},
		{name: "expert in affairs",
			text: "وأوضح الخبير في الشؤون العسكرية باسل الخفاجي أن الصواريخ محلية الصنع.",
			want: []string{"Official باسل الخفاجي"}},
		{name: "researcher in the affairs of armed groups",
			text: "وقال الباحث في شؤون الجماعات المسلحة ليث العزاوي إن الهجمات رسائل.",
			want: []string{"Official ليث العزاوي"}},
		{name: "researcher at a quoted centre",
			text: "ويقول الباحث في مركز «الفرات» للدراسات سامي الحمد إن إسرائيل غيرت أهدافها.",
			want: []string{"Official سامي الحمد"}, not: []string{"City نهر الفرات"}},
		{name: "researcher at a centre with an adjective",
			text: "ويرى الباحث في مركز النهرين للدراسات الاستراتيجية علي الكبيسي أن الملف معقد.",
			want: []string{"Official علي الكبيسي"}},
		{name: "control: a researcher's name in apposition is not cut short",
			text: "ويرى الباحث في مركز \"الرافدين\" للدراسات الاستراتيجية، سامر عبد الكريم الدليمي، أن التوقيت مقصود.",
			not:  []string{"Official سامر عبد الكريم"}},
		{name: "analyst's field is no weak alias of a known person",
			text: "ويرى المحلل العسكري هشام الكبيسي أن المسيّرات أصعب رصداً.",
			not:  []string{"Official أبو علي العسكري"}},
		{name: "expert in affairs, a foreign name in ألـ",
			text: "وقال الخبير في الشؤون العسكرية الروسية ألكسندر بيتروف إن الهجمات تتكرر.",
			want: []string{"Official ألكسندر بيتروف"}},
		{name: "control: an analyst's opinion without a name",
			text: "ويرى المحلل السياسي أن التصعيد مستمر.",
			not:  []string{"Official أن التصعيد"}},
	})
}

// TestRound7OfficeHolders checks names after offices the finder did not
// read: a bloc head in a parliament, a district governor, a chief of staff
// told by a pronoun, a rank after a comma, a colonel in French spelling.
func TestRound7OfficeHolders(t *testing.T) {
	runEntCases(t, []entRuleCase{
		{name: "head of a bloc in parliament (feminine)",
			text: "وقالت رئيسة كتلة التغيير في مجلس النواب العراقي سروة عبد الواحد إن الحكومة مقصرة.",
			want: []string{"Official سروة عبد الواحد"}},
		{name: "member of a committee in parliament",
			text: "وأكد عضو لجنة الأمن والدفاع في البرلمان العراقي مهدي تقي أن التحقيق بدأ.",
			want: []string{"Official مهدي تقي"}},
		{name: "district governor of a town",
			text: "وقال قائممقام زاخو كمال حسين لوكالة الأناضول إن القصف طال قرى حدودية.",
			want: []string{"Official كمال حسين"}},
		{name: "district governor, another spelling, then a speech verb",
			text: "غير أن قائمقام سنجار خضر رشو قال إن الأهالي نزحوا.",
			want: []string{"Official خضر رشو"}},
		{name: "head of a bloc, name then the outlet",
			text: "وقالت رئيسة كتلة التغيير في مجلس النواب العراقي نادية حسن لشبكة رووداو إن الحكومة مقصرة.",
			want: []string{"Official نادية حسن"}},
		{name: "control: an outlet after a place is no name's end",
			text: "وقال محافظ الأنبار لوكالة الأناضول إن الطريق آمن.",
			not:  []string{"Official لوكالة الأناضول"}},
		{name: "chief of staff told by a pronoun",
			text: "ولم يعلق الجيش، لكن رئيس أركانه هرتسي هاليفي قال إن العمليات ستستمر.",
			want: []string{"Official هرتسي هاليفي"}},
		{name: "rank after a comma",
			text: "وقال قائد القاعدة الروسية، اللواء إيغور كوناشينكوف، إن الدفاعات أسقطت المسيّرات.",
			want: []string{"Official إيغور كوناشينكوف"}},
		{name: "colonel in its French spelling",
			text: "وقال الكولونيل واين ماروتو إن الهجوم لم يسفر عن إصابات.",
			want: []string{"Official واين ماروتو"}},
		{name: "sergeant in a force",
			text: "وقتل الرقيب في قوات الحدود العراقية حسن جبار في الاشتباك.",
			want: []string{"Official حسن جبار"}},
		{name: "control: a brigade is no rank",
			text: "وانتشر اللواء في محيط المطار منذ الصباح.",
			not:  []string{"Official في محيط"}},
	})
}

// TestRound7LedBy checks a leader named after a relative verb of leading:
// "التي يقودها NAME", "الذي يتزعمه NAME".
func TestRound7LedBy(t *testing.T) {
	runEntCases(t, []entRuleCase{
		{name: "feminine group led by",
			text: "وتبنت كتائب سيد الشهداء التي يقودها أبو آلاء الولائي الهجوم.",
			want: []string{"Official أبو آلاء الولائي"}},
		{name: "masculine group headed by",
			text: "ونفى تيار الحكمة الذي يتزعمه عمار الحكيم أي صلة بالهجوم.",
			want: []string{"Official عمار الحكيم"}},
		{name: "group led by an unknown man",
			text: "وقالت الحركة التي يتزعمها سامر الدليمي، في بيان، إنها قصفت القاعدة.",
			want: []string{"Official سامر الدليمي"}},
		{name: "control: led by a state",
			text: "وشاركت القوات التي تقودها الولايات المتحدة في الغارة.",
			not:  []string{"Official الولايات المتحدة"}},
	})
}

// TestRound7TownAsBase checks a town's name that a word of bases governs:
// it names the base named after the town, not the town.
func TestRound7TownAsBase(t *testing.T) {
	runEntCases(t, []entRuleCase{
		{name: "a base word, a descriptor, في, the town",
			text: "استهدفت مسيرة قاعدة الاحتلال في التاجي فجر اليوم.",
			want: []string{"Base قاعدة التاجي"}, not: []string{"City التاجي"}},
		{name: "plural bases in construct",
			text: "وسقطت صواريخ على قواعد التاجي خلال الشهر الماضي.",
			want: []string{"Base قاعدة التاجي"}, not: []string{"City التاجي"}},
		{name: "bases counted, then هي and the list",
			text: "وقالت الجماعة إنها استهدفت ثلاث قواعد للاحتلال، هي «الشدادي» و«التنف» و«الركبان».",
			want: []string{"Base قاعدة الشدادي", "Base قاعدة التنف"}, not: []string{"City الشدادي"}},
		{name: "two bases, then هما",
			text: "وقالت الجماعة إنها استهدفت قاعدتين للاحتلال هما الشدادي وخراب الجير.",
			want: []string{"Base قاعدة الشدادي", "Base قاعدة خراب الجير"}, not: []string{"City الشدادي"}},
		{name: "control: a named base, then the city it lies in",
			text: "استهدفت مسيرة قاعدة حرير الجوية في أربيل فجر اليوم.",
			want: []string{"Base قاعدة حرير", "City أربيل"}, not: []string{"Base قاعدة أربيل الجوية"}},
		{name: "control: a town after a verb of motion",
			text: "وأوضح أن المسلحين انسحبوا إلى التاجي بعد الهجوم.",
			want: []string{"City التاجي"}, not: []string{"Base قاعدة التاجي"}},
	})
}

// TestRound7NoPlace checks words after a place noun that name no place:
// an indefinite adjective with nunation, a noun with a dual pronoun.
func TestRound7NoPlace(t *testing.T) {
	runEntCases(t, []entRuleCase{
		{name: "a quarter with nunation",
			text: "سقطت الصواريخ على منازل في حي راقٍ قريب من المطار.",
			not:  []string{"City راقٍ"}},
		{name: "a new quarter with nunation",
			text: "وتضررت أبنية في حيٍّ سكنيٍّ جديدٍ شرق المدينة.",
			not:  []string{"City سكنيٍّ"}},
		{name: "two towns and their surroundings",
			text: "استهدفت الغارات مواقع في مدينتي البوكمال والميادين ومحيطهما بريف دير الزور.",
			want: []string{"City البوكمال", "City الميادين"}, not: []string{"City محيطهما"}},
		{name: "towns and their surroundings (feminine)",
			text: "قصفت الطائرات مواقع في بلدات الهري والسويعية ومحيطها.",
			want: []string{"City السويعية"}, not: []string{"City محيطها"}},
		{name: "control: a quarter with a name",
			text: "سقطت قذيفة في حي الجزائر وسط المدينة.",
			want: []string{"City حي الجزائر"}},
	})
}

// TestRound7ForeignNames checks names that start with أل (أليكسي،
// ألكسندر): the hamza tells them from the article.
func TestRound7ForeignNames(t *testing.T) {
	runEntCases(t, []entRuleCase{
		{name: "rank after a comma and a seat",
			text: "وقال رئيس مركز المصالحة الروسي في حميميم، اللواء أليكسي باكين، في إيجاز صحفي إن الدفاعات أسقطت المسيرات.",
			want: []string{"Official أليكسي باكين"}},
		{name: "general with a name in ألـ",
			text: "وقال الجنرال ألكسندر دفورنيكوف إن القاعدة لم تتضرر.",
			want: []string{"Official ألكسندر دفورنيكوف"}},
		{name: "given name in إلـ",
			text: "وقال السفير إلياس نصار إن الزيارة تأجلت.",
			want: []string{"Official إلياس نصار"}},
		{name: "control: a definite word still ends a name",
			text: "وقال العميد سامر الحسن الوضع الأمني مستقر.",
			not:  []string{"Official سامر الحسن الوضع"}},
	})
}

// TestRound7GroupPronoun checks "X والجماعات التابعة لها": the pronoun is
// the group's when the group is tied to no state.
func TestRound7GroupPronoun(t *testing.T) {
	runEntCases(t, []entRuleCase{
		{name: "a group's affiliates after a state's force",
			text: "وشنت القوات الأمريكية غارات على مواقع لـ«كتائب حزب الله» والجماعات التابعة لها قرب الحدود.",
			want: []string{"Militia كتائب حزب الله"},
			not:  []string{"Militia ميليشيات مدعومة من الولايات المتحدة"}},
		{name: "a movement's allies after a state",
			text: "وقالت واشنطن إنها ضربت مقرات حركة النجباء والفصائل المتحالفة معها.",
			not:  []string{"Militia ميليشيات مدعومة من الولايات المتحدة"}},
		{name: "control: the IRGC and the militias tied to it",
			text: "وضربت الطائرات مواقع للحرس الثوري الإيراني والميليشيات المرتبطة به في البوكمال.",
			want: []string{"Militia ميليشيات مدعومة من إيران"}},
	})
}

// TestRound7QuotedShortName checks a group's weak short name in quotes.
func TestRound7QuotedShortName(t *testing.T) {
	runEntCases(t, []entRuleCase{
		{name: "quoted short name of a militia",
			text: "ونفى مصدر في «الدفاع الوطني» أن تكون عناصره قد شاركت في القصف.",
			want: []string{"Militia قوات الدفاع الوطني"}},
		{name: "control: a quote that opens with a noun phrase",
			text: "وقال إن «القاعدة الروسية محصنة» بشكل جيد.",
			not:  []string{"Militia تنظيم القاعدة"}},
		{name: "control: the bare words unquoted",
			text: "وناقش المجلس خطط الدفاع الوطني للعام المقبل.",
			not:  []string{"Militia قوات الدفاع الوطني"}},
	})
}

// TestRound7SelfNamedFar checks a self-naming group described at length
// before the naming verb.
func TestRound7SelfNamedFar(t *testing.T) {
	runEntCases(t, []entRuleCase{
		{name: "unknown on a wide scale",
			text: "وتبنت مجموعة غير معروفة على نطاق واسع تطلق على نفسها اسم \"المرابطون\" الهجوم في بيان.",
			want: []string{"Militia المرابطون"}},
		{name: "unknown until now",
			text: "وأعلن فصيل مسلح غير معروف حتى الآن يطلق على نفسه اسم «كتيبة الفجر» مسؤوليته.",
			want: []string{"Militia كتيبة الفجر"}},
	})
}

// TestRound7Lexicon checks real bodies, places and officials added to the
// lexicon this round, in wordings of our own.
func TestRound7Lexicon(t *testing.T) {
	runEntCases(t, []entRuleCase{
		{name: "the PKK's armed wing",
			text: "ونفت «قوات الدفاع الشعبي» أي صلة لها بالقصف على المعسكر.",
			want: []string{"Militia قوات الدفاع الشعبي"}},
		{name: "a Pakistani province",
			text: "وقصفت الصواريخ مواقع داخل إقليم بلوشستان الباكستاني.",
			want: []string{"City بلوشستان"}},
		{name: "the KRG security council",
			text: "وقال مجلس أمن إقليم كوردستان في بيان إن الصواريخ أطلقت من الشرق.",
			want: []string{"Organization مجلس أمن إقليم كردستان"}},
		{name: "the KRG interior ministry in construct",
			text: "وأعلنت وزارة داخلية إقليم كوردستان فتح تحقيق في الحادث.",
			want: []string{"Organization وزارة داخلية إقليم كردستان"}},
		{name: "K1 by its bare name",
			text: "وسقطت صواريخ على قاعدة «كي وان» (K1) قرب كركوك.",
			want: []string{"Base قاعدة كي وان"}},
		{name: "the Rmelan airstrip",
			text: "وأسقطت الدفاعات مسيرة كانت متجهة نحو مهبط رميلان.",
			want: []string{"Base قاعدة رميلان"}},
		{name: "a former Israeli chief of staff",
			text: "وكان رئيس الأركان أفيف كوخافي قد هدد بمواصلة الضربات.",
			want: []string{"Official أفيف كوخافي"}},
	})
}

// TestRound7RankBlockers checks the names the relations class could not
// reach: a colonel in French spelling after a comma, a family name that
// is also a common noun after a rank in its army, a leader after يقوده
// closed by a function word.
func TestRound7RankBlockers(t *testing.T) {
	runEntCases(t, []entRuleCase{
		{name: "colonel between commas after a spokesman's role",
			text: "من جهته، قال المتحدث باسم التحالف الدولي، الكولونيل جون ميلر، إن الدفاعات رصدت المقذوفات.",
			want: []string{"Official جون ميلر"}},
		{name: "captain in English spelling",
			text: "وأكد الكابتن بيل أوربان أن الطائرات عادت سالمة.",
			want: []string{"Official بيل أوربان"}},
		{name: "sergeant in the army, family name a common noun",
			text: "وقتل الرقيب في القوات المسلحة الأردنية سالم العدوان خلال اشتباك مع مهربين.",
			want: []string{"Official سالم العدوان"}},
		{name: "family name a common noun, then a comma",
			text: "قتل العريف في الجيش العربي حسن العدوان، فجر اليوم، قرب الحدود.",
			want: []string{"Official حسن العدوان"}},
		{name: "leader closed by a function word",
			text: "ويعد المجلس، الذي يقوده سامر الحسن منذ عامين، أحد أبرز التشكيلات.",
			want: []string{"Official سامر الحسن"}},
		{name: "family name a common noun, then a weapon with بـ",
			text: "وقتل النقيب في الجيش العراقي علي العدوان بقذيفة هاون قرب المعسكر.",
			want: []string{"Official علي العدوان"}},
		{name: "control: leaders in the plural are no name",
			text: "ويرى المحلل أن الفصائل التي يقودها قادة ميدانيون شباب لم تعد تنتظر الأوامر.",
			not:  []string{"Official قادة ميدانيون شباب"}},
		{name: "control: aggression after a name is no family name",
			text: "وقتل العميد سامر حسن في قصف العدوان على المدينة.",
			want: []string{"Official سامر حسن"}, not: []string{"Official سامر حسن في"}},
	})
}

// TestRound7ResponsibilityNoName checks that "مسؤولية الهجوم" after a
// spokesman's body is no person, now that a common noun may close a name.
func TestRound7ResponsibilityNoName(t *testing.T) {
	runEntCases(t, []entRuleCase{
		{name: "responsibility for the attack after an accused",
			text: "وحمّل المتحدث باسم قوات سوريا الديمقراطية في الرقة الحرس الثوري الإيراني مسؤولية الهجوم، مؤكداً أن المسيرات انطلقت من الغرب.",
			not:  []string{"Official مسؤولية الهجوم"}},
	})
}

// TestRound7EmbeddedSeat checks a known body whose name ends with its
// seat after في: the seat is named too.
func TestRound7EmbeddedSeat(t *testing.T) {
	runEntCases(t, []entRuleCase{
		{name: "a centre at a base",
			text: "وأعلن رئيس مركز المصالحة الروسي في حميميم أن الدفاعات أسقطت ثلاث مسيرات.",
			want: []string{"Organization مركز المصالحة الروسي", "Base قاعدة حميميم"}},
		{name: "a centre at an air base",
			text: "وقال مركز المصالحة الروسي في قاعدة حميميم إن الهدنة صامدة.",
			want: []string{"Organization مركز المصالحة الروسي", "Base قاعدة حميميم"}},
		{name: "control: a body placed in a region does not name it",
			text: "وقالت مديرية مكافحة الإرهاب في إقليم كردستان إن المنصة ضبطت قرب الحدود.",
			not:  []string{"City إقليم كردستان العراق"}},
	})
}

// TestRound7AttackOnCamp checks "هجوم X" in a headline when the text
// names X's base later as a camp or an airport.
func TestRound7AttackOnCamp(t *testing.T) {
	runEntCases(t, []entRuleCase{
		{name: "attack on a town, the camp named later",
			text: "ضربات أميركية على مواقع للفصائل ردا على هجوم التاجي. وكانت صواريخ قد سقطت على معسكر التاجي شمال بغداد.",
			want: []string{"Base قاعدة التاجي"}, not: []string{"City التاجي"}},
		{name: "control: the attack on a town whose base is never named",
			text: "ضربات أميركية على مواقع للفصائل بعد هجوم التاجي.",
			want: []string{"City التاجي"}},
	})
}
