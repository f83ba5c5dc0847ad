package extract_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/nisba/nisba/eval"
)

const regress14Dir = "testdata/regress14"

// TestRegress14Score scores our own entity articles of session 2 (capitals
// told as states, regions, deserts named after towns, towns named in
// lists, names cut at verbs, conjunctions and pronouns, titles before
// non-names, people after a long office) against their hand annotation.
func TestRegress14Score(t *testing.T) {
	gold := filepath.Join(regress14Dir, "gold.json")
	if _, err := os.Stat(gold); err != nil {
		t.Fatalf("regress14 gold missing: %v", err)
	}
	doc := extractDir(t, regress14Dir)
	f, rep := score(t, gold, doc)
	t.Logf("regress14 headline F1 %.3f", f)
	if f < 0.90 {
		t.Errorf("regress14 headline F1 %.3f < 0.90\n%s", f, rep)
	}
}

// TestRegress14Entities holds the part this set is about: no spurious
// entity and at most one missed.
func TestRegress14Entities(t *testing.T) {
	doc := extractDir(t, regress14Dir)
	f, err := os.Open(filepath.Join(regress14Dir, "gold.json"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	g, err := eval.ReadGold(f)
	if err != nil {
		t.Fatalf("regress14 gold: %v", err)
	}
	res := eval.Score(g, doc)
	e := res.EntitiesAll()
	t.Logf("regress14 entities tp=%d fp=%d fn=%d", e.TP, e.FP, e.FN)
	if e.FP > 0 || e.FN > 1 {
		t.Errorf("regress14 entities tp=%d fp=%d fn=%d, want fp=0 and fn<=1\n%s", e.TP, e.FP, e.FN, strings.Join(res.Notes, "\n"))
	}
}
