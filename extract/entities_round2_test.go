package extract_test

import (
	"strings"
	"testing"

	"github.com/nisba/nisba/extract"
	"github.com/nisba/nisba/model"
)

// TestPlaceReadings checks how a place the lexicon knows is read by the
// sentence around it: a capital that acts is its state, a capital where
// something happens the city; a desert named after a town is the town; a
// town after an attack word is the base named after it; a vague region is
// no place at all.
func TestPlaceReadings(t *testing.T) {
	x := extract.New(loadLexicon(t))
	cases := []entRuleCase{
		{name: "capital as the subject of a verb",
			text: "واتهمت أنقرة الوحدات الكردية بالهجوم، وحمّلت تل أبيب المسؤولية.",
			want: []string{"Country تركيا", "Country إسرائيل"}, not: []string{"City أنقرة", "City تل أبيب"}},
		{name: "capital after a word of backing",
			text: "وتنتشر فصائل الجيش الوطني المدعومة من أنقرة في ريف حلب.",
			want: []string{"Country تركيا"}, not: []string{"City أنقرة"}},
		{name: "capital in a genitive of responsibility",
			text: "وألمح المتحدث إلى مسؤولية تل أبيب عن الغارة على المطار.",
			want: []string{"Country إسرائيل"}, not: []string{"City تل أبيب"}},
		{name: "capital after an attribution to",
			text: "وتزامن ذلك مع غارات نسبتها دمشق إلى تل أبيب.",
			want: []string{"Country إسرائيل"}, not: []string{"City تل أبيب"}},
		{name: "capital as a location",
			text: "وعقد الوفد اجتماعاً في أنقرة، ثم وصل إلى طهران مساء الأحد.",
			want: []string{"City أنقرة", "City طهران"}, not: []string{"Country تركيا", "Country إيران"}},
		{name: "capital after the capital word and an adjective",
			text: "وعقد الاجتماع في العاصمة الإيرانية طهران أمس.",
			want: []string{"City طهران"}, not: []string{"Country إيران"}},
		{name: "capital with the proclitic ب",
			text: "وقال مصدر دبلوماسي بطهران إن المحادثات مستمرة.",
			want: []string{"City طهران"}, not: []string{"Country إيران"}},
		{name: "capital that is only a weak alias",
			text: "وجرت المحادثات برعاية موسكو، فيما التزمت لندن الصمت.",
			want: []string{"Country روسيا"}},
		{name: "domestic capitals stay cities",
			text: "وتتهم دمشق الفصائل بخرق الهدنة، فيما تطالب بغداد بالتهدئة.",
			want: []string{"City دمشق", "City بغداد"}, not: []string{"Country سوريا", "Country العراق"}},
		{name: "desert named after a town",
			text: "وتنشط خلايا التنظيم في بادية البوكمال وبادية تدمر.",
			want: []string{"City البوكمال", "City مدينة تدمر"}},
		{name: "desert of an unknown town",
			text: "وسقطت القذائف في بادية بلدة الحمّادة شرق المحافظة.",
			want: []string{"City الحمّادة"}},
		{name: "town after an attack word is its base",
			text: "وقصف مجهولون قاعدة الشدادي فجر اليوم. وتبنت جماعة مسلحة هجوم الشدادي في بيان.",
			want: []string{"Base قاعدة الشدادي"}, not: []string{"City الشدادي"}},
		{name: "attack on a town named before its base",
			text: "وتبنت الجماعة الهجوم على الشدادي بعد أيام من قصف قاعدة الشدادي.",
			want: []string{"Base قاعدة الشدادي"}, not: []string{"City الشدادي"}},
		{name: "town in a list of bases",
			text: "وتعرضت قاعدة الشدادي لهجوم. وتنتشر القوات في قواعد أبرزها الشدادي وخراب الجير وحقل العمر.",
			want: []string{"Base قاعدة الشدادي", "Base قاعدة خراب الجير"}, not: []string{"City الشدادي"}},
		{name: "dual airport noun names two bases",
			text: "وكانت الغارات استهدفت مطاري حماة والشعيرات العسكريين، ثم مطاري دمشق وحلب الدوليين.",
			want: []string{"Base مطار حماة العسكري", "Base مطار الشعيرات", "Base مطار دمشق الدولي", "Base مطار حلب الدولي"},
			not:  []string{"City حماة", "City دمشق", "City حلب"}},
		{name: "town where people live stays the town",
			text: "وقصف مجهولون قاعدة الشدادي فجر اليوم، وسمع سكان الشدادي دوي الانفجارات.",
			want: []string{"Base قاعدة الشدادي", "City الشدادي"}},
		{name: "vague regions are no places",
			text: "وتنتشر القوات في شمال شرق سوريا وعلى الضفة الغربية لنهر الفرات قرب المثلث الحدودي.",
			want: []string{"Country سوريا"},
			not:  []string{"City شمال شرق سوريا", "City غرب الفرات", "City مثلث الحدود الأردنية العراقية السورية"}},
		{name: "an indefinite word is no definite town",
			text: "وتستخدم الفصائل الهجمات ورقة ضغط على الحكومة.",
			not:  []string{"City الرقة"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			doc := run(t, x, "2025-12-01", c.text)
			checkEntRules(t, doc, c)
			for _, e := range doc.Entities {
				if e.Type == model.TypeCity && strings.HasPrefix(e.Name, "بادية ") {
					t.Errorf("a desert named after a town is its own entity: %s", e.Name)
				}
			}
		})
	}
}

