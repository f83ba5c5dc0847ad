package extract

import (
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/nisba/nisba/extract/arabic"
	"github.com/nisba/nisba/extract/lexicon"
	"github.com/nisba/nisba/extract/rules"
	"github.com/nisba/nisba/model"
)

// recognize finds the entity mentions of s, left to right, longest first:
// collective actors, lexicon names, names after a trigger word, names after
// a title, country adjectives.
func (a *article) recognize(s *sentence) {
	toks := s.toks
	for i := 0; i < len(toks); {
		if end, ok := a.basePair(s, i); ok {
			i = end
			continue
		}
		if m, ok := a.knownPlacedBase(s, i); ok {
			a.take(s, m)
			i = m.t1
			continue
		}
		if m, ok := a.foreignPost(s, i); ok {
			a.take(s, m)
			i = m.t1
			continue
		}
		if !a.x.mayStart(&toks[i]) {
			i++ // no reading starts anything below
			continue
		}
		if m, ok := a.unitBase(s, i); ok {
			a.take(s, m)
			i = m.t1
			continue
		}
		if m, ok := a.branchBase(s, i); ok {
			a.take(s, m)
			i = m.t1
			continue
		}
		if m, ok := a.heldOutpost(s, i); ok {
			a.take(s, m)
			i = m.t1
			continue
		}
		if m, ok := a.collective(s, i); ok {
			a.take(s, m)
			i = m.t1
			continue
		}
		if end, ok := a.compassRegion(s, i); ok {
			i = end
			continue
		}
		if m, ok := a.lexical(s, i); ok {
			if a.slashAlias(s, m) {
				a.use(m, s)                                    // the second group is still named
				s.ments[len(s.ments)-1].t1, s.cues = m.t1, nil // "ي ب ك/بي كي كي": the group named before the slash
				i = m.t1
				continue
			}
			if a.x.idx.places.region[m.id] {
				a.regionState(s, m)
			} else {
				a.take(s, m)
			}
			i = m.t1
			continue
		}
		if m, ok := a.unitArmed(s, i); ok {
			a.take(s, m)
			i = m.t1
			continue
		}
		if m, ok := a.discover(s, i); ok {
			a.take(s, m)
			i = a.townList(s, i, m)
			continue
		}
		if m, ok := a.bodyOrg(s, i); ok {
			a.take(s, m)
			i = m.t1
			continue
		}
		if m, ok := a.titled(s, i); ok {
			if m.t1-m.t0 == 1 {
				m.id = "" // a bare surname: surnames() resolves it or drops it
				s.addMention(m)
			} else {
				a.take(s, m)
			}
			i = m.t1
			continue
		}
		if c := a.x.adjective(&toks[i]); c != nil && !givenNameAdj(s, i) {
			s.addMention(mention{id: c.ID, typ: c.Type, t0: i, t1: i + 1, surface: toks[i].Surface, adj: true})
		}
		i++
	}
	a.knownAs(s)
}

// knownAs reads "قاعدة X، المعروفة (أيضاً) بقاعدة Y": the text calls one
// base by two names, so Y's mention is X's and Y one of X's names here. A
// base entity that only this mention made is dropped.
func (a *article) knownAs(s *sentence) {
	for i := 1; i < len(s.ments); i++ {
		m1, m2 := &s.ments[i-1], &s.ments[i]
		if named := calledBase(s, i); named != nil {
			a.renameBase(s, named, m2)
			continue
		}
		if m1.typ != model.TypeBase || m2.typ != model.TypeBase || m1.id == m2.id || m2.t0-m1.t1 < 1 || m2.t0-m1.t1 > 3 {
			continue
		}
		k := m1.t1
		if !s.toks[k].HasAny("معروفه", "معروف") {
			continue
		}
		for k++; k < m2.t0 && s.toks[k].HasAny("ايضا", "كذلك", "باسم"); k++ {
		}
		if k != m2.t0 || s.toks[k].Break {
			continue
		}
		a.renameBase(s, m1, m2)
	}
}

// renameBase makes m2 a mention of m1's base, dropping a base entity that
// only m2 made.
func (a *article) renameBase(s *sentence, m1, m2 *mention) {
	if e := a.ents[m2.id]; e != nil && len(e.Evidence) == 1 && e.Evidence[0].Start == s.Start {
		delete(a.ents, m2.id)
		delete(a.aliases, m2.id)
	}
	m2.id = m1.id
	a.use(*m2, s)
}

// calledBase is the base mention that the base mention i of s is another
// name of, told by "، الذي يطلق عليه [الجيش الأمريكي] اسم" between them
// (the namer may be the mention between: "مطار X، الذي يطلق عليه الجيش
// الأمريكي اسم Y"), or nil.
func calledBase(s *sentence, i int) *mention {
	m2 := &s.ments[i]
	if m2.typ != model.TypeBase {
		return nil
	}
	m1 := &s.ments[i-1]
	if i >= 2 && m1.typ != model.TypeBase && s.ments[i-2].typ == model.TypeBase {
		m1 = &s.ments[i-2]
	}
	if m1.typ != model.TypeBase || m1.id == m2.id || !calledBetween(s, m1.t1, m2.t0) {
		return nil
	}
	return m1
}

// calledBetween reports "، الذي يطلق عليه [الجيش الأمريكي] اسم" (التي
// تطلق عليها، يسميه، تسميها) filling tokens [from, to): the name after it
// is another name of the base before.
func calledBetween(s *sentence, from, to int) bool {
	if to-from < 3 || to-from > 9 || !relativePronoun(&s.toks[from]) || !s.toks[to-1].HasAny("اسم", "باسم") {
		return false
	}
	k := from + 1
	switch {
	case k+1 < to && s.toks[k].HasAny("يطلق", "تطلق") && s.toks[k+1].HasAny("عليه", "عليها"):
		return true
	case s.toks[k].HasAny("يسميه", "يسميها", "تسميه", "تسميها"):
		return true
	}
	return false
}

func (a *article) take(s *sentence, m mention) {
	s.addMention(a.use(m, s))
}

// governmentForces reads "القوات الحكومية", named with no state, as the
// forces of the state most of the article's bases and towns lie in, when
// that is Syria or Iraq: "وردّت القوات الحكومية بقصف مدفعي على بلدة X".
// "القوات الحكومية السورية" is the lexicon's.
func (a *article) governmentForces() {
	type at struct {
		s *sentence
		k int
	}
	var found []at
	for _, s := range a.sents {
		for k := 0; k+1 < len(s.toks); k++ {
			w, adj := &s.toks[k], &s.toks[k+1]
			if !w.Has("قوات") || !definite(w) || strings.HasPrefix(w.Key(), "ب") || !adj.Has("حكوميه") || !definite(adj) || adj.Break || s.mentionAt(k) != nil || s.mentionAt(k+1) != nil {
				continue
			}
			if k+2 < len(s.toks) && !s.toks[k+2].Break && a.x.adjective(&s.toks[k+2]) != nil {
				continue
			}
			found = append(found, at{s, k})
		}
	}
	if len(found) == 0 {
		return // most articles: the places' state is not asked
	}
	id := ""
	switch a.placesCountry() {
	case "country:syria":
		id = "force:syrian-regime-forces"
	case "country:iraq":
		id = "force:iraqi-forces"
	}
	if id == "" || a.x.lex == nil || a.x.lex.ByID(id) == nil {
		return
	}
	for _, f := range found {
		s, k := f.s, f.k
		a.take(s, mention{id: id, typ: model.TypeForce, t0: k, t1: k + 2, surface: surfaceOf(s.toks, k, k+2, variantKeyed(&s.toks[k], "قوات"))})
	}
}

// knownAs is the lexicon entry of the same class that a discovered name
// (one the lexicon did not match in place, say across a bracket) is a name
// of, or "".
func (x *Extractor) knownAs(m mention) string {
	if x.lex == nil || m.adj || m.surface == "" || x.lex.ByID(m.id) != nil || m.id != discoveredID(m.typ, m.surface) {
		return ""
	}
	found := ""
	for _, e := range x.lex.Lookup(arabic.Key(m.surface)) {
		if !sameClass(e.Type, m.typ) || e.ID == found {
			continue
		}
		if found != "" {
			return "" // two entries: leave the new name alone
		}
		found = e.ID
	}
	switch {
	case found != "":
	case m.typ == model.TypeOfficial:
		return nearName(x.officials, arabic.Key(m.surface), 4)
	case m.typ == model.TypeBase:
		return nearName(x.baseNames, arabic.Key(m.surface), 3)
	}
	return found
}

// entryName is one key of a lexicon entry's names, in words.
type entryName struct {
	id    string
	words []string
}

// nearName is the one entry of index whose name has the first word of key
// and, word for word, the same other words up to one letter in a word of
// four letters or more (the other at least short letters): "ناصر كناني" is
// "ناصر كنعاني" and "مطار أبو الضهور" is "مطار أبو الظهور", a name
// transliterated or typed another way; "جون كيري" is not "جون كيربي". ""
// when none or two entries are so near.
func nearName(index map[string][]entryName, key string, short int) string {
	w := strings.Fields(key)
	if len(w) < 2 {
		return ""
	}
	found := ""
	for _, n := range index[w[0]] {
		if len(n.words) != len(w) || n.id == found || !nearWords(n.words[1:], w[1:], short) {
			continue
		}
		if found != "" {
			return ""
		}
		found = n.id
	}
	return found
}

// nearWords reports two lists of words the same but for one weak letter
// added, dropped or changed in words of four letters or more, the shorter
// of at least short letters.
func nearWords(a, b []string, short int) bool {
	for i := range a {
		if a[i] == b[i] {
			continue
		}
		la, lb := utf8.RuneCountInString(a[i]), utf8.RuneCountInString(b[i])
		if min(la, lb) < short || max(la, lb) < 4 || !oneEdit([]rune(a[i]), []rune(b[i])) {
			return false
		}
	}
	return true
}

// oneEdit reports a and b one insertion, deletion or substitution of a
// weak letter apart, or ض written for ظ.
func oneEdit(a, b []rune) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(b)-len(a) > 1 {
		return false
	}
	i := 0
	for i < len(a) && a[i] == b[i] {
		i++
	}
	if i == len(a) {
		return len(b) > i && weakLetter(b[i]) // b one letter longer at the end
	}
	if len(a) == len(b) {
		return (weakLetter(a[i]) && weakLetter(b[i]) || strings.ContainsRune("ضظ", a[i]) && strings.ContainsRune("ضظ", b[i])) && string(a[i+1:]) == string(b[i+1:])
	}
	return weakLetter(b[i]) && string(a[i:]) == string(b[i+1:])
}

// weakLetter reports a letter that transliterations of one name write or
// leave out: a long vowel, ع or ه ("كنعاني"، "كناني"; "هاغاري"، "هغاري"),
// not a consonant ("كيري" is not "كيربي").
func weakLetter(r rune) bool {
	return strings.ContainsRune("اويعهءى", r)
}

// adjective returns the country a nisba adjective (الإيرانية) refers to.
func (x *Extractor) adjective(t *arabic.Token) *lexicon.Entry {
	for k := range t.Variants {
		v := &t.Variants[k]
		if !x.idx.adj.MayHave(v.Hash()) {
			continue
		}
		if c := x.adj[v.Key]; c != nil {
			return c
		}
	}
	return nil
}

// lexMatch finds the longest lexicon name starting at token i, trying each
// reading of the first token. It returns the entries, the window length and
// the reading used.
func (x *Extractor) lexMatch(toks []arabic.Token, i int) ([]*lexicon.Entry, int, int) {
	return x.lexMatchIn(toks, i, false)
}

// lexMatchIn is lexMatch over names, or over weak aliases (short forms that
// need context: القائم, المرصد, طهران) when weak is set.
func (x *Extractor) lexMatchIn(toks []arabic.Token, i int, weak bool) ([]*lexicon.Entry, int, int) {
	if x.lex == nil || i >= len(toks) {
		return nil, 0, 0
	}
	var maxN int
	if f := x.factsOf(&toks[i]); f == nil {
		maxN = x.firstWords(&toks[i], weak)
	} else if weak {
		maxN = f.firstWeak // asked once per word (fast.go)
	} else {
		maxN = f.first
	}
	if maxN == 0 {
		return nil, 0, 0
	}
	for n := 1; n < maxN && i+n < len(toks); n++ {
		if toks[i+n].Break {
			maxN = n
			break
		}
	}
	if i+maxN > len(toks) {
		maxN = len(toks) - i
	}
	lookup, names := x.lex.Lookup, x.idx.names
	if weak {
		lookup, names = x.lex.LookupWeak, x.idx.weak
	}
	var wh windowHashes
	wh.fill(toks, i, maxN)
	for n := maxN; n >= 1; n-- {
		rest := ""
		for v := range toks[i].Variants {
			vr := &toks[i].Variants[v]
			if !names.MayHave(wh.of(toks, i, v, n)) {
				continue // no name has this key: skip building it
			}
			if rest == "" && n > 1 {
				rest = windowRest(toks, i+1, i+n)
			}
			if es := lookup(vr.Key + rest); len(es) > 0 && !(n > 1 && x.constructHeadDefinite(vr, es, vr.Key+rest, weak)) {
				return es, n, v
			}
		}
	}
	return nil, 0, 0
}

// constructHeadDefinite reports a definite first word read vr where
// every name of es with key key opens with a word without the article, the
// head of a construct: "الجيش فتح تحقيقاً" (the army opened an inquiry)
// shares its key with "جيش الفتح" but names no group; a construct's head
// never takes the article. A title before a person's name is no construct
// ("السيد رضي موسوي" for "سيد رضي موسوي").
func (x *Extractor) constructHeadDefinite(vr *arabic.Variant, es []*lexicon.Entry, key string, weak bool) bool {
	if !strings.HasPrefix(vr.Fold, "ال") {
		return false
	}
	for _, e := range es {
		if e.Type == model.TypeOfficial {
			return false
		}
	}
	if weak {
		return !x.definiteFirstWeak[key]
	}
	return !x.definiteFirst[key]
}

// windowRest is " " + the key of each token of toks[j0:j1].
func windowRest(toks []arabic.Token, j0, j1 int) string {
	var b strings.Builder
	for j := j0; j < j1; j++ {
		b.WriteByte(' ')
		b.WriteString(toks[j].Key())
	}
	return b.String()
}

func (a *article) lexical(s *sentence, i int) (mention, bool) {
	es, n, v := a.x.lexMatch(s.toks, i)
	if n == 0 {
		if es, n, v = a.x.lexMatchIn(s.toks, i, true); n == 0 || !a.weakOK(s, i, i+n, es[0]) && !a.capitalActs(s, i, v, es[0]) {
			return mention{}, false
		}
	}
	e := es[0]
	for _, h := range es {
		if a.ents[h.ID] != nil {
			e = h // of homonyms, the one the article already named
			break
		}
	}
	if e.Ambiguous && n == 1 && a.ents[e.ID] == nil && !a.titledBefore(s, i) {
		return mention{}, false
	}
	if n == 1 && a.otherBearer(s, i, e) {
		return mention{}, false
	}
	if n == 1 && e.Type == model.TypeOfficial && a.ents[e.ID] == nil && a.namedSurname(&s.toks[i]) {
		return mention{}, false // "مهند الزيدي ... وأضاف الزيدي": surnames() takes it
	}
	if n == 1 && !a.articleAgrees(&s.toks[i].Variants[v], e) {
		return mention{}, false // "ورقة ضغط" is no الرقة, "باب" no الباب
	}
	if n > 1 && i > 0 && (s.toks[i-1].HasPrefix("تضم") || s.toks[i-1].HasPrefix("يضم")) && !definite(&s.toks[i]) && a.localCollective(e) {
		return mention{}, false // "مظلة تضم فصائل عراقية عدة": what an umbrella is made of, not the collective "الفصائل العراقية"
	}
	if e.Type == model.TypeCity && i > 0 && !s.toks[i].Break && s.toks[i-1].HasAny("مراسل", "مراسله", "مراسلو", "مراسلي") {
		if ws, wn, _ := a.x.lexMatchIn(s.toks, i, true); wn == n {
			if o := pickClass(ws, model.TypeOrganization); o.Type == model.TypeOrganization {
				e = o // "مراسل الميادين في الأنبار": the outlet's reporter, not the town
			}
		}
	}
	m := mention{id: e.ID, typ: e.Type, t0: i, t1: i + n, surface: surfaceOf(s.toks, i, i+n, v)}
	if tr, _, ok := a.x.trigger(&s.toks[i]); ok && n > 1 && e.Type == model.TypeOrganization && tr.Type == e.Type && !tr.Keep {
		// وكالة «أعماق», صحيفة «النهار»: the outlet is also called by its bare name.
		a.use(mention{id: e.ID, typ: e.Type, surface: surfaceOf(s.toks, i+1, i+n, 0)}, s)
	}
	if n >= 3 {
		a.placedHead(s, i, n, v, e)
	}
	if e.Type == model.TypeOrganization && n >= 2 {
		a.quotedCore(s, i, i+n, e)
		if n >= 3 {
			a.embeddedForce(s, i, i+n)
			a.embeddedSeat(s, i, i+n)
		}
	}
	return a.placeReading(s, m, v), true
}

// localCollective reports a collective actor named by a group noun and the
// adjective of a country where the stories happen ("الفصائل المسلحة
// العراقية"), which an indefinite phrase may only describe: "مظلة تضم
// فصائل عراقية".
func (a *article) localCollective(e *lexicon.Entry) bool {
	if e.Type != model.TypeMilitia || !strings.HasSuffix(e.NameEn, "(collective)") {
		return false
	}
	words := strings.Fields(e.Name)
	c := a.x.adjective(&arabic.Tokens(words[len(words)-1])[0])
	return c != nil && a.x.rules.Domestic[c.ID]
}

// quotedCore keeps the quoted core of a body's name as one of its names:
// مركز "جسور" للدراسات is also called جسور, as وكالة «أعماق» is أعماق.
func (a *article) quotedCore(s *sentence, t0, t1 int, e *lexicon.Entry) {
	for k := t0 + 1; k < t1; k++ {
		if !s.toks[k].Quote {
			continue
		}
		if q := quotedLen(s, k, t1-k); q > 0 {
			a.use(mention{id: e.ID, typ: e.Type, surface: surfaceOf(s.toks, k, k+q, 0)}, s)
		}
		return
	}
}

// embeddedForce names the state force that closes a body's name after لـ:
// "القيادة العامة للقوات المسلحة الأردنية" speaks of the Jordanian army too.
func (a *article) embeddedForce(s *sentence, t0, t1 int) {
	for k := t0 + 1; k < t1; k++ {
		if !strings.HasPrefix(s.toks[k].Pre, "ل") && !strings.HasPrefix(s.toks[k].Variants[0].Fold, "لل") {
			continue
		}
		es, n, v := a.x.lexMatch(s.toks, k)
		if n > 0 && k+n == t1 && es[0].Type == model.TypeForce {
			a.use(mention{id: es[0].ID, typ: es[0].Type, surface: surfaceOf(s.toks, k, t1, v)}, s)
			return
		}
	}
}

// embeddedSeat names the base that closes a body's name after في:
// "مركز المصالحة الروسي في حميميم" speaks of the Hmeimim base too. A
// region or town there (مديرية مكافحة الإرهاب في إقليم كردستان) only
// places the body and is left out, as the annotations do.
func (a *article) embeddedSeat(s *sentence, t0, t1 int) {
	for k := t0 + 1; k+1 < t1; k++ {
		if s.toks[k].Key() != "في" {
			continue
		}
		es, n, v := a.x.lexMatch(s.toks, k+1)
		if n > 0 && k+1+n == t1 && es[0].Type == model.TypeBase {
			a.use(mention{id: es[0].ID, typ: es[0].Type, surface: surfaceOf(s.toks, k+1, t1, v)}, s)
		}
		return
	}
}

// articleAgrees reports whether reading vr of a one-word mention may
// name e: a word without the article names nothing whose every one-word
// name of that key has it. Key drops ال, so "رقة" (a sheet) and "الرقة"
// share one key.
func (a *article) articleAgrees(vr *arabic.Variant, e *lexicon.Entry) bool {
	return strings.HasPrefix(vr.Fold, "ال") || !a.x.idx.places.definite[entryKey{e.ID, vr.Key}]
}

