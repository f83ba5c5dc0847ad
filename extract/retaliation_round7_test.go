package extract_test

import (
	"testing"

	"github.com/nisba/nisba/extract"
)

// TestRetaliationClassesRound7 checks the failure families of long
// strike-heavy articles: a striker left out after "و" or given as "its
// planes", a state's corps right before its verb (A); victims, hosted
// forces and forces of another clause are no strikers (B); what the
// strike answers, a day between commas, a backer's phrase and "وفي" lists
// (D); a pluperfect background strike on a group's site (E); a later
// sentence that tells another strike is not more of the last one (C); a
// response noun with adjectives before على (H); and the control wordings
// that must not change.
func TestRetaliationClassesRound7(t *testing.T) {
	lex := loadLexicon(t)
	x := extract.New(lex)
	var cases []strikeCase
	for _, f := range []func() []strikeCase{elidedCases, notStrikerCases, strikeTargetCases, pluperfectCases, otherStrikeCases, qualifiedResponseCases, tollCases} {
		cases = append(cases, f()...)
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) { checkStrikeCase(t, x, lex, tc) })
	}
}

// elidedCases: the striker is the subject of the previous coordinated verb,
// the owner of "طائراتها", or a foreign state's corps before its verb.
func elidedCases() []strikeCase {
	return []strikeCase{
		{name: "response verb shares the subject of the blame verb", published: "2025-04-14",
			text: "تعرضت قاعدة عين الأسد غرب العراق لهجوم بطائرتين مسيّرتين يوم 9 نيسان/أبريل 2025 دون وقوع إصابات.\n\n" +
				"واتهمت واشنطن كتائب حزب الله بالهجوم، وردّت في 11 نيسان/أبريل بغارات جوية على مستودعات للكتائب قرب مدينة القائم.",
			want: []string{"2025-04-11 country:united-states"}, targets: []string{"militia:kataib-hezbollah"}},
		{name: "blame verb with a state as its object", published: "2025-04-16",
			text: "تعرضت قاعدة عين الأسد غرب العراق لهجوم بطائرتين مسيّرتين يوم 12 نيسان/أبريل 2025.\n\n" +
				"واتهمت واشنطن إيران بالوقوف وراء الهجوم، وردّت في 14 نيسان/أبريل بغارات جوية على مستودعات لكتائب حزب الله قرب مدينة القائم.",
			want: []string{"2025-04-14 country:united-states"}, targets: []string{"militia:kataib-hezbollah"}},
		{name: "sentence-initial subject shared by the response verb", published: "2025-04-24",
			text: "تعرضت قاعدة حرير لهجوم بطائرة مسيّرة يوم 20 نيسان/أبريل 2025.\n\n" +
				"الولايات المتحدة حمّلت حركة النجباء مسؤولية الهجوم، وردّت في 22 نيسان/أبريل بغارات على مقرات للحركة قرب جرف الصخر.",
			want: []string{"2025-04-22 country:united-states"}},
		{name: "strike verb after إذ with possessive planes", published: "2025-03-06",
			text: "تعرضت قاعدة حميميم لهجوم بطائرات مسيّرة مساء 1 آذار/مارس 2025.\n\n" +
				"وتقول موسكو إن الهجوم انطلق من ريف إدلب، إذ شنّت طائراتها في 3 آذار/مارس غارات على مقرات لهيئة تحرير الشام قرب مدينة إدلب.",
			want: []string{"2025-03-03 country:russia"}, targets: []string{"militia:hts"}},
		{name: "فقد with possessive fighters", published: "2025-05-20",
			text: "قُتل جنديان تركيان في هجوم على قاعدة زيلكان يوم 16 أيار/مايو 2025.\n\n" +
				"وحمّلت أنقرة حزب العمال الكردستاني المسؤولية، فقد دكّت مقاتلاتها يوم 18 أيار/مايو مخابئ للحزب في جبال قنديل.",
			want: []string{"2025-05-18 country:turkey"}, targets: []string{"city:qandil"}},
		{name: "state corps right before its verb", published: "2025-06-02",
			text: "تعرضت قاعدة حرير لهجوم صاروخي يوم 28 أيار/مايو 2025.\n\n" +
				"وأفاد التلفزيون الإيراني يوم 30 أيار/مايو بأن الحرس الثوري قصف بصواريخ أرض-أرض مقرات لحزب الحياة الحرة الكردستاني قرب كويسنجق رداً على اعتداءات الحزب.",
			want: []string{"2025-05-30 country:iran"}, targets: []string{"militia:pjak"}},
		// Controls: the verb has its own subject after the pronoun, or
		// after it; a corps that strikes a base stays an attacker.
		{name: "control: answered back with its own subject", published: "2025-07-03",
			text: "شنّت إسرائيل غارات على مواقع في دمشق يوم 1 تموز/يوليو 2025، ردّت عليها طهران بصواريخ.",
			want: nil},
		{name: "control: blamed group answers with a denial", published: "2025-07-09",
			text: "تعرضت قاعدة عين الأسد لهجوم صاروخي يوم 7 تموز/يوليو 2025.\n\n" +
				"واتهمت واشنطن كتائب حزب الله بالهجوم، وردّت الكتائب بنفي أي صلة لها به.",
			want: nil},
		{name: "control: corps strikes a base", published: "2025-07-12",
			text: "استهدف الحرس الثوري قاعدة عين الأسد بصواريخ باليستية فجر 11 تموز/يوليو 2025.",
			want: nil},
		{name: "control: pluperfect state subject keeps its place", published: "2025-08-02",
			text: "تعرضت قاعدة عين الأسد لهجوم يوم 30 تموز/يوليو 2025.\n\n" +
				"وكانت الولايات المتحدة قد نفذت خلال الأسابيع الماضية ضربات عدة على مواقع تابعة لفصائل موالية لإيران.",
			not: []string{"militia:iran-backed-militias"}},
	}
}

