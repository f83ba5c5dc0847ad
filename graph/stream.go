package graph

import (
	"context"
	"fmt"
	"io"
	"time"

	"github.com/nisba/nisba/model"
	"github.com/nisba/nisba/schema"
)

// LoadStream loads documents as they arrive (for example one per extracted
// article) until docs is closed. Documents are gathered and written together
// when they add up to BatchSize quads or FlushInterval (default 2s) has passed
// since the first unwritten one, whichever comes first. Each document is
// marked when loaded (see Load), so documents loaded before — a re-run over
// the same articles — cost one lookup per flush and are not written again.
// A cancelled ctx stops it; documents not yet written are not loaded.
func (c *Client) LoadStream(ctx context.Context, docs <-chan *model.Document, opts LoadOptions, flushInterval time.Duration) (Summary, error) {
	if flushInterval <= 0 {
		flushInterval = 2 * time.Second
	}
	st := newLoadState(opts)
	var pending []*model.Document
	quads := 0
	timer := time.NewTimer(flushInterval)
	timer.Stop()
	flush := func() error {
		if len(pending) == 0 {
			return nil
		}
		err := c.loadDocs(ctx, st, pending)
		pending, quads = nil, 0
		return err
	}
	defer func() { st.sum.Elapsed = time.Since(st.start) }()
	for {
		select {
		case <-ctx.Done():
			return st.sum, ctx.Err()
		case <-timer.C:
			if err := flush(); err != nil {
				return st.sum, err
			}
		case doc, ok := <-docs:
			if !ok {
				timer.Stop()
				return st.sum, flush()
			}
			if err := doc.Validate(); err != nil {
				return st.sum, fmt.Errorf("load stream: %w", err)
			}
			if len(pending) == 0 {
				timer.Reset(flushInterval)
			}
			pending = append(pending, doc)
			st.sum.Articles += len(doc.Articles)
			quads += countQuads(doc)
			if quads >= st.opts.BatchSize {
				timer.Stop()
				if err := flush(); err != nil {
					return st.sum, err
				}
			}
		}
	}
}

// countQuads is the number of quads a document adds (an upper bound when
// nodes are shared with other documents).
func countQuads(doc *model.Document) int {
	n := 0
	for _, nd := range plan(doc) {
		n += 1 + len(nd.Scalars) + len(nd.Edges)
	}
	return n
}

// WriteDQLSchema writes schema.DQL(), the -s file for `dgraph live` and
// `dgraph bulk` next to WriteRDF output.
func WriteDQLSchema(w io.Writer) error {
	dql, err := schema.DQL()
	if err != nil {
		return err
	}
	if _, err := io.WriteString(w, dql); err != nil {
		return fmt.Errorf("write dql schema: %w", err)
	}
	return nil
}
