package graph

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/dgraph-io/dgo/v230"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	"github.com/nisba/nisba/model"
)

// quadsOf indexes the planned quads as "subject pred object-or-value".
func quadsOf(t *testing.T, doc *model.Document) map[string]bool {
	t.Helper()
	out := map[string]bool{}
	for _, n := range plan(doc) {
		for _, q := range append(append([]quad{}, n.Scalars...), n.Edges...) {
			if q.Subject != n.XID {
				t.Errorf("quad %+v filed under %s", q, n.XID)
			}
			obj := q.Value
			if q.Edge {
				obj = q.Object
			}
			out[q.Subject+" "+q.Pred+" "+obj] = true
		}
	}
	return out
}

func TestPlan(t *testing.T) {
	got := quadsOf(t, fixtureDoc())
	attr := attackXID + "/" + militiaXID + "/self"
	s1 := EvidenceXID(ev(art1, 0, 48, ""))
	for _, want := range []string{
		baseXID + " dgraph.type Base",
		baseXID + " dgraph.type Entity",
		baseXID + " name قاعدة الوادي الأخضر",
		attackXID + " Attack.target " + baseXID,
		baseXID + " Base.attacks " + attackXID,
		attackXID + " Attack.attributions " + attr,
		attr + " Attribution.attack " + attackXID,
		attr + " Attribution.accused " + militiaXID,
		militiaXID + " Entity.accusedIn " + attr,
		"attr-monitor Attribution.claimant " + hostileXID,
		militiaXID + " Entity.backedBy " + irgcXID,
		irgcXID + " Entity.backs " + militiaXID,
		irgcXID + " Entity.backedBy " + iranXID,
		officialXID + " Entity.spokespersonOf " + usXID,
		retalXID + " Retaliation.respondsTo " + attackXID,
		attackXID + " Attack.retaliations " + retalXID,
		art1 + " Article.attacks " + attackXID,
		"rel:" + militiaXID + "/allied_with/" + irgcXID + " Relation.relType allied_with",
		baseXID + " Entity.mentions " + s1,
		attackXID + " Attack.evidence " + s1, // one Mention node for both
		s1 + " Mention.article " + art1,
		s1 + " Mention.start 0",
	} {
		if !got[want] {
			t.Errorf("plan lacks %q", want)
		}
	}
	for q := range got {
		if strings.Contains(q, "Entity.allied") {
			t.Errorf("unknown relation type became an entity edge: %s", q)
		}
	}
}

func TestWriteBatches(t *testing.T) {
	nodes := plan(syntheticDoc(300))
	total := 0
	for _, n := range nodes {
		total += len(n.Scalars) + len(n.Edges)
	}
	for _, size := range []int{1, 10, 333, 100000} {
		st := newLoadState(LoadOptions{BatchSize: size})
		seen, named := 0, map[string]int{}
		for _, b := range st.writeBatches(nodes) {
			batchQuads := 0
			for _, w := range b {
				named[w.n.XID]++
				batchQuads += len(w.n.Scalars) + len(w.n.Edges) + 1
			}
			if len(b) > 1 && batchQuads-(len(b[len(b)-1].n.Scalars)+len(b[len(b)-1].n.Edges)+1) >= size {
				t.Errorf("size %d: batch of %d quads went on after reaching the size", size, batchQuads)
			}
			for _, w := range b {
				seen += len(w.n.Scalars) + len(w.n.Edges)
			}
		}
		if seen != total {
			t.Errorf("size %d: batches hold %d quads, plan has %d", size, seen, total)
		}
		for x, k := range named {
			if k != 1 {
				t.Errorf("size %d: node %q in %d batches, want its quads in one", size, x, k)
			}
		}
	}
}

