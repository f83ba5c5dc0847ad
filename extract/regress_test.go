package extract_test

import (
	"os"
	"path/filepath"
	"testing"
)

const regressDir = "testdata/regress"

// TestRegressScore scores our own regression articles (denials, claims in
// varied wording, two bases in a sentence, strikes by states, one attack
// told by two outlets on different days, threats and drills that are no
// attack) against their hand annotation.
func TestRegressScore(t *testing.T) {
	gold := filepath.Join(regressDir, "gold.json")
	if _, err := os.Stat(gold); err != nil {
		t.Fatalf("regression gold missing: %v", err)
	}
	doc := extractDir(t, regressDir)
	f, rep := score(t, gold, doc)
	t.Logf("regress headline F1 %.3f", f)
	if f < 0.90 {
		t.Errorf("regress headline F1 %.3f < 0.90\n%s", f, rep)
	}
}
