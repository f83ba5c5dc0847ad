// Command nisbabench measures nisba at scale on generated corpora and writes
// a Markdown report: go run ./cmd/nisbabench -o BENCH.md [-n 10000] [-full].
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"strconv"
	"strings"

	"github.com/nisba/nisba/bench"
)

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "nisbabench:", err)
		os.Exit(1)
	}
}

func run() error {
	out := flag.String("o", "BENCH.md", "Markdown report to write (- for stdout)")
	n := flag.Int("n", 10000, "articles in the default corpus")
	full := flag.Bool("full", false, "also measure a 100000-article corpus (and load/query it)")
	seed := flag.Int64("seed", 1, "generator seed")
	noDgraph := flag.Bool("no-dgraph", false, "skip load, reload and query figures")
	queries := flag.Int("queries", 500, "timed runs per query")
	prof := flag.String("cpuprofile", "", "where to keep the CPU profile of the all-core extraction")
	cache := flag.String("cache", "", "corpus cache directory (default $NISBA_BENCH_CACHE or the user cache)")
	sizeList := flag.String("sizes", "", "comma-separated corpus sizes, replacing -n and -full (e.g. 2000,100000)")
	flag.Parse()

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	sizes := []int{*n}
	if *full {
		sizes = append(sizes, 100000)
	}
	if *sizeList != "" {
		sizes = nil
		for _, f := range strings.Split(*sizeList, ",") {
			k, err := strconv.Atoi(strings.TrimSpace(f))
			if err != nil || k <= 0 {
				return fmt.Errorf("-sizes: bad size %q", f)
			}
			sizes = append(sizes, k)
		}
	}
	cfg := bench.Config{Sizes: sizes, Seed: *seed, Cache: *cache, Dgraph: !*noDgraph, Queries: *queries,
		Profile: *prof, Logf: func(f string, a ...any) { fmt.Fprintf(os.Stderr, f+"\n", a...) }}
	rep, err := bench.Run(ctx, cfg)
	if err != nil {
		return err
	}
	w := os.Stdout
	if *out != "-" {
		f, err := os.Create(*out)
		if err != nil {
			return err
		}
		defer f.Close()
		w = f
	}
	if err := rep.WriteMarkdown(w); err != nil {
		return fmt.Errorf("write report: %w", err)
	}
	return nil
}
