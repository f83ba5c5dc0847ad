package graph

import (
	"bytes"
	"context"
	"errors"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/nisba/nisba/internal/dgraphtest"
	"github.com/nisba/nisba/localdgraph"
	"github.com/nisba/nisba/model"
	"github.com/nisba/nisba/schema"
)

// zeroOf derives the zero gRPC address of a test cluster: dgraphtest uses
// one port offset for both, and zero's gRPC port is 4000 below alpha's.
func zeroOf(t *testing.T, c *dgraphtest.Cluster) string {
	t.Helper()
	host, port, err := net.SplitHostPort(c.GRPC)
	if err != nil {
		t.Fatal(err)
	}
	p, err := strconv.Atoi(port)
	if err != nil {
		t.Fatal(err)
	}
	return net.JoinHostPort(host, strconv.Itoa(p-4000))
}

// liveLoad runs `dgraph live -U xid` with WriteRDF output and schema.DQL().
func liveLoad(t *testing.T, c *dgraphtest.Cluster, rdf, dql []byte) {
	t.Helper()
	bin, err := localdgraph.BinaryPath(context.Background(), "")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	rdfPath, dqlPath := filepath.Join(dir, "g.rdf"), filepath.Join(dir, "g.schema")
	if err := os.WriteFile(rdfPath, rdf, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(dqlPath, dql, 0o644); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, "live", "-f", rdfPath, "-s", dqlPath, "-a", c.GRPC, "-z", zeroOf(t, c),
		"-U", "xid", "--tmp", filepath.Join(dir, "tmp"))
	cmd.Dir = dir
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("dgraph live: %v\n%s", err, out)
	}
}

func TestLiveLoaderBuildsTheSameGraph(t *testing.T) {
	var rdf bytes.Buffer
	if err := WriteRDF(&rdf, fixtureDoc()); err != nil {
		t.Fatal(err)
	}
	dql, err := schema.DQL()
	if err != nil {
		t.Fatal(err)
	}
	var viaLoad, viaLive *Client
	var wg sync.WaitGroup
	clusters := make([]*dgraphtest.Cluster, 2)
	for i := range clusters {
		wg.Go(func() { clusters[i] = dgraphtest.Start(t) })
	}
	wg.Wait()
	viaLoad = dial(t, clusters[0])
	load(t, viaLoad, fixtureDoc(), LoadOptions{})

	liveLoad(t, clusters[1], rdf.Bytes(), []byte(dql))
	viaLive = dial(t, clusters[1]) // GraphQL schema after the DQL one, as a user would
	want := export(t, viaLoad)
	sameDoc(t, export(t, viaLive), want)
	if got, w := counts(t, viaLive), counts(t, viaLoad); got["total"] != w["total"] {
		t.Errorf("live loaded %v nodes, Load %v", got, w)
	}

	// Loading the same RDF again with -U xid finds every node by its xid,
	// except nodes whose xid is not IRI-safe (NodeIRI's fallback): live
	// looks those up by the fallback name and makes a second node.
	liveLoad(t, clusters[1], rdf.Bytes(), []byte(dql))
	again := export(t, viaLive)
	seen := map[string]int{}
	for _, e := range again.Entities {
		seen[e.ID]++
	}
	for id, n := range seen {
		if n > 1 && NodeIRI(id) == "<"+id+">" {
			t.Errorf("second live load duplicated %q", id)
		}
	}
	if len(again.Attacks) != 1 || len(again.Articles) != 2 || len(again.Relations) != len(want.Relations) {
		t.Errorf("second live load duplicated events: %d attacks, %d articles, %d relations",
			len(again.Attacks), len(again.Articles), len(again.Relations))
	}
	// Load on top of the live-loaded graph finds the nodes by xid.
	sum := load(t, viaLive, fixtureDoc(), LoadOptions{})
	if sum.NodesNew != 0 {
		t.Errorf("Load after live created %d nodes", sum.NodesNew)
	}
}

func TestKillAlphaMidLoad(t *testing.T) {
	c := dgraphtest.Start(t)
	cl := dial(t, c)
	big := syntheticDoc(1500)
	opts := LoadOptions{BatchSize: 200, Concurrency: 2, MaxAttempts: 3, BaseBackoff: 50 * time.Millisecond, MaxBackoff: 200 * time.Millisecond}

	started := make(chan struct{})
	var once sync.Once
	opts.Progress = func(Progress) { once.Do(func() { close(started) }) }
	killed := make(chan struct{})
	go func() {
		defer close(killed)
		<-started
		c.KillAlpha(t)
	}()
	_, err := cl.Load(context.Background(), big, opts)
	<-killed
	if err == nil {
		t.Fatal("Load succeeded although alpha was killed")
	}
	t.Logf("load with a killed alpha: %v", err)

	c.RestartAlpha(t)
	cl = dial(t, c)
	opts.Progress, opts.MaxAttempts = nil, 8
	if _, err := cl.Load(context.Background(), big, opts); err != nil {
		t.Fatalf("load after restart: %v", err)
	}
	got := counts(t, cl)
	sameDoc(t, export(t, cl), big) // more nodes than one export page

	// The counts of a clean single load (TestLoadExportReloadOverlap checks
	// that a clean load gives expectedCounts).
	if want := expectedCounts(big); !mapsEqual(got, want) {
		t.Errorf("after crash and reload: %v, clean load: %v", got, want)
	}

	t.Run("a cancelled load stops", func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		defer cancel()
		opts := LoadOptions{BatchSize: 50, Concurrency: 2, Progress: func(Progress) { cancel() }}
		sum, err := cl.Load(ctx, syntheticDoc(500), opts)
		if !errors.Is(err, context.Canceled) {
			t.Fatalf("cancelled load returned %v", err)
		}
		if sum.Batches == 0 || sum.Batches > 4 {
			t.Errorf("cancelled load wrote %d batches, want it to stop after the first ones", sum.Batches)
		}
	})
}

// expectedCounts are the node counts per type that a clean load of doc gives.
func expectedCounts(doc *model.Document) map[string]int {
	out := map[string]int{}
	for _, k := range countTypes() {
		out[k] = 0
	}
	for _, n := range plan(doc) {
		out["total"]++
		for _, q := range n.Scalars {
			if q.Pred == "dgraph.type" {
				out[q.Value]++
			}
		}
	}
	return out
}

func mapsEqual(a, b map[string]int) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}
