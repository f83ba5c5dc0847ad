package bench

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"

	"github.com/nisba/nisba/graph"
	"github.com/nisba/nisba/localdgraph"
	"github.com/nisba/nisba/model"
	"github.com/nisba/nisba/schema"
)

// Cluster is a throwaway local Dgraph whose processes are children of this
// one.
type Cluster struct {
	Dir   string
	Bin   string
	Addrs localdgraph.Addrs
	inst  *localdgraph.Instance
}

// StartCluster launches a fresh zero+alpha on free loopback ports under a
// new temp dir. The caller must Close it.
func StartCluster(ctx context.Context) (*Cluster, error) {
	bin, err := localdgraph.BinaryPath(ctx, "")
	if err != nil {
		return nil, fmt.Errorf("bench: %w", err)
	}
	dir, err := os.MkdirTemp("", "nisba-bench-dgraph-")
	if err != nil {
		return nil, fmt.Errorf("bench: %w", err)
	}
	for try := 0; try < 8; try++ {
		opts := localdgraph.Options{StateDir: dir, Bin: bin, PortOffset: 5000 + rand.IntN(18000),
			StartTimeout: 2 * time.Minute}
		inst, err := localdgraph.Launch(ctx, opts)
		if err == nil {
			return &Cluster{Dir: dir, Bin: bin, Addrs: inst.Addrs(), inst: inst}, nil
		}
		if !errors.Is(err, localdgraph.ErrPortInUse) {
			os.RemoveAll(dir)
			return nil, fmt.Errorf("bench: start dgraph: %w", err)
		}
		os.RemoveAll(filepath.Join(dir, "dgraph"))
	}
	os.RemoveAll(dir)
	return nil, fmt.Errorf("bench: start dgraph: no free ports")
}

// Close kills the cluster and deletes its data.
func (c *Cluster) Close() error {
	c.inst.Kill()
	return os.RemoveAll(c.Dir)
}

// Dial connects nisba's client and applies the GraphQL schema.
func (c *Cluster) Dial(ctx context.Context) (*graph.Client, error) {
	cl, err := graph.Dial(ctx, graph.Options{GRPC: c.Addrs.AlphaGRPC, HTTP: c.Addrs.AlphaURL()})
	if err != nil {
		return nil, fmt.Errorf("bench: dial: %w", err)
	}
	if err := cl.ApplySchema(ctx); err != nil {
		cl.Close()
		return nil, fmt.Errorf("bench: schema: %w", err)
	}
	return cl, nil
}

// Load is one load of a document.
type Load struct {
	Quads    int
	Articles int
	Elapsed  time.Duration
}

// QuadsPerSec is N-Quads written per second.
func (l Load) QuadsPerSec() float64 { return float64(l.Quads) / l.Elapsed.Seconds() }

// ArticlesPerSec is articles loaded per second.
func (l Load) ArticlesPerSec() float64 { return float64(l.Articles) / l.Elapsed.Seconds() }

// NisbaLoad loads doc with nisba's loader.
func NisbaLoad(ctx context.Context, cl *graph.Client, doc *model.Document) (Load, error) {
	start := time.Now()
	sum, err := cl.Load(ctx, doc, graph.LoadOptions{})
	l := Load{Quads: sum.Quads, Articles: len(doc.Articles), Elapsed: time.Since(start)}
	if err != nil {
		return l, fmt.Errorf("bench: nisba load: %w", err)
	}
	return l, nil
}

// LiveLoad writes doc as RDF with the DQL schema and loads it with
// `dgraph live -U xid` (its default batch 1000 and concurrency 10) into c.
func LiveLoad(ctx context.Context, c *Cluster, doc *model.Document) (Load, error) {
	work, err := os.MkdirTemp("", "nisba-bench-live-")
	if err != nil {
		return Load{}, fmt.Errorf("bench: %w", err)
	}
	defer os.RemoveAll(work)
	rdf := filepath.Join(work, "graph.rdf")
	quads, err := writeRDF(rdf, doc)
	if err != nil {
		return Load{}, err
	}
	dql, err := schema.DQL()
	if err != nil {
		return Load{}, fmt.Errorf("bench: dql schema: %w", err)
	}
	sch := filepath.Join(work, "schema.dql")
	if err := os.WriteFile(sch, []byte(dql), 0o644); err != nil {
		return Load{}, fmt.Errorf("bench: %w", err)
	}
	cmd := exec.CommandContext(ctx, c.Bin, "live", "-f", rdf, "-s", sch, "-a", c.Addrs.AlphaGRPC,
		"-z", c.Addrs.ZeroGRPC, "-U", "xid")
	cmd.Dir = work
	start := time.Now()
	out, err := cmd.CombinedOutput()
	l := Load{Quads: quads, Articles: len(doc.Articles), Elapsed: time.Since(start)}
	if err != nil {
		return l, fmt.Errorf("bench: dgraph live: %w: %s", err, tail(string(out), 800))
	}
	return l, nil
}

func writeRDF(path string, doc *model.Document) (int, error) {
	f, err := os.Create(path)
	if err != nil {
		return 0, fmt.Errorf("bench: %w", err)
	}
	w := bufio.NewWriter(f)
	if err := graph.WriteRDF(w, doc); err != nil {
		f.Close()
		return 0, fmt.Errorf("bench: write rdf: %w", err)
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return 0, fmt.Errorf("bench: write rdf: %w", err)
	}
	if err := f.Close(); err != nil {
		return 0, fmt.Errorf("bench: write rdf: %w", err)
	}
	return countQuads(path)
}

func countQuads(path string) (int, error) {
	f, err := os.Open(path)
	if err != nil {
		return 0, fmt.Errorf("bench: %w", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	n := 0
	for sc.Scan() {
		l := strings.TrimSpace(sc.Text())
		if l != "" && !strings.HasPrefix(l, "#") {
			n++
		}
	}
	return n, sc.Err()
}

func tail(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return "…" + s[len(s)-n:]
}
