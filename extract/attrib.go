package extract

import (
	"github.com/nisba/nisba/model"
)

// accusation is an armed entity a sentence names as (maybe) behind an attack.
type accusation struct {
	id       string
	stance   string
	attacker bool // the text states it in its own voice
}

var stanceOrder = []string{model.StanceClaimed, model.StanceDenied, model.StanceHinted,
	model.StanceSuspected, model.StanceLikely, model.StanceAsserted}

// attributions links the accused of s to the attacks s tells of, or to the
// attack s refers back to ("الهجوم", "هذه الهجمات").
func (a *article) attributions(s *sentence, cur []*attackAcc) {
	accused := a.accused(s)
	if len(accused) == 0 {
		return
	}
	if len(cur) == 0 {
		if len(a.freeCues(s, "attack")) == 0 && len(a.freeCues(s, "attack_anaphora")) == 0 {
			return
		}
		at := a.recentAttack(s)
		if at == nil {
			return
		}
		cur = []*attackAcc{at}
	}
	claimant := a.claimant(s)
	ev := a.evidence(s)
	for _, at := range cur {
		at = at.live()
		for _, acc := range accused {
			if acc.attacker {
				at.attackers = addIDs(at.attackers, acc.id)
			}
			c := claimant
			if acc.stance == model.StanceClaimed {
				c = acc.id
			}
			if c == acc.id && acc.stance != model.StanceClaimed {
				c = ""
			}
			at.attribs = addAttribution(at.attribs, model.Attribution{Accused: acc.id, Claimant: c,
				Stance: acc.stance, Evidence: []model.Evidence{ev}})
		}
	}
}

// accused finds armed entities after an attribution cue (اتهم، مصدره،
// وراء، من المرجح ...) or as the subject of an attack verb.
func (a *article) accused(s *sentence) []accusation {
	var out []accusation
	cues := a.freeCues(s, "attribution")
	verbs := a.freeCues(s, "attack_verb")
	for _, m := range s.ments {
		if m.adj || m.typ != model.TypeMilitia && m.typ != model.TypeCountry {
			continue
		}
		if m.t0 > 0 && (s.toks[m.t0].Has("ضد") || s.toks[m.t0-1].Key() == "ضد" || s.toks[m.t0-1].Key() == "على") {
			continue
		}
		var acc *accusation
		switch {
		case m.typ == model.TypeMilitia && (contains(verbs, m.t1) || contains(verbs, m.t0-1)):
			acc = &accusation{id: m.id, stance: model.StanceAsserted, attacker: true}
		case before(cues, m.t0):
			st := a.stanceAt(s, m.t0)
			acc = &accusation{id: m.id, stance: st}
			if st == model.StanceAsserted && a.sourceCue(s, m.t0) {
				acc.attacker = true
			}
		}
		if acc != nil {
			if m.typ == model.TypeCountry && acc.stance == model.StanceAsserted && !acc.attacker && !a.accuseVerb(s, m.t0) {
				continue
			}
			out = append(out, *acc)
		}
	}
	return out
}

func contains(xs []int, x int) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// before reports a cue in the few tokens before t (same sentence).
func before(cues []int, t int) bool {
	for _, c := range cues {
		if c < t && t-c <= 12 {
			return true
		}
	}
	return false
}

// stanceAt is the stance of the nearest stance cue before token t.
func (a *article) stanceAt(s *sentence, t int) string {
	best, bestPos := model.StanceAsserted, -1
	for _, st := range stanceOrder {
		for _, c := range a.freeCues(s, st) {
			if c < t && c > bestPos {
				best, bestPos = st, c
			}
		}
	}
	return best
}

// sourceCue reports "مصدره X": the text's own voice naming the source.
func (a *article) sourceCue(s *sentence, t int) bool {
	for i := t - 1; i >= 0 && i >= t-2; i-- {
		if s.toks[i].HasPrefix("مصدر") {
			return true
		}
	}
	return false
}

// accuseVerb reports اتهم right before t: countries are accused only so.
func (a *article) accuseVerb(s *sentence, t int) bool {
	for i := t - 1; i >= 0 && i >= t-4; i-- {
		if s.toks[i].HasPrefix("اتهم") || s.toks[i].HasPrefix("يتهم") || s.toks[i].HasPrefix("حمل") {
			return true
		}
	}
	return false
}

// claimant is who speaks in s: the official or organisation after a speech
// or "according to" cue; "" for the article's own voice.
func (a *article) claimant(s *sentence) string {
	for _, set := range []string{"according", "speech"} {
		for _, c := range a.freeCues(s, set) {
			for _, m := range s.ments {
				if m.t0 > c && m.t0 <= c+6 && (m.typ == model.TypeOfficial || m.typ == model.TypeOrganization) {
					return m.id
				}
			}
		}
	}
	return ""
}

// recentAttack is the attack s most likely refers back to: the last one on
// a base s names, else the last one told within a few sentences.
func (a *article) recentAttack(s *sentence) *attackAcc {
	named := map[string]bool{}
	for _, m := range s.ments {
		if m.typ == model.TypeBase {
			named[m.id] = true
		}
	}
	var best *attackAcc
	for _, at := range a.attacks {
		at = at.live()
		if s.idx-at.sent > 8 || at.sent > s.idx {
			continue
		}
		if len(named) > 0 && !named[at.target] {
			continue
		}
		if best == nil || at.sent > best.sent {
			best = at
		}
	}
	return best
}
