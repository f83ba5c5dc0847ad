package extract

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/nisba/nisba/extract/arabic"
)

// TestTokenLiteralsAreKeys checks every string literal handed to a
// token's Has, HasAny or HasPrefix in the extractor's code: those compare
// against the token's keys (arabic.Key: ى as ي, ة as ه, no hamza, no
// leading ال on longer words), so a literal that is not its own key, like
// "التي" (key "تي") or "على" (key "علي"), can never match and its rule is
// dead. No call lists a literal twice.
func TestTokenLiteralsAreKeys(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	checked := 0
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		src, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		f, err := parser.ParseFile(fset, name, src, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			sel, ok := call.Fun.(*ast.SelectorExpr)
			if !ok || sel.Sel.Name != "Has" && sel.Sel.Name != "HasAny" && sel.Sel.Name != "HasPrefix" {
				return true
			}
			if x, ok := sel.X.(*ast.Ident); ok && x.Name == "strings" {
				return true // strings.HasPrefix compares text, not keys
			}
			seen := map[string]bool{}
			for _, arg := range call.Args {
				lit, ok := arg.(*ast.BasicLit)
				if !ok || lit.Kind != token.STRING {
					continue
				}
				w, err := strconv.Unquote(lit.Value)
				if err != nil {
					t.Fatal(err)
				}
				checked++
				if k := arabic.Key(w); k != w {
					t.Errorf("%s: %s(%q): the key is %q, so the literal never matches", fset.Position(lit.Pos()), sel.Sel.Name, w, k)
				}
				if seen[w] {
					t.Errorf("%s: %s lists %q twice", fset.Position(lit.Pos()), sel.Sel.Name, w)
				}
				seen[w] = true
			}
			return true
		})
	}
	if checked < 500 {
		t.Fatalf("only %d literals checked: the scan is broken", checked)
	}
}
