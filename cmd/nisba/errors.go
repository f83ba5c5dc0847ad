package main

import (
	"errors"
	"fmt"
	"strings"

	"github.com/nisba/nisba/graph"
	"github.com/nisba/nisba/localdgraph"
)

// Exit codes, decided once in exitCode.
const (
	exitOK          = 0
	exitFailed      = 1 // some inputs failed, or the command failed
	exitUsage       = 2 // bad command line or configuration
	exitUnavailable = 3 // Dgraph is not reachable (or not installed)
)

// errInputs says that some inputs failed; they were already reported one
// line each.
var errInputs = errors.New("some inputs failed")

// usageError marks a mistake in the command line or the configuration.
type usageError struct{ err error }

func (e usageError) Error() string { return e.err.Error() }
func (e usageError) Unwrap() error { return e.err }

func usage(err error) error {
	if err == nil {
		return nil
	}
	return usageError{err}
}

func usagef(format string, args ...any) error { return usageError{fmt.Errorf(format, args...)} }

func exitCode(err error) int {
	var ue usageError
	switch {
	case err == nil:
		return exitOK
	case errors.As(err, &ue), isCobraUsage(err):
		return exitUsage
	case errors.Is(err, graph.ErrUnavailable), errors.Is(err, localdgraph.ErrNoBinary):
		return exitUnavailable
	}
	return exitFailed
}

// isCobraUsage recognises the errors cobra makes itself (unknown command).
func isCobraUsage(err error) bool {
	return strings.HasPrefix(err.Error(), "unknown command") || strings.HasPrefix(err.Error(), "unknown flag")
}

// report prints the error for people, with what to do for the common ones.
func (a *app) report(err error) {
	switch {
	case err == nil, errors.Is(err, errInputs):
		return
	case errors.Is(err, graph.ErrUnavailable):
		fmt.Fprintf(a.stderr, "nisba: %v\nnisba: is Dgraph running? Start a local one with `nisba dgraph start`, or set --dgraph-grpc / NISBA_DGRAPH_GRPC\n", err)
	case errors.Is(err, localdgraph.ErrNoBinary):
		fmt.Fprintf(a.stderr, "nisba: %v\nnisba: build it once with `nisba dgraph install` (about 5 minutes)\n", err)
	case strings.Contains(err.Error(), "is not indexed"), strings.Contains(err.Error(), "Cannot query field"):
		fmt.Fprintf(a.stderr, "nisba: %v\nnisba: has the schema been applied? Run `nisba schema apply` first\n", err)
	default:
		fmt.Fprintf(a.stderr, "nisba: %v\n", err)
	}
	if exitCode(err) == exitUsage {
		fmt.Fprintln(a.stderr, "nisba: run `nisba help` for usage")
	}
}

// errNotRunning: `nisba dgraph status` found no healthy local Dgraph.
var errNotRunning = errors.New("not running")
