package main

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/nisba/nisba/state"
)

func TestGoneArticles(t *testing.T) {
	root, other := t.TempDir(), t.TempDir()
	writeFiles(t, root, map[string][]byte{"here.txt": []byte("x"), "sub/also.txt": []byte("y")})
	recs := []state.Record{
		{ID: "here", Path: filepath.Join(root, "here.txt")},
		{ID: "nested", Path: filepath.Join(root, "sub", "also.txt")},
		{ID: "deleted", Path: filepath.Join(root, "deleted.txt")},
		{ID: "deleted-deep", Path: filepath.Join(root, "sub", "gone.txt")},
		{ID: "renamed", Path: filepath.Join(root, "old-name.txt")},
		{ID: "elsewhere", Path: filepath.Join(other, "gone.txt")},
		{ID: "sibling", Path: root + "-other/gone.txt"},
		{ID: "relative", Path: "corpus/gone.txt"},
	}
	seen := func(id string) bool { return id == "renamed" || id == "here" }
	missing := filepath.Join(root, "unmounted")
	ids, skipped := goneArticles(recs, []string{root, missing}, seen)
	if want := []string{"deleted", "deleted-deep"}; !reflect.DeepEqual(ids, want) {
		t.Errorf("pruned %v, want %v", ids, want)
	}
	if want := []string{missing}; !reflect.DeepEqual(skipped, want) {
		t.Errorf("skipped roots %v, want %v", skipped, want)
	}

	// A root given relative to the working directory names the same files.
	t.Chdir(root)
	if ids, _ := goneArticles(recs, []string{"."}, seen); !reflect.DeepEqual(ids, []string{"deleted", "deleted-deep"}) {
		t.Errorf("from a relative root: pruned %v", ids)
	}
	// A root that is gone as a whole prunes nothing.
	if err := os.RemoveAll(other); err != nil {
		t.Fatal(err)
	}
	if ids, skipped := goneArticles(recs, []string{other}, seen); len(ids) != 0 || len(skipped) != 1 {
		t.Errorf("a missing root pruned %v (skipped %v)", ids, skipped)
	}
}