// placeReading re-reads a City mention by what the sentence makes of it:
// a desert named after a town (بادية البوكمال) is told as the town; a
// capital that acts or is acted on (اتهمت أنقرة، مسؤولية تل أبيب، موالية
// لطهران) is its state; a town that names a base the article speaks of
// ("قاعدة الشدادي" in the text), after an attack word (هجوم الشدادي) or
// in a list of bases (أبرزها الشدادي وخراب الجير), is that base. A capital
// or town told as a location (في أنقرة، بأنقرة) stays the place.
func (a *article) placeReading(s *sentence, m mention, v int) mention {
	if m.typ != model.TypeCity {
		return m
	}
	p := &a.x.idx.places
	if town := p.desert[m.id]; town != "" {
		m.id = town
		return m
	}
	c, named := p.capital[m.id], len(p.named[m.id]) > 0
	if c == "" && !named || !a.bareName(m) {
		return m
	}
	if bs := p.named[m.id]; len(bs) == 1 && a.basesFrame(s, m.t0) {
		m.id, m.typ = bs[0], model.TypeBase // "قواعد التاجي"، "قاعدة الاحتلال في الشدادي"
		return m
	}
	if a.locative(s, m.t0, v) {
		return m
	}
	if c != "" {
		m.id, m.typ = c, model.TypeCountry
		return m
	}
	if a.attackOn(s, m.t0) || a.amongBases(s, m, v) {
		// "هجوم الشدادي", "أبرزها الشدادي وخراب الجير": the base, not the town
		if b := a.namedBaseIn(m.id); b != "" {
			m.id, m.typ = b, model.TypeBase
			return m
		}
	}
	if bs := p.named[m.id]; len(bs) == 1 && a.basesListItem(s, m, v) {
		m.id, m.typ = bs[0], model.TypeBase // "قواعد أبرزها حقل العمر ...، والشدادي"
	}
	return m
}

// basesFrame reports a town's name that a word of bases governs: in
// construct after the plural or dual ("قواعد التاجي"، "قاعدتي الشدادي"),
// after "هي" that lists the bases just counted ("ثلاث قواعد، هي الشدادي
// والتنف"), or after في behind a base word whose only modifiers are
// descriptors ("قاعدة الاحتلال في التاجي"، "القاعدة الأمريكية في
// الشدادي"). "قاعدة حرير في أربيل" names its base before في: no frame.
func (a *article) basesFrame(s *sentence, i int) bool {
	toks := s.toks
	if i == 0 || toks[i].Break {
		return false
	}
	p := &toks[i-1]
	switch {
	case basesNoun(p) && !definite(p):
		return true
	case p.Key() == "هي" || p.Key() == "هما":
		for k := i - 2; k >= 0 && k >= i-8; k-- {
			if basesNoun(&toks[k]) {
				return true
			}
		}
		return false
	case p.Key() != "في" || p.Break:
		return false
	}
	k := i - 2
	for ; k >= 0 && k >= i-5 && !toks[k+1].Break; k-- {
		if baseWord(&toks[k]) {
			return true
		}
		if !a.x.rules.Generic[toks[k].Key()] && !a.x.rules.Generic[toks[k].Variants[0].Fold] {
			return false
		}
	}
	return false
}

// basesNoun reports the plural or dual of base: قواعد، قاعدتي، قاعدتين.
func basesNoun(t *arabic.Token) bool {
	switch t.Key() {
	case "قواعد", "قاعدتي", "قاعدتين":
		return true
	}
	return false
}

// baseWord reports a word for a base or its plural: قاعدة، القاعدة،
// قاعدتي، قواعد.
func baseWord(t *arabic.Token) bool {
	return basesNoun(t) || t.Key() == "قاعده"
}

// basesListItem reports a name joined by و in a list that the plural
// قواعد (bases) heads earlier in the sentence: "يتوزعون على قواعد أبرزها
// حقل العمر في دير الزور، والشدادي".
func (a *article) basesListItem(s *sentence, m mention, v int) bool {
	if !strings.HasPrefix(s.toks[m.t0].Variants[v].Pre, "و") {
		return false
	}
	for k := m.t0 - 1; k >= 0 && k >= m.t0-16; k-- {
		if s.toks[k].Key() == "قواعد" {
			return true
		}
	}
	return false
}

// amongBases reports a mention joined by و to a base before or after it.
func (a *article) amongBases(s *sentence, m mention, v int) bool {
	toks := s.toks
	if strings.HasPrefix(toks[m.t0].Variants[v].Pre, "و") && m.t0 > 0 {
		if p := s.mentionAt(m.t0 - 1); p != nil && p.typ == model.TypeBase {
			return true
		}
	}
	if m.t1 >= len(toks) || toks[m.t1].Break || !conjoined(&toks[m.t1]) {
		return false
	}
	es, n, w := a.x.lexMatch(toks, m.t1)
	return n > 0 && es[0].Type == model.TypeBase && toks[m.t1].Variants[w].Pre == "و"
}

// attackOn reports an attack word right before token i, or before على
// there: "هجوم الشدادي", "الهجوم على الشدادي".
func (a *article) attackOn(s *sentence, i int) bool {
	toks, attack := s.toks, a.x.rules.Cue(rules.CueAttack)
	if i == 0 || toks[i].Break {
		return false
	}
	if attack.Has(&toks[i-1]) {
		return true
	}
	return i > 1 && toks[i-1].Key() == "علي" && !toks[i-1].Break && attack.Has(&toks[i-2])
}

// attackBefore reports an attack word right before token i (attackOn) or
// earlier in its clause, up to eight words: "استهدف قصف صاروخي اليوم
// الأحد قاعدة …".
func (a *article) attackBefore(s *sentence, i int) bool {
	if a.attackOn(s, i) {
		return true
	}
	attack := a.x.rules.Cue(rules.CueAttack)
	for k := i - 1; k >= 0 && k >= i-8 && !s.toks[k+1].Break; k-- {
		if attack.Has(&s.toks[k]) {
			return true
		}
	}
	return false
}

// namedBaseIn is the one base of the lexicon named after town that the
// article names, before (an entity already) or after ("قاعدة" + the
// town's name in the text), or "".
func (a *article) namedBaseIn(town string) string {
	found := ""
	for _, b := range a.x.idx.places.named[town] {
		if a.ents[b] != nil || a.x.lex != nil && (strings.Contains(a.text, "قاعدة "+a.x.lex.ByID(town).Name) || a.namesBase(b)) {
			if found != "" {
				return ""
			}
			found = b
		}
	}
	return found
}

// namesBase reports an article text that writes one of base b's names
// with a base word: "معسكر التاجي" later in the text makes the headline's
// "هجوم التاجي" the camp.
func (a *article) namesBase(b string) bool {
	e := a.x.lex.ByID(b)
	if e == nil {
		return false
	}
	for _, n := range e.Aliases {
		if strings.HasPrefix(n, "معسكر ") || strings.HasPrefix(n, "مطار ") {
			if strings.Contains(a.text, n) {
				return true
			}
		}
	}
	return false
}

// bareName reports a mention whose words are the entry's own name, with
// no trigger or area word (مدينة دمشق، ريف الشدادي are places).
func (a *article) bareName(m mention) bool {
	e := a.x.lex.ByID(m.id)
	return e != nil && arabic.Key(m.surface) == arabic.Key(e.Name)
}

// locative reports a place told as a location: after a word of place or
// motion (في، إلى، قرب، شرق، زيارة), with the proclitic ب (بدمشق), in a
// dateline ("دمشق - سانا"), or joined by و to a place before it (في أربيل
// وبغداد). "من" after a word of backing (مدعومة من أنقرة) tells the state.
func (a *article) locative(s *sentence, i, v int) bool {
	toks := s.toks
	pre := toks[i].Variants[v].Pre
	if strings.Contains(pre, "ب") {
		return true
	}
	if i == 0 {
		return len(toks) > 1 && toks[1].Break
	}
	if toks[i].Break {
		return false
	}
	if strings.HasPrefix(pre, "و") && !clauseVerbAt(toks, i+1) {
		if p := s.mentionAt(i - 1); p != nil {
			return p.typ == model.TypeCity
		}
	}
	loc := a.x.rules.Cue(rules.CueLocative)
	if i > 1 && toks[i-2].Key() == "عاصمه" && a.x.adjective(&toks[i-1]) != nil {
		return true // "العاصمة الإيرانية طهران"
	}
	if toks[i-1].Has("الي") {
		return i > 1 && loc.Has(&toks[i-2]) // "زيارة إلى أنقرة", not "نسبتها إلى تل أبيب"
	}
	if !loc.Has(&toks[i-1]) {
		return false
	}
	return !(toks[i-1].Has("من") && i > 1 && a.x.rules.Cue(rules.CueBacked).Has(&toks[i-2]))
}

// weakOK reports context that lets a weak alias name e: the entity named in
// full already, a title before it, or a list of places or groups
// (عكاشات والقائم). A preposition is no context: "في حديثه" is "in his talk".
func (a *article) weakOK(s *sentence, i, end int, e *lexicon.Entry) bool {
	if end == i+1 && i > 0 && commentatorHead(&s.toks[i-1]) && nisbaAdjective(&s.toks[i]) && a.ents[e.ID] == nil {
		return false // "الخبير العسكري": the expert's field, not a surname
	}
	if a.ents[e.ID] != nil || a.titledBefore(s, i) && !(e.Type == model.TypeOfficial && s.mentionAt(i-1) != nil) {
		return true // not "جبل الشيخ العسكري": the title word ends a place's name, the surname is an adjective
	}
	if e.Type == model.TypeMilitia && i > 0 && !s.toks[i].Break && a.x.rules.Cue(rules.CueGroupVerb).Has(&s.toks[i-1]) && strings.HasPrefix(arabic.Key(e.Name), arabic.Key(surfaceOf(s.toks, i, end, 0))+" ") {
		return true // "استهدفت المقاومة الشعبية قاعدة X": a group's name cut short, as the subject of its deed
	}
	if e.Type == model.TypeMilitia && s.toks[i].Quote && quotedLen(s, i, end-i) == end-i {
		return true // «الدفاع الوطني»: a group's short name quoted as a name
	}
	if (e.Type == model.TypeForce || e.Type == model.TypeMilitia) && i > 1 && s.toks[i-1].Key() == "في" && !s.toks[i].Break && a.titledBefore(s, i-1) {
		return true // "النقيب في الجيش العربي": a rank's own army
	}
	if e.Type == model.TypeOrganization && i > 0 && !s.toks[i].Break && s.toks[i-1].Has("اسم") && s.toks[i-1].Key() != "اسم" {
		return true // "المتحدث باسم مجلس الأمن القومي": a spokesman speaks for a body
	}
	if e.Type == model.TypeCity && a.townContext(s, i, end) {
		return true
	}
	if e.Type == model.TypeCity && i > 1 && (a.placeNounBefore(s, i) || parallelLocative(s, i)) {
		return true // "مواقع في القائم", "في البوكمال، وفي القائم"
	}
	if e.Type == model.TypeCity && (a.baseIn(s, i) || a.roadEnd(s, i, end)) {
		return true
	}
	if e.Type == model.TypeCity && i > 0 && !s.toks[i].Break && s.toks[i-1].Key() == "قرب" {
		return true // "على مركبة قرب القائم": near names a place
	}
	if e.Type == model.TypeCity && i > 0 && !s.toks[i].Break && provinceOffice(&s.toks[i-1]) {
		return true // "محافظ صلاح الدين", "قائممقام القائم": the office names its place
	}
	if (e.Type == model.TypeOfficial || e.Type == model.TypeForce && end == i+1) && i > 0 && a.x.rules.Cue(rules.CueSpeech).Has(&s.toks[i-1]) {
		return true // "وقال رايدر": a surname as the subject of a speech verb; "وقال التحالف إن قواته ..."
	}
	if i > 0 && !s.toks[i].Break && strings.HasPrefix(s.toks[i].Variants[0].Fold, "و") {
		if p := s.mentionAt(i - 1); p != nil && p.typ == e.Type && !p.adj {
			return true
		}
	}
	return false
}

// baseIn reports a weak town alias at i right after a base and "في":
// "قاعدة موفق السلطي في الأزرق" names where the base lies, and so does
// "قاعدة الاحتلال الأمريكي في حرير", a base noun a few words before.
func (a *article) baseIn(s *sentence, i int) bool {
	if i < 2 || s.toks[i].Break || s.toks[i-1].Key() != "في" || s.toks[i-1].Break || a.region(s, &mention{t0: i}) {
		return false // "قاعدة التنف في البادية": a region is no town
	}
	if p := s.mentionAt(i - 2); p != nil && p.t1 == i-1 && p.typ == model.TypeBase && !p.adj {
		return true
	}
	for k := i - 2; k >= 0 && k >= i-5; k-- {
		if s.toks[k+1].Break {
			return false
		}
		if s.toks[k].Has("قاعده") && s.mentionAt(k) == nil {
			return true
		}
	}
	return false
}

// roadEnd reports a weak town alias at [i, end) as one end of a road
// written with a dash, the other end a town: "طريق حمص - تدمر"، "طريق تدمر
// – حمص". A road noun must open the pair.
func (a *article) roadEnd(s *sentence, i, end int) bool {
	dash := func(k int) bool { return charBefore(s, k, '-') || charBefore(s, k, '–') || charBefore(s, k, '—') }
	if i > 1 && dash(i) { // the weak town second
		if p := s.mentionAt(i - 1); p != nil && p.t1 == i && p.typ == model.TypeCity && roadBefore(s, p.t0) {
			return true
		}
	}
	if end < len(s.toks) && dash(end) && roadBefore(s, i) { // the weak town first
		es, n, _ := a.x.lexMatch(s.toks, end)
		return n > 0 && es[0].Type == model.TypeCity
	}
	return false
}

// roadBefore reports a road noun right before token k: "طريق"، "الطريق الدولي".
func roadBefore(s *sentence, k int) bool {
	for j := k - 1; j >= 0 && j >= k-2; j-- {
		if s.toks[j].HasAny("طريق", "اوتوستراد", "اتوستراد") {
			return true
		}
	}
	return false
}

// townContext reports context that only a town fits: the subject of a
// verb of lying (وتقع الكسوة جنوب دمشق، يقع القائم على الحدود) or the first
// of a pair whose second is a town the lexicon names in full (بين القائم
// والبوكمال، القائم وحديثة).
func (a *article) townContext(s *sentence, i, end int) bool {
	toks := s.toks
	if i > 0 && !toks[i].Break && (toks[i-1].Has("تقع") || toks[i-1].Has("يقع")) {
		return true
	}
	if end >= len(toks) || toks[end].Break || !conjoined(&toks[end]) {
		return false
	}
	es, n, _ := a.x.lexMatch(toks, end)
	return n > 0 && es[0].Type == model.TypeCity
}

// capitalActs reports a capital, a weak alias of a state, told as the
// state: "برعاية موسكو", "أعلنت موسكو" but not "في موسكو".
func (a *article) capitalActs(s *sentence, i, v int, e *lexicon.Entry) bool {
	return e.Type == model.TypeCountry && !a.locative(s, i, v)
}

// placeNounBefore reports "مواقع/مقرات/مستودعات ... في|قرب" right before
// token i: the word after names a place.
func (a *article) placeNounBefore(s *sentence, i int) bool {
	k := s.toks[i-1].Key()
	if k != "في" && k != "قرب" || s.toks[i].Break {
		return false
	}
	j := i - 2
	if m := s.mentionAt(j); m != nil {
		j = m.t0 - 1 // "مواقع لـ«كتائب حزب الله» في القائم"
	}
	for stop := j - 2; j >= 0 && j >= stop; j-- {
		if a.x.rules.Cue(rules.CuePlaceNoun).Has(&s.toks[j]) {
			return true
		}
	}
	return false
}

// placedHead records the head of a matched name that places its body
// ("مجلس الأمن القومي في البيت الأبيض"): the head is one of the entry's
// names too ("مجلس الأمن القومي"), and the text calls the body by it.
func (a *article) placedHead(s *sentence, i, n, v int, e *lexicon.Entry) {
	for j := i + 1; j < i+n-1; j++ {
		if s.toks[j].Key() != "في" && !s.toks[j].HasAny("تابع", "تابعه") {
			continue
		}
		head := surfaceOf(s.toks, i, j, v)
		k := arabic.Key(head)
		for _, l := range [][]*lexicon.Entry{a.x.lex.Lookup(k), a.x.lex.LookupWeak(k)} {
			if slices.Contains(l, e) {
				a.use(mention{id: e.ID, typ: e.Type, surface: head}, s)
				return
			}
		}
		return
	}
}

// parallelLocative reports "، وفي X" after a town already named in the
// sentence: the list of places makes the weak alias at i a town.
func parallelLocative(s *sentence, i int) bool {
	p := &s.toks[i-1]
	if s.toks[i].Break || !p.Break || p.Key() == "في" || !p.Has("في") {
		return false
	}
	for j := range s.ments {
		if s.ments[j].t1 <= i-1 && s.ments[j].typ == model.TypeCity && !s.ments[j].adj {
			return true
		}
	}
	return false
}

// placedBase reads a base named by no name but its place, told as attacked
// ("استهدف قاعدة عسكرية في منطقة متينا") or named so before in the article
// ("ضد القاعدة العسكرية في متينا"): a base noun at i, adjectives from j,
// في, an area word, then a known town. The base is the lexicon base of the
// town when the article names one, else a base of its own, called by the
// whole phrase; the town stays a mention of its own, to place the base.
func (a *article) placedBase(s *sentence, i, j int, known bool) (mention, bool) {
	toks, k := s.toks, j
	adj := -1 // "قاعدة عسكرية تركية في بلدة X": the owner's adjective
	for k < len(toks) && k < j+3 && !toks[k].Break {
		if c := a.x.adjective(&toks[k]); c != nil {
			if c.Type != model.TypeCountry || adj >= 0 {
				break
			}
			adj = k
		} else if !a.x.rules.Generic[toks[k].Key()] {
			break
		}
		k++ // عسكرية، العسكرية، تركية; "قاعدة أمريكية في X" of a town with known bases is one of them (attacks.go)
	}
	if k == j || k+1 >= len(toks) || toks[k].Break || toks[k].Key() != "في" {
		return mention{}, false
	}
	p, townWord := k+1, false
	if tr, _, ok := a.x.trigger(&toks[p]); ok && tr.Type == model.TypeCity && !tr.Keep && p+1 < len(toks) {
		p, townWord = p+1, true // "في منطقة متينا"
	}
	es, n, _ := a.x.lexMatch(toks, p)
	if n == 0 {
		es, n, _ = a.x.lexMatchIn(toks, p, true)
	}
	owned := townWord && adj >= 0 // "القاعدة التركية في قرية X": a base told as new even with the article
	if n == 0 && owned {
		return a.newTownBase(s, i, k, p, adj) // "قاعدة عسكرية تركية في قرية X": a town the lexicon does not know
	}
	if n == 0 || es[0].Type != model.TypeCity || adj >= 0 && !a.x.settlement(es[0]) {
		return mention{}, false // "قاعدة أمريكية في الحسكة": one of the province's bases, told later
	}
	owned = owned || adj >= 0 && definite(&toks[i]) // "القاعدة التركية في مارع": a town's base told with its owner
	if a.x.rules.Cue(rules.CueCompass).Has(&toks[p]) {
		return mention{}, false // "منشأة أمنية في شمال وشرق سوريا": a region, no one base
	}
	if (len(a.x.idx.places.named[es[0].ID]) > 0 || len(a.x.bases[es[0].ID]) > 0) && a.namedBaseIn(es[0].ID) == "" {
		return mention{}, false // the lexicon knows bases there: the attack reader picks one
	}
	town, byTown := surfaceOf(toks, p, p+n, 0), townBaseID(es[0].ID)
	id := a.namedBaseIn(es[0].ID)
	if named := discoveredID(model.TypeBase, town); id == "" && a.ents[named] != nil {
		id = named // "قاعدة مارع" told before
	}
	if id == "" {
		id = byTown
	}
	if a.ents[id] == nil && !owned && (known && !(adj >= 0 && a.otherTownBase(s, i, id)) || !a.attackBefore(s, i)) {
		return mention{}, false // "انتشرت قوات في قاعدة عسكرية في X": no attacked base
	}
	m := a.use(mention{id: id, typ: model.TypeBase, t0: i, t1: k, surface: surfaceOf(toks, i, p+n, 0)}, s)
	if id == byTown {
		a.placedBaseNames(id, town, toks, adj)
	}
	return m, true
}

// otherTownBase reports "القاعدة" at i following a base known only by
// another town ("هجوم على قاعدة عسكرية تركية في منطقة X ... هجوم على
// القاعدة التركية في Y"): the definite noun placed in Y is Y's base, not
// X's; id is the base Y would get.
func (a *article) otherTownBase(s *sentence, i int, id string) bool {
	last := a.lastBase(s, i)
	return last != id && strings.HasSuffix(last, "-military-base")
}

// townBaseID is the id placedBase gives a base known only by its town.
func townBaseID(town string) string {
	return "base:" + strings.TrimPrefix(town, "city:") + "-military-base"
}

// townBaseTold is the base of town the article told first as "القاعدة
// العسكرية التركية في ناحية X" when name is one of the names that gave it
// ("قاعدة X"), or "".
func (a *article) townBaseTold(town, name string) string {
	id := townBaseID(town)
	if a.ents[id] == nil || !a.aliases[id][name] {
		return ""
	}
	return id
}

// settlement reports a place the lexicon puts inside another place, a town
// rather than a province or a region.
func (x *Extractor) settlement(e *lexicon.Entry) bool {
	for _, r := range e.Relations {
		if r.Type == model.RelLocatedIn && strings.HasPrefix(r.To, "city:") {
			return true
		}
	}
	return false
}

