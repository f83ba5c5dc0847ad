package extract

import (
	"fmt"

	"github.com/nisba/nisba/extract/arabic"
	"sort"
	"strings"

	"github.com/nisba/nisba/model"
)

// attackAcc gathers one attack while the article is read.
type attackAcc struct {
	target      string
	day, text   string
	weapons     map[string]bool
	munitions   int
	attackers   []string
	launched    []string
	foiled      bool
	damage      string
	casualties  string
	attribs     []model.Attribution
	evidence    []model.Evidence
	first, sent int
	merged      bool
	into        *attackAcc
}

// live follows merges to the attack that absorbed this one.
func (at *attackAcc) live() *attackAcc {
	for at.into != nil {
		at = at.into
	}
	return at
}

// attacksPass finds attacks sentence by sentence, then their attributions.
func (a *article) attacksPass() {
	for _, s := range a.sents {
		cur := a.attackSentence(s)
		a.attributions(s, cur)
	}
	a.mergeLead()
}

// attackSentence makes or extends the attacks a sentence tells of: an attack
// cue and a target base (named, or "القاعدة" for the last base named).
func (a *article) attackSentence(s *sentence) []*attackAcc {
	cues := a.freeCues(s, "attack")
	if len(cues) == 0 || a.generic(s, cues) {
		return nil
	}
	var out []*attackAcc
	for _, m := range a.targets(s) {
		at := a.placeAttack(s, m, cues)
		a.describe(s, at, m)
		out = appendAttack(out, at)
	}
	return out
}

// notTarget reports a word before a base that makes it no target.
func notTarget(t *arabic.Token) bool {
	k := t.Key()
	return k == "قرب" || k == "من" || t.HasPrefix("بالقرب") || t.HasPrefix("انطلاقا")
}

// generic reports a sentence that names no day and whose only attack words
// are plural event nouns ("تعرضت لهجمات عدة": a count, not an attack) or
// that speaks of threats, plans or drills.
func (a *article) generic(s *sentence, cues []int) bool {
	for _, h := range s.dates {
		if h.day != "" {
			return false
		}
	}
	if len(a.freeCues(s, "hypothetical")) > 0 {
		return true // "التصدي لهجمات محتملة": no attack happened
	}
	for _, c := range cues {
		if !a.x.rules.Cues["attack_plural"].Has(&s.toks[c]) {
			return false
		}
	}
	return true
}

func appendAttack(list []*attackAcc, at *attackAcc) []*attackAcc {
	for _, x := range list {
		if x == at {
			return list
		}
	}
	return append(list, at)
}

// freeCues are the token positions where cue set name matches outside
// entity mentions.
func (a *article) freeCues(s *sentence, name string) []int {
	if out, ok := s.cues[name]; ok {
		return out[:len(out):len(out)]
	}
	var out []int
	set := a.x.rules.Cues[name]
	for i := range s.toks {
		if set.Match(s.toks, i) > 0 && s.mentionAt(i) == nil {
			out = append(out, i)
		}
	}
	if s.cues == nil {
		s.cues = map[string][]int{}
	}
	s.cues[name] = out
	return out[:len(out):len(out)]
}

// targets are the base mentions of s, or the last base named before when s
// says "القاعدة" / "الحقل".
func (a *article) targets(s *sentence) []mention {
	var out []mention
	seen := map[string]bool{}
	for _, m := range s.ments {
		if m.t0 > 0 && notTarget(&s.toks[m.t0-1]) {
			continue // "قرب مطار بغداد" is near a base, "من قاعدة التنف" is where from
		}
		if m.typ == model.TypeBase && !m.adj && !seen[m.id] {
			seen[m.id] = true
			out = append(out, m)
		}
	}
	for i := range s.toks {
		if s.mentionAt(i) == nil && a.baseAnaphor(s, i) && !seen["#"] {
			if id := a.lastBase(s, i); id != "" && !seen[id] {
				seen["#"] = true
				out = append(out, mention{id: id, typ: model.TypeBase, t0: i, t1: i + 1})
			}
		}
	}
	if len(out) == 0 {
		if m, ok := a.baseByPlace(s); ok {
			out = append(out, m)
		}
	}
	return a.nearCues(s, out)
}

