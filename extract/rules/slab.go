package rules

import "sync/atomic"

// slab hands out small slices carved from shared chunks, so that a Hits
// and the answers of Of cost an atomic add instead of an allocation each.
// A slice has no room to grow: a caller that appends to it gets a new
// array, as from slices.Clone. A chunk is freed when no slice of it is
// left. It is safe for concurrent use.
type slab[T any] struct {
	cur atomic.Pointer[chunk[T]]
}

type chunk[T any] struct {
	buf  []T
	used atomic.Int64
}

// chunkLen is the length of a chunk; a slice longer than a quarter of it
// is allocated alone.
const chunkLen = 512

// clone is a copy of s, carved from a chunk; nil when s is empty.
func (sl *slab[T]) clone(s []T) []T {
	n := len(s)
	if n == 0 {
		return nil
	}
	if n > chunkLen/4 {
		return append([]T(nil), s...)
	}
	for {
		c := sl.cur.Load()
		if c != nil {
			if end := c.used.Add(int64(n)); end <= chunkLen {
				out := c.buf[end-int64(n) : end : end]
				copy(out, s)
				return out
			}
		}
		sl.cur.CompareAndSwap(c, &chunk[T]{buf: make([]T, chunkLen)})
	}
}
