package localdgraph

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"
)

// EnvBin names the environment variable that overrides the dgraph binary.
const EnvBin = "NISBA_DGRAPH_BIN"

// stampName is the file beside an installed binary that records its version.
const stampName = "VERSION"

// CachePath is where Install puts the binary:
// ${XDG_CACHE_HOME:-$HOME/.cache}/nisba/dgraph-v24.0.5/dgraph.
func CachePath() (string, error) {
	return cachePath(os.Getenv)
}

func cachePath(getenv func(string) string) (string, error) {
	base := getenv("XDG_CACHE_HOME")
	if base == "" || !filepath.IsAbs(base) {
		home := getenv("HOME")
		if home == "" {
			return "", errors.New("locate dgraph cache: neither XDG_CACHE_HOME nor HOME is set")
		}
		base = filepath.Join(home, ".cache")
	}
	return filepath.Join(base, "nisba", "dgraph-"+Version, "dgraph"), nil
}

// BinaryPath resolves the dgraph binary: $NISBA_DGRAPH_BIN, then configured
// (a config value; may be empty), then CachePath, then `dgraph` on PATH if it
// reports a v24 version. An explicit setting that does not exist is an error,
// never silently replaced by another binary.
func BinaryPath(ctx context.Context, configured string) (string, error) {
	r := resolver{getenv: os.Getenv, lookPath: exec.LookPath, version: BinaryVersion}
	return r.resolve(ctx, configured)
}

// resolver holds the lookups BinaryPath depends on, so tests can replace them.
type resolver struct {
	getenv   func(string) string
	lookPath func(string) (string, error)
	version  func(context.Context, string) (string, error)
}

func (r resolver) resolve(ctx context.Context, configured string) (string, error) {
	if p := r.getenv(EnvBin); p != "" {
		return explicitBinary(p, EnvBin)
	}
	if configured != "" {
		return explicitBinary(configured, "configured dgraph binary")
	}
	if p, err := cachePath(r.getenv); err == nil && isExecutable(p) {
		return p, nil
	}
	p, err := r.lookPath("dgraph")
	if err != nil {
		return "", ErrNoBinary
	}
	v, err := r.version(ctx, p)
	if err != nil || !strings.HasPrefix(v, "v24.") {
		return "", fmt.Errorf("%w (the `dgraph` on PATH at %s reports version %q, want v24)", ErrNoBinary, p, v)
	}
	return p, nil
}

func explicitBinary(p, source string) (string, error) {
	if !isExecutable(p) {
		return "", fmt.Errorf("%s %q: not an executable file (fix or unset it; `make dgraph` builds one)", source, p)
	}
	return p, nil
}

func isExecutable(p string) bool {
	fi, err := os.Stat(p)
	return err == nil && fi.Mode().IsRegular() && fi.Mode().Perm()&0o111 != 0
}

// BinaryVersion runs `bin version` and returns the reported version, e.g.
// "v24.0.5". A plain `go build` reports "dev"; then the VERSION stamp that
// Install writes beside the binary is used instead.
func BinaryVersion(ctx context.Context, bin string) (string, error) {
	ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	out, err := exec.CommandContext(ctx, bin, "version").Output()
	if err != nil {
		return "", fmt.Errorf("run %s version: %w", bin, err)
	}
	v := parseVersion(out)
	if v == "" {
		return "", fmt.Errorf("run %s version: no version line in output", bin)
	}
	if v == "dev" {
		if stamp, err := os.ReadFile(filepath.Join(filepath.Dir(bin), stampName)); err == nil {
			if s := strings.TrimSpace(string(stamp)); s != "" {
				return s, nil
			}
		}
	}
	return v, nil
}

// parseVersion finds "Dgraph version   : v24.0.5" in `dgraph version` output.
func parseVersion(out []byte) string {
	sc := bufio.NewScanner(bytes.NewReader(out))
	for sc.Scan() {
		key, val, ok := strings.Cut(sc.Text(), ":")
		if ok && strings.TrimSpace(key) == "Dgraph version" {
			return strings.TrimSpace(val)
		}
	}
	return ""
}
