package localdgraph

import (
	"bufio"
	"context"
	"embed"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
)

// toolsMod is the module that pins Dgraph: go.mod, go.sum and a tools.go that
// imports the dgraph command. They carry a .txt suffix because a real go.mod
// would cut the directory out of this module (and out of embed).
//
//go:embed toolsmod/go.mod.txt toolsmod/go.sum.txt toolsmod/tools.go.txt
var toolsMod embed.FS

// dgraphPkg is the main package Install builds.
const dgraphPkg = "github.com/dgraph-io/dgraph/v24/dgraph"

// versionLDFlags makes `dgraph version` report Version instead of "dev".
const versionLDFlags = "-X github.com/dgraph-io/dgraph/v24/x.dgraphVersion=" + Version

// InstallOptions control Install.
type InstallOptions struct {
	Out   io.Writer // progress lines (go build -v); nil discards them
	Force bool      // rebuild even if the binary is installed
	Dest  string    // where to put the binary; "" means CachePath()
	Go    string    // go command; "" means `go` from PATH
}

// Install builds Dgraph Version from the Go module proxy into opts.Dest
// (default CachePath) and returns its path. An installed binary that
// reports Version is kept unless Force. The new binary replaces the old one
// atomically, so running clusters and tests are not disturbed. It takes
// minutes on a cold module cache.
func Install(ctx context.Context, opts InstallOptions) (string, error) {
	out := opts.Out
	if out == nil {
		out = io.Discard
	}
	dest := opts.Dest
	if dest == "" {
		var err error
		if dest, err = CachePath(); err != nil {
			return "", err
		}
	}
	if !opts.Force && isExecutable(dest) {
		if v, err := BinaryVersion(ctx, dest); err == nil && v == Version {
			fmt.Fprintf(out, "dgraph %s already installed at %s\n", Version, dest)
			return dest, nil
		}
	}
	goBin, err := findGo(opts.Go)
	if err != nil {
		return "", err
	}
	if err := build(ctx, goBin, dest, out); err != nil {
		return "", err
	}
	fmt.Fprintf(out, "installed dgraph %s at %s\n", Version, dest)
	return dest, nil
}

func findGo(goCmd string) (string, error) {
	if goCmd == "" {
		goCmd = "go"
	}
	p, err := exec.LookPath(goCmd)
	if err != nil {
		return "", fmt.Errorf("install dgraph: the Go toolchain (%q) is not on PATH: install Go 1.24 or newer (https://go.dev/dl/), "+
			"or set %s to an existing dgraph %s binary: %w", goCmd, EnvBin, Version, err)
	}
	return p, nil
}

// build writes the tools module to a temp dir and runs go build in it,
// writing the binary beside dest and renaming it into place.
func build(ctx context.Context, goBin, dest string, out io.Writer) error {
	mod, err := os.MkdirTemp("", "nisba-dgraph-build-")
	if err != nil {
		return fmt.Errorf("install dgraph: %w", err)
	}
	defer os.RemoveAll(mod)
	if err := writeToolsMod(mod); err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(dest), 0o755); err != nil {
		return fmt.Errorf("install dgraph: %w", err)
	}
	// Each install builds into a file of its own, so two installs at once
	// (two shells running make test) both finish; the last rename wins
	// with the same binary.
	f, err := os.CreateTemp(filepath.Dir(dest), filepath.Base(dest)+".building-*")
	if err != nil {
		return fmt.Errorf("install dgraph: %w", err)
	}
	tmp := f.Name()
	f.Close()
	defer os.Remove(tmp)
	fmt.Fprintf(out, "building dgraph %s with %s (several minutes on a cold module cache)\n", Version, goBin)
	cmd := exec.CommandContext(ctx, goBin, "build", "-v", "-trimpath", "-ldflags", versionLDFlags, "-o", tmp, dgraphPkg)
	cmd.Dir = mod
	cmd.Env = append(os.Environ(), "GOFLAGS=-mod=mod", "GOWORK=off")
	tail, err := runStreaming(cmd, out)
	if err != nil {
		return buildError(ctx, err, tail)
	}
	if err := os.Rename(tmp, dest); err != nil {
		return fmt.Errorf("install dgraph: %w", err)
	}
	stamp := filepath.Join(filepath.Dir(dest), stampName)
	if err := os.WriteFile(stamp, []byte(Version+"\n"), 0o644); err != nil {
		return fmt.Errorf("install dgraph: write version stamp: %w", err)
	}
	return nil
}

func writeToolsMod(dir string) error {
	for _, name := range []string{"go.mod", "go.sum", "tools.go"} {
		b, err := toolsMod.ReadFile("toolsmod/" + name + ".txt")
		if err != nil {
			return fmt.Errorf("install dgraph: embedded %s: %w", name, err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			return fmt.Errorf("install dgraph: %w", err)
		}
	}
	return nil
}

// runStreaming runs cmd, copying its combined output line by line to out,
// and returns the last lines for error messages.
func runStreaming(cmd *exec.Cmd, out io.Writer) (string, error) {
	pr, pw := io.Pipe()
	cmd.Stdout, cmd.Stderr = pw, pw
	var (
		wg   sync.WaitGroup
		last []string
	)
	wg.Add(1)
	go func() {
		defer wg.Done()
		sc := bufio.NewScanner(pr)
		for sc.Scan() {
			fmt.Fprintln(out, "  "+sc.Text())
			if last = append(last, sc.Text()); len(last) > 20 {
				last = last[1:]
			}
		}
		_, _ = io.Copy(io.Discard, pr) // a line too long for the scanner must not block the build
	}()
	err := cmd.Run()
	_ = pw.Close()
	wg.Wait()
	return strings.Join(last, "\n"), err
}

func buildError(ctx context.Context, err error, tail string) error {
	if ctx.Err() != nil {
		return fmt.Errorf("install dgraph: build interrupted: %w", ctx.Err())
	}
	// Output fragments that mean the module proxy could not be reached.
	proxyHints := []string{"proxy.golang.org", "dial tcp", "no such host", "connection refused", "i/o timeout", "TLS handshake", "GOPROXY"}
	for _, h := range proxyHints {
		if strings.Contains(tail, h) {
			return fmt.Errorf("install dgraph: cannot download modules from the Go module proxy "+
				"(check network access and GOPROXY, or build on a machine that has it and set %s): %w\n%s", EnvBin, err, tail)
		}
	}
	return fmt.Errorf("install dgraph: go build %s failed: %w\n%s", dgraphPkg, err, tail)
}
