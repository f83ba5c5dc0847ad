package extract

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/nisba/nisba/extract/arabic"
	"github.com/nisba/nisba/extract/dates"
	"github.com/nisba/nisba/extract/lexicon"
	"github.com/nisba/nisba/model"
)

// Resolver merges per-article results into one document: one entity per id
// (short names folded into full ones), one attack per base and day, one
// retaliation per actor, day and targets. The output does not depend on the
// order of Add calls. It is safe for concurrent Add.
type Resolver struct {
	lex     *lexicon.Lexicon
	x       *Extractor
	mu      sync.Mutex
	results []*Result
}

// NewResolver returns an empty resolver.
func NewResolver(lex *lexicon.Lexicon) *Resolver { return &Resolver{lex: lex, x: &Extractor{lex: lex}} }

// Add adds one article's result. A nil result is ignored.
func (r *Resolver) Add(res *Result) {
	if res == nil {
		return
	}
	r.mu.Lock()
	r.results = append(r.results, res)
	r.mu.Unlock()
}

// Document resolves everything added so far.
func (r *Resolver) Document() *model.Document {
	r.mu.Lock()
	results := append([]*Result(nil), r.results...)
	r.mu.Unlock()
	sort.SliceStable(results, func(i, j int) bool { return results[i].Article.ID < results[j].Article.ID })
	doc := &model.Document{Articles: []model.Article{}, Entities: []model.Entity{}, Attacks: []model.Attack{},
		Retaliations: []model.Retaliation{}, Relations: []model.Relation{}}
	for _, res := range results {
		doc.Articles = append(doc.Articles, res.Article)
	}
	ents, remap := mergeEntities(results)
	doc.Entities = ents
	published := map[string]string{}
	for _, res := range results {
		published[res.Article.ID] = res.Article.Published
	}
	attacks, attackIDs := mergeAttacks(results, remap, published)
	doc.Attacks = attacks
	attackDays := map[string]string{}
	for _, at := range attacks {
		if at.Date != nil {
			attackDays[at.ID] = *at.Date
		}
	}
	doc.Retaliations = mergeRetaliations(results, remap, attackIDs, attackDays, published, r.x.sameActor, r.x.sameSide)
	doc.Relations = mergeRelations(results, remap)
	doc.Sort()
	return doc
}

// mergeEntities unions entities by id, then folds one-word officials into
// the one official whose surname they are. It returns the entities and the
// id remapping.
func mergeEntities(results []*Result) ([]model.Entity, map[string]string) {
	byID := map[string]*model.Entity{}
	var ids []string
	for _, res := range results {
		for _, e := range res.Entities {
			old := byID[e.ID]
			if old == nil {
				c := e
				c.Aliases = append([]string(nil), e.Aliases...)
				c.Evidence = append([]model.Evidence(nil), e.Evidence...)
				byID[e.ID] = &c
				ids = append(ids, e.ID)
				continue
			}
			old.Aliases = append(old.Aliases, e.Name)
			old.Aliases = append(old.Aliases, e.Aliases...)
			if len(old.Evidence) < 5 {
				old.Evidence = append(old.Evidence, e.Evidence...)
			}
		}
	}
	remap := surnameRemap(byID)
	for _, more := range []map[string]string{headRemap(byID), spacingRemap(byID)} {
		for from, to := range more {
			if _, done := remap[from]; !done {
				remap[from] = to
			}
		}
	}
	for _, res := range results {
		for _, p := range res.sameBases {
			from, to := p[0], mapID(remap, p[1])
			if _, done := remap[from]; !done && from != to && byID[to] != nil {
				remap[from] = to // "قاعدة X (Y)" in one article: Y is X in all
			}
		}
	}
	for from, to := range remap {
		if t, f := byID[to], byID[from]; t != nil && f != nil {
			t.Aliases = append(t.Aliases, f.Name)
			t.Aliases = append(t.Aliases, f.Aliases...)
		}
	}
	sort.Strings(ids)
	out := make([]model.Entity, 0, len(ids))
	for _, id := range ids {
		if _, gone := remap[id]; gone {
			continue
		}
		e := byID[id]
		e.Aliases = mergeAliases(e.Name, e.Aliases, nil)
		out = append(out, *e)
	}
	return out, remap
}

