package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/nisba/nisba/extract/arabic"
	"github.com/nisba/nisba/extract/lexicon"
)

// TestMayStartSound checks that recognize's prefilter never rules out a
// token where one of its matchers would match: on every token of the
// held-out articles and of every lexicon name, alias and adjective.
func TestMayStartSound(t *testing.T) {
	lex, err := lexicon.Load()
	if err != nil {
		t.Fatalf("load lexicon: %v", err)
	}
	x := New(lex)
	texts := []string{"قال قائد فصيل مسلح إن الميليشيات المدعومة من إيران قصفت قاعدة عين الأسد"}
	for _, e := range lex.Entries() {
		texts = append(texts, e.Names()...)
		texts = append(texts, e.WeakAliases...)
		texts = append(texts, e.Adjectives...)
	}
	files, _ := filepath.Glob(filepath.Join("testdata", "heldout", "*.txt"))
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatalf("read %s: %v", f, err)
		}
		texts = append(texts, strings.Split(string(raw), "\n")...)
	}
	ruledOut := 0
	for _, text := range texts {
		toks := arabic.Tokens(text)
		for i := range toks {
			if x.mayStart(&toks[i]) {
				continue
			}
			ruledOut++
			if m := startsAt(x, toks, i); m != "" {
				t.Errorf("%q token %d (%s): ruled out, but %s matches", text, i, toks[i].Surface, m)
			}
		}
	}
	if ruledOut == 0 {
		t.Errorf("the prefilter ruled out no token")
	}
}

// startsAt names a matcher of recognize that matches at toks[i], or "".
func startsAt(x *Extractor, toks []arabic.Token, i int) string {
	_, _, ok := x.trigger(&toks[i])
	switch {
	case x.groupNoun.Match(toks, i) > 0:
		return "group noun"
	case x.rules.Titles.Match(toks, i) > 0:
		return "title"
	case ok:
		return "trigger"
	case x.adjective(&toks[i]) != nil:
		return "adjective"
	}
	if _, n, _ := x.lexMatch(toks, i); n > 0 {
		return "name"
	}
	if _, n, _ := x.lexMatchIn(toks, i, true); n > 0 {
		return "weak alias"
	}
	return ""
}
