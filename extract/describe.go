package extract

import (
	"strings"

	"github.com/nisba/nisba/extract/arabic"
	"github.com/nisba/nisba/extract/rules"
	"github.com/nisba/nisba/model"
)

// describe adds what s says about an attack: weapons, munitions, status and
// launch sites.
func (a *article) describe(s *sentence, at *attackAcc, target mention) {
	from, to := a.eventSpan(s, target.t0)
	for w := range a.weaponsIn(s, from, to) {
		at.weapons[w] = true
	}
	if n := a.munitions(s); n > 0 && at.munitions == 0 {
		at.munitions = n
	}
	if foiled := a.freeCue(s, rules.CueFoiled); len(foiled) > 0 {
		// not "اعترضت الدفاعات صاروخاً ...، بعد يومين من سقوط صاروخين على قاعدة X"
		if k := a.relativeEvent(s, target.t0); (k < 0 || anyIn(foiled, k, target.t1+1)) && !allContrasted(s, foiled, target.t0) {
			at.foiled = true
		}
	}
	at.launched = addIDs(at.launched, a.launchSites(s)...)
	if at.damage == "" {
		at.damage = a.clauseOf(s, "damage")
	}
	if at.casualties == "" {
		at.casualties = a.clauseOf(s, "casualties")
	}
}

// allContrasted reports foiled words all set against the target's clause
// by a contrast word between: "أسقطت الدفاعات مسيرتين ...، في حين تعرضت
// قاعدة Y لقصف صاروخي" leaves Y hit.
func allContrasted(s *sentence, foiled []int, t int) bool {
	for _, f := range foiled {
		if f > t || !contrastBetween(s, f, t) {
			return false
		}
	}
	return true
}

// relativeEvent is the start of the span phrase that tells target t as an
// earlier event ("بعد يومين (فقط) من سقوط صاروخين على قاعدة X"), or -1.
func (a *article) relativeEvent(s *sentence, t int) int {
	for k := t - 1; k >= 0 && k >= t-6; k-- {
		if s.toks[k].Has("من") && k > 1 {
			if _, at, ok := a.daysBefore(s, k+1); ok {
				return at
			}
		}
	}
	return -1
}

// clauseOf is the text of the clause around the first cue of set name in
// s ("ما أدى إلى أضرار مادية"), or "".
func (a *article) clauseOf(s *sentence, name string) string {
	cues := a.freeCues(s, name)
	if len(cues) == 0 {
		return ""
	}
	lo, hi := clause(s, cues[0])
	rs := []rune(s.Text)
	return strings.TrimSpace(string(rs[s.toks[lo].Start:s.toks[hi-1].End]))
}

// weaponsIn are the weapon cues of tokens [from, to) of s.
func (a *article) weaponsIn(s *sentence, from, to int) map[string]bool {
	out := map[string]bool{}
	h := a.matches(s) // Of(name) holds the i with Cues[name].Match(s.toks, i) > 0, as Find tests
	for _, w := range model.Weapons {
		if _, ok := a.x.rules.Cues["w_"+w]; ok && anyIn(h.Of("w_"+w), from, to) {
			out[w] = true
		}
	}
	if out["mortar"] && out["rocket"] && !hasAny(s.toks[from:to], "صاروخيه", "صواريخ", "صاروخ") {
		delete(out, "rocket") // "قذائف هاون" are mortar shells only
	}
	return out
}

// anyIn reports a position in [from, to).
func anyIn(ps []int, from, to int) bool {
	for _, p := range ps {
		if p >= from && p < to {
			return true
		}
	}
	return false
}

// eventSpan is the part of s about the event at token t: a response cue
// ("رداً على") splits a strike from the attack it answers.
func (a *article) eventSpan(s *sentence, t int) (int, int) {
	from, to := 0, len(s.toks)
	for _, r := range a.freeCue(s, rules.CueResponse) {
		if r <= t && r > from {
			from = r
		}
		if r > t && r < to {
			to = r
		}
	}
	return from, to
}

func hasAny(toks []arabic.Token, keys ...string) bool {
	for i := range toks {
		if toks[i].HasAny(keys...) {
			return true
		}
	}
	return false
}

// munitions reads "ثلاث قذائف", "بثمانية صواريخ", "3 قذائف", "قذيفتان".
func (a *article) munitions(s *sentence) int {
	set := a.x.rules.Cue(rules.CueMunitionNoun)
	for i := range s.toks {
		if set.Match(s.toks, i) == 0 {
			continue
		}
		k := s.toks[i].Key()
		if k == "قذيفتان" || k == "قذيفتين" || k == "صاروخين" || k == "صاروخان" || k == "طائرتين" || k == "طائرتان" {
			return 2
		}
		if i == 0 {
			continue
		}
		if n := numberOf(&s.toks[i-1], a.x.rules.Numbers); n > 0 {
			return n
		}
	}
	return 0
}

// severalMunitions reports munitions counted without a number: "عدة
// قذائف"، "عدد من الصواريخ"، "بضعة صواريخ".
func (a *article) severalMunitions(s *sentence) bool {
	set := a.x.rules.Cue(rules.CueMunitionNoun)
	for i := 1; i < len(s.toks); i++ {
		if set.Match(s.toks, i) == 0 {
			continue
		}
		p := &s.toks[i-1]
		if p.HasAny("عده", "بضعه", "بضع") || i >= 2 && p.Key() == "من" && s.toks[i-2].Key() == "عدد" {
			return true
		}
	}
	return false
}

func numberOf(t *arabic.Token, words map[string]int) int {
	for _, v := range t.Variants {
		if n, ok := words[v.Key]; ok {
			return n
		}
		n := 0
		for _, r := range v.Key {
			if r < '0' || r > '9' {
				n = -1
				break
			}
			n = n*10 + int(r-'0')
			if n > 10000 {
				return 0
			}
		}
		if n > 0 {
			return n
		}
	}
	return 0
}

// launchSites are the places named after "انطلقت من" / "من منطقتين".
func (a *article) launchSites(s *sentence) []string {
	var out []string
	for _, c := range a.freeCue(s, rules.CueLaunch) {
		for _, m := range s.ments {
			if m.t0 > c && m.t0 <= c+12 && m.typ == model.TypeCity {
				out = addIDs(out, m.id)
			}
		}
	}
	return out
}
