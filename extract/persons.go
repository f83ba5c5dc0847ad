package extract

import (
	"strings"

	"github.com/nisba/nisba/extract/arabic"
	"github.com/nisba/nisba/extract/rules"
	"github.com/nisba/nisba/model"
)

// surnames resolves short forms of people named in full elsewhere in the
// article (كيربي -> جون كيربي): bare surnames after a title, then any
// uncovered word equal to a known surname.
func (a *article) surnames() {
	index := map[string]string{}
	for id, e := range a.ents {
		if e.Type != model.TypeOfficial {
			continue
		}
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			w := strings.Fields(arabic.Fold(n))
			if len(w) >= 2 && len([]rune(w[len(w)-1])) >= 3 {
				last := w[len(w)-1]
				if old, ok := index[last]; ok && old != id {
					index[last] = "" // two people share it: ambiguous
					continue
				}
				index[last] = id
			}
		}
	}
	for _, s := range a.sents {
		a.resolveShort(s, index)
		a.findSurnames(s, index)
	}
}

func (a *article) resolveShort(s *sentence, index map[string]string) {
	kept := s.ments[:0]
	for _, m := range s.ments {
		if m.id == "" {
			id := surnameID(&s.toks[m.t0], index)
			if id == "" {
				continue
			}
			m.id = id
			a.use(m, s)
		}
		kept = append(kept, m)
	}
	s.ments = kept
}

func (a *article) findSurnames(s *sentence, index map[string]string) {
	for i := range s.toks {
		if s.mentionAt(i) != nil {
			continue
		}
		if id := surnameID(&s.toks[i], index); id != "" {
			a.take(s, mention{id: id, typ: model.TypeOfficial, t0: i, t1: i + 1, surface: s.toks[i].Surface})
		}
	}
}

// surnameID looks a word up (with its proclitics taken off) in the index.
func surnameID(t *arabic.Token, index map[string]string) string {
	for _, v := range t.Variants {
		if id := index[v.Fold]; id != "" {
			return id
		}
	}
	return ""
}

// indefiniteRolePersons finds the person after an indefinite role and its
// organisation with no comma or title before the name ("وقال قائد كتائب حزب
// الله أبو حسين الحميداوي إن ..."): the name must look like one, a kunya
// (أبو، أم) or a run of words closed by "إن"/"أن", a comma or the end of
// the sentence, so that a noun phrase ("قائد التحالف مستقبل الوجود") is not
// taken for a person.
func (a *article) indefiniteRolePersons(s *sentence) {
	for _, i := range a.rolePositions(s, []string{"spokesperson", "leader", "member"}) {
		n := a.roleAt(s, i)
		if n == 0 || s.mentionAt(i) != nil {
			continue
		}
		org := s.mentionStarting(i + n)
		if org == nil && i+n < len(s.toks) && a.bodyWord(&s.toks[i+n]) {
			a.bodyNamePerson(s, i+n+1) // "وقال رئيس المجلس NAME إن"
			continue
		}
		if org == nil || org.typ == model.TypeOfficial {
			continue // the regular "role ORG NAME" is rolePersons' business
		}
		k := a.skipOrg(s, i+n)
		if k >= len(s.toks) || s.mentionAt(k) != nil || s.toks[k].Break {
			continue
		}
		c := a.nameRunCompound(s, k)
		if c >= 2 && (kunya(&s.toks[k]) || closesName(s, k+c)) {
			a.take(s, a.person(s.toks, k, k+c))
		}
	}
	for i := range s.toks {
		if t := &s.toks[i]; t.Key() == "شيخ" && !definite(t) && i+2 < len(s.toks) && s.toks[i+1].HasAny("عشيره", "قبيله") && definite(&s.toks[i+1]) {
			a.bodyNamePerson(s, i+2) // "وقال شيخ العشيرة NAME، في اتصال"
		}
	}
	a.morePersons(s) // runs after the role readers, before surnames()
}

