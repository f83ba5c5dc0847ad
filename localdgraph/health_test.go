package localdgraph

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// fakeAlpha answers /health and /admin with canned bodies.
func fakeAlpha(t *testing.T, health, admin string) Addrs {
	t.Helper()
	mux := http.NewServeMux()
	mux.HandleFunc("/health", func(w http.ResponseWriter, _ *http.Request) { _, _ = w.Write([]byte(health)) })
	mux.HandleFunc("/admin", func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodPost {
			http.Error(w, "want POST", http.StatusMethodNotAllowed)
			return
		}
		_, _ = w.Write([]byte(admin))
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return Addrs{AlphaHTTP: strings.TrimPrefix(srv.URL, "http://")}
}

func TestProbeAlpha(t *testing.T) {
	const healthy = `[{"instance":"alpha","status":"healthy","version":"v24.0.5"}]`
	const adminOK = `{"data":{"health":[{"status":"healthy"}]}}`
	tests := []struct {
		name, health, admin string
		wantHealthy         bool
		wantErr             string
	}{
		{"ready", healthy, adminOK, true, ""},
		{"alpha not yet healthy", `[{"instance":"alpha","status":"unhealthy","version":"v24.0.5"}]`, adminOK, false, `status "unhealthy"`},
		{"admin not ready", healthy, `{"errors":[{"message":"The server is not ready yet"}]}`, false, "not ready"},
		{"admin answers null data", healthy, `{"data":null}`, false, "not ready"},
		{"garbage health", `OK`, adminOK, false, "unexpected answer"},
		{"empty health list", `[]`, adminOK, false, "unexpected answer"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := probeAlpha(context.Background(), newHTTPClient(), fakeAlpha(t, tt.health, tt.admin))
			if p.healthy != tt.wantHealthy {
				t.Fatalf("healthy = %v (err %v), want %v", p.healthy, p.err, tt.wantHealthy)
			}
			if tt.wantErr != "" && (p.err == nil || !strings.Contains(p.err.Error(), tt.wantErr)) {
				t.Fatalf("err = %v, want it to contain %q", p.err, tt.wantErr)
			}
			if tt.wantHealthy && p.version != Version {
				t.Errorf("version = %q, want %q", p.version, Version)
			}
		})
	}
}

func TestProbeUnreachable(t *testing.T) {
	srv := httptest.NewServer(http.NotFoundHandler())
	addr := strings.TrimPrefix(srv.URL, "http://")
	srv.Close() // nothing listens there now
	a := Addrs{AlphaHTTP: addr, ZeroHTTP: addr}
	if p := probeAlpha(context.Background(), newHTTPClient(), a); p.healthy || p.err == nil {
		t.Errorf("probeAlpha of a closed port = %+v", p)
	}
	if p := probeZero(context.Background(), newHTTPClient(), a); p.healthy || p.err == nil {
		t.Errorf("probeZero of a closed port = %+v", p)
	}
}
