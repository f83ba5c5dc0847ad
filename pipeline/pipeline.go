// Package pipeline runs read → extract → resolve over many article files
// concurrently, with bounded memory and output that does not depend on the
// number of workers.
package pipeline

import (
	"context"
	"fmt"
	"runtime"
	"sort"

	"golang.org/x/sync/errgroup"

	"github.com/nisba/nisba/corpus"
	"github.com/nisba/nisba/model"
)

// Extractor is the per-article stage (extract.Extractor). It must be safe
// for concurrent use.
type Extractor[R any] interface {
	Extract(meta model.Article, text string) R
}

// articleResult is a result that knows its article as extraction left it,
// notes included (extract.Result).
type articleResult interface {
	ArticleMeta() model.Article
}

// Resolver is the cross-article stage (extract.Resolver). It is used from
// one goroutine only.
type Resolver[R any] interface {
	Add(r R)
	Document() *model.Document
}

// Options tune a run. Zero values take the defaults.
type Options struct {
	// Workers read and extract articles in parallel (default GOMAXPROCS).
	Workers int
	// Skip, if set, drops an article after reading it and before extracting
	// it (e.g. unchanged since the last load). Called from the workers.
	Skip func(model.Article) bool
	// Progress, if set, is called from one goroutine after each file.
	Progress func(Progress)
	// Done, if set, is called from one goroutine, in file order, with each
	// article that was extracted and given to the resolver: as the result
	// gives it back (ArticleMeta, with what extraction noted) when it can.
	Done func(model.Article)
	// Failed, if set, is called from the same goroutine with each file's
	// problem as soon as it is known (they are also returned at the end).
	Failed func(corpus.Problem)
}

// Progress counts files through the pipeline.
type Progress struct {
	Files     int // files to process
	Processed int // files finished, however they ended
	Extracted int
	Skipped   int
	Failed    int
}

// item is one file's outcome, numbered by its place in the file list.
type item[R any] struct {
	n       int
	meta    model.Article
	res     R
	skipped bool
	prob    *corpus.Problem
}

// Extract reads, extracts and resolves the files and returns the resolved
// document and the files that could not be used. The error is only for a
// cancelled context: per-file problems never stop the run.
func Extract[R any](ctx context.Context, files []string, meta corpus.Meta, x Extractor[R], r Resolver[R], opts Options) (*model.Document, []corpus.Problem, error) {
	probs, err := run(ctx, files, meta, x, r, opts, nil)
	if err != nil {
		return nil, nil, err
	}
	return r.Document(), probs, nil
}

// afterFunc is called by the collector after each file, with whether the
// file's article went to the resolver; last is true once, after the last file.
type afterFunc func(ctx context.Context, extracted, last bool) error

// run is the shared engine of Extract and Stream.
func run[R any](ctx context.Context, files []string, meta corpus.Meta, x Extractor[R], r Resolver[R], opts Options, after afterFunc) ([]corpus.Problem, error) {
	workers := opts.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	g, ctx := errgroup.WithContext(ctx)
	jobs := make(chan int, workers)
	results := make(chan item[R], workers)
	g.Go(func() error { return feed(ctx, len(files), jobs) })
	wg, wctx := errgroup.WithContext(ctx)
	for range workers {
		wg.Go(func() error { return work(wctx, files, meta, x, opts.Skip, jobs, results) })
	}
	g.Go(func() error {
		defer close(results)
		return wg.Wait()
	})
	var probs []corpus.Problem
	g.Go(func() error {
		var err error
		probs, err = collect(ctx, len(files), r, opts, after, results)
		return err
	})
	if err := g.Wait(); err != nil {
		return nil, fmt.Errorf("extract %d files: %w", len(files), err)
	}
	sort.SliceStable(probs, func(i, j int) bool { return probs[i].Path < probs[j].Path })
	return probs, nil
}

func feed(ctx context.Context, n int, jobs chan<- int) error {
	defer close(jobs)
	for i := range n {
		select {
		case jobs <- i:
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	return nil
}

func work[R any](ctx context.Context, files []string, meta corpus.Meta, x Extractor[R], skip func(model.Article) bool, jobs <-chan int, out chan<- item[R]) error {
	for n := range jobs {
		it := item[R]{n: n}
		a, err := corpus.Read(files[n], meta)
		switch {
		case err != nil:
			it.prob = asProblem(files[n], err)
		case skip != nil && skip(a.Meta):
			it.meta, it.skipped = a.Meta, true
		default:
			it.meta, it.res = a.Meta, x.Extract(a.Meta, a.Text)
		}
		select {
		case out <- it:
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	return nil
}

func asProblem(path string, err error) *corpus.Problem {
	if p, ok := err.(corpus.Problem); ok {
		return &p
	}
	return &corpus.Problem{Path: path, Err: err}
}

// collect feeds the resolver in file order, whatever order the workers
// finish in, so the document is the same for any number of workers. The
// reorder buffer holds at most about 2×workers items, since the feeder hands
// out files in order through bounded channels.
func collect[R any](ctx context.Context, total int, r Resolver[R], opts Options, after afterFunc, in <-chan item[R]) ([]corpus.Problem, error) {
	pending := map[int]item[R]{}
	next := 0
	var probs []corpus.Problem
	pr := Progress{Files: total}
	for {
		var it item[R]
		var ok bool
		select {
		case it, ok = <-in:
		case <-ctx.Done():
			return nil, ctx.Err()
		}
		if !ok {
			if err := ctx.Err(); err != nil {
				return nil, err // cancelled while the last files were applied
			}
			if after == nil {
				return probs, nil
			}
			return probs, after(ctx, false, true)
		}
		pending[it.n] = it
		for p, ok := pending[next]; ok; p, ok = pending[next] {
			delete(pending, next)
			next++
			probs = apply(r, p, &pr, opts, probs)
			if err := ctx.Err(); err != nil {
				return nil, err // a callback of apply cancelled: stop at once, not when select next notices
			}
			if after == nil {
				continue
			}
			if err := after(ctx, p.prob == nil && !p.skipped, false); err != nil {
				return nil, err
			}
		}
	}
}

func apply[R any](r Resolver[R], it item[R], pr *Progress, opts Options, probs []corpus.Problem) []corpus.Problem {
	pr.Processed++
	switch {
	case it.prob != nil:
		pr.Failed++
		probs = append(probs, *it.prob)
		if opts.Failed != nil {
			opts.Failed(*it.prob)
		}
	case it.skipped:
		pr.Skipped++
	default:
		pr.Extracted++
		r.Add(it.res)
		if opts.Done != nil {
			m := it.meta
			if a, ok := any(it.res).(articleResult); ok {
				m = a.ArticleMeta() // with what extraction noted
			}
			opts.Done(m)
		}
	}
	if opts.Progress != nil {
		opts.Progress(*pr)
	}
	return probs
}