// nameRunCompound is nameRun of up to three words from k, or four when a
// compound (عبد، أبو) is inside and three do not close the name: "أحمد
// عبد الحسين السليطي".
func (a *article) nameRunCompound(s *sentence, k int) int {
	c := a.nameRun(s.toks, k, 3, true)
	if c == 3 && !closesName(s, k+c) && compoundIn(s.toks, k, k+c) && a.nameRun(s.toks, k, 4, true) == 4 {
		c = 4
	}
	return c
}

// bodyNamePerson takes the person named at k right after a role and the
// word for its body ("رئيس المجلس"، "شيخ العشيرة"), when the name, of two
// to four words, closes with إن/أن, a comma or the sentence's end.
func (a *article) bodyNamePerson(s *sentence, k int) {
	if k >= len(s.toks) || s.mentionAt(k) != nil || s.toks[k].Break || definite(&s.toks[k]) {
		return // "عضو الحزب الديمقراطي الكوردستاني": the body's name goes on, no person
	}
	if c := a.nameRunCompound(s, k); c >= 2 && closesName(s, k+c) {
		a.take(s, a.person(s.toks, k, k+c))
	}
}

// compoundIn reports a compound name's first word ("عبد"، "أبو") after
// the first word of tokens [from, to): "أحمد عبد الحسين".
func compoundIn(toks []arabic.Token, from, to int) bool {
	for k := from + 1; k < to; k++ {
		switch toks[k].Key() {
		case "عبد", "ابو", "ابي":
			return true
		}
	}
	return false
}

// kunya reports a name that starts with أبو / أبي / أم.
func kunya(t *arabic.Token) bool {
	switch t.Key() {
	case "ابو", "ابي", "ام":
		return true
	}
	return false
}

// closesName reports what may follow a person's name: "إن"، "أن"، a comma,
// or the end of the sentence.
func closesName(s *sentence, k int) bool {
	if k >= len(s.toks) {
		return true
	}
	if s.toks[k].Break {
		return true
	}
	switch s.toks[k].Key() {
	case "ان", "انه", "انها":
		return true
	}
	return false
}

// morePersons finds people that no title in the list introduces: a kunya
// with a family name (أبو فدك المحمداوي), a name after "يدعى" (مسؤول أمني
// يدعى X), a name in apposition to a role (X، المتحدث باسم Y) and a name
// after an office and its body (وزير الدفاع الأمريكي X).
func (a *article) morePersons(s *sentence) {
	// The speech cue set is resolved once, and the positions where it
	// matches come from the sentence's cue hits (Set.Match > 0 exactly
	// there), so appositivePerson runs no Match at the other tokens.
	at := a.matches(s).Of("speech")
	var speech rules.Set
	if len(at) > 0 {
		speech = a.x.rules.Cue(rules.CueSpeech)
	}
	p := 0
	for i := 0; i < len(s.toks); i++ {
		if s.mentionAt(i) != nil {
			continue
		}
		for p < len(at) && at[p] < i {
			p++
		}
		isSpeech := p < len(at) && at[p] == i
		// Each reader is called only where its own first test on token i
		// passes: most tokens start none of them, and a call that returns
		// a zero mention costs more than the test.
		t := &s.toks[i]
		office := officeHead(t)
		if kunya(t) {
			if m, ok := a.kunyaPerson(s, i); ok {
				a.take(s, m)
				i = m.t1 - 1
				continue
			}
		}
		if calledWord(t) {
			if m, ok := a.calledPerson(s, i); ok {
				a.take(s, m)
				i = m.t1 - 1
				continue
			}
		}
		if isSpeech { // appositivePerson needs a speech verb at i
			if m, ok := a.appositivePerson(s, i, speech); ok {
				a.take(s, m)
				i = m.t1 - 1
				continue
			}
		}
		if t.Key() == "عن" {
			if m, ok := a.appositiveAt(s, i+1); ok {
				a.take(s, m)
				i = m.t1 - 1
				continue
			}
		}
		if office {
			if m, ok := a.officePerson(s, i); ok {
				a.take(s, m)
				i = m.t1 - 1
				continue
			}
		}
		if ledVerb(t) {
			if m, ok := a.ledPerson(s, i); ok {
				a.take(s, m)
				i = m.t1 - 1
				continue
			}
		}
		if companionNoun(t) {
			if m, ok := a.companionPerson(s, i); ok {
				a.take(s, m)
				i = m.t1 - 1
				continue
			}
		}
		if office || t.Key() == "مسؤول" || t.Key() == "عضو" {
			if m, ok := a.bodyRolePerson(s, i); ok {
				a.take(s, m)
				i = m.t1 - 1
			}
		}
	}
}