// TestNameBoundaries checks where a discovered name ends and what cannot
// start one: a verb, a conjunction, a pronoun suffix, a verbal noun.
func TestNameBoundaries(t *testing.T) {
	x := extract.New(loadLexicon(t))
	cases := []entRuleCase{
		{name: "imperfect verb after a mountain",
			text: "وقال الباحث إن القصف على جبل العرايس يتزامن مع تعثر المفاوضات.",
			want: []string{"City جبل العرايس"}, not: []string{"City جبل العرايس يتزامن"}},
		{name: "indefinite verb after a definite town",
			text: "وقالت المصادر إن بلدة الهلالية شهد سوقها انفجاراً.",
			want: []string{"City الهلالية"}, not: []string{"City الهلالية شهد", "City الهلالية شهد سوقها"}},
		{name: "conjunction inside a facility name",
			text: "وطالت الضربات منشأة تخزين ومستودعاً للذخيرة قرب الميادين.",
			not:  []string{"Base منشأة تخزين ومستودعاً", "Base منشأة تخزين"}},
		{name: "pronoun-suffixed noun after a group word",
			text: "ويسعى التنظيم إلى إعادة تنظيم صفوفه، فيما تعمل الميليشيا على ترتيب أوراقها.",
			not:  []string{"Militia صفوفه", "Militia أوراقها"}},
		{name: "verbal noun after an area word",
			text: "وتشهد منطقة خفض التصعيد خروقات، كما تشمل منطقة حظر الطيران المدينة.",
			not:  []string{"City خفض التصعيد", "City حظر الطيران"}},
		{name: "title before a negation or a participle",
			text: "وأضاف أن الرئيس ليس لديه خطة، وقال الوزير مستدركاً بأن الوضع صعب، وإن العميد يتابع الموقف.",
			not:  []string{"Official ليس لديه خطة", "Official مستدركاً بأن", "Official يتابع الموقف"}},
		{name: "a front in quotes is a group",
			text: "وتبنت \"جبهة أنصار الوادي\" الهجوم على قاعدة التنف.",
			want: []string{"Militia جبهة أنصار الوادي"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkEntRules(t, run(t, x, "2025-12-01", c.text), c)
		})
	}
}

// TestListAndRoleRecall checks towns joined by و after a plural or dual
// place word, and people in apposition to an office of a body.
func TestListAndRoleRecall(t *testing.T) {
	x := extract.New(loadLexicon(t))
	cases := []entRuleCase{
		{name: "villages after a plural",
			text: "وقصفت المدفعية قرى الزعتري والمحمودية وأم الرمان في الريف الغربي.",
			want: []string{"City الزعتري", "City المحمودية", "City أم الرمان"}},
		{name: "towns after a dual",
			text: "واستهدفت الغارات بلدتي الطيبة والحميرة جنوب المدينة.",
			want: []string{"City الطيبة", "City الحميرة"}},
		{name: "a verb ends the list",
			text: "وسقطت قذائف على بلدات الجديعة والبشيري وقصفت الطائرات محيطها.",
			want: []string{"City الجديعة", "City البشيري"}, not: []string{"City قصفت الطائرات"}},
		{name: "village names that start with a title or a generic head",
			text: "وسقطت قذائف على قريتي الشيخ علي والعمارنة، وقصفت المدفعية قرية تل الورد وبلدة دير حافر.",
			want: []string{"City الشيخ علي", "City العمارنة", "City تل الورد", "City دير حافر"}},
		{name: "a plural common noun ends the list",
			text: "واستهدفت الغارات قرى الرامي والمزارع المحيطة بها.",
			want: []string{"City الرامي"}, not: []string{"City المزارع المحيطة", "City المزارع"}},
		{name: "a known weak name in a list",
			text: "وتنتشر الفصائل بين مدينتي حمص وتدمر.",
			want: []string{"City مدينة تدمر"}, not: []string{"City مدينة حمص وتدمر"}},
		{name: "person after an office of a group word",
			text: "وقال مدير المكتب السياسي في الجماعة، كريم السعدي، إن العملية انتهت.",
			want: []string{"Official كريم السعدي"}},
		{name: "person after an office of a named group",
			text: "ونفى رئيس الدائرة الإعلامية في «حركة النجباء»، سامي الكعبي، أي علاقة بالهجوم.",
			want: []string{"Official سامي الكعبي"}},
		{name: "member of an office of a group with لـ",
			text: "وأشار عضو المكتب السياسي لحركة النجباء، فراس الياسر، إلى أن الحركة مستمرة.",
			want: []string{"Official فراس الياسر"}},
		{name: "leader of what is known as a group",
			text: "وتوعد قائد ما يعرف بـ\"فرقة السلطان مراد\"، أبو حاتم الشقرة، بمواصلة القتال.",
			want: []string{"Official أبو حاتم الشقرة"}},
		{name: "theophoric given names",
			text: "وقال مسؤول العلاقات الإعلامية في «هيئة تحرير الشام»، نور الدين الحسن، إن الهيئة بريئة. وأكد النائب فتح الله العبيدي أن التحقيق مستمر.",
			want: []string{"Official نور الدين الحسن", "Official فتح الله العبيدي"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkEntRules(t, run(t, x, "2025-12-01", c.text), c)
		})
	}
}
