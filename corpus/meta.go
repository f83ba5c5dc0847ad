package corpus

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/nisba/nisba/model"
)

// MetaSuffix ends the name of every metadata file found beside articles;
// a file named just MetaName is one too.
const (
	MetaSuffix = ".meta.jsonl"
	MetaName   = "meta.jsonl"
)

// Meta is article metadata by article id.
type Meta map[string]model.Article

// metaLine is one JSON Lines object. Unknown fields are ignored so that
// richer metadata files still work.
type metaLine struct {
	ID        string `json:"id"`
	Published string `json:"published"`
	Outlet    string `json:"outlet"`
	URL       string `json:"url"`
	Title     string `json:"title"`
}

// ParseMeta reads JSON Lines metadata. Good lines are returned even when
// others are bad; each bad line gives one error naming its line number.
func ParseMeta(r io.Reader) ([]model.Article, []error) {
	var out []model.Article
	var errs []error
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 16*1024*1024)
	seen := map[string]int{}
	for n := 1; sc.Scan(); n++ {
		line := bytes.TrimSpace(sc.Bytes())
		if len(line) == 0 || line[0] == '#' {
			continue
		}
		a, err := parseMetaLine(line)
		if err == nil && seen[a.ID] != 0 {
			err = fmt.Errorf("id %q already given on line %d", a.ID, seen[a.ID])
		}
		if err != nil {
			errs = append(errs, fmt.Errorf("line %d: %w: %v", n, ErrMeta, err))
			continue
		}
		seen[a.ID] = n
		out = append(out, a)
	}
	if err := sc.Err(); err != nil {
		errs = append(errs, fmt.Errorf("%w: %v", ErrUnreadable, err))
	}
	return out, errs
}

func parseMetaLine(line []byte) (model.Article, error) {
	var m metaLine
	if err := json.Unmarshal(line, &m); err != nil {
		return model.Article{}, fmt.Errorf("not a JSON object: %v", err)
	}
	m.ID = strings.TrimSpace(m.ID)
	if m.ID == "" {
		return model.Article{}, fmt.Errorf("no \"id\"")
	}
	if strings.ContainsAny(m.ID, "/\\") {
		return model.Article{}, fmt.Errorf("id %q: an id is a file name without extension, not a path", m.ID)
	}
	day, err := isoDay(m.Published)
	if err != nil {
		return model.Article{}, fmt.Errorf("id %q: published %q: %v", m.ID, m.Published, err)
	}
	return model.Article{ID: m.ID, Published: day, Outlet: strings.TrimSpace(m.Outlet),
		URL: strings.TrimSpace(m.URL), Title: strings.TrimSpace(m.Title)}, nil
}

// isoDay accepts YYYY-MM-DD, an RFC 3339 time, or a day and a local time
// as scrapers write them ("2024-03-12 10:45:00", "2024-03-12T10:45"); the
// day is kept. "12/03/2024" is refused: day and month order is not known.
func isoDay(s string) (string, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return "", nil
	}
	for _, layout := range []string{time.DateOnly, time.RFC3339, time.DateTime, "2006-01-02 15:04", "2006-01-02T15:04:05", "2006-01-02T15:04"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t.Format(time.DateOnly), nil
		}
	}
	return "", fmt.Errorf("want an ISO day YYYY-MM-DD")
}

// LoadMeta reads the explicit metadata files and every *.meta.jsonl found
// in the folders named in paths and in the folders of the article files.
// Explicit files win over discovered ones; among either kind, later files
// (in sorted order) win.
func LoadMeta(paths, files, explicit []string) (Meta, []Problem) {
	meta := Meta{}
	var probs []Problem
	for _, p := range append(discoverMeta(paths, files), explicit...) {
		probs = append(probs, meta.addFile(p)...)
	}
	return meta, probs
}

func discoverMeta(paths, files []string) []string {
	dirs := map[string]bool{}
	for _, f := range files {
		dirs[filepath.Dir(f)] = true
	}
	for _, p := range paths {
		if info, err := os.Stat(p); err == nil && info.IsDir() {
			dirs[filepath.Clean(p)] = true
		}
	}
	var out []string
	for d := range dirs {
		found, _ := filepath.Glob(filepath.Join(d, "*"+MetaSuffix))
		out = append(out, found...)
		if info, err := os.Stat(filepath.Join(d, MetaName)); err == nil && info.Mode().IsRegular() {
			out = append(out, filepath.Join(d, MetaName))
		}
	}
	sort.Strings(out)
	return out
}

func (m Meta) addFile(path string) []Problem {
	f, err := os.Open(path)
	if err != nil {
		return []Problem{{Path: path, Err: openErr(err)}}
	}
	defer f.Close()
	arts, errs := ParseMeta(f)
	for _, a := range arts {
		m[a.ID] = a
	}
	probs := make([]Problem, 0, len(errs))
	for _, e := range errs {
		probs = append(probs, Problem{Path: path, Err: e})
	}
	return probs
}

// For returns the metadata of the article at path: the entry whose id is
// the file's base name, or just that id.
func (m Meta) For(path string) model.Article {
	id := ID(path)
	a, ok := m[id]
	if !ok {
		a = model.Article{ID: id}
	}
	return a
}
