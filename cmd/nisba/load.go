package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"time"

	"github.com/spf13/cobra"

	"github.com/nisba/nisba/config"
	"github.com/nisba/nisba/graph"
	"github.com/nisba/nisba/model"
	"github.com/nisba/nisba/state"
)

func (a *app) loadCmd() *cobra.Command {
	var since string
	var changed bool
	cmd := &cobra.Command{
		Use:   "load PATH...",
		Short: "Extract articles and load the graph into Dgraph",
		Long: joinLines(
			"Extracts the articles like `nisba extract` and loads the result into Dgraph with",
			"idempotent upserts: loading the same articles twice changes nothing. What was",
			"loaded is recorded (with content hashes) in the state directory; --changed loads",
			"only new or edited articles, --since only files modified after a time.",
			"--prune also removes from the graph the recorded articles whose files are gone",
			"from the given folders (like `nisba retract`); a folder that is missing prunes",
			"nothing, and an article whose file was only renamed or moved within them stays.",
			"The GraphQL schema is applied first (it is idempotent), so a load never leaves",
			"predicates that a later `nisba schema apply` could not change."),
		Example: `  nisba load examples/articles
  nisba load corpus/ --changed              # only new or edited files
  nisba load corpus/ --since 24h            # files modified in the last day
  nisba load corpus/ --since 2024-05-01
  nisba load corpus/ --changed --prune      # and drop articles whose files were deleted`,
		Args: nArgs(1, -1),
		RunE: func(cmd *cobra.Command, args []string) error {
			c, err := a.config(cmd)
			if err != nil {
				return err
			}
			var after time.Time
			if since != "" {
				if after, err = parseSince(since, time.Now()); err != nil {
					return usage(err)
				}
			}
			return a.load(cmd, c, args, loadFilter{changed: changed, since: after})
		},
	}
	cmd.Flags().StringVar(&since, "since", "", "only files modified after TIME (2024-05-01, RFC 3339, or a duration ago like 24h)")
	cmd.Flags().BoolVar(&changed, "changed", false, "only articles that are new or changed since they were last loaded")
	cmd.Flags().Int("chunk", 0, "stream: load every N extracted articles instead of once at the end (load.chunk)")
	cmd.MarkFlagsMutuallyExclusive("since", "changed")
	addInputFlags(cmd)
	addLoadFlags(cmd)
	addPruneFlag(cmd)
	return cmd
}

type loadFilter struct {
	changed    bool
	since      time.Time
	allowEmpty bool // watch: an empty inbox is fine
}

// parseSince reads an ISO day, an RFC 3339 time or a duration before now.
func parseSince(s string, now time.Time) (time.Time, error) {
	if t, err := time.Parse(time.DateOnly, s); err == nil {
		return t, nil
	}
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t, nil
	}
	if d, err := time.ParseDuration(s); err == nil && d > 0 {
		return now.Add(-d), nil
	}
	return time.Time{}, fmt.Errorf("--since %q: want YYYY-MM-DD, an RFC 3339 time or a duration like 24h", s)
}

// load runs one locked extract+load of the paths and records what it loaded.
func (a *app) load(cmd *cobra.Command, c *config.Config, paths []string, f loadFilter) error {
	st, cl, done, err := a.lockedClient(cmd, c)
	if err != nil {
		return err
	}
	defer done()
	if err := a.ensureSchema(cmd, cl); err != nil {
		return err
	}
	l := &loader{a: a, cl: cl, st: st, opts: graph.LoadOptions{
		BatchSize: c.Load.BatchSize, Concurrency: c.Load.Concurrency,
		MaxAttempts: c.Load.Retries + 1, MaxBackoff: c.Load.MaxBackoff,
		Progress: a.loadProgress(),
	}}
	o := extractOpts{skip: skipFunc(st, f), allowEmpty: f.allowEmpty}
	var seen seenIDs
	if c.Load.Prune {
		o.skip = seen.wrap(o.skip)
	}
	if c.Load.Chunk > 0 {
		o.send = l.send
	}
	ex, err := a.extractAll(cmd, c, paths, o)
	if err != nil {
		return err
	}
	if o.send == nil && len(ex.articles) > 0 {
		if err := l.send(cmd.Context(), ex.doc, ex.articles); err != nil {
			return err
		}
	}
	if c.Load.Prune {
		if err := a.prune(cmd.Context(), cl, st, paths, &seen, l.opts); err != nil {
			return err
		}
	}
	if len(ex.articles) == 0 {
		fmt.Fprintf(a.stderr, "nisba: nothing to load (%d files, %d unchanged, %d failed)\n", ex.files, ex.skipped, len(ex.problems))
		return ex.err()
	}
	s := l.sum
	fmt.Fprintf(a.stderr, "nisba: loaded %d articles (%d unchanged, %d failed): %d new nodes, %d existing, %d edges in %d batches, %d retries, %s\n",
		len(ex.articles), ex.skipped, len(ex.problems), s.NodesNew, s.NodesExisting, s.Edges, s.Batches, s.Retries, s.Elapsed.Round(time.Millisecond))
	if s.Replaced > 0 {
		fmt.Fprintf(a.stderr, "nisba: %d changed articles replaced their old text: %d old nodes removed first\n", s.Replaced, s.Retracted)
	}
	return ex.err()
}