// surnameRemap maps a discovered one-word official to the unique
// multi-word official whose last word it is.
func surnameRemap(byID map[string]*model.Entity) map[string]string {
	last := map[string][]string{}
	for id, e := range byID {
		if e.Type != model.TypeOfficial {
			continue
		}
		if w := strings.Fields(arabic.Key(e.Name)); len(w) >= 2 {
			last[w[len(w)-1]] = append(last[w[len(w)-1]], id)
		}
	}
	remap := map[string]string{}
	for id, e := range byID {
		if e.Type != model.TypeOfficial || !strings.HasPrefix(id, "official:") {
			continue
		}
		if w := strings.Fields(arabic.Key(e.Name)); len(w) == 1 && len(last[w[0]]) == 1 {
			remap[id] = last[w[0]][0]
		}
	}
	return remap
}

// spacingRemap maps a discovered entity to another of its type whose name
// differs only by the spaces between its parts, and a final ه or ة before
// a space: "قوره تو" and "قورتو" are one town, as are "معسكر قوره تو" and
// "معسكر قورتو". The one with more evidence (then the smaller id) stays.
// A discovered id is its type and its name's key with "-" for spaces.
func spacingRemap(byID map[string]*model.Entity) map[string]string {
	groups := map[string][]string{}
	for id := range byID {
		if arabicID(id) {
			k := strings.ReplaceAll(strings.ReplaceAll(id, "ه-", ""), "-", "")
			groups[k] = append(groups[k], id)
		}
	}
	remap := map[string]string{}
	for _, ids := range groups {
		if len(ids) < 2 {
			continue
		}
		sort.Slice(ids, func(i, j int) bool {
			a, b := byID[ids[i]], byID[ids[j]]
			if len(a.Evidence) != len(b.Evidence) {
				return len(a.Evidence) > len(b.Evidence)
			}
			return ids[i] < ids[j]
		})
		for _, id := range ids[1:] {
			remap[id] = ids[0]
		}
	}
	return remap
}

// groupHeads are the words a group's name may open with and also go
// without: "جماعة جيش المختار" is "جيش المختار".
var groupHeads = []string{"جماعه", "حركه", "مجموعه", "ميليشيا", "مليشيا", "تنظيم", "فصيل"}

// headRemap maps a discovered armed group named with a head word before
// a name that is itself a discovered group ("جماعة جيش المختار") to that
// group ("جيش المختار").
func headRemap(byID map[string]*model.Entity) map[string]string {
	remap := map[string]string{}
	for id, e := range byID {
		if e.Type != model.TypeMilitia || !arabicID(id) {
			continue
		}
		for _, h := range groupHeads {
			rest, ok := strings.CutPrefix(id, "militia:"+h+"-")
			if to := "militia:" + rest; ok && byID[to] != nil {
				remap[id] = to
			}
		}
	}
	return remap
}

// arabicID reports an id the extractor made from an Arabic name, not one
// of the lexicon's.
func arabicID(id string) bool {
	return strings.ContainsFunc(id, arabic.IsArabicLetter)
}

func mapID(remap map[string]string, id string) string {
	if to, ok := remap[id]; ok {
		return to
	}
	return id
}

func mapIDs(remap map[string]string, ids []string) []string {
	out := []string{}
	for _, id := range ids {
		out = addIDs(out, mapID(remap, id))
	}
	return out
}

