package dates

import (
	"go/ast"
	"go/parser"
	gotoken "go/token"
	"strconv"
	"testing"
)

// TestTriggerStems checks triggerStems against every word that the
// lexicon's switch statements name, so the pre-scan never misses a date word
// added to the lexicon.
func TestTriggerStems(t *testing.T) {
	words := lexiconWords(t, "lexicon.go")
	if len(words) < 150 {
		t.Fatalf("only %d words found in the lexicon source", len(words))
	}
	listed := map[string]uint8{}
	for bit, stems := range triggerStems() {
		for _, s := range stems {
			listed[s] |= bit
		}
	}
	seen := map[string]bool{}
	for _, w := range words {
		var want uint8
		switch c := classify(w).cls; {
		case isTrigger(c):
			want = formTrigger
		case c == cAgo:
			want = formAgo
		case c == cYawm:
			want = formYawm
		}
		if listed[w] != want {
			t.Errorf("%q: triggerStems bits %b, classify says %b", w, listed[w], want)
		}
		seen[w] = true
	}
	for w := range listed {
		if !seen[w] {
			t.Errorf("%q is in triggerStems but not in the lexicon", w)
		}
	}
}

// lexiconWords returns the string literals of the case clauses in file.
func lexiconWords(t *testing.T, file string) []string {
	t.Helper()
	f, err := parser.ParseFile(gotoken.NewFileSet(), file, nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	ast.Inspect(f, func(n ast.Node) bool {
		cc, ok := n.(*ast.CaseClause)
		if !ok {
			return true
		}
		for _, e := range cc.List {
			if lit, ok := e.(*ast.BasicLit); ok && lit.Kind == gotoken.STRING {
				s, err := strconv.Unquote(lit.Value)
				if err != nil {
					t.Fatal(err)
				}
				out = append(out, s)
			}
		}
		return true
	})
	return out
}
