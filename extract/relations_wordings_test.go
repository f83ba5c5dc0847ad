package extract_test

import (
	"testing"

	"github.com/nisba/nisba/model"
)

const (
	spkOf = " " + model.RelSpokespersonOf + " "
	ldrOf = " " + model.RelLeaderOf + " "
	bsdIn = " " + model.RelBasedIn + " "
	locIn = " " + model.RelLocatedIn + " "
	bckBy = " " + model.RelBackedBy + " "
	prtOf = " " + model.RelPartOf + " "
)

// TestMediaOfficeRoles checks that the head of a group's media office is
// read as its spokesperson, a director as the leader of the body he runs,
// a minister as the leader of his ministry when the article names it, and
// "قائد ما يعرف بـX" as the leader of X.
func TestMediaOfficeRoles(t *testing.T) {
	checkRelations(t, []relCase{
		{name: "media centre director", text: "وقال مدير المركز الإعلامي لـ\"قسد\"، فرهاد شامي، إن المسيرة أسقطت.",
			want: []string{"official:farhad-shami" + spkOf + "militia:sdf"},
			not:  []string{"official:farhad-shami" + ldrOf + "militia:sdf"}},
		{name: "media relations officer in", text: "ونفى مسؤول العلاقات الإعلامية في «هيئة تحرير الشام»، أبو خالد الشامي، أي صلة بالهجوم.",
			want: []string{"official:ابو-خالد-شامي" + spkOf + "militia:hts"}},
		{name: "media office head with diacritics", text: "وقال رئيسُ المكتبِ الإعلاميّ لقوات سوريا الديمقراطية، فرهاد شامي، إن القصف طال قرى مدنية.",
			want: []string{"official:farhad-shami" + spkOf + "militia:sdf"}},
		{name: "director of a monitor", text: "ورجّح مدير المرصد السوري لحقوق الإنسان، رامي عبد الرحمن، أن تكون الطائرات إسرائيلية.",
			want: []string{"official:rami-abdulrahman" + ldrOf + "org:sohr"}},
		{name: "minister and his ministry", text: "وقال وزير الدفاع الأميركي، لويد أوستن، إن الضربات دقيقة، وفق بيان لوزارة الدفاع الأمريكية.",
			want: []string{"official:lloyd-austin" + ldrOf + "org:pentagon"}},
		{name: "minister whose ministry is not named", text: "وقال وزير الدفاع الأمريكي لويد أوستن إن الضربات دقيقة.",
			not: []string{"official:lloyd-austin" + ldrOf + "org:pentagon"}},
		{name: "premier and his government", text: "وقال رئيس الوزراء العراقي محمد شياع السوداني إن الحكومة العراقية لن تسمح بالاعتداء على البعثات.",
			want: []string{"official:mohammed-shia-al-sudani" + ldrOf + "org:iraqi-government"}},
		{name: "premier whose government is not named", text: "وقال رئيس الوزراء العراقي محمد شياع السوداني إن الهجوم مدان.",
			not: []string{"official:mohammed-shia-al-sudani" + ldrOf + "org:iraqi-government"}},
		{name: "leader of a so-called group", text: "وتوعد قائد ما يعرف بـ«عصائب أهل الحق»، قيس الخزعلي، بالرد.",
			want: []string{"official:qais-al-khazali" + ldrOf + "militia:asaib-ahl-al-haq"}},
		{name: "a commander in a group leads no group", text: "وقال قائد في الحرس الثوري، العميد حسين سلامي، إن الرد قادم.",
			not: []string{"official:hossein-salami" + ldrOf + "militia:irgc"}},
	})
}

// TestSiteRelations checks based_in read from a group's sites: a quarter
// stands for its town, a desert named after a town is taken, a list of
// towns gives each, and a base described as a force's deployment site.
func TestSiteRelations(t *testing.T) {
	checkRelations(t, []relCase{
		{name: "stationed, the participle inside the known name", text: "وقال إن قوات أمريكية متمركزة في قاعدة حرير رفعت حالة التأهب.",
			want: []string{"force:us-forces" + bsdIn + "base:harir"}},
		{name: "headquarters in a quarter of a town", text: "واستهدفت الغارات مقراً لمليشيا «لواء فاطميون» الأفغانية في حي الجبيلة بمدينة دير الزور.",
			want: []string{"militia:fatemiyoun" + bsdIn + "city:deir-ez-zor"},
			not:  []string{"militia:fatemiyoun" + bsdIn + "city:jubaylah"}},
		{name: "depot a group uses in a desert", text: "وطالت الضربات مستودع أسلحة تستخدمه حركة النجباء في بادية الميادين.",
			want: []string{"militia:nujaba" + bsdIn + "city:mayadin"}},
		{name: "sites in two towns", text: "وتنتشر مواقع لكتائب حزب الله في مدينتي البوكمال والميادين.",
			want: []string{"militia:kataib-hezbollah" + bsdIn + "city:albukamal", "militia:kataib-hezbollah" + bsdIn + "city:mayadin"}},
		{name: "struck sites in two towns (round 5)", text: "وقصفت الطائرات مواقع لكتائب حزب الله في مدينتي البوكمال والميادين.",
			not: []string{"militia:kataib-hezbollah" + bsdIn + "city:albukamal", "militia:kataib-hezbollah" + bsdIn + "city:mayadin"}},
		{name: "a direction is no site", text: "وقصفت الطائرات مواقع لكتائب حزب الله في شرق سوريا.",
			not: []string{"militia:kataib-hezbollah" + bsdIn + "country:syria"}},
		{name: "largest deployment site", text: "وتعد قاعدة حميميم، الواقعة قرب مدينة جبلة، أكبر مواقع انتشار القوات الروسية في سورية.",
			want: []string{"force:russian-forces" + bsdIn + "base:hmeimim"}},
		{name: "deployment site after a relative", text: "وحلقت المسيرة قرب مطار القامشلي، الذي يُعدّ أكبر مواقع انتشار القوات الروسية.",
			want: []string{"force:russian-forces" + bsdIn + "base:qamishli-airport"}},
		{name: "base hosts members of groups", text: "ويضم مطار التيفور، بحسب ناشطين، عناصر من الحرس الثوري و\"حزب الله\"، إلى جانب خبراء من لواء فاطميون.",
			want: []string{"militia:irgc" + bsdIn + "base:t4", "militia:hezbollah" + bsdIn + "base:t4", "militia:fatemiyoun" + bsdIn + "base:t4"}},
		{name: "a relative clause that hosts describes the base", text: "وسقطت صواريخ على قاعدة فكتوريا، التي تضم مستشارين من التحالف الدولي.",
			not: []string{"force:international-coalition" + bsdIn + "base:victory-baghdad-airport"}},
		{name: "groups of it are stationed in", text: "ونقل لواء فاطميون الأفغاني، الذي تتمركز مجموعات منه في مدينة السخنة، عناصره إلى المطار.",
			want: []string{"militia:fatemiyoun" + bsdIn + "city:sukhnah"}},
		{name: "the site a group takes as headquarters", text: "وقصفت الطائرات قاعدة التنف. وقالت مصادر إن القاعدة، التي تتخذها قوات التحالف مقرا لها، لم تتضرر.",
			want: []string{"force:international-coalition" + bsdIn + "base:al-tanf"}},
		{name: "and takes after a comma shares the opening subject", text: "ويعد لواء فاطميون فصيلاً مدعوماً من الحرس الثوري، ويتخذ من مدينة الميادين مقراً لقيادته.",
			want: []string{"militia:fatemiyoun" + bsdIn + "city:mayadin"},
			not:  []string{"militia:irgc" + bsdIn + "city:mayadin"}},
	})
}

