package extract

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/nisba/nisba/extract/arabic"
	"github.com/nisba/nisba/model"
)

// sentence is one sentence with its tokens, mentions and dates.
type sentence struct {
	arabic.Sentence
	idx   int
	toks  []arabic.Token
	ments []mention // sorted by t0, not overlapping
	dates []dateHit
	cues  map[string][]int // freeCues cache, cleared when mentions change
	hits  cueMatches       // cue matches, computed once (cueHits)
	hit   bool             // hits is computed
	// timeline: a line under a timeline's date line, told in the historic
	// present ("مقاتلات أميركية تقصف مواقع ...")
	timeline bool
}

// mention is an entity named in a sentence over tokens [t0, t1).
type mention struct {
	id, typ string
	t0, t1  int
	surface string
	adj     bool // a country adjective (الإيرانية), not a name
}

// article is the working state of one Extract call.
type article struct {
	x           *Extractor
	meta        model.Article
	text        string
	sents       []*sentence
	ents        map[string]*model.Entity
	aliases     map[string]map[string]bool
	attacks     []*attackAcc
	rets        []*retAcc
	countered   map[string]bool   // bases struck in a state's answer (counterStrike): its targets, not attacked bases
	partyHQ     map[string]string // a party's headquarters read as a base (partyAt) -> the party
	posts       map[string]bool   // military posts named by the hill or farm they stand on (stationedPost)
	rels        map[[3]string]*model.Relation
	names       map[string]map[string]bool // entity id -> nameWords, filled on use
	words       map[string][]string        // name -> keyWords, filled on use
	outlet      []string                   // keys of the words of meta.Outlet, filled on use
	month       string                     // ISO day of the last date found, for "من الشهر نفسه" in a later sentence
	namedOn     [7]namedDay                // the day each weekday was last named with ("الأربعاء 18 تشرين الأول"), for "يوم الأربعاء" just after
	locatedBy   map[string]string          // base id -> the base told as next to it ("قاعدة فكتوريا المحاذية لمطار بغداد": airport -> Victory)
	named       string                     // ISO day of the last event day named, for "في اليوم ذاته" in a later sentence
	namedAttack string                     // the same, named last in a sentence that tells an attack on a base
	namedStrike string                     // the same, named last in a sentence with a strike cue and no attack on a base
	heading     dateHeading                // a timeline's date line and the lines under it
	said        string                     // ISO day of the statement quoted last, for "وأضاف أن "... اليوم ..."" in the next sentence
	quoteOpen   bool                       // the last sentence ended inside a quotation
	notes       []string                   // internal errors a step recovered from
	sameBase    map[string]string          // base id -> the base a bracket named it as ("قاعدة X (Y)"), nil when none
	pending     *unknownStrike             // a strike of unknown aircraft whose striker a later sentence may name
	untargeted  *untargetedStrike          // a strike told with its striker but no target a later sentence may name
	lastClaimer string                     // the group that claimed an attack last, for "الجماعة نفسها"
	ahead       *claimAhead                // a blame told before the attack it speaks of, for the next sentences
}

// scratch is the memory of one article's sentences and tokens, which no
// Result refers to: Extract reuses it for the next article.
type scratch struct {
	sents []sentence
	ptrs  []*sentence
	toks  []arabic.Token
}

// maxScratchTokens bounds the token array kept for reuse (about 5 MB).
const maxScratchTokens = 1 << 16

