package dgraphtest_test

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
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

// TestDropAllRemovesGraphQLSchema: DropAll also drops the GraphQL schema,
// which is why tests must apply it again afterwards.
func TestDropAllRemovesGraphQLSchema(t *testing.T) {
	c := dgraphtest.Start(t)
	postAdmin(t, c.HTTP+"/admin/schema", "application/graphql", `type Base { name: String! @search(by: [exact]) }`)
	// Alpha applies a schema asynchronously: wait for it, as the loader does.
	if s, ok := eventually(t, c.HTTP, func(s string) bool { return strings.Contains(s, "type Base") }); !ok {
		t.Fatalf("GraphQL schema after apply = %q, want type Base", s)
	}
	c.DropAll(t)
	if s := graphQLSchema(t, c.HTTP); s != "" {
		t.Fatalf("GraphQL schema right after DropAll = %q, want none", s)
	}
	// Applying a schema again right away must stick.
	postAdmin(t, c.HTTP+"/admin/schema", "application/graphql", `type Town { name: String! }`)
	time.Sleep(2 * time.Second) // longer than alpha's delay in applying the drop
	if s, ok := eventually(t, c.HTTP, func(s string) bool { return strings.Contains(s, "type Town") }); !ok {
		t.Fatalf("GraphQL schema re-applied after DropAll = %q, want type Town", s)
	}
}

// eventually polls alpha's GraphQL schema until ok accepts it or 15 s pass,
// and returns the last schema read and whether it was accepted.
func eventually(t *testing.T, httpAddr string, ok func(string) bool) (string, bool) {
	t.Helper()
	deadline := time.Now().Add(15 * time.Second)
	for {
		s := graphQLSchema(t, httpAddr)
		if ok(s) {
			return s, true
		}
		if time.Now().After(deadline) {
			return s, false
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// TestNewWithoutBinaryFails: a missing binary is an error that says how to get one.
func TestNewWithoutBinaryFails(t *testing.T) {
	t.Setenv("NISBA_DGRAPH_BIN", filepath.Join(t.TempDir(), "missing", "dgraph"))
	c, err := dgraphtest.New(context.Background())
	if err == nil {
		c.Close()
		t.Fatal("New succeeded without a binary")
	}
	if !strings.Contains(err.Error(), "make dgraph") || !strings.Contains(err.Error(), "NISBA_DGRAPH_BIN") {
		t.Fatalf("error %q does not say how to get a binary", err)
	}
}

// TestClustersAreIsolated starts two clusters at the same time, as parallel
// test packages do: ports, dirs and data must not mix.
func TestClustersAreIsolated(t *testing.T) {
	var (
		wg   sync.WaitGroup
		cs   [2]*dgraphtest.Cluster
		errs [2]error
	)
	for i := range cs {
		wg.Go(func() { cs[i], errs[i] = dgraphtest.New(context.Background()) })
	}
	wg.Wait()
	for i, c := range cs {
		if errs[i] != nil {
			t.Fatalf("cluster %d: %v", i, errs[i])
		}
		t.Cleanup(func() { _ = c.Close() })
	}
	a, b := cs[0], cs[1]
	if a.GRPC == b.GRPC || a.HTTP == b.HTTP || a.Dir == b.Dir || a.Zero == b.Zero {
		t.Fatalf("clusters share addresses or dirs: %+v %+v", a, b)
	}
	mutate(t, a.Dgo(t), `_:x <name> "قاعدة الشدادي" .`)
	assertNames(t, a.Dgo(t), "قاعدة الشدادي")
	assertNames(t, b.Dgo(t))
	if err := a.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(a.Dir); !os.IsNotExist(err) {
		t.Errorf("Close left %s behind: %v", a.Dir, err)
	}
	assertNames(t, b.Dgo(t)) // closing one leaves the other running
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

func postAdmin(t *testing.T, url, contentType, body string) []byte {
	t.Helper()
	resp, err := http.Post(url, contentType, strings.NewReader(body))
	if err != nil {
		t.Fatalf("post %s: %v", url, err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil || resp.StatusCode != http.StatusOK || strings.Contains(string(b), `"errors"`) {
		t.Fatalf("post %s: HTTP %d %s %v", url, resp.StatusCode, b, err)
	}
	return b
}

// graphQLSchema returns the GraphQL schema alpha serves, "" when there is none.
func graphQLSchema(t *testing.T, base string) string {
	t.Helper()
	b := postAdmin(t, base+"/admin", "application/json", `{"query":"{ getGQLSchema { schema } }"}`)
	var r struct {
		Data struct {
			GetGQLSchema *struct {
				Schema string `json:"schema"`
			} `json:"getGQLSchema"`
		} `json:"data"`
	}
	if err := json.Unmarshal(b, &r); err != nil {
		t.Fatalf("decode %s: %v", b, err)
	}
	if r.Data.GetGQLSchema == nil {
		return ""
	}
	return r.Data.GetGQLSchema.Schema
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

// BenchmarkStart measures starting a fresh cluster until it is healthy
// (GraphQL admin ready) and tearing it down: the fixed cost of an integration test.
func BenchmarkStart(b *testing.B) {
	for b.Loop() {
		c, err := dgraphtest.New(context.Background())
		if err != nil {
			b.Fatal(err)
		}
		if err := c.Close(); err != nil {
			b.Fatal(err)
		}
	}
}

// TestStartZeroThenAlpha starts zero alone (as `dgraph bulk` needs), checks
// that no alpha answers yet, then starts alpha on a prepared p directory
// (here an empty one) and uses it.
func TestStartZeroThenAlpha(t *testing.T) {
	c := dgraphtest.StartZero(t)
	if c.Zero == "" || c.GRPC == "" {
		t.Fatalf("addresses missing: %+v", c)
	}
	hc := &http.Client{Timeout: 2 * time.Second}
	if resp, err := hc.Get(c.HTTP + "/health"); err == nil {
		resp.Body.Close()
		t.Fatalf("alpha answers at %s before StartAlpha", c.HTTP)
	}
	p := filepath.Join(t.TempDir(), "p")
	if err := os.Mkdir(p, 0o755); err != nil {
		t.Fatal(err)
	}
	c.StartAlpha(t, p)
	if _, err := os.Stat(p); !os.IsNotExist(err) {
		t.Errorf("p directory was not moved into alpha's directory: %v", err)
	}
	dg := c.Dgo(t)
	alter(t, dg, `name: string @index(exact) .`)
	mutate(t, dg, `_:a <name> "قاعدة البرج" .`)
	assertNames(t, dg, "قاعدة البرج")
}
