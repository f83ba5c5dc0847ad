package extract

import (
	"fmt"
	"os"
	"testing"

	"github.com/nisba/nisba/extract/lexicon"
	"github.com/nisba/nisba/model"
)

func TestZZDebug(t *testing.T) {
	lex, err := lexicon.Load()
	if err != nil {
		t.Fatal(err)
	}
	x := New(lex)
	b, _ := os.ReadFile(os.Getenv("ZZ_FILE"))
	a := x.newArticle(model.Article{ID: "d", Published: os.Getenv("ZZ_PUB")}, string(b))
	a.run()
	for _, s := range a.sents {
		fmt.Println("S", s.idx, s.Para)
		for i, tk := range s.toks {
			m := s.mentionAt(i)
			mi := ""
			if m != nil {
				mi = fmt.Sprintf("%s[%d,%d)adj=%v", m.id, m.t0, m.t1, m.adj)
			}
			fmt.Printf("  %d %s key=%s br=%v %s\n", i, tk.Surface, tk.Key(), tk.Break, mi)
		}
	}
}