// mergeAttacks makes one attack per (target, day); an undated attack joins
// the one dated attack on its base that its article, published a day or two
// later, most likely reports. It returns the attacks and the old->new ids.
func mergeAttacks(results []*Result, remap map[string]string, published map[string]string) ([]model.Attack, map[string]string) {
	byID := map[string]*model.Attack{}
	var order []string
	ids := map[string]string{}
	var undated []model.Attack
	// keep adds an attack under its id, merging it into one already kept.
	keep := func(at model.Attack) {
		ids[at.ID] = at.ID
		if old := byID[at.ID]; old != nil {
			mergeAttack(old, at)
			return
		}
		c := at
		byID[at.ID] = &c
		order = append(order, at.ID)
	}
	renamed := map[string]string{} // an attack's id before its base was read as another -> after
	for _, res := range results {
		for _, at := range res.Attacks {
			id := at.ID
			if at = remapAttack(at, remap); at.ID != id {
				renamed[id] = at.ID
			}
			if at.Date == nil {
				undated = append(undated, at)
				continue
			}
			keep(at)
		}
	}
	for _, at := range undated {
		to := monthMatch(at, byID, order, published)
		if to == nil {
			to = yearMatch(at, byID, order, published)
		}
		if to == nil {
			to = windowMatch(at, byID, order, published)
		}
		if to == nil {
			to = recentMatch(at, byID, order, published)
		}
		if to == nil {
			to = dayMonthMatch(at, byID, order, published)
		}
		if to == nil {
			to = weekdayMatch(at, byID, order, published)
		}
		if to == nil {
			to = monthNameMatch(at, byID, order, published)
		}
		if to == nil {
			to = soleBeforeMatch(at, byID, order, published)
		}
		if to != nil {
			ids[at.ID] = to.ID
			mergeAttack(to, at)
			continue
		}
		keep(at)
	}
	for from, to := range renamed {
		ids[from] = ids[to]
	}
	sort.Slice(order, func(i, j int) bool { return model.IDLess(order[i], order[j]) })
	out := make([]model.Attack, 0, len(order))
	for _, id := range order {
		a := byID[id]
		sort.Strings(a.Articles)
		sort.Strings(a.Weapons)
		out = append(out, *a)
	}
	return out, ids
}

func remapAttack(at model.Attack, remap map[string]string) model.Attack {
	if to := mapID(remap, at.Target); to != at.Target {
		at.ID = "attack:" + to + strings.TrimPrefix(at.ID, "attack:"+at.Target) // a base read as another
		at.Target = to
	}
	at.Attackers = mapIDs(remap, at.Attackers)
	if at.LaunchedFrom != nil {
		at.LaunchedFrom = mapIDs(remap, at.LaunchedFrom)
	}
	attrs := []model.Attribution{}
	for _, x := range at.Attributions {
		x.Accused = mapID(remap, x.Accused)
		if x.Claimant != "" {
			x.Claimant = mapID(remap, x.Claimant)
		}
		x.ID = attributionID(at.ID, x)
		attrs = addAttribution(attrs, x)
	}
	at.Attributions = attrs
	return at
}

// windowMatch finds the one dated attack on at's base, told by another
// article, dated zero to two days before at's article was published (one to
// seven days when the article gives a vague date: "قبل أيام"، "الأسبوع
// الماضي").
func windowMatch(at model.Attack, byID map[string]*model.Attack, order []string, published map[string]string) *model.Attack {
	if len(at.Articles) == 0 {
		return nil
	}
	low, window := time.Duration(0), 48*time.Hour
	if at.DateText != "" {
		low, window = 24*time.Hour, 7*24*time.Hour // a vague past: not the day of publication
		if strings.Contains(arabic.Key(at.DateText), "اسبوع ماضي") {
			window = 13 * 24 * time.Hour // "الأسبوع الماضي": any day of the week before the one of publication
		}
	}
	pub, err := time.Parse("2006-01-02", published[at.Articles[0]])
	if err != nil {
		return nil
	}
	var found *model.Attack
	for _, id := range order {
		b := byID[id]
		if b.Target != at.Target || b.Date == nil {
			continue
		}
		d, err := time.Parse("2006-01-02", *b.Date)
		if err != nil {
			continue
		}
		if overlap(b.Articles, at.Articles) {
			continue // the article told them apart
		}
		if gap := pub.Sub(d); gap >= low && gap <= window {
			if found != nil {
				return nil
			}
			found = b
		}
	}
	return found
}

