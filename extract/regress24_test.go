package extract_test

import (
	"os"
	"path/filepath"
	"testing"
)

const regress24Dir = "testdata/regress24"

// TestRegress24Score scores our own articles for the entity class of
// round 4 (names after an office closed by a preposition, titles with an
// adjective of standing or a portfolio, a known family name borne by
// someone else, a rank word as a given name, short town names in context
// only a town fits, adjectives after منطقة) against their hand annotation.
func TestRegress24Score(t *testing.T) {
	gold := filepath.Join(regress24Dir, "gold.json")
	if _, err := os.Stat(gold); err != nil {
		t.Fatalf("regress24 gold missing: %v", err)
	}
	doc := extractDir(t, regress24Dir)
	f, rep := score(t, gold, doc)
	t.Logf("regress24 headline F1 %.3f", f)
	if f < 0.98 {
		t.Errorf("regress24 headline F1 %.3f < 0.98\n%s", f, rep)
	}
}
