package extract_test

import "testing"

// TestWeakBodyInContext checks that a body named only by a short form the
// lexicon gives one state ("مجلس النواب" for the US House) is read as the
// body of that name of the state the person or the article's places belong
// to, and stays the lexicon's body in that state's own context.
func TestWeakBodyInContext(t *testing.T) {
	checkRelations(t, []relCase{
		{name: "known Iraqi speaker", text: "سقطت صواريخ على قاعدة بلد في محافظة صلاح الدين. ودان رئيس مجلس النواب محسن المندلاوي الهجوم.",
			want: []string{"official:mohsen-al-mandalawi" + ldrOf + "org:iraqi-parliament"},
			not:  []string{"official:mohsen-al-mandalawi" + ldrOf + "org:us-house"}},
		{name: "speaker after his name, Iraqi places", text: "استهدفت مسيرة قاعدة عين الأسد في الأنبار. وقال محمود المشهداني، رئيس مجلس النواب، إن الهجمات تهدد الاستقرار.",
			want: []string{"official:mahmoud-al-mashhadani" + ldrOf + "org:iraqi-parliament"},
			not:  []string{"official:mahmoud-al-mashhadani" + ldrOf + "org:us-house"}},
		{name: "US speaker keeps the House", text: "قال رئيس مجلس النواب مايك جونسون في واشنطن إن الكونغرس سيناقش الرد على الهجوم.",
			not: []string{"official:mike-johnson" + ldrOf + "org:iraqi-parliament"}},
		{name: "full name is never redirected", text: "سقطت صواريخ على قاعدة بلد في محافظة صلاح الدين. وقال رئيس مجلس النواب الأمريكي مايك جونسون إن الهجوم مدان.",
			not: []string{"official:mike-johnson" + ldrOf + "org:iraqi-parliament"}},
	})
}

// TestUmbrellaListsItsMembers checks an umbrella whose members follow its
// verb directly, and a copula "X هي واجهة تجمع ..., أبرزها A وB".
func TestUmbrellaListsItsMembers(t *testing.T) {
	const iri = "militia:islamic-resistance-in-iraq"
	checkRelations(t, []relCase{
		{name: "alliance that groups A and B", text: "وتبنت المقاومة الإسلامية في العراق، وهي تحالف يضم كتائب حزب الله وعصائب أهل الحق، الهجوم.",
			want: []string{"militia:kataib-hezbollah" + prtOf + iri, "militia:asaib-ahl-al-haq" + prtOf + iri}},
		{name: "coalition that joins, then others", text: "وأعلنت المقاومة الإسلامية في العراق، وهي ائتلاف يجمع حركة النجباء وكتائب سيد الشهداء وفصائل أخرى، مسؤوليتها.",
			want: []string{"militia:nujaba" + prtOf + iri, "militia:kataib-sayyid-al-shuhada" + prtOf + iri}},
		{name: "copula, media front, examples", text: "ويقول باحثون إن \"المقاومة الإسلامية في العراق\" هي واجهة دعائية تجمع فصائل عدة، أبرزها حركة النجباء.",
			want: []string{"militia:nujaba" + prtOf + iri}},
		{name: "no umbrella word: the object is no member", text: "وقال مسؤول إن كتائب حزب الله تضم عصائب أهل الحق إلى اجتماعاتها.",
			not: []string{"militia:asaib-ahl-al-haq" + prtOf + "militia:kataib-hezbollah"}},
	})
}

// TestSuperlativeFactions checks "X، أبرز/أكبر فصائل Y" and "وهي من أبرز
// فصائل ما يعرف بـY" after a clause, and "X العمود الفقري لـY".
func TestSuperlativeFactions(t *testing.T) {
	const iri = "militia:islamic-resistance-in-iraq"
	checkRelations(t, []relCase{
		{name: "largest of, apposition", text: "وأعلنت حركة النجباء، أكبر فصائل المقاومة الإسلامية في العراق، مسؤوليتها عن الهجوم.",
			want: []string{"militia:nujaba" + prtOf + iri}},
		{name: "she is among the most prominent, so-called", text: "وحمّلت واشنطن كتائب سيد الشهداء، وهي من أبرز فصائل ما يسمى بـ\"المقاومة الإسلامية في العراق\"، المسؤولية.",
			want: []string{"militia:kataib-sayyid-al-shuhada" + prtOf + iri}},
		{name: "after the clause", text: "واتهم مسؤول أمريكي كتائب حزب الله بقصف القاعدة، وهي أقوى فصائل ما يعرف بالمقاومة الإسلامية في العراق.",
			want: []string{"militia:kataib-hezbollah" + prtOf + iri}},
		{name: "backbone", text: "وتعد وحدات حماية الشعب الكردية العمود الفقري لقوات سوريا الديمقراطية.",
			want: []string{"militia:ypg" + prtOf + "militia:sdf"}},
	})
}

