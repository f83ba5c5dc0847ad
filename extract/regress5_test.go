package extract_test

import (
	"os"
	"path/filepath"
	"testing"
)

const regress5Dir = "testdata/regress5"

// TestRegress5Score scores the fifth regression set (US strikes told in the
// passive, with a weapon as subject, in a statement of the Pentagon or
// CENTCOM, on two days, dated relative to the attack or only in the
// headline, and background strikes that answer nothing) against its hand
// annotation; retaliations must all be found.
func TestRegress5Score(t *testing.T) {
	gold := filepath.Join(regress5Dir, "gold.json")
	if _, err := os.Stat(gold); err != nil {
		t.Fatalf("regress5 gold missing: %v", err)
	}
	doc := extractDir(t, regress5Dir)
	f, rep := score(t, gold, doc)
	t.Logf("regress5 headline F1 %.3f", f)
	if f < 0.94 {
		t.Errorf("regress5 headline F1 %.3f < 0.94\n%s", f, rep)
	}
	if len(doc.Retaliations) != 7 {
		t.Errorf("regress5: %d retaliations, want 7\n%s", len(doc.Retaliations), rep)
	}
}
