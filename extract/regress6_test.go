package extract_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/nisba/nisba/eval"
	"github.com/nisba/nisba/model"
)

const regress6Dir = "testdata/regress6"

// TestRegress6Score scores the relations set (bases located by apposition,
// preposition and parenthesis; part_of, backed_by and based_in in several
// wordings; roles with the name before the title, title chains and pronoun
// heads) against its hand annotation. Relations are not in the headline, so
// they have their own floor.
func TestRegress6Score(t *testing.T) {
	gold := filepath.Join(regress6Dir, "gold.json")
	if _, err := os.Stat(gold); err != nil {
		t.Fatalf("regress6 gold missing: %v", err)
	}
	doc := extractDir(t, regress6Dir)
	f, rep := score(t, gold, doc)
	rel := relationsF1(t, gold, doc)
	t.Logf("regress6 headline F1 %.3f, relations F1 %.3f", f, rel)
	if f < 0.80 {
		t.Errorf("regress6 headline F1 %.3f < 0.80\n%s", f, rep)
	}
	if rel < 0.90 {
		t.Errorf("regress6 relations F1 %.3f < 0.90\n%s", rel, rep)
	}
}

// relationsF1 is the relations row of the score of doc against gold.
func relationsF1(t *testing.T, gold string, doc *model.Document) float64 {
	t.Helper()
	f, err := os.Open(gold)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	g, err := eval.ReadGold(f)
	if err != nil {
		t.Fatalf("gold %s: %v", gold, err)
	}
	return eval.Score(g, doc).Relations.F1
}
