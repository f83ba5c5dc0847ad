package extract

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/nisba/nisba/extract/arabic"
	"github.com/nisba/nisba/extract/dates"
	"github.com/nisba/nisba/extract/lexicon"
	"github.com/nisba/nisba/extract/rules"
	"github.com/nisba/nisba/model"
)

// keyIndex holds Bloom filters over the keys of the extractor's word maps,
// so that the common token, which starts no name, is no trigger and no
// country adjective, is ruled out with a few bit tests instead of a string
// map lookup per reading.
type keyIndex struct {
	first, firstWeak, adj, trigger rules.Filter
	// names and weak hold the full keys Lookup and LookupWeak answer, so
	// that a window of words that names nothing costs no string.
	names, weak rules.Filter
	// start holds every key the filters recognize tries first test: the
	// group nouns and titles (first words and prefix heads), name first
	// words, triggers and adjectives. A token none of whose readings (Hash
	// or HeadHash) it may have starts no mention.
	start rules.Filter
	// places re-reads City entries: see placeIndex.
	places placeIndex
}

// placeIndex holds what the lexicon says about a City entry beyond its
// names, for placeReading.
type placeIndex struct {
	// desert maps a desert area named after a town (بادية البوكمال) to
	// the town: the annotation tells the area as the town.
	desert map[string]string
	// capital maps a capital to the state it stands for (أنقرة ->
	// country:turkey) when the state lists the capital's name among its
	// own names or weak aliases and is not one of the domestic states.
	capital map[string]string
	// region holds the vague areas (شمال سوريا، غرب الفرات، المثلث
	// الحدودي، البادية السورية): City entries whose name starts with a
	// compass word, the border triangle or the desert. The annotation never
	// requires them, so they are read and dropped.
	region map[string]bool
	// definite holds the (entry, key) pairs whose every one-word name of
	// that key has the article (الرقة، الباب): read without it, the word
	// is a common noun.
	definite map[entryKey]bool
	// named maps a town to the bases named after it (قاعدة الشدادي):
	// "قاعدة + the town's name" is one of their names.
	named map[string][]string
}

// newPlaceIndex builds the placeIndex of lex.
func newPlaceIndex(lex *lexicon.Lexicon, r *rules.Rules) placeIndex {
	domestic := r.Domestic // Damascus and Baghdad are where the stories happen
	p := placeIndex{desert: map[string]string{}, capital: map[string]string{}, named: map[string][]string{},
		region: map[string]bool{}, definite: map[entryKey]bool{}}
	if lex == nil {
		return p
	}
	for _, e := range lex.Entries() {
		p.addDefinite(e)
		if e.Type == model.TypeBase {
			p.addNamedBase(lex, e)
		}
		if e.Type != model.TypeCity {
			continue
		}
		if head, _, _ := strings.Cut(arabic.Fold(e.Name), " "); regionHead(head) {
			p.region[e.ID] = true
		}
		if rest, ok := strings.CutPrefix(arabic.Key(e.Name), "باديه "); ok {
			if town := cityNamed(lex, rest); town != nil && town.ID != e.ID {
				p.desert[e.ID] = town.ID
			}
		}
		for _, r := range e.Relations {
			c := lex.ByID(r.To)
			if r.Type == model.RelLocatedIn && c != nil && c.Type == model.TypeCountry && !domestic[c.ID] && namesKey(c, arabic.Key(e.Name)) {
				p.capital[e.ID] = c.ID
			}
		}
	}
	return p
}

// addNamedBase records base e under each town one of its names is
// "قاعدة + town name" of.
func (p *placeIndex) addNamedBase(lex *lexicon.Lexicon, e *lexicon.Entry) {
	for _, n := range e.Names() {
		head, rest, ok := strings.Cut(arabic.Key(n), " ")
		if !ok || head != "قاعده" {
			continue // مطار دمشق: the city is known for more than its airport
		}
		if town := cityNamed(lex, rest); town != nil && !slices.Contains(p.named[town.ID], e.ID) {
			p.named[town.ID] = append(p.named[town.ID], e.ID)
		}
	}
}

