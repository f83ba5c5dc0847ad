package arabic

import (
	"reflect"
	"strconv"
	"strings"
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

// TestTokenizerBounded feeds a Tokenizer more distinct words than it may
// cache and checks the bound and that readings stay those of Variants.
func TestTokenizerBounded(t *testing.T) {
	tz := NewTokenizer()
	for i := 0; i < MaxCachedWords+500; i++ {
		w := "قاعدة" + strconv.Itoa(i)
		got := tz.readings(w)
		if want := Variants(w); !reflect.DeepEqual(got, want) {
			t.Fatalf("readings(%q) = %v, want %v", w, got, want)
		}
	}
	if n := tz.cached(); n != MaxCachedWords {
		t.Errorf("cache holds %d words, want %d", n, MaxCachedWords)
	}
	if got, want := tz.readings("قاعدة7"), Variants("قاعدة7"); !reflect.DeepEqual(got, want) {
		t.Errorf("cached readings = %v, want %v", got, want)
	}
}

// TestFastPathsAgreeLong checks lines past MaxSentenceRunes, with and
// without spaces, against the reference implementations.
func TestFastPathsAgreeLong(t *testing.T) {
	tests := []struct{ name, text string }{
		{"spaces", strings.Repeat("قصفت الطائرات موقعاً، ", 400)},
		{"no spaces", strings.Repeat("قاعدة", 700) + ". " + strings.Repeat("x؟", 1600)},
		{"mixed", strings.Repeat("ضربة…", 300) + strings.Repeat("بلا-توقف", 500) + "\u2029" + strings.Repeat("ب ", 1600)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkAgree(t, tt.text) })
	}
}
