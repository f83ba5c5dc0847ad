// Package reference is a frozen copy of extract/dates as of its first
// release, kept only so that differential tests can check that the
// optimised package returns identical results; do not change it.
package reference
