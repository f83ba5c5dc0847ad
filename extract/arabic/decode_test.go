package arabic

import (
	"testing"
	"unicode/utf8"
)

// TestDecodeRune checks the inline decoder against utf8.DecodeRuneInString
// on every two-byte sequence and on texts with bad and cut sequences.
func TestDecodeRune(t *testing.T) {
	texts := []string{"قاعدة", "a.b", "\xd8", "\xd8a", "\xc0\x80", "\xc1\xbf", "\xdf\xbf", "\xe2\x80\xa6", "\xe2\x80", "؟؛…", "\xff\xfe"}
	for c0 := 0xC0; c0 <= 0xFF; c0++ {
		for c1 := 0; c1 <= 0xFF; c1++ {
			texts = append(texts, string([]byte{byte(c0), byte(c1)}))
		}
	}
	for _, text := range texts {
		for b := 0; b < len(text); b++ {
			r, n := decodeRune(text, b)
			wr, wn := utf8.DecodeRuneInString(text[b:])
			if r != wr || n != wn {
				t.Fatalf("decodeRune(%q, %d) = %U, %d; want %U, %d", text, b, r, n, wr, wn)
			}
		}
	}
}

// TestTokensInvalidUTF8 checks that tokenising text with bad bytes gives
// the tokens of the text with each bad byte replaced by U+FFFD, with and
// without a Tokenizer.
func TestTokensInvalidUTF8(t *testing.T) {
	texts := []string{"قصف\xffقاعدة", "\xd8 الجيش.\xe2\x80", "لـ\xc0«قسد»", "عين\x80الأسد، 3.5"}
	tz := NewTokenizer()
	for _, text := range texts {
		want := Tokens(string([]rune(text)))
		for name, got := range map[string][]Token{"Tokens": Tokens(text), "AppendTokens": tz.AppendTokens(nil, text)} {
			if len(got) != len(want) {
				t.Fatalf("%s(%q): %d tokens, want %d", name, text, len(got), len(want))
			}
			for i := range got {
				g, w := got[i], want[i]
				if g.Start != w.Start || g.End != w.End || g.Surface != w.Surface || g.Pre != w.Pre ||
					g.Break != w.Break || g.Arabic != w.Arabic || g.Quote != w.Quote || g.Key() != w.Key() {
					t.Errorf("%s(%q) token %d = %+v, want %+v", name, text, i, g, w)
				}
			}
		}
	}
}
