package rules

import (
	"math/bits"
	"strings"

	"github.com/nisba/nisba/extract/arabic"
)

// wordCues is what a cueIndex knows of one word from its readings alone,
// computed once per word of a Tokenizer's cache (arabic.Memo) instead of
// once per token: the sets a one-word phrase of which matches it (one),
// the sets a phrase of which starts with it (start), the longer phrases
// whose first word it is (multi), and the readings that may start a
// phrase of two whole words (pairs, bit k for reading k).
type wordCues struct {
	x     *cueIndex
	bits  []uint64 // one, then start, each of x.words words
	ones  []int32  // the sets of one, for Hits
	multi []*setPhrase
	pairs uint64
}

// one reports whether a one-word phrase of set id matches the word.
func (c *wordCues) one(id int) bool { return c.bits[id>>6]&(1<<(id&63)) != 0 }

// starts reports whether a phrase of set id starts with the word.
func (c *wordCues) starts(id int) bool {
	return c.bits[c.x.words+id>>6]&(1<<(id&63)) != 0
}

// cuesOf returns the wordCues of token t, computed on first use, or nil
// when t's word has no Memo (it is not in a Tokenizer's cache) or when
// another cueIndex filled the Memo.
func (x *cueIndex) cuesOf(t *arabic.Token) *wordCues {
	m := t.Memo()
	if m == nil {
		return nil
	}
	if c, _ := m.Load(arabic.MemoCues).(*wordCues); c != nil {
		if c.x == x {
			return c
		}
		return nil
	}
	if len(t.Variants) > 64 {
		return nil
	}
	c := x.newWordCues(t.Variants)
	m.Store(arabic.MemoCues, c)
	return c
}

// newWordCues finds the phrases that start with readings vs as Hits finds
// them at a token.
func (x *cueIndex) newWordCues(vs []arabic.Variant) *wordCues {
	c := &wordCues{x: x, bits: make([]uint64, 2*x.words)}
	for k := range vs {
		v := &vs[k]
		hv := v.Hash()
		if x.firstFilter.MayHave(hv) {
			c.add(lookup(&x.first, hv, v.Key))
		}
		if x.pairStart.MayHave(hv) {
			if ids := lookup(&x.pairFirst, hv, v.Key); len(ids) > 0 {
				c.pairs |= 1 << k
				for _, id := range ids {
					c.bits[x.words+id>>6] |= 1 << (id & 63)
				}
			}
		}
		if hh := v.HeadHash(); x.heads.MayHave(hh) {
			if h := v.Head3Hash(); x.prefix3Filter.MayHave(h) {
				c.addPrefixed(v, lookup(&x.prefixed3, h, arabic.Head3(v.Key)))
			}
			if x.prefixFilter.MayHave(hh) {
				c.addPrefixed(v, lookup(&x.prefixed, hh, arabic.Head(v.Key)))
			}
		}
	}
	for w, b := range c.bits[:x.words] {
		for ; b != 0; b &= b - 1 {
			c.ones = append(c.ones, int32(w<<6|bits.TrailingZeros64(b)))
		}
	}
	return c
}

// addPrefixed adds the phrases of ps whose prefix first word starts the
// reading v.
func (c *wordCues) addPrefixed(v *arabic.Variant, ps []prefixPhrases) {
	for _, p := range ps {
		if strings.HasPrefix(v.Key, p.prefix) {
			c.add(p.phs)
		}
	}
}

// add records phrases whose first word the word matches.
func (c *wordCues) add(phs []setPhrase) {
	for k := range phs {
		sp := &phs[k]
		c.bits[c.x.words+sp.set>>6] |= 1 << (sp.set & 63)
		if len(sp.ph) == 1 {
			c.bits[sp.set>>6] |= 1 << (sp.set & 63)
			continue
		}
		seen := false
		for _, q := range c.multi {
			seen = seen || q == sp
		}
		if !seen {
			c.multi = append(c.multi, sp)
		}
	}
}

// hitsAt is the body of Hits at token i for a word with cues c; next are
// the readings of the token after i when no break comes between.
func (c *wordCues) hitsAt(hits []hit, done []int32, toks []arabic.Token, i int, next []arabic.Variant) []hit {
	x := c.x
	mark := int32(i + 1)
	for _, id := range c.ones {
		if done[id] != mark {
			done[id] = mark
			hits = append(hits, hit{set: id, pos: int32(i)})
		}
	}
	for _, sp := range c.multi {
		if done[sp.set] != mark && sp.matchFrom(toks, i, 1) { // word 0 is the word
			done[sp.set] = mark
			hits = append(hits, hit{set: int32(sp.set), pos: int32(i)})
		}
	}
	if len(next) == 0 || c.pairs == 0 {
		return hits
	}
	vs := toks[i].Variants
	for p := c.pairs; p != 0; p &= p - 1 {
		v := &vs[bits.TrailingZeros64(p)]
		hv := v.Hash()
		for j := range next {
			w := &next[j]
			if hp := pairHash(hv, w.Hash()); x.pairFilter.MayHave(hp) {
				hits = x.matchAt(hits, done, lookupPair(&x.pairs, hp, v.Key, w.Key), toks, i, 2)
			}
		}
	}
	return hits
}
