package gen

import (
	"testing"

	"github.com/nisba/nisba/extract/lexicon"
)

// BenchmarkGenerate writes 1000 articles per iteration.
func BenchmarkGenerate(b *testing.B) {
	lex, err := lexicon.Load()
	if err != nil {
		b.Fatal(err)
	}
	var st Stats
	for b.Loop() {
		if st, err = Generate(Options{N: 1000, Seed: 1, Dir: b.TempDir(), Lexicon: lex}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(st.Bytes)/1e6/(b.Elapsed().Seconds()/float64(b.N)), "MB/s")
	b.ReportMetric(float64(st.Articles)/(b.Elapsed().Seconds()/float64(b.N)), "articles/s")
}
