package rules

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/nisba/nisba/extract/arabic"
)

// BenchmarkHits matches every cue set over the sentences of the held-out
// articles and asks for each set once, as the extractor does for a
// sentence.
func BenchmarkHits(b *testing.B) {
	r, sents, size := heldOutSentences(b)
	var names []string
	for name := range r.Cues {
		names = append(names, name)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		for _, toks := range sents {
			h := r.Hits(toks)
			for _, name := range names {
				h.Of(name)
			}
		}
	}
}

// BenchmarkHitsMatch is BenchmarkHits without the questions: the one pass
// that finds every set's matches.
func BenchmarkHitsMatch(b *testing.B) {
	r, sents, size := heldOutSentences(b)
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		for _, toks := range sents {
			r.Hits(toks)
		}
	}
}

// heldOutSentences are the rules and the tokens of each sentence of the
// held-out articles, with the articles' size in bytes.
func heldOutSentences(b *testing.B) (*Rules, [][]arabic.Token, int) {
	b.Helper()
	r, err := Load()
	if err != nil {
		b.Fatal(err)
	}
	files, _ := filepath.Glob("../testdata/heldout*/*.txt")
	if len(files) == 0 {
		b.Skip("no held-out articles")
	}
	tz := arabic.NewTokenizer()
	var sents [][]arabic.Token
	size := 0
	for _, f := range files {
		text, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		size += len(text)
		for _, s := range arabic.Sentences(string(text)) {
			sents = append(sents, tz.Tokens(s.Text))
		}
	}
	return r, sents, size
}