// monthMatch finds, for an attack its article dates only by a month ("في
// منتصف شباط الماضي"), the one dated attack on the same base in that
// month, told by another article.
func monthMatch(at model.Attack, byID map[string]*model.Attack, order []string, published map[string]string) *model.Attack {
	return periodMatch(at, byID, order, published, "month", "2006-01")
}

// yearMatch is monthMatch for an attack dated only by a year ("مطلع العام
// الماضي"، "عام 2020").
func yearMatch(at model.Attack, byID map[string]*model.Attack, order []string, published map[string]string) *model.Attack {
	return periodMatch(at, byID, order, published, "year", "2006")
}

// periodMatch finds, for an attack its article dates only by a period of
// the given precision, the one dated attack on the same base in that
// period (the first len(layout) bytes of its day), told by another article.
func periodMatch(at model.Attack, byID map[string]*model.Attack, order []string, published map[string]string, precision, layout string) *model.Attack {
	if len(at.Articles) == 0 || at.DateText == "" {
		return nil
	}
	m, ok := dates.Parse(at.DateText, published[at.Articles[0]])
	if !ok || m.Precision != precision || len(m.Day) < len(layout) {
		return nil
	}
	period := m.Day[:len(layout)]
	return soleDated(at, byID, order, func(day string) bool { return strings.HasPrefix(day, period) })
}

// soleDated is the one dated attack on at's base, told by another article,
// whose day keep accepts; nil when there is none or more than one.
func soleDated(at model.Attack, byID map[string]*model.Attack, order []string, keep func(day string) bool) *model.Attack {
	var found *model.Attack
	for _, id := range order {
		b := byID[id]
		if b.Target != at.Target || b.Date == nil || !keep(*b.Date) || overlap(b.Articles, at.Articles) {
			continue
		}
		if found != nil {
			return nil
		}
		found = b
	}
	return found
}

// soleBeforeMatch finds, for an attack its article tells with no time at
// all ("منذ الضربات التي أعقبت هجوم البرج 22"), the one dated attack on
// the same base, told by another article, in the year before the article
// was published (or, when there is none or more than one, in the two
// years before): the attack it names in passing.
func soleBeforeMatch(at model.Attack, byID map[string]*model.Attack, order []string, published map[string]string) *model.Attack {
	if len(at.Articles) == 0 || at.DateText != "" {
		return nil
	}
	pub := published[at.Articles[0]]
	if pub == "" {
		return nil
	}
	for _, back := range []int{-365, -730} {
		from := addDays(pub, back)
		if b := soleDated(at, byID, order, func(day string) bool { return day <= pub && day >= from }); b != nil {
			return b
		}
	}
	return nil
}

// weekdayMatch finds, for an attack of an article with no publication date
// that names only its weekday ("فجر الأحد الماضي"), the one dated attack on
// the same base told by another article on that weekday.
func weekdayMatch(at model.Attack, byID map[string]*model.Attack, order []string, published map[string]string) *model.Attack {
	if len(at.Articles) == 0 || published[at.Articles[0]] != "" || at.DateText == "" {
		return nil
	}
	day, ok := dates.Weekday(at.DateText)
	if !ok {
		return nil
	}
	anchors := articleDays(at.Articles[0], byID, order)
	return soleDated(at, byID, order, func(d string) bool {
		t, err := time.Parse("2006-01-02", d)
		return err == nil && t.Weekday() == day && !beforeLatest(t, anchors, 14*24*time.Hour)
	})
}

// articleDays are the days of the dated attacks article tells: when an
// article with no publication date names other attacks with their years,
// it was written after the latest of them, and its "السبت الماضي" is no
// Saturday long before that.
func articleDays(article string, byID map[string]*model.Attack, order []string) []time.Time {
	var out []time.Time
	for _, id := range order {
		b := byID[id]
		if b == nil || b.Date == nil || !slices.Contains(b.Articles, article) {
			continue
		}
		if t, err := time.Parse("2006-01-02", *b.Date); err == nil {
			out = append(out, t)
		}
	}
	return out
}

