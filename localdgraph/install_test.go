package localdgraph

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// fakeGo is a `go` that records its arguments, environment and module files,
// then writes a dgraph that reports Version to the -o path.
const fakeGo = `
echo "$@" > "$LOG_DIR/args"
echo "$GOFLAGS" > "$LOG_DIR/goflags"
cp go.mod go.sum tools.go "$LOG_DIR/"
echo github.com/dgraph-io/dgraph/v24/dgraph
while [ "$1" != "-o" ]; do shift; done
printf '#!/bin/sh\necho "Dgraph version   : v24.0.5"\n' > "$2"
chmod +x "$2"`

func TestInstallBuildsWithPinnedModule(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("LOG_DIR", dir)
	goBin := fakeBin(t, filepath.Join(dir, "bin"), "go", fakeGo)
	dest := filepath.Join(dir, "cache", "dgraph")
	var out bytes.Buffer

	got, err := Install(context.Background(), InstallOptions{Out: &out, Dest: dest, Go: goBin})
	if err != nil || got != dest {
		t.Fatalf("Install() = %q, %v; output:\n%s", got, err, out.String())
	}
	args := readFile(t, filepath.Join(dir, "args"))
	for _, w := range []string{"build", "-trimpath", versionLDFlags, dgraphPkg} {
		if !strings.Contains(args, w) {
			t.Errorf("go args %q lack %q", args, w)
		}
	}
	if g := readFile(t, filepath.Join(dir, "goflags")); !strings.Contains(g, "-mod=mod") {
		t.Errorf("GOFLAGS = %q, want -mod=mod", g)
	}
	if m := readFile(t, filepath.Join(dir, "go.mod")); !strings.Contains(m, "github.com/dgraph-io/dgraph/v24 v24.0.5") {
		t.Errorf("tools go.mod does not pin dgraph v24.0.5:\n%.300s", m)
	}
	if s := readFile(t, filepath.Join(dir, "tools.go")); !strings.Contains(s, `_ "`+dgraphPkg+`"`) {
		t.Errorf("tools.go does not import %s", dgraphPkg)
	}
	if s := strings.TrimSpace(readFile(t, filepath.Join(dir, "cache", stampName))); s != Version {
		t.Errorf("VERSION stamp = %q, want %q", s, Version)
	}
	if !strings.Contains(out.String(), "  github.com/dgraph-io/dgraph/v24/dgraph") {
		t.Errorf("build progress not streamed; output:\n%s", out.String())
	}
	if left, _ := filepath.Glob(dest + ".building*"); len(left) > 0 {
		t.Errorf("temporary binary left behind: %v", left)
	}
}

// Two installs at once (two shells running make test on a fresh machine)
// must both succeed and leave one working binary.
func TestInstallConcurrent(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("LOG_DIR", dir)
	goBin := fakeBin(t, filepath.Join(dir, "bin"), "go", "sleep 0.3\n"+fakeGo)
	dest := filepath.Join(dir, "cache", "dgraph")
	errs := make(chan error, 2)
	for range 2 {
		go func() {
			_, err := Install(context.Background(), InstallOptions{Dest: dest, Go: goBin})
			errs <- err
		}()
	}
	for range 2 {
		if err := <-errs; err != nil {
			t.Errorf("concurrent Install: %v", err)
		}
	}
	if v, err := BinaryVersion(context.Background(), dest); err != nil || v != Version {
		t.Errorf("installed binary reports %q, %v", v, err)
	}
	if left, _ := filepath.Glob(dest + ".building*"); len(left) > 0 {
		t.Errorf("temporary binaries left behind: %v", left)
	}
}

func TestInstallSkipsInstalled(t *testing.T) {
	dir := t.TempDir()
	dest := fakeBin(t, dir, "dgraph", `echo "Dgraph version   : v24.0.5"`)
	var out bytes.Buffer
	// A go that cannot run proves nothing is built.
	got, err := Install(context.Background(), InstallOptions{Out: &out, Dest: dest, Go: filepath.Join(dir, "no-go")})
	if err != nil || got != dest || !strings.Contains(out.String(), "already installed") {
		t.Fatalf("Install() = %q, %v; output %q", got, err, out.String())
	}
}

func TestInstallErrors(t *testing.T) {
	dir := t.TempDir()
	installed := fakeBin(t, filepath.Join(dir, "installed"), "dgraph", `echo "Dgraph version   : v24.0.5"`)
	old := fakeBin(t, filepath.Join(dir, "old"), "dgraph", `echo "Dgraph version   : v23.1.1"`)
	offline := fakeBin(t, filepath.Join(dir, "offline"), "go",
		`echo 'go: github.com/dgraph-io/dgraph/v24@v24.0.5: Get "https://proxy.golang.org/...": dial tcp: lookup proxy.golang.org: no such host' >&2; exit 1`)
	broken := fakeBin(t, filepath.Join(dir, "broken"), "go", `echo 'x.go:1: syntax error' >&2; exit 2`)
	tests := []struct {
		name string
		opts InstallOptions
		want string
	}{
		{"force without go", InstallOptions{Dest: installed, Force: true, Go: filepath.Join(dir, "no-go")}, "not on PATH"},
		{"old version without go", InstallOptions{Dest: old, Go: filepath.Join(dir, "no-go")}, "install Go"},
		{"proxy unreachable", InstallOptions{Dest: filepath.Join(dir, "a", "dgraph"), Go: offline}, "cannot download modules from the Go module proxy"},
		{"compile failure", InstallOptions{Dest: filepath.Join(dir, "b", "dgraph"), Go: broken}, "syntax error"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Install(context.Background(), tt.opts)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("Install() error = %v, want it to contain %q", err, tt.want)
			}
		})
	}
}

func readFile(t *testing.T, p string) string {
	t.Helper()
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
