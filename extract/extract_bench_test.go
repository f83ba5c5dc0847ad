package extract_test

import (
	"os"
	"path/filepath"
	"strconv"
	"sync/atomic"
	"testing"

	"github.com/nisba/nisba/extract"
	"github.com/nisba/nisba/gen"
	"github.com/nisba/nisba/model"
)

// benchCorpus is a set of article texts with their total size in bytes.
type benchCorpus struct {
	texts []string
	size  int64
}

// readTexts reads every *.txt file of the given folders; absent folders are
// skipped so the benchmark runs without the shared seeds.
func readTexts(b *testing.B, dirs ...string) benchCorpus {
	b.Helper()
	var c benchCorpus
	for _, dir := range dirs {
		files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
		if err != nil {
			b.Fatalf("glob %s: %v", dir, err)
		}
		for _, f := range files {
			raw, err := os.ReadFile(f)
			if err != nil {
				b.Fatalf("read %s: %v", f, err)
			}
			c.texts = append(c.texts, string(raw))
			c.size += int64(len(raw))
		}
	}
	if len(c.texts) == 0 {
		b.Skip("no articles to extract")
	}
	return c
}

// generated writes n synthetic articles into a temporary folder and reads
// them back.
func generated(b *testing.B, n int) benchCorpus {
	b.Helper()
	dir := b.TempDir()
	if _, err := gen.Generate(gen.Options{N: n, Seed: 7, Dir: dir, Lexicon: loadLexicon(b)}); err != nil {
		b.Fatalf("generate: %v", err)
	}
	return readTexts(b, dir)
}

// runSerial extracts the corpus b.N times on one goroutine and reports
// bytes/s, articles/s and allocations per article.
func runSerial(b *testing.B, c benchCorpus) {
	b.Helper()
	x := extract.New(loadLexicon(b))
	meta := model.Article{Published: "2021-07-11"}
	b.SetBytes(c.size)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for j, txt := range c.texts {
			meta.ID = strconv.Itoa(j)
			x.Extract(meta, txt)
		}
	}
	reportArticles(b, int64(b.N)*int64(len(c.texts)))
}

// reportArticles adds articles/s to the benchmark line.
func reportArticles(b *testing.B, n int64) {
	b.Helper()
	if s := b.Elapsed().Seconds(); s > 0 {
		b.ReportMetric(float64(n)/s, "articles/s")
	}
}

// BenchmarkExtractHeldout extracts the held-out test articles and the
// shared seeds, one goroutine.
func BenchmarkExtractHeldout(b *testing.B) {
	runSerial(b, readTexts(b, heldoutDir, seedsDir))
}

// BenchmarkExtractGenerated extracts 200 synthetic articles, one goroutine.
func BenchmarkExtractGenerated(b *testing.B) {
	runSerial(b, generated(b, 200))
}

// BenchmarkExtractParallel extracts the held-out articles, the seeds and
// 200 synthetic articles with one shared Extractor from GOMAXPROCS
// goroutines (-cpu 1,2 shows how it scales). One op is one article; the
// bytes per op are the corpus average.
func BenchmarkExtractParallel(b *testing.B) {
	c := readTexts(b, heldoutDir, seedsDir)
	g := generated(b, 200)
	c.texts = append(c.texts, g.texts...)
	c.size += g.size
	x := extract.New(loadLexicon(b))
	var next, done atomic.Int64
	b.SetBytes(c.size / int64(len(c.texts)))
	b.ReportAllocs()
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		meta := model.Article{Published: "2021-07-11"}
		for pb.Next() {
			j := int(next.Add(1)-1) % len(c.texts)
			meta.ID = strconv.Itoa(j)
			x.Extract(meta, c.texts[j])
			done.Add(1)
		}
	})
	reportArticles(b, done.Load())
}
