package dates

import (
	"strings"

	"github.com/nisba/nisba/extract/arabic"
)

// FindAfterTokens is FindAfter(text, published, month) for a text whose
// tokens, as an arabic.Tokenizer gives them (AppendTokens of text, all of
// them), are toks. The pre-scan then reads each word once per distinct
// word, kept in its arabic.Memo, instead of every byte of every text: most
// sentences hold no date and stop there.
func FindAfterTokens(text string, toks []arabic.Token, published, month string) []Match {
	if !mayHoldDateIn(text, toks) {
		return nil
	}
	return scanTokens(text, tokenizeWith(text, toks), published, month)
}

// dateWord is what tokenize makes of a word: its folded key, its stem
// without proclitics, their number and the stem's role.
type dateWord struct {
	key, stem string
	clitics   int
	lx        lex
}

// wordAt is the dateWord of the word token t of text when it is one of
// toks, the arabic tokens of text, from its Memo; nil otherwise. toks
// before *at end before t: the tokens are read in order.
func wordAt(text string, toks []arabic.Token, at *int, t token) *dateWord {
	j := *at
	for j < len(toks) && toks[j].End <= t.start {
		j++
	}
	*at = j
	if j == len(toks) || toks[j].Start != t.start || toks[j].End != t.end || toks[j].Surface != text[t.bstart:t.bend] {
		return nil
	}
	m := toks[j].Memo()
	if m == nil {
		return nil
	}
	if w, _ := m.Load(arabic.MemoDateWord).(*dateWord); w != nil {
		return w
	}
	key := string(foldWord(nil, toks[j].Surface))
	w := &dateWord{key: key}
	w.stem, w.clitics, w.lx = analyze(key)
	m.Store(arabic.MemoDateWord, w)
	return w
}

// Bits of a word's pre-scan (wordBits).
const (
	wordHit  uint8 = 1 << iota // the word may hold a date
	wordYawm                   // it may right after a word that may be قبل/منذ
	wordAgo                    // a word right after it follows one that may be قبل/منذ
)

// mayHoldDateIn is mayHoldDate(text) read from the tokens of text: it never
// reports false when mayHoldDate does not. It holds because a token's
// Surface is a run of word runes of the arabic tokenizer, whose bounds are
// bounds of the pre-scan's words too: every rune the pre-scan counts as a
// letter, a mark or a digit is a word rune of the tokenizer, but a few
// signs of U+06D6..U+06ED (TestTokenRunes), whose text takes the slow way.
// Between two tokens there are spaces, punctuation, or a detached clitic
// (لـ) that no date starts with; so the text may hold a date when a word
// may, or when one that may be قبل/منذ is followed by one that may be يوم
// (which ignores a comma between them, on the safe side).
func mayHoldDateIn(text string, toks []arabic.Token) bool {
	if len(toks) == 0 || strings.IndexByte(text, 0xDB) >= 0 { // U+06C0..U+06FF
		return mayHoldDate(text)
	}
	ago := false
	for i := range toks {
		b := tokenBits(&toks[i])
		if b&wordHit != 0 || ago && b&wordYawm != 0 {
			return true
		}
		ago = b&wordAgo != 0
	}
	return false
}

// tokenBits is wordBits of the token's surface, kept in the Memo of its
// word when it has one.
func tokenBits(t *arabic.Token) uint8 {
	m := t.Memo()
	if m == nil {
		return wordBits(t.Surface)
	}
	if b, ok := m.Load(arabic.MemoDates).(uint8); ok {
		return b
	}
	b := wordBits(t.Surface)
	m.Store(arabic.MemoDates, b)
	return b
}

// wordBits is what the pre-scan finds in a word read alone (wordHit),
// read right after a word that may be قبل/منذ (wordYawm when only then),
// and what it leaves for the next word (wordAgo).
func wordBits(word string) uint8 {
	var b uint8
	hit, after := scanFrom(word, false)
	if hit {
		return wordHit
	}
	hitAgo, afterAgo := scanFrom(word, true)
	if hitAgo {
		b |= wordYawm
	}
	if after || afterAgo {
		b |= wordAgo
	}
	return b
}