// notStrikerCases: a force killed, hosted beside another, or named in an
// earlier clause is not the striker of a strike word.
func notStrikerCases() []strikeCase {
	return []strikeCase{
		{name: "control: victim force of hostile fire", published: "2025-09-08",
			text: "قُتل جنديان فرنسيان فجر أمس الأحد في هجوم بطائرة مسيّرة على قاعدة حميميم، وهي المرة الأولى التي يلقى فيها جنود فرنسيون حتفهم بنيران معادية في هذه المنطقة.",
			want: nil},
		{name: "force killed before the strike noun", published: "2025-09-10",
			text: "مقتل جنديين أمريكيين بهجوم على قاعدة التنف\n\nعمّان - قُتل جنديان أمريكيان، فجر أمس الأحد، في انفجار طائرة مسيّرة مفخخة داخل قاعدة التنف، في أول حادثة يُقتل فيها عسكريون أمريكيون بنيران معادية في المنطقة منذ عامين.",
			want: nil},
		{name: "hosted force, striker in an earlier clause", published: "2025-10-02",
			text: "تعرضت قاعدة حميميم لهجوم يوم 29 أيلول/سبتمبر 2025.\n\n" +
				"وأصابت صواريخ مطاراً عسكرياً قرب حماة يرابط فيه خبراء روس إلى جانب قوات الجيش السوري، فيما طالت غارات في الليلة ذاتها مواقع لحزب الله قرب القصير.",
			want: nil},
		{name: "dateline city is no struck town", published: "2025-10-04",
			text: "هجوم صاروخي على قاعدة التنف\n\nعمّان – (وكالات)\n\nتعرضت قاعدة التنف لقصف صاروخي مساء 3 تشرين الأول/أكتوبر 2025، وردّت القوات الأمريكية بقصف مدفعي على مصادر النيران في محيط البلدة.",
			want: []string{"2025-10-03 force:us-forces"}, not: []string{"city:amman"}},
		// Control: the striking force named before its response verb.
		{name: "control: counter-battery fire keeps its actor", published: "2025-10-14",
			text: "تعرضت قاعدة عين الأسد لقصف صاروخي مساء 13 تشرين الأول/أكتوبر 2025، وردّت القوات الأمريكية بقصف مدفعي على مصادر النيران في محيط البلدة.",
			want: []string{"2025-10-13 force:us-forces"}},
	}
}

// strikeTargetCases: a day between commas before the struck towns, a
// backer's phrase that blocks only its own group, and what the strike
// answers is no target.
func strikeTargetCases() []strikeCase {
	return []strikeCase{
		{name: "day between commas before the towns", published: "2025-08-08",
			text: "تعرضت قاعدة حميميم لهجوم بطائرات مسيّرة يوم 5 آب/أغسطس 2025.\n\n" +
				"وردّت روسيا بغارات جوية استهدفت، مساء الخميس، مدينة سراقب وبلدة كفرنبل في ريف إدلب.",
			want: []string{"2025-08-07 country:russia"}, targets: []string{"city:saraqib"}},
		{name: "backer phrase blocks only its own group", published: "2025-08-12",
			text: "تعرضت قاعدة حميميم لهجوم بطائرات مسيّرة يوم 2 آب/أغسطس 2025.\n\n" +
				"وردّت روسيا في 4 آب/أغسطس بغارات جوية على مواقع قرب مدينة إدلب.\n\n" +
				"وأفاد مرصد محلي بمقتل أربعة من عناصر فيلق الشام المدعوم من أنقرة في القصف، وثلاثة من هيئة تحرير الشام.",
			want: []string{"2025-08-04 country:russia"}, targets: []string{"militia:hts"}},
		// Controls: a target after the answer clause; a backer stays out.
		{name: "control: target after the answer clause", published: "2025-08-20",
			text: "قُتل جندي تركي في هجوم على قاعدة زيلكان يوم 18 آب/أغسطس 2025.\n\n" +
				"ردّاً على الهجوم، قصفت المدفعية التركية يوم 19 آب/أغسطس مواقع لحزب العمال الكردستاني في جبال قنديل.",
			want: []string{"2025-08-19 force:turkish-army"}, targets: []string{"militia:pkk"}},
		{name: "control: the backer of the struck groups", published: "2025-08-25",
			text: "تعرضت قاعدة التنف لهجوم بمسيّرة يوم 22 آب/أغسطس 2025.\n\n" +
				"وردّت الولايات المتحدة في 24 آب/أغسطس بضربات على مقرات للجماعتين المدعومتين من الحرس الثوري قرب البوكمال.",
			want: []string{"2025-08-24 country:united-states"}, not: []string{"militia:irgc"}},
	}
}

