package extract_test

import (
	"os"
	"path/filepath"
	"testing"
)

const regress11Dir = "testdata/regress11"

// TestRegress11Score scores the eleventh regression set (state-media words
// for attacks and for Israel, launch sites that are no target, a report's
// day, background attacks on two airports at once, one base hit on two days,
// hedged launch places, denials through the group's own name, victim states
// and a headline's claim kept to its attack) against its hand annotation.
func TestRegress11Score(t *testing.T) {
	gold := filepath.Join(regress11Dir, "gold.json")
	if _, err := os.Stat(gold); err != nil {
		t.Fatalf("regress11 gold missing: %v", err)
	}
	doc := extractDir(t, regress11Dir)
	f, rep := score(t, gold, doc)
	t.Logf("regress11 headline F1 %.3f", f)
	if f < 0.95 {
		t.Errorf("regress11 headline F1 %.3f < 0.95\n%s", f, rep)
	}
}
