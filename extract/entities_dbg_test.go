package extract

import (
	"fmt"
	"os"
	"testing"

	"github.com/nisba/nisba/extract/lexicon"
	"github.com/nisba/nisba/model"
)

func TestDbgEnt2(t *testing.T) {
	text := os.Getenv("DBG_TEXT")
	if text == "" {
		t.Skip()
	}
	lex, _ := lexicon.Load()
	x := New(lex)
	a := x.newArticle(model.Article{ID: "d"}, text, &scratch{})
	for _, s := range a.sents {
		a.recognize(s)
	}
	fmt.Println("after recognize", len(a.ents))
	for id := range a.ents {
		fmt.Println(" ", id)
	}
	for _, s := range a.sents {
		for _, m := range s.ments {
			fmt.Printf("  M %s %s %d-%d %q\n", m.id, m.typ, m.t0, m.t1, m.surface)
		}
	}
}
