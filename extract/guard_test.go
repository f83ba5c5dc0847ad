package extract

import (
	"strings"
	"testing"

	"github.com/nisba/nisba/extract/lexicon"
	"github.com/nisba/nisba/model"
)

// TestGuardKeepsTheRest checks that a step that panics leaves a note naming
// the step and the sentence, and that the steps after it still run.
func TestGuardKeepsTheRest(t *testing.T) {
	a := &article{x: New(nil)}
	var after []string
	a.guard("attacks", 2, func() {
		var toks []int
		_ = toks[len(after)+3] // a rule reading past the last token
	})
	a.guard("retaliations", -1, func() { after = append(after, "ran") })
	if len(after) != 1 {
		t.Fatal("the step after a failed one did not run")
	}
	if len(a.notes) != 1 || !strings.Contains(a.notes[0], "internal error in attacks (sentence 3): runtime error: index out of range") {
		t.Errorf("notes = %q", a.notes)
	}
}

// TestFailedStepKeepsTheArticle makes the relations step fail in every
// sentence: Extract still returns the article's entities, attack and
// retaliation, and notes each failure, in the result and on the article.
func TestFailedStepKeepsTheArticle(t *testing.T) {
	lex, err := lexicon.Load()
	if err != nil {
		t.Fatal(err)
	}
	x := New(lex)
	x.failStep = "relations"
	res := x.Extract(model.Article{ID: "g", Published: "2024-03-10"},
		"تعرضت قاعدة الزعفران أمس لهجوم بثلاثة صواريخ. وردت القوات الأمريكية بقصف مواقع لكتائب حزب الله في بلدة القائم.")
	if len(res.Attacks) != 1 || len(res.Retaliations) != 1 || len(res.Entities) < 3 {
		t.Errorf("attacks %d, retaliations %d, entities %d: the failed step took the rest", len(res.Attacks), len(res.Retaliations), len(res.Entities))
	}
	n := 0
	for _, note := range res.Notes {
		if strings.HasPrefix(note, "extract: internal error in relations (sentence ") {
			n++
		}
	}
	if n != 2 || len(res.Article.Notes) != len(res.Notes) {
		t.Errorf("notes %q (article %q): want one per sentence, on both", res.Notes, res.Article.Notes)
	}
}
