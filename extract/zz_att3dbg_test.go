package extract

import (
	"fmt"
	"os"
	"testing"

	"github.com/nisba/nisba/extract/lexicon"
	"github.com/nisba/nisba/model"
)

// TestZZAtt3Dump prints tokens and mentions of ATT3_TEXT (debug only).
func TestZZAtt3Dump(t *testing.T) {
	text := os.Getenv("ATT3_TEXT")
	if text == "" {
		t.Skip()
	}
	lex, err := lexicon.Load()
	if err != nil {
		t.Fatal(err)
	}
	x := New(lex)
	a := x.newArticle(model.Article{ID: "d", Published: "2024-05-20"}, text, &scratch{})
	a.run()
	for _, s := range a.sents {
		for i, tk := range s.toks {
			m := s.mentionAt(i)
			ms := ""
			if m != nil {
				ms = fmt.Sprintf("%s/%s", m.id, m.typ)
			}
			fmt.Printf("%d %s pre=%q %s\n", i, tk.Surface, tk.Pre, ms)
		}
	}
}
