package config

import (
	"errors"
	"fmt"
	"net"
	"net/url"
	"path/filepath"
	"strconv"
	"time"
)

// Validate checks every value and returns all problems at once; each names
// the key and the bad value.
func (c *Config) Validate() error {
	var errs []error
	bad := func(key string, val any, why string) {
		errs = append(errs, fmt.Errorf("config: %s = %v: %w: %s", key, quote(val), ErrInvalid, why))
	}
	if _, _, err := net.SplitHostPort(c.Dgraph.GRPC); err != nil || c.Dgraph.GRPC == "" {
		bad("dgraph.grpc", c.Dgraph.GRPC, "want host:port, e.g. 127.0.0.1:9080")
	}
	if u, err := url.Parse(c.Dgraph.HTTP); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		bad("dgraph.http", c.Dgraph.HTTP, "want an http(s) URL, e.g. http://127.0.0.1:8080")
	}
	if (c.Dgraph.TLS.Cert == "") != (c.Dgraph.TLS.Key == "") {
		bad("dgraph.tls.cert", c.Dgraph.TLS.Cert, "dgraph.tls.cert and dgraph.tls.key go together")
	}
	if c.Dgraph.Password != "" && c.Dgraph.User == "" {
		bad("dgraph.user", c.Dgraph.User, "a password needs a user")
	}
	c.validateLoad(bad)
	for _, g := range c.Input.Globs {
		if _, err := filepath.Match(g, ""); err != nil || g == "" {
			bad("input.globs", g, "not a valid file pattern")
		}
	}
	if len(c.Input.Globs) == 0 {
		bad("input.globs", "[]", "need at least one pattern, e.g. *.txt")
	}
	if c.Input.Workers < 0 || c.Input.Workers > 256 {
		bad("input.workers", c.Input.Workers, "want 0 (one per CPU) to 256")
	}
	if c.Watch.Interval < time.Second {
		bad("watch.interval", c.Watch.Interval, "want at least 1s, e.g. 15m")
	}
	if c.StateDir == "" {
		bad("state_dir", c.StateDir, "must not be empty")
	}
	if c.Local.PortOffset < 0 || c.Local.PortOffset > 50000 {
		bad("local.port_offset", c.Local.PortOffset, "want 0 to 50000")
	}
	return errors.Join(errs...)
}

func (c *Config) validateLoad(bad func(string, any, string)) {
	if c.Load.BatchSize < 1 || c.Load.BatchSize > 1_000_000 {
		bad("load.batch_size", c.Load.BatchSize, "want 1 to 1000000")
	}
	if c.Load.Concurrency < 1 || c.Load.Concurrency > 64 {
		bad("load.concurrency", c.Load.Concurrency, "want 1 to 64")
	}
	if c.Load.Retries < 0 || c.Load.Retries > 100 {
		bad("load.retries", c.Load.Retries, "want 0 to 100")
	}
	if c.Load.Chunk < 0 {
		bad("load.chunk", c.Load.Chunk, "want 0 (one load at the end) or a number of articles")
	}
	if c.Load.MaxBackoff <= 0 {
		bad("load.max_backoff", c.Load.MaxBackoff, "want a positive duration, e.g. 10s")
	}
}

func quote(v any) string {
	if s, ok := v.(string); ok {
		return strconv.Quote(s)
	}
	return fmt.Sprint(v)
}
