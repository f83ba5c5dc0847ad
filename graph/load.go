package graph

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"sort"
	"strconv"
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

// HashPred is the predicate on which Load keeps, per node, a hash of the
// quads it last wrote there (see Load). It is not part of the GraphQL API.
const HashPred = "nisba.loadHash"

// DocHashPred is the predicate of the marker nodes that record which
// documents were loaded completely (a hash of their planned quads, see Load).
// Markers have no xid and no type: exports and counts never see them.
const DocHashPred = "nisba.loadedDoc"

// lookupChunk is how many xids one lookup query resolves.
const lookupChunk = 1000

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
	Phase       string // "nodes" (creating new nodes) or "edges" (writing their quads)
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
	NodesSkipped  int // existing nodes whose quads were already all there (same load hash)
	Edges         int // edge quads written (both directions of inverse pairs)
	Quads         int // data quads written, xid triples included (not the HashPred ones)
	Batches       int
	Retries       int
	Elapsed       time.Duration
	// Replaced counts articles already in the graph with another hash (their
	// text changed): their old facts were retracted before the load (see
	// Retract), Retracted the nodes that removed.
	Replaced, Retracted int
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

// Load writes the document into Dgraph keyed by xid, so loading the same
// document again creates and changes nothing, and a document that mentions
// known nodes (a known attack reported by a new article) adds its edges and
// list values to them.
//
// First it looks for the document's marker (below); if there is none, it
// resolves every xid to its uid with one query per lookupChunk xids; creates the missing nodes (xid triple only, each new
// xid in exactly one transaction, so two batches never create it twice);
// then writes every node's quads as plain N-Quads between known uids, a
// node's quads never split across transactions. Each node also gets a hash
// of its quads (HashPred), written in the same transaction: a node whose
// stored hash equals the hash of its quads in doc already has them all and
// is skipped, so reloading an overlapping corpus costs the lookups only.
// Last, a marker (DocHashPred) records the hash of the whole document: a
// document loaded completely before is recognised by one query and not
// written again. Both shortcuts rely on the graph changing only through
// nisba (loads, and Retract, which clears the hashes it invalidates); after
// deleting data by hand, drop the graph and load again.
//
// Articles of doc already in the graph with another hash are retracted
// first (see Retract), so their new text replaces the old.
func (c *Client) Load(ctx context.Context, doc *model.Document, opts LoadOptions) (Summary, error) {
	if err := doc.Validate(); err != nil {
		return Summary{}, fmt.Errorf("load: %w", err)
	}
	st := newLoadState(opts)
	st.sum.Articles = len(doc.Articles)
	err := c.loadDocs(ctx, st, []*model.Document{doc})
	st.sum.Elapsed = time.Since(st.start)
	return st.sum, err
}

// loadDocs loads the documents not marked as loaded, then marks them. One
// document is planned once; several are hashed one by one and the ones to
// load planned together, so that their shared nodes merge.
func (c *Client) loadDocs(ctx context.Context, st *loadState, docs []*model.Document) error {
	hashes := make([]string, len(docs))
	planned := make([][]node, len(docs))
	for i, d := range docs {
		planned[i] = hashNodes(plan(d))
		hashes[i] = docHash(planned[i])
	}
	done, err := c.loadedDocs(ctx, st, hashes)
	if err != nil {
		return fmt.Errorf("load: %w", err)
	}
	var todo []*model.Document
	var fresh []string
	for i, d := range docs {
		if done[hashes[i]] {
			st.skipAll(planned[i])
			continue
		}
		todo, fresh = append(todo, d), append(fresh, hashes[i])
	}
	if len(todo) == 0 {
		return nil
	}
	if err := c.replaceChanged(ctx, st, todo); err != nil {
		return fmt.Errorf("load: %w", err)
	}
	nodes := planned[0]
	if len(docs) > 1 {
		nodes = hashNodes(plan(todo...))
	}
	if err := c.loadNodes(ctx, st, nodes); err != nil {
		return err
	}
	return c.markLoaded(ctx, st, fresh)
}

