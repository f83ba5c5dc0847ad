package bench

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"strings"

	"github.com/nisba/nisba/eval"
	"github.com/nisba/nisba/extract"
	"github.com/nisba/nisba/extract/lexicon"
	"github.com/nisba/nisba/model"
)

// Config says what Run measures.
type Config struct {
	Sizes   []int  // corpus sizes in articles, e.g. 10000 and 100000
	Seed    int64  // generator seed
	Cache   string // corpus cache dir ("" = CorpusCache())
	Dgraph  bool   // also measure load, reload and queries
	Queries int    // timed runs per query (default 500)
	Profile string // where to write the CPU profile of the largest all-core extraction ("" = temp)
	Logf    func(format string, args ...any)
}

// SizeResult is everything measured on one corpus size.
type SizeResult struct {
	Articles  int
	Bytes     int64
	One, All  Throughput // extraction alone on 1 and all workers
	Pipeline  Throughput // read+extract+resolve on all workers
	Quality   *eval.Result
	Attacks   int // attacks in the resolved document
	GoldAtt   int // attacks in the gold
	Entities  int
	GoldEnt   int
	ProfTop   []string // top functions of the CPU profile, when taken
	ProfPath  string
	extracted *model.Document
}

// DgraphResult is the load and query figures on one document.
type DgraphResult struct {
	Articles     int
	First, Again Load
	Live         Load
	Chain        []Latency
	Err          string
}

// Report is a full run.
type Report struct {
	CPUs   int
	GoVer  string
	Load   string // load average when the run started
	Sizes  []SizeResult
	Dgraph *DgraphResult
}

// Run generates (or reuses) the corpora and measures them.
func Run(ctx context.Context, cfg Config) (*Report, error) {
	if cfg.Logf == nil {
		cfg.Logf = func(string, ...any) {}
	}
	if cfg.Queries == 0 {
		cfg.Queries = 500
	}
	if cfg.Cache == "" {
		var err error
		if cfg.Cache, err = CorpusCache(); err != nil {
			return nil, err
		}
	}
	lex, err := lexicon.Load()
	if err != nil {
		return nil, fmt.Errorf("bench: lexicon: %w", err)
	}
	rep := &Report{CPUs: runtime.GOMAXPROCS(0), GoVer: runtime.Version(), Load: LoadAvg()}
	for i, n := range cfg.Sizes {
		sr, err := measureSize(ctx, cfg, lex, n, i == len(cfg.Sizes)-1)
		if err != nil {
			return rep, err
		}
		rep.Sizes = append(rep.Sizes, *sr)
	}
	if cfg.Dgraph && len(rep.Sizes) > 0 {
		last := &rep.Sizes[len(rep.Sizes)-1]
		rep.Dgraph = measureDgraph(ctx, cfg, last.extracted)
	}
	return rep, nil
}

func measureSize(ctx context.Context, cfg Config, lex *lexicon.Lexicon, n int, profile bool) (*SizeResult, error) {
	cfg.Logf("corpus of %d articles (seed %d) in %s", n, cfg.Seed, cfg.Cache)
	c, err := Generated(cfg.Cache, lex, n, cfg.Seed)
	if err != nil {
		return nil, err
	}
	x := extract.New(lex)
	sr := &SizeResult{Articles: n, Bytes: c.Stats.Bytes}
	cfg.Logf("extract %d articles on 1 worker", n)
	if sr.One, err = ExtractFiles(ctx, x, c, 1); err != nil {
		return nil, err
	}
	cfg.Logf("extract %d articles on %d workers", n, runtime.GOMAXPROCS(0))
	stopProf := func() {}
	if profile {
		if sr.ProfPath, stopProf, err = startProfile(cfg.Profile); err != nil {
			return nil, err
		}
	}
	sr.All, err = ExtractFiles(ctx, x, c, runtime.GOMAXPROCS(0))
	stopProf()
	if err != nil {
		return nil, err
	}
	if profile {
		sr.ProfTop = topFunctions(sr.ProfPath, 12)
	}
	cfg.Logf("pipeline (read, extract, resolve) and score")
	doc, pt, err := Resolved(ctx, x, extract.NewResolver(lex), c, runtime.GOMAXPROCS(0))
	if err != nil {
		return nil, err
	}
	sr.Pipeline, sr.extracted = pt, doc
	if sr.Quality, err = Quality(c, doc); err != nil {
		return nil, err
	}
	g, _ := c.Gold()
	sr.Attacks, sr.Entities = len(doc.Attacks), len(doc.Entities)
	if g != nil {
		sr.GoldAtt, sr.GoldEnt = len(g.Attacks), len(g.Entities)
	}
	return sr, nil
}

func startProfile(path string) (string, func(), error) {
	if path == "" {
		path = filepath.Join(os.TempDir(), "nisbabench-extract.pprof")
	}
	f, err := os.Create(path)
	if err != nil {
		return "", nil, fmt.Errorf("bench: profile: %w", err)
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return "", nil, fmt.Errorf("bench: profile: %w", err)
	}
	return path, func() { pprof.StopCPUProfile(); f.Close() }, nil
}

// topFunctions asks `go tool pprof -top` for the heaviest functions; an
// empty list when the tool is not available.
func topFunctions(path string, n int) []string {
	out, err := exec.Command("go", "tool", "pprof", "-top", fmt.Sprintf("-nodecount=%d", n), path).Output()
	if err != nil {
		return nil
	}
	var lines []string
	started := false
	for _, l := range strings.Split(string(out), "\n") {
		if strings.Contains(l, "flat%") {
			started = true
		}
		if started && strings.TrimSpace(l) != "" {
			lines = append(lines, strings.TrimRight(l, " "))
		}
	}
	return lines
}

func measureDgraph(ctx context.Context, cfg Config, doc *model.Document) *DgraphResult {
	dr := &DgraphResult{Articles: len(doc.Articles)}
	if err := nisbaSide(ctx, cfg, doc, dr); err != nil {
		dr.Err = err.Error()
		return dr
	}
	cfg.Logf("dgraph live on a fresh cluster")
	c, err := StartCluster(ctx)
	if err != nil {
		dr.Err = err.Error()
		return dr
	}
	defer c.Close()
	if dr.Live, err = LiveLoad(ctx, c, doc); err != nil {
		dr.Err = err.Error()
	}
	return dr
}

func nisbaSide(ctx context.Context, cfg Config, doc *model.Document, dr *DgraphResult) error {
	cfg.Logf("start dgraph for nisba's loader")
	c, err := StartCluster(ctx)
	if err != nil {
		return err
	}
	defer c.Close()
	cl, err := c.Dial(ctx)
	if err != nil {
		return err
	}
	defer cl.Close()
	cfg.Logf("load %d articles", len(doc.Articles))
	if dr.First, err = NisbaLoad(ctx, cl, doc); err != nil {
		return err
	}
	cfg.Logf("reload")
	if dr.Again, err = NisbaLoad(ctx, cl, doc); err != nil {
		return err
	}
	for _, q := range []string{"attribution-chain", "attribution-chain-recurse"} {
		cfg.Logf("query %s x%d", q, cfg.Queries)
		l, err := ChainLatency(ctx, cl, doc, q, cfg.Queries)
		if err != nil {
			return err
		}
		dr.Chain = append(dr.Chain, l)
	}
	return nil
}
