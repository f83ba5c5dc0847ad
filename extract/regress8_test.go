package extract_test

import (
	"os"
	"path/filepath"
	"testing"
)

const regress8Dir = "testdata/regress8"

// TestRegress8Score scores the eighth regression set (attacks told by their
// toll, a launch towards a base, shells falling around it or an
// interception; bases named in counts, habits, bare years and troop lists;
// accusations in other speakers' words, hedges, denials by the accused,
// claims by announcement and claims kept to their own attack) against its
// hand annotation.
func TestRegress8Score(t *testing.T) {
	gold := filepath.Join(regress8Dir, "gold.json")
	if _, err := os.Stat(gold); err != nil {
		t.Fatalf("regress8 gold missing: %v", err)
	}
	doc := extractDir(t, regress8Dir)
	f, rep := score(t, gold, doc)
	t.Logf("regress8 headline F1 %.3f", f)
	if f < 0.95 {
		t.Errorf("regress8 headline F1 %.3f < 0.95\n%s", f, rep)
	}
}
