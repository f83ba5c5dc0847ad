package extract_test

import (
	"testing"

	"github.com/nisba/nisba/extract"
)

// TestStrikesFellOnAList checks strikes told with no target, "شن X ضربات
// على مقرات لأحزاب معارضة", then where they fell, "الضربات طالت مقر A في
// قضاء X، ومعسكر B ...، إضافة إلى معسكر C (باك) في ناحية Y، ومقر D في
// قرية Z": every site of the list is attacked, by the strikers told before.
func TestStrikesFellOnAList(t *testing.T) {
	x := extract.New(loadLexicon(t))
	runGeneralCases(t, x, []generalCase{
		{name: "strikes told, then where they fell", published: "2022-09-28",
			text: "شن الحرس الثوري الإيراني، صباح اليوم الأربعاء، سلسلة ضربات بالصواريخ والطائرات المسيرة المفخخة على مقرات لأحزاب كردية إيرانية معارضة في محافظتي أربيل والسليمانية. " +
				"وقال مسؤول محلي لوكالة رووداو إن الضربات طالت مقر الحزب الديمقراطي الكردستاني الإيراني في قضاء كويه، ومعسكر ديگلة التابع للحزب ذاته على الطريق بين أربيل وكويه، إضافة إلى معسكر حزب الحرية الكردستاني (باك) في ناحية بردي (ألتون كوبري) جنوب غربي أربيل، ومقر حزب كومله في قرية زرگويز قرب السليمانية.",
			attacks: []string{"base:معسكر-ديكله@2022-09-28", "base:مقر-حزب-حريه-كردستاني@2022-09-28", "base:مقر-حزب-ديمقراطي-كردستاني-ايراني@2022-09-28", "base:مقر-حزب-كومله-كردستاني@2022-09-28"},
			attribs: []string{"base:معسكر-ديكله>militia:irgc:asserted", "base:مقر-حزب-كومله-كردستاني>militia:irgc:asserted"}},
		{name: "control: a strike with no sites told after it", published: "2022-09-28",
			text: "شن الحرس الثوري الإيراني، صباح اليوم الأربعاء، ضربات بالصواريخ على مقرات لأحزاب كردية إيرانية معارضة. وقال الحزب الديمقراطي الكردستاني الإيراني إن عناصره تعرضوا لهجوم في قاعدة حرير قبل أسبوع.",
			attacks: []string{"base:harir@2022-09-21"}, noAttribs: []string{"base:harir>militia:irgc"}},
		{name: "a list of sites each told with its town", published: "2022-09-28",
			text: "قصفت طائرات مسيرة مجهولة، صباح اليوم الأربعاء، مقر الحزب الديمقراطي الكردستاني الإيراني في قضاء كويه، ومعسكر حزب الحرية الكردستاني في ناحية بردي شمال كركوك، ومقر حزب كومله في قرية زرگويز قرب السليمانية.",
			attacks: []string{"base:مقر-حزب-حريه-كردستاني@2022-09-28", "base:مقر-حزب-ديمقراطي-كردستاني-ايراني@2022-09-28", "base:مقر-حزب-كومله-كردستاني@2022-09-28"}},
	})
	runEntityCases(t, x, []entityCase{
		{name: "a party's camp named again by its town", text: "قصفت طائرات مسيرة فجر اليوم معسكر حزب الحرية الكردستاني (باك) في ناحية بردي. وقال الحزب إن اثنين من مقاتليه قتلا في معسكر بردي.",
			want: []string{"base:مقر-حزب-حريه-كردستاني"}, not: []string{"base:معسكر-بردي"}},
	})
}
