package corpus

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Options say which files of a folder are articles.
type Options struct {
	// Globs match base names of article files inside folders (default
	// "*.txt"). Files named explicitly are always taken.
	Globs []string
	// AllowEmpty makes a folder without article files fine rather than a
	// Problem (an inbox that periodic loads watch may well be empty).
	AllowEmpty bool
}

func (o Options) globs() []string {
	if len(o.Globs) == 0 {
		return []string{"*.txt"}
	}
	return o.Globs
}

// Walk expands paths (files, folders searched recursively, glob patterns)
// into a sorted, de-duplicated list of article files. Hidden folders and
// metadata files are skipped. A path that gives nothing is a Problem.
func Walk(paths []string, opts Options) ([]string, []Problem) {
	seen := map[string]bool{}
	var files []string
	var probs []Problem
	for _, p := range paths {
		found, err := expand(p, opts)
		if err != nil {
			probs = append(probs, Problem{Path: p, Err: err})
			continue
		}
		for _, f := range found {
			if !seen[f] {
				seen[f] = true
				files = append(files, f)
			}
		}
	}
	sort.Strings(files)
	return files, probs
}

func expand(p string, opts Options) ([]string, error) {
	info, err := os.Stat(p)
	switch {
	case err == nil && info.IsDir():
		return walkDir(p, opts)
	case err == nil:
		return []string{filepath.Clean(p)}, nil
	case errors.Is(err, fs.ErrNotExist) && hasMeta(p):
		return expandGlob(p)
	case errors.Is(err, fs.ErrNotExist):
		return nil, ErrMissing
	}
	return nil, openErr(err)
}

func hasMeta(p string) bool { return strings.ContainsAny(p, "*?[") }

func expandGlob(pattern string) ([]string, error) {
	matches, err := filepath.Glob(pattern)
	if err != nil {
		return nil, wrap(ErrMissing, "bad pattern %q", pattern)
	}
	var out []string
	for _, m := range matches {
		if info, err := os.Stat(m); err == nil && info.Mode().IsRegular() && !isMetaFile(m) {
			out = append(out, filepath.Clean(m))
		}
	}
	if len(out) == 0 {
		return nil, wrap(ErrNoMatch, "pattern matches no files")
	}
	return out, nil
}

func walkDir(root string, opts Options) ([]string, error) {
	var out []string
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		name := d.Name()
		if d.IsDir() {
			if p != root && strings.HasPrefix(name, ".") {
				return filepath.SkipDir
			}
			return nil
		}
		if isFile(p, d) && !isMetaFile(name) && matchAny(opts.globs(), name) {
			out = append(out, p)
		}
		return nil
	})
	if err != nil {
		return nil, openErr(err)
	}
	if len(out) == 0 && !opts.AllowEmpty {
		return nil, wrap(ErrNoMatch, "no file matches %s", strings.Join(opts.globs(), " "))
	}
	return out, nil
}

// isFile accepts regular files and symlinks to them.
func isFile(p string, d fs.DirEntry) bool {
	if d.Type().IsRegular() {
		return true
	}
	if d.Type()&fs.ModeSymlink == 0 {
		return false
	}
	info, err := os.Stat(p)
	return err == nil && info.Mode().IsRegular()
}

func matchAny(globs []string, name string) bool {
	for _, g := range globs {
		if ok, _ := filepath.Match(g, name); ok {
			return true
		}
	}
	return false
}

func isMetaFile(name string) bool {
	base := filepath.Base(name)
	return base == MetaName || strings.HasSuffix(base, MetaSuffix)
}

func openErr(err error) error {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return ErrMissing
	case errors.Is(err, fs.ErrPermission):
		return wrap(ErrUnreadable, "permission denied")
	}
	return wrap(ErrUnreadable, "%v", err)
}
