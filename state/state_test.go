package state

import (
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/nisba/nisba/model"
)

func TestChangedAndSurvivesRestart(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "state")
	d := open(t, dir)
	a := model.Article{ID: "a", Path: "in/a.txt", Hash: "h1"}
	b := model.Article{ID: "b", Path: "in/b.txt", Hash: "h2"}
	if !d.Changed(a) || !d.Changed(b) {
		t.Fatal("new articles must count as changed")
	}
	at := time.Date(2024, 3, 1, 12, 0, 0, 0, time.UTC)
	if err := d.Record([]model.Article{a, b}, at); err != nil {
		t.Fatal(err)
	}
	d2 := open(t, dir) // a new process would see the same
	tests := []struct {
		art  model.Article
		want bool
	}{
		{a, false},
		{model.Article{ID: "a", Hash: "h1-edited"}, true},
		{b, false},
		{model.Article{ID: "c", Hash: "h3"}, true},
		{model.Article{ID: "a"}, true}, // no hash: cannot tell, so load
	}
	for _, tt := range tests {
		if got := d2.Changed(tt.art); got != tt.want {
			t.Errorf("Changed(%+v) = %v, want %v", tt.art, got, tt.want)
		}
	}
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	if r, ok := d2.Loaded("b"); !ok || !r.LoadedAt.Equal(at) || r.Path != filepath.Join(wd, "in", "b.txt") || d2.Len() != 2 {
		t.Errorf("record of b = %+v, %v; want the absolute path under %s", r, ok, wd)
	}
	if recs := d2.Records(); len(recs) != 2 || recs[0].ID != "a" || recs[1].ID != "b" {
		t.Errorf("Records() = %+v, want a then b", recs)
	}
	left, _ := filepath.Glob(filepath.Join(dir, ".*tmp*"))
	if len(left) != 0 {
		t.Errorf("temporary files left behind: %v", left)
	}
}

func TestForget(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "state")
	d := open(t, dir)
	a := model.Article{ID: "a", Hash: "h1"}
	b := model.Article{ID: "b", Hash: "h2"}
	if err := d.Record([]model.Article{a, b}, time.Now()); err != nil {
		t.Fatal(err)
	}
	if err := d.Forget([]string{"a", "never-loaded"}); err != nil {
		t.Fatal(err)
	}
	d2 := open(t, dir)
	if !d2.Changed(a) || d2.Changed(b) || d2.Len() != 1 {
		t.Errorf("after Forget(a): a changed %v (want true), b changed %v (want false), %d records (want 1)",
			d2.Changed(a), d2.Changed(b), d2.Len())
	}
}

func TestCorruptStateNamesFile(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, loadedFile), []byte("{half"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := Open(dir)
	if err == nil || !strings.Contains(err.Error(), loadedFile) {
		t.Fatalf("want an error naming %s, got %v", loadedFile, err)
	}
}

func TestLock(t *testing.T) {
	d := open(t, t.TempDir())
	unlock, err := d.Lock()
	if err != nil {
		t.Fatal(err)
	}
	_, err = d.Lock()
	if !errors.Is(err, ErrLocked) || !strings.Contains(err.Error(), "pid "+strconv.Itoa(os.Getpid())) {
		t.Fatalf("second lock: %v, want ErrLocked naming pid %d", err, os.Getpid())
	}
	if err := unlock(); err != nil {
		t.Fatal(err)
	}
	unlock, err = d.Lock()
	if err != nil {
		t.Fatalf("lock after unlock: %v", err)
	}
	if err := unlock(); err != nil {
		t.Fatal(err)
	}
}

func TestWriteFileAtomicReplaces(t *testing.T) {
	p := filepath.Join(t.TempDir(), "f.json")
	for _, content := range []string{"first", "second"} {
		if err := WriteFileAtomic(p, []byte(content)); err != nil {
			t.Fatal(err)
		}
		if b, _ := os.ReadFile(p); string(b) != content {
			t.Errorf("content = %q, want %q", b, content)
		}
	}
	if err := WriteFileAtomic(filepath.Join(p, "under-a-file"), nil); err == nil {
		t.Error("writing under a file must fail")
	}
}

func open(t *testing.T, dir string) *Dir {
	t.Helper()
	d, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	return d
}