// newTownBase reads a foreign base placed in a town the lexicon does not
// know, "قاعدة عسكرية تركية في قرية X"; the town is read after it as a
// discovered place.
func (a *article) newTownBase(s *sentence, i, k, p, adj int) (mention, bool) {
	h := a.nameRun(s.toks, p, 2, false)
	if h == 0 {
		return mention{}, false
	}
	town := surfaceOf(s.toks, p, p+h, 0)
	id := discoveredID(model.TypeBase, town) // the id of "قاعدة X"
	m := a.use(mention{id: id, typ: model.TypeBase, t0: i, t1: k, surface: surfaceOf(s.toks, i, p+h, 0)}, s)
	a.placedBaseNames(id, town, s.toks, adj)
	return m, true
}

// placedBaseNames gives a base known only by its town the names an outlet
// may call it by: قاعدة X، قاعدة عسكرية في X and, with the owner's
// adjective, قاعدة تركية في X and قاعدة عسكرية تركية في X.
func (a *article) placedBaseNames(id, town string, toks []arabic.Token, adj int) {
	names := a.aliases[id]
	names["قاعدة "+town] = true
	names["قاعدة عسكرية في "+town] = true
	if adj >= 0 {
		owner := strings.TrimPrefix(toks[adj].Surface, "ال")
		names["قاعدة "+owner+" في "+town] = true
		names["قاعدة عسكرية "+owner+" في "+town] = true
	}
}

// militaryPost reads "موقع X العسكري" at i: a post named by the
// words before the adjective ("موقع تل الأحمر الغربي العسكري"), one to
// five words that are no function, event or verb word.
func (a *article) militaryPost(s *sentence, i, j int) (mention, bool) {
	toks := s.toks
	if toks[i].Key() != "موقع" {
		return mention{}, false
	}
	k := j
	for ; k < len(toks) && k < j+5 && !toks[k].HasAny("عسكري", "عسكريه"); k++ {
		t := &toks[k]
		key := t.Key()
		if k > j && definite(t) && a.x.rules.Cue(rules.CueCompass).Has(t) {
			continue // "تل الأحمر الغربي"
		}
		if !t.Arabic || k > j && t.Break || a.x.rules.Stop[key] || a.x.rules.Generic[key] && !placeHead(key) || a.x.rules.Cue(rules.CueAttack).Has(t) ||
			s.mentionAt(k) != nil || a.eventWord(toks, k) || verbShape(t.Variants[0].Fold) || imperfectShape(t.Variants[0].Fold) {
			return mention{}, false
		}
	}
	if k == j || k >= len(toks) || toks[k].Break || !toks[k].HasAny("عسكري", "عسكريه") || !definite(&toks[k]) {
		return mention{}, false
	}
	if k+2 < len(toks) && !toks[k+1].Break && toks[k+1].HasAny("في", "داخل") {
		if es, n, _ := a.x.lexMatch(toks, k+2); n > 0 && pickClass(es, model.TypeBase).Type == model.TypeBase {
			return mention{}, false // "موقع الدعم العسكري في كونيكو": a site inside the base
		}
	}
	m := a.postMention(s, i, k+1, surfaceOf(toks, i, k, 0), surfaceOf(toks, j, k, 0))
	a.aliases[m.id][surfaceOf(toks, i, k+1, 0)] = true // "موقع تل واسط العسكري" in full
	return m, true
}

// stationedPost reads a military post where a force is stationed, placed
// on a hill or farm the lexicon does not know: "موقع عسكري تتمركز فيه قوات
// الفرقة الرابعة في تل السمن" is the post "موقع تل السمن", the name it has
// when told again ("الهجوم على موقع تل السمن").
func (a *article) stationedPost(s *sentence, i, j int) (mention, bool) {
	toks := s.toks
	if toks[i].Key() != "موقع" || definite(&toks[i]) {
		return mention{}, false
	}
	for n := 3; n >= 1; n-- {
		if j+n <= len(toks) && !breakIn(s, j+1, j+n) {
			name := surfaceOf(toks, i, j+n, 0)
			if id := discoveredID(model.TypeBase, name); a.ents[id] != nil && a.posts[id] {
				return a.use(mention{id: id, typ: model.TypeBase, t0: i, t1: j + n, surface: name}, s), true // told again
			}
		}
	}
	if !toks[j].Has("عسكري") || definite(&toks[j]) {
		return mention{}, false
	}
	stationed := false
	for k := j + 1; k < len(toks) && k <= j+8 && !toks[k].Break; k++ {
		if toks[k].HasPrefix("تتمركز") || toks[k].HasPrefix("يتمركز") || toks[k].HasPrefix("تنتشر") || toks[k].HasPrefix("ينتشر") || toks[k].HasPrefix("تتحصن") || toks[k].HasPrefix("يتحصن") {
			stationed = true
		}
		if toks[k].Key() != "في" || !stationed || k+2 >= len(toks) || toks[k+1].Break || !placeHead(toks[k+1].Key()) {
			continue
		}
		if es, w, _ := a.x.lexMatch(toks, k+1); w > 0 && es[0].Type != model.TypeCity {
			return mention{}, false
		}
		n := a.nameRun(toks, k+1, 3, false)
		if n < 2 {
			return mention{}, false
		}
		place := surfaceOf(toks, k+1, k+1+n, 0)
		m := a.postMention(s, i, j+1, "موقع "+place, surfaceOf(toks, i, j+1, 0)+" في "+place)
		if a.posts == nil {
			a.posts = map[string]bool{}
		}
		a.posts[m.id] = true
		return m, true
	}
	return mention{}, false
}

// postMention records the military post named name at [i, t1) of s as a
// base, with alias among its names.
func (a *article) postMention(s *sentence, i, t1 int, name, alias string) mention {
	m := mention{id: discoveredID(model.TypeBase, name), typ: model.TypeBase, t0: i, t1: t1, surface: name}
	a.use(m, s)
	a.aliases[m.id][alias] = true
	return m
}

// foreignPost reads a foreign state's military post placed by its town:
// "نقطة عسكرية تركية قرب مدينة X"، "نقطة المراقبة التركية في X": the
// post is a base named by the town, its surface among its names. A post
// with no state's adjective ("نقطة تفتيش") is none.
func (a *article) foreignPost(s *sentence, i int) (mention, bool) {
	toks := s.toks
	if m, ok := a.townPost(s, i); ok {
		return m, true
	}
	if !toks[i].Has("نقطه") && !toks[i].Has("مقر") || i+3 >= len(toks) {
		return mention{}, false
	}
	k, adj := i+1, -1
	for ; k < len(toks) && k <= i+3 && !toks[k].Break; k++ {
		if c := a.x.adjective(&toks[k]); c != nil && c.Type == model.TypeCountry && adj < 0 {
			if a.x.rules.Domestic[c.ID] {
				return mention{}, false // "نقطة للجيش العراقي في قضاء X": the country's own army, no foreign post
			}
			adj = k
			continue
		}
		if !toks[k].HasAny("عسكريه", "عسكري", "مراقبه", "قوات", "جيش") {
			break // "مقر للقوات التركية": the owner may come as the forces
		}
	}
	if adj < 0 || k+1 >= len(toks) || toks[k].Break || !toks[k].HasAny("في", "قرب", "بمحيط", "محيط") && !a.x.rules.Cue(rules.CueCompass).Has(&toks[k]) {
		return mention{}, false // "نقطة المراقبة التركية شرقي سراقب": a compass word places it too
	}
	p := k + 1
	if toks[k].Has("في") && toks[p].Has("محيط") && p+1 < len(toks) {
		p++ // "في محيط مارع"
	}
	if tr, _, ok := a.x.trigger(&toks[p]); ok && tr.Type == model.TypeCity && !tr.Keep && p+1 < len(toks) {
		p++ // "قرب مدينة X"
	}
	n := 0
	if es, w, _ := a.x.lexMatch(toks, p); w > 0 && es[0].Type == model.TypeCity {
		n = w
	} else if p > k+1 {
		n = a.nameRun(toks, p, 2, false) // "في قرية X" the lexicon does not know
	}
	if n == 0 {
		return mention{}, false
	}
	town := surfaceOf(toks, p, p+n, 0)
	id := discoveredID(model.TypeBase, "نقطة "+town) // a post or a headquarters of the state in the town: one site
	m := a.use(mention{id: id, typ: model.TypeBase, t0: i, t1: k, surface: surfaceOf(toks, i, p+n, 0)}, s)
	owner := strings.TrimPrefix(toks[adj].Surface, "ال")
	a.aliases[id]["نقطة عسكرية "+owner+" في "+town] = true
	a.aliases[id]["نقطة "+owner+" في "+town] = true
	return m, true
}

// townPost reads "نقطة X" with X a town the lexicon knows, right after
// it, as the post named by the town ("نقطة مورك"، "نقطة الصرمان"): the same
// base as the state's post placed in X ("نقطة المراقبة التركية في بلدة
// مورك").
func (a *article) townPost(s *sentence, i int) (mention, bool) {
	toks := s.toks
	if i+1 >= len(toks) || toks[i].Key() != "نقطه" && toks[i].Key() != "مخفر" || definite(&toks[i]) || toks[i+1].Break {
		return mention{}, false
	}
	es, n, _ := a.x.lexMatch(toks, i+1)
	cityID := ""
	if n > 0 && es[0].Type == model.TypeCity {
		cityID = es[0].ID
	} else if n == 0 {
		cityID, n = a.townNamedBefore(toks, i+1) // "بلدة مورك" ... "نقطة مورك"
	}
	if cityID == "" && n == 0 {
		if n = a.namedPost(toks, i+1); n > 0 {
			name := surfaceOf(toks, i, i+1+n, 0)
			return a.use(mention{id: discoveredID(model.TypeBase, name), typ: model.TypeBase, t0: i, t1: i + 1 + n, surface: name}, s), true
		}
	}
	if cityID == "" {
		return mention{}, false
	}
	town := surfaceOf(toks, i+1, i+1+n, 0)
	a.use(mention{id: cityID, typ: model.TypeCity, surface: town}, s)
	id := discoveredID(model.TypeBase, "نقطة "+town)
	return a.use(mention{id: id, typ: model.TypeBase, t0: i, t1: i + 1 + n, surface: surfaceOf(toks, i, i+1+n, 0)}, s), true
}

// namedPost is the length of a post's own name at token k after "نقطة" or
// "مخفر" ("نقطة الملاجة العسكرية"، "نقطة حزارين التابعة لقوات النظام"، "نقطة
// قبتان الجبل شمال غرب حلب"، "مخفر الطرة الحدودي"، "نقطة X في جبل الزاوية"),
// or 0: one or two words no lexicon entry holds and no common noun of
// posts (نقطة تفتيش، نقطة إمداد), then "العسكرية" or "الحدودي", an owner
// ("التابعة لـ"), a compass word, or "في" and a place.
func (a *article) namedPost(toks []arabic.Token, k int) int {
	if k >= len(toks) || toks[k].Break || postNoun[toks[k].Key()] {
		return 0
	}
	if _, n, _ := a.x.lexMatch(toks, k); n > 0 {
		return 0
	}
	n := a.nameRun(toks, k, 2, false)
	if n == 0 || k+n >= len(toks) || toks[k+n].Break {
		return 0
	}
	if n == 2 && postNoun[toks[k+1].Key()] {
		return 0
	}
	next := &toks[k+n]
	switch {
	case definite(next) && next.HasAny("عسكريه", "عسكري"):
	case next.HasAny("تابعه", "تابع") && definite(next):
	case a.x.rules.Cue(rules.CueCompass).Has(next) && !definite(next):
	case definite(next) && next.HasAny("حدودي", "حدوديه"): // "مخفر الطرة الحدودي"
	case next.Key() == "في" && k+n+1 < len(toks) && a.placeWordAt(toks, k+n+1): // "نقطة X في جبل الزاوية"
	default:
		return 0
	}
	return n
}

// placeWordAt reports a place at token k: a town or region the lexicon
// knows, or a place word (جبل، بلدة، قرية) opening one.
func (a *article) placeWordAt(toks []arabic.Token, k int) bool {
	if es, n, _ := a.x.lexMatch(toks, k); n > 0 {
		return es[0].Type == model.TypeCity
	}
	tr, _, ok := a.x.trigger(&toks[k])
	return ok && tr.Type == model.TypeCity && k+1 < len(toks) && !toks[k+1].Break
}

// postNoun are keys of common nouns after "نقطة" that make a kind of post,
// not a name: نقطة تفتيش، نقطة إمداد، نقطة مرابطة.
var postNoun = map[string]bool{}

func init() {
	for _, w := range strings.Fields("تفتيش حراسه مراقبه امداد اسناد دعم مرابطه تموين انطلاق اشتباك تماس عبور رصد تمركز ارتكاز تجمع طبيه اسعاف حدوديه حدودي امنيه امني عسكريه عسكري متقدمه متقدم ثابته ثابت مؤقته مؤقت اخري اخيره اولي ثانيه جديده قريبه لوجستي لوجستيه لوجيستي تحول صفر بدايه نهايه خلاف") {
		postNoun[arabic.Key(w)] = true
	}
}

// articleOnly reports words that match only names with the article among
// names (the keys drop it), while the words have none: "باب" is no "الباب".
func articleOnly(names []string, ts []arabic.Token) bool {
	key := arabic.Key(surfaceOf(ts, 0, len(ts), 0))
	found := false
	for _, n := range names {
		if arabic.Key(n) != key {
			continue
		}
		if !strings.HasPrefix(n, "ال") {
			return false
		}
		found = true
	}
	return found
}

// townNamedBefore is the town the article named before whose name is the
// one or two words at token k, and how many words; "" when none is. Two
// towns of one name give the smaller id.
func (a *article) townNamedBefore(toks []arabic.Token, k int) (string, int) {
	for n := 2; n >= 1; n-- {
		if k+n > len(toks) || n == 2 && toks[k+1].Break {
			continue
		}
		key := arabic.Key(surfaceOf(toks, k, k+n, 0))
		found := ""
		for id, e := range a.ents {
			if e.Type == model.TypeCity && arabic.Key(e.Name) == key && (found == "" || id < found) {
				found = id // the smallest id: map order is no order
			}
		}
		if found != "" {
			return found, n
		}
	}
	return "", 0
}

// knownPlacedBase reads "القاعدة العسكرية في X" at i as the base placed
// in X that the article already named (placedBase).
func (a *article) knownPlacedBase(s *sentence, i int) (mention, bool) {
	t := &s.toks[i]
	if i+3 >= len(s.toks) || t.Key() != "قاعده" || !definite(t) {
		return mention{}, false
	}
	return a.placedBase(s, i, i+1, true)
}

// titledBefore reports a title right before token i.
func (a *article) titledBefore(s *sentence, i int) bool {
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		if a.x.rules.Titles.Match(s.toks, j) == i-j {
			return true
		}
	}
	return false
}

// discover reads "trigger X" (قاعدة X, بلدة X, ميليشيا X) where X is not in
// the lexicon, or where X is a lexicon entity of the trigger's class.
func (a *article) discover(s *sentence, i int) (mention, bool) {
	toks := s.toks
	tr, v, ok := a.x.trigger(&toks[i])
	if !ok || i+1 >= len(toks) || toks[i+1].Break && !parenOK(toks, i+1) || tanwin(toks[i].Surface) {
		return mention{}, false // "وكالةً": a word with tanwin heads no construct
	}
	j := i + 1
	if (tr.Keep || tr.Type == model.TypeCity) && j+1 < len(toks) {
		if inner, _, ok := a.x.trigger(&toks[j]); ok && !inner.Keep && inner.Type == model.TypeCity {
			j++ // بادية مدينة الميادين
		}
	}
	if placeBackReference(&toks[j]) {
		return mention{}, false // "مطار المدينة": the city named before, no name
	}
	if toks[i].Key() == "حاجز" && !definite(&toks[j]) && strings.HasSuffix(toks[j].Key(), "ي") {
		return mention{}, false // "حاجز أمني"، "حاجز عسكري": a checkpoint, no name
	}
	es, n, _ := a.x.lexMatch(toks, j)
	if n == 0 {
		es, n, _ = a.x.lexMatchIn(toks, j, true) // "بلدة القائم": the trigger is the context
		if n > 0 && tr.Type == model.TypeOrganization && pickClass(es, tr.Type).Type != tr.Type {
			n = 0 // "قناة المملكة": an outlet named with a weak name of a state
		}
		if n > 0 && !definite(&toks[j]) {
			if e := pickClass(es, tr.Type); e.Type == model.TypeCity && articleOnly(e.WeakAliases, toks[j:j+n]) {
				n = 0 // "قاعدة باب الخير": no town الباب, the article is missing ("ميليشيا أسد" may drop it)
			}
		}
	}
	if n > 0 {
		e := pickClass(es, tr.Type)
		if e.Type == model.TypeCity && toks[i].Key() == "موقع" && j+n < len(toks) && !toks[j+n].Break && toks[j+n].HasAny("عسكري", "عسكريه") && definite(&toks[j+n]) {
			// "موقع جبل الشيخ العسكري": a military post named after a known place
			a.use(mention{id: e.ID, typ: e.Type, surface: surfaceOf(toks, j, j+n, 0)}, s)
			return a.postMention(s, i, j+n+1, surfaceOf(toks, i, j+n, 0), surfaceOf(toks, i, j+n+1, 0)), true
		}
		if tr.Keep && (e.Type == model.TypeCity || e.Type == model.TypeCountry) && tr.Type == model.TypeMilitia && toks[i].Key() == "جبهه" {
			return mention{}, false // "فتح جبهة العراق"، "جبهة الجولان": a battlefront named after a place, no group
		}
		if tr.Keep && (e.Type == model.TypeCity || e.Type == model.TypeCountry) {
			// مطار بغداد: a new place named after a known one, which the
			// text names too; a lake or a street named after a place (بحيرة
			// حمرين، شارع فلسطين) names no more than itself.
			if tr.Type != model.TypeCity {
				a.use(mention{id: e.ID, typ: e.Type, surface: surfaceOf(toks, j, j+n, 0)}, s)
			}
			name := surfaceOf(toks, i, j+n, v)
			typ := tr.Type
			if typ == model.TypeBase && a.underConstruction(toks[i:j+n]) {
				typ = model.TypeCity // "مطار كربلاء قيد الإنشاء": a site being built hosts no forces yet
			}
			if id := a.townBaseTold(e.ID, name); typ == model.TypeBase && id != "" {
				return mention{id: id, typ: typ, t0: i, t1: j + n, surface: name}, true
			}
			return mention{id: discoveredID(typ, name), typ: typ, t0: i, t1: j + n, surface: name}, true
		}
		if sameClass(e.Type, tr.Type) {
			if !tr.Keep {
				// وكالة «أعماق»: the bare name is how the thing is also called.
				a.use(mention{id: e.ID, typ: e.Type, surface: surfaceOf(toks, j, j+n, 0)}, s)
			}
			return mention{id: e.ID, typ: e.Type, t0: i, t1: j + n, surface: surfaceOf(toks, i, j+n, v)}, true
		}
		if tr.Type == model.TypeBase && e.Type == model.TypeCity && !cliticB(&toks[j], e.NameKeys()[0]) {
			// قاعدة الكرمة التركية: a base named after its place, which
			// may be a namesake of a town the lexicon knows elsewhere; not
			// "قاعدة بشمال شرقي الأردن", a base somewhere there.
			name := surfaceOf(toks, i, j+n, v)
			if id := a.townBaseTold(e.ID, name); id != "" {
				return a.use(mention{id: id, typ: tr.Type, t0: i, t1: j + n, surface: name}, s), true
			}
			m := mention{id: discoveredID(tr.Type, name), typ: tr.Type, t0: i, t1: j + n, surface: name}
			a.use(m, s)
			a.baseAdjectiveAlias(s, m)
			return m, true
		}
		return mention{}, false
	}
	if m, ok := a.selfNamed(s, i, j, tr); ok {
		return m, true
	}
	if toks[i].Key() == "غرفه" {
		// غرفة عمليات «X»: a joint operations room of armed groups; any
		// other room (غرفة التجارة) is no group.
		if toks[j].Key() != "عمليات" || j+1 >= len(toks) {
			return mention{}, false
		}
		if j++; !toks[j].Quote {
			if _, m, _ := a.x.lexMatch(toks, j); m > 0 {
				return mention{}, false // غرفة عمليات بغداد: named after a place
			}
		}
		if compassNoun(&toks[j]) && !toks[j].Break && (j+1 >= len(toks) || toks[j+1].Break || !toks[j+1].Arabic || a.x.adjective(&toks[j+1]) == nil) {
			// «غرفة عمليات الجنوب»: the room of the region's groups
			name := surfaceOf(toks, i, j+1, v)
			m := a.use(mention{id: discoveredID(tr.Type, name), typ: tr.Type, t0: i, t1: j + 1, surface: name}, s)
			return m, true
		}
	}
	if m, ok := a.militaryPost(s, i, j); ok {
		return m, true
	}
	if m, ok := a.stationedPost(s, i, j); ok {
		return m, true
	}
	if tr.Quoted && !toks[j].Quote && !toks[i].Quote {
		return mention{}, false // موقع خالٍ: only a quoted name is an outlet
	}
	if tr.Quoted && toks[i].Quote && !toks[j].Quote && quotedLen(s, i, 6) == 0 {
		return mention{}, false // «جماعة خارجة عن القانون أقدمت ...»: a quoted statement, not a name
	}

	if !toks[j].Quote && i > 0 && (predicatePronoun(&toks[i-1]) || quantifier(&toks[i-1])) {
		return mention{}, false // "وهو فصيل ظهر", "أي فصيل الهجوم": no name follows
	}
	if !toks[j].Quote && i > 0 && a.x.countWord(&toks[i-1]) {
		return mention{}, false // "أكثر من 800 قرية باتت خالية", "أربعين قاعدة ونقطة": a count of places, no name
	}
	if !toks[j].Quote && (describer(&toks[j]) || !definite(&toks[j]) && ordinal(&toks[j])) || toks[j].HasAny("منضو", "منضوي", "منضويه", "منخرط", "منخرطه") {
		return mention{}, false // "مليشيا أكبر ترتبط بـ"، "فصيل غير معروف"، فصيل «منضوٍ في الحشد»: a description
	}
	ut, pv, ok := a.x.trigger(&toks[j])
	if ok && pv > 0 {
		return mention{}, false // "قاعدة لفصيل": a prepositional phrase, not a name
	}
	if ok && ut.Type == model.TypeBase && tr.Type == model.TypeBase && !toks[j].Quote && toks[i].HasAny("قاعده", "ثكنه") && toks[j].HasAny("مطار", "معسكر") {
		return mention{}, false // "قاعدة مطار تلعفر": the airport's own name follows
	}
	if ok && ut.Type == model.TypeMilitia && tr.Type == model.TypeBase && toks[i].Key() == "قاعده" && !toks[j].Quote {
		if unit, ok := a.discover(s, j); ok && unit.typ == model.TypeMilitia && a.x.lex.ByID(unit.id) == nil {
			// "قاعدة لواء غولاني": a base named after the unit it houses, a
			// unit the lexicon does not know as an armed group of the region
			a.use(unit, s)
			name := surfaceOf(toks, i, unit.t1, v)
			return mention{id: discoveredID(model.TypeBase, name), typ: model.TypeBase, t0: i, t1: unit.t1, surface: name}, true
		}
	}
	if tr.Type == model.TypeBase && !toks[j].Quote && onlyWithLam(&toks[j]) {
		return mention{}, false // "منشأة لتخزين الأسلحة"، "معسكر لتدريب المقاتلين": what it is for, not a name
	}
	if !toks[j].Quote && pronounSuffixed(&toks[j], tr.Type != model.TypeCity) {
		return mention{}, false // "تنظيم صفوفه", "قاعدة عملياتها": a noun with a pronoun
	}
	if n = 0; tr.Type == model.TypeMilitia || tr.Quoted && toks[j].Quote {
		n = quotedLen(s, j, 5) // غرفة عمليات «نصرة الفرات»، شركة «بلاك ووتر»
	}
	if n == 0 && tr.Type == model.TypeCity && (placeHead(toks[j].Key()) || a.x.rules.Titles.Match(toks, j) == 1) && j+1 < len(toks) {
		h := a.nameRun(toks, j+1, 2, false)
		if h == 0 && personalAli(&toks[j+1]) {
			h = 1 // قرية الشيخ علي
		}
		if h == 0 && !toks[j+1].Break && !definite(&toks[j+1]) && a.x.rules.Titles.Match(toks, j+1) == 1 {
			h = 1 // قرية شيخ أمير: a given name that is also a title, without the article
		}
		if h > 0 {
			n = 1 + h // قرية الشيخ مسكين، بلدة تل الورد، قرية أم الرمان
		}
	}
	if n == 0 {
		n = a.nameRun(toks, j, 3, false)
	}
	if n == 0 && tr.Type == model.TypeBase {
		return a.placedBase(s, i, j, false)
	}
	if e := j + n; tr.Type == model.TypeBase && e < len(toks) && !toks[e].Break && toks[e].HasAny("كيلو", "كم") && a.number(&toks[e-1]) {
		n++ // "حاجز السبعة كيلو": a post named by its distance
	}
	if n == 0 || j+n < len(toks) && !toks[j+n].Break && a.x.rules.Cue(rules.CueResumptive).Has(&toks[j+n]) {
		return mention{}, false // "قاعدة تنتشر فيها": a verb, not a name; "قرية X، وعليها" starts a clause
	}
	if n == 1 && !toks[j].Quote && toks[i].Variants[v].Key == "تنظيم" && definite(&toks[j]) {
		return mention{}, false // "تنظيم الانتخابات", "تنظيم العمل": the verbal noun, not a group
	}
	if !toks[j].Quote && participleShape(toks[j].Key()) || n == 1 && !toks[j].Quote && a.bodyWord(&toks[j]) {
		return mention{}, false // "منطقة مفتوحة", "منطقة منزوعة السلاح": an adjective; "قناة الجماعة": the group named before
	}
	if tr.Type == model.TypeBase && !toks[j].Quote && a.indefiniteDescription(toks, j, n) {
		return mention{}, false // "قاعدة دعم لوجستي صغيرة": what kind of base, no name
	}
	if tr.Type == model.TypeBase && n == 1 && !toks[j].Quote && definite(&toks[j]) && a.x.rules.Cue(rules.CueFacilityCommon).Has(&toks[j]) {
		return mention{}, false // "مجمع الإقامة في الموقع": a facility inside a base, no base's name
	}
	if tr.Type == model.TypeOrganization && tr.Keep && j+n < len(toks) && !toks[j+n].Break && publicWord(&toks[j+n]) {
		n++ // "مديرية الأمن العام"
	}
	name := surfaceOf(toks, j, j+n, 0)
	full := surfaceOf(toks, i, j+n, v)
	if tr.Keep {
		name = full
	}
	if id := a.baseNamedBefore(toks, j, n, tr.Type); id != "" {
		return mention{id: id, typ: model.TypeBase, t0: i, t1: j + n, surface: full}, true
	}
	m := mention{id: discoveredID(tr.Type, name), typ: tr.Type, t0: i, t1: j + n, surface: name}
	m = a.use(m, s) // "مطار أبو الضهور": the lexicon's base by a near name
	a.aliases[m.id][full] = true
	if tr.Type == model.TypeBase {
		a.baseAdjectiveAlias(s, mention{id: m.id, t0: i, t1: j + n, surface: full})
	}
	a.latinName(s, m)
	return m, true
}

