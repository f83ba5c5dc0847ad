package arabic

import (
	"math/rand/v2"
	"testing"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// TestStableNFC checks the fast NFC path: every rune it trusts is NFC on
// its own, has combining class 0 and combines with nothing before it.
func TestStableNFC(t *testing.T) {
	n := 0
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if !StableNFC(r) {
			continue
		}
		n++
		s := string(r)
		p := norm.NFC.PropertiesString(s)
		if !norm.NFC.IsNormalString(s) || p.CCC() != 0 || !p.BoundaryBefore() {
			t.Errorf("%U is trusted as NFC-stable but is not", r)
		}
	}
	for m := rune(0x064B); m <= 0x0652; m++ {
		for _, base := range []rune{'a', ' ', '\n', 'ا', 'ي', '،', '«', 0x200F} {
			if s := string([]rune{base, m}); !norm.NFC.IsNormalString(s) {
				t.Errorf("%U after %U is not NFC", m, base)
			}
		}
	}
	if n < 50 {
		t.Errorf("only %d runes on the fast path", n)
	}
}

// TestQuickNFC checks that QuickNFC never trusts a text that is not NFC,
// on random texts of the runes around its boundaries, and that it does
// trust plain news text.
func TestQuickNFC(t *testing.T) {
	for _, s := range []string{
		"",
		"قصفت طائرات مسيّرة قاعدة «عين الأسد» فجر الأحد، وفق بيان.",
		"Tower 22 في ٢٨ كانون الثاني/يناير 2024 — بحسب \u200fالمصدر",
		"الحَرْب",
	} {
		if !QuickNFC(s) {
			t.Errorf("QuickNFC(%q) = false, want true", s)
		}
		if !norm.NFC.IsNormalString(s) {
			t.Fatalf("test text %q is not NFC", s)
		}
	}
	for _, s := range []string{
		"ا\u0653",       // alef + madda composes to آ
		"و\u0654",       // waw + hamza above composes to ؤ
		"ب\u0651\u064E", // shadda before fatha: reordered
		"e\u0301",       // Latin e + acute
		"\u212B",        // angstrom sign decomposes
		"ﻻ",             // presentation form: NFC keeps it, but not trusted
		"\u0651\u064E",  // two harakat in a row
	} {
		if QuickNFC(s) {
			t.Errorf("QuickNFC(%q) = true, want false (not known to be NFC)", s)
		}
	}
	alphabet := []rune{'a', ' ', '\n', 'ا', 'و', 'ي', 'ب', 0x0653, 0x0654, 0x0655,
		0x064B, 0x064E, 0x0650, 0x0651, 0x0652, 0x0670, 0x0301, 'é', 'e', 0x2026,
		0x00AB, 0x0661, 0x06F1, 0x200F, 0xFEFB, 0x212B, 0xFFFD}
	rng := rand.New(rand.NewPCG(1, 2))
	trusted := 0
	for range 20000 {
		rs := make([]rune, rng.IntN(8))
		for i := range rs {
			rs[i] = alphabet[rng.IntN(len(alphabet))]
		}
		s := string(rs)
		if QuickNFC(s) {
			trusted++
			if !norm.NFC.IsNormalString(s) {
				t.Fatalf("QuickNFC(%q) = true but the text is not NFC", s)
			}
		}
	}
	if trusted < 1000 {
		t.Errorf("only %d of 20000 random texts trusted", trusted)
	}
	bad := string([]byte{0xD8, 'a', 0xFF})
	if QuickNFC(bad) && !norm.NFC.IsNormalString(bad) {
		t.Errorf("QuickNFC trusts invalid UTF-8 that NFC would change")
	}
}
