package extract_test

import (
	"os"
	"path/filepath"
	"testing"
)

const regress26Dir = "testdata/regress26"

// TestRegress26Score scores the twenty-sixth regression set (retaliations,
// round 5: comment on what a side's retaliatory strikes usually do, with a
// habit adverb, next to real strikes; counter-fire on a launch town named
// bare or after "، وفي"; a dated past strike "سبق أن") against its hand
// annotation.
func TestRegress26Score(t *testing.T) {
	gold := filepath.Join(regress26Dir, "gold.json")
	if _, err := os.Stat(gold); err != nil {
		t.Fatalf("regress26 gold missing: %v", err)
	}
	doc := extractDir(t, regress26Dir)
	f, rep := score(t, gold, doc)
	t.Logf("regress26 headline F1 %.3f", f)
	if f < 0.97 {
		t.Errorf("regress26 headline F1 %.3f < 0.97\n%s", f, rep)
	}
}
