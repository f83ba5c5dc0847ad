package schema

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/nisba/nisba/internal/dgraphtest"
)

// TestDgraphAcceptsSchema posts the GraphQL schema to a real alpha and
// checks that the DQL schema Dgraph generates has every predicate, index,
// list flag, @upsert and type of DQL().
func TestDgraphAcceptsSchema(t *testing.T) {
	c := dgraphtest.Start(t)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	post(ctx, t, c.HTTP+"/admin/schema", "application/graphql", GraphQL, `"Success"`)

	var got struct {
		Data struct {
			Schema []struct {
				Predicate string   `json:"predicate"`
				Type      string   `json:"type"`
				List      bool     `json:"list"`
				Upsert    bool     `json:"upsert"`
				Tokenizer []string `json:"tokenizer"`
			} `json:"schema"`
			Types []struct {
				Name   string `json:"name"`
				Fields []struct {
					Name string `json:"name"`
				} `json:"fields"`
			} `json:"types"`
		} `json:"data"`
	}
	body := post(ctx, t, c.HTTP+"/query", "application/dql", "schema {}", "")
	if err := json.Unmarshal(body, &got); err != nil {
		t.Fatalf("decode schema: %v\n%s", err, body)
	}
	have := map[string]Predicate{}
	for _, p := range got.Data.Schema {
		have[p.Predicate] = Predicate{Name: p.Predicate, Type: p.Type, List: p.List, Upsert: p.Upsert, Indexes: p.Tokenizer}
	}
	want, err := Derive(GraphQL)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range want.Predicates {
		h, ok := have[p.Name]
		if !ok {
			t.Errorf("Dgraph has no predicate %s", p.Name)
			continue
		}
		if h.Type != p.Type || h.List != p.List || h.Upsert != p.Upsert || !sameSet(h.Indexes, p.Indexes) {
			t.Errorf("predicate %s: Dgraph has %q, DQL() says %q", p.Name, h, p)
		}
	}
	types := map[string][]string{}
	for _, ty := range got.Data.Types {
		for _, f := range ty.Fields {
			types[ty.Name] = append(types[ty.Name], f.Name)
		}
	}
	for _, ty := range want.Types {
		if !sameSet(types[ty.Name], ty.Predicates) {
			t.Errorf("type %s: Dgraph has %v, DQL() says %v", ty.Name, types[ty.Name], ty.Predicates)
		}
	}
}

func post(ctx context.Context, t *testing.T, url, contentType, body, mustContain string) []byte {
	t.Helper()
	var out []byte
	for attempt := 0; attempt < 20; attempt++ {
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, strings.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		req.Header.Set("Content-Type", contentType)
		resp, err := http.DefaultClient.Do(req)
		if err == nil {
			out, err = io.ReadAll(resp.Body)
			resp.Body.Close()
			if err == nil && resp.StatusCode == http.StatusOK && bytes.Contains(out, []byte(mustContain)) {
				return out
			}
		}
		time.Sleep(500 * time.Millisecond)
	}
	t.Fatalf("post %s: no good answer: %s", url, out)
	return nil
}

func sameSet(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	m := map[string]int{}
	for _, x := range a {
		m[x]++
	}
	for _, x := range b {
		m[x]--
	}
	for _, v := range m {
		if v != 0 {
			return false
		}
	}
	return true
}
