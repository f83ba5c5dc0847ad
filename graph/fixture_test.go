package graph

import (
	"slices"
	"sort"

	"github.com/nisba/nisba/model"
)

// Hand-written fixture (our own Arabic, fictional places and people): two
// articles report one drone attack on a base, with a claim, an official's
// accusation, a retaliation and a backing chain militia → IRGC → Iran.
// Strings are hostile on purpose: quotes, backslashes, line breaks, tabs,
// angle brackets, bidi marks and control characters.
const (
	art1        = "art-2024-001"
	art2        = "art-2024-002"
	art3        = "art-2024-003"
	baseXID     = "base:wadi-akhdar"
	militiaXID  = "militia:saraya-al-fajr"
	irgcXID     = "militia:irgc"
	iranXID     = "country:iran"
	usXID       = "force:us-forces"
	officialXID = "official:samer-khatib"
	monitorXID  = "organization:مرصد-الرقابة"
	townXID     = "city:nakheel"
	syriaXID    = "country:syria"
	attackXID   = "attack:base:wadi-akhdar:2024-01-09"
	retalXID    = "retaliation:force:us-forces:2024-01-12:1"
	// hostileXID needs a hashed blank node label.
	hostileXID = `organization:قناة "الخبر"/عاجل <1>`
)

const hostile = "قال \"المتحدث\" إن \\ الهجوم\nوقع\tفجراً <ليلاً> \u200fيوم\u0001 الثلاثاء \u202bنص\u202c 🚀"

func ev(article string, start, end int, sentence string) model.Evidence {
	return model.Evidence{Article: article, Start: start, End: end, Sentence: sentence}
}

// fixtureDoc is the two-article document.
func fixtureDoc() *model.Document {
	s1 := ev(art1, 0, 48, "استهدفت طائرة مسيّرة قاعدة الوادي الأخضر فجر أمس.")
	s2 := ev(art1, 49, 120, hostile)
	s3 := ev(art2, 10, 70, "وأعلنت سرايا الفجر مسؤوليتها عن الهجوم على القاعدة.")
	return &model.Document{
		Articles: []model.Article{
			{ID: art1, Published: "2024-01-10", Outlet: "وكالة الأنباء التجريبية", URL: "https://example.org/a?x=1&y=\"2\"",
				Title: "هجوم بطائرة مسيّرة على قاعدة <الوادي>", Hash: "ab12", Notes: []string{"encoding: windows-1256", "html stripped"}},
			{ID: art2, Published: "2024-01-12", Outlet: "صحيفة المثال", Title: "سرايا الفجر تتبنى"},
		},
		Entities: []model.Entity{
			{ID: baseXID, Type: model.TypeBase, Name: "قاعدة الوادي الأخضر", NameEn: "Green Valley base",
				Aliases: []string{"الوادي الأخضر", "قاعدة الوادي"}, Location: &model.Point{Lat: 34.5, Lon: 40.25}, Evidence: []model.Evidence{s1}},
			{ID: militiaXID, Type: model.TypeMilitia, Name: "سرايا الفجر", Aliases: []string{"سرايا \"الفجر\"\\"}, Evidence: []model.Evidence{s3}},
			{ID: irgcXID, Type: model.TypeMilitia, Name: "الحرس الثوري", NameEn: "IRGC", Aliases: []string{"الحرس الثوري الإيراني"}},
			{ID: iranXID, Type: model.TypeCountry, Name: "إيران", NameEn: "Iran"},
			{ID: usXID, Type: model.TypeForce, Name: "القوات الأمريكية", Aliases: []string{"القوات الأميركية"}},
			{ID: officialXID, Type: model.TypeOfficial, Name: "سامر الخطيب", Aliases: []string{"الخطيب"}},
			{ID: monitorXID, Type: model.TypeOrganization, Name: "مرصد الرقابة"},
			{ID: hostileXID, Type: model.TypeOrganization, Name: hostile, Aliases: []string{"\u200f<tag>\u200e", "a\r\nb"}},
			{ID: townXID, Type: model.TypeCity, Name: "بلدة النخيل", Location: &model.Point{Lat: 34.75, Lon: 40.5}},
			{ID: syriaXID, Type: model.TypeCountry, Name: "سورية", Aliases: []string{"سوريا"}},
		},
		Attacks: []model.Attack{{
			ID: attackXID, Target: baseXID, Date: model.Day("2024-01-09"), DateText: "فجر أمس",
			Weapons: []string{"drone", "rocket"}, Munitions: 3, Attackers: []string{militiaXID}, LaunchedFrom: []string{townXID},
			Status: model.StatusCarriedOut, Damage: "أضرار \"طفيفة\"", Casualties: "لا إصابات",
			Articles: []string{art1, art2},
			Attributions: []model.Attribution{
				{Accused: militiaXID, Stance: model.StanceClaimed, Evidence: []model.Evidence{s3}},
				{Accused: irgcXID, Claimant: officialXID, Stance: model.StanceAsserted, Evidence: []model.Evidence{s2}},
				{ID: "attr-monitor", Accused: militiaXID, Claimant: hostileXID, Stance: model.StanceLikely},
			},
			Evidence: []model.Evidence{s1, s2},
		}},
		Retaliations: []model.Retaliation{{
			ID: retalXID, Actor: usXID, Targets: []string{militiaXID, townXID}, Date: model.Day("2024-01-12"),
			DateText: "الجمعة", Weapons: []string{"airstrike"}, RespondsTo: model.Day(attackXID), Articles: []string{art2},
			Evidence: []model.Evidence{ev(art2, 71, 130, "وردّت القوات الأمريكية بغارات على مواقع الفصيل.")},
		}},
		Relations: []model.Relation{
			{From: militiaXID, Type: model.RelBackedBy, To: irgcXID, Evidence: []model.Evidence{s2}},
			{From: irgcXID, Type: model.RelBackedBy, To: iranXID},
			{From: officialXID, Type: model.RelSpokespersonOf, To: usXID},
			{From: baseXID, Type: model.RelLocatedIn, To: syriaXID},
			{From: townXID, Type: model.RelLocatedIn, To: syriaXID},
			{From: militiaXID, Type: "allied_with", To: irgcXID},
		},
	}
}

