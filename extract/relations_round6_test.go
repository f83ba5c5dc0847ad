package extract_test

import "testing"

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
