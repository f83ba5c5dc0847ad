package extract_test

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/nisba/nisba/extract"
	"github.com/nisba/nisba/model"
)

// TestExtractReusesNoState extracts the held-out articles with one shared
// Extractor, twice in opposite orders (so each article reuses the memory
// of a different one), and checks each result against a fresh Extractor's.
func TestExtractReusesNoState(t *testing.T) {
	files, err := filepath.Glob(filepath.Join(heldoutDir, "*.txt"))
	if err != nil || len(files) < 2 {
		t.Fatalf("need held-out articles: %v (%d files)", err, len(files))
	}
	lex := loadLexicon(t)
	shared := extract.New(lex)
	want := map[string]*extract.Result{}
	for _, f := range files {
		want[f] = extract.New(lex).Extract(model.Article{ID: filepath.Base(f)}, readFile(t, f))
	}
	for pass := 0; pass < 2; pass++ {
		for k := range files {
			f := files[k]
			if pass == 1 {
				f = files[len(files)-1-k]
			}
			got := shared.Extract(model.Article{ID: filepath.Base(f)}, readFile(t, f))
			if !reflect.DeepEqual(got, want[f]) {
				t.Errorf("pass %d: %s differs with a shared Extractor", pass, filepath.Base(f))
			}
		}
	}
}

func readFile(t *testing.T, path string) string {
	t.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("read %s: %v", path, err)
	}
	return string(raw)
}
