package extract

import (
	"unicode/utf8"

	"github.com/nisba/nisba/extract/arabic"
)

// Helpers of the speed passes: small, local steps that the hot functions
// call instead of doing the same work in a slower general way.

// letterPair reports whether the bytes b0 b1 write one of the Arabic
// letters U+0621..U+064A (D8 A1..D8 BF, D9 80..D9 8A), tatweel included.
func letterPair(b0, b1 byte) bool {
	v := uint16(b0)<<8 | uint16(b1)
	return v-0xD8A1 <= 0xD8BF-0xD8A1 || v-0xD980 <= 0xD98A-0xD980
}

// textRun is the tight loop of scanText: from byte i of s, the runes that
// scanText only counts (textStep), one table read each. It returns the
// byte it stopped at, the runes it read and whether one was an Arabic
// letter.
func textRun(s string, i int) (end, runes int, letter bool) {
	if uint(i) >= uint(len(s)) {
		return i, 0, false
	}
	t := s[i:]
	var seen uint8
	k, n := uint(0), 0
	for k+1 < uint(len(t)) {
		st := textStep[uint16(t[k])<<8|uint16(t[k+1])]
		if st == 0 {
			break
		}
		seen |= st
		k += uint(st & 3)
		n++
	}
	if k+1 == uint(len(t)) && t[k] < utf8.RuneSelf && t[k] != '\n' {
		k, n = k+1, n+1 // the last byte
	}
	return i + int(k), n, seen&textLetter != 0
}

// textLetter marks in textStep an Arabic letter.
const textLetter = 4

// textStep is, by a rune's first two bytes, the bytes textRun steps over,
// else 0: 1 for ASCII but '\n', 2 for a two-byte rune that leaves a text
// NFC (stableNFC) and is no haraka, with textLetter for an Arabic letter.
// For these scanText does nothing but count the rune, end a run of
// harakat and note a letter.
var textStep = func() (t [1 << 16]uint8) {
	for v := range t {
		b0, b1 := byte(v>>8), byte(v)
		if b0 < utf8.RuneSelf {
			if b0 != '\n' {
				t[v] = 1
			}
			continue
		}
		if b0 < 0xC2 || b0 > 0xDF || b1&0xC0 != 0x80 {
			continue
		}
		switch r := rune(b0&0x1F)<<6 | rune(b1&0x3F); {
		case r >= 0x0621 && r <= 0x064A:
			t[v] = 2 | textLetter
		case r >= 0x064B && r <= 0x0652:
		case stableNFC(r):
			t[v] = 2
			if arabic.IsArabicLetter(r) {
				t[v] |= textLetter
			}
		}
	}
	return t
}()

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
