package extract

import (
	"os"
	"testing"

	"github.com/nisba/nisba/extract/lexicon"
	"github.com/nisba/nisba/model"
)

func TestZDbgRel3(t *testing.T) {
	text := os.Getenv("REL3_TEXT")
	if text == "" {
		t.Skip()
	}
	lex, err := lexicon.Load()
	if err != nil {
		t.Fatal(err)
	}
	x := New(lex)
	a := x.newArticle(model.Article{ID: "d"}, text, &scratch{})
	a.run()
	for _, s := range a.sents {
		for _, c := range a.freeCues(s, "backed") {
			t.Logf("backed at %d subj=%v app=%v gen=%v", c, a.subjectBefore(s, c, isArmed), a.appositionSubject(s, c), a.genericHead(s, c))
		}
		for i, tk := range s.toks {
			m := s.mentionAt(i)
			id := ""
			if m != nil {
				id = m.id
			}
			t.Logf("%d %s %v %s", i, tk.Surface, tk.Break, id)
		}
	}
}
