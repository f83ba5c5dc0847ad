package extract_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/nisba/nisba/extract"
	"github.com/nisba/nisba/extract/arabic"
	"github.com/nisba/nisba/model"
)

// TestPartialTextsNoInternalError extracts every article of the repository's
// sets and examples (and the seeds when ../shared is there) whole, paragraph
// by paragraph, sentence by sentence, and cut before and after every second
// word of each sentence, with and without a publication date. Rules read
// tokens around a cue, and a sentence that ends where a rule expects more
// ("... بعد") once made the extractor panic and lose the whole article; no
// cut may do that.
func TestPartialTextsNoInternalError(t *testing.T) {
	if testing.Short() {
		t.Skip("about 200,000 extractions")
	}
	x := extract.New(loadLexicon(t))
	var files []string
	for _, g := range []string{"testdata/*/*.txt", "../examples/articles/*.txt", "../../shared/corpus/seeds/*.txt"} {
		m, err := filepath.Glob(g)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, m...)
	}
	if len(files) < 100 {
		t.Fatalf("only %d articles found", len(files))
	}
	failed := 0
	try := func(file, published, text string) {
		res := x.Extract(model.Article{ID: "p", Published: published}, text)
		for _, n := range res.Notes {
			if strings.Contains(n, "internal error") && failed < 10 {
				failed++
				t.Errorf("%s: %s on %q", file, n, text)
			}
		}
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		text := string(b)
		for _, pub := range []string{"2024-02-10", ""} {
			try(f, pub, text)
			for _, p := range strings.Split(text, "\n") {
				try(f, pub, p)
			}
			for _, s := range arabic.Sentences(text) {
				try(f, pub, s.Text)
				words := strings.Fields(s.Text)
				for k := 1; k < len(words); k += 2 {
					try(f, pub, strings.Join(words[:k], " "))
					try(f, pub, strings.Join(words[k:], " "))
				}
			}
		}
	}
}
