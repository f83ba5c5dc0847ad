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
