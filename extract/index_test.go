package extract

import (
	"testing"

	"golang.org/x/text/unicode/norm"

	"github.com/nisba/nisba/extract/arabic"
)

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