// entryKey is a lexicon entry with one key of its names.
type entryKey struct{ id, key string }

// addDefinite records the keys of e's one-word names that only ever have
// the article.
func (p *placeIndex) addDefinite(e *lexicon.Entry) {
	bare := map[string]bool{}
	for _, ns := range [][]string{e.Names(), e.WeakAliases} {
		for _, n := range ns {
			if strings.Contains(strings.TrimSpace(n), " ") {
				continue
			}
			k := arabic.Key(n)
			if strings.HasPrefix(arabic.Fold(n), "ال") {
				if !bare[k] {
					p.definite[entryKey{e.ID, k}] = true
				}
				continue
			}
			bare[k] = true
			delete(p.definite, entryKey{e.ID, k})
		}
	}
}

// regionHead reports the first word of a region's name.
func regionHead(w string) bool {
	switch w {
	case "شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي", "مثلث", "المثلث", "البادية":
		return true
	}
	return false
}

// cityNamed is the City entry with the name (or weak alias) key k, or nil.
func cityNamed(lex *lexicon.Lexicon, k string) *lexicon.Entry {
	for _, es := range [][]*lexicon.Entry{lex.Lookup(k), lex.LookupWeak(k)} {
		for _, e := range es {
			if e.Type == model.TypeCity {
				return e
			}
		}
	}
	return nil
}

// namesKey reports whether e has a name, alias or weak alias whose key is k.
func namesKey(e *lexicon.Entry, k string) bool {
	for _, n := range append(e.Names(), e.WeakAliases...) {
		if arabic.Key(n) == k {
			return true
		}
	}
	return false
}

// newKeyIndex builds the filters once, in New.
func newKeyIndex(x *Extractor) keyIndex {
	return keyIndex{
		first:     filterOf(x.first),
		firstWeak: filterOf(x.firstWeak),
		adj:       filterOf(x.adj),
		trigger:   filterOf(x.rules.Triggers),
		names:     nameFilter(x.lex, false),
		weak:      nameFilter(x.lex, true),
		start:     startFilter(x),
		places:    newPlaceIndex(x.lex, x.rules),
	}
}

// startFilter is keyIndex.start.
func startFilter(x *Extractor) rules.Filter {
	f := rules.NewFilter(len(x.first) + len(x.firstWeak) + len(x.adj) + len(x.rules.Triggers) +
		x.groupNoun.Len() + x.rules.Titles.Len() + 15)
	for _, m := range []map[string]int{x.first, x.firstWeak} {
		for k := range m {
			f.Add(arabic.KeyHash(k))
		}
	}
	for k := range x.adj {
		f.Add(arabic.KeyHash(k))
	}
	for k := range x.rules.Triggers {
		f.Add(arabic.KeyHash(k))
	}
	x.groupNoun.AddStarts(f)
	x.rules.Titles.AddStarts(f)
	for _, k := range []string{"مقر", "فرع", "مفرزه", "مبني", "لواء", "فوج", "فرقه", "كتيبه", "سريه", "وزاره", "اداره", "دائره", "هيئه", "مفوضيه", "شركه", "خارجيه", "دفاع", "داخليه"} {
		f.Add(arabic.KeyHash(k)) // numbered units and their headquarters (unitBase, unitArmed) and security branches (branchBase); government bodies (bodyOrg)
	}
	return f
}

// mayStart reports whether a mention may start at t: false when no
// reading passes idx.start, so recognize need try nothing there.
func (x *Extractor) mayStart(t *arabic.Token) bool {
	if f := x.factsOf(t); f != nil {
		return f.mayStart // asked once per word (fast.go)
	}
	return x.probeStart(t)
}

