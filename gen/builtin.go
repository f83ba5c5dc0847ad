package gen

import "github.com/nisba/nisba/model"

// entity is one thing the generator can mention. In and Country locate a
// base or a city; Of is the body an official speaks for; Backer is the
// country that backs an armed group.
type entity struct {
	ID, Type, Name, NameEn string
	Aliases                []string
	Fem                    bool // grammatical gender of the name, for verb agreement
	In, Country            string
	Of, Role               string // Role: "المتحدث باسم", "قائد", ...
	Backer                 string
	Side                   string // a force's state: the one it is part of, or the one leading its coalition
	Media                  bool   // an outlet that can be quoted
}

// builtin is the generator's own small gazetteer. Lexicon entries take
// precedence; these fill in kinds the lexicon does not (yet) cover, so that
// the generator works on any lexicon.
func builtin() []entity {
	var out []entity
	out = append(out, builtinPlaces()...)
	out = append(out, builtinBases()...)
	out = append(out, builtinArmed()...)
	out = append(out, builtinPeople()...)
	return out
}

func builtinPlaces() []entity {
	c, t := model.TypeCountry, model.TypeCity
	return []entity{
		{ID: "country:syria", Type: c, Name: "سوريا", NameEn: "Syria", Aliases: []string{"سورية"}, Fem: true},
		{ID: "country:iraq", Type: c, Name: "العراق", NameEn: "Iraq"},
		{ID: "country:jordan", Type: c, Name: "الأردن", NameEn: "Jordan"},
		{ID: "country:iran", Type: c, Name: "إيران", NameEn: "Iran", Fem: true},
		{ID: "country:united-states", Type: c, Name: "الولايات المتحدة", NameEn: "United States", Fem: true},
		{ID: "city:deir-ez-zor", Type: t, Name: "دير الزور", NameEn: "Deir ez-Zor", Country: "country:syria"},
		{ID: "city:mayadin", Type: t, Name: "الميادين", NameEn: "Mayadin", Country: "country:syria"},
		{ID: "city:bukamal", Type: t, Name: "البوكمال", NameEn: "Abu Kamal", Aliases: []string{"أبو كمال"}, Country: "country:syria"},
		{ID: "city:hasakah", Type: t, Name: "الحسكة", NameEn: "Hasakah", Country: "country:syria"},
		{ID: "city:shaddadi", Type: t, Name: "الشدادي", NameEn: "Shaddadi", Country: "country:syria"},
		{ID: "city:homs-desert", Type: t, Name: "بادية حمص", NameEn: "Homs desert", Country: "country:syria"},
		{ID: "city:qaim", Type: t, Name: "القائم", NameEn: "Al-Qaim", Country: "country:iraq"},
		{ID: "city:anbar", Type: t, Name: "الأنبار", NameEn: "Anbar", Aliases: []string{"محافظة الأنبار"}, Country: "country:iraq"},
		{ID: "city:erbil", Type: t, Name: "أربيل", NameEn: "Erbil", Country: "country:iraq"},
		{ID: "city:baghdad", Type: t, Name: "بغداد", NameEn: "Baghdad", Country: "country:iraq"},
		{ID: "city:jurf-al-sakhar", Type: t, Name: "جرف الصخر", NameEn: "Jurf al-Sakhar", Country: "country:iraq"},
		{ID: "city:ruwayshid", Type: t, Name: "الرويشد", NameEn: "Ruwaished", Country: "country:jordan"},
	}
}

func builtinBases() []entity {
	b := model.TypeBase
	return []entity{
		{ID: "base:ain-al-asad", Type: b, Name: "عين الأسد", NameEn: "Ain al-Asad air base", Aliases: []string{"قاعدة عين الأسد الجوية"}, Fem: true, In: "city:anbar", Country: "country:iraq"},
		{ID: "base:al-tanf", Type: b, Name: "التنف", NameEn: "Al-Tanf garrison", Aliases: []string{"حامية التنف"}, Country: "country:syria"},
		{ID: "base:omar-field", Type: b, Name: "حقل العمر", NameEn: "Al-Omar oil field base", Aliases: []string{"حقل العمر النفطي"}, In: "city:deir-ez-zor", Country: "country:syria"},
		{ID: "base:conoco-field", Type: b, Name: "حقل كونيكو", NameEn: "Conoco gas field base", Aliases: []string{"كونيكو", "حقل كونيكو للغاز"}, In: "city:deir-ez-zor", Country: "country:syria"},
		{ID: "base:harir", Type: b, Name: "حرير", NameEn: "Harir air base", Aliases: []string{"قاعدة حرير الجوية"}, In: "city:erbil", Country: "country:iraq"},
		{ID: "base:victory", Type: b, Name: "فيكتوري", NameEn: "Camp Victory", Aliases: []string{"معسكر فيكتوري"}, In: "city:baghdad", Country: "country:iraq"},
		{ID: "base:tower-22", Type: b, Name: "البرج 22", NameEn: "Tower 22", Aliases: []string{"موقع البرج 22"}, In: "city:ruwayshid", Country: "country:jordan"},
		{ID: "base:qasrak", Type: b, Name: "قسرك", NameEn: "Qasrak base", In: "city:hasakah", Country: "country:syria"},
		{ID: "base:rumeilan", Type: b, Name: "رميلان", NameEn: "Rmeilan base", Aliases: []string{"مطار رميلان"}, In: "city:hasakah", Country: "country:syria"},
		{ID: "base:tal-baydar", Type: b, Name: "تل بيدر", NameEn: "Tal Baydar base", In: "city:hasakah", Country: "country:syria"},
		{ID: "base:green-village", Type: b, Name: "القرية الخضراء", NameEn: "Green Village", Fem: true, In: "city:deir-ez-zor", Country: "country:syria"},
		{ID: "base:erbil-airport", Type: b, Name: "مطار أربيل الدولي", NameEn: "Erbil airport base", Aliases: []string{"قاعدة مطار أربيل"}, In: "city:erbil", Country: "country:iraq"},
	}
}