// ledPerson reads the leader named after a relative verb of leading:
// "الفصيل الذي يقوده NAME"، "الحركة التي يتزعمها NAME إن". A known
// name after the verb is a mention already; a state or a force that leads
// is one too ("القوات التي تقودها الولايات المتحدة").
func (a *article) ledPerson(s *sentence, i int) (mention, bool) {
	toks := s.toks
	k := i + 1
	if k >= len(toks) || toks[k].Break || toks[k].Quote || s.mentionAt(k) != nil {
		return mention{}, false
	}
	c := a.nameRun(toks, k, 3, true)
	if c < 2 || !nameEnds(s, k, c) && !a.functionAt(s, k+c) {
		return mention{}, false
	}
	return a.person(toks, k, k+c), true
}

// functionAt reports a word of time at token k (منذ، حتى، خلال): after
// the verb of leading it closes the leader's name ("يقوده NAME منذ
// عامين"); a verb's particle (لم، لا) does not: "يقودها قادة ميدانيون
// شباب لم ..." names nobody.
func (a *article) functionAt(s *sentence, k int) bool {
	if k >= len(s.toks) || s.toks[k].Break {
		return false
	}
	switch s.toks[k].Key() {
	case "منذ", "حتي", "خلال", "حاليا", "سابقا":
		return true
	}
	return false
}

// ledVerb reports a relative verb of leading with its pronoun: يقوده،
// يقودها، يتزعمه، يتزعمها، يترأسه، يرأسها.
func ledVerb(t *arabic.Token) bool {
	switch t.Key() {
	case "يقوده", "يقودها", "يتزعمه", "يتزعمها", "يتراسه", "يتراسها", "يراسه", "يراسها":
		return true
	}
	return false
}

// companionPerson reads a name after a companion or kin noun with its
// pronoun that a comma and "وهو" + a role describe: "مرافقه NAME، وهو
// قيادي في ..."، "نجله NAME، وهو مسؤول ...".
func (a *article) companionPerson(s *sentence, i int) (mention, bool) {
	toks := s.toks
	if !companionNoun(&toks[i]) {
		return mention{}, false
	}
	k := i + 1
	if k >= len(toks) || toks[k].Break || s.mentionAt(k) != nil {
		return mention{}, false
	}
	c := a.nameRun(toks, k, 3, true)
	end := k + c
	if c < 2 || end+1 >= len(toks) || !toks[end].Break || !toks[end].Has("هو") || toks[end+1].Break {
		return mention{}, false // the comma sits before "وهو"
	}
	r := end + 1
	if a.roleAt(s, r) == 0 && !officeHead(&toks[r]) {
		switch toks[r].Key() {
		case "قيادي", "مسؤول", "ضابط", "عضو":
		default:
			return mention{}, false
		}
	}
	return a.person(toks, k, end), true
}

// companionNoun reports a companion or kin noun with its pronoun, with
// or without و: مرافقه، ونجله، شقيقه.
func companionNoun(t *arabic.Token) bool {
	for i := range t.Variants {
		switch t.Variants[i].Key {
		case "مرافقه", "مساعده", "نجله", "شقيقه", "ابنه", "سائقه", "حارسه", "صهره":
			return true
		}
	}
	return false
}