func TestWriteBatchesSkipKnownHashes(t *testing.T) {
	nodes := plan(fixtureDoc())
	st := newLoadState(LoadOptions{})
	changed := ""
	for i := range nodes {
		n := &nodes[i]
		if len(n.Scalars)+len(n.Edges) == 0 {
			continue
		}
		h := nodeHash(n)
		if changed == "" && n.XID == attackXID {
			changed, h = n.XID, "stale"
		}
		st.remember(n.XID, known{uid: "0x1", hash: h})
	}
	batches := st.writeBatches(nodes)
	if len(batches) != 1 || len(batches[0]) != 1 || batches[0][0].n.XID != attackXID {
		t.Fatalf("want only the node with a stale hash written, got %d batches", len(batches))
	}
	if st.sum.NodesSkipped == 0 {
		t.Error("skipped nodes not counted")
	}
	mu, err := st.nquads(batches[0])
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(mu), "<xid>") || strings.Contains(string(mu), "_:") {
		t.Errorf("write batch names nodes other than by uid or rewrites xids:\n%s", mu)
	}
	if !strings.Contains(string(mu), "<0x1> <"+HashPred+"> ") {
		t.Errorf("write batch lacks the load hash:\n%s", mu)
	}
}

func TestNodeHash(t *testing.T) {
	a := plan(fixtureDoc())
	b := plan(fixtureDoc(), overlapDoc())
	hashes := map[string]string{}
	for i := range a {
		hashes[a[i].XID] = nodeHash(&a[i])
	}
	for i := range b {
		n := &b[i]
		same := hashes[n.XID] == nodeHash(n)
		switch n.XID {
		case baseXID, attackXID: // the overlap adds an alias, a weapon, an article
			if same {
				t.Errorf("%s: hash unchanged although its quads changed", n.XID)
			}
		case iranXID, retalXID:
			if !same {
				t.Errorf("%s: hash changed although its quads did not", n.XID)
			}
		}
	}
}

func TestLookupQuery(t *testing.T) {
	q, vars := lookupQuery([]string{baseXID, hostileXID})
	if !strings.Contains(q, "eq(xid, [$x0, $x1])") || !strings.Contains(q, "$x1: string") {
		t.Errorf("query: %s", q)
	}
	if vars["$x1"] != hostileXID || len(vars) != 2 {
		t.Errorf("vars: %v", vars)
	}
	if strings.Contains(q, "wadi") {
		t.Error("xid spliced into the query text")
	}
}

func TestBackoff(t *testing.T) {
	opts := LoadOptions{}.withDefaults()
	for attempt := 1; attempt <= 10; attempt++ {
		d := backoff(opts, attempt)
		ceil := min(opts.MaxBackoff, opts.BaseBackoff<<(attempt-1))
		if d < ceil/2 || d > ceil {
			t.Errorf("attempt %d: backoff %v outside [%v, %v]", attempt, d, ceil/2, ceil)
		}
	}
	if d := backoff(LoadOptions{BaseBackoff: time.Second, MaxBackoff: time.Minute}.withDefaults(), 80); d > time.Minute {
		t.Errorf("overflowing shift gave %v", d)
	}
}

func TestRetryable(t *testing.T) {
	tests := []struct {
		name string
		err  error
		want bool
	}{
		{"aborted txn", dgo.ErrAborted, true},
		{"wrapped abort", fmt.Errorf("commit: %w", dgo.ErrAborted), true},
		{"alpha down", status.Error(codes.Unavailable, "connection refused"), true},
		{"overloaded", status.Error(codes.ResourceExhausted, "too many"), true},
		{"bad query", status.Error(codes.Unknown, "while lexing: unexpected"), false},
		{"cancelled", context.Canceled, false},
	}
	for _, tc := range tests {
		if got := retryable(tc.err); got != tc.want {
			t.Errorf("%s: retryable = %v, want %v", tc.name, got, tc.want)
		}
	}
	if err := classify(status.Error(codes.Unavailable, "x")); !errors.Is(err, ErrUnavailable) {
		t.Errorf("classify(Unavailable) = %v, want ErrUnavailable", err)
	}
}