func builtinArmed() []entity {
	m, f := model.TypeMilitia, model.TypeForce
	return []entity{
		{ID: "militia:kataib-hezbollah", Type: m, Name: "كتائب حزب الله", NameEn: "Kataib Hezbollah", Aliases: []string{"حزب الله العراقي"}, Fem: true, Backer: "country:iran"},
		{ID: "militia:nujaba", Type: m, Name: "حركة النجباء", NameEn: "Harakat al-Nujaba", Aliases: []string{"النجباء", "حركة حزب الله النجباء"}, Fem: true, Backer: "country:iran"},
		{ID: "militia:kataib-sayyid-al-shuhada", Type: m, Name: "كتائب سيد الشهداء", NameEn: "Kataib Sayyid al-Shuhada", Fem: true, Backer: "country:iran"},
		{ID: "militia:islamic-resistance-in-iraq", Type: m, Name: "المقاومة الإسلامية في العراق", NameEn: "Islamic Resistance in Iraq", Fem: true},
		{ID: "militia:asaib-ahl-al-haq", Type: m, Name: "عصائب أهل الحق", NameEn: "Asaib Ahl al-Haq", Aliases: []string{"العصائب"}, Fem: true, Backer: "country:iran"},
		{ID: "militia:irgc", Type: m, Name: "الحرس الثوري الإيراني", NameEn: "IRGC", Aliases: []string{"الحرس الثوري"}},
		{ID: "militia:fatemiyoun", Type: m, Name: "لواء فاطميون", NameEn: "Liwa Fatemiyoun", Aliases: []string{"فاطميون"}, Backer: "country:iran"},
		{ID: "militia:isis", Type: m, Name: "تنظيم داعش", NameEn: "Islamic State", Aliases: []string{"داعش", "تنظيم الدولة الإسلامية"}},
		{ID: "force:us-forces", Type: f, Name: "القوات الأمريكية", NameEn: "US forces", Aliases: []string{"القوات الأميركية", "الجيش الأمريكي"}, Fem: true},
		{ID: "force:coalition", Type: f, Name: "التحالف الدولي", NameEn: "International coalition", Aliases: []string{"قوات التحالف الدولي", "التحالف الدولي لمحاربة داعش"}},
		{ID: "force:iraqi-army", Type: f, Name: "الجيش العراقي", NameEn: "Iraqi army", Aliases: []string{"القوات العراقية"}},
	}
}

func builtinPeople() []entity {
	o, p := model.TypeOrganization, model.TypeOfficial
	spoke := "المتحدث باسم"
	return []entity{
		{ID: "org:pentagon", Type: o, Name: "البنتاغون", NameEn: "Pentagon", Aliases: []string{"وزارة الدفاع الأمريكية"}},
		{ID: "org:centcom", Type: o, Name: "القيادة المركزية الأمريكية", NameEn: "CENTCOM", Aliases: []string{"سنتكوم"}, Fem: true},
		{ID: "org:sohr", Type: o, Name: "المرصد السوري لحقوق الإنسان", NameEn: "SOHR", Aliases: []string{"المرصد السوري"}},
		{ID: "org:security-media-cell", Type: o, Name: "خلية الإعلام الأمني", NameEn: "Security Media Cell", Fem: true},
		{ID: "org:reuters", Type: o, Name: "رويترز", NameEn: "Reuters", Aliases: []string{"وكالة رويترز"}, Fem: true, Media: true},
		{ID: "org:afp", Type: o, Name: "فرانس برس", NameEn: "AFP", Aliases: []string{"وكالة فرانس برس"}, Fem: true, Media: true},
		{ID: "org:ap", Type: o, Name: "أسوشيتد برس", NameEn: "Associated Press", Aliases: []string{"وكالة أسوشيتد برس"}, Fem: true, Media: true},
		{ID: "org:ina", Type: o, Name: "وكالة الأنباء العراقية", NameEn: "Iraqi News Agency", Aliases: []string{"واع"}, Fem: true, Media: true},
		{ID: "official:john-kirby", Type: p, Name: "جون كيربي", NameEn: "John Kirby", Aliases: []string{"كيربي"}, Of: "org:pentagon", Role: spoke},
		{ID: "official:pat-ryder", Type: p, Name: "بات رايدر", NameEn: "Pat Ryder", Aliases: []string{"رايدر"}, Of: "org:pentagon", Role: spoke},
		{ID: "official:sabrina-singh", Type: p, Name: "سابرينا سينغ", NameEn: "Sabrina Singh", Aliases: []string{"سينغ"}, Fem: true, Of: "org:pentagon", Role: "نائبة المتحدث باسم"},
		{ID: "official:yehia-rasool", Type: p, Name: "يحيى رسول", NameEn: "Yehia Rasool", Of: "force:iraqi-army", Role: spoke},
		{ID: "official:kazem-fartousi", Type: p, Name: "كاظم الفرطوسي", NameEn: "Kazem al-Fartousi", Aliases: []string{"الفرطوسي"}, Of: "militia:kataib-sayyid-al-shuhada", Role: spoke},
		{ID: "official:rami-abdulrahman", Type: p, Name: "رامي عبد الرحمن", NameEn: "Rami Abdulrahman", Of: "org:sohr", Role: "مدير"},
		{ID: "official:wayne-marotto", Type: p, Name: "واين ماروتو", NameEn: "Wayne Marotto", Aliases: []string{"ماروتو"}, Of: "force:coalition", Role: spoke},
	}
}