// indefiniteDescription reports an indefinite base adjective (لوجستي،
// صغيرة، متقدمة) inside the n words of a base's name from j or right after
// them: a name is definite, so "قاعدة دعم لوجستي صغيرة" says what kind of
// base it is; "قاعدة حرير الجوية" keeps its name.
func (a *article) indefiniteDescription(toks []arabic.Token, j, n int) bool {
	adj := a.x.rules.Cue(rules.CueBaseAdjective)
	for k := j + 1; k <= j+n && k < len(toks); k++ {
		if k == j+n && toks[k].Break {
			break
		}
		if adj.Has(&toks[k]) && !definite(&toks[k]) {
			return true
		}
	}
	return false
}

// bodyOrg reads a government body the lexicon does not know by the
// words of its name: a ministry, department or authority placed with في in
// a region, a government, a state or an administration ("وزارة الداخلية
// في إقليم كوردستان"، "دائرة العلاقات الخارجية في حكومة الإقليم"), or
// told by a state adjective ("وزارة الخارجية القطرية"), or a department
// named by its task ("إدارة مكافحة المخدرات"). The place is named too.
func (a *article) bodyOrg(s *sentence, i int) (mention, bool) {
	toks := s.toks
	if m, ok := a.shortMinistry(s, i); ok {
		return m, true
	}
	if m, ok := a.opsCommand(s, i); ok {
		return m, true
	}
	if m, ok := a.provincialBody(s, i); ok {
		return m, true
	}
	if m, ok := a.court(s, i); ok {
		return m, true
	}
	if !bodyHead(&toks[i]) || i+2 >= len(toks) || toks[i+1].Break || s.mentionAt(i+1) != nil {
		return mention{}, false
	}
	if a.x.rules.Titles.Match(toks, i+1) > 0 || officeHead(&toks[i+1]) {
		return mention{}, false // "إدارة الرئيس الأمريكي": a president's administration, no body's name
	}
	k, task := a.bodyWords(s, i+1)
	if k == i+1 {
		return mention{}, false
	}
	if k < len(toks) && !toks[k].Break {
		if c := a.x.adjective(&toks[k]); c != nil && c.Type == model.TypeCountry {
			a.ensure(c.ID, s) // وزارة الخارجية القطرية، مفوضية حقوق الإنسان العراقية
			name := surfaceOf(toks, i, k+1, 0)
			return mention{id: discoveredID(model.TypeOrganization, name), typ: model.TypeOrganization, t0: i, t1: k + 1, surface: name}, true
		}
	}
	if !task && k == i+3 && nisbaAdjective(&toks[i+2]) && fullNameHead(&toks[i]) {
		task = true // "هيئة المنافذ الحدودية", "وزارة الموارد المائية": a full name
	}
	end, seat, back := a.bodySeat(s, k)
	if back {
		return a.bodyNamedBefore(toks, i, k, end)
	}
	if seat == nil && !task {
		return mention{}, false // "وزارة الداخلية" alone: whose is not said
	}
	if seat != nil {
		a.use(*seat, s)
	}
	name := surfaceOf(toks, i, end, 0)
	return mention{id: discoveredID(model.TypeOrganization, name), typ: model.TypeOrganization, t0: i, t1: end, surface: name}, true
}

// opsCommand reads an operations command named after its area that the
// lexicon does not know: "قيادة عمليات سامراء"، "قيادة عمليات البادية".
// The area inside the name is no place of the story.
func (a *article) opsCommand(s *sentence, i int) (mention, bool) {
	toks := s.toks
	if i+2 >= len(toks) || !toks[i].HasAny("قياده") || strings.HasPrefix(toks[i].Key(), "ب") || definite(&toks[i]) || toks[i+1].Key() != "عمليات" || toks[i+1].Break || toks[i+2].Break {
		return mention{}, false // "قيادة"، "وقيادة"، "لقيادة عمليات X"; "بقيادة" is who leads
	}
	n := a.seatWords(toks, i+2, true)
	if w := a.weakTownWords(toks, i+2); w > n {
		n = w // "قيادة عمليات صلاح الدين": a province by its short name
	}
	if n == 0 {
		return mention{}, false
	}
	end := i + 2 + n
	v := variantKeyed(&toks[i], "قياده")
	name := surfaceOf(toks, i, end, v)
	return mention{id: discoveredID(model.TypeOrganization, name), typ: model.TypeOrganization, t0: i, t1: end, surface: name}, true
}

// provincialBody reads a province's council or police command the lexicon
// does not know: "مجلس محافظة البصرة"، "قيادة شرطة ذي قار"، "مديرية شرطة
// الأنبار". The province must be a town or province of the lexicon; it is
// no place of the story, as in an operations command's name.
func (a *article) provincialBody(s *sentence, i int) (mention, bool) {
	toks := s.toks
	if i+2 >= len(toks) || definite(&toks[i]) || toks[i+1].Break || toks[i+2].Break || definite(&toks[i+1]) {
		return mention{}, false
	}
	head := ""
	for _, h := range [...]string{"مجلس", "قياده", "مديريه"} {
		if toks[i].Has(h) && !strings.HasPrefix(toks[i].Key(), "ب") {
			head = h
		}
	}
	switch {
	case head == "مجلس" && toks[i+1].Key() == "محافظه":
	case (head == "قياده" || head == "مديريه") && toks[i+1].Key() == "شرطه":
	default:
		return mention{}, false
	}
	es, n, _ := a.x.lexMatch(toks, i+2)
	if n == 0 || es[0].Type != model.TypeCity {
		n = a.weakTownWords(toks, i+2)
	}
	if n == 0 {
		return mention{}, false
	}
	end := i + 2 + n
	v := variantKeyed(&toks[i], head)
	name := surfaceOf(toks, i, end, v)
	return mention{id: discoveredID(model.TypeOrganization, name), typ: model.TypeOrganization, t0: i, t1: end, surface: name}, true
}

// weakTownWords is the number of words at k that name a town or province
// of the lexicon by a weak alias (صلاح الدين), or 0.
func (a *article) weakTownWords(toks []arabic.Token, k int) int {
	if es, n, _ := a.x.lexMatchIn(toks, k, true); n > 0 && es[0].Type == model.TypeCity {
		return n
	}
	return 0
}

// seatWords is the number of words at k that name the seat or area of a
// body in its name ("عمليات سامراء"، "جنايات الرصافة"): a town of the
// lexicon (or a country, when countries is set), or one definite word that
// is no adjective of a state, stop word or generic noun; 0 when neither.
func (a *article) seatWords(toks []arabic.Token, k int, countries bool) int {
	if es, n, _ := a.x.lexMatch(toks, k); n > 0 && (es[0].Type == model.TypeCity || countries && es[0].Type == model.TypeCountry) {
		return n
	}
	if definite(&toks[k]) && a.x.adjective(&toks[k]) == nil && !a.x.rules.Stop[toks[k].Key()] && !a.x.rules.Generic[toks[k].Key()] {
		return 1
	}
	return 0
}

// court reads a court named by its kind and its seat or district, which
// the lexicon does not know: "محكمة جنايات الرصافة"، "محكمة تحقيق البصرة"،
// "محكمة استئناف نينوى"، and "محكمة التمييز (الاتحادية)". As in an
// operations command's name, the place inside it is no place of the story.
func (a *article) court(s *sentence, i int) (mention, bool) {
	toks := s.toks
	if i+1 >= len(toks) || toks[i].Key() != "محكمه" || definite(&toks[i]) || toks[i+1].Break {
		return mention{}, false
	}
	end := i + 2
	switch kind := &toks[i+1]; {
	case kind.Key() == "تمييز" && definite(kind):
		if end < len(toks) && !toks[end].Break && toks[end].Key() == "اتحاديه" {
			end++
		}
	case kind.HasAny("جنايات", "تحقيق", "استئناف", "جنح") && !definite(kind) && end < len(toks) && !toks[end].Break:
		n := a.seatWords(toks, end, false)
		if n == 0 {
			return mention{}, false
		}
		end += n
	default:
		return mention{}, false
	}
	name := surfaceOf(toks, i, end, 0)
	return mention{id: discoveredID(model.TypeOrganization, name), typ: model.TypeOrganization, t0: i, t1: end, surface: name}, true
}

// shortMinistry reads a ministry called by its portfolio and a state
// adjective, as the news shortens it: "الخارجية الفرنسية"، "الدفاع
// البريطانية"، "الداخلية المصرية".
func (a *article) shortMinistry(s *sentence, i int) (mention, bool) {
	toks := s.toks
	if i+1 >= len(toks) || toks[i+1].Break || !definite(&toks[i]) {
		return mention{}, false
	}
	switch toks[i].Key() {
	case "خارجيه", "دفاع", "داخليه":
	default:
		return mention{}, false
	}
	c := a.x.adjective(&toks[i+1])
	if c == nil || c.Type != model.TypeCountry || !strings.HasSuffix(toks[i+1].Variants[0].Fold, "ه") {
		return mention{}, false // "وزير الخارجية الأردني": the adjective is the minister's
	}
	a.ensure(c.ID, s)
	name := surfaceOf(toks, i, i+2, 0)
	return mention{id: discoveredID(model.TypeOrganization, name), typ: model.TypeOrganization, t0: i, t1: i + 2, surface: name}, true
}

// bodyWords reads the words of a body's name after its head noun: a task
// noun and its object (مكافحة المخدرات), or a definite noun with an
// optional nisba adjective or a second noun behind و (الداخلية، العلاقات
// الخارجية، الثقافة والإعلام). It returns the end and whether a task named it.
func (a *article) bodyWords(s *sentence, k int) (int, bool) {
	toks := s.toks
	if taskNoun(&toks[k]) && k+1 < len(toks) && !toks[k+1].Break && definite(&toks[k+1]) {
		return k + 2, true
	}
	if !definite(&toks[k]) || a.x.adjective(&toks[k]) != nil || a.lexNameAt(toks, k) > 0 {
		return k, false
	}
	k++
	if k < len(toks) && !toks[k].Break && (conjoinedDefinite(&toks[k]) || nisbaAdjective(&toks[k]) && a.x.adjective(&toks[k]) == nil) {
		k++
	}
	return k, false
}

// bodyNamedBefore is the body named in full earlier in the article that
// toks[i:k] + "في الإقليم" refers back to ("وزارة الداخلية في الإقليم"
// after "وزارة الداخلية في إقليم كردستان"), taken over [i, end).
func (a *article) bodyNamedBefore(toks []arabic.Token, i, k, end int) (mention, bool) {
	prefix := arabic.Key(surfaceOf(toks, i, k, 0)) + " في "
	best := ""
	for id, e := range a.ents {
		if e.Type == model.TypeOrganization && strings.HasPrefix(arabic.Key(e.Name), prefix) && (best == "" || id < best) {
			best = id // the smallest id: the output must not depend on map order
		}
	}
	if best == "" {
		return mention{}, false
	}
	return mention{id: best, typ: model.TypeOrganization, t0: i, t1: end, surface: surfaceOf(toks, i, end, 0)}, true
}

// bodySeat reads "في" + a region, a state, a government (حكومة + a region)
// or an administration the lexicon knows after a body's name. It returns
// the end of the phrase and the place named, or k and nil; back reports
// "في الإقليم", a region named before.
func (a *article) bodySeat(s *sentence, k int) (int, *mention, bool) {
	toks := s.toks
	if k+1 >= len(toks) || toks[k].Break || toks[k].Key() != "في" || toks[k+1].Break {
		return k, nil, false
	}
	j := k + 1
	gov := toks[j].Key() == "حكومه" && !definite(&toks[j]) && j+1 < len(toks) && !toks[j+1].Break
	if gov {
		j++
	}
	if toks[j].Key() == "اقليم" && definite(&toks[j]) {
		return j + 1, nil, true // "في الإقليم", "في حكومة الإقليم"
	}
	es, n, v := a.x.lexMatch(toks, j)
	if n == 0 {
		return k, nil, false
	}
	e := es[0]
	switch {
	case e.Type == model.TypeOrganization && !gov:
		// "هيئة الداخلية في الإدارة الذاتية": an administration's body
	case e.Type == model.TypeCountry:
	case e.Type == model.TypeCity && (gov || provinceWord(&toks[j])):
	default:
		return k, nil, false // "وزارة الداخلية في الموصل": an office of it, not its name
	}
	if gov {
		if gs, gn, gv := a.x.lexMatch(toks, k+1); gn == n+1 && gs[0].Type == model.TypeOrganization {
			a.use(mention{id: gs[0].ID, typ: gs[0].Type, surface: surfaceOf(toks, k+1, j+n, gv)}, s)
		}
	}
	m := mention{id: e.ID, typ: e.Type, t0: j, t1: j + n, surface: surfaceOf(toks, j, j+n, v)}
	return j + n, &m, false
}

// provinceWord reports the word that opens a region's or a province's
// name: إقليم (كردستان)، محافظة (نينوى).
func provinceWord(t *arabic.Token) bool {
	switch t.Key() {
	case "اقليم", "محافظه":
		return true
	}
	return false
}

// bodyHead reports the first noun of a government body's name in
// construct: وزارة، إدارة، دائرة، هيئة، مفوضية، شركة (a state company told
// by its adjective: شركة الخطوط الجوية العراقية).
func bodyHead(t *arabic.Token) bool {
	if definite(t) {
		return false
	}
	switch t.Key() {
	case "وزاره", "اداره", "دائره", "هيئه", "مفوضيه", "شركه":
		return true
	}
	return false
}

// fullNameHead reports a body's head noun whose definite noun and
// adjective make a name on their own (هيئة المنافذ الحدودية); إدارة and
// دائرة are also common nouns (إدارة الملف الأمني، دائرة العلاقات الخارجية
// of an unnamed administration).
func fullNameHead(t *arabic.Token) bool {
	switch t.Key() {
	case "وزاره", "هيئه", "مفوضيه":
		return true
	}
	return false
}

// taskNoun reports the verbal noun that names a department by its task:
// مكافحة (المخدرات)، شؤون (العشائر)، حماية (المنشآت).
func taskNoun(t *arabic.Token) bool {
	if definite(t) {
		return false
	}
	switch t.Key() {
	case "مكافحه", "شؤون", "حمايه", "حقوق":
		return true
	}
	return false
}

// describer reports a word that describes a group instead of naming it:
// an elative (أكبر، أقوى، أوسع) or "غير معروف(ة) سابقاً". They are kept out
// of the stop list, which people's names share: علي أكبر، معروف البخيت.
func describer(t *arabic.Token) bool {
	switch t.Key() {
	case "اكبر", "اصغر", "اقوي", "ابرز", "اهم", "اخطر", "اوسع", "اقرب", "ابعد", "اكثر", "اقل", "اشد", "اضخم", "اقدم", "احدث",
		"غير", "معروف", "معروفه", "سابقا", "نطاق", "حتي", "الان", "كثيرا", "نسبيا", "مجهوله", "مجهول",
		"ناشئ", "ناشئه", "مغمور", "مغموره", "غامض", "غامضه":
		return true
	}
	return false
}

