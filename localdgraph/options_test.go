package localdgraph

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

func TestOptionsValidate(t *testing.T) {
	tests := []struct {
		name    string
		opts    Options
		wantErr string // "" means valid
	}{
		{"minimal", Options{StateDir: "s"}, ""},
		{"highest offset", Options{StateDir: "s", PortOffset: MaxPortOffset}, ""},
		{"no state dir", Options{}, "StateDir is required"},
		{"negative offset", Options{StateDir: "s", PortOffset: -1}, "PortOffset -1 out of range"},
		{"offset beyond last port", Options{StateDir: "s", PortOffset: MaxPortOffset + 1}, "out of range"},
		{"negative cache", Options{StateDir: "s", CacheMB: -5}, "CacheMB -5"},
		{"negative start timeout", Options{StateDir: "s", StartTimeout: -time.Second}, "StartTimeout"},
		{"negative stop timeout", Options{StateDir: "s", StopTimeout: -time.Second}, "StopTimeout"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.opts.Validate()
			switch {
			case tt.wantErr == "" && err != nil:
				t.Fatalf("Validate() = %v, want nil", err)
			case tt.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tt.wantErr)):
				t.Fatalf("Validate() = %v, want error containing %q", err, tt.wantErr)
			}
		})
	}
}

func TestAddrs(t *testing.T) {
	tests := []struct {
		offset int
		want   Addrs
	}{
		{0, Addrs{"127.0.0.1:5080", "127.0.0.1:6080", "127.0.0.1:7080", "127.0.0.1:8080", "127.0.0.1:9080"}},
		{100, Addrs{"127.0.0.1:5180", "127.0.0.1:6180", "127.0.0.1:7180", "127.0.0.1:8180", "127.0.0.1:9180"}},
	}
	for _, tt := range tests {
		got := Options{StateDir: "s", PortOffset: tt.offset}.Addrs()
		if got != tt.want {
			t.Errorf("offset %d: Addrs() = %+v, want %+v", tt.offset, got, tt.want)
		}
	}
	if got := (Options{PortOffset: 1}).Addrs().AlphaURL(); got != "http://127.0.0.1:8081" {
		t.Errorf("AlphaURL() = %q", got)
	}
}

func TestLayout(t *testing.T) {
	l := Options{StateDir: "/var/nisba"}.Layout()
	want := map[string]string{
		"zero dir":  "/var/nisba/dgraph/zero",
		"alpha dir": "/var/nisba/dgraph/alpha",
		"alpha log": "/var/nisba/dgraph/logs/alpha.log",
		"zero log":  "/var/nisba/dgraph/logs/zero.log",
		"alpha pid": "/var/nisba/dgraph/alpha.pid",
		"zero pid":  "/var/nisba/dgraph/zero.pid",
	}
	got := map[string]string{
		"zero dir": l.ZeroDir, "alpha dir": l.AlphaDir, "alpha log": l.AlphaLog,
		"zero log": l.ZeroLog, "alpha pid": l.AlphaPID, "zero pid": l.ZeroPID,
	}
	for k, w := range want {
		if got[k] != filepath.FromSlash(w) {
			t.Errorf("%s = %q, want %q", k, got[k], w)
		}
	}
}

// TestArgsLoopbackOnly pins the flags that keep the cluster private and on the chosen ports.
func TestArgsLoopbackOnly(t *testing.T) {
	o := Options{StateDir: "s", PortOffset: 7, CacheMB: 64}
	tests := []struct {
		node Node
		want []string
	}{
		{Zero, []string{"zero", "--my=127.0.0.1:5087", "--bindall=false", "--port_offset=7", "--telemetry=reports=false; sentry=false;"}},
		{Alpha, []string{"alpha", "--my=127.0.0.1:7087", "--zero=127.0.0.1:5087", "--bindall=false", "--port_offset=7",
			"--security=whitelist=127.0.0.1/8,::1/128", "--cache=size-mb=64", "--telemetry=reports=false; sentry=false;"}},
	}
	for _, tt := range tests {
		args := o.args(tt.node)
		if args[0] != string(tt.node) {
			t.Errorf("%s: first arg %q", tt.node, args[0])
		}
		for _, w := range tt.want {
			if !slices.Contains(args, w) {
				t.Errorf("%s args %q lack %q", tt.node, args, w)
			}
		}
	}
	if got := (Options{StateDir: "s"}).args(Alpha); !slices.Contains(got, "--cache=size-mb=1024") {
		t.Errorf("default cache missing from %q", got)
	}
}

func TestIsNodeCmdline(t *testing.T) {
	tests := []struct {
		cmdline string
		want    bool
	}{
		{"/home/u/.cache/nisba/dgraph-v24.0.5/dgraph\x00alpha\x00--my=127.0.0.1:7080\x00", true},
		{"dgraph\x00zero\x00", true},
		{"/usr/bin/dgraph-v24\x00zero", true},
		{"/tmp/go-build1/localdgraph.test\x00-test.v\x00", false},
		{"dgraph\x00version\x00", false},
		{"/bin/sleep\x0030\x00", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := isNodeCmdline([]byte(tt.cmdline)); got != tt.want {
			t.Errorf("isNodeCmdline(%q) = %v, want %v", tt.cmdline, got, tt.want)
		}
	}
}
