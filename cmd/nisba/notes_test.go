package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/nisba/nisba/model"
)

// TestArticleNotes checks that an internal error is always reported with
// its file, and the other notes only with -v.
func TestArticleNotes(t *testing.T) {
	m := model.Article{Path: "in/a.txt", Notes: []string{"markup removed", "extract: internal error in attacks (sentence 4): boom"}}
	for _, verbose := range []bool{false, true} {
		var errb bytes.Buffer
		a := &app{stderr: &errb, verbose: verbose}
		a.notes(m)
		out := errb.String()
		if !strings.Contains(out, "nisba: in/a.txt: extract: internal error in attacks (sentence 4): boom — the rest of the article was read") {
			t.Errorf("verbose=%v: internal error not reported:\n%s", verbose, out)
		}
		if strings.Contains(out, "markup removed") != verbose {
			t.Errorf("verbose=%v: markup note shown %v:\n%s", verbose, !verbose, out)
		}
	}
}

// TestSavedNewsPage extracts a saved page: its one attack, dated from the
// page's own publication day, and nothing from its sidebar or comments.
func TestSavedNewsPage(t *testing.T) {
	page, err := os.ReadFile("../../corpus/testdata/newspage.html")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	writeFiles(t, dir, map[string][]byte{"harir.html": page})
	out := filepath.Join(t.TempDir(), "g.json")
	if r := nisba(t, "extract", "--glob", "*.html", dir, "-o", out); r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	doc := readDoc(t, out)
	var got []string
	for _, a := range doc.Attacks {
		day := "undated"
		if a.Date != nil {
			day = *a.Date
		}
		got = append(got, a.Target+"@"+day)
	}
	if len(got) != 1 || got[0] != "base:harir@2024-03-12" {
		t.Errorf("attacks %v, want only base:harir@2024-03-12", got)
	}
}
