package extract_test

import (
	"os"
	"path/filepath"
	"testing"
)

const regress22Dir = "testdata/regress22"

// TestRegress22Score scores our own articles for the attack and attribution
// classes of session 2, round 4 (sites named by their owner's adjective, a
// group's vow to answer another's strike, habits of attacks and of blame,
// an army's claim "at the time", a background attack told of a base named
// in the clause before, a suspect accused by a pronoun, a headline idiom of
// being in the crosshairs) against their hand annotation.
func TestRegress22Score(t *testing.T) {
	gold := filepath.Join(regress22Dir, "gold.json")
	if _, err := os.Stat(gold); err != nil {
		t.Fatalf("regress22 gold missing: %v", err)
	}
	doc := extractDir(t, regress22Dir)
	f, rep := score(t, gold, doc)
	t.Logf("regress22 headline F1 %.3f", f)
	if f < 0.94 {
		t.Errorf("regress22 headline F1 %.3f < 0.94\n%s", f, rep)
	}
}
