package config

import (
	"errors"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/spf13/pflag"
)

func TestGoodFiles(t *testing.T) {
	full := load(t, Sources{File: "testdata/full.good.yaml"})
	checks := []struct {
		name string
		got  any
		want any
	}{
		{"dgraph.grpc", full.Dgraph.GRPC, "dgraph.example.org:9443"},
		{"dgraph.tls.server_name", full.Dgraph.TLS.ServerName, "dgraph.example.org"},
		{"dgraph.namespace", full.Dgraph.Namespace, uint64(3)},
		{"load.batch_size", full.Load.BatchSize, 250},
		{"load.max_backoff", full.Load.MaxBackoff, 30 * time.Second},
		{"load.prune", full.Load.Prune, true},
		{"input.globs", strings.Join(full.Input.Globs, ","), "*.txt,*.html"},
		{"watch.interval", full.Watch.Interval, time.Hour},
		{"local.port_offset", full.Local.PortOffset, 100},
		{"verbose", full.Verbose, true},
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("%s = %v, want %v", c.name, c.got, c.want)
		}
	}
	def := load(t, Sources{File: "testdata/empty.good.yaml"})
	if def.Dgraph.GRPC != "127.0.0.1:9080" || def.Load.BatchSize != 1000 || def.Watch.Interval != 15*time.Minute ||
		def.StateDir != ".nisba" || def.Load.Prune || len(def.Input.Globs) != 1 || def.Input.Globs[0] != "*.txt" {
		t.Errorf("defaults not kept: %+v", def)
	}
}

func TestBadFiles(t *testing.T) {
	tests := []struct {
		file  string
		is    error
		names []string // every string must appear in the message
	}{
		{"typo.bad.yaml", ErrUnknownKey, []string{"dgraph.grcp", "load.batchsize"}},
		{"grpc.bad.yaml", ErrInvalid, []string{"dgraph.grpc", `"localhost"`}},
		{"http.bad.yaml", ErrInvalid, []string{"dgraph.http", `"127.0.0.1:8080"`}},
		{"batch.bad.yaml", ErrInvalid, []string{"load.batch_size = 0", "load.concurrency = 500"}},
		{"interval.bad.yaml", ErrInvalid, []string{"watch.interval = 10ms"}},
		{"tls.bad.yaml", ErrInvalid, []string{"dgraph.tls.cert", "dgraph.tls.key"}},
		{"glob.bad.yaml", ErrInvalid, []string{"input.globs", `"[a-"`}},
		{"syntax.bad.yaml", nil, []string{"syntax.bad.yaml"}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			_, err := Load(Sources{File: filepath.Join("testdata", tt.file)})
			if err == nil {
				t.Fatal("no error")
			}
			if tt.is != nil && !errors.Is(err, tt.is) {
				t.Errorf("error %v is not %v", err, tt.is)
			}
			for _, n := range tt.names {
				if !strings.Contains(err.Error(), n) {
					t.Errorf("error %q does not mention %q", err, n)
				}
			}
		})
	}
}

func TestEveryBadFileHasACase(t *testing.T) {
	files, err := filepath.Glob("testdata/*.bad.yaml")
	if err != nil || len(files) < 8 {
		t.Fatalf("want the bad files of the table, got %v (%v)", files, err)
	}
}

func TestMissingFile(t *testing.T) {
	_, err := Load(Sources{File: filepath.Join(t.TempDir(), "nope.yaml")})
	if err == nil || !strings.Contains(err.Error(), "nope.yaml") {
		t.Fatalf("want an error naming the file, got %v", err)
	}
}

func TestEnvOverridesFile(t *testing.T) {
	t.Setenv("NISBA_DGRAPH_GRPC", "10.0.0.5:9080")
	t.Setenv("NISBA_LOAD_BATCH_SIZE", "42")
	t.Setenv("NISBA_INPUT_GLOBS", "*.txt,*.htm")
	t.Setenv("NISBA_WATCH_INTERVAL", "2m")
	c := load(t, Sources{File: "testdata/full.good.yaml"})
	if c.Dgraph.GRPC != "10.0.0.5:9080" || c.Load.BatchSize != 42 || c.Watch.Interval != 2*time.Minute {
		t.Errorf("env not applied: %+v", c)
	}
	if strings.Join(c.Input.Globs, ",") != "*.txt,*.htm" {
		t.Errorf("globs from env = %q", c.Input.Globs)
	}
	if c.Load.Concurrency != 4 {
		t.Errorf("file value lost: concurrency = %d", c.Load.Concurrency)
	}
}

func TestBadEnvNamesKey(t *testing.T) {
	t.Setenv("NISBA_LOAD_CONCURRENCY", "0")
	_, err := Load(Sources{})
	if err == nil || !strings.Contains(err.Error(), "load.concurrency = 0") {
		t.Fatalf("want an error naming load.concurrency, got %v", err)
	}
}

func TestFlagsOverrideEnv(t *testing.T) {
	t.Setenv("NISBA_DGRAPH_GRPC", "10.0.0.5:9080")
	t.Setenv("NISBA_STATE_DIR", "/from/env")
	fs := pflag.NewFlagSet("test", pflag.ContinueOnError)
	fs.String("dgraph-grpc", "127.0.0.1:9080", "")
	fs.String("state-dir", ".nisba", "")
	fs.Int("batch-size", 1000, "")
	if err := fs.Parse([]string{"--dgraph-grpc", "db:9999", "--batch-size", "7"}); err != nil {
		t.Fatal(err)
	}
	c := load(t, Sources{Flags: fs})
	if c.Dgraph.GRPC != "db:9999" || c.Load.BatchSize != 7 {
		t.Errorf("flags not applied: grpc=%q batch=%d", c.Dgraph.GRPC, c.Load.BatchSize)
	}
	if c.StateDir != "/from/env" {
		t.Errorf("an unset flag must not hide the env: state_dir=%q", c.StateDir)
	}
}

func load(t *testing.T, src Sources) *Config {
	t.Helper()
	c, err := Load(src)
	if err != nil {
		t.Fatalf("Load(%+v): %v", src, err)
	}
	return c
}
