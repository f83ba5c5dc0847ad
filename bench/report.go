package bench

import (
	"bytes"
	"fmt"
	"io"
	"time"
)

// Targets the figures are judged against.
const (
	TargetMBpsPerCore = 20.0
	TargetChainP99    = 50 * time.Millisecond
)

// WriteMarkdown writes the report as a short Markdown document.
func (r *Report) WriteMarkdown(w io.Writer) error {
	var b bytes.Buffer
	fmt.Fprintf(&b, "# nisba benchmarks\n\n%d CPUs (GOMAXPROCS), %s, %s; load average %s when the run started.\n\n",
		r.CPUs, r.GoVer, time.Now().UTC().Format("2006-01-02 15:04 MST"), r.Load)
	r.writeExtraction(&b)
	r.writeQuality(&b)
	r.writeDgraph(&b)
	r.writeVerdicts(&b)
	_, err := w.Write(b.Bytes())
	return err
}

// heapAfter is only meaningful for the extract runs (the pipeline's
// document is still live when it is measured).
func heapAfter(run string, t Throughput) string {
	if run != "extract" || t.EndHeap == 0 {
		return "–"
	}
	return mb(t.EndHeap)
}

func mb(n uint64) string { return fmt.Sprintf("%.0f MB", float64(n)/1e6) }

func (r *Report) writeExtraction(b *bytes.Buffer) {
	b.WriteString("## Extraction throughput\n\n")
	b.WriteString("Read + extract per article, results dropped (the per-article stage alone); then the whole pipeline with the cross-article resolver.\n\n")
	b.WriteString("| articles | text MB | run | workers | MB/s (wall) | articles/s | MB per CPU-s | load avg | heap before | peak heap | heap after | max RSS |\n|---|---|---|---|---|---|---|---|---|---|---|---|\n")
	for _, s := range r.Sizes {
		for _, x := range []struct {
			name string
			t    Throughput
		}{{"extract", s.One}, {"extract", s.All}, {"pipeline", s.Pipeline}} {
			fmt.Fprintf(b, "| %d | %.1f | %s | %d | %.2f | %.0f | %.2f | %s | %s | %s | %s | %s |\n", s.Articles, float64(s.Bytes)/1e6,
				x.name, x.t.Workers, x.t.MBps(), x.t.PerSec(), x.t.MBpsCPU(), x.t.Load, mb(x.t.BaseHeap), mb(x.t.PeakHeap), heapAfter(x.name, x.t), mb(uint64(x.t.MaxRSS)))
		}
	}
	b.WriteString("\nMB per CPU-s divides by the CPU time this process used (getrusage), so it is the per-core rate even when other processes compete for the cores; load avg is the machine's 1-minute load average at the end of the run. ")
	b.WriteString("max RSS is the process's peak so far (ru_maxrss), so it only grows from row to row; heap before is the live heap after a GC just before the run (the benchmark's own file list and metadata); peak heap is sampled every 20 ms during the run and includes garbage not yet collected (with GOGC=100 the heap may reach about twice the live heap, so the slack grows with the heap before); heap after is the live heap after a GC at the end of an extract run: equal to heap before when the stage retains nothing.\n\n")
	for _, s := range r.Sizes {
		if len(s.ProfTop) == 0 {
			continue
		}
		fmt.Fprintf(b, "CPU profile of the %d-worker extraction of %d articles (`go tool pprof -top %s`):\n\n```\n", s.All.Workers, s.Articles, s.ProfPath)
		for _, l := range s.ProfTop {
			b.WriteString(l + "\n")
		}
		b.WriteString("```\n\n")
	}
}

func (r *Report) writeQuality(b *bytes.Buffer) {
	b.WriteString("## Extraction quality on the generated corpus\n\n")
	b.WriteString("| articles | headline F1 | entities F1 | attacks F1 | attributions F1 | retaliations F1 | attacks (sys/gold) | entities (sys/gold) |\n|---|---|---|---|---|---|---|---|\n")
	for _, s := range r.Sizes {
		q := s.Quality
		if q == nil {
			continue
		}
		fmt.Fprintf(b, "| %d | %.3f | %.3f | %.3f | %.3f | %.3f | %d/%d | %d/%d |\n", s.Articles, q.Headline, q.EntitiesAll().F1,
			q.Attacks.F1, q.Attributions.F1, q.Retaliations.F1, s.Attacks, s.GoldAtt, s.Entities, s.GoldEnt)
	}
	b.WriteString("\n")
	if n := len(r.Sizes); n > 0 && r.Sizes[n-1].Quality != nil {
		b.WriteString("Scorer table (eval, same as score.py) for the largest corpus:\n\n```\n")
		r.Sizes[n-1].Quality.WriteTable(b)
		b.WriteString("```\n\n")
	}
}