// bodyRolePerson reads a name in apposition to an office of a body:
// "مدير المكتب السياسي في الجماعة، NAME،", "مسؤول العلاقات العامة في
// «X»، NAME، قال", "عضو المكتب السياسي لحركة X، NAME،": an office head,
// one to three definite words, في or لـ, the body (a mention or a
// definite group word), then a name between commas or closed by إن/أن.
func (a *article) bodyRolePerson(s *sentence, i int) (mention, bool) {
	toks := s.toks
	if !officeHead(&toks[i]) && toks[i].Key() != "مسؤول" && toks[i].Key() != "عضو" {
		return mention{}, false
	}
	k := i + 1
	for d := 0; d < 3 && k < len(toks) && !toks[k].Break && definite(&toks[k]) && s.mentionAt(k) == nil; d++ {
		k++
	}
	if k == i+1 || k+1 >= len(toks) || toks[k].Break {
		return mention{}, false
	}
	if toks[k].Key() == "في" {
		k++
	} else if m := s.mentionStarting(k); m == nil || !strings.HasPrefix(toks[k].Pre+toks[k].Variants[len(toks[k].Variants)-1].Pre, "ل") {
		return mention{}, false // "المكتب السياسي لحركة X": the body with لـ
	}
	if m := s.mentionStarting(k); m != nil && m.typ != model.TypeOfficial && m.typ != model.TypeCity && m.typ != model.TypeCountry {
		k = m.t1
	} else if m == nil && a.bodyWord(&toks[k]) {
		k++
	} else {
		return mention{}, false
	}
	if k >= len(toks) || !toks[k].Break || s.mentionAt(k) != nil {
		return mention{}, false
	}
	c := a.nameRun(toks, k, 3, true)
	if c < 2 || !closesName(s, k+c) {
		return mention{}, false
	}
	return a.person(toks, k, k+c), true
}

// bodyWord reports a definite word standing for a group or body named
// before: الجماعة، الحركة، الهيئة، الفصيل، المجلس، الوزارة.
func (a *article) bodyWord(t *arabic.Token) bool {
	if a.groupAnaphor(t) || a.x.rules.Cue(rules.CueGroupAnaphora).Has(t) {
		return true
	}
	switch t.Variants[0].Fold {
	case "الهيئه", "المجلس", "الوزاره", "المديريه", "القياده", "الحزب", "الجبهه", "الحكومه":
		return true
	}
	return false
}

// kunyaPerson reads أبو + a given name + a definite family nisba
// (أبو علي العسكري): the nisba tells a person from a place (أبو غريب).
func (a *article) kunyaPerson(s *sentence, i int) (mention, bool) {
	toks := s.toks
	if !kunya(&toks[i]) || i+2 >= len(toks) || toks[i+1].Break || toks[i+2].Break {
		return mention{}, false
	}
	if strings.HasPrefix(toks[i+1].Variants[0].Fold, "ال") || s.mentionAt(i+1) != nil || s.mentionAt(i+2) != nil {
		return mention{}, false
	}
	family := familyNisba(toks[i+2].Variants[0].Fold) ||
		strings.HasPrefix(toks[i+2].Variants[0].Fold, "ال") && closesName(s, i+3) // "أبو رضا النجار،"
	if !family || a.nameRun(toks, i, 3, true) < 3 {
		return mention{}, false
	}
	return a.person(toks, i, i+3), true
}

// familyNisba reports a definite word ending in ي of at least five
// letters: العسكري، المحمداوي، الخزرجي.
func familyNisba(f string) bool {
	return strings.HasPrefix(f, "ال") && strings.HasSuffix(f, "ي") && len([]rune(f)) >= 5
}

// calledPerson reads "يدعى X" / "المدعو X" with a name of two or three
// words; a quoted name after a group word is selfNamed's business.
func (a *article) calledPerson(s *sentence, i int) (mention, bool) {
	toks := s.toks
	if !calledWord(&toks[i]) {
		return mention{}, false
	}
	k := i + 1
	if k >= len(toks) || toks[k].Quote || toks[k].Break || s.mentionAt(k) != nil {
		return mention{}, false
	}
	c := a.nameRun(toks, k, 3, true)
	if c < 2 || !kunya(&toks[k]) && !closesName(s, k+c) {
		return mention{}, false
	}
	return a.person(toks, k, k+c), true
}

