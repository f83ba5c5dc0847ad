package bench

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"time"

	"github.com/nisba/nisba/extract"
	"github.com/nisba/nisba/extract/lexicon"
)

func TestPercentile(t *testing.T) {
	var d []time.Duration
	for i := 1; i <= 100; i++ {
		d = append(d, time.Duration(101-i)*time.Millisecond)
	}
	l := summarize("q", d)
	if l.P50 != 50*time.Millisecond || l.P95 != 95*time.Millisecond || l.P99 != 99*time.Millisecond {
		t.Errorf("percentiles %+v, want 50/95/99 ms", l)
	}
	if got := percentile(nil, 99); got != 0 {
		t.Errorf("percentile of nothing = %v", got)
	}
}

// TestSmallRun generates a tiny corpus into a temp cache, extracts it both
// ways and writes a report: the pieces fit together.
func TestSmallRun(t *testing.T) {
	lex, err := lexicon.Load()
	if err != nil {
		t.Fatal(err)
	}
	c, err := Generated(t.TempDir(), lex, 20, 3)
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Files) != 20 || c.Stats.Bytes < 20*1000 {
		t.Fatalf("corpus %d files, %d bytes", len(c.Files), c.Stats.Bytes)
	}
	x := extract.New(lex)
	one, err := ExtractFiles(context.Background(), x, c, 1)
	if err != nil || one.Articles != 20 || one.Bytes == 0 {
		t.Fatalf("extract: %+v %v", one, err)
	}
	doc, pt, err := Resolved(context.Background(), x, extract.NewResolver(lex), c, 2)
	if err != nil {
		t.Fatal(err)
	}
	q, err := Quality(c, doc)
	if err != nil {
		t.Fatal(err)
	}
	rep := &Report{CPUs: 2, Sizes: []SizeResult{{Articles: 20, Bytes: c.Stats.Bytes, One: one, All: one, Pipeline: pt, Quality: q}}}
	var b bytes.Buffer
	if err := rep.WriteMarkdown(&b); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"## Extraction throughput", "headline F1", "| 20 |"} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("report lacks %q:\n%s", want, b.String())
		}
	}
}
