package graph

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/nisba/nisba/internal/dgraphtest"
)

func TestTLSOptions(t *testing.T) {
	dir := t.TempDir()
	notPEM := filepath.Join(dir, "ca.pem")
	if err := os.WriteFile(notPEM, []byte("not a certificate"), 0o600); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name    string
		opts    Options
		wantErr string
	}{
		{"plain", Options{}, ""},
		{"missing CA", Options{CAFile: filepath.Join(dir, "nope.pem")}, "read dgraph CA"},
		{"CA without certificates", Options{CAFile: notPEM}, "no certificate found"},
		{"missing client key", Options{CertFile: notPEM, KeyFile: filepath.Join(dir, "nope.key")}, "client certificate"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			conf, err := tc.opts.tlsConfig()
			if tc.wantErr == "" {
				if err != nil || conf != nil {
					t.Fatalf("got %v, %v; want no TLS", conf, err)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
				t.Fatalf("got %v, want an error containing %q", err, tc.wantErr)
			}
			// Dial reports the same error before connecting.
			if _, err := Dial(context.Background(), Options{GRPC: "127.0.0.1:1", CAFile: tc.opts.CAFile,
				CertFile: tc.opts.CertFile, KeyFile: tc.opts.KeyFile}); err == nil {
				t.Error("Dial accepted bad TLS settings")
			}
		})
	}
}

// BenchmarkLoad loads a synthetic document of 1000 attacks into a fresh
// graph per iteration (DropAll between runs) and reports quads per second.
func BenchmarkLoad(b *testing.B) {
	c := dgraphtest.Start(b)
	ctx := context.Background()
	cl, err := Dial(ctx, Options{GRPC: c.GRPC, HTTP: c.HTTP})
	if err != nil {
		b.Fatal(err)
	}
	defer cl.Close()
	doc := syntheticDoc(1000)
	var quads int
	var elapsed time.Duration
	for b.Loop() {
		b.StopTimer()
		c.DropAll(b)
		if err := cl.ApplySchema(ctx); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		sum, err := cl.Load(ctx, doc, LoadOptions{BatchSize: 1000, Concurrency: 2})
		if err != nil {
			b.Fatal(err)
		}
		quads += sum.Quads
		elapsed += sum.Elapsed
	}
	b.ReportMetric(float64(quads)/elapsed.Seconds(), "quads/s")
}