// pluperfectCases: "وكانت … قد" tells a background strike; one on a
// group's site is kept even when it predates the article's attack.
func pluperfectCases() []strikeCase {
	return []strikeCase{
		{name: "pluperfect drone strike on a group's depot", published: "2025-11-20",
			text: "تعرضت قاعدة عين الأسد لهجوم صاروخي يوم 18 تشرين الثاني/نوفمبر 2025 تبنته كتائب سيد الشهداء.\n\n" +
				"وكانت مسيّرة أمريكية قد قصفت في 10 تشرين الثاني/نوفمبر مخزناً لكتائب سيد الشهداء قرب القائم.",
			want: []string{"2025-11-10 country:united-states"}, targets: []string{"militia:kataib-sayyid-al-shuhada"}},
		{name: "pluperfect air force strike on a group's HQ", published: "2025-12-03",
			text: "تعرضت قاعدة حرير لهجوم بمسيّرة يوم 1 كانون الأول/ديسمبر 2025.\n\n" +
				"وكان الطيران الأمريكي قد استهدف في 24 تشرين الثاني/نوفمبر مقراً لحركة النجباء في منطقة جرف الصخر.",
			want: []string{"2025-11-24 country:united-states"}, targets: []string{"militia:nujaba"}},
		// Controls: a leader's killing told as history, a third party's
		// strike, and forces that suffered an attack stay out.
		{name: "control: pluperfect killing of a leader", published: "2025-12-10",
			text: "تعرضت قاعدة عين الأسد لهجوم صاروخي يوم 8 كانون الأول/ديسمبر 2025.\n\n" +
				"وكانت غارة أمريكية بطائرة مسيّرة قد قتلت في 2 كانون الأول/ديسمبر قيادياً بارزاً في الحشد الشعبي قرب مطار بغداد.",
			want: nil},
		{name: "control: pluperfect third-party strike", published: "2025-12-14",
			text: "تعرضت قاعدة التنف لهجوم بمسيّرة يوم 12 كانون الأول/ديسمبر 2025.\n\n" +
				"وكانت غارات إسرائيلية قد استهدفت في 3 كانون الأول/ديسمبر مستودعات لحزب الله في ريف القصير.",
			want: nil},
		{name: "control: pluperfect attack suffered", published: "2025-12-18",
			text: "تعرضت قاعدة التنف لهجوم بمسيّرة يوم 16 كانون الأول/ديسمبر 2025.\n\n" +
				"وكانت القوات الأمريكية قد تعرضت لهجوم مماثل في 9 كانون الأول/ديسمبر.",
			want: nil},
	}
}

