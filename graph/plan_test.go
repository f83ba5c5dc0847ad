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

func TestBatchNodes(t *testing.T) {
	nodes := plan(syntheticDoc(300))
	total := 0
	for _, n := range nodes {
		total += len(n.Scalars) + len(n.Edges)
	}
	for _, size := range []int{1, 10, 333, 100000} {
		seen := 0
		for _, scalars := range []bool{true, false} {
			for _, b := range batchNodes(nodes, size, scalars) {
				named := map[string]bool{}
				for _, x := range b.xids {
					named[x] = true
				}
				for _, q := range b.quads {
					if !named[q.Subject] || (q.Edge && !named[q.Object]) {
						t.Fatalf("size %d: quad %+v names a node without a variable", size, q)
					}
					if q.Edge == scalars {
						t.Fatalf("size %d: edge and scalar phases mixed", size)
					}
				}
				seen += len(b.quads)
			}
		}
		if seen != total {
			t.Errorf("size %d: batches hold %d quads, plan has %d", size, seen, total)
		}
	}
}

func TestUpsertRequest(t *testing.T) {
	b := batchNodes(plan(fixtureDoc()), 100000, false)[0]
	req := upsertRequest(&b)
	if !req.CommitNow || len(req.Vars) != len(b.xids) {
		t.Fatalf("request: commit %v, %d vars for %d xids", req.CommitNow, len(req.Vars), len(b.xids))
	}
	if !strings.Contains(req.Query, "v0 as var(func: eq(xid, $x0))") {
		t.Errorf("query: %s", req.Query)
	}
	mu := string(req.Mutations[0].SetNquads)
	if strings.Contains(mu, "<xid>") {
		t.Error("edge phase rewrites xids (conflicts on the @upsert index)")
	}
	if strings.Count(mu, "\n") != len(b.quads) {
		t.Errorf("%d mutation lines for %d quads", strings.Count(mu, "\n"), len(b.quads))
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