// ordinal reports an ordinal number word: "قاعدة ثالثة" (a third base) is
// a count of bases, no name; a definite one may be ("الفرقة الرابعة").
func ordinal(t *arabic.Token) bool {
	return t.Key() == "ثان" || unitOrdinals[strings.TrimSuffix(t.Key(), "ه")] >= 2
}

// baseAdjectiveAlias keeps "قاعدة X الجوية" (a generic definite adjective
// after the base) as an alias of the base m.
func (a *article) baseAdjectiveAlias(s *sentence, m mention) {
	toks := s.toks
	if k := m.t1; k < len(toks) && !toks[k].Break && a.x.rules.Generic[toks[k].Key()] && definite(&toks[k]) {
		a.aliases[m.id][m.surface+" "+toks[k].Surface] = true
	}
}

// basePair reads a dual base noun and two places (مطاري دمشق وحلب،
// مطاري حماة والشعيرات): each place names the lexicon base "singular +
// place" (مطار دمشق) or is a base itself, never the town. It returns the
// end of the phrase.
func (a *article) basePair(s *sentence, i int) (int, bool) {
	toks := s.toks
	noun := dualNoun(toks[i].Key())
	if noun == "" || a.x.lex == nil || i+2 >= len(toks) || toks[i+1].Break {
		return 0, false
	}
	var found []mention
	for k := i + 1; k < len(toks) && len(found) < 2 && !toks[k].Break; {
		sep := len(found) > 0 && toks[k].Key() == "و" && k+1 < len(toks) && !toks[k+1].Break
		if sep {
			k++ // و"الشدادي": the conjunction written apart before a quote
		}
		m, ok := a.dualBase(s, k, noun, len(found) > 0, sep)
		if !ok {
			break
		}
		found = append(found, m)
		k = m.t1
	}
	if len(found) < 2 {
		return 0, false
	}
	for _, m := range found {
		a.take(s, m)
	}
	return found[1].t1, true
}

// dualBase is the base named by the place at token k after a dual base
// noun whose singular is noun; the second place carries و.
func (a *article) dualBase(s *sentence, k int, noun string, second, sep bool) (mention, bool) {
	toks := s.toks
	es, n, v := a.x.lexMatch(toks, k)
	if n == 0 || second != (sep || toks[k].Variants[v].Pre == "و") {
		return mention{}, false
	}
	if es[0].Type == model.TypeBase {
		return mention{id: es[0].ID, typ: model.TypeBase, t0: k, t1: k + n, surface: surfaceOf(toks, k, k+n, v)}, true
	}
	key := arabic.Key(noun) + " " + toks[k].Variants[v].Key + windowRest(toks, k+1, k+n)
	for _, e := range a.x.lex.Lookup(key) {
		if e.Type == model.TypeBase {
			return mention{id: e.ID, typ: model.TypeBase, t0: k, t1: k + n, surface: noun + " " + surfaceOf(toks, k, k+n, v)}, true
		}
	}
	return mention{}, false
}

// townList takes the towns joined by و after a plural or dual place word
// and its first town (بلدات البارة وكنصفرة وسفوهن، قريتي X وY). It returns
// the token after the list.
func (a *article) townList(s *sentence, trig int, first mention) int {
	toks, k := s.toks, first.t1
	if first.typ != model.TypeCity || !a.x.rules.Cue(rules.CuePlaceList).Has(&toks[trig]) {
		return k
	}
	for k < len(toks) && !toks[k].Break && conjoined(&toks[k]) {
		m, ok := a.conjunctPlace(s, k)
		if !ok {
			break
		}
		a.take(s, m)
		k = m.t1
	}
	return k
}

// conjunctPlace reads the town after و at token k: a lexicon place, or a
// word that may be a name, with at most one more word (وتل أبيض).
func (a *article) conjunctPlace(s *sentence, k int) (mention, bool) {
	toks := s.toks
	es, n, v := a.x.lexMatch(toks, k)
	if n == 0 {
		es, n, v = a.x.lexMatchIn(toks, k, true) // the list is the context: "حمص وتدمر"
	}
	if n > 0 && toks[k].Variants[v].Pre == "و" {
		e := pickClass(es, model.TypeCity)
		if e.Type != model.TypeCity {
			return mention{}, false
		}
		return mention{id: e.ID, typ: e.Type, t0: k, t1: k + n, surface: surfaceOf(toks, k, k+n, v)}, true
	}
	v = 1
	for v < len(toks[k].Variants) && toks[k].Variants[v].Pre != "و" {
		v++
	}
	if v == len(toks[k].Variants) || a.verbCue(&toks[k]) || pronounSuffixed(&toks[k], false) {
		return mention{}, false // "ومحيطهما": their surroundings close the list
	}
	head := placeHead(toks[k].Variants[v].Key) || a.x.rules.Titles.Match(toks, k) == 1
	if !head && !a.placeWord(&toks[k].Variants[v]) {
		return mention{}, false
	}
	n = 1
	if k+1 < len(toks) && !conjoined(&toks[k+1]) && !toks[k+1].Break {
		n += a.nameRun(toks, k+1, 1, false) // not "قارة ويبرود، تحسباً": a comma closes the name
	}
	if head && n < 2 {
		return mention{}, false // "وأم" alone names nothing
	}
	name := surfaceOf(toks, k, k+n, v)
	m := mention{id: discoveredID(model.TypeCity, name), typ: model.TypeCity, t0: k, t1: k + n, surface: name}
	a.use(m, s)
	return m, true
}

// underConstruction reports that the article calls the site named by
// the tokens name "قيد الإنشاء" (or البناء، التشييد) somewhere, right
// after the name or after "الذي لا يزال".
func (a *article) underConstruction(name []arabic.Token) bool {
	n := len(name)
	for _, s := range a.sents {
		for k := 0; k+n < len(s.toks); k++ {
			if !sameWords(s.toks[k:k+n], name) {
				continue
			}
			e := k + n
			for e < len(s.toks) && definite(&s.toks[e]) && s.toks[e].HasAny("دولي", "مدني", "جديد") {
				e++ // "مطار كربلاء الدولي قيد الإنشاء"
			}
			e = stillClause(s.toks, e)
			if e+1 < len(s.toks) && s.toks[e].Key() == "قيد" && !s.toks[e].Break && s.toks[e+1].HasAny("انشاء", "بناء", "تشييد") {
				return true
			}
		}
	}
	return false
}

// stillClause skips "الذي لا يزال" / "التي ما زالت" from token k.
func stillClause(toks []arabic.Token, k int) int {
	if k < len(toks) && relativePronoun(&toks[k]) {
		k++
	}
	if k < len(toks) && (toks[k].Key() == "لا" || toks[k].Key() == "ما") {
		k++
	}
	if k < len(toks) && toks[k].HasAny("يزال", "تزال", "زال", "زالت") {
		k++
	}
	return k
}

// sameWords reports two token runs that share a reading word by word
// ("ومطار" has the reading "مطار").
func sameWords(a, b []arabic.Token) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if !a[i].Has(b[i].Key()) && !b[i].Has(a[i].Key()) {
			return false
		}
	}
	return true
}

// placeBackReference reports a definite place noun that points back to a
// place named before: "مطار المدينة"، "معسكر المحافظة"، "جبل المنطقة".
func placeBackReference(t *arabic.Token) bool {
	switch t.Variants[0].Fold {
	case "المدينه", "المحافظه", "البلده", "القريه", "المنطقه", "العاصمه", "الناحيه", "القضاء", "الاقليم", "البلاد":
		return true
	}
	return false
}

// placeHead reports the first word of many village names (أم العصافير،
// تل الورد، دير حافر، كفر نبل، عين عيسى، البو حمدان), too short or too
// generic to be a name alone.
func placeHead(k string) bool {
	switch k {
	case "ام", "ابو", "تل", "دير", "كفر", "عين", "بيت", "خربه", "بير", "راس", "جسر", "قصر", "مزرعه", "بو":
		return true
	}
	return false
}

// placeWord reports a reading that may be a town's name: a word of three
// letters or more that is no function, generic or event word, no trigger,
// adjective or verb.
func (a *article) placeWord(vr *arabic.Variant) bool {
	r := a.x.rules
	if _, trigger := r.Triggers[vr.Key]; trigger || utf8.RuneCountInString(vr.Key) < 3 || r.Stop[vr.Key] || r.Generic[vr.Key] {
		return false
	}
	if a.x.adjective(&arabic.Token{Variants: []arabic.Variant{*vr}}) != nil {
		return false
	}
	f := vr.Fold
	return !verbShape(f) && !imperfectShape(f) && !verbObject(vr.Surface) && !isDigitWord(f) &&
		!strings.HasSuffix(f, "ها") && !strings.HasSuffix(f, "هم")
}

// verbCue reports a word an attack or speech cue reads (وقصفت، وقال).
func (a *article) verbCue(t *arabic.Token) bool {
	c := a.x.rules.Cues
	return c["attack"].Has(t) || c["speech"].Has(t) || c["attack_anaphora"].Has(t)
}

// selfNamed reads "trigger [adjective] يطلق على نفسه اسم «X»" (also تعرف
// باسم, تسمى): X is the entity, of the trigger's type. j is the token after
// the trigger.
func (a *article) selfNamed(s *sentence, i, j int, tr triggerRule) (mention, bool) {
	toks := s.toks
	unknown := 0
	for k := j; k < len(toks) && k <= j+5; k++ {
		n := a.x.rules.Cue(rules.CueNaming).Match(toks, k)
		if n == 0 {
			if !a.x.rules.Stop[toks[k].Key()] && !a.x.rules.Generic[toks[k].Key()] && a.x.adjective(&toks[k]) == nil && !describer(&toks[k]) {
				// "مجموعة غامضة تسمي نفسها": an adjective no list knows;
				// the naming verb soon after is what makes the reading
				if unknown++; unknown > 2 || toks[k].Quote || toks[k].Break || s.mentionAt(k) != nil || !a.plainAdjective(&toks[k]) {
					return mention{}, false
				}
			}
			continue // فصيل مسلح يطلق على نفسه، مجموعة غير معروفة سابقاً تسمي نفسها
		}
		at := k + n
		if at >= len(toks) {
			return mention{}, false
		}
		if es, m, _ := a.x.lexMatch(toks, at); m > 0 {
			e := pickClass(es, tr.Type)
			return mention{id: e.ID, typ: e.Type, t0: at, t1: at + m, surface: surfaceOf(toks, at, at+m, 0)}, true
		}
		c := quotedLen(s, at, 5)
		if c == 0 {
			c = a.nameRun(toks, at, 3, false)
		}
		if c == 0 {
			return mention{}, false
		}
		name := surfaceOf(toks, at, at+c, 0)
		m := mention{id: discoveredID(tr.Type, name), typ: tr.Type, t0: at, t1: at + c, surface: name}
		a.use(m, s)
		return m, true
	}
	return mention{}, false
}

// plainAdjective reports a word that may be an indefinite adjective of an
// indefinite trigger ("غامضة"، "ناشئ"): no article, no clitic, no trigger.
// "لفصيل مسلح" and "كتائب الثأر" are other nouns, not a description.
func (a *article) plainAdjective(t *arabic.Token) bool {
	if _, _, ok := a.x.trigger(t); ok || t.Pre != "" {
		return false
	}
	f := t.Variants[0].Fold
	return !strings.HasPrefix(f, "ال") && !strings.HasPrefix(f, "ل") && !strings.HasPrefix(f, "ب")
}

// quotedLen is the number of Arabic words of the quoted name opening at
// token at («ثوار الفرات»), at most max, or 0 if no quote opens there or it
// does not close in time.
func quotedLen(s *sentence, at, max int) int {
	toks := s.toks
	if at >= len(toks) || !toks[at].Quote {
		return 0
	}
	rs := []rune(s.Text)
	for k := at + 1; k <= at+max && k <= len(toks); k++ {
		end := len(rs)
		if k < len(toks) {
			end = toks[k].Start
		}
		if toks[k-1].End > end || end > len(rs) || !toks[k-1].Arabic {
			return 0
		}
		if strings.ContainsAny(string(rs[toks[k-1].End:end]), "»\"”") {
			return k - at
		}
		if k < len(toks) && toks[k].Break {
			return 0
		}
	}
	return 0
}

func parenOK(toks []arabic.Token, i int) bool { return toks[i].Arabic }

// pickClass prefers an entry of the trigger's class among homonyms
// (قاعدة الشدادي is the base, not the town).
func pickClass(es []*lexicon.Entry, typ string) *lexicon.Entry {
	for _, e := range es {
		if sameClass(e.Type, typ) {
			return e
		}
	}
	return es[0]
}

// trigger returns the discovery trigger a token is (in construct state,
// without ال), with the reading used.
func (x *Extractor) trigger(t *arabic.Token) (triggerRule, int, bool) {
	for v, vr := range t.Variants {
		if strings.HasPrefix(vr.Fold, "ال") || !x.idx.trigger.MayHave(vr.Hash()) {
			continue
		}
		if tr, ok := x.rules.Triggers[vr.Key]; ok {
			if vr.Key == "وادي" && strings.ContainsRune(t.Surface, 'أ') {
				continue // "وأدى" (and led to) folds as "وادي" (valley)
			}
			return triggerRule{Type: tr.Type, Keep: tr.Keep, Quoted: tr.Quoted}, v, true
		}
	}
	return triggerRule{}, 0, false
}

type triggerRule struct {
	Type   string
	Keep   bool
	Quoted bool
}

// sameClass reports types the scorer treats as one class.
func sameClass(a, b string) bool {
	armed := func(t string) bool { return t == model.TypeMilitia || t == model.TypeForce }
	return a == b || armed(a) && armed(b)
}

func discoveredID(typ, name string) string {
	return strings.ToLower(typ) + ":" + strings.ReplaceAll(arabic.Key(name), " ", "-")
}

// cliticB reports t read as a place whose name has the key nameKey with
// the preposition ب taken off ("بشمال شرقي الأردن" for "شمال شرقي
// الأردن"), not a name starting with ب (بعشيقة).
func cliticB(t *arabic.Token, nameKey string) bool {
	return strings.HasPrefix(arabic.Key(t.Surface), "ب") && !strings.HasPrefix(nameKey, "ب")
}

// nameRun is the number of tokens from j (at most max) that can be a name:
// Arabic words that are no function word, generic word, title, trigger,
// country adjective or lexicon name. person relaxes the rules for people.
func (a *article) nameRun(toks []arabic.Token, j, max int, person bool) int {
	r := a.x.rules
	n := 0
	for k := j; k < len(toks) && n < max; k++ {
		t := &toks[k]
		key := t.Key()
		stop := r.Stop[key] && !(person && (personalAli(t) || k > j && theophoric(t))) // الله keys as له
		afterAbd := k > j && toks[k-1].Key() == "عبد" && definite(t) && !t.Break
		if afterAbd && (person || n > 0) {
			stop = false // "عبد الواحد"، "قرية السلطان عبد الله": the divine name after عبد is no common word
		} else if r.Generic[key] && !(!person && placeHead(key) && k+1 < len(toks) && !toks[k+1].Break && toks[k+1].Arabic && !r.Stop[toks[k+1].Key()] && !r.Generic[toks[k+1].Key()]) {
			stop = true // not "قاعدة تل بطال": a hill or monastery word heads a place's name
		}
		if stop && !person && n > 0 && compassNoun(t) {
			stop = false // "لواء صقور الشمال": the region a group is named after, not where it is
		}
		if tanwin(t.Surface) || !person && pronounSuffixed(t, false) {
			break // "حي راقٍ" (an indefinite adjective), "ومحيطهما" (their surroundings), "السفير لإبلاغه احتجاجاً"
		}
		if !person && k == j && definite(t) && baseNoun(t) && (k+1 >= len(toks) || toks[k+1].Break || !toks[k+1].Arabic || r.Stop[toks[k+1].Key()]) {
			break // "مجمع المطار،": the base told before, no name; not "قاعدة الحقل الأخضر"
		}
		if k > j && t.Quote {
			break // "الباحث سامي نصار «غطاء…»": an opening quote ends the name
		}
		if person && officeHead(t) && key != "امين" {
			break // "الجنرال جون دو مدير العمليات": the office after the name; no name opens with one
		}
		if !t.Arabic || k > j && t.Break || stop || cliticStop(t, r.Stop) ||
			a.x.adjective(t) != nil && !(person && k == j && givenNameShape(toks, k)) && !a.nisbaSurname(toks, j, k, person) {
			break
		}
		if _, _, ok := a.x.trigger(t); ok && k > j {
			break
		}
		if !person && k > j && slices.ContainsFunc(t.Variants, func(v arabic.Variant) bool { return r.Numbers[v.Key] > 0 }) {
			break // "في قرية X بثلاثة صواريخ": a count closes the name
		}
		if !person && k > j && k+1 < j+max && k+1 < len(toks) && !toks[k+1].Break && t.HasAny("سيد", "شيخ", "حاج") && definite(t) && !conjoined(t) && !definite(&toks[k+1]) && toks[k+1].Arabic {
			n++ // "بلدة حوش السيد علي"، "قرية تل الشيخ حمد": a saint's title inside a place's name
			if personalAli(&toks[k+1]) {
				n, k = n+1, k+1 // "علي" keys as the preposition على
			}
			continue
		}
		if r.Titles.Match(toks, k) > 0 && (definite(t) || !person) || r.Cue(rules.CueSpeech).Match(toks, k) > 0 {
			break // an indefinite rank inside a person's name is a given name: رائد، عميد
		}
		if k > j && a.lexNameAt(toks, k) > 0 && !(person && a.x.surnameOnly(toks, k)) {
			break // "العميد كاظم الياسري": a known surname closes another person's name
		}
		f := t.Variants[0].Fold
		if k == j && (hasCliticArticle(f) || !strings.HasPrefix(f, "ال") && strings.HasSuffix(f, "يه") && !person) {
			break
		}
		if k > j && hasCliticArticle(f) && !(person && shortAfterArticle(f)) {
			break // "والسفير"، "بالقرب"; not the family name "فالون"
		}
		fam := person && strings.HasSuffix(f, "ات") && familyAt(toks, j, k)
		if k > j && verbShape(f) && !fam || !person && verbObject(t.Variants[0].Surface) {
			break // "قاعدة الزعفران تعرضت", "مجمع يستخدمه مقاتلون"
		}
		if imperfectShape(f) {
			break // "جبل الزاوية يتزامن", "الرئيس يتابع", "وفصيل يتبنى"
		}
		if k > j && !person && plainImperfect(f) {
			break // "منطقة متينا يجعل", "بلدة الصفا تشهد"
		}
		abdPair := key == "عبد" && k+1 < len(toks) && !toks[k+1].Break && definite(&toks[k+1]) && k+1 < j+max
		if k > j && !person && (conjoined(t) || !definite(t) && strings.HasPrefix(toks[k-1].Variants[0].Fold, "ال") && !abdPair) {
			break // "منشأة تدريب ومنزلا", "بلدة الهلالية شهد": a list or a verb
		}
		if person && k == j && !nameLike(t) {
			break // "الرئيس ليس لديه", "الوزير مستدركاً بأن"
		}
		if isDigitWord(f) || len([]rune(key)) < 2 || a.eventWord(toks, k) && !familyWord(toks, j, k, person) {
			break // "معسكر الأمل بطائرة مسيرة", "فصيل الهجوم"
		}
		if person && k > j && (r.Cue(rules.CueCasualties).Match(toks, k) > 0 || r.Cue(rules.CueAttackVerbVso).Match(toks, k) > 0) {
			break // "العميد X Y قتل في الغارة"
		}
		if person && (strings.HasSuffix(f, "ات") && !fam || k > j && strings.HasPrefix(f, "لل")) {
			break
		}
		if person && k > j && conjoined(t) && strings.HasPrefix(toks[k-1].Variants[0].Fold, "ال") {
			break // "حيدر الموسوي ومرافقه", "سامي الدليمي وابناه": the family name closes it
		}
		if person && k > j && strings.HasPrefix(toks[k-1].Variants[0].Fold, "ال") && !(k-2 >= j && compoundHead(toks[k-2:k-1])) && !theophoric(&toks[k-1]) && !hamzaAl(&toks[k-1]) &&
			!(familyNisba(toks[k-1].Variants[0].Fold) && familyNisba(f)) { // "أبو الحسين الحسيني القرشي": a chain of family names
			n-- // a definite word inside a name ends it: "بصورة الوضع الاقتصادي"
			break
		}
		n++
		if person && n == 1 && (key == "عبد" || key == "ابو" || key == "ابن" || key == "بن") {
			max++
		}
	}
	return n
}

// nisbaSurname reports an indefinite state adjective at k right after a
// one-word given name at j, as the family name of a person: "علي تركي"،
// "حسن عراقي". "مسؤول تركي" is no name: its first word is no given name.
func (a *article) nisbaSurname(toks []arabic.Token, j, k int, person bool) bool {
	if !person || k != j+1 || definite(&toks[k]) || a.x.adjective(&toks[j]) != nil || definite(&toks[j]) {
		return false
	}
	return personalAli(&toks[j]) || a.x.rules.Cue(rules.CueGivenName).Has(&toks[j])
}