// nameFilter is a filter over the keys the lexicon indexes: arabic.Key of
// every name and alias (lexicon.Names), or of every weak alias.
func nameFilter(lex *lexicon.Lexicon, weak bool) rules.Filter {
	if lex == nil {
		return rules.Filter{} // may have anything
	}
	var keys []string
	for _, e := range lex.Entries() {
		names := e.Names()
		if weak {
			names = e.WeakAliases
		}
		for _, n := range names {
			keys = append(keys, arabic.Key(n))
		}
	}
	f := rules.NewFilter(len(keys))
	for _, k := range keys {
		f.Add(arabic.KeyHash(k))
	}
	return f
}

// windowHash is arabic.KeyHash(v.Key + " " + toks[j0].Key() + ...) over
// toks[j0:j1], without building the string.
func windowHash(v *arabic.Variant, toks []arabic.Token, j0, j1 int) uint64 {
	h := v.Hash()
	for j := j0; j < j1; j++ {
		h = arabic.KeyHashMore(arabic.KeyHashMore(h, " "), toks[j].Key())
	}
	return h
}

// windowHashes are the windowHash values of the windows of up to 9 words
// starting at one token, for each of its first 6 readings, computed in one
// pass over the window instead of one pass per length.
type windowHashes struct {
	ok bool
	h  [6][10]uint64 // reading, words
}

// fill computes the hashes of the windows toks[i:i+n] for n <= maxN, when
// they fit and there is more than one length.
func (w *windowHashes) fill(toks []arabic.Token, i, maxN int) {
	vs := toks[i].Variants
	w.ok = maxN > 1 && len(vs) <= len(w.h) && maxN < len(w.h[0])
	if !w.ok {
		return
	}
	for v := range vs {
		h := vs[v].Hash()
		w.h[v][1] = h
		for n := 1; n < maxN; n++ {
			h = arabic.KeyHashMore(arabic.KeyHashMore(h, " "), toks[i+n].Key())
			w.h[v][n+1] = h
		}
	}
}

// of is windowHash(&toks[i].Variants[v], toks, i+1, i+n).
func (w *windowHashes) of(toks []arabic.Token, i, v, n int) uint64 {
	if w.ok {
		return w.h[v][n]
	}
	return windowHash(&toks[i].Variants[v], toks, i+1, i+n)
}

// filterOf is a filter over the keys of m.
func filterOf[V any](m map[string]V) rules.Filter {
	f := rules.NewFilter(len(m))
	for k := range m {
		f.Add(arabic.KeyHash(k))
	}
	return f
}

// cueMatches are the matches of all cue sets in a sentence; they do not
// depend on mentions, so a sentence computes them once.
type cueMatches = rules.Hits

// matches are the cue matches of s, computed on first use.
func (a *article) matches(s *sentence) *cueMatches {
	if !s.hit {
		s.hits, s.hit = a.x.rules.Hits(s.toks), true
	}
	return &s.hits
}

// rolePositions are the token positions, in order, where one of the cue
// sets names matches: the only places a loop over them has work to do.
func (a *article) rolePositions(s *sentence, names []string) []int {
	h := a.matches(s)
	if h.Len() == 0 {
		return nil
	}
	// Of returns a fresh slice, in order and without repeats: one set's
	// positions are the answer as they are, only a merge needs sorting.
	var out []int
	merged := false
	for _, n := range names {
		p := h.Of(n)
		if len(p) == 0 {
			continue
		}
		if out == nil {
			out = p
			continue
		}
		out = append(out, p...)
		merged = true
	}
	if merged {
		slices.Sort(out)
		out = slices.Compact(out)
	}
	return out
}

// cueHits are the positions where cue set name matches in s outside
// entity mentions: what freeCues computes, from one pass over s for all
// sets instead of one pass per set. The slice is the caller's.
func (a *article) cueHits(s *sentence, name string) []int {
	h := a.matches(s)
	if h.Len() == 0 {
		return nil // the extractor's sets are all Load's, so none matches
	}
	switch name {
	case "denied":
		return a.freeCue(s, rules.CueDenied) // its neither-only filter lives there
	case "attack":
		return a.freeCue(s, rules.CueAttack) // its filter of verbs of taking lives there
	}
	return freeOnly(s, h.Of(name))
}

