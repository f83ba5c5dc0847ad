package localdgraph

import (
	"errors"
	"fmt"
	"net"
	"path/filepath"
	"strconv"
	"time"
)

// Version is the Dgraph release nisba builds, runs and tests against.
const Version = "v24.0.5"

// Dgraph's default ports; every one is shifted by Options.PortOffset.
const (
	BaseZeroGRPC      = 5080
	BaseZeroHTTP      = 6080
	BaseAlphaInternal = 7080
	BaseAlphaHTTP     = 8080
	BaseAlphaGRPC     = 9080

	// MaxPortOffset keeps the highest port (alpha gRPC) a valid TCP port.
	MaxPortOffset = 65535 - BaseAlphaGRPC
)

// Defaults applied by Options when a field is zero.
const (
	DefaultCacheMB      = 1024
	DefaultStartTimeout = 90 * time.Second
	DefaultStopTimeout  = 30 * time.Second
)

// loopback is the only interface the managed cluster listens on.
const loopback = "127.0.0.1"

// Options describe one local cluster. Only StateDir is required.
type Options struct {
	// StateDir holds everything: data, WAL, logs and pid files go under StateDir/dgraph.
	StateDir string
	// Bin is the configured dgraph binary, resolved by BinaryPath (so
	// NISBA_DGRAPH_BIN still wins); empty means the usual lookup.
	Bin string
	// PortOffset is added to every Dgraph default port (0..MaxPortOffset).
	PortOffset int
	// CacheMB is alpha's cache size (--cache size-mb); 0 means DefaultCacheMB.
	CacheMB int
	// StartTimeout bounds the wait for health; 0 means DefaultStartTimeout.
	StartTimeout time.Duration
	// StopTimeout is how long Stop waits after SIGTERM before SIGKILL; 0 means DefaultStopTimeout.
	StopTimeout time.Duration
}

// Validate reports the first problem with the options, naming the field.
func (o Options) Validate() error {
	switch {
	case o.StateDir == "":
		return errors.New("localdgraph options: StateDir is required")
	case o.PortOffset < 0 || o.PortOffset > MaxPortOffset:
		return fmt.Errorf("localdgraph options: PortOffset %d out of range 0..%d", o.PortOffset, MaxPortOffset)
	case o.CacheMB < 0:
		return fmt.Errorf("localdgraph options: CacheMB %d is negative", o.CacheMB)
	case o.StartTimeout < 0:
		return fmt.Errorf("localdgraph options: StartTimeout %s is negative", o.StartTimeout)
	case o.StopTimeout < 0:
		return fmt.Errorf("localdgraph options: StopTimeout %s is negative", o.StopTimeout)
	}
	return nil
}

func (o Options) cacheMB() int {
	if o.CacheMB == 0 {
		return DefaultCacheMB
	}
	return o.CacheMB
}

func (o Options) startTimeout() time.Duration {
	if o.StartTimeout == 0 {
		return DefaultStartTimeout
	}
	return o.StartTimeout
}

func (o Options) stopTimeout() time.Duration {
	if o.StopTimeout == 0 {
		return DefaultStopTimeout
	}
	return o.StopTimeout
}

// Addrs are the loopback addresses ("127.0.0.1:port") of a cluster.
type Addrs struct {
	ZeroGRPC      string
	ZeroHTTP      string
	AlphaInternal string
	AlphaHTTP     string
	AlphaGRPC     string
}

// AlphaURL is alpha's HTTP base URL, e.g. "http://127.0.0.1:8080".
func (a Addrs) AlphaURL() string { return "http://" + a.AlphaHTTP }

// ZeroURL is zero's HTTP base URL, e.g. "http://127.0.0.1:6080".
func (a Addrs) ZeroURL() string { return "http://" + a.ZeroHTTP }

// Addrs returns the addresses the cluster with these options listens on.
func (o Options) Addrs() Addrs {
	at := func(base int) string { return net.JoinHostPort(loopback, strconv.Itoa(base+o.PortOffset)) }
	return Addrs{
		ZeroGRPC:      at(BaseZeroGRPC),
		ZeroHTTP:      at(BaseZeroHTTP),
		AlphaInternal: at(BaseAlphaInternal),
		AlphaHTTP:     at(BaseAlphaHTTP),
		AlphaGRPC:     at(BaseAlphaGRPC),
	}
}

// Layout is where a cluster keeps its files.
type Layout struct {
	Root     string // StateDir/dgraph
	ZeroDir  string // zero's working dir (WAL in zw/)
	AlphaDir string // alpha's working dir (p/, w/, t/, export/)
	LogDir   string
	ZeroLog  string
	AlphaLog string
	ZeroPID  string
	AlphaPID string
}

// Layout returns the file layout under StateDir.
func (o Options) Layout() Layout {
	root := filepath.Join(o.StateDir, "dgraph")
	logs := filepath.Join(root, "logs")
	return Layout{
		Root:     root,
		ZeroDir:  filepath.Join(root, "zero"),
		AlphaDir: filepath.Join(root, "alpha"),
		LogDir:   logs,
		ZeroLog:  filepath.Join(logs, "zero.log"),
		AlphaLog: filepath.Join(logs, "alpha.log"),
		ZeroPID:  filepath.Join(root, "zero.pid"),
		AlphaPID: filepath.Join(root, "alpha.pid"),
	}
}
