package localdgraph

import (
	"context"
	"errors"
	"math/rand/v2"
	"net"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// realBinary returns the dgraph binary, failing in CI and skipping elsewhere when there is none.
func realBinary(t *testing.T) string {
	t.Helper()
	bin, err := BinaryPath(context.Background(), "")
	if err == nil {
		return bin
	}
	if os.Getenv("CI") == "true" {
		t.Fatalf("integration test needs dgraph: %v", err)
	}
	t.Skipf("integration test needs dgraph: %v", err)
	return ""
}

// testOptions picks a random port offset whose ports are free right now.
func testOptions(t *testing.T, bin string) Options {
	t.Helper()
	for range 20 {
		o := Options{StateDir: t.TempDir(), Bin: bin, PortOffset: 5000 + rand.IntN(18000), CacheMB: 128, StopTimeout: 20 * time.Second}
		if portsFree(o, Zero) == nil && portsFree(o, Alpha) == nil {
			return o
		}
	}
	t.Fatal("no free port offset found")
	return Options{}
}

// TestStartStatusStop runs the CLI's lifecycle against the real binary.
func TestStartStatusStop(t *testing.T) {
	opts := testOptions(t, realBinary(t))
	ctx := context.Background()
	t.Cleanup(func() { _ = Stop(ctx, opts) })

	t0 := time.Now()
	st, err := Start(ctx, opts)
	if err != nil {
		t.Fatalf("Start: %v", err)
	}
	t.Logf("Start took %s", time.Since(t0))
	if !st.Healthy() || st.AlreadyRunning {
		t.Fatalf("after Start: %+v", st)
	}
	if st.Alpha.Version != Version || st.Zero.Version != Version {
		t.Errorf("versions alpha %q zero %q, want %s", st.Alpha.Version, st.Zero.Version, Version)
	}
	if st.Alpha.HTTP != opts.Addrs().AlphaURL() || st.Alpha.GRPC != opts.Addrs().AlphaGRPC {
		t.Errorf("alpha addresses %q %q", st.Alpha.HTTP, st.Alpha.GRPC)
	}
	assertOnlyLoopback(t, opts.Addrs().AlphaHTTP)

	again, err := Start(ctx, opts)
	if err != nil || !again.AlreadyRunning || again.Alpha.PID != st.Alpha.PID {
		t.Fatalf("second Start = %+v, %v; want the same cluster, AlreadyRunning", again, err)
	}

	t0 = time.Now()
	if err := Stop(ctx, opts); err != nil {
		t.Fatalf("Stop: %v", err)
	}
	t.Logf("Stop took %s", time.Since(t0))
	after, err := Status(ctx, opts)
	if err != nil || after.Zero.Running || after.Alpha.Running {
		t.Fatalf("Status after Stop = %+v, %v", after, err)
	}
	for _, p := range []string{opts.Layout().ZeroPID, opts.Layout().AlphaPID} {
		if _, err := os.Stat(p); !os.IsNotExist(err) {
			t.Errorf("pid file %s left after Stop", p)
		}
	}
	if err := Stop(ctx, opts); err != nil {
		t.Errorf("Stop of a stopped cluster: %v", err)
	}
}

// assertOnlyLoopback checks that the port is not reachable on a non-loopback address.
func assertOnlyLoopback(t *testing.T, addr string) {
	t.Helper()
	_, port, _ := net.SplitHostPort(addr)
	addrs, _ := net.InterfaceAddrs()
	for _, a := range addrs {
		ip, _, _ := net.ParseCIDR(a.String())
		if ip == nil || ip.IsLoopback() || ip.To4() == nil {
			continue
		}
		if c, err := net.DialTimeout("tcp", net.JoinHostPort(ip.String(), port), time.Second); err == nil {
			c.Close()
			t.Errorf("alpha answers on %s:%s; want loopback only", ip, port)
		}
	}
}

func TestStartRefusesBusyPort(t *testing.T) {
	opts := testOptions(t, realBinary(t))
	l, err := net.Listen("tcp", opts.Addrs().AlphaHTTP)
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	_, err = Start(context.Background(), opts)
	if !errors.Is(err, ErrPortInUse) || !strings.Contains(err.Error(), strconv.Itoa(BaseAlphaHTTP+opts.PortOffset)) {
		t.Fatalf("Start with a busy alpha port: %v; want ErrPortInUse naming the port", err)
	}
	if st, _ := Status(context.Background(), opts); st.Zero.Running {
		t.Errorf("zero left running after a refused start")
	}
}

// TestLaunchFailureQuotesLog uses a "dgraph" that dies at once: the error
// must say which node, where its log is, and what it said.
func TestLaunchFailureQuotesLog(t *testing.T) {
	t.Setenv(EnvBin, "")
	dir := t.TempDir()
	bin := fakeBin(t, dir, "dgraph", `echo "fatal: cannot open p directory (test)" >&2; exit 3`)
	opts := testOptions(t, bin)
	_, err := Launch(context.Background(), opts)
	if err == nil {
		t.Fatal("Launch of a failing binary succeeded")
	}
	for _, w := range []string{"dgraph zero", "exited early", opts.Layout().ZeroLog, "cannot open p directory (test)"} {
		if !strings.Contains(err.Error(), w) {
			t.Errorf("error %q lacks %q", err, w)
		}
	}
}

// TestStopSparesForeignPID: a stale pid file naming some other process must not kill it.
func TestStopSparesForeignPID(t *testing.T) {
	opts := Options{StateDir: t.TempDir()}
	sleeper := exec.Command("sleep", "30")
	if err := sleeper.Start(); err != nil {
		t.Skipf("no sleep command: %v", err)
	}
	t.Cleanup(func() { _ = sleeper.Process.Kill(); _ = sleeper.Wait() })
	if err := os.MkdirAll(opts.Layout().Root, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(opts.Layout().AlphaPID, []byte(strconv.Itoa(sleeper.Process.Pid)), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := Stop(context.Background(), opts); err != nil {
		t.Fatalf("Stop: %v", err)
	}
	if err := sleeper.Process.Signal(syscall.Signal(0)); err != nil {
		t.Fatalf("foreign process was killed: %v", err)
	}
	if _, err := os.Stat(opts.Layout().AlphaPID); !os.IsNotExist(err) {
		t.Errorf("stale pid file kept")
	}
}

// helperEnv carries a state dir to the re-executed test binary of TestLaunchedNodesDieWithParent.
const helperEnv = "LOCALDGRAPH_TEST_HELPER_OPTS"

// TestLaunchedNodesDieWithParent SIGKILLs a process that launched a cluster
// (as `go test -timeout` would) and expects zero and alpha to die with it.
func TestLaunchedNodesDieWithParent(t *testing.T) {
	if spec := os.Getenv(helperEnv); spec != "" {
		runLaunchHelper(t, spec)
		return
	}
	opts := testOptions(t, realBinary(t))
	helper := exec.Command(os.Args[0], "-test.run=^TestLaunchedNodesDieWithParent$")
	helper.Env = append(os.Environ(), helperEnv+"="+opts.StateDir+"|"+opts.Bin+"|"+strconv.Itoa(opts.PortOffset))
	out, err := helper.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := helper.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() { _ = helper.Process.Kill(); _ = helper.Wait() }()
	buf := make([]byte, 4096)
	var seen string
	for !strings.Contains(seen, "LAUNCHED") {
		n, err := out.Read(buf)
		if err != nil {
			t.Fatalf("helper ended before launching: %v\n%s", err, seen)
		}
		seen += string(buf[:n])
	}
	pids := map[Node]int{}
	for _, n := range []Node{Zero, Alpha} {
		_, _, pidFile := opts.Layout().files(n)
		if pids[n], err = readPID(pidFile); err != nil || !alive(pids[n]) {
			t.Fatalf("%s pid %d not alive after launch: %v", n, pids[n], err)
		}
	}
	_ = helper.Process.Kill()
	_ = helper.Wait()
	for n, pid := range pids {
		if !waitGone(context.Background(), pid, 10*time.Second) {
			_ = killGroup(pid, syscall.SIGKILL)
			t.Errorf("dgraph %s (pid %d) outlived the process that launched it", n, pid)
		}
	}
}

func runLaunchHelper(t *testing.T, spec string) {
	parts := strings.Split(spec, "|")
	off, _ := strconv.Atoi(parts[2])
	in, err := Launch(context.Background(), Options{StateDir: parts[0], Bin: parts[1], PortOffset: off, CacheMB: 128})
	if err != nil {
		t.Fatal(err)
	}
	_ = in
	os.Stdout.WriteString("LAUNCHED\n")
	time.Sleep(5 * time.Minute) // killed by the parent test
}