// beforeLatest reports t more than window before the latest of days.
func beforeLatest(t time.Time, days []time.Time, window time.Duration) bool {
	for _, d := range days {
		if d.Sub(t) > window {
			return true
		}
	}
	return false
}

// dayMonthMatch finds, for an attack of an article with no publication
// date that names a day of a month but no year ("فجر الأحد 28 كانون
// الثاني"), the one dated attack on the same base on that day of that
// month in any year (and on the weekday it names, if any), told by another
// article.
func dayMonthMatch(at model.Attack, byID map[string]*model.Attack, order []string, published map[string]string) *model.Attack {
	d := yearless(at, published, "day")
	if len(d) != len("2006-01-02") {
		return nil
	}
	md := d[len("2006-"):]
	wd, named := dates.Weekday(at.DateText)
	return soleDated(at, byID, order, func(day string) bool {
		if len(day) != len("2006-01-02") || day[len("2006-"):] != md {
			return false
		}
		t, err := time.Parse("2006-01-02", day)
		return err == nil && (!named || t.Weekday() == wd) // "الأحد 28 كانون الثاني": a Sunday, too
	})
}

// yearless reads the date words of an attack told by an article with no
// publication date that name no year ("أواخر حزيران"، "28 كانون الثاني")
// at the given precision: the day with a stand-in year (any publication
// day reads the month's number; its year is not the attack's), or "".
func yearless(at model.Attack, published map[string]string, precision string) string {
	if len(at.Articles) == 0 || published[at.Articles[0]] != "" || at.DateText == "" {
		return ""
	}
	if m, ok := dates.Parse(at.DateText, ""); ok && m.Day != "" {
		return "" // "حزيران 2020" names its year: monthMatch's
	}
	m, ok := dates.Parse(at.DateText, "2000-12-31")
	if !ok || m.Precision != precision {
		return ""
	}
	return m.Day
}

// monthNameMatch finds, for an attack of an article with no publication
// date that names only a month ("أواخر حزيران", no year), the one dated
// attack on the same base in that month of any year, told by another
// article.
func monthNameMatch(at model.Attack, byID map[string]*model.Attack, order []string, published map[string]string) *model.Attack {
	d := yearless(at, published, "month")
	if len(d) < len("2006-01") {
		return nil
	}
	month := d[len("2006-"):len("2006-01")]
	return soleDated(at, byID, order, func(day string) bool {
		return len(day) >= len("2006-01") && day[len("2006-"):len("2006-01")] == month
	})
}

// recallWindow is how far back a later article's undated mention of an
// attack on a base ("the attack on the base", "the Tower 22 attack") reaches.
const recallWindow = 45 * 24 * time.Hour

// recentMatch finds, for an attack its article names with no date at all,
// the latest dated attack on the same base told by another article and
// dated before that article's publication, within recallWindow: a later
// article that recalls "the attack" without its day means the last one.
func recentMatch(at model.Attack, byID map[string]*model.Attack, order []string, published map[string]string) *model.Attack {
	if len(at.Articles) == 0 || at.DateText != "" {
		return nil
	}
	pub, err := time.Parse("2006-01-02", published[at.Articles[0]])
	if err != nil {
		return nil
	}
	var found *model.Attack
	var foundDay time.Time
	for _, id := range order {
		b := byID[id]
		if b.Target != at.Target || b.Date == nil || overlap(b.Articles, at.Articles) {
			continue
		}
		d, err := time.Parse("2006-01-02", *b.Date)
		if err != nil {
			continue
		}
		if gap := pub.Sub(d); gap < 0 || gap > recallWindow {
			continue
		}
		if found == nil || d.After(foundDay) {
			found, foundDay = b, d
		}
	}
	return found
}

