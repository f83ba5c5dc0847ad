package localdgraph

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
)

// Node names one of the two Dgraph processes.
type Node string

// The two processes of a local cluster.
const (
	Zero  Node = "zero"
	Alpha Node = "alpha"
)

// telemetryOff keeps Dgraph from phoning home; these machines have no internet anyway.
const telemetryOff = "reports=false; sentry=false;"

// args returns the dgraph command line for node n.
func (o Options) args(n Node) []string {
	a := o.Addrs()
	common := []string{
		"--bindall=false",
		"--port_offset=" + strconv.Itoa(o.PortOffset),
		"--telemetry=" + telemetryOff,
		"--logtostderr",
	}
	if n == Zero {
		return append([]string{"zero", "--my=" + a.ZeroGRPC, "--wal=zw"}, common...)
	}
	return append([]string{
		"alpha",
		"--my=" + a.AlphaInternal,
		"--zero=" + a.ZeroGRPC,
		"--postings=p", "--wal=w", "--tmp=t", "--export=export",
		"--security=whitelist=127.0.0.1/8,::1/128",
		fmt.Sprintf("--cache=size-mb=%d", o.cacheMB()),
	}, common...)
}

// files returns node n's working dir, log file and pid file.
func (l Layout) files(n Node) (dir, log, pid string) {
	if n == Zero {
		return l.ZeroDir, l.ZeroLog, l.ZeroPID
	}
	return l.AlphaDir, l.AlphaLog, l.AlphaPID
}

// spawn starts node n in its own session (so it outlives the caller and can
// be signalled as a group), appending its output to its log file, and writes
// its pid file. With tied, the kernel kills the node when the caller dies
// (a test binary killed by -timeout must not leave Dgraph behind).
func spawn(bin string, o Options, n Node, tied bool) (*exec.Cmd, error) {
	dir, logPath, pidPath := o.Layout().files(n)
	for _, d := range []string{dir, filepath.Dir(logPath)} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			return nil, fmt.Errorf("start dgraph %s: %w", n, err)
		}
	}
	logf, err := os.OpenFile(logPath, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		return nil, fmt.Errorf("start dgraph %s: %w", n, err)
	}
	defer logf.Close() // the child holds its own descriptor
	cmd := exec.Command(bin, o.args(n)...)
	cmd.Dir = dir
	cmd.Stdout, cmd.Stderr = logf, logf
	cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true}
	if tied {
		cmd.SysProcAttr.Pdeathsig = syscall.SIGKILL
	}
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("start dgraph %s (%s): %w", n, bin, err)
	}
	if err := os.WriteFile(pidPath, []byte(strconv.Itoa(cmd.Process.Pid)+"\n"), 0o644); err != nil {
		_ = killGroup(cmd.Process.Pid, syscall.SIGKILL)
		_ = cmd.Wait()
		return nil, fmt.Errorf("start dgraph %s: write pid file: %w", n, err)
	}
	return cmd, nil
}

// readPID returns the pid in a pid file, or 0 when there is none.
func readPID(path string) (int, error) {
	b, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return 0, nil
	}
	if err != nil {
		return 0, fmt.Errorf("read pid file: %w", err)
	}
	pid, err := strconv.Atoi(strings.TrimSpace(string(b)))
	if err != nil || pid <= 0 {
		return 0, fmt.Errorf("pid file %s: bad content %q", path, bytes.TrimSpace(b))
	}
	return pid, nil
}

// alive reports whether pid is a live (not zombie) dgraph process. Checking
// the command line guards against a recycled pid from a stale pid file.
func alive(pid int) bool {
	if pid <= 0 || syscall.Kill(pid, 0) != nil {
		return false
	}
	if stat, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid)); err == nil {
		if i := bytes.LastIndexByte(stat, ')'); i >= 0 && i+2 < len(stat) && stat[i+2] == 'Z' {
			return false
		}
	}
	cmdline, err := os.ReadFile(fmt.Sprintf("/proc/%d/cmdline", pid))
	if err != nil {
		return !errors.Is(err, os.ErrNotExist) // no /proc: trust kill(0)
	}
	return isNodeCmdline(cmdline)
}

// isNodeCmdline reports whether a NUL-separated command line is `dgraph zero ...` or `dgraph alpha ...`.
func isNodeCmdline(cmdline []byte) bool {
	argv := strings.Split(string(cmdline), "\x00")
	return len(argv) >= 2 && strings.Contains(filepath.Base(argv[0]), "dgraph") &&
		(argv[1] == string(Zero) || argv[1] == string(Alpha))
}

// killGroup signals the process group led by pid (spawn makes each node a
// session leader), falling back to the process alone.
func killGroup(pid int, sig syscall.Signal) error {
	if err := syscall.Kill(-pid, sig); err == nil {
		return nil
	}
	if err := syscall.Kill(pid, sig); err != nil && !errors.Is(err, syscall.ESRCH) {
		return fmt.Errorf("signal pid %d: %w", pid, err)
	}
	return nil
}
