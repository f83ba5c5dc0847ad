package graph

import (
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/nisba/nisba/internal/dgraphtest"
	"github.com/nisba/nisba/model"
)

// bulkDoc is the fixture and a small
// synthetic corpus: hostile strings, a non-IRI xid and more than one export
// page of nodes.
func bulkDoc() *model.Document {
	doc := fixtureDoc()
	syn := syntheticDoc(300)
	doc.Articles = append(doc.Articles, syn.Articles...)
	doc.Entities = append(doc.Entities, syn.Entities...)
	doc.Attacks = append(doc.Attacks, syn.Attacks...)
	return doc
}

// TestBulkLoaderBuildsTheSameGraph runs `dgraph bulk` on WriteRDF output
// against a fresh zero, starts an alpha on the p directory it wrote, applies
// the GraphQL schema, and checks that the graph equals the one Load builds,
// that the named GraphQL and DQL queries answer, and that Load on top of it
// finds every node by xid.
func TestBulkLoaderBuildsTheSameGraph(t *testing.T) {
	doc := bulkDoc()
	var bulk, loaded *dgraphtest.Cluster
	var wg sync.WaitGroup
	wg.Go(func() { bulk = dgraphtest.StartZero(t) })
	wg.Go(func() { loaded = dgraphtest.Start(t) })
	wg.Wait()

	dir := t.TempDir()
	rdfPath, dqlPath, quads := writeLoaderFiles(t, dir, doc)
	out := runDgraph(t, dir, 5*time.Minute, "bulk", "-f", rdfPath, "-s", dqlPath,
		"--map_shards=1", "--reduce_shards=1", "--zero="+bulk.Zero,
		"--out", filepath.Join(dir, "out"), "--tmp", filepath.Join(dir, "tmp"))
	t.Logf("dgraph bulk of %d N-Quads:\n%s", quads, tail(out, 3))
	bulk.StartAlpha(t, filepath.Join(dir, "out", "0", "p"))

	viaBulk, viaLoad := dial(t, bulk), dial(t, loaded)
	load(t, viaLoad, doc, LoadOptions{})
	want := export(t, viaLoad)
	sameDoc(t, want, doc)
	sameDoc(t, export(t, viaBulk), want)
	if got, w := counts(t, viaBulk), counts(t, viaLoad); !mapsEqual(got, w) {
		t.Errorf("bulk built %v nodes, Load %v", got, w)
	}
	t.Run("named queries", func(t *testing.T) { checkNamedQueries(t, viaBulk) })
	t.Run("Load on top of bulk creates nothing", func(t *testing.T) {
		sum := load(t, viaBulk, doc, LoadOptions{})
		if sum.NodesNew != 0 {
			t.Errorf("Load after bulk created %d nodes: %+v", sum.NodesNew, sum)
		}
		sameDoc(t, export(t, viaBulk), want)
		again := load(t, viaBulk, doc, LoadOptions{})
		if again.Quads != 0 || again.NodesSkipped != again.NodesExisting-countBare(doc) {
			t.Errorf("second Load after bulk wrote again: %+v", again)
		}
	})
}

// countBare is the number of nodes of doc without quads of their own.
func countBare(doc *model.Document) int {
	n := 0
	for _, nd := range plan(doc) {
		if len(nd.Scalars)+len(nd.Edges) == 0 {
			n++
		}
	}
	return n
}
