// Package corpus finds article files and their metadata and reads each one
// into clean text (valid UTF-8, NFC, HTML stripped), reporting per-file
// problems as values so that one bad file never stops a run.
package corpus

import (
	"errors"
	"fmt"
	"path/filepath"
	"strings"

	"github.com/nisba/nisba/model"
)

// Article is one article ready for extraction.
type Article struct {
	Meta model.Article
	Text string // valid UTF-8, NFC, HTML stripped, no BOM
}

// Problem is a file that could not be used (or a metadata line that could
// not be read). The run goes on without it.
type Problem struct {
	Path string
	Err  error
}

func (p Problem) Error() string { return p.Path + ": " + p.Err.Error() }

func (p Problem) Unwrap() error { return p.Err }

// Hint says what the user can do about the problem.
func (p Problem) Hint() string { return Hint(p.Err) }

// Sentinel errors: the kinds of per-file problem.
var (
	// ErrMissing: the path does not exist.
	ErrMissing = errors.New("no such file or folder")
	// ErrUnreadable: the file exists but cannot be read.
	ErrUnreadable = errors.New("cannot read file")
	// ErrEmpty: the file has no text.
	ErrEmpty = errors.New("empty file")
	// ErrBinary: the file is not text.
	ErrBinary = errors.New("binary file, not text")
	// ErrTooLarge: the file is bigger than MaxBytes.
	ErrTooLarge = errors.New("file too large for an article")
	// ErrNotUTF8: the file is text in an encoding nisba cannot recognise.
	ErrNotUTF8 = errors.New("not UTF-8 text")
	// ErrNoMatch: a folder or pattern held no article files.
	ErrNoMatch = errors.New("no article files found")
	// ErrMeta: a metadata line is malformed.
	ErrMeta = errors.New("bad metadata")
)

// Hint returns one short sentence on what to do about err.
func Hint(err error) string {
	switch {
	case errors.Is(err, ErrMissing):
		return "check the path"
	case errors.Is(err, ErrUnreadable):
		return "check the file's permissions"
	case errors.Is(err, ErrEmpty):
		return "remove the file or add the article text"
	case errors.Is(err, ErrBinary):
		return "pass only plain-text (.txt) or HTML articles"
	case errors.Is(err, ErrTooLarge):
		return "split it into one file per article"
	case errors.Is(err, ErrNotUTF8):
		return "convert it to UTF-8 (e.g. iconv -f CP1256 -t UTF-8)"
	case errors.Is(err, ErrNoMatch):
		return "check the folder or set input.globs (e.g. --glob '*.txt')"
	case errors.Is(err, ErrMeta):
		return "fix the line: one JSON object with at least \"id\", \"published\" as YYYY-MM-DD"
	}
	return "see the error above"
}

// ID is the article id of a file: its base name without extension.
func ID(path string) string {
	base := filepath.Base(path)
	return strings.TrimSuffix(base, filepath.Ext(base))
}

func wrap(kind error, format string, args ...any) error {
	if format == "" {
		return kind
	}
	return fmt.Errorf("%w: %s", kind, fmt.Sprintf(format, args...))
}