// familyAt reports a definite family name in ـات closing a name of given
// names (محمد ياسين الخضيرات، علي العبيدات): a break, و or إن follows it.
func familyAt(toks []arabic.Token, j, k int) bool {
	if k == j || !strings.HasPrefix(toks[k].Variants[0].Fold, "ال") || definite(&toks[k-1]) {
		return false
	}
	if k+1 >= len(toks) || toks[k+1].Break || conjoined(&toks[k+1]) {
		return true
	}
	switch toks[k+1].Key() {
	case "ان", "انه", "انها", "قال", "قوله":
		return true
	}
	return false
}

// verbShape reports a word shaped like a perfect verb in the feminine,
// the usual verb right after a place name: تعرضت، استهدفت، انطلقت، أعلنت.
func verbShape(f string) bool {
	if !strings.HasSuffix(f, "ت") || utf8.RuneCountInString(f) < 4 {
		return false
	}
	return strings.HasPrefix(f, "ت") || strings.HasPrefix(f, "ا") || strings.HasPrefix(f, "ي") || strings.HasPrefix(f, "ن")
}

// verbObject reports a verb with an object pronoun, as written (ه, not ة):
// imperfect يستخدمه، تديرها، perfect حوّلته، اتخذوها.
func verbObject(surface string) bool {
	w := []rune(arabic.Fold(surface))
	if len(w) < 5 || lastLetter(surface) == 'ة' {
		return false
	}
	f := string(w)
	for _, suf := range []string{"ه", "ها", "هم"} {
		if !strings.HasSuffix(f, suf) {
			continue
		}
		stem := strings.TrimSuffix(f, suf)
		if strings.HasPrefix(f, "ي") || strings.HasPrefix(f, "ت") && !strings.HasPrefix(f, "تل") || strings.HasSuffix(stem, "ت") || strings.HasSuffix(stem, "و") {
			return true
		}
	}
	return false
}

// lastLetter is the last rune of s that is no diacritic or tatweel.
func lastLetter(s string) rune {
	r := []rune(s)
	for k := len(r) - 1; k >= 0; k-- {
		if r[k] < 0x064B || r[k] > 0x0652 && r[k] != 0x0670 && r[k] != 0x0640 {
			return r[k]
		}
	}
	return 0
}

// imperfectShape reports a word shaped like an imperfect verb of the
// derived forms (يتزامن، تتواصل، يستعد، تستهدف): no name starts so.
func imperfectShape(f string) bool {
	if utf8.RuneCountInString(f) < 5 {
		return false
	}
	for _, p := range []string{"يت", "تت", "يست", "تست"} {
		if strings.HasPrefix(f, p) {
			return true
		}
	}
	return false
}

// plainImperfect reports a word of three or four letters shaped like an
// imperfect verb of the simple form (يجعل، تشهد، تعد، ترد): after the first
// word of a place name it is the verb of the clause, not a part of the name.
func plainImperfect(f string) bool {
	n := utf8.RuneCountInString(f)
	return (n == 3 || n == 4) && (strings.HasPrefix(f, "ي") || strings.HasPrefix(f, "ت"))
}

// conjoined reports a word with the proclitic و (ومنزلا، وكنصفرة): inside
// a discovered name it starts the next item of a list.
func conjoined(t *arabic.Token) bool {
	for v := 1; v < len(t.Variants); v++ {
		if t.Variants[v].Pre == "و" {
			return true
		}
	}
	return false
}

// nameLike reports a word that may start a person's name: not a
// negation or preposition with a pronoun (ليس، لديه, in the stop list),
// not an adverbial participle (مستدركاً، مضيفاً، مشيراً), which carries
// tanween or is مُ...ا.
func nameLike(t *arabic.Token) bool {
	if strings.ContainsRune(t.Surface, '\u064B') {
		return false
	}
	f := t.Variants[0].Fold
	return !(strings.HasPrefix(f, "م") && strings.HasSuffix(f, "ا") && utf8.RuneCountInString(f) >= 5)
}

// pronounSuffixed reports a noun with a possessive pronoun (صفوفه،
// عملياتها، قادتهم), which names nothing. A final ه alone counts only when
// strict, and on a word of five letters or more: towns and camps are
// written with a final ه too (حماه، زيوه).
func pronounSuffixed(t *arabic.Token, strict bool) bool {
	f := t.Variants[0].Fold
	n := utf8.RuneCountInString(f)
	if strings.HasPrefix(f, "ال") || n < 4 {
		return false
	}
	if strings.HasSuffix(f, "ها") || strings.HasSuffix(f, "هم") || strings.HasSuffix(f, "هما") {
		return true
	}
	return strict && lastLetter(t.Variants[0].Surface) == 'ه' && n >= 5 // not "معسكر زيوه"، "كويه"
}

// theophoric reports الدين / الله as the second part of a given name
// (تقي الدين، نور الدين، عطا الله): the definite word does not end it.
func theophoric(t *arabic.Token) bool {
	f := t.Variants[0].Fold
	return f == "الدين" || f == "الله"
}

// familyWord reports a definite word that closes a person's name of
// given names, followed by a break, the end or a function word: a family
// name that is also a common noun (محمود العدوان، خلال اشتباك).
func familyWord(toks []arabic.Token, j, k int, person bool) bool {
	if !person || k == j || !strings.HasPrefix(toks[k].Variants[0].Fold, "ال") || definite(&toks[k-1]) ||
		strings.HasSuffix(toks[j].Variants[0].Fold, "يه") {
		return false // "مسؤولية الهجوم": an abstract noun in ـية is no given name
	}
	if k+1 >= len(toks) || toks[k+1].Break {
		return true
	}
	switch toks[k+1].Key() {
	case "ان", "انه", "خلال", "في", "قبل", "بعد", "منذ", "قال", "الي", "علي":
		return true
	}
	next := &toks[k+1]
	return len(next.Variants) > 1 && next.Variants[1].Pre == "ب" // "ماهر العدوان بقذيفة"
}

// tanwin reports a word written with a nunation mark (ً ٌ ٍ): an
// indefinite noun or adjective, never a name ("حي راقٍ" is a fine quarter).
func tanwin(surface string) bool {
	return strings.ContainsAny(surface, "\u064B\u064C\u064D")
}

// hamzaAl reports a word that starts with أل / إل, which folds like the
// article ال but is a foreign name's first letters: أليكسي، ألكسندر.
func hamzaAl(t *arabic.Token) bool {
	return strings.HasPrefix(t.Surface, "أل") || strings.HasPrefix(t.Surface, "إل")
}

// compoundHead reports عبد / أبو / ابن before a name part: عبد الكريم.
func compoundHead(ts []arabic.Token) bool {
	if len(ts) == 0 {
		return false
	}
	k := ts[0].Key()
	return k == "عبد" || k == "ابو" || k == "ابن" || k == "بن"
}

// shortAfterArticle reports a word that would leave two letters or fewer
// after a clitic and the article ("فالون"، "والاس"): a foreign name that
// happens to start like one, not a definite noun.
func shortAfterArticle(f string) bool {
	return len([]rune(f)) <= 5
}

// hasCliticArticle reports وال بال لل كال فال: a proclitic glued to the
// article, which never starts a name in running text.
func hasCliticArticle(f string) bool {
	for _, p := range []string{"وال", "بال", "لل", "كال", "فال"} {
		if strings.HasPrefix(f, p) {
			return true
		}
	}
	return false
}

func isDigitWord(f string) bool {
	for _, r := range f {
		if r < '0' || r > '9' {
			return false
		}
	}
	return f != ""
}

// titled reads "title NAME" (العقيد واين ماروتو، الرئيس الأمريكي، جو بايدن).
func (a *article) titled(s *sentence, i int) (mention, bool) {
	toks := s.toks
	n := a.x.rules.Titles.Match(toks, i)
	if n == 0 || i > 0 && roleAdjective(&toks[i-1]) {
		return mention{}, false
	}
	if officeHead(&toks[i]) && !definite(&toks[i]) {
		return mention{}, false // "رئيس كتلة X": an office in construct, officePerson's business
	}
	if !definite(&toks[i]) {
		// A rank without the article is a common noun: "تشكيل فريق لملاحقة
		// الجناة" (a team), "رتل لواء مدرع" (a brigade), "عميد كلية" (a dean).
		return mention{}, false
	}
	j := i + n
	for j < len(toks) && (a.x.adjective(&toks[j]) != nil || titleModifier(&toks[j])) && !toks[j].Break {
		j++
	}
	j = stateSeat(toks, j)
	j = portfolio(toks, j)
	j = commentatorField(s, i, j)
	if j >= len(toks) {
		return mention{}, false
	}
	if m, ok := a.rankInBody(s, j); ok {
		return m, true
	}
	if a.lexNameAt(toks, j) > 0 {
		return mention{}, false
	}
	if a.x.rules.Titles.Match(toks, j) > 0 && definite(&toks[j]) {
		return mention{}, false // "النائب رائد حمدان": رائد is a given name here
	}
	k := a.nameRun(toks, j, 3, true)
	if k == 0 {
		return mention{}, false
	}
	if dualTitle(&toks[i]) {
		for c := j + 1; c < j+k; c++ {
			if conjoined(&toks[c]) {
				k = c - j // "جون هاربر وبيل مورتون": the first name ends before و
				break
			}
		}
		a.secondOfPair(s, j+k)
	}
	return a.person(toks, j, j+k), true
}

// dualTitle reports a title in the dual, "السيناتوران"، "النائبان": two
// names follow, joined by و.
func dualTitle(t *arabic.Token) bool {
	return t.HasAny("سيناتوران", "نائبان")
}

// secondOfPair takes the second name after a dual title, "السيناتوران
// الجمهوريان X Y وZ W": و at k opens a run of at least two name words.
func (a *article) secondOfPair(s *sentence, k int) {
	toks := s.toks
	if k >= len(toks) || toks[k].Break || !conjoined(&toks[k]) {
		return
	}
	c := a.nameRun(toks, k, 3, true)
	if c == 3 && pronounSuffixed(&toks[k+2], false) {
		c = 2 // "وبيل مورتون تأييدهما": the verbal noun after the names
	}
	if c < 2 {
		return
	}
	for v := 1; v < len(toks[k].Variants); v++ {
		if toks[k].Variants[v].Pre == "و" {
			name := surfaceOf(toks, k, k+c, v)
			a.take(s, mention{id: discoveredID(model.TypeOfficial, name), typ: model.TypeOfficial, t0: k, t1: k + c, surface: name})
			return
		}
	}
}

// stateSeat skips the seat after a legislator's title and party, "عن ولاية
// أوهايو"، "عن ولاية ساوث كارولينا": the state is one word, or two when
// the second is one of the words that end a two-word state name.
func stateSeat(toks []arabic.Token, j int) int {
	if j+2 >= len(toks) || toks[j].Key() != "عن" || toks[j+1].Key() != "ولايه" || toks[j+1].Break {
		return j
	}
	k := j + 3
	if k < len(toks) && !toks[j+2].Break && !toks[k].Break {
		switch toks[k].Key() {
		case "كارولينا", "داكوتا", "هامبشير", "جيرسي", "مكسيكو", "فيرجينيا", "فرجينيا", "ايلاند", "يورك":
			k++
		}
	}
	if k >= len(toks) {
		return j
	}
	return k
}

// rankInBody reads the body a rank serves in and the name after it:
// "النقيب في الجيش العربي محمد ياسين الخضيرات"، "العقيد في الحرس الثوري
// NAME". The body (an armed force or a body) is taken as a mention too.
func (a *article) rankInBody(s *sentence, j int) (mention, bool) {
	toks := s.toks
	if j+2 >= len(toks) || toks[j].Key() != "في" || toks[j+1].Break {
		return mention{}, false
	}
	b, ok := a.lexical(s, j+1)
	if !ok || b.typ == model.TypeOfficial || b.typ == model.TypeCity || b.typ == model.TypeCountry || b.typ == model.TypeBase {
		return mention{}, false
	}
	k := b.t1
	if k+1 < len(toks) && toks[k].Break && toks[k+1].Break && a.lexNameAt(toks, k) == 1 {
		k++ // "قوى الأمن الداخلي (الأسايش) NAME": the body's other name in brackets
	} else if k >= len(toks) || toks[k].Break {
		return mention{}, false
	}
	if a.lexNameAt(toks, k) > 0 {
		return mention{}, false
	}
	c := a.nameRun(toks, k, 3, true)
	if c < 2 {
		return mention{}, false
	}
	a.take(s, b)
	return a.person(toks, k, k+c), true
}

// portfolio skips a minister's portfolio after the title, "للشؤون
// الاستراتيجية"، "لشؤون الأمن الإقليمي"، "للدفاع": a word with لـ and up to
// two definite words, when an indefinite word (the given name) follows.
func portfolio(toks []arabic.Token, j int) int {
	if j >= len(toks) || toks[j].Break {
		return j
	}
	f := toks[j].Variants[0].Fold
	if !strings.HasPrefix(f, "لل") && !strings.HasPrefix(f, "لشوون") && !strings.HasPrefix(f, "لشؤون") {
		return j
	}
	k := j + 1
	for d := 0; d < 2 && k < len(toks) && !toks[k].Break && definite(&toks[k]); d++ {
		k++
	}
	if k >= len(toks) || toks[k].Break || definite(&toks[k]) {
		return j
	}
	return k
}

// commentatorField skips the field after a commentator's title (i) and
// its adjectives (j): nisba adjectives ("المحلل السياسي العراقي NAME") and
// في with a field ("الباحث في الشأن الأمني NAME"، "الخبير في شؤون
// الجماعات المسلحة NAME"). It returns j when there is none.
func commentatorField(s *sentence, i, j int) int {
	toks := s.toks
	if !commentatorHead(&toks[i]) {
		return j
	}
	for d := 0; d < 3 && j < len(toks) && !toks[j].Break && nisbaAdjective(&toks[j]); d++ {
		j++
	}
	if j+2 >= len(toks) || toks[j].Break || toks[j].Key() != "في" || toks[j+1].Break {
		return j
	}
	if centreNoun(&toks[j+1]) {
		return centreName(s, j, j+2)
	}
	if !fieldNoun(&toks[j+1]) {
		return j
	}
	k := j + 2
	for d := 0; d < 3 && k < len(toks) && !toks[k].Break && definite(&toks[k]) && !hamzaAl(&toks[k]); d++ {
		k++ // الأمني، الجماعات المسلحة، السياسي العراقي
	}
	if k == j+2 && !definite(&toks[j+1]) {
		return j // "شؤون" needs its complement
	}
	return k
}

// centreName skips the name of a research centre at token k, after
// "في مركز": a quoted name or one word, then a complement in لل with up
// to two definite words ("«الفرات» للدراسات"، "النهرين للدراسات
// الاستراتيجية"). It returns j, the token of في, when the shape differs.
func centreName(s *sentence, j, k int) int {
	toks := s.toks
	if k >= len(toks) || toks[k].Break {
		return j
	}
	if q := quotedLen(s, k, 3); q > 0 {
		k += q
	} else {
		k++
	}
	if k >= len(toks) || toks[k].Break || !strings.HasPrefix(toks[k].Variants[0].Fold, "لل") {
		return j
	}
	k++
	for d := 0; d < 2 && k < len(toks) && !toks[k].Break && definite(&toks[k]); d++ {
		k++
	}
	if k >= len(toks) || toks[k].Break {
		return j // "مركز X للدراسات، NAME،": the name in apposition is read elsewhere
	}
	return k
}

// centreNoun reports an indefinite noun of a research body: مركز، معهد،
// مؤسسة.
func centreNoun(t *arabic.Token) bool {
	switch t.Key() {
	case "مركز", "معهد", "مؤسسه", "موسسه":
		return !definite(t)
	}
	return false
}

// commentatorHead reports a title that a field may follow before the
// name: المحلل، الباحث، الخبير، الكاتب، المختص، الأكاديمي.
func commentatorHead(t *arabic.Token) bool {
	if !definite(t) {
		return false
	}
	switch t.Key() {
	case "محلل", "محلله", "باحث", "باحثه", "خبير", "خبيره", "كاتب", "كاتبه", "مختص", "مختصه", "اكاديمي", "اكاديميه":
		return true
	}
	return false
}

// fieldNoun reports the noun of a commentator's field after في: الشأن،
// الشؤون، شؤون، القضايا، الملف، الحركات، الجماعات.
func fieldNoun(t *arabic.Token) bool {
	switch t.Key() {
	case "شان", "شؤون", "شوون", "قضايا", "ملف", "حركات", "جماعات", "دراسات", "علاقات":
		return true
	}
	return false
}

// titleModifier reports an adjective of rank or standing between a title
// and a name: "القيادي البارز X"، "الجنرال المتقاعد X"، "الوزير السابق X".
func titleModifier(t *arabic.Token) bool {
	switch t.Variants[0].Fold {
	case "البارز", "الكبير", "السابق", "المتقاعد", "الميداني", "المخضرم", "المعروف", "الشهير", "الرفيع", "المستقل", "المستقله",
		"الجمهوري", "الجمهوريه", "الديمقراطي", "الديمقراطيه", "الديموقراطي", "الديموقراطيه", "الجمهوريان", "الديمقراطيان":
		return true
	}
	return false
}

// person is an Official mention over [t0, t1); a one-word name stays short
// until surnames() resolves it.
func (a *article) person(toks []arabic.Token, t0, t1 int) mention {
	name := surfaceOf(toks, t0, t1, 0)
	if t1 < len(toks) && t1-t0 < 4 && hyphenated(toks, t1) && a.nameRun(toks, t1, 1, true) == 1 {
		name += "-" + toks[t1].Surface // "جينين هينيس-بلاسخارت": a double family name
		t1++
	}
	return mention{id: discoveredID(model.TypeOfficial, name), typ: model.TypeOfficial, t0: t0, t1: t1, surface: name}
}

// hyphenated reports an Arabic word at k glued to the one before by a
// one-byte separator, a hyphen: "هينيس-بلاسخارت".
func hyphenated(toks []arabic.Token, k int) bool {
	return k > 0 && toks[k].Arabic && toks[k-1].Arabic && toks[k].Break && toks[k].Start == toks[k-1].End+1
}

// rolePersons finds the person after "role ORG" (المتحدث باسم «كتائب سيد
// الشهداء» العراقية كاظم الفرطوسي).
func (a *article) rolePersons(s *sentence) {
	roles := []string{"spokesperson", "leader", "member"}
	for _, i := range a.rolePositions(s, roles) {
		n := a.roleAt(s, i)
		if n == 0 {
			continue
		}
		k := a.skipOrg(s, i+n)
		if k >= len(s.toks) || s.mentionAt(k) != nil {
			continue
		}
		// "المتحدث باسم X NAME" and "القيادي في X NAME" are regular; after an
		// indefinite role a bare phrase is as likely a noun ("قائد التحالف
		// مستقبل الوجود"): then want a comma or a title before the name.
		definite := strings.HasPrefix(s.toks[i].Variants[len(s.toks[i].Variants)-1].Fold, "ال") || s.toks[i].HasAny("كبير", "كبيره") // "كبير المتحدثين باسم X NAME": definite by construct
		if !definite && !s.toks[k].Break && !a.titledBefore(s, k) {
			continue // indefiniteRolePersons reads "متحدث باسم X NAME إن"
		}
		if c := a.nameRun(s.toks, k, 3, true); c >= 2 {
			a.take(s, a.person(s.toks, k, k+c))
		}
	}
	a.pronounRolePersons(s)
}

// pronounRolePersons reads the name after a role whose body is a pronoun
// ("وقال رئيس أركانه X Y إن"، "أمينها العام X Y"): the body was named
// before; the name must close as an office holder's does.
func (a *article) pronounRolePersons(s *sentence) {
	for _, i := range a.rolePositions(s, []string{"leader_pronoun", "spokesperson_pronoun", "member_pronoun"}) {
		n := 0
		for _, cue := range []string{"leader_pronoun", "spokesperson_pronoun", "member_pronoun"} {
			n = max(n, a.x.rules.Cues[cue].Match(s.toks, i))
		}
		k := i + n
		if n == 0 || k >= len(s.toks) || s.toks[k].Break || s.mentionAt(k) != nil || lastLetter(s.toks[k-1].Surface) == 'ة' {
			continue // "مؤسسة X", "مديرة X": a noun in ة is no pronoun ("مؤسسه", "مديره")
		}
		k += a.x.rules.Titles.Match(s.toks, k) // "رئيس أركانه الفريق X"
		if k >= len(s.toks) || s.mentionAt(k) != nil {
			continue
		}
		if c := a.nameRun(s.toks, k, 3, true); c >= 2 && (nameEnds(s, k, c) || a.reportCloses(s, k+c)) {
			a.take(s, a.person(s.toks, k, k+c))
		}
	}
}

