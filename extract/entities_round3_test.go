package extract_test

import (
	"testing"

	"github.com/nisba/nisba/extract"
	"github.com/nisba/nisba/model"
)

// TestRound3Noise checks words that looked like names and are not: a rank
// without the article (a team, a dean), a simple imperfect verb after a
// place name, a group word standing for the group named before, a quoted
// statement that opens with a group word, a terrain word before a
// mountain.
func TestRound3Noise(t *testing.T) {
	x := extract.New(loadLexicon(t))
	cases := []entRuleCase{
		{name: "an indefinite rank is a team",
			text: "وأعلنت الشرطة تشكيل فريق لملاحقة المتورطين في إطلاق الصواريخ.",
			not:  []string{"Official لملاحقة المتورطين"}},
		{name: "an indefinite rank is a dean",
			text: "وقال عميد كلية القانون في جامعة الموصل إن الدوام مستمر.",
			not:  []string{"Official كلية القانون"}},
		{name: "a definite rank still introduces a name",
			text: "وقال العميد هشام الساعدي إن القوات طوقت المنطقة.",
			want: []string{"Official هشام الساعدي"}},
		{name: "simple imperfect verbs end a place name",
			text: "وقال المحلل إن القصف في منطقة برادوست يجعل الحل صعباً، وإن بلدة الحميدية تشهد نزوحاً.",
			want: []string{"City برادوست", "City الحميدية"},
			not:  []string{"City برادوست يجعل الحل", "City برادوست يجعل", "City الحميدية تشهد"}},
		{name: "outlet words before a group word",
			text: "وفي بيان نشر على قناة الجماعة قال المتحدث إن الهجوم مدان، ونقلت صحيفة الحركة عن قيادي أن العمليات مستمرة.",
			not:  []string{"Organization الجماعة", "Organization الحركة"}},
		{name: "a quoted statement that opens with a group word",
			text: "وقالت الخلية إن \"جماعة خارجة عن القانون أطلقت ثلاثة صواريخ من منطقة زراعية\".",
			not:  []string{"Militia جماعة خارجة", "Militia جماعة خارجة عن القانون"}},
		{name: "a quoted name after a group word is still a group",
			text: "وتبنت «جماعة أنصار الوادي» الهجوم، ثم أعلنت \"حركة رجال الجبل\" مسؤوليتها عن هجوم آخر.",
			want: []string{"Militia جماعة أنصار الوادي", "Militia حركة رجال الجبل"}},
		{name: "organising is no organisation",
			text: "وتعمل الحكومة على تنظيم الانتخابات وتنظيم المرور، فيما تبنى تنظيم \"أنصار الإسلام\" الهجوم.",
			want: []string{"Militia أنصار الإسلام"},
			not:  []string{"Militia الانتخابات", "Militia المرور"}},
		{name: "a capital joined by و then a verb acts",
			text: "مقتل جندي بهجوم على قاعدة في دهوك وأنقرة ترد بغارات.",
			want: []string{"Country تركيا"}, not: []string{"City أنقرة"}},
		{name: "terrain words before a mountain",
			text: "وعاد الرتل من قرى سفوح جبل مقلوب، فيما انتشرت دوريات على ضفاف نهر الخابور وفي أعالي جبال شيرين.",
			want: []string{"City جبل مقلوب", "City جبال شيرين"},
			not:  []string{"City سفوح", "City ضفاف", "City أعالي"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkEntRules(t, run(t, x, "2025-12-01", c.text), c)
		})
	}
}

