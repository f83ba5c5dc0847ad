package extract

import (
	"os"
	"testing"

	"github.com/nisba/nisba/extract/arabic"
	"github.com/nisba/nisba/extract/lexicon"
	"github.com/nisba/nisba/model"
)

func TestAtt2Debug(t *testing.T) {
	f := os.Getenv("ATT2_FILE")
	if f == "" {
		t.Skip()
	}
	b, _ := os.ReadFile(f)
	lex, err := lexicon.Load()
	if err != nil {
		t.Fatal(err)
	}
	x := New(lex)
	text, _ := cleanText(string(b))
	a := x.newArticle(model.Article{ID: "d", Published: os.Getenv("ATT2_PUB")}, text, &scratch{})
	a.run()
	for _, s := range a.sents {
		t.Logf("S%d para=%d %s", s.idx, s.Para, s.Text)
		for _, m := range s.ments {
			t.Logf("   M %s %s [%d,%d) adj=%v %q", m.id, m.typ, m.t0, m.t1, m.adj, m.surface)
		}
		for _, h := range s.dates {
			t.Logf("   D tok=%d %q %s", h.tok, h.text, h.day)
		}
		for i, tk := range s.toks {
			if tk.Break {
				t.Logf("   brk %d %s", i, tk.Surface)
			}
		}
		t.Logf("   attack cues %v attribution cues %v accused %+v", a.freeCues(s, "attack"), a.freeCues(s, "attribution"), a.accused(s))
	}
	for _, at := range a.attacks {
		t.Logf("A %s day=%s text=%q merged=%v first=%d", at.target, at.day, at.text, at.merged, at.first)
	}
}

func TestAtt2Keys(t *testing.T) {
	if os.Getenv("ATT2_KEYS") == "" {
		t.Skip()
	}
	for _, tk := range arabic.Tokens(os.Getenv("ATT2_KEYS")) {
		t.Logf("%s key=%s variants=%+v", tk.Surface, tk.Key(), tk.Variants)
	}
}
