package localdgraph

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"strings"
	"syscall"
	"time"
)

// Instance is a cluster whose processes are children of this process, so it
// can kill, reap and restart them (tests, fault injection). The processes
// still run in their own session and keep pid files, so Stop and Status work
// on them too.
type Instance struct {
	opts  Options // Bin resolved
	http  *http.Client
	procs map[Node]*child
	tied  bool // children die with this process (Launch) or outlive it (Start)
}

// child is one started node and the result of waiting for it.
type child struct {
	cmd  *exec.Cmd
	done chan struct{}
	err  error
}

func startChild(bin string, o Options, n Node, tied bool) (*child, error) {
	cmd, err := spawn(bin, o, n, tied)
	if err != nil {
		return nil, err
	}
	c := &child{cmd: cmd, done: make(chan struct{})}
	go func() { c.err = cmd.Wait(); close(c.done) }()
	return c, nil
}

func (c *child) exited() bool {
	select {
	case <-c.done:
		return true
	default:
		return false
	}
}

// Launch starts zero and alpha as children of this process and waits until
// both are healthy. They are killed when this process dies, even without Kill
// or Stop (Linux parent-death signal). On failure it kills what it started
// and returns an error that includes the tail of the failing node's log;
// errors.Is(err, ErrPortInUse) tells the caller to retry with another
// PortOffset. An Instance is not safe for concurrent use.
func Launch(ctx context.Context, opts Options) (*Instance, error) {
	in, err := newInstance(ctx, opts)
	if err != nil {
		return nil, err
	}
	in.tied = true
	if err := in.start(ctx, Zero, Alpha); err != nil {
		return nil, err
	}
	return in, nil
}

// LaunchZero starts only zero, as a child of this process, and waits until
// it is healthy; StartAlpha adds alpha later. This is the order `dgraph bulk`
// needs: bulk leases uids and timestamps from a running zero, and an alpha
// is then started on the p directory bulk wrote.
func LaunchZero(ctx context.Context, opts Options) (*Instance, error) {
	in, err := newInstance(ctx, opts)
	if err != nil {
		return nil, err
	}
	in.tied = true
	if err := in.start(ctx, Zero); err != nil {
		return nil, err
	}
	return in, nil
}

// StartAlpha starts alpha on whatever data its directory (Layout().AlphaDir)
// holds, for example a p directory made by `dgraph bulk`, and waits until the
// cluster is healthy. Zero must be running and alpha must not be.
func (in *Instance) StartAlpha(ctx context.Context) error {
	return in.RestartAlpha(ctx)
}

func newInstance(ctx context.Context, opts Options) (*Instance, error) {
	if err := opts.Validate(); err != nil {
		return nil, err
	}
	bin, err := BinaryPath(ctx, opts.Bin)
	if err != nil {
		return nil, err
	}
	opts.Bin = bin
	return &Instance{opts: opts, http: newHTTPClient(), procs: map[Node]*child{}}, nil
}

// start spawns nodes (zero before alpha) and waits until the whole cluster is healthy.
func (in *Instance) start(ctx context.Context, nodes ...Node) error {
	for _, n := range nodes {
		if err := portsFree(in.opts, n); err != nil {
			return err
		}
	}
	var zeroStarted time.Time
	for _, n := range nodes {
		if n == Alpha && !zeroStarted.IsZero() {
			if err := in.staggerAlpha(ctx, zeroStarted); err != nil {
				in.kill(nodes...)
				return err
			}
		}
		c, err := startChild(in.opts.Bin, in.opts, n, in.tied)
		if err != nil {
			in.kill(nodes...)
			return err
		}
		in.procs[n] = c
		if n == Zero {
			zeroStarted = time.Now()
		}
	}
	if err := in.waitHealthy(ctx); err != nil {
		in.kill(nodes...)
		return err
	}
	return nil
}

// alphaDelay is how long after a fresh zero alpha is started. Alpha's GraphQL
// admin server first reads its schema 5 s after alpha starts and then retries
// only every 5 s; a fresh zero needs 2-4 s to elect itself leader and alpha
// about 1 s more to join. Started together with zero, alpha often misses
// that first read and costs 5 s more; started this much later, it rarely does.
const alphaDelay = 2 * time.Second

// staggerAlpha waits until alphaDelay has passed since zero started, failing early if zero exits.
func (in *Instance) staggerAlpha(ctx context.Context, zeroStarted time.Time) error {
	zero := in.procs[Zero]
	select {
	case <-zero.done:
		return in.failure(Zero, fmt.Errorf("exited early: %v", zero.err))
	case <-ctx.Done():
		return fmt.Errorf("start dgraph alpha: %w", ctx.Err())
	case <-time.After(time.Until(zeroStarted.Add(alphaDelay))):
		return nil
	}
}

