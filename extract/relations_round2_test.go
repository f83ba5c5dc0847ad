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

// TestLocatedRound2 checks containers past a Latin or Arabic gloss, a
// state adjective or an owner, "بريف مدينة Y", a list after "بينها", an
// anaphor with "الواقعة في", and that a valley holds no base.
func TestLocatedRound2(t *testing.T) {
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

// TestBackingRound2 checks a backer given in an apposition that describes
// the group, a part_of given with a superlative, and that a group named
// before "إن" is not the subject of a backing word after it.
func TestBackingRound2(t *testing.T) {
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