// baseByPlace reads "قاعدة أمريكية في X" / "القاعدة الأمريكية بريف X": a
// base noun, adjectives, then a town; the one lexicon base located there.
func (a *article) baseByPlace(s *sentence) (mention, bool) {
	for i := range s.toks {
		if s.mentionAt(i) != nil || !s.toks[i].Has("قاعده") {
			continue
		}
		k := i + 1
		for k < len(s.toks) && k <= i+3 && s.mentionAt(k) != nil && s.mentionAt(k).adj {
			k++
		}
		for k < len(s.toks) && k <= i+5 && s.mentionAt(k) == nil && (s.toks[k].Key() == "في" || a.x.rules.Cues["compass"].Has(&s.toks[k])) {
			k++
		}
		m := s.mentionStarting(k)
		if m == nil || m.typ != model.TypeCity || k == i+1 {
			continue
		}
		if id := a.x.baseIn(m.id); id != "" && a.ensure(id, s) {
			return mention{id: id, typ: model.TypeBase, t0: i, t1: i + 1}, true
		}
	}
	return mention{}, false
}

// baseIn is the one lexicon base located in a town, or "".
func (x *Extractor) baseIn(city string) string {
	found := ""
	for _, id := range x.bases[city] {
		if found != "" && found != id {
			return ""
		}
		found = id
	}
	return found
}

// nearCues keeps the targets close to an attack cue; a base named far from
// any (in a relative clause) is left out when a closer one exists.
func (a *article) nearCues(s *sentence, ms []mention) []mention {
	if len(ms) < 2 {
		return ms
	}
	cues := a.freeCues(s, "attack")
	dist := func(m mention) int {
		best := 1 << 30
		for _, c := range cues {
			d := c - m.t0
			if d < 0 {
				d = m.t0 - c
			}
			if d < best {
				best = d
			}
		}
		return best
	}
	var out []mention
	closest := ms[0]
	for _, m := range ms {
		if dist(m) <= 10 {
			out = append(out, m)
		}
		if dist(m) < dist(closest) {
			closest = m
		}
	}
	if len(out) == 0 {
		out = []mention{closest}
	}
	return out
}

// baseAnaphor reports a definite base noun (القاعدة، الحقل) or a possessed
// one (قاعدتها).
func (a *article) baseAnaphor(s *sentence, i int) bool {
	t := &s.toks[i]
	for _, v := range t.Variants {
		f := v.Fold
		switch {
		case strings.HasPrefix(f, "ال") && (v.Key == "قاعده" || v.Key == "حقل" || v.Key == "مطار" || v.Key == "معسكر"):
		case v.Key == "قاعدتها" || v.Key == "قاعدته":
		default:
			continue
		}
		if i+1 < len(s.toks) && a.x.adjective(&s.toks[i+1]) != nil && s.idx > 0 {
			return true // القاعدة الأمريكية
		}
		return true
	}
	return false
}

// lastBase is the base named last before token t of s, looking back a few
// sentences.
func (a *article) lastBase(s *sentence, t int) string {
	for i := s.idx; i >= 0 && i >= s.idx-4; i-- {
		ms := a.sents[i].ments
		for j := len(ms) - 1; j >= 0; j-- {
			if ms[j].typ == model.TypeBase && (i < s.idx || ms[j].t1 <= t) {
				return ms[j].id
			}
		}
	}
	return ""
}

// placeAttack finds the attack of target m in s: a new one, or one told
// before in the article when the dates agree.
func (a *article) placeAttack(s *sentence, m mention, cues []int) *attackAcc {
	lo, hi := clause(s, m.t0)
	var near []int
	for _, c := range cues {
		if c >= lo && c < hi {
			near = append(near, c)
		}
	}
	h := nearestDate(s, m.t0, near...)
	if h == nil {
		h = a.paragraphDate(s)
	}
	if r, ok := a.backReference(s, m.t0, near); ok && h != nil && h.tok < r {
		h = nil // "قصفت أمس ... ردا على استهداف قاعدة X": the date is the answer's
	}
	day, text := "", ""
	if h != nil {
		day, text = h.day, h.text
	}
	for i := len(a.attacks) - 1; i >= 0; i-- {
		at := a.attacks[i].live()
		if at.target != m.id {
			continue
		}
		switch {
		case day != "" && at.day == day:
			return a.touch(at, s)
		case text == "":
			return a.touch(at, s)
		case text != "" && at.text == "" && at.first <= 1 && s.idx-at.sent <= 1:
			at.day, at.text = day, text
			return a.touch(at, s)
		case text != "" && day == "" && at.text == text:
			return a.touch(at, s)
		}
		if text == "" {
			break
		}
	}
	at := &attackAcc{target: m.id, day: day, text: text, weapons: map[string]bool{}, first: s.idx, sent: s.idx}
	at.evidence = append(at.evidence, a.evidence(s))
	a.attacks = append(a.attacks, at)
	return at
}