// Options returns the options the instance runs with (Bin resolved).
func (in *Instance) Options() Options { return in.opts }

// Addrs returns the instance's loopback addresses.
func (in *Instance) Addrs() Addrs { return in.opts.Addrs() }

// KillAlpha SIGKILLs alpha, as a crash would, and reaps it.
func (in *Instance) KillAlpha() error {
	c, ok := in.procs[Alpha]
	if !ok {
		return errors.New("kill alpha: alpha was not started by this instance")
	}
	in.kill(Alpha)
	if !c.exited() {
		return fmt.Errorf("kill alpha: pid %d did not exit", c.cmd.Process.Pid)
	}
	return nil
}

// RestartAlpha starts alpha again on the same ports and data and waits until
// the cluster is healthy. Alpha must not be running.
func (in *Instance) RestartAlpha(ctx context.Context) error {
	if c, ok := in.procs[Alpha]; ok && !c.exited() {
		return errors.New("restart alpha: alpha is still running")
	}
	delete(in.procs, Alpha)
	return in.start(ctx, Alpha)
}

// LogTail returns the last lines of node n's log, for test failure reports.
func (in *Instance) LogTail(n Node, lines int) string {
	_, log, _ := in.opts.Layout().files(n)
	return logTail(log, lines)
}

// Kill SIGKILLs both nodes and reaps them: the fast teardown for tests.
func (in *Instance) Kill() { in.kill(Alpha, Zero) }

// kill SIGKILLs the given nodes' process groups, reaps them and removes their pid files.
func (in *Instance) kill(nodes ...Node) {
	l := in.opts.Layout()
	for _, n := range nodes {
		c, ok := in.procs[n]
		if !ok {
			continue
		}
		if !c.exited() {
			_ = killGroup(c.cmd.Process.Pid, syscall.SIGKILL)
			<-c.done
		}
		_, _, pid := l.files(n)
		_ = os.Remove(pid)
	}
}

// portsFree checks node n's listening ports by binding them briefly.
func portsFree(o Options, n Node) error {
	a := o.Addrs()
	ports := map[string]string{"zero gRPC": a.ZeroGRPC, "zero HTTP": a.ZeroHTTP}
	if n == Alpha {
		ports = map[string]string{"alpha internal": a.AlphaInternal, "alpha HTTP": a.AlphaHTTP, "alpha gRPC": a.AlphaGRPC}
	}
	for name, addr := range ports {
		l, err := net.Listen("tcp", addr)
		if err != nil {
			return fmt.Errorf("%w: %s %s is taken (choose another port offset): %v", ErrPortInUse, name, addr, err)
		}
		_ = l.Close()
	}
	return nil
}

// waitHealthy polls every pollInterval until zero and alpha are healthy, a
// child exits, or the start timeout passes.
func (in *Instance) waitHealthy(ctx context.Context) error {
	ctx, cancel := context.WithTimeout(ctx, in.opts.startTimeout())
	defer cancel()
	tick := time.NewTicker(pollInterval)
	defer tick.Stop()
	a := in.opts.Addrs()
	for {
		for n, c := range in.procs {
			if c.exited() {
				return in.failure(n, fmt.Errorf("exited early: %v", c.err))
			}
		}
		n, p := Zero, probeZero(ctx, in.http, a)
		if _, withAlpha := in.procs[Alpha]; p.healthy && !withAlpha {
			return nil
		}
		if p.healthy {
			n, p = Alpha, probeAlpha(ctx, in.http, a)
			if p.healthy {
				return nil
			}
		}
		select {
		case <-ctx.Done():
			return in.failure(n, fmt.Errorf("not healthy within %s (%v): %v", in.opts.startTimeout(), ctx.Err(), p.err))
		case <-tick.C:
		}
	}
}

// failure builds a start error that points at node n's log and quotes its tail.
func (in *Instance) failure(n Node, cause error) error {
	_, log, _ := in.opts.Layout().files(n)
	tail := logTail(log, 20)
	err := fmt.Errorf("dgraph %s: %w; log: %s\n%s", n, cause, log, tail)
	if strings.Contains(tail, "address already in use") {
		err = fmt.Errorf("%w: %w", ErrPortInUse, err)
	}
	return err
}

// logTail returns the last n lines of a log file (read from its last 16 KiB).
func logTail(path string, n int) string {
	f, err := os.Open(path)
	if err != nil {
		return ""
	}
	defer f.Close()
	const window = 16 << 10
	if fi, err := f.Stat(); err == nil && fi.Size() > window {
		_, _ = f.Seek(fi.Size()-window, 0)
	}
	buf := make([]byte, window)
	k, _ := f.Read(buf)
	lines := strings.Split(strings.TrimRight(string(buf[:k]), "\n"), "\n")
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return strings.Join(lines, "\n")
}