// freeCue is freeCues for the cue set of id (a constant, so no name is
// looked up).
func (a *article) freeCue(s *sentence, id rules.CueID) []int {
	h := a.matches(s)
	if h.Len() == 0 {
		return nil
	}
	switch id {
	case rules.CueDenied:
		return neitherOnly(s, freeOnly(s, h.OfCue(id)))
	case rules.CueAttack, rules.CueAttackVerbVso, rules.CueGroupVerb, rules.CuePerpetrate:
		return a.baseCaptures(s, freeOnly(s, h.OfCue(id)))
	case rules.CueAttackHabitual:
		ps := freeOnly(s, h.OfCue(id))
		out := ps[:0]
		for _, k := range ps {
			if !dualDays(s, k) { // "يومي الأربعاء والسبت": on two days, not daily
				out = append(out, k)
			}
		}
		if len(out) == 0 {
			return nil
		}
		return out
	}
	return freeOnly(s, h.OfCue(id))
}

// dualDays reports the dual "يومي" at k before a weekday: "يومي الأربعاء
// والسبت" names two days; "قصف يومي" is daily.
func dualDays(s *sentence, k int) bool {
	if s.toks[k].Key() != "يومي" || k+1 >= len(s.toks) {
		return false
	}
	_, ok := dates.Weekday(s.toks[k+1].Surface)
	return ok
}

// baseCaptures drops from ps, positions of attack words or verbs, the
// verbs of taking a site whose object is no base: "سيطرت الفصائل على مدينة
// منبج" tells no attack, "سيطرت الفصائل على مطار منغ" does.
func (a *article) baseCaptures(s *sentence, ps []int) []int {
	capture := a.x.rules.Cue(rules.CueCapture)
	taking := false
	for _, p := range ps {
		if capture.Has(&s.toks[p]) {
			taking = true
			break
		}
	}
	if !taking {
		return ps // most sentences take nothing
	}
	out := ps[:0:0]
	for _, p := range ps {
		if !capture.Has(&s.toks[p]) || a.capturesBase(s, p) {
			out = append(out, p)
		}
	}
	return out
}

// capturesBase reports a base named, or pointed back to, as what the verb
// of taking at p takes: within three words after the على that follows it
// (up to twenty words on, past its subject: "سيطر مقاتلون من X وY أمس على
// مطار Z"), or for a verb with a direct object ("اقتحم المقاتلون معسكر Z")
// within six words after it; a break ends the search.
func (a *article) capturesBase(s *sentence, p int) bool {
	if s.toks[p].Has("سقط") {
		return a.fellToHands(s, p)
	}
	direct := s.toks[p].HasPrefix("اقتحم") || s.toks[p].Has("اقتحام")
	limit := p + 20
	for k := p + 1; k < len(s.toks) && k <= limit; k++ {
		if s.toks[k].Break && k > p+1 {
			e := dateAside(s, k)
			if e < 0 {
				if e = subjectAside(s, k); e > 0 {
					limit += e - k // "سيطر «جيش الفتح»، وهو تحالف تقوده X، على المطار": the subject described aside
				}
			}
			if e < 0 {
				return false
			}
			k = e // "سيطر مقاتلون من X، فجر أمس الجمعة، على مطار Z": the day told aside
		}
		if s.toks[k].Has("علي") {
			return a.baseWithin(s, k+1, k+3)
		}
		if direct && k <= p+6 && a.baseWithin(s, k, k) {
			return true
		}
	}
	return false
}

// fellToHands reports "سقط" at p telling a base taken: the base its
// subject, right after it or before it ("وكان مطار X قد سقط"), and the
// hands it fell into after it ("بيد مقاتلين من X"، "في يد X"، "بأيدي X"),
// past a day. A rocket that fell ("سقط صاروخ") takes nothing.
func (a *article) fellToHands(s *sentence, p int) bool {
	subject := a.baseWithin(s, p+1, p+3)
	reach := 8
	if p > 0 && s.toks[p-1].Key() == "قد" {
		reach = 20 // "وكان مطار X، الذي …، قد سقط": the subject before an aside
	}
	for k := p - 1; !subject && k >= 0 && k >= p-reach; k-- {
		if n := s.mentionAt(k); n != nil && n.typ == model.TypeBase {
			subject = true
		}
	}
	return subject && handsAfter(s, p) > 0
}