// calledWord reports يدعى / المدعو / تدعى, which calledPerson reads a
// name after.
func calledWord(t *arabic.Token) bool {
	switch t.Key() {
	case "يدعي", "مدعو", "تدعي":
		return true
	}
	return false
}

// appositivePerson reads "قال X Y، المتحدث باسم ..." : a speech verb, a
// name of two or three words, a comma, then a role or a title.
func (a *article) appositivePerson(s *sentence, i int, speech rules.Set) (mention, bool) {
	toks := s.toks
	n := speech.Match(toks, i)
	if n == 0 {
		return mention{}, false
	}
	return a.appositiveAt(s, i+n)
}

// appositiveAt reads a name at token k closed by a comma and a role: the
// person after a speech verb, or after "عن" of reported speech ("نقلت
// الوكالة عن NAME، المتحدث باسم ...").
func (a *article) appositiveAt(s *sentence, k int) (mention, bool) {
	toks := s.toks
	if k >= len(toks) || toks[k].Break || s.mentionAt(k) != nil {
		return mention{}, false
	}
	c := a.nameRun(toks, k, 3, true)
	end := k + c
	if c < 2 || end >= len(toks) || !toks[end].Break {
		return mention{}, false
	}
	role := end
	for role < len(toks) && role < end+5 && !toks[role].Arabic {
		role++ // "X (John Doe) المتحدث باسم ...": a Latin gloss of the name
	}
	if role == len(toks) || role > end && !toks[role].Break {
		return mention{}, false
	}
	if a.roleAt(s, role) == 0 && a.x.rules.Titles.Match(toks, role) == 0 && !officeHead(&toks[role]) {
		return mention{}, false
	}
	return a.person(toks, k, end), true
}

// officePerson reads an office in construct with its body, optional
// country adjectives and a title, then a name closed by إن/أن, a comma or
// the end (وزير الدفاع الأمريكي X إن ...).
func (a *article) officePerson(s *sentence, i int) (mention, bool) {
	toks := s.toks
	if !officeHead(&toks[i]) {
		return mention{}, false
	}
	k := i + 1
	if toks[i].Key() == "نائب" && definite(&toks[i]) && k < len(toks) && toks[k].Key() == "عن" {
		k++ // "النائب عن كتلة صادقون NAME", "النائب عن محافظة البصرة NAME"
	}
	for k < len(toks) && !toks[k].Break && officeHead(&toks[k]) && !definite(&toks[k]) {
		k++ // "نائب رئيس مركز X"، "مساعد وزير الخارجية": an office of an office
	}
	start := k
	for d := 0; d < 4 && k < len(toks) && !toks[k].Break; d++ {
		if m := s.mentionStarting(k); m != nil && m.typ != model.TypeOfficial {
			k = m.t1
			continue
		}
		if d < 3 && constructBody(&toks[k]) && k+1 < len(toks) && !toks[k+1].Break {
			k++ // "عضو مجلس محافظة نينوى", "قائد شرطة الأنبار"
			if s.mentionStarting(k) == nil && !definite(&toks[k]) && !constructBody(&toks[k]) && k+1 < len(toks) && !toks[k+1].Break {
				k++ // the body's own name: "كتلة صادقون"
			}
			continue
		}
		if k > start && toks[k].Key() == "عن" && k+1 < len(toks) && !toks[k+1].Break {
			k++ // "عضو مجلس النواب عن محافظة البصرة"
			continue
		}
		if k > start && conjoinedDefinite(&toks[k]) {
			k++ // "لجنة الأمن والدفاع النيابية"
			continue
		}
		if !strings.HasPrefix(toks[k].Variants[0].Fold, "ال") || a.x.adjective(&toks[k]) != nil || toks[k].Key() == "الي" {
			break // "إلى" folds like a definite noun: "أشار الوزير إلى دور لبلاده" names no body
		}
		k++
	}
	if k == start || constructBody(&toks[k-1]) {
		return mention{}, false
	}
	k = a.officeAdjectives(s, k)
	if k < len(toks) && !toks[k].Break && actingWord(&toks[k]) {
		k++ // "محافظ كركوك بالوكالة NAME"
	}
	if seat := a.officeSeat(s, k); seat > k {
		k = a.officeAdjectives(s, seat) // "في البرلمان العراقي", "في سوريا"
	}
	off := k < len(toks) && toks[k].Break && charBefore(s, k, '،') // "النائب عن X، NAME، ..."
	if k < len(toks) && (!toks[k].Break || off) {
		k += a.x.rules.Titles.Match(toks, k)
	}
	if k >= len(toks) || toks[k].Break && !off || s.mentionAt(k) != nil || toks[k].Has("اسم") {
		return mention{}, false // "المتحدث العسكري باسم X": on behalf of, not a name
	}
	c := a.nameRun(toks, k, 3, true)
	if c == 3 && !closesName(s, k+3) && prepositionCloses(s, k+2) {
		c = 2 // "قائد شرطة X NAME بتعزيز": the clitic word is no third name
	}
	object := c == 3 && pronounSuffixed(&toks[k+2], true) && prepositionCloses(s, k+3)
	if object {
		c = 2 // "وزير X NAME دعوته إلى": a noun with his pronoun is the verb's object
	}
	if c < 2 || !object && !nameEnds(s, k, c) && !a.reportCloses(s, k+c) {
		return mention{}, false
	}
	if off && (k+c >= len(toks) || !toks[k+c].Break) {
		return mention{}, false // a name set off by a comma is closed by one
	}
	return a.person(toks, k, k+c), true
}