func mergeAttack(dst *model.Attack, src model.Attack) {
	dst.Articles = addIDs(dst.Articles, src.Articles...)
	for _, w := range src.Weapons {
		dst.Weapons = addIDs(dst.Weapons, w)
	}
	dst.Attackers = addIDs(dst.Attackers, src.Attackers...)
	if len(src.LaunchedFrom) > 0 {
		dst.LaunchedFrom = addIDs(dst.LaunchedFrom, src.LaunchedFrom...)
	}
	if dst.Munitions == 0 {
		dst.Munitions = src.Munitions
	}
	if dst.DateText == "" {
		dst.DateText = src.DateText
	}
	if dst.Damage == "" {
		dst.Damage = src.Damage
	}
	if dst.Casualties == "" {
		dst.Casualties = src.Casualties
	}
	if src.Status == model.StatusCarriedOut {
		dst.Status = model.StatusCarriedOut
	}
	for _, x := range src.Attributions {
		x.ID = attributionID(dst.ID, x)
		dst.Attributions = addAttribution(dst.Attributions, x)
	}
	if len(dst.Evidence) < 8 {
		dst.Evidence = append(dst.Evidence, src.Evidence...)
	}
}

// mergeRetaliations makes one retaliation per actor, day and targets; an
// undated one joins the one dated retaliation of its actor sharing a target.
func mergeRetaliations(results []*Result, remap, attackIDs, attackDays, published map[string]string, same, side func(a, b string) bool) []model.Retaliation {
	var all []*model.Retaliation
	for _, res := range results {
		for _, r := range res.Retaliations {
			c := r
			c.Actor = mapID(remap, c.Actor)
			c.Targets = mapIDs(remap, c.Targets)
			if c.RespondsTo != nil {
				id := attackIDs[*c.RespondsTo]
				if id == "" {
					id = *c.RespondsTo
				}
				c.RespondsTo = &id
			}
			all = append(all, &c)
		}
	}
	var kept []*model.Retaliation
	for _, r := range all {
		if into := retaliationMatch(r, kept, same, side); into != nil {
			mergeRetaliation(into, r)
			continue
		}
		kept = append(kept, r)
	}
	for _, r := range kept {
		if r.Date != nil {
			continue
		}
		var cand *model.Retaliation
		n := 0
		for _, d := range kept {
			// One article's strikes were already folded by the extractor: an
			// undated one it kept apart ("وسبق أن قصفت ...") is another strike.
			// A recall that answers the same attack joins however long after.
			if d.Date != nil && same(d.Actor, r.Actor) && !overlap(d.Articles, r.Articles) &&
				(overlap(d.Targets, r.Targets) && (within(published[r.Articles[0]], *d.Date, 30) || answersThen(r, d, attackDays)) || sameResponse(d, r)) {
				cand, n = d, n+1
			}
		}
		if n == 1 {
			mergeRetaliation(cand, r)
			r.ID = ""
		}
	}
	out := []model.Retaliation{}
	for _, r := range kept {
		if r.ID != "" {
			sort.Strings(r.Articles)
			out = append(out, *r)
		}
	}
	return renumber(out)
}

func retaliationMatch(r *model.Retaliation, kept []*model.Retaliation, same, side func(a, b string) bool) *model.Retaliation {
	if r.Date == nil {
		return nil
	}
	for _, d := range kept {
		if d.Date == nil || *d.Date != *r.Date {
			continue
		}
		if !same(d.Actor, r.Actor) {
			if side(d.Actor, r.Actor) && !overlap(d.Articles, r.Articles) && (overlap(d.Targets, r.Targets) || sameResponse(d, r)) {
				return d // "طائرات التحالف" in one outlet, "طائرات أميركية" in another: the day's strikes on the same targets, or in answer to the same attack
			}
			continue
		}
		if overlap(d.Targets, r.Targets) || len(d.Targets) == 0 && len(r.Targets) == 0 {
			return d
		}
		// Another outlet may name other targets of the same day's strikes,
		// but one actor often strikes twice in a day: without shared targets,
		// merge only when both answer the same attack or one names no target.
		if !overlap(d.Articles, r.Articles) && (sameResponse(d, r) || len(d.Targets) == 0 || len(r.Targets) == 0 || complementary(d.Targets, r.Targets)) {
			return d
		}
	}
	return nil
}

