package extract_test

import (
	"os"
	"path/filepath"
	"testing"
)

const regress9Dir = "testdata/regress9"

// TestRegress9Score scores our own entity-discovery articles (bases, groups,
// officials and towns not in the lexicon, titles not in the title list,
// kunyas, adjectives after place nouns, compass regions, an article with no
// attack) against their hand annotation.
func TestRegress9Score(t *testing.T) {
	gold := filepath.Join(regress9Dir, "gold.json")
	if _, err := os.Stat(gold); err != nil {
		t.Fatalf("regress9 gold missing: %v", err)
	}
	doc := extractDir(t, regress9Dir)
	f, rep := score(t, gold, doc)
	t.Logf("regress9 headline F1 %.3f", f)
	if f < 0.97 {
		t.Errorf("regress9 headline F1 %.3f < 0.97\n%s", f, rep)
	}
}
