package extract_test

import (
	"testing"

	"github.com/nisba/nisba/model"
)

const mbrOf = " " + model.RelMemberOf + " "

// TestExamplesOfBackedGroups checks that groups listed as examples after a
// backing phrase are each backed, and that a group named before a generic
// noun ("هذه المجموعات، ومنها X، تعمل واجهات لفصائل قوية مدعومة من Y") is not.
func TestExamplesOfBackedGroups(t *testing.T) {
	checkRelations(t, []relCase{
		{name: "such as, two examples", text: "وتنشط في المنطقة جماعات مسلحة مدعومة من إيران مثل كتائب حزب الله وحركة النجباء.",
			want: []string{"militia:kataib-hezbollah" + bckBy + "country:iran", "militia:nujaba" + bckBy + "country:iran"}},
		{name: "among them, after a comma", text: "وأعلنت فصائل مسلحة موالية لإيران، من بينها حركة النجباء، مسؤوليتها عن القصف.",
			want: []string{"militia:nujaba" + bckBy + "country:iran"}},
		{name: "and of them", text: "وتنتشر هناك ميليشيات مدعومة من الحرس الثوري، ومنها لواء فاطميون.",
			want: []string{"militia:fatemiyoun" + bckBy + "militia:irgc"}},
		{name: "generic head with an adjective, capital as backer", text: "ويقول محللون إن مجموعات صغيرة، ومنها عصبة الثائرين، تعمل لحساب فصائل نافذة موالية لطهران مثل عصائب أهل الحق.",
			want: []string{"militia:asaib-ahl-al-haq" + bckBy + "country:iran"},
			not:  []string{"militia:usbat-al-thairin" + bckBy + "country:iran"}},
	})
}

// TestDistantApposition checks "X ...، وهي جماعة مسلحة تدعمها Y" when words
// stand between the group and the apposition, and that a state's forces or
// two groups in the clause take no backer.
func TestDistantApposition(t *testing.T) {
	checkRelations(t, []relCase{
		{name: "verb first, object between", text: "وتبنت حركة النجباء الهجوم، وهي جماعة مسلحة تدعمها إيران.",
			want: []string{"militia:nujaba" + bckBy + "country:iran"}},
		{name: "copula clause after that", text: "وأكدت الوزارة أن كتائب حزب الله هي التي نفذت الهجوم، وهي ميليشيا يدعمها الحرس الثوري الإيراني.",
			want: []string{"militia:kataib-hezbollah" + bckBy + "militia:irgc"},
			not:  []string{"militia:iran-backed-militias" + bckBy + "militia:irgc"}},
		{name: "state forces right before", text: "وهددت عصائب أهل الحق بمهاجمة القوات الأمريكية، وهي جماعة مسلحة مدعومة من إيران.",
			want: []string{"militia:asaib-ahl-al-haq" + bckBy + "country:iran"},
			not:  []string{"force:us-forces" + bckBy + "country:iran"}},
		{name: "two groups: neither", text: "واشتبكت حركة النجباء مع عصائب أهل الحق قرب المطار، وهي جماعة مسلحة تدعمها إيران.",
			not: []string{"militia:nujaba" + bckBy + "country:iran", "militia:asaib-ahl-al-haq" + bckBy + "country:iran"}},
	})
}