// complementary reports target lists of which one names only places and
// the other only groups: one outlet says where the strikes of the day fell
// ("في القائم والبوكمال"), another whom they hit ("مواقع للكتائب").
func complementary(a, b []string) bool {
	places := func(ts []string) (all, none bool) {
		all, none = true, true
		for _, t := range ts {
			p := strings.HasPrefix(t, "city:") || strings.HasPrefix(t, "country:")
			all, none = all && p, none && !p
		}
		return all, none
	}
	aAll, aNone := places(a)
	bAll, bNone := places(b)
	return aAll && bNone || aNone && bAll
}

// answersThen reports undated r answering a dated attack that dated d,
// answering none, followed within two days: "ردّت عليه واشنطن بغارات على
// مواقع في دير الزور", recalled months later, is the strikes another
// article dated the night after that attack.
func answersThen(r, d *model.Retaliation, attackDays map[string]string) bool {
	if r.RespondsTo == nil || d.RespondsTo != nil {
		return false
	}
	day := attackDays[*r.RespondsTo]
	return day != "" && within(*d.Date, day, 2)
}

// sameResponse reports whether both retaliations answer the same known attack.
func sameResponse(a, b *model.Retaliation) bool {
	return a.RespondsTo != nil && b.RespondsTo != nil && *a.RespondsTo == *b.RespondsTo
}

func mergeRetaliation(dst, src *model.Retaliation) {
	dst.Targets = addIDs(dst.Targets, src.Targets...)
	dst.Articles = addIDs(dst.Articles, src.Articles...)
	for _, w := range src.Weapons {
		dst.Weapons = addIDs(dst.Weapons, w)
	}
	if dst.RespondsTo == nil {
		dst.RespondsTo = src.RespondsTo
	}
	if dst.Date == nil {
		dst.Date, dst.DateText = src.Date, src.DateText
	}
	if len(dst.Evidence) < 8 {
		dst.Evidence = append(dst.Evidence, src.Evidence...)
	}
}

// renumber gives retaliations ids retaliation:<actor>:<date or article>:<n>.
func renumber(rs []model.Retaliation) []model.Retaliation {
	sort.SliceStable(rs, func(i, j int) bool { return rs[i].ID < rs[j].ID })
	count := map[string]int{}
	for i := range rs {
		key := rs[i].Articles[0]
		if rs[i].Date != nil {
			key = *rs[i].Date
		}
		base := "retaliation:" + rs[i].Actor + ":" + key
		count[base]++
		rs[i].ID = fmt.Sprintf("%s:%d", base, count[base])
	}
	return rs
}

// mergeRelations unions relations by (from, type, to).
func mergeRelations(results []*Result, remap map[string]string) []model.Relation {
	byKey := map[[3]string]*model.Relation{}
	var keys [][3]string
	for _, res := range results {
		for _, r := range res.Relations {
			r.From, r.To = mapID(remap, r.From), mapID(remap, r.To)
			if r.From == r.To {
				continue
			}
			k := [3]string{r.From, r.Type, r.To}
			if old := byKey[k]; old != nil {
				if len(old.Evidence) < 3 {
					old.Evidence = append(old.Evidence, r.Evidence...)
				}
				continue
			}
			c := r
			byKey[k] = &c
			keys = append(keys, k)
		}
	}
	out := make([]model.Relation, 0, len(keys))
	for _, k := range keys {
		out = append(out, *byKey[k])
	}
	return out
}

// within reports that an article published on pub (ISO day) came out zero to
// days days after day.
func within(pub, day string, days int) bool {
	p, err1 := time.Parse("2006-01-02", pub)
	d, err2 := time.Parse("2006-01-02", day)
	if err1 != nil || err2 != nil {
		return false
	}
	gap := p.Sub(d)
	return gap >= 0 && gap <= time.Duration(days)*24*time.Hour
}
