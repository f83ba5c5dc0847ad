package dgraphtest_test

import (
	"context"
	"encoding/json"
	"net/http"
	"slices"
	"testing"
	"time"

	"github.com/dgraph-io/dgo/v230"
	"github.com/dgraph-io/dgo/v230/protos/api"

	"github.com/nisba/nisba/internal/dgraphtest"
)

// bases is the shape of the test query's answer.
type bases struct {
	Q []struct {
		Name string `json:"name"`
	} `json:"q"`
}

const query = `{ q(func: has(name)) { name } }`

// TestCluster walks the whole harness: mutate and query over dgo, DropAll,
// then a crash and restart of alpha that must keep committed data.
func TestCluster(t *testing.T) {
	c := dgraphtest.Start(t)
	dg := c.Dgo(t)

	alter(t, dg, `name: string @index(exact) .`)
	mutate(t, dg, `_:a <name> "قاعدة عين الأسد" .
_:b <name> "قاعدة التنف" .`)
	assertNames(t, dg, "قاعدة التنف", "قاعدة عين الأسد")

	c.DropAll(t)
	assertNames(t, dg)
	if s := schemaOf(t, dg); s != "" {
		t.Errorf("schema after DropAll = %s, want no name predicate", s)
	}

	mutate(t, dg, `_:c <name> "البرج 22" .`)
	c.KillAlpha(t)
	if healthOK(c.HTTP) {
		t.Fatalf("alpha at %s still answers after KillAlpha", c.HTTP)
	}
	c.RestartAlpha(t)
	assertNames(t, c.Dgo(t), "البرج 22")
}

// TestClustersAreIsolated starts two clusters at once: ports and data differ.
func TestClustersAreIsolated(t *testing.T) {
	a, b := dgraphtest.Start(t), dgraphtest.Start(t)
	if a.GRPC == b.GRPC || a.HTTP == b.HTTP || a.Dir == b.Dir {
		t.Fatalf("clusters share addresses or dirs: %+v %+v", a, b)
	}
	mutate(t, a.Dgo(t), `_:x <name> "قاعدة الشدادي" .`)
	assertNames(t, a.Dgo(t), "قاعدة الشدادي")
	assertNames(t, b.Dgo(t))
}

func alter(t *testing.T, dg *dgo.Dgraph, schema string) {
	t.Helper()
	if err := dg.Alter(ctx(t), &api.Operation{Schema: schema}); err != nil {
		t.Fatalf("alter schema: %v", err)
	}
}

func mutate(t *testing.T, dg *dgo.Dgraph, nquads string) {
	t.Helper()
	_, err := dg.NewTxn().Mutate(ctx(t), &api.Mutation{SetNquads: []byte(nquads), CommitNow: true})
	if err != nil {
		t.Fatalf("mutate: %v", err)
	}
}

func assertNames(t *testing.T, dg *dgo.Dgraph, want ...string) {
	t.Helper()
	resp, err := dg.NewReadOnlyTxn().Query(ctx(t), query)
	if err != nil {
		t.Fatalf("query: %v", err)
	}
	var got bases
	if err := json.Unmarshal(resp.Json, &got); err != nil {
		t.Fatalf("decode %s: %v", resp.Json, err)
	}
	names := make([]string, 0, len(got.Q))
	for _, q := range got.Q {
		names = append(names, q.Name)
	}
	slices.Sort(names)
	slices.Sort(want)
	if !slices.Equal(names, want) {
		t.Fatalf("names = %q, want %q", names, want)
	}
}

// schemaOf returns the DQL schema entry of predicate name, or "" when absent.
func schemaOf(t *testing.T, dg *dgo.Dgraph) string {
	t.Helper()
	resp, err := dg.NewReadOnlyTxn().Query(ctx(t), `schema(pred: [name]) { type }`)
	if err != nil {
		t.Fatalf("schema query: %v", err)
	}
	var s struct {
		Schema []json.RawMessage `json:"schema"`
	}
	if err := json.Unmarshal(resp.Json, &s); err != nil {
		t.Fatalf("decode schema %s: %v", resp.Json, err)
	}
	if len(s.Schema) == 0 {
		return ""
	}
	return string(resp.Json)
}

func healthOK(base string) bool {
	c := http.Client{Timeout: 2 * time.Second}
	resp, err := c.Get(base + "/health")
	if err != nil {
		return false
	}
	resp.Body.Close()
	return resp.StatusCode == http.StatusOK
}

func ctx(t *testing.T) context.Context {
	t.Helper()
	c, cancel := context.WithTimeout(context.Background(), time.Minute)
	t.Cleanup(cancel)
	return c
}