// handsAfter is the token after "بيد"، "في يد"، "بأيدي" or "في قبضة" at
// most eight words after token p in its clause, or 0.
func handsAfter(s *sentence, p int) int {
	for k := p + 1; k < len(s.toks) && k <= p+8; k++ {
		if s.toks[k].Break && dateAside(s, k) < 0 {
			return 0
		}
		if s.toks[k].HasAny("بيد", "بايدي", "ايدي") || s.toks[k].HasAny("يد", "قبضه") && s.toks[k-1].Key() == "في" {
			return k + 1
		}
	}
	return 0
}

// dateAside is the token that ends a date told between commas from token
// k of s (", فجر أمس الجمعة،"), or -1 when the words from k to the next
// break are not a date alone.
func dateAside(s *sentence, k int) int {
	e := k + 1
	for e < len(s.toks) && !s.toks[e].Break {
		e++
	}
	if e >= len(s.toks) || e-k > 6 {
		return -1
	}
	text := surfaceOf(s.toks, k, e, 0)
	m, ok := dates.Parse(text, "2000-01-01") // any publication day: only whether the words are a date counts, not which
	if !ok || m.End-m.Start < utf8.RuneCountInString(text)-1 {
		return -1
	}
	return e
}

// subjectAside is the token after an aside that describes the subject
// told before it, opening at token k with "وهو"، "وهي"، "الذي" or "التي"
// and closed by a comma within twenty-five words, or -1.
func subjectAside(s *sentence, k int) int {
	if !s.toks[k].HasAny("هو", "هي", "هم", "ذي", "تي", "ذين") {
		return -1
	}
	if e := breakWithin(s, k, len(s.toks), 25); e > 0 {
		return e
	}
	return -1
}

// baseWithin reports a base mention starting, or a base pointed back to,
// at a token from i to j.
func (a *article) baseWithin(s *sentence, i, j int) bool {
	for k := i; k <= j && k < len(s.toks); k++ {
		if m := s.mentionAt(k); m != nil && m.typ == model.TypeBase && !s.toks[m.t0].HasAny("سفاره", "قنصليه") || s.mentionAt(k) == nil && a.baseAnaphor(s, k) {
			return true // not "اقتحام السفارة الأمريكية": a crowd storming an embassy
		}
	}
	return false
}

// neitherOnly drops from the denial positions of all those that only say
// neither: "من دون أن يؤكد أو ينفي مسؤولية بلاده"، "لا تؤكد ولا تنفي".
func neitherOnly(s *sentence, all []int) []int {
	out := all[:0]
	for _, i := range all {
		if i >= 2 && neitherAt(s, i) {
			continue
		}
		out = append(out, i)
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// freeOnly filters in place the cue positions of all (a fresh slice) to
// those no entity mention covers, nil when none is left.
func freeOnly(s *sentence, all []int) []int {
	out := all[:0]
	for _, i := range all {
		if s.mentionAt(i) == nil && !dutiesAt(s, i) {
			out = append(out, i)
		}
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// dutiesAt reports "تحمّل مسؤولياتها" at i (to bear its duties): "دعت
// بغداد إلى تحمّل مسؤولياتها في وضع حد لـX" blames no one and claims
// nothing, unlike "حمّلت X المسؤولية".
func dutiesAt(s *sentence, i int) bool {
	return i+1 < len(s.toks) && s.toks[i].HasAny("حمل", "تحمل", "يحمل", "حملت", "تتحمل", "يتحمل") &&
		(s.toks[i+1].HasPrefix("مسؤوليات") || s.toks[i+1].HasPrefix("مسووليات"))
}