// otherStrikeCases: a sentence with a day of its own, or one that looks
// back at an earlier strike after "بعد", tells another event; a group a
// struck one belongs to is no target; an undated strike with its own time
// and its own targets stays apart.
func otherStrikeCases() []strikeCase {
	return []strikeCase{
		{name: "next-day announced result is its own strike", published: "2025-08-06",
			text: "سقطت ثلاثة صواريخ على قاعدة زيلكان مساء الأحد 3 آب/أغسطس 2025، وقالت وزارة الدفاع التركية إن قواتها ردّت فوراً على مصادر النيران بالمدفعية.\n\n" +
				"وفي اليوم التالي، أعلنت الوزارة تحييد 12 مسلحاً في غارات جوية طالت مخابئ لحزب العمال الكردستاني في جبال قنديل.",
			want: []string{"2025-08-03 force:turkish-army", "2025-08-04 force:turkish-army"}, targets: []string{"city:qandil"}},
		{name: "earlier strike after بعد is not absorbed", published: "2025-08-30",
			text: "تعرضت قاعدة زيلكان لهجوم صاروخي يوم 27 آب/أغسطس 2025.\n\n" +
				"وردّت تركيا في 28 آب/أغسطس بغارات على مخابئ لحزب العمال الكردستاني في جبال قنديل.\n\n" +
				"ويأتي ذلك بعد أسابيع من القصف الذي طال قرية قرب مدينة دهوك وحمّلت بغداد مسؤوليته للجيش التركي.",
			want: []string{"2025-08-28 country:turkey"}, targets: []string{"city:qandil"}, not: []string{"city:baghdad", "city:duhok"}},
		{name: "the body a struck group belongs to", published: "2025-09-03",
			text: "تعرضت قاعدة زيلكان لهجوم صاروخي يوم 1 أيلول/سبتمبر 2025.\n\n" +
				"وردّت تركيا في 2 أيلول/سبتمبر بغارات على مواقع قرب سنجار.\n\n" +
				"وقال مسؤول محلي إن الغارات أصابت مقراً لوحدات مقاومة سنجار، وهي فصيل منضوٍ ضمن هيئة الحشد الشعبي.",
			want: []string{"2025-09-02 country:turkey"}, targets: []string{"militia:ybs"}, not: []string{"militia:pmf"}},
		// Control: a definite anaphor with no day of its own still
		// continues the strike.
		{name: "control: the ministry adds a site", published: "2025-09-12",
			text: "تعرضت قاعدة زيلكان لهجوم صاروخي يوم 9 أيلول/سبتمبر 2025.\n\n" +
				"وردّت تركيا في 10 أيلول/سبتمبر بغارات على مخابئ لحزب العمال الكردستاني في جبال قنديل.\n\n" +
				"وأضافت الوزارة أن الغارات طالت أيضاً مستودعاً لوحدات مقاومة سنجار.",
			want: []string{"2025-09-10 country:turkey"}, targets: []string{"militia:ybs"}},
	}
}

// qualifiedResponseCases: "أول رد عسكري أمريكي مباشر على الهجمات" answers
// the attacks, even in an article that made the striking state an attacker
// of another base.
func qualifiedResponseCases() []strikeCase {
	return []strikeCase{
		{name: "adjectival response in an article with no attack told", published: "2025-10-31",
			text: "نفذت طائرات حربية أمريكية فجر اليوم الجمعة غارات على منشأتين قرب مدينة البوكمال، في أول رد عسكري أمريكي مباشر على الهجمات التي تتعرض لها قواعد التحالف منذ أسبوع.",
			want: []string{"2025-10-31 country:united-states"}, targets: []string{"city:albukamal"}},
		{name: "response noun with adjectives before على", published: "2025-10-24",
			text: "نفذت طائرات حربية أمريكية فجر اليوم الجمعة غارات على منشأتين للحرس الثوري قرب مدينة الميادين، في أول رد عسكري أمريكي مباشر على الهجمات التي تتعرض لها قواعد التحالف منذ أسبوع.\n\n" +
				"واستمر التصعيد حتى عشية الضربات الأمريكية، إذ تعرض حقل العمر مساء أمس لقصف بثلاث قذائف صاروخية.",
			want: []string{"2025-10-24 country:united-states"}, targets: []string{"city:mayadin"}},
		// Control: a promised answer is no answer.
		{name: "control: a threatened response", published: "2025-10-28",
			text: "تعرضت قاعدة حقل العمر لقصف صاروخي يوم 26 تشرين الأول/أكتوبر 2025.\n\n" +
				"وتوعدت طهران برد عسكري مباشر على أي ضربات أمريكية تطال مواقع حلفائها.",
			want: nil},
	}
}

// tollCases: a sentence soon after a strike that counts its dead names
// their groups as targets; a group in a later clause only speaks.
func tollCases() []strikeCase {
	return []strikeCase{
		{name: "monitor counts the dead by group", published: "2025-11-05",
			text: "تعرضت قاعدة حقل العمر لقصف صاروخي يوم 2 تشرين الثاني/نوفمبر 2025.\n\n" +
				"وردّت الولايات المتحدة في 4 تشرين الثاني/نوفمبر بغارات على مواقع قرب البوكمال.\n\n" +
				"وقالت مصادر محلية إن دوي الانفجارات سُمع في القائم المجاورة.\n\n" +
				"وأفاد مرصد محلي بمقتل خمسة عناصر من الميليشيات الموالية لإيران، بينهم ثلاثة من حركة النجباء، فيما لم يصدر أي تعليق من كتائب حزب الله.",
			want: []string{"2025-11-04 country:united-states"}, targets: []string{"militia:nujaba"}, not: []string{"militia:kataib-hezbollah"}},
	}
}