func (x *Extractor) newArticle(meta model.Article, text string, sc *scratch) *article {
	a := &article{x: x, meta: meta, text: text, ents: map[string]*model.Entity{},
		aliases: map[string]map[string]bool{}, rels: map[[3]string]*model.Relation{}}
	ss := arabic.Sentences(text)
	if cap(sc.sents) < len(ss) {
		sc.sents, sc.ptrs = make([]sentence, len(ss)), make([]*sentence, len(ss))
	}
	store := sc.sents[:len(ss)]
	a.sents = sc.ptrs[:len(ss)]
	if need := tokenRoom(ss); cap(sc.toks) < need {
		sc.toks = make([]arabic.Token, 0, need)
	}
	toks := sc.toks[:0]
	for i, s := range ss {
		n := len(toks)
		if cap(toks)-n < strings.Count(s.Text, " ")+2 {
			// Short of room: a new array for the rest, rather than copying
			// the tokens of the sentences before.
			toks = make([]arabic.Token, 0, tokenRoom(ss[i:]))
			n = 0
		}
		toks = x.tokens.AppendTokens(toks, s.Text)
		store[i] = sentence{Sentence: s, idx: i}
		if len(toks) > n {
			store[i].toks = toks[n:len(toks):len(toks)]
		}
		a.sents[i] = &store[i]
	}
	return a
}

// tokenRoom is room for the tokens of ss, about one word a space, so that
// one array holds a whole article's tokens in most cases.
func tokenRoom(ss []arabic.Sentence) int {
	n := 0
	for _, s := range ss {
		n += strings.Count(s.Text, " ") + 2
	}
	return n
}

// release drops what sc refers to beyond its arrays' first use, and
// reports whether it is small enough to keep for the next article.
func (sc *scratch) release() bool {
	clear(sc.sents)
	clear(sc.ptrs)
	return cap(sc.toks) <= maxScratchTokens
}

// run reads the article step by step. A step that fails (a rule reading
// past a sentence's last token, say) loses what it would have found in
// that sentence, or in that article-wide step, and leaves a note; the rest
// of the article is still read.
func (a *article) run() {
	for _, s := range a.sents {
		a.guard("entities", s.idx, func() {
			a.recognize(s)
			a.bracketBases(s)
		})
	}
	a.guard("government forces", -1, a.governmentForces)
	for _, s := range a.sents {
		a.guard("persons", s.idx, func() {
			a.rolePersons(s)
			a.indefiniteRolePersons(s)
		})
	}
	a.guard("surnames", -1, a.surnames)
	for _, s := range a.sents {
		a.guard("dates", s.idx, func() { s.dates = a.findDates(s) })
	}
	a.attacksPass()
	for _, step := range []struct {
		name string
		f    func()
	}{
		{"clause dates", a.ownClauseDates}, {"statement dates", a.statementDates}, {"span dates", a.spanDates},
		{"counted dates", a.countedDates}, {"after events", a.afterEvents}, {"apposition dates", a.appositionDates},
		{"lead dates", a.leadDates}, {"revealed dates", a.revealedDates}, {"toll dates", a.tollDates}, {"sibling dates", a.siblingDates}, {"list item dates", a.listItemDates},
		{"since dates", a.sinceDates}, {"happened dates", a.happenedDates}, {"interview dates", a.interviewDates},
	} {
		a.guard(step.name, -1, step.f)
	}
	a.retaliationsPass()
	a.guard("answer site dates", -1, a.answerSiteDates)
	a.guard("headline strikes", -1, a.headlineStrikes)
	a.guard("shared strikes", -1, a.foldShared)
	a.relationsPass()
}

// guard runs f and turns a panic in it into a note naming the step and the
// sentence (idx, or -1 for a step over the whole article).
func (a *article) guard(step string, idx int, f func()) {
	defer func() {
		if p := recover(); p != nil {
			where := ""
			if idx >= 0 {
				where = fmt.Sprintf(" (sentence %d)", idx+1)
			}
			a.notes = append(a.notes, fmt.Sprintf("extract: internal error in %s%s: %v", step, where, p))
		}
	}()
	if a.x.failStep == step {
		panic("failStep " + step)
	}
	f()
}

// evidence is the provenance of a fact found in s.
func (a *article) evidence(s *sentence) model.Evidence {
	return model.Evidence{Article: a.meta.ID, Start: s.Start, End: s.End, Sentence: s.Text}
}