// TestDeploymentWordings checks based_in from deployment verbs after their
// subject, a stronghold verb after a comma with a base as the place, and a
// main clause "وتتمركز فيه" after a base; relative clauses of a base or of
// an area tell no based_in.
func TestDeploymentWordings(t *testing.T) {
	checkRelations(t, []relCase{
		{name: "subject, comma, verb", text: "وقالت مصادر إن ميليشيات موالية لإيران، تنتشر في ريف البوكمال، نقلت أسلحة.",
			want: []string{"militia:iran-backed-militias" + bsdIn + "city:albukamal"}},
		{name: "relative, two towns", text: "وكان لواء فاطميون، الذي يتواجد في مدينتي الميادين والبوكمال، قد خسر عدداً من عناصره.",
			want: []string{"militia:fatemiyoun" + bsdIn + "city:mayadin", "militia:fatemiyoun" + bsdIn + "city:albukamal"}},
		{name: "stronghold verb with a base", text: "ويعتبر جيش سوريا الحرة فصيلاً مدعوماً من التحالف الدولي، ويتخذ من التنف مقراً له.",
			want: []string{"militia:syrian-free-army" + bsdIn + "base:al-tanf"}},
		{name: "main clause after the base", text: "ويقع مطار المزة العسكري غرب دمشق، وتنتشر فيه إلى جانب قوات النظام وحدات من الحرس الثوري.",
			want: []string{"militia:irgc" + bsdIn + "base:mezzeh-airport"}},
		{name: "members of two groups", text: "ويعد مطار الشعيرات من أكبر القواعد في سوريا، وتتمركز فيه عناصر من حزب الله اللبناني ولواء فاطميون.",
			want: []string{"militia:hezbollah" + bsdIn + "base:shayrat", "militia:fatemiyoun" + bsdIn + "base:shayrat"}},
		{name: "where: the subject follows", text: "وقصفت كتائب حزب الله القاعدة، حيث تنتشر في مدينة الميادين قوات النظام.",
			want: []string{"force:syrian-regime-forces" + bsdIn + "city:mayadin"},
			not:  []string{"militia:kataib-hezbollah" + bsdIn + "city:mayadin"}},
		{name: "relative of an indefinite base", text: "ويضم مطار أربيل الدولي قاعدة تنتشر فيها قوات أمريكية.",
			not: []string{"force:us-forces" + bsdIn + "base:erbil-airbase"}},
		{name: "relative of an area", text: "وتعرض حقل كونيكو لهجوم بمسيرة انطلقت من مناطق، تنتشر فيها ميليشيات مدعومة من إيران.",
			not: []string{"militia:iran-backed-militias" + bsdIn + "base:conoco-gas-field"}},
		{name: "demonstrative group", text: "وتتواجد في الريف ميليشيات مدعومة من إيران. وتتهم واشنطن هذه الميليشيات، التي تتمركز في مدينة الميادين، بالهجمات.",
			want: []string{"militia:iran-backed-militias" + bsdIn + "city:mayadin"}},
	})
}

// TestSiteBecameBase checks a site described as what a group's base became:
// the masculine pronoun passes over a town to the airfield, the feminine
// one takes the town right before it.
func TestSiteBecameBase(t *testing.T) {
	checkRelations(t, []relCase{
		{name: "airfield past a town", text: "وطالت الغارات مطار الشعيرات قرب مدينة حمص، الذي تحول خلال العامين الماضيين إلى قاعدة رئيسية للحرس الثوري الإيراني.",
			want: []string{"militia:irgc" + bsdIn + "base:shayrat"},
			not:  []string{"militia:irgc" + bsdIn + "city:homs"}},
		{name: "became, verb first", text: "وأصبح مطار الضبعة العسكري مقراً لعناصر حزب الله اللبناني.",
			want: []string{"militia:hezbollah" + bsdIn + "base:dabaa"}},
		{name: "a town that became a stronghold", text: "وقصفت الطائرات مواقع في مدينة القصير، التي تحولت إلى معقل لحزب الله.",
			want: []string{"militia:hezbollah" + bsdIn + "city:qusayr"}},
	})
}

// TestTitlesWithoutState checks a minister or a head of parliament named
// without a state: he heads the one body of that name the article names.
func TestTitlesWithoutState(t *testing.T) {
	checkRelations(t, []relCase{
		{name: "defence minister, ministry named later", text: "ونقلت الوكالة عن وزير الدفاع يشار غولر قوله إن الرد قادم، بحسب بيان لوزارة الدفاع التركية.",
			want: []string{"official:yasar-guler" + ldrOf + "org:turkish-mod"}},
		{name: "minister before the name, comma", text: "وأكدت وزارة الدفاع العراقية أن الوزير حاضر، وقال وزير الدفاع، ثابت العباسي، إن التحقيق مستمر.",
			want: []string{"official:thabet-al-abbasi" + ldrOf + "org:iraqi-mod"}},
		{name: "two ministries: neither", text: "وقال وزير الدفاع ثابت العباسي إن وزارة الدفاع العراقية تنسق مع وزارة الدفاع التركية.",
			not: []string{"official:thabet-al-abbasi" + ldrOf + "org:iraqi-mod", "official:thabet-al-abbasi" + ldrOf + "org:turkish-mod"}},
		{name: "ministry not named", text: "وقال وزير الدفاع يشار غولر إن الرد قادم.",
			not: []string{"official:yasar-guler" + ldrOf + "org:turkish-mod"}},
		{name: "head of parliament", text: "وترأس الجلسة رئيس البرلمان محمود المشهداني بعد أن صوت مجلس النواب العراقي على القرار.",
			want: []string{"official:mahmoud-al-mashhadani" + ldrOf + "org:iraqi-parliament"}},
		{name: "head of parliament, name after a comma", text: "وقال رئيس البرلمان، محمد الحلبوسي، إن البرلمان العراقي سيناقش الانسحاب.",
			want: []string{"official:mohammed-al-halbousi" + ldrOf + "org:iraqi-parliament"}},
	})
}

