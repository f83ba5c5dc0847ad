package extract_test

import "testing"

// TestAppositionDates checks that the day of a clause that counts the
// sites hit ("استهدفت أمس قاعدتين") dates the bases listed after it in
// apposition (هما، هي، وهي، a colon), also when the headline told of the
// attacks first and a dateline names the publication day.
func TestAppositionDates(t *testing.T) {
	runDateCases(t, []dateCase{
		{name: "هما after a comma, headline and dateline first", published: "2024-11-14",
			text: "مسيرات تضرب قاعدتي عين الأسد وحرير.. وفصيل عراقي يتبنى\n" +
				"بغداد - وكالات / الخميس 12 جمادى الأولى 1446 هـ الموافق 14 تشرين الثاني/نوفمبر 2024\n" +
				"أعلنت جماعة تسمي نفسها \"المقاومة الإسلامية في العراق\" مسؤوليتها عن هجومين بطائرات مسيرة استهدفا أمس الأربعاء قاعدتين تضمان جنودا أميركيين، هما قاعدة عين الأسد الجوية في الأنبار وقاعدة حرير شمالي أربيل.",
			want: map[string]string{"base:ain-al-asad": "2024-11-13", "base:harir": "2024-11-13"}},
		{name: "وهي with a list cut by commas", published: "2024-02-05",
			text: "قصفت فصائل مسلحة فجر الأحد ثلاث قواعد تستضيف قوات التحالف في سوريا، وهي قاعدة الشدادي، وقاعدة التنف، وحقل العمر.",
			want: map[string]string{"base:shaddadi": "2024-02-04", "base:al-tanf": "2024-02-04"}},
		{name: "colon after the counted sites", published: "2023-11-02",
			text: "عناوين اليوم\n" +
				"دمشق - مراسلنا\n" +
				"ذكر المرصد أن صواريخ أطلقت مساء الثلاثاء الماضي على موقعين للقوات الأمريكية: قاعدة خراب الجير وقاعدة الشدادي في ريف الحسكة.",
			want: map[string]string{"base:kharab-al-jir": "2023-10-31", "base:shaddadi": "2023-10-31"}},
	})
}

// TestSiblingDates checks that an attack told with no day of its own
// beside a dated attack on another base, in a sentence that counts the
// sites of one attack, takes that attack's day, and that an attack told
// as an earlier one does not.
func TestSiblingDates(t *testing.T) {
	runDateCases(t, []dateCase{
		{name: "the attack included two sites", published: "2024-07-10",
			text: "تبنى فصيل مسلح فجر اليوم الأربعاء قصف قاعدة عين الأسد بالصواريخ.\n" +
				"وقالت قيادة العمليات المشتركة في بيان لاحق إن القصف شمل موقعين، إذ سقطت ثمانية صواريخ على قاعدة عين الأسد وأربعة على مطار أربيل الدولي.",
			want: map[string]string{"base:ain-al-asad": "2024-07-10", "base:erbil-airbase": "2024-07-10"}},
		{name: "rockets hit two facilities", published: "2024-07-10",
			text: "أعلن فصيل مسلح مساء أمس الثلاثاء مسؤوليته عن استهداف قاعدة حرير بطائرة مسيرة.\n" +
				"وأكد مسؤول أمريكي أن المسيرات استهدفت منشأتين عسكريتين في قاعدة حرير ومطار أربيل دون إصابات.",
			want: map[string]string{"base:harir": "2024-07-09", "base:erbil-airbase": "2024-07-09"}},
		{name: "a salvo counted out between two bases", published: "2024-07-10",
			text: "أعلن فصيل مسلح أنه قصف فجر اليوم قاعدة حرير بالصواريخ.\n" +
				"وأوضح مصدر أمني أن 15 صاروخاً سقطت قرابة الثانية فجراً، منها عشرة صواريخ على قاعدة حرير وخمسة على مطار أربيل.",
			want: map[string]string{"base:harir": "2024-07-10", "base:erbil-airbase": "2024-07-10"}},
		{name: "an earlier attack keeps no date", published: "2024-07-10",
			text: "استهدفت طائرة مسيرة فجر اليوم قاعدة حرير في أربيل.\n" +
				"وكانت قاعدتان هما حرير ومطار أربيل قد تعرضتا لهجمات سابقة استهدفت الموقعين.",
			want: map[string]string{"base:harir": "2024-07-10", "base:erbil-airbase": "-"}},
	})
}

// TestAnsweredAttackKeepsNoLeadDay checks that an attack told only as what
// the lead's strike answered does not take the lead's day.
func TestAnsweredAttackKeepsNoLeadDay(t *testing.T) {
	runDateCases(t, []dateCase{
		{name: "الرد على الهجوم الذي استهدف", published: "2024-03-08",
			text: "غارة أمريكية تقتل قياديا في فصيل عراقي شرقي بغداد\n" +
				"بغداد - مراسلنا\n" +
				"قتل قيادي في فصيل مسلح مساء أمس الخميس بضربة جوية أمريكية استهدفت سيارته شرقي بغداد.\n" +
				"وقال مسؤول أمريكي إن الضربة تأتي في إطار الرد على الهجوم الذي استهدف قاعدة التنف وأدى إلى إصابة جنود.",
			want: map[string]string{"base:al-tanf": "-"}},
		{name: "رداً على استهداف", published: "2024-03-08",
			text: "ضربات أمريكية على مواقع لفصائل في البوكمال\n" +
				"دير الزور - وكالات\n" +
				"شنت طائرات أمريكية فجر اليوم الجمعة غارات على مواقع لفصائل موالية لإيران في البوكمال.\n" +
				"وأوضح البنتاغون أن الغارات جاءت رداً على استهداف قاعدة الشدادي بطائرات مسيرة.",
			want: map[string]string{"base:shaddadi": "-"}},
	})
}

// TestSameMonthDates checks that "في العاشر من ذلك الشهر" and "من الشهر
// نفسه" date an attack by the month named before, in its sentence or in
// an earlier one.
func TestSameMonthDates(t *testing.T) {
	runDateCases(t, []dateCase{
		{name: "that month in the same sentence", published: "2025-08-27",
			text: "وشنت إسرائيل منذ مطلع كانون الأول/ديسمبر 2024 عشرات الغارات، وقصفت طائراتها في العاشر من ذلك الشهر مطار المزة العسكري غربي دمشق.",
			want: map[string]string{"base:mezzeh-airport": "2024-12-10"}},
		{name: "the same month in the sentence after", published: "2024-08-01",
			text: "تعرض حقل كونيكو لهجوم بطائرة مسيرة في الثالث من تموز 2024.\n" +
				"وفي الحادي عشر من الشهر ذاته أسقطت الدفاعات الجوية في حقل كونيكو مسيرتين.",
			want: map[string]string{"base:conoco-gas-field": "2024-07-11|2024-07-03"}},
		{name: "نفس الشهر after a relative day", published: "2024-03-20",
			text: "استهدفت مسيرة قاعدة حرير مساء أمس.\n" +
				"وكانت القاعدة قد تعرضت لقصف صاروخي في الثاني من نفس الشهر.",
			want: map[string]string{"base:harir": "2024-03-19|2024-03-02"}},
	})
}