// use records that the entity of m is mentioned, adding it to the article,
// and returns m with the id it is recorded under.
func (a *article) use(m mention, s *sentence) mention {
	if id := a.x.knownAs(m); id != "" {
		m.id = id // "قاعدة (حرير)": read as a new name, but the lexicon's قاعدة حرير
	}
	if id := a.sameBase[m.id]; id != "" && m.typ == model.TypeBase {
		m.id = id // "قاعدة X (Y)" told before: Y is X in this article
	}
	e := a.ents[m.id]
	if e == nil {
		e = a.newEntity(m)
		a.ents[m.id] = e
		a.aliases[m.id] = map[string]bool{}
		e.Evidence = append(e.Evidence, a.evidence(s))
	}
	if !m.adj && m.surface != "" {
		a.aliases[m.id][m.surface] = true
	}
	return m
}

// ensure adds an entity known by id only (a country read from an adjective).
func (a *article) ensure(id string, s *sentence) bool {
	if a.ents[id] != nil {
		return true
	}
	if a.x.lex == nil || a.x.lex.ByID(id) == nil {
		return false
	}
	a.use(mention{id: id, typ: a.x.lex.ByID(id).Type, adj: true}, s)
	return true
}

func (a *article) newEntity(m mention) *model.Entity {
	if a.x.lex != nil {
		if le := a.x.lex.ByID(m.id); le != nil {
			return &model.Entity{ID: le.ID, Type: le.Type, Name: le.Name, NameEn: le.NameEn,
				Aliases: append([]string(nil), le.Aliases...), Location: le.Location}
		}
	}
	if c, ok := a.x.collectiveEntity(m.id); ok {
		return c
	}
	return &model.Entity{ID: m.id, Type: m.typ, Name: m.surface}
}

// fill writes the article's findings into res, sorted.
func (a *article) fill(res *Result) {
	for from, to := range a.sameBase {
		res.sameBases = append(res.sameBases, [2]string{from, to})
	}
	slices.SortFunc(res.sameBases, func(x, y [2]string) int { return strings.Compare(x[0], y[0]) })
	ids := make([]string, 0, len(a.ents))
	for id := range a.ents {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		e := *a.ents[id]
		e.Aliases = mergeAliases(e.Name, e.Aliases, a.aliases[id])
		res.Entities = append(res.Entities, e)
	}
	for _, at := range a.attacks {
		if at.merged {
			continue
		}
		res.Attacks = append(res.Attacks, at.model(a))
	}
	for _, r := range a.rets {
		if r.merged {
			continue
		}
		res.Retaliations = append(res.Retaliations, r.model(a))
	}
	// Sorted by the joined key, joined once per relation.
	type relKey struct {
		joined string
		k      [3]string
	}
	keys := make([]relKey, 0, len(a.rels))
	for k := range a.rels {
		keys = append(keys, relKey{strings.Join(k[:], " "), k})
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i].joined < keys[j].joined })
	for _, k := range keys {
		res.Relations = append(res.Relations, *a.rels[k.k])
	}
}

