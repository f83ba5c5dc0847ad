package extract_test

import (
	"os"
	"path/filepath"
	"testing"
)

const regress21Dir = "testdata/regress21"

// TestRegress21Score scores the twenty-first regression set (retaliations,
// round 4: a strike answered back with a pronoun, the noun "الرد" spoken of,
// an American strike retold in comment, counter-fire "ردّت عليه" after an
// attack) against its hand annotation.
func TestRegress21Score(t *testing.T) {
	gold := filepath.Join(regress21Dir, "gold.json")
	if _, err := os.Stat(gold); err != nil {
		t.Fatalf("regress21 gold missing: %v", err)
	}
	doc := extractDir(t, regress21Dir)
	f, rep := score(t, gold, doc)
	t.Logf("regress21 headline F1 %.3f", f)
	if f < 0.97 {
		t.Errorf("regress21 headline F1 %.3f < 0.97\n%s", f, rep)
	}
}
