package graph

import (
	"context"
	"encoding/json"
	"errors"
	"os"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/nisba/nisba/internal/dgraphtest"
	"github.com/nisba/nisba/model"
)

// dial connects a Client to a test cluster and applies the schema.
func dial(t *testing.T, c *dgraphtest.Cluster) *Client {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cl, err := Dial(ctx, Options{GRPC: c.GRPC, HTTP: c.HTTP})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cl.Close() })
	if err := cl.ApplySchema(ctx); err != nil {
		t.Fatal(err)
	}
	return cl
}

func load(t *testing.T, cl *Client, doc *model.Document, opts LoadOptions) Summary {
	t.Helper()
	sum, err := cl.Load(context.Background(), doc, opts)
	if err != nil {
		t.Fatalf("load: %v", err)
	}
	return sum
}

func counts(t *testing.T, cl *Client) map[string]int {
	t.Helper()
	n, err := cl.Counts(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func export(t *testing.T, cl *Client) *model.Document {
	t.Helper()
	doc, err := cl.Export(context.Background())
	if err != nil {
		t.Fatalf("export: %v", err)
	}
	return doc
}

// sameDoc fails when two documents differ after normalisation.
func sameDoc(t *testing.T, got, want *model.Document) {
	t.Helper()
	g, w := normalize(got), normalize(want)
	if reflect.DeepEqual(g, w) {
		return
	}
	gj, _ := json.MarshalIndent(g, "", " ")
	wj, _ := json.MarshalIndent(w, "", " ")
	t.Errorf("documents differ\n got: %s\nwant: %s", firstDiff(string(gj), string(wj)), firstDiff(string(wj), string(gj)))
}

// firstDiff shows a's lines around the first line where a and b differ.
func firstDiff(a, b string) string {
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := range al {
		if i >= len(bl) || al[i] != bl[i] {
			lo, hi := max(0, i-5), min(len(al), i+5)
			return "line " + strconv.Itoa(i) + ":\n" + strings.Join(al[lo:hi], "\n")
		}
	}
	return "(prefix of the other)"
}

func TestLoadExportReloadOverlap(t *testing.T) {
	c := dgraphtest.Start(t)
	cl := dial(t, c)
	doc := fixtureDoc()

	sum := load(t, cl, doc, LoadOptions{BatchSize: 7, Concurrency: 2})
	if sum.NodesNew == 0 || sum.NodesExisting != 0 || sum.Articles != 2 || sum.Edges == 0 {
		t.Errorf("first load summary: %+v", sum)
	}
	first := counts(t, cl)
	t.Logf("first load: %+v; counts %v", sum, first)
	want := map[string]int{"Entity": 10, "Base": 1, "Militia": 2, "Country": 2, "Attack": 1, "Attribution": 3,
		"Retaliation": 1, "Relation": 6, "Article": 2, "Mention": 4}
	for k, v := range want {
		if first[k] != v {
			t.Errorf("count %s = %d, want %d (all: %v)", k, first[k], v, first)
		}
	}
	if want := expectedCounts(doc); !mapsEqual(first, want) {
		t.Errorf("counts %v, want %v", first, want)
	}
	if first["total"] != sum.NodesNew {
		t.Errorf("total %d nodes, load created %d", first["total"], sum.NodesNew)
	}
	sameDoc(t, export(t, cl), doc)

	t.Run("reload changes nothing", func(t *testing.T) {
		again := load(t, cl, doc, LoadOptions{BatchSize: 1000, Concurrency: 1})
		if again.NodesNew != 0 || again.NodesExisting != sum.NodesNew {
			t.Errorf("reload summary: %+v, first: %+v", again, sum)
		}
		if got := counts(t, cl); !reflect.DeepEqual(got, first) {
			t.Errorf("counts after reload %v, want %v", got, first)
		}
		sameDoc(t, export(t, cl), doc)
	})

	t.Run("a third article on the known attack", func(t *testing.T) {
		load(t, cl, overlapDoc(), LoadOptions{})
		got := counts(t, cl)
		if got["Attack"] != 1 || got["Article"] != 3 || got["Attribution"] != 4 || got["Base"] != 1 {
			t.Errorf("counts after overlap: %v", got)
		}
		exp := export(t, cl)
		a := exp.Attacks[0]
		if !reflect.DeepEqual(a.Articles, []string{art1, art2, art3}) {
			t.Errorf("attack articles %v", a.Articles)
		}
		if !reflect.DeepEqual(a.Weapons, []string{"drone", "missile", "rocket"}) {
			t.Errorf("attack weapons %v (merged, no duplicates)", a.Weapons)
		}
		if a.Munitions != 3 || a.DateText != "فجر أمس" || len(a.Attackers) != 1 {
			t.Errorf("overlap lost facts of the first load: %+v", a)
		}
		for _, e := range exp.Entities {
			if e.ID == baseXID && len(e.Aliases) != 3 {
				t.Errorf("base aliases %v, want 3 merged", e.Aliases)
			}
		}
	})

	t.Run("streaming the same documents builds the same graph", func(t *testing.T) {
		want := export(t, cl)
		c.DropAll(t)
		cl = dial(t, c)
		docs := make(chan *model.Document)
		go func() {
			defer close(docs)
			docs <- fixtureDoc()
			time.Sleep(300 * time.Millisecond) // the interval flushes the first
			docs <- overlapDoc()
		}()
		var batches []Progress
		opts := LoadOptions{BatchSize: 100000, Progress: func(p Progress) { batches = append(batches, p) }}
		sum, err := cl.LoadStream(context.Background(), docs, opts, 100*time.Millisecond)
		if err != nil {
			t.Fatal(err)
		}
		if sum.Articles != 3 || sum.NodesExisting == 0 {
			t.Errorf("stream summary %+v: want 3 articles and nodes of the first document met again", sum)
		}
		if len(batches) != 4 { // nodes+edges, twice: one flush per document
			t.Errorf("%d batches, want 4 (two flushes)", len(batches))
		}
		sameDoc(t, export(t, cl), want)
	})
}

func TestGraphQLAndNamedQueries(t *testing.T) {
	c := dgraphtest.Start(t)
	cl := dial(t, c)
	load(t, cl, fixtureDoc(), LoadOptions{})
	checkNamedQueries(t, cl)
	ctx := context.Background()
	t.Run("examples of docs/graphql.md", func(t *testing.T) {
		for _, q := range docExamples(t) {
			raw, err := cl.GraphQL(ctx, q, nil)
			if err != nil {
				t.Errorf("%s: %v", q, err)
				continue
			}
			if !strings.Contains(string(raw), attackXID) && !strings.Contains(string(raw), irgcXID) {
				t.Errorf("%s: answer lacks the fixture: %s", q, raw)
			}
		}
	})
}

// checkNamedQueries runs every named query, one subtest each, and checks
// that its answer holds the expected facts.
func checkNamedQueries(t *testing.T, cl *Client) {
	t.Helper()
	ctx := context.Background()
	for _, tc := range namedQueryCases() {
		t.Run(tc.name, func(t *testing.T) {
			text, isDQL, ok := NamedQuery(tc.name)
			if !ok {
				t.Fatalf("no named query %q", tc.name)
			}
			var raw json.RawMessage
			var err error
			if isDQL {
				raw, err = cl.DQL(ctx, text, tc.dqlVars)
			} else {
				raw, err = cl.GraphQL(ctx, text, tc.vars)
			}
			if err != nil {
				t.Fatalf("%s: %v", tc.name, err)
			}
			for _, w := range tc.want {
				if !strings.Contains(string(raw), w) {
					t.Errorf("%s: answer lacks %q:\n%s", tc.name, w, raw)
				}
			}
		})
	}
}

func TestUnreachable(t *testing.T) {
	ctx := context.Background()
	_, err := Dial(ctx, Options{GRPC: "127.0.0.1:1", HTTP: "http://127.0.0.1:1", DialTimeout: 500 * time.Millisecond})
	if !errors.Is(err, ErrUnavailable) || !strings.Contains(err.Error(), "127.0.0.1:1") || !strings.Contains(err.Error(), "nisba dgraph start") {
		t.Fatalf("got %v, want ErrUnavailable naming the address", err)
	}
}

// TestRoundTripFile loads the document named by NISBA_ROUNDTRIP (for example
// `nisba extract` output), exports it and checks that nothing was lost; with
// NISBA_ROUNDTRIP_OUT it also writes the export, to score it against gold:
//
//	NISBA_ROUNDTRIP=sys.json NISBA_ROUNDTRIP_OUT=exported.json go test ./graph -run TestRoundTripFile
func TestRoundTripFile(t *testing.T) {
	path := os.Getenv("NISBA_ROUNDTRIP")
	if path == "" {
		t.Skip("NISBA_ROUNDTRIP not set")
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	doc, err := model.Read(f)
	if err != nil {
		t.Fatal(err)
	}
	cl := dial(t, dgraphtest.Start(t))
	sum := load(t, cl, doc, LoadOptions{})
	t.Logf("loaded %s: %+v", path, sum)
	got := export(t, cl)
	sameDoc(t, got, doc)
	if out := os.Getenv("NISBA_ROUNDTRIP_OUT"); out != "" {
		w, err := os.Create(out)
		if err != nil {
			t.Fatal(err)
		}
		defer w.Close()
		if err := got.Write(w); err != nil {
			t.Fatal(err)
		}
	}
}
