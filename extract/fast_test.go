package extract

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/nisba/nisba/extract/arabic"
	"github.com/nisba/nisba/extract/lexicon"
)

// refScanText is scanText as it was before its loop over runs of letters
// and ASCII: one rune at a time.
func refScanText(s string) textScan {
	sc := textScan{valid: true, nfc: true}
	line, mark := 0, false
	for i, n := 0, 0; i < len(s); i += n {
		var r rune
		r, n = utf8.DecodeRuneInString(s[i:])
		switch {
		case r == '\n':
			sc.longest = max(sc.longest, line)
			line, mark = 0, false
			continue
		case r < utf8.RuneSelf:
			mark = false
		case r >= 0x0621 && r <= 0x064A:
			sc.arabic, mark = true, false
		case r >= 0x064B && r <= 0x0652:
			sc.nfc = sc.nfc && !mark
			mark = true
		default:
			if r == utf8.RuneError && !strings.HasPrefix(s[i:], "\uFFFD") {
				sc.valid = false
			}
			sc.nfc = sc.nfc && arabic.StableNFC(r)
			sc.arabic = sc.arabic || arabic.IsArabicLetter(r)
			mark = false
		}
		line++
	}
	sc.longest = max(sc.longest, line)
	return sc
}

// TestScanTextAgrees checks scanText against refScanText on random texts
// of the pieces that decide its answers: letters, harakat after letters
// and after each other, tatweel, line breaks, ASCII, other scripts, bad
// and cut bytes, a written U+FFFD.
func TestScanTextAgrees(t *testing.T) {
	pieces := []string{"ب", "ة", "ي", "ـ", "َ", "ُّ", "\n", " ", "a", "3", "،", "«", "»", "ی", "ٱ",
		"\u0653", "\u0654", "é", "e\u0301", "\xff", "\xd8", "\xd9", "\xe2\x80", "\uFFFD", "\u200f", "…", "٣", "😀"}
	rng := rand.New(rand.NewPCG(1, 2))
	for n := range 20000 {
		var b strings.Builder
		for range rng.IntN(12) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := b.String()
		if got, want := scanText(s), refScanText(s); got != want {
			t.Fatalf("case %d: scanText(%q) = %+v, want %+v", n, s, got, want)
		}
	}
	for _, s := range []string{"", "\n", "ب", "\xd8", "ب\xd8", strings.Repeat("قاعدة ", 300) + "\n" + "مَ"} {
		if got, want := scanText(s), refScanText(s); got != want {
			t.Errorf("scanText(%q) = %+v, want %+v", s, got, want)
		}
	}
}

// TestWordFactsAgree checks mayStart and lexMatchIn's first words from a
// word's Memo against the same asked of each reading, on every token of
// the held-out articles, and that an Extractor does not read facts
// another one stored.
func TestWordFactsAgree(t *testing.T) {
	lex, err := lexicon.Load()
	if err != nil {
		t.Fatal(err)
	}
	x, other := New(lex), New(lex)
	files, err := filepath.Glob("testdata/heldout/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no held-out articles (%v)", err)
	}
	facts, starts := 0, 0
	for _, f := range files {
		text, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range arabic.Sentences(string(text)) {
			toks := x.tokens.AppendTokens(nil, s.Text)
			for i := range toks {
				tk := &toks[i]
				plain := *tk
				plain.Variants = slices.Clone(tk.Variants) // no Memo
				if x.factsOf(tk) == nil || plain.Memo() != nil {
					continue
				}
				if other.factsOf(tk) != nil {
					t.Fatalf("%q: facts of another Extractor read", tk.Surface)
				}
				facts++
				if got, want := x.mayStart(tk), x.probeStart(&plain); got != want {
					t.Errorf("%q: mayStart %v, probed %v", tk.Surface, got, want)
				}
				if got, want := x.mayStart(&plain), x.probeStart(&plain); got != want {
					t.Errorf("%q: mayStart without memo %v, probed %v", tk.Surface, got, want)
				}
				for _, weak := range []bool{false, true} {
					ge, gn, gv := x.lexMatchIn(toks, i, weak)
					pt := slices.Clone(toks)
					pt[i] = plain
					we, wn, wv := x.lexMatchIn(pt, i, weak)
					if gn != wn || gv != wv || !slices.Equal(ge, we) {
						t.Errorf("%q: lexMatchIn(weak %v) = %d %d, without memo %d %d", tk.Surface, weak, gn, gv, wn, wv)
					}
				}
				if x.mayStart(tk) {
					starts++
				}
			}
		}
	}
	if facts < 1000 || starts < 100 {
		t.Errorf("only %d tokens with facts, %d that may start a mention", facts, starts)
	}
}
