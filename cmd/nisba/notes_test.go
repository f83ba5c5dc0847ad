package main

import (
	"bytes"
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
