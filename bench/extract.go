package bench

import (
	"context"
	"fmt"
	"os"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/nisba/nisba/corpus"
	"github.com/nisba/nisba/eval"
	"github.com/nisba/nisba/extract"
	"github.com/nisba/nisba/model"
	"github.com/nisba/nisba/pipeline"
)

// Throughput is one extraction run.
type Throughput struct {
	Workers  int
	Articles int
	Bytes    int64
	Elapsed  time.Duration
	CPU      time.Duration // user+system CPU time the process spent during the run
	BaseHeap uint64        // HeapInuse after a GC just before the run (corpus list and metadata)
	PeakHeap uint64        // highest sampled runtime HeapInuse during the run
	EndHeap  uint64        // HeapInuse after a GC at the end: what the run retained
	MaxRSS   int64         // the process's peak resident set so far (ru_maxrss), bytes
	Load     string        // machine load average at the end of the run
}

// MBpsCPU is megabytes per CPU-second: the per-core rate, robust to other
// processes competing for the cores.
func (t Throughput) MBpsCPU() float64 { return float64(t.Bytes) / 1e6 / t.CPU.Seconds() }

// MBps is megabytes (10^6 bytes) of article text per second.
func (t Throughput) MBps() float64 { return float64(t.Bytes) / 1e6 / t.Elapsed.Seconds() }

// PerSec is articles per second.
func (t Throughput) PerSec() float64 { return float64(t.Articles) / t.Elapsed.Seconds() }

// ExtractFiles reads and extracts every file with the given number of
// workers, keeping no results: the cost of the per-article stage alone.
func ExtractFiles(ctx context.Context, x *extract.Extractor, c *Corpus, workers int) (Throughput, error) {
	base := heapAfterGC()
	stop := sampleHeap()
	start, cpu0 := time.Now(), cpuTime()
	var next atomic.Int64
	var bytes atomic.Int64
	var firstErr error
	var once sync.Once
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for ctx.Err() == nil {
				i := int(next.Add(1)) - 1
				if i >= len(c.Files) {
					return
				}
				a, err := corpus.Read(c.Files[i], c.Meta)
				if err != nil {
					once.Do(func() { firstErr = err })
					return
				}
				bytes.Add(int64(len(a.Text)))
				x.Extract(a.Meta, a.Text)
			}
		}()
	}
	wg.Wait()
	t := Throughput{Workers: workers, Articles: len(c.Files), Bytes: bytes.Load(), Elapsed: time.Since(start), CPU: cpuTime() - cpu0}
	t.PeakHeap, t.BaseHeap = stop(), base
	t.EndHeap = heapAfterGC()
	t.MaxRSS = maxRSS()
	t.Load = LoadAvg()
	if firstErr != nil {
		return t, fmt.Errorf("bench: read article: %w", firstErr)
	}
	return t, ctx.Err()
}

func heapAfterGC() uint64 {
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.HeapInuse
}

// sampleHeap samples HeapInuse every 20ms until the returned func is
// called; that returns the peak.
func sampleHeap() func() uint64 {
	var peak atomic.Uint64
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	read := func() {
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		if m.HeapInuse > peak.Load() {
			peak.Store(m.HeapInuse)
		}
	}
	go func() {
		defer wg.Done()
		tick := time.NewTicker(20 * time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-done:
				return
			case <-tick.C:
				read()
			}
		}
	}()
	return func() uint64 {
		close(done)
		wg.Wait()
		read()
		return peak.Load()
	}
}

// cpuTime is the user+system CPU time of this process so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// LoadAvg is the 1-minute load average of the machine ("" when unknown):
// other processes on the cores skew wall-clock rates.
func LoadAvg() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return ""
	}
	f := strings.Fields(string(b))
	if len(f) == 0 {
		return ""
	}
	return f[0]
}

// maxRSS is ru_maxrss of this process in bytes (Linux reports KiB).
func maxRSS() int64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return int64(ru.Maxrss) * 1024
}

// Resolved runs the whole pipeline (read, extract, resolve) and returns the
// document with the run's figures.
func Resolved(ctx context.Context, x *extract.Extractor, r *extract.Resolver, c *Corpus, workers int) (*model.Document, Throughput, error) {
	base := heapAfterGC()
	stop := sampleHeap()
	start, cpu0 := time.Now(), cpuTime()
	doc, probs, err := pipeline.Extract[*extract.Result](ctx, c.Files, c.Meta, x, r, pipeline.Options{Workers: workers})
	t := Throughput{Workers: workers, Articles: len(c.Files), Bytes: c.Stats.Bytes, Elapsed: time.Since(start), CPU: cpuTime() - cpu0}
	t.PeakHeap, t.BaseHeap = stop(), base
	t.MaxRSS = maxRSS()
	t.Load = LoadAvg()
	if err != nil {
		return nil, t, fmt.Errorf("bench: pipeline: %w", err)
	}
	if len(probs) > 0 {
		return nil, t, fmt.Errorf("bench: pipeline: %d problem files, first: %v", len(probs), probs[0])
	}
	return doc, t, nil
}

// Quality scores a resolved document against the corpus's gold.
func Quality(c *Corpus, doc *model.Document) (*eval.Result, error) {
	g, err := c.Gold()
	if err != nil {
		return nil, err
	}
	return eval.Score(g, doc), nil
}
