// Package dgraphtest starts a real, throwaway Dgraph zero+alpha on free loopback ports for tests.
//
// Per test:
//
//	c := dgraphtest.Start(t) // stopped and deleted by t.Cleanup
//	dial c.GRPC ("127.0.0.1:port") with dgo, or c.HTTP ("http://127.0.0.1:port") for GraphQL
//
// Shared by a package's tests:
//
//	var cluster *dgraphtest.Cluster
//
//	func TestMain(m *testing.M) {
//		var err error
//		if cluster, err = dgraphtest.New(context.Background()); err != nil {
//			fmt.Fprintln(os.Stderr, err)
//			os.Exit(1)
//		}
//		code := m.Run()
//		cluster.Close()
//		os.Exit(code)
//	}
//
// with cluster.DropAll(t) at the start of each test (then re-apply the GraphQL
// schema). DropAll and the addresses are safe to use from parallel tests;
// KillAlpha and RestartAlpha are not.
//
// For `dgraph bulk`, which needs a zero without an alpha:
//
//	c := dgraphtest.StartZero(t)     // run bulk with --zero=c.Zero
//	c.StartAlpha(t, "out/0/p")       // alpha serves the bulk-loaded data
//
// A missing binary is a failure, not a skip: build it with `make dgraph`
// (or `nisba dgraph install`), or point NISBA_DGRAPH_BIN at one.
package dgraphtest

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dgraph-io/dgo/v230"
	"github.com/dgraph-io/dgo/v230/protos/api"
	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials/insecure"

	"github.com/nisba/nisba/localdgraph"
)

// Port offsets are drawn from this range so every port (5080+o .. 9080+o)
// stays between 10080 and 32679, below Linux's ephemeral range.
const (
	minOffset   = 5000
	maxOffset   = 23600
	maxAttempts = 8
)

// Alpha settings for tests: a small cache, and no waiting longer than needed.
const (
	testCacheMB  = 128
	startTimeout = 90 * time.Second
	opTimeout    = 60 * time.Second
	logLines     = 30 // of alpha's log, shown when a test fails
)

// Cluster is a running test cluster.
type Cluster struct {
	GRPC string // alpha gRPC, "127.0.0.1:port"
	HTTP string // alpha HTTP, "http://127.0.0.1:port"
	Dir  string // state dir: data, WAL and logs under Dir/dgraph
	Zero string // zero gRPC, "127.0.0.1:port" (for dgraph live -z)

	inst   *localdgraph.Instance
	closed bool
}

// Start starts a fresh cluster for tb and stops and deletes it in tb.Cleanup.
// It fails the test when Dgraph cannot start (including a missing binary).
func Start(tb testing.TB) *Cluster {
	tb.Helper()
	c, err := New(context.Background())
	if err != nil {
		tb.Fatalf("dgraphtest: %v", err)
	}
	tb.Logf("dgraphtest: alpha %s, gRPC %s, zero %s, dir %s", c.HTTP, c.GRPC, c.Zero, c.Dir)
	cleanup(tb, c)
	return c
}

// StartZero starts a fresh cluster with zero only, for `dgraph bulk` (give
// it Zero as --zero); StartAlpha then starts alpha on bulk's output. It is
// stopped and deleted in tb.Cleanup.
func StartZero(tb testing.TB) *Cluster {
	tb.Helper()
	c, err := newCluster(context.Background(), localdgraph.LaunchZero)
	if err != nil {
		tb.Fatalf("dgraphtest: %v", err)
	}
	tb.Logf("dgraphtest: zero %s, dir %s", c.Zero, c.Dir)
	cleanup(tb, c)
	return c
}

// StartAlpha moves pDir (a p directory made by `dgraph bulk`, such as
// out/0/p) into alpha's directory and starts alpha on it; alpha then serves
// the bulk-loaded data at GRPC and HTTP.
func (c *Cluster) StartAlpha(tb testing.TB, pDir string) {
	tb.Helper()
	dst := filepath.Join(c.inst.Options().Layout().AlphaDir, "p")
	if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
		tb.Fatalf("dgraphtest: %v", err)
	}
	if err := os.Rename(pDir, dst); err != nil {
		tb.Fatalf("dgraphtest: move bulk output into alpha's directory: %v", err)
	}
	if err := c.inst.StartAlpha(context.Background()); err != nil {
		tb.Fatalf("dgraphtest: start alpha on %s: %v", pDir, err)
	}
}

func cleanup(tb testing.TB, c *Cluster) {
	tb.Helper()
	tb.Cleanup(func() {
		if tb.Failed() {
			tb.Logf("dgraphtest: last lines of alpha's log:\n%s", c.inst.LogTail(localdgraph.Alpha, logLines))
		}
		if err := c.Close(); err != nil {
			tb.Errorf("dgraphtest: %v", err)
		}
	})
}

// New starts a fresh cluster on a free port offset under a new temp dir.
// The caller must Close it.
func New(ctx context.Context) (*Cluster, error) {
	return newCluster(ctx, localdgraph.Launch)
}

// launcher starts a localdgraph instance (whole cluster or zero only).
type launcher func(context.Context, localdgraph.Options) (*localdgraph.Instance, error)