// TestTownStateAdjective checks a settlement followed by a state adjective
// that is also a spelling of the state's name ("السورية" of سورية), and a
// gloss that gives the former name ("جرف النصر (جرف الصخر سابقاً)").
func TestTownStateAdjective(t *testing.T) {
	checkRelations(t, []relCase{
		{name: "city, adjective, participle", text: "وطالت الغارات مواقع في محيط مدينة البوكمال السورية المقابلة للحدود.",
			want: []string{"city:albukamal" + locIn + "country:syria"}},
		{name: "in the town of", text: "وانتشرت الفصائل بمدينة البوكمال السورية منذ سنوات.",
			want: []string{"city:albukamal" + locIn + "country:syria"}},
		{name: "former name in a gloss", text: "وقصفت طائرات مخازن في منطقة جرف النصر (جرف الصخر سابقاً) شمالي محافظة بابل.",
			want: []string{"city:jurf-al-sakhar" + locIn + "city:babil"}},
		{name: "current name in a gloss", text: "وعاد ملف منطقة جرف الصخر (جرف النصر حالياً) بمحافظة بابل إلى الواجهة.",
			want: []string{"city:jurf-al-sakhar" + locIn + "city:babil"}},
	})
}

// TestMinistersInContext checks "وزير الدفاع X" when the article names two
// ministries of defence but the sentence one, and "وزير X في الحكومة Y Z".
func TestMinistersInContext(t *testing.T) {
	checkRelations(t, []relCase{
		{name: "ministry named in the sentence", text: "وقال المتحدث باسم البنتاغون إن القوات لم تتضرر. وأكدت وزارة الدفاع العراقية أن الدفاعات تصدت للهجوم، فيما قال وزير الدفاع ثابت العباسي إن المنفذين سيحاسبون.",
			want: []string{"official:thabet-al-abbasi" + ldrOf + "org:iraqi-mod"},
			not:  []string{"official:thabet-al-abbasi" + ldrOf + "org:pentagon"}},
		{name: "minister in the government", text: "وقال وزير الداخلية في الحكومة السورية الانتقالية أنس خطاب إن التحقيقات جارية.",
			want: []string{"official:anas-khattab" + mbrOf + "org:syrian-government"}},
		{name: "minister in the government, name first", text: "وقال مرهف أبو قصرة، وزير الدفاع في الحكومة السورية، إن الجيش سيرد.",
			want: []string{"official:murhaf-abu-qasra" + mbrOf + "org:syrian-government"}},
	})
}

// TestEnjoysBacking checks the backing verb "تحظى بدعم" in its wordings.
func TestEnjoysBacking(t *testing.T) {
	checkRelations(t, []relCase{
		{name: "relative clause", text: "وتسيطر على المنطقة قوات سوريا الديمقراطية التي تحظى بدعم من الولايات المتحدة.",
			want: []string{"militia:sdf" + bckBy + "country:united-states"}},
		{name: "adjective backer", text: "وتنشط هناك حركة النجباء التي تحظى بدعم إيراني واسع.",
			want: []string{"militia:nujaba" + bckBy + "country:iran"}},
	})
}

// TestWithinGroup checks "X ضمن Y" between two militias, and that forces
// within a coalition or a deed within a series take no part_of.
func TestWithinGroup(t *testing.T) {
	checkRelations(t, []relCase{
		{name: "brigades of a group within the PMF", text: "وطالت الضربات مقرات لكتائب حزب الله ضمن هيئة الحشد الشعبي في قضاء القائم.",
			want: []string{"militia:kataib-hezbollah" + prtOf + "militia:pmf"}},
		{name: "group within the PMF, verb after", text: "وتعمل عصائب أهل الحق ضمن الحشد الشعبي منذ سنوات.",
			want: []string{"militia:asaib-ahl-al-haq" + prtOf + "militia:pmf"}},
		{name: "forces within the coalition", text: "وينتشر نحو 2500 جندي من القوات الأمريكية ضمن التحالف الدولي في العراق.",
			not: []string{"force:us-forces" + prtOf + "force:international-coalition"}},
		{name: "claim within a wave", text: "وتبنت المقاومة الإسلامية في العراق الهجوم ضمن موجة هجمات جديدة.",
			not: []string{"militia:islamic-resistance-in-iraq" + prtOf + "militia:pmf"}},
	})
}
