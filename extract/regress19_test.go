package extract_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/nisba/nisba/eval"
)

const regress19Dir = "testdata/regress19"

// TestRegress19Score scores our own entity articles of session 2, round 3
// (headquarters of numbered units, numbered brigades, ranks without the
// article, verbs after place names, group words after outlet words,
// people after an office and a province, kunyas with a family name,
// mountains) against their hand annotation.
func TestRegress19Score(t *testing.T) {
	gold := filepath.Join(regress19Dir, "gold.json")
	if _, err := os.Stat(gold); err != nil {
		t.Fatalf("regress19 gold missing: %v", err)
	}
	doc := extractDir(t, regress19Dir)
	f, rep := score(t, gold, doc)
	t.Logf("regress19 headline F1 %.3f", f)
	if f < 0.92 {
		t.Errorf("regress19 headline F1 %.3f < 0.92\n%s", f, rep)
	}
}

// TestRegress19Entities holds the part this set is about: at most one
// spurious and one missed entity.
func TestRegress19Entities(t *testing.T) {
	doc := extractDir(t, regress19Dir)
	f, err := os.Open(filepath.Join(regress19Dir, "gold.json"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	g, err := eval.ReadGold(f)
	if err != nil {
		t.Fatalf("regress19 gold: %v", err)
	}
	res := eval.Score(g, doc)
	e := res.EntitiesAll()
	t.Logf("regress19 entities tp=%d fp=%d fn=%d", e.TP, e.FP, e.FN)
	if e.FP > 1 || e.FN > 1 {
		t.Errorf("regress19 entities tp=%d fp=%d fn=%d, want fp<=1 and fn<=1\n%s", e.TP, e.FP, e.FN, strings.Join(res.Notes, "\n"))
	}
}
