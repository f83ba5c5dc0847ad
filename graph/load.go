package graph

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"strings"
	"sync"
	"time"

	"github.com/dgraph-io/dgo/v230"
	"github.com/dgraph-io/dgo/v230/protos/api"
	"golang.org/x/sync/errgroup"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	"github.com/nisba/nisba/model"
)

// LoadOptions tune Load. Zero values take the defaults.
type LoadOptions struct {
	BatchSize   int // quads per transaction (default 1000)
	Concurrency int // transactions in flight (default 2)
	// MaxAttempts bounds the tries of one batch on aborted transactions and
	// transient errors (default 6); backoff doubles from BaseBackoff
	// (default 100ms) up to MaxBackoff (default 3s), with jitter.
	MaxAttempts             int
	BaseBackoff, MaxBackoff time.Duration
	Progress                func(Progress) // called after each batch, from one goroutine at a time
}

// Progress reports a running load.
type Progress struct {
	Phase       string // "nodes" or "edges"
	Batches     int    // batches done in this phase
	Total       int    // batches in this phase
	Quads       int    // quads written so far
	Retries     int
	NewNodes    int
	Elapsed     time.Duration
	LastAttempt int
}

// Summary describes a finished load.
type Summary struct {
	Articles      int
	NodesNew      int // nodes created by this load
	NodesExisting int // nodes that were already there (matched by xid)
	Edges         int // edge quads written (both directions of inverse pairs)
	Quads         int // all quads written, xid triples included
	Batches       int
	Retries       int
	Elapsed       time.Duration
}

func (o LoadOptions) withDefaults() LoadOptions {
	if o.BatchSize <= 0 {
		o.BatchSize = 1000
	}
	if o.Concurrency <= 0 {
		o.Concurrency = 2
	}
	if o.MaxAttempts <= 0 {
		o.MaxAttempts = 6
	}
	if o.BaseBackoff <= 0 {
		o.BaseBackoff = 100 * time.Millisecond
	}
	if o.MaxBackoff <= 0 {
		o.MaxBackoff = 3 * time.Second
	}
	return o
}

// Load writes the document into Dgraph with upserts keyed by xid, so loading
// the same document again creates and changes nothing, and a document that
// mentions known nodes (a known attack reported by a new article) adds its
// edges and list values to them. Nodes with their scalars go first, edges
// second, in batches of BatchSize quads over Concurrency transactions.
func (c *Client) Load(ctx context.Context, doc *model.Document, opts LoadOptions) (Summary, error) {
	start := time.Now()
	opts = opts.withDefaults()
	if err := doc.Validate(); err != nil {
		return Summary{}, fmt.Errorf("load: %w", err)
	}
	st := &loadState{opts: opts, start: start, sum: Summary{Articles: len(doc.Articles)}}
	err := c.loadNodes(ctx, st, plan(doc))
	st.sum.Elapsed = time.Since(start)
	return st.sum, err
}

// loadNodes writes nodes with their scalars first, then their edges.
func (c *Client) loadNodes(ctx context.Context, st *loadState, nodes []node) error {
	phases := []struct {
		name    string
		batches []batch
	}{
		{"nodes", batchNodes(nodes, st.opts.BatchSize, true)},
		{"edges", batchNodes(nodes, st.opts.BatchSize, false)},
	}
	for _, ph := range phases {
		if err := c.runPhase(ctx, st, ph.name, ph.batches); err != nil {
			return fmt.Errorf("load %s: %w", ph.name, err)
		}
	}
	return nil
}

// batch is a group of quads written in one transaction; xids lists every node
// it names (subjects and objects), each bound to a query variable.
type batch struct {
	xids  []string
	quads []quad
	nodes bool // first phase: counts new vs existing nodes
}

// batchNodes groups nodes into batches of about size quads; a node's quads
// never straddle two batches in the first phase.
func batchNodes(nodes []node, size int, scalars bool) []batch {
	var out []batch
	cur := batch{nodes: scalars}
	seen := map[string]bool{}
	add := func(xid string) {
		if !seen[xid] {
			seen[xid] = true
			cur.xids = append(cur.xids, xid)
		}
	}
	for _, n := range nodes {
		qs := n.Edges
		if scalars {
			qs = n.Scalars
		}
		if len(qs) == 0 && !scalars {
			continue
		}
		add(n.XID)
		for _, q := range qs {
			if q.Edge {
				add(q.Object)
			}
			cur.quads = append(cur.quads, q)
		}
		if len(cur.quads) >= size {
			out = append(out, cur)
			cur = batch{nodes: scalars}
			seen = map[string]bool{}
		}
	}
	if len(cur.xids) > 0 {
		out = append(out, cur)
	}
	return out
}

// loadState is the shared progress of one Load.
type loadState struct {
	opts  LoadOptions
	start time.Time
	mu    sync.Mutex
	sum   Summary
	done  int
}

func (c *Client) runPhase(ctx context.Context, st *loadState, phase string, batches []batch) error {
	g, gctx := errgroup.WithContext(ctx)
	g.SetLimit(st.opts.Concurrency)
	st.done = 0
	for i := range batches {
		b := &batches[i]
		if gctx.Err() != nil {
			break
		}
		g.Go(func() error {
			res, attempts, err := c.writeBatch(gctx, b, st.opts)
			st.record(phase, len(batches), res, attempts)
			return err
		})
	}
	if err := g.Wait(); err != nil {
		return err
	}
	return ctx.Err()
}

// batchResult is what one committed batch did.
type batchResult struct {
	newNodes, existing, quads, edges int
}

