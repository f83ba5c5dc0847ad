package extract_test

import (
	"os"
	"path/filepath"
	"testing"
)

const regress10Dir = "testdata/regress10"

// TestRegress10Score scores our own articles on strikes by states other
// than the US, counter-battery fire, strikes named by their day and strikes
// told in an article with no attack against their hand annotation.
func TestRegress10Score(t *testing.T) {
	gold := filepath.Join(regress10Dir, "gold.json")
	if _, err := os.Stat(gold); err != nil {
		t.Fatalf("regress10 gold missing: %v", err)
	}
	doc := extractDir(t, regress10Dir)
	f, rep := score(t, gold, doc)
	t.Logf("regress10 headline F1 %.3f", f)
	if f < 0.94 {
		t.Errorf("regress10 headline F1 %.3f < 0.94\n%s", f, rep)
	}
}
