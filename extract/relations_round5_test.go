package extract_test

import "testing"

// TestStruckSitesPlaceNoGroup checks that plain "sites" or "facilities" a
// strike hit do not place their group (where the striker aimed is no
// statement of where the group is based), while a struck headquarters and
// sites a group uses outside a strike still do.
func TestStruckSitesPlaceNoGroup(t *testing.T) {
	checkRelations(t, []relCase{
		{name: "raids on sites belonging to", text: "وشنت مقاتلات أمريكية فجر اليوم غارات على مواقع تابعة لكتائب حزب الله في مدينة القائم.",
			not: []string{"militia:kataib-hezbollah" + bsdIn + "city:al-qaim"}},
		{name: "strikes on three facilities", text: "وردت القوات الأمريكية بضربات على ثلاث منشآت تابعة لحركة النجباء في منطقة جرف الصخر.",
			not: []string{"militia:nujaba" + bsdIn + "city:jurf-al-sakhar"}},
		{name: "verb then sites", text: "وقصفت طائرات مسيرة مواقع لكتائب سيد الشهداء في مدينة البوكمال.",
			not: []string{"militia:kataib-sayyid-al-shuhada" + bsdIn + "city:albukamal"}},
		{name: "struck headquarters still places", text: "واستهدفت الغارات مقراً لكتائب سيد الشهداء في مدينة الميادين.",
			want: []string{"militia:kataib-sayyid-al-shuhada" + bsdIn + "city:mayadin"}},
		{name: "launch sites outside a strike", text: "ورجح المرصد أن الصواريخ أطلقت من مواقع تابعة لحركة النجباء في مدينة البوكمال.",
			want: []string{"militia:nujaba" + bsdIn + "city:albukamal"}},
	})
}

// TestRound5Roles checks a director named by a pronoun head.
func TestRound5Roles(t *testing.T) {
	checkRelations(t, []relCase{
		{name: "its director", text: "ونشر المرصد السوري لحقوق الإنسان حصيلة جديدة، وقال مديره رامي عبد الرحمن إن القتلى بينهم ضباط.",
			want: []string{"official:rami-abdulrahman" + ldrOf + "org:sohr"}},
	})
}

// TestUmbrellaDescriptionNoMember checks that an umbrella "grouping
// factions loyal to Iran" takes no collective as a member, that examples
// after such a description still are members, and that an umbrella
// described by a longer phrase after "وهي" still takes them.
func TestUmbrellaDescriptionNoMember(t *testing.T) {
	const iri = "militia:islamic-resistance-in-iraq"
	checkRelations(t, []relCase{
		{name: "description only", text: "وتبنت المقاومة الإسلامية في العراق، التي تضم فصائل مسلحة موالية لإيران، الهجوم على قاعدة حرير.",
			not: []string{"militia:iran-backed-militias" + prtOf + iri}},
		{name: "description then examples", text: "وأعلنت المقاومة الإسلامية في العراق، التي تجمع فصائل مدعومة من إيران أبرزها حركة النجباء، مسؤوليتها.",
			want: []string{"militia:nujaba" + prtOf + iri},
			not:  []string{"militia:iran-backed-militias" + prtOf + iri}},
		{name: "a name that appeared lately, two-word verb", text: "وتبنت المقاومة الإسلامية في العراق، وهي عنوان برز مؤخراً تنضوي تحته فصائل موالية لطهران أبرزها كتائب سيد الشهداء وكتائب حزب الله، العملية.",
			want: []string{"militia:kataib-sayyid-al-shuhada" + prtOf + iri, "militia:kataib-hezbollah" + prtOf + iri}},
	})
}

// TestPartStatedInName checks that a name the lexicon lists as an alias
// "X التابع لـY" states X part_of Y when the text uses it.
func TestPartStatedInName(t *testing.T) {
	checkRelations(t, []relCase{
		{name: "alias with the whole", text: "وقال البنتاغون إن الضربات طالت مخازن لفيلق القدس التابع للحرس الثوري شرق سوريا.",
			want: []string{"militia:quds-force" + prtOf + "militia:irgc"}},
		{name: "short name states nothing", text: "وقال البنتاغون إن الضربات طالت مخازن لفيلق القدس شرق سوريا.",
			not: []string{"militia:quds-force" + prtOf + "militia:irgc"}},
	})
}

// TestMembersAmongCadres checks "قيادات في X بينهم RANK A" and "ضباط في
// X، منهم A": people given as examples of a body's cadres are its members.
func TestMembersAmongCadres(t *testing.T) {
	checkRelations(t, []relCase{
		{name: "leaders among them a brigadier", text: "وأدت الغارة إلى مقتل قيادات في الحرس الثوري بينهم العميد محمد رضا زاهدي.",
			want: []string{"official:mohammad-reza-zahedi" + mbrOf + "militia:irgc"}},
		{name: "officers, of them, comma", text: "وقتل في القصف ضباط في الحرس الثوري الإيراني، منهم رضي موسوي.",
			want: []string{"official:razi-mousavi" + mbrOf + "militia:irgc"}},
		{name: "no among word", text: "وقتل في القصف ضباط في الحرس الثوري وقال رضي موسوي إن الرد قادم.",
			not: []string{"official:razi-mousavi" + mbrOf + "militia:irgc"}},
	})
}
