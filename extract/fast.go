package extract

import "github.com/nisba/nisba/extract/arabic"

// Helpers of the speed passes: small, local steps that the hot functions
// call instead of doing the same work in a slower general way.

// letterPair reports whether the bytes b0 b1 write one of the Arabic
// letters U+0621..U+064A (D8 A1..D8 BF, D9 80..D9 8A), tatweel included.
func letterPair(b0, b1 byte) bool {
	v := uint16(b0)<<8 | uint16(b1)
	return v-0xD8A1 <= 0xD8BF-0xD8A1 || v-0xD980 <= 0xD98A-0xD980
}

// wordFacts is what the extractor's indexes know of one word from its
// readings alone, computed once per word of the Tokenizer's cache (the
// arabic.MemoNames slot of its Memo) instead of at every token.
type wordFacts struct {
	x        *Extractor
	mayStart bool // probeStart
	// first and firstWeak are firstWords over names and weak aliases.
	first, firstWeak int
}

// factsOf returns the wordFacts of token t, computed on first use, or nil
// when t's word has no Memo or another Extractor filled it.
func (x *Extractor) factsOf(t *arabic.Token) *wordFacts {
	m := t.Memo()
	if m == nil {
		return nil
	}
	if f, _ := m.Load(arabic.MemoNames).(*wordFacts); f != nil {
		if f.x == x {
			return f
		}
		return nil
	}
	f := &wordFacts{x: x, mayStart: x.probeStart(t), first: x.firstWords(t, false), firstWeak: x.firstWords(t, true)}
	m.Store(arabic.MemoNames, f)
	return f
}

// probeStart is mayStart asked of idx.start with each reading of t.
func (x *Extractor) probeStart(t *arabic.Token) bool {
	for k := range t.Variants {
		v := &t.Variants[k]
		if x.idx.start.MayHave(v.Hash()) || x.idx.start.MayHave(v.HeadHash()) {
			return true
		}
	}
	return false
}

// firstWords is the length in words of the longest lexicon key (of names,
// or of weak aliases when weak is set) that a reading of t starts, or 0.
func (x *Extractor) firstWords(t *arabic.Token, weak bool) int {
	first, filter := x.first, x.idx.first
	if weak {
		first, filter = x.firstWeak, x.idx.firstWeak
	}
	maxN := 0
	for k := range t.Variants {
		v := &t.Variants[k]
		if !filter.MayHave(v.Hash()) {
			continue
		}
		if n := first[v.Key]; n > maxN {
			maxN = n
		}
	}
	return maxN
}
