// Package state keeps nisba's state directory: which articles were loaded
// (by content hash) so periodic loads only send what changed, and the run
// lock that keeps two loads from overlapping.
package state

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"sync"
	"time"

	"github.com/nisba/nisba/model"
)

// File names inside the state directory.
const (
	loadedFile = "loaded.json"
	lockFile   = "lock"
)

// Record is what the state directory remembers of one loaded article.
type Record struct {
	ID       string    `json:"id"`
	Path     string    `json:"path"` // absolute; older state files may hold relative paths
	Hash     string    `json:"hash"`
	LoadedAt time.Time `json:"loadedAt"`
}

// Dir is an open state directory. Its methods are safe for concurrent use;
// across processes, take Lock before loading.
type Dir struct {
	path string
	mu   sync.Mutex
	recs map[string]Record
}

// Sentinel errors.
var (
	// ErrLocked: another nisba process holds the state directory's lock.
	ErrLocked = errors.New("another nisba run holds the lock")
)

// Open creates the directory if needed and reads what was loaded before.
func Open(dir string) (*Dir, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("state dir %s: %w", dir, err)
	}
	d := &Dir{path: dir, recs: map[string]Record{}}
	b, err := os.ReadFile(filepath.Join(dir, loadedFile))
	if errors.Is(err, fs.ErrNotExist) {
		return d, nil
	}
	if err != nil {
		return nil, fmt.Errorf("state dir %s: %w", dir, err)
	}
	var recs []Record
	if err := json.Unmarshal(b, &recs); err != nil {
		return nil, fmt.Errorf("state file %s: %w (delete it to reload everything)", filepath.Join(dir, loadedFile), err)
	}
	for _, r := range recs {
		d.recs[r.ID] = r
	}
	return d, nil
}

// Path is the directory.
func (d *Dir) Path() string { return d.path }

// Changed reports whether the article is new or its content hash differs
// from the one recorded when it was last loaded.
func (d *Dir) Changed(a model.Article) bool {
	d.mu.Lock()
	defer d.mu.Unlock()
	r, ok := d.recs[a.ID]
	return !ok || r.Hash != a.Hash || a.Hash == ""
}

// Loaded returns the record of an article id.
func (d *Dir) Loaded(id string) (Record, bool) {
	d.mu.Lock()
	defer d.mu.Unlock()
	r, ok := d.recs[id]
	return r, ok
}

// Len is the number of recorded articles.
func (d *Dir) Len() int {
	d.mu.Lock()
	defer d.mu.Unlock()
	return len(d.recs)
}

// Record remembers the articles as loaded at the given time and writes the
// state file atomically, so a crash leaves the old or the new state, never
// half of one.
func (d *Dir) Record(arts []model.Article, at time.Time) error {
	d.mu.Lock()
	defer d.mu.Unlock()
	for _, a := range arts {
		d.recs[a.ID] = Record{ID: a.ID, Path: absPath(a.Path), Hash: a.Hash, LoadedAt: at.UTC()}
	}
	return d.save()
}

// Records returns every record, sorted by article id.
func (d *Dir) Records() []Record {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.sorted()
}

// absPath is p made absolute, so that a record names its file whatever the
// working directory of a later run; p itself when that fails.
func absPath(p string) string {
	if p == "" {
		return p
	}
	if a, err := filepath.Abs(p); err == nil {
		return a
	}
	return p
}

// Forget drops the records of the article ids (those it has) and writes the
// state file atomically, so the next --changed load treats them as new.
func (d *Dir) Forget(ids []string) error {
	d.mu.Lock()
	defer d.mu.Unlock()
	for _, id := range ids {
		delete(d.recs, id)
	}
	return d.save()
}

// sorted is the records by article id; the caller holds d.mu.
func (d *Dir) sorted() []Record {
	recs := make([]Record, 0, len(d.recs))
	for _, r := range d.recs {
		recs = append(recs, r)
	}
	sort.Slice(recs, func(i, j int) bool { return recs[i].ID < recs[j].ID })
	return recs
}

func (d *Dir) save() error {
	recs := d.sorted()
	b, err := json.MarshalIndent(recs, "", " ")
	if err != nil {
		return fmt.Errorf("encode state: %w", err)
	}
	return WriteFileAtomic(filepath.Join(d.path, loadedFile), append(b, '\n'))
}

// WriteFileAtomic writes a temporary file beside path, syncs it and renames
// it over path.
func WriteFileAtomic(path string, data []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".tmp*")
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	defer os.Remove(tmp.Name()) // no-op after a successful rename
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}