// overlapDoc is a third article on the same attack: one new article, one new
// weapon, one new alias, one new attribution.
func overlapDoc() *model.Document {
	return &model.Document{
		Articles: []model.Article{{ID: art3, Published: "2024-01-15", Outlet: "موقع ثالث"}},
		Entities: []model.Entity{
			{ID: baseXID, Type: model.TypeBase, Name: "قاعدة الوادي الأخضر", Aliases: []string{"الوادي الأخضر", "موقع الوادي"}},
			{ID: militiaXID, Type: model.TypeMilitia, Name: "سرايا الفجر"},
			{ID: monitorXID, Type: model.TypeOrganization, Name: "مرصد الرقابة"},
		},
		Attacks: []model.Attack{{
			ID: attackXID, Target: baseXID, Date: model.Day("2024-01-09"), Weapons: []string{"drone", "missile"},
			Attackers: []string{}, Status: model.StatusCarriedOut, Articles: []string{art3},
			Attributions: []model.Attribution{{Accused: militiaXID, Claimant: monitorXID, Stance: model.StanceSuspected}},
		}},
	}
}

// normalize fills defaults and sorts every list, so that documents that mean
// the same graph compare equal.
func normalize(d *model.Document) *model.Document {
	out := *d
	out.Articles = append([]model.Article(nil), d.Articles...)
	for i := range out.Articles {
		out.Articles[i].Notes = sortedCopy(out.Articles[i].Notes)
	}
	out.Entities = append([]model.Entity(nil), d.Entities...)
	for i := range out.Entities {
		e := &out.Entities[i]
		e.Aliases = sortedCopy(e.Aliases)
		e.Evidence = sortEvidence(e.Evidence)
	}
	out.Attacks = append([]model.Attack(nil), d.Attacks...)
	for i := range out.Attacks {
		normalizeAttack(&out.Attacks[i])
	}
	out.Retaliations = append([]model.Retaliation(nil), d.Retaliations...)
	for i := range out.Retaliations {
		r := &out.Retaliations[i]
		r.Targets, r.Weapons, r.Articles = sortedCopy(r.Targets), sortedCopy(r.Weapons), sortedCopy(r.Articles)
		r.Evidence = sortEvidence(r.Evidence)
	}
	out.Relations = append([]model.Relation(nil), d.Relations...)
	for i := range out.Relations {
		out.Relations[i].Evidence = sortEvidence(out.Relations[i].Evidence)
	}
	out.Sort()
	return &out
}

func normalizeAttack(a *model.Attack) {
	a.Weapons, a.Attackers = sortedCopy(a.Weapons), sortedCopy(a.Attackers)
	a.LaunchedFrom, a.Articles = sortedCopy(a.LaunchedFrom), sortedCopy(a.Articles)
	a.Evidence = sortEvidence(a.Evidence)
	ats := append([]model.Attribution(nil), a.Attributions...)
	for i := range ats {
		ats[i].ID = AttributionXID(a.ID, ats[i])
		ats[i].Evidence = sortEvidence(ats[i].Evidence)
	}
	sort.Slice(ats, func(i, j int) bool { return ats[i].ID < ats[j].ID })
	a.Attributions = ats
}

// sortedCopy returns a sorted copy without repeats (graph lists are sets);
// empty lists become nil.
func sortedCopy(s []string) []string {
	if len(s) == 0 {
		return nil
	}
	out := append([]string(nil), s...)
	sort.Strings(out)
	return slices.Compact(out)
}

func sortEvidence(es []model.Evidence) []model.Evidence {
	if len(es) == 0 {
		return nil
	}
	out := append([]model.Evidence(nil), es...)
	sort.Slice(out, func(i, j int) bool {
		if out[i].Article != out[j].Article {
			return out[i].Article < out[j].Article
		}
		if out[i].Start != out[j].Start {
			return out[i].Start < out[j].Start
		}
		return out[i].End < out[j].End
	})
	return slices.Compact(out)
}