// TestRanksInBody checks titles whose domain is no body, followed by "في"
// and the body the holder serves in: member_of, never leader_of.
func TestRanksInBody(t *testing.T) {
	checkRelations(t, []relCase{
		{name: "operations commander with a province", text: "وقال قائد عمليات الأنبار في الحشد الشعبي قاسم مصلح إن القوات صدت الهجوم.",
			want: []string{"official:qasim-muslih" + mbrOf + "militia:pmf"},
			not:  []string{"official:qasim-muslih" + ldrOf + "militia:pmf"}},
		{name: "deputy, name after a comma", text: "وأكد معاون قائد محور الشمال في الحشد الشعبي، أبو فدك المحمداوي، أن المنطقة آمنة.",
			want: []string{"official:abu-fadak" + mbrOf + "militia:pmf"}},
		{name: "security official", text: "وقال مسؤول الأمن في كتائب حزب الله أبو علي العسكري إن الرد قادم.",
			want: []string{"official:abu-ali-al-askari" + mbrOf + "militia:kataib-hezbollah"}},
	})
}

// TestContainerStops checks that a second target joined by "و" is no
// container of the first, and that a base "الذي يضم قاعدة للتحالف في Y"
// is in Y.
func TestContainerStops(t *testing.T) {
	checkRelations(t, []relCase{
		{name: "and near a town", text: "وقصفت طائرات مجهولة مطار الضبعة وقرب مدينة القصير.",
			not: []string{"base:dabaa" + locIn + "city:qusayr"}},
		{name: "and in a town", text: "وسقطت القذائف على مطار الضبعة العسكري وفي محيط مدينة القصير بريف حمص.",
			want: []string{"city:qusayr" + locIn + "city:homs"},
			not:  []string{"base:dabaa" + locIn + "city:qusayr"}},
		{name: "middle is no conjunction", text: "وتقع المنطقة الخضراء وسط العاصمة بغداد.",
			want: []string{"city:green-zone" + locIn + "city:baghdad"}},
		{name: "field hosting a base", text: "وتعرض حقل كونيكو للغاز، الذي يضم قاعدة للتحالف الدولي في ريف دير الزور الشرقي، لهجوم.",
			want: []string{"base:conoco-gas-field" + locIn + "city:deir-ez-zor"}},
	})
}

// TestUmbrellaAndBodyAnaphora checks the groups an umbrella is said to
// gather (part_of), and a title "في" a definite noun that the name of a
// body named before contains ("في الهيئة" for هيئة تحرير الشام); a generic
// noun ("للقوات المسلحة") names no body.
func TestUmbrellaAndBodyAnaphora(t *testing.T) {
	checkRelations(t, []relCase{
		{name: "umbrella, the most prominent", text: "وتبنت المقاومة الإسلامية في العراق الهجوم، وهي مظلة تضم فصائل عدة أبرزها كتائب حزب الله وحركة النجباء.",
			want: []string{"militia:kataib-hezbollah" + prtOf + "militia:islamic-resistance-in-iraq", "militia:nujaba" + prtOf + "militia:islamic-resistance-in-iraq"}},
		{name: "umbrella, among them", text: "وتعد المقاومة الإسلامية في العراق تحالفاً يضم فصائل مسلحة، من بينها كتائب سيد الشهداء.",
			want: []string{"militia:kataib-sayyid-al-shuhada" + prtOf + "militia:islamic-resistance-in-iraq"}},
		{name: "media relations in the body", text: "واتهمت موسكو هيئة تحرير الشام بشن الهجوم، غير أن مدير العلاقات الإعلامية في الهيئة، تقي الدين عمر، نفى ذلك.",
			want: []string{"official:تقي-دين-عمر" + spkOf + "militia:hts"}},
		{name: "political office in the group", text: "وتبنت جماعة تطلق على نفسها سرايا أولياء الدم الهجوم، فيما قال مدير المكتب السياسي في الجماعة، أبو علي البصري، إن العملية رسالة.",
			want: []string{"official:ابو-علي-بصري" + mbrOf + "militia:saraya-awliya-al-dam"}},
		{name: "generic forces", text: "وأشاد التحالف الدولي بالعملية، وقال المتحدث باسم القائد العام للقوات المسلحة، اللواء يحيى رسول، إن الهجوم فشل.",
			not: []string{"official:yehia-rasool" + ldrOf + "force:international-coalition"}},
	})
}