// reportCloses reports what follows the name of an office holder who
// speaks: a speech verb ("NAME قال"، "NAME كان قد قال") or the outlet he
// spoke to ("NAME لوكالة X"، "NAME لشبكة «رووداو»").
func (a *article) reportCloses(s *sentence, k int) bool {
	if k >= len(s.toks) || s.toks[k].Break {
		return false
	}
	t := &s.toks[k]
	if t.Key() == "كان" || t.Key() == "قد" || t.Variants[0].Fold == "الذي" || a.x.rules.Cue(rules.CueSpeech).Match(s.toks, k) > 0 {
		return true
	}
	m := s.mentionStarting(k)
	if m == nil || m.typ != model.TypeOrganization {
		return false
	}
	return t.Pre == "ل" || len(t.Variants) > 1 && t.Variants[len(t.Variants)-1].Pre == "ل"
}

// officeAdjectives skips the adjectives after an office's body
// (الأمريكي، الروسي) and returns the first token after them.
func (a *article) officeAdjectives(s *sentence, k int) int {
	toks := s.toks
	for k < len(toks) && !toks[k].Break && !givenNameAdj(s, k) && (a.x.adjective(&toks[k]) != nil || s.mentionAt(k) != nil && s.mentionAt(k).adj) {
		k++
	}
	return k
}

// officeSeat reads the seat of an office's body after في: a known place
// or body ("في سوريا") or one definite noun ("في البرلمان"). It returns k
// when there is none.
func (a *article) officeSeat(s *sentence, k int) int {
	toks := s.toks
	if k+2 >= len(toks) || toks[k].Break || toks[k].Key() != "في" || toks[k+1].Break {
		return k
	}
	if m := s.mentionStarting(k + 1); m != nil {
		if m.typ == model.TypeOfficial || m.adj {
			return k
		}
		return m.t1
	}
	if !definite(&toks[k+1]) || constructBody(&toks[k+1]) {
		return k
	}
	if k+3 < len(toks) && !toks[k+2].Break && nisbaAdjective(&toks[k+2]) {
		return k + 3 // "في الريف الشمالي"، "في البرلمان العراقي"
	}
	return k + 2
}

// nisbaAdjective reports a definite adjective of relation (الشمالي،
// الشرقية، العراقي) that follows a definite noun.
func nisbaAdjective(t *arabic.Token) bool {
	f := t.Variants[0].Fold
	return strings.HasPrefix(f, "ال") && (strings.HasSuffix(f, "ي") || strings.HasSuffix(f, "يه"))
}

