package extract_test

import (
	"os"
	"path/filepath"
	"testing"
)

const regress28Dir = "testdata/regress28"

// TestRegress28Score scores our own articles for the attribution class of
// session 2, round 5 (the group in an accuser's title is the accuser, not
// the accused) against their hand annotation.
func TestRegress28Score(t *testing.T) {
	gold := filepath.Join(regress28Dir, "gold.json")
	if _, err := os.Stat(gold); err != nil {
		t.Fatalf("regress28 gold missing: %v", err)
	}
	doc := extractDir(t, regress28Dir)
	f, rep := score(t, gold, doc)
	t.Logf("regress28 headline F1 %.3f", f)
	if f < 0.97 {
		t.Errorf("regress28 headline F1 %.3f < 0.97\n%s", f, rep)
	}
}
