package extract_test

import (
	"os"
	"path/filepath"
	"testing"
)

const regress16Dir = "testdata/regress16"

// TestRegress16Score scores the sixteenth regression set (a source's words
// to an outlet, recurring and counted attacks, a commander killed at an
// airport, a self-named group claiming two attacks a clause later, a state
// striking in answer, a state's aggression on other sites, and a base read
// back by its head noun) against its hand annotation.
func TestRegress16Score(t *testing.T) {
	gold := filepath.Join(regress16Dir, "gold.json")
	if _, err := os.Stat(gold); err != nil {
		t.Fatalf("regress16 gold missing: %v", err)
	}
	doc := extractDir(t, regress16Dir)
	f, rep := score(t, gold, doc)
	t.Logf("regress16 headline F1 %.3f", f)
	if f < 0.97 {
		t.Errorf("regress16 headline F1 %.3f < 0.97\n%s", f, rep)
	}
}
