package extract

import (
	"testing"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/nisba/nisba/extract/arabic"
)

// TestStableNFC checks the fast NFC path: every rune it trusts is NFC on
// its own, has combining class 0 and combines with nothing before it.
func TestStableNFC(t *testing.T) {
	n := 0
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if !stableNFC(r) {
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

func TestScanText(t *testing.T) {
	tests := []struct {
		name, text  string
		nfc, arabic bool
		longest     int
	}{
		{"one haraka", "قصفت «طائرات» مسيّرة\nقاعدة، اليوم.", true, true, 20},
		{"two harakat", "مسيُّرة", false, true, 7},
		{"undiacritised", "قصفت «طائرات» مسيرة\nقاعدة، اليوم.", true, true, 19},
		{"latin only", "Drones hit a base\n", true, false, 17},
		{"combining hamza", "ا\u0654", false, true, 2},
		{"persian letter", "ی", false, true, 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			sc := scanText(tc.text)
			if sc.nfc != tc.nfc || sc.arabic != tc.arabic || sc.longest != tc.longest {
				t.Errorf("scanText = %+v, want nfc %v arabic %v longest %d", sc, tc.nfc, tc.arabic, tc.longest)
			}
			if sc.nfc && !norm.NFC.IsNormalString(tc.text) {
				t.Errorf("scanText trusts a text that is not NFC")
			}
		})
	}
}

// TestWindowHashes checks the one-pass window hashes against windowHash
// for every start, reading and length, including windows too long to fit.
func TestWindowHashes(t *testing.T) {
	toks := arabic.Tokens("وبالقرب من قاعدة التنف العسكرية في ريف حمص الشرقي قال المرصد السوري لحقوق الإنسان إن طائرات مسيرة ضربت")
	for i := range toks {
		for maxN := 1; i+maxN <= len(toks); maxN++ {
			var wh windowHashes
			wh.fill(toks, i, maxN)
			for v := range toks[i].Variants {
				for n := 1; n <= maxN; n++ {
					if got, want := wh.of(toks, i, v, n), windowHash(&toks[i].Variants[v], toks, i+1, i+n); got != want {
						t.Fatalf("token %d reading %d, %d of %d words: %x, want %x", i, v, n, maxN, got, want)
					}
				}
			}
		}
	}
}
