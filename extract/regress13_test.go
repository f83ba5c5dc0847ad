package extract_test

import (
	"os"
	"path/filepath"
	"testing"
)

const regress13Dir = "testdata/regress13"

// TestRegress13Score scores our own articles for the relations of round 2
// (media-office spokespeople, directors and ministers, sites of groups,
// deployment sites, bases hosting groups, containers past glosses, owners
// and state adjectives, backers given in an apposition) against their hand
// annotation. Relations are not in the headline, so they have their own
// floor; the headline floor guards the rest of the extraction.
func TestRegress13Score(t *testing.T) {
	gold := filepath.Join(regress13Dir, "gold.json")
	if _, err := os.Stat(gold); err != nil {
		t.Fatalf("regress13 gold missing: %v", err)
	}
	doc := extractDir(t, regress13Dir)
	f, rep := score(t, gold, doc)
	rel := relationsF1(t, gold, doc)
	t.Logf("regress13 headline F1 %.3f, relations F1 %.3f", f, rel)
	if f < 0.75 {
		t.Errorf("regress13 headline F1 %.3f < 0.75\n%s", f, rep)
	}
	if rel < 0.93 {
		t.Errorf("regress13 relations F1 %.3f < 0.93\n%s", rel, rep)
	}
}