// prepositionCloses reports a preposition that a verb of the office holder
// governs right after the name: "دعا محافظ X NAME إلى"، "أعرب وزير X NAME
// عن"، "شدد NAME على"، "طالب NAME بتعزيز / بالإسراع". After an office the
// name is already framed, so the preposition may close it.
func prepositionCloses(s *sentence, k int) bool {
	if k >= len(s.toks) || s.toks[k].Break {
		return false
	}
	t := &s.toks[k]
	switch t.Key() {
	case "الي", "عن", "علي", "في":
		return true // "... NAME في إفادة صحفية"
	}
	for v := 1; v < len(t.Variants); v++ {
		f := t.Variants[v].Fold
		if t.Variants[v].Pre == "ب" && (strings.HasPrefix(f, "ال") || strings.HasPrefix(f, "ت") && len([]rune(f)) >= 5) {
			return true // بالإسراع، بتعزيز، بتشديد
		}
	}
	return false
}

// nameEnds reports that the c words from token k read as a whole name by
// themselves: a kunya, a word or preposition that closes a name after
// them, or a given name and a family name.
func nameEnds(s *sentence, k, c int) bool {
	return kunya(&s.toks[k]) || closesName(s, k+c) || givenAndFamily(s.toks[k:k+c]) || prepositionCloses(s, k+c)
}

// givenAndFamily reports a two-word name shaped like a given name and a
// family nisba (نجم الجبوري، سعد الراوي): after an office it is a person
// whatever follows ("أعرب محافظ نينوى نجم الجبوري عن قلقه").
func givenAndFamily(ts []arabic.Token) bool {
	return len(ts) == 2 && !definite(&ts[0]) && familyNisba(ts[1].Variants[0].Fold)
}

// officeHead reports an office in construct state: وزير الدفاع، رئيس
// الأركان، مدير الاستخبارات، قائد القيادة المركزية، سفير.
func officeHead(t *arabic.Token) bool {
	switch t.Key() {
	case "عضو", "معاون", "مساعد", "وكيل", "امر":
		return !definite(t) // "عضو مجلس النواب", "آمر الفوج", "وكيل وزارة الداخلية"
	case "وزير", "وزيره", "رئيس", "رئيسه", "مدير", "مديره", "قائد", "قائممقام", "قائمقام", "سفير", "سفيره", "محافظ", "نائب", "نائبه", "امين", "مستشار", "مستشاره", "السكرتير", "سكرتير", "المتحدث", "المتحدثه", "الناطق", "متحدث", "ناطق", "مندوب", "مندوبه", "ممثل", "ممثله", "مبعوث", "مبعوثه":
		return true
	}
	return false
}

// constructBody reports an indefinite noun of a body in construct that
// another name completes: مجلس (محافظة نينوى)، شرطة (الأنبار)، كتلة
// (صادقون)، قيادة (عمليات بغداد).
func constructBody(t *arabic.Token) bool {
	if definite(t) {
		return false
	}
	switch t.Key() {
	case "شؤون", "داخليه", "خارجيه", "دفاع", "مجلس", "محافظه", "شرطه", "كتله", "تحالف", "قياده", "عمليات", "هيئه", "لجنه", "جهاز", "مديريه", "وزاره", "حركه", "حزب", "قطاع", "قاطع", "محور", "ناحيه", "قضاء", "مركز", "معهد", "مكتب", "قوات":
		return true
	}
	return false
}

// conjoinedDefinite reports a definite word behind و, the second noun of
// a body's name: الأمن والدفاع، العلاقات والإعلام.
func conjoinedDefinite(t *arabic.Token) bool {
	for v := 1; v < len(t.Variants); v++ {
		if t.Variants[v].Pre == "و" && strings.HasPrefix(t.Variants[v].Fold, "ال") {
			return true
		}
	}
	return false
}

// actingWord reports the word that marks an office held for the time
// being, between the office and its holder: بالوكالة، بالنيابة.
func actingWord(t *arabic.Token) bool {
	return t.Key() == "بالوكاله" || t.Key() == "بالنيابه" || t.Key() == "وكاله" && tanwin(t.Surface) // "محافظ كركوك وكالةً NAME"
}
