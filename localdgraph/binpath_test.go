package localdgraph

import (
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// fakeBin writes an executable shell script and returns its path.
func fakeBin(t *testing.T, dir, name, script string) string {
	t.Helper()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte("#!/bin/sh\n"+script+"\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestCachePath(t *testing.T) {
	tests := []struct {
		name string
		env  map[string]string
		want string
		err  bool
	}{
		{"xdg", map[string]string{"XDG_CACHE_HOME": "/x", "HOME": "/h"}, "/x/nisba/dgraph-v24.0.5/dgraph", false},
		{"home", map[string]string{"HOME": "/h"}, "/h/.cache/nisba/dgraph-v24.0.5/dgraph", false},
		{"relative xdg is ignored", map[string]string{"XDG_CACHE_HOME": "rel", "HOME": "/h"}, "/h/.cache/nisba/dgraph-v24.0.5/dgraph", false},
		{"nothing", map[string]string{}, "", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := cachePath(func(k string) string { return tt.env[k] })
			if (err != nil) != tt.err || got != tt.want {
				t.Fatalf("cachePath() = %q, %v; want %q, error %v", got, err, tt.want, tt.err)
			}
		})
	}
}

func TestResolveBinary(t *testing.T) {
	dir := t.TempDir()
	envBin := fakeBin(t, filepath.Join(dir, "env"), "dgraph", "exit 0")
	cfgBin := fakeBin(t, filepath.Join(dir, "cfg"), "dgraph", "exit 0")
	xdg := filepath.Join(dir, "xdg")
	cached := fakeBin(t, filepath.Join(xdg, "nisba", "dgraph-v24.0.5"), "dgraph", "exit 0")
	onPath := filepath.Join(dir, "path", "dgraph")

	tests := []struct {
		name       string
		env        map[string]string
		configured string
		pathVer    string // version of `dgraph` on PATH; "" means none on PATH
		want       string
		wantErr    string
	}{
		{"env wins", map[string]string{EnvBin: envBin, "XDG_CACHE_HOME": xdg}, cfgBin, "v24.0.5", envBin, ""},
		{"config next", map[string]string{"XDG_CACHE_HOME": xdg}, cfgBin, "v24.0.5", cfgBin, ""},
		{"cache next", map[string]string{"XDG_CACHE_HOME": xdg}, "", "v24.0.5", cached, ""},
		{"v24 on PATH last", map[string]string{"HOME": dir}, "", "v24.0.2", onPath, ""},
		{"old dgraph on PATH refused", map[string]string{"HOME": dir}, "", "v23.1.0", "", "want v24"},
		{"nothing anywhere", map[string]string{"HOME": dir}, "", "", "", "make dgraph"},
		{"missing env binary is an error", map[string]string{EnvBin: filepath.Join(dir, "nope"), "XDG_CACHE_HOME": xdg}, "", "", "", EnvBin},
		{"missing configured binary is an error", map[string]string{"XDG_CACHE_HOME": xdg}, filepath.Join(dir, "nope"), "", "", "configured"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := resolver{
				getenv: func(k string) string { return tt.env[k] },
				lookPath: func(string) (string, error) {
					if tt.pathVer == "" {
						return "", exec.ErrNotFound
					}
					return onPath, nil
				},
				version: func(context.Context, string) (string, error) { return tt.pathVer, nil },
			}
			got, err := r.resolve(context.Background(), tt.configured)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("resolve() = %q, %v; want error containing %q", got, err, tt.wantErr)
				}
				return
			}
			if err != nil || got != tt.want {
				t.Fatalf("resolve() = %q, %v; want %q", got, err, tt.want)
			}
		})
	}
}

func TestResolveNothingIsErrNoBinary(t *testing.T) {
	r := resolver{
		getenv:   func(string) string { return "" },
		lookPath: func(string) (string, error) { return "", exec.ErrNotFound },
	}
	if _, err := r.resolve(context.Background(), ""); !errors.Is(err, ErrNoBinary) {
		t.Fatalf("resolve() error = %v, want ErrNoBinary", err)
	}
}

func TestBinaryVersion(t *testing.T) {
	tests := []struct {
		name    string
		output  string
		stamp   string // VERSION file beside the binary; "" means none
		want    string
		wantErr bool
	}{
		{"release build", "Dgraph version   : v24.0.5\nDgraph codename  : dgraph\n", "", "v24.0.5", false},
		{"dev build with stamp", "\nDgraph version   : dev\n", "v24.0.5\n", "v24.0.5", false},
		{"dev build without stamp", "Dgraph version   : dev\n", "", "dev", false},
		{"stamp does not override a release", "Dgraph version   : v23.1.0\n", "v24.0.5", "v23.1.0", false},
		{"no version line", "hello\n", "", "", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			bin := fakeBin(t, dir, "dgraph", "cat <<'OUT'\n"+tt.output+"OUT")
			if tt.stamp != "" {
				if err := os.WriteFile(filepath.Join(dir, stampName), []byte(tt.stamp), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			got, err := BinaryVersion(context.Background(), bin)
			if (err != nil) != tt.wantErr || got != tt.want {
				t.Fatalf("BinaryVersion() = %q, %v; want %q, error %v", got, err, tt.want, tt.wantErr)
			}
		})
	}
}
