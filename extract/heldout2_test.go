package extract_test

import (
	"path/filepath"
	"testing"
)

// TestHeldout2Score scores a second set of our own articles (strikes by
// states, wire datelines, Maghrebi month names, an article without a
// publication day, an attack told only in passing). It was blind while the
// rules were written and is kept as a floor: a change that loses ground on
// text it was not written for shows here.
func TestHeldout2Score(t *testing.T) {
	dir := "testdata/heldout2"
	doc := extractDir(t, dir)
	f, rep := score(t, filepath.Join(dir, "gold.json"), doc)
	t.Logf("heldout2 headline F1 %.3f", f)
	if f < 0.80 {
		t.Errorf("heldout2 headline F1 %.3f < 0.80\n%s", f, rep)
	}
}