// TestRound3Recall checks names the earlier rules missed: a person after
// an office and a place closed by a preposition, a kunya with a definite
// family name, mountains, numbered units and their headquarters, a
// compound of a base named before, the bare name of an outlet.
func TestRound3Recall(t *testing.T) {
	x := extract.New(loadLexicon(t))
	cases := []entRuleCase{
		{name: "governor of a province then a name and a preposition",
			text: "وأعرب محافظ صلاح الدين سالم الدوري عن أسفه، فيما طالب مدير ناحية العلم مروان الجبوري بتعزيزات.",
			want: []string{"Official سالم الدوري", "Official مروان الجبوري"}},
		{name: "kunya with a definite family name after a long office",
			text: "وقال معاون آمر اللواء في الحشد الشعبي أبو حيدر الشمّاع، في تصريح مقتضب، إن المهاجمين فروا.",
			want: []string{"Official أبو حيدر الشمّاع"}},
		{name: "a member of parliament for a bloc or a province",
			text: "وقال النائب عن كتلة صادقون محمد البلداوي إن القرار ملزم، وأعلن عضو مجلس النواب عن محافظة البصرة عدي عواد أن الحكومة مقصرة.",
			want: []string{"Official محمد البلداوي", "Official عدي عواد"}},
		{name: "offices of a council, a police command and a regiment",
			text: "وبحسب عضو مجلس محافظة نينوى علي خضير، فإن الوضع هادئ. وقال آمر الفوج الثاني العقيد حسن الكعبي إن الهجوم فشل، وأكد وكيل وزارة الداخلية سعد الخزاعي أن التحقيق مستمر.",
			want: []string{"Official علي خضير", "Official حسن الكعبي", "Official سعد الخزاعي"}},
		{name: "a member of a committee with two nouns",
			text: "وقال عضو لجنة الأمن والدفاع النيابية مهدي تقي إن الحدود مؤمنة، وقال رئيس مركز التفكير السياسي إحسان الشمري إن الحكومة محرجة.",
			want: []string{"Official مهدي تقي", "Official إحسان الشمري"}},
		{name: "an office of a body with no name after it",
			text: "وقال رئيس كتلة بدر النيابية إن الاتفاق قائم، وقال رئيس حزب تقدم إن الانتخابات قادمة، وقال رئيس لجنة العلاقات الخارجية والأمن إن الاتفاق قائم.",
			not:  []string{"Official بدر النيابية", "Official تقدم", "Official والأمن"}},
		{name: "a spokesman of the party named before",
			text: "ونفى المتحدث باسم الحزب، دلشاد آميدي، أي علاقة بالهجوم.",
			want: []string{"Official دلشاد آميدي"}, not: []string{"City العمادية"}},
		{name: "a given name that is a lexicon surname without the article",
			text: "وقال المتحدث باسم وزارة الداخلية العميد مقداد ميري إن الطرق آمنة، وأكد العقيد رقة الموسوي أن الدوريات مستمرة.",
			want: []string{"Official مقداد ميري"}},
		{name: "villages of the Al-Bu tribes",
			text: "وهاجم مسلحون مخفراً في قرية البو حمدان، ونزحت عائلات من قريتي البو عيثة والبو نمر.",
			want: []string{"City البو حمدان", "City البو عيثة", "City البو نمر"},
			not:  []string{"City البو"}},
		{name: "a lake or a street named after a place names no more",
			text: "وعاد الرتل من بساتين قرب بحيرة حمرين، وسقطت قذيفة في شارع فلسطين.",
			want: []string{"City بحيرة حمرين", "City شارع فلسطين"},
			not:  []string{"City جبال حمرين", "Country فلسطين"}},
		{name: "a kunya place is no person",
			text: "ووصل الوفد إلى قضاء أبو الخصيب، ثم زار ناحية أبو غريب، وعاد إلى بغداد.",
			not:  []string{"Official أبو الخصيب", "Official أبو غريب"}},
		{name: "mountains the lexicon lists and mountains it does not",
			text: "وقصفت المقاتلات التركية مواقع في جبال قنديل وجبال سلوان، ومخابئ في منطقة حفتانين.",
			want: []string{"City جبال قنديل", "City جبال سلوان", "City حفتانين"}},
		{name: "headquarters of a regiment of a brigade",
			text: "وهاجم مسلحون مقر الكتيبة الثالثة من اللواء 22 في الجيش العراقي قرب سامراء، وتصدى الجنود للهجوم على مقر الكتيبة الثالثة.",
			want: []string{"Base مقر الكتيبة الثالثة من اللواء 22", "Base مقر الكتيبة الثالثة"},
			not:  []string{"Force اللواء 22"}},
		{name: "headquarters of the command of a division",
			text: "وسقطت ثلاث قذائف هاون على مقر قيادة الفرقة الخامسة قرب بعقوبة، ولم يتضرر مقر القيادة.",
			want: []string{"Base مقر قيادة الفرقة الخامسة"}, not: []string{"Base مقر القيادة"}},
		{name: "a numbered brigade outside a base name",
			text: "وقتل مقاتلان في كمين استهدف رتلاً تابعاً للواء 27 في الحشد الشعبي، وانتشرت قوات من الفرقة 20 في المنطقة.",
			want: []string{"Militia اللواء 27", "Force الفرقة 20"}},
		{name: "a unit without a number names nothing",
			text: "وقال إن أبطال الفوج صدوا الهجوم، وإن اللواء الركن سعد العلاق زار الفوج الثاني.",
			not:  []string{"Force الفوج الثاني", "Base مقر الفوج"}},
		{name: "the bare name of an outlet",
			text: "وتبنى التنظيم الهجوم في بيان نشرته وكالة \"أعماق\" التابعة له.",
			want: []string{"Organization أعماق"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkEntRules(t, run(t, x, "2025-12-01", c.text), c)
		})
	}
}

// TestRound3OneHeadquarters checks that a short re-mention of a base (the
// headquarters of a unit, a compound of a base named before) is that base,
// not a second one.
func TestRound3OneHeadquarters(t *testing.T) {
	x := extract.New(loadLexicon(t))
	texts := []string{
		"وهاجم مسلحون مقر الفوج الأول من اللواء 31 في الجيش العراقي. وقالت المصادر إن الهجوم على مقر الفوج الأول استمر ساعة.",
		"وتعرضت السفارة الأمريكية في بغداد لهجوم صاروخي، وقال مصدر إن منظومة الدفاع في مجمع السفارة اعترضت الصواريخ.",
		"وسقطت الصواريخ داخل قاعدة حرير الجوية، وقال مصدر إن مجمع القاعدة لم يتضرر.",
	}
	for _, text := range texts {
		doc := run(t, x, "2025-12-01", text)
		n := 0
		for _, e := range doc.Entities {
			if e.Type == model.TypeBase {
				n++
			}
		}
		if n != 1 {
			t.Errorf("%s: got %d bases, want 1: %v", text, n, entRuleNames(doc))
		}
	}
}
