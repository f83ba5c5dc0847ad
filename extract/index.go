package extract

import (
	"slices"

	"github.com/nisba/nisba/extract/arabic"
	"github.com/nisba/nisba/extract/lexicon"
	"github.com/nisba/nisba/extract/rules"
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
	}
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
	if s.hits == nil {
		h := a.x.rules.Hits(s.toks)
		s.hits = &h
	}
	return s.hits
}

// rolePositions are the token positions, in order, where one of the cue
// sets names matches: the only places a loop over them has work to do.
func (a *article) rolePositions(s *sentence, names []string) []int {
	h := a.matches(s)
	var out []int
	for _, n := range names {
		out = append(out, h.Of(n)...)
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// cueHits are the positions where cue set name matches in s outside
// entity mentions: what freeCues computes, from one pass over s for all
// sets instead of one pass per set. The slice is the caller's.
func (a *article) cueHits(s *sentence, name string) []int {
	var out []int
	for _, i := range a.matches(s).Of(name) {
		if s.mentionAt(i) == nil {
			out = append(out, i)
		}
	}
	return out
}