// mergeAliases returns the sorted distinct aliases other than name.
func mergeAliases(name string, old []string, seen map[string]bool) []string {
	out := make([]string, 0, len(old)+len(seen))
	for _, x := range old {
		if x != name && strings.TrimSpace(x) != "" {
			out = append(out, x)
		}
	}
	for x := range seen {
		if x != name && strings.TrimSpace(x) != "" {
			out = append(out, x)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// mentionAt returns the mention covering token t of s, or nil.
func (s *sentence) mentionAt(t int) *mention {
	for i := range s.ments {
		if s.ments[i].t0 <= t && t < s.ments[i].t1 {
			return &s.ments[i]
		}
	}
	return nil
}

// mentionStarting returns the mention starting at token t, or nil.
func (s *sentence) mentionStarting(t int) *mention {
	for i := range s.ments {
		if s.ments[i].t0 == t {
			return &s.ments[i]
		}
	}
	return nil
}

// addMention inserts m keeping s.ments sorted.
func (s *sentence) addMention(m mention) {
	s.cues = nil
	i := sort.Search(len(s.ments), func(i int) bool { return s.ments[i].t0 >= m.t0 })
	s.ments = append(s.ments, mention{})
	copy(s.ments[i+1:], s.ments[i:])
	s.ments[i] = m
}

// surfaceOf is the text of tokens [t0, t1) with the first token read as
// variant v (its proclitics taken off).
func surfaceOf(toks []arabic.Token, t0, t1, v int) string {
	var b strings.Builder
	for i := t0; i < t1; i++ {
		if i > t0 {
			b.WriteByte(' ')
		}
		if i == t0 && v < len(toks[i].Variants) {
			b.WriteString(toks[i].Variants[v].Surface)
			continue
		}
		b.WriteString(toks[i].Surface)
	}
	return b.String()
}

// bracketBases reads a base named again in brackets right after a base,
// "قاعدة خراب الجير (رميلان)": in this article the bracketed name, or the
// base of the bracketed town, is the first base. A bracketed base the
// article named before stays itself.
func (a *article) bracketBases(s *sentence) {
	for i := range s.ments {
		m := s.ments[i]
		if m.typ != model.TypeBase || m.adj || !bracketAt(s, m.t1) {
			continue
		}
		n := s.mentionStarting(m.t1)
		if n == nil || n.id == m.id || !bracketClosed(s, n.t1) {
			continue
		}
		var ids []string
		switch n.typ {
		case model.TypeBase:
			ids = []string{n.id}
		case model.TypeCity:
			ids = a.x.idx.places.named[n.id] // "(رميلان)": the base named after the town
		}
		for _, id := range ids {
			if e := a.ents[id]; e != nil && id == n.id && !firstIn(e, s, a) {
				continue // named before on its own
			}
			if a.sameBase == nil {
				a.sameBase = map[string]string{}
			}
			a.sameBase[id] = m.id
		}
		if n.typ == model.TypeBase && a.sameBase[n.id] == m.id {
			if e := a.ents[n.id]; e != nil && firstIn(e, s, a) {
				delete(a.ents, n.id)
				delete(a.aliases, n.id)
			}
			a.aliases[m.id][n.surface] = true
			n.id = m.id
		}
	}
}

// bracketAt reports an opening bracket right before token t of s.
func bracketAt(s *sentence, t int) bool {
	if t <= 0 || t >= len(s.toks) {
		return false
	}
	return runesHave(s.Text, s.toks[t-1].End, s.toks[t].Start, '(')
}

// bracketClosed reports a closing bracket right after token t-1 of s.
func bracketClosed(s *sentence, t int) bool {
	if t <= 0 || t > len(s.toks) {
		return false
	}
	end := -1
	if t < len(s.toks) {
		end = s.toks[t].Start
	}
	return runesHave(s.Text, s.toks[t-1].End, end, ')')
}

// afterBracket is the token right after a bracket that opens before token
// t and closes within four words, before token limit ("قاعدة X (Y) ..."),
// or -1.
func afterBracket(s *sentence, t, limit int) int {
	if !bracketAt(s, t) {
		return -1
	}
	for k := t + 1; k < limit && k < len(s.toks) && k <= t+4; k++ {
		if bracketClosed(s, k) {
			return k
		}
	}
	return -1
}

// bracketBefore is the first token inside a bracket of at most four words
// that closes right before token t ("... (قسد) داخل ..."), or -1.
func bracketBefore(s *sentence, t int) int {
	if t <= 0 || !bracketClosed(s, t) {
		return -1
	}
	for k := t - 1; k > 0 && k >= t-4; k-- {
		if bracketAt(s, k) {
			return k
		}
	}
	return -1
}

// runesHave reports r among the runes [from, to) of text (to -1: the end).
func runesHave(text string, from, to int, r rune) bool {
	i := 0
	for _, c := range text {
		if to >= 0 && i >= to {
			break
		}
		if i >= from && c == r {
			return true
		}
		i++
	}
	return false
}

// firstIn reports an entity first met in sentence s.
func firstIn(e *model.Entity, s *sentence, a *article) bool {
	return len(e.Evidence) > 0 && e.Evidence[0].Start == a.evidence(s).Start
}
