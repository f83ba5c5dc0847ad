package dates

import (
	"go/ast"
	"go/parser"
	gotoken "go/token"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/nisba/nisba/extract/dates/internal/reference"
)

// corpusDirs hold the articles the differential test reads, relative to
// this package; a missing directory is skipped.
var corpusDirs = []string{
	"/work/shared/corpus/seeds",
	"../testdata/heldout",
	"../../examples/articles",
}

// differentialPublished are the publication days every text is tried with.
var differentialPublished = []string{pub, "", "2024-02-29", "0001-01-01", "9999-12-31"}

// sentences splits text at sentence ends and line breaks, keeping the
// punctuation, so both sentence-sized and line-sized inputs are compared.
func sentences(text string) []string {
	out := strings.Split(text, "\n")
	for _, line := range strings.Split(text, "\n") {
		out = append(out, strings.FieldsFunc(line, func(r rune) bool {
			return r == '.' || r == '!' || r == '?' || r == '؟'
		})...)
	}
	return append(out, text)
}

// checkSame fails when Find or Parse differ from the frozen reference.
func checkSame(t *testing.T, text, published string) {
	t.Helper()
	got, want := Find(text, published), reference.Find(text, published)
	if !reflect.DeepEqual(toRef(got), want) {
		t.Fatalf("Find(%q, %q)\n got %+v\nwant %+v", text, published, got, want)
	}
	gm, gok := Parse(text, published)
	wm, wok := reference.Parse(text, published)
	if gok != wok || reference.Match(gm) != wm {
		t.Fatalf("Parse(%q, %q) = %+v, %v; want %+v, %v", text, published, gm, gok, wm, wok)
	}
}

// toRef converts matches to the reference type, keeping nil as nil.
func toRef(ms []Match) []reference.Match {
	if ms == nil {
		return nil
	}
	out := make([]reference.Match, len(ms))
	for i, m := range ms {
		out[i] = reference.Match(m)
	}
	return out
}

func TestFindMatchesReferenceOnCorpora(t *testing.T) {
	texts, found := 0, 0
	for _, dir := range corpusDirs {
		files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			for _, s := range sentences(string(b)) {
				for _, p := range differentialPublished {
					checkSame(t, s, p)
				}
				texts++
				found += len(Find(s, pub))
			}
		}
	}
	if texts < 100 || found == 0 {
		t.Fatalf("only %d texts with %d dates compared; corpora missing?", texts, found)
	}
	t.Logf("%d texts, %d date matches identical to the reference", texts, found)
}

func TestFindMatchesReferenceOnCases(t *testing.T) {
	cases := []string{
		"", " ", "٣", "۳", "x1", "قبل يوم من", "قبل، يوم", "قبليوم", "وبالامس", "لليوم", "للأسبوع الماضي",
		"فلليوم", "باب", "بابب", "كالأحد", "وللشهر", "أمـــس", "أَمْسِ", "أ\u0301مس", "ٱليوم", "الیوم",
		"قبل " + strings.Repeat("\u064e", 70) + "يوم", strings.Repeat("ا", 40) + " أمس",
		"و" + strings.Repeat("\u064e", 70) + "أمس", "ABC اليوم", "\xd9", "\xd9\xa0", "أمس\xff", "Ⱥ اليوم",
	}
	for _, c := range cases {
		for _, p := range differentialPublished {
			checkSame(t, c, p)
		}
	}
	for _, s := range fuzzSeeds {
		checkSame(t, s.text, s.published)
	}
}

func FuzzFindMatchesReference(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s.text, s.published)
	}
	f.Add("قبل يوم من الهجوم", "")
	f.Add("وللأسبوع الماضي باب", pub)
	f.Fuzz(func(t *testing.T, text, published string) {
		checkSame(t, text, published)
	})
}

// TestTriggerStems checks triggerStems against every word that the
// reference lexicon's switch statements name.
func TestTriggerStems(t *testing.T) {
	words := lexiconWords(t, "internal/reference/lexicon.go")
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

// TestFindMatchesReferenceOnLexicon tries every lexicon word with
// proclitics, marks and neighbours, the spellings the pre-scan must never
// miss.
func TestFindMatchesReferenceOnLexicon(t *testing.T) {
	words := lexiconWords(t, "internal/reference/lexicon.go")
	for _, w := range words {
		forms := []string{w, "ـ" + w, w + "\u064b", "x" + w, w + "x", "Ⱥ" + w}
		if rest, ok := cutPrefix(w, "ا"); ok {
			forms = append(forms, "أ"+rest, "ل"+rest, "ول"+rest, "وبل"+rest)
		}
		if r := []rune(w); len(r) > 1 {
			forms = append(forms, string(r[:1])+"\u064e"+string(r[1:]))
		}
		for _, f := range append([]string(nil), forms...) {
			for _, c := range []string{"و", "ف", "ب", "ل", "ك", "وب", "فل", "وكب"} {
				forms = append(forms, c+f)
			}
		}
		for _, f := range forms {
			for _, ctx := range []string{"%s", "قبل %s", "منذ، %s", "في %s الماضي", "(%s)", "%s 5"} {
				checkSame(t, strings.Replace(ctx, "%s", f, 1), pub)
			}
		}
	}
}
