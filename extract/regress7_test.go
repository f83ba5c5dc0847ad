package extract_test

import (
	"os"
	"path/filepath"
	"testing"
)

const regress7Dir = "testdata/regress7"

// TestRegress7Score scores the seventh regression set (date forms: Hijri
// dates with and without a Gregorian one, numeric dates in four spellings,
// nights between two days, days ago, dates only in the headline or the
// dateline, a second event's date in the attack's sentence, future days,
// an article without a publication day) against its hand annotation.
func TestRegress7Score(t *testing.T) {
	gold := filepath.Join(regress7Dir, "gold.json")
	if _, err := os.Stat(gold); err != nil {
		t.Fatalf("regress7 gold missing: %v", err)
	}
	doc := extractDir(t, regress7Dir)
	f, rep := score(t, gold, doc)
	t.Logf("regress7 headline F1 %.3f", f)
	if f < 0.97 {
		t.Errorf("regress7 headline F1 %.3f < 0.97\n%s", f, rep)
	}
}
