package extract

import (
	"strings"

	"github.com/nisba/nisba/extract/arabic"
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
		if org == nil || org.typ == model.TypeOfficial {
			continue // the regular "role ORG NAME" is rolePersons' business
		}
		k := a.skipOrg(s, i+n)
		if k >= len(s.toks) || s.mentionAt(k) != nil || s.toks[k].Break {
			continue
		}
		c := a.nameRun(s.toks, k, 3, true)
		if c >= 2 && (kunya(&s.toks[k]) || closesName(s, k+c)) {
			a.take(s, a.person(s.toks, k, k+c))
		}
	}
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