// lockedClient opens the state directory, takes its run lock and connects
// to Dgraph; done closes the connection and releases the lock.
func (a *app) lockedClient(cmd *cobra.Command, c *config.Config) (st *state.Dir, cl *graph.Client, done func(), err error) {
	if st, err = state.Open(c.StateDir); err != nil {
		return nil, nil, nil, err
	}
	unlock, err := st.Lock()
	if err != nil {
		return nil, nil, nil, err
	}
	if cl, err = a.dial(cmd, c); err != nil {
		unlock()
		return nil, nil, nil, err
	}
	return st, cl, func() { cl.Close(); unlock() }, nil
}

// loader loads documents (whole, or chunk by chunk) and records the loaded
// articles in the state directory only once Dgraph has them.
type loader struct {
	a    *app
	cl   *graph.Client
	st   *state.Dir
	opts graph.LoadOptions
	sum  graph.Summary
}

func (l *loader) send(ctx context.Context, doc *model.Document, arts []model.Article) error {
	s, err := l.cl.Load(ctx, doc, l.opts)
	if err != nil {
		return fmt.Errorf("load into dgraph: %w", err)
	}
	l.sum.NodesNew += s.NodesNew
	l.sum.NodesExisting += s.NodesExisting
	l.sum.Edges += s.Edges
	l.sum.Batches += s.Batches
	l.sum.Retries += s.Retries
	l.sum.Elapsed += s.Elapsed
	l.sum.Replaced += s.Replaced
	l.sum.Retracted += s.Retracted
	l.a.logf("loaded a chunk: %d articles, %d new nodes", len(arts), s.NodesNew)
	return l.st.Record(arts, time.Now())
}

// ensureSchema applies the GraphQL schema once per process before the first
// load: data loaded without it gets predicate types that Dgraph then refuses
// to change, which would break GraphQL for good. Applying is idempotent.
func (a *app) ensureSchema(cmd *cobra.Command, cl *graph.Client) error {
	if a.schemaApplied {
		return nil
	}
	if err := cl.ApplySchema(cmd.Context()); err != nil {
		return fmt.Errorf("apply schema before loading: %w", err)
	}
	a.schemaApplied = true
	a.logf("schema applied")
	return nil
}

func skipFunc(st *state.Dir, f loadFilter) func(model.Article) bool {
	switch {
	case f.changed:
		return func(m model.Article) bool { return !st.Changed(m) }
	case !f.since.IsZero():
		return func(m model.Article) bool {
			info, err := os.Stat(m.Path)
			return err == nil && !info.ModTime().After(f.since)
		}
	}
	return nil
}

func (a *app) loadProgress() func(graph.Progress) {
	if !a.verbose {
		return nil
	}
	return func(p graph.Progress) {
		fmt.Fprintf(a.stderr, "nisba: load %s: batch %d/%d, %d quads, %d retries\n", p.Phase, p.Batches, p.Total, p.Quads, p.Retries)
	}
}

func (a *app) watchCmd() *cobra.Command {
	var once bool
	cmd := &cobra.Command{
		Use:   "watch DIR...",
		Short: "Load new and changed articles every interval (or once, for cron)",
		Long: joinLines(
			"Every watch.interval (default 15m) loads the articles under DIR that are new or",
			"whose content changed since they were last loaded (by SHA-256), recording them",
			"in the state directory. A lock in the state directory keeps two runs from",
			"overlapping. Ctrl-C (SIGINT) or SIGTERM stops cleanly. With --once it runs one",
			"round and exits: use that from cron or a systemd timer (docs/periodic.md).",
			"With --prune each round also removes the articles whose files were deleted."),
		Example: `  nisba watch /data/articles --interval 10m
  nisba watch /data/articles --once         # from cron`,
		Args: nArgs(1, -1),
		RunE: func(cmd *cobra.Command, args []string) error {
			c, err := a.config(cmd)
			if err != nil {
				return err
			}
			return a.watch(cmd, c, args, once)
		},
	}
	cmd.Flags().BoolVar(&once, "once", false, "run one round and exit (for cron and systemd timers)")
	cmd.Flags().Duration("interval", 15*time.Minute, "time between rounds (watch.interval)")
	addInputFlags(cmd)
	addLoadFlags(cmd)
	addPruneFlag(cmd)
	return cmd
}

func (a *app) watch(cmd *cobra.Command, c *config.Config, paths []string, once bool) error {
	ctx := cmd.Context()
	for {
		err := a.load(cmd, c, paths, loadFilter{changed: true, allowEmpty: true})
		if once {
			return err
		}
		if ctx.Err() != nil {
			fmt.Fprintln(a.stderr, "nisba: watch: stopped")
			return nil
		}
		if err != nil && !errors.Is(err, errInputs) {
			fmt.Fprintf(a.stderr, "nisba: watch: round failed: %v (next try in %s)\n", err, c.Watch.Interval)
		}
		a.logf("next round at %s", time.Now().Add(c.Watch.Interval).Format(time.TimeOnly))
		select {
		case <-ctx.Done():
			fmt.Fprintln(a.stderr, "nisba: watch: stopped")
			return nil
		case <-time.After(c.Watch.Interval):
		}
	}
}
