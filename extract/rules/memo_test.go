package rules

import (
	"reflect"
	"testing"

	"github.com/nisba/nisba/extract/arabic"
)

// TestWordCuesAgree checks Hits, Set.Match and Set.Has on tokens whose
// words carry a Memo (from a Tokenizer, where the wordCues answer) against
// the same on tokens without one and against every phrase tried at every
// token, on the held-out articles.
func TestWordCuesAgree(t *testing.T) {
	r, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	tz := arabic.NewTokenizer()
	memos, matched := 0, 0
	for _, s := range heldoutSentences(t) {
		toks, plain := tz.AppendTokens(nil, s), arabic.Tokens(s)
		for i := range toks {
			if toks[i].Memo() != nil {
				memos++
			}
		}
		h, ph := r.Hits(toks), r.Hits(plain)
		for name, set := range r.Cues {
			if got, want := h.Of(name), ph.Of(name); !reflect.DeepEqual(got, want) {
				t.Errorf("%q: Hits.Of(%s) = %v with memos, %v without", s, name, got, want)
			}
			matched += checkPhrases(t, s, name, set, toks, plain)
		}
	}
	if memos < 1000 || matched < 1000 {
		t.Errorf("only %d tokens with a memo, %d matches in the held-out articles", memos, matched)
	}
}

// TestWordCuesOtherRules checks that a word's Memo filled by one Rules
// is not read by another, which answers from its own sets.
func TestWordCuesOtherRules(t *testing.T) {
	r1, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	r2, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	tz := arabic.NewTokenizer()
	toks := tz.AppendTokens(nil, "استهداف قاعدة عين الأسد بطائرات مسيرة")
	if toks[1].Memo() == nil {
		t.Fatal("no memo on a cached word")
	}
	for _, r := range []*Rules{r1, r2} {
		for name, set := range r.Cues {
			for i := range toks {
				want := set.Match(arabic.Tokens("استهداف قاعدة عين الأسد بطائرات مسيرة"), i)
				if got := set.Match(toks, i); got != want {
					t.Errorf("%s.Match at %d = %d, want %d", name, i, got, want)
				}
			}
		}
	}
}