// TestLocatedPastGloss checks containers past a Latin or Arabic gloss, a
// state adjective or an owner, "بريف مدينة Y", a list after "بينها", an
// anaphor with "الواقعة في", and that a valley holds no base.
func TestLocatedPastGloss(t *testing.T) {
	checkRelations(t, []relCase{
		{name: "Latin gloss", text: "وتصدت الدفاعات في قاعدة حميميم الجوية (Hmeimim) بريف اللاذقية لهجوم.",
			want: []string{"base:hmeimim" + locIn + "city:latakia"}},
		{name: "Arabic gloss then direction and province", text: "وقصفت المقاتلات منطقة جرف الصخر (جرف النصر) شمالي محافظة بابل.",
			want: []string{"city:jurf-al-sakhar" + locIn + "city:babil"}},
		{name: "owner between", text: "وتعرضت قاعدة حرير العسكرية التابعة للتحالف الدولي في قضاء شقلاوة لهجوم.",
			want: []string{"base:harir" + locIn + "city:shaqlawa"}},
		{name: "state adjective between", text: "وسقطت صواريخ على قاعدة زليكان العسكرية التركية في ناحية بعشيقة.",
			want: []string{"base:zilkan" + locIn + "city:bashiqa"}},
		{name: "village in the countryside of a city", text: "وسقطت قذيفة على قرية كفر نبودة بريف مدينة حماة أمس.",
			want: []string{"city:كفر-نبوده" + locIn + "city:hama"}},
		{name: "bases among sites of an area", text: "وقصفت الطائرات مواقع في ريف حمص، بينها مطار التيفور ومطار الشعيرات.",
			want: []string{"base:t4" + locIn + "city:homs", "base:shayrat" + locIn + "city:homs"}},
		{name: "far corner of a state", text: "وأكد الجيش أن موقع البرج 22 اللوجستي الواقع في أقصى شمال شرق الأردن تعرض لهجوم.",
			want: []string{"base:tower-22" + locIn + "country:jordan"}},
		{name: "anaphor lying in", text: "واعترضت الدفاعات مسيرة قرب قاعدة موفق السلطي. وتستضيف القاعدة، الواقعة في محافظة الزرقاء، طائرات للتحالف.",
			want: []string{"base:muwaffaq-salti" + locIn + "city:zarqa"}},
		{name: "no base in a valley", text: "واستهدفت الصواريخ قاعدة حقل العمر الأميركية في وادي الفرات.",
			not: []string{"base:omar-oil-field" + locIn + "city:euphrates-valley"}},
	})
}

// TestBackerInApposition checks a backer given in an apposition that describes
// the group, a part_of given with a superlative, and that a group named
// before "إن" is not the subject of a backing word after it.
func TestBackerInApposition(t *testing.T) {
	checkRelations(t, []relCase{
		{name: "alliance loyal to a capital", text: "وكانت «المقاومة الإسلامية في العراق»، وهي تحالف فصائل مسلحة موالية لطهران، قد تبنت الهجوم.",
			want: []string{"militia:islamic-resistance-in-iraq" + bckBy + "country:iran"}},
		{name: "armed group backed by a state", text: "وتبنت «سرايا أولياء الدم»، وهي جماعة مسلحة مدعومة من إيران، الهجوم على مطار أربيل.",
			want: []string{"militia:saraya-awliya-al-dam" + bckBy + "country:iran"}},
		{name: "armed faction loyal, indefinite", text: "وتبنى فصيل سرايا أولياء الدم، وهو فصيل مسلح موالٍ لإيران، الهجوم على القاعدة.",
			want: []string{"militia:saraya-awliya-al-dam" + bckBy + "country:iran"}},
		{name: "the body the description names", text: "وأعلنت كتائب حزب الله، وهي ميليشيا عراقية مقربة من الحرس الثوري، أنها لن توقف عملياتها.",
			want: []string{"militia:kataib-hezbollah" + bckBy + "militia:irgc"},
			not:  []string{"militia:kataib-hezbollah" + bckBy + "country:iran"}},
		{name: "factions backed from a capital", text: "وتتقاسم القواعد التركية السيطرة مع فصائل \"الجيش الوطني السوري\" المدعومة من أنقرة.",
			want: []string{"militia:syrian-national-army" + bckBy + "country:turkey"}},
		{name: "a speaker is not the backed group", text: "وهي مواجهات قالت قسد حينها إن أطرافاً مرتبطة بالنظام وإيران سعت إلى استغلالها.",
			not: []string{"militia:sdf" + bckBy + "country:iran"}},
		{name: "the Syrian wing of", text: "واتهمت أنقرة وحدات حماية الشعب، الجناح السوري لحزب العمال الكردستاني، بتنفيذ الهجوم.",
			want: []string{"militia:ypg" + prtOf + "militia:pkk"}},
		{name: "one of the foremost factions", text: "وكانت كتائب حزب الله، التي تعد من أبرز فصائل الحشد الشعبي، قد هددت بالرد.",
			want: []string{"militia:kataib-hezbollah" + prtOf + "militia:pmf"}},
	})
}

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