// skipOrg walks over the organisation after a role word: mentions, country
// adjectives, "في", further role words and titles.
func (a *article) skipOrg(s *sentence, k int) int {
	seen := false
	for steps := 0; k < len(s.toks) && steps < 12; steps++ {
		if m := s.mentionStarting(k); m != nil {
			if m.typ == model.TypeOfficial {
				return k
			}
			k, seen = m.t1, true
			continue
		}
		t := &s.toks[k]
		if !seen && !t.Arabic {
			return len(s.toks)
		}
		switch {
		case a.x.adjective(t) != nil, titleModifier(t), (t.Key() == "في" || seen && t.Key() == "عن" && a.placeStarting(s, k+1)) && !(seen && t.Break):
			k++
		case a.x.rules.Titles.Match(s.toks, k) > 0:
			k += a.x.rules.Titles.Match(s.toks, k)
		case a.roleAt(s, k) > 0:
			k += a.roleAt(s, k)
		case !seen && a.bodyWord(t):
			k, seen = k+1, true // "القيادي في المجموعة X", "المتحدث باسم الحزب، X"
		case !seen && t.Key() == "ما" && k+1 < len(s.toks) && calledVerb(&s.toks[k+1]):
			k += 2 // "قائد ما يعرف بـ«X»"
		default:
			if !seen {
				return len(s.toks)
			}
			return k
		}
	}
	return k
}

// placeStarting reports a town or province named from token k: "النائب
// عن محافظة البصرة".
func (a *article) placeStarting(s *sentence, k int) bool {
	m := s.mentionStarting(k)
	return m != nil && m.typ == model.TypeCity
}

func (a *article) roleAt(s *sentence, k int) int {
	for _, r := range []string{"spokesperson", "leader", "member"} {
		if n := a.x.rules.Cues[r].Match(s.toks, k); n > 0 {
			return n
		}
	}
	return 0
}

// calledVerb reports يعرف / يسمى (and feminines) of "ما يعرف بـX".
func calledVerb(t *arabic.Token) bool {
	switch t.Key() {
	case "يعرف", "تعرف", "يسمي", "تسمي":
		return true
	}
	return false
}

// compassNoun reports the definite noun of a cardinal direction (الشمال،
// الجنوب، الشرق، الغرب) with no proclitic: a region, as in a group's name,
// where the indefinite "شمال حلب" tells where.
func compassNoun(t *arabic.Token) bool {
	return t.HasAny("شمال", "جنوب", "شرق", "غرب") && strings.HasPrefix(t.Variants[0].Fold, "ال")
}

// cliticStop reports a function word behind a proclitic ("بأن", "فإن",
// "وقد"), which ends a name as the bare word does.
func cliticStop(t *arabic.Token, stop map[string]bool) bool {
	if t.Key() == "باب" {
		return false // a gate in a name ("باب الخير"، "باب السلامة"), not "بآب" (in August)
	}
	for v := 1; v < len(t.Variants); v++ {
		if stop[t.Variants[v].Key] {
			return true
		}
	}
	return false
}

// roleAdjective reports a role word that a title-like adjective follows:
// in "الناطق الإعلامي باسم" الإعلامي describes the spokesman.
func roleAdjective(t *arabic.Token) bool {
	switch t.Key() {
	case "ناطق", "متحدث", "متحدثه", "مكتب":
		return true
	}
	return false
}

// predicatePronoun reports هو / هي before an indefinite trigger: "وهي
// جماعة ظهرت" describes a group named before.
func predicatePronoun(t *arabic.Token) bool {
	for _, v := range t.Variants {
		if v.Key == "هو" || v.Key == "هي" {
			return true
		}
	}
	return false
}

// participleShape reports an indefinite passive participle in the feminine
// (مفعولة: مفتوحة، معزولة، مأهولة), an adjective of a place noun, never a
// name on its own.
func participleShape(key string) bool {
	r := []rune(key)
	return len(r) == 6 && r[0] == 'م' && r[3] == 'و' && r[5] == 'ه'
}

// publicWord reports العام / العامة, which close many body names
// (مديرية الأمن العام، الهيئة العامة).
func publicWord(t *arabic.Token) bool {
	f := t.Variants[0].Fold
	return f == "العام" || f == "العامه" || f == "العامة"
}

// namedSurname reports a word that is the last name of an Official the
// article already named in full.
func (a *article) namedSurname(t *arabic.Token) bool {
	f := t.Variants[0].Fold
	if len([]rune(f)) < 3 {
		return false
	}
	for _, e := range a.ents {
		if e.Type != model.TypeOfficial || a.x.lex != nil && a.x.lex.ByID(e.ID) != nil {
			continue
		}
		w := strings.Fields(arabic.Fold(e.Name))
		if len(w) >= 2 && w[len(w)-1] == f {
			return true
		}
	}
	return false
}

// compassRegion reads a compass word and a country or river the lexicon
// lists as one place (شمال شرق الأردن، غرب الفرات): a region, which no
// annotation requires, so only the country is taken. It returns the end
// of the phrase.
func (a *article) compassRegion(s *sentence, i int) (int, bool) {
	toks := s.toks
	compass := a.x.rules.Cue(rules.CueCompass)
	if !compass.Has(&toks[i]) {
		return 0, false
	}
	es, n, _ := a.x.lexMatch(toks, i)
	if n < 2 || es[0].Type != model.TypeCity {
		return 0, false
	}
	k := i + 1
	for k < i+n-1 && compass.Has(&toks[k]) {
		k++
	}
	rest, m, v := a.x.lexMatch(toks, k)
	if k+m != i+n || rest[0].ID == es[0].ID || rest[0].Type == model.TypeCity && !strings.HasPrefix(rest[0].Name, "نهر") {
		return 0, false // ريف دير الزور: a part of a city the lexicon names
	}
	if rest[0].Type == model.TypeCountry {
		a.take(s, mention{id: rest[0].ID, typ: model.TypeCountry, t0: k, t1: i + n, surface: surfaceOf(toks, k, i+n, v)})
	}
	return i + n, true
}

// regionState reads a vague area the lexicon lists (المثلث الحدودي، الضفة
// الغربية لنهر الفرات، شمال سوريا) as no entity, but takes the states it
// names ("المثلث الحدودي بين سوريا والعراق والأردن").
func (a *article) regionState(s *sentence, r mention) {
	for k := r.t0 + 1; k < r.t1; k++ {
		if rest, m, v := a.x.lexMatch(s.toks, k); m > 0 && k+m <= r.t1 && rest[0].Type == model.TypeCountry {
			a.take(s, mention{id: rest[0].ID, typ: model.TypeCountry, t0: k, t1: k + m, surface: surfaceOf(s.toks, k, k+m, v)})
			k += m - 1
		}
	}
}

// personalAli reports the given name علي, written with ي, which folds to
// the same key as the preposition على (written with ى).
func personalAli(t *arabic.Token) bool {
	return t.Key() == "علي" && lastLetter(t.Variants[0].Surface) == 'ي'
}

// countWord reports a number that counts the noun after it: digits other
// than a year, or a tens (the rules' number words from twenty), hundred or
// thousand word, which take a singular noun: "٤٠ قاعدة", "مئة قرية".
func (x *Extractor) countWord(t *arabic.Token) bool {
	f := t.Variants[0].Fold
	if isDigitWord(f) {
		y, err := strconv.Atoi(f)
		return err != nil || y < 1900 || y > 2100
	}
	switch k := t.Key(); k {
	case "مئه", "مائه", "الف":
		return true
	default:
		return x.rules.Numbers[k] >= 20
	}
}

// quantifier reports أي / كل / بعض before a trigger: "أي فصيل" names none.
func quantifier(t *arabic.Token) bool {
	switch t.Key() {
	case "اي", "ايه", "كل", "بعض", "اغلب", "معظم":
		return true
	}
	return false
}

// eventWord reports an attack word told before (الهجوم، القصف) or a
// weapon at token k: such words end a name and never start one.
func (a *article) eventWord(toks []arabic.Token, k int) bool {
	c := a.x.rules.Cues
	if c["attack_anaphora"].Has(&toks[k]) {
		return true
	}
	for _, w := range model.Weapons {
		if set, ok := c["w_"+w]; ok && set.Match(toks, k) > 0 {
			return true
		}
	}
	return false
}

// slashAlias reports group mention m written right after another group's
// name with only a slash between ("إرهابيي ي ب ك/بي كي كي هاجموا"): one
// group named twice, as Turkish official wording names the YPG with the
// PKK it calls it a branch of. The first name is the group meant, and its
// mention runs over both.
func (a *article) slashAlias(s *sentence, m mention) bool {
	if m.t0 == 0 || m.typ != model.TypeMilitia || !s.toks[m.t0].Break || len(s.ments) == 0 {
		return false
	}
	p := s.ments[len(s.ments)-1]
	if p.t1 != m.t0 || p.typ != model.TypeMilitia || p.id == m.id {
		return false
	}
	rs := []rune(s.Text)
	from, to := s.toks[m.t0-1].End, s.toks[m.t0].Start
	return from <= to && to <= len(rs) && strings.TrimSpace(string(rs[from:to])) == "/"
}

// latinName gives a discovered entity the Latin name written in
// parentheses right after it: «لواء الفاتحين» (Liwa al-Fatihin).
func (a *article) latinName(s *sentence, m mention) {
	toks, e := s.toks, a.ents[m.id]
	k := m.t1
	if e == nil || e.NameEn != "" || k >= len(toks) || toks[k].Arabic {
		return
	}
	rs := []rune(s.Text)
	from := toks[k-1].End
	if from > len(rs) || toks[k].Start > len(rs) || from > toks[k].Start {
		return
	}
	open := strings.IndexRune(string(rs[from:toks[k].Start]), '(')
	if open < 0 {
		return
	}
	rest := rs[toks[k].Start:min(len(rs), toks[k].Start+60)]
	end := strings.IndexRune(string(rest), ')')
	if end <= 0 {
		return
	}
	latin := strings.TrimSpace(string(rest)[:end])
	for _, r := range latin {
		if r >= 0x0600 && r <= 0x06FF {
			return // an Arabic gloss, not a transliteration
		}
	}
	e.NameEn = latin
}

// groupAnaphor reports a definite trigger word that stands for a group
// named before: الفصيل، المجموعة، الحركة، الكتائب.
func (a *article) groupAnaphor(t *arabic.Token) bool {
	if !strings.HasPrefix(t.Variants[0].Fold, "ال") {
		return false
	}
	tr, ok := a.x.rules.Triggers[t.Key()]
	return ok && tr.Type == model.TypeMilitia
}

// unitWord is the canonical name of a military unit noun with the
// article (اللواء، الفوج، الفرقة، الكتيبة، السرية) at token t, behind any
// proclitic (للواء، وللفوج), or "".
func unitWord(t *arabic.Token) string {
	for k := range t.Variants {
		v := &t.Variants[k]
		name := ""
		switch v.Key {
		case "لواء":
			name = "اللواء"
		case "فوج":
			name = "الفوج"
		case "فرقه":
			name = "الفرقة"
		case "كتيبه":
			name = "الكتيبة"
		case "سريه":
			name = "السرية"
		default:
			continue
		}
		// ل + اللواء is written للواء: the article is behind the proclitic.
		if strings.HasPrefix(v.Fold, "ال") || strings.HasSuffix(v.Pre, "ل") && strings.HasPrefix(v.Key, "ل") {
			return name
		}
	}
	return ""
}

// unitNumber reports the number of a unit: digits (اللواء 59) or, when
// ordinals is set, an ordinal word (الفوج الثاني، الفرقة الرابعة).
func unitNumber(t *arabic.Token, ordinals bool) bool {
	if isDigitWord(t.Variants[0].Fold) {
		return true
	}
	if !ordinals || !strings.HasPrefix(t.Variants[0].Fold, "ال") {
		return false
	}
	return unitOrdinals[strings.TrimSuffix(t.Key(), "ه")] > 0
}

// unitOrdinals are the ordinal words a unit is numbered by, as keys
// without their final ه, and their numbers; "الحادي" only before "عشر".
var unitOrdinals = map[string]int{"اول": 1, "اولي": 1, "ثاني": 2, "ثالث": 3, "رابع": 4, "خامس": 5, "سادس": 6, "سابع": 7, "ثامن": 8, "تاسع": 9, "عاشر": 10}

// tensAt reports "عشر"/"عشرة" at k closing a compound ordinal after an
// ordinal word: "الفرقة الخامسة عشرة" is the 15th division.
func tensAt(toks []arabic.Token, k int) bool {
	return k < len(toks) && !toks[k].Break && toks[k].HasAny("عشر", "عشره") && !definite(&toks[k])
}

// unitNumberAt is the end of a unit's number at token k, "15"، "الرابعة"،
// "الخامسة عشرة"، "الحادي عشر", or k when none is there.
func unitNumberAt(toks []arabic.Token, k int, ordinals bool) int {
	if k >= len(toks) {
		return k
	}
	if ordinals && strings.HasPrefix(toks[k].Variants[0].Fold, "ال") && strings.TrimSuffix(toks[k].Key(), "ه") == "حادي" && tensAt(toks, k+1) {
		return k + 2
	}
	if !unitNumber(&toks[k], ordinals) {
		return k
	}
	if !isDigitWord(toks[k].Variants[0].Fold) && unitOrdinals[strings.TrimSuffix(toks[k].Key(), "ه")] < 10 && tensAt(toks, k+1) {
		return k + 2
	}
	return k + 1
}

// unitKey is the number of a unit whose number runs over tokens k..end, in
// digits ("الفرقة الخامسة عشرة" and "الفرقة 15" are one unit), or "" when
// it is no number.
func unitKey(toks []arabic.Token, k, end int) string {
	if end == k+1 && isDigitWord(toks[k].Variants[0].Fold) {
		return toks[k].Variants[0].Fold
	}
	n := unitOrdinals[strings.TrimSuffix(toks[k].Key(), "ه")]
	if strings.TrimSuffix(toks[k].Key(), "ه") == "حادي" {
		n = 1
	}
	if end == k+2 {
		n += 10
	}
	if n == 0 {
		return ""
	}
	return strconv.Itoa(n)
}

// unitEnd is the end of a numbered unit starting at token k (الفوج الثاني
// من اللواء 59), or k when none starts there.
func unitEnd(toks []arabic.Token, k int, ordinals bool) int {
	if k+1 >= len(toks) || unitWord(&toks[k]) == "" || toks[k+1].Break {
		return k
	}
	end := unitNumberAt(toks, k+1, ordinals)
	if end == k+1 {
		return k
	}
	if end+2 < len(toks) && !toks[end].Break && toks[end].Key() == "من" {
		if e := unitEnd(toks, end+1, ordinals); e > end+1 {
			end = e // "الفوج الثاني من اللواء 59": the regiment of a brigade
		}
	}
	return end
}

// unitBase reads the headquarters of a numbered unit as a base: "مقر
// الفوج الثاني من اللواء 59", "مقر اللواء 19 في الحشد الشعبي". A shorter
// re-mention (مقر الفوج الثاني) is the headquarters named in full before.
func (a *article) unitBase(s *sentence, i int) (mention, bool) {
	toks := s.toks
	if m, ok := a.partyMainHQ(s, i); ok {
		return m, true
	}
	if i+2 < len(toks) && toks[i].Has("معسكر") && !definite(&toks[i]) && !toks[i+1].Break {
		if e, end := a.partyAt(toks, i+1); e != nil {
			return a.partyBase(s, e, i, i+1, end, surfaceOf(toks, i, end, variantKeyed(&toks[i], "معسكر"))), true // "معسكر حزب X"، "ومعسكر حزب X"
		}
	}
	if i+2 >= len(toks) || !toks[i].Has("مقر") || definite(&toks[i]) || toks[i+1].Break {
		return mention{}, false
	}
	at := i + 1
	if toks[at].Key() == "قياده" && !definite(&toks[at]) && at+1 < len(toks) && !toks[at+1].Break {
		at++ // "مقر قيادة الفرقة الخامسة"
	}
	end := unitEnd(toks, at, true)
	council := false
	if end == at {
		end = councilEnd(toks, at)
		council = end > at
	}
	regiment := false
	if end == at {
		end = a.namedRegimentEnd(toks, at)
		regiment = end > at
	}
	var party *lexicon.Entry
	if end == at {
		party, end = a.partyAt(toks, at)
	}
	if end == at {
		party, end = a.placedGroupAt(toks, at) // "مقر فرقة X قرب بلدة Y": a group's headquarters in a town
	}
	if end == at {
		if m, ok := a.securityBase(s, i, at, "مقر"); ok {
			return m, true
		}
	}
	if end == at {
		if m, ok := a.partyBaseAgain(s, i, at); ok {
			return m, true
		}
		return a.unitBaseAgain(toks, i, at)
	}
	v := variantKeyed(&toks[i], "مقر")
	if unitInsideBase(toks, end) {
		return mention{}, false // "مقر الفرقة التاسعة بالجيش داخل القاعدة": a part of the base, no base of its own
	}
	name := surfaceOf(toks, i, end, v)
	if party != nil {
		return a.partyBase(s, party, i, at, end, name), true
	}
	if regiment {
		m := a.use(mention{id: discoveredID(model.TypeBase, surfaceOf(toks, at, end, 0)), typ: model.TypeBase, t0: i, t1: end, surface: surfaceOf(toks, at, end, 0)}, s)
		a.aliases[m.id][name] = true // "مقر فوج الميلبية" is the regiment's base, "فوج الميلبية"
		return m, true
	}
	id := discoveredID(model.TypeBase, name)
	if n := unitKey(toks, at+1, end); !council && n != "" && unitNumberAt(toks, at+1, true) == end {
		id = discoveredID(model.TypeBase, "مقر "+unitWord(&toks[at])+" "+n) // "مقر قيادة الفرقة 15" and "مقر الفرقة الخامسة عشرة" are one
	}
	full := ""
	for eid, e := range a.ents {
		if e.Type == model.TypeBase && strings.HasPrefix(e.Name, name+" ") && (full == "" || eid < full) {
			full = eid
		}
		if council && end-at == 2 && e.Type == model.TypeBase && strings.HasPrefix(e.Name, "مقر مجلس ") && strings.HasSuffix(e.Name, " العسكري") && (full == "" || eid < full) {
			full = eid // "مقر المجلس العسكري" after "مقر مجلس دير الزور العسكري"
		}
	}
	if full != "" {
		id = full
	} else if council && end-at == 2 {
		return mention{}, false // "مقر المجلس العسكري" with no council named in full: which one is not known
	}
	m := mention{id: id, typ: model.TypeBase, t0: i, t1: end, surface: name}
	if !council && end-at == 2 && full == "" && unitNumber(&toks[at+1], true) {
		m = a.use(m, s)
		a.aliases[m.id][surfaceOf(toks, at, end, 0)] = true // "مقر «اللواء 52»" is also called "اللواء 52"
	}
	return m, true
}

// namedRegimentEnd is the end of a regiment named after its place, "فوج
// الميلبية", at token k (the name one or two words no lexicon group
// holds), or k.
func (a *article) namedRegimentEnd(toks []arabic.Token, k int) int {
	if k+1 >= len(toks) || toks[k].Key() != "فوج" || definite(&toks[k]) || toks[k+1].Break || !definite(&toks[k+1]) {
		return k
	}
	if es, n, _ := a.x.lexMatch(toks, k+1); n > 0 && es[0].Type != model.TypeCity {
		return k
	}
	if n := a.nameRun(toks, k+1, 2, false); n > 0 {
		return k + 1 + n
	}
	return k
}

// partyMainHQ reads "المقر الرئيسي لحزب X" at token i as the party's
// headquarters (partyAt).
func (a *article) partyMainHQ(s *sentence, i int) (mention, bool) {
	toks := s.toks
	if i+3 >= len(toks) || !toks[i].Has("مقر") || !definite(&toks[i]) || toks[i+1].Break || toks[i+1].Key() != "رئيسي" || toks[i+2].Break || !toks[i+2].HasPrefix("ل") {
		return mention{}, false
	}
	e, end := a.partyAt(toks, i+2)
	if e == nil {
		return mention{}, false
	}
	return a.partyBase(s, e, i, i+2, end, surfaceOf(toks, i, end, variantKeyed(&toks[i], "مقر"))), true
}

// variantKeyed is the index of t's last reading keyed k ("ومعسكر" read as
// "معسكر"), or 0.
func variantKeyed(t *arabic.Token, k string) int {
	v := 0
	for j := range t.Variants {
		if t.Variants[j].Key == k {
			v = j
		}
	}
	return v
}

// partyBase is the base "مقر X" over tokens [i, end) named name, of the
// party e named at [at, end). The party is still named, and its
// headquarters struck is the party struck (targetsIn).
func (a *article) partyBase(s *sentence, e *lexicon.Entry, i, at, end int, name string) mention {
	a.use(mention{id: e.ID, typ: e.Type, t0: at, t1: end, surface: surfaceOf(s.toks, at, end, 0)}, s)
	id := discoveredID(model.TypeBase, "مقر "+e.Name) // "المقر الرئيسي للحزب X"، "مقر حزب X" and "معسكر حزب X": the party's one compound
	if a.partyHQ == nil {
		a.partyHQ = map[string]string{}
	}
	a.partyHQ[id] = e.ID
	if p, n := a.placedTown(s, end); n > 0 {
		camp := "معسكر " + surfaceOf(s.toks, p, p+n, 0) // "معسكر حزب X (Y) في ناحية بردي" is "معسكر بردي" after
		if a.sameBase == nil {
			a.sameBase = map[string]string{}
		}
		if a.ents[discoveredID(model.TypeBase, camp)] == nil {
			a.sameBase[discoveredID(model.TypeBase, camp)] = id
		}
	}
	return mention{id: id, typ: model.TypeBase, t0: i, t1: end, surface: name}
}

