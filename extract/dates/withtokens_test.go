package dates

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/nisba/nisba/extract/arabic"
)

// TestTokenRunes checks what mayHoldDateIn rests on: every rune the
// pre-scan reads as part of a word or a number is a word rune of the
// arabic tokenizer, but some of U+06C0..U+06FF (UTF-8 lead byte DB), whose
// texts mayHoldDateIn leaves to mayHoldDate.
func TestTokenRunes(t *testing.T) {
	for r := rune(0); r <= utf8.MaxRune; r++ {
		if !utf8.ValidRune(r) {
			continue
		}
		_, digit := digitValue(r)
		if !digit && !isWordRune(r) {
			continue
		}
		if len(arabic.Tokens(string(r))) == 1 || r >= 0x06C0 && r <= 0x06FF {
			continue
		}
		t.Errorf("rune %U: a word rune of the pre-scan but not of arabic.Tokens", r)
	}
}

// tokenTexts are lines, words and pairs of words of the held-out articles
// and the examples, and hard cases.
func tokenTexts(t *testing.T) []string {
	texts := []string{
		"قبل يوم", "قبل، يوم", "قبل لـ«يوم»", "منذ يوماً", "وقبل.يوم", "قبل\u06dd يوم", "قبل ۲ يوم", "ـــ قبل ـ يوم",
		"السبت.الماضي", "x1 مأرب\u200cالعاشر", "\xd8\xa1\xd8", "\xd9\x8a\xd9", "فيلم۝ أمس", "الـ28 من آذار",
		"قصفت طائرة مسيّرة القاعدة أمس", "إنّ آلاف الـمقاتلين ٢٩ حزيران ٢٠٢١ و28/6/2021",
		"ٱلشهر ی ة ى أ إ آ ـ ً ٌ ٍ َ ُ ِ ّ ْ", "abc٣٤٥۶۷", "\u0610قبل\u0610 \u0670يوم",
	}
	for _, s := range fuzzSeeds {
		texts = append(texts, s.text)
	}
	for _, dir := range []string{"../../examples/articles", "../testdata/heldout", "../testdata/heldout33"} {
		files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			for _, s := range arabic.Sentences(string(b)) {
				texts = append(texts, s.Text)
				ws := strings.Fields(s.Text)
				for i, w := range ws {
					texts = append(texts, w, "قبل "+w, "منذ "+w+" يوم")
					if i > 0 {
						texts = append(texts, ws[i-1]+" "+w)
					}
				}
			}
		}
	}
	return texts
}

// checkWithTokens checks that mayHoldDateIn says yes wherever mayHoldDate
// does, with readings cached or not, and that FindAfterTokens is FindAfter.
func checkWithTokens(t *testing.T, tz *arabic.Tokenizer, text string) {
	want := mayHoldDate(text)
	for _, toks := range [][]arabic.Token{arabic.Tokens(text), tz.Tokens(text), tz.Tokens(text)} {
		if want && !mayHoldDateIn(text, toks) {
			t.Fatalf("mayHoldDateIn(%q) = false, mayHoldDate true", text)
		}
		got, ref := FindAfterTokens(text, toks, pub, "2021-06"), FindAfter(text, pub, "2021-06")
		if !reflect.DeepEqual(got, ref) {
			t.Fatalf("FindAfterTokens(%q) = %+v, FindAfter %+v", text, got, ref)
		}
	}
}

func TestFindAfterTokens(t *testing.T) {
	tz := arabic.NewTokenizer()
	texts := tokenTexts(t)
	held, said := 0, 0
	for _, s := range texts {
		checkWithTokens(t, tz, s)
		if mayHoldDate(s) {
			held++
		}
		if mayHoldDateIn(s, tz.Tokens(s)) {
			said++
		}
	}
	// On the safe side, but not by much: the pre-scan must still rule
	// texts out.
	if said > held+held/10 {
		t.Errorf("mayHoldDateIn says yes to %d texts, mayHoldDate to %d", said, held)
	}
}

func FuzzFindAfterTokens(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s.text)
	}
	f.Add("قبل\u06dd يوم")
	tz := arabic.NewTokenizer()
	f.Fuzz(func(t *testing.T, text string) {
		checkWithTokens(t, tz, text)
	})
}