// replaceChanged retracts the articles of docs that are in the graph with
// another hash, so their new text replaces the old instead of adding to it.
// The xids known to this run are forgotten after a retraction: some nodes
// are gone and others lost their load hash.
func (c *Client) replaceChanged(ctx context.Context, st *loadState, docs []*model.Document) error {
	hashes := map[string]string{}
	for _, d := range docs {
		for _, a := range d.Articles {
			if a.Hash != "" {
				hashes[a.ID] = a.Hash
			}
		}
	}
	if len(hashes) == 0 {
		return nil
	}
	ids := make([]string, 0, len(hashes))
	for id := range hashes {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	stored := map[string]string{}
	for lo := 0; lo < len(ids); lo += lookupChunk {
		chunk := ids[lo:min(lo+lookupChunk, len(ids))]
		attempts, err := withRetry(ctx, st.opts, func() error {
			return c.articleHashes(ctx, chunk, stored)
		})
		st.addRetries(attempts)
		if err != nil {
			return fmt.Errorf("look up article hashes: %w", err)
		}
	}
	var changed []string
	for _, id := range ids {
		if h, ok := stored[id]; ok && h != hashes[id] {
			changed = append(changed, id)
		}
	}
	if len(changed) == 0 {
		return nil
	}
	sum, err := c.Retract(ctx, changed, st.opts)
	if err != nil {
		return err
	}
	st.mu.Lock()
	defer st.mu.Unlock()
	st.sum.Replaced += sum.Articles
	st.sum.Retracted += sum.Deleted
	st.known = map[string]known{}
	return nil
}

// articleHashes adds the stored hash of each article of ids in the graph.
func (c *Client) articleHashes(ctx context.Context, ids []string, out map[string]string) error {
	query, vars := xidQuery(ids, "@filter(type(Article)) { xid h: Article.hash }")
	txn := c.dg.NewReadOnlyTxn()
	defer txn.Discard(ctx)
	resp, err := txn.QueryWithVars(ctx, query, vars)
	if err != nil {
		return err
	}
	var res struct {
		Q []struct {
			XID  string `json:"xid"`
			Hash string `json:"h"`
		} `json:"q"`
	}
	if err := json.Unmarshal(resp.Json, &res); err != nil {
		return fmt.Errorf("decode article hashes: %w", err)
	}
	for _, r := range res.Q {
		out[r.XID] = r.Hash
	}
	return nil
}

// skipAll counts the nodes of a document loaded before as existing and skipped.
func (st *loadState) skipAll(nodes []node) {
	st.mu.Lock()
	defer st.mu.Unlock()
	for _, n := range nodes {
		st.sum.NodesExisting++
		if len(n.Scalars)+len(n.Edges) > 0 {
			st.sum.NodesSkipped++
		}
	}
}

// loadedDocs returns which document hashes have a marker.
func (c *Client) loadedDocs(ctx context.Context, st *loadState, hashes []string) (map[string]bool, error) {
	vars := map[string]string{}
	var decl, list []string
	for i, h := range hashes {
		v := "$h" + strconv.Itoa(i)
		vars[v] = h
		decl, list = append(decl, v+": string"), append(list, v)
	}
	q := "query q(" + strings.Join(decl, ", ") + ") {\n q(func: has(" + DocHashPred + ")) @filter(eq(" + DocHashPred +
		", [" + strings.Join(list, ", ") + "])) { h: " + DocHashPred + " }\n}"
	out := map[string]bool{}
	attempts, err := withRetry(ctx, st.opts, func() error {
		txn := c.dg.NewReadOnlyTxn()
		defer txn.Discard(ctx)
		resp, err := txn.QueryWithVars(ctx, q, vars)
		if err != nil {
			return err
		}
		var res struct{ Q []struct{ H string } }
		if err := json.Unmarshal(resp.Json, &res); err != nil {
			return fmt.Errorf("decode document markers: %w", err)
		}
		for _, r := range res.Q {
			out[r.H] = true
		}
		return nil
	})
	st.addRetries(attempts)
	if err != nil {
		return nil, fmt.Errorf("look up document markers: %w", err)
	}
	return out, nil
}

// markLoaded writes one marker per document hash, after all its quads.
func (c *Client) markLoaded(ctx context.Context, st *loadState, hashes []string) error {
	var mb strings.Builder
	for i, h := range hashes {
		fmt.Fprintf(&mb, "_:d%d <%s> %s .\n", i, DocHashPred, quoteLiteral(h))
	}
	attempts, err := withRetry(ctx, st.opts, func() error {
		txn := c.dg.NewTxn()
		defer txn.Discard(ctx)
		_, err := txn.Mutate(ctx, &api.Mutation{SetNquads: []byte(mb.String()), CommitNow: true})
		return err
	})
	st.addRetries(attempts)
	if err != nil {
		return fmt.Errorf("mark documents loaded: %w", err)
	}
	return nil
}

// known is what Dgraph holds for one xid, as far as this run knows.
type known struct {
	uid  string
	hash string // HashPred value, "" when none
}

// loadState is the shared state of one Load or LoadStream: options, the
// summary, and the xids resolved so far (uids never change, so they are
// looked up once per run).
type loadState struct {
	opts  LoadOptions
	start time.Time
	mu    sync.Mutex
	sum   Summary
	done  int
	known map[string]known
}

func newLoadState(opts LoadOptions) *loadState {
	return &loadState{opts: opts.withDefaults(), start: time.Now(), known: map[string]known{}}
}

func (st *loadState) lookup(xid string) (known, bool) {
	st.mu.Lock()
	defer st.mu.Unlock()
	k, ok := st.known[xid]
	return k, ok
}

func (st *loadState) remember(xid string, k known) {
	st.mu.Lock()
	defer st.mu.Unlock()
	st.known[xid] = k
}

// loadNodes resolves, creates and writes the nodes.
func (c *Client) loadNodes(ctx context.Context, st *loadState, nodes []node) error {
	var unknown []string
	for _, n := range nodes {
		if _, ok := st.lookup(n.XID); !ok {
			unknown = append(unknown, n.XID)
		}
	}
	if err := c.resolve(ctx, st, unknown); err != nil {
		return fmt.Errorf("load: resolve xids: %w", err)
	}
	var missing []string
	for _, n := range nodes {
		if _, ok := st.lookup(n.XID); !ok {
			missing = append(missing, n.XID)
		}
	}
	st.mu.Lock()
	st.sum.NodesExisting += len(nodes) - len(missing)
	st.mu.Unlock()
	if err := c.createNodes(ctx, st, missing); err != nil {
		return fmt.Errorf("load nodes: %w", err)
	}
	if err := c.writeNodes(ctx, st, nodes); err != nil {
		return fmt.Errorf("load edges: %w", err)
	}
	return nil
}

// resolve looks up xids in chunks, concurrently, and remembers those found.
func (c *Client) resolve(ctx context.Context, st *loadState, xids []string) error {
	g, gctx := errgroup.WithContext(ctx)
	g.SetLimit(st.opts.Concurrency)
	for lo := 0; lo < len(xids); lo += lookupChunk {
		chunk := xids[lo:min(lo+lookupChunk, len(xids))]
		if gctx.Err() != nil {
			break
		}
		g.Go(func() error {
			attempts, err := withRetry(gctx, st.opts, func() error {
				found, err := c.lookupXIDs(gctx, chunk)
				for x, k := range found {
					st.remember(x, k)
				}
				return err
			})
			st.addRetries(attempts)
			return err
		})
	}
	if err := g.Wait(); err != nil {
		return err
	}
	return ctx.Err()
}

// lookupXIDs queries the uids and load hashes of xids in one read-only query.
func (c *Client) lookupXIDs(ctx context.Context, xids []string) (map[string]known, error) {
	if len(xids) == 0 {
		return nil, nil
	}
	query, vars := lookupQuery(xids)
	txn := c.dg.NewReadOnlyTxn()
	defer txn.Discard(ctx)
	resp, err := txn.QueryWithVars(ctx, query, vars)
	if err != nil {
		return nil, err
	}
	var res struct {
		Q []struct {
			UID  string `json:"uid"`
			XID  string `json:"xid"`
			Hash string `json:"h"`
		} `json:"q"`
	}
	if err := json.Unmarshal(resp.Json, &res); err != nil {
		return nil, fmt.Errorf("decode xid lookup: %w", err)
	}
	out := make(map[string]known, len(res.Q))
	for _, r := range res.Q {
		// Duplicates (made outside Load) resolve to the lowest uid, as uids
		// sort as hex numbers of equal meaning.
		if prev, ok := out[r.XID]; !ok || uidLess(r.UID, prev.uid) {
			out[r.XID] = known{uid: r.UID, hash: r.Hash}
		}
	}
	return out, nil
}

func uidLess(a, b string) bool {
	x, errA := strconv.ParseUint(a, 0, 64)
	y, errB := strconv.ParseUint(b, 0, 64)
	if errA != nil || errB != nil {
		return a < b
	}
	return x < y
}

// lookupQuery is `q(func: eq(xid, [$x0, $x1, …]))` with the xids as
// variables, so no xid is ever spliced into query text.
func lookupQuery(xids []string) (string, map[string]string) {
	return xidQuery(xids, "{ uid xid h: "+HashPred+" }")
}

// xidQuery is `q(func: eq(xid, [$x0, $x1, …])) <rest>` with the xids as
// variables.
func xidQuery(xids []string, rest string) (string, map[string]string) {
	vars := make(map[string]string, len(xids))
	var decl, list strings.Builder
	for i, x := range xids {
		if i > 0 {
			decl.WriteString(", ")
			list.WriteString(", ")
		}
		v := "$x" + strconv.Itoa(i)
		vars[v] = x
		decl.WriteString(v + ": string")
		list.WriteString(v)
	}
	q := "query q(" + decl.String() + ") {\n q(func: eq(xid, [" + list.String() + "])) " + rest + "\n}"
	return q, vars
}

// createNodes creates the nodes of xids (xid triple only) in batches of
// BatchSize, each xid in exactly one batch. Each batch is an upsert block
// that creates a node only for an xid that matches none: its query reads
// the xid's @upsert index key, so when another loader creates the same xid
// meanwhile, Dgraph aborts one of the two transactions and the retry finds
// the node; a retried batch whose failed commit went through finds its own.
func (c *Client) createNodes(ctx context.Context, st *loadState, xids []string) error {
	sort.Strings(xids)
	size := st.opts.BatchSize
	n := (len(xids) + size - 1) / size
	return c.runPhase(ctx, st, "nodes", n, func(ctx context.Context, i int) (batchResult, int, error) {
		chunk := xids[i*size : min((i+1)*size, len(xids))]
		req := createRequest(chunk)
		var res batchResult
		attempts, err := withRetry(ctx, st.opts, func() error {
			var err error
			res, err = c.createBatch(ctx, st, chunk, req)
			return err
		})
		if err != nil {
			return batchResult{}, attempts, fmt.Errorf("create %d nodes: %w", len(chunk), err)
		}
		return res, attempts, nil
	})
}

// createRequest is the upsert block of a creation batch: `vN as qN(func:
// eq(xid, $xN)) { uid }` per xid and `uid(vN) <xid> "…"`, which makes a new
// node only where vN is empty.
func createRequest(xids []string) *api.Request {
	vars := make(map[string]string, len(xids))
	decl := make([]string, len(xids))
	var qb, mb strings.Builder
	for i, x := range xids {
		n := strconv.Itoa(i)
		vars["$x"+n] = x
		decl[i] = "$x" + n + ": string"
		qb.WriteString(" v" + n + " as q" + n + "(func: eq(xid, $x" + n + ")) { uid }\n")
		mb.WriteString("uid(v" + n + ") <xid> " + quoteLiteral(x) + " .\n")
	}
	return &api.Request{
		Query:     "query q(" + strings.Join(decl, ", ") + ") {\n" + qb.String() + "}",
		Vars:      vars,
		Mutations: []*api.Mutation{{SetNquads: []byte(mb.String())}},
		CommitNow: true,
	}
}

// createBatch runs a creation upsert and remembers every xid's uid: the
// query's answer for those that existed, the new uids for the others.
func (c *Client) createBatch(ctx context.Context, st *loadState, xids []string, req *api.Request) (batchResult, error) {
	txn := c.dg.NewTxn()
	defer txn.Discard(ctx)
	resp, err := txn.Do(ctx, req)
	if err != nil {
		return batchResult{}, err
	}
	var found map[string][]struct{ UID string }
	if err := json.Unmarshal(resp.Json, &found); err != nil {
		return batchResult{}, fmt.Errorf("decode upsert answer: %w", err)
	}
	var res batchResult
	for i, x := range xids {
		n := strconv.Itoa(i)
		if f := found["q"+n]; len(f) > 0 {
			st.remember(x, known{uid: f[0].UID})
			res.existing++
			continue
		}
		uid := resp.Uids["uid(v"+n+")"]
		if uid == "" {
			return batchResult{}, fmt.Errorf("create node %q: dgraph returned no uid", x)
		}
		st.remember(x, known{uid: uid})
		res.newNodes++
	}
	res.quads = res.newNodes
	return res, nil
}

// writeNodes writes the quads and load hash of every node whose stored hash
// differs, in batches of about BatchSize quads.
func (c *Client) writeNodes(ctx context.Context, st *loadState, nodes []node) error {
	batches := st.writeBatches(nodes)
	return c.runPhase(ctx, st, "edges", len(batches), func(ctx context.Context, i int) (batchResult, int, error) {
		b := batches[i]
		mut, err := st.nquads(b)
		if err != nil {
			return batchResult{}, 0, err
		}
		attempts, err := withRetry(ctx, st.opts, func() error {
			txn := c.dg.NewTxn()
			defer txn.Discard(ctx)
			_, err := txn.Mutate(ctx, &api.Mutation{SetNquads: mut, CommitNow: true})
			return err
		})
		if err != nil {
			return batchResult{}, attempts, fmt.Errorf("write batch of %d nodes: %w", len(b), err)
		}
		res := batchResult{}
		for _, w := range b {
			k, _ := st.lookup(w.n.XID)
			st.remember(w.n.XID, known{uid: k.uid, hash: w.hash})
			res.quads += len(w.n.Scalars) + len(w.n.Edges)
			res.edges += len(w.n.Edges)
		}
		return res, attempts, nil
	})
}

// toWrite is a node with the hash of its quads.
type toWrite struct {
	n    *node
	hash string
}

// writeBatches groups the nodes that need writing; a node's quads never
// straddle two batches, so its hash is written with all of them.
func (st *loadState) writeBatches(nodes []node) [][]toWrite {
	var out [][]toWrite
	var cur []toWrite
	size := 0
	skipped := 0
	for i := range nodes {
		n := &nodes[i]
		if len(n.Scalars)+len(n.Edges) == 0 {
			continue
		}
		h := n.hash
		if h == "" {
			h = nodeHash(n)
		}
		if k, _ := st.lookup(n.XID); k.hash == h {
			skipped++
			continue
		}
		cur = append(cur, toWrite{n: n, hash: h})
		size += len(n.Scalars) + len(n.Edges) + 1
		if size >= st.opts.BatchSize {
			out, cur, size = append(out, cur), nil, 0
		}
	}
	if len(cur) > 0 {
		out = append(out, cur)
	}
	st.mu.Lock()
	st.sum.NodesSkipped += skipped
	st.mu.Unlock()
	return out
}

// nquads renders a write batch with uids for subjects and objects.
func (st *loadState) nquads(b []toWrite) ([]byte, error) {
	st.mu.Lock()
	defer st.mu.Unlock()
	var mb strings.Builder
	for _, w := range b {
		subj, err := st.uidIRI(w.n.XID)
		if err != nil {
			return nil, err
		}
		for _, q := range w.n.Scalars {
			mb.WriteString(subj + " <" + q.Pred + "> " + quoteLiteral(q.Value) + typeIRI(q.Kind) + " .\n")
		}
		for _, q := range w.n.Edges {
			obj, err := st.uidIRI(q.Object)
			if err != nil {
				return nil, err
			}
			mb.WriteString(subj + " <" + q.Pred + "> " + obj + " .\n")
		}
		mb.WriteString(subj + " <" + HashPred + "> " + quoteLiteral(w.hash) + " .\n")
	}
	return []byte(mb.String()), nil
}

// uidIRI is <0x…> of a resolved xid; st.mu must be held.
func (st *loadState) uidIRI(xid string) (string, error) {
	k, ok := st.known[xid]
	if !ok || k.uid == "" {
		return "", fmt.Errorf("node %q has no uid", xid)
	}
	return "<" + k.uid + ">", nil
}

// batchResult is what one committed batch did.
type batchResult struct {
	newNodes, existing, quads, edges int
}

// runPhase runs n batches with at most Concurrency in flight; the first
// error (or a cancelled ctx) stops it.
func (c *Client) runPhase(ctx context.Context, st *loadState, phase string, n int,
	run func(context.Context, int) (batchResult, int, error)) error {
	g, gctx := errgroup.WithContext(ctx)
	g.SetLimit(st.opts.Concurrency)
	st.done = 0
	for i := range n {
		if gctx.Err() != nil {
			break
		}
		g.Go(func() error {
			res, attempts, err := run(gctx, i)
			st.record(phase, n, res, attempts)
			return err
		})
	}
	if err := g.Wait(); err != nil {
		return err
	}
	return ctx.Err()
}

func (st *loadState) addRetries(attempts int) {
	if attempts > 1 {
		st.mu.Lock()
		st.sum.Retries += attempts - 1
		st.mu.Unlock()
	}
}

func (st *loadState) record(phase string, total int, res batchResult, attempts int) {
	st.mu.Lock()
	defer st.mu.Unlock()
	if attempts > 1 {
		st.sum.Retries += attempts - 1
	}
	st.sum.NodesExisting += res.existing
	if res.quads == 0 {
		return
	}
	st.done++
	st.sum.Batches++
	st.sum.NodesNew += res.newNodes
	st.sum.Quads += res.quads
	st.sum.Edges += res.edges
	if st.opts.Progress != nil {
		st.opts.Progress(Progress{Phase: phase, Batches: st.done, Total: total, Quads: st.sum.Quads,
			Retries: st.sum.Retries, NewNodes: st.sum.NodesNew, Elapsed: time.Since(st.start), LastAttempt: attempts})
	}
}

// withRetry runs fn until it succeeds, fails for good, or MaxAttempts is
// reached; aborted transactions and transient errors are retried after a
// backoff. It returns the number of attempts.
func withRetry(ctx context.Context, opts LoadOptions, fn func() error) (int, error) {
	for attempt := 1; ; attempt++ {
		err := fn()
		if err == nil {
			return attempt, nil
		}
		if ctx.Err() != nil {
			return attempt, ctx.Err()
		}
		if !retryable(err) || attempt >= opts.MaxAttempts {
			return attempt, fmt.Errorf("attempt %d of %d: %w", attempt, opts.MaxAttempts, classify(err))
		}
		if err := sleep(ctx, backoff(opts, attempt)); err != nil {
			return attempt, err
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
