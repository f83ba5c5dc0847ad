package extract

import (
	"testing"

	"github.com/nisba/nisba/extract/lexicon"
	"github.com/nisba/nisba/model"
)

func TestDbgRel2(t *testing.T) {
	lex, _ := lexicon.Load()
	x := New(lex)
	a := x.newArticle(model.Article{ID: "a"}, "وقال إن قوات أمريكية متمركزة في قاعدة حرير رفعت حالة التأهب.", &scratch{})
	a.run()
	for _, s := range a.sents {
		for _, m := range s.ments {
			t.Log(m)
		}
		t.Log(a.freeCues(s, "based"))
	}
}