func newCluster(ctx context.Context, start launcher) (*Cluster, error) {
	bin, err := localdgraph.BinaryPath(ctx, "")
	if err != nil {
		return nil, fmt.Errorf("find dgraph for tests: %w", err)
	}
	dir, err := os.MkdirTemp("", "nisba-dgraphtest-")
	if err != nil {
		return nil, fmt.Errorf("dgraphtest: %w", err)
	}
	inst, err := launch(ctx, start, bin, dir)
	if err != nil {
		_ = os.RemoveAll(dir)
		return nil, err
	}
	a := inst.Addrs()
	return &Cluster{GRPC: a.AlphaGRPC, HTTP: a.AlphaURL(), Dir: dir, Zero: a.ZeroGRPC, inst: inst}, nil
}

// launch tries random port offsets until one is free.
func launch(ctx context.Context, start launcher, bin, dir string) (*localdgraph.Instance, error) {
	var err error
	for range maxAttempts {
		opts := localdgraph.Options{
			StateDir:     dir,
			Bin:          bin,
			PortOffset:   minOffset + rand.IntN(maxOffset-minOffset),
			CacheMB:      testCacheMB,
			StartTimeout: startTimeout,
		}
		var inst *localdgraph.Instance
		inst, err = start(ctx, opts)
		if err == nil {
			return inst, nil
		}
		if !errors.Is(err, localdgraph.ErrPortInUse) {
			return nil, fmt.Errorf("start test dgraph: %w", err)
		}
		if rmErr := os.RemoveAll(filepath.Join(dir, "dgraph")); rmErr != nil {
			return nil, fmt.Errorf("start test dgraph: %w", rmErr)
		}
	}
	return nil, fmt.Errorf("start test dgraph: no free ports after %d tries: %w", maxAttempts, err)
}

// Close kills the cluster, reaps its processes and deletes its directory.
// Closing twice is harmless.
func (c *Cluster) Close() error {
	if c.closed {
		return nil
	}
	c.closed = true
	c.inst.Kill()
	if err := os.RemoveAll(c.Dir); err != nil {
		return fmt.Errorf("remove test dgraph dir: %w", err)
	}
	return nil
}

// Dgo returns a dgo client for the cluster, closed in tb.Cleanup.
func (c *Cluster) Dgo(tb testing.TB) *dgo.Dgraph {
	tb.Helper()
	conn, err := grpc.NewClient(c.GRPC, grpc.WithTransportCredentials(insecure.NewCredentials()))
	if err != nil {
		tb.Fatalf("dgraphtest: dial %s: %v", c.GRPC, err)
	}
	tb.Cleanup(func() { _ = conn.Close() })
	return dgo.NewDgraphClient(api.NewDgraphClient(conn))
}

// DropAll deletes all data and the whole schema, DQL and GraphQL alike: the
// GraphQL schema must be applied again afterwards.
func (c *Cluster) DropAll(tb testing.TB) {
	tb.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), opTimeout)
	defer cancel()
	if err := c.Dgo(tb).Alter(ctx, &api.Operation{DropAll: true}); err != nil {
		tb.Fatalf("dgraphtest: drop all: %v", err)
	}
	if err := waitNoGraphQLSchema(ctx, c.HTTP); err != nil {
		tb.Fatalf("dgraphtest: drop all: %v", err)
	}
}

// waitNoGraphQLSchema polls /admin until alpha stops serving a GraphQL schema:
// after a drop all it keeps the old one for up to a second, and a test that
// queried it then would see the previous test's API.
func waitNoGraphQLSchema(ctx context.Context, base string) error {
	hc := &http.Client{Transport: &http.Transport{Proxy: nil}, Timeout: 5 * time.Second}
	for {
		s, err := graphQLSchema(ctx, hc, base)
		if err == nil && s == "" {
			return nil
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("GraphQL schema still served after drop all (last: %.80q, %v): %w", s, err, ctx.Err())
		case <-time.After(100 * time.Millisecond):
		}
	}
}

// graphQLSchema returns the GraphQL schema alpha serves, "" when there is none.
func graphQLSchema(ctx context.Context, hc *http.Client, base string) (string, error) {
	q := strings.NewReader(`{"query":"{ getGQLSchema { schema } }"}`)
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, base+"/admin", q)
	if err != nil {
		return "", err
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := hc.Do(req)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	var r struct {
		Data struct {
			GetGQLSchema *struct {
				Schema string `json:"schema"`
			} `json:"getGQLSchema"`
		} `json:"data"`
		Errors []json.RawMessage `json:"errors"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&r); err != nil {
		return "", fmt.Errorf("decode /admin answer: %w", err)
	}
	if len(r.Errors) > 0 {
		return "", fmt.Errorf("/admin: %s", r.Errors[0])
	}
	if r.Data.GetGQLSchema == nil {
		return "", nil
	}
	return r.Data.GetGQLSchema.Schema, nil
}

// KillAlpha SIGKILLs alpha, as a crash would.
func (c *Cluster) KillAlpha(tb testing.TB) {
	tb.Helper()
	if err := c.inst.KillAlpha(); err != nil {
		tb.Fatalf("dgraphtest: %v", err)
	}
}

// RestartAlpha starts alpha again on the same ports and data and waits until
// it is healthy.
func (c *Cluster) RestartAlpha(tb testing.TB) {
	tb.Helper()
	if err := c.inst.RestartAlpha(context.Background()); err != nil {
		tb.Fatalf("dgraphtest: restart alpha: %v", err)
	}
}