func (st *loadState) record(phase string, total int, res batchResult, attempts int) {
	st.mu.Lock()
	defer st.mu.Unlock()
	if attempts > 1 {
		st.sum.Retries += attempts - 1
	}
	if res.quads == 0 {
		return
	}
	st.done++
	st.sum.Batches++
	st.sum.NodesNew += res.newNodes
	st.sum.NodesExisting += res.existing
	st.sum.Quads += res.quads
	st.sum.Edges += res.edges
	if st.opts.Progress != nil {
		st.opts.Progress(Progress{Phase: phase, Batches: st.done, Total: total, Quads: st.sum.Quads,
			Retries: st.sum.Retries, NewNodes: st.sum.NodesNew, Elapsed: time.Since(st.start), LastAttempt: attempts})
	}
}

// writeBatch runs one batch as an upsert block, retrying aborted transactions
// and transient errors in fresh transactions.
func (c *Client) writeBatch(ctx context.Context, b *batch, opts LoadOptions) (batchResult, int, error) {
	req := upsertRequest(b)
	attempt := 1
	for ; ; attempt++ {
		res, err := c.doUpsert(ctx, b, req)
		if err == nil {
			return res, attempt, nil
		}
		if ctx.Err() != nil {
			return batchResult{}, attempt, ctx.Err()
		}
		if !retryable(err) || attempt >= opts.MaxAttempts {
			return batchResult{}, attempt, fmt.Errorf("write batch of %d quads (attempt %d of %d): %w",
				len(b.quads), attempt, opts.MaxAttempts, classify(err))
		}
		if err := sleep(ctx, backoff(opts, attempt)); err != nil {
			return batchResult{}, attempt, err
		}
	}
}

// backoff is the capped exponential delay before a retry, with "equal
// jitter" (between half and all of it) so that aborted writers spread out.
func backoff(opts LoadOptions, attempt int) time.Duration {
	d := opts.BaseBackoff
	for i := 1; i < attempt && d < opts.MaxBackoff; i++ {
		d *= 2
	}
	d = min(d, opts.MaxBackoff)
	return d/2 + rand.N(d/2+1)
}

func (c *Client) doUpsert(ctx context.Context, b *batch, req *api.Request) (batchResult, error) {
	txn := c.dg.NewTxn()
	defer txn.Discard(ctx)
	resp, err := txn.Do(ctx, req)
	if err != nil {
		return batchResult{}, err
	}
	res := batchResult{quads: len(b.quads)}
	for _, q := range b.quads {
		if q.Edge {
			res.edges++
		}
	}
	if b.nodes {
		res.quads += len(b.xids) // the xid triples
		var found map[string][]struct{ UID string }
		if err := json.Unmarshal(resp.Json, &found); err != nil {
			return res, fmt.Errorf("decode upsert answer: %w", err)
		}
		for i := range b.xids {
			if len(found[varName(i)]) > 0 {
				res.existing++
			} else {
				res.newNodes++
			}
		}
	}
	return res, nil
}

func varName(i int) string { return fmt.Sprintf("v%d", i) }

// upsertRequest builds the upsert block of a batch: one query variable per
// xid, and quads whose nodes are uid(vN). Dgraph creates a node for a
// variable that matched nothing, and the xid triple names it.
func upsertRequest(b *batch) *api.Request {
	idx := make(map[string]int, len(b.xids))
	var qb, mb strings.Builder
	qb.WriteString("{\n")
	vars := make(map[string]string, len(b.xids))
	for i, x := range b.xids {
		idx[x] = i
		v := varName(i)
		vars["$x"+fmt.Sprint(i)] = x
		if b.nodes {
			fmt.Fprintf(&qb, "  %s as %s(func: eq(xid, $x%d)) { uid }\n", v, v, i)
		} else {
			fmt.Fprintf(&qb, "  %s as var(func: eq(xid, $x%d))\n", v, i)
		}
		if b.nodes {
			fmt.Fprintf(&mb, "uid(%s) <xid> %s .\n", v, quoteLiteral(x))
		}
	}
	qb.WriteString("}")
	for _, q := range b.quads {
		fmt.Fprintf(&mb, "uid(%s) <%s> ", varName(idx[q.Subject]), q.Pred)
		if q.Edge {
			fmt.Fprintf(&mb, "uid(%s) .\n", varName(idx[q.Object]))
		} else {
			mb.WriteString(quoteLiteral(q.Value) + typeIRI(q.Kind) + " .\n")
		}
	}
	decl := make([]string, 0, len(b.xids))
	for i := range b.xids {
		decl = append(decl, fmt.Sprintf("$x%d: string", i))
	}
	query := "query q(" + strings.Join(decl, ", ") + ") " + qb.String()
	return &api.Request{
		Query:     query,
		Vars:      vars,
		Mutations: []*api.Mutation{{SetNquads: []byte(mb.String())}},
		CommitNow: true,
	}
}

// retryable says whether a failed transaction may succeed in a fresh one.
func retryable(err error) bool {
	return errors.Is(err, dgo.ErrAborted) || isTransient(err)
}

// isTransient reports gRPC errors that mean "try again later".
func isTransient(err error) bool {
	if s, ok := status.FromError(err); ok {
		switch s.Code() {
		case codes.Unavailable, codes.ResourceExhausted, codes.Aborted:
			return true
		}
	}
	msg := err.Error()
	return strings.Contains(msg, "connection refused") || strings.Contains(msg, "Please retry")
}

// classify marks unreachable-Dgraph errors with ErrUnavailable.
func classify(err error) error {
	if err == nil || errors.Is(err, ErrUnavailable) {
		return err
	}
	if s, ok := status.FromError(err); ok && s.Code() == codes.Unavailable {
		return fmt.Errorf("%w: %v", ErrUnavailable, err)
	}
	return err
}