func (r *Report) writeDgraph(b *bytes.Buffer) {
	d := r.Dgraph
	if d == nil {
		b.WriteString("## Dgraph\n\nNot measured (run without -no-dgraph).\n\n")
		return
	}
	fmt.Fprintf(b, "## Load into Dgraph (%d articles)\n\n", d.Articles)
	if d.Err != "" {
		fmt.Fprintf(b, "**Failed:** %s\n\n", d.Err)
	}
	b.WriteString("| load | N-Quads | time | N-Quads/s | articles/s |\n|---|---|---|---|---|\n")
	for _, x := range []struct {
		name string
		l    Load
	}{{"nisba Load (fresh cluster)", d.First}, {"nisba Load again (reload)", d.Again}, {"dgraph live -U xid (fresh cluster)", d.Live}} {
		if x.l.Elapsed == 0 {
			continue
		}
		fmt.Fprintf(b, "| %s | %d | %s | %.0f | %.0f |\n", x.name, x.l.Quads, x.l.Elapsed.Round(time.Millisecond), x.l.QuadsPerSec(), x.l.ArticlesPerSec())
	}
	if d.First.Elapsed > 0 && d.Again.Elapsed > 0 {
		fmt.Fprintf(b, "\nReload takes %.2f× the first load.\n", d.Again.Elapsed.Seconds()/d.First.Elapsed.Seconds())
	}
	b.WriteString("\n## Attribution-chain query latency\n\n| query | runs | p50 | p95 | p99 |\n|---|---|---|---|---|\n")
	for _, l := range d.Chain {
		fmt.Fprintf(b, "| %s | %d | %s | %s | %s |\n", l.Query, l.N, ms(l.P50), ms(l.P95), ms(l.P99))
	}
	b.WriteString("\n")
}

func ms(d time.Duration) string { return fmt.Sprintf("%.2f ms", float64(d.Microseconds())/1000) }

func (r *Report) writeVerdicts(b *bytes.Buffer) {
	b.WriteString("## Targets\n\n")
	for _, s := range r.Sizes {
		per := s.One.MBpsCPU()
		fmt.Fprintf(b, "- extraction ≥ %.0f MB/s per core (%d articles): %.2f MB per CPU-second on 1 worker — %s\n", TargetMBpsPerCore, s.Articles, per, verdict(per >= TargetMBpsPerCore, per/TargetMBpsPerCore))
		if s.All.Workers > 1 {
			fmt.Fprintf(b, "- linear in cores: %d workers give %.2f× one worker's wall-clock rate (ideal %d×) and %.2f× its rate per CPU-second (ideal 1×)\n",
				s.All.Workers, s.All.MBps()/s.One.MBps(), s.All.Workers, s.All.MBpsCPU()/per)
		}
	}
	if n := len(r.Sizes); n > 1 {
		a, z := r.Sizes[0], r.Sizes[n-1]
		fmt.Fprintf(b, "- memory flat in corpus size: the extract stage retains %s at %d articles and %s at %d (heap after − heap before); its peak above the heap before is %s vs %s (GC slack); the whole pipeline, which keeps every result until it resolves, peaks at %s vs %s\n",
			mb(a.All.EndHeap-min(a.All.BaseHeap, a.All.EndHeap)), a.Articles, mb(z.All.EndHeap-min(z.All.BaseHeap, z.All.EndHeap)), z.Articles,
			mb(a.All.PeakHeap-min(a.All.BaseHeap, a.All.PeakHeap)), mb(z.All.PeakHeap-min(z.All.BaseHeap, z.All.PeakHeap)), mb(a.Pipeline.PeakHeap), mb(z.Pipeline.PeakHeap))
	}
	if d := r.Dgraph; d != nil && d.First.Elapsed > 0 && d.Live.Elapsed > 0 {
		ratio := d.First.QuadsPerSec() / d.Live.QuadsPerSec()
		fmt.Fprintf(b, "- load ≥ dgraph live rate: nisba %.0f vs live %.0f N-Quads/s — %s\n", d.First.QuadsPerSec(), d.Live.QuadsPerSec(), verdict(ratio >= 1, ratio))
	}
	if d := r.Dgraph; d != nil {
		for _, l := range d.Chain {
			fmt.Fprintf(b, "- chain query p99 < 50 ms (%s, %d articles): %s — %s\n", l.Query, d.Articles, ms(l.P99), verdict(l.P99 < TargetChainP99, float64(TargetChainP99)/float64(max(l.P99, 1))))
		}
	}
	b.WriteString("\n")
}

func verdict(ok bool, ratio float64) string {
	if ok {
		return "met"
	}
	return fmt.Sprintf("**missed** (%.0f%% of target)", ratio*100)
}
