package localdgraph

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strings"
	"time"
)

// probeTimeout bounds one health request.
const probeTimeout = 2 * time.Second

// pollInterval is how often WaitHealthy probes.
const pollInterval = 100 * time.Millisecond

// probe is a result of one health check of one node.
type probe struct {
	healthy bool
	version string
	err     error
}

// probeZero asks zero's /state (ready once it leads its Raft group) and its
// JSON /health (which carries the version).
func probeZero(ctx context.Context, c *http.Client, a Addrs) probe {
	if _, err := get(ctx, c, a.ZeroURL()+"/state", ""); err != nil {
		return probe{err: err}
	}
	body, err := get(ctx, c, a.ZeroURL()+"/health", "application/json")
	if err != nil {
		return probe{err: err}
	}
	var h struct {
		Version string `json:"version"`
	}
	_ = json.Unmarshal(body, &h) // readiness came from /state; the version is a bonus
	return probe{healthy: true, version: h.Version}
}

// probeAlpha requires /health to say "healthy" and the GraphQL admin endpoint
// to answer a query without errors: before that, schema updates fail.
func probeAlpha(ctx context.Context, c *http.Client, a Addrs) probe {
	body, err := get(ctx, c, a.AlphaURL()+"/health", "")
	if err != nil {
		return probe{err: err}
	}
	var hs []struct {
		Status  string `json:"status"`
		Version string `json:"version"`
	}
	if err := json.Unmarshal(body, &hs); err != nil || len(hs) == 0 {
		return probe{err: fmt.Errorf("alpha /health: unexpected answer %.200q", body)}
	}
	if hs[0].Status != "healthy" {
		return probe{version: hs[0].Version, err: fmt.Errorf("alpha /health: status %q", hs[0].Status)}
	}
	if err := adminReady(ctx, c, a); err != nil {
		return probe{version: hs[0].Version, err: err}
	}
	return probe{healthy: true, version: hs[0].Version}
}

func adminReady(ctx context.Context, c *http.Client, a Addrs) error {
	q := []byte(`{"query":"{ health { status } }"}`)
	ctx, cancel := context.WithTimeout(ctx, probeTimeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, a.AlphaURL()+"/admin", bytes.NewReader(q))
	if err != nil {
		return fmt.Errorf("alpha /admin: %w", err)
	}
	req.Header.Set("Content-Type", "application/json")
	body, err := do(c, req)
	if err != nil {
		return fmt.Errorf("alpha /admin: %w", err)
	}
	var r struct {
		Data   json.RawMessage   `json:"data"`
		Errors []json.RawMessage `json:"errors"`
	}
	if err := json.Unmarshal(body, &r); err != nil {
		return fmt.Errorf("alpha /admin: unexpected answer %.200q", body)
	}
	if len(r.Errors) > 0 || len(r.Data) == 0 || string(r.Data) == "null" {
		return fmt.Errorf("alpha /admin not ready: %.200s", body)
	}
	return nil
}

func get(ctx context.Context, c *http.Client, url, accept string) ([]byte, error) {
	ctx, cancel := context.WithTimeout(ctx, probeTimeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return nil, fmt.Errorf("get %s: %w", url, err)
	}
	if accept != "" {
		req.Header.Set("Accept", accept)
	}
	body, err := do(c, req)
	if err != nil {
		return nil, fmt.Errorf("get %s: %w", url, err)
	}
	return body, nil
}

func do(c *http.Client, req *http.Request) ([]byte, error) {
	resp, err := c.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, 1<<20))
	if err != nil {
		return nil, err
	}
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("HTTP %d: %.200s", resp.StatusCode, strings.TrimSpace(string(body)))
	}
	return body, nil
}

// newHTTPClient never uses a proxy: the cluster is on loopback and an
// HTTP_PROXY in the environment must not intercept health checks.
func newHTTPClient() *http.Client {
	return &http.Client{Transport: &http.Transport{Proxy: nil, DisableKeepAlives: true}}
}
