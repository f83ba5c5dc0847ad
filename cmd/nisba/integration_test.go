package main

import (
	"context"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/nisba/nisba/graph"
	"github.com/nisba/nisba/internal/dgraphtest"
	"github.com/nisba/nisba/model"
)

// TestAgainstDgraph runs the CLI against a real Dgraph: schema apply, load
// twice (nothing changes the second time), --changed (nothing to do),
// export (same graph as extract) and a named chain query.
func TestAgainstDgraph(t *testing.T) {
	if testing.Short() {
		t.Skip("starts Dgraph")
	}
	c := dgraphtest.Start(t)
	sd := t.TempDir()
	db := []string{"--dgraph-grpc", c.GRPC, "--dgraph-http", c.HTTP, "--state-dir", sd}
	cli := func(args ...string) result {
		t.Helper()
		r := nisba(t, append(args, db...)...)
		if r.code != 0 {
			t.Fatalf("nisba %s: exit %d\n%s", strings.Join(args, " "), r.code, r.stderr)
		}
		return r
	}
	dir := sampleCorpus(t)
	cli("load", dir) // applies the schema itself: no broken predicate types
	first := counts(t, c)
	cli("schema", "apply")
	r := cli("load", dir)
	if again := counts(t, c); !reflect.DeepEqual(first, again) {
		t.Errorf("second load changed the graph:\n%v\n%v", first, again)
	}
	if !strings.Contains(r.stderr, "0 new nodes") {
		t.Errorf("second load created nodes: %s", r.stderr)
	}
	cli("load", dir, "--chunk", "1") // streamed in chunks: the same graph
	if again := counts(t, c); !reflect.DeepEqual(first, again) {
		t.Errorf("streamed load changed the graph:\n%v\n%v", first, again)
	}
	if r := cli("load", dir, "--changed"); !strings.Contains(r.stderr, "nothing to load") {
		t.Errorf("--changed after a load: %s", r.stderr)
	}
	if r := cli("watch", dir, "--once"); !strings.Contains(r.stderr, "nothing to load") {
		t.Errorf("watch --once after a load: %s", r.stderr)
	}

	tmp := t.TempDir()
	cli("extract", dir, "-o", filepath.Join(tmp, "extracted.json"))
	cli("export", "-o", filepath.Join(tmp, "exported.json"))
	ext, exp := readDoc(t, filepath.Join(tmp, "extracted.json")), readDoc(t, filepath.Join(tmp, "exported.json"))
	for kind, ids := range map[string][2][]string{
		"articles":     {articleIDs(ext), articleIDs(exp)},
		"entities":     {entityIDs(ext), entityIDs(exp)},
		"attacks":      {attackIDs(ext), attackIDs(exp)},
		"retaliations": {retaliationIDs(ext), retaliationIDs(exp)},
	} {
		if !reflect.DeepEqual(ids[0], ids[1]) {
			t.Errorf("%s: extracted %v, exported %v", kind, ids[0], ids[1])
		}
	}
	if len(ext.Attacks) == 0 {
		t.Fatal("no attack extracted from an article about a drone attack on Ain al-Asad")
	}
	q := cli("query", "attribution-chain", "--var", "attack="+ext.Attacks[0].ID)
	if !strings.Contains(q.stdout, ext.Attacks[0].ID) {
		t.Errorf("chain query does not name the attack:\n%s", q.stdout)
	}

	// A corrected article: its new text replaces the old facts.
	writeFiles(t, dir, map[string][]byte{"sub/tanf.txt": []byte(strings.ReplaceAll(articleTanf, "التنف", "حرير"))})
	if r := cli("load", dir, "--changed"); !strings.Contains(r.stderr, "1 changed articles replaced their old text") {
		t.Errorf("--changed after an edit: %s", r.stderr)
	}
	cli("export", "-o", filepath.Join(tmp, "replaced.json"))
	var targets []string
	for _, a := range readDoc(t, filepath.Join(tmp, "replaced.json")).Attacks {
		targets = append(targets, a.Target)
	}
	sort.Strings(targets)
	if len(targets) != len(ext.Attacks) || strings.Contains(strings.Join(targets, " "), "tanf") || !strings.Contains(strings.Join(targets, " "), "harir") {
		t.Errorf("attack targets after the edit %v: want the old attacks with Tanf's replaced by Harir's", targets)
	}

	// Retract removes the article; the next --changed load brings it back.
	if r := cli("retract", "tanf"); !strings.Contains(r.stderr, "retracted 1 of 1 articles") {
		t.Errorf("retract: %s", r.stderr)
	}
	n := counts(t, c)
	if n["Article"] != first["Article"]-1 || n["Attack"] != first["Attack"]-1 {
		t.Errorf("after retracting one article of %d: counts %v", first["Article"], n)
	}
	if r := cli("load", dir, "--changed"); !strings.Contains(r.stderr, "loaded 1 articles") {
		t.Errorf("--changed after a retract: %s", r.stderr)
	}
	if n := counts(t, c); n["Article"] != first["Article"] || n["Attack"] != first["Attack"] {
		t.Errorf("after loading the retracted article again: counts %v, want %v", n, first)
	}

	// A deleted file: --prune removes its article, and only that.
	if err := os.Remove(filepath.Join(dir, "sub", "tanf.txt")); err != nil {
		t.Fatal(err)
	}
	if r := cli("load", dir, "--changed"); strings.Contains(r.stderr, "pruned") {
		t.Errorf("--changed without --prune pruned: %s", r.stderr)
	}
	if r := cli("watch", dir, "--once", "--prune"); !strings.Contains(r.stderr, "pruned 1 articles whose files are gone (tanf)") {
		t.Errorf("watch --prune after deleting a file: %s", r.stderr)
	}
	if n := counts(t, c); n["Article"] != first["Article"]-1 || n["Attack"] != first["Attack"]-1 {
		t.Errorf("after pruning one article of %d: counts %v", first["Article"], n)
	}
	if r := cli("load", dir, "--changed", "--prune"); strings.Contains(r.stderr, "pruned") {
		t.Errorf("a second prune found more: %s", r.stderr)
	}
}

func counts(t *testing.T, c *dgraphtest.Cluster) map[string]int {
	t.Helper()
	ctx := context.Background()
	cl, err := graph.Dial(ctx, graph.Options{GRPC: c.GRPC, HTTP: c.HTTP})
	if err != nil {
		t.Fatal(err)
	}
	defer cl.Close()
	n, err := cl.Counts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if n["total"] == 0 {
		t.Fatal("nothing loaded")
	}
	return n
}

func sortedIDs(ids []string) []string {
	sort.Strings(ids)
	return ids
}

func articleIDs(d *model.Document) []string {
	var ids []string
	for _, a := range d.Articles {
		ids = append(ids, a.ID)
	}
	return sortedIDs(ids)
}

func entityIDs(d *model.Document) []string {
	var ids []string
	for _, e := range d.Entities {
		ids = append(ids, e.ID)
	}
	return sortedIDs(ids)
}

func attackIDs(d *model.Document) []string {
	var ids []string
	for _, a := range d.Attacks {
		ids = append(ids, a.ID)
	}
	return sortedIDs(ids)
}

func retaliationIDs(d *model.Document) []string {
	var ids []string
	for _, r := range d.Retaliations {
		ids = append(ids, r.ID)
	}
	return sortedIDs(ids)
}
