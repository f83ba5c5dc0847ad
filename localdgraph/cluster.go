package localdgraph

import (
	"context"
	"errors"
	"fmt"
	"os"
	"syscall"
	"time"
)

// NodeStatus describes one node of a local cluster.
type NodeStatus struct {
	Node    Node
	PID     int    // from the pid file; 0 when there is none
	Running bool   // the pid is a live dgraph process
	Healthy bool   // its health endpoints answer as ready
	Version string // as reported by the running node, e.g. "v24.0.5"
	GRPC    string // "127.0.0.1:port"
	HTTP    string // "http://127.0.0.1:port"
	Log     string // log file
	Problem string // why it is not healthy, when it is not
}

// StatusReport describes a local cluster. (It is not named Status because the
// function Status returns it.)
type StatusReport struct {
	StateDir       string
	Bin            string // resolved binary ("" when none is found)
	BinVersion     string // what `Bin version` reports
	Zero, Alpha    NodeStatus
	AlreadyRunning bool // set by Start when it found the cluster running
}

// Running reports whether both nodes are running.
func (s StatusReport) Running() bool { return s.Zero.Running && s.Alpha.Running }

// Healthy reports whether both nodes are running and healthy.
func (s StatusReport) Healthy() bool { return s.Running() && s.Zero.Healthy && s.Alpha.Healthy }

// Status inspects the cluster of opts through its pid files and health
// endpoints. A stopped cluster is not an error; bad options are.
func Status(ctx context.Context, opts Options) (StatusReport, error) {
	if err := opts.Validate(); err != nil {
		return StatusReport{}, err
	}
	st := StatusReport{StateDir: opts.StateDir}
	if bin, err := BinaryPath(ctx, opts.Bin); err == nil {
		st.Bin = bin
		st.BinVersion, _ = BinaryVersion(ctx, bin)
	}
	st.Zero = nodeStatus(ctx, opts, Zero)
	st.Alpha = nodeStatus(ctx, opts, Alpha)
	return st, nil
}

func nodeStatus(ctx context.Context, o Options, n Node) NodeStatus {
	a, l := o.Addrs(), o.Layout()
	_, log, pidFile := l.files(n)
	ns := NodeStatus{Node: n, Log: log, GRPC: a.ZeroGRPC, HTTP: a.ZeroURL()}
	if n == Alpha {
		ns.GRPC, ns.HTTP = a.AlphaGRPC, a.AlphaURL()
	}
	pid, err := readPID(pidFile)
	if err != nil {
		ns.Problem = err.Error()
		return ns
	}
	ns.PID = pid
	if ns.Running = alive(pid); !ns.Running {
		ns.Problem = "not running"
		return ns
	}
	p := probeZero
	if n == Alpha {
		p = probeAlpha
	}
	r := p(ctx, newHTTPClient(), a)
	ns.Healthy, ns.Version = r.healthy, r.version
	if r.err != nil {
		ns.Problem = r.err.Error()
	}
	return ns
}

// Start brings up the cluster of opts detached from the caller and waits
// until it is healthy. If it is already running it only waits for health and
// sets AlreadyRunning; if one node died it starts just that node.
func Start(ctx context.Context, opts Options) (StatusReport, error) {
	in, err := newInstance(ctx, opts)
	if err != nil {
		return StatusReport{}, err
	}
	st, err := Status(ctx, in.opts)
	if err != nil {
		return st, err
	}
	var missing []Node
	for _, ns := range []NodeStatus{st.Zero, st.Alpha} {
		if !ns.Running {
			missing = append(missing, ns.Node)
		}
	}
	if err := in.start(ctx, missing...); err != nil {
		return st, fmt.Errorf("start local dgraph in %s: %w", opts.StateDir, err)
	}
	// The children are reaped by in's goroutines while this process lives and
	// adopted by init after it exits.
	st, err = Status(ctx, in.opts)
	st.AlreadyRunning = len(missing) == 0
	return st, err
}

// Stop shuts the cluster of opts down: SIGTERM to alpha, then zero, SIGKILL
// after Options.StopTimeout, and removes the pid files. Stopping a stopped
// cluster is not an error.
func Stop(ctx context.Context, opts Options) error {
	if err := opts.Validate(); err != nil {
		return err
	}
	l := opts.Layout()
	var errs []error
	for _, n := range []Node{Alpha, Zero} {
		_, _, pidFile := l.files(n)
		if err := stopPID(ctx, pidFile, opts.stopTimeout()); err != nil {
			errs = append(errs, fmt.Errorf("stop dgraph %s: %w", n, err))
		}
	}
	return errors.Join(errs...)
}

func stopPID(ctx context.Context, pidFile string, timeout time.Duration) error {
	pid, err := readPID(pidFile)
	if err != nil || pid == 0 {
		_ = os.Remove(pidFile)
		return err
	}
	if alive(pid) {
		if err := killGroup(pid, syscall.SIGTERM); err != nil {
			return err
		}
		if !waitGone(ctx, pid, timeout) {
			if err := killGroup(pid, syscall.SIGKILL); err != nil {
				return err
			}
			if !waitGone(context.WithoutCancel(ctx), pid, 10*time.Second) {
				return fmt.Errorf("pid %d survived SIGKILL", pid)
			}
		}
	}
	if err := os.Remove(pidFile); err != nil && !errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("remove pid file: %w", err)
	}
	return nil
}

// waitGone polls until pid is no longer a live dgraph process.
func waitGone(ctx context.Context, pid int, timeout time.Duration) bool {
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	tick := time.NewTicker(pollInterval)
	defer tick.Stop()
	for alive(pid) {
		select {
		case <-ctx.Done():
			return !alive(pid)
		case <-tick.C:
		}
	}
	return true
}