// heldOutpost reads an outpost told by who holds it and its village,
// "ربيئة للبيشمركة في قرية قره سالم": the post "ربيئة قره سالم", when the
// article calls it by that name too. The mention covers the outpost and its
// holder; the village is read after it as a place.
func (a *article) heldOutpost(s *sentence, i int) (mention, bool) {
	toks := s.toks
	if i+3 >= len(toks) || toks[i].Key() != "ربيئه" || definite(&toks[i]) || toks[i+1].Break || !withLam(&toks[i+1]) {
		return mention{}, false
	}
	es, n, _ := a.x.lexMatch(toks, i+1)
	if n == 0 || es[0].Type != model.TypeForce && es[0].Type != model.TypeMilitia {
		return mention{}, false
	}
	p, w := a.placedTown(s, i+1+n)
	if w == 0 {
		return mention{}, false
	}
	name := surfaceOf(toks, i, i+1, 0) + " " + surfaceOf(toks, p, p+w, 0)
	if !a.toldAs(name) {
		return mention{}, false // a post of the village the article never names so: one of many, no base of its own
	}
	a.use(mention{id: es[0].ID, typ: es[0].Type, t0: i + 1, t1: i + 1 + n, surface: surfaceOf(toks, i+1, i+1+n, 0)}, s)
	m := a.use(mention{id: discoveredID(model.TypeBase, name), typ: model.TypeBase, t0: i, t1: i + 1 + n, surface: name}, s)
	return m, true
}

// toldAs reports name written in some sentence of the article.
func (a *article) toldAs(name string) bool {
	for _, s := range a.sents {
		if strings.Contains(s.Text, name) {
			return true
		}
	}
	return false
}

// placedTown is the town that "في" at token k (past a short name in
// brackets) places what comes before in, "في ناحية بردي"، "في كويه": the
// town's first token and its length, or n == 0. A town the lexicon does
// not know counts only after its word ("في قرية X").
func (a *article) placedTown(s *sentence, k int) (p, n int) {
	toks := s.toks
	if b := afterBracket(s, k, len(toks)); b > k {
		k = b
	}
	if k+1 >= len(toks) || toks[k].Key() != "في" || toks[k+1].Break {
		return 0, 0
	}
	p = k + 1
	town := false
	if tr, _, ok := a.x.trigger(&toks[p]); ok && tr.Type == model.TypeCity && !tr.Keep && p+1 < len(toks) && !toks[p+1].Break {
		p, town = p+1, true
	}
	if es, w, _ := a.x.lexMatch(toks, p); w > 0 {
		if es[0].Type != model.TypeCity {
			return 0, 0
		}
		return p, w
	}
	if town {
		return p, a.nameRun(toks, p, 2, false)
	}
	return 0, 0
}

// partyBaseAgain reads "مقر الحزب" at i (the party not named) as the one
// party headquarters the article named before: "مقر الحزب في كويه".
func (a *article) partyBaseAgain(s *sentence, i, at int) (mention, bool) {
	if len(a.partyHQ) != 1 || s.toks[at].Key() != "حزب" || !definite(&s.toks[at]) {
		return mention{}, false
	}
	if at+1 < len(s.toks) && !s.toks[at+1].Break && definite(&s.toks[at+1]) && !s.toks[at+1].HasAny("نفس") {
		return mention{}, false // "مقر الحزب الشيوعي": another party
	}
	for id := range a.partyHQ {
		return mention{id: id, typ: model.TypeBase, t0: i, t1: at + 1, surface: surfaceOf(s.toks, i, at+1, 0)}, true
	}
	return mention{}, false
}

// securityBase reads the headquarters of a security service placed in a
// town, "مقر الأمن العام في جبلة"، "مقر قيادة الأمن الداخلي في مدينة X"،
// "مقر الشرطة العسكرية في X", as a base: its men are stationed there. The
// headquarters told again without its town is the one the article placed
// before; with none, or two, it stays unread.
func (a *article) securityBase(s *sentence, i, at int, key string) (mention, bool) {
	toks := s.toks
	end := securityEnd(toks, at)
	if end == at {
		return mention{}, false
	}
	v := variantKeyed(&toks[i], key)
	head := surfaceOf(toks, i, i+1, v) + " " + surfaceOf(toks, at, end, 0) // "مقر قيادة X" is "مقر X"
	if p := end + 1; p < len(toks) && !toks[end].Break && toks[end].HasAny("في", "وسط") && !toks[p].Break {
		town := false
		if tr, _, ok := a.x.trigger(&toks[p]); ok && tr.Type == model.TypeCity && p+1 < len(toks) && !toks[p+1].Break {
			p, town = p+1, true // "في مدينة جبلة"، "في بلدة X"
		}
		es, n, _ := a.x.lexMatch(toks, p)
		if n == 0 {
			es, n, _ = a.x.lexMatchIn(toks, p, true) // "مفرزة المخابرات الجوية في جاسم": a town known by its short name
		}
		if n > 0 && es[0].Type != model.TypeCity {
			n = 0
		}
		if n == 0 && town {
			n = a.nameRun(toks, p, 2, false) // "في بلدة X": a town the lexicon does not know, named by its word
		}
		if n > 0 {
			name := head + " في " + surfaceOf(toks, p, p+n, 0) // "في مدينة جبلة" and "في جبلة" name one
			m := a.use(mention{id: discoveredID(model.TypeBase, name), typ: model.TypeBase, t0: i, t1: end, surface: name}, s)
			a.aliases[m.id][surfaceOf(toks, i, p+n, v)] = true
			return m, true // the town stays a mention of its own, where the base is
		}
	}
	found := a.soleBaseNamed(head + " في ")
	if found == "" {
		return mention{}, false
	}
	return mention{id: found, typ: model.TypeBase, t0: i, t1: end, surface: head}, true
}

// branchBase reads a security service's branch or detachment placed in a
// town, "فرع الأمن العسكري في مدينة X"، "مفرزة الأمن العسكري في X"،
// "مبنى فرع أمن الدولة وسط مدينة X", as a base in a sentence that tells
// an attack: the service's men hold the compound. The branch as a body,
// "رئيس فرع الأمن العسكري في درعا", or in a sentence with no attack, stays
// unread; told again without its town, it is the one branch placed before.
func (a *article) branchBase(s *sentence, i int) (mention, bool) {
	toks := s.toks
	k := i
	if k+1 < len(toks) && toks[k].Has("مبني") && !definite(&toks[k]) && !toks[k+1].Break {
		k++ // "مبنى فرع الأمن العسكري"
	}
	if k+2 >= len(toks) || definite(&toks[k]) || toks[k+1].Break {
		return mention{}, false
	}
	key := ""
	switch {
	case toks[k].Has("فرع"):
		key = "فرع"
	case toks[k].Has("مفرزه"):
		key = "مفرزه"
	default:
		return mention{}, false
	}
	if i > 0 && !toks[i].Break && a.x.rules.Cue(rules.CueRank).Has(&toks[i-1]) || i > 0 && toks[i-1].HasAny("رئيس", "رئاسه", "مدير", "قائد", "ضابط", "عناصر", "عنصر", "لصالح", "عن") {
		return mention{}, false // "رئيس فرع الأمن العسكري": the branch as a body
	}
	attack, event := a.x.rules.Cue(rules.CueAttack), a.x.rules.Cue(rules.CueAttackEvent)
	told := false
	for j := range toks {
		if attack.Match(toks, j) > 0 || event.Has(&toks[j]) {
			told = true
			break
		}
	}
	if !told {
		return mention{}, false
	}
	m, ok := a.securityBase(s, k, k+1, key)
	if ok && k > i {
		m.t0 = i
		a.aliases[m.id][surfaceOf(toks, i, m.t1, 0)] = true
	}
	return m, ok
}

// securityEnd is the end of a security service's name at token k, "الأمن
// العام"، "قوى الأمن الداخلي"، "أمن الدولة"، "الشرطة العسكرية"،
// "المخابرات الجوية", or k when none starts there.
func securityEnd(toks []arabic.Token, k int) int {
	j := k
	if j+1 < len(toks) && toks[j].HasAny("قوي", "قوات") && !definite(&toks[j]) && !toks[j+1].Break {
		j++ // "قوى الأمن الداخلي"
	}
	adj := func(j int, words ...string) bool {
		return j < len(toks) && !toks[j].Break && definite(&toks[j]) && toks[j].HasAny(words...)
	}
	switch {
	case toks[j].Key() == "امن" && definite(&toks[j]) && adj(j+1, "عام", "داخلي", "عسكري", "سياسي", "جنائي", "وطني"):
		return j + 2
	case j == k && toks[j].Key() == "امن" && !definite(&toks[j]) && adj(j+1, "دوله"):
		return j + 2
	case j == k && toks[j].Key() == "شرطه" && definite(&toks[j]):
		if adj(j+1, "عسكريه", "محليه", "اتحاديه") {
			return j + 2
		}
		return j + 1
	case j == k && toks[j].HasAny("مخابرات", "استخبارات") && definite(&toks[j]):
		if adj(j+1, "جويه", "عسكريه", "عامه") {
			return j + 2
		}
		return j + 1
	}
	return k
}

// partyAt is the party with armed men the lexicon holds at token k,
// "حزب كومله"، "الحزب الديمقراطي الكردستاني الإيراني"، "حدكا" (its short
// name), and the end of its name; nil and k when there is none. The
// headquarters of such a party, "مقر حزب X", is the compound its fighters
// hold, a base.
func (a *article) partyAt(toks []arabic.Token, k int) (*lexicon.Entry, int) {
	es, n, _ := a.x.lexMatch(toks, k)
	if n == 0 || es[0].Type != model.TypeMilitia || !strings.HasPrefix(es[0].Name, "حزب ") && !strings.HasPrefix(es[0].Name, "الحزب ") {
		return nil, k
	}
	return es[0], k + n
}

// placedGroupAt is the armed group the lexicon holds at token k when a
// town follows its name ("فرقة X في مدينة Y"، "الجبهة الشامية قرب Y"),
// and the end of its name; nil and k otherwise. The headquarters of such a
// group, placed, is the compound its fighters hold.
func (a *article) placedGroupAt(toks []arabic.Token, k int) (*lexicon.Entry, int) {
	es, n, _ := a.x.lexMatch(toks, k)
	if n == 0 || es[0].Type != model.TypeMilitia || withLam(&toks[k]) || definite(&toks[k]) && n == 1 {
		return nil, k // "مقر لهيئة X": one of its offices, not the headquarters named
	}
	p := k + n
	if p+2 >= len(toks) || toks[p].Break || !toks[p].HasAny("في", "قرب") || toks[p+1].Break || toks[p+2].Break {
		return nil, k
	}
	if !toks[p+1].HasAny("مدينه", "بلده", "قريه", "ناحيه") {
		return nil, k // the town comes with its word: "قرب بلدة مارع"، "في مدينة اعزاز"; not "في شارع X"
	}
	if cs, w, _ := a.x.lexMatch(toks, p+2); w == 0 || cs[0].Type != model.TypeCity {
		return nil, k
	}
	return es[0], k + n
}

// unitBaseAgain reads "مقر اللواء" (a unit's headquarters with no
// number) at i as the one headquarters of such a unit the article named in
// full before: "مقر اللواء 16" ... "وكان مقر اللواء قد تعرض لهجوم". Two
// such headquarters, or none, leave it unread.
func (a *article) unitBaseAgain(toks []arabic.Token, i, at int) (mention, bool) {
	w := unitWord(&toks[at])
	if w == "" || !definite(&toks[at]) || at+1 < len(toks) && !toks[at+1].Break && unitNumber(&toks[at+1], true) {
		return mention{}, false
	}
	found := a.soleBaseNamed("مقر " + w + " ")
	if found == "" {
		return mention{}, false
	}
	return mention{id: found, typ: model.TypeBase, t0: i, t1: at + 1, surface: surfaceOf(toks, i, at+1, 0)}, true
}

// soleBaseNamed is the one base of the article whose name starts with
// prefix, or "" when there is none or more than one.
func (a *article) soleBaseNamed(prefix string) string {
	found := ""
	for eid, e := range a.ents {
		if e.Type != model.TypeBase || !strings.HasPrefix(e.Name, prefix) {
			continue
		}
		if found != "" && found != eid {
			return ""
		}
		found = eid
	}
	return found
}

// councilEnd is the end of a military council's name at token k: "مجلس
// دير الزور العسكري" (a place between), "المجلس العسكري" (told again), or
// k: the headquarters of such a council is where its fighters are
// stationed.
func councilEnd(toks []arabic.Token, k int) int {
	if k+1 >= len(toks) || toks[k].Key() != "مجلس" {
		return k
	}
	if definite(&toks[k]) {
		if !toks[k+1].Break && toks[k+1].Key() == "عسكري" && definite(&toks[k+1]) {
			return k + 2
		}
		return k
	}
	for j := k + 2; j < len(toks) && j <= k+4; j++ {
		if toks[j].Break {
			return k
		}
		if toks[j].Key() == "عسكري" && definite(&toks[j]) {
			return j + 1
		}
	}
	return k
}

// unitInsideBase reports "داخل" or "ضمن" and a base noun within a few
// words after a unit's headquarters ending at token end: "مقر اللواء X
// داخل قاعدة Y"، "مقر الفرقة X بالجيش العراقي داخل القاعدة".
func unitInsideBase(toks []arabic.Token, end int) bool {
	for k := end; k < len(toks)-1 && k <= end+4; k++ {
		if toks[k].Break {
			return false
		}
		if toks[k].HasAny("داخل", "ضمن") {
			return baseNoun(&toks[k+1])
		}
	}
	return false
}

// unitArmed reads a numbered unit outside a base name as an armed body:
// "رتل تابع للواء 16 في الحشد" (a PMF brigade), "الفرقة 25" (an army
// division). Ordinals alone (الفوج الثاني) name no unit across articles.
func (a *article) unitArmed(s *sentence, i int) (mention, bool) {
	toks := s.toks
	end := unitEnd(toks, i, false)
	if end == i || end != i+2 {
		return mention{}, false
	}
	typ := model.TypeForce
	if unitWord(&toks[i]) == "الفوج" {
		typ = model.TypeBase // "الفوج 46": a regiment by number is the site it holds
	}
	for k := end; k < len(toks) && k < end+3 && !toks[k].Break; k++ {
		if toks[k].Has("حشد") {
			typ = model.TypeMilitia
		}
	}
	name := unitWord(&toks[i]) + " " + toks[i+1].Surface
	return mention{id: discoveredID(typ, name), typ: typ, t0: i, t1: end, surface: name}, true
}

// baseNamedBefore is the base the article named before whose name starts
// with the one definite word at token j after a base trigger: "مجمع
// السفارة" after "السفارة الأمريكية", "معسكر القاعدة" after "القاعدة
// الجوية في X" is that base, not a new one. It returns "" otherwise.
func (a *article) baseNamedBefore(toks []arabic.Token, j, n int, typ string) string {
	if typ != model.TypeBase || n != 1 || !strings.HasPrefix(toks[j].Variants[0].Fold, "ال") {
		return ""
	}
	head := toks[j].Key() + " "
	found := ""
	for id, e := range a.ents {
		if e.Type != model.TypeBase || !strings.HasPrefix(arabic.Key(e.Name), head) {
			continue
		}
		if found != "" {
			return "" // two bases share the head word: no telling which
		}
		found = id
	}
	return found
}

// provinceOffice reports an office in construct with the place it runs:
// محافظ (governor), قائممقام (district head).
func provinceOffice(t *arabic.Token) bool {
	switch t.Key() {
	case "محافظ", "قائممقام", "قائمقام":
		return !definite(t)
	}
	return false
}

// clauseVerbAt reports a verb at token k that opens a clause after its
// subject: "وأنقرة ترد", "ودمشق تتهم", "وطهران نفت" — the place before it
// acts, it is no location joined to the place before.
func clauseVerbAt(toks []arabic.Token, k int) bool {
	if k >= len(toks) || toks[k].Break {
		return false
	}
	f := toks[k].Variants[0].Fold
	return plainImperfect(f) || imperfectShape(f) || verbShape(f)
}

// lexNameAt is the length of the lexicon name at token k, or 0; a one-word
// match whose article disagrees is none: the given name مقداد is not the
// surname المقداد, the word رقة not the town الرقة.
// givenNameAdj reports an indefinite state adjective that is a given name:
// after a definite word it cannot agree, and a family nisba follows
// ("قائممقام القائم تركي المحلاوي").
func givenNameAdj(s *sentence, i int) bool {
	if i == 0 || !givenNameShape(s.toks, i) {
		return false
	}
	m := s.mentionAt(i - 1)
	return definite(&s.toks[i-1]) || m != nil && !m.adj // "قائممقام سنجار تركي الجبوري"
}

// givenNameShape reports an indefinite word followed by a family nisba,
// the shape of a given name and a family name (تركي المحلاوي).
func givenNameShape(toks []arabic.Token, i int) bool {
	if i+1 >= len(toks) || toks[i].Break || toks[i+1].Break || definite(&toks[i]) {
		return false
	}
	return familyNisba(toks[i+1].Variants[0].Fold)
}

// surnameOnly reports a one-word lexicon match that only names people: a
// family name that other people carry too (الياسري، المالكي).
func (x *Extractor) surnameOnly(toks []arabic.Token, k int) bool {
	es, m, _ := x.lexMatch(toks, k)
	if m != 1 {
		return false
	}
	for _, e := range es {
		if e.Type != model.TypeOfficial {
			return false
		}
	}
	return true
}

// otherBearer reports a known family name right after a title and a given
// name that is not part of the lexicon name: "العميد كاظم الياسري" is not
// ياسين الياسري, whom the lexicon knows as الياسري. A family name that
// أبو or ابن opens is another name altogether: "حسن أبو هنية" is not هنية.
func (a *article) otherBearer(s *sentence, i int, e *lexicon.Entry) bool {
	if e.Type != model.TypeOfficial || a.ents[e.ID] != nil || i < 1 || s.toks[i].Break {
		return false
	}
	if s.toks[i-1].Break {
		return a.appositiveBearer(s, i) // "المتحدث باسم اللواء الثامن، محمود المقداد،"
	}
	if familyOpener(&s.toks[i-1]) {
		return true
	}
	if i < 2 {
		return false
	}
	for j := i - 1; j >= 1 && j >= i-2; j-- { // one or two given names
		t := &s.toks[j]
		if definite(t) || s.mentionAt(j) != nil || a.x.rules.Stop[t.Key()] || j < i-1 && s.toks[j+1].Break {
			return false
		}
		if a.titledBefore(s, j) {
			return true
		}
		if m := s.mentionAt(j - 1); j < i-1 && m != nil && m.typ != model.TypeOfficial && m.t0 > 0 && a.roleBehind(s, m.t0) {
			return true // "القيادي البارز في ائتلاف X ياسر صخيل المالكي"
		}
	}
	return false
}

// appositiveBearer reports a given name at i-1 opening an apposition, a
// comma before it, right after a role and its body: "المتحدث باسم اللواء
// الثامن، محمود المقداد،" names the spokesman, not the lexicon's bearer of
// the family name at i.
func (a *article) appositiveBearer(s *sentence, i int) bool {
	g := &s.toks[i-1]
	if i < 2 || definite(g) || !g.Arabic || s.mentionAt(i-1) != nil || a.x.rules.Stop[g.Key()] || a.x.rules.Generic[g.Key()] || verbShape(g.Variants[0].Fold) {
		return false
	}
	for j := i - 2; j >= 0 && j >= i-7; j-- {
		if a.roleAt(s, j) > 0 {
			return true
		}
		if s.toks[j].Break {
			return false
		}
	}
	return false
}

// familyOpener reports أبو / أبي / ابن / بن, which open a compound family
// name (أبو هنية، ابن علوان) when no break stands before the next word.
func familyOpener(t *arabic.Token) bool {
	switch t.Key() {
	case "ابو", "ابي", "ابن", "بن":
		return true
	}
	return false
}

// roleBehind reports a title or a role word a few words before token k in
// the same clause: "القيادي البارز في X"، "المتحدث باسم X".
func (a *article) roleBehind(s *sentence, k int) bool {
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		if a.x.rules.Titles.Match(s.toks, j) > 0 || a.roleAt(s, j) > 0 {
			return true
		}
		if s.toks[j].Break {
			return false
		}
	}
	return false
}

func (a *article) lexNameAt(toks []arabic.Token, k int) int {
	es, m, v := a.x.lexMatch(toks, k)
	if m != 1 {
		return m
	}
	for _, e := range es {
		if a.articleAgrees(&toks[k].Variants[v], e) {
			return 1
		}
	}
	return 0
}

// onlyWithLam reports a word read with the proclitic ل of purpose or
// possession (لتخزين، لقوات) in every reading but its surface (not لواء).
func onlyWithLam(t *arabic.Token) bool {
	if len(t.Variants) < 2 {
		return false
	}
	for _, v := range t.Variants[1:] {
		if v.Pre != "ل" {
			return false
		}
	}
	return true
}