// backReference reports attack words right after a response cue ("رداً على
// استهداف", "رداً على الهجوم على") and where that cue is: the sentence tells
// of something else and points back to an attack told before.
func (a *article) backReference(s *sentence, t int, cues []int) (int, bool) {
	c := -1 // the attack word nearest before the target
	for _, x := range cues {
		if x < t && x > c {
			c = x
		}
	}
	if c < 0 {
		return 0, false
	}
	for _, r := range a.freeCues(s, "response") {
		if n := a.x.rules.Cues["response"].Match(s.toks, r); c >= r+n && c-(r+n) <= 1 {
			return r, true
		}
	}
	return 0, false
}

// paragraphDate is the one day named in the sentence before s in the same
// paragraph, when that sentence told of no attack of its own: "فجر اليوم
// الأحد سُمع دوي انفجارات. وقالت المصادر إن الهجوم استهدف قاعدة X".
func (a *article) paragraphDate(s *sentence) *dateHit {
	if s.idx == 0 {
		return nil
	}
	p := a.sents[s.idx-1]
	if p.Para != s.Para || len(p.dates) != 1 || p.dates[0].day == "" {
		return nil
	}
	for _, at := range a.attacks {
		if at.live().sent == p.idx || at.first == p.idx {
			return nil
		}
	}
	return &p.dates[0]
}

func (a *article) touch(at *attackAcc, s *sentence) *attackAcc {
	if at.sent != s.idx {
		at.evidence = append(at.evidence, a.evidence(s))
	}
	at.sent = s.idx
	return at
}

// mergeLead merges an undated attack told in the lead of the article into
// the one dated attack on the same base told later.
func (a *article) mergeLead() {
	for _, at := range a.attacks {
		if at.merged || at.text != "" || at.first > 1 {
			continue
		}
		var cand *attackAcc
		n := 0
		for _, b := range a.attacks {
			if b != at && !b.merged && b.target == at.target && b.day != "" {
				cand, n = b, n+1
			}
		}
		if n == 1 {
			absorb(cand, at)
		}
	}
}

// absorb merges src into dst.
func absorb(dst, src *attackAcc) {
	src.merged, src.into = true, dst
	for w := range src.weapons {
		dst.weapons[w] = true
	}
	if dst.munitions == 0 {
		dst.munitions = src.munitions
	}
	dst.attackers = addIDs(dst.attackers, src.attackers...)
	dst.launched = addIDs(dst.launched, src.launched...)
	dst.foiled = dst.foiled || src.foiled
	if dst.damage == "" {
		dst.damage = src.damage
	}
	if dst.casualties == "" {
		dst.casualties = src.casualties
	}
	for _, x := range src.attribs {
		dst.attribs = addAttribution(dst.attribs, x)
	}
	dst.evidence = append(dst.evidence, src.evidence...)
	if src.first < dst.first {
		dst.first = src.first
	}
}

func addIDs(list []string, ids ...string) []string {
	for _, id := range ids {
		found := false
		for _, x := range list {
			if x == id {
				found = true
				break
			}
		}
		if !found && id != "" {
			list = append(list, id)
		}
	}
	return list
}

func addAttribution(list []model.Attribution, x model.Attribution) []model.Attribution {
	for _, y := range list {
		if y.Accused == x.Accused && y.Claimant == x.Claimant {
			return list
		}
	}
	return append(list, x)
}

// model renders the attack with its provisional id.
func (at *attackAcc) model(a *article) model.Attack {
	m := model.Attack{Target: at.target, Date: model.Day(at.day), DateText: at.text, Munitions: at.munitions,
		Weapons: []string{}, Attackers: append([]string{}, at.attackers...), Status: model.StatusCarriedOut,
		Articles: []string{a.meta.ID}, Attributions: append([]model.Attribution{}, at.attribs...), Evidence: at.evidence,
		Damage: at.damage, Casualties: at.casualties}
	for w := range at.weapons {
		m.Weapons = append(m.Weapons, w)
	}
	sort.Strings(m.Weapons)
	if len(at.launched) > 0 {
		m.LaunchedFrom = append([]string{}, at.launched...)
	}
	if at.foiled {
		m.Status = model.StatusFoiled
	}
	m.ID = attackID(at.target, at.day, a.meta.ID, at.first)
	for i := range m.Attributions {
		m.Attributions[i].ID = attributionID(m.ID, m.Attributions[i])
	}
	return m
}

func attackID(target, day, article string, n int) string {
	if day != "" {
		return "attack:" + target + ":" + day
	}
	return fmt.Sprintf("attack:%s:%s:%d", target, article, n)
}

func attributionID(attack string, x model.Attribution) string {
	c := x.Claimant
	if c == "" {
		c = "self"
	}
	return attack + "/" + x.Accused + "/" + c
}
