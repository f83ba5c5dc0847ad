package bench

import (
	"context"
	"os"
	"runtime"
	"strconv"
	"testing"
	"time"

	"github.com/nisba/nisba/extract"
	"github.com/nisba/nisba/extract/lexicon"
	"github.com/nisba/nisba/model"
)

// benchN is the corpus size of the benchmarks: $NISBA_BENCH_N, default 2000.
func benchN(b *testing.B) int {
	b.Helper()
	if s := os.Getenv("NISBA_BENCH_N"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil {
			b.Fatalf("NISBA_BENCH_N: %v", err)
		}
		return n
	}
	return 2000
}

func benchCorpus(b *testing.B) (*lexicon.Lexicon, *Corpus) {
	b.Helper()
	lex, err := lexicon.Load()
	if err != nil {
		b.Fatal(err)
	}
	cache, err := CorpusCache()
	if err != nil {
		b.Fatal(err)
	}
	c, err := Generated(cache, lex, benchN(b), 1)
	if err != nil {
		b.Fatal(err)
	}
	return lex, c
}

func benchExtract(b *testing.B, workers int) {
	lex, c := benchCorpus(b)
	x := extract.New(lex)
	var last Throughput
	b.ResetTimer()
	for b.Loop() {
		t, err := ExtractFiles(context.Background(), x, c, workers)
		if err != nil {
			b.Fatal(err)
		}
		last = t
	}
	b.ReportMetric(last.MBps(), "MB/s")
	b.ReportMetric(last.PerSec(), "articles/s")
	b.ReportMetric(float64(last.PeakHeap)/1e6, "peak-heap-MB")
}

func BenchmarkExtract1Core(b *testing.B)    { benchExtract(b, 1) }
func BenchmarkExtractAllCores(b *testing.B) { benchExtract(b, runtime.GOMAXPROCS(0)) }

// BenchmarkQuality runs the whole pipeline and reports the headline F1 of
// the generated corpus.
func BenchmarkQuality(b *testing.B) {
	lex, c := benchCorpus(b)
	var headline float64
	for b.Loop() {
		doc, _, err := Resolved(context.Background(), extract.New(lex), extract.NewResolver(lex), c, runtime.GOMAXPROCS(0))
		if err != nil {
			b.Fatal(err)
		}
		q, err := Quality(c, doc)
		if err != nil {
			b.Fatal(err)
		}
		headline = q.Headline
	}
	b.ReportMetric(headline, "headline-F1")
}

// resolvedDoc is the generated corpus, extracted and resolved.
func resolvedDoc(b *testing.B) *model.Document {
	b.Helper()
	lex, c := benchCorpus(b)
	doc, _, err := Resolved(context.Background(), extract.New(lex), extract.NewResolver(lex), c, runtime.GOMAXPROCS(0))
	if err != nil {
		b.Fatal(err)
	}
	return doc
}

func startCluster(b *testing.B) *Cluster {
	b.Helper()
	c, err := StartCluster(context.Background())
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { c.Close() })
	return c
}

// BenchmarkLoad loads into a fresh cluster per iteration with nisba's loader
// and, in the same run, with dgraph live.
func BenchmarkLoad(b *testing.B) {
	doc := resolvedDoc(b)
	ctx := context.Background()
	var nisba, again, live Load
	for b.Loop() {
		c := startCluster(b)
		cl, err := c.Dial(ctx)
		if err != nil {
			b.Fatal(err)
		}
		if nisba, err = NisbaLoad(ctx, cl, doc); err != nil {
			b.Fatal(err)
		}
		if again, err = NisbaLoad(ctx, cl, doc); err != nil {
			b.Fatal(err)
		}
		cl.Close()
		c.Close()
		c2 := startCluster(b)
		if live, err = LiveLoad(ctx, c2, doc); err != nil {
			b.Fatal(err)
		}
		c2.Close()
	}
	b.ReportMetric(nisba.QuadsPerSec(), "nquads/s")
	b.ReportMetric(nisba.ArticlesPerSec(), "articles/s")
	b.ReportMetric(again.Elapsed.Seconds()/nisba.Elapsed.Seconds(), "reload/first")
	b.ReportMetric(live.QuadsPerSec(), "live-nquads/s")
}

// BenchmarkChainQuery reports the attribution-chain latency percentiles.
func BenchmarkChainQuery(b *testing.B) {
	doc := resolvedDoc(b)
	ctx := context.Background()
	c := startCluster(b)
	cl, err := c.Dial(ctx)
	if err != nil {
		b.Fatal(err)
	}
	defer cl.Close()
	if _, err := NisbaLoad(ctx, cl, doc); err != nil {
		b.Fatal(err)
	}
	var l Latency
	for b.Loop() {
		if l, err = ChainLatency(ctx, cl, doc, "attribution-chain", 200); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(l.P50)/float64(time.Millisecond), "p50-ms")
	b.ReportMetric(float64(l.P95)/float64(time.Millisecond), "p95-ms")
	b.ReportMetric(float64(l.P99)/float64(time.Millisecond), "p99-ms")
}
