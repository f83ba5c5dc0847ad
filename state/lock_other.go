//go:build !unix

package state

import "errors"

// Lock is not supported off Unix: two runs must not be started at once.
func (d *Dir) Lock() (func() error, error) {
	return nil, errors.New("run lock: only supported on Unix systems")
}