// TestDirectorByPronoun checks a director named by a pronoun head.
func TestDirectorByPronoun(t *testing.T) {
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

// TestHeadsOfState checks "الرئيس السوري X" and "العاهل الأردني الملك X":
// the head leads the state his title's adjective names when the article
// names that state; a former head or a state the article never names
// gives nothing.
func TestHeadsOfState(t *testing.T) {
	checkRelations(t, []relCase{
		{name: "president, state named after", text: "وقال الرئيس السوري أحمد الشرع إن سوريا لن تقبل بأي سلاح خارج الدولة.",
			want: []string{"official:ahmed-al-sharaa" + ldrOf + "country:syria"}},
		{name: "president as object of a verb", text: "وتوعد كاتس الرئيس السوري أحمد الشرع بأن سوريا ستدفع الثمن.",
			want: []string{"official:ahmed-al-sharaa" + ldrOf + "country:syria"}},
		{name: "president of Turkey", text: "وأكد الرئيس التركي رجب طيب أردوغان أن تركيا ستواصل عملياتها.",
			want: []string{"official:recep-tayyip-erdogan" + ldrOf + "country:turkey"}},
		{name: "monarch title is the name", text: "وزار العاهل الأردني الملك عبد الله الثاني القاعدة، مؤكداً أن الأردن سيحمي حدوده.",
			want: []string{"official:king-abdullah-ii" + ldrOf + "country:jordan"}},
		{name: "former head", text: "وقال الرئيس السوري السابق بشار الأسد في مقابلة قديمة إن سوريا صامدة.",
			not: []string{"official:bashar-al-assad" + ldrOf + "country:syria"}},
		{name: "state never named", text: "وقال الرئيس السوري أحمد الشرع إن الحوار مستمر.",
			not: []string{"official:ahmed-al-sharaa" + ldrOf + "country:syria"}},
	})
}

// TestLedByClause checks a leader given in a relative clause or after
// "بقيادة": the clause after "A في B" describes A; a detachment drawn from
// a body ("قوة من الجيش بقيادة X") and a state at the head of a coalition
// give no leader of the body.
func TestLedByClause(t *testing.T) {
	checkRelations(t, []relCase{
		{name: "unit in the army, who leads it", text: "وتعمل الشبكات بحماية من الفرقة الرابعة في جيش النظام السوري، التي يقودها ماهر الأسد، وفق تقارير.",
			want: []string{"official:maher-al-assad" + ldrOf + "force:fourth-division"},
			not:  []string{"official:maher-al-assad" + ldrOf + "force:syrian-regime-forces"}},
		{name: "masculine relative, other verb", text: "وأعلنت كتائب سيد الشهداء، التي يتزعمها أبو آلاء الولائي، تعليق عملياتها.",
			want: []string{"official:abu-alaa-al-walai" + ldrOf + "militia:kataib-sayyid-al-shuhada"}},
		{name: "glued by", text: "وتقدمت قوات النمر بقيادة العميد سهيل الحسن نحو ريف حماة.",
			want: []string{"official:suhail-al-hassan" + ldrOf + "force:tiger-forces"}},
		{name: "detachment of the army", text: "وقال مصدر إن قوة من الجيش العراقي بقيادة العميد سالم الطائي اعتقلت مطلوبين.",
			not: []string{"official:سالم-طائي" + ldrOf + "force:iraqi-forces"}},
		{name: "state at the head", text: "وقصف التحالف الدولي بقيادة الولايات المتحدة مواقع للتنظيم.",
			not: []string{"country:united-states" + ldrOf + "force:international-coalition"}},
	})
}

// TestRankInBody checks a military rank before "في" and the body its
// holder serves in: the named holder is a member.
func TestRankInBody(t *testing.T) {
	checkRelations(t, []relCase{
		{name: "captain in the Arab Army", text: "ويأتي ذلك بعد مقتل النقيب في الجيش العربي محمد ياسين الخضيرات خلال اشتباك.",
			want: []string{"official:محمد-ياسين" + mbrOf + "force:jordanian-army"}},
		{name: "colonel in the guard", text: "وقتل العقيد في الحرس الثوري حسين رضائي في الغارة على المستودع.",
			want: []string{"official:حسين-رضائي" + mbrOf + "militia:irgc"}},
		{name: "rank with no body after it", text: "وقتل العقيد حسين رضائي في الغارة على مستودع للحرس الثوري.",
			not: []string{"official:حسين-رضائي" + mbrOf + "militia:irgc"}},
	})
}

// TestMediaOfficialAndGloss checks "المسؤول الإعلامي في/لـ X، NAME" as a
// spokesperson (not a mere member) and a body named only by the gloss in
// parentheses after words that name none ("وزارة الدفاع (البنتاغون)").
func TestMediaOfficialAndGloss(t *testing.T) {
	checkRelations(t, []relCase{
		{name: "media official in", text: "وأعلن المسؤول الإعلامي في قوات سوريا الديمقراطية، فرهاد شامي، أن قواتنا استعادت السيطرة.",
			want: []string{"official:farhad-shami" + spkOf + "militia:sdf"},
			not:  []string{"official:farhad-shami" + mbrOf + "militia:sdf"}},
		{name: "media official of, clitic", text: "وقال المسؤول الإعلامي لحركة النجباء، حيدر اللامي، إن الحركة ملتزمة بالتهدئة.",
			want: []string{"official:حيدر-لامي" + spkOf + "militia:nujaba"}},
		{name: "ministry glossed", text: "وفي واشنطن، أعلن المتحدث باسم وزارة الدفاع (البنتاغون) جون كيربي أن متعاقداً توفي.",
			want: []string{"official:john-kirby" + spkOf + "org:pentagon"}},
	})
}

// TestUnitsInBodies checks "UNIT في BODY" (part_of) for unit nouns only.
func TestUnitsInBodies(t *testing.T) {
	checkRelations(t, []relCase{
		{name: "division in the army", text: "وتنتشر الفرقة الرابعة في جيش النظام السوري على الحدود.",
			want: []string{"force:fourth-division" + prtOf + "force:syrian-regime-forces"}},
		{name: "members of a group in forces", text: "وقال إن عناصر من حزب الله في قوات النظام شاركوا في المعارك.",
			not: []string{"militia:hezbollah" + prtOf + "force:syrian-regime-forces"}},
	})
}

// TestPlacesByDistrictAndNear checks "X غربي قضاء Y" (in the district's
// west), that a town only near another is not in it, that a base near a
// town is placed by it, a gloss after a base's adjective, and bases listed
// under a dual head.
func TestPlacesByDistrictAndNear(t *testing.T) {
	checkRelations(t, []relCase{
		{name: "west of a district", text: "عثرت القوة على منصة إطلاق في منطقة الدولاب غربي قضاء هيت.",
			want: []string{"city:دولاب" + locIn + "city:hit"}},
		{name: "east of a district, sub-district", text: "ووقع شجار مسلح في ناحية بعشيقة شرقي قضاء الموصل.",
			want: []string{"city:bashiqa" + locIn + "city:mosul"}},
		{name: "town near a city", text: "واستهدفت مروحية سيارة في بلدة مراط قرب مدينة دير الزور.",
			not: []string{"city:marrat" + locIn + "city:deir-ez-zor"}},
		{name: "gloss after the adjective", text: "وشنت طائرات غارات على قاعدة التيفور الجوية (T4) في ريف حمص الشرقي.",
			want: []string{"base:t4" + locIn + "city:homs"}},
		{name: "two-word Latin gloss", text: "وسقطت صواريخ داخل قاعدة عين الأسد الجوية (Ain al-Asad) في محافظة الأنبار.",
			want: []string{"base:ain-al-asad" + locIn + "city:anbar"}},
		{name: "dual head", text: "وعززت القوات الأمريكية دفاعاتها في قاعدتي خراب الجير وتل بيدر بريف الحسكة.",
			want: []string{"base:kharab-al-jir" + locIn + "city:hasakah", "base:tell-baydar" + locIn + "city:hasakah"}},
		{name: "two bases without a dual head", text: "وهاجمت مسيرات قاعدة عين الأسد وقاعدة حرير في أربيل.",
			not: []string{"base:ain-al-asad" + locIn + "city:erbil"}},
	})
}

// TestMinisterOfAnotherState checks that "وزير الدفاع X" with no state
// adjective is not bound to the one ministry the article named when the
// clause names another state's army first.
func TestMinisterOfAnotherState(t *testing.T) {
	checkRelations(t, []relCase{
		{name: "another state's army first", text: "وذكر مصدر في وزارة الدفاع السورية أن الغارات دمرت المدرج. من جهته، أعلن الجيش الإسرائيلي أنه هاجم القاعدة، بينما قال وزير الدفاع يسرائيل كاتس إن الغارات رسالة.",
			not: []string{"official:israel-katz" + ldrOf + "org:syrian-mod"}},
		{name: "same state", text: "وذكرت وزارة الدفاع التركية أن قواتها ردت. وقال وزير الدفاع يشار غولر إن العملية مستمرة.",
			want: []string{"official:yasar-guler" + ldrOf + "org:turkish-mod"}},
	})
}

// TestCopulaAfterClause checks "X، الذي يقوده Y، هو أحد أبرز تشكيلات Z".
func TestCopulaAfterClause(t *testing.T) {
	checkRelations(t, []relCase{
		{name: "one of the formations", text: "ومجلس دير الزور العسكري، الذي تأسس عام 2016، هو أحد أبرز تشكيلات قوات سوريا الديمقراطية.",
			want: []string{"militia:deir-ez-zor-military-council" + prtOf + "militia:sdf"}},
	})
}

// TestPronounRoleAcrossSentences checks a role whose pronoun opens a
// sentence ("وقال المتحدث باسمها X") and points back to the one group the
// sentence before names; with two groups there it points nowhere.
func TestPronounRoleAcrossSentences(t *testing.T) {
	checkRelations(t, []relCase{
		{name: "spokesperson, group in the sentence before", text: "ونفت كتائب حزب الله أي علاقة لها بالهجوم. وقال المتحدث باسمها أبو علي العسكري إن الكتائب ملتزمة بالهدنة.",
			want: []string{"official:abu-ali-al-askari" + spkOf + "militia:kataib-hezbollah"}},
		{name: "secretary general after a discourse opener", text: "وأصدرت حركة النجباء بياناً حول الضربة. من جهته، قال أمينها العام أكرم الكعبي إن الرد قادم.",
			want: []string{"official:akram-al-kaabi" + ldrOf + "militia:nujaba"}},
		{name: "two groups before", text: "واستهدفت غارة مقراً لحركة النجباء قرب مواقع كتائب حزب الله. وقال أمينها العام أكرم الكعبي إن الرد قادم.",
			not: []string{"official:akram-al-kaabi" + ldrOf + "militia:nujaba", "official:akram-al-kaabi" + ldrOf + "militia:kataib-hezbollah"}},
	})
}

// TestStruckDepotsPlaceNoGroup checks that depots a strike hit, like the
// plain sites of round 5, do not place their group.
func TestStruckDepotsPlaceNoGroup(t *testing.T) {
	checkRelations(t, []relCase{
		{name: "strikes on depots", text: "وردت الولايات المتحدة بضربات على مستودعات لكتائب حزب الله في جرف الصخر.",
			not: []string{"militia:kataib-hezbollah" + bsdIn + "city:jurf-al-sakhar"}},
		{name: "raid on a store", text: "واستهدفت غارة إسرائيلية مخزناً لحزب الله في مدينة القصير.",
			not: []string{"militia:hezbollah" + bsdIn + "city:qusayr"}},
	})
}

// TestWeakAliasBodyKept checks that a body named by a weak alias
// ("القيادة المركزية") in an article set in another state keeps the
// spokesperson when that state has no body of the same name.
func TestWeakAliasBodyKept(t *testing.T) {
	checkRelations(t, []relCase{
		{name: "central command in an Iraqi story", text: "سقطت صواريخ على قاعدة فكتوريا قرب مطار بغداد وعلى قاعدة عين الأسد في الأنبار. وقالت المتحدثة باسم القيادة المركزية، الرائد ليندا بارنز، إن الهجوم لم يؤثر.",
			want: []string{"official:ليندا-بارنز" + spkOf + "org:centcom"}},
	})
}

// TestBackersInDescriptions checks backers given by a verb-first support
// clause, by calling a group another's arm and by "تحت إمرة" (annotators
// read a group fighting under another's command as backed by it).
func TestBackersInDescriptions(t *testing.T) {
	checkRelations(t, []relCase{
		{name: "verb first, direct support", text: "ويحظى لواء فاطميون بدعم مباشر من الحرس الثوري في سوريا.",
			want: []string{"militia:fatemiyoun" + bckBy + "militia:irgc"}},
		{name: "verb first, receives", text: "ويتلقى لواء زينبيون دعماً من فيلق القدس منذ سنوات.",
			want: []string{"militia:zainabiyoun" + bckBy + "militia:quds-force"}},
		{name: "the arm of a state", text: "وتبنت كتائب حزب الله، ذراع إيران الأبرز في العراق، الهجوم.",
			want: []string{"militia:kataib-hezbollah" + bckBy + "country:iran"}},
		{name: "the arm after which is", text: "وتبنت كتائب حزب الله، وهي ذراع الحرس الثوري في العراق، الهجوم.",
			want: []string{"militia:kataib-hezbollah" + bckBy + "militia:irgc"}},
		{name: "fights under the command of", text: "وقتل عناصر من لواء فاطميون الأفغاني الذي يقاتل تحت إمرة الحرس الثوري.",
			want: []string{"militia:fatemiyoun" + bckBy + "militia:irgc"}},
	})
}

// TestBackboneAndSharedSubject checks "X، التي تشكل A عمودها الفقري"
// (part_of) and a support clause after a comma that shares the subject
// the sentence opens with ("وتسيطر X ...، وتحظى بدعم من Y").
func TestBackboneAndSharedSubject(t *testing.T) {
	checkRelations(t, []relCase{
		{name: "backbone with a pronoun", text: "وتسيطر قوات سوريا الديمقراطية، التي تشكل وحدات حماية الشعب عمودها الفقري، على مدينة الحسكة.",
			want: []string{"militia:ypg" + prtOf + "militia:sdf"}},
		{name: "support shares the opening subject", text: "وتنتشر قوات سوريا الديمقراطية في ريف الرقة، وتحظى بدعم من التحالف الدولي منذ سنوات.",
			want: []string{"militia:sdf" + bckBy + "force:international-coalition"}},
		{name: "support after a long clause", text: "وتسيطر قوات النظام السوري، بمساندة مجموعات محلية من أبناء العشائر، على مدينة الميادين، وتحظى بدعم جوي من روسيا.",
			want: []string{"force:syrian-regime-forces" + bckBy + "country:russia"}},
	})
}

// TestMinisterInGovernmentWithMinistry checks "وزير الداخلية في الحكومة
// السورية X" when the article names the ministry elsewhere: X leads the
// ministry and is a member of the government; a ministry of another state
// than the government's is not his.
func TestMinisterInGovernmentWithMinistry(t *testing.T) {
	checkRelations(t, []relCase{
		{name: "ministry named in the sentence before", text: "وأعلنت وزارة الداخلية السورية اعتقال خلية. وقال وزير الداخلية في الحكومة السورية أنس خطاب إن التحقيقات مستمرة.",
			want: []string{"official:anas-khattab" + ldrOf + "org:syrian-interior", "official:anas-khattab" + mbrOf + "org:syrian-government"}},
		{name: "the ministry named is another state's", text: "وذكرت وزارة الدفاع التركية أن قواتها ردت. من جهته، قال وزير الدفاع في الحكومة السورية الانتقالية مرهف أبو قصرة إن الباب مفتوح.",
			want: []string{"official:murhaf-abu-qasra" + mbrOf + "org:syrian-government"},
			not:  []string{"official:murhaf-abu-qasra" + ldrOf + "org:turkish-mod"}},
	})
}

// TestHeadquartersOwnedByBody checks "مقر UNIT في BODY بقضاء Y": the body
// after "في" owns the headquarters and the place follows it.
func TestHeadquartersOwnedByBody(t *testing.T) {
	checkRelations(t, []relCase{
		{name: "brigade headquarters in the PMF in a district", text: "واستهدف الهجوم مقر اللواء 19 في الحشد الشعبي بقضاء حديثة غربي محافظة الأنبار.",
			want: []string{"base:مقر-لواء-19" + locIn + "city:haditha"}},
		{name: "regiment headquarters in the army", text: "وهاجم مسلحون مقر الفوج الثاني من اللواء 59 في الجيش العراقي بقضاء الطارمية شمالي العاصمة.",
			want: []string{"base:مقر-فوج-ثاني-من-لواء-59" + locIn + "city:tarmiyah"}},
	})
}

// TestUmbrellaExamples checks an umbrella described by a noun or verb of
// gathering and then given examples of its factions: the examples are
// part_of the umbrella whichever verb, noun, word order or copula the
// description uses; a list of examples of something else is no part.
func TestUmbrellaExamples(t *testing.T) {
	const iri = "militia:islamic-resistance-in-iraq"
	kss, aah, kh, nuj := "militia:kataib-sayyid-al-shuhada", "militia:asaib-ahl-al-haq", "militia:kataib-hezbollah", "militia:nujaba"
	checkRelations(t, []relCase{
		{name: "loose alliance of factions among them", text: "وتوعدت المقاومة الإسلامية في العراق، وهي ائتلاف غير معلن لجماعات شيعية بينها كتائب سيد الشهداء وعصائب أهل الحق، بمواصلة الضربات.",
			want: []string{kss + prtOf + iri, aah + prtOf + iri}},
		{name: "nominal sentence, frame that gathers a number of factions", text: "ويرى محللون أن المقاومة الإسلامية في العراق إطار يجمع طيفاً من الفصائل، من بينها حركة النجباء وكتائب حزب الله.",
			want: []string{nuj + prtOf + iri, kh + prtOf + iri}},
		{name: "counted as an umbrella for several factions", text: "وتعد المقاومة الإسلامية في العراق مظلة لعدة فصائل، أبرزها كتائب حزب الله.",
			want: []string{kh + prtOf + iri}},
		{name: "consists of factions, among them", text: "وتتألف المقاومة الإسلامية في العراق من فصائل عدة، منها حركة النجباء وكتائب سيد الشهداء.",
			want: []string{nuj + prtOf + iri, kss + prtOf + iri}},
		{name: "relative clause forms an umbrella, the most prominent", text: "وتبنت المقاومة الإسلامية في العراق، التي تشكل مظلة لفصائل موالية لإيران من أبرزها حركة النجباء، الهجوم.",
			want: []string{nuj + prtOf + iri}},
		{name: "the coalition gathers, verb first", text: "ويضم ائتلاف المقاومة الإسلامية في العراق فصائل بينها كتائب حزب الله.",
			want: []string{kh + prtOf + iri}},
		{name: "members fall under the umbrella", text: "وتنضوي كتائب حزب الله وحركة النجباء تحت مظلة المقاومة الإسلامية في العراق.",
			want: []string{kh + prtOf + iri, nuj + prtOf + iri}},
		{name: "one of the factions under the banner", text: "وكانت كتائب حزب الله، إحدى الفصائل المنضوية تحت لواء المقاومة الإسلامية في العراق، قد هددت بالتصعيد.",
			want: []string{kh + prtOf + iri}},
		{name: "control: examples of the attacked bases", text: "وقالت المقاومة الإسلامية في العراق إنها استهدفت قواعد عدة، من بينها قاعدة حرير.",
			not: []string{"base:harir" + prtOf + iri}},
		{name: "control: two groups accused, examples of accusers", text: "واتهمت واشنطن فصائل عراقية بالهجوم، من بينها كتائب حزب الله، فيما نفت عصائب أهل الحق أي دور.",
			not: []string{kh + prtOf + aah}},
		{name: "control: groups that carried out attacks, a speaker before", text: "وقالت كتائب حزب الله إن فصائل عدة شاركت في الهجمات، منها حركة النجباء.",
			not: []string{nuj + prtOf + kh}},
	})
}

// TestTownPairContainer checks towns listed under a dual or plural head
// ("مدينتي A وB"، "بلدات A وB وC") before their container: every town of
// the list lies there, not only the last. Without a container, or towns
// named as the two ends of a border, none is placed in the other.
func TestTownPairContainer(t *testing.T) {
	checkRelations(t, []relCase{
		{name: "two cities in the countryside of", text: "وانتشرت دوريات في مدينتي الميادين والبوكمال بريف دير الزور.",
			want: []string{"city:albukamal" + locIn + "city:deir-ez-zor", "city:mayadin" + locIn + "city:deir-ez-zor"}},
		{name: "two areas west of a province", text: "ووصلت التعزيزات إلى منطقتي عكاشات والقائم غربي محافظة الأنبار.",
			want: []string{"city:al-qaim" + locIn + "city:anbar", "city:akashat" + locIn + "city:anbar"}},
		{name: "two towns in the countryside, clitic", text: "وسقطت القذائف على بلدتي السخنة والقريتين في ريف حمص.",
			want: []string{"city:sukhnah" + locIn + "city:homs", "city:qaryatayn" + locIn + "city:homs"}},
		{name: "three towns, plural head", text: "وتنتشر الفصائل في بلدات الميادين والبوكمال والعشارة شرقي محافظة دير الزور.",
			want: []string{"city:mayadin" + locIn + "city:deir-ez-zor", "city:albukamal" + locIn + "city:deir-ez-zor"}},
		{name: "control: two towns, no container", text: "وتنقل المسلحون بين مدينتي القائم والبوكمال.",
			not: []string{"city:al-qaim" + locIn + "city:albukamal"}},
		{name: "a district and an area, each with its head", text: "وعادت العائلات إلى منطقة عكاشات وقضاء القائم في محافظة الأنبار.",
			want: []string{"city:al-qaim" + locIn + "city:anbar", "city:akashat" + locIn + "city:anbar"}},
		{name: "three towns, no head", text: "وتنتشر الخلايا في الميادين والعشارة والبوكمال بريف دير الزور.",
			want: []string{"city:mayadin" + locIn + "city:deir-ez-zor", "city:asharah" + locIn + "city:deir-ez-zor"}},
		{name: "control: a road between two towns", text: "ونصب المسلحون كميناً على الطريق بين ناحية العظيم وقضاء الخالص شمال محافظة ديالى.",
			not: []string{"city:adhaim" + locIn + "city:diyala"}},
		{name: "control: each town after its own container", text: "وينتشر الجنود في قاعدتي عين الأسد في الأنبار وحرير في إقليم كردستان.",
			not: []string{"city:anbar" + locIn + "city:kurdistan-region"}},
	})
}

// TestStruckSitesPresentTense checks struck sites told with a verb in the
// present tense, as headlines and live reports write them: "يقصف مواقع
// لـX في Y" says where the striker aims, not where X is based.
func TestStruckSitesPresentTense(t *testing.T) {
	checkRelations(t, []relCase{
		{name: "headline, army strikes sites", text: "مقاتلات التحالف تقصف مواقع لـ«حركة النجباء» في القائم وجرف النصر",
			not: []string{"militia:nujaba" + bsdIn + "city:al-qaim", "militia:nujaba" + bsdIn + "city:jurf-al-sakhar"}},
		{name: "feminine present, targets sites", text: "طائرات مسيرة تستهدف مواقع تابعة لكتائب حزب الله في مدينة البوكمال",
			not: []string{"militia:kataib-hezbollah" + bsdIn + "city:albukamal"}},
		{name: "wages raids on positions", text: "وقال مصدر إن التحالف يشن غارات على مواقع لكتائب سيد الشهداء في الميادين.",
			not: []string{"militia:kataib-sayyid-al-shuhada" + bsdIn + "city:mayadin"}},
		{name: "control: sites a group holds, no strike", text: "وتنتشر مواقع لكتائب حزب الله في مدينة البوكمال.",
			want: []string{"militia:kataib-hezbollah" + bsdIn + "city:albukamal"}},
	})
}

// TestKnownHolderBareBody checks a ministry named only by its portfolio
// ("وزارة الخارجية") before an office holder the lexicon knows: the body
// is the one his known role serves, whichever word order or state subject
// the sentence has; an unknown person gets no body from it.
func TestKnownHolderBareBody(t *testing.T) {
	const mfa = "org:iran-foreign-ministry"
	checkRelations(t, []relCase{
		{name: "on the tongue of the spokesman", text: "وردت طهران على الاتهامات عبر المتحدث باسم وزارة الخارجية ناصر كنعاني، الذي وصفها بالباطلة.",
			want: []string{"official:nasser-kanaani" + spkOf + mfa}},
		{name: "spokesman then name set off", text: "وقال المتحدث باسم وزارة الخارجية، ناصر كنعاني، إن بلاده لا علاقة لها بالهجمات.",
			want: []string{"official:nasser-kanaani" + spkOf + mfa}},
		{name: "spokesman of the ministry, surname later", text: "وأكد الناطق باسم وزارة الخارجية ناصر كنعاني أن طهران لا تدير الفصائل.",
			want: []string{"official:nasser-kanaani" + spkOf + mfa}},
		{name: "control: an unknown spokesman", text: "وقال المتحدث باسم وزارة الخارجية أحمد الصحاف إن الوزارة تتابع التحقيق.",
			not: []string{"official:احمد-صحاف" + spkOf + mfa}},
	})
}

// TestMemberForBloc checks a member of parliament "for" a bloc: he is a
// member of it, with his name before, after or set off by commas, and a
// surname that is also a state adjective ("علي تركي").
func TestMemberForBloc(t *testing.T) {
	checkRelations(t, []relCase{
		{name: "name set off, nisba surname", text: "وفي السياق، طالب النائب عن تحالف الفتح، علي تركي، الحكومة بكشف نتائج التحقيق.",
			want: []string{"official:علي-تركي" + mbrOf + "org:fatah-alliance"}},
		{name: "name right after the bloc", text: "وقال النائب عن ائتلاف دولة القانون محمد الصيهود إن الهجوم مدان.",
			want: []string{"official:محمد-صيهود" + mbrOf + "org:state-of-law"}},
		{name: "name first, then the office", text: "وقال حسن سالم، النائب عن تحالف الفتح، إن القصف انتهاك.",
			want: []string{"official:حسن-سالم" + mbrOf + "org:fatah-alliance"}},
		{name: "control: for a province names no body", text: "وقال النائب عن محافظة نينوى شيروان الدوبرداني إن القصف مدان.",
			not: []string{"official:شيروان-دوبرداني" + mbrOf + "city:nineveh"}},
	})
}

// TestFollowsBody checks "X الذي يتبع Y" and "X التي تتبع لـY": a group
// that follows another is part of it, in either gender and with or
// without the preposition; sites that follow a group are no part of it.
func TestFollowsBody(t *testing.T) {
	checkRelations(t, []relCase{
		{name: "masculine relative, state adjective after", text: "ويشرف على المستودعات فيلق القدس الذي يتبع الحرس الثوري الإيراني، بحسب التقرير.",
			want: []string{"militia:quds-force" + prtOf + "militia:irgc"}},
		{name: "with the preposition lam", text: "ويقاتل لواء فاطميون، الذي يتبع للحرس الثوري، في ريف دير الزور.",
			want: []string{"militia:fatemiyoun" + prtOf + "militia:irgc"}},
		{name: "feminine relative, an adverb after", text: "وأعلنت كتائب حزب الله التي تتبع هيئة الحشد الشعبي إدارياً تعليق عملياتها.",
			want: []string{"militia:kataib-hezbollah" + prtOf + "militia:pmf"}},
		{name: "control: sites that follow a group", text: "وقصفت الطائرات المواقع التي تتبع كتائب حزب الله قرب القائم.",
			not: []string{"city:al-qaim" + prtOf + "militia:kataib-hezbollah"}},
	})
}

// TestContainerAfterRelativeClause checks a base described by a relative
// clause and then placed with "في" or "بـ", with or without the commas
// around the clause; a clause that names another place or a speech ends
// the search.
func TestContainerAfterRelativeClause(t *testing.T) {
	checkRelations(t, []relCase{
		{name: "clause in commas, district after", text: "وأسقطت الدفاعات مسيرة فوق قاعدة حرير، التي يتدرب فيها عناصر من البيشمركة، في قضاء شقلاوة.",
			want: []string{"base:harir" + locIn + "city:shaqlawa"}},
		{name: "masculine clause, countryside with ba", text: "وسقطت صواريخ على حقل العمر، الذي تستخدمه القوات الأمريكية قاعدة لها، بريف دير الزور الشرقي.",
			want: []string{"base:omar-oil-field" + locIn + "city:deir-ez-zor"}},
		{name: "clause without commas", text: "وسقطت صواريخ على قاعدة عين الأسد التي تضم جنوداً أمريكيين في محافظة الأنبار.",
			want: []string{"base:ain-al-asad" + locIn + "city:anbar"}},
		{name: "control: the clause launches from a town", text: "وسقطت صواريخ على قاعدة عين الأسد، التي هاجمتها الفصائل من بلدة هيت، أمس.",
			not: []string{"base:ain-al-asad" + locIn + "city:hit"}},
		{name: "control: a speech inside the clause", text: "وسقطت صواريخ على قاعدة عين الأسد التي قال مسؤول إن الفصائل في القائم هاجمتها.",
			not: []string{"base:ain-al-asad" + locIn + "city:al-qaim"}},
	})
}

// TestLeadsVerb checks a person followed by a present verb of leading
// ("الذي يتزعم"، "يرأس"، "يقود"، "يتولى قيادة") and a body: he leads it,
// with or without the relative pronoun and an adverb; a verb whose object
// is no body gives nothing.
func TestLeadsVerb(t *testing.T) {
	checkRelations(t, []relCase{
		{name: "who also heads, adverb", text: "ودعا هادي العامري، الذي يتزعم حالياً منظمة بدر، إلى التهدئة.",
			want: []string{"official:hadi-al-amiri" + ldrOf + "militia:badr"}},
		{name: "who presides", text: "وقال قيس الخزعلي، الذي يرأس عصائب أهل الحق، إن الرد قادم.",
			want: []string{"official:qais-al-khazali" + ldrOf + "militia:asaib-ahl-al-haq"}},
		{name: "leads, no comma", text: "وأكد أكرم الكعبي الذي يقود حركة النجباء أن العمليات مستمرة.",
			want: []string{"official:akram-al-kaabi" + ldrOf + "militia:nujaba"}},
		{name: "takes charge of the leadership", text: "وكان قيس الخزعلي، الذي يتولى قيادة عصائب أهل الحق، قد حذر من التصعيد.",
			want: []string{"official:qais-al-khazali" + ldrOf + "militia:asaib-ahl-al-haq"}},
		{name: "control: leads the attacks", text: "وقال أكرم الكعبي الذي يقود الهجمات على القواعد إن حركة النجباء مستعدة.",
			not: []string{"official:akram-al-kaabi" + ldrOf + "militia:nujaba"}},
	})
}

// TestIndefiniteFallsWithin checks the indefinite participle "منضوٍ ضمن"
// in an apposition ("X، وهي فصيل مسلح منضوٍ ضمن Y") and a person named as
// an adviser or officer in a body ("المستشار في X NAME").
func TestIndefiniteFallsWithin(t *testing.T) {
	checkRelations(t, []relCase{
		{name: "she is an armed faction within", text: "ونشرت وحدات مقاومة سنجار، وهي جماعة مسلحة منضوية ضمن هيئة الحشد الشعبي، حواجز في القضاء.",
			want: []string{"militia:ybs" + prtOf + "militia:pmf"}},
		{name: "he is a brigade within, masculine", text: "وتبنى لواء الطفوف، وهو فصيل منضوٍ في الحشد الشعبي، حماية الحدود.",
			want: []string{"militia:liwa-al-tufuf" + prtOf + "militia:pmf"}},
		{name: "the adviser in the guard", text: "وزار المستشار في الحرس الثوري رضي موسوي دمشق قبل أشهر.",
			want: []string{"official:razi-mousavi" + mbrOf + "militia:irgc"}},
		{name: "an officer in the army", text: "وقتل الضابط في الجيش العراقي علي الكناني في الهجوم.",
			want: []string{"official:علي-كناني" + mbrOf + "force:iraqi-army"}},
	})
}

// TestPronounRoleUnknownName checks a role whose body is a pronoun and
// whose holder the lexicon does not know: "وقال رئيس أركانه X Y إن" names
// a person who leads the army named before; no name, no person.
func TestPronounRoleUnknownName(t *testing.T) {
	checkRelations(t, []relCase{
		{name: "chief of its staff, unknown name", text: "ولم يعلق الجيش الإسرائيلي، غير أن رئيس أركانه يوآف غولدمان قال إن الضربات ستستمر.",
			want: []string{"official:يواف-غولدمان" + ldrOf + "force:israeli-army"}},
		{name: "chief of its staff with a rank", text: "وأعلن الجيش الأردني رفع الجاهزية، وأكد رئيس أركانه اللواء سامي الرواشدة أن الحدود مؤمنة.",
			want: []string{"official:سامي-رواشده" + ldrOf + "force:jordanian-army"}},
		{name: "control: chief of its staff, no name", text: "وقال الجيش الإسرائيلي إن رئيس أركانه زار المنطقة الشمالية.",
			not: []string{"official:زار-منطقه" + ldrOf + "force:israeli-army"}},
	})
}

// TestRound10RelationCues checks the round-10 relation cues: an umbrella
// called a name for factions whose examples are its parts (not backed
// one by one), a Latin gloss between a name and its title, more
// spokesman titles, a leader predicate after "الذي يعد", an outlet
// "التابعة له", a group "تنضوي A ضمن ألويتها", a close tie as backing,
// and a dual town list with its surroundings before the province.
func TestRound10RelationCues(t *testing.T) {
	const iri = "militia:islamic-resistance-in-iraq"
	checkRelations(t, []relCase{
		{name: "umbrella name with examples", text: "وأعلنت المقاومة الإسلامية في العراق، وهي تسمية جامعة لفصائل مسلحة موالية لإيران أبرزها حركة النجباء وكتائب سيد الشهداء، مسؤوليتها عن القصف.",
			want: []string{"militia:nujaba" + prtOf + iri, "militia:kataib-sayyid-al-shuhada" + prtOf + iri},
			not:  []string{"militia:nujaba" + bckBy + "country:iran", "militia:kataib-sayyid-al-shuhada" + bckBy + "country:iran"}},
		{name: "umbrella name after the clause", text: "وتبنت المقاومة الإسلامية في العراق الهجوم، وهي تسمية تطلق على فصائل مدعومة من إيران، من بينها كتائب حزب الله.",
			want: []string{"militia:kataib-hezbollah" + prtOf + iri}},
		{name: "control: examples of backed factions stay backed", text: "وتنشط في المنطقة فصائل مدعومة من إيران مثل كتائب حزب الله وحركة النجباء.",
			want: []string{"militia:kataib-hezbollah" + bckBy + "country:iran", "militia:nujaba" + bckBy + "country:iran"}},
		{name: "Latin gloss before the title", text: "وقال مارك تومسون (Mark Thompson) المتحدث باسم البنتاغون إن القوات ردت على مصادر النيران.",
			want: []string{"official:مارك-تومسون" + spkOf + "org:pentagon"}},
		{name: "chief of the spokesmen", text: "وقال كبير المتحدثين باسم البنتاغون ديفيد ميلر إن الضربات دقيقة.",
			want: []string{"official:ديفيد-ميلر" + spkOf + "org:pentagon"}},
		{name: "press secretary spelled صحافي, with a deputy", text: "وقالت نائبة السكرتير الصحافي للبنتاغون لورا هيل إن الهجمات مستمرة.",
			want: []string{"official:لورا-هيل" + spkOf + "org:pentagon"}},
		{name: "leader predicate after a relative", text: "وقتل أبو فدك المحمداوي، الذي يعتبر أيضا قائدا لكتائب حزب الله، في الغارة.",
			want: []string{"official:abu-fadak" + ldrOf + "militia:kataib-hezbollah"}},
		{name: "leader predicate after an office and والذي", text: "وقال أبو فدك المحمداوي، رئيس أركان هيئة الحشد الشعبي والذي يعتبر قائدا لكتائب حزب الله، إن الرد قادم.",
			want: []string{"official:abu-fadak" + ldrOf + "militia:kataib-hezbollah"}},
		{name: "control: a field commander in a body leads no body", text: "وقتل أبو علي الكناني، الذي يعد قائدا ميدانيا في الحشد الشعبي، في الغارة.",
			not: []string{"official:ابو-علي-كناني" + ldrOf + "militia:pmf"}},
		{name: "outlet belonging to the subject", text: "وأعلن تنظيم الدولة الإسلامية مسؤوليته في بيان نشرته وكالة أعماق التابعة له.",
			want: []string{"org:amaq" + prtOf + "militia:isis"}},
		{name: "a group within the umbrella's brigades", text: "وتضم هيئة الحشد الشعبي، التي تنضوي كتائب سيد الشهداء ضمن ألويتها، عشرات الفصائل.",
			want: []string{"militia:kataib-sayyid-al-shuhada" + prtOf + "militia:pmf"}},
		{name: "close tie is backing", text: "وأكد المسؤول أن حركة النجباء ترتبط ارتباطا وثيقا بفيلق القدس.",
			want: []string{"militia:nujaba" + bckBy + "militia:quds-force"}},
		{name: "a post beside a camp is not in it", text: "وسقطت مسيرة على البرج 22 القريب من مخيم الركبان للنازحين.",
			not: []string{"base:tower-22" + locIn + "city:rukban"}},
		{name: "control: a base near a town is placed by it", text: "وتعرضت قاعدة الشدادي قرب مدينة الحسكة لهجوم.",
			want: []string{"base:shaddadi" + locIn + "city:hasakah"}},
		{name: "an attacked base named by its area is in it", text: "وقتل جنود في الهجوم الذي استهدف قاعدة عسكرية في منطقة متينا ليلاً.",
			want: []string{"base:metina-military-base" + locIn + "city:metina"}},
		{name: "a known minister of another state", text: "وأدانت وزارة الخارجية السورية الهجوم. وقال وزير الخارجية أيمن الصفدي إن الأردن يرفض أي اعتداء.",
			not: []string{"official:ayman-safadi" + ldrOf + "org:syrian-foreign-ministry"}},
		{name: "dual towns and their surroundings in a province", text: "وسقطت الصواريخ على مدينتي تكريت وسامراء ومحيطهما في محافظة صلاح الدين.",
			want: []string{"city:tikrit" + locIn + "city:salahuddin", "city:samarra" + locIn + "city:salahuddin"}},
	})
}

// TestNamedOfficeRoles checks a role cue whose last words open the name of
// a known body ("مدير المركز الإعلامي لقوات ..."): the body is the office
// the person heads, and the whole named at the end of its name is its
// parent. A government named after its region is no part of the region.
func TestNamedOfficeRoles(t *testing.T) {
	checkRelations(t, []relCase{
		{name: "director of a named media centre", text: "وصرّح مدير المركز الإعلامي لقوات سوريا الديمقراطية، فرهاد شامي، بأن المسيرة سقطت خارج السور.",
			want: []string{"official:farhad-shami" + ldrOf + "org:sdf-media-center", "org:sdf-media-center" + prtOf + "militia:sdf"}},
		{name: "director named first", text: "وأكد فرهاد شامي، مدير المركز الإعلامي لقوات سورية الديمقراطية، أن الدفاعات تصدت للهجوم.",
			want: []string{"official:farhad-shami" + ldrOf + "org:sdf-media-center"}},
		{name: "head of a centre by its long name", text: "وأفاد رئيس مركز المصالحة بين الأطراف المتنازعة في سوريا، الأدميرال أوليغ غورينوف، بأن الزوارق دمرت.",
			want: []string{"official:oleg-gurinov" + ldrOf + "org:russian-reconciliation-center"}},
		{name: "control: media centre of a quoted group stays the group's spokesman", text: "وقال مدير المركز الإعلامي لـ\"قسد\"، فرهاد شامي، إن القصف طال قرى.",
			want: []string{"official:farhad-shami" + spkOf + "militia:sdf"}},
		{name: "control: a government is no part of the region it governs", text: "وقالت حكومة إقليم كوردستان إن القصف التركي طال قرى حدودية.",
			not: []string{"org:krg" + prtOf + "city:kurdistan-region"}},
	})
}

// TestFactionsOfUmbrella checks "فصائل (في|من|ضمن) X، بينها Y": the
// examples are parts of X. A place or a site list gives no umbrella.
func TestFactionsOfUmbrella(t *testing.T) {
	checkRelations(t, []relCase{
		{name: "factions from the PMF, among them", text: "ويضم المعسكر فصائل من الحشد الشعبي، بينها منظمة بدر وكتائب حزب الله.",
			want: []string{"militia:badr" + prtOf + "militia:pmf", "militia:kataib-hezbollah" + prtOf + "militia:pmf"}},
		{name: "factions within the PMF, of them", text: "وتتمركز في المعسكر فصائل ضمن الحشد الشعبي، منها عصائب أهل الحق.",
			want: []string{"militia:asaib-ahl-al-haq" + prtOf + "militia:pmf"}},
		{name: "control: factions in a country", text: "وتنشط فصائل مسلحة في العراق، بينها كتائب حزب الله.",
			not: []string{"militia:kataib-hezbollah" + prtOf + "country:iraq"}},
		{name: "control: sites of a group, among them", text: "وقصفت الطائرات مواقع للحشد الشعبي، بينها مقر لكتائب حزب الله.",
			not: []string{"militia:kataib-hezbollah" + prtOf + "militia:pmf"}},
		{name: "Kurdish spelling of the whole after an arm", text: "وتبنت قوات الدفاع الشعبي، الجناح العسكري لحزب العمال الكوردستاني، الهجوم على القاعدة.",
			want: []string{"militia:hpg" + prtOf + "militia:pkk"}},
	})
}

// TestRound12RelationWordings checks the relation families of round 12:
// a role right after a name in a list of people, a spokesman of a
// group's political office, a chief of staff and a deputy commander as
// members, a group entrenched in a place, an umbrella or alliance whose
// factions are backed by a state, and a second participle joined by و
// that describes the group a first participle placed in a larger one.
func TestRound12RelationWordings(t *testing.T) {
	checkRelations(t, []relCase{
		{name: "role right after a name, another name after the comma",
			text: "وحضر التشييع قادة في الفصائل، منهم هادي العامري رئيس منظمة بدر، وقيس الخزعلي.",
			want: []string{"official:hadi-al-amiri" + ldrOf + "militia:badr"},
			not:  []string{"official:qais-al-khazali" + ldrOf + "militia:badr"}},
		{name: "two people each with a role after the name",
			text: "والتقى الوفد أكرم الكعبي زعيم حركة النجباء، وقيس الخزعلي الأمين العام لعصائب أهل الحق.",
			want: []string{"official:akram-al-kaabi" + ldrOf + "militia:nujaba", "official:qais-al-khazali" + ldrOf + "militia:asaib-ahl-al-haq"},
			not:  []string{"official:qais-al-khazali" + ldrOf + "militia:nujaba"}},
		{name: "control: the role before the name still names the next person",
			text: "واستقبل الوفد زعيم منظمة بدر هادي العامري في بغداد.",
			want: []string{"official:hadi-al-amiri" + ldrOf + "militia:badr"}},
		{name: "spokesman of a group's political office",
			text: "وقال المتحدث باسم المكتب السياسي لحركة النجباء، حسين الموسوي، إن الحركة لم تشارك.",
			want: []string{"official:hussein-al-mousawi" + spkOf + "militia:nujaba"}},
		{name: "spokesman of a group's political bureau, known person",
			text: "ونفى المتحدث باسم المكتب السياسي لعصائب أهل الحق محمود الربيعي الاتهامات.",
			want: []string{"official:mahmoud-al-rubaie" + spkOf + "militia:asaib-ahl-al-haq"}},
		{name: "chief of staff of a body is a member",
			text: "وشارك في الاجتماع رئيس أركان الحشد الشعبي أبو فدك المحمداوي.",
			want: []string{"official:abu-fadak" + " " + model.RelMemberOf + " " + "militia:pmf"},
			not:  []string{"official:abu-fadak" + ldrOf + "militia:pmf"}},
		{name: "deputy commander of the joint operations",
			text: "وترأس اللجنة نائب قائد العمليات المشتركة الفريق الركن عبد الأمير الشمري.",
			want: []string{"official:abdul-amir-al-shammari" + " " + model.RelMemberOf + " " + "org:iraqi-joint-operations-command"}},
		{name: "group entrenched in mountains",
			text: "وتقصف المدفعية مواقع حزب العمال الكردستاني المتحصن في جبال قنديل.",
			want: []string{"militia:pkk" + bsdIn + "city:qandil"}},
		{name: "umbrella that groups backed factions",
			text: "وتبنت المقاومة الإسلامية في العراق، وهي مظلة تضم فصائل مسلحة مدعومة من إيران، القصف.",
			want: []string{"militia:islamic-resistance-in-iraq" + bckBy + "country:iran"}},
		{name: "alliance of factions most of them backed",
			text: "وينضوي اللواء في الحشد الشعبي، وهو تحالف فصائل غالبيتها شيعية مدعومة من طهران.",
			want: []string{"militia:pmf" + bckBy + "country:iran"}},
		{name: "second participle describes the faction, not the body it is in",
			text: "واتهم المسؤول كتائب حزب الله، في إشارة إلى الفصيل المنضوي ضمن الحشد الشعبي والمدعوم من إيران.",
			not:  []string{"militia:pmf" + bckBy + "country:iran"}},
		{name: "town and its province with a relative clause between dashes",
			text: "وطالت الغارات مواقع في ناحية جرف الصخر -التي يطلق عليها الحشد اسم جرف النصر- شمالي محافظة بابل.",
			want: []string{"city:jurf-al-sakhar" + locIn + "city:babil"}},
		{name: "town and its province with an aside between en dashes",
			text: "وسقطت القذائف على بلدة الطيبة – التي نزح سكانها منذ سنوات – جنوبي محافظة إدلب.",
			want: []string{"city:طيبه" + locIn + "city:idlib"}},
		{name: "control: a dash clause that runs to the end places nothing",
			text: "وسقطت القذائف على بلدة الطيبة -التي نزح سكانها منذ سنوات، وقرب محافظة إدلب.",
			not:  []string{"city:طيبه" + locIn + "city:idlib"}},
		{name: "minister of the region's portfolio, region's government named",
			text: "وقال وزير داخلية الإقليم ريبر أحمد إن الجناة معروفون. وطالبت حكومة إقليم كردستان بغداد بالتحرك.",
			want: []string{"official:reber-ahmed " + model.RelMemberOf + " org:krg"}},
		{name: "control: the region's government not named",
			text: "وقال وزير داخلية الإقليم ريبر أحمد إن الجناة معروفون.",
			not:  []string{"official:reber-ahmed " + model.RelMemberOf + " org:krg"}},
		{name: "control: a body backed directly",
			text: "وقال إن الحشد الشعبي المدعوم من إيران رفض القرار.",
			want: []string{"militia:pmf" + bckBy + "country:iran"}},
	})
}
