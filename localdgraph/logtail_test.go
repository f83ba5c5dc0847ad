package localdgraph

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestLogTail(t *testing.T) {
	dir := t.TempDir()
	numbered := func(n int) string {
		var b strings.Builder
		for i := 1; i <= n; i++ {
			fmt.Fprintf(&b, "line %d %s\n", i, strings.Repeat("x", 200))
		}
		return b.String()
	}
	tests := []struct {
		name, content string
		n             int
		wantFirst     string // first returned line starts with this
		wantLines     int
	}{
		{"short file", "a\nb\n", 5, "a", 2},
		{"exactly n", "a\nb\nc\n", 2, "b", 2},
		{"larger than the read window", numbered(1000), 3, "line 998 ", 3},
		{"empty", "", 3, "", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := filepath.Join(dir, strings.ReplaceAll(tt.name, " ", "_"))
			if err := os.WriteFile(p, []byte(tt.content), 0o644); err != nil {
				t.Fatal(err)
			}
			got := strings.Split(logTail(p, tt.n), "\n")
			if len(got) != tt.wantLines || !strings.HasPrefix(got[0], tt.wantFirst) {
				t.Fatalf("logTail = %d lines starting %.20q; want %d starting %q", len(got), got[0], tt.wantLines, tt.wantFirst)
			}
		})
	}
	if got := logTail(filepath.Join(dir, "missing"), 3); got != "" {
		t.Errorf("logTail of a missing file = %q, want empty", got)
	}
}
