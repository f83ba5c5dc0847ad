package main

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"github.com/nisba/nisba/graph"
	"github.com/nisba/nisba/model"
	"github.com/nisba/nisba/state"
)

// seenIDs collects the ids of the articles a run read, whether it extracted
// them or skipped them as unchanged. Workers call it concurrently.
type seenIDs struct {
	mu  sync.Mutex
	ids map[string]bool
}

// wrap returns skip that also records every article it is asked about.
func (s *seenIDs) wrap(skip func(model.Article) bool) func(model.Article) bool {
	s.ids = map[string]bool{}
	return func(m model.Article) bool {
		s.mu.Lock()
		s.ids[m.ID] = true
		s.mu.Unlock()
		return skip != nil && skip(m)
	}
}

func (s *seenIDs) has(id string) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.ids[id]
}

// goneArticles lists the recorded articles to prune: those whose recorded
// file lies under one of roots and no longer exists, and whose id the run
// did not read elsewhere (a renamed file keeps its article). A root that
// does not exist (an unmounted share, a typo) prunes nothing: it is
// reported in skipped instead. Records with relative paths, from older
// state files, are left alone: their base folder is unknown.
func goneArticles(recs []state.Record, roots []string, seen func(string) bool) (ids, skipped []string) {
	var abs []string
	for _, r := range roots {
		a, err := filepath.Abs(r)
		if err != nil {
			skipped = append(skipped, r)
			continue
		}
		if _, err := os.Stat(a); err != nil {
			skipped = append(skipped, r)
			continue
		}
		abs = append(abs, a)
	}
	for _, rec := range recs {
		if !filepath.IsAbs(rec.Path) || !under(rec.Path, abs) || seen(rec.ID) {
			continue
		}
		if _, err := os.Stat(rec.Path); errors.Is(err, fs.ErrNotExist) {
			ids = append(ids, rec.ID)
		}
	}
	return ids, skipped
}

// under reports whether path is one of roots or inside one of them.
func under(path string, roots []string) bool {
	for _, r := range roots {
		if path == r || strings.HasPrefix(path, strings.TrimSuffix(r, string(filepath.Separator))+string(filepath.Separator)) {
			return true
		}
	}
	return false
}

// prune retracts the articles whose files are gone from the loaded folders
// and forgets them in the state directory.
func (a *app) prune(ctx context.Context, cl *graph.Client, st *state.Dir, roots []string, seen *seenIDs, opts graph.LoadOptions) error {
	ids, skipped := goneArticles(st.Records(), roots, seen.has)
	for _, r := range skipped {
		fmt.Fprintf(a.stderr, "nisba: %s: not found — nothing pruned under it (check the path or the mount)\n", r)
	}
	if len(ids) == 0 {
		a.logf("prune: no recorded article is gone")
		return nil
	}
	sum, err := cl.Retract(ctx, ids, graph.LoadOptions{MaxAttempts: opts.MaxAttempts, MaxBackoff: opts.MaxBackoff})
	if err != nil {
		return fmt.Errorf("prune %d articles whose files are gone: %w", len(ids), err)
	}
	if err := st.Forget(ids); err != nil {
		return err
	}
	fmt.Fprintf(a.stderr, "nisba: pruned %d articles whose files are gone (%s): %d nodes removed, %d kept nodes lost edges\n",
		len(ids), listSome(ids, 5), sum.Deleted, sum.Touched)
	return nil
}

// listSome joins the first n ids and says how many more there are.
func listSome(ids []string, n int) string {
	if len(ids) <= n {
		return strings.Join(ids, ", ")
	}
	return fmt.Sprintf("%s and %d more", strings.Join(ids[:n], ", "), len(ids)-n)
}
