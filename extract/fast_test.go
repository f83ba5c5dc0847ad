package extract

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/nisba/nisba/extract/arabic"
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
			sc.nfc = sc.nfc && stableNFC(r)
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
